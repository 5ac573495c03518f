"""Date and time stamps: ``2023-07-20 | 06:27`` (often twice), ``Updated …``, ``3 days ago``."""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import Stamp, date_stamp, line_stamp, split_stamp
from cleaner.document import Document
from cleaner.names import byline_at
from cleaner.patterns import BYLINE, is_reading_time, is_relative_time
from cleaner.shape import edge_hits, is_headline, is_name, is_paragraph, is_sentence, token_count

__all__ = ["TimeStamp"]

_BAR = regex.compile(r"\s+\|\s+")
_LIST_ITEM = regex.compile(r"^[-•*]\s")
MAX_LABEL_TOKENS = 3


# How far below a byline the story's own date stamp may stand ("By" / "Jane Doe" /
# "Staff Writer" / "March 12, 2023").
BYLINE_REACH = 4


def _under_byline(lines: Sequence[str], index: int) -> bool:
    """Whether a byline stands at most :data:`BYLINE_REACH` lines above line ``index``."""
    return any(byline_at(lines, above) for above in range(max(index - BYLINE_REACH, 0), index))


def _meta_line(line: str) -> Stamp | None:
    """The date of a line that is a date and a few labels between bars: ``2021-10-16 |
    Politik``, ``24. März 2004, 19:49 | Jane``, ``January 13, 2020 | categories: Python,
    Mercurial | View Comments``; ``None`` for any other line.

    The date is the first or the last segment; every other one is at most three words and
    no sentence.  A byline with its date (``By Jane Doe | The Post | April 2, 2024``) is
    left to ``byline``, which reads the author.
    """
    if len(line) > 160:
        return None
    segments = [s for s in _BAR.split(line.strip(" |")) if s]
    if not 2 <= len(segments) <= 4:
        return None
    for date_at in (0, len(segments) - 1):
        stamp = date_stamp(segments[date_at])
        if stamp is not None and stamp.iso:
            labels = segments[:date_at] + segments[date_at + 1 :]
            labels_only = all(
                token_count(s) <= MAX_LABEL_TOKENS and not is_sentence(s) and not BYLINE.match(s)
                for s in labels
            )
            return stamp if labels_only else None
    return None


def _between_paragraphs(lines: Sequence[str], index: int) -> bool:
    """A line with a paragraph on each side: a heading (a timeline's date), not a stamp."""
    inside = 0 < index < len(lines) - 1
    return inside and is_paragraph(lines[index - 1]) and is_paragraph(lines[index + 1])


def _heads_text(lines: Sequence[str], index: int) -> bool:
    """A date that heads the paragraph after it, like a timeline's date: a paragraph or a
    heading stands before it (a heading, not a name: a comment's author and date go; not
    another stamp: twin stamps go)."""
    if not 0 < index < len(lines) - 1 or not is_paragraph(lines[index + 1]):
        return False
    before = lines[index - 1]
    if date_stamp(before) is not None:
        return False  # a stamp under another stamp is the same stamp again
    return is_paragraph(before) or (is_headline(before) and not is_name(before))


def _in_list(lines: Sequence[str], index: int) -> bool:
    """An item of a bulleted list, between other items: ``- Datum: 31/08/2019`` in a photo's
    data sheet (``- Kamera: …``, ``- Ort: …``) is a field of the list, not the story's stamp."""
    if not _LIST_ITEM.match(lines[index]):
        return False
    return any(0 <= j < len(lines) and _LIST_ITEM.match(lines[j]) for j in (index - 1, index + 1))


def _is_subheading(lines: Sequence[str], index: int) -> bool:
    """``Today`` between two paragraphs (a forecast's sections) heads the text after it.

    A relative time with a number (``47 minutes ago``) is a stamp wherever it stands.
    """
    line = lines[index]
    return not any(char.isdigit() for char in line) and _between_paragraphs(lines, index)


# A programme's days: at least three days in a row, each heading its section.
MIN_PROGRAMME_DAYS = 3
# How many lines a programme's day may head: its items, not the rest of the page.
MAX_PROGRAMME_SECTION = 10
# The words of the line under a day: an item of the programme, not a label.
MIN_PROGRAMME_ITEM_TOKENS = 5


def _day_heading(lines: Sequence[str], index: int) -> _dt.date | None:
    """The day a line that is only a date (no time: a comment's stamp has one) shows,
    when a line of text, not another stamp, follows it."""
    line = lines[index]
    if len(line) > 80 or index + 1 >= len(lines):
        return None
    stamp = date_stamp(line)
    if stamp is None or not stamp.iso or stamp.updated or "T" in stamp.iso:
        return None
    after = lines[index + 1]
    if date_stamp(after) is not None or token_count(after) < MIN_PROGRAMME_ITEM_TOKENS:
        return None
    return _dt.date.fromisoformat(stamp.iso)


def _programme(lines: Sequence[str]) -> set[int]:
    """The day headings of a programme: TV listings, a festival's or a trip's days.

    Three or more days in a row (``Donnerstag, 03. Februar 2022`` / ``Freitag, 04. Februar
    2022`` / …), each heading at least two lines and at most
    :data:`MAX_PROGRAMME_SECTION`.  They are the article's subheadings, not stamps (a
    comment's stamp has a time, an events box skips days, a teaser list runs backwards).
    """
    found: set[int] = set()
    run: list[tuple[int, _dt.date]] = []
    days = [(i, day) for i in range(len(lines)) if (day := _day_heading(lines, i))]
    for index, day in [*days, (-1, None)]:
        if run and day is not None and (day - run[-1][1]).days == 1 and (
            2 < index - run[-1][0] <= MAX_PROGRAMME_SECTION
        ):
            run.append((index, day))
            continue
        if len(run) >= MIN_PROGRAMME_DAYS:
            found.update(i for i, _ in run)
        run = [(index, day)] if day is not None else []
    return found


@dataclass(frozen=True)
class TimeStamp:
    """Remove lines that are only a date, a time or a relative time; keep the date.

    Stamps are searched in the first ``head_lines`` and last ``tail_lines`` lines
    (stamps not counted).  With ``anywhere`` (the default), reading times ("5 min read",
    "Lesezeit: 3 Min.") and lines that are a bare date go wherever they stand (a teaser's
    or comment's stamp), unless they head a paragraph like a timeline's date (a
    paragraph after, a paragraph or a heading before); those never give the story's
    date, unless a byline stands at most ``BYLINE_REACH`` lines above (the story's head
    in a page's naive text, "By" / "Jane Doe" / "Staff Writer" / "March 12, 2023":
    trafilatura_eval naive date 0.143 → 0.240, the other tracks unchanged).  Two or more
    such dates are a timeline and stay in the windows too, and so are three or more
    days in a row that each head a few lines (a programme's days, TV listings:
    trafilatura_eval date 0.912 → 0.913, +1, −0, no other text changed).  Below the head
    a date that is an item of a bulleted list (``- Datum: 31/08/2019`` among ``- Ort: …``, a photo's
    data sheet) stays too; in the head it is the page's date (a forum's first post, ``-
    DATE : 27/09/2020``).  A date label alone on its line and the date on the next
    (``Updated:`` / ``14 March 2023``) are one stamp.  The first head or tail stamp that
    is not an "Updated" one becomes ``published`` (ISO 8601, date-time when the stamp has
    a time, also in a segment of
    its own: ``November 19, 2019 / 12:21 AM``); a date-time refines a bare date of the
    same day found earlier (e.g. by ``header_junk``).
    Relative times (``3 days ago``) are removed but give no date: their reference
    point is unknown.  In the windows, a date with a few labels between bars
    (``2021-10-16 | Politik``, ``January 13, 2020 | categories: Python | View Comments``)
    goes too; its date is ``published`` only when no stamp without labels gives one (it
    still comes before an "Updated" stamp's).  A bare ``Today`` between two paragraphs is
    a subheading and stays.

    Before::

        2023-07-20 | 06:27
        2023-07-20 | 06:27
        Russia and China have commenced joint military exercises on Thursday.
        Updated 3 days ago

    After (``published="2023-07-20T06:27"``)::

        Russia and China have commenced joint military exercises on Thursday.
    """

    name: ClassVar[str] = "time_stamp"
    reasons: ClassVar[frozenset[str]] = frozenset({"date_line", "relative_time", "reading_time"})
    head_lines: int = 12
    tail_lines: int = 6
    anywhere: bool = True

    def __post_init__(self) -> None:
        if self.head_lines < 0 or self.tail_lines < 0:
            raise ValueError("time_stamp: head_lines and tail_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        # Two or more dates that each head a paragraph are a timeline's headings, even in
        # the windows; one such date (a stamp under the standfirst) is still a stamp.
        headings = {
            i
            for i, line in enumerate(lines)
            if len(line) <= 80
            and (heading := date_stamp(line)) is not None
            and heading.iso
            and not heading.updated
            and _heads_text(lines, i)
        }
        timeline = headings if len(headings) >= 2 else set()
        timeline |= _programme(lines)

        labelled: set[int] = set()
        split: set[int] = set()  # date labels whose date is on the next line

        def find(index: int) -> tuple[str, Stamp | None] | None:
            if index in timeline:
                return None
            stamp = line_stamp(lines[index])
            if stamp is not None:
                return "date_line", stamp
            if (
                index - 1 not in split
                and index + 1 < len(lines)
                and (stamp := split_stamp(lines[index], lines[index + 1])) is not None
            ):
                split.add(index)
                return "date_line", stamp
            if (len(lines[index]) < 80 and is_relative_time(lines[index])
                    and not _is_subheading(lines, index)):
                return "relative_time", None
            meta = _meta_line(lines[index])
            if meta is not None:
                labelled.add(index)  # the labels make its date less sure than a stamp's
                return "date_line", meta
            return None

        # The windows count article lines only: stamps inside them do not use them up.
        found = edge_hits(lines, self.head_lines, find)
        found.update(
            edge_hits(
                lines, self.tail_lines,
                lambda index: None if _in_list(lines, index) else find(index), from_end=True,
            )
        )
        # Anywhere: reading times, and lines that are a bare date (a teaser's or a
        # comment's stamp); these never give the story's date.
        for index, line in enumerate(lines if self.anywhere else ()):
            if index in found or index in timeline or len(line) > 80 or _in_list(lines, index):
                continue
            if is_reading_time(line):
                found[index] = ("reading_time", None)
            elif (
                (stamp := date_stamp(line)) is not None
                and stamp.iso
                and not _heads_text(lines, index)
            ):
                signed = _under_byline(lines, index)
                found[index] = ("date_line", stamp if signed else Stamp(None, stamp.updated))
        drops: dict[int, str] = {}
        published: list[str] = []
        updated: list[str] = []
        in_labels: list[str] = []
        for index in sorted(found):
            if index - 1 in split and index - 1 in found:
                continue  # the date of a split stamp, read with its label
            reason, stamp = found[index]
            drops[index] = reason
            if index in split:
                drops[index + 1] = reason
            if stamp is not None and stamp.iso:
                kind = updated if stamp.updated else in_labels if index in labelled else published
                kind.append(stamp.iso)
        doc = doc.drop(drops, by=self.name)
        best = next(iter(published or in_labels or updated), None)
        known = doc.metadata.get("published")
        refines = (
            isinstance(known, str) and best is not None and "published" not in doc.input_keys
            and len(best) > len(known) and best.startswith(known)
        )
        return doc.with_metadata(published=best, replace=refines)
