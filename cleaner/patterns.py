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
    "COPYRIGHT_MARK",
    "PREFIX_SEPARATORS",
    "READING_TIME",
    "RELATIVE_TIME",
    "RULE",
    "SOURCE_LINE",
    "PhraseWords",
    "is_reading_time",
    "is_relative_time",
    "phrase_prefix",
    "phrase_words",
]


@cache
def phrase_words(kind: str) -> PhraseWords:
    """Any phrase of ``kind`` as whole words, for casefolded text: ``search`` finds one
    anywhere, ``match`` at the start ("subscribe" opens "subscribe now", not "subscribers").
    """
    return PhraseWords(all_phrases(kind))


_WORD = regex.compile(r"\w+")


class PhraseWords:
    """A pattern for any of ``phrases`` as whole words, behind exact cheap pre-checks.

    The alternations are long and slow to try at every position of a line, and most
    lines hold no phrase.  A phrase matched as whole words (``\\w`` neither just before
    nor just after it) brings each of its own words (runs of ``\\w``) into the text as a
    whole word: inside the phrase a word ends at a literal non-word character, at its
    edges at the lookarounds.  So a text without the phrase's longest word cannot hold
    the phrase, and a text that does not start with its first word cannot start with it.
    A phrase that starts with a non-word character turns the pre-check off.

    A ``slot`` in a phrase (``"our <network> channel"``) stands for any of ``fillers``.
    The pre-checks read each phrase spelled out with each filler, and prefer a phrase's
    own words to a filler ("channel", not "facebook"): a filler is a common word.
    """

    def __init__(
        self, phrases: frozenset[str], *, slot: str = "", fillers: tuple[str, ...] = ()
    ) -> None:
        pattern = alternation(phrases)
        spelled = list(phrases)
        if slot:
            filled = "|".join(map(regex.escape, fillers))
            pattern = pattern.replace(regex.escape(slot), f"(?:{filled})")
            spelled = [p.replace(slot, filler) for p in phrases for filler in fillers]
        self.pattern = regex.compile(rf"(?<!\w)(?:{pattern})(?!\w)")
        words = [_WORD.findall(p) for p in spelled]
        starts_with_word = all(_WORD.match(p) for p in spelled)
        self._firsts = frozenset(w[0] for w in words) if starts_with_word else None
        self._keys = (
            frozenset(max(w, key=lambda word: (word not in fillers, len(word))) for w in words)
            if all(words)
            else None
        )

    def match(self, folded: str, pos: int = 0) -> regex.Match[str] | None:
        """The phrase that ``folded`` starts with (at ``pos``), as ``Pattern.match``."""
        if self._firsts is not None:
            first = _WORD.match(folded, pos)
            if first is None or first[0] not in self._firsts:
                return None
        return self.pattern.match(folded, pos)

    def search(self, folded: str, pos: int = 0) -> regex.Match[str] | None:
        """The first phrase in ``folded`` (from ``pos``), as ``Pattern.search``."""
        if self._keys is not None:
            words = _words(folded) if pos == 0 else frozenset(_WORD.findall(folded, pos))
            if self._keys.isdisjoint(words):
                return None
        return self.pattern.search(folded, pos)


def _words(text: str) -> frozenset[str]:
    """The words of ``text`` (several filters search the same short lines)."""
    return _short_words(text) if len(text) <= _CACHED_CHARS else frozenset(_WORD.findall(text))


@lru_cache(maxsize=4096)
def _short_words(text: str) -> frozenset[str]:
    return frozenset(_WORD.findall(text))


# What separates a prefix from the rest: a colon, or (after a space) a run of these.
_PREFIX_ARROWS = "|>»→▶►–—-"  # the hyphen last: a literal in a character class

#: A line matched by a :func:`phrase_prefix` pattern holds one of these characters.
PREFIX_SEPARATORS = frozenset(":" + _PREFIX_ARROWS)


def phrase_prefix(kind: str) -> regex.Pattern[str]:
    """A line that starts with a phrase of ``kind``, then a separator, then the rest.

    ``READ MORE: Markets slide`` → ``rest='Markets slide'``; brackets around the whole
    insert (``[Related: …]``) are allowed.
    """
    return regex.compile(
        rf"(?i)^[\s▶►>»•*|\[(-]*(?:{alternation(all_phrases(kind))})(?:\s*:|\s+[{_PREFIX_ARROWS}]+)\s*(?P<rest>.+?)[\])]?$"
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

#: A copyright mark, for a case-insensitive pattern: "©", "ⓒ", "(c)", "Copyright".
COPYRIGHT_MARK = r"(?:©|ⓒ|\(c\)|copyright)"

#: A rule drawn with characters: ``___``, ``* * *``, ``-----``, ``•••``.
RULE = regex.compile(r"^(?:[_*=~#•·+-] ?){3,}$")
