"""A second copy of the article's paragraphs: the page rendered its text twice."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document

__all__ = ["RepeatedCopy"]

#: Where a line stood before that a copy may start from: its first and latest places.
MAX_EARLIER = 16
#: Lines compared for one copy at most (a longer copy goes in pieces): repeated blocks
#: of short lines between long ones cost no more than a few articles' worth each.
MAX_COPY_LINES = 1000


def _copy_length(lines: Sequence[str], earlier: int, later: int) -> int:
    """How many lines from ``later`` on repeat, in order, the lines from ``earlier`` on
    (the copy stops where the original's run reaches the copy)."""
    length = 0
    while (
        length < MAX_COPY_LINES
        and later + length < len(lines)
        and earlier + length < later
        and lines[earlier + length] == lines[later + length]
    ):
        length += 1
    return length


@dataclass(frozen=True)
class RepeatedCopy:
    """Remove a later verbatim copy of a run of paragraphs.

    Some pages hold their article twice (an AMP or app template, a print view, a JSON
    blob rendered as text), so the scraped text has it twice too.  A run of lines that
    repeats, in the same order, lines seen earlier goes when it holds at least
    ``min_paragraphs`` paragraphs of ``min_chars`` characters or more and they are most
    of its lines.  One repeated line (a pull quote, a refrain, a listicle's recurring
    sentence) stays, and so does a repeated block of short lines (a meal plan, a
    timetable, a table the same for two days): only runs of paragraphs are copies.

    Before::

        The harbour ferry resumes its service on Monday after six months, the authority said.
        The crossing had been closed since May, when engineers found cracks in the landing.
        Boats will run every twenty minutes at peak times, and fares stay at last year's level.
        International
        The harbour ferry resumes its service on Monday after six months, the authority said.
        The crossing had been closed since May, when engineers found cracks in the landing.
        Boats will run every twenty minutes at peak times, and fares stay at last year's level.

    After::

        The harbour ferry resumes its service on Monday after six months, the authority said.
        The crossing had been closed since May, when engineers found cracks in the landing.
        Boats will run every twenty minutes at peak times, and fares stay at last year's level.
        International
    """

    name: ClassVar[str] = "repeated_copy"
    reasons: ClassVar[frozenset[str]] = frozenset({"repeated_copy"})
    min_paragraphs: int = 3
    min_chars: int = 80

    def __post_init__(self) -> None:
        if self.min_paragraphs < 2 or self.min_chars < 1:
            raise ValueError("repeated_copy: min_paragraphs must be >= 2, min_chars >= 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        seen: dict[str, list[int]] = {}  # a long line -> where it stood before
        drops: dict[int, str] = {}
        index = 0
        while index < len(lines):
            line = lines[index]
            if len(line) < self.min_chars:
                index += 1
                continue
            length = max((_copy_length(lines, at, index) for at in seen.get(line, ())), default=0)
            paragraphs = sum(len(copy) >= self.min_chars for copy in lines[index : index + length])
            if paragraphs >= self.min_paragraphs and 2 * paragraphs > length:
                drops.update(dict.fromkeys(range(index, index + length), "repeated_copy"))
                index += length
            else:
                earlier = seen.setdefault(line, [])
                earlier.append(index)
                if len(earlier) > MAX_EARLIER:  # a line repeated thousands of times costs
                    del earlier[1]  # no more than one repeated a few: the first and latest
                index += 1
        return doc.drop(drops, by=self.name) if drops else doc
