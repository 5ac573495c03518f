"""Phrase packs and the agency table, loaded once from ``cleaner/data/*.json``.

The wording of junk ("Read more", "Anzeige", "Lire aussi", month names, …) is data, not
code: adding a language means adding phrases to ``data/phrases.json``.  This module turns
that data into the sets and lookups the filters and :mod:`cleaner.patterns` use.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from functools import cache, lru_cache
from importlib.resources import files
from typing import Any

import regex

__all__ = [
    "agency", "all_phrases", "alternation", "date_words", "may_mention", "phrase_kinds", "phrases"
]


@cache
def _load(name: str) -> dict[str, Any]:
    text = files("cleaner").joinpath("data").joinpath(name).read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    data.pop("_about", None)
    return data


def alternation(words: Iterable[str]) -> str:
    r"""A regex alternation of ``words``, escaped, longest first (so the longest wins), then
    in alphabetical order: the same pattern text whatever the order of ``words`` (a set's
    order changes with ``PYTHONHASHSEED``).

    >>> alternation(["read", "read more"]) == r"read\ more|read"
    True
    """
    return "|".join(regex.escape(w) for w in sorted(words, key=lambda w: (-len(w), w)))


def phrases(kind: str) -> Any:
    """The raw entry ``kind`` of ``phrases.json`` (a per-language mapping or a list)."""
    return _load("phrases.json")[kind]


def phrase_kinds() -> tuple[str, ...]:
    """The kinds of phrases in ``phrases.json``, in the file's order."""
    return tuple(_load("phrases.json"))


@cache
def all_phrases(kind: str) -> frozenset[str]:
    """Every phrase of ``kind`` in every language, casefolded."""
    entry = phrases(kind)
    values = entry if isinstance(entry, list) else [p for ps in entry.values() for p in ps]
    return frozenset(p.casefold() for p in values)


@cache
def date_words() -> frozenset[str]:
    """Weekday and month names in every language, casefolded ("monday", "märz", "jan")."""
    return all_phrases("weekdays") | all_phrases("months")


#: Characters that a ``(?i)`` pattern matches with a letter they do not casefold to
#: ("İ" matches "i" but casefolds to "i̇"); a text holding one gets no shortcut.
CASE_EXCEPTIONS = frozenset("\u0130")


def may_mention(text: str, phrases: Iterable[str]) -> bool:
    """Whether a case-insensitive pattern built from ``phrases`` (casefolded) might match
    somewhere in ``text``.

    ``False`` means no line of ``text`` holds any of them: a filter skips its per-line
    patterns after one cheap look at the whole text.

    >>> may_mention("We use COOKIES.", ["cookie"]), may_mention("No such word.", ["cookie"])
    (True, False)
    """
    return _may_mention(text, frozenset(phrases))


@lru_cache(maxsize=16)  # the pipeline's next pass asks again about the same source text
def _may_mention(text: str, phrases: frozenset[str]) -> bool:
    folded = _casefolded(text)
    return folded is None or any(needle in folded for needle in _needles(phrases))


@lru_cache(maxsize=16)
def _needles(phrases: frozenset[str]) -> tuple[str, ...]:
    """The phrases that hold no other one: "cookies" is found wherever "cookie" is."""
    return tuple(sorted(p for p in phrases if not any(q != p and q in p for q in phrases)))


@lru_cache(maxsize=4)  # the filters of a pipeline ask about the same document in turn
def _casefolded(text: str) -> str | None:
    return None if any(char in text for char in CASE_EXCEPTIONS) else text.casefold()


@cache
def _agency_table() -> dict[str, str]:
    return {
        alias.casefold(): canonical
        for canonical, aliases in _load("agencies.json").items()
        for alias in (canonical, *aliases)
    }


def agency(name: str) -> str | None:
    """The canonical spelling of a news agency, or ``None`` if ``name`` is not one.

    >>> agency("the associated press"), agency("AFP"), agency("Le Monde")
    ('Associated Press', 'AFP', None)
    """
    return _agency_table().get(name.strip().casefold())
