"""Rules drawn with characters: ``___``, ``* * *``, ``-----``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document
from cleaner.patterns import RULE

__all__ = ["Rule"]

_RULE_CHARS = frozenset("_*=~#•·+-")  # what RULE allows a rule to start with


@dataclass(frozen=True)
class Rule:
    """Remove lines drawn only with rule characters (``_ * = ~ # • · + -``).

    They separate a story from its credits or a section break; they carry no text.

    Before::

        Japan also hopes to ease restrictions on arms exports.
        ___
        Associated Press writer Kim Tong-hyung contributed to this report.

    After::

        Japan also hopes to ease restrictions on arms exports.
        Associated Press writer Kim Tong-hyung contributed to this report.
    """

    name: ClassVar[str] = "rule"
    reasons: ClassVar[frozenset[str]] = frozenset({"rule"})

    def __call__(self, doc: Document) -> Document:
        drops = {
            i: "rule"
            for i, line in enumerate(doc.lines)
            if line[:1] in _RULE_CHARS and len(line) <= 200 and RULE.match(line)
        }
        return doc.drop(drops, by=self.name)
