"""The canonical report, encoded with :class:`~iraqwithdrawal.builder.ArticleBuilder`.

Reading guide: the body holds the six narrative paragraphs, joined by blank lines (the
non-breaking-space spacer lines of the page are layout, not text). The three lines printed
after them are not body text but structured facts: the publisher's signature (``publisher``),
the photo credit (``media``) and "Based on materials from TASS" (``based_on``), each kept
verbatim.
"""

from __future__ import annotations

from typing import Any

from ..builder import ArticleBuilder
from ..models import (
    Amount,
    AnonymousSource,
    Article,
    Attribution,
    AttributionMode,
    BasedOn,
    Certainty,
    Claim,
    Condition,
    Cue,
    Dateline,
    Dispute,
    Event,
    EventLink,
    EventRelation,
    EventStatus,
    Factuality,
    Identifier,
    License,
    MediaItem,
    MediaKind,
    MentionForm,
    Organization,
    OrganizationKind,
    PartialDate,
    Participant,
    ParticipantRole,
    Person,
    Place,
    PlaceKind,
    Quantity,
    QuantityQualifier,
    Quote,
    RelayHop,
    Role,
    Scope,
    Stance,
    TimeExpression,
    TimeRelation,
)

SEED_BODY = "\n\n".join(
    [
        "The United States and Iraq are nearing an agreement to withdraw the Washington-led "
        "international coalition troops from Iraq, according to a report by the Emirati "
        "newspaper The National.",
        "Jawad al-Bulani, a member of the Iraqi delegation at the talks in Washington, "
        'indicated that the discussions are in their final stages. "Both sides have the '
        'impression that the mission of these troops is coming to an end," he told the '
        "newspaper.",
        "Sources close to the Iraqi government reveal that Baghdad and Washington have agreed "
        "to initiate a partial withdrawal of US troops stationed in Iraq. While some "
        "international and American forces will remain under new security agreements, their "
        "roles may shift to training Iraqi security forces.",
        "However, the presence of coalition troops at the al-Harir airbase in the capital of "
        "Iraqi Kurdistan remains a contentious issue. The US argues that their presence is "
        "essential for coordinating operations against the Islamic State (IS) in Syria, while "
        "Iraqi authorities contend they did not agree to this arrangement when the coalition "
        "was initially deployed in 2014.",
        "On January 5, 2020, the Iraqi parliament passed a resolution demanding the complete "
        "withdrawal of all foreign forces from the country. As of March 2021, the number of US "
        "troops in Iraq was reported to be around 2,500. By December 22, 2021, the General "
        "Staff of the Iraqi Armed Forces announced the completion of the coalition's troop "
        "withdrawal, with a remaining presence of military advisers.",
        "In February, Yahya Rasul, spokesman for the Commander-in-Chief of the Iraqi Armed "
        "Forces, called the coalition forces a destabilizing factor, stressing the need for "
        "Baghdad to seriously consider ending the coalition's mission in Iraq. According to a "
        "Reuters report on July 23, the Iraqi authorities aim to achieve the complete "
        "withdrawal of coalition troops by September 2025.",
    ]
)

_P3, _P4, _P5 = "Sources close to", "However, the presence", "On January 5, 2020"
_D, _MET, _PRO, _AL = (
    MentionForm.DESCRIPTION,
    MentionForm.METONYM,
    MentionForm.PRONOUN,
    MentionForm.ALIAS,
)
_K, _PK, _R = OrganizationKind, PlaceKind, ParticipantRole


def _wd(qid: str) -> tuple[Identifier, ...]:
    return (Identifier(scheme="wikidata", value=qid),)


def build_seed() -> Article:
    """The canonical report, built with the builder."""
    b = ArticleBuilder(
        headline="US and Iraq Near Agreement on Coalition Troop Withdrawal", body=SEED_BODY
    )
    m, cue = b.mention, b.cue

    def place(ident: str, name: str, kind: PlaceKind, **kw: object) -> Place:
        return b.new(Place, id=ident, name=name, kind=kind, **kw)

    def org(ident: str, name: str, kind: OrganizationKind, **kw: object) -> Organization:
        return b.new(Organization, id=ident, name=name, kind=kind, **kw)

    us = place("united-states", "United States", _PK.COUNTRY, identifiers=_wd("Q30"))
    iraq = place(
        "iraq",
        "Iraq",
        _PK.COUNTRY,
        identifiers=_wd("Q796"),
        mentions=[
            ("Iraq", 2),
            m("Iraq", after=_P3),
            m("the country", after=_P5, form=_D),
            m("Iraq", after="US troops in Iraq"),
            m("Iraq", after="coalition's mission in"),
        ],
    )
    uae = place(
        "united-arab-emirates", "United Arab Emirates", _PK.COUNTRY, identifiers=_wd("Q878")
    )
    russia = place("russia", "Russia", _PK.COUNTRY, identifiers=_wd("Q159"))
    place("syria", "Syria", _PK.COUNTRY, identifiers=_wd("Q858"), mentions=["Syria"])
    washington = place(
        "washington",
        "Washington, D.C.",
        _PK.CITY,
        within=us,
        identifiers=_wd("Q61"),
        mentions=[m("Washington", after="talks in")],
    )
    baghdad = place("baghdad", "Baghdad", _PK.CITY, within=iraq, identifiers=_wd("Q1530"))
    kurdistan = place(
        "iraqi-kurdistan", "Iraqi Kurdistan", _PK.REGION, within=iraq, mentions=["Iraqi Kurdistan"]
    )
    # The text names the city only as "the capital of Iraqi Kurdistan".
    erbil = place(
        "erbil",
        "Erbil",
        _PK.CITY,
        within=kurdistan,
        mentions=[m("the capital of Iraqi Kurdistan", form=_D)],
    )
    # As printed: the text places the air base "in the capital of Iraqi Kurdistan".
    harir = place(
        "al-harir",
        "al-Harir Air Base",
        _PK.MILITARY_BASE,
        within=erbil,
        aliases=("al-Harir airbase",),
        mentions=["al-Harir airbase"],
    )

    us_gov = org(
        "us-government",
        "Government of the United States",
        _K.GOVERNMENT,
        country=us,
        mentions=[
            m("The United States", form=_MET, via=us),
            m("Washington", form=_MET, via=washington),  # "the Washington-led coalition"
            m("Washington", after=_P3, form=_MET, via=washington),
            m("The US", form=_MET, via=us),
        ],
    )
    iraq_gov = org(
        "iraq-government",
        "Government of Iraq",
        _K.GOVERNMENT,
        country=iraq,
        mentions=[
            m("Iraq", form=_MET, via=iraq),
            m("the Iraqi government", form=_D),
            m("Baghdad", form=_MET, via=baghdad),
            m("Iraqi authorities", form=_D),
            m("Baghdad", 2, form=_MET, via=baghdad),
            m("the Iraqi authorities", form=_D),
        ],
    )
    coalition = org(
        "coalition",
        "US-led international coalition",
        _K.MILITARY_COALITION,
        mentions=[
            m("the Washington-led international coalition", form=_D),
            m("the coalition", after=_P4, form=_D),
            m("the coalition's", after=_P5, form=_D),
            m("the coalition forces", form=_D),
            m("these troops", form=_D),
        ],
    )
    us_forces = org(
        "us-forces",
        "United States Armed Forces",
        _K.ARMED_FORCES,
        country=us,
        mentions=["US troops", "American forces", ("US troops", 2)],
    )
    delegation = org(
        "iraqi-delegation",
        "Iraqi delegation at the talks in Washington",
        _K.DELEGATION,
        parent=iraq_gov,
        country=iraq,
        mentions=[m("the Iraqi delegation", form=_D)],
    )
    national = org(
        "the-national",
        "The National",
        _K.NEWSPAPER,
        country=uae,
        mentions=["The National", m("the newspaper", after="Jawad al-Bulani, a", form=_D)],
    )
    parliament = org(
        "iraqi-parliament",
        "Council of Representatives of Iraq",
        _K.LEGISLATURE,
        country=iraq,
        mentions=[m("the Iraqi parliament", form=_D)],
    )
    armed_forces = org(
        "iraqi-armed-forces",
        "Iraqi Armed Forces",
        _K.ARMED_FORCES,
        country=iraq,
        mentions=["Iraqi Armed Forces", ("Iraqi Armed Forces", 2)],
    )
    general_staff = org(
        "iraqi-general-staff",
        "General Staff of the Iraqi Armed Forces",
        _K.MILITARY_COMMAND,
        parent=armed_forces,
        country=iraq,
        mentions=["the General Staff of the Iraqi Armed Forces"],
    )
    security_forces = org(
        "iraqi-security-forces",
        "Iraqi security forces",
        _K.ARMED_FORCES,
        country=iraq,
        mentions=["Iraqi security forces"],
    )
    org(
        "islamic-state",
        "Islamic State",
        _K.ARMED_GROUP,
        aliases=("IS",),
        identifiers=_wd("Q2429253"),
        mentions=["the Islamic State", m("IS", after="Islamic State (", form=_AL)],
    )
    reuters = org(
        "reuters", "Reuters", _K.NEWS_AGENCY, identifiers=_wd("Q130879"), mentions=["Reuters"]
    )
    tass = org("tass", "TASS", _K.NEWS_AGENCY, country=russia)
    gsv = org(
        "gsv",
        'GSV "Russia - Islamic World"',
        _K.PUBLISHER,
        aliases=('Group of Strategic Vision "Russia - Islamic World"',),
        country=russia,
    )
    guard = org("georgia-national-guard", "Georgia National Guard", _K.ARMED_FORCES, country=us)

    bulani = b.new(
        Person,
        id="jawad-al-bulani",
        name="Jawad al-Bulani",
        roles=[
            b.make(
                Role,
                title="member of the Iraqi delegation at the talks in Washington",
                organization=delegation,
                spans="a member of the Iraqi delegation at the talks in Washington",
            )
        ],
        mentions=["Jawad al-Bulani", m("he", after="coming to an end", form=_PRO)],
    )
    rasul_title = "spokesman for the Commander-in-Chief of the Iraqi Armed Forces"
    rasul = b.new(
        Person,
        id="yahya-rasul",
        name="Yahya Rasul",
        roles=[b.make(Role, title=rasul_title, organization=armed_forces, spans=rasul_title)],
        mentions=["Yahya Rasul"],
    )
    sources = b.new(
        AnonymousSource,
        id="sources-close-to-iraqi-government",
        description="Sources close to the Iraqi government",
        plural=True,
        affiliation=iraq_gov,
        mentions=[m("Sources close to the Iraqi government", form=_D)],
    )

    # The article reached us through two outlets: The National (where al-Bulani spoke), and
    # TASS, whose materials the publisher used. Every relayed statement carries this chain.
    via_tass = RelayHop(via=tass.id, cue=Cue(text="Based on materials from"))
    via_national = b.make(RelayHop, via=national, cue="according to a report by")

    def said(
        source: object, words: str, mode: AttributionMode | None = None, **kw: Any
    ) -> Attribution:
        relay = kw.pop("relay", (via_tass,))
        return b.make(Attribution, source=source, cue=words, mode=mode, relay=relay, **kw)

    def by_bulani(words: str, mode: AttributionMode) -> Attribution:
        """Al-Bulani spoke to The National; this article has it through TASS."""
        told = national if words == "told" else None
        return said(bulani, words, mode, recipient=told, relay=(via_national, via_tass))

    def by_sources(hedged: bool = False) -> Attribution:
        factuality = (
            Factuality(certainty=Certainty.POSSIBLE, hedges=(cue("may", after=_P3),))
            if hedged
            else Factuality(certainty=Certainty.CERTAIN)
        )
        return said(sources, "reveal", AttributionMode.PARAPHRASE, factuality=factuality)

    def year_less(words: str, date: PartialDate, inferred: PartialDate, why: str) -> TimeExpression:
        relation = TimeRelation.IN if date.day is None else TimeRelation.ON
        return b.time(words, relation=relation, date=date, inferred=inferred, inference=why)

    february = year_less(
        "In February",
        PartialDate(month=2),
        PartialDate(year=2024, month=2, uncertain=True),
        "No year printed; taken as the February before the July dateline.",
    )
    para = AttributionMode.PARAPHRASE

    def quote(
        ident: str, words: str, attribution: Attribution, *about: str, text: str = ""
    ) -> None:
        b.new(
            Quote, id=ident, text=text or words, spans=words, attribution=attribution, about=about
        )

    quote(
        "q-bulani-direct",
        "Both sides have the impression that the mission of these troops is coming to an end",
        by_bulani("told", AttributionMode.DIRECT),
        "ev-talks",
    )
    quote(
        "q-bulani-indirect",
        "the discussions are in their final stages",
        by_bulani("indicated", para),
        "ev-talks",
    )
    quote(
        "q-sources-agreement",
        "Baghdad and Washington have agreed to initiate a partial withdrawal of US troops "
        "stationed in Iraq",
        by_sources(),
        "ev-partial-withdrawal-agreement",
    )
    quote(
        "q-sources-roles",
        "some international and American forces will remain under new security agreements, "
        "their roles may shift to training Iraqi security forces",
        by_sources(hedged=True),
        "ev-forces-remain",
        "ev-training-role",
    )
    quote(
        "q-rasul",
        "called the coalition forces a destabilizing factor, stressing the need for Baghdad to "
        "seriously consider ending the coalition's mission in Iraq",
        said(rasul, "called", para, time=february),
        "ev-rasul-criticism",
        "ev-mission-end-considered",
    )

    dispute = b.new(
        Dispute,
        id="d-al-harir",
        topic="The presence of coalition troops at al-Harir air base",
        about=("ev-al-harir-presence", harir),
        spans="the presence of coalition troops at the al-Harir airbase in the capital of "
        "Iraqi Kurdistan remains a contentious issue",
    )
    b.new(
        Claim,
        id="c-us-al-harir",
        text="The presence of coalition troops at al-Harir is essential for coordinating "
        "operations against the Islamic State (IS) in Syria",
        spans="their presence is essential for coordinating operations against the Islamic "
        "State (IS) in Syria",
        attribution=said(us_gov, "argues", para),
        stance=Stance.SUPPORTS,
        dispute=dispute,
        contests=("c-iraq-al-harir",),
        about=("ev-al-harir-presence",),
    )
    b.new(
        Claim,
        id="c-iraq-al-harir",
        text="The Iraqi authorities did not agree to this arrangement when the coalition was "
        "initially deployed in 2014",
        spans="they did not agree to this arrangement when the coalition was initially "
        "deployed in 2014",
        attribution=said(iraq_gov, "contend", para),
        stance=Stance.OPPOSES,
        dispute=dispute,
        contests=("c-us-al-harir",),
        about=("ev-al-harir-presence", "ev-deployment-2014"),
    )

    by_national = said(national, "according to a report by")
    anonymous = by_sources()
    by_staff = said(general_staff, "announced")
    by_dec_2021 = b.time(
        "By December 22, 2021",
        relation=TimeRelation.BY,
        date=PartialDate(year=2021, month=12, day=22),
    )
    via_reuters = b.make(
        RelayHop,
        via=reuters,
        cue="According to a Reuters report",
        time=year_less(
            "on July 23",
            PartialDate(month=7, day=23),
            PartialDate(year=2024, month=7, day=23),
            "No year printed; the day before the July 24 dateline.",
        ),
    )
    S = EventStatus
    link = EventLink

    def event(ident: str, kind: str, status: EventStatus, summary: str, **kw: object) -> None:
        b.new(Event, id=ident, event_type=kind, status=status, summary=summary, **kw)

    event(
        "ev-talks",
        "negotiation",
        S.ONGOING,
        "US-Iraq talks in Washington on the coalition's future, in their final stages",
        trigger="the talks",
        participants=(
            *b.roles(agent=(us_gov, iraq_gov)),
            b.make(Participant, entity=delegation, role=_R.AGENT, spans="the Iraqi delegation"),
        ),
        locations=[washington],
        attributions=[by_bulani("indicated", para)],
    )
    event(
        "ev-agreement",
        "agreement",
        S.EXPECTED,
        "The United States and Iraq are nearing an agreement to withdraw the coalition's "
        "troops from Iraq",
        trigger="nearing an agreement",
        participants=b.roles(agent=(us_gov, iraq_gov)),
        links=[
            link(relation=EventRelation.CONCERNS, target="ev-coalition-withdrawal"),
            link(relation=EventRelation.FOLLOWS, target="ev-talks"),
        ],
        attributions=[by_national],
    )
    event(
        "ev-coalition-withdrawal",
        "withdrawal",
        S.PROPOSED,
        "Withdrawal of the Washington-led international coalition troops from Iraq",
        trigger="withdraw",
        participants=b.roles(theme=coalition),
        locations=[iraq],
        attributions=[by_national],
    )
    event(
        "ev-partial-withdrawal-agreement",
        "agreement",
        S.AGREED,
        "Baghdad and Washington agreed to initiate a partial withdrawal of US troops",
        trigger="have agreed",
        participants=b.roles(agent=(iraq_gov, us_gov)),
        links=[link(relation=EventRelation.CONCERNS, target="ev-partial-withdrawal")],
        attributions=[anonymous],
    )
    event(
        "ev-partial-withdrawal",
        "withdrawal",
        S.PLANNED,
        "Partial withdrawal of US troops stationed in Iraq",
        scope=Scope.PARTIAL,
        trigger="initiate a partial withdrawal",
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        attributions=[anonymous],
    )
    event(
        "ev-forces-remain",
        "troop_presence",
        S.EXPECTED,
        "Some international and American forces remain in Iraq",
        trigger="will remain",
        participants=b.roles(theme=(coalition, us_forces)),
        locations=[iraq],
        conditions=[
            b.make(
                Condition,
                text="under new security agreements",
                spans="under new security agreements",
            )
        ],
        attributions=[anonymous],
    )
    event(
        "ev-training-role",
        "training",
        S.EXPECTED,
        "The remaining forces' roles shift to training Iraqi security forces",
        trigger="shift to training",
        participants=b.roles(agent=(coalition, us_forces), recipient=security_forces),
        locations=[iraq],
        links=[link(relation=EventRelation.FOLLOWS, target="ev-forces-remain")],
        attributions=[by_sources(hedged=True)],
    )
    event(
        "ev-al-harir-presence",
        "troop_presence",
        S.CONTESTED,
        "Coalition troops are present at al-Harir air base",
        participants=b.roles(theme=coalition),
        locations=[harir],
    )
    event(
        "ev-deployment-2014",
        "deployment",
        S.COMPLETED,
        "The coalition was initially deployed in Iraq",
        trigger="initially deployed",
        participants=b.roles(theme=coalition),
        locations=[iraq],
        time=b.time("in 2014", relation=TimeRelation.IN, date=PartialDate(year=2014)),
    )
    event(
        "ev-resolution-2020",
        "resolution",
        S.COMPLETED,
        "The Iraqi parliament passed a resolution demanding the complete withdrawal of all "
        "foreign forces",
        trigger="passed a resolution",
        participants=b.roles(agent=parliament),
        locations=[iraq],
        time=b.time(
            "On January 5, 2020",
            relation=TimeRelation.ON,
            date=PartialDate(year=2020, month=1, day=5),
        ),
        links=[link(relation=EventRelation.DEMANDS, target="ev-foreign-forces-withdrawal")],
    )
    event(
        "ev-foreign-forces-withdrawal",
        "withdrawal",
        S.DEMANDED,
        "Complete withdrawal of all foreign forces from Iraq",
        scope=Scope.COMPLETE,
        trigger="the complete withdrawal of all foreign forces",
        locations=[iraq],
    )
    march_2021: dict[str, Any] = {
        "relation": TimeRelation.AS_OF,
        "date": PartialDate(year=2021, month=3),
    }
    event(
        "ev-us-troops-2021",
        "troop_presence",
        S.ONGOING,
        "US troops in Iraq",
        participants=b.roles(theme=us_forces),
        locations=[iraq],
        time=b.time("As of March 2021", **march_2021),
        quantities=[
            b.make(
                Quantity,
                id="qty-us-troops-2021",
                amount=Amount(value=2500, qualifier=QuantityQualifier.ABOUT),
                counted="US troops",
                of=us_forces,
                as_of=TimeExpression(text="As of March 2021", **march_2021),
                text="around 2,500",
                spans="around 2,500",
                # Passive voice: the text does not say who reported the number.
                attribution=said(None, "was reported"),
            )
        ],
    )
    event(
        "ev-withdrawal-announcement-2021",
        "statement",
        S.COMPLETED,
        "The General Staff of the Iraqi Armed Forces announced the completion of the "
        "coalition's troop withdrawal",
        trigger="announced",
        participants=b.roles(agent=general_staff),
        time=by_dec_2021,
        links=[link(relation=EventRelation.ANNOUNCES, target="ev-withdrawal-2021")],
    )
    event(
        "ev-withdrawal-2021",
        "withdrawal",
        S.COMPLETED,
        "The coalition's troop withdrawal, announced complete",
        trigger="the completion of the coalition's troop withdrawal",
        participants=b.roles(theme=coalition),
        locations=[iraq],
        time=by_dec_2021,
        attributions=[by_staff],
    )
    event(
        "ev-advisers-remain",
        "troop_presence",
        S.ONGOING,
        "A presence of coalition military advisers remains",
        trigger="a remaining presence of military advisers",
        participants=b.roles(theme=coalition),
        locations=[iraq],
        links=[link(relation=EventRelation.FOLLOWS, target="ev-withdrawal-2021")],
        attributions=[by_staff],
    )
    event(
        "ev-rasul-criticism",
        "criticism",
        S.COMPLETED,
        "Yahya Rasul called the coalition forces a destabilizing factor",
        trigger="called the coalition forces a destabilizing factor",
        participants=b.roles(agent=rasul, recipient=coalition),
        time=february,
    )
    event(
        "ev-mission-end-considered",
        "mission_end",
        S.PROPOSED,
        "Baghdad should seriously consider ending the coalition's mission in Iraq",
        trigger="ending the coalition's mission",
        participants=b.roles(agent=iraq_gov, theme=coalition),
        locations=[iraq],
    )
    event(
        "ev-complete-withdrawal-target",
        "withdrawal",
        S.PLANNED,
        "The Iraqi authorities aim at the complete withdrawal of coalition troops",
        scope=Scope.COMPLETE,
        trigger="the complete withdrawal of coalition troops",
        participants=b.roles(agent=iraq_gov, theme=coalition),
        locations=[iraq],
        time=b.time(
            "by September 2025", relation=TimeRelation.BY, date=PartialDate(year=2025, month=9)
        ),
        attributions=[said(iraq_gov, "aim", para, relay=(via_reuters, via_tass))],
    )

    b.new(
        MediaItem,
        id="photo-1",
        kind=MediaKind.PHOTO,
        credit="Photo: Georgia National Guard/Creative Commons 2.0",
        creator=guard,
        # Which Creative Commons 2.0 licence is not printed, so none is resolved.
        license=License(text="Creative Commons 2.0"),
    )
    b.new(BasedOn, source=tass, text="Based on materials from TASS")
    b.add(
        b.make(
            Attribution,
            id="a-article-the-national",
            source=national,
            cue="according to a report by",
            relay=(via_tass,),
            spans="according to a report by the Emirati newspaper The National",
        )
    )
    return b.build(
        id="gsv-us-iraq-coalition-withdrawal",
        # Printed as "24 July" with no year: the date keeps only what is printed, and the
        # year worked out from context is marked as inferred.
        dateline=Dateline(
            text="24 July",
            time=TimeExpression(
                relation=TimeRelation.ON,
                date=PartialDate(month=7, day=24),
                text="24 July",
                inferred=PartialDate(year=2024, month=7, day=24),
                inference="No year printed; the talks, the Reuters report of July 23 and the "
                "September 2025 target date place the report in July 2024.",
            ),
        ),
        publisher=gsv,
    )
