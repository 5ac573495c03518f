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
]

KEPT = [
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
