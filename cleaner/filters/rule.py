"""Rules drawn with characters: ``___``, ``* * *``, ``-----``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document
from cleaner.patterns import RULE

__all__ = ["Rule"]

_RULE_CHARS = frozenset("_*=~#•·+-")  # what RULE allows a rule to start with
_BULLETS = frozenset("-•")  # a list marker whose item went to the next line, or nowhere


@dataclass(frozen=True)
class Rule:
    """Remove lines drawn only with rule characters (``_ * = ~ # • · + -``).

    They separate a story from its credits or a section break; they carry no text.  A
    list marker alone on a line (``-``, ``•``: its item's text went to the next line, or
    was a link that is gone) goes too, as ``empty_bullet``.

    Before::

        Japan also hopes to ease restrictions on arms exports.
        ___
        Associated Press writer Kim Tong-hyung contributed to this report.

    After::

        Japan also hopes to ease restrictions on arms exports.
        Associated Press writer Kim Tong-hyung contributed to this report.
    """

    name: ClassVar[str] = "rule"
    reasons: ClassVar[frozenset[str]] = frozenset({"rule", "empty_bullet"})

    def __call__(self, doc: Document) -> Document:
        drops = {
            i: "empty_bullet" if line in _BULLETS else "rule"
            for i, line in enumerate(doc.lines)
            if line[:1] in _RULE_CHARS
            and len(line) <= 200
            and (line in _BULLETS or RULE.match(line))
        }
        return doc.drop(drops, by=self.name)
