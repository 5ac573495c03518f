"""Patterns shared by several filters, compiled once from the phrase packs.

Every pattern is anchored, runs on one line, and is only applied to lines shorter than
the caller's cap; none nests unbounded quantifiers.
"""

from __future__ import annotations

import regex

from cleaner.lexicon import all_phrases, alternation, phrases

__all__ = [
    "BYLINE",
    "READING_TIME",
    "RELATIVE_TIME",
    "RULE",
    "SOURCE_LINE",
    "phrase_prefix",
]


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

_READING = "|".join(f"(?:{p})" for ps in phrases("reading_time").values() for p in ps)

#: A line that is only a reading time: ``5 min read``, ``Lesezeit: 3 Min.``, ``(5 minutos)``.
READING_TIME = regex.compile(rf"(?i)^[\s•·|(-]*(?:{_READING})[\s.)]*$")

_BYLINE_LABELS = all_phrases("byline_labels")

#: A byline: ``By Mari Yamaguchi and Haruka Nuga``, ``Von Anna Schmidt``, ``Autor: Anna Schmidt``.
#: A noun label ("Author", "Text") needs its colon: "Author Salman Rushdie Speaks Out" is a
#: headline, not a byline.
BYLINE = regex.compile(
    rf"""(?ix)^(?:
        (?:{alternation(_BYLINE_LABELS)})\s*:\s*
      | (?:{alternation(all_phrases("byline_prefixes") - _BYLINE_LABELS)})(?:\s*:\s*|\s+)
    )(?P<names>\S.*)$"""
)

#: A source line: ``SOURCE: Al Jazeera News``, ``Quelle: dpa``, ``Fuente: EFE``.  "Quelle" also
#: labels photo credits; at the end of a story it names where the story came from.
SOURCE_LINE = regex.compile(
    r"(?i)^(?:sources?|quellen?|fuentes?|fontes?|źródło|bron|kilde|källa|lähde)\s*:\s*"
    r"(?P<who>[^.!?]{2,80})\.?$"
)

#: A rule drawn with characters: ``___``, ``* * *``, ``-----``, ``•••``.
RULE = regex.compile(r"^(?:[_*=~#•·+-] ?){3,}$")
