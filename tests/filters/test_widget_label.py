"""widget_label: the labels of page widgets alone on a line (table of contents, image viewer,
video availability)."""

from __future__ import annotations

import pytest
from support import P_DE, P_EN, P_ES, P_FR, assert_kept, assert_removed

from cleaner.filters.widget_label import WidgetLabel

N = WidgetLabel.name
R = {(N, "widget_label")}
STEP = WidgetLabel()

REMOVED = [
    pytest.param(f"Inhaltsverzeichnis\n{P_DE}", P_DE, R, {}, id="de-toc-label"),
    pytest.param(f"{P_EN}\nTable of contents:\n{P_EN}", f"{P_EN}\n{P_EN}", R, {}, id="en-toc"),
    pytest.param(f"{P_FR}\nSommaire\n{P_FR}", f"{P_FR}\n{P_FR}", R, {}, id="fr-sommaire"),
    pytest.param(f"{P_DE}\nBild anzeigen\n{P_DE}", f"{P_DE}\n{P_DE}", R, {}, id="de-bild"),
    # An Instagram embed's own label, in the reader's language.
    pytest.param(
        f"{P_DE}\nSieh dir diesen Beitrag auf Instagram an\n{P_DE}",
        f"{P_DE}\n{P_DE}",
        R,
        {},
        id="de-instagram-embed",
    ),
    pytest.param(
        f"{P_EN}\nView this post on Instagram\n{P_EN}", f"{P_EN}\n{P_EN}", R, {}, id="en-instagram"
    ),
    # Who posted it: the phrase, a name, the account, perhaps the start of a date.
    pytest.param(
        f"{P_EN}\nA post shared by Adam Ondra (@adam.ondra)\n{P_EN}",
        f"{P_EN}\n{P_EN}",
        R,
        {},
        id="en-post-shared-by",
    ),
    pytest.param(
        f"{P_DE}\nEin Beitrag geteilt von Benjamin Näßler (he/him) (@3ensta) am\n{P_DE}",
        f"{P_DE}\n{P_DE}",
        R,
        {},
        id="de-beitrag-geteilt-von",
    ),
    pytest.param(f"{P_EN}\nClick to enlarge", P_EN, R, {}, id="en-enlarge"),
    # Links back: to a gallery, a list, the page's top.
    pytest.param(f"{P_EN}\nBack to Gallery\n{P_EN}", f"{P_EN}\n{P_EN}", R, {}, id="en-gallery"),
    pytest.param(f"{P_DE}\nZurück zur Übersicht", P_DE, R, {}, id="de-zurueck-zur-uebersicht"),
    pytest.param(f"{P_DE}\nNach oben", P_DE, R, {}, id="de-nach-oben"),
    pytest.param(
        f"{P_DE}\nVideo verfügbar bis 28.02.2021", P_DE, R, {}, id="de-video-verfuegbar-bis"
    ),
    pytest.param(
        f"{P_EN}\nVideo available until 30 June 2023, 11:59 pm", P_EN, R, {}, id="en-until-time"
    ),
    pytest.param(
        f"{P_ES}\nVídeo disponible hasta el 12/05/2024", P_ES, R, {}, id="es-disponible-hasta"
    ),
    pytest.param(f"{P_DE}\nSie sind aktuell nicht eingeloggt.", P_DE, R, {}, id="de-login"),
    pytest.param(
        f"{P_EN}\nPrevious article\nNext article", P_EN, R, {}, id="en-post-navigation"
    ),
    pytest.param(f"{P_FR}\nArticle suivant", P_FR, R, {}, id="fr-article-suivant"),
    pytest.param(f"Escucha esta nota aquí\n{P_ES}", P_ES, R, {}, id="es-listen"),
    pytest.param(f"Listen to this article\n{P_EN}", P_EN, R, {}, id="en-listen"),
    pytest.param(f"{P_DE}\nVorschau auf den nächsten Artikel", P_DE, R, {}, id="de-next-preview"),
    # A gallery's counter and caption button, a page's tools, a blog's view counter.
    pytest.param(f"Image 1 of 8\nCaption\n{P_EN}", P_EN, R, {}, id="en-gallery"),
    pytest.param(f"{P_DE}\nBild 3 von 12", P_DE, R, {}, id="de-gallery-counter"),
    pytest.param(f"{P_FR}\nPhoto 2 sur 5", P_FR, R, {}, id="fr-gallery-counter"),
    pytest.param(f"Text size\nReprints\n{P_EN}", P_EN, R, {}, id="en-page-tools"),
    pytest.param(f"{P_EN}\nPost Views: 1,432", P_EN, R, {}, id="en-post-views"),
    pytest.param(f"{P_DE}\n1.432 Aufrufe", P_DE, R, {}, id="de-aufrufe"),
    pytest.param(f"{P_DE}\n1,2k Aufrufe", P_DE, R, {}, id="de-aufrufe-thousands"),
    pytest.param(f"{P_FR}\n12 345 vues", P_FR, R, {}, id="fr-vues-grouped"),
    pytest.param(f"{P_ES}\n85 visitas", P_ES, R, {}, id="es-visitas"),
    # A dialog's close button (a gallery's, a newsletter box's).
    pytest.param(f"Schließen\n{P_DE}", P_DE, R, {}, id="de-schliessen"),
    pytest.param(f"{P_EN}\nClose\n{P_EN}", f"{P_EN}\n{P_EN}", R, {}, id="en-close"),
    pytest.param(f"{P_FR}\nFermer", P_FR, R, {}, id="fr-fermer"),
]

KEPT = [
    pytest.param(f"{P_EN}\nThe video drew 1,432 views in its first hour.", id="views-sentence"),
    pytest.param(f"{P_EN}\nImage 1 of the series shows the harbour in 1900.", id="image-sentence"),
    pytest.param(f"{P_EN}\n3 of 5 voters backed the plan, the poll found.", id="count-sentence"),
    pytest.param(f"{P_EN}\nThe caption was wrong, the editor said.", id="caption-sentence"),
    pytest.param(
        f"{P_DE}\nDas Video hat 1.432 Aufrufe, sagte der Sprecher.", id="de-aufrufe-sentence"
    ),
    pytest.param(f"{P_EN}\nThe table of contents lists 40 chapters.", id="toc-sentence"),
    pytest.param(
        f"{P_DE}\nNach oben ging es für die Aktie erst am Nachmittag.", id="nach-oben-satz"
    ),
    pytest.param(
        f"{P_EN}\nView this post on Instagram before it disappears, she urged fans.",
        id="instagram-sentence",
    ),
    pytest.param(
        f"{P_EN}\nA post shared by the mayor (who later deleted it) caused outrage.",
        id="post-shared-by-sentence",
    ),
    pytest.param(f"{P_EN}\nListen to this article's author on our podcast.", id="listen-sentence"),
    pytest.param(f"{P_DE}\nInhalt\n{P_DE}", id="de-inhalt-subheading"),
    pytest.param(f"{P_EN}\nContents\n{P_EN}", id="en-contents-subheading"),
    pytest.param(
        f"{P_EN}\nThe video is available until 30 June on the broadcaster's website.",
        id="available-until-sentence",
    ),
    pytest.param(f"{P_DE}\nVerfügbar bis auf Weiteres", id="verfuegbar-bis-without-date"),
    pytest.param(f"{P_EN}\nClose the gate behind you, the sign said.", id="close-sentence"),
    pytest.param(f"{P_DE}\nSchließen Sie die Fenster bei Sturm.", id="de-schliessen-satz"),
    pytest.param(f"{P_EN}\nShow image rights were sold to a streaming service.", id="show-image"),
    pytest.param(
        f"{P_DE}\nDer nächste Artikel der Serie erscheint am Montag.", id="de-naechster-artikel"
    ),
    pytest.param(
        f"{P_EN}\nYou are not logged in to the council's portal, the clerk told him.",
        id="not-logged-in-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)
