"""People, organisations, places and anonymous sources, with their mentions in the text.

Every entity may be named, described ("an unnamed foreign embassy", "local channels"), or
both, and may stand for several of a kind (``plural``, with a ``count``). The kinds of
organisations, places, sources and roles are open vocabularies (:mod:`.vocabulary`): the
enums below are constants of their built-in terms, and the terms carry their mappings to
the standards."""

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
from .names import Name
from .quantity import Amount
from .vocabulary import Term, Vocabulary, term_field

__all__ = [
    "ANONYMITY_REASONS",
    "ENTITY_RULES",
    "MENTION_FEATURES",
    "ORGANIZATION_KINDS",
    "PLACE_KINDS",
    "ROLE_KINDS",
    "SOURCE_KINDS",
    "AnonymityReason",
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
    "RoleKind",
]


class MentionForm(enum.Enum):
    """How a mention refers to its entity."""

    NAME = "name"  #: "Jawad al-Bulani"
    ALIAS = "alias"  #: an abbreviation or other name: "IS"
    METONYM = "metonym"  #: "Washington" for the US government
    DESCRIPTION = "description"  #: "the capital of Iraqi Kurdistan", "the newspaper"
    PRONOUN = "pronoun"  #: "he", "they"


#: What the form of a mention says beyond whom it names (open: register more): a plural of
#: respect for one person, a form of address.
MENTION_FEATURES = Vocabulary(
    "mention_feature",
    "what the form of a mention says beyond whom it names",
    [
        Term(name="honorific", label="Honorific", description="a form of respect"),
        Term(
            name="plural_of_respect",
            label="Plural of respect",
            broader="honorific",
            description="a plural form for one person, out of respect (Hindi 'उन्होंने' "
            "for one minister)",
        ),
        Term(name="formal_address", label="Formal address", description="'vous', 'Sie'"),
        Term(name="familiar_address", label="Familiar address", description="'tu', 'du'"),
    ],
)


@attrs.frozen(kw_only=True)
class Mention(Model):
    """Where the text refers to an entity. For a metonym, ``via`` names the entity whose name
    was used (the city of Washington standing for the US government); ``features`` say what
    the form says beyond whom it names (a plural of respect for one person)."""

    span: Span = attrs.field(validator=v.TYPED)
    form: MentionForm = attrs.field(default=MentionForm.NAME, validator=v.TYPED)
    via: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Entity"))
    features: tuple[str, ...] = term_field(MENTION_FEATURES, many=True)


def _unnamed(e: Entity) -> str | None:
    if e.name is None and e.description is None:
        return f"{_a(type(e).__name__.lower())} needs a name or a description"
    return None


def _a(word: str) -> str:
    return ("an " if word[:1] in "aeiou" else "a ") + word


def counted_above_one(count: Amount | None) -> bool:
    """Whether ``count`` says more than one (its value or its low bound): such an entity
    must be ``plural``."""
    return count is not None and any(x is not None and x > 1 for x in (count.value, count.low))


def _counted_single(e: Entity) -> str | None:
    if not e.plural and counted_above_one(e.count):
        return "an entity counted as more than one is plural"
    return None


#: The rules every concrete entity keeps: named, described or both; a count above one on a
#: plural entity. (The bare :class:`Entity`, where a lenient load keeps an entity of a type
#: this version does not know, has no rules: its fields may be in ``extra``; an extension
#: that subclasses it directly lists these in its own ``CLASS_RULES``.)
ENTITY_RULES: tuple[ClassRule, ...] = (
    ClassRule(
        "entity_unnamed",
        _unnamed,
        {"anyOf": [present("name"), present("description")]},
        "a name or a description",
        broken="{name} is None and {description} is None",
    ),
    ClassRule("plural_count", _counted_single, None, "a count above one goes with 'plural'"),
)


@register_type("entity")
@attrs.frozen(kw_only=True)
class Entity(TaggedModel):
    """Base of everything that can be referred to by id: people, organisations, places and
    anonymous sources. ``identifiers`` hold external ids (e.g. Wikidata QIDs).

    An entity is named (``name``), described (``description`` as the text puts it: "an
    unnamed foreign embassy", "Kurdish-led forces"), or both. ``names`` are written forms of
    the name with their script, language and transliterations (``aliases`` stay plain text).
    A ``plural`` entity stands for several of its kind ("local channels", "unnamed bases"),
    with a ``count`` when the text gives one ("the two defence ministers": 2).

    Registered as ``"entity"`` itself: a bare entity is also where a lenient load puts an
    entity whose type tag this version does not know (the tag is kept in ``extra``)."""

    tag_required: ClassVar[bool] = True
    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ()
    #: The field a tool that carries one label per entity (brat, Label Studio) reads the
    #: label back into: ``name``, or ``description`` for a source that has no name.
    LABEL_FIELD: ClassVar[str] = "name"

    id: str = attrs.field(validator=ID)
    aliases: tuple[str, ...] = attrs.field(default=(), converter=to_tuple, validator=tuple_of(TEXT))
    identifiers: tuple[Identifier, ...] = attrs.field(
        default=(), converter=to_tuple, validator=v.TYPED
    )
    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    name: str | None = attrs.field(default=None, validator=OPT_TEXT)
    description: str | None = attrs.field(default=None, validator=OPT_TEXT)
    names: tuple[Name, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    plural: bool = attrs.field(default=False, validator=BOOL)
    count: Amount | None = attrs.field(default=None, validator=v.TYPED)

    __attrs_post_init__ = run_class_rules

    @property
    def label(self) -> str:
        """A readable label: the name, else the description, else the id."""
        return self.name or self.description or self.id

    @property
    def original_name(self) -> Name | None:
        """The written form marked as the original, if any."""
        return next((n for n in self.names if n.original), None)


class RoleKind(str, enum.Enum):
    """The built-in terms of the ``role_kind`` vocabulary: what kind of role a title names."""

    POST = "post"  #: an office held: minister, ambassador, commander of a command
    RANK = "rank"  #: a military or police rank: general, colonel
    TITLE = "title"  #: an honorific or courtesy title: sheikh, ayatollah
    FUNCTION = "function"  #: a function or job: spokesman, adviser, trainer
    SEAT = "seat"  #: a seat in a body, often held for a constituency: lawmaker, MP
    MEMBERSHIP = "membership"  #: a member of a body or group without a post


ROLE_KINDS = Vocabulary(
    "role_kind",
    "what kind of role a person holds: a post, a rank, a title, a function, a seat",
    [
        Term(name="post", label="Post", description="an office held"),
        Term(name="rank", label="Rank", description="a military or police rank"),
        Term(name="title", label="Title", description="an honorific or courtesy title"),
        Term(name="function", label="Function", description="a function or job"),
        Term(name="seat", label="Seat", description="a seat in a body"),
        Term(name="membership", label="Membership", description="a member without a post"),
    ],
)


@attrs.frozen(kw_only=True)
class Role(Model):
    """A title or function a person holds: its ``kind`` (a post, a rank, a seat...), the
    organisation it is held in, and the place it is held for (``constituency``: the province
    a lawmaker sits for, the territory a governor or envoy is responsible for)."""

    title: str = attrs.field(validator=TEXT)
    organization: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    spans: tuple[Span, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)
    kind: str | None = term_field(ROLE_KINDS, optional=True)
    constituency: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Place")
    )


@register_type("person")
@attrs.frozen(kw_only=True)
class Person(Entity):
    """A person, with the roles the text gives them: named ("Jawad al-Bulani"), or only
    described ("the defence minister", ``description``) with a role and its organisation,
    when the text does not name them though it identifies them. A plural person stands for
    several people described together ("lawmakers who backed the cap")."""

    roles: tuple[Role, ...] = attrs.field(default=(), converter=to_tuple, validator=v.TYPED)

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ENTITY_RULES


class OrganizationKind(str, enum.Enum):
    """The built-in terms of the ``organization_kind`` vocabulary (constants: a kind is held
    as its text, and any registered term is accepted)."""

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
    EMBASSY = "embassy"
    JUNTA = "junta"
    OUTLET = "outlet"  #: a news outlet of any medium
    MILITIA = "militia"
    SECURITY_SERVICE = "security_service"  #: police, intelligence, border guards
    GOVERNMENT_AGENCY = "government_agency"
    COURT = "court"
    COMPANY = "company"
    NGO = "ngo"
    TRIBE = "tribe"
    ONLINE_OUTLET = "online_outlet"  #: a news site or online-only outlet ("an online outlet")
    PLATFORM = "platform"  #: an online platform or social network ("social media", X, Telegram)


def _kind(name: str, label: str, schemaorg: str | None = None, broader: str | None = None) -> Term:
    return Term(
        name=name,
        label=label,
        broader=broader,
        mappings={"schemaorg": schemaorg} if schemaorg else {},
    )


_GOV, _NEWS = "GovernmentOrganization", "NewsMediaOrganization"

#: Organisation kinds. The first term mapped to a schema.org type is the one that type is
#: read back as (``publisher`` for NewsMediaOrganization, ``government`` for
#: GovernmentOrganization); the others written as it are reported as approximated.
ORGANIZATION_KINDS = Vocabulary(
    "organization_kind",
    "what kind of organisation",
    [
        _kind("government", "Government", _GOV),
        _kind("ministry", "Ministry", _GOV, "government"),
        _kind("embassy", "Embassy", _GOV, "government"),
        _kind("government_agency", "Government agency", _GOV, "government"),
        _kind("legislature", "Legislature", _GOV),
        _kind("armed_forces", "Armed forces", _GOV),
        _kind("military_command", "Military command", _GOV, "armed_forces"),
        _kind("security_service", "Security service", _GOV),
        _kind("junta", "Military junta", _GOV),
        _kind("court", "Court", _GOV),
        _kind("military_coalition", "Military coalition"),
        _kind("armed_group", "Armed group"),
        _kind("militia", "Militia", None, "armed_group"),
        _kind("delegation", "Delegation"),
        _kind("publisher", "Publisher", _NEWS),
        _kind("outlet", "News outlet", _NEWS, "publisher"),
        _kind("news_agency", "News agency", _NEWS, "outlet"),
        _kind("newspaper", "Newspaper", _NEWS, "outlet"),
        _kind("broadcaster", "Broadcaster", _NEWS, "outlet"),
        _kind("online_outlet", "Online news outlet", _NEWS, "outlet"),
        _kind("news_desk", "News desk or bureau"),
        _kind("international_organization", "International organisation"),
        _kind("political_party", "Political party", "PoliticalParty"),
        _kind("think_tank", "Think tank"),
        _kind("company", "Company", "Corporation"),
        _kind("ngo", "Non-governmental organisation", "NGO"),
        _kind("tribe", "Tribe"),
        _kind("platform", "Online platform or social network"),
        _kind("other", "Other"),
    ],
)


@register_type("organization")
@attrs.frozen(kw_only=True)
class Organization(Entity):
    """An organisation of some kind (a term of ``organization_kind``); ``parent`` is the
    organisation it belongs to and ``country`` the place it is of. An unnamed one is
    described ("an unnamed foreign embassy", kind ``embassy``)."""

    kind: str = term_field(ORGANIZATION_KINDS, default=OrganizationKind.OTHER)
    parent: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Organization")
    )
    country: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Place"))

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ENTITY_RULES


class PlaceKind(str, enum.Enum):
    """The built-in terms of the ``place_kind`` vocabulary."""

    COUNTRY = "country"
    REGION = "region"
    ADMINISTRATIVE_AREA = "administrative_area"
    CITY = "city"
    FACILITY = "facility"
    MILITARY_BASE = "military_base"
    OTHER = "other"
    PROVINCE = "province"
    DISTRICT = "district"
    TOWN = "town"
    VILLAGE = "village"
    BORDER_CROSSING = "border_crossing"
    AIRPORT = "airport"
    TERRITORY = "territory"  #: "federal territory", a disputed area


PLACE_KINDS = Vocabulary(
    "place_kind",
    "what kind of place",
    [
        _kind("country", "Country", "Country"),
        _kind("administrative_area", "Administrative area", "AdministrativeArea"),
        _kind("region", "Region", "AdministrativeArea"),
        _kind("province", "Province", "AdministrativeArea", "administrative_area"),
        _kind("district", "District", "AdministrativeArea", "administrative_area"),
        _kind("territory", "Territory", "AdministrativeArea"),
        _kind("city", "City", "City"),
        _kind("town", "Town", "City", "city"),
        _kind("village", "Village"),
        _kind("facility", "Facility"),
        _kind("military_base", "Military base", None, "facility"),
        _kind("airport", "Airport", "Airport", "facility"),
        _kind("border_crossing", "Border crossing", None, "facility"),
        _kind("other", "Other"),
    ],
)


@register_type("place")
@attrs.frozen(kw_only=True)
class Place(Entity):
    """A place (a term of ``place_kind``); ``within`` is the place it lies in (an air base in
    a region in a country). An unnamed one is described ("unnamed bases in northern Iraq",
    plural)."""

    kind: str = term_field(PLACE_KINDS, default=PlaceKind.OTHER)
    within: str | None = attrs.field(default=None, validator=OPT_ID, metadata=ref_meta("Place"))

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = ENTITY_RULES


class SourceKind(str, enum.Enum):
    """The built-in terms of the ``source_kind`` vocabulary: what kind of source an unnamed
    one is said to be."""

    OFFICIAL = "official"
    DIPLOMAT = "diplomat"
    MILITARY = "military"  #: an officer or other member of armed forces
    SECURITY = "security"  #: security or intelligence sources
    FAMILIAR = "familiar"  #: "people familiar with the talks"
    INSIDER = "insider"  #: "sources close to the government"
    WITNESS = "witness"
    OTHER = "other"
    POLITICAL = "political"  #: "political sources", party officials
    LOCAL = "local"  #: "local sources", residents
    MEDICAL = "medical"  #: hospital or health sources
    MEDIA = "media"  #: "media reports", another outlet unnamed


SOURCE_KINDS = Vocabulary(
    "source_kind",
    "what kind of source an unnamed one is said to be",
    [
        Term(
            name=k.value,
            label=k.value.capitalize(),
            broader="official" if k.value == "diplomat" else None,
        )
        for k in SourceKind
    ],
)


class AnonymityReason(str, enum.Enum):
    """The built-in terms of the ``anonymity_reason`` vocabulary: why a source is not named."""

    NOT_AUTHORISED = "not_authorised"  #: "not authorised to speak to the media"
    SENSITIVITY = "sensitivity"  #: "because of the sensitivity of the subject"
    SAFETY = "safety"  #: "for fear of reprisals", "for their safety"
    ONGOING = "ongoing"  #: "because the talks are continuing"
    POLICY = "policy"  #: "in line with briefing rules", an institution's practice
    PRIVATE = "private"  #: "the discussions were private"
    OTHER = "other"
    REQUESTED = "requested"  #: "who did not want to be named": the source asked, no reason given


ANONYMITY_REASONS = Vocabulary(
    "anonymity_reason",
    "the reason a source gives, or is given, for not being named",
    [
        Term(name="not_authorised", label="Not authorised to speak"),
        Term(name="sensitivity", label="Sensitivity of the subject"),
        Term(name="safety", label="Safety or fear of reprisal"),
        Term(name="ongoing", label="Matter still under way"),
        Term(name="policy", label="Rules or practice of briefing"),
        Term(name="private", label="Private discussions"),
        Term(name="other", label="Other"),
        Term(
            name="requested",
            label="At the source's request",
            description="the source asked not to be named and the text gives no other reason",
        ),
    ],
)


def _undescribed(a: AnonymousSource) -> str | None:
    return "an anonymous source needs a description" if a.description is None else None


@register_type("anonymous_source")
@attrs.frozen(kw_only=True)
class AnonymousSource(Entity):
    """A source the text does not name: ``description`` as written ("sources close to the
    Iraqi government", required), whether it is plural, what kind of source it is, how many
    the text counts ("three officials": ``count`` 3), the entity it hints at, and the reason
    for its anonymity as the text gives it (``reason``, "not authorised to speak to the
    media") with its kind (``reason_kind``, a term of ``anonymity_reason``)."""

    kind: str | None = term_field(SOURCE_KINDS, optional=True)
    affiliation: str | None = attrs.field(
        default=None, validator=OPT_ID, metadata=ref_meta("Entity")
    )
    reason: str | None = attrs.field(default=None, validator=OPT_TEXT)
    reason_kind: str | None = term_field(ANONYMITY_REASONS, optional=True)

    LABEL_FIELD: ClassVar[str] = "description"

    CLASS_RULES: ClassVar[tuple[ClassRule, ...]] = (
        ClassRule("source_undescribed", _undescribed, present("description"), "a description"),
        ENTITY_RULES[1],
    )
