"""cookie_notice: cookie-consent lines ("cookie" plus at least two consent words)."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.cookie_notice import CookieNotice

N = CookieNotice.name
STEP = CookieNotice()

A = "The minister spoke to reporters in Brussels on Monday after the summit ended."


def _banner(line: str, body: str = A) -> pytest.param:
    return pytest.param(f"{line}\n{body}", body, {(N, "cookie")}, {}, id=line[:40])


REMOVED = [
    _banner("We use cookies to improve your experience. By continuing you accept our policy."),
    _banner("This website uses cookies to ensure you get the best experience. Accept"),
    _banner("By using this site you agree to our use of cookies."),
    _banner("Manage cookie settings and preferences"),
    _banner("Cookie settings | Privacy policy"),
    _banner(
        "Wir verwenden Cookies, um Ihnen ein optimales Erlebnis zu bieten. Akzeptieren",
        "Der Minister sprach am Montag in Brüssel.",
    ),
    _banner(
        "Nous utilisons des cookies pour améliorer votre expérience. Accepter",
        "Le ministre s'est exprimé lundi à Bruxelles.",
    ),
    _banner(
        "Utilizamos cookies propias y de terceros. Si continúa navegando, aceptar",
        "El ministro habló el lunes en Bruselas.",
    ),
    _banner(
        "Utilizziamo i cookie per migliorare la tua esperienza. Accetta",
        "Il ministro ha parlato lunedì a Bruxelles.",
    ),
    _banner("Wij gebruiken cookies. Accepteren", "De minister sprak maandag in Brussel."),
    pytest.param(
        f"{A}\nWe use cookies and similar technologies. Manage your preferences or accept all.",
        A,
        {(N, "cookie")},
        {},
        id="at-the-end",
    ),
]

KEPT = [
    pytest.param(f"{A}\nBake the cookies for 12 minutes and let them cool.", id="recipe"),
    pytest.param(f"{A}\nGirl Scout cookie sales reached a record this year.", id="cookie-sales"),
    pytest.param(f"{A}\nCookies are small files, experts explain.", id="one-context-word"),
    pytest.param(
        f"{A}\nThe fine concerned cookies placed without consent, the regulator said.",
        id="regulator-one-context-word",
    ),
    pytest.param(
        f"{A}\nWe use a lot of butter, the baker said, showing her cookies.",
        id="we-use-butter-cookies",
    ),
    pytest.param(f"{A}\nDie Kekse (Cookies) schmecken nach Zimt.", id="de-kekse"),
    pytest.param(
        f"{A}\nLes cookies au chocolat sont les préférés des enfants.", id="fr-cookies-au-chocolat"
    ),
    pytest.param(
        f"{A}\nThe privacy debate is about more than consent, she said.", id="privacy-no-cookie"
    ),
    pytest.param(
        f"{A}\nThe privacy regulator fined the company for placing cookies without consent.",
        id="news-regulator-fine",
    ),
    pytest.param(
        f"{A}\nGoogle will phase out third-party cookies in Chrome, the company said, citing "
        "privacy concerns.",
        id="news-third-party-cookies",
    ),
    pytest.param(
        f"{A}\nDie Datenschutzbehörde kritisiert Cookies ohne Zustimmung der Nutzer scharf.",
        id="de-news-datenschutz",
    ),
]


# A blocked embed's placeholder, speaking to the reader.
REMOVED += [
    pytest.param(
        f"{A}\nClick the button below to load the content from www.example.com.",
        A,
        {(N, "embed")},
        {},
        id="embed-en",
    ),
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nKlicken Sie auf den unteren Button, um den "
        "Inhalt von www.example.de zu laden.",
        "Der Minister sprach am Montag in Brüssel.",
        {(N, "embed")},
        {},
        id="embed-de",
    ),
    pytest.param(
        "Le ministre s'est exprimé lundi à Bruxelles.\nCliquez ici pour afficher ce contenu.",
        "Le ministre s'est exprimé lundi à Bruxelles.",
        {(N, "embed")},
        {},
        id="embed-fr",
    ),
]

_DE = "Der Stadtrat will im März erneut über den Bebauungsplan abstimmen, sagte ein Sprecher."
_PANEL = (
    "Cookie-Zustimmung verwalten\nWir verwenden Technologien wie Cookies, um "
    "Geräteinformationen zu speichern.\nFunktional\nImmer aktiv\n"
    "Die technische Speicherung oder der Zugang ist unbedingt erforderlich für den rechtmäßigen "
    "Zweck, die Nutzung eines bestimmten Dienstes zu ermöglichen.\nStatistiken\n"
    "Notwendige Cookies sind für das Funktionieren der Website absolut notwendig, heißt es.\n"
    "Zustimmung verwalten"
)

REMOVED += [
    pytest.param(
        f"{_DE}\n{_DE}\n{_PANEL}", f"{_DE}\n{_DE}", {(N, "cookie_panel")}, {},
        id="de-consent-panel-closing-the-page",
    ),
]

KEPT += [
    pytest.param(
        f"{_DE}\nCookie-Einstellungen\nWerbefirmen verfolgen Nutzer mit Cookies über viele "
        "Webseiten hinweg, kritisieren Verbraucherschützer seit Jahren.\nNun will die EU "
        "Cookies von Drittanbietern verbieten, wie die Kommission am Montag mitteilte.\nDie "
        "Branche warnt vor Einbußen, wenn solche Cookies wegfallen, und droht mit Klagen.\n"
        "Auch Datenschützer sind mit dem Entwurf unzufrieden, weil er Ausnahmen vorsieht.",
        id="de-cookie-subheading-in-a-story",
    ),
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nUm den Inhalt von Verträgen zu prüfen, "
        "braucht die Behörde mehr Personal, sagte sie.",
        id="de-um-den-inhalt-von-sentence",
    ),
    pytest.param(
        f"{A}\nThe company said it would block apps that load external content from unsafe "
        "servers.",
        id="load-external-content-news",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_min_context_is_configurable() -> None:
    line = "We use cookies to improve your experience. By continuing you accept our policy."
    assert_kept(CookieNotice(min_context=9), f"{line}\n{A}")


@pytest.mark.parametrize("min_context", [0, -1])
def test_invalid_configuration(min_context: int) -> None:
    with pytest.raises(ValueError, match="cookie_notice"):
        CookieNotice(min_context=min_context)
