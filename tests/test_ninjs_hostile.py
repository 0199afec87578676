"""ninjs import under hostile input, and the export's URLs judged by an outside grammar.

Whatever ``from_ninjs`` is given, it returns a Conversion or raises ValidationError with
paths into the ninjs document: documents nested 1,000 levels deep, integers of 5,000
digits, NaN, lone surrogates, values of unexpected types, and damaged copies of every
official document (a property test). What it returns is a valid article that writes and
reads back, and exports to a document its version's schema accepts.
"""

from __future__ import annotations

import copy
import json
import math
import random
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import iraqwithdrawal as iw
from iraqwithdrawal.standards import from_ninjs, to_ninjs
from iraqwithdrawal.standards.ninjs import KEPT, schema_problems
from iraqwithdrawal.standards.ninjs.reading import language_tag
from iraqwithdrawal.standards.ninjs.schema import is_uri, strict_validator

from ._profiles import SUPPRESSED, examples
from .test_ninjs import SUITE

pytest.importorskip("jsonschema")


def nest(depth: int, inner: Any = "x") -> Any:
    for _ in range(depth):
        inner = [inner]
    return inner


def _refused(document: Any, **options: Any) -> iw.ValidationError:
    with pytest.raises(iw.ValidationError) as info:
        from_ninjs(document, **options)
    assert info.value.problems
    assert all(p.path.startswith("$") and p.message for p in info.value.problems)
    return info.value


# --- the JSON limits, before anything reads the document --------------------------------------


@pytest.mark.parametrize("check_schema", [True, False])
@pytest.mark.parametrize("keep", [True, False])
def test_a_document_nested_1000_deep_is_refused(check_schema: bool, keep: bool) -> None:
    """Was a RecursionError in the schema check (and in key conversion without it)."""
    error = _refused({"uri": nest(1000)}, check_schema=check_schema, keep=keep)
    assert error.codes == ["too_deep"]
    assert error.problems[0].path.startswith("$.uri[0][0]")
    deep_keys: Any = "x"
    for _ in range(1000):
        deep_keys = {"a": deep_keys}
    assert _refused({"uri": "u", "x": deep_keys}, check_schema=check_schema).codes == ["too_deep"]


def test_huge_integers_nan_surrogates_and_other_types_are_refused_by_path() -> None:
    """A 5,000-digit integer was a ValueError (its repr in a schema message)."""
    assert _refused({"uri": 10**5000}).codes == ["number_range"]
    error = _refused({"uri": "u", "urgency": 2**64}, check_schema=False)
    assert [(p.path, p.code) for p in error.problems] == [("$.urgency", "number_range")]
    assert _refused({"uri": "u", "x": [1, math.nan]}).problems[0].path == "$.x[1]"
    assert _refused({"uri": "u", "x": math.inf}).codes == ["not_finite"]
    assert _refused({"uri": "x\udc00"}).codes == ["lone_surrogate"]
    key = _refused({"uri": "u", "a\ud800b": 1}).problems[0]
    # The surrogate is written as its escape (the path itself must be printable).
    assert key.code == "lone_surrogate" and key.path == "$['a\\\\ud800b']"
    assert _refused({"uri": "u", "x": {1, 2}}).codes == ["wrong_type"]
    assert _refused({"uri": "u", "x": {1: "one"}}).codes == ["wrong_type"]
    # Every problem is collected, each at its path.
    many = _refused({"uri": 2**70, "a": [math.nan, "\ud800"]}, check_schema=False)
    assert sorted(p.path for p in many.problems) == ["$.a[0]", "$.a[1]", "$.uri"]


def test_values_of_unexpected_types_without_the_schema_are_read_or_left() -> None:
    """Was ``TypeError: unhashable type: 'dict'`` (a rel that is an object)."""
    conversion = from_ninjs(
        {"uri": "u", "place": [{"name": "T", "rel": {}}]}, "1.6", check_schema=False
    )
    assert [e.name for e in conversion.document.entities] == ["T"]
    odd = {
        "uri": "http://example.com/a",
        "altIds": 5,
        "people": [{"name": "P", "rel": ["author"], "literal": {}}],
        "associations": [{"type": {}, "name": []}, {"type": "picture", "descriptions": 7}],
        "headlines": {"value": "not an array"},
        "bodies": [{"value": 1}],
        "infoSources": [{"name": "S", "role": {}}],
        "located": ["x"],
        "copyrightHolder": {"name": "x"},
        "versionCreated": [],
        "language": 12,
    }
    conversion = from_ninjs(odd, "3.1", check_schema=False)
    iw.check(conversion.document)
    assert conversion.document.language == "und"
    assert iw.from_json(iw.to_json(conversion.document), unknown="keep") == conversion.document


def test_what_cannot_be_kept_is_refused_as_a_validation_error() -> None:
    """A property nested deeper than an article keeps (64 levels inside extra) was a
    RuleError; it is a ValidationError at its path, and keep=False reads it."""
    document = {"uri": "u", "headlines": [{"value": "H"}], "x": nest(70)}
    error = _refused(document, version="3.1", check_schema=False)
    assert error.codes == ["too_deep"] and error.problems[0].path.startswith("$.x[0]")
    conversion = from_ninjs(document, "3.1", check_schema=False, keep=False)
    assert any(loss.path == "$.x" for loss in conversion.dropped)
    # Just inside the limit (62 levels of the document), the value is kept, and the
    # article writes and reads back; one level more is refused.
    inside = {"uri": "u", "headlines": [{"value": "H"}], "x": nest(61)}
    article = from_ninjs(inside, "3.1", check_schema=False).document
    assert article.extra[KEPT]["kept"]["x"] == nest(61)
    assert iw.from_json(iw.to_json(article), unknown="keep") == article
    outside = {"uri": "u", "headlines": [{"value": "H"}], "x": nest(62)}
    assert _refused(outside, check_schema=False).codes == ["too_deep"]


def test_the_command_line_refuses_a_deep_document_without_a_traceback(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text('{"uri": ' + "[" * 1000 + '"x"' + "]" * 1000 + "}", encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "iraqwithdrawal", "convert", "--from", "ninjs", str(path)],
        capture_output=True,
        text=True,
        check=False,
    )
    # Refused as unreadable JSON (2) or as a bad document (1): one line, no traceback.
    assert done.returncode in (1, 2), done.stderr
    assert "Traceback" not in done.stderr and "nested" in done.stderr


# --- markup bodies and language tags ----------------------------------------------------------


@pytest.mark.parametrize("hidden", ["script", "style", "template", "noscript"])
def test_hidden_elements_of_a_markup_body_are_not_text(hidden: str) -> None:
    markup = f"<p>Troops leave.</p><{hidden}>var x = '<p>no</p>';</{hidden}><p>More &amp;lt;</p>"
    for document, version in (
        ({"uri": "u", "headline": "H", "body_html": markup}, "1.6"),
        (
            {
                "uri": "u",
                "headlines": [{"value": "H"}],
                "bodies": [{"value": markup, "contentType": "text/html"}],
            },
            "3.1",
        ),
    ):
        body = from_ninjs(document, version).document.body
        assert body == "Troops leave.\n\nMore &lt;"  # one unescaping, nothing hidden


def test_language_tags_are_read_whatever_their_case() -> None:
    """``"language": "EN"`` was read as ``und``."""
    conversion = from_ninjs({"uri": "u", "headlines": [{"value": "H"}], "language": "EN"})
    assert conversion.document.language == "en"
    assert not any(
        loss.path == "$.language" and "und" in loss.message for loss in conversion.losses
    )
    assert to_ninjs(conversion.document).document["language"] == "EN"  # written back as read
    assert language_tag("EN-gb") == "en-GB"
    assert language_tag("ZH-hant-tw") == "zh-Hant-TW"
    assert language_tag("de-CH-X-Phonebk") == "de-CH-x-phonebk"
    assert language_tag("en-U-CA-gregory") == "en-u-ca-gregory"
    assert from_ninjs({"uri": "u", "language": "1"}).document.language == "und"


# --- URLs the export writes -------------------------------------------------------------------


def _judge(version: str) -> Any:
    """jsonschema with its own format checks, ``uri`` by rfc3986-validator."""
    import jsonschema

    if "uri" not in jsonschema.Draft202012Validator.FORMAT_CHECKER.checkers:
        pytest.skip("format 'uri' needs rfc3986-validator (the test extra)")
    return lambda document: schema_problems(document, version, formats=True)


_URLISH = st.text(alphabet="ab:/%?#[]@!$&'()*+,;=.-_~09AFzé <>\"", max_size=12)


@given(st.sampled_from(["http://", "https://", "urn:", "a:", "http://["]), _URLISH)
def test_uri_check_agrees_with_rfc3986_validator(scheme: str, rest: str) -> None:
    rfc3986 = pytest.importorskip("rfc3986_validator")
    value = scheme + rest
    assert is_uri(value) == bool(rfc3986.validate_rfc3986(value, rule="URI")), value


def _accepted_url(value: str) -> bool:
    try:
        iw.License(text="l", url=value)
    except (TypeError, ValueError):
        return False
    return True


@pytest.mark.parametrize("version", ["3.1", "2.2"])
@settings(max_examples=examples(60), deadline=None)
@given(
    url=st.one_of(
        st.sampled_from(["http://%zz/", "http://a/[x]", "http://a/%"]),
        st.builds(str.__add__, st.sampled_from(["http://", "urn:x"]), _URLISH),
    )
)
def test_every_url_written_is_a_uri_or_reported(version: str, url: str) -> None:
    """``http://%zz/`` passed the IRI rule and broke the schema's ``format: uri``."""
    if not _accepted_url(url):
        return  # the model refuses it: nothing to export
    licence = iw.License(text="Some licence", url=url)
    media = iw.MediaItem(id="m1", kind=iw.MediaKind.PHOTO, url=url, license=licence)
    article = iw.Article(id="a1", headline="H", body="", language="en", url=url, media=[media])
    export = to_ninjs(article, version)
    assert _judge(version)(export.document) == []
    # Each URL is written, or a loss says it was not.
    doc = export.document
    (assoc,) = doc["associations"]
    lost = {loss.path for loss in export.dropped}
    assert doc["uri"] != "urn:iraqwithdrawal:article:a1" or "$.url" in lost
    assert not assoc["uri"].endswith("#m1") or "$.media[0].url" in lost
    assert "rightsinfo" in {k.lower() for k in assoc} or "$.media[0].license.url" in lost
    assert ("$.url" in lost) == (not is_uri(doc["uri"]) or doc["uri"].startswith("urn:iraq"))


# --- damaged official documents ---------------------------------------------------------------


def _official() -> list[tuple[str, dict[str, Any]]]:
    out = []
    for version, kind, path in SUITE:
        try:
            document = json.loads(path.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            continue
        if isinstance(document, dict) and kind != "should_fail":
            out.append((version, document))
    return out


OFFICIAL = _official()

#: Hostile values, each made fresh (a deep copy of a 700-level list would itself overflow).
_HOSTILE: list[Callable[[], Any]] = [
    lambda: None,
    lambda: True,
    lambda: 0,
    lambda: -1,
    lambda: 2.5,
    lambda: 2**63,
    lambda: 2**64,
    lambda: -(2**63) - 1,
    lambda: 10**30,
    lambda: 10**5000,
    lambda: math.nan,
    lambda: -math.inf,
    lambda: "",
    lambda: " ",
    lambda: "EN",
    lambda: "\ud800",
    lambda: "http://%zz/",
    lambda: "<script>x</script><p>y</p>",
    lambda: "x" * 3000,
    lambda: [],
    lambda: {},
    lambda: {"rel": {}},
    lambda: {"name": "N", "rel": {}, "literal": []},
    lambda: {"": None},
    lambda: {1: 2},
    lambda: {"a", "b"},
    lambda: nest(70),
    lambda: nest(700),
]


def _slots(value: Any, out: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    stack = [value]
    while stack:
        item = stack.pop()
        if isinstance(item, dict):
            out += [(item, key) for key in item]
            stack += list(item.values())
        elif isinstance(item, list):
            out += [(item, i) for i in range(len(item))]
            stack += item
    return out


def damage(document: dict[str, Any], choose: Callable[[Sequence[Any]], Any]) -> None:
    """Damage an official document one to three times: a value deleted, replaced by a
    hostile one, a hostile member added, or a key renamed. ``choose`` picks one of its
    options (hypothesis draws them in the test, a seeded random in :func:`run`)."""
    for _ in range(choose([1, 2, 3])):
        container, key = choose(_slots(document, [(document, None)]))
        action = choose(["delete", "replace", "add", "rename"])
        value = choose(_HOSTILE)()
        if key is None or action == "add":
            if isinstance(container, dict):
                container[choose(["uri", "headline", "body_html", "x", "rel"])] = value
        elif action == "delete":
            del container[key]
        elif action == "replace":
            container[key] = value
        elif isinstance(container, dict):
            container[choose(["Uri", "URI", "headlines", "HEADLINE", "a.b"])] = container.pop(key)


def outcome(document: Any, version: str | None, check_schema: bool, keep: bool) -> str:
    """``accepted`` or ``refused``. An accepted document gives a valid article that writes
    and reads back equal, and exports to both versions, each valid by its schema; a
    refusal is a ValidationError with paths. Anything else raises."""
    try:
        conversion = from_ninjs(document, version, check_schema=check_schema, keep=keep)
    except iw.ValidationError as exc:
        assert exc.problems and all(p.path.startswith("$") for p in exc.problems)
        return "refused"
    article = conversion.document
    iw.check(article)
    assert iw.from_json(iw.to_json(article), unknown="keep") == article
    for target in ("3.1", "2.2"):
        export = to_ninjs(article, target)
        assert list(strict_validator(target).iter_errors(export.document)) == []
    return "accepted"


@settings(
    max_examples=examples(150),
    deadline=None,
    suppress_health_check=SUPPRESSED,
)
@given(st.data(), st.booleans(), st.booleans(), st.booleans())
def test_damaged_official_documents_import_whole_or_are_refused(
    data: st.DataObject, check_schema: bool, keep: bool, detect: bool
) -> None:
    version, original = data.draw(st.sampled_from(OFFICIAL))
    document = copy.deepcopy(original)
    damage(document, lambda options: data.draw(st.sampled_from(options)))
    outcome(document, None if detect else version, check_schema, keep)


def run(seed: int, count: int) -> Counter[str]:
    """``count`` damaged official documents under ``seed``: how many were accepted,
    refused, or escaped (raised anything but a ValidationError, or broke a promise of
    :func:`outcome`). ``python -m tests.test_ninjs_hostile SEED COUNT`` prints it."""
    rng = random.Random(seed)
    counts: Counter[str] = Counter()
    for _ in range(count):
        version, original = rng.choice(OFFICIAL)
        document = copy.deepcopy(original)
        damage(document, rng.choice)
        options = {"check_schema": rng.random() < 0.5, "keep": rng.random() < 0.8}
        try:
            counts[outcome(document, rng.choice([None, version]), **options)] += 1
        except Exception as exc:  # counting what escapes is the point
            counts[f"escaped: {type(exc).__name__}"] += 1
    return counts


if __name__ == "__main__":
    arguments = [int(a) for a in sys.argv[1:3]]
    seed, count = (arguments + [18, 8000][len(arguments) :])[:2]
    print(dict(run(seed, count)))
