"""IPTC ninjs: exports validate against the official schemas (format checks on); the official
examples and test suite import or are refused with a reason; should-fail documents are
refused."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.standards import LossKind, from_ninjs, to_ninjs
from iraqwithdrawal.standards.ninjs import detect_version, schema_problems
from iraqwithdrawal.testing import articles

from ._paths import DATA


def _suite(root: Path) -> list[tuple[str, str, Path]]:
    """(version, expectation, file) for every JSON file of the official examples and test
    suite. The development-draft folders are checked with the newest release of their
    generation (the drafts themselves are not published as schemas)."""
    out = []
    for path in sorted(root.rglob("*.json")):
        parts = path.relative_to(root).parts
        if parts[0] == "validation":
            version = {"1.x_dev": "1.6", "2.x_dev": "2.2"}.get(parts[2], parts[2])
            kind = parts[3] if parts[3] in ("should_pass", "should_fail") else "example"
        elif parts[0] == "documentation":
            version, kind = (
                ("3.1", "should_fail") if parts[3] == "not-valid" else (parts[3], "example")
            )
        else:
            version, kind = parts[1], "example"
        out.append((version, kind, path))
    return out


SUITE = _suite(DATA / "ninjs")


def test_the_suite_is_there() -> None:
    assert len(SUITE) == 295  # every JSON file of the official examples and test suite


def test_a_collection_is_read_item_by_item() -> None:
    from iraqwithdrawal.standards import iter_ninjs

    path = DATA / "ninjs/examples/3.0/collection/20231016-event-timeline-sample.json"
    items = json.loads(path.read_text(encoding="utf-8"))
    with pytest.raises(iw.ValidationError) as info:
        from_ninjs(items)
    assert "iter_ninjs" in str(info.value)
    # The official sample's items break the 3.0 schema ("events" is an object, the dates
    # use properties the schema does not have): they are refused, each problem at its path.
    with pytest.raises(iw.ValidationError) as info:
        list(iter_ninjs(items, "3.0"))
    assert {p.path for p in info.value.problems} >= {"$[0].events", "$[0].eventDetails.dates"}
    # Read without the schema check, every item maps (its title stands as the headline).
    conversions = list(iter_ninjs(items, "3.0", check_schema=False))
    assert len(conversions) == len(items) == 14
    assert all(c.document.headline for c in conversions)
    assert all(any(loss.path == "$.title" for loss in c.losses) for c in conversions)


@pytest.mark.parametrize(("version", "kind", "path"), SUITE, ids=lambda x: str(x)[-60:])
def test_official_documents_import_or_are_refused_with_a_reason(
    version: str, kind: str, path: Path
) -> None:
    try:
        document = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError:
        assert kind == "should_fail"  # five should-fail files are not even JSON
        return
    if not isinstance(document, dict):
        with pytest.raises(iw.ValidationError):
            from_ninjs(document, version)
        return
    try:
        conversion = from_ninjs(document, version)
    except iw.ValidationError as exc:
        assert kind != "should_fail" or any(p.code == "ninjs_schema" for p in exc.problems)
        assert all(p.code in ("ninjs_schema", "ninjs_unmappable") for p in exc.problems)
        assert all(p.path.startswith("$") and p.message for p in exc.problems)
        return
    assert kind != "should_fail", "a should-fail document was imported"
    article = conversion.document
    assert isinstance(article, iw.Article)
    iw.check(article)
    # What the model has no field for is kept in extra["ninjs"]: read back with "keep".
    assert iw.from_json(iw.to_json(article), unknown="keep") == article
    # Nothing silently lost: every top-level property is mapped or reported.
    reported = {loss.path.split("[")[0].split(".")[1] for loss in conversion.losses}
    assert reported  # at least the uri becoming an id


def test_examples_with_a_headline_all_import() -> None:
    imported = 0
    for version, kind, path in SUITE:
        if kind != "example":
            continue
        document = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(document, dict) or path.parent.name == "schema-extension":
            continue
        texts = json.dumps(document)
        if '"headline' not in texts and '"title"' not in texts:
            continue
        from_ninjs(document, version)
        imported += 1
    assert imported >= 40


def test_import_keeps_what_maps() -> None:
    doc = json.loads(
        (DATA / "ninjs/documentation/includes/examples/3.1/007_multimedia.json").read_text(
            encoding="utf-8"
        )
    )
    conversion = from_ninjs(doc)
    article = conversion.document
    assert article.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert article.language == "en"
    assert article.body.startswith("GROSSETO, Italy (AP)")
    # versionCreated is the current version, with its time and offset (was midnight UTC).
    (version,) = article.updates
    assert version.kind is iw.UpdateKind.MODIFIED
    assert version.at.isoformat() == "2013-07-09T10:39:00+00:00"
    names = {getattr(e, "name", None) for e in article.entities}
    assert {"Francesco Schettino", "Costa Crociere SpA", "Italy"} <= names
    schettino = next(e for e in article.entities if getattr(e, "name", "") == "Francesco Schettino")
    assert schettino.identifiers == (iw.Identifier(scheme="wikidata", value="Q4421821"),)
    assert article.media and article.media[0].kind is iw.MediaKind.PHOTO
    # "located" names the place the item comes from: the dateline's place, not its text.
    assert article.dateline is not None and article.dateline.text is None
    (place,) = article.dateline.places
    assert next(e for e in article.entities if e.id == place).name == "Grossetto, Italy"
    # The copyright notice is the article's rights line now; what has no typed field
    # (subjects, renditions ...) is kept for the next export, and reported.
    assert article.rights is not None and article.rights.text == doc["copyrightNotice"]
    kept = article.extra["ninjs"]["kept"]
    assert "copyrightNotice" not in kept and kept
    reported = [loss.path for loss in conversion.losses]
    assert all(any(p.startswith(f"$.{key}") for p in reported) for key in kept)
    again = to_ninjs(article).document
    assert all(again[key] == doc[key] for key in kept if key in doc)


def test_one_x_names_are_read() -> None:
    doc = json.loads(
        (
            DATA / "ninjs/documentation/includes/examples/1.6/005_complex_text_article.json"
        ).read_text(encoding="utf-8")
    )
    assert detect_version(doc) == "1.6"
    article = from_ninjs(doc).document
    assert article.headline == "Captain of wrecked cruise ship on trial in Italy"
    assert article.byline == doc["byline"]  # the printed byline, kept as printed


@pytest.mark.parametrize("version", ["3.1", "2.2"])
def test_seed_export_validates_with_format_checks(version: str) -> None:
    conversion = to_ninjs(seed_report(), version)
    assert schema_problems(conversion.document, version, formats=True) == []


@pytest.mark.parametrize("version", ["3.1", "2.2"])
@given(article=articles())
def test_generated_exports_validate(version: str, article: iw.Article) -> None:
    conversion = to_ninjs(article, version)
    assert schema_problems(conversion.document, version, formats=True) == []


def test_seed_export_reports_its_losses() -> None:
    conversion = to_ninjs(seed_report())
    paths = {loss.path: loss for loss in conversion.losses}
    assert paths["$.dateline.time"].kind is LossKind.DROPPED
    assert "no year" in paths["$.dateline.time"].message
    assert paths["$.quotes"].kind is LossKind.DROPPED
    assert any("AnonymousSource" in loss.message for loss in conversion.dropped)
    doc = conversion.document
    assert {"name": "TASS", "role": "source", "literal": "tass"} in doc["infoSources"]
    photo = doc["associations"][0]
    assert {
        "role": "creditline",
        "value": "Photo: Georgia National Guard/Creative Commons 2.0",
    } in photo["descriptions"]
    assert photo["usageTerms"] == "Creative Commons 2.0"


def test_export_then_import_keeps_the_text() -> None:
    article = seed_report()
    back = from_ninjs(to_ninjs(article).document).document
    assert (back.headline, back.body, back.language) == (article.headline, article.body, "en")


def test_not_an_object_is_refused() -> None:
    with pytest.raises(iw.ValidationError) as info:
        from_ninjs([1, 2])
    assert info.value.problems[0].path == "$"


def _unused(_: Any) -> None:  # keeps the Any import honest for type checkers
    return None


def test_many_people_of_one_name_get_numbered_ids() -> None:
    """Ids for repeated names are numbered in order, counting on from the last one given
    (not by trying every number again for each person)."""
    from iraqwithdrawal.standards._common import IdPool, slug

    pool = IdPool({"same-name-3"})
    assert [slug("Same Name", pool) for _ in range(4)] == [
        "same-name",
        "same-name-2",
        "same-name-4",
        "same-name-5",
    ]
    assert pool.next["same-name"] == 6
