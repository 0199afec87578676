"""Open vocabularies: a term field refuses an unregistered term on a strict load with its
path, keeps it on a lenient one and warns, accepts it once registered, lists the terms in the
JSON Schema, and refuses conflicting registrations."""

from __future__ import annotations

import enum
from collections.abc import Iterator

import attrs
import pytest

import iraqwithdrawal as iw
from iraqwithdrawal.description import describe
from iraqwithdrawal.errors import RegistryError
from iraqwithdrawal.extend import register_type
from iraqwithdrawal.models.vocabulary import (
    Term,
    Vocabulary,
    get_vocabulary,
    term_field,
    vocabularies,
)
from iraqwithdrawal.testing import isolated_registries


class Posture(enum.Enum):
    ALERT = "alert"


@pytest.fixture
def unit() -> Iterator[type]:
    with isolated_registries():
        stances = Vocabulary(
            "posture_test", "how a unit stands", [Term(name="alert"), Term(name="stood_down")]
        )

        @register_type("unit_vocabulary_test")
        @attrs.frozen(kw_only=True)
        class Unit(iw.Organization):
            posture: str | None = term_field(stances, optional=True)
            postures: tuple[str, ...] = term_field(stances, many=True)

        yield Unit


def _doc(unit: type, **fields: object) -> dict[str, object]:
    entity = {"type": "unit_vocabulary_test", "id": "u1", "name": "Unit", **fields}
    article = iw.Article(id="a", headline="h", language="en", body="")
    return {**iw.to_dict(article), "entities": [entity]}


def test_the_description_names_the_vocabulary(unit: type) -> None:
    assert describe(unit).by_name["posture"].vocabulary is get_vocabulary("posture_test")
    assert describe(unit).by_name["postures"].vocabulary is get_vocabulary("posture_test")
    assert describe(unit).by_name["name"].vocabulary is None


def test_a_strict_load_refuses_an_unregistered_term_with_its_path(unit: type) -> None:
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_doc(unit, posture="withdrawn"))
    assert [(p.code, p.path) for p in caught.value.problems] == [
        ("unknown_term", "$.entities[0].posture")
    ]
    with pytest.raises(iw.ValidationError) as caught:
        iw.from_dict(_doc(unit, postures=["alert", "withdrawn"]))
    # A check on the members of a list is reported at the list, with the member refused.
    assert [(p.code, p.path, p.value) for p in caught.value.problems] == [
        ("unknown_term", "$.entities[0].postures", "withdrawn")
    ]


def test_a_lenient_load_keeps_the_term_and_warns(unit: type) -> None:
    article = iw.from_dict(_doc(unit, posture="withdrawn", postures=["x_y"]), unknown="keep")
    assert article.entities[0].posture == "withdrawn"
    warnings = [(p.code, p.path, p.severity) for p in iw.validate(article)]
    assert ("unknown_term", "$.entities[0].posture", iw.Severity.WARNING) in warnings
    assert ("unknown_term", "$.entities[0].postures[0]", iw.Severity.WARNING) in warnings
    assert iw.from_json(iw.to_json(article), unknown="keep") == article


def test_a_registered_term_is_accepted_and_in_the_schema(unit: type) -> None:
    get_vocabulary("posture_test").register(Term(name="withdrawn", broader="stood_down"))
    article = iw.from_dict(_doc(unit, posture="withdrawn"))
    assert article.entities[0].posture == "withdrawn"
    assert iw.validate(article) == []
    schema = iw.json_schema()
    assert "withdrawn" in str(schema)
    assert get_vocabulary("posture_test").narrows("withdrawn", "stood_down")


def test_an_enum_constant_is_held_as_its_term(unit: type) -> None:
    made = unit(id="u1", name="Unit", posture=Posture.ALERT, postures=[Posture.ALERT])
    assert made.posture == "alert" and type(made.posture) is str
    assert made.postures == ("alert",)
    with pytest.raises(iw.IraqWithdrawalError):
        unit(id="u1", name="Unit", posture="never_heard")


def test_registrations_that_conflict_are_refused() -> None:
    with isolated_registries():
        kinds = Vocabulary("conflict_test", "t", [Term(name="a"), Term(name="b")])
        assert kinds.register(Term(name="a", label="A again")) == Term(name="a")
        with pytest.raises(RegistryError, match="defines it otherwise"):
            kinds.register(Term(name="a", broader="b"))
        with pytest.raises(RegistryError, match="not registered"):
            kinds.register(Term(name="c", broader="nowhere"))
        with pytest.raises(RegistryError, match="already exists"):
            Vocabulary("conflict_test", "again")
    assert "conflict_test" not in vocabularies()


@pytest.mark.parametrize("vocabulary", sorted(n for n, v in vocabularies().items() if len(v)))
def test_a_built_in_term_differing_only_in_its_prose_is_the_same_term(vocabulary: str) -> None:
    """A user registering a built-in term in their own words (another description or label)
    gets the built-in one back; a different definition is still refused."""
    with isolated_registries():
        terms = get_vocabulary(vocabulary)
        known = terms.get(next(iter(terms)))
        again = attrs.evolve(known, description="In my own words.", label="My label")
        assert terms.register(again) is known
        assert terms.get(known.name).description == known.description
        with pytest.raises(RegistryError, match="defines it otherwise"):
            terms.register(attrs.evolve(known, mappings={"nowhere": "else"}))
