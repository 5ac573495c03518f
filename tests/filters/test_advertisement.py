"""advertisement: lines that are only an advertisement marker, in any phrase-pack language."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.advertisement import Advertisement

N = Advertisement.name
STEP = Advertisement()

A = "The minister spoke to reporters in Brussels on Monday after the summit ended."
B = "He said the talks would resume in March, once both sides had studied the proposal."


def _ad(marker: str, first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{marker}\n{second}", f"{first}\n{second}", {(N, "advertisement")}, {}, id=marker
    )


REMOVED = [
    _ad("Advertisement"),
    _ad("ADVERTISEMENT"),
    _ad("- Advertisement -"),
    _ad("Story continues below advertisement"),
    _ad("Article continues below"),
    _ad("Scroll to continue with content"),
    _ad(
        "Anzeige",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche sollen im März weitergehen.",
    ),
    _ad(
        "Artikel wird unter der Anzeige fortgesetzt",
        "Der Minister sprach am Montag.",
        "Er sagte nichts.",
    ),
    _ad(
        "Publicité",
        "Le ministre s'est exprimé lundi à Bruxelles.",
        "Les discussions reprendront en mars.",
    ),
    _ad(
        "Publicidad",
        "El ministro habló el lunes en Bruselas.",
        "Las conversaciones se reanudarán en marzo.",
    ),
    _ad(
        "Pubblicità",
        "Il ministro ha parlato lunedì a Bruxelles.",
        "I colloqui riprenderanno a marzo.",
    ),
    _ad(
        "Реклама", "Министр выступил в понедельник в Брюсселе.", "Переговоры возобновятся в марте."
    ),
    _ad("広告", "首相は月曜日にブリュッセルで記者団に語った。", "協議は3月に再開される。"),
    pytest.param(
        f"ADVERTISEMENT\n{A}\nAdvertisement\n{B}\nAdvertisement",
        f"{A}\n{B}",
        {(N, "advertisement")},
        {},
        id="several-markers",
    ),
    # A marker in capitals labelling the rest of the line.
    _ad(
        "ANZEIGE - Heute mal ausgehen/bestellen? Wie wäre es mit:",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche sollen im März weitergehen.",
    ),
    _ad("ADVERTISEMENT – Star Tours"),
    _ad("REKLAMA: Sprawdź nasze oferty", "Minister mówił w poniedziałek.", "Rozmowy potrwają."),
]

KEPT = [
    pytest.param(
        f"{A}\nAdvertisement spending rose 8% in 2023, according to the industry group.\n{B}",
        id="advertisement-sentence",
    ),
    pytest.param(f"{A}\nAd hoc committees met on Friday to review the budget.\n{B}", id="ad-hoc"),
    pytest.param(
        f"{A}\nSponsored by the state, the programme reached 2 million pupils.\n{B}",
        id="sponsored-by",
    ),
    pytest.param(f"{A}\nThe advertising industry\n{B}", id="advertising-subheading"),
    pytest.param(
        "Der Fall ging an die Staatsanwaltschaft.\nAnzeige gegen Unbekannt erstattet\n"
        "Die Polizei ermittelt.",
        id="de-anzeige-criminal-complaint",
    ),
    pytest.param(
        "La publicité en ligne a progressé de 8 % en 2023.\nLes annonceurs sont prudents.",
        id="fr-publicite-sentence",
    ),
    pytest.param(
        "Reklama polityczna w telewizji publicznej budzi kontrowersje.", id="pl-reklama-sentence"
    ),
    pytest.param(
        f"{A}\nStory continues below the fold, as editors used to say.\n{B}",
        id="continues-sentence",
    ),
    pytest.param(
        f"{A}\n“Advertisement,” he said, “is not the same as news.”\n{B}", id="quoted-word"
    ),
    pytest.param(
        "Der Vortrag hatte drei Teile.\nWerbung – Zielgruppe und Bedürfnisse\n"
        "Wer wirbt, muss zuerst wissen, wen er erreichen will.",
        id="de-werbung-subheading",
    ),
    pytest.param(
        "Die Polizei ermittelt.\nAnzeige: Der Fahrer muss mit einer Strafe rechnen.",
        id="de-anzeige-not-in-capitals",
    ),
    pytest.param(f"{A}\nAD – the year count used in the chronicle\n{B}", id="short-capitals"),
]


# Advertising disclosures at the top or bottom of the page.
REMOVED += [
    pytest.param(
        f"Anzeige, enthält Affiliate Links\n{A}\n{B}",
        f"{A}\n{B}",
        {(N, "disclosure")},
        {},
        id="de-affiliate-top",
    ),
    pytest.param(
        f"{A}\n{B}\nThis post contains affiliate links. We may earn a commission if you buy "
        "through them.",
        f"{A}\n{B}",
        {(N, "disclosure")},
        {},
        id="en-affiliate-bottom",
    ),
    pytest.param(
        f"If you buy something through this post, the site may get a share of the sale.\n{A}\n{B}",
        f"{A}\n{B}",
        {(N, "disclosure")},
        {},
        id="en-share-of-the-sale",
    ),
    pytest.param(
        f"{A}\n{B}\nDieser Artikel kann Links zu Anbietern enthalten, von denen wir eine "
        "Provision erhalten.",
        f"{A}\n{B}",
        {(N, "disclosure")},
        {},
        id="de-provision",
    ),
    pytest.param(
        f"Este artículo contiene enlaces de afiliados.\n{A}\n{B}",
        f"{A}\n{B}",
        {(N, "disclosure")},
        {},
        id="es-enlaces-de-afiliados",
    ),
]

_DEEP = "\n".join([A, B] * 4)
KEPT += [
    pytest.param(
        f"Affiliate links are how many bloggers make money, the watchdog said.\n{A}\n{B}",
        id="affiliate-links-story-at-the-top",
    ),
    pytest.param(
        f"Retailers keep a share of the sale when shoppers buy through the app, the study found."
        f"\n{A}\n{B}",
        id="share-of-the-sale-story",
    ),
    pytest.param(
        f"{_DEEP}\nAffiliate links are how many blogs make money, the study found.\n{_DEEP}",
        id="affiliate-links-sentence-deep-in-the-story",
    ),
    pytest.param(
        f"{A}\nThe regulator said it would look at how influencers label affiliate links and "
        "sponsored posts, after complaints from consumer groups about hidden advertising in "
        "videos aimed at children, teenagers and young adults on several of the largest social "
        f"media platforms in the country this year, officials confirmed to reporters.\n{B}",
        id="long-paragraph-about-affiliate-links",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)
