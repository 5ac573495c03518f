"""wire_credit: agency lines, copyright lines and contributor notes at the edges of a story."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.wire_credit import WireCredit

N = WireCredit.name
STEP = WireCredit()

A = "Japan has been quick to join the U.S.-led economic sanctions against Russia, officials said."
Z = "In early July, the minister called for closer maritime cooperation with the Philippines."
A_DE = (
    "Die Bundesregierung will die Steuern für kleine Einkommen senken, teilte das Ministerium mit."
)
A_FR = (
    "Le gouvernement a présenté mercredi son projet de budget pour 2024, marqué par des économies."
)
A_ES = (
    "El Gobierno aprobó el martes una nueva ley de vivienda que limita el precio de los alquileres."
)
A_IT = "Il governo ha approvato martedì un nuovo decreto sulle pensioni, ha annunciato il ministro."
A_PL = "Rząd przyjął we wtorek projekt ustawy o podwyżkach dla nauczycieli, poinformował minister."


def _closing(line: str, reason: str, metadata: dict, first: str = A) -> pytest.param:
    return pytest.param(
        f"{first}\n{Z}\n{line}", f"{first}\n{Z}", {(N, reason)}, metadata, id=line[:40]
    )


REMOVED = [
    pytest.param(
        f"{A}\n{Z}\nAssociated Press writer Kim Tong-hyung in Seoul contributed to this report.\n"
        "AFP",
        f"{A}\n{Z}",
        {(N, "contribution"), (N, "agency_line")},
        {"agencies": ["Associated Press", "AFP"], "contributors": ["Kim Tong-hyung"]},
        id="contribution-and-lone-afp",
    ),
    _closing("AFP", "agency_line", {"agencies": ["AFP"]}),
    _closing("(AP)", "agency_line", {"agencies": ["Associated Press"]}),
    _closing("dpa/AFP", "agency_line", {"agencies": ["dpa", "AFP"]}),
    _closing("— Reuters", "agency_line", {"agencies": ["Reuters"]}),
    _closing(
        "© 2023 The Associated Press. All rights reserved. This material may not be published, "
        "broadcast, rewritten or redistributed.",
        "copyright",
        {"agencies": ["Associated Press"]},
    ),
    _closing(
        "Copyright 2023 Reuters. All rights reserved.", "copyright", {"agencies": ["Reuters"]}
    ),
    _closing("© 2023 Daily Planet Media Ltd", "copyright", {}),
    _closing("ⓒ 2023 Daily Planet Media Ltd", "copyright", {}),  # Korean sites' mark
    _closing("Alle Rechte vorbehalten.", "copyright", {}),
    _closing("© 2023 Gazeta Przykładowa. Wszelkie prawa zastrzeżone.", "copyright", {}, A_PL),
    _closing("Daily Planet Media, all rights reserved", "copyright", {}),
    _closing(
        "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.",
        "copyright",
        {},
        A_PL,
    ),
    _closing("Todos los derechos reservados", "copyright", {}, A_ES),
    _closing(
        "Reporting by Anna Lee in Paris; Editing by Tom Hogue",
        "contribution",
        {"contributors": ["Anna Lee", "Tom Hogue"]},
    ),
    _closing(
        "Staff writer Jane Doe contributed to this report.",
        "contribution",
        {"contributors": ["Jane Doe"]},
    ),
    _closing("Reuters contributed to this report.", "contribution", {"agencies": ["Reuters"]}),
    pytest.param(
        f"{A}\nThe talks ended on Monday without a deal. (AFP)",
        f"{A}\nThe talks ended on Monday without a deal.",
        {(N, "agency_suffix")},
        {"agencies": ["AFP"]},
        id="closing-suffix",
    ),
    pytest.param(
        f"AFP\n{A}\n{Z}", f"{A}\n{Z}", {(N, "agency_line")}, {"agencies": ["AFP"]}, id="first-line"
    ),
    _closing("dpa", "agency_line", {"agencies": ["dpa"]}, A_DE),
    _closing("(AFP)", "agency_line", {"agencies": ["AFP"]}, A_FR),
    _closing("EFE", "agency_line", {"agencies": ["EFE"]}, A_ES),
    _closing("(ANSA)", "agency_line", {"agencies": ["ANSA"]}, A_IT),
    # "(Reporting by …; editing by …)" in parentheses.
    _closing(
        "(Reporting by Anna Lee in Paris; Editing by Tom Hogue)",
        "contribution",
        {"contributors": ["Anna Lee", "Tom Hogue"]},
    ),
    _closing(
        "(Reporting by Anna Lee; additional reporting by Piotr Nowak in Warsaw; "
        "editing by Tom Hogue)",
        "contribution",
        {"contributors": ["Anna Lee", "Piotr Nowak", "Tom Hogue"]},
    ),
    # Roles after commas: "…, with reporting by …, editing by …".
    _closing(
        "(Reporting by Anna Lee, Tom Roost, with reporting by Piotr Nowak and Mo Ali, "
        "editing by Tom Hogue.)",
        "contribution",
        {"contributors": ["Anna Lee", "Tom Roost", "Piotr Nowak", "Mo Ali", "Tom Hogue"]},
    ),
    # Source lines.
    _closing("SOURCE: Al Jazeera News", "source_line", {}),
    _closing("Source: AFP, Reuters", "source_line", {"agencies": ["AFP", "Reuters"]}),
    _closing(
        "Sources: AP and Reuters", "source_line", {"agencies": ["Associated Press", "Reuters"]}
    ),
    _closing("Quelle: dpa", "source_line", {"agencies": ["dpa"]}, A_DE),
    _closing(
        "Quelle: Deutscher Jagdverband (DJV), 02. Februar 2022, Berlin", "source_line", {}, A_DE
    ),
    _closing("Fuente: EFE", "source_line", {"agencies": ["EFE"]}, A_ES),
    _closing("Fonte: ANSA", "source_line", {"agencies": ["ANSA"]}, A_IT),
    _closing("Źródło: PAP", "source_line", {"agencies": ["PAP"]}, A_PL),
    # Agency lines with editors' initials.
    _closing("aja/PAP", "agency_line", {"agencies": ["PAP"]}, A_PL),
    _closing("(ks/PAP)", "agency_line", {"agencies": ["PAP"]}, A_PL),
    _closing("dpa/lno", "agency_line", {"agencies": ["dpa"]}, A_DE),
    _closing("AFP/mc", "agency_line", {"agencies": ["AFP"]}, A_FR),
    _closing(
        "© 2022, DailyPlanetNews.com. This article is the copyrighted property of Daily Planet "
        "News. Written permission must be obtained before reprint in online or print media.",
        "copyright",
        {},
    ),
    _closing(
        "© 2021 Stadtbote. Nachdruck nur mit schriftlicher Genehmigung der Redaktion.",
        "copyright",
        {},
        A_DE,
    ),
]

KEPT = [
    pytest.param(
        f"{A}\nThe leaflet carried a © 2022 notice but named no publisher, the court heard.",
        id="sign-and-year-inside-a-sentence",
    ),
    pytest.param(
        f"© 2022 Daily Planet. Reprints only with written permission.\n{A}\n{Z}\n{A_DE}\n"
        f"{A_FR}\n{A_ES}\n{A_IT}\n{A_PL}",
        id="reprint-terms-at-the-top-are-not-the-tail",
    ),
    pytest.param(
        f"{A_DE}\nQuelle: Die Polizei sprach am 2. Februar. Sie ermittelt weiter.",
        id="de-source-label-then-sentences",
    ),
    pytest.param(
        f"{A}\nThe label said all rights reserved by the band would stay with it until 2030.",
        id="rights-reserved-inside-a-sentence",
    ),
    pytest.param(f"{A}\nAll rights reserved? Not quite, the court said.", id="rights-question"),
    pytest.param(
        "The firm said the ruling would stand.\n"
        "The court agreed with the lower court on every point.\n"
        "Copyright 2023 was a record year for infringement claims, the lawyers said.",
        id="copyright-year-opening-a-sentence",
    ),
    pytest.param(
        f"{A}\nThe ministry did not respond to a request for comment from AFP.",
        id="closing-line-mentions-afp",
    ),
    pytest.param(
        f"{A}\nThe figures were compiled by Agence France-Presse (AFP).", id="closing-afp-in-parens"
    ),
    pytest.param(
        f'{A}\nHe added: "I first saw it on the wire (Reuters) this morning."',
        id="quote-containing-reuters",
    ),
    pytest.param(
        f"{A}\nReporting by the BBC suggested otherwise, but the ministry denied it.",
        id="reporting-by-sentence",
    ),
    pytest.param(
        f"{A}\nCopyright law will change in 2025, the minister said.", id="copyright-sentence"
    ),
    pytest.param(
        f"{A}\nCopyright lawyers said the ruling would be appealed.", id="copyright-lawyers"
    ),
    pytest.param(f"{A}\nReuters reported the figures first.", id="reuters-reported"),
    pytest.param(f"{A}\nHis late father was a photographer for AP.", id="photographer-for-ap"),
    pytest.param(
        f"{A}\nAnna Lee contributed her savings to the campaign.", id="contributed-savings"
    ),
    pytest.param(f"{A}\nIl a confié à l'AFP que la situation était grave.", id="fr-confie-a-l-afp"),
    pytest.param(f"{A}", id="single-line"),
    pytest.param(
        f"{A}\n(Reporting by the BBC suggested otherwise, but the ministry denied it.)",
        id="reporting-by-sentence-in-parens",
    ),
    pytest.param(
        f"{A}\n(Editing the report took three weeks, the author said.)", id="editing-in-parens"
    ),
    pytest.param(f"{A}\nSources said the talks had collapsed.", id="sources-said"),
    pytest.param(
        f"{A}\nSource: a senior official who asked not to be named.", id="source-long-sentence"
    ),
    pytest.param(f"{A}\nThe source: a leaked memo from the ministry.", id="the-source"),
    pytest.param(f"{A}\nor/and", id="initials-without-agency"),
    pytest.param(f"{A_PL}\nmp/ks", id="pl-initials-only"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_only_the_tail_is_searched() -> None:
    text = "\n".join([A, "AFP contributed to this report.", Z, Z, Z])
    assert_kept(WireCredit(tail_lines=2), text)


@pytest.mark.parametrize("tail_lines", [0, -1])
def test_invalid_configuration(tail_lines: int) -> None:
    with pytest.raises(ValueError, match="wire_credit"):
        WireCredit(tail_lines=tail_lines)
