"""Author bios at the end of a story: "Jane Doe is a reporter at …", "Über die Autorin"."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.shape import edge_hits, fold, token_count

__all__ = ["AuthorBio"]

MAX_CHARS = 1000
# A name has two words at least: a one-word "author" ("Redaktion", a nickname) may open
# any sentence.
MIN_NAME_WORDS = 2
# Quotation marks: someone in the story speaking.
_QUOTE = regex.compile(r"[\"“”„«»]")
# Between two authors' names: "Roland Brockmann und Sebastian Drescher".
_JOIN = regex.compile(r"(?i)\s*(?:,|&|and|und|et|y|e|en|i|och|og)\s+")


@cache
def _after_name() -> regex.Pattern[str]:
    """What follows a name in a bio: perhaps "(37)", ", 45," or "und Max Muster", then a
    verb in the third person ("is", "schreibt seit", "arbeitete")."""
    verbs = alternation(all_phrases("author_bio_verbs"))
    return regex.compile(
        rf"""(?ix)^
        (?:\s*\([^()]{{1,40}}\))?            # (37), (Jahrgang 1962)
        (?:\s*,\s*\d{{1,3}}\s*,)?            # , 45,
        \s+(?:{verbs})(?!\w)"""
    )


def _names(metadata_authors: object) -> list[str]:
    if not isinstance(metadata_authors, Sequence) or isinstance(metadata_authors, str):
        return []
    names = [str(n).strip() for n in metadata_authors if isinstance(n, str)]
    return sorted(
        (n for n in names if len(n.split()) >= MIN_NAME_WORDS), key=len, reverse=True
    )


def _opens_with_author(line: str, names: Sequence[str]) -> bool:
    """``Jane Doe is …``, ``Anna Berg (37) schreibt …``, ``A and B were …``."""
    rest = line
    for _ in range(len(names)):  # "Roland Brockmann und Sebastian Drescher waren …"
        name = next((n for n in names if rest.casefold().startswith(n.casefold())), None)
        if name is None:
            return False
        rest = rest[len(name) :]
        if _after_name().match(rest):
            return True
        joined = _JOIN.match(rest)
        if joined is None:
            return False
        rest = rest[joined.end() :]
    return False


@dataclass(frozen=True)
class AuthorBio:
    """Remove an author's bio among the last ``tail_lines`` lines.

    A bio opens with the name of one of the story's authors (metadata ``authors``, at
    least two words; from a byline, or the page) and goes on in the third person: "Jane
    Doe is a reporter at …", "Anna Berg (37) schreibt seit 2010 für …", "Roland Brockmann
    und Sebastian Drescher waren …" (verbs from the phrase packs).  A quotation stays.  An
    "About the author" heading ("Über die Autorin", "À propos de l'auteur", …) goes with
    the lines under it when at most ``max_lines`` lines follow it to the end of the text.
    (In HTML, :func:`~cleaner.html.clean_html` gives the page's authors to the filters
    when a name from the page closes the text and no byline named anyone.)

    Before::

        The council will vote on the plan again in March.
        About the author
        Jane Doe is a reporter at the Daily Planet. She covers city politics.

    After::

        The council will vote on the plan again in March.
    """

    name: ClassVar[str] = "author_bio"
    reasons: ClassVar[frozenset[str]] = frozenset({"author_bio"})
    tail_lines: int = 2
    max_lines: int = 2
    max_tokens: int = 80

    def __post_init__(self) -> None:
        if min(self.tail_lines, self.max_lines) < 0 or self.max_tokens < 1:
            raise ValueError("author_bio: tail_lines, max_lines >= 0 and max_tokens >= 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        names = _names(doc.metadata.get("authors"))
        drops: dict[int, str] = {}
        if names:

            def bio(index: int) -> str | None:
                line = lines[index]
                if (len(line) > MAX_CHARS or token_count(line) > self.max_tokens
                        or _QUOTE.search(line)):
                    return None
                return "author_bio" if _opens_with_author(line, names) else None

            drops.update(edge_hits(lines, self.tail_lines, bio, from_end=True))
        headings = all_phrases("author_headings")
        end = len(lines)
        for index in range(max(0, end - self.max_lines - 1), end - 1):
            if fold(lines[index]) in headings and len(lines[index]) <= 40:
                drops.update(dict.fromkeys(range(index, end), "author_bio"))
                break
        return doc.drop(drops, by=self.name)
