"""rule: lines drawn only with rule characters."""

from __future__ import annotations

import pytest
from support import assert_kept, assert_removed

from cleaner.filters.rule import Rule

N = Rule.name
STEP = Rule()

A = "Japan also hopes to ease restrictions on arms exports, the defence ministry said."
B = "Associated Press writer Kim Tong-hyung contributed to this report."


def _rule(line: str) -> pytest.param:
    return pytest.param(f"{A}\n{line}\n{B}", f"{A}\n{B}", {(N, "rule")}, {}, id=line)


REMOVED = [
    _rule("___"),
    _rule("* * *"),
    _rule("-----"),
    _rule("====="),
    _rule("•••"),
    _rule("~~~"),
    _rule("# # #"),
    _rule("+++"),
    _rule("_" * 60),
    pytest.param(f"{A}\n***\n{A}\n___\n{B}", f"{A}\n{A}\n{B}", {(N, "rule")}, {}, id="several"),
    pytest.param(f"{A}\n-\n{A}\n•\n{B}", f"{A}\n{A}\n{B}", {(N, "empty_bullet")}, {}, id="bullets"),
]

KEPT = [
    pytest.param(f"{A}\n+++ Eilmeldung +++\n{B}", id="de-ticker-label"),
    pytest.param(f"{A}\n--\n{B}", id="two-dashes"),
    pytest.param(f"{A}\n- {B}", id="bullet-with-its-item"),
    pytest.param(f"{A}\n—\n{B}", id="em-dash-alone"),
    pytest.param(f"{A}\nName\n*\nE-Mail\n*\n{B}", id="required-field-stars"),
    pytest.param(f"{A}\n1-0\n{B}", id="score"),
    pytest.param(f"{A}\n***Exclusive***\n{B}", id="starred-word"),
    pytest.param(f"{A}\n#MeToo\n{B}", id="hashtag"),
    pytest.param(f"{A}\n## Results\n{B}", id="markdown-heading"),
    pytest.param(f"{A}\n- - 3 - -\n{B}", id="digit-inside"),
    pytest.param(f"{A}\n*** Spoiler alert: the ending is sad.\n{B}", id="stars-then-text"),
    pytest.param(f"{A}\n— — —\n{B}", id="em-dashes-are-not-rule-characters"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata"), REMOVED)
def test_removed(text: str, body: str, removed: set[tuple[str, str]], metadata: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata)


@pytest.mark.parametrize("text", KEPT)
def test_kept(text: str) -> None:
    assert_kept(STEP, text)
