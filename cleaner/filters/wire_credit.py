"""Wire credits at the edges of a story: ``AFP``, ``© 2023 The Associated Press``,
"X contributed to this report."."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import agency, all_phrases, alternation
from cleaner.names import parse_contribution
from cleaner.patterns import COPYRIGHT_MARK, SOURCE_LINE, phrase_words
from cleaner.shape import edge_hits, fold, token_count

__all__ = ["WireCredit"]

@cache
def _copyright() -> regex.Pattern[str]:
    """``© 2023 The Associated Press. All rights reserved.``: mark, year, holder, and a
    rights statement in any language of the ``rights_reserved`` phrase kind."""
    rights = alternation(all_phrases("rights_reserved"))
    return regex.compile(
        rf"""(?ix)^(?P<mark>{COPYRIGHT_MARK})\s*(?P<sign>©\s*)?
        (?P<year>\d{{4}}(?:\s*[-–]\s*\d{{4}})?)?\s*,?\s*
        (?P<holder>[^.]{{0,80}}?)\.?\s*
        (?P<rights>(?:{rights})\.?)?
        (?:\s*(?:this\s+material|this\s+article)[^.]{{0,120}}\.)?$"""
    )


_AGENCY_LINE = regex.compile(
    r"^[\s(—–-]*(?P<names>[\p{L}][\p{L} .\-]{0,40}?(?:\s*[/,&]\s*[\p{L}][\p{L} .\-]{0,40}?)*)"
    r"[\s).]*$"
)
_AGENCY_SUFFIX = regex.compile(r"\s*(?:\((?P<a>[^()]{2,30})\)|[—–-]\s*(?P<b>[\p{L}/]{2,30}))\s*$")
# Who holds a copyright: "The Associated Press", "Daily Planet Media Ltd", "Reuters".
_HOLDER = regex.compile(
    r"""(?x)^[\p{Lu}\d][\p{L}\d&'’.\-]*
    (?:\s+(?:[\p{Lu}\d][\p{L}\d&'’.\-]*|of|the|and|&|de|du|des|la|le|y|e)){0,7}$"""
)


# "© 2022, Daily Planet. This article is the copyrighted property of …": the sign and a
# year open the line; the reprint terms after them may say anything.
_SIGN_YEAR = regex.compile(r"^©\s*\d{4}(?:\s*[-–]\s*\d{4})?(?!\d)[\s,.:]")
MAX_SIGN_LINE = 400


def _is_copyright(match: regex.Match[str] | None) -> bool:
    """A copyright line, not a sentence that starts with the word ("Copyright lawyers said…").

    ``©`` or "All rights reserved" make it one; after a bare "Copyright" (and a year) the
    rest must name a holder: "Copyright 2023 was a record year…" is a sentence.
    """
    if match is None:
        return False
    holder = match["holder"].strip(" ,")
    return bool(
        match["mark"].casefold() != "copyright"
        or match["sign"] or match["rights"]
        or not holder or agency(holder) or _HOLDER.match(holder)
    )


_INITIALS = regex.compile(r"^\p{Ll}{2,4}$")
_AGENCY_SEPARATOR = regex.compile(r"\s*[/,&]\s*")
_SOURCE_SEPARATOR = regex.compile(r"\s*[/,&;]\s*|\s+and\s+")


def _agencies(line: str) -> list[str] | None:
    """``AFP`` / ``(AP)`` / ``dpa/AFP`` / ``— Reuters``: the agencies, or ``None``."""
    match = _AGENCY_LINE.match(line) if len(line) <= 60 else None
    if match is None:
        return None
    parts = _AGENCY_SEPARATOR.split(match["names"].strip())
    found = [agency(part) for part in parts]
    # Editors' initials may stand beside the agency: "aja/PAP", "dpa/lno", "AFP/mc".
    initials = [not wire and _INITIALS.match(part) for wire, part in zip(found, parts, strict=True)]
    if not any(found) or not all(wire or mark for wire, mark in zip(found, initials, strict=True)):
        return None
    return [a for a in found if a]


Found = tuple[str, list[str], list[str]]  # reason, agencies, people


def _agency_credit(line: str) -> Found | None:
    wires = _agencies(line)
    return ("agency_line", wires, []) if wires else None


MAX_RIGHTS_TOKENS = 30
MAX_HOLDER_RIGHTS_TOKENS = 12


def _is_rights_line(line: str) -> bool:
    """A rights statement without a copyright mark: "Alle Rechte vorbehalten.",
    "Materiał chroniony prawem autorskim - zasady przedruków określa regulamin.", or a
    short line ending with one ("Daily Planet Media, all rights reserved")."""
    tokens = token_count(line)
    if tokens > MAX_RIGHTS_TOKENS or "?" in line:
        return False
    folded = fold(line)
    found = phrase_words("rights_reserved").search(folded)
    return found is not None and (
        found.start() == 0 or (found.end() == len(folded) and tokens <= MAX_HOLDER_RIGHTS_TOKENS)
    )


def _credit(line: str) -> Found | None:
    """An agency line, a copyright line or a contribution note; ``None`` for anything else."""
    wires = _agencies(line)
    if wires:
        return "agency_line", wires, []
    copyright_ = _copyright().match(line) if len(line) <= 300 else None
    if copyright_ is not None and _is_copyright(copyright_):
        holder = agency(copyright_["holder"].strip(" ,"))
        return "copyright", [holder] if holder else [], []
    if _is_rights_line(line) or (len(line) <= MAX_SIGN_LINE and _SIGN_YEAR.match(line)):
        return "copyright", [], []
    unwrapped = line[1:-1] if line.startswith("(") and line.endswith(")") else line
    credit = parse_contribution(unwrapped)
    if credit:
        return "contribution", list(credit.agencies), list(credit.people)
    # "SOURCE: Al Jazeera News", "Quelle: dpa", "Fuente: EFE": who the story came from.
    source = SOURCE_LINE.match(line) if len(line) <= 120 else None
    if source is not None and token_count(source["who"]) <= 8:
        wires = [a for part in _SOURCE_SEPARATOR.split(source["who"]) if (a := agency(part))]
        return "source_line", wires, []
    return None


@dataclass(frozen=True)
class WireCredit:
    """Remove agency credits, copyright lines and contributor notes; keep who they name.

    Looked for in the last ``tail_lines`` lines, credits not counted (and, for lone
    agency lines, at the top too): a line that is only agencies (``AFP``, ``(AP)``,
    ``dpa/AFP``, with editors' initials ``aja/PAP``), a copyright line (or any line that
    ``©`` and a year open: reprint terms), "Reporting by …;
    Editing by …" (also in parentheses), "X contributed to this report." or a source
    line (``SOURCE: Al Jazeera, AFP``, ``Quelle: dpa``).
    A closing paragraph that ends with an agency in parentheses (``… on Monday. (AFP)``)
    is trimmed.  Agencies are written in one canonical spelling (``data/agencies.json``).

    Before::

        In early July, the minister called for closer maritime cooperation.
        Associated Press writer Kim Tong-hyung in Seoul contributed to this report.
        AFP

    After (``agencies=["Associated Press", "AFP"]``, ``contributors=["Kim Tong-hyung"]``)::

        In early July, the minister called for closer maritime cooperation.
    """

    name: ClassVar[str] = "wire_credit"
    reasons: ClassVar[frozenset[str]] = frozenset(
        {"agency_line", "agency_suffix", "copyright", "contribution", "source_line"}
    )
    tail_lines: int = 6

    def __post_init__(self) -> None:
        if self.tail_lines < 1:
            raise ValueError("wire_credit: tail_lines must be at least 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        if len(lines) < 2:
            return doc
        drops: dict[int, str] = {}
        agencies: list[str] = []
        people: list[str] = []
        # Lone agency lines at the top, then credits in the last lines; credit lines do
        # not use up the window, so cleaning the output again finds nothing new.
        found = edge_hits(lines, 1, lambda i: _agency_credit(lines[i]))
        found.update(edge_hits(lines, self.tail_lines, lambda i: _credit(lines[i]),
                               from_end=True, stop=1))
        for index, (reason, wires, names) in sorted(found.items()):
            drops[index] = reason
            agencies += wires
            people += names
        doc = doc.drop(drops, by=self.name)
        if doc.lines and len(doc.lines) > 1:
            doc, suffix = self._trim_suffix(doc)
            agencies += suffix
        return doc.with_metadata(agencies=agencies, contributors=people)

    def _trim_suffix(self, doc: Document) -> tuple[Document, list[str]]:
        last = len(doc.lines) - 1
        line = doc.lines[last]
        match = _AGENCY_SUFFIX.search(line[-40:])
        wire = agency(match["a"] or match["b"]) if match else None
        if not match or not wire or not line[: len(line) - len(match[0])].rstrip().endswith(
            (".", "!", "?", "”", '"')
        ):
            return doc, []
        keep = len(line) - len(match[0])
        return doc.trim(last, 0, keep, by=self.name, reason="agency_suffix"), [wire]
