"""People, organisations, places and anonymous sources, with their mentions in the text."""

from __future__ import annotations

import enum
from typing import ClassVar

import attrs

from . import _checks as v
from ._base import (
    BOOL,
    ID,
    OPT_ID,
    OPT_TEXT,
    TEXT,
    Identifier,
    Model,
    Span,
    TaggedModel,
    ref_meta,
    register_type,
    to_tuple,
    tuple_of,
)
from ._checks import ClassRule, present, run_class_rules
from .quantity import Amount

__all__ = [
    "AnonymousSource",
    "SourceKind",
    "Entity",
    "Mention",
    "MentionForm",
    "Organization",
    "OrganizationKind",
    "Person",
    "Place",
    "PlaceKind",
    "Role",
]


class MentionForm(enum.Enum):
    """How a mention refers to its entity."""

    NAME = "name"  #: "Jawad al-Bulani"
    ALIAS = "alias"  #: an abbreviation or other name: "IS"
    METONYM = "metonym"  #: "Washington" for the US government
    DESCRIPTION = "description"  #: "the capital of Iraqi Kurdistan", "the newspaper"
    PRONOUN = "pronoun"  #: "he", "they"


@attrs.frozen(kw_only=True)
class Mention(Model):
    """Where the text refers to an entity. For a metonym, ``via`` names the entity whose name
    was used (the city of Washington standing for the US government)."""

    span: Span = attrs.field(validator=v.TYPED)
    form: MentionForm = attrs.field(default=MentionForm.NAME, validator=v.TYPED)
    via: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))


@register_type("entity")
@attrs.frozen(kw_only=True)
class Entity(TaggedModel):
    """Base of everything that can be referred to by id: people, organisations, places and
    anonymous sources. ``identifiers`` hold external ids (e.g. Wikidata QIDs).

    Registered as ``"entity"`` itself: a bare entity is also where a lenient load puts an
    entity whose type tag this version does not know (the tag is kept in ``extra``)."""

    tag_required: ClassVar[bool] = True

    id: str = attrs.field(validator=ID)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(TEXT))
    identifiers: tuple[Identifier, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    @property
    def label(self) -> str:
        """A readable label: the name, or the description for anonymous sources."""
        return self.id


@attrs.frozen(kw_only=True)
class Role(Model):
    """A title or function a person holds, with the organisation it is held in."""

    title: str = attrs.field(validator=TEXT)
    organization: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)


@register_type("person")
@attrs.frozen(kw_only=True)
class Person(Entity):
    """A person, with the roles the text gives them: named ("Jawad al-Bulani"), or only
    described ("the defence minister", ``description``) with a role and its organisation,
    when the text does not name them though it identifies them."""

    name: str | None = attrs.field(default=None, validator=OPT_TEXT)
    description: str | None = attrs.field(default=None, validator=OPT_TEXT)
    roles: tuple[Role, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "person_unnamed",
            lambda p: (
                "a person needs a name or a description"
                if p.name is None and p.description is None
                else None
            ),
            {"anyOf": [present("name"), present("description")]},
            "a name or a description",
        ),
    )
    __attrs_post_init__ = run_class_rules

    @property
    def label(self) -> str:
        return self.name or self.description or self.id


class OrganizationKind(enum.Enum):
    GOVERNMENT = "government"
    MINISTRY = "ministry"
    LEGISLATURE = "legislature"
    ARMED_FORCES = "armed_forces"
    MILITARY_COMMAND = "military_command"
    MILITARY_COALITION = "military_coalition"
    ARMED_GROUP = "armed_group"
    DELEGATION = "delegation"
    NEWS_AGENCY = "news_agency"
    NEWS_DESK = "news_desk"  #: a desk or bureau of an outlet ("Reuters Baghdad bureau")
    NEWSPAPER = "newspaper"
    BROADCASTER = "broadcaster"
    PUBLISHER = "publisher"
    INTERNATIONAL_ORGANIZATION = "international_organization"
    POLITICAL_PARTY = "political_party"
    THINK_TANK = "think_tank"
    OTHER = "other"


@register_type("organization")
@attrs.frozen(kw_only=True)
class Organization(Entity):
    """An organisation of some kind; ``parent`` is the organisation it belongs to and
    ``country`` the place it is of."""

    name: str = attrs.field(validator=TEXT)
    kind: OrganizationKind = attrs.field(default=OrganizationKind.OTHER, validator=v.TYPED)
    parent: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    country: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Place"))

    @property
    def label(self) -> str:
        return self.name


class PlaceKind(enum.Enum):
    COUNTRY = "country"
    REGION = "region"
    ADMINISTRATIVE_AREA = "administrative_area"
    CITY = "city"
    FACILITY = "facility"
    MILITARY_BASE = "military_base"
    OTHER = "other"


@register_type("place")
@attrs.frozen(kw_only=True)
class Place(Entity):
    """A place; ``within`` is the place it lies in (an air base in a region in a country)."""

    name: str = attrs.field(validator=TEXT)
    kind: PlaceKind = attrs.field(default=PlaceKind.OTHER, validator=v.TYPED)
    within: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Place"))

    @property
    def label(self) -> str:
        return self.name


class SourceKind(enum.Enum):
    """What kind of source an unnamed one is said to be."""

    OFFICIAL = "official"
    DIPLOMAT = "diplomat"
    MILITARY = "military"  #: an officer or other member of armed forces
    SECURITY = "security"  #: security or intelligence sources
    FAMILIAR = "familiar"  #: "people familiar with the talks"
    INSIDER = "insider"  #: "sources close to the government"
    WITNESS = "witness"
    OTHER = "other"


@register_type("anonymous_source")
@attrs.frozen(kw_only=True)
class AnonymousSource(Entity):
    """A source the text does not name: ``description`` as written ("sources close to the
    Iraqi government"), whether it is plural, what kind of source it is, how many the text
    counts ("three officials": ``count`` 3), and the entity it hints at."""

    description: str = attrs.field(validator=TEXT)
    plural: bool = attrs.field(default=False, validator=BOOL)
    kind: SourceKind | None = attrs.field(default=None, validator=v.TYPED)
    count: Amount | None = attrs.field(default=None, validator=v.TYPED)
    affiliation: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Entity")
    )

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule(
            "source_count",
            lambda a: (
                "a source counted as more than one is plural"
                if a.count is not None
                and not a.plural
                and any(x is not None and x > 1 for x in (a.count.value, a.count.low))
                else None
            ),
            None,
            "a count above one goes with 'plural'",
        ),
    )
    __attrs_post_init__ = run_class_rules

    @property
    def label(self) -> str:
        return self.description
