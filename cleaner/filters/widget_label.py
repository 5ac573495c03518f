"""Labels of page widgets standing alone on a line: ``Table of contents``, ``Bild anzeigen``,
``Next article``, ``Video verfügbar bis 28.02.2021``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.dates import leading_date
from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation
from cleaner.shape import fold, token_count

__all__ = ["WidgetLabel"]

MAX_CHARS = 80
# A number in a label ("Image 3 of 12", "Post Views: 1.432", "1,2k Aufrufe"): the phrase
# packs write it "0".
_NUMBER = regex.compile(r"\d+(?:[.,' ]\d{3})*(?:[.,]\d+)?[km]?(?!\w)")
# What may follow the date of an availability label: a time, "Uhr", a closing bracket.
MAX_TOKENS_AFTER_DATE = 3
# "A post shared by Adam Ondra (@adam.ondra)": an Instagram embed's attribution line.
MAX_ATTRIBUTION_CHARS = 160


@cache
def _availability() -> regex.Pattern[str]:
    labels = alternation(all_phrases("availability_labels"))
    return regex.compile(rf"(?i)^(?:{labels})\s*:?\s*")


def _is_label(line: str) -> bool:
    folded = fold(line)
    labels = all_phrases("widget_labels")
    if folded in labels:
        return True
    # A counted label starts or ends with its number ("3 of 12", "Post Views: 1.2k").
    if not (folded[:1].isdigit() or folded.rstrip("km")[-1:].isdigit()):
        return False
    return _NUMBER.sub("0", folded) in labels


@cache
def _post_attribution() -> regex.Pattern[str]:
    """The phrase, then perhaps a name with its account in brackets and a date."""
    starts = alternation(all_phrases("post_attributions"))
    return regex.compile(rf"(?i)^(?:{starts})(?:\s.{{0,140}}\(@[\w.]+\)[^()]{{0,40}})?$")


def _is_availability(line: str) -> bool:
    """``Video verfügbar bis 28.02.2021``: the label, then a date, and little else."""
    match = _availability().match(line)
    if not match:
        return False
    rest = line[match.end() :]
    end = leading_date(rest)
    return end > 0 and token_count(rest[end:]) <= MAX_TOKENS_AFTER_DATE


@dataclass(frozen=True)
class WidgetLabel:
    """Remove the labels a page's widgets leave in its text.

    A table of contents heads its list with a label ("Table of contents",
    "Inhaltsverzeichnis", "Sommaire", "Spis treści", …), an image viewer has its button
    ("Show image", "Bild anzeigen", "Agrandir l'image", …), a login box its status ("You
    are not logged in", "Sie sind aktuell nicht eingeloggt"), post navigation the labels of
    its links ("Next article", "Vorheriger Beitrag"), and a video player tells how long the
    video can be watched ("Video verfügbar bis 28.02.2021", "Video available until 30 June
    2023"), a gallery its counter and caption button ("Image 3 of 12", "Caption"), a
    dialog its close button ("Close", "Schließen", "Fermer"), a page's tools their labels
    ("Text size", "Reprints"), a blog its view counter ("Post Views: 1.432", "1.432
    Aufrufe"; a number is written "0" in the phrase packs), an
    Instagram embed its label and who posted it ("View this post on Instagram", "A post
    shared by Adam Ondra (@adam.ondra)").  Each is removed when it is the whole line
    (perhaps with a colon; a date after the availability label or the account).  The
    words are in the phrase packs (``widget_labels``, ``availability_labels``,
    ``post_attributions``).  A sentence that mentions them ("The
    table of contents lists 40 chapters.") is not a whole label and stays.

    Before::

        Inhaltsverzeichnis
        The ferry will run every hour from May, the operator said on Monday.
        Show image
        Video available until 30.06.2023
        A post shared by Adam Ondra (@adam.ondra)

    After::

        The ferry will run every hour from May, the operator said on Monday.
    """

    name: ClassVar[str] = "widget_label"
    reasons: ClassVar[frozenset[str]] = frozenset({"widget_label"})

    def __call__(self, doc: Document) -> Document:
        drops = {
            i: "widget_label"
            for i, line in enumerate(doc.lines)
            if (len(line) <= MAX_CHARS and (_is_label(line) or _is_availability(line)))
            or (len(line) <= MAX_ATTRIBUTION_CHARS and bool(_post_attribution().match(line)))
        }
        return doc.drop(drops, by=self.name)
