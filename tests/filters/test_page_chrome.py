"""page_chrome: menus, tag clouds and footers around the article in naive page text."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.page_chrome import PageChrome

N = PageChrome.name
R = {(N, "outside_article")}
STEP = PageChrome()

P1 = "City councillors voted on Wednesday to build a movable flood barrier across the old harbour."
P2 = "The barrier is expected to cost 410 million euros and to be finished by the end of 2029."
P3 = (
    "Residents near the harbour welcomed the decision but said they feared years of "
    "construction noise."
)
P_DE = (
    "Der Stadtrat hat am Mittwoch beschlossen, eine bewegliche Flutbarriere im alten Hafen "
    "zu bauen."
)
P2_DE = (
    "Die Kosten werden auf 410 Millionen Euro geschätzt, fertig sein soll die Anlage im "
    "Jahr 2029."
)
MENU = "Home\nWorld\nBusiness\nSport\nCulture\nOpinion\nVideo\nPodcasts\nNewsletters"
FOOTER = "About us\nContact\nCareers\nPrivacy Policy\nTerms of Use\nAdvertise\nSitemap\nRSS"
TAGS = "Tags\nFlood Defence\nRotterdam\nCity Council\nInfrastructure\nClimate\nHarbour\nEurope"
BLURB = (
    "The Harbour Gazette has covered the city since 1887 and is published by a foundation that "
    "keeps it independent of parties, companies and donors."
)
MENU_DE = "Startseite\nPolitik\nWirtschaft\nSport\nKultur\nMeinung\nVideo\nPodcast\nNewsletter"

REMOVED = [
    pytest.param(
        f"{MENU}\n{P1}\n{P2}\n{P3}\n{FOOTER}", f"{P1}\n{P2}\n{P3}", R, {}, id="menu-and-footer"
    ),
    pytest.param(f"{MENU}\n{P1}\n{P2}\n{TAGS}", f"{P1}\n{P2}", R, {}, id="menu-and-tags"),
    pytest.param(
        f"{MENU}\nCity approves harbour barrier after long delays\n{P1}\n{P2}\n{FOOTER}",
        f"{P1}\n{P2}", R, {}, id="headline-between-menu-and-article",
    ),
    pytest.param(
        f"{MENU}\n{P1}\nLearn more about how\nthe Delta Works\n"
        f"can protect the old city from storm surges.\n{P2}\n{FOOTER}",
        f"{P1}\nLearn more about how\nthe Delta Works\n"
        f"can protect the old city from storm surges.\n{P2}",
        R, {}, id="sentence-broken-by-links-stays",
    ),
    pytest.param(
        f"{MENU}\n{P1}\nHow the gates work\n{P2}\n{P3}\n{FOOTER}",
        f"{P1}\nHow the gates work\n{P2}\n{P3}", R, {}, id="subheading-inside-the-article-stays",
    ),
    pytest.param(
        f"{MENU}\n{P1}\n- two steel gates\n- a pumping station\n{P2}\n{FOOTER}",
        f"{P1}\n- two steel gates\n- a pumping station\n{P2}",
        R, {}, id="list-inside-the-article-stays",
    ),
    pytest.param(
        f"{MENU_DE}\n{P_DE}\n{P2_DE}\nImpressum\nDatenschutz\nKontakt", f"{P_DE}\n{P2_DE}", R, {},
        id="de",
    ),
    pytest.param(
        f"{MENU}\nThe council says the barrier meets the rules (\nFlood Plan 2021\n"
        f") and will protect 40,000 homes.\n{P2}\n{P3}\n{FOOTER}",
        f"The council says the barrier meets the rules (\nFlood Plan 2021\n"
        f") and will protect 40,000 homes.\n{P2}\n{P3}",
        R, {}, id="sentence-opening-a-bracket-before-a-link-stays",
    ),
    pytest.param(
        f"{MENU}\nFor ten years the council has tried to raise money for a barrier by\n"
        f"Harbour Bonds\n, a scheme that ran out of buyers last year.\n{P2}\n{P3}\n{FOOTER}",
        f"For ten years the council has tried to raise money for a barrier by\n"
        f"Harbour Bonds\n, a scheme that ran out of buyers last year.\n{P2}\n{P3}",
        R, {}, id="sentence-start-before-a-link-and-its-rest-stays",
    ),
    pytest.param(
        f"{MENU}\nBy\nAnna Berg\nMarch 12, 2023\nShare\n{P1}\n{P2}\n{P3}\n{FOOTER}",
        f"By\nAnna Berg\nMarch 12, 2023\nShare\n{P1}\n{P2}\n{P3}",
        R, {}, id="the-article-head-stays-from-its-byline",
    ),
    pytest.param(
        f"{MENU}\nCouncil approves harbour barrier after delays\nBy\nAnna Berg\n{P1}\n{P2}\n"
        f"{FOOTER}",
        f"Council approves harbour barrier after delays\nBy\nAnna Berg\n{P1}\n{P2}",
        R, {}, id="headline-above-the-byline-stays",
    ),
    pytest.param(
        f"{MENU}\nWeight Loss Tips\nBy\nAnna Berg\n{P1}\n{P2}\n{FOOTER}",
        f"By\nAnna Berg\n{P1}\n{P2}",
        R, {}, id="short-line-above-the-byline-goes",
    ),
    pytest.param(
        f"{MENU}\nMarch 12, 2023\nBy Anna Berg\n{P1}\n{P2}\n{P3}\n{FOOTER}",
        f"March 12, 2023\nBy Anna Berg\n{P1}\n{P2}\n{P3}",
        R, {}, id="date-above-the-byline-stays",
    ),
    pytest.param(
        f"{MENU}\nBy Tom Hale\nMarch 12, 2023\n{TAGS}\n{P1}\n{P2}\n{P3}\n{FOOTER}",
        f"By Tom Hale\nMarch 12, 2023\n{P1}\n{P2}\n{P3}",
        R, {}, id="byline-further-above-stays-alone-with-its-date",
    ),
    pytest.param(
        f"By Tom Hale\n{MENU}\n{TAGS}\n{FOOTER}\n{TAGS}\n{MENU}\n{P1}\n{P2}\n{P3}\n{FOOTER}",
        f"{P1}\n{P2}\n{P3}",
        R, {}, id="byline-beyond-reach-goes",
    ),

    pytest.param(
        f"{MENU}\nOil prices climb as supply fears grow\nMarkets rally after jobs report\n"
        f"{P1}\n{P2}\n{P3}\n"
        "Most Read\nFlooding closes main bridge\nCouncil approves new budget\n"
        "Local team wins the cup",
        f"{P1}\n{P2}\n{P3}", R, {}, id="teaser-lists-around",
    ),
]

KEPT = [
    pytest.param(f"{P1}\n{P2}\n{P3}", id="clean-article"),
    pytest.param(
        f"Harbour barrier approved\n{P1}\nHow the gates work\n{P2}\n{P3}", id="few-short-lines"
    ),
    pytest.param(
        f"{P1}\nResults\n| Party | Seats |\n| Greens | 12 |\n| Liberals | 9 |\n"
        f"| Labour | 8 |\n{P2}",
        id="table-in-article",
    ),
    pytest.param(
        f"{P1}\nVerbrauch: 4,4 Liter\nLeistung: 265 PS\nPreis: 68.490 Euro\nAntrieb: Allrad\n"
        "Getriebe: 6-Gang\nSitze: 7\nKofferraum: 634 Liter\nTank: 47 Liter\nGewicht: 2,1 t",
        id="data-sheet",
    ),
    pytest.param(
        "Stage 1: 10 March\nStage 2: 8 April\nStage 3: 22 April\nStage 4: 6 May\nStage 5: 20 May\n"
        "Stage 6: 5 August\nStage 7: 19 August\nStage 8: 9 September\nStage 9: 23 September\n"
        "The calendar is subject to change by the organiser, the series said on Monday.",
        id="calendar-of-short-lines",
    ),
    pytest.param(
        f"{P1}\n- two steel gates\n- a pumping station\n- a control room\n- a dry dock\n"
        f"- a canal lock\n- a visitor centre\n- a bicycle bridge\n- a ferry pier\n{P2}",
        id="long-list",
    ),
    pytest.param(f"{MENU}", id="menu-only-no-article"),
    pytest.param(
        f"{MENU}\n„Ich weiß, ich bin betrunken und sollte das nicht sagen …“\n"
        f"– „Dann sag es nicht.“\n– „Ok.“\n{FOOTER}\nRecent comments\n"
        "Anna on Monday: the film should have started with the ending, then nobody would have "
        f"left early.\n{TAGS}",
        id="short-post-and-a-sidebar-comment",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


@pytest.mark.parametrize(
    ("earlier_share", "body"), [(0.5, f"{P1}\n{P2}"), (1.0, f"{BLURB}\n{BLURB}")]
)
def test_an_earlier_article_wins_over_heavier_end_matter(earlier_share: float, body: str) -> None:
    text = f"{MENU}\n{P1}\n{P2}\n{FOOTER}\n{BLURB}\n{BLURB}\n{TAGS}"
    step = PageChrome(keep_share=0.0, earlier_share=earlier_share)
    assert_removed(step, text, body, R, {})


def test_never_keeps_less_than_the_guard_allows() -> None:
    # Two article blocks of equal weight split by a long menu: the best run holds only
    # half of the content, so with keep_share above one half nothing is removed.
    text = f"{P1}\n{P2}\n{MENU}\n{FOOTER}\n{P1}\n{P2}\n{MENU}"
    assert_kept(PageChrome(keep_share=0.6), text)


@pytest.mark.parametrize(
    "settings",
    [
        {"penalty": 0}, {"cap": 0}, {"min_menu_lines": 0}, {"menu_share": 1.5},
        {"keep_share": -1}, {"min_article": -1}, {"earlier_share": 2},
    ],
)
def test_invalid_configuration(settings: dict) -> None:
    with pytest.raises(ValueError, match="page_chrome"):
        PageChrome(**settings)
