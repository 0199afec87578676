"""A German report with a table of figures: a troop ceiling, a budget for a fiscal year, and
the contingent by base on two dates, with a total row. Invented for this corpus."""

from __future__ import annotations

from iraqwithdrawal import (
    Amount,
    Article,
    AttributionMode,
    Communication,
    CommunicationKind,
    Deixis,
    Event,
    EventStatus,
    Organization,
    OrganizationKind,
    PartialDate,
    PeriodPart,
    Place,
    PlaceKind,
    Quantity,
    QuantityPart,
    QuantityQualifier,
    TimeExpression,
    TimeRelation,
    fiscal_year,
)
from iraqwithdrawal.builder import ArticleBuilder

from ._kit import at, cue, faithful, mention

TABLE = (
    "Kontingent nach Standort:\n"
    "Standort | 1. Juli 2026 | 1. Dezember 2026\n"
    "Erbil | 210 | 160\n"
    "Bagdad | 90 | 70\n"
    "Gesamt | 300 | 230"
)
BODY = (
    "Die Bundeswehr verkleinert ihr Kontingent im Irak bis Ende März 2027 auf höchstens 300 "
    "Soldatinnen und Soldaten, wie das Einsatzführungskommando am Dienstag mitteilte. Für das "
    "Haushaltsjahr 2027 sind dafür 95 Millionen Euro vorgesehen.\n\n" + TABLE
)
JULY = PartialDate(year=2026, month=7, day=1)
DECEMBER = PartialDate(year=2026, month=12, day=1)


def build() -> Article:
    published = PartialDate(year=2026, month=12, day=3)
    b = ArticleBuilder(headline="Bundeswehr verkleinert Irak-Kontingent", body=BODY, language="de")
    iraq = b.new(
        Place, id="irak", name="Irak", kind=PlaceKind.COUNTRY, mentions=[mention(b, "Irak")]
    )
    erbil = b.new(
        Place,
        id="erbil",
        name="Erbil",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Erbil")],
    )
    baghdad = b.new(
        Place,
        id="bagdad",
        name="Bagdad",
        kind=PlaceKind.CITY,
        within=iraq,
        mentions=[mention(b, "Bagdad")],
    )
    bundeswehr = b.new(
        Organization,
        id="bundeswehr",
        name="Bundeswehr",
        kind=OrganizationKind.ARMED_FORCES,
        mentions=[mention(b, "Die Bundeswehr")],
    )
    command = b.new(
        Organization,
        id="einsatzfuehrungskommando",
        name="Einsatzführungskommando",
        kind=OrganizationKind.MILITARY_COMMAND,
        parent=bundeswehr,
        mentions=[mention(b, "Einsatzführungskommando")],
    )
    tuesday = TimeExpression(
        text="am Dienstag",
        spans=(at(b, "am Dienstag"),),
        deixis=Deixis(weekday=2, offset=-1),
        inferred=PartialDate(year=2026, month=12, day=1),
        inference="the Tuesday before the publication date, Thursday 3 December 2026",
    )
    release = b.new(
        Communication,
        id="mitteilung",
        kind=CommunicationKind.PRESS_RELEASE,
        issuers=[command],
        time=tuesday,
    )
    said = b.shared(
        id="a-command",
        source=command,
        cue=cue(b, "mitteilte"),
        mode=AttributionMode.PARAPHRASE,
        channel=release,
    )
    b.new(
        Event,
        id="ev-reduction",
        event_type="withdrawal",
        status=EventStatus.PLANNED,
        trigger=cue(b, "verkleinert"),
        participants=b.roles(agent=bundeswehr),
        locations=[iraq],
        time=TimeExpression(
            relation=TimeRelation.BY,
            date=PartialDate(year=2027, month=3),
            part=PeriodPart.END,
            text="bis Ende März 2027",
            spans=(at(b, "bis Ende März 2027"),),
        ),
        quantities=[
            Quantity(
                amount=Amount(value=300, qualifier=QuantityQualifier.AT_MOST),
                counted="Soldatinnen und Soldaten",
                of=bundeswehr.id,
                text="höchstens 300 Soldatinnen und Soldaten",
                spans=(at(b, "höchstens 300 Soldatinnen und Soldaten"),),
            )
        ],
        attributions=[said],
    )
    b.new(
        Event,
        id="ev-budget",
        event_type="approval",
        status=EventStatus.PLANNED,
        trigger=cue(b, "vorgesehen"),
        participants=b.roles(beneficiary=bundeswehr),
        time=TimeExpression(
            relation=TimeRelation.IN,
            period=fiscal_year(2027, "calendar", text="Haushaltsjahr 2027"),
            text="Haushaltsjahr 2027",
            spans=(at(b, "Haushaltsjahr 2027"),),
        ).resolve(published, "the German federal budget year is the calendar year"),
        quantities=[
            Quantity(
                amount=Amount(value=95_000_000),
                counted="Euro",
                text="95 Millionen Euro",
                spans=(at(b, "95 Millionen Euro"),),
            )
        ],
        attributions=[said],
    )

    def cell(value: int, date: PartialDate, row: str, place: Place, nth: int) -> QuantityPart:
        label = "1. Juli 2026" if date == JULY else "1. Dezember 2026"
        return QuantityPart(
            label="total" if row == "Gesamt" else None,
            row=row,
            column=label,
            amount=Amount(value=value),
            entities=[place.id],
            as_of=TimeExpression(
                relation=TimeRelation.AS_OF, date=date, text=label, spans=(at(b, label),)
            ),
            text=str(value),
            spans=(at(b, str(value), nth, whole=True),),
        )

    cells = []
    for place, row, figures, nths in (
        (erbil, "Erbil", (210, 160), (1, 1)),
        (baghdad, "Bagdad", (90, 70), (1, 1)),
        (iraq, "Gesamt", (300, 230), (2, 1)),
    ):
        cells.append(cell(figures[0], JULY, row, place, nths[0]))
        cells.append(cell(figures[1], DECEMBER, row, place, nths[1]))
    b.new(
        Event,
        id="ev-presence",
        event_type="troop_presence",
        status=EventStatus.ONGOING,
        participants=b.roles(theme=bundeswehr),
        locations=[iraq],
        quantities=[
            Quantity(
                counted="Soldatinnen und Soldaten",
                of=bundeswehr.id,
                text="Kontingent nach Standort",
                spans=(at(b, "Kontingent nach Standort"),),
                parts=cells,
            )
        ],
        attributions=[said],
    )
    return b.build(id="corpus-de-table-figures", published=published)


PHENOMENA = [
    faithful("text in German", "$.language"),
    faithful(
        "press release of a military command, 'on Tuesday' resolved",
        "$.communications[0].kind",
        "$.communications[0].issuers[0]",
        "$.communications[0].time.inferred",
    ),
    faithful("a command within the armed forces", "$.entities[4].parent"),
    faithful(
        "a ceiling: 'at most 300'",
        "$.events[0].quantities[0].amount.qualifier",
        "$.events[0].quantities[0].amount.value",
    ),
    faithful(
        "'by the end of March 2027'",
        "$.events[0].time.relation",
        "$.events[0].time.part",
        "$.events[0].time.date.month",
    ),
    faithful(
        "a sum of money for the mission (95 million euros)",
        "$.events[1].quantities[0].amount.value",
        "$.events[1].quantities[0].counted",
    ),
    faithful(
        "fiscal year 2027 (Haushaltsjahr)",
        "$.events[1].time.period.kind",
        "$.events[1].time.period.year",
        "$.events[1].time.inferred_interval",
    ),
    faithful(
        "each table cell: a count at a place as of a date",
        "$.events[2].quantities[0].parts[0].entities[0]",
        "$.events[2].quantities[0].parts[0].amount.value",
        "$.events[2].quantities[0].parts[0].as_of.date",
        "$.events[2].quantities[0].parts[3].as_of.date",
    ),
    faithful(
        "the table as a table (rows by base, columns by date, a header row)",
        "$.events[2].quantities[0].parts[0].row",
        "$.events[2].quantities[0].parts[0].column",
        "$.events[2].quantities[0].parts[3].row",
        "$.events[2].quantities[0].parts[3].column",
    ),
    faithful(
        "the total row (Gesamt) is the sum of the rows above",
        "$.events[2].quantities[0].parts[4].label",
        "$.events[2].quantities[0].parts[4].amount.value",
        "$.events[2].quantities[0].parts[5].label",
    ),
    faithful(
        "the ceiling and the figures come from the command (one shared attribution)",
        "$.attributions[0].source",
        "$.events[2].attributions[0].shared",
    ),
]
