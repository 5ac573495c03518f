"""header_junk: scraper date headers, navigation bars and skip links at the top of a page."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.header_junk import HeaderJunk

N = HeaderJunk.name
STEP = HeaderJunk()

P_EN = (
    "Japan has been quick to join the U.S.-led economic sanctions against Russia, officials said."
)
P_DE = (
    "Die Bundesregierung will die Förderung für Elektroautos bis zum Jahresende verlängern, sagte "
    "ein Sprecher."
)
P_FR = (
    "Le gouvernement a présenté mercredi un projet de loi sur les retraites, qui sera débattu en "
    "juillet."
)
P_ES = (
    "El Gobierno aprobó el martes una nueva ley de vivienda que limita el precio de los alquileres."
)
P_RU = (
    "Министерство обороны сообщило в понедельник о завершении совместных учений с Китаем в "
    "Японском море."
)
TITLE = "NATO chief wants firmer ties with Japan to defend democracy"

REMOVED = [
    pytest.param(
        f" date 2023-01-31 ContributorsPublishersAdvertisers\n{TITLE}\n{P_EN}",
        f"{TITLE}\n{P_EN}",
        {(N, "date_header")},
        {"published": "2023-01-31"},
        id="date-header-glued-menu",
    ),
    pytest.param(
        f"date 2023-07-20 Russia and China launch new military exercises\n{P_EN}",
        P_EN,
        {(N, "date_header")},
        {"published": "2023-07-20", "title": "Russia and China launch new military exercises"},
        id="date-header-glued-title",
    ),
    pytest.param(
        f"2023-07-20T06:27 Russia and China launch new military exercises\n{P_EN}",
        P_EN,
        {(N, "date_header")},
        {"published": "2023-07-20", "title": "Russia and China launch new military exercises"},
        id="iso-date-time-glued-title",
    ),
    pytest.param(
        f"date: 2023-07-20\n{TITLE}\n{P_EN}",
        f"{TITLE}\n{P_EN}",
        {(N, "date_header")},
        {"published": "2023-07-20"},
        id="date-label-only",
    ),
    pytest.param(
        f"Skip to content\nHome | World | Business | Sport\n{TITLE}\n{P_EN}",
        f"{TITLE}\n{P_EN}",
        {(N, "skip_link"), (N, "navigation")},
        {},
        id="skip-link-and-nav-bar",
    ),
    pytest.param(
        f"HomeNewsSportsOpinion\n{TITLE}\n{P_EN}",
        f"{TITLE}\n{P_EN}",
        {(N, "navigation")},
        {},
        id="glued-menu",
    ),
    pytest.param(
        f"Zum Inhalt springen\nStartseite › Politik › Ausland\n{P_DE}",
        P_DE,
        {(N, "skip_link"), (N, "navigation")},
        {},
        id="de",
    ),
    pytest.param(
        f"Aller au contenu principal\nAccueil\nRechercher\n{P_FR}",
        P_FR,
        {(N, "skip_link")},
        {},
        id="fr",
    ),
    pytest.param(
        f"Saltar al contenido\nInicio / Internacional / Europa\n{P_ES}",
        P_ES,
        {(N, "skip_link"), (N, "navigation")},
        {},
        id="es",
    ),
    pytest.param(
        f"Перейти к содержанию\nГлавная • Политика • Экономика • Общество\n{P_RU}",
        P_RU,
        {(N, "skip_link"), (N, "navigation")},
        {},
        id="ru",
    ),
]

REMOVED += [
    pytest.param(
        f"Categorias\n{TITLE}\n{P_EN}",
        f"{TITLE}\n{P_EN}",
        {(N, "navigation")},
        {},
        id="menu-heading-alone",
    ),
]

KEPT = [
    pytest.param(f"{TITLE}\n{P_EN}", id="headline-and-paragraph"),
    pytest.param(f"{P_EN}\nTags\n{P_EN}", id="menu-heading-after-first-paragraph"),
    pytest.param(f"Themen der Woche: Energie und Klima\n{P_DE}", id="label-word-in-headline"),
    pytest.param(
        f"2023-07-20 marked one year since the flood\n{P_EN}", id="date-then-lowercase-words"
    ),
    pytest.param(
        f"Home, sweet home: the long road back for Ukraine's refugees\n{P_EN}", id="home-headline"
    ),
    pytest.param(
        f"Search and rescue teams reach the flooded village\n{P_EN}", id="search-headline"
    ),
    pytest.param(f"{P_EN}\nHome\n{P_EN}", id="subheading-home-after-first-paragraph"),
    pytest.param(
        f"{P_EN}\n2023-07-20 Talks collapse in Geneva\n{P_EN}", id="timeline-entry-in-body"
    ),
    pytest.param(f"{P_EN}\nHome | Away | Neutral\n{P_EN}", id="bar-shaped-line-in-body"),
    pytest.param(f"2023 in review: the year's biggest stories\n{P_EN}", id="year-headline"),
    pytest.param(f"Startseite der Regierung bleibt offline\n{P_DE}", id="de-headline"),
    pytest.param(
        f"Accueil des réfugiés : la France double ses capacités\n{P_FR}", id="fr-headline"
    ),
    pytest.param(f"{P_EN}\nSkip to content\n{P_EN}", id="skip-link-words-in-body"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_input_title_and_date_are_not_overwritten() -> None:
    text = f"date 2023-07-20 Russia and China launch new military exercises\n{P_EN}"
    assert_removed(
        STEP, text, P_EN, {(N, "date_header")}, {}, title="Drills begin", published="2023-07-19"
    )


def test_only_the_head_is_searched() -> None:
    assert_kept(HeaderJunk(max_lines=1), f"{TITLE}\nSkip to content\nShort line\n{P_EN}")


@pytest.mark.parametrize("max_lines", [0, -3])
def test_invalid_configuration(max_lines: int) -> None:
    with pytest.raises(ValueError, match="header_junk"):
        HeaderJunk(max_lines=max_lines)


# A wire service's slug line above the story.
REMOVED += [
    pytest.param(
        f"AP-US--Trump-Impeachment, 4th Ld-Writethru\n{P_EN}",
        P_EN,
        {(N, "wire_slug")},
        {},
        id="ap-slug",
    ),
    pytest.param(
        f"BC-EU--Britain-Brexit-Election, 1st Ld-Writethru\n{P_EN}",
        P_EN,
        {(N, "wire_slug")},
        {},
        id="bc-slug",
    ),
]

KEPT += [
    pytest.param(f"AP-Wahl: Die Ergebnisse im Überblick\n{P_EN}", id="ap-as-a-word"),
    pytest.param(f"AP-US trade talks resume in Geneva\n{P_EN}", id="headline-with-ap"),
]
