"""Datelines opening the first paragraph: ``MOSCOW:``, ``WASHINGTON (AP) —``,
``LONDON, July 20 (Reuters) -``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import lead_date
from cleaner.document import Document
from cleaner.lexicon import agency, alternation, phrases
from cleaner.shape import is_paragraph

__all__ = ["Dateline"]

_MONTHS = alternation({m for table in phrases("months").values() for m in table})
_DATELINE = regex.compile(
    rf"""(?x)^
    (?P<place>
        # MOSCOW, ST. LOUIS (not "NEW YORK -")
        \p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]+(?:\ \p{{Lu}}[\p{{Lu}}\p{{M}}'’.\-]*){{0,3}}
        # Washington, New York (with an agency)
      | \p{{Lu}}[\p{{Ll}}\p{{M}}'’.\-]+(?:\ \p{{Lu}}[\p{{Ll}}\p{{M}}'’.\-]+){{0,2}}
    )
    (?P<region>,\ \p{{Lu}}[\p{{L}}.]+(?:\ \p{{Lu}}[\p{{L}}.]+)?)?  # , Calif. / , South Korea
    (?P<date>,\ (?i:(?:{_MONTHS})\.?\ \d{{1,2}}|\d{{1,2}}\.?\ (?:{_MONTHS})\.?))?  # , July 20
    \ ?(?:\((?P<agency>[^()]{{2,40}})\))?                                         # (Reuters)
    \ ?(?P<sep>:|—|–|--|-)\ +(?=\S)
    """
)
_AGENCY_ONLY = regex.compile(r"^\((?P<agency>[^()]{2,40})\)\s?(?:—|–|--|-|:)\s+(?=\S)")
# Capitalised openers that are not places.
_NOT_PLACES = frozenset(
    "UPDATE UPDATED BREAKING EXCLUSIVE WATCH LIVE OPINION ANALYSIS EDITORIAL NOTE EDITOR'S "
    "COMMENT REVIEW INTERVIEW VIDEO PHOTOS CORRECTION CLARIFICATION WARNING SPOILER FACT "
    "Q A FAQ TL;DR PS UPDATE:".split()
)


@dataclass(frozen=True)
class Dateline:
    """Trim the dateline off the first paragraph; keep the place and the agency.

    The place must be in capitals (``MOSCOW:``) unless an agency in parentheses
    vouches for it (``Washington (Reuters) -``), and the rest of the line must be a
    paragraph.  Only the first paragraph (within ``max_lines``) is looked at.

    A full date opening one of the first ``lead_paragraphs`` paragraphs, as press
    releases and dated leads print it (``Düsseldorf, 22. November 2022 – Der …``,
    ``(21. November 2022) Energieverbraucher …``), becomes ``published`` where no date
    stamp gave one; that text stays (it reads as part of the lead).

    Before::

        WASHINGTON (AP) — The Senate passed the bill late on Tuesday after a long debate.

    After (``dateline="WASHINGTON"``, ``agencies=["Associated Press"]``)::

        The Senate passed the bill late on Tuesday after a long debate.
    """

    name: ClassVar[str] = "dateline"
    reasons: ClassVar[frozenset[str]] = frozenset({"dateline"})
    max_lines: int = 8
    lead_paragraphs: int = 2

    def __post_init__(self) -> None:
        if self.max_lines < 1:
            raise ValueError("dateline: max_lines must be at least 1")
        if self.lead_paragraphs < 0:
            raise ValueError("dateline: lead_paragraphs must be >= 0")

    def __call__(self, doc: Document) -> Document:
        paragraphs = [
            (index, line)
            for index, line in enumerate(doc.lines[: self.max_lines])
            if is_paragraph(line)
        ]
        dated = (lead_date(line) for _, line in paragraphs[: self.lead_paragraphs])
        published = next((date for date in dated if date), None)
        if paragraphs:
            doc = self._trim(doc, *paragraphs[0])
        return doc.with_metadata(published=published)

    def _trim(self, doc: Document, index: int, line: str) -> Document:
        head = line[:400]
        match = _DATELINE.match(head)
        if match:
            place = match["place"]
            wire = agency(match["agency"]) if match["agency"] else None
            if match["agency"] and not wire:
                return doc
            if not (place.isupper() or wire) or place.rstrip(".:") in _NOT_PLACES:
                return doc
            if len(place.replace(".", "")) < 3 and not wire:
                return doc
        else:
            match = _AGENCY_ONLY.match(head)
            wire = agency(match["agency"]) if match else None
            if not wire:
                return doc
            place = None
        rest = head[match.end():]
        # A dateline opens a sentence; "UNICEF: more than a million children …" is an
        # attribution whose statement goes on in lower case.  What is left must still be
        # a paragraph, so the first paragraph stays the first one (and the page head ends
        # where it ended) when the cleaned text is cleaned again.
        if not is_paragraph(rest) or rest[:1].islower():
            return doc
        trimmed = doc.trim(index, match.end(), by=self.name, reason="dateline")
        region = match.groupdict().get("region") or ""
        dateline = f"{place}{region}" if place else None
        return trimmed.with_metadata(dateline=dateline, agencies=[wire] if wire else [])
