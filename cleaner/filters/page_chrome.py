"""Page chrome around the article in naive scraped text: menus, tag clouds, footers."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.dates import line_stamp, split_stamp
from cleaner.document import Document
from cleaner.names import byline_at, parse_byline, parse_split_byline
from cleaner.shape import is_headline, is_paragraph, is_sentence, token_count

__all__ = ["PageChrome"]

_LIST_ITEM = regex.compile(r"^(?:[-•*▪◦–]\s|\d{1,3}[.)]\s)")
_TABLE_ROW = regex.compile(r"\|.{0,2000}\|")
_FRAGMENT_START = regex.compile(r"^(?:\p{Ll}|[,.;:!?)\]»”’])")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
# A line that ends opening a bracket or a quote goes on in the next one, a link's text
# ("… den Rasertatbestand (" / "Art. 90 SVG" / ") erfüllen, …").
_OPENING = ("(", "[", "„", "“", "«", "‚")


def _is_fragment(line: str) -> bool:
    """The rest of a sentence that a link broke off: ``, the minister said.`` /
    ``can help you get the most out of it.``.  Menus never have these."""
    if not line or not _FRAGMENT_START.match(line):
        return False
    return (
        not line[0].isalpha() or token_count(line) >= 4 or is_sentence(line) or line.endswith(",")
    )


# How far above the article's first lines its byline may stand with what lies between (a
# role, a date, share buttons, a caption), and how far alone (a video or a gallery between).
HEAD_REACH = 8
BYLINE_REACH = 40
# The byline and date lines right above it, and the date lines right under a far one.
MAX_CREDIT_LINES = 6
MAX_DATE_GAP = 3


# A headline above a byline has a few words at least: shorter lines there are buttons
# and menu entries ("I Accept", "Weight Loss Tips").
MIN_HEADLINE_TOKENS = 4


def _is_headline(line: str) -> bool:
    return token_count(line) >= MIN_HEADLINE_TOKENS and is_headline(line)


def _article_head(lines: tuple[str, ...], start: int) -> tuple[int, set[int]]:
    """The head of the article whose text starts at line ``start``: where it begins, and
    the lines above that which stay too.

    Its byline is the nearest one at most :data:`BYLINE_REACH` lines above.  Within
    :data:`HEAD_REACH` lines (or with no byline), the head begins there, with the byline
    and date lines right above it ("March 12, 2023" / "By" / "Jane Doe"); further up
    only the byline's lines and the date lines under it stay (each at most
    :data:`MAX_DATE_GAP` lines after the last), for ``byline`` and ``time_stamp`` to
    read.  A headline right above the head or the far byline stays too, for ``title``.
    """
    reach = range(start - 1, max(start - BYLINE_REACH, 0) - 1, -1)
    byline = next((i for i in reach if byline_at(lines, i)), start)
    if start - byline > HEAD_REACH:
        last = byline if parse_byline(lines[byline]) else byline + 1
        kept = set(range(byline, last + 1))
        for index in range(last + 1, start):
            if index - last > MAX_DATE_GAP:
                break
            if line_stamp(lines[index]):
                kept.add(index)
                last = index
        if byline > 0 and _is_headline(lines[byline - 1]):
            kept.add(byline - 1)
        return start, kept
    first = byline
    while first > 0 and byline - first < MAX_CREDIT_LINES:
        if parse_byline(lines[first - 1]) or line_stamp(lines[first - 1]):
            first -= 1
        elif first >= 2 and (
            parse_split_byline(lines[first - 2], lines[first - 1])
            or split_stamp(lines[first - 2], lines[first - 1])
        ):
            first -= 2
        else:
            break
    if 0 < first < start and _is_headline(lines[first - 1]):
        first -= 1
    return first, set()


def _is_menu_item(line: str) -> bool:
    """A short, title-like line: a menu entry, a tag, a footer link (``Home``,
    ``Cookie Policy``)."""
    if token_count(line) > 5 or is_sentence(line) or _is_fragment(line) or ":" in line[1:-1]:
        return False
    words = _WORD.findall(line)
    return bool(words) and sum(w[0].isupper() for w in words) >= 0.5 * len(words)


@dataclass(frozen=True)
class PageChrome:
    """Keep the article region of a page's visible text; remove the chrome around it.

    Naive scrapers keep everything a page shows: dozens of menu entries, tag clouds,
    teaser lists and footer links around a few article paragraphs.  Each line gets a
    weight: paragraphs count for their length (capped at ``cap`` words), lines a link
    broke out of a sentence (the start of one too when it ends opening a bracket or a
    quote: trafilatura_eval naive found 0.881 → 0.884, leaked 0.240 → 0.241; or when the
    line after the link goes on with it: found 0.889 → 0.899, leaked 0.242 → 0.247,
    scrapinghub naive 0.895 → 0.893, one page of short recipe lines now cut) and list
    or table rows count a little, menu-shaped lines
    cost ``penalty`` and other short lines less.  The article is the run of lines with
    the highest total, or a run before it that weighs at least ``earlier_share`` of it
    (the end matter after a short article, a site's blurb, a licence, an author's bio or a
    cookie text, can outweigh it; trafilatura_eval naive found 0.871 → 0.876, leaked
    0.240 → 0.243, scrapinghub unchanged; 0.3: 0.882 / 0.250, scrapinghub 0.897 →
    0.893); what lies outside it goes.

    Three guards keep it from touching text that is already clean: it only acts when at
    least ``min_menu_lines`` menu-shaped lines lie outside the region and make up at
    least ``menu_share`` of what would go; never when the region holds less than
    ``keep_share`` of the page's text with content weight (paragraphs, fragments, rows);
    and never when the region weighs less than ``min_article`` (about as many words of
    paragraphs): a page whose best run is one sidebar comment or caption has no article
    to anchor on (a post of short dialogue lines would lose its text to it).  Measured on
    trafilatura_eval's naive text: must-keep snippets found 0.860 → 0.865, leaked 0.235
    → 0.240 (40: 0.868 / 0.245); scrapinghub F1 0.899 → 0.898.

    The headline goes with the chrome: above the article it cannot be told from the last
    teaser of a list by shape alone (``title`` reads it when it tops the page), unless
    it stands right above the article's byline (``MIN_HEADLINE_TOKENS`` words at least):
    then it stays for ``title`` (trafilatura_eval naive title 0.015 → 0.080, nothing
    else changed).  The article's byline stays, the nearest one at most ``HEAD_REACH``
    lines above its text (a role, a date, share buttons, a caption between them stay
    too), with the byline and date lines right above it, for ``byline`` and
    ``time_stamp`` to read: trafilatura_eval naive author F1 0.103 → 0.244, date 0.134 →
    0.143, found 0.884 → 0.889, leaked 0.241 → 0.242; scrapinghub naive precision 0.842
    → 0.841.  A byline further up, at most
    ``BYLINE_REACH`` lines, stays alone with its date lines (a video or a gallery
    between it and the text goes): author F1 0.245 → 0.294, nothing else changed.

    Before::

        Home
        World
        Business
        Sport
        Culture
        Opinion
        Video
        Podcasts
        Newsletters
        Council approves harbour barrier after decade of delays
        City councillors voted on Wednesday to build a movable flood barrier across the old harbour.
        The barrier is expected to cost 410 million euros and to be finished by 2029.
        About us
        Contact
        Careers
        Privacy Policy

    After::

        City councillors voted on Wednesday to build a movable flood barrier across the old harbour.
        The barrier is expected to cost 410 million euros and to be finished by 2029.
    """

    name: ClassVar[str] = "page_chrome"
    reasons: ClassVar[frozenset[str]] = frozenset({"outside_article"})
    penalty: float = 5.0
    cap: int = 60
    min_menu_lines: int = 8
    menu_share: float = 0.5
    keep_share: float = 0.5
    min_article: float = 25.0
    earlier_share: float = 0.5

    def __post_init__(self) -> None:
        if self.penalty <= 0 or self.cap < 1 or self.min_menu_lines < 1 or self.min_article < 0:
            raise ValueError(
                "page_chrome: penalty > 0, cap >= 1, min_menu_lines >= 1 and min_article >= 0"
            )
        shares = (self.menu_share, self.keep_share, self.earlier_share)
        if not all(0.0 <= share <= 1.0 for share in shares):
            raise ValueError(
                "page_chrome: menu_share, keep_share and earlier_share must be in [0, 1]"
            )

    def _weights(self, lines: tuple[str, ...]) -> list[float]:
        fragments = [_is_fragment(line) for line in lines] + [False, False]
        return [self._weight(line, fragments[i : i + 3]) for i, line in enumerate(lines)]

    def _weight(self, line: str, fragments: list[bool]) -> float:
        """The weight of ``line``; ``fragments``: whether it, the line after it and the
        one after that go on with a sentence a link broke."""
        if is_paragraph(line):
            return float(min(token_count(line), self.cap))
        is_fragment, before_fragment, before_link = fragments
        if is_fragment or before_fragment or line.endswith(_OPENING):
            return 2.0
        # "For over a year, the museum has tried to buy a painting by" / "Jean Chardin" /
        # ", the 18th-century master": the start of a sentence, a link, its rest.
        if before_link and token_count(line) >= 4 and not is_sentence(line):
            return 2.0
        if _LIST_ITEM.match(line) or ("|" in line and _TABLE_ROW.search(line[:2000])):
            return 2.0
        if _is_menu_item(line):
            return -self.penalty
        return -1.0 if token_count(line) > 6 else -self.penalty / 2

    def _article_run(self, weights: list[float]) -> tuple[int, int]:
        """The best run, or a run before it that weighs at least ``earlier_share`` of it:
        the article comes before the end matter (a site's blurb, a licence, a bio, a
        cookie text) that can outweigh a short one."""
        start, end = _best_run(weights)
        total = sum(weights[start:end])
        while start > 0:
            before_start, before_end = _best_run(weights[:start])
            before = sum(weights[before_start:before_end])
            if before_start == before_end or before < self.earlier_share * total:
                break
            start, end, total = before_start, before_end, before
        return start, end

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        # A menu item has at most five words: with too few such lines nothing can go.
        if sum(1 for line in lines if token_count(line) <= 5) < self.min_menu_lines:
            return doc
        weights = self._weights(lines)
        start, end = self._article_run(weights)
        if start == end or sum(weights[start:end]) < self.min_article:
            return doc  # a sidebar snippet or a caption, not an article: nothing to anchor on
        # The article's byline and date stay, for byline and time_stamp to read.
        start, credit = _article_head(lines, start)
        outside = [i for i in range(len(lines)) if not start <= i < end and i not in credit]
        menus = sum(1 for i in outside if weights[i] == -self.penalty)
        if menus < self.min_menu_lines or menus < self.menu_share * len(outside):
            return doc
        kept = sum(len(lines[i]) for i in range(start, end) if weights[i] >= 0)
        total = sum(len(line) for line, weight in zip(lines, weights, strict=True) if weight >= 0)
        if kept < self.keep_share * total:
            return doc
        return doc.drop(dict.fromkeys(outside, "outside_article"), by=self.name)


def _best_run(weights: list[float]) -> tuple[int, int]:
    """``(start, end)`` of the contiguous run with the highest positive total (Kadane)."""
    best, best_span = 0.0, (0, 0)
    total, start = 0.0, 0
    for index, weight in enumerate(weights):
        if total <= 0:
            total, start = weight, index
        else:
            total += weight
        if total > best:
            best, best_span = total, (start, index + 1)
    return best_span
