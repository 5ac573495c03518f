"""Site chrome at the top of a page: scraper headers, navigation words, skip links."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import date_stamp, find_date
from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.names import parse_byline
from cleaner.shape import fold, head_end, is_headline

__all__ = ["HeaderJunk"]

# " date 2023-07-20 Russia and China launch …": a scraper's date header, maybe glued to
# the title or to navigation words.
_DATE_HEADER = regex.compile(
    r"(?i)^(?:date\s*:?\s*)?(?P<date>\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?)(?![\d:])"
    r"\s*(?P<rest>(?:\p{L}.*)?)$"
)
# "ContributorsPublishersAdvertisers", "HomeNewsSportsOpinion": menu items run together.
_GLUED_WORDS = regex.compile(r"^(?:\p{Lu}\p{Ll}{1,15}){3,12}$")
_NAV_SEPARATORS = regex.compile(r"\s*[|·•»>/›]\s*")
# A wire service's slug line: "AP-US--Trump-Impeachment, 4th Ld-Writethru",
# "BC-EU--Britain-Brexit-Election, 1st Ld-Writethru" (the agency's routing code, the
# story's keyword and its version), printed above the story by sites fed from the wire.
_WIRE_SLUG = regex.compile(
    r"^(?:AP|BC)-[A-Z]{2,4}-{1,2}[\w-]+(?:,\s*\d+(?:st|nd|rd|th)\s+(?:Ld|Add)-Writethru)?"
    r"(?:,\s*\w+)?$"
)


def _is_navigation(line: str) -> bool:
    """``HomeNewsSport`` or ``Home | World | Business | Sport`` (three short items or more)."""
    if _GLUED_WORDS.match(line):
        return True
    items = [item for item in _NAV_SEPARATORS.split(line) if item]
    return len(items) >= 3 and all(len(item) <= 25 and len(item.split()) <= 3 for item in items)


@dataclass(frozen=True)
class HeaderJunk:
    """Remove scraper headers, navigation and skip links from the top of a page.

    Navigation is a menu (three short items or more, or words run together) or a menu's
    heading alone on its line ("Categories", "Tags", "Categorias").

    A ``date YYYY-MM-DD`` header gives ``published``; a headline glued to it gives
    ``title``.  A wire service's slug line ("AP-US--Trump-Impeachment, 4th Ld-Writethru")
    goes too.  Only the head of the page is searched: the lines before the first
    paragraph, at most ``max_lines``.

    Before::

         date 2023-01-31 ContributorsPublishersAdvertisers
        Skip to content
        Home | World | Business | Sport
        Categories
        NATO chief wants firmer ties with Japan to defend democracy
        Japan has been quick to join the U.S.-led economic sanctions against Russia.

    After (``published="2023-01-31"``)::

        NATO chief wants firmer ties with Japan to defend democracy
        Japan has been quick to join the U.S.-led economic sanctions against Russia.
    """

    name: ClassVar[str] = "header_junk"
    reasons: ClassVar[frozenset[str]] = frozenset(
        {"date_header", "navigation", "skip_link", "wire_slug"}
    )
    max_lines: int = 12

    def __post_init__(self) -> None:
        if self.max_lines < 1:
            raise ValueError("header_junk: max_lines must be at least 1")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        drops: dict[int, str] = {}
        found: dict[str, str] = {}
        skip_links = all_phrases("skip_links")
        for index, line in enumerate(lines[: head_end(lines, self.max_lines)]):
            header = _DATE_HEADER.match(line) if len(line) < 300 else None
            rest = header["rest"] if header else ""
            if header and (line[:4].casefold() == "date" or not rest or _is_navigation(rest)
                           or is_headline(rest)):
                drops[index] = "date_header"
                found.setdefault("published", find_date(header["date"][:10]) or "")  # "…T06:27"
                if rest and not _is_navigation(rest) and is_headline(rest):
                    found.setdefault("title", rest)
            elif _is_navigation(line) and not (date_stamp(line) or parse_byline(line)):
                # not "20/09/2023 às 08h30" (a stamp) nor "By A | Post | May 2, 2024" (a byline)
                drops[index] = "navigation"
            elif fold(line) in skip_links:
                drops[index] = "skip_link"
            elif fold(line) in all_phrases("taxonomy_labels"):
                drops[index] = "navigation"  # a menu's heading: "Categorias", "Tags"
            elif _WIRE_SLUG.match(line):
                drops[index] = "wire_slug"
        return doc.drop(drops, by=self.name).with_metadata(
            published=found.get("published"), title=found.get("title")
        )
