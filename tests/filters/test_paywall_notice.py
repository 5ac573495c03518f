"""paywall_notice: the notices a paywall puts in or after the text."""

from __future__ import annotations

import pytest
from support import (
    CLOSING_DE as A_DE,
    CLOSING_EN as A,
    CLOSING_ES as A_ES,
    CLOSING_FR as A_FR,
    CLOSING_IT as A_IT,
    CLOSING_PL as A_PL,
    CLOSING_PT as A_PT,
    assert_kept,
    assert_removed,
)

from cleaner.filters.paywall_notice import PaywallNotice

N = PaywallNotice.name
R = {(N, "paywall")}
STEP = PaywallNotice()

B = "Residents have until the end of February to send their objections to the planning office."
B_DE = "Anwohner können bis Ende Februar Einwände beim Bauamt der Stadt einreichen, hieß es."
B_FR = "Les riverains ont jusqu'à fin février pour déposer leurs objections auprès de la mairie."
B_ES = "Los vecinos tienen hasta finales de febrero para presentar sus alegaciones en el registro."


def _cut(lines: str, first: str = A) -> pytest.param:
    """The story is cut off and the notice follows."""
    return pytest.param(f"{first}\n{lines}", first, R, {}, id=lines.replace("\n", " | ")[:40])


def _inside(line: str, first: str = A, second: str = B) -> pytest.param:
    """A notice that is one whole prompt stands between two paragraphs."""
    return pytest.param(f"{first}\n{line}\n{second}", f"{first}\n{second}", R, {}, id=line[:40])


REMOVED = [
    _cut("Subscribe to continue reading. Already a subscriber? Log in."),
    _cut("To continue reading, subscribe for $1 a week."),
    _cut("You have reached your limit of free articles this month."),
    _cut(
        "Get unlimited access to all our journalism for just £1 a month.\n"
        "Already a subscriber? Sign in"
    ),
    _inside("Subscribe to continue reading"),
    _inside("Already a subscriber? Log in"),
    _inside("This article is for subscribers only."),
    _inside("Bereits Abonnent? Hier anmelden", A_DE, B_DE),
    _cut(
        "Dieser Artikel ist nur für Abonnenten verfügbar.\nJetzt abonnieren und weiterlesen", A_DE
    ),
    _cut("Pour lire la suite, abonnez-vous.", A_FR),
    _inside("Déjà abonné ? Connectez-vous", A_FR, B_FR),
    _inside("Cet article est réservé aux abonnés.", A_FR, B_FR),
    _cut("Para seguir leyendo, hazte suscriptor de El Diario del Puerto.", A_ES),
    _inside("¿Ya eres suscriptor? Inicia sesión", A_ES, B_ES),
    _cut("Per continuare a leggere, abbonati a partire da 1 euro.", A_IT),
    _cut("Para continuar lendo, assine o Jornal da Serra.", A_PT),
    _cut("Treść dostępna dla subskrybentów.", A_PL),
]

KEPT = [
    pytest.param(
        f"{A}\nSubscribers to the service will pay 5 euros more a month from March.\n{B}",
        id="subscribers-to-the-service",
    ),
    pytest.param(
        f"{A}\nTo continue reading the report, the committee said it needed more time.\n{B}",
        id="to-continue-reading-inside",
    ),
    pytest.param(
        f"{A}\nAlready a subscriber to three streaming services, she cancelled one in June.",
        id="already-a-subscriber-closing-paragraph",
    ),
    pytest.param(
        f"{A}\nGet unlimited access to the park with a season ticket, the city said.\n{B}",
        id="unlimited-access-to-the-park",
    ),
    pytest.param(
        f"{A_DE}\nNur für Abonnenten gibt es künftig das Archiv, sagte der Verlag.\n{B_DE}",
        id="de-nur-fuer-abonnenten-sentence",
    ),
    pytest.param(
        f"{A_FR}\nPour lire la suite du rapport, il faudra attendre mars, dit-il.\n{B_FR}",
        id="fr-pour-lire-la-suite-du-rapport",
    ),
    pytest.param(
        f"{A_ES}\nPara seguir leyendo, el alumno necesita gafas nuevas, dijo su madre.\n{B_ES}",
        id="es-para-seguir-leyendo-sentence",
    ),
    pytest.param(
        f"{A}\nThe paper said 40,000 readers had reached their limit of free articles in May.",
        id="limit-not-at-start",
    ),
]


# "To view the full story …" and membership offers where the text is cut off.
REMOVED += [
    _cut("To view the full story, please subscribe to The Daily Planet."),
    _cut("HAZTE MIEMBRO Y DISFRUTA DE BENEFICIOS EXCLUSIVOS", A_ES),
]

KEPT += [
    pytest.param(
        f"{A}\nTo view the full story of the flood, the museum has opened a second exhibition "
        f"hall with photographs and letters from the families who lost their homes.\n{B}",
        id="to-view-the-full-story-sentence",
    ),
    pytest.param(
        f"{A_ES}\nHazte miembro de la asociación si quieres votar en la asamblea, dijo el "
        f"presidente del club a los socios reunidos el sábado.\n{B_ES}",
        id="es-hazte-miembro-sentence",
    ),
]


REMOVED += [
    _cut("Subscribe now to our e-edition for the full story."),
    _inside("Subscribe now"),
]

KEPT += [
    pytest.param(
        f"{A}\nSubscribe now, the bank told savers, before the offer closes on Friday and rates "
        f"fall again for the rest of the year.\n{B}",
        id="subscribe-now-inside-a-quote-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


def test_a_cut_notice_needs_no_paragraph_after_it() -> None:
    text = f"{A}\nTo continue reading, subscribe for $1 a week.\n{B}"
    assert_kept(STEP, text)


def test_max_tokens_is_configurable() -> None:
    text = f"{A}\nTo continue reading, subscribe for $1 a week."
    assert_removed(STEP, text, A, R, {})
    assert_kept(PaywallNotice(max_tokens=5), text)


@pytest.mark.parametrize("max_tokens", [0, -1])
def test_invalid_configuration(max_tokens: int) -> None:
    with pytest.raises(ValueError, match="paywall_notice"):
        PaywallNotice(max_tokens=max_tokens)


REMOVED += [
    _cut(
        "To view the full story, please subscribe to The Daily Planet. You can choose an "
        "annual subscription or a weekly pass."
    ),
]

KEPT += [
    pytest.param(
        f"{A}\nPlease subscribe to the council's alerts, the fire service told residents, "
        f"because the river may rise again this week.\n{B}",
        id="please-subscribe-in-a-sentence",
    ),
]
