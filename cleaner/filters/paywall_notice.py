"""Paywall notices: ``Subscribe to continue reading``, ``Pour lire la suite…``,
``Bereits Abonnent?``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.patterns import phrase_words
from cleaner.shape import fold, is_paragraph, token_count

__all__ = ["PaywallNotice"]

MAX_CHARS = 400


_CLAUSE_MARK = regex.compile(r"[,;?]")
# "Already a subscriber? Log in": after a question, a link label of a few words.
MAX_LABEL_TOKENS = 4


def _is_notice(folded: str, start: regex.Match[str]) -> bool:
    """The phrase is the whole line (give or take a word: "… for subscribers only"), or
    asks and offers a link, or a second phrase follows.

    "Pour lire la suite du rapport, il faut attendre mars" has none of these.
    """
    rest = folded[start.end() :]
    if token_count(rest) <= 1 and not _CLAUSE_MARK.search(rest):
        return True
    if rest.lstrip().startswith("?") and token_count(rest) <= MAX_LABEL_TOKENS:
        return True
    return phrase_words("paywall").search(folded, start.end()) is not None


@dataclass(frozen=True)
class PaywallNotice:
    """Remove the notices a paywall puts in or after the text.

    A line must start with a paywall phrase from the phrase packs ("Subscribe to
    continue reading", "Already a subscriber", "Pour lire la suite", "Nur für
    Abonnenten", …) and be at most ``max_tokens`` words long.  It must also be the
    phrase alone ("Bereits Abonnent? Hier anmelden" counts), hold a second phrase, stand
    next to such a notice, or stand where the text was cut off: no paragraph after it,
    and not paragraph-shaped itself.  "Pour lire la suite du rapport, il faut attendre
    mars, a précisé le ministre." inside the story stays.

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
        notice = phrase_words("paywall")
        starts = {
            i: (folded, match)
            for i, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS
            and token_count(line) <= self.max_tokens
            and (match := notice.match(folded := fold(line)))
        }
        if not starts:
            return doc
        # Where the story was cut: after the last paragraph that is not itself a notice.
        last_paragraph = max(
            (i for i, line in enumerate(doc.lines) if i not in starts and is_paragraph(line)),
            default=-1,
        )
        drops = {
            i: "paywall"
            for i, (folded, match) in starts.items()
            if _is_notice(folded, match) or (i > last_paragraph and not is_paragraph(doc.lines[i]))
        }
        # A notice's other lines: "Get unlimited access for £1 a month." above "Already a
        # subscriber? Sign in".
        grown = True
        while grown:
            grown = False
            for i in starts.keys() - drops.keys():
                if i - 1 in drops or i + 1 in drops:
                    drops[i] = "paywall"
                    grown = True
        return doc.drop(drops, by=self.name)
