"""The canonical example: the report "US and Iraq Near Agreement on Coalition Troop
Withdrawal", built with the public API and read as a tutorial.

:func:`seed_report` builds it in code; :func:`load_seed_report` reads the same document from
the JSON file shipped in this package (``seed_report.json``). A test proves they are equal.

Reading guide: the body holds the six narrative paragraphs, joined by blank lines (the
non-breaking-space spacer lines of the page are layout, not text). The three lines printed
after them are not body text but structured facts: the publisher's signature (``publisher``),
the photo credit (``media``) and "Based on materials from TASS" (``based_on``), each kept
verbatim.
"""

from __future__ import annotations

import re
from importlib import resources

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
    Mention,
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
    Span,
    Stance,
    TimeExpression,
    TimeRelation,
)

__all__ = ["SEED_BODY", "SEED_JSON_NAME", "load_seed_report", "seed_report", "seed_report_json"]

SEED_JSON_NAME = "seed_report.json"

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


def _span(text: str, nth: int = 1, after: str | None = None) -> Span:
    """The span of the ``nth`` occurrence of ``text`` in the body (after ``after``, if given):
    offsets are found, not typed, so they cannot drift from the text."""
    pattern = re.compile(r"(?<!\w)" + re.escape(text) + r"(?!\w)")
    pos = SEED_BODY.index(after) if after is not None else 0
    start = -1
    for _ in range(nth):
        found = pattern.search(SEED_BODY, pos)
        if found is None:
            raise LookupError(f"{text!r} does not occur {nth} times in the seed body")
        start = found.start()
        pos = start + 1
    return Span(start=start, end=start + len(text), text=text)


def _cue(text: str, nth: int = 1, after: str | None = None) -> Cue:
    return Cue(text=text, spans=(_span(text, nth, after),))


def _mention(
    text: str,
    nth: int = 1,
    form: MentionForm = MentionForm.NAME,
    via: str | None = None,
    after: str | None = None,
) -> Mention:
    return Mention(span=_span(text, nth, after), form=form, via=via)


def _wikidata(qid: str) -> tuple[Identifier, ...]:
    return (Identifier(scheme="wikidata", value=qid),)


_P1 = "The United States and Iraq"
_P2 = "Jawad al-Bulani, a member"
_P3 = "Sources close to"
_P4 = "However, the presence"
_P5 = "On January 5, 2020"
_P6 = "In February, Yahya Rasul"

# The article reached us through two outlets: The National (where al-Bulani spoke), and TASS,
# whose materials the publisher used. Every relayed statement carries this chain.
_VIA_TASS = RelayHop(via="tass", cue=Cue(text="Based on materials from"))
_VIA_NATIONAL = RelayHop(via="the-national", cue=_cue("according to a report by"))


def _places() -> list[Place]:
    return [
        Place(
            id="united-states",
            name="United States",
            kind=PlaceKind.COUNTRY,
            identifiers=_wikidata("Q30"),
        ),
        Place(
            id="iraq",
            name="Iraq",
            kind=PlaceKind.COUNTRY,
            identifiers=_wikidata("Q796"),
            mentions=(
                _mention("Iraq", 2),
                _mention("Iraq", after=_P3),
                _mention("the country", after=_P5, form=MentionForm.DESCRIPTION),
                _mention("Iraq", after="US troops in Iraq"),
                _mention("Iraq", after="coalition's mission in"),
            ),
        ),
        Place(
            id="united-arab-emirates",
            name="United Arab Emirates",
            kind=PlaceKind.COUNTRY,
            identifiers=_wikidata("Q878"),
        ),
        Place(id="russia", name="Russia", kind=PlaceKind.COUNTRY, identifiers=_wikidata("Q159")),
        Place(
            id="syria",
            name="Syria",
            kind=PlaceKind.COUNTRY,
            identifiers=_wikidata("Q858"),
            mentions=(_mention("Syria"),),
        ),
        Place(
            id="washington",
            name="Washington, D.C.",
            kind=PlaceKind.CITY,
            within="united-states",
            identifiers=_wikidata("Q61"),
            mentions=(_mention("Washington", after="talks in"),),
        ),
        Place(
            id="baghdad",
            name="Baghdad",
            kind=PlaceKind.CITY,
            within="iraq",
            identifiers=_wikidata("Q1530"),
        ),
        Place(
            id="iraqi-kurdistan",
            name="Iraqi Kurdistan",
            kind=PlaceKind.REGION,
            within="iraq",
            mentions=(_mention("Iraqi Kurdistan"),),
        ),
        # The text names the city only as "the capital of Iraqi Kurdistan".
        Place(
            id="erbil",
            name="Erbil",
            kind=PlaceKind.CITY,
            within="iraqi-kurdistan",
            mentions=(_mention("the capital of Iraqi Kurdistan", form=MentionForm.DESCRIPTION),),
        ),
        # As printed: the text places the air base "in the capital of Iraqi Kurdistan".
        Place(
            id="al-harir",
            name="al-Harir Air Base",
            kind=PlaceKind.MILITARY_BASE,
            within="erbil",
            aliases=("al-Harir airbase",),
            mentions=(_mention("al-Harir airbase"),),
        ),
    ]


def _organizations() -> list[Organization]:
    org, kind = Organization, OrganizationKind
    return [
        org(
            id="us-government",
            name="Government of the United States",
            kind=kind.GOVERNMENT,
            country="united-states",
            mentions=(
                _mention("The United States", form=MentionForm.METONYM, via="united-states"),
                # "the Washington-led international coalition"
                _mention("Washington", form=MentionForm.METONYM, via="washington"),
                _mention("Washington", after=_P3, form=MentionForm.METONYM, via="washington"),
                _mention("The US", form=MentionForm.METONYM, via="united-states"),
            ),
        ),
        org(
            id="iraq-government",
            name="Government of Iraq",
            kind=kind.GOVERNMENT,
            country="iraq",
            mentions=(
                _mention("Iraq", form=MentionForm.METONYM, via="iraq"),
                _mention("the Iraqi government", form=MentionForm.DESCRIPTION),
                _mention("Baghdad", form=MentionForm.METONYM, via="baghdad"),
                _mention("Iraqi authorities", form=MentionForm.DESCRIPTION),
                _mention("Baghdad", 2, form=MentionForm.METONYM, via="baghdad"),
                _mention("the Iraqi authorities", form=MentionForm.DESCRIPTION),
            ),
        ),
        org(
            id="coalition",
            name="US-led international coalition",
            kind=kind.MILITARY_COALITION,
            mentions=(
                _mention(
                    "the Washington-led international coalition", form=MentionForm.DESCRIPTION
                ),
                _mention("the coalition", after=_P4, form=MentionForm.DESCRIPTION),
                _mention("the coalition's", after=_P5, form=MentionForm.DESCRIPTION),
                _mention("the coalition forces", form=MentionForm.DESCRIPTION),
                _mention("these troops", form=MentionForm.DESCRIPTION),
            ),
        ),
        org(
            id="us-forces",
            name="United States Armed Forces",
            kind=kind.ARMED_FORCES,
            country="united-states",
            mentions=(_mention("US troops"), _mention("American forces"), _mention("US troops", 2)),
        ),
        org(
            id="iraqi-delegation",
            name="Iraqi delegation at the talks in Washington",
            kind=kind.DELEGATION,
            parent="iraq-government",
            country="iraq",
            mentions=(_mention("the Iraqi delegation", form=MentionForm.DESCRIPTION),),
        ),
        org(
            id="the-national",
            name="The National",
            kind=kind.NEWSPAPER,
            country="united-arab-emirates",
            mentions=(
                _mention("The National"),
                _mention("the newspaper", after=_P2, form=MentionForm.DESCRIPTION),
            ),
        ),
        org(
            id="iraqi-parliament",
            name="Council of Representatives of Iraq",
            kind=kind.LEGISLATURE,
            country="iraq",
            mentions=(_mention("the Iraqi parliament", form=MentionForm.DESCRIPTION),),
        ),
        org(
            id="iraqi-armed-forces",
            name="Iraqi Armed Forces",
            kind=kind.ARMED_FORCES,
            country="iraq",
            mentions=(_mention("Iraqi Armed Forces"), _mention("Iraqi Armed Forces", 2)),
        ),
        org(
            id="iraqi-general-staff",
            name="General Staff of the Iraqi Armed Forces",
            kind=kind.MILITARY_COMMAND,
            parent="iraqi-armed-forces",
            country="iraq",
            mentions=(_mention("the General Staff of the Iraqi Armed Forces"),),
        ),
        org(
            id="iraqi-security-forces",
            name="Iraqi security forces",
            kind=kind.ARMED_FORCES,
            country="iraq",
            mentions=(_mention("Iraqi security forces"),),
        ),
        org(
            id="islamic-state",
            name="Islamic State",
            kind=kind.ARMED_GROUP,
            aliases=("IS",),
            identifiers=_wikidata("Q2429253"),
            mentions=(
                _mention("the Islamic State"),
                _mention("IS", after="Islamic State (", form=MentionForm.ALIAS),
            ),
        ),
        org(
            id="reuters",
            name="Reuters",
            kind=kind.NEWS_AGENCY,
            identifiers=_wikidata("Q130879"),
            mentions=(_mention("Reuters"),),
        ),
        org(id="tass", name="TASS", kind=kind.NEWS_AGENCY, country="russia"),
        org(
            id="gsv",
            name='GSV "Russia - Islamic World"',
            kind=kind.PUBLISHER,
            aliases=('Group of Strategic Vision "Russia - Islamic World"',),
            country="russia",
        ),
        org(
            id="georgia-national-guard",
            name="Georgia National Guard",
            kind=kind.ARMED_FORCES,
            country="united-states",
        ),
    ]


def _people() -> list[Person | AnonymousSource]:
    return [
        Person(
            id="jawad-al-bulani",
            name="Jawad al-Bulani",
            roles=(
                Role(
                    title="member of the Iraqi delegation at the talks in Washington",
                    organization="iraqi-delegation",
                    spans=(_span("a member of the Iraqi delegation at the talks in Washington"),),
                ),
            ),
            mentions=(
                _mention("Jawad al-Bulani"),
                _mention("he", after="coming to an end", form=MentionForm.PRONOUN),
            ),
        ),
        Person(
            id="yahya-rasul",
            name="Yahya Rasul",
            roles=(
                Role(
                    title="spokesman for the Commander-in-Chief of the Iraqi Armed Forces",
                    organization="iraqi-armed-forces",
                    spans=(
                        _span("spokesman for the Commander-in-Chief of the Iraqi Armed Forces"),
                    ),
                ),
            ),
            mentions=(_mention("Yahya Rasul"),),
        ),
        AnonymousSource(
            id="sources-close-to-iraqi-government",
            description="Sources close to the Iraqi government",
            plural=True,
            affiliation="iraq-government",
            mentions=(
                _mention("Sources close to the Iraqi government", form=MentionForm.DESCRIPTION),
            ),
        ),
    ]


def _bulani(cue: str, mode: AttributionMode) -> Attribution:
    """Al-Bulani spoke to The National; this article has it through TASS."""
    return Attribution(
        source="jawad-al-bulani",
        cue=_cue(cue),
        mode=mode,
        recipient="the-national" if cue == "told" else None,
        relay=(_VIA_NATIONAL, _VIA_TASS),
    )


def _anonymous(hedged: bool = False) -> Attribution:
    factuality = (
        Factuality(certainty=Certainty.POSSIBLE, hedges=(_cue("may", after=_P3),))
        if hedged
        else Factuality(certainty=Certainty.CERTAIN)
    )
    return Attribution(
        source="sources-close-to-iraqi-government",
        cue=_cue("reveal"),
        mode=AttributionMode.PARAPHRASE,
        factuality=factuality,
        relay=(_VIA_TASS,),
    )


def _quotes() -> list[Quote]:
    return [
        Quote(
            id="q-bulani-direct",
            text="Both sides have the impression that the mission of these troops is coming "
            "to an end",
            spans=(
                _span(
                    "Both sides have the impression that the mission of these troops is "
                    "coming to an end"
                ),
            ),
            attribution=_bulani("told", AttributionMode.DIRECT),
            about=("ev-talks",),
        ),
        Quote(
            id="q-bulani-indirect",
            text="the discussions are in their final stages",
            spans=(_span("the discussions are in their final stages"),),
            attribution=_bulani("indicated", AttributionMode.PARAPHRASE),
            about=("ev-talks",),
        ),
        Quote(
            id="q-sources-agreement",
            text="Baghdad and Washington have agreed to initiate a partial withdrawal of US "
            "troops stationed in Iraq",
            spans=(
                _span(
                    "Baghdad and Washington have agreed to initiate a partial withdrawal "
                    "of US troops stationed in Iraq"
                ),
            ),
            attribution=_anonymous(),
            about=("ev-partial-withdrawal-agreement",),
        ),
        Quote(
            id="q-sources-roles",
            text="some international and American forces will remain under new security "
            "agreements, their roles may shift to training Iraqi security forces",
            spans=(
                _span(
                    "some international and American forces will remain under new "
                    "security agreements, their roles may shift to training Iraqi "
                    "security forces"
                ),
            ),
            attribution=_anonymous(hedged=True),
            about=("ev-forces-remain", "ev-training-role"),
        ),
        Quote(
            id="q-rasul",
            text="called the coalition forces a destabilizing factor, stressing the need for "
            "Baghdad to seriously consider ending the coalition's mission in Iraq",
            spans=(
                _span(
                    "called the coalition forces a destabilizing factor, stressing the "
                    "need for Baghdad to seriously consider ending the coalition's "
                    "mission in Iraq"
                ),
            ),
            attribution=Attribution(
                source="yahya-rasul",
                cue=_cue("called"),
                mode=AttributionMode.PARAPHRASE,
                time=_february(),
                relay=(_VIA_TASS,),
            ),
            about=("ev-rasul-criticism", "ev-mission-end-considered"),
        ),
    ]


def _february() -> TimeExpression:
    return TimeExpression(
        relation=TimeRelation.IN,
        date=PartialDate(month=2),
        text="In February",
        spans=(_span("In February"),),
        inferred=PartialDate(year=2024, month=2, uncertain=True),
        inference="No year printed; taken as the February before the July dateline.",
    )


def _claims() -> tuple[list[Claim], list[Dispute]]:
    dispute = Dispute(
        id="d-al-harir",
        topic="The presence of coalition troops at al-Harir air base",
        about=("ev-al-harir-presence", "al-harir"),
        spans=(
            _span(
                "the presence of coalition troops at the al-Harir airbase in "
                "the capital of Iraqi Kurdistan remains a contentious issue"
            ),
        ),
    )
    claims = [
        Claim(
            id="c-us-al-harir",
            text="The presence of coalition troops at al-Harir is essential for coordinating "
            "operations against the Islamic State (IS) in Syria",
            spans=(
                _span(
                    "their presence is essential for coordinating operations against "
                    "the Islamic State (IS) in Syria"
                ),
            ),
            attribution=Attribution(
                source="us-government",
                cue=_cue("argues"),
                mode=AttributionMode.PARAPHRASE,
                relay=(_VIA_TASS,),
            ),
            stance=Stance.SUPPORTS,
            dispute="d-al-harir",
            contests=("c-iraq-al-harir",),
            about=("ev-al-harir-presence",),
        ),
        Claim(
            id="c-iraq-al-harir",
            text="The Iraqi authorities did not agree to this arrangement when the coalition "
            "was initially deployed in 2014",
            spans=(
                _span(
                    "they did not agree to this arrangement when the coalition was "
                    "initially deployed in 2014"
                ),
            ),
            attribution=Attribution(
                source="iraq-government",
                cue=_cue("contend"),
                mode=AttributionMode.PARAPHRASE,
                relay=(_VIA_TASS,),
            ),
            stance=Stance.OPPOSES,
            dispute="d-al-harir",
            contests=("c-us-al-harir",),
            about=("ev-al-harir-presence", "ev-deployment-2014"),
        ),
    ]
    return claims, [dispute]


def _agents(*ids: str) -> tuple[Participant, ...]:
    return tuple(Participant(entity=i, role=ParticipantRole.AGENT) for i in ids)


def _theme(*ids: str) -> tuple[Participant, ...]:
    return tuple(Participant(entity=i, role=ParticipantRole.THEME) for i in ids)


def _events() -> list[Event]:
    national = Attribution(
        source="the-national", cue=_cue("according to a report by"), relay=(_VIA_TASS,)
    )
    anonymous = _anonymous()
    general_staff = Attribution(
        source="iraqi-general-staff", cue=_cue("announced"), relay=(_VIA_TASS,)
    )
    by_december_2021 = TimeExpression(
        relation=TimeRelation.BY,
        date=PartialDate(year=2021, month=12, day=22),
        text="By December 22, 2021",
        spans=(_span("By December 22, 2021"),),
    )
    reuters = RelayHop(
        via="reuters",
        cue=_cue("According to a Reuters report"),
        time=TimeExpression(
            relation=TimeRelation.ON,
            date=PartialDate(month=7, day=23),
            text="on July 23",
            spans=(_span("on July 23"),),
            inferred=PartialDate(year=2024, month=7, day=23),
            inference="No year printed; the day before the July 24 dateline.",
        ),
    )
    return [
        Event(
            id="ev-talks",
            event_type="negotiation",
            status=EventStatus.ONGOING,
            summary="US-Iraq talks in Washington on the coalition's future, in their final stages",
            trigger=_cue("the talks"),
            participants=(
                *_agents("us-government", "iraq-government"),
                Participant(
                    entity="iraqi-delegation",
                    role=ParticipantRole.AGENT,
                    spans=(_span("the Iraqi delegation"),),
                ),
            ),
            location="washington",
            attributions=(_bulani("indicated", AttributionMode.PARAPHRASE),),
        ),
        Event(
            id="ev-agreement",
            event_type="agreement",
            status=EventStatus.EXPECTED,
            summary="The United States and Iraq are nearing an agreement to withdraw the "
            "coalition's troops from Iraq",
            trigger=_cue("nearing an agreement"),
            participants=_agents("us-government", "iraq-government"),
            links=(
                EventLink(relation=EventRelation.CONCERNS, target="ev-coalition-withdrawal"),
                EventLink(relation=EventRelation.FOLLOWS, target="ev-talks"),
            ),
            attributions=(national,),
        ),
        Event(
            id="ev-coalition-withdrawal",
            event_type="withdrawal",
            status=EventStatus.PROPOSED,
            summary="Withdrawal of the Washington-led international coalition troops from Iraq",
            trigger=_cue("withdraw"),
            participants=_theme("coalition"),
            location="iraq",
            attributions=(national,),
        ),
        Event(
            id="ev-partial-withdrawal-agreement",
            event_type="agreement",
            status=EventStatus.AGREED,
            summary="Baghdad and Washington agreed to initiate a partial withdrawal of US troops",
            trigger=_cue("have agreed"),
            participants=_agents("iraq-government", "us-government"),
            links=(EventLink(relation=EventRelation.CONCERNS, target="ev-partial-withdrawal"),),
            attributions=(anonymous,),
        ),
        Event(
            id="ev-partial-withdrawal",
            event_type="withdrawal",
            status=EventStatus.PLANNED,
            scope=Scope.PARTIAL,
            summary="Partial withdrawal of US troops stationed in Iraq",
            trigger=_cue("initiate a partial withdrawal"),
            participants=_theme("us-forces"),
            location="iraq",
            attributions=(anonymous,),
        ),
        Event(
            id="ev-forces-remain",
            event_type="troop_presence",
            status=EventStatus.EXPECTED,
            summary="Some international and American forces remain in Iraq",
            trigger=_cue("will remain"),
            participants=_theme("coalition", "us-forces"),
            location="iraq",
            conditions=(
                Condition(
                    text="under new security agreements",
                    spans=(_span("under new security agreements"),),
                ),
            ),
            attributions=(anonymous,),
        ),
        Event(
            id="ev-training-role",
            event_type="training",
            status=EventStatus.EXPECTED,
            summary="The remaining forces' roles shift to training Iraqi security forces",
            trigger=_cue("shift to training"),
            participants=(
                *_agents("coalition", "us-forces"),
                Participant(entity="iraqi-security-forces", role=ParticipantRole.RECIPIENT),
            ),
            location="iraq",
            links=(EventLink(relation=EventRelation.FOLLOWS, target="ev-forces-remain"),),
            attributions=(_anonymous(hedged=True),),
        ),
        Event(
            id="ev-al-harir-presence",
            event_type="troop_presence",
            status=EventStatus.CONTESTED,
            summary="Coalition troops are present at al-Harir air base",
            participants=_theme("coalition"),
            location="al-harir",
        ),
        Event(
            id="ev-deployment-2014",
            event_type="deployment",
            status=EventStatus.COMPLETED,
            summary="The coalition was initially deployed in Iraq",
            trigger=_cue("initially deployed"),
            participants=_theme("coalition"),
            location="iraq",
            time=TimeExpression(
                relation=TimeRelation.IN,
                date=PartialDate(year=2014),
                text="in 2014",
                spans=(_span("in 2014"),),
            ),
        ),
        Event(
            id="ev-resolution-2020",
            event_type="resolution",
            status=EventStatus.COMPLETED,
            summary="The Iraqi parliament passed a resolution demanding the complete "
            "withdrawal of all foreign forces",
            trigger=_cue("passed a resolution"),
            participants=_agents("iraqi-parliament"),
            location="iraq",
            time=TimeExpression(
                relation=TimeRelation.ON,
                date=PartialDate(year=2020, month=1, day=5),
                text="On January 5, 2020",
                spans=(_span("On January 5, 2020"),),
            ),
            links=(
                EventLink(relation=EventRelation.DEMANDS, target="ev-foreign-forces-withdrawal"),
            ),
        ),
        Event(
            id="ev-foreign-forces-withdrawal",
            event_type="withdrawal",
            status=EventStatus.DEMANDED,
            scope=Scope.COMPLETE,
            summary="Complete withdrawal of all foreign forces from Iraq",
            trigger=_cue("the complete withdrawal of all foreign forces"),
            location="iraq",
        ),
        Event(
            id="ev-us-troops-2021",
            event_type="troop_presence",
            status=EventStatus.ONGOING,
            summary="US troops in Iraq",
            participants=_theme("us-forces"),
            location="iraq",
            time=TimeExpression(
                relation=TimeRelation.AS_OF,
                date=PartialDate(year=2021, month=3),
                text="As of March 2021",
                spans=(_span("As of March 2021"),),
            ),
            quantities=(
                Quantity(
                    id="qty-us-troops-2021",
                    amount=Amount(value=2500, qualifier=QuantityQualifier.ABOUT),
                    counted="US troops",
                    of="us-forces",
                    as_of=TimeExpression(
                        relation=TimeRelation.AS_OF,
                        date=PartialDate(year=2021, month=3),
                        text="As of March 2021",
                    ),
                    text="around 2,500",
                    spans=(_span("around 2,500"),),
                    # Passive voice: the text does not say who reported the number.
                    attribution=Attribution(cue=_cue("was reported"), relay=(_VIA_TASS,)),
                ),
            ),
        ),
        Event(
            id="ev-withdrawal-announcement-2021",
            event_type="statement",
            status=EventStatus.COMPLETED,
            summary="The General Staff of the Iraqi Armed Forces announced the completion of "
            "the coalition's troop withdrawal",
            trigger=_cue("announced"),
            participants=_agents("iraqi-general-staff"),
            time=by_december_2021,
            links=(EventLink(relation=EventRelation.ANNOUNCES, target="ev-withdrawal-2021"),),
        ),
        Event(
            id="ev-withdrawal-2021",
            event_type="withdrawal",
            status=EventStatus.COMPLETED,
            summary="The coalition's troop withdrawal, announced complete",
            trigger=_cue("the completion of the coalition's troop withdrawal"),
            participants=_theme("coalition"),
            location="iraq",
            time=by_december_2021,
            attributions=(general_staff,),
        ),
        Event(
            id="ev-advisers-remain",
            event_type="troop_presence",
            status=EventStatus.ONGOING,
            summary="A presence of coalition military advisers remains",
            trigger=_cue("a remaining presence of military advisers"),
            participants=_theme("coalition"),
            location="iraq",
            links=(EventLink(relation=EventRelation.FOLLOWS, target="ev-withdrawal-2021"),),
            attributions=(general_staff,),
        ),
        Event(
            id="ev-rasul-criticism",
            event_type="criticism",
            status=EventStatus.COMPLETED,
            summary="Yahya Rasul called the coalition forces a destabilizing factor",
            trigger=_cue("called the coalition forces a destabilizing factor"),
            participants=(
                *_agents("yahya-rasul"),
                Participant(entity="coalition", role=ParticipantRole.RECIPIENT),
            ),
            time=_february(),
        ),
        Event(
            id="ev-mission-end-considered",
            event_type="mission_end",
            status=EventStatus.PROPOSED,
            summary="Baghdad should seriously consider ending the coalition's mission in Iraq",
            trigger=_cue("ending the coalition's mission"),
            participants=(
                *_agents("iraq-government"),
                Participant(entity="coalition", role=ParticipantRole.THEME),
            ),
            location="iraq",
        ),
        Event(
            id="ev-complete-withdrawal-target",
            event_type="withdrawal",
            status=EventStatus.PLANNED,
            scope=Scope.COMPLETE,
            summary="The Iraqi authorities aim at the complete withdrawal of coalition troops",
            trigger=_cue("the complete withdrawal of coalition troops"),
            participants=(*_agents("iraq-government"), *_theme("coalition")),
            location="iraq",
            time=TimeExpression(
                relation=TimeRelation.BY,
                date=PartialDate(year=2025, month=9),
                text="by September 2025",
                spans=(_span("by September 2025"),),
            ),
            attributions=(
                Attribution(
                    source="iraq-government",
                    cue=_cue("aim"),
                    mode=AttributionMode.PARAPHRASE,
                    relay=(reuters, _VIA_TASS),
                ),
            ),
        ),
    ]


def seed_report() -> Article:
    """The canonical report, built with the public API."""
    claims, disputes = _claims()
    return Article(
        id="gsv-us-iraq-coalition-withdrawal",
        headline="US and Iraq Near Agreement on Coalition Troop Withdrawal",
        language="en",
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
        publisher="gsv",
        body=SEED_BODY,
        based_on=(BasedOn(source="tass", text="Based on materials from TASS"),),
        media=(
            MediaItem(
                id="photo-1",
                kind=MediaKind.PHOTO,
                credit="Photo: Georgia National Guard/Creative Commons 2.0",
                creator="georgia-national-guard",
                # Which Creative Commons 2.0 licence is not printed, so none is resolved.
                license=License(text="Creative Commons 2.0"),
            ),
        ),
        entities=(*_places(), *_organizations(), *_people()),
        attributions=(
            Attribution(
                id="a-article-the-national",
                source="the-national",
                cue=_cue("according to a report by"),
                relay=(_VIA_TASS,),
                spans=(_span("according to a report by the Emirati newspaper The National"),),
            ),
        ),
        quotes=tuple(_quotes()),
        claims=tuple(claims),
        disputes=tuple(disputes),
        events=tuple(_events()),
    )


def seed_report_json() -> str:
    """The bundled JSON file's text."""
    return resources.files(__name__).joinpath(SEED_JSON_NAME).read_text(encoding="utf-8")


def load_seed_report() -> Article:
    """The canonical report read from the bundled JSON file."""
    from ..serialize import from_json

    return from_json(seed_report_json(), source=SEED_JSON_NAME)
