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


@dataclass(frozen=True)
class TagList:
    """Remove a taxonomy line: a label ("Tags", "Filed under", "Themen", "Etiquetas",
    …), a colon, and a list of short items (each at most ``max_words`` words).

    "Topics: the council discussed flooding and the budget." is a sentence and stays.

    Before::

        The council will vote again in March.
        Tags: Flooding, Rotterdam, City Council

    After::

        The council will vote again in March.
    """

    name: ClassVar[str] = "tag_list"
    reasons: ClassVar[frozenset[str]] = frozenset({"tag_list"})
    max_words: int = 5

    def __post_init__(self) -> None:
        if self.max_words < 1:
            raise ValueError("tag_list: max_words must be at least 1")

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
        drops.update(edge_hits(lines, 1, lambda i: "tag_list" if fold(lines[i]) in labels else None,
                               from_end=True))
        return doc.drop(drops, by=self.name)
