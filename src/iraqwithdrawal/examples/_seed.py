"""The canonical report, encoded with :class:`~iraqwithdrawal.builder.ArticleBuilder`.

Reading guide: the body holds the six narrative paragraphs, joined by blank lines (the
non-breaking-space spacer lines of the page are layout, not text). The three lines printed
after them are not body text but structured facts: the publisher's signature (``publisher``),
the photo credit (``media``) and "Based on materials from TASS" (``based_on``), each kept
verbatim.
"""

from __future__ import annotations

from typing import Any

from .. import models as m
from ..builder import ArticleBuilder
from ..models import EventRelation as Rel
from ..models import EventStatus as S
from ..models import MentionForm as F
from ..models import OrganizationKind as K
from ..models import PartialDate as Date
from ..models import PlaceKind as P
from ..models import TimeRelation as T

__all__ = ["SEED_BODY", "build_seed"]

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
_PARA, _DIRECT = m.AttributionMode.PARAPHRASE, m.AttributionMode.DIRECT


def build_seed() -> m.Article:
    """The canonical report, built with the builder."""
    b = ArticleBuilder(
        headline="US and Iraq Near Agreement on Coalition Troop Withdrawal", body=SEED_BODY
    )
    men, cue = b.mention, b.cue

    def place(ident: str, name: str, kind: P, *mentions: Any, **kw: Any) -> m.Place:
        return b.new(m.Place, id=ident, name=name, kind=kind, mentions=mentions, **kw)

    def org(ident: str, name: str, kind: K, *mentions: Any, **kw: Any) -> m.Organization:
        return b.new(m.Organization, id=ident, name=name, kind=kind, mentions=mentions, **kw)

    def described(words: str, nth: int = 1, **kw: Any) -> m.Mention:
        return men(words, nth, form=F.DESCRIPTION, **kw)

    def metonym(words: str, via: m.Place, nth: int = 1, **kw: Any) -> m.Mention:
        return men(words, nth, form=F.METONYM, via=via, **kw)

    us = place("united-states", "United States", P.COUNTRY, wikidata="Q30")
    iraq = place(
        "iraq",
        "Iraq",
        P.COUNTRY,
        ("Iraq", 2),
        men("Iraq", after=_P3),
        described("the country", after=_P5),
        men("Iraq", after="US troops in Iraq"),
        men("Iraq", after="coalition's mission in"),
        wikidata="Q796",
    )
    uae = place("united-arab-emirates", "United Arab Emirates", P.COUNTRY, wikidata="Q878")
    russia = place("russia", "Russia", P.COUNTRY, wikidata="Q159")
    place("syria", "Syria", P.COUNTRY, "Syria", wikidata="Q858")
    washington = place(
        "washington",
        "Washington, D.C.",
        P.CITY,
        men("Washington", after="talks in"),
        within=us,
        wikidata="Q61",
    )
    baghdad = place("baghdad", "Baghdad", P.CITY, within=iraq, wikidata="Q1530")
    kurdistan = place(
        "iraqi-kurdistan", "Iraqi Kurdistan", P.REGION, "Iraqi Kurdistan", within=iraq
    )
    # The text names the city only as "the capital of Iraqi Kurdistan", and places the air
    # base in it.
    erbil = place(
        "erbil", "Erbil", P.CITY, described("the capital of Iraqi Kurdistan"), within=kurdistan
    )
    harir = place(
        "al-harir",
        "al-Harir Air Base",
        P.MILITARY_BASE,
        "al-Harir airbase",
        within=erbil,
        aliases=("al-Harir airbase",),
    )

    us_gov = org(
        "us-government",
        "Government of the United States",
        K.GOVERNMENT,
        metonym("The United States", us),
        metonym("Washington", washington),
        metonym("Washington", washington, after=_P3),
        metonym("The US", us),
        country=us,
    )
    iraq_gov = org(
        "iraq-government",
        "Government of Iraq",
        K.GOVERNMENT,
        metonym("Iraq", iraq),
        described("the Iraqi government"),
        metonym("Baghdad", baghdad),
        described("Iraqi authorities"),
        metonym("Baghdad", baghdad, 2),
        described("the Iraqi authorities"),
        country=iraq,
    )
    coalition = org(
        "coalition",
        "US-led international coalition",
        K.MILITARY_COALITION,
        described("the Washington-led international coalition"),
        described("the coalition", after=_P4),
        described("the coalition's", after=_P5),
        described("the coalition forces"),
        described("these troops"),
    )
    us_forces = org(
        "us-forces",
        "United States Armed Forces",
        K.ARMED_FORCES,
        "US troops",
        "American forces",
        ("US troops", 2),
        country=us,
    )
    delegation = org(
        "iraqi-delegation",
        "Iraqi delegation at the talks in Washington",
        K.DELEGATION,
        described("the Iraqi delegation"),
        parent=iraq_gov,
        country=iraq,
    )
    national = org(
        "the-national",
        "The National",
        K.NEWSPAPER,
        "The National",
        described("the newspaper", after="Jawad al-Bulani, a"),
        country=uae,
    )
    parliament = org(
        "iraqi-parliament",
        "Council of Representatives of Iraq",
        K.LEGISLATURE,
        described("the Iraqi parliament"),
        country=iraq,
    )
    armed_forces = org(
        "iraqi-armed-forces",
        "Iraqi Armed Forces",
        K.ARMED_FORCES,
        "Iraqi Armed Forces",
        ("Iraqi Armed Forces", 2),
        country=iraq,
    )
    general_staff = org(
        "iraqi-general-staff",
        "General Staff of the Iraqi Armed Forces",
        K.MILITARY_COMMAND,
        "the General Staff of the Iraqi Armed Forces",
        parent=armed_forces,
        country=iraq,
    )
    security_forces = org(
        "iraqi-security-forces",
        "Iraqi security forces",
        K.ARMED_FORCES,
        "Iraqi security forces",
        country=iraq,
    )
    org(
        "islamic-state",
        "Islamic State",
        K.ARMED_GROUP,
        "the Islamic State",
        men("IS", after="Islamic State (", form=F.ALIAS),
        aliases=("IS",),
        wikidata="Q2429253",
    )
    reuters = org("reuters", "Reuters", K.NEWS_AGENCY, "Reuters", wikidata="Q130879")
    tass = org("tass", "TASS", K.NEWS_AGENCY, country=russia)
    gsv = org(
        "gsv",
        'GSV "Russia - Islamic World"',
        K.PUBLISHER,
        country=russia,
        aliases=('Group of Strategic Vision "Russia - Islamic World"',),
    )
    guard = org("georgia-national-guard", "Georgia National Guard", K.ARMED_FORCES, country=us)

    def role(title: str, organization: m.Organization, words: str) -> m.Role:
        return b.make(m.Role, title=title, organization=organization, spans=words)

    title = "member of the Iraqi delegation at the talks in Washington"
    bulani = b.new(
        m.Person,
        id="jawad-al-bulani",
        name="Jawad al-Bulani",
        roles=[role(title, delegation, "a " + title)],
        mentions=["Jawad al-Bulani", men("he", after="coming to an end", form=F.PRONOUN)],
    )
    title = "spokesman for the Commander-in-Chief of the Iraqi Armed Forces"
    rasul = b.new(
        m.Person,
        id="yahya-rasul",
        name="Yahya Rasul",
        roles=[role(title, armed_forces, title)],
        mentions=["Yahya Rasul"],
    )
    sources = b.new(
        m.AnonymousSource,
        id="sources-close-to-iraqi-government",
        description="Sources close to the Iraqi government",
        plural=True,
        affiliation=iraq_gov,
        mentions=[described("Sources close to the Iraqi government")],
    )

    # The article reached us through two outlets: The National (where al-Bulani spoke), and
    # TASS, whose materials the publisher used. Every relayed statement carries this chain.
    via_tass = m.RelayHop(via=tass.id, cue=m.Cue(text="Based on materials from"))
    via_national = b.make(m.RelayHop, via=national, cue="according to a report by")

    def said(source: Any, words: str, mode: Any = None, **kw: Any) -> m.Attribution:
        relay = kw.pop("relay", (via_tass,))
        return b.make(m.Attribution, source=source, cue=words, mode=mode, relay=relay, **kw)

    def by_bulani(words: str, mode: m.AttributionMode) -> m.Attribution:
        told = national if words == "told" else None
        return said(bulani, words, mode, recipient=told, relay=(via_national, via_tass))

    def by_sources(hedged: bool = False) -> m.Attribution:
        sure = m.Factuality(certainty=m.Certainty.CERTAIN)
        maybe = m.Factuality(certainty=m.Certainty.POSSIBLE, hedges=(cue("may", after=_P3),))
        return said(sources, "reveal", _PARA, factuality=maybe if hedged else sure)

    def year_less(words: str, date: Date, inferred: Date, why: str) -> m.TimeExpression:
        relation = T.IN if date.day is None else T.ON
        return b.time(words, relation=relation, date=date, inferred=inferred, inference=why)

    february = year_less(
        "In February",
        Date(month=2),
        Date(year=2024, month=2, uncertain=True),
        "No year printed; taken as the February before the July dateline.",
    )

    def quote(ident: str, words: str, attribution: m.Attribution, *about: str) -> None:
        b.new(m.Quote, id=ident, text=words, spans=words, attribution=attribution, about=about)

    quote(
        "q-bulani-direct",
        "Both sides have the impression that the mission of these troops is coming to an end",
        by_bulani("told", _DIRECT),
        "ev-talks",
    )
    quote(
        "q-bulani-indirect",
        "the discussions are in their final stages",
        by_bulani("indicated", _PARA),
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
        said(rasul, "called", _PARA, time=february),
        "ev-rasul-criticism",
        "ev-mission-end-considered",
    )

    dispute = b.new(
        m.Dispute,
        id="d-al-harir",
        topic="The presence of coalition troops at al-Harir air base",
        about=("ev-al-harir-presence", harir),
        spans="the presence of coalition troops at the al-Harir airbase in the capital of "
        "Iraqi Kurdistan remains a contentious issue",
    )

    def claim(ident: str, text: str, words: str, attribution: Any, **kw: Any) -> None:
        b.new(
            m.Claim,
            id=ident,
            text=text,
            spans=words,
            attribution=attribution,
            dispute=dispute,
            **kw,
        )

    claim(
        "c-us-al-harir",
        "The presence of coalition troops at al-Harir is essential for coordinating operations "
        "against the Islamic State (IS) in Syria",
        "their presence is essential for coordinating operations against the Islamic State "
        "(IS) in Syria",
        said(us_gov, "argues", _PARA),
        stance=m.Stance.SUPPORTS,
        contests=("c-iraq-al-harir",),
        about=("ev-al-harir-presence",),
    )
    claim(
        "c-iraq-al-harir",
        "The Iraqi authorities did not agree to this arrangement when the coalition was "
        "initially deployed in 2014",
        "they did not agree to this arrangement when the coalition was initially deployed in 2014",
        said(iraq_gov, "contend", _PARA),
        stance=m.Stance.OPPOSES,
        contests=("c-us-al-harir",),
        about=("ev-al-harir-presence", "ev-deployment-2014"),
    )

    by_national = said(national, "according to a report by")
    anonymous = by_sources()
    by_staff = said(general_staff, "announced")
    by_dec_2021 = b.time(
        "By December 22, 2021", relation=T.BY, date=Date(year=2021, month=12, day=22)
    )
    via_reuters = b.make(
        m.RelayHop,
        via=reuters,
        cue="According to a Reuters report",
        time=year_less(
            "on July 23",
            Date(month=7, day=23),
            Date(year=2024, month=7, day=23),
            "No year printed; the day before the July 24 dateline.",
        ),
    )

    def event(ident: str, kind: str, status: S, summary: str, **kw: Any) -> None:
        b.new(m.Event, id=ident, event_type=kind, status=status, summary=summary, **kw)

    def link(relation: Rel, target: str) -> m.EventLink:
        return m.EventLink(relation=relation, target=target)

    event(
        "ev-talks",
        "negotiation",
        S.ONGOING,
        "US-Iraq talks in Washington on the coalition's future, in their final stages",
        trigger="the talks",
        agent=(us_gov, iraq_gov),
        participants=[
            b.make(
                m.Participant,
                entity=delegation,
                role=m.ParticipantRole.AGENT,
                spans="the Iraqi delegation",
            )
        ],
        locations=[washington],
        attributions=[by_bulani("indicated", _PARA)],
    )
    event(
        "ev-agreement",
        "agreement",
        S.EXPECTED,
        "The United States and Iraq are nearing an agreement to withdraw the coalition's "
        "troops from Iraq",
        trigger="nearing an agreement",
        agent=(us_gov, iraq_gov),
        links=[link(Rel.CONCERNS, "ev-coalition-withdrawal"), link(Rel.FOLLOWS, "ev-talks")],
        attributions=[by_national],
    )
    event(
        "ev-coalition-withdrawal",
        "withdrawal",
        S.PROPOSED,
        "Withdrawal of the Washington-led international coalition troops from Iraq",
        trigger="withdraw",
        theme=coalition,
        locations=[iraq],
        attributions=[by_national],
    )
    event(
        "ev-partial-withdrawal-agreement",
        "agreement",
        S.AGREED,
        "Baghdad and Washington agreed to initiate a partial withdrawal of US troops",
        trigger="have agreed",
        agent=(iraq_gov, us_gov),
        links=[link(Rel.CONCERNS, "ev-partial-withdrawal")],
        attributions=[anonymous],
    )
    event(
        "ev-partial-withdrawal",
        "withdrawal",
        S.PLANNED,
        "Partial withdrawal of US troops stationed in Iraq",
        scope=m.Scope.PARTIAL,
        trigger="initiate a partial withdrawal",
        theme=us_forces,
        locations=[iraq],
        attributions=[anonymous],
    )
    event(
        "ev-forces-remain",
        "troop_presence",
        S.EXPECTED,
        "Some international and American forces remain in Iraq",
        trigger="will remain",
        theme=(coalition, us_forces),
        locations=[iraq],
        attributions=[anonymous],
        conditions=[
            b.make(
                m.Condition,
                text="under new security agreements",
                spans="under new security agreements",
            )
        ],
    )
    event(
        "ev-training-role",
        "training",
        S.EXPECTED,
        "The remaining forces' roles shift to training Iraqi security forces",
        trigger="shift to training",
        agent=(coalition, us_forces),
        recipient=security_forces,
        locations=[iraq],
        links=[link(Rel.FOLLOWS, "ev-forces-remain")],
        attributions=[by_sources(hedged=True)],
    )
    event(
        "ev-al-harir-presence",
        "troop_presence",
        S.CONTESTED,
        "Coalition troops are present at al-Harir air base",
        theme=coalition,
        locations=[harir],
    )
    event(
        "ev-deployment-2014",
        "deployment",
        S.COMPLETED,
        "The coalition was initially deployed in Iraq",
        trigger="initially deployed",
        theme=coalition,
        locations=[iraq],
        time=b.time("in 2014", relation=T.IN, date=Date(year=2014)),
    )
    event(
        "ev-resolution-2020",
        "resolution",
        S.COMPLETED,
        "The Iraqi parliament passed a resolution demanding the complete withdrawal of all "
        "foreign forces",
        trigger="passed a resolution",
        agent=parliament,
        locations=[iraq],
        time=b.time("On January 5, 2020", relation=T.ON, date=Date(year=2020, month=1, day=5)),
        links=[link(Rel.DEMANDS, "ev-foreign-forces-withdrawal")],
    )
    event(
        "ev-foreign-forces-withdrawal",
        "withdrawal",
        S.DEMANDED,
        "Complete withdrawal of all foreign forces from Iraq",
        scope=m.Scope.COMPLETE,
        trigger="the complete withdrawal of all foreign forces",
        locations=[iraq],
    )
    march_2021: dict[str, Any] = {"relation": T.AS_OF, "date": Date(year=2021, month=3)}
    event(
        "ev-us-troops-2021",
        "troop_presence",
        S.ONGOING,
        "US troops in Iraq",
        theme=us_forces,
        locations=[iraq],
        time=b.time("As of March 2021", **march_2021),
        quantities=[
            b.make(
                m.Quantity,
                id="qty-us-troops-2021",
                counted="US troops",
                of=us_forces,
                amount=m.Amount(value=2500, qualifier=m.QuantityQualifier.ABOUT),
                as_of=m.TimeExpression(text="As of March 2021", **march_2021),
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
        agent=general_staff,
        time=by_dec_2021,
        links=[link(Rel.ANNOUNCES, "ev-withdrawal-2021")],
    )
    event(
        "ev-withdrawal-2021",
        "withdrawal",
        S.COMPLETED,
        "The coalition's troop withdrawal, announced complete",
        trigger="the completion of the coalition's troop withdrawal",
        theme=coalition,
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
        theme=coalition,
        locations=[iraq],
        links=[link(Rel.FOLLOWS, "ev-withdrawal-2021")],
        attributions=[by_staff],
    )
    event(
        "ev-rasul-criticism",
        "criticism",
        S.COMPLETED,
        "Yahya Rasul called the coalition forces a destabilizing factor",
        trigger="called the coalition forces a destabilizing factor",
        agent=rasul,
        recipient=coalition,
        time=february,
    )
    event(
        "ev-mission-end-considered",
        "mission_end",
        S.PROPOSED,
        "Baghdad should seriously consider ending the coalition's mission in Iraq",
        trigger="ending the coalition's mission",
        agent=iraq_gov,
        theme=coalition,
        locations=[iraq],
    )
    event(
        "ev-complete-withdrawal-target",
        "withdrawal",
        S.PLANNED,
        "The Iraqi authorities aim at the complete withdrawal of coalition troops",
        scope=m.Scope.COMPLETE,
        trigger="the complete withdrawal of coalition troops",
        agent=iraq_gov,
        theme=coalition,
        locations=[iraq],
        time=b.time("by September 2025", relation=T.BY, date=Date(year=2025, month=9)),
        attributions=[said(iraq_gov, "aim", _PARA, relay=(via_reuters, via_tass))],
    )

    # Which Creative Commons 2.0 licence is not printed, so none is resolved.
    b.new(
        m.MediaItem,
        id="photo-1",
        kind=m.MediaKind.PHOTO,
        creator=guard,
        credit="Photo: Georgia National Guard/Creative Commons 2.0",
        license=m.License(text="Creative Commons 2.0"),
    )
    b.new(m.BasedOn, source=tass, text="Based on materials from TASS")
    b.new(
        m.Attribution,
        id="a-article-the-national",
        source=national,
        cue="according to a report by",
        relay=(via_tass,),
        spans="according to a report by the Emirati newspaper The National",
    )
    # Printed as "24 July" with no year: the date keeps only what is printed, and the year
    # worked out from context is marked as inferred.
    dateline = m.TimeExpression(
        relation=T.ON,
        date=Date(month=7, day=24),
        text="24 July",
        inferred=Date(year=2024, month=7, day=24),
        inference="No year printed; the talks, the Reuters report of July 23 and the "
        "September 2025 target date place the report in July 2024.",
    )
    return b.build(
        id="gsv-us-iraq-coalition-withdrawal",
        publisher=gsv,
        dateline=m.Dateline(text="24 July", time=dateline),
    )
