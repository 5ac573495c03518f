"""Patterns shared by several filters, compiled once from the phrase packs.

Every pattern is anchored, runs on one line, and is only applied to lines shorter than
the caller's cap; none nests unbounded quantifiers.
"""

from __future__ import annotations

from functools import cache, lru_cache

import regex

from cleaner.lexicon import all_phrases, alternation, phrases

__all__ = [
    "BYLINE",
    "READING_TIME",
    "RELATIVE_TIME",
    "RULE",
    "SOURCE_LINE",
    "is_reading_time",
    "is_relative_time",
    "phrase_prefix",
    "phrase_words",
]


@cache
def phrase_words(kind: str) -> regex.Pattern[str]:
    """Any phrase of ``kind`` as whole words, for casefolded text: ``search`` finds one
    anywhere, ``match`` at the start ("subscribe" opens "subscribe now", not "subscribers").
    """
    return regex.compile(rf"(?<!\w)(?:{alternation(all_phrases(kind))})(?!\w)")


def phrase_prefix(kind: str) -> regex.Pattern[str]:
    """A line that starts with a phrase of ``kind``, then a separator, then the rest.

    ``READ MORE: Markets slide`` → ``rest='Markets slide'``; brackets around the whole
    insert (``[Related: …]``) are allowed.
    """
    return regex.compile(
        rf"(?i)^[\s▶►>»•*|\[(-]*(?:{alternation(all_phrases(kind))})(?:\s*:|\s+[|>»→▶►–—-]+)\s*(?P<rest>.+?)[\])]?$"
    )


_RELATIVE = "|".join(f"(?:{p})" for ps in phrases("relative_time").values() for p in ps)
_TIME_LABELS = alternation(all_phrases("published_labels") | all_phrases("updated_labels"))

#: A line that is only a relative time: ``3 days ago``, ``47 minutes``, ``vor 2 Stunden``.
RELATIVE_TIME = regex.compile(
    rf"(?i)^[\s•·|-]*(?:(?:{_TIME_LABELS})\s*:?\s*)?(?:{_RELATIVE})[\s.]*$"
)

# Several filters ask both questions of the same short lines, again on a later pass:
# remember the answers for lines up to this long.
_CACHED_CHARS = 300


def is_relative_time(line: str) -> bool:
    """The line is only a relative time (:data:`RELATIVE_TIME`)."""
    return _is_relative(line) if len(line) <= _CACHED_CHARS else bool(RELATIVE_TIME.match(line))


@lru_cache(maxsize=4096)
def _is_relative(line: str) -> bool:
    return bool(RELATIVE_TIME.match(line))


_READING = "|".join(f"(?:{p})" for ps in phrases("reading_time").values() for p in ps)

#: A line that is only a reading time: ``5 min read``, ``Lesezeit: 3 Min.``, ``(5 minutos)``.
READING_TIME = regex.compile(rf"(?i)^[\s•·|(-]*(?:{_READING})[\s.)]*$")



def is_reading_time(line: str) -> bool:
    """The line is only a reading time (:data:`READING_TIME`)."""
    return _is_reading(line) if len(line) <= _CACHED_CHARS else bool(READING_TIME.match(line))


@lru_cache(maxsize=4096)
def _is_reading(line: str) -> bool:
    return bool(READING_TIME.match(line))


_BYLINE_LABELS = all_phrases("byline_labels")

#: A byline: ``By Mari Yamaguchi and Haruka Nuga``, ``Von Anna Schmidt``, ``Autor: Anna Schmidt``.
#: A noun label ("Author", "Text") needs its colon: "Author Salman Rushdie Speaks Out" is a
#: headline, not a byline.
BYLINE = regex.compile(
    rf"""(?ix)^(?:
        (?P<label>{alternation(_BYLINE_LABELS)})\s*:\s*
      | (?:{alternation(all_phrases("byline_prefixes") - _BYLINE_LABELS)})(?:\s*:\s*|\s+)
    )(?P<names>\S.*)$"""
)

#: A source line: ``SOURCE: Al Jazeera News``, ``Quelle: dpa``, ``Fuente: EFE``.  "Quelle" also
#: labels photo credits; at the end of a story it names where the story came from.  A full
#: stop after a digit is a date's, not a sentence's: ``Quelle: DJV, 02. Februar 2022``.
SOURCE_LINE = regex.compile(
    r"(?i)^(?:sources?|quellen?|fuentes?|fontes?|źródło|bron|kilde|källa|lähde)\s*:\s*"
    r"(?P<who>(?:[^.!?]|(?<=\d)\.){2,80})\.?$"
)

#: A rule drawn with characters: ``___``, ``* * *``, ``-----``, ``•••``.
RULE = regex.compile(r"^(?:[_*=~#•·+-] ?){3,}$")
