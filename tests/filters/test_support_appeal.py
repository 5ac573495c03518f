"""support_appeal: a publication asking its readers for support or a donation, at the end."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.support_appeal import SupportAppeal

N = SupportAppeal.name
R = {(N, "support_appeal")}
STEP = SupportAppeal()

A = "The festival will return next summer, the organisers said on Monday after a record year."
B = "Tickets go on sale in March, and prices will stay the same as this year, they added."
A_DE = "Das Festival kehrt im nächsten Sommer zurück, teilten die Veranstalter am Montag mit."
A_FR = "Le festival reviendra l'été prochain, ont annoncé lundi les organisateurs."
A_ES = "El festival volverá el próximo verano, anunciaron el lunes los organizadores."
A_PL = "Festiwal wróci w przyszłe lato, poinformowali w poniedziałek organizatorzy."


def _end(line: str, first: str = A) -> pytest.param:
    return pytest.param(f"{first}\n{B}\n{line}", f"{first}\n{B}", R, {}, id=line[:40])


REMOVED = [
    _end("If you enjoyed reading this post – would you consider supporting our work? Thanks!"),
    _end("We need your help. Help us continue to bring you the news. Donate"),
    _end("Support independent journalism: become a supporter from £2 a month."),
    _end("Unterstützen Sie unsere Arbeit mit einer Spende!", A_DE),
    _end("Gefällt dir unser Magazin? Dann unterstütze uns mit einem kleinen Beitrag.", A_DE),
    _end("Soutenez notre travail : faites un don.", A_FR),
    _end("Apoya nuestro periodismo independiente. Hazte socio.", A_ES),
    _end("Wesprzyj nas – przekaż darowiznę na rozwój portalu.", A_PL),
    pytest.param(
        f"{A}\nSupport our journalism\n{B}\nDonate now",
        f"{A}\n{B}",
        R,
        {},
        id="two-lines-in-the-tail",
    ),
]

KEPT = [
    pytest.param(
        f"{A}\n\"Please support us, we cannot go on without volunteers,\" the director said.",
        id="quoted-appeal",
    ),
    pytest.param(
        f"{A}\nHelp us continue our work, the charity wrote to its members.\n"
        + "\n".join([B] * 7),
        id="appeal-above-the-tail",
    ),
    pytest.param(
        f"{A}\nThe town council voted to support the festival for five more years.",
        id="support-sentence",
    ),
    pytest.param(
        f"{A_DE}\nDie Stadt will das Festival auch künftig unterstützen, sagte der Bürgermeister.",
        id="de-unterstuetzen-sentence",
    ),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


@pytest.mark.parametrize("settings", [{"tail_lines": -1}, {"max_tokens": 0}])
def test_invalid_configuration(settings: dict) -> None:
    with pytest.raises(ValueError, match="support_appeal"):
        SupportAppeal(**settings)


# The appeal's hook: "If you enjoyed this article, …" asks in the publication's voice.
REMOVED += [
    _end("If you enjoyed this article, we have a proposition for you: join our members."),
    _end("Hat Ihnen dieser Artikel gefallen? Dann teilen Sie ihn mit Ihren Freunden.", A_DE),
    _end("Si vous avez aimé cet article, partagez-le autour de vous.", A_FR),
]

KEPT += [
    pytest.param(
        f"{A}\n“If you enjoyed this article, tell your friends,” the editor told the meeting.",
        id="quoted-hook",
    ),
]
