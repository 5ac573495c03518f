"""Advertisement markers: ``Advertisement``, ``Story continues below``, ``Anzeige``; and the
disclosures at the top or bottom of a page: ``This post contains affiliate links``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.patterns import phrase_words
from cleaner.shape import edge_hits, fold, token_count

__all__ = ["Advertisement"]

MAX_CHARS = 80
MAX_DISCLOSURE_CHARS = 500
MAX_DISCLOSURE_TOKENS = 45
MAX_LABELLED_CHARS = 200
MAX_LABELLED_TOKENS = 25


@cache
def _labelled() -> regex.Pattern[str]:
    """A marker in capitals labelling the rest of the line: "ANZEIGE - Heute mal …"."""
    markers = alternation(all_phrases("advertisement"))
    return regex.compile(rf"(?i)^(?P<marker>{markers})\s*[-–—:|]\s+\S")


def _is_labelled_ad(line: str) -> bool:
    if len(line) > MAX_LABELLED_CHARS or token_count(line) > MAX_LABELLED_TOKENS:
        return False
    found = _labelled().match(line)
    # "AD – 1066": a marker this short in capitals is as likely something else.
    return found is not None and len(found["marker"]) >= 4 and found["marker"].isupper()


def _is_disclosure(line: str) -> bool:
    """A note that the page earns from its links: "Anzeige, enthält Affiliate Links"."""
    return (
        len(line) <= MAX_DISCLOSURE_CHARS
        and token_count(line) <= MAX_DISCLOSURE_TOKENS
        and phrase_words("ad_disclosures").search(line.casefold()) is not None
    )


@dataclass(frozen=True)
class Advertisement:
    """Remove lines that are only an advertisement marker (any phrase-pack language), or
    that a marker in capitals labels ("ANZEIGE - Heute mal ausgehen?", "ADVERTISEMENT –
    Star Tours", at most 25 words; "Werbung – Zielgruppe und Bedürfnisse", a subheading of
    a story about advertising, stays), and advertising disclosures among the first or last
    ``edge_lines`` lines.

    A disclosure is the page speaking of its own links or earnings ("This post contains
    affiliate links", "Anzeige, enthält Affiliate Links", "… von denen wir eine
    Provision erhalten", "contiene enlaces de afiliados"), in at most 45 words; a story
    about them ("Affiliate links are how many blogs make money, the study found.") stays.

    Before::

        The minister spoke on Monday.
        ADVERTISEMENT
        Story continues below advertisement
        He said the talks would resume.
        This article contains affiliate links: we may earn a commission on purchases.

    After::

        The minister spoke on Monday.
        He said the talks would resume.
    """

    name: ClassVar[str] = "advertisement"
    reasons: ClassVar[frozenset[str]] = frozenset({"advertisement", "disclosure"})
    edge_lines: int = 5

    def __post_init__(self) -> None:
        if self.edge_lines < 0:
            raise ValueError("advertisement: edge_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        markers = all_phrases("advertisement")
        lines = doc.lines
        drops = {
            i: "advertisement"
            for i, line in enumerate(lines)
            if (len(line) <= MAX_CHARS and fold(line) in markers) or _is_labelled_ad(line)
        }

        def disclosure(index: int) -> str | None:
            return "disclosure" if index in drops or _is_disclosure(lines[index]) else None

        for edge in (False, True):
            for index in edge_hits(lines, self.edge_lines, disclosure, from_end=edge):
                drops.setdefault(index, "disclosure")
        return doc.drop(drops, by=self.name)
