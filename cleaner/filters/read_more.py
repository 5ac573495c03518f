"""Inline link inserts: ``READ MORE: …``, ``Also read: …``, ``Lesen Sie auch: …``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation, may_mention
from cleaner.patterns import PREFIX_SEPARATORS, phrase_prefix
from cleaner.shape import fold, token_count

__all__ = ["ReadMore"]

_READ_MORE = phrase_prefix("read_more_prefixes")
MAX_CHARS = 300
# "Click here to get the app", "Hier klicken", "Pour voir la vidéo, cliquez ici.": a link's
# label, not prose.  The words open the line (behind a bullet, not a quotation mark) or a
# clause; "Users who click here are taken to a fake site" stays.
_CLICK_WORDS = (
    "click here", "tap here", "hier klicken", "klicken sie hier", "cliquez ici", "haga clic aquí",
    "haz clic aquí", "clique aqui", "clicca qui", "klik hier", "kliknij tutaj",
)
_CLICK_HERE = regex.compile(
    rf"(?i)(?:^[\s▶►>»•*|(\[-]*|[,;.!?–—]\s+)(?:{'|'.join(_CLICK_WORDS)})(?!\w)"
)
# "Listen: http://po.st/abc", "Download: https://…": a labelled link.  A plain URL line
# stays: articles list their sources that way.
# A sentence's full stop (not an ellipsis) at the end, perhaps behind a closing quote.
_FULL_STOP = regex.compile(r"(?<![.…])\.[\"'’”»)]*$")
_BARE_LINK = regex.compile(r"(?i)^[\p{L}][\p{L} ]{0,30}:\s*(?:https?://|www\.)\S+$")
# A link to an image file alone on a line is what the page's markup left (an og:image, a
# srcset), never a source an article cites.
# ">> Wegen Corona: Lokal muss schließen <<", ">>> Jetzt bestellen! <<<": a link between arrows.
_ARROWED = regex.compile(r"^(?:>>+|»»+)\s*\S.*?\s*(?:<<+|««+)$")
_LINK_KEY = regex.compile(r"(?i)^(?:https?:)?//(?:www\.)?")
_IMAGE_LINK = regex.compile(r"(?i)^(?:https?:)?//\S+\.(?:jpe?g|png|gif|webp|avif|svg)(?:[?#]\S*)?$")
# Where a cut-off teaser's link to the rest may start: its ellipsis, near the line's end.
_CUT = ("…", "...")


@cache
def _cut_teaser() -> regex.Pattern[str]:
    """A teaser cut off with its link to the rest: "… Speis und... mehr", "… nation ... more"."""
    more = alternation(all_phrases("more_links"))
    return regex.compile(rf"(?i)(?:…|\.\.\.|\[…\]|\[\.\.\.\])\s*\(?(?:{more})\)?\s*[»›>→]*$")


def _is_link_title(rest: str, max_tokens: int) -> bool:
    """A linked headline after the prompt: short, not a sentence going on in lower case,
    and not closed by a full stop as a speaker's answer is.

    "More - much more - needs to be done", "Listen: the recording was …" and, in an
    interview, "Mira: Ich war damals zwölf." stay.
    """
    if _FULL_STOP.search(rest):
        return False
    return token_count(rest) <= max_tokens and not rest.lstrip("\"'‘“«„(¿¡")[:1].islower()


@dataclass(frozen=True)
class ReadMore:
    """Remove "read more" inserts: a prompt, a separator, and a linked headline.

    A bare label line ("Read more", "Watch") goes too, and so does a link between arrows
    (``>> Wegen Corona: Lokal muss schließen <<``); and so do short lines that ask
    to "click here" (at the start of the line or of a clause) and lines that are only a
    link (``Listen: https://…``) or a link to an image file (``https://…/photo.jpg``, left
    by the page's markup) or to the page itself (the input's ``url``: a share or print
    box printed it); a plain link to another page stays (articles list their sources).
    A teaser cut off with its link to the rest goes too, as ``teaser``: a ``more_links``
    phrase after an ellipsis closing the line (``… auch in Sachen Speis und... mehr``,
    a gallery caption's ``… military relations ... more``; scrapinghub text-recall
    0.9699 → 0.9702, one page's captions, trafilatura_eval two pages' teasers, no gold
    text lost).  The headline after the prompt must be short (at most ``max_tokens``
    words) and start like a headline, not in lower case; "Read more about this in our
    guide." has no separator and stays.

    Before::

        The central bank raised rates again on Thursday.
        READ MORE: Markets slide as inflation fears grow
        Economists had expected the move.

    After::

        The central bank raised rates again on Thursday.
        Economists had expected the move.
    """

    name: ClassVar[str] = "read_more"
    reasons: ClassVar[frozenset[str]] = frozenset(
        {"read_more", "click_here", "bare_link", "teaser"}
    )
    max_tokens: int = 25

    def __post_init__(self) -> None:
        if self.max_tokens < 1:
            raise ValueError("read_more: max_tokens must be at least 1")

    def __call__(self, doc: Document) -> Document:
        clicks = may_mention(doc.source, _CLICK_WORDS)
        url = doc.metadata.get("url")
        own = _link_key(url) if isinstance(url, str) and url.strip() else None
        drops = {
            index: reason
            for index, line in enumerate(doc.lines)
            if len(line) <= MAX_CHARS
            and (
                reason := _reason(line, self.max_tokens, clicks)
                or ("bare_link" if own and "/" in line and _link_key(line) == own else None)
            )
        }
        return doc.drop(drops, by=self.name)


def _link_key(link: str) -> str:
    """A link without its scheme, ``www.`` and trailing slash: the same page's address
    written either way compares equal."""
    bare: str = _LINK_KEY.sub("", link.strip())
    return bare.rstrip("/").casefold()


@lru_cache(maxsize=4096)  # a line is read again on the pipeline's next pass
def _reason(line: str, max_tokens: int, clicks: bool) -> str | None:
    """Why ``line`` goes (``clicks``: the document may hold a click-here phrase)."""
    # Most lines hold no separator, so no prompt: skip the long alternation.
    match = None if PREFIX_SEPARATORS.isdisjoint(line) else _READ_MORE.match(line)
    if (match and _is_link_title(match["rest"], max_tokens)) or fold(line) in all_phrases(
        "read_more_prefixes"
    ):
        return "read_more"
    if line[:2] in (">>", "»»") and token_count(line) <= max_tokens and _ARROWED.match(line):
        return "read_more"
    if (":" in line and _BARE_LINK.match(line)) or ("//" in line and _IMAGE_LINK.match(line)):
        return "bare_link"
    if clicks and token_count(line) <= max_tokens and _CLICK_HERE.search(line):
        return "click_here"
    end = line[-40:]
    if any(cut in end for cut in _CUT) and _cut_teaser().search(end):
        return "teaser"
    return None
