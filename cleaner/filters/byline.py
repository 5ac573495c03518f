"""Bylines: ``By Mari Yamaguchi and Haruka Nuga``, ``BY JEFF KAROUB, AP Business Writer``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.names import Credit, parse_byline, parse_dated_name
from cleaner.patterns import BYLINE
from cleaner.shape import edge_hits, head_end

__all__ = ["Byline"]

_LOWER_WORD = regex.compile(r"(?<!\w)\p{Ll}[\p{L}'’-]*")


@dataclass(frozen=True)
class Byline:
    """Remove byline lines and keep the names as ``authors``.

    A line is a byline when it starts with a byline word ("By", "Von", "Par", "Por",
    "Door", …) and everything after it is names, agencies, roles or dates; it is only
    looked for in the page head (before the first paragraph, at most ``max_lines``), in
    the ``after_standfirst`` lines after that first paragraph (a standfirst, then the
    byline), and in the last ``tail_lines`` lines (bylines not counted in either window);
    a labelled one ("Text: Anna Berg", "Autor: …") in the last ``labelled_tail_lines``,
    above the photo credits and a reading list.  Names printed in capitals are properly
    cased, titles ("Dr.", "Rechtsanwalt") are not part of them, a photo or illustration
    credit after them ("Text von X Illustration von Y") names no author; an agency in the
    role ("AP Business Writer") goes to ``agencies``.  In the head, a date and a name with no
    byline word is one too ("1. Februar 2022 , Anna Berg"), unless a word of the name
    stands in lower case elsewhere in the text ("11.12.2019 - Neue Regeln").

    Before::

        By Mari Yamaguchi and Haruka Nuga
        NATO Secretary-General Jens Stoltenberg called for stronger ties with Japan.

    After (``authors=["Mari Yamaguchi", "Haruka Nuga"]``)::

        NATO Secretary-General Jens Stoltenberg called for stronger ties with Japan.
    """

    name: ClassVar[str] = "byline"
    reasons: ClassVar[frozenset[str]] = frozenset({"byline"})
    max_lines: int = 12
    tail_lines: int = 3
    after_standfirst: int = 2
    labelled_tail_lines: int = 10

    def __post_init__(self) -> None:
        windows = (self.max_lines, self.tail_lines, self.after_standfirst, self.labelled_tail_lines)
        if min(windows) < 0:
            raise ValueError(
                "byline: max_lines, tail_lines, after_standfirst and labelled_tail_lines "
                "must be >= 0"
            )

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines

        def find(index: int) -> Credit | None:
            return parse_byline(lines[index])

        common: set[str] | None = None

        def dated(index: int) -> Credit | None:
            """A date and a name (head only): no word of the name in lower case elsewhere
            ("11.12.2019 - Neue Regeln" when the text says "die neue Regel")."""
            nonlocal common
            credit = parse_dated_name(lines[index])
            if credit is None:
                return None
            if common is None:
                common = set(_LOWER_WORD.findall("\n".join(lines)))
            words = {word.casefold() for name in credit.people for word in name.split()}
            return None if words & common else credit

        head = head_end(lines, self.max_lines)
        found = head < self.max_lines  # the head ends at a paragraph: a standfirst?
        top = range(min(head + 1 if found else head, len(lines)))
        credits = {i: credit for i in top if (credit := find(i) or dated(i))}
        # After the standfirst and at the tail, the windows count article lines only:
        # bylines in them do not use them up.
        if found:
            credits.update(edge_hits(lines, self.after_standfirst, find, stop=head + 1))
        credits.update(edge_hits(lines, self.tail_lines, find, from_end=True, stop=head))
        # A labelled credit ("Text: Anna Berg") can sit above the photo credits and a
        # reading list at the end of a feature: a wider window for it (any byline is a
        # hit, so that removing one pulls no new line into the window).
        wide = edge_hits(lines, self.labelled_tail_lines, find, from_end=True, stop=head)
        credits.update(
            (index, credit)
            for index, credit in wide.items()
            if (match := BYLINE.match(lines[index])) and match["label"]
        )
        drops: dict[int, str] = {}
        authors: list[str] = []
        agencies: list[str] = []
        published = None
        for index, credit in sorted(credits.items()):
            drops[index] = "byline"
            authors += credit.people
            agencies += credit.agencies
            published = published or credit.published
        return doc.drop(drops, by=self.name).with_metadata(
            authors=authors, agencies=agencies, published=published
        )
