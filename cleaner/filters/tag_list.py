"""Tag and category lines: ``Tags: Flooding, Rotterdam``, ``Filed under: Politics |``,
``Themen:``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.shape import edge_hits, fold, is_sentence, token_count

__all__ = ["TagList"]

MAX_CHARS = 300
_ITEM_SEPARATORS = regex.compile(r"\s*[,;|/·•#]\s*")


@cache
def _label() -> regex.Pattern[str]:
    labels = alternation(all_phrases("taxonomy_labels"))
    return regex.compile(rf"(?i)^(?:{labels})\s*:\s*(?P<items>.*)$")


def _is_tag_list(items: str, max_words: int) -> bool:
    """``Flooding, Rotterdam | City Council``: short items, no sentence.

    A list that ends like a sentence must be one of single words or pairs ("Budget,
    Haushalt."): "Themen: Die Regierung will sparen, sagt Lindner." is a sentence.
    """
    parts = [p for p in _ITEM_SEPARATORS.split(items.strip(" |,;")) if p]
    longest = max((token_count(p) for p in parts), default=0)
    return longest <= max_words and not (is_sentence(items) and (len(parts) == 1 or longest > 2))


MIN_LIST_ITEMS = 3
# Under a label alone, keyword phrases may be a little longer ("stock car santa cruz do sul").
MAX_LIST_ITEM_WORDS = 8


def _is_comma_list(line: str) -> bool:
    """``calendario 2018, stock car brasil, interlagos``: three or more short items."""
    if len(line) > MAX_CHARS or line.count(",") < MIN_LIST_ITEMS - 1:
        return False
    return _is_tag_list(line, MAX_LIST_ITEM_WORDS)


@dataclass(frozen=True)
class TagList:
    """Remove a taxonomy line: a label ("Tags", "Filed under", "Themen", "Etiquetas",
    …), a colon, and a list of short items (each at most ``max_words`` words).

    "Topics: the council discussed flooding and the budget." is a sentence and stays.
    Among the last ``tail_lines`` lines a label may stand alone, the list on the line
    under it (at least three items, separated by commas); a label alone closing the page
    goes too ("Kategorien").

    Before::

        The council will vote again in March.
        Tags: Flooding, Rotterdam, City Council
        Topics
        Housing, Climate change, Local elections

    After::

        The council will vote again in March.
    """

    name: ClassVar[str] = "tag_list"
    reasons: ClassVar[frozenset[str]] = frozenset({"tag_list"})
    max_words: int = 5
    tail_lines: int = 3

    def __post_init__(self) -> None:
        if self.max_words < 1 or self.tail_lines < 0:
            raise ValueError("tag_list: max_words must be at least 1, tail_lines >= 0")

    def __call__(self, doc: Document) -> Document:
        label = _label()
        drops: dict[int, str] = {}
        for index, line in enumerate(doc.lines):
            # The label needs its colon: most lines have none, and skip the long pattern.
            match = label.match(line) if len(line) <= MAX_CHARS and ":" in line else None
            if match and _is_tag_list(match["items"], self.max_words):
                drops[index] = "tag_list"
        lines = doc.lines
        labels = all_phrases("taxonomy_labels")

        def labelled_list(index: int) -> str | None:
            """A label alone and the list under it ("Tags" / "stock car, interlagos, …")."""
            pair = any(
                0 <= top and top + 1 < len(lines)
                and fold(lines[top]) in labels and _is_comma_list(lines[top + 1])
                for top in (index - 1, index)
            )
            return "tag_list" if pair or index in drops else None

        # Hits never use up a window, so removing them pulls no new line into it.
        drops.update(edge_hits(lines, self.tail_lines, labelled_list, from_end=True))
        drops.update(edge_hits(
            lines, 1, lambda i: "tag_list" if i in drops or fold(lines[i]) in labels else None,
            from_end=True,
        ))
        return doc.drop(drops, by=self.name)
