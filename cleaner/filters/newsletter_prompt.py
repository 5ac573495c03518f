"""Newsletter prompts: ``Sign up for our daily newsletter``, ``Get the latest news in your inbox``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.shape import fold, token_count

__all__ = ["NewsletterPrompt"]

MAX_CHARS = 300


@cache
def _starts() -> regex.Pattern[str]:
    """A whole phrase at the start: "Subscribe" starts a prompt, "Subscribers" does not."""
    phrases = sorted(all_phrases("newsletter_starts"), key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(regex.escape(p) for p in phrases)})(?!\w)")


_WORD = regex.compile(r"[\w-]+")


@cache
def _sentence_starts() -> regex.Pattern[str]:
    """A call to action opening a later sentence: "… came from. Sign up for …"."""
    return regex.compile(rf"[.!?]\s+(?:{_starts().pattern})")


def _is_newsletter(line: str) -> bool:
    folded = fold(line)
    if folded in ("newsletter", "newsletters") or folded in all_phrases("newsletter_widgets"):
        return True
    if not (_starts().match(folded) or _sentence_starts().search(folded)):
        return False
    words = set(_WORD.findall(folded))
    return any(w in words or (" " in w and w in folded) for w in all_phrases("newsletter_words"))


@dataclass(frozen=True)
class NewsletterPrompt:
    """Remove newsletter sign-up prompts.

    A sign-up widget's own lines ("Thanks for signing up!", "Keep an eye on your inbox")
    go as they are.  Otherwise a line must start (or have a sentence that starts) like a
    call to action ("Sign up", "Subscribe", "Get", "Jetzt",
    "Inscrivez-vous", …) *and* name a newsletter, inbox or e-mail, within ``max_tokens``
    words.  "The newsletter reported on Monday that…" does not start like a prompt.

    Before::

        The minister spoke on Monday.
        Sign up for our daily newsletter to get the headlines in your inbox.

    After::

        The minister spoke on Monday.
    """

    name: ClassVar[str] = "newsletter_prompt"
    reasons: ClassVar[frozenset[str]] = frozenset({"newsletter"})
    max_tokens: int = 30

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError("newsletter_prompt: max_tokens must be at least 1")

    def __call__(self, doc: Document) -> Document:
        drops = {
            i: "newsletter"
            for i, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS and token_count(line) <= self.max_tokens and _is_newsletter(line)
        }
        return doc.drop(drops, by=self.name)
