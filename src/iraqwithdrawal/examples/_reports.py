"""Short reports of the canonical report's genre, written for this library and encoded in
full. Each one shows phenomena the canonical report does not have; ``docs/guide.md`` walks
through them phenomenon by phenomenon. The outlets, reporters and figures are invented.
"""

from __future__ import annotations

from collections.abc import Callable

from ..builder import ArticleBuilder
from ..models import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    Communication,
    CommunicationKind,
    Condition,
    Contributor,
    ContributorRole,
    Correction,
    Dateline,
    DeicticUnit,
    Deixis,
    Duration,
    DurationUnit,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Factuality,
    Fraction,
    LiveEntry,
    MediaItem,
    MediaKind,
    Mention,
    Moment,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Person,
    Place,
    PlaceKind,
    Polarity,
    Quantity,
    Quote,
    Relation,
    RelationKind,
    Rights,
    Role,
    SourceKind,
    TimeAnchor,
    TimeRelation,
    Update,
    UpdateKind,
)

__all__ = ["REPORTS"]

_K, _PK = OrganizationKind, PlaceKind
_NEG = Factuality(polarity=Polarity.NEGATIVE)
_MID = PeriodPart.MID
_PARA, _DIRECT = AttributionMode.PARAPHRASE, AttributionMode.DIRECT


def _gmt(hour: int, minute: int, date: PartialDate | None = None) -> Moment:
    return Moment(date=date, hour=hour, minute=minute, utc_offset=0, zone="GMT")


def phased_pullout() -> Article:
    """A phased pullout told by anonymous officials: dates relative to the report, a share
    of a stated total, vague horizons, a described minister, a refusal to comment, the byline
    and credits as printed, and the story's updates."""
    published = PartialDate(year=2025, month=3, day=14)
    b = ArticleBuilder(
        headline="US to pull a third of its troops from Iraq by mid-2026, officials say",
        body="The United States will withdraw about a third of the 2,500 troops it keeps in "
        "Iraq by mid-2026, three US officials said on Tuesday. The first units are due to "
        "leave in the coming weeks, the officials said, speaking on condition of anonymity."
        "\n\nThe defence minister said last week that talks on the timetable were going well. "
        "The Pentagon declined to comment.",
        byline="By Our Correspondent. Additional reporting by Sara Haddad",
        anchor=published,
        anchor_basis="counted from the publication date, 14 March 2025",
    )
    us = b.new(Place, name="United States", kind=_PK.COUNTRY, mentions=["The United States"])
    iraq = b.new(Place, name="Iraq", kind=_PK.COUNTRY, mentions=["Iraq"])
    us_forces = b.new(Organization, name="United States Armed Forces", kind=_K.ARMED_FORCES)
    pentagon = b.new(
        Organization,
        name="United States Department of Defense",
        kind=_K.MINISTRY,
        country=us,
        mentions=["The Pentagon"],
    )
    iraq_gov = b.new(Organization, name="Government of Iraq", kind=_K.GOVERNMENT, country=iraq)
    officials = b.new(
        AnonymousSource,
        description="three US officials",
        plural=True,
        kind=SourceKind.OFFICIAL,
        count=Amount(value=3),
        affiliation=us,
        mentions=["three US officials", "the officials"],
    )
    # Described, not named: the text identifies the minister by the office only.
    minister = b.new(
        Person,
        description="The defence minister",
        roles=[Role(title="defence minister", organization=iraq_gov.id)],
        mentions=["The defence minister"],
    )
    reporter = b.new(Person, name="Sara Haddad")
    agency = b.new(Organization, name="Reuters", kind=_K.NEWS_AGENCY)
    on_tuesday = b.time("on Tuesday", deixis=Deixis(weekday=2, offset=-1))
    said = b.shared(source=officials, cue="said", mode=_PARA, time=on_tuesday)
    total = b.make(
        Quantity,
        id="q-troops-in-iraq",
        amount=Amount(value=2500),
        counted="troops",
        of=us_forces,
        text="the 2,500 troops",
        spans="the 2,500 troops",
    )
    third = "about a third of the 2,500 troops"
    b.new(
        Event,
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        summary="The United States withdraws about a third of its troops in Iraq",
        trigger="withdraw",
        participants=b.roles(agent=us, theme=us_forces),
        locations=[iraq],
        time=b.time(
            "by mid-2026", relation=TimeRelation.BY, date=PartialDate(year=2026), part=_MID
        ),
        quantities=[
            total,
            b.make(
                Quantity,
                fraction=Fraction(numerator=1, denominator=3, approximate=True),
                part_of=total,
                counted="troops",
                of=us_forces,
                text=third,
                spans=third,
            ),
        ],
        attributions=[said],
    )
    b.new(
        Event,
        event_type="withdrawal",
        status=EventStatus.EXPECTED,
        summary="The first units leave",
        trigger="leave",
        participants=b.roles(theme=us_forces),
        time=b.time(
            "in the coming weeks",
            relation=TimeRelation.WITHIN,
            offset=Duration(unit=DurationUnit.WEEK),
            anchor_kind=TimeAnchor.DOCUMENT,
        ),
        attributions=[Attribution(shared=said.shared, cue=b.cue("said", 2))],
    )
    b.new(
        Quote,
        text="talks on the timetable were going well",
        spans="talks on the timetable were going well",
        attribution=b.make(
            Attribution,
            source=minister,
            cue=("said", 3),
            mode=_PARA,
            time=b.time("last week", deixis=Deixis(unit=DeicticUnit.WEEK, offset=-1)),
        ),
    )
    b.new(
        Event,
        event_type="refusal",
        status=EventStatus.COMPLETED,
        summary="The Pentagon declined to comment",
        trigger="declined to comment",
        participants=b.roles(agent=pentagon),
    )
    b.new(
        Contributor,
        text="Our Correspondent",
        role=ContributorRole.REPORTING,
        spans=[b.span("Our Correspondent", field="byline")],
    )
    b.new(
        Contributor,
        entity=reporter,
        role=ContributorRole.ADDITIONAL_REPORTING,
        spans=[b.span("Sara Haddad", field="byline")],
    )
    b.new(
        MediaItem,
        id="photo-1",
        kind=MediaKind.PHOTO,
        caption="US soldiers at a base in Iraq",
        credit="Photo: Sara Haddad/Reuters",
        creator=reporter,
        providers=[agency],
    )
    b.new(Update, kind=UpdateKind.PUBLISHED, at=_gmt(9, 30, published))
    b.new(Update, kind=UpdateKind.UPDATED, at=_gmt(11, 5, published), text="Updated 11:05 GMT")
    return b.build(
        id="example-phased-pullout",
        published=published,
        rights=Rights(text="© 2025 Example Wire", year=2025),
    )


def joint_statement() -> Article:
    """A joint statement of two governments: one communication with its co-signers, one
    attribution declared once and shared by the events and the quote, an event in two
    places, a status pending approval, a purpose link and a third party that brokered the
    talks."""
    published = PartialDate(year=2024, month=9, day=28)
    b = ArticleBuilder(
        headline="Iraq and US announce end of coalition mission in joint statement",
        body="In a joint statement issued in Baghdad and Washington on Friday, the governments "
        "of Iraq and the United States said the coalition's military mission would end by "
        "September 2025. The transition, agreed in UK-brokered talks, is pending approval by "
        "the Iraqi parliament.\n\n"
        '"The two sides will move to a bilateral security partnership," the statement said. '
        "US forces will remain in Erbil to support operations against Islamic State in Syria.",
        anchor=published,
        anchor_basis="counted from the publication date, 28 September 2024",
    )
    iraq = b.new(Place, name="Iraq", kind=_PK.COUNTRY)
    us = b.new(Place, name="United States", kind=_PK.COUNTRY)
    baghdad = b.new(Place, name="Baghdad", kind=_PK.CITY, within=iraq, mentions=["Baghdad"])
    washington = b.new(
        Place, name="Washington, D.C.", kind=_PK.CITY, within=us, mentions=["Washington"]
    )
    erbil = b.new(Place, name="Erbil", kind=_PK.CITY, within=iraq, mentions=["Erbil"])
    syria = b.new(Place, name="Syria", kind=_PK.COUNTRY, mentions=["Syria"])
    iraq_gov = b.new(Organization, name="Government of Iraq", kind=_K.GOVERNMENT, country=iraq)
    us_gov = b.new(
        Organization, name="Government of the United States", kind=_K.GOVERNMENT, country=us
    )
    uk_gov = b.new(
        Organization, name="Government of the United Kingdom", kind=_K.GOVERNMENT, mentions=["UK"]
    )
    parliament = b.new(
        Organization,
        name="Council of Representatives of Iraq",
        kind=_K.LEGISLATURE,
        mentions=["the Iraqi parliament"],
    )
    coalition = b.new(
        Organization, name="US-led international coalition", kind=_K.MILITARY_COALITION
    )
    us_forces = b.new(
        Organization,
        name="United States Armed Forces",
        kind=_K.ARMED_FORCES,
        mentions=["US forces"],
    )
    isis = b.new(
        Organization, name="Islamic State", kind=_K.ARMED_GROUP, mentions=["Islamic State"]
    )
    on_friday = b.time("on Friday", deixis=Deixis(weekday=5, offset=-1))
    statement = b.new(
        Communication,
        id="joint-statement",
        kind=CommunicationKind.JOINT_STATEMENT,
        issuers=[iraq_gov, us_gov],
        time=on_friday,
        spans="a joint statement",
    )
    said = b.shared(source=iraq_gov, joint_with=[us_gov], cue="said", mode=_PARA, channel=statement)
    b.new(
        Event,
        event_type="statement",
        status=EventStatus.COMPLETED,
        summary="Iraq and the United States issue a joint statement",
        trigger="issued",
        participants=b.roles(agent=(iraq_gov, us_gov)),
        locations=[baghdad, washington],
        time=on_friday,
    )
    mission_end = b.new(
        Event,
        event_type="mission_end",
        status=EventStatus.PLANNED,
        summary="The coalition's military mission ends",
        trigger="would end",
        participants=b.roles(theme=coalition),
        locations=[iraq],
        time=b.time(
            "by September 2025", relation=TimeRelation.BY, date=PartialDate(year=2025, month=9)
        ),
        attributions=[said],
    )
    talks = b.new(
        Event,
        event_type="negotiation",
        status=EventStatus.COMPLETED,
        summary="UK-brokered talks on the transition",
        trigger="UK-brokered talks",
        participants=b.roles(agent=(iraq_gov, us_gov)),
    )
    b.new(
        Event,
        event_type="agreement",
        status=EventStatus.PENDING_APPROVAL,
        summary="The transition, agreed in the talks, awaits the Iraqi parliament's approval",
        trigger="pending approval",
        participants=b.roles(agent=(iraq_gov, us_gov), recipient=parliament),
        links=[
            EventLink(relation=EventRelation.FOLLOWS, target=talks.id),
            EventLink(relation=EventRelation.CONCERNS, target=mission_end.id),
        ],
        attributions=[said],
    )
    operations = b.new(
        Event,
        event_type="deployment",
        status=EventStatus.ONGOING,
        summary="Operations against Islamic State in Syria",
        trigger="operations",
        participants=b.roles(agent=us_forces, recipient=isis),
        locations=[syria],
    )
    b.new(
        Event,
        event_type="troop_presence",
        status=EventStatus.EXPECTED,
        summary="US forces remain in Erbil",
        trigger="will remain",
        participants=b.roles(theme=us_forces),
        locations=[erbil],
        links=[EventLink(relation=EventRelation.PURPOSE, target=operations.id)],
    )
    b.new(
        Quote,
        text="The two sides will move to a bilateral security partnership",
        spans="The two sides will move to a bilateral security partnership",
        attribution=Attribution(
            shared=said.shared, cue=b.cue("said", 2), spans=(b.span("the statement"),)
        ),
        about=[mission_end],
    )
    b.new(Relation, kind=RelationKind.BROKERS, subject=uk_gov, object=talks, spans="UK-brokered")
    b.new(Relation, kind=RelationKind.LEADS, subject=us_gov, object=coalition)
    return b.build(id="example-joint-statement", published=published)


def conditional_deal() -> Article:
    """A draft deal with conditions and relative deadlines: a deadline whose start the text
    does not give, half of a stated total, an event at the same time as another, a deadline
    before the end of the year, and a vote postponed to early 2027."""
    published = PartialDate(year=2026, month=10, day=2)
    b = ArticleBuilder(
        headline="Draft deal would see foreign troops leave Iraq within 90 days",
        body="Under the draft agreement, foreign troops would leave Iraq within 90 days if the "
        "security situation allows, a senior diplomat said. Half of the 4,000 soldiers would "
        "be redeployed to Kuwait at the same time as the handover of the bases, and the rest "
        "before the end of the year.\n\nA parliamentary vote on the deal, first planned for "
        "January, has been postponed to early 2027.",
        anchor=published,
        anchor_basis="counted from the publication date, 2 October 2026",
    )
    iraq = b.new(Place, name="Iraq", kind=_PK.COUNTRY, mentions=["Iraq"])
    kuwait = b.new(Place, name="Kuwait", kind=_PK.COUNTRY, mentions=["Kuwait"])
    foreign = b.new(
        Organization,
        name="Foreign forces in Iraq",
        kind=_K.ARMED_FORCES,
        mentions=["foreign troops"],
    )
    parliament = b.new(Organization, name="Council of Representatives of Iraq", kind=_K.LEGISLATURE)
    diplomat = b.new(
        AnonymousSource,
        description="a senior diplomat",
        kind=SourceKind.DIPLOMAT,
        count=Amount(value=1),
        mentions=["a senior diplomat"],
    )
    said = b.shared(source=diplomat, cue="said", mode=_PARA)
    deal = b.new(
        Event,
        id="ev-draft-deal",
        event_type="agreement",
        status=EventStatus.PROPOSED,
        summary="The draft agreement on the withdrawal of foreign troops",
        trigger="the draft agreement",
        attributions=[said],
    )
    handover = b.new(
        Event,
        id="ev-handover",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        summary="The handover of the bases",
        trigger="the handover of the bases",
        locations=[iraq],
        attributions=[said],
    )
    b.new(
        Event,
        id="ev-leave",
        event_type="withdrawal",
        status=EventStatus.PROPOSED,
        summary="Foreign troops leave Iraq",
        trigger="leave",
        participants=b.roles(theme=foreign),
        locations=[iraq],
        # Within 90 days of a start the text leaves unstated (the deal's signing, likely).
        time=b.time(
            "within 90 days",
            relation=TimeRelation.WITHIN,
            offset=Duration(value=90, unit=DurationUnit.DAY),
            anchor_kind=TimeAnchor.IMPLICIT,
        ),
        conditions=[
            b.make(
                Condition,
                text="if the security situation allows",
                spans="if the security situation allows",
            )
        ],
        links=[EventLink(relation=EventRelation.PART_OF, target=deal.id)],
        attributions=[said],
    )
    total = b.make(
        Quantity,
        id="q-soldiers",
        amount=Amount(value=4000),
        counted="soldiers",
        of=foreign,
        spans="the 4,000 soldiers",
    )
    b.new(
        Event,
        event_type="deployment",
        status=EventStatus.PROPOSED,
        summary="Half of the soldiers are redeployed to Kuwait",
        trigger="redeployed",
        participants=b.roles(theme=foreign),
        locations=[kuwait],
        time=b.time("at the same time as", relation=TimeRelation.SAME_TIME, relative_to=handover),
        quantities=[
            total,
            b.make(
                Quantity,
                fraction=Fraction(numerator=1, denominator=2),
                part_of=total,
                counted="soldiers",
                spans="Half of the 4,000 soldiers",
            ),
        ],
        attributions=[said],
    )
    b.new(
        Event,
        event_type="withdrawal",
        status=EventStatus.PROPOSED,
        summary="The rest of the soldiers leave",
        trigger="the rest",
        participants=b.roles(theme=foreign),
        time=b.time(
            "before the end of the year",
            relation=TimeRelation.BEFORE,
            deixis=Deixis(unit=DeicticUnit.YEAR),
            part=PeriodPart.END,
        ),
        attributions=[said],
    )
    b.new(
        Event,
        event_type="approval",
        status=EventStatus.POSTPONED,
        summary="A parliamentary vote on the deal, postponed from January to early 2027",
        trigger="A parliamentary vote",
        participants=b.roles(agent=parliament),
        time=b.time(
            "early 2027",
            relation=TimeRelation.IN,
            date=PartialDate(year=2027),
            part=PeriodPart.EARLY,
        ),
        links=[EventLink(relation=EventRelation.CONCERNS, target=deal.id)],
    )
    return b.build(id="example-conditional-deal", published=published)


_POST_EN = "We remain a reliable partner of Iraq \U0001f1fa\U0001f1f8\U0001f91d\U0001f1ee\U0001f1f6"
_POST_RU = "Мы остаёмся надёжным партнёром Ирака \U0001f1fa\U0001f1f8\U0001f91d\U0001f1ee\U0001f1f6"


def agency_post_ru() -> Article:
    """A Russian agency report quoting an English post on a social network: non-Latin text
    with emoji flags outside the Basic Multilingual Plane, a quote and its translation, the
    post as a communication with its platform and language, and "sources" in the headline
    as an attribution anchored there."""
    b = ArticleBuilder(
        headline="Источники: США не намерены уходить из Ирака",
        body=f"Посол США в Ираке написала в соцсети X: «{_POST_RU}». "
        f'Пост опубликован на английском языке: "{_POST_EN}".',
        language="ru",
    )
    us = b.new(Place, id="usa", name="США", kind=_PK.COUNTRY, mentions=["США"])
    iraq = b.new(Place, id="iraq", name="Ирак", kind=_PK.COUNTRY, mentions=["Ираке"])
    ambassador = b.new(
        Person,
        id="us-ambassador-to-iraq",
        description="Посол США в Ираке",
        roles=[Role(title="посол США в Ираке")],
        mentions=["Посол США в Ираке"],
    )
    sources = b.new(
        AnonymousSource,
        id="sources",
        description="Источники",
        plural=True,
        mentions=[b.make(Mention, span=b.span("Источники", field="headline"))],
    )
    post = b.new(
        Communication,
        id="post-x",
        kind=CommunicationKind.SOCIAL_MEDIA_POST,
        issuers=[ambassador],
        platform="X",
        language="en",
        spans="в соцсети X",
    )
    wrote = b.make(Attribution, source=ambassador, cue="написала", mode=_DIRECT, channel=post)
    original = b.new(
        Quote, id="q-post-en", text=_POST_EN, spans=_POST_EN, attribution=wrote, language="en"
    )
    b.new(
        Quote,
        id="q-post-ru",
        text=_POST_RU,
        spans=_POST_RU,
        attribution=wrote,
        original_language="en",
        translation_of=original,
    )
    b.new(
        Event,
        event_type="troop_presence",
        status=EventStatus.ONGOING,
        summary="US forces stay in Iraq",
        participants=b.roles(agent=us),
        locations=[iraq],
        # "Sources:" in the headline is the attribution.
        attributions=[
            Attribution(
                source=sources.id,
                mode=_PARA,
                spans=(b.span("Источники", field="headline"),),
            )
        ],
        spans=[b.span("США не намерены уходить из Ирака", field="headline")],
    )
    return b.build(id="example-agency-post-ru")


def denial_correction() -> Article:
    """A denial and a correction: a reported event the ministry denies, events the text
    negates ("had not been informed", "did not set a date"), a request left unanswered,
    and a correction that says which field it corrects, the wrong value and the right one."""
    published = PartialDate(year=2025, month=1, day=19)
    b = ArticleBuilder(
        headline="Iraq denies US troops have begun leaving Ain al-Asad",
        body="Iraq's foreign ministry on Sunday denied a report that US troops had begun "
        "leaving the Ain al-Asad air base. The ministry said it had not been informed of any "
        "movement and that the two governments did not set a date for a withdrawal. The US "
        "embassy in Baghdad did not respond to a request for comment.",
        anchor=published,
        anchor_basis="counted from the publication date, Sunday 19 January 2025",
    )
    iraq = b.new(Place, name="Iraq", kind=_PK.COUNTRY)
    base = b.new(
        Place,
        name="Ain al-Asad Air Base",
        kind=_PK.MILITARY_BASE,
        within=iraq,
        mentions=["the Ain al-Asad air base"],
    )
    ministry = b.new(
        Organization,
        name="Ministry of Foreign Affairs of Iraq",
        kind=_K.MINISTRY,
        mentions=["Iraq's foreign ministry", "The ministry"],
    )
    embassy = b.new(
        Organization,
        name="Embassy of the United States in Baghdad",
        kind=_K.OTHER,
        mentions=["The US embassy in Baghdad"],
    )
    us_forces = b.new(
        Organization,
        name="United States Armed Forces",
        kind=_K.ARMED_FORCES,
        mentions=["US troops"],
    )
    ministry_said = b.shared(source=ministry, cue="said", mode=_PARA)
    leaving = b.new(
        Event,
        id="ev-troops-leaving",
        event_type="withdrawal",
        status=EventStatus.DENIED,
        summary="US troops begin leaving Ain al-Asad air base",
        trigger="had begun leaving",
        participants=b.roles(theme=us_forces),
        locations=[base],
        attributions=[Attribution(cue=b.cue("a report"))],
    )
    b.new(
        Event,
        event_type="denial",
        status=EventStatus.COMPLETED,
        summary="The foreign ministry denies the report",
        trigger="denied",
        participants=b.roles(agent=ministry),
        time=b.time("on Sunday", deixis=Deixis(weekday=7, offset=0)),
        links=[EventLink(relation=EventRelation.CONTRADICTS, target=leaving.id)],
    )
    b.new(
        Event,
        event_type="statement",
        summary="The ministry is informed of troop movements",
        trigger="had not been informed",
        participants=b.roles(recipient=ministry),
        factuality=_NEG,
        attributions=[ministry_said],
    )
    b.new(
        Event,
        event_type="agreement",
        summary="The two governments set a date for a withdrawal",
        trigger="did not set a date",
        factuality=_NEG,
        attributions=[ministry_said],
    )
    b.new(
        Event,
        event_type="no_response",
        status=EventStatus.COMPLETED,
        summary="The US embassy did not respond to a request for comment",
        trigger="did not respond to a request for comment",
        participants=b.roles(agent=embassy),
    )
    b.new(
        Correction,
        text="An earlier version of this story misstated the name of the air base as al-Harir.",
        at=_gmt(15, 20, published),
        target=base,
        field="name",
        was="al-Harir Air Base",
        now="Ain al-Asad Air Base",
    )
    b.new(Update, kind=UpdateKind.PUBLISHED, at=_gmt(12, 0, published))
    b.new(Update, kind=UpdateKind.CORRECTED, at=_gmt(15, 20, published))
    return b.build(id="example-denial-correction", published=published)


def live_page() -> Article:
    """A live page: timed entries newest first, each with its time of day and no printed
    date, their quotes and events, the page's last update, a subheadline, and a dateline
    whose place is anchored in the dateline text."""
    b = ArticleBuilder(
        headline="Live: Iraq withdrawal talks",
        subheadline="Follow the latest as negotiators meet in Baghdad",
        dateline="BAGHDAD",
        body="14:10 GMT - Talks adjourned until tomorrow, Iraqi state television reported.\n\n"
        '12:45 GMT - The Iraqi delegation arrived at the venue. "We are ready for a final '
        'agreement," a spokesman said.\n\n'
        "09:30 GMT - Negotiators are due to meet in Baghdad today to discuss the timetable.",
    )
    baghdad = b.new(
        Place,
        name="Baghdad",
        kind=_PK.CITY,
        mentions=[
            "Baghdad",
            b.make(Mention, span=b.span("Baghdad", field="subheadline")),
            b.make(Mention, span=b.span("BAGHDAD", field="dateline")),
        ],
    )
    delegation = b.new(
        Organization,
        name="Iraqi delegation",
        kind=_K.DELEGATION,
        mentions=["The Iraqi delegation"],
    )
    tv = b.new(
        Organization,
        name="Iraqi state television",
        kind=_K.BROADCASTER,
        mentions=["Iraqi state television"],
    )
    spokesman = b.new(
        AnonymousSource,
        description="a spokesman",
        kind=SourceKind.OFFICIAL,
        affiliation=delegation,
        mentions=["a spokesman"],
    )
    adjourned = b.new(
        Event,
        event_type="negotiation",
        status=EventStatus.SUSPENDED,
        summary="The talks are adjourned until the next day",
        trigger="Talks adjourned",
        locations=[baghdad],
        # The page prints no date, so "tomorrow" stays unresolved.
        time=b.time(
            "until tomorrow",
            relation=TimeRelation.UNTIL,
            deixis=Deixis(unit=DeicticUnit.DAY, offset=1),
        ),
        attributions=[b.make(Attribution, source=tv, cue="reported")],
    )
    arrived = b.new(
        Event,
        event_type="statement",
        status=EventStatus.COMPLETED,
        summary="The Iraqi delegation arrives at the venue",
        trigger="arrived",
        participants=b.roles(agent=delegation),
    )
    quote = b.new(
        Quote,
        text="We are ready for a final agreement",
        spans="We are ready for a final agreement",
        attribution=b.make(Attribution, source=spokesman, cue="said", mode=_DIRECT),
    )
    meeting = b.new(
        Event,
        event_type="negotiation",
        status=EventStatus.PLANNED,
        summary="Negotiators meet in Baghdad to discuss the timetable",
        trigger="meet",
        locations=[baghdad],
        time=b.time("today", deixis=Deixis(unit=DeicticUnit.DAY)),
    )
    entries = zip(
        [(14, 10), (12, 45), (9, 30)],
        [[adjourned], [arrived, quote], [meeting]],
        b.body.split("\n\n"),
        strict=True,
    )
    for (hour, minute), items, text in entries:
        b.new(LiveEntry, at=_gmt(hour, minute), spans=text, items=items)
    b.new(Update, kind=UpdateKind.UPDATED, at=_gmt(14, 10), text="14:10 GMT")
    return b.build(id="example-live-page", dateline=Dateline(text="BAGHDAD", places=(baghdad.id,)))


REPORTS: dict[str, Callable[[], Article]] = {
    "phased-pullout": phased_pullout,
    "joint-statement": joint_statement,
    "conditional-deal": conditional_deal,
    "agency-post-ru": agency_post_ru,
    "denial-correction": denial_correction,
    "live-page": live_page,
}
