"""The immutable document that filters read and return.

A :class:`Document` holds the normalised source text, the surviving *blocks* (one per
non-blank line, each an exact ``(start, end)`` slice of the source), read-only metadata
and the log of every removal.  Filters never edit text: they can only drop whole blocks,
trim a prefix or suffix off a block, or add metadata.  So every character that survives
is a slice of the source and every character removed is logged with who removed it and why.

Example:
    >>> doc = Document.from_text("Advertisement\\nThe minister spoke on Monday.")
    >>> doc = doc.drop({0: "advertisement"}, by="advertisement")
    >>> doc.body
    'The minister spoke on Monday.'
    >>> doc.removals[0].text
    'Advertisement'
"""

from __future__ import annotations

import dataclasses
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType
from typing import Any, NamedTuple

import regex

__all__ = ["LIST_FIELDS", "Document", "Removal", "normalize"]

#: Metadata fields that hold lists; filters extend them instead of replacing them.
LIST_FIELDS = ("authors", "agencies", "contributors")

_NEWLINES = regex.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
# C0/C1 controls (but tab and newline), BOM and zero-width spaces carry no text.
_INVISIBLE = regex.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\u200b\u2060]")
_SPACE_RUN = regex.compile(r"[^\S\n]{2,}|[^\S\n ]")  # runs, or one tab/NBSP
# A space left before `,` or `.` where a hyperlink was stripped: "Stoltenberg , in".
_LINK_SCAR = regex.compile(r"(?<=[\w\p{Pf}\"')\]]) (?=[,.](?:[ \n]|$))")
_LINE = regex.compile(r"[^\n]+")

# The characters the patterns above act on, none of them printable.  Most texts hold
# none, so a step whose characters are absent is skipped: a set of the text's characters
# is much cheaper than a regex scan.  (A test checks these sets against the patterns
# over all of Unicode.)
_NEWLINE_CHARS = frozenset("\r\u2028\u2029\x0b\x0c\x85")
_INVISIBLE_CHARS = frozenset(
    chr(c) for c in (*range(0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0),
                     0xFEFF, 0x200B, 0x2060)
)
_OTHER_SPACES = frozenset(  # whitespace that is neither a space nor a newline
    "\t\x0b\x0c\r\x85\xa0\u1680\u2028\u2029\u202f\u205f\u3000"
    + "".join(chr(c) for c in range(0x2000, 0x200B))
)


def normalize(text: str) -> str:
    """Normalise scraped text once, before any filter reads it.

    Newlines become ``\\n``, text is NFC, invisible control characters go, runs of
    whitespace (NBSP included) inside a line become one space, lines are stripped (so
    whitespace-only lines become blank), and link-stripping scars are closed.

    >>> normalize("Jens Stoltenberg , in Tokyo\\r\\n\\u00a0 \\r\\n  3 days ago ")
    'Jens Stoltenberg, in Tokyo\\n\\n3 days ago'
    """
    # Printable text (newlines aside) holds none of those characters: a quicker look.
    chars = frozenset() if text.replace("\n", "").isprintable() else set(text)
    if not chars.isdisjoint(_NEWLINE_CHARS):
        text = _NEWLINES.sub("\n", text)
        chars = set(text)
    if not chars.isdisjoint(_INVISIBLE_CHARS):
        text = _INVISIBLE.sub("", text)
        chars = set(text)
    normal = unicodedata.normalize("NFC", text)
    if normal is not text:
        text, chars = normal, set(normal)
    if not chars.isdisjoint(_OTHER_SPACES):
        text = _SPACE_RUN.sub(" ", text)
    while "  " in text:  # spaces are the only blanks left: runs become one space
        text = text.replace("  ", " ")
    # A line now starts and ends with one space at most: strip it.
    text = text.replace("\n ", "\n").replace(" \n", "\n")
    text = text[text.startswith(" ") : len(text) - text.endswith(" ")]
    if " ," in text or " ." in text:
        text = _LINK_SCAR.sub("", text)
    return text


class Removal(NamedTuple):
    """One cut: which filter (``by``) removed ``source[start:end]`` and why."""

    by: str
    reason: str
    start: int
    end: int
    text: str


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


@dataclass(frozen=True)
class Document:
    """An immutable news document: source, surviving blocks, metadata, removals.

    Build one with :meth:`from_text`; filters return new documents through
    :meth:`drop`, :meth:`trim` and :meth:`with_metadata` (or the same object when they
    change nothing).
    """

    source: str
    spans: tuple[tuple[int, int], ...]
    metadata: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))
    removals: tuple[Removal, ...] = ()
    input_keys: frozenset[str] = frozenset()

    @classmethod
    def from_text(cls, text: str, **metadata: Any) -> Document:
        """Normalise ``text`` and make one block per non-blank line.

        Keyword arguments are the input record's own fields (``source``, ``id``,
        ``url``, even ``title``); they pass through to the record and filters never
        overwrite them.  ``None`` and empty values count as absent.
        """
        source = normalize(text)
        spans = tuple(m.span() for m in _LINE.finditer(source))
        given = {k: _freeze(v) for k, v in metadata.items() if v not in (None, "", [], ())}
        kept = {k: _freeze(v) for k, v in metadata.items()}
        return cls(source, spans, MappingProxyType(kept), (), frozenset(given))

    # -- reading ------------------------------------------------------------------------

    @cached_property
    def lines(self) -> tuple[str, ...]:
        """The text of each surviving block, in order (computed once per document)."""
        source = self.source
        return tuple(source[start:end] for start, end in self.spans)

    @property
    def body(self) -> str:
        """Surviving blocks as paragraphs separated by one blank line."""
        return "\n\n".join(self.lines)

    # -- changing (each returns a new Document) -----------------------------------------

    def drop(self, reasons: Mapping[int, str], *, by: str) -> Document:
        """Remove whole blocks: ``{block_index: reason}``, logged as removed ``by``."""
        if not reasons:
            return self
        for index in reasons:
            if not 0 <= index < len(self.spans):
                raise IndexError(f"{by}: no block {index} to drop")
        cut = [
            Removal(by, reasons[i], start, end, self.source[start:end])
            for i, (start, end) in enumerate(self.spans)
            if i in reasons
        ]
        spans = tuple(span for i, span in enumerate(self.spans) if i not in reasons)
        return dataclasses.replace(self, spans=spans, removals=self.removals + tuple(cut))

    def trim(
        self, index: int, keep_from: int, keep_to: int | None = None, *, by: str, reason: str
    ) -> Document:
        """Keep only ``line[keep_from:keep_to]`` of block ``index``; log what goes.

        Offsets are relative to the block's text.  Whitespace at the edges of the kept
        part goes with the cut; a block trimmed to nothing is dropped.
        """
        start, end = self.spans[index]
        new_start = start + max(0, keep_from)
        new_end = end if keep_to is None else min(end, start + keep_to)
        while new_start < new_end and self.source[new_start].isspace():
            new_start += 1
        while new_end > new_start and self.source[new_end - 1].isspace():
            new_end -= 1
        if new_start >= new_end:
            return self.drop({index: reason}, by=by)
        if (new_start, new_end) == (start, end):
            return self
        cut = tuple(
            Removal(by, reason, a, b, self.source[a:b])
            for a, b in ((start, new_start), (new_end, end))
            if a < b
        )
        spans = (*self.spans[:index], (new_start, new_end), *self.spans[index + 1 :])
        return dataclasses.replace(self, spans=spans, removals=self.removals + cut)

    def with_metadata(self, *, replace: bool = False, **fields: Any) -> Document:
        """Add metadata found by a filter, never overwriting the input's own fields.

        Empty values are ignored.  List fields (:data:`LIST_FIELDS`) are extended with
        new distinct items.  A scalar a filter already set stays unless ``replace`` is
        true (a later filter refining it, e.g. a date to a date-time of the same day).
        """
        meta = dict(self.metadata)
        for key, value in fields.items():
            if value in (None, "", [], ()) or key in self.input_keys:
                continue
            old = meta.get(key)
            if key in LIST_FIELDS:
                value = tuple(dict.fromkeys((*(old or ()), *value)))
            elif old not in (None, "") and not replace:
                continue
            meta[key] = value
        if meta == self.metadata:
            return self
        return dataclasses.replace(self, metadata=MappingProxyType(meta))

    # -- output -------------------------------------------------------------------------

    def to_record(self) -> dict[str, Any]:
        """The flat output record: fixed fields first, then the input's other fields.

        ``removed`` lists the removals in document order.
        """
        meta = self.metadata
        record: dict[str, Any] = {
            "source": meta.get("source"),
            "title": meta.get("title"),
            "published": meta.get("published"),
            "authors": list(meta.get("authors") or ()),
            "dateline": meta.get("dateline"),
            "agencies": list(meta.get("agencies") or ()),
            "contributors": list(meta.get("contributors") or ()),
            "language": meta.get("language"),
            "body": self.body,
            "removed": [
                {"filter": r.by, "reason": r.reason, "text": r.text}
                for r in sorted(self.removals, key=lambda r: r.start)
            ],
        }
        for key, value in meta.items():
            if key not in record:
                record[key] = list(value) if isinstance(value, tuple) else value
        return record

