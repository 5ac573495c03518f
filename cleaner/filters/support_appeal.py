"""Appeals for readers' money: ``Support our journalism``, ``Unterstützen Sie uns``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.patterns import phrase_words
from cleaner.shape import edge_hits, token_count

__all__ = ["SupportAppeal"]

MAX_CHARS = 400
# Quotation marks: someone in the story asking for help ("'Help us continue,' she said").
_QUOTE = regex.compile(r"[\"“”„«»]")


@dataclass(frozen=True)
class SupportAppeal:
    """Remove a publication's appeal for support among the last ``tail_lines`` lines.

    A line must ask, in the publication's own voice, for support or a donation: a phrase
    from the phrase packs ("support our journalism", "help us continue", "Unterstützen
    Sie uns", "Faites un don", "Apoya nuestro periodismo", …) in at most ``max_tokens``
    words.  A quotation ("'Please support us,' the director said.") is someone in the
    story speaking and stays, and so does the text above the tail.

    Before::

        The festival will return next summer, the organisers said.
        If you enjoyed this article, please consider supporting our work. Donate now.

    After::

        The festival will return next summer, the organisers said.
    """

    name: ClassVar[str] = "support_appeal"
    reasons: ClassVar[frozenset[str]] = frozenset({"support_appeal"})
    tail_lines: int = 6
    max_tokens: int = 45

    def __post_init__(self) -> None:
        if self.tail_lines < 0 or self.max_tokens < 1:
            raise ValueError("support_appeal: tail_lines >= 0 and max_tokens >= 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines

        def appeal(index: int) -> str | None:
            line = lines[index]
            if len(line) > MAX_CHARS or token_count(line) > self.max_tokens or _QUOTE.search(line):
                return None
            found = phrase_words("support_appeals").search(line.casefold())
            return "support_appeal" if found else None

        return doc.drop(edge_hits(lines, self.tail_lines, appeal, from_end=True), by=self.name)
