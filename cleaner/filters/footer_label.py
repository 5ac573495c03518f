"""Labels of a page's end matter: ``Kontakt:``, ``Originalpublikation``, ``Quellen:``."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.shape import edge_hits, fold, is_paragraph

__all__ = ["FooterLabel"]

MAX_CHARS = 60


@dataclass(frozen=True)
class FooterLabel:
    """Remove the labels that head a page's end matter in its last ``tail_lines`` lines.

    A label is a whole line from the phrase packs ("Kontakt", "Pressekontakt", "Weitere
    Informationen", "Quellenangaben", "Originalpublikation", "Media contact", "Sources",
    "Más información", …), perhaps with its colon.  Only the label goes: the contact
    details, links or references under it stay.  A label without a colon followed by two
    paragraphs is a subheading of the story ("Weitere Informationen" before more article
    text) and stays too, and so does a label higher up in the text.

    Before::

        The institute will publish the full data set next year.
        Original publication:
        Doe J., Roe R. (2022): Iron oxide reduction rates. Nature Geoscience 15, 101-108.
        Media contact:
        Jane Doe, press office

    After::

        The institute will publish the full data set next year.
        Doe J., Roe R. (2022): Iron oxide reduction rates. Nature Geoscience 15, 101-108.
        Jane Doe, press office
    """

    name: ClassVar[str] = "footer_label"
    reasons: ClassVar[frozenset[str]] = frozenset({"footer_label"})
    tail_lines: int = 20

    def __post_init__(self) -> None:
        if self.tail_lines < 0:
            raise ValueError("footer_label: tail_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        labels = all_phrases("footer_labels")

        def label(index: int) -> str | None:
            line = lines[index]
            if len(line) > MAX_CHARS or fold(line) not in labels:
                return None
            after = lines[index + 1 : index + 3]
            subheading = len(after) == 2 and all(map(is_paragraph, after))
            if subheading and not line.rstrip().endswith(":"):
                return None  # the story goes on under it
            return "footer_label"

        drops = edge_hits(lines, self.tail_lines, label, from_end=True)
        return doc.drop(drops, by=self.name)
