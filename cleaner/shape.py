"""Line shapes: is a line a sentence, a headline, a truncated teaser, a person's name?

Filters act when position *and* shape agree; these predicates are the shape half.  They
look at one line, never at the document, and they are cheap.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TypeVar

import regex

T = TypeVar("T")

__all__ = [
    "edge_hits",
    "fold",
    "head_end",
    "is_headline",
    "is_name",
    "is_paragraph",
    "is_sentence",
    "is_truncated",
    "name_case",
    "opens_capitalised",
    "token_count",
]

# A CJK character counts as a token: those scripts write words without spaces.
_TOKEN = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]|[\w'’-]+")
_TERMINAL = regex.compile(r"[.!?。！？…](?:[\"'’”»)\]]|\s)*$")
_TRUNCATED = regex.compile(r"(?:\.\.\.|…|\[…\]|\[\.\.\.\])\s*[\"'’”»)\]]?$")
_FOLD_LEAD = regex.compile(r"[\W_]+")
_FOLD_TRAIL = regex.compile(r"(?r)[\W_]+")  # matched backwards from the end
_SPACES = regex.compile(r"\s+")
_NAME_WORD = regex.compile(
    r"""(?x)
    (?!.*['’]s$)                                         # not a possessive: Reed's
    (?:\p{Lu}[\p{Ll}\p{M}'’]*\.?                        # Mari, J., O'Neil
      (?:[-’']\p{Lu}?[\p{Ll}\p{M}]+)*                   # Tong-hyung, Kim-Lee
    | \p{Lu}{2,}(?:[-’']\p{Lu}+)*                       # KAROUB (all caps)
    | (?:\p{Lu}\.){2,3}                                  # J.R. (initials run together)
    | Mc\p{Lu}\p{Ll}+ | Mac\p{Lu}\p{Ll}+                # McDonald
    )$"""
)
_LETTERS = regex.compile(r"\p{L}+")
_PARTICLES = frozenset(
    "de da do dos das di del della van von der den ten ter la le du bin binti al el y e "
    "zu af av ibn ben".split()
)
MAX_LINE_CHARS = 2000


def token_count(line: str) -> int:
    """Words in ``line`` (each CJK character counts as one; only the first
    ``MAX_LINE_CHARS`` characters are counted)."""
    # Many filters count the same lines, paragraphs included: remember recent ones (at
    # most MAX_LINE_CHARS characters each, so the cache stays small).
    return _count(line[:MAX_LINE_CHARS])


_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
# What _TOKEN sees in each character below U+3000: a token character ("a") or a separator
# (" ").  CJK characters (each a token of its own) are left out, and so is everything
# above: a line holding one is counted by the regex.
_TOKEN_CLASS = {
    code: "a" if _TOKEN.match(chr(code)) else " "
    for code in range(0x3000)
    if not _CJK.match(chr(code))
}
_LATIN1_TOKENS = "".join(_TOKEN_CLASS[code] for code in range(256)).encode("ascii")


@lru_cache(maxsize=4096)
def _count(line: str) -> int:
    # The tokens are the runs of token characters: split is much faster than the regex.
    try:
        return len(line.encode("latin-1").translate(_LATIN1_TOKENS).split())
    except UnicodeEncodeError:
        classes = line.translate(_TOKEN_CLASS)
    return len(classes.split()) if classes.isascii() else len(_TOKEN.findall(line))


def fold(line: str) -> str:
    """Casefolded, punctuation stripped at the edges, spaces collapsed: for comparing.

    >>> fold("  Related Articles: ")
    'related articles'
    """
    # Several filters fold the same short lines of a document: remember recent ones.
    return _fold_short(line) if len(line) <= 300 else _fold(line)


def _fold(line: str) -> str:
    folded = line.casefold()
    lead = _FOLD_LEAD.match(folded)
    start = lead.end() if lead else 0
    trail = _FOLD_TRAIL.match(folded, start)
    folded = folded[start : trail.start() if trail else len(folded)]
    return _SPACES.sub(" ", folded) if _may_have_other_spaces(folded) else folded


def _may_have_other_spaces(text: str) -> bool:
    """Whether ``_SPACES`` might change ``text``: it holds two spaces in a row, or some
    other whitespace.  Exact in one direction, which is all that matters: whitespace other
    than the space is never printable (a test checks all of Unicode), and a text this
    wrongly suspects (one with an invisible character) comes back from ``sub`` unchanged.
    Much quicker than a regex scan of the line."""
    return "  " in text or not text.isprintable()


_fold_short = lru_cache(maxsize=4096)(_fold)


def is_sentence(line: str) -> bool:
    """Ends like a sentence (``.``, ``!``, ``?``, ``…``, possibly behind a quote)."""
    return bool(_TERMINAL.search(line[-20:]))


def is_truncated(line: str) -> bool:
    """Cut off by the site, as teasers are: ends with ``...`` or ``…``."""
    return bool(_TRUNCATED.search(line[-20:]))


def is_paragraph(line: str, min_tokens: int = 12) -> bool:
    """Looks like running article text: long enough and ending like a sentence."""
    tokens = token_count(line)
    return tokens >= 40 or (tokens >= min_tokens and is_sentence(line))


def opens_capitalised(line: str) -> bool:
    """Starts with a capital letter or a digit (behind an opening quote or bracket), as a
    sentence or a headline does; not in lower case, as the rest of a broken sentence.

    >>> opens_capitalised("„Wir sind bereit“, sagte sie."), opens_capitalised(", said she.")
    (True, False)
    """
    first = line.lstrip("\"'‘“«„(¿¡")[:1]
    return first.isalnum() and not first.islower()


def is_headline(line: str, max_tokens: int = 25) -> bool:
    """Shaped like a headline: a few words, starts capitalised, no closing full stop.

    >>> is_headline("NATO chief wants firmer ties with Japan to defend democracy")
    True
    >>> is_headline("The talks ended on Monday."), is_headline("read more")
    (False, False)
    """
    if len(line) > 250 or not 2 <= token_count(line) <= max_tokens:
        return False
    if not opens_capitalised(line):
        return False
    stripped = line.rstrip("\"'’”»)")
    return not stripped.endswith((".", ",", ";", ":")) or stripped.endswith("...")


def is_name(text: str) -> bool:
    """A person's name: 2–5 capitalised words (particles such as ``van``, ``de`` allowed),
    none of them a possessive (``Ryan Reed's Stories``).

    >>> is_name("Kim Tong-hyung"), is_name("JEFF KAROUB"), is_name("the end of the year")
    (True, True, False)
    """
    words = text.split()
    if not 2 <= len(words) <= 5 or len(text) > 60:
        return False
    capitalised = [w for w in words if w not in _PARTICLES]
    return len(capitalised) >= 2 and all(_NAME_WORD.match(w) for w in capitalised)

def name_case(name: str) -> str:
    """Proper case for a name printed in capitals; other names are left as written.

    >>> name_case("JEFF KAROUB"), name_case("Mari Yamaguchi"), name_case("KIM TONG-HYUNG")
    ('Jeff Karoub', 'Mari Yamaguchi', 'Kim Tong-Hyung')
    """
    if not name.isupper():
        return name
    return str(_LETTERS.sub(lambda m: m[0].capitalize(), name.casefold()))


def head_end(lines: Sequence[str], cap: int) -> int:
    """Where the page head ends: the first paragraph-shaped line, at most ``cap``.

    Titles, bylines, date stamps and site chrome sit before it.
    """
    for index, line in enumerate(lines[:cap]):
        if is_paragraph(line):
            return index
    return min(cap, len(lines))


def edge_hits(
    lines: Sequence[str],
    size: int,
    test: Callable[[int], T | None],
    *,
    from_end: bool = False,
    stop: int = 0,
) -> dict[int, T]:
    """The lines at one edge that ``test(index)`` finds something in: ``{index: result}``.

    The window is the first (or, ``from_end``, the last) ``size`` lines *that test finds
    nothing in*, with the hits among them; lines before ``stop`` are never looked at.
    Hits do not count towards ``size``, so removing them pulls no new line into the
    window: a filter that removes what this finds removes nothing more when it runs
    again on its own output.

    >>> lines = ["AFP", "Text.", "AFP", "Text.", "AFP", "AFP"]
    >>> edge_hits(lines, 1, lambda i: lines[i] == "AFP" or None, from_end=True)
    {5: True, 4: True}
    >>> edge_hits(lines, 2, lambda i: lines[i] == "AFP" or None, from_end=True)
    {5: True, 4: True, 2: True}
    """
    hits: dict[int, T] = {}
    seen = 0
    order = range(len(lines) - 1, stop - 1, -1) if from_end else range(stop, len(lines))
    for index in order:
        if seen >= size:
            break
        found = test(index)
        if found:
            hits[index] = found
        else:
            seen += 1
    return hits
