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


# A site's excerpts are cut at a fixed number of words (WordPress: 55, then " […]"); two
# cut-off teasers this long with the same count are a list of them, not chance.
MIN_EXCERPT_WORDS = 15
# What may follow the list's last excerpt: its "Load more", a date, nothing paragraph-like.
MAX_LINES_AFTER_EXCERPTS = 3


def _excerpt_list(lines: tuple[str, ...], first: int) -> range | None:
    """The trailing list of a site's excerpts whose heading was not extracted: from the
    first cut-off teaser (with its title above it) to the end, where two or more different
    teasers after the article's first paragraph (line ``first``) end with "…" at the same word
    count, and no paragraph follows the last."""
    counts: dict[int, dict[str, int]] = {}  # word count -> each excerpt's first line
    for index in range(first + 1, len(lines)):
        if not is_truncated(lines[index]):  # first: most lines are not, and it reads 20 chars
            continue
        words = len(lines[index].split())
        if words >= MIN_EXCERPT_WORDS:
            counts.setdefault(words, {}).setdefault(lines[index], index)
    # Two different excerpts: one repeated (a page printed twice) says nothing of a length.
    excerpts = sorted(i for found in counts.values() if len(found) >= 2 for i in found.values())
    if not excerpts:
        return None
    after = lines[excerpts[-1] + 1 :]
    if len(after) > MAX_LINES_AFTER_EXCERPTS or any(map(is_paragraph, after)):
        return None
    start = excerpts[0]
    if start - 1 > first and is_headline(lines[start - 1]):
        start -= 1  # the first teaser's title
    return range(start, len(lines))


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
    The next heading starts another list (inline "Read more" boxes one after the other).
    An article paragraph must stand before the heading, and the list's paragraphs (not
    cut off with "…") may hold at most ``max_text_share`` times the article text above
    it: teasers' summaries are short next to the article, while paragraphs that outweigh
    it are the article going on under a subheading after an inline box.  So the article
    itself is never removed (measured on the naive text: scrapinghub F1 0.897 → 0.895,
    one page of long teasers after a short text now leaks and one keeps 40% more of its
    gold; trafilatura_eval found 0.876 → 0.881, leaked 0.243 → 0.249).  "Related
    research shows…" is not a heading.  A heading on the last line, or with a single
    teaser under it to the end (or to lists that go too: "Related" / "Related"), is what
    is left of such a list when the page's teasers were not extracted: it goes too.
    A trailing list of the site's excerpts goes without its heading (which was often
    not extracted): two or more different teasers of at least 15 words, after the first
    paragraph, cut off with "…" at the same word count (the site's excerpt length), and
    nothing paragraph-like after the last; from the first excerpt (and its title) to
    the end, posts shown whole between them included (reason ``excerpts``).

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
    reasons: ClassVar[frozenset[str]] = frozenset({"related_links", "excerpts"})
    min_teasers: int = 2
    min_share: float = 0.5
    max_text_share: float = 1.0

    def __post_init__(self) -> None:
        if self.min_teasers < 1 or not 0.0 <= self.min_share <= 1.0 or self.max_text_share < 0:
            raise ValueError(
                "related_links: min_teasers >= 1, 0 <= min_share <= 1 and max_text_share >= 0"
            )

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        first = next((i for i, line in enumerate(lines) if is_paragraph(line)), len(lines))
        excerpts = _excerpt_list(lines, first)
        drops: dict[int, str] = dict.fromkeys(excerpts or (), "excerpts")
        headings = [i for i in range(first + 1, len(lines)) if _is_heading(lines[i])]
        if not headings:
            return doc.drop(drops, by=self.name)
        blocks = _Blocks(lines)
        # Read from the last heading up: a list "runs to the end" when only lists that go
        # follow it ("Related" / "Related", "Recommended" / "Oil prices climb" / "Read
        # more"), so what goes now leaves nothing for a second run.
        gone_from = len(lines)  # every line from here on goes
        for index in reversed(headings):
            end = blocks.end(index + 1)
            if index + 1 < end and _BULLET.match(lines[index + 1]):
                # A list with markers ends with its last item: what follows is text.
                unmarked = (i for i in range(index + 1, end) if not _BULLET.match(lines[i]))
                end = next(unmarked, end)
            block = lines[index + 1 : end]
            teasers = sum(1 for line in block if _is_teaser(line))
            remnant = end >= gone_from and len(block) <= 1 and teasers == len(block)
            listed = teasers >= self.min_teasers and teasers >= self.min_share * len(block)
            # Teasers' summaries are short next to the article above them; paragraphs
            # that outweigh it are the article going on between inline "Read more" boxes.
            above, under = blocks.text(0, index), blocks.text(index + 1, end)
            if (remnant or listed) and under <= self.max_text_share * above:
                drops.update({i: "related_links" for i in range(index, end) if i not in drops})
                if end >= gone_from:
                    gone_from = index
        return doc.drop(drops, by=self.name)


class _Blocks:
    """Where a link list that starts at a line ends, for every line of a page, found in
    one pass (a page can hold thousands of headings).

    A list runs to the end of the document, or to the next heading (another list), or
    stops where the article goes on: two paragraph-shaped lines in a row, or the start
    of a sentence whose rest a link broke off (``, bringing the total to 14 firms.``): the
    first line after one that ends a sentence.  A single paragraph-shaped line is a
    teaser's summary under its headline.
    """

    def __init__(self, lines: tuple[str, ...]) -> None:
        size = len(lines)
        paragraph = [is_paragraph(line) for line in lines]
        # From each line on: the next line that goes on with a broken sentence, and the
        # next line that is the second of two paragraphs.
        self._continuation = [size] * (size + 1)
        self._second = [size] * (size + 1)
        self._heading = [size] * (size + 1)
        for index in range(size - 1, -1, -1):
            line = lines[index]
            self._heading[index] = index if _is_heading(line) else self._heading[index + 1]
            goes_on = line[:1] in _CONTINUATION and token_count(line) >= 3
            self._continuation[index] = index if goes_on else self._continuation[index + 1]
            second = index > 0 and paragraph[index] and paragraph[index - 1]
            self._second[index] = index if second else self._second[index + 1]
        # Before each line: the last line that ends a sentence (-1: none).
        self._sentence_end = [-1] * size
        last = -1
        for index, line in enumerate(lines):
            self._sentence_end[index] = last
            last = index if is_sentence(line) else last
        self._size = size
        # Characters of article text before each line: paragraphs not cut off as teasers are.
        self._text = [0] * (size + 1)
        for index, line in enumerate(lines):
            prose = paragraph[index] and not is_truncated(line)
            self._text[index + 1] = self._text[index] + (len(line) if prose else 0)

    def text(self, start: int, end: int) -> int:
        """Characters of article-shaped paragraphs in lines ``start`` to ``end``."""
        return self._text[end] - self._text[start]

    def end(self, start: int) -> int:
        """Where a list whose first item is line ``start`` ends."""
        if start >= self._size:
            return self._size
        broken = self._continuation[start]
        second = self._second[start + 1]
        if broken < self._size and broken <= second:
            end = max(start, self._sentence_end[broken] + 1)
        else:
            end = second - 1 if second < self._size else self._size
        return min(end, self._heading[start])  # the next heading starts another list
