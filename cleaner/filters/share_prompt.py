"""Share and follow prompts: ``Share this article``, ``Facebook Twitter Email``,
``Follow us on X``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases
from cleaner.patterns import PhraseWords
from cleaner.shape import edge_hits, fold, token_count

__all__ = ["SharePrompt"]

MAX_CHARS = 120
MAX_LINE = 400
_WORDS = regex.compile(r"[\s|/•·,]+")
# The count a like button opens with: "%d bloggers like this" (its template, unfilled),
# "12 Bloggern gefällt das", "A 3 blogueros les gusta esto".
_LIKE_COUNT = regex.compile(r"^(?:a\s+)?(?:d|\d[\d.,]*)\s+")


@cache
def _share_phrases() -> frozenset[str]:
    """Share phrases folded like the lines they are compared with ("… (opens in new window)")."""
    return frozenset(fold(phrase) for phrase in all_phrases("share"))


@cache
def _follow_prefixes() -> tuple[str, ...]:
    return tuple(sorted(all_phrases("follow_prefixes"), key=len, reverse=True))


@cache
def _follow_first_words() -> frozenset[str]:
    return frozenset(phrase.split(" ", 1)[0] for phrase in _follow_prefixes())


@lru_cache(maxsize=4096)  # a line is read again on the pipeline's next pass
def _is_share(line: str) -> bool:
    if line.rstrip(" \"'’”»)").endswith("?"):
        return False  # a question is not a button: French "Comment ?" is "How?"
    folded = fold(line)
    if folded in _share_phrases() or _LIKE_COUNT.sub("", folded) in _share_phrases():
        return True
    social = all_phrases("social_words")
    words = [w for w in _WORDS.split(folded) if w]
    if len(words) >= 2 and all(w in social for w in words):
        return True
    if folded.split(" ", 1)[0] not in _follow_first_words():
        return False
    # Try every prefix that fits ("follow" and "follow us on" both start the line),
    # longest first: a frozenset's order changes between runs, so it must not decide.
    for phrase in _follow_prefixes():
        if folded.startswith(phrase + " "):
            rest = _WORDS.split(folded[len(phrase) :])
            rest = [w for w in rest if w and w not in ("and", "&", "or")]
            if 0 < len(rest) <= 4 and all(w in social for w in rest):
                return True
    # "Follow The Daily Planet's opinion desk on Facebook, Twitter and Instagram."
    return token_count(line) <= 25 and bool(_ON_NETWORK.search(folded))


_CONJUNCTIONS = frozenset({"and", "&", "or", "y", "und", "oder", "et", "ou", "e", "o"})


def _names_networks(line: str) -> bool:
    """``Telegram,`` / ``Facebook y``: social networks only (and a conjunction)."""
    words = [w for w in _WORDS.split(fold(line)) if w and w not in _CONJUNCTIONS]
    social = all_phrases("social_words")
    return bool(words) and all(w in social for w in words)


_NETWORKS = (
    "facebook|twitter|instagram|linkedin|youtube|tiktok|telegram|whatsapp|threads|bluesky|"
    "mastodon|pinterest|snapchat|reddit|flipboard|x"
)
_NETWORK = rf"(?:{_NETWORKS})(?:\s*\(?@[\w.]{{1,30}}\)?)?"
_ON = r"(?:on|en|auf|bei|sur|su|op|no|na|em|w)"
# "… on Facebook, Twitter (@handle) and Instagram" ending the line (or what for: "… on
# YouTube for more Apple news"): where to follow.
_ON_NETWORK = regex.compile(
    rf"(?<!\w){_ON}\s+{_NETWORK}(?:\s*(?:,|&|/|\b(?:and|or|y|und|oder|et|ou|e|o)\b)\s*(?:{_ON}\s+)?{_NETWORK})*"
    r"(?:\s+(?:for more|für mehr|pour plus)(?:\s+\S+){0,4})?$"
)


# A channel prompt is a short line among the last ones.
MAX_CHANNEL_TOKENS = 30


@cache
def _channel_prompt() -> PhraseWords:
    """A ``channel_prompts`` phrase as whole words, ``<network>`` standing for a network's
    name: "our YouTube channel", "nuestro canal de Telegram", "unseren WhatsApp-Kanal"."""
    networks = tuple(_NETWORKS.split("|"))
    return PhraseWords(all_phrases("channel_prompts"), slot="<network>", fillers=networks)


def _is_channel_prompt(line: str) -> bool:
    """"¡Mira lo que tiene nuestro canal de YouTube!": the site's own channel or app."""
    return token_count(line) <= MAX_CHANNEL_TOKENS and bool(
        _channel_prompt().search(fold(line))
    )


@dataclass(frozen=True)
class SharePrompt:
    """Remove share buttons, social-network rows and "follow us" prompts.

    A line must be a whole share phrase ("Share this article", "Teilen"), or made only
    of social-network and share words (two or more), or a follow prompt ("Follow us on",
    "Síguenos en", "Subscribe to", …) that names where to follow: "… on Facebook, Twitter
    and Instagram", perhaps with what for ("Subscribe to 9to5Mac on YouTube for more Apple
    news:", scrapinghub: 2 pages, no other text changed on either set).
    A follow prompt alone on its line goes with the networks listed under it, one per
    line ("Síguenos en" / "Telegram," / "Facebook y" / "Twitter"); alone, it stays.  So
    do the networks under a share line ("Teilen mit:" / "Twitter" / "Facebook").  A
    like button is a share line too, with its count ("Like this:", "Gefällt mir Wird
    geladen …", "%d bloggers like this:", "12 Bloggern gefällt das:").
    Among the last ``tail_lines`` lines, a short line that points to the site's own
    channel or app goes too: a ``channel_prompts`` phrase ("our YouTube channel",
    "tenemos canal de Telegram", "unseren WhatsApp-Kanal", "download our app"; the
    phrases say "our": a story's closing line may well name an app or a channel).

    Before::

        Share this article
        Facebook Twitter WhatsApp Email
        The minister spoke on Monday.
        Follow us on Twitter and Facebook
        Subscribe to our YouTube channel!

    After::

        The minister spoke on Monday.
    """

    name: ClassVar[str] = "share_prompt"
    reasons: ClassVar[frozenset[str]] = frozenset({"share", "channel"})
    tail_lines: int = 3

    def __post_init__(self) -> None:
        if self.tail_lines < 0:
            raise ValueError("share_prompt: tail_lines must be >= 0")

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines
        drops = {
            i: "share"
            for i, line in enumerate(lines)
            if len(line) <= MAX_CHARS and _is_share(line)
        }
        # "Síguenos en" or "Share this:" alone, the networks under it one per line (each
        # was a link).
        # A run of networks is read once, from its first prompt (linear on any input).
        prefixes = all_phrases("follow_prefixes")
        i = 0
        while i < len(lines):
            line = lines[i]
            end = i + 1
            if i in drops or (len(line) <= MAX_CHARS and fold(line) in prefixes):
                while (
                    end < len(lines)
                    and len(lines[end]) <= MAX_CHARS
                    and _names_networks(lines[end])
                ):
                    end += 1
                if end > i + 1:
                    drops.update(dict.fromkeys(range(i, end), "share"))
            i = end
        # Share lines are hits too, so that removing them pulls no new line into the window.
        tail = edge_hits(
            lines,
            self.tail_lines,
            lambda i: drops.get(i) or (
                "channel" if len(lines[i]) <= MAX_LINE and _is_channel_prompt(lines[i]) else None
            ),
            from_end=True,
        )
        drops.update(tail)
        return doc.drop(drops, by=self.name)
