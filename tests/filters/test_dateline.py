"""dateline: ``MOSCOW:``, ``WASHINGTON (AP) —`` trimmed off the first paragraph."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.dateline import Dateline

N = Dateline.name
D = {(N, "dateline")}
STEP = Dateline()

S_EN = "The Senate passed the bill late on Tuesday after a long and bitter debate over spending."
S2_EN = "Russia and China ended their joint naval drills on Sunday, the defence ministry said."
S_DE = (
    "Die Bundesregierung will die Steuern für kleine Einkommen senken, teilte das "
    "Finanzministerium mit."
)
S_FR = (
    "Le gouvernement a présenté mercredi son projet de budget pour 2024, marqué par des économies."
)
S_ES = (
    "El Gobierno aprobó el martes una nueva ley de vivienda que limita el precio de los alquileres."
)
S_IT = "Il governo ha approvato martedì un nuovo decreto sulle pensioni, ha annunciato il ministro."
MORE = "Both chambers must still agree on a final text before the president can sign it into law."


def _row(opening: str, sentence: str, metadata: dict, name: str) -> pytest.param:
    return pytest.param(f"{opening}{sentence}\n{MORE}", f"{sentence}\n{MORE}", D, metadata, id=name)


REMOVED = [
    _row("MOSCOW: ", S2_EN, {"dateline": "MOSCOW"}, "caps-colon"),
    _row(
        "WASHINGTON (AP) — ",
        S_EN,
        {"dateline": "WASHINGTON", "agencies": ["Associated Press"]},
        "ap",
    ),
    _row(
        "LONDON, July 20 (Reuters) - ",
        S_EN,
        {"dateline": "LONDON", "agencies": ["Reuters"]},
        "reuters-with-date",
    ),
    _row(
        "ST. LOUIS (AP) — ",
        S_EN,
        {"dateline": "ST. LOUIS", "agencies": ["Associated Press"]},
        "st-louis",
    ),
    _row(
        "SEOUL, South Korea (AP) — ",
        S_EN,
        {"dateline": "SEOUL, South Korea", "agencies": ["Associated Press"]},
        "with-region",
    ),
    _row(
        "Washington (Reuters) - ",
        S_EN,
        {"dateline": "Washington", "agencies": ["Reuters"]},
        "title-case-vouched-by-agency",
    ),
    _row("NEW YORK -- ", S_EN, {"dateline": "NEW YORK"}, "double-hyphen"),
    _row("(AFP) - ", S_EN, {"agencies": ["AFP"]}, "agency-only"),
    _row("BERLIN (dpa) - ", S_DE, {"dateline": "BERLIN", "agencies": ["dpa"]}, "de"),
    _row("PARIS, 20 juillet (AFP) - ", S_FR, {"dateline": "PARIS", "agencies": ["AFP"]}, "fr-date"),
    _row("MADRID (EFE) - ", S_ES, {"dateline": "MADRID", "agencies": ["EFE"]}, "es"),
    _row("ROMA (ANSA) - ", S_IT, {"dateline": "ROMA", "agencies": ["ANSA"]}, "it"),
    pytest.param(
        f"Senate passes spending bill\nWASHINGTON (AP) — {S_EN}",
        f"Senate passes spending bill\n{S_EN}",
        D,
        {"dateline": "WASHINGTON", "agencies": ["Associated Press"]},
        id="after-headline",
    ),
]

# A dated lead gives ``published`` and stays in the text.
LEAD_DE = (
    "Der Öko-Energieversorger senkt zum Jahreswechsel seine Strompreise für alle "
    "Haushaltskunden um rund acht Prozent."
)
DATED_LEADS = [
    ("Düsseldorf, 22. November 2022 – ", LEAD_DE, "2022-11-22", "de-place-date-dash"),
    ("Hamburg, den 02.12.2022. ", LEAD_DE, "2022-12-02", "de-place-den-date-stop"),
    ("(21. November 2022) ", LEAD_DE, "2022-11-21", "de-date-in-parens"),
    ("29.11.2022 – ", LEAD_DE, "2022-11-29", "de-bare-date-dash"),
    ("November 22, 2022 — ", S_EN, "2022-11-22", "en-date-dash"),
    ("Paris, le 3 mai 2023 : ", S_FR, "2023-05-03", "fr-place-le-date-colon"),
]
REMOVED += [
    pytest.param(f"{o}{t}\n{MORE}", f"{o}{t}\n{MORE}", set(), {"published": d}, id=name)
    for o, t, d, name in DATED_LEADS
] + [
    pytest.param(
        f"Preise sinken\n{S_DE}\n29.11.2022 – {LEAD_DE}\n{MORE}",
        f"Preise sinken\n{S_DE}\n29.11.2022 – {LEAD_DE}\n{MORE}",
        set(),
        {"published": "2022-11-29"},
        id="de-second-paragraph-after-standfirst",
    ),
]

KEPT = [
    pytest.param(
        "Am Sonntag, 5. November 2023, kurz nach 21.25 Uhr, wurde der Polizei ein Unfall auf "
        f"der Autobahn gemeldet.\n{MORE}",
        id="weekday-then-date-in-a-sentence",
    ),
    pytest.param(
        f"On 5 November 2023 the council approved the harbour barrier after a long debate.\n{MORE}",
        id="date-inside-the-sentence",
    ),
    pytest.param(
        f"{S_EN}\n{MORE}\n12.03.2020: Die ersten Schulen im Land schließen für mehrere "
        "Wochen ihre Türen.",
        id="timeline-date-past-the-lead",
    ),
    pytest.param(
        f"22. November 2022 – 15:00 Uhr bis 18:00 Uhr: offene Sprechstunde im Rathaus.\n{MORE}",
        id="date-then-time-not-a-sentence",
    ),
    pytest.param(
        f"“Washington (Reuters) - it is always the same opening,” the editor joked at the start "
        f"of the course.\n{MORE}",
        id="quote-containing-reuters",
    ),
    pytest.param(
        f"The ministry said a report by the news agency (Reuters) on Monday was false and "
        f"would be corrected.\n{MORE}",
        id="reuters-in-parens-mid-sentence",
    ),
    pytest.param(
        f"Mr Smith - who has led the party since 2019 - said he would stand down at the "
        f"next election.\n{MORE}",
        id="title-case-name-dash",
    ),
    pytest.param(
        "LONDON is the most expensive city in Europe for renters, a survey found on Monday.\n"
        f"{MORE}",
        id="caps-place-no-separator",
    ),
    pytest.param(
        f"OPINION: The government must act now on housing before prices climb any further.\n{MORE}",
        id="opinion-label",
    ),
    pytest.param(
        "UNICEF: more than a million children have been displaced by the floods this year.\n"
        f"{MORE}",
        id="acronym-attribution-lowercase",
    ),
    pytest.param(
        "Washington - the city, not the state - is where the bill was drafted last year by "
        "aides.\n"
        f"{MORE}",
        id="title-case-place-no-agency",
    ),
    pytest.param(
        f"Paris (France) - The capital hosted the summit on Monday for the first time in decades.\n"
        f"{MORE}",
        id="parens-not-an-agency",
    ),
    pytest.param(f"{S_EN}\nMOSCOW: {S2_EN}", id="second-paragraph"),
    pytest.param(f"MOSCOW: Talks fail.\n{MORE}", id="short-rest"),
    pytest.param(
        f"Moskau - Die Gespräche sind am Montag ohne Ergebnis zu Ende gegangen, hieß es.\n{MORE}",
        id="de-title-case-no-agency",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_trim_logs_the_dateline_text() -> None:
    out = assert_removed(STEP, f"MOSCOW: {S2_EN}", S2_EN, D, {"dateline": "MOSCOW"})
    assert [r.text for r in out.removals] == ["MOSCOW: "]


def test_only_the_first_lines_are_searched() -> None:
    assert_kept(Dateline(max_lines=1), f"Senate passes spending bill\nWASHINGTON (AP) — {S_EN}")


@pytest.mark.parametrize("max_lines", [0, -1])
def test_invalid_configuration(max_lines: int) -> None:
    with pytest.raises(ValueError, match="dateline"):
        Dateline(max_lines=max_lines)
    with pytest.raises(ValueError, match="dateline"):
        Dateline(lead_paragraphs=-1)


def test_dated_leads_past_lead_paragraphs_give_no_date() -> None:
    assert_kept(Dateline(lead_paragraphs=1), f"{S_DE}\n29.11.2022 – {LEAD_DE}\n{MORE}")
