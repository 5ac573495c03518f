"""opening_headline: a headline alone on the text's first line, a paragraph under it."""

from __future__ import annotations

import pytest
from support import P_DE, P_EN, P_FR, assert_kept, assert_removed

import cleaner
from cleaner.filters.opening_headline import OpeningHeadline

N = OpeningHeadline.name
STEP = OpeningHeadline()

TITLE = "Russia and China launch new military exercises"


def _headline(line: str, paragraph: str = P_EN) -> pytest.param:
    return pytest.param(
        f"{line}\n{paragraph}", paragraph, {(N, "title")}, {"title": line}, id=line[:40]
    )


REMOVED = [
    _headline(TITLE),
    _headline("Переговоры возобновятся в Женеве"),
    _headline("Hong Kong chaos: China deploys troops"),
    _headline("Wahlen in Tunesien: Große Aufgaben für die neue Regierung", P_DE),
    _headline("‘He died in my hands’: three demonstrators killed in clashes"),
    _headline("New SUVs and electric cars highlight the L.A. Auto Show"),
    _headline("Is football violence a crime?"),
    pytest.param(
        f"{TITLE}\nThe drills run until Sunday.\n{P_EN}",
        f"The drills run until Sunday.\n{P_EN}",
        {(N, "title")},
        {"title": TITLE},
        id="a-standfirst-between",
    ),
]

KEPT = [
    pytest.param(f"Talks resume\n{P_EN}", id="three-words-may-head-a-section"),
    pytest.param(f"CLICK FOR THE FULL RESULTS\n{P_EN}", id="capitals-are-a-kicker"),
    pytest.param(f"Testé par: Jean Dupont Prix: 49 euros\n{P_FR}", id="two-colons"),
    pytest.param(f"Les négociations reprennent; Paris attend\n{P_FR}", id="clause-ends-inside"),
    pytest.param(
        f"Was meinen Sie? Haben sich die Eltern je gestritten\n{P_DE}", id="question-inside"
    ),
    pytest.param(f"The talks ended on Monday in Geneva.\n{P_EN}", id="a-sentence"),
    pytest.param(f"Video shows the rescue of the boy: we got him!\n{P_EN}", id="exclamation"),
    pytest.param(
        f"In her new book the historian sets out to answer a simple question: why did the "
        f"talks fail in the end?\n{P_EN}",
        id="a-lead-question",
    ),
    pytest.param(f"11.12.2019 - Amelie Loevenich und Jan Berg\n{P_DE}", id="date-and-names"),
    pytest.param(f"Anzeige: Jetzt bestellen und zwanzig Prozent sparen\n{P_DE}", id="ad-label"),
    pytest.param(f"Foto: Jan Berg und Anna Lee / dpa\n{P_DE}", id="photo-label"),
    pytest.param(f"{P_EN}\n{TITLE}\n{P_EN}", id="headline-shaped-line-below-a-paragraph"),
    pytest.param(f"Menu\n{TITLE}\n{P_EN}", id="not-the-first-line"),
    pytest.param(f"{TITLE}\nThe road ahead\nTalks resume\n{P_EN}", id="no-paragraph-under-it"),
    pytest.param(
        "During the fair the showroom features an installation created by\nAnna Berg\n"
        ", a designer born in Cyprus who has worked for the company since it was founded.",
        id="the-rest-of-a-sentence-a-link-broke",
    ),
    pytest.param(
        f"{TITLE}\nthe drills run until Sunday.\n{P_EN}", id="a-line-in-lower-case-between"
    ),
    pytest.param(f"{TITLE}\nThe drills run until Sunday\n{P_EN}", id="a-headline-between"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_a_known_title_is_left_alone() -> None:
    assert_kept(STEP, f"{TITLE}\n{P_EN}", title="Navies begin joint drills")


def test_min_tokens_is_configurable() -> None:
    assert_kept(OpeningHeadline(min_tokens=8), f"{TITLE}\n{P_EN}")


def test_invalid_configuration() -> None:
    with pytest.raises(ValueError, match="opening_headline"):
        OpeningHeadline(min_tokens=0)


def test_in_the_pipeline_a_credit_on_the_first_line_is_no_headline() -> None:
    doc = cleaner.clean(f"Photo: Jane Doe/Getty Images\n{P_EN}")
    assert doc.metadata.get("title") is None
    assert [r.by for r in doc.removals] == ["photo_credit"]
