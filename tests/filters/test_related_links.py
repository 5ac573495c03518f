"""related_links: a "Related" heading and the teasers under it (to the end, or an inline box)."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner import Document
from cleaner.filters.related_links import RelatedLinks

N = RelatedLinks.name
R = {(N, "related_links")}
STEP = RelatedLinks()

P_EN = (
    "The talks will resume in March in Geneva, a spokesperson for the foreign ministry said on "
    "Monday."
)
P2_EN = "Both sides said they were ready to compromise on the border question, but gave no details."
P_DE = (
    "Die Bundesregierung will die Steuern für kleine Einkommen senken, teilte das "
    "Finanzministerium mit."
)
P_FR = (
    "Le gouvernement a présenté mercredi son projet de budget pour 2024, marqué par des économies."
)
P_ES = (
    "El Gobierno aprobó el martes una nueva ley de vivienda que limita el precio de los alquileres."
)
P_RU = (
    "Министерство обороны сообщило в понедельник о завершении совместных учений с Китаем в "
    "Японском море."
)
P_JA = "岸田文雄首相は20日、防衛費を大幅に増額する方針を表明し、国会で与野党の議論が始まった。"

REMOVED = [
    pytest.param(
        f"{P_EN}\nRelated\nRadarOnline\nPutin's Plot Against America: Washington Fears Hybrid "
        "Tactics\n"
        "President Joe Biden and other Western leaders are worried Putin will...",
        P_EN,
        R,
        {},
        id="publisher-headline-teaser",
    ),
    pytest.param(
        f"{P_EN}\n{P2_EN}\nRelated Articles:\nOil prices climb as supply fears grow\n"
        "Central bank signals further rate rises\nMarkets rally after jobs report",
        f"{P_EN}\n{P2_EN}",
        R,
        {},
        id="related-articles-headlines",
    ),
    pytest.param(
        f"{P_EN}\nYou may also like\nThe hidden cost of cheap flights...\nWhy Europe's farmers "
        "are angry...",
        P_EN,
        R,
        {},
        id="truncated-teasers",
    ),
    pytest.param(
        f"{P_EN}\nMore from The Daily Planet\nCity council approves new budget\n3 hours ago\n"
        "Flooding closes main bridge\n2023-07-20",
        P_EN,
        R,
        {},
        id="more-from-site-with-stamps",
    ),
    pytest.param(
        f"{P_DE}\nMehr zum Thema\nInflation sinkt auf 3 Prozent\nRegierung plant Rentenreform",
        P_DE,
        R,
        {},
        id="de",
    ),
    pytest.param(
        f"{P_DE}\nÄhnliche Beiträge\nInflation sinkt auf 3 Prozent\n12. März 2023\n"
        'In "Wirtschaft"',
        P_DE,
        R,
        {},
        id="de-wordpress-related-posts",
    ),
    pytest.param(
        f"{P_FR}\nLire aussi\nLe Sénat adopte la réforme des retraites\nGrève à la SNCF ce "
        "week-end",
        P_FR,
        R,
        {},
        id="fr",
    ),
    pytest.param(
        f"{P_ES}\nNoticias relacionadas\nEl paro baja en junio\nSánchez convoca elecciones",
        P_ES,
        R,
        {},
        id="es",
    ),
    pytest.param(
        f"{P_RU}\nЧитайте также\nЦБ повысил ключевую ставку\nВ Москве открылся новый парк",
        P_RU,
        R,
        {},
        id="ru",
    ),
    pytest.param(f"{P_JA}\n関連記事\n防衛費、過去最大に\n首相が訪米へ", P_JA, R, {}, id="ja"),
    pytest.param(
        f"{P_EN}\nRead More\nOil prices climb as supply fears grow\nMarkets rally after jobs "
        "report\n"
        f"{P2_EN}\n{P_EN}\nMost Popular\nFlooding closes main bridge\nCity council approves budget",
        f"{P_EN}\n{P2_EN}\n{P_EN}",
        R,
        {},
        id="inline-box-then-article-goes-on",
    ),
]

KEPT = [
    pytest.param(
        f"{P_EN}\nRelated:\nStarship and Super Heavy in Pictures\nThe five companies join nine "
        "others\nselected by the agency in 2018\n, bringing the total number of private moon "
        "lander hopefuls to 14 firms.\nImage 1 of 5\nImage 2 of 5\nImage 3 of 5",
        id="naive-text-going-on-after-an-inline-box",
    ),
    pytest.param(
        f"{P_EN}\nRelated research shows that sleep affects memory, the authors wrote in the "
        "journal.\n"
        f"{P2_EN}",
        id="related-research-shows",
    ),
    pytest.param(f"{P_EN}\nTrending\n{P2_EN}\n{P_EN}", id="subheading-followed-by-paragraphs"),
    pytest.param(
        f"{P_EN}\nRelated\nOil prices climb as supply fears grow\n{P2_EN}\n{P_EN}\n{P2_EN}",
        id="inline-box-then-more-article",
    ),
    pytest.param(
        f"Related\nOil prices climb\nMarkets rally\n{P_EN}", id="no-paragraph-before-heading"
    ),
    pytest.param(f"{P_EN}\nLatest news\n{P2_EN}", id="heading-then-one-paragraph"),
    pytest.param(
        f"{P_EN}\nMost popular\nThe measure is popular with voters, polls show.",
        id="heading-one-line",
    ),
    pytest.param(
        f"{P_DE}\nMehr zum Thema Inflation lesen Sie morgen in unserer Analyse.", id="de-sentence"
    ),
    pytest.param(
        f"{P_FR}\nÀ lire aussi dans le rapport : les chiffres du chômage ont baissé en juin.",
        id="fr-sentence",
    ),
    pytest.param(
        f"{P_EN}\nSee also the 2019 report on the same subject, which reached similar conclusions.",
        id="see-also-sentence",
    ),
]


# Teasers behind list markers; what is left of a list whose teasers were not extracted.
REMOVED += [
    pytest.param(
        f"{P_DE}\nLesen Sie auch die folgenden Beiträge:\n- Warum Unternehmen ihre Prozesse "
        "digitalisieren\n- Der Arbeitsmarkt bleibt robust\n- Fachkräftemangel in der Pflege",
        P_DE,
        R,
        {},
        id="de-bulleted-teasers",
    ),
    pytest.param(
        f"{P_ES}\nNotas relacionadas\nEl paro baja en junio por tercer mes consecutivo\n{P_ES}\n"
        "Sánchez convoca elecciones anticipadas para julio",
        P_ES,
        R,
        {},
        id="es-notas-relacionadas-with-summary",
    ),
    pytest.param(f"{P_DE}\n{P_DE}\nDas könnte Sie auch interessieren:", f"{P_DE}\n{P_DE}", R, {},
                 id="heading-on-the-last-line"),
    pytest.param(
        f"{P_EN}\n{P2_EN}\nRecommended\nOil prices climb as supply fears grow",
        f"{P_EN}\n{P2_EN}",
        R,
        {},
        id="heading-and-one-teaser-at-the-end",
    ),
    pytest.param(
        f"{P_EN}\nFurther reading:\n- The hidden cost of cheap flights\n- Why farmers are angry\n"
        f"{P2_EN}",
        f"{P_EN}\n{P2_EN}",
        R,
        {},
        id="bulleted-list-ends-with-its-last-item",
    ),
]

KEPT += [
    pytest.param(
        f"{P_EN}\nSee also\n- Golem, a decentralised computer that anyone can use.\n"
        "- Learn what you need to set up your node:\n- Write your own app with the API:\n"
        "Environment variables\n- API_URL, base URL of the REST API, e.g. http://localhost:7500\n"
        "- APP_KEY, the key to use, e.g. a70facb9",
        id="see-also-bulleted-documentation",
    ),
    pytest.param(
        f"{P_EN}\nRecommended\nThe committee recommends three changes to the law.",
        id="heading-then-a-sentence-at-the-end",
    ),
    pytest.param(f"Related\n{P_EN}", id="heading-first-no-paragraph-before"),
]


REMOVED += [
    pytest.param(
        f"{P_DE}\nBeiträge aus dem Forum\nNeue Grafikkarte läuft heiß\nRouter verliert Verbindung",
        P_DE,
        R,
        {},
        id="de-forum-posts",
    ),
]


# A site's excerpts, cut off at the same word count (20 words, then "[…]").
EXCERPT_A = (
    "Jen Wang is several kinds of excellent comics person, from her graphic novels to the "
    "adaptation of my story […]"
)
EXCERPT_B = (
    "Want to build your own website? Even for a modest personal site, it was once the case "
    "that you […]"
)
WHOLE_POST = "The latest podcast from the network is about a family that held on to power."

REMOVED += [
    pytest.param(
        f"{P_EN}\n{P2_EN}\n{EXCERPT_A}\n{WHOLE_POST}\n{EXCERPT_B}",
        f"{P_EN}\n{P2_EN}",
        {(N, "excerpts")},
        {},
        id="excerpt-list-without-heading",
    ),
    pytest.param(
        f"{P_EN}\n{P2_EN}\nMore podcasts to hear this week\n{EXCERPT_A}\n{EXCERPT_B}\nLoad more",
        f"{P_EN}\n{P2_EN}",
        {(N, "excerpts")},
        {},
        id="excerpt-list-with-title-and-load-more",
    ),
]

KEPT += [
    # KEPT: one excerpt, two of different lengths, one excerpt printed twice, excerpts
    # with the article going on under them, excerpts before any paragraph
    pytest.param(f"{P_EN}\n{P2_EN}\n{EXCERPT_A}", id="one-excerpt"),
    pytest.param(f"{P_EN}\n{EXCERPT_A}\n{EXCERPT_B[:-4]} and more […]", id="two-lengths"),
    pytest.param(f"{P_EN}\n{EXCERPT_A}\n{P2_EN}\n{EXCERPT_A}", id="one-excerpt-printed-twice"),
    pytest.param(f"{P_EN}\n{EXCERPT_A}\n{EXCERPT_B}\n{P2_EN}\n{P_EN}", id="article-goes-on"),
    pytest.param(f"{EXCERPT_A}\n{EXCERPT_B}", id="excerpts-only"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_min_teasers_is_configurable() -> None:
    text = (
        f"{P_EN}\nRelated\nOil prices climb as supply fears grow\nMarkets rally after jobs report"
    )
    assert_removed(STEP, text, P_EN, R, {})
    assert_kept(RelatedLinks(min_teasers=3), text)


_RATES = (
    "The central bank raised its main interest rate on Thursday for the third time this year.",
    "Economists had expected the move, although some had warned that a pause would be wiser.",
    "The bank's governor said further increases could not be ruled out if prices kept rising.",
    "Markets reacted calmly, with the currency barely moving against the dollar in London.",
)


@pytest.mark.parametrize(
    "lines",
    [
        pytest.param(
            [_RATES[0], "READ MORE", "Why the Fed keeps raising rates", _RATES[1], "READ MORE",
             "Markets slide as inflation fears grow", _RATES[2], "Related",
             "Oil prices climb again", _RATES[3]],
            id="inline-boxes-between-paragraphs",
        ),
        pytest.param(
            [_RATES[0], "Read more", "Why the Fed keeps raising rates", _RATES[1],
             "What the governor said", _RATES[2], "How markets took it", _RATES[3]],
            id="box-then-subheadings-over-single-paragraphs",
        ),
    ],
)
def test_the_article_going_on_after_inline_boxes_stays(lines: list[str]) -> None:
    body = STEP(Document.from_text("\n".join(lines))).body
    assert all(paragraph in body for paragraph in _RATES)


def test_long_teaser_summaries_after_a_short_text_stay() -> None:
    text = f"{_RATES[0]}\nRelated\nFed holds\n{_RATES[1]} {_RATES[2]}\nOil climbs\n{_RATES[3]}"
    assert_kept(STEP, text)
    assert_removed(RelatedLinks(max_text_share=10.0), text, _RATES[0], R, {})


@pytest.mark.parametrize(
    "settings",
    [{"min_teasers": 0}, {"min_share": -0.1}, {"min_share": 1.5}, {"max_text_share": -1}],
)
def test_invalid_configuration(settings: dict) -> None:
    with pytest.raises(ValueError, match="related_links"):
        RelatedLinks(**settings)


# Headings one after another at the end: each is what is left of a list (found by the
# conformance battery: the last went first, the one above it only on a second run).
REMOVED += [
    pytest.param(f"{P_EN}\nRelated\nRelated", P_EN, R, {}, id="two-headings-at-the-end"),
    pytest.param(
        f"{P_EN}\nRecommended\nOil prices climb as supply fears grow\nRead more",
        P_EN,
        R,
        {},
        id="heading-and-one-teaser-then-a-heading-at-the-end",
    ),
]


# Headings in more wordings: a page's "see also" lists, left at the end without their teasers.
REMOVED += [
    pytest.param(f"{P_EN}\n{P_EN}\n{heading}", f"{P_EN}\n{P_EN}", R, {}, id=heading)
    for heading in (
        "Mirá también",
        "Videos zum Thema",
        "Vidéos sur le sujet",
        "Recent Posts",
        "Popular Posts",
        "Mehr zu diesem Thema",
        "Diese Artikel könnten dich auch interessieren:",
        "Diese Artikel könnten dich ebenfalls interessieren:",
        "Das könnte euch auch interessieren",
        "Weitere Themen",
        "Unsere Empfehlungen",
        "Lue seuraavaksi:",
        "À découvrir aussi",
    )
]
