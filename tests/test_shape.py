"""Line shapes: the fast token count agrees with the token pattern it stands in for, and
what reads as a person's name."""

from __future__ import annotations

import pytest

from cleaner import shape


@pytest.mark.parametrize(
    "line",
    [
        "",
        "The minister spoke on Monday.",
        "Größere Städte, kleinere Dörfer — „Zitat“ …",
        "Kim Tong-hyung’s O'Neil-style re-run",
        "Путин заявил: «Это не так» – 12 мая",
        "東京で2023年7月20日に カタカナ ひらがな",
        "emoji \U0001F600 and 𠀀 ext-B",
    ],
)
def test_token_count_matches_the_pattern(line: str) -> None:
    assert shape.token_count(line) == len(shape._TOKEN.findall(line))


def test_character_classes_match_the_pattern() -> None:
    """Every character the fast count classifies, alone, doubled and between letters."""
    for code in range(0x3100):
        char = chr(code)
        for line in (char, char * 2, f"a{char}a", f" {char}{char} "):
            assert shape._count.__wrapped__(line) == len(shape._TOKEN.findall(line)), hex(code)


def test_only_unprintable_whitespace_can_change_a_fold() -> None:
    """``fold`` skips collapsing spaces on printable text without two spaces in a row:
    whitespace other than the space is never printable."""
    import sys

    import regex

    whitespace = regex.compile(r"\s")
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char != " " and whitespace.match(char):
            assert not char.isprintable(), hex(code)
    for line in ("a\u00a0b", "a  b", "a\tb", "a\u200eb", "a b", "a\u3000b"):
        assert shape._fold(line) == shape._SPACES.sub(" ", line)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ryan Reed's Most Recent Stories", False),  # an author page's heading
        ("Kim Tong-hyung’s Stories", False),
        ("Tom O'Neil", True),  # KEPT: an apostrophe inside a name
        ("Anna D'Souza", True),
    ],
)
def test_a_possessive_is_no_part_of_a_name(text: str, name: bool) -> None:
    assert shape.is_name(text) is name
