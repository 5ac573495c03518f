"""repeated_copy: a later verbatim copy of a run of paragraphs."""

from __future__ import annotations

import pytest
from support import CLOSING_DE, CLOSING_EN, P_DE, P_EN, P_ES, P_FR, assert_kept, assert_removed

from cleaner.filters.repeated_copy import RepeatedCopy

N = RepeatedCopy.name
STEP = RepeatedCopy()
ARTICLE = f"{P_EN}\n{P_DE}\n{P_FR}"

REMOVED = [
    pytest.param(f"{ARTICLE}\n{ARTICLE}", ARTICLE, id="printed-twice"),
    pytest.param(
        f"{ARTICLE}\n{CLOSING_EN}\nInternational\nShare\n{ARTICLE}\n{CLOSING_EN}",
        f"{ARTICLE}\n{CLOSING_EN}\nInternational\nShare",
        id="copy-after-chrome",
    ),
    pytest.param(
        f"{ARTICLE}\nMore\n{ARTICLE}\nMore\n{ARTICLE}", f"{ARTICLE}\nMore", id="three-copies"
    ),
    pytest.param(
        f"{P_ES}\n{ARTICLE}\n{CLOSING_DE}\n{P_ES}\n{ARTICLE}",
        f"{P_ES}\n{ARTICLE}\n{CLOSING_DE}",
        id="longest-earlier-run",
    ),
]

KEPT = [
    pytest.param(f"{P_EN}\n{P_DE}\n{P_EN}\n{P_FR}\n{P_EN}", id="one-paragraph-repeated"),
    pytest.param(f"{P_EN}\n{P_DE}\n{P_FR}\n{P_EN}\n{P_DE}\n{P_ES}", id="two-paragraphs-repeated"),
    pytest.param(
        "\n".join(
            f"Plan {day}\nBreakfast\nEat before 9\n{P_EN}\nContainers: 1 Green\nLunch\n"
            f"Eat at noon\n{P_DE}\nContainers: 1 Red\nDinner\nEat at 7\n{P_FR}\nSnack"
            for day in "EF"
        ),
        id="a-plan-of-short-lines-twice",
    ),
]


@pytest.mark.parametrize(("text", "body"), REMOVED)
def test_removed(text: str, body: str) -> None:
    assert_removed(STEP, text, body, {(N, "repeated_copy")}, {})


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)


@pytest.mark.parametrize("settings", [{"min_paragraphs": 1}, {"min_chars": 0}])
def test_invalid_configuration(settings: dict) -> None:
    with pytest.raises(ValueError, match="repeated_copy"):
        RepeatedCopy(**settings)
