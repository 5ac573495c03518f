"""share_prompt: share buttons, social-network rows and "follow us" prompts."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.share_prompt import SharePrompt

N = SharePrompt.name
STEP = SharePrompt()

A = "The minister spoke to reporters in Brussels on Monday after the summit ended."
B = "He said the talks would resume in March, once both sides had studied the proposal."


def _prompt(line: str, first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{line}\n{second}", f"{first}\n{second}", {(N, "share")}, {}, id=line
    )


REMOVED = [
    _prompt("Share this article"),
    _prompt("Facebook Twitter WhatsApp Email"),
    _prompt("Facebook | Twitter | LinkedIn"),
    _prompt("Follow us on Twitter and Facebook"),
    _prompt("Follow us on X"),
    _prompt("Share on X"),
    _prompt("Copy link"),
    _prompt("0 Comments"),
    _prompt("Click to share on Facebook (Opens in new window)"),
    _prompt("Artikel teilen", "Der Minister sprach am Montag.", "Die Gespräche gehen weiter."),
    _prompt(
        "Teilen Sie dies mit:", "Der Minister sprach am Montag.", "Die Gespräche gehen weiter."
    ),
    _prompt(
        "Folgen Sie uns auf Instagram",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt(
        "Partager cet article", "Le ministre s'est exprimé lundi.", "Les discussions reprendront."
    ),
    _prompt(
        "Suivez-nous sur Facebook",
        "Le ministre s'est exprimé lundi.",
        "Les discussions reprendront.",
    ),
    _prompt("Compartir", "El ministro habló el lunes.", "Las conversaciones seguirán."),
    _prompt("分享", "首相は月曜日に記者団に語った。", "協議は3月に再開される。"),
    # A follow prompt that names where to follow, the networks ending the line.
    _prompt("Follow The Daily Planet's opinion desk on Facebook, Twitter and Instagram."),
    _prompt("Follow us on Facebook, Twitter (@dailyplanet) and Instagram"),
    _prompt("Follow Jane Okafor on X"),
    _prompt("Subscribe to The Daily Planet on YouTube for more science news:"),
    _prompt(
        "Abonnieren Sie den Kanal des Tageblatts auf YouTube",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt(
        "Síguenos en Facebook, Twitter e Instagram",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán.",
    ),
    _prompt(
        "Folgen Sie uns auf Facebook und Instagram",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt(
        "Seguici su Facebook, Instagram e TikTok",
        "Il ministro ha parlato lunedì.",
        "I colloqui riprenderanno.",
    ),
    _prompt(
        "Siga-nos no Facebook e no Instagram",
        "O ministro falou na segunda-feira.",
        "As conversas continuam.",
    ),
    _prompt(
        "Volg ons op Facebook en Instagram",
        "De minister sprak maandag.",
        "De gesprekken gaan door.",
    ),
    # The prompt alone, the networks under it one per line.
    _prompt(
        "Síguenos en\nTelegram,\nInstagram,\nFacebook y\nTwitter",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán.",
    ),
    _prompt("Follow us\nFacebook\nX"),
    # A share line, the networks under it one per line.
    _prompt("Share this:\nTwitter\nFacebook"),
    _prompt(
        "Teilen mit:\nTwitter\nFacebook",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    # A like button, with its count or its template's placeholder.
    _prompt("Like this:\nLike Loading..."),
    _prompt("%d bloggers like this:"),
    _prompt("12 bloggers like this:"),
    _prompt(
        "Gefällt mir:\nGefällt mir Wird geladen...\n3 Bloggern gefällt das:",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt("Gefällt mir Lade...", "Der Minister sprach am Montag.", "Die Gespräche gehen weiter."),
    _prompt(
        "Me gusta Cargando...\nA 3 blogueros les gusta esto:",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán.",
    ),
    pytest.param(
        f"{A}\nShare this:\nTwitter lost a third of its users, he said.\n{B}",
        f"{A}\nTwitter lost a third of its users, he said.\n{B}",
        {(N, "share")},
        {},
        id="share-line-then-sentence-about-a-network",
    ),
]


def _closing(line: str, first: str = A, second: str = B) -> pytest.param:
    """A channel prompt among the last lines."""
    return pytest.param(
        f"{first}\n{second}\n{line}", f"{first}\n{second}", {(N, "channel")}, {}, id=line
    )


REMOVED += [
    _closing("Don't miss a video: subscribe to our YouTube channel!"),
    _closing("Download our app for the latest headlines."),
    _closing(
        "¿Ya sabías que tenemos canal de Telegram? Únete desde tu celular.",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán en marzo.",
    ),
    _closing(
        "¡Mira lo que tiene nuestro canal de YouTube!",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán en marzo.",
    ),
    _closing(
        "Abonniere jetzt unseren WhatsApp-Kanal und verpasse keine Nachricht mehr.",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen im März weiter.",
    ),
    _closing(
        "Rejoignez notre chaîne Telegram pour ne rien manquer.",
        "Le ministre s'est exprimé lundi.",
        "Les discussions reprendront en mars.",
    ),
    pytest.param(
        f"{A}\n{B}\nFollow us on Twitter\nAbonnez-vous à notre chaîne YouTube",
        f"{A}\n{B}",
        {(N, "share"), (N, "channel")},
        {},
        id="share-line-does-not-use-up-the-window",
    ),
]

KEPT = [
    pytest.param(
        f"{A}\nShare prices fell 3% on Tuesday after the announcement.\n{B}", id="share-prices"
    ),
    pytest.param(
        f"{A}\nFacebook and Twitter have both been fined by the EU regulator.\n{B}",
        id="networks-in-sentence",
    ),
    pytest.param(f"{A}\nFollow the money, the investigators said.\n{B}", id="follow-the-money"),
    pytest.param(f"{A}\nFollow-up talks are planned for next week.\n{B}", id="follow-up"),
    pytest.param(
        f"{A}\nSubscribe to the channel and its videos follow on YouTube every week, he told "
        f"the court, before the clips were removed for good.\n{B}",
        id="subscribe-in-a-sentence",
    ),
    pytest.param(
        f"{A}\nSubscribers to the channel on YouTube rose to two million this year.\n{B}",
        id="subscribers",
    ),
    pytest.param(f"{A}\nShare and share alike, the mayor joked.\n{B}", id="share-alike"),
    pytest.param(
        f"{A}\nTweet by tweet, the feud escalated over the weekend.\n{B}", id="tweet-by-tweet"
    ),
    pytest.param(
        f"{A}\nFollow us on a journey through the Alps, the tour guide said.\n{B}",
        id="follow-us-on-a-journey",
    ),
    pytest.param(
        "Teilen statt besitzen: Carsharing boomt in Berlin.\nDie Nachfrage wächst.", id="de-teilen"
    ),
    pytest.param(
        "Partager les richesses, une idée qui progresse.\nLe débat est lancé.", id="fr-partager"
    ),
    pytest.param(f"{A}\nPrint newspapers lost readers again in 2023.\n{B}", id="print-sentence"),
    pytest.param(
        f"{A}\nThe minister announced his resignation on Facebook, Twitter and Instagram.\n{B}",
        id="networks-end-a-sentence",
    ),
    pytest.param(
        f"{A}\nFollow the news on Facebook and you would think the city was burning, he said.\n{B}",
        id="follow-networks-not-at-end",
    ),
    pytest.param(
        f"{A}\nFollowers flocked to the minister on TikTok and YouTube\n{B}",
        id="followers-on-tiktok",
    ),
    pytest.param(
        "El ministro habló el lunes.\nEl presidente anunció su dimisión en Facebook y Twitter",
        id="es-en-facebook-y-twitter",
    ),
    pytest.param(
        "Le ministre s'est exprimé lundi.\nComment ?\n« Comment ? »\n"
        "Il a répondu qu'il n'en savait rien.",
        id="fr-comment-how",
    ),
    pytest.param(
        "El ministro habló el lunes.\nSíguenos en\nLas conversaciones seguirán en marzo.",
        id="es-follow-alone-then-text",
    ),
    pytest.param(
        f"{A}\nFolge uns\nDer Bürgermeister führt die Gruppe durch die Altstadt.\n{B}",
        id="de-follow-alone-then-sentence",
    ),
    pytest.param(
        f"{A}\nWe like this plan, the mayor said of the new bridge.\n{B}",
        id="like-this-in-sentence",
    ),
    pytest.param(
        f"{A}\n12 bloggers like this author, according to the survey.\n{B}",
        id="bloggers-count-in-sentence",
    ),
    pytest.param(
        f"{A}\n{B}\nUsers can download the app for iOS and Android from Friday.",
        id="closing-line-about-an-app",
    ),
    pytest.param(
        f"{A}\n{B}\nThe ministry said its YouTube channel had been hacked on Sunday.",
        id="closing-line-about-a-channel",
    ),
    pytest.param(
        f"Subscribe to our YouTube channel, the creator urged in every video.\n{A}\n{B}\n"
        "The talks resume in March.\nBoth sides agreed.\nThe vote follows in April.",
        id="our-channel-above-the-last-lines",
    ),
    pytest.param(
        f"{A}\n{B}\nDer Konzern will seinen YouTube-Kanal im Frühjahr neu starten.",
        id="de-closing-line-about-a-channel",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)
