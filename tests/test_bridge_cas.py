"""UIMA CAS XMI for INCEpTION (dkpro-cassis): round trips up to the reported losses, UTF-16
offsets in the XMI, the type system generated from the registries, bad input refused with
the annotation's xmi:id."""

from __future__ import annotations

import re

import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.examples import EXAMPLES, example

from .bridge_roundtrip import assert_faithful
from .bridge_samples import SAMPLES

cassis = pytest.importorskip(
    "cassis", reason="dkpro-cassis (the inception extra, in the test extra) is not installed"
)

from iraqwithdrawal.bridges.cas import (  # noqa: E402  (after the skip: it needs cassis)
    from_xmi,
    to_cas,
    to_xmi,
    type_system_xml,
)


def _check(article: iw.Article) -> None:
    conversion = to_xmi(article)
    back = from_xmi(conversion.document, name=article.id)
    assert back.losses == ()
    assert_faithful(article, conversion.losses, back.document)


@pytest.mark.parametrize("name", [*EXAMPLES, *SAMPLES])
def test_round_trip_of_the_examples_and_the_rtl_and_emoji_reports(name: str) -> None:
    _check(example(name) if name in EXAMPLES else SAMPLES[name]())


def test_the_xmi_counts_utf16_code_units() -> None:
    article = SAMPLES["emoji"]()
    xmi = to_xmi(article).document
    start = article.body.index("Ame\u0301lie")
    units = len(article.body[:start].encode("utf-16-le")) // 2
    assert units != start
    assert re.search(rf'begin="{units}" end="{units + 14}" label="Person"', xmi), xmi[:2000]
    cas = cassis.load_cas_from_xmi(xmi, typesystem=cassis.load_typesystem(type_system_xml()))
    person = next(fs for fs in cas.select("iraqwithdrawal.Annotation") if fs.label == "Person")
    assert person.get_covered_text() == "Ame\u0301lie Dupont"


def test_the_type_system_offers_every_attribute_and_the_relation_layer() -> None:
    system = cassis.load_typesystem(type_system_xml())
    span = system.get_type("iraqwithdrawal.Annotation")
    names = {f.name for f in span.all_features}
    assert {"label", "ident", "mode", "certainty", "status", "form"} <= names
    relation = system.get_type("iraqwithdrawal.Relation")
    assert {"Governor", "Dependent", "label"} <= {f.name for f in relation.all_features}


def _broken(change: str) -> str:
    cas = to_cas(SAMPLES["rtl"]()).document
    span = cas.typesystem.get_type("iraqwithdrawal.Annotation")
    if change == "label":
        cas.add(span(begin=0, end=3, label="Tank"))
    elif change == "offset":
        cas.add(span(begin=0, end=400, label="Cue"))
    return str(cas.to_xmi())


@pytest.mark.filterwarnings("ignore:Not mapping:UserWarning")  # cassis, writing the bad offset
@pytest.mark.parametrize(
    ("change", "code"), [("label", "unknown_label"), ("offset", "offset_out_of_range")]
)
def test_bad_annotations_are_refused_with_their_xmi_id(change: str, code: str) -> None:
    xmi = _broken(change)
    with pytest.raises(iw.ValidationError) as caught:
        from_xmi(xmi, name="doc")
    (problem,) = caught.value.problems
    assert problem.code == code and re.fullmatch(r"doc\.xmi: xmi:id \d+", problem.path)


def test_xmi_that_is_not_xmi_is_refused() -> None:
    with pytest.raises(iw.ValidationError) as caught:
        from_xmi("<not xmi", name="doc")
    assert caught.value.codes == ["invalid_xmi"]
