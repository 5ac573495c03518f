"""Contact lines at the end: ``Write to Al Root at al.root@example.com``, ``twitter.com/x``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.patterns import phrase_words
from cleaner.shape import edge_hits, fold, token_count

__all__ = ["ContactLine"]

MAX_CHARS = 400

_ADDRESS = regex.compile(
    r"""(?ix)
      [\w.+-]+@[\w-]+(?:\.[\w-]+)+                        # an e-mail address
    | (?:https?://|www\.)[^\s,;]+                          # a web address
    | (?<![\w@/])[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}/[^\s,;]*  # twitter.com/someone
    | (?<![\w@])@\w{2,30}                                  # a handle: @someone
    """
)
# Addresses alone, after a short label ("E-Mail: x@y.de", "Twitter: @x") or, without one,
# only handles and social-network pages ("twitter.com/x | @x"): a bare e-mail or web
# address may be what the story points to ("http://www.openpetition.de").
_LABEL = r"(?P<label>[\w\s-]{1,25}[:：]\s*)?"
_ONLY_ADDRESSES = regex.compile(
    rf"(?ix)^{_LABEL}(?:{_ADDRESS.pattern})(?:[\s,;|/•·]+(?:{_ADDRESS.pattern}))*[\s.]*$"
)
_SOCIAL = regex.compile(
    r"(?i)^(?:@\w+|(?:https?://)?(?:www\.)?(?:twitter|x|facebook|instagram|linkedin|tiktok|youtube|threads)"
    r"\.(?:com|net)/\S*)$"
)
# An e-mail address alone on its line: a reporter's, a press office's.
_BARE_EMAIL = regex.compile(r"^[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")


@cache
def _phone() -> regex.Pattern[str]:
    """Phone or fax numbers after their labels (the ``phone_labels`` phrases): "Tel.: 0211
    77900 363", "Telefon +49 (0)40 / 49 07 11 06", "Tel. 0863/91131 - Fax 0863/912132"."""
    labels = alternation(all_phrases("phone_labels"))
    number = rf"(?:{labels})\.?\s*[:.]?\s*\+?[\d(][\d\s()/.+-]{{5,}}?"
    return regex.compile(rf"(?i)^{number}(?:\s*[-|,;•·]\s*{number})*\s*$")


_SENTENCE_END = regex.compile(r"(?<=[.!?])\s+")
# A short question before the prompt is its hook: "Have a tip? Anna Lee may be reached at …".
MAX_HOOK_TOKENS = 6


@lru_cache(maxsize=4096)  # the last lines are read again on the pipeline's next pass
def _reason(line: str) -> str | None:
    """``address`` for a line of addresses, ``contact`` for a prompt that gives one."""
    if len(line) > MAX_CHARS:
        return None
    if _phone().match(line):
        return "address"
    # Every address has an "@", a "/" or a "www.": most lines have none, and end here.
    if not ("@" in line or "/" in line or "www." in line.lower()):
        return None
    if not _ADDRESS.search(line):
        return None
    if only := _ONLY_ADDRESSES.match(line.strip()):
        social = all(_SOCIAL.match(found[0]) for found in _ADDRESS.finditer(line))
        return "address" if only["label"] or social else None
    sentences = _SENTENCE_END.split(line.strip())
    asks = phrase_words("contact_starts")  # "Write to", "Follow", "Kontakt", …
    if (
        len(sentences) > 1
        and sentences[0].endswith("?")
        and token_count(sentences[0]) <= MAX_HOOK_TOKENS
    ):
        sentences = sentences[1:]  # the hook: the prompt proper follows
        opens = bool(_ADDRESS.search(sentences[0]))
    else:
        opens = bool(asks.match(fold(sentences[0])))
    # Every sentence gives an address or asks to get in touch: nothing else is said.
    rest_ok = all(_ADDRESS.search(s) or asks.match(fold(s)) for s in sentences)
    return "contact" if opens and rest_ok else None


def _in_sentence(lines: Sequence[str], index: int) -> bool:
    """Whether the text around line ``index`` makes it part of a sentence: the line above
    introduces it ("Questions go to:") or a link broke a sentence around it ("… unter
    Tel. 02382 59743 (" / "x@example.de" / ").")."""
    above = lines[index - 1].rstrip() if index else ""
    below = lines[index + 1].lstrip() if index + 1 < len(lines) else ""
    return above.endswith((":", "(", "[")) or below.startswith((")", "]", ",", ".", ";"))


@dataclass(frozen=True)
class ContactLine:
    """Remove the author's or the newsroom's contact lines from the end of the body.

    Among the last ``tail_lines`` article lines: a line that is only addresses after a
    label ("E-Mail: x@example.com", "Twitter: @x") or only handles and social-network
    pages ("twitter.com/x"), an e-mail address alone (unless a sentence goes around it:
    "Questions go to:" / "info@example.org", or "… (" / "info@example.org" / ")."), a
    phone or fax number after its label ("Tel.: 0211 77900 363"), or a line that opens
    with a contact phrase ("Write to", "Email", "Follow", "Kontakt", "Écrivez à", …, or a
    short question such as "Have a tip?") and in which every sentence gives an address
    or asks to get in touch.  A sentence that only mentions an address ("The ministry said
    people could email questions to info@example.gov.") does not open with a contact
    phrase and stays.

    Before::

        The council will vote on the plan in March.
        Write to Al Root at al.root@example.com. Follow him on Twitter @alroot.

    After::

        The council will vote on the plan in March.
    """

    name: ClassVar[str] = "contact_line"
    reasons: ClassVar[frozenset[str]] = frozenset({"address", "contact"})
    tail_lines: int = 4
    max_tokens: int = 60

    def __post_init__(self) -> None:
        if self.tail_lines < 0 or self.max_tokens < 1:
            raise ValueError("contact_line: tail_lines must be >= 0 and max_tokens >= 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines

        def test(index: int) -> str | None:
            line = lines[index]
            if _BARE_EMAIL.match(line):
                return None if _in_sentence(lines, index) else "address"
            return _reason(line) if token_count(line) <= self.max_tokens else None

        return doc.drop(edge_hits(lines, self.tail_lines, test, from_end=True), by=self.name)
