"""title: the headline at the top of the body (printed twice, or followed by a byline/stamp)."""

from __future__ import annotations

import pytest
from support import P_DE, P_EN, P_ES, P_FR, P_JA, assert_kept, assert_removed

from cleaner.filters.title import Title

N = Title.name
STEP = Title()

TITLE = "Russia and China launch new military exercises"

REMOVED = [
    pytest.param(
        "Rząd obniży podatek od mieszkań\nTen tekst przeczytasz w 3 minuty\n8 września 2023\n"
        f"{P_EN}",
        f"Ten tekst przeczytasz w 3 minuty\n8 września 2023\n{P_EN}",
        {(N, "title")},
        {"title": "Rząd obniży podatek od mieszkań"},
        id="followed-by-reading-time",
    ),
    pytest.param(
        f"{TITLE}\nNovember 19, 2023 / 12:21 AM / Updated 14 hours ago\n3 min read\n{P_EN}",
        f"November 19, 2023 / 12:21 AM / Updated 14 hours ago\n3 min read\n{P_EN}",
        {(N, "title")},
        {"title": TITLE},
        id="followed-by-segmented-stamp",
    ),
    pytest.param(
        f"{TITLE}\n2023-07-20 | 06:27\n{TITLE}\n{P_EN}",
        f"2023-07-20 | 06:27\n{P_EN}",
        {(N, "repeated_title")},
        {"title": TITLE},
        id="printed-twice",
    ),
    pytest.param(
        f"{TITLE}\n{TITLE}\n{P_EN}",
        P_EN,
        {(N, "repeated_title")},
        {"title": TITLE},
        id="printed-twice-adjacent",
    ),
    pytest.param(
        f"NATO chief wants firmer ties with Japan\nBy Mari Yamaguchi\n{P_EN}",
        f"By Mari Yamaguchi\n{P_EN}",
        {(N, "title")},
        {"title": "NATO chief wants firmer ties with Japan"},
        id="followed-by-byline",
    ),
    pytest.param(
        f"NATO chief wants firmer ties with Japan\nBy\nMari Yamaguchi\n{P_EN}",
        f"By\nMari Yamaguchi\n{P_EN}",
        {(N, "title")},
        {"title": "NATO chief wants firmer ties with Japan"},
        id="followed-by-split-byline",
    ),
    pytest.param(
        f"{TITLE}\nPublished:\n20 July 2023\n{P_EN}",
        f"Published:\n20 July 2023\n{P_EN}",
        {(N, "title")},
        {"title": TITLE},
        id="followed-by-split-stamp",
    ),
    pytest.param(
        f"{TITLE}\nJuly 20, 2023 at 6:27 p.m. ET\n{P_EN}",
        f"July 20, 2023 at 6:27 p.m. ET\n{P_EN}",
        {(N, "title")},
        {"title": TITLE},
        id="followed-by-date-stamp",
    ),
    pytest.param(
        f"{TITLE}\n3 hours ago\n{P_EN}",
        f"3 hours ago\n{P_EN}",
        {(N, "title")},
        {"title": TITLE},
        id="followed-by-relative-time",
    ),
    pytest.param(
        f"Regierung plant Steuerentlastung für Geringverdiener\nVon Anna Schmidt\n{P_DE}",
        f"Von Anna Schmidt\n{P_DE}",
        {(N, "title")},
        {"title": "Regierung plant Steuerentlastung für Geringverdiener"},
        id="de",
    ),
    pytest.param(
        f"Le gouvernement présente un budget de rigueur\nPar Jean Dupont\n{P_FR}",
        f"Par Jean Dupont\n{P_FR}",
        {(N, "title")},
        {"title": "Le gouvernement présente un budget de rigueur"},
        id="fr",
    ),
    pytest.param(
        f"El Congreso aprueba la ley de vivienda\nHace 3 horas\n{P_ES}",
        f"Hace 3 horas\n{P_ES}",
        {(N, "title")},
        {"title": "El Congreso aprueba la ley de vivienda"},
        id="es",
    ),
    pytest.param(
        f"岸田首相、防衛費増額を表明\n2023年7月20日\n{P_JA}",
        f"2023年7月20日\n{P_JA}",
        {(N, "title")},
        {"title": "岸田首相、防衛費増額を表明"},
        id="ja",
    ),
]

KEPT = [
    pytest.param(
        f"{TITLE}\nBy\nthe end of the year, both navies had left.\n{P_EN}", id="by-then-text"
    ),
    # One signal only: a headline alone on the first line is opening_headline's.
    pytest.param(f"{TITLE}\n{P_EN}", id="headline-alone"),
    pytest.param(f"Переговоры возобновятся в Женеве\n{P_EN}", id="ru-headline-alone"),
    pytest.param(
        "Prices keep climbing\nBy the end of the year, prices had doubled, the office said.",
        id="by-the-end-of-the-year",
    ),
    pytest.param(
        f"The talks ended on Monday.\nBy Mari Yamaguchi\n{P_EN}", id="sentence-before-byline"
    ),
    pytest.param(
        f"{P_EN}\nThe road ahead\n{P_EN}\nThe road ahead\n{P_EN}", id="repeated-subheading-in-body"
    ),
    pytest.param(
        f"Talks resume in Geneva\nOn July 20, 2023 the talks began again.\n{P_EN}",
        id="date-inside-sentence",
    ),
    pytest.param(
        f"{P_EN}\nAnalysis\n3 hours ago\n{P_EN}", id="subheading-and-stamp-after-paragraph"
    ),
    pytest.param(f"Kapitel eins\nKapitel zwei\n{P_DE}", id="two-different-headlines"),
    pytest.param(
        f"2023-07-20 | 06:27\n2023-07-20 | 06:27\n{TITLE}\n{P_EN}", id="twin-stamps-are-no-title"
    ),
    pytest.param(f"By Anna Lee\nBy Anna Lee\n{P_EN}", id="twin-bylines-are-no-title"),
    pytest.param(
        f"Updated: July 20, 2023 at 6:27 p.m. ET\n3 hours ago\n{P_EN}", id="stamp-before-stamp"
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


@pytest.mark.parametrize(
    ("text", "body"),
    [
        pytest.param(f"{TITLE}\n{P_EN}", P_EN, id="equal"),
        pytest.param(f"{TITLE} | The Daily Planet\n{P_EN}", P_EN, id="with-site-suffix"),
        pytest.param(f"{TITLE.upper()}\n{P_EN}", P_EN, id="other-case"),
        pytest.param(
            f"{P_EN}\n{P_DE}\n{P_FR}\n{TITLE}\n{P_ES}", f"{P_EN}\n{P_DE}\n{P_FR}\n{P_ES}",
            id="again-after-the-article",
        ),
    ],
)
def test_input_title_is_removed_and_kept(text: str, body: str) -> None:
    assert_removed(STEP, text, body, {(N, "repeated_title")}, {}, title=TITLE)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(f"Brexit talks stall again\n{P_EN}", id="starts-with-title"),
        pytest.param(f"{P_EN}\nBrexit\n{P_EN}", id="subheading-after-paragraph"),
    ],
)
def test_input_title_look_alikes_are_kept(text: str) -> None:
    assert_kept(STEP, text, title="Brexit")


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(f"{P_EN}\nBrexit talks stall\n{P_DE}", "Brexit talks stall", id="short-title"),
        pytest.param(
            f"{P_EN}\n{TITLE} was the phrase of the week.\n{P_DE}", TITLE, id="in-a-sentence"
        ),
        pytest.param(f"{P_EN}\n{TITLE} | Analysis\n{P_DE}", TITLE, id="with-suffix-down-the-page"),
    ],
)
def test_known_title_down_the_page_look_alikes_are_kept(text: str, title: str) -> None:
    assert_kept(STEP, text, title=title)


@pytest.mark.parametrize("max_lines", [0, -1])
def test_invalid_configuration(max_lines: int) -> None:
    with pytest.raises(ValueError, match="title"):
        Title(max_lines=max_lines)

