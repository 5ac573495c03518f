"""footer_label: the labels heading a page's end matter (contact, sources, further information)."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.footer_label import FooterLabel

N = FooterLabel.name
R = {(N, "footer_label")}
STEP = FooterLabel()

A = "The institute will publish the full data set next year, the lead author said on Monday."
B = "Funding came from the national science foundation and two private trusts in the region."
A_DE = "Das Institut will den vollständigen Datensatz im kommenden Jahr veröffentlichen, hieß es."
B_DE = (
    "Gefördert wurde die Studie vom Schweizerischen Nationalfonds und von zwei privaten "
    "Stiftungen aus der Region."
)
A_ES = "El instituto publicará todos los datos el próximo año, dijo la autora principal."
CITATION = "Doe J., Roe R. (2022): Iron oxide reduction rates. Nature Geoscience 15, 101-108."

REMOVED = [
    pytest.param(
        f"{A}\n{B}\nOriginal publication:\n{CITATION}\nMedia contact:\nJane Doe, press office",
        f"{A}\n{B}\n{CITATION}\nJane Doe, press office",
        R,
        {},
        id="en-publication-and-contact",
    ),
    pytest.param(
        f"{A_DE}\n{B_DE}\nOriginalpublikation\n{CITATION}\nKontakt:\nDr. Anna Schmidt\n"
        "E-Mail: presse@example.org",
        f"{A_DE}\n{B_DE}\n{CITATION}\nDr. Anna Schmidt\nE-Mail: presse@example.org",
        R,
        {},
        id="de-originalpublikation-kontakt",
    ),
    pytest.param(
        f"{A_DE}\n{B_DE}\nWeitere Informationen:\n- Projektseite des Instituts\n- Datensatz",
        f"{A_DE}\n{B_DE}\n- Projektseite des Instituts\n- Datensatz",
        R,
        {},
        id="de-weitere-informationen-links",
    ),
    pytest.param(
        f"{A_DE}\n{B_DE}\nQuellenangaben:\n{CITATION}\n{CITATION}",
        f"{A_DE}\n{B_DE}\n{CITATION}\n{CITATION}",
        R,
        {},
        id="de-quellenangaben-colon",
    ),
    pytest.param(
        f"{A_ES}\nMás información:\nwww.example.org", f"{A_ES}\nwww.example.org", R, {}, id="es"
    ),
    pytest.param(f"{A}\n{B}\nSources", f"{A}\n{B}", R, {}, id="last-line"),
    pytest.param(
        f"{A_DE}\n{B_DE}\nÜber diese Reihe\n{B_DE}", f"{A_DE}\n{B_DE}\n{B_DE}", R, {}, id="de-reihe"
    ),
]

KEPT = [
    pytest.param(f"{A}\nContact\n{B}\n{A}", id="subheading-before-two-paragraphs"),
    pytest.param(
        f"{A_DE}\nWeitere Informationen\n{B_DE}\n{A_DE}\n{B_DE}", id="de-subheading-before-text"
    ),
    pytest.param(
        f"{A}\nContact us if you have seen the missing dog, the police said.\n{B}",
        id="contact-sentence",
    ),
    pytest.param(
        f"{A}\nKontakt:\n{B}\n" + "\n".join([A, B] * 12), id="label-high-up-in-a-long-text"
    ),
    pytest.param(
        f"{A}\nSources close to the minister said the talks had failed.", id="sources-say"
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_tail_lines_is_configurable() -> None:
    text = f"{A}\nContact:\n{B}\n{CITATION}"
    assert_removed(STEP, text, f"{A}\n{B}\n{CITATION}", R, {})
    assert_kept(FooterLabel(tail_lines=1), text)


@pytest.mark.parametrize("tail_lines", [-1])
def test_invalid_configuration(tail_lines: int) -> None:
    with pytest.raises(ValueError, match="footer_label"):
        FooterLabel(tail_lines=tail_lines)
