"""Document-level validation on generated articles and on targeted breakages."""

from __future__ import annotations

import attrs
import pytest
from hypothesis import given

import iraqwithdrawal as iw
from iraqwithdrawal import Severity
from iraqwithdrawal.examples import seed_report
from iraqwithdrawal.testing import articles


@given(articles())
def test_generated_articles_are_valid(article: iw.Article) -> None:
    errors = [p for p in iw.validate(article) if p.severity is Severity.ERROR]
    assert errors == []
    iw.check(article)


@given(articles())
def test_every_reference_resolves_in_generated_articles(article: iw.Article) -> None:
    index = article.objects_by_id()
    from iraqwithdrawal._walk import iter_refs

    for _path, target, _kinds in iter_refs(article):
        assert target in index
        assert article.get(target) is index[target]


@given(articles())
def test_removing_a_referenced_entity_is_caught(article: iw.Article) -> None:
    for i, entity in enumerate(article.entities):
        own = f"$.entities[{i}]."
        refs = [r for r in article.references_to(entity.id) if not r.startswith(own)]
        if refs:
            kept = article.entities[:i] + article.entities[i + 1 :]
            broken = attrs.evolve(article, entities=kept)
            problems = iw.validate(broken)
            dangling = [p for p in problems if p.code == "unresolved_reference"]
            assert len(dangling) == len(refs)
            assert all(p.value == entity.id for p in dangling)
            with pytest.raises(iw.ValidationError):
                iw.check(broken)
            return


def test_seed_lookups() -> None:
    article = seed_report()
    assert article.entity("jawad-al-bulani").label == "Jawad al-Bulani"
    assert article.event("ev-resolution-2020").time is not None
    with pytest.raises(KeyError):
        article.entity("ev-talks")
    refs = article.references_to("the-national")
    assert "$.quotes[0].attribution.recipient" in refs
    assert "$.quotes[0].attribution.relay[0].via" in refs
    paths = [p for p, _ in article.iter_attributions()]
    assert "$.events[11].quantities[0].attribution" in paths


def test_timeline_orders_by_stated_then_inferred_dates() -> None:
    order = [e.id for e in seed_report().timeline()]
    dated = order[: order.index("ev-complete-withdrawal-target") + 1]
    assert dated == [
        "ev-deployment-2014",
        "ev-resolution-2020",
        "ev-us-troops-2021",
        "ev-withdrawal-announcement-2021",
        "ev-withdrawal-2021",
        "ev-rasul-criticism",
        "ev-complete-withdrawal-target",
    ]
    assert order[len(dated)] == "ev-talks"  # undated events follow, in document order


@given(articles())
def test_timeline_is_a_sorted_permutation(article: iw.Article) -> None:
    line = article.timeline()
    assert sorted(e.id for e in line) == sorted(e.id for e in article.events)
    dated = [e for e in line if e.time is not None and e.time.anchor() is not None]
    years = [e.time.anchor().year for e in dated if e.time and e.time.anchor().year is not None]
    assert years == sorted(years)


def test_completed_event_after_publication_is_a_warning() -> None:
    article = attrs.evolve(seed_report(), published=iw.PartialDate(year=2021, month=6))
    problems = iw.validate(article)
    late = [p for p in problems if p.code == "completed_after_publication"]
    assert [p.path for p in late] == ["$.events[13].time", "$.events[12].time"] or sorted(
        p.path for p in late
    ) == ["$.events[12].time", "$.events[13].time"]
    assert all(p.severity is Severity.WARNING for p in late)
    assert iw.check(article) == problems  # warnings alone do not raise


def test_dateline_disagreeing_with_publication_is_a_warning() -> None:
    article = attrs.evolve(seed_report(), published=iw.PartialDate(year=2024, month=8, day=1))
    codes = {p.code for p in iw.validate(article)}
    assert "dateline_mismatch" in codes


def test_direct_quote_without_spans() -> None:
    article = seed_report()
    quote = attrs.evolve(article.quotes[0], spans=())
    broken = attrs.evolve(article, quotes=(quote, *article.quotes[1:]))
    assert [p.code for p in iw.validate(broken)] == ["direct_quote_unanchored"]


def test_multi_span_quote_is_joined_by_one_space() -> None:
    body = '"We will leave," he said, "by September."'
    a = iw.Article(
        id="a",
        headline="h",
        language="en",
        body=body,
        entities=[iw.Person(id="p", name="He")],
        quotes=[
            iw.Quote(
                id="q",
                text="We will leave, by September.",
                spans=[iw.Span(start=1, end=15), iw.Span(start=27, end=40)],
                attribution=iw.Attribution(source="p", mode=iw.AttributionMode.DIRECT),
            )
        ],
    )
    assert iw.validate(a) == []
    overlapping = attrs.evolve(
        a.quotes[0], spans=(iw.Span(start=1, end=15), iw.Span(start=10, end=20))
    )
    codes = [p.code for p in iw.validate(attrs.evolve(a, quotes=(overlapping,)))]
    assert "span_overlap" in codes


def test_validate_wants_an_article() -> None:
    with pytest.raises(TypeError):
        iw.validate(iw.Span(start=0, end=1))  # type: ignore[arg-type]


def test_problem_text() -> None:
    p = iw.Problem(code="x", path="$.a", message="m", severity=Severity.WARNING)
    assert str(p) == "$.a: warning: m [x]"
    err = iw.ValidationError([iw.Problem(code="y", path="$.b", message="n")], source="f.json")
    assert str(err) == "f.json: 1 problem:\n  $.b: n [y]"
    assert err.codes == ["y"]
