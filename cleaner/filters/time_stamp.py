"""Date and time stamps: ``2023-07-20 | 06:27`` (often twice), ``Updated …``, ``3 days ago``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import ClassVar

from cleaner.dates import Stamp, date_stamp
from cleaner.document import Document
from cleaner.patterns import RELATIVE_TIME
from cleaner.shape import edge_hits, is_paragraph

__all__ = ["TimeStamp"]


def _is_subheading(lines: Sequence[str], index: int) -> bool:
    """``Today`` between two paragraphs (a forecast's sections) heads the text after it.

    A relative time with a number (``47 minutes ago``) is a stamp wherever it stands.
    """
    line = lines[index]
    return (
        0 < index < len(lines) - 1
        and not any(char.isdigit() for char in line)
        and is_paragraph(lines[index - 1])
        and is_paragraph(lines[index + 1])
    )


@dataclass(frozen=True)
class TimeStamp:
    """Remove lines that are only a date, a time or a relative time; keep the date.

    Only the first ``head_lines`` and last ``tail_lines`` lines (stamps not counted)
    are searched: a date inside the body is article text.  The first stamp that is not
    an "Updated" one becomes ``published`` (ISO 8601, date-time when the stamp has a
    time); a date-time refines a bare date of the same day found earlier (e.g. by
    ``header_junk``).
    Relative times (``3 days ago``) are removed but give no date: their reference
    point is unknown.  A bare ``Today`` between two paragraphs is a subheading and stays.

    Before::

        2023-07-20 | 06:27
        2023-07-20 | 06:27
        Russia and China have commenced joint military exercises on Thursday.
        Updated 3 days ago

    After (``published="2023-07-20T06:27"``)::

        Russia and China have commenced joint military exercises on Thursday.
    """

    name: ClassVar[str] = "time_stamp"
    reasons: ClassVar[frozenset[str]] = frozenset({"date_line", "relative_time"})
    head_lines: int = 12
    tail_lines: int = 6

    def __post_init__(self) -> None:
        if self.head_lines < 0 or self.tail_lines < 0:
            raise ValueError("time_stamp: head_lines and tail_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines

        def find(index: int) -> tuple[str, Stamp | None] | None:
            stamp = date_stamp(lines[index])
            if stamp is not None:
                return "date_line", stamp
            if (len(lines[index]) < 80 and RELATIVE_TIME.match(lines[index])
                    and not _is_subheading(lines, index)):
                return "relative_time", None
            return None

        # The windows count article lines only: stamps inside them do not use them up.
        found = edge_hits(lines, self.head_lines, find)
        found.update(edge_hits(lines, self.tail_lines, find, from_end=True))
        drops: dict[int, str] = {}
        published: list[str] = []
        updated: list[str] = []
        for index in sorted(found):
            reason, stamp = found[index]
            drops[index] = reason
            if stamp is not None and stamp.iso:
                (updated if stamp.updated else published).append(stamp.iso)
        doc = doc.drop(drops, by=self.name)
        best = (published or updated or [None])[0]
        known = doc.metadata.get("published")
        refines = (
            isinstance(known, str) and best is not None and "published" not in doc.input_keys
            and len(best) > len(known) and best.startswith(known)
        )
        return doc.with_metadata(published=best, replace=refines)
