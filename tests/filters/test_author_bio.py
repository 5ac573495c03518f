"""author_bio: an author's bio, or an "About the author" block, among the last lines."""

from __future__ import annotations

import pytest
from support import (
    CLOSING_DE as A_DE,
    CLOSING_EN as A,
    CLOSING_FR as A_FR,
    CLOSING_PL as A_PL,
    assert_kept,
    assert_removed,
)

from cleaner.filters.author_bio import AuthorBio

N = AuthorBio.name
R = {(N, "author_bio")}
STEP = AuthorBio()

B = "Opponents said they would challenge the decision in court if the plan went ahead."
B_DE = "Die Opposition kündigte an, gegen den Beschluss vor Gericht zu ziehen."


def _bio(line: str, authors: list[str], first: str = A, second: str = B) -> pytest.param:
    return pytest.param(
        f"{first}\n{second}\n{line}", f"{first}\n{second}", authors, id=line[:40]
    )


# (text, body, authors)
REMOVED = [
    _bio("Jane Doe is a reporter at the Daily Planet. She covers city politics.", ["Jane Doe"]),
    _bio(
        "Inga Berg ist Head of Social & Community bei der Zeitung. Wenn sie nicht schreibt, "
        "testet sie Küchengeräte.",
        ["Inga Berg"],
        A_DE,
        B_DE,
    ),
    _bio(
        "Anna Muster (37) ist Pitch Coach für Start-ups und Gründerin einer Agentur.",
        ["Anna Muster"],
        A_DE,
        B_DE,
    ),
    _bio(
        "Jos Berger (Jahrgang 1962) schreibt seit mehr als 25 Jahren über Wein.",
        ["Jos Berger"],
        A_DE,
        B_DE,
    ),
    _bio(
        "Max Muster und Erika Beispiel waren im Rahmen einer Journalistenreise in Kenia.",
        ["Max Muster", "Erika Beispiel"],
        A_DE,
        B_DE,
    ),
    _bio(
        "Claire Martin est journaliste au service politique depuis 2015.",
        ["Claire Martin"],
        A_FR,
        "L'opposition a annoncé un recours.",
    ),
    _bio(
        "Anna Kowalska jest dziennikarką działu ekonomicznego.",
        ["Anna Kowalska"],
        A_PL,
        "Opozycja zapowiedziała skargę.",
    ),
    # An "About the author" heading and the lines under it, to the end.
    pytest.param(
        f"{A}\n{B}\nAbout the author\nJ. Doe writes about cities.\nShe lives in Leeds.",
        f"{A}\n{B}",
        [],
        id="about-the-author-block",
    ),
    pytest.param(
        f"{A_DE}\n{B_DE}\nÜber die Autorin:\nSie schreibt seit 2010 über Stadtpolitik.",
        f"{A_DE}\n{B_DE}",
        [],
        id="de-ueber-die-autorin",
    ),
    pytest.param(f"{A_DE}\n{B_DE}\nAUTOR\nist Gründungspartner einer Kanzlei in Berlin.",
                 f"{A_DE}\n{B_DE}", [], id="de-autor-caps"),
]

KEPT = [
    # The name is not an author's.
    pytest.param(f"{A}\n{B}\nJane Doe is the third minister to resign this year.", ["John Roe"],
                 id="someone-else-is"),
    # The author's name, but not opening a bio.
    pytest.param(f"{A}\n{B}\nAsked about it, Jane Doe is not sure.", ["Jane Doe"],
                 id="name-not-opening-the-line"),
    pytest.param(f"{A}\n{B}\nJane Doe said the council would vote again.", ["Jane Doe"],
                 id="name-then-said"),
    pytest.param(
        f'{A}\n{B}\n"Jane Doe is a reporter, not a politician," the mayor said.', ["Jane Doe"],
        id="quotation",
    ),
    # A one-word "author" opens any sentence.
    pytest.param(
        f"{A}\n{B}\nRedaktion ist heute geschlossen.", ["Redaktion"], id="one-word-author"
    ),
    # Higher up than the last lines.
    pytest.param(
        f"Jane Doe is a reporter at the Daily Planet.\n{A}\n{B}\n{A}\n{B}", ["Jane Doe"],
        id="bio-above-the-tail",
    ),
    # A heading with text under it that goes on for longer.
    pytest.param(f"{A}\nThe author\n{B}\n{A}\n{B}", [], id="heading-with-the-story-under-it"),
    pytest.param(f"{A}\n{B}\nAuthor", [], id="heading-alone-at-the-end-is-not-a-block"),
]


@pytest.mark.parametrize(("text", "body", "authors"), REMOVED)
def test_removed(text: str, body: str, authors: list[str]) -> None:
    assert_removed(STEP, text, body, R, {}, authors=authors)


@pytest.mark.parametrize(("text", "authors"), KEPT)
def test_kept(text: str, authors: list[str]) -> None:
    assert_kept(STEP, text, authors=authors)


def test_without_authors_a_bio_stays() -> None:
    assert_kept(STEP, f"{A}\n{B}\nJane Doe is a reporter at the Daily Planet.")


@pytest.mark.parametrize("field", ["tail_lines", "max_lines", "max_tokens"])
def test_invalid_configuration(field: str) -> None:
    with pytest.raises(ValueError, match="author_bio"):
        AuthorBio(**{field: -1})
