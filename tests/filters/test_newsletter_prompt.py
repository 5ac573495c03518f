"""newsletter_prompt: "Sign up for our newsletter" calls to action."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.newsletter_prompt import NewsletterPrompt

N = NewsletterPrompt.name
STEP = NewsletterPrompt()

A = "The minister spoke to reporters in Brussels on Monday after the summit ended."
B = "He said the talks would resume in March, once both sides had studied the proposal."


def _prompt(line: str, first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{line}\n{second}", f"{first}\n{second}", {(N, "newsletter")}, {}, id=line[:40]
    )


REMOVED = [
    _prompt("Sign up for our daily newsletter to get the headlines in your inbox."),
    _prompt("Newsletter"),
    _prompt("Subscribe to our morning briefing"),
    _prompt("Get the latest news delivered to your inbox"),
    _prompt("Enter your email address to receive our updates"),
    _prompt("Don't miss a story: sign up for our free newsletter"),
    _prompt(
        "Jetzt den Newsletter abonnieren",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt(
        "Inscrivez-vous à notre newsletter",
        "Le ministre s'est exprimé lundi.",
        "Les discussions reprendront.",
    ),
    _prompt(
        "Suscríbete a nuestro boletín diario",
        "El ministro habló el lunes.",
        "Las conversaciones seguirán.",
    ),
    _prompt(
        "Iscriviti alla newsletter", "Il ministro ha parlato lunedì.", "I colloqui riprenderanno."
    ),
    _prompt(
        "Schrijf je in voor onze nieuwsbrief",
        "De minister sprak maandag.",
        "De gesprekken gaan door.",
    ),
    # A sign-up widget's own lines.
    _prompt("Thanks for signing up!"),
    _prompt("Keep an eye on your inbox."),
    _prompt("Please enter a valid email address."),
    _prompt("Email address"),
    _prompt(
        "Vielen Dank für Ihre Anmeldung!",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    _prompt(
        "Merci pour votre inscription !",
        "Le ministre s'est exprimé lundi.",
        "Les discussions reprendront.",
    ),
    _prompt(
        "Gracias por suscribirte", "El ministro habló el lunes.", "Las conversaciones seguirán."
    ),
    # A hook question, then the call to action.
    _prompt("Want more stories like this? Get our free weekly newsletter."),
    _prompt("Enjoyed this story? Sign up for our Brussels briefing newsletter."),
    _prompt(
        "Mit unserem Newsletter erhalten Sie monatlich Informationen rund um das Reiseland "
        "und eine Auswahl exklusiver Angebote!",
        "Der Minister sprach am Montag.",
        "Die Gespräche gehen weiter.",
    ),
    pytest.param(
        f"{A}\nCity Hall Newsletter\nSign up to get the best stories of the week, as picked by "
        f"the editors.\n{B}",
        f"{A}\n{B}",
        {(N, "newsletter")},
        {},
        id="heading-then-call-to-action",
    ),
]

WIDGET = "\n".join(["Sign up", "Email address", "Subscribe now", "Thanks for signing up!"])
REMOVED += [
    pytest.param(f"{A}\n{WIDGET}\n{B}", f"{A}\n{B}", {(N, "newsletter")}, {}, id="widget-block"),
    # A call to action closing a paragraph is cut off; the sentence before it stays.
    pytest.param(
        f"{A}\nReporters traced where the money came from. "
        "Sign up for our investigations newsletter."
        f"\n{B}",
        f"{A}\nReporters traced where the money came from.\n{B}",
        {(N, "newsletter")},
        {},
        id="later-sentence-cut",
    ),
    pytest.param(
        "Le ministre s'est exprimé lundi.\n"
        "Les syndicats ont réagi. Inscrivez-vous à notre newsletter.",
        "Le ministre s'est exprimé lundi.\nLes syndicats ont réagi.",
        {(N, "newsletter")},
        {},
        id="fr-later-sentence-cut",
    ),
]

KEPT = [
    pytest.param(
        f"{A}\nRise of the Newsletter\nGet used to paying for writers you like, she said, "
        f"because the advertising money has gone elsewhere.\n{B}",
        id="subheading-ending-in-newsletter-then-get",
    ),
    pytest.param(
        f"{A}\nCity Hall Newsletter\nThe mayor's office sends it to 40,000 residents every "
        f"week.\n{B}",
        id="heading-without-call-to-action",
    ),
    pytest.param(
        f"{A}\nThe newsletter reported on Monday that the company would cut jobs.\n{B}",
        id="the-newsletter-reported",
    ),
    pytest.param(f"{A}\nGet the facts: inflation fell to 3% in June.\n{B}", id="get-the-facts"),
    pytest.param(
        f"{A}\nSubscribers received an email from the company on Friday saying the service "
        f"would close.\n{B}",
        id="subscribers-received-an-email",
    ),
    pytest.param(
        f"{A}\nGetting an email from the tax office is rarely good news.\n{B}",
        id="getting-an-email",
    ),
    pytest.param(
        f"{A}\nJoint statements were sent by email to all member states.\n{B}", id="joint-email"
    ),
    pytest.param(f"{A}\nWanted posters were emailed to every police station.\n{B}", id="wanted"),
    pytest.param(
        f"{A}\nThe Daily Briefing newsletter has 2 million readers.\n{B}", id="newsletter-readers"
    ),
    pytest.param(
        "Der Minister sprach am Montag.\nJetzt ist klar: Die Inflation sinkt weiter.", id="de-jetzt"
    ),
    pytest.param(
        "Le ministre s'est exprimé lundi.\nRecevez-vous des aides ? Le gouvernement répond.",
        id="fr-recevez-no-newsletter",
    ),
    pytest.param(
        f"{A}\nCheck your inbox for a letter from the tax office, the minister said.\n{B}",
        id="check-your-inbox-sentence",
    ),
    pytest.param(
        f"{A}\nThanks for signing up to volunteer, the mayor told the crowd.\n{B}",
        id="thanks-for-signing-up-to-volunteer",
    ),
    pytest.param(
        f"{A}\nSign up sheets were posted at the town hall on Monday.\n{B}", id="sign-up-sheets"
    ),
    pytest.param(
        f"{A}\nHe never checked his email. Get a grip, his boss told him.\n{B}",
        id="later-sentence-get-a-grip",
    ),
    pytest.param(
        f"{A}\nVoters were angry. Get out and vote, the mayor said in an email.\n{B}",
        id="later-sentence-email-after-comma",
    ),
    pytest.param(
        "Der Minister sprach am Montag.\nDie E-Mail-Adresse des Ministers wurde gehackt, "
        "teilte die Polizei mit.",
        id="de-e-mail-adresse-sentence",
    ),
]


# German openings: "Zum Newsletter anmelden", "Lass dir … in dein Postfach schicken".
REMOVED += [
    _prompt(
        "Zum Newsletter anmelden",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche sollen im März weitergehen.",
    ),
    _prompt(
        "Hol dir den kostenlosen Newsletter mit den wichtigsten Nachrichten des Tages.",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche sollen im März weitergehen.",
    ),
]

KEPT += [
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nLass dir Zeit, sagte die Trainerin zu ihrem "
        "Schützling.\nDie Gespräche sollen im März weitergehen.",
        id="de-lass-dir-zeit",
    ),
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nZum Newsletter des Ministeriums hatten sich "
        "bis Ende Mai mehr als 40.000 Menschen angemeldet, teilte eine Sprecherin am Montag mit, "
        "doppelt so viele wie im Vorjahr.\nDie Gespräche sollen im März weitergehen.",
        id="de-zum-newsletter-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_max_tokens_is_configurable() -> None:
    assert_kept(NewsletterPrompt(max_tokens=3), f"{A}\nSubscribe to our morning briefing\n{B}")


@pytest.mark.parametrize("max_tokens", [0, -5])
def test_invalid_configuration(max_tokens: int) -> None:
    with pytest.raises(ValueError, match="newsletter_prompt"):
        NewsletterPrompt(max_tokens=max_tokens)


# The inbox in other words: "bandeja de entrada", "boîte de réception".  (Not German
# "Posteingang": "Jetzt landen solche Mails im Posteingang von Behörden" is news.)
REMOVED += [
    _prompt(
        "Inscrivez-vous pour recevoir l'essentiel de l'actualité dans votre boîte de réception.",
        "Le ministre s'est exprimé lundi à Bruxelles.",
        "Les discussions reprendront en mars.",
    ),
    _prompt(
        "Recibe las noticias más importantes cada mañana en tu bandeja de entrada.",
        "El ministro habló el lunes en Bruselas.",
        "Las conversaciones seguirán en marzo.",
    ),
]

# A blog's follow box (WordPress's wording), its comma part of the message.
REMOVED += [
    _prompt(
        "Gib deine E-Mail-Adresse ein, um diesem Blog zu folgen und per E-Mail "
        "Benachrichtigungen über neue Beiträge zu erhalten.",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche gehen im März weiter.",
    ),
]

KEPT += [
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nPhishing-Mails landen oft im Posteingang von "
        "Behörden, warnte das BSI.\nDie Gespräche sollen im März weitergehen.",
        id="de-posteingang-sentence",
    ),
]


# A box's message with more words after it, and a box's heading, pitch and message.
REMOVED += [
    _prompt("Keep an eye on your inbox for the latest sports news."),
    _prompt("Thank you for signing up to Harbour Weekly. You will receive a verification email."),
    pytest.param(
        f"{A}\nHarbour Weekly Newsletter\nThe week's big stories and the best of our sport "
        f"coverage.\nKeep an eye on your inbox for the latest news.\n{B}",
        f"{A}\n{B}",
        {(N, "newsletter")},
        {},
        id="heading-pitch-message",
    ),
    _prompt(
        "Lust auf mehr? Lass dir die besten Geschichten jede Woche in deinen Posteingang liefern.",
        "Der Minister sprach am Montag in Brüssel.",
        "Die Gespräche sollen im März weitergehen.",
    ),
]

KEPT += [
    pytest.param(
        f"{A}\nHarbour Weekly Newsletter\nThe paper's editor told staff on Monday that the print "
        f"edition would close.\nHe said the talks would resume in March.\n{B}",
        id="newsletter-heading-over-paragraphs",
    ),
    pytest.param(
        "Der Minister sprach am Montag in Brüssel.\nLass dir Zeit mit der Antwort, sagte sie, "
        "die Mails landen ohnehin in deinem Posteingang.\nDie Gespräche sollen im März "
        "weitergehen.",
        id="de-in-deinem-posteingang",
    ),
]
