"""Paywall notices: ``Subscribe to continue reading``, ``Pour lire la suite…``, ``Bereits Abonnent?``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.shape import fold, token_count

__all__ = ["PaywallNotice"]

MAX_CHARS = 400


@cache
def _notice() -> regex.Pattern[str]:
    phrases = sorted(all_phrases("paywall"), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(regex.escape(p) for p in phrases)})(?!\w)")


@dataclass(frozen=True)
class PaywallNotice:
    """Remove the notices a paywall puts in or after the text.

    A line must start with a paywall phrase from the phrase packs ("Subscribe to
    continue reading", "Already a subscriber", "Pour lire la suite", "Nur für
    Abonnenten", …) and be at most ``max_tokens`` words long.

    Before::

        The council will vote again in March.
        Subscribe to continue reading. Already a subscriber? Log in.

    After::

        The council will vote again in March.
    """

    name: ClassVar[str] = "paywall_notice"
    reasons: ClassVar[frozenset[str]] = frozenset({"paywall"})
    max_tokens: int = 40

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError("paywall_notice: max_tokens must be at least 1")

    def __call__(self, doc: Document) -> Document:
        notice = _notice()
        drops = {
            i: "paywall"
            for i, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS and token_count(line) <= self.max_tokens and notice.match(fold(line))
        }
        return doc.drop(drops, by=self.name)
