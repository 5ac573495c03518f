"""Trailing link farms: a ``Related`` / ``Read more`` / ``More from …`` heading and teasers
to the end."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import date_stamp
from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.patterns import is_relative_time
from cleaner.shape import fold, is_headline, is_paragraph, is_sentence, is_truncated, token_count

__all__ = ["RelatedLinks"]

MAX_HEADING_CHARS = 60
# A line that opens with one of these goes on with a sentence a link broke off.
_CONTINUATION = frozenset(",;")
# A list item's marker: "- Oil prices climb", "• Markets rally", "> Flooding closes bridge".
_BULLET = regex.compile(r"^(?:[-–•*>»▶►]\s*)+")


def _is_heading(line: str) -> bool:
    """``Related``, ``Read more:``, ``More from Reuters``, ``Mehr zum Thema``."""
    if len(line) > MAX_HEADING_CHARS:
        return False
    folded = fold(line)
    headings = all_phrases("related_headings")
    if folded in headings:
        return True
    words = folded.split()
    # "More from The Daily Planet": a heading phrase, then a few words naming the source.
    return any(" ".join(words[:size]) in headings for size in (2, 3)) and len(words) <= 7


def _is_teaser(line: str) -> bool:
    """What fills a link farm: headlines, publisher names, truncated teasers, stamps
    (behind a list marker or not)."""
    line = _BULLET.sub("", line) or line
    return (
        is_headline(line)
        or is_truncated(line)
        or (token_count(line) <= 4 and not is_sentence(line))
        or bool(date_stamp(line) or is_relative_time(line))
    )


@dataclass(frozen=True)
class RelatedLinks:
    """Remove link lists: a "Related" heading and the teasers under it.

    Two signals must agree: a heading line from the phrase packs ("Related", "Read
    more", "You may also like", "Mehr zum Thema", "Lire aussi", "関連記事", …) and, under
    it, at least ``min_teasers`` teaser-shaped lines making up at least ``min_share`` of
    the list.  The list runs to the end of the document, or stops where two paragraphs
    follow each other, or where the sentence starts that a link broke off further down
    (naive text: ``, bringing the total to 14 firms.``): the article going on after an
    inline "Related" box, which stays.
    A list whose items carry markers (``- Oil prices climb``) ends with its last item.
    An article paragraph must stand before the heading, so the article itself is never
    removed.  "Related research shows…" is not a heading.  A heading on the last line, or
    with a single teaser under it to the end, is what is left of such a list when the
    page's teasers were not extracted: it goes too.

    Before::

        The talks will resume in March in Geneva, a spokesperson for the foreign ministry said.
        Related
        RadarOnline
        Putin's Plot Against America: Washington Fears Hybrid Tactics
        President Joe Biden and other Western leaders are worried Putin will...

    After::

        The talks will resume in March in Geneva, a spokesperson for the foreign ministry said.
    """

    name: ClassVar[str] = "related_links"
    reasons: ClassVar[frozenset[str]] = frozenset({"related_links"})
    min_teasers: int = 2
    min_share: float = 0.5

    def __post_init__(self) -> None:
        if self.min_teasers < 1 or not 0.0 <= self.min_share <= 1.0:
            raise ValueError("related_links: min_teasers >= 1 and 0 <= min_share <= 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        drops: dict[int, str] = {}
        seen_paragraph = False
        index = 0
        while index < len(lines):
            if seen_paragraph and _is_heading(lines[index]):
                end = _block_end(lines, index + 1)
                if index + 1 < end and _BULLET.match(lines[index + 1]):
                    # A list with markers ends with its last item: what follows is text.
                    unmarked = (i for i in range(index + 1, end) if not _BULLET.match(lines[i]))
                    end = next(unmarked, end)
                block = lines[index + 1 : end]
                teasers = sum(1 for line in block if _is_teaser(line))
                remnant = end == len(lines) and len(block) <= 1 and teasers == len(block)
                listed = teasers >= self.min_teasers and teasers >= self.min_share * len(block)
                if remnant or listed:
                    drops.update(dict.fromkeys(range(index, end), "related_links"))
                    index = end
                    continue
            seen_paragraph = seen_paragraph or is_paragraph(lines[index])
            index += 1
        return doc.drop(drops, by=self.name)


def _block_end(lines: tuple[str, ...], start: int) -> int:
    """Where a link list that starts at ``start`` ends: at the end of the document, or
    where the article goes on: two paragraph-shaped lines in a row, or the start of a
    sentence whose rest a link broke off (``, bringing the total to 14 firms.``): the
    first line after one that ends a sentence.

    A single paragraph-shaped line is a teaser's summary under its headline.
    """
    for index in range(start, len(lines)):
        if lines[index][:1] in _CONTINUATION and token_count(lines[index]) >= 3:
            begin = index  # back to where that sentence starts: after one that ended
            while begin > start and not is_sentence(lines[begin - 1]):
                begin -= 1
            return begin
        if index > start and is_paragraph(lines[index]) and is_paragraph(lines[index - 1]):
            return index - 1
    return len(lines)
