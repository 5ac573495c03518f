"""The headline at the top of the body, often printed twice."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import line_stamp, split_stamp
from cleaner.document import Document
from cleaner.names import parse_byline, parse_split_byline, parse_titled_name
from cleaner.patterns import is_reading_time, is_relative_time
from cleaner.shape import fold, head_end, is_headline, token_count

__all__ = ["Title", "is_title"]

# "Title | Site", "Title - Site", "Title — Site": a title with the site's name after it.
_SITE_SUFFIX = regex.compile(r"^\s*[|–—:-]\s*\S.{0,60}$")

#: A known headline of at least this many words goes wherever it stands alone on a line.
MIN_REPEAT_TOKENS = 4


def _is_meta_line(line: str) -> bool:
    """A byline (also "Robert Burns, AP National Security Writer"), a time stamp or a
    reading time: what follows a headline at the top of an article ("Ten tekst
    przeczytasz w 3 minuty" is no headline)."""
    stamp = line_stamp(line) or is_relative_time(line) or is_reading_time(line)
    return bool(stamp or parse_byline(line) or parse_titled_name(line))


def _meta_follows(lines: Sequence[str], index: int) -> bool:
    """Whether line ``index`` is a meta line, or starts one split over two lines ("By" /
    "Jane Doe", "Published:" / "12 March 2023")."""
    if index >= len(lines):
        return False
    line = lines[index]
    following = lines[index + 1] if index + 1 < len(lines) else ""
    return _is_meta_line(line) or bool(
        following and (parse_split_byline(line, following) or split_stamp(line, following))
    )


def is_title(line: str) -> bool:
    """Headline-shaped and not itself a byline or a stamp (``2023-07-20 | 06:27`` twice)."""
    return is_headline(line) and not _is_meta_line(line)


@dataclass(frozen=True)
class Title:
    """Remove the headline from the body and keep it as ``title``.

    The headline is recognised at the head of the page when two signals agree: a
    headline-shaped line that is printed twice (or that equals the input's own
    ``title``), or one followed directly by a byline or a time stamp (also one split over
    two lines: "By" / "Jane Doe").  (A headline alone on the text's first line is
    ``opening_headline``'s, the next filter.)  A subheading
    further down is never taken; but a line that is exactly the known headline (of
    :data:`MIN_REPEAT_TOKENS` words or more) goes wherever it stands: the page printed
    its headline again in a teaser, a share box or a sticky header.

    Before::

        Russia and China launch new military exercises
        2023-07-20 | 06:27
        Russia and China launch new military exercises
        Russia and China have commenced joint military exercises on Thursday.

    After (``title="Russia and China launch new military exercises"``)::

        2023-07-20 | 06:27
        Russia and China have commenced joint military exercises on Thursday.
    """

    name: ClassVar[str] = "title"
    reasons: ClassVar[frozenset[str]] = frozenset({"title", "repeated_title"})
    max_lines: int = 10

    def __post_init__(self) -> None:
        if self.max_lines < 1:
            raise ValueError("title: max_lines must be at least 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        zone = head_end(lines, self.max_lines)
        known = doc.metadata.get("title")
        if isinstance(known, str) and known.strip():
            wanted = fold(known)
            drops = {
                i: "repeated_title"
                for i in range(zone)
                if (line := fold(lines[i])).startswith(wanted)
                and (line == wanted or _SITE_SUFFIX.match(lines[i][len(known.strip()):]))
            }
            if token_count(known) >= MIN_REPEAT_TOKENS:  # "Results" may head a section
                drops.update(
                    (i, "repeated_title")
                    for i in range(zone, len(lines))
                    if len(lines[i]) <= len(known) + 2 and fold(lines[i]) == wanted
                )
            return doc.drop(drops, by=self.name)
        counts = Counter(fold(line) for line in lines[:zone] if is_title(line))
        repeated = [i for i in range(zone) if counts.get(fold(lines[i]), 0) > 1]
        if repeated:
            wanted = fold(lines[repeated[0]])
            drops = {i: "repeated_title" for i in repeated if fold(lines[i]) == wanted}
            return doc.drop(drops, by=self.name).with_metadata(title=lines[repeated[0]])
        for i in range(min(zone, 3)):
            if is_title(lines[i]) and _meta_follows(lines, i + 1):
                return doc.drop({i: "title"}, by=self.name).with_metadata(title=lines[i])
        return doc
