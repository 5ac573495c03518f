"""Cookie banners: ``We use cookies to improve your experience. Accept all``; and the
consent placeholders of blocked embeds: ``Click the button below to load the content from X``."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation, may_mention
from cleaner.patterns import phrase_words
from cleaner.shape import is_paragraph, is_sentence, token_count

__all__ = ["CookieNotice"]

MAX_CHARS = 600
MAX_EMBED_TOKENS = 40


@cache
def _banner_words() -> frozenset[str]:
    """Words one of which every cookie banner or embed placeholder holds."""
    return all_phrases("cookie_words") | all_phrases("embed_consent")


@cache
def _patterns() -> tuple[regex.Pattern[str], regex.Pattern[str], regex.Pattern[str]]:
    def words(kind: str) -> str:
        return alternation(all_phrases(kind))

    return (
        regex.compile(rf"(?i)(?<!\w)(?:{words('cookie_words')})(?!\w)"),
        regex.compile(rf"(?i)(?<!\w)(?:{words('cookie_context')})(?!\w)"),
        regex.compile(rf"(?i)(?<!\w)(?:{words('cookie_voice')})(?!\w)"),
    )


def _speaks_to_the_reader(line: str, voice: regex.Pattern[str]) -> bool:
    """A banner speaks as the site or to the reader ("We use", "your", "Klicken"), or is a
    short button row ("Manage cookie settings"); a news report on cookies does neither."""
    return bool(voice.search(line)) or (token_count(line) <= 8 and not is_sentence(line))


#: A consent panel's heading has at most this many words ("Cookie-Zustimmung verwalten").
MAX_PANEL_HEADING_TOKENS = 6
#: Lines under it that mention cookies (besides the heading) for a consent panel.
MIN_PANEL_MENTIONS = 2
#: A line of at least this many words under the heading is text, not a label or button.
PANEL_TEXT_TOKENS = 8


def _closing_panel(
    lines: tuple[str, ...], mentions: Sequence[bool], voice: regex.Pattern[str]
) -> range:
    """The consent panel that closes the page, if any (else an empty range at the end);
    ``mentions``: whether each line mentions cookies.

    A settings panel shows its heading ("Cookie-Einstellungen", "Manage cookie
    consent"), then category labels and long cookie texts ("Notwendige Cookies sind für
    das Funktionieren der Website absolut notwendig …") to the end of the page.  It
    starts at such a heading below an article paragraph, when the lines under it are
    cookie texts: enough of them mention cookies, one of them as the site ("Wir
    verwenden Cookies …": a story on cookies does not say "we"), and so do at least half
    of its lines of :data:`PANEL_TEXT_TOKENS` words or more (an article going on below a
    banner's heading mentions none).
    """
    first_paragraph = next((i for i, line in enumerate(lines) if is_paragraph(line)), len(lines))
    under = _Under()  # what the lines below the one looked at hold, counted from the end
    panel = len(lines)
    for index in range(len(lines) - 1, first_paragraph, -1):
        line = lines[index]
        if (
            mentions[index]
            and token_count(line) <= MAX_PANEL_HEADING_TOKENS
            and not is_sentence(line)
            and under.is_panel()
        ):
            panel = index  # the highest such heading below the article's first paragraph
        under.add(line, mentions[index], voice)
    return range(panel, len(lines))


@dataclass
class _Under:
    """Counts over the lines under a candidate heading (see :func:`_closing_panel`)."""

    mentions: int = 0
    voiced: bool = False
    texts: int = 0
    texts_mentioning: int = 0

    def add(self, line: str, mentions: bool, voice: regex.Pattern[str]) -> None:
        is_text = token_count(line) >= PANEL_TEXT_TOKENS
        self.mentions += mentions
        self.voiced = self.voiced or (mentions and bool(voice.search(line)))
        self.texts += is_text
        self.texts_mentioning += mentions and is_text

    def is_panel(self) -> bool:
        return (
            self.mentions >= MIN_PANEL_MENTIONS
            and self.voiced
            and 2 * self.texts_mentioning >= self.texts
        )


@dataclass(frozen=True)
class CookieNotice:
    """Remove cookie-consent lines: "cookie" plus at least two consent words.

    Consent words are "we use", "accept", "consent", "privacy", "settings", … in the
    phrase-pack languages; a recipe line about cookies has none of them.  The line must
    also speak as the site or to the reader ("we", "your", "this site", "Klicken", …) or
    be a short button row: a news report on cookies ("Google will phase out third-party
    cookies, citing privacy concerns.") stays.

    A consent panel that closes the page goes whole, from its heading ("Cookie-
    Einstellungen", "Manage cookie consent") to the end, when the lines under it are
    cookie texts and category labels ("Notwendige Cookies", "Die technische Speicherung
    oder der Zugang ist unbedingt erforderlich …"): reason ``cookie_panel``.

    A blocked embed's placeholder goes too: a line of at most 40 words that asks the
    reader to load or unblock external content ("Klicken Sie auf den Button, um den
    Inhalt von www.example.com zu laden.", "To load the content from YouTube, click
    below."), speaking to the reader as a banner does.

    Before::

        We use cookies to improve your experience. By continuing you accept our policy.
        The minister spoke on Monday.
        Click the button below to load the content from www.example.com.

    After::

        The minister spoke on Monday.
    """

    name: ClassVar[str] = "cookie_notice"
    reasons: ClassVar[frozenset[str]] = frozenset({"cookie", "cookie_panel", "embed"})
    min_context: int = 2

    def __post_init__(self) -> None:
        if self.min_context < 1:
            raise ValueError("cookie_notice: min_context must be at least 1")

    def __call__(self, doc: Document) -> Document:
        if not may_mention(doc.source, _banner_words()):
            return doc  # neither a cookie banner nor an embed's placeholder can be here
        cookie, context, voice = _patterns()
        mentions = [bool(cookie.search(line)) for line in doc.lines]
        panel = _closing_panel(doc.lines, mentions, voice)
        drops: dict[int, str] = dict.fromkeys(panel, "cookie_panel")
        for i, line in enumerate(doc.lines[: panel.start]):
            if len(line) > MAX_CHARS:
                continue
            if (
                mentions[i]
                and len({m.casefold() for m in context.findall(line)}) >= self.min_context
                and _speaks_to_the_reader(line, voice)
            ):
                drops[i] = "cookie"
            elif (
                token_count(line) <= MAX_EMBED_TOKENS
                and phrase_words("embed_consent").search(line.casefold())
                and _speaks_to_the_reader(line, voice)
            ):
                drops[i] = "embed"
        return doc.drop(drops, by=self.name)
