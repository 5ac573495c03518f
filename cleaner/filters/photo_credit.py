"""Photo credits: ``Photo: Jane Doe/Getty Images``, ``(AP Photo/Jae C. Hong)``, ``Foto: dpa``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import agency, all_phrases, alternation
from cleaner.patterns import SOURCE_LINE
from cleaner.shape import is_sentence, token_count

__all__ = ["PhotoCredit"]

MAX_CHARS = 200
MAX_CREDIT_TOKENS = 12
_PARTS = regex.compile(r"\s*[/,&]\s*")


@cache
def _credit() -> regex.Pattern[str]:
    """A credit: ``Photo: X``, ``X/Getty Images``, ``AP Photo/X``, ``Getty Images``."""
    prefix = alternation(all_phrases("photo_prefixes"))
    source = alternation(all_phrases("photo_agencies"))
    name = r"[\p{L}][\p{L} .'’\-]{0,60}"
    return regex.compile(
        rf"""(?ix)
        [(\[]?\s*(?:©\s*)?(?:
            (?:{prefix})(?:\s+(?:credit|by))?\s*[:|©]\s*[^()\[\]]{{2,120}}?  # Photo: Jane Doe/AFP
          | (?:(?:photo|image|foto)\s+by\s+)?{name}\s*/\s*(?:{source})
            (?:\s+via\s+(?:{source}))?                            # Jane Doe/AFP via Getty Images
          | (?:{source})\s*(?:photo)?\s*/\s*{name}                # AP Photo/Jae C. Hong
          | (?:{source})(?:\s*/\s*(?:{source}))*                  # Getty Images
        )\s*[)\]]?
      | ©\s*{name}(?:\s*[/|]\s*{name}){{0,3}}                        # © Bundesrat | Jane Doe"""
    )


# A trailing credit ends at most this many characters after its ":" (the pattern below).
_TRAILING_CHARS = 81


@cache
def _trailing_credit() -> regex.Pattern[str]:
    """Where a credit starts at the end of a caption, without brackets: ``… Schweiz. © AFP``,
    ``… in Berlin. Foto: dpa``, ``Logo des Preises | © Springer``."""
    prefix = alternation(all_phrases("photo_prefixes"))
    return regex.compile(
        rf"(?i)(?:\s+\|\s*|(?<=[.!?])\s+|\s+(?=©))(?:©|(?:{prefix})\s*:)[^©|]{{2,80}}$"
    )


def _trailing_start(line: str) -> int | None:
    """Where a trailing credit starts in ``line``, if it ends with one.  A line without
    "©" and without ":" in its last :data:`_TRAILING_CHARS` characters cannot (most
    paragraphs): the pattern is not tried on them."""
    if "©" not in line and ":" not in line[-_TRAILING_CHARS:]:
        return None
    found = _trailing_credit().search(line)
    return found.start() if found else None


# A credit has a label mark or a slash, or else is one agency's name (and brackets,
# "©" and single spaces around it): longer text without them is not worth the pattern.
_CREDIT_MARKS = frozenset(":|©/")


@cache
def _bare_credit_chars() -> int:
    return max(map(len, all_phrases("photo_agencies"))) + len("( © )")


@lru_cache(maxsize=4096)  # a line is read again on the pipeline's next pass
def _is_credit(text: str) -> bool:
    """A whole credit, not a sentence behind a label ("Credit: the bank cut rates, it said.")
    nor a caption ("Cover image: an artist's impression of the bridge at night, seen from
    the river bank"): a credit is a few names."""
    if (_CREDIT_MARKS.isdisjoint(text) and len(text) > _bare_credit_chars()
            and text.isprintable() and "  " not in text):
        return False
    if not _credit().fullmatch(text):
        return False
    tokens = token_count(text)
    return tokens <= MAX_CREDIT_TOKENS and not (is_sentence(text) and tokens >= 5)


def _is_trailing(line: str, start: int) -> bool:
    """A credit ends the caption: it is a whole credit, not only news agencies (a wire
    story's sign-off ``… said. (AFP)`` is for ``wire_credit``), and the caption before
    it keeps some words."""
    credit = line[start:].strip(" |")
    if SOURCE_LINE.match(credit):
        return False  # "… rose 3%. Quelle: Destatis" cites the article's source
    return token_count(line[:start]) >= 2 and _is_credit(credit) and not _only_agencies(credit)


def _only_agencies(credit: str) -> bool:
    """``AFP``, ``(Reuters)``, ``dpa/AFP``, ``© AFP``, ``Quelle: dpa``: news agencies and
    nothing else (a source label allowed)."""
    source = SOURCE_LINE.match(credit.strip("()[] "))
    names = source["who"] if source else credit
    parts = [part for part in _PARTS.split(names.strip("()[]© ")) if part]
    return bool(parts) and all(agency(part) for part in parts)


@dataclass(frozen=True)
class PhotoCredit:
    """Remove photo-credit lines; trim a credit in brackets off the end of a caption.

    A whole line that is a credit goes (a bare news-agency name such as ``AFP`` is left
    to ``wire_credit``, which records the agency).  A caption keeps its words and loses
    its trailing ``(AP Photo/…)`` (with a full stop after it), or an unbracketed credit
    after its last sentence or a bar (``… in Berlin. Foto: X/dpa``, ``… | © Springer``); a
    paragraph's closing ``Quelle: Destatis`` names its source and stays.  In the last
    ``tail_lines`` lines a credit naming only news agencies (``(AFP)``, ``dpa/AFP``,
    ``Quelle: dpa``) is how a wire story signs off: it is left to ``wire_credit`` too.

    Before::

        Photo: Jane Doe/Getty Images
        Firefighters work at the scene on Monday. (AP Photo/Jae C. Hong)
        The fire broke out before dawn.

    After::

        Firefighters work at the scene on Monday.
        The fire broke out before dawn.
    """

    name: ClassVar[str] = "photo_credit"
    reasons: ClassVar[frozenset[str]] = frozenset({"photo_credit"})
    tail_lines: int = 6

    def __post_init__(self) -> None:
        if self.tail_lines < 0:
            raise ValueError("photo_credit: tail_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        drops: dict[int, str] = {}
        trims: dict[int, int] = {}
        tail = len(doc.lines) - self.tail_lines
        for index, line in enumerate(doc.lines):
            if len(line) > MAX_CHARS * 4:
                continue
            if len(line) <= MAX_CHARS and _is_credit(line) and not agency(line.strip("()[] ")):
                if not (index >= tail and _only_agencies(line)):
                    drops[index] = "photo_credit"
            elif (start := _trailing_start(line)) is not None and _is_trailing(line, start):
                trims[index] = start
            elif line.rstrip(".").endswith((")", "]")):
                # Peel every bracketed credit off the end at once, so a second run finds
                # nothing more: "Caption (Photo: X) (AFP)"; a full stop after the last
                # bracket goes with it: "… en el Congreso (Foto: X/REUTERS).".
                end = keep = len(line.rstrip("."))
                while (rest := line[:keep].rstrip()).endswith((")", "]")):
                    opening = max(rest.rfind("("), rest.rfind("["))
                    if opening <= 0 or not _is_credit(rest[opening:]):
                        break
                    if index >= tail and _only_agencies(rest[opening:]):
                        break
                    keep = opening
                rest = line[:keep].rstrip()
                if keep == end:
                    continue
                if _is_credit(rest) and not agency(rest.strip("()[] ")):
                    drops[index] = "photo_credit"  # what is left is a credit too
                else:
                    trims[index] = keep
        for index, keep in trims.items():
            doc = doc.trim(index, 0, keep, by=self.name, reason="photo_credit")
        return doc.drop(drops, by=self.name)
