"""Advertisement markers: ``Advertisement``, ``Story continues below``, ``Anzeige``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.shape import fold

__all__ = ["Advertisement"]

MAX_CHARS = 80


@dataclass(frozen=True)
class Advertisement:
    """Remove lines that are only an advertisement marker (any phrase-pack language).

    Before::

        The minister spoke on Monday.
        ADVERTISEMENT
        Story continues below advertisement
        He said the talks would resume.

    After::

        The minister spoke on Monday.
        He said the talks would resume.
    """

    name: ClassVar[str] = "advertisement"
    reasons: ClassVar[frozenset[str]] = frozenset({"advertisement"})

    def __call__(self, doc: Document) -> Document:
        markers = all_phrases("advertisement")
        drops = {
            i: "advertisement"
            for i, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS and fold(line) in markers
        }
        return doc.drop(drops, by=self.name)
