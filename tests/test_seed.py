"""The canonical report: built in code, bundled as JSON, faithful to tests/data/seed/."""

from __future__ import annotations

import json
from importlib import resources

import iraqwithdrawal as iw
from iraqwithdrawal.examples import SEED_JSON_NAME, load_seed_report, seed_report

from ._paths import DATA

ARTICLE = seed_report()


def _seed_text() -> str:
    files = sorted((DATA / "seed").glob("*.txt"))
    assert len(files) == 1
    return files[0].read_text(encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return [p.strip() for p in text.split("\n") if p.strip(" \u00a0\n")]


def test_code_and_bundled_json_are_equal_and_valid() -> None:
    assert load_seed_report() == ARTICLE
    assert iw.validate(ARTICLE) == []
    bundled = resources.files("iraqwithdrawal.examples").joinpath(SEED_JSON_NAME).read_text()
    assert json.loads(bundled) == iw.to_dict(ARTICLE)


def test_every_printed_line_is_represented_verbatim() -> None:
    lines = _paragraphs(_seed_text())
    headline, dateline, *narrative, signature, credit, based_on = lines
    assert ARTICLE.headline == headline
    assert ARTICLE.dateline is not None and ARTICLE.dateline.text == dateline
    assert ARTICLE.body == "\n\n".join(narrative)
    assert len(narrative) == 6
    assert ARTICLE.entity(ARTICLE.publisher or "").label == signature
    assert ARTICLE.media[0].credit == credit
    assert ARTICLE.based_on[0].text == based_on
    assert ARTICLE.entity(ARTICLE.based_on[0].source).label == "TASS"


def test_dateline_keeps_no_year_and_marks_the_inference() -> None:
    time = ARTICLE.dateline.time if ARTICLE.dateline else None
    assert time is not None and time.date == iw.PartialDate(month=7, day=24)
    assert time.to_edtf() == "XXXX-07-24"
    assert time.inferred is not None and time.inferred.year == 2024 and time.inference
    assert ARTICLE.published is None


def test_bulani_direct_quote_is_anchored_and_relayed() -> None:
    quote = ARTICLE.quotes[0]
    assert quote.mode is iw.AttributionMode.DIRECT
    assert " ".join(s.select(ARTICLE.body) for s in quote.spans) == quote.text
    a = quote.attribution
    assert a.source == "jawad-al-bulani" and a.recipient == "the-national"
    assert a.cue is not None and a.cue.text == "told"
    assert a.chain() == ("jawad-al-bulani", "the-national", "tass")
    assert ARTICLE.entity("jawad-al-bulani").roles[0].organization == "iraqi-delegation"


def test_anonymous_sources_and_the_hedge() -> None:
    source = ARTICLE.entity("sources-close-to-iraqi-government")
    assert isinstance(source, iw.AnonymousSource) and source.plural
    assert source.description == "Sources close to the Iraqi government"
    hedged = ARTICLE.quotes[3].attribution.factuality
    assert hedged is not None and hedged.certainty is iw.Certainty.POSSIBLE
    assert [h.text for h in hedged.hedges] == ["may"]
    assert hedged.hedges[0].spans[0].select(ARTICLE.body) == "may"


def test_contested_claims_about_al_harir() -> None:
    us, iraq = ARTICLE.claims
    assert (us.stance, iraq.stance) == (iw.Stance.SUPPORTS, iw.Stance.OPPOSES)
    assert us.contests == (iraq.id,) and iraq.contests == (us.id,)
    assert us.dispute == iraq.dispute == ARTICLE.disputes[0].id
    harir = ARTICLE.entity("al-harir")
    assert isinstance(harir, iw.Place) and harir.kind == iw.PlaceKind.MILITARY_BASE


def test_metonyms_resolve_to_governments() -> None:
    us = ARTICLE.entity("us-government")
    words = {m.span.select(ARTICLE.body): m for m in us.mentions}
    assert words["Washington"].form is iw.MentionForm.METONYM
    assert words["Washington"].via == "washington"
    iraq = ARTICLE.entity("iraq-government")
    assert "Baghdad" in {m.span.select(ARTICLE.body) for m in iraq.mentions}


def test_times_of_the_events() -> None:
    edtf = {e.id: (e.time.to_edtf() if e.time else None) for e in ARTICLE.events}
    assert edtf["ev-deployment-2014"] == "2014"
    assert edtf["ev-resolution-2020"] == "2020-01-05"
    assert edtf["ev-us-troops-2021"] == "2021-03"
    assert edtf["ev-withdrawal-2021"] == "../2021-12-22"
    assert edtf["ev-complete-withdrawal-target"] == "../2025-09"
    assert edtf["ev-rasul-criticism"] == "XXXX-02"
    rasul = ARTICLE.event("ev-rasul-criticism").time
    assert rasul is not None and rasul.inferred is not None and rasul.inferred.uncertain


def test_approximate_troop_count() -> None:
    quantity = ARTICLE.event("ev-us-troops-2021").quantities[0]
    assert quantity.amount == iw.Amount(value=2500, qualifier=iw.QuantityQualifier.ABOUT)
    assert quantity.attribution is not None and quantity.attribution.source is None
    assert quantity.attribution.cue is not None and quantity.attribution.cue.text == "was reported"


def test_reuters_report_of_july_23() -> None:
    target = ARTICLE.event("ev-complete-withdrawal-target")
    hop = target.attributions[0].relay[0]
    assert hop.via == "reuters"
    assert hop.time is not None and hop.time.date == iw.PartialDate(month=7, day=23)


def test_photo_licence_is_not_guessed() -> None:
    media = ARTICLE.media[0]
    assert media.license is not None and media.license.text == "Creative Commons 2.0"
    assert media.license.spdx is None
    assert ARTICLE.entity(media.creator or "").label == "Georgia National Guard"


def test_advisers_remain_and_withdrawal_announced() -> None:
    announcement = ARTICLE.event("ev-withdrawal-announcement-2021")
    assert announcement.links[0].relation is iw.EventRelation.ANNOUNCES
    assert announcement.links[0].target == "ev-withdrawal-2021"
    advisers = ARTICLE.event("ev-advisers-remain")
    assert advisers.status == iw.EventStatus.ONGOING
    assert (
        iw.EventLink(relation=iw.EventRelation.FOLLOWS, target="ev-withdrawal-2021")
        in advisers.links
    )
