"""Bylines: ``By Mari Yamaguchi and Haruka Nuga``, ``BY JEFF KAROUB, AP Business Writer``."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from typing import ClassVar

import regex

from cleaner.document import Document
from cleaner.lexicon import all_phrases, alternation, phrase_kinds
from cleaner.names import (
    Credit,
    is_role_line,
    names_someone,
    parse_byline,
    parse_dated_name,
    parse_split_byline,
    parse_titled_name,
)
from cleaner.patterns import BYLINE
from cleaner.shape import edge_hits, fold, head_end, is_paragraph, is_sentence

__all__ = ["Byline"]

_LOWER_WORD = regex.compile(r"(?<!\w)\p{Ll}[\p{L}'’-]*")
# A writer's name alone: two or three capitalised words ("Stefan Wasmer", "Anna
# Berg-Roost"); not "SOCIAL MEDIA SEITEN", "Poetic. Justice." or glued words
# ("Pamela Wilsonbigbrandsystem").
_SIGNATURE = regex.compile(
    r"""(?x)^
    \p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?          # Stefan, Berg-Roost
    (?:\ \p{Lu}\p{Ll}{1,14}(?:-\p{Lu}\p{Ll}{1,14})?){1,2}$"""
)


@cache
def _signed_off() -> regex.Pattern[str]:
    """A sign-off and a name closing a post: "Euer HansEhrlich", "Liebe Grüße, Sarah",
    "Cheers, Tom Hale"."""
    signoffs = alternation(all_phrases("signoffs"))
    return regex.compile(
        rf"""(?x)^(?fi:(?:{signoffs})[\s,]+){{1,3}}
        (?P<name>\p{{Lu}}[\p{{L}}\d_-]{{1,24}}(?:\ \p{{Lu}}\p{{Ll}}{{1,14}}){{0,2}})[.!]?$"""
    )


MAX_SIGN_OFF = 60


def _signed_off_name(lines: Sequence[str]) -> str | None:
    """The name of a sign-off on the last line, right after a sentence ("Viel Glück!" /
    "Euer HansEhrlich"); ``None`` when the text ends otherwise ("Ihr Team")."""
    if len(lines) < 2 or not is_sentence(lines[-2]) or len(lines[-1]) > MAX_SIGN_OFF:
        return None
    match = _signed_off().match(lines[-1])
    name = str(match["name"]) if match else ""
    chrome = set(name.casefold().split()) & _chrome_words()
    return name if name and names_someone(name) and not chrome else None


def _signed(lines: Sequence[str], words_in_lower_case: Callable[[], set[str]]) -> bool:
    """Whether the last line is a writer's signature: a name alone (``Stefan Wasmer``)
    right after a paragraph (not after "Terms of Service" in a page's footer), no word
    of it in lower case elsewhere in the text ("Weitere Informationen" when the text
    says "weitere") and none a word of page chrome or a sign-off ("Privacy Policy",
    "Gruß Heiko"; see :data:`NAME_KINDS`)."""
    if len(lines) < 2 or not _SIGNATURE.match(lines[-1]) or not is_paragraph(lines[-2]):
        return False
    words = set(lines[-1].casefold().replace("-", " ").split())
    return not words & (_chrome_words() | words_in_lower_case())


#: Phrase kinds whose words may stand in a name ("April", "Herr", "Reporter"); the words
#: of every other kind name page chrome ("Privacy Policy", "Cookie Settings") or a
#: sign-off ("Gruß Heiko"): a last line with one of them is no signature.
NAME_KINDS = frozenset(
    {
        "months", "weekdays", "relative_time", "reading_time", "name_titles", "name_roles",
        "byline_prefixes", "byline_labels", "author_links", "photo_agencies",
    }
)


@cache
def _chrome_words() -> frozenset[str]:
    kinds = (kind for kind in phrase_kinds() if kind not in NAME_KINDS)
    return frozenset(
        word for kind in kinds for phrase in all_phrases(kind) for word in phrase.split()
    )


@dataclass(frozen=True)
class Byline:
    """Remove byline lines and keep the names as ``authors``.

    A line is a byline when it starts with a byline word ("By", "Von", "Par", "Por", "Door",
    …) and everything after it is names, agencies, roles or dates; it is only looked for in
    the page head (before the first paragraph, at most ``max_lines``), in the
    ``after_standfirst`` lines after that first paragraph (a standfirst, then the byline),
    and in the last ``tail_lines`` lines (bylines not counted in either window); a labelled
    one ("Text: Anna Berg", "Autor: …") in the last ``labelled_tail_lines``, above the photo
    credits, notes and a reading list (50 lines: on trafilatura_eval's pages with a gold
    author, author F1 html 0.749 → 0.751, recall 0.053 → 0.055, naive 0.020 → 0.025 against
    10 lines; a window of 1,000 lines found no more).  Names printed in capitals are properly
    cased, titles ("Dr.", "Rechtsanwalt") are not part of them, a photo or illustration
    credit after them ("Text von X Illustration von Y") names no author; an agency in the
    role ("AP Business Writer") goes to ``agencies``.  In the head, a date and a name with no
    byline word is one too ("1. Februar 2022 , Anna Berg"), unless a word of the name stands
    in lower case elsewhere in the text ("11.12.2019 - Neue Regeln"), and so is a name
    and a writer's title ("Robert Burns, AP National Security Writer").  With no byline
    anywhere, a ``signature``: a name alone on the last line ("Stefan Wasmer"), right after
    a paragraph, no word of it in lower case elsewhere in the text and none a word of page
    chrome or a sign-off ("Privacy Policy", "Gruß Heiko"); a sign-off and a name closing
    the post after a sentence ("Euer HansEhrlich", "Liebe Grüße, Sarah") names the author
    and stays, part of the post.  A byline word alone on its line ("By", "Von:", "|
    BY:") and the names on the next one (a link around the names broke the line) are one
    byline.  A writer's role alone on the line after a byline ("Staff Writer", "Live
    Science Contributor") goes with it.

    Before::

        By Mari Yamaguchi and Haruka Nuga
        NATO Secretary-General Jens Stoltenberg called for stronger ties with Japan.

    After (``authors=["Mari Yamaguchi", "Haruka Nuga"]``)::

        NATO Secretary-General Jens Stoltenberg called for stronger ties with Japan.
    """

    name: ClassVar[str] = "byline"
    reasons: ClassVar[frozenset[str]] = frozenset({"byline"})
    max_lines: int = 12
    tail_lines: int = 3
    after_standfirst: int = 2
    labelled_tail_lines: int = 50
    signature: bool = True

    def __post_init__(self) -> None:
        windows = (self.max_lines, self.tail_lines, self.after_standfirst, self.labelled_tail_lines)
        if min(windows) < 0:
            raise ValueError(
                "byline: max_lines, tail_lines, after_standfirst and labelled_tail_lines "
                "must be >= 0"
            )

    def __call__(self, doc: Document) -> Document:
        lines = doc.lines

        split: set[int] = set()  # bylines whose names are on the next line

        def find(index: int) -> Credit | None:
            credit = parse_byline(lines[index])
            if credit is None and index - 1 not in split and index + 1 < len(lines):
                credit = parse_split_byline(lines[index], lines[index + 1])  # "By" / "Jane Doe"
                if credit is not None:
                    split.add(index)
            return credit

        common: set[str] | None = None

        def words_in_lower_case() -> set[str]:
            nonlocal common
            if common is None:
                common = set(_LOWER_WORD.findall("\n".join(lines)))
            return common

        def dated(index: int) -> Credit | None:
            """A date and a name (head only): no word of the name in lower case elsewhere
            ("11.12.2019 - Neue Regeln" when the text says "die neue Regel")."""
            credit = parse_dated_name(lines[index])
            if credit is None:
                return None
            words = {word.casefold() for name in credit.people for word in name.split()}
            return None if words & words_in_lower_case() else credit

        head = head_end(lines, self.max_lines)
        found = head < self.max_lines  # the head ends at a paragraph: a standfirst?
        top = range(min(head + 1 if found else head, len(lines)))
        credits = {
            i: credit for i in top if (credit := find(i) or dated(i) or parse_titled_name(lines[i]))
        }
        # After the standfirst and at the tail, the windows count article lines only:
        # bylines in them do not use them up.
        if found:
            credits.update(edge_hits(lines, self.after_standfirst, find, stop=head + 1))
        credits.update(edge_hits(lines, self.tail_lines, find, from_end=True, stop=head))
        # A labelled credit ("Text: Anna Berg") can sit above the photo credits and a
        # reading list at the end of a feature: a wider window for it (any byline is a
        # hit, so that removing one pulls no new line into the window).
        wide = edge_hits(lines, self.labelled_tail_lines, find, from_end=True, stop=head)
        credits.update(
            (index, credit)
            for index, credit in wide.items()
            if ((match := BYLINE.match(lines[index])) and match["label"])
            or (index in split and fold(lines[index]) in all_phrases("byline_labels"))
        )
        signed_off = None  # a sign-off stays in the post: only its name is read
        if self.signature and not credits:
            if _signed(lines, words_in_lower_case):
                credits[len(lines) - 1] = Credit((lines[-1],), ())
            else:
                signed_off = _signed_off_name(lines)
        drops: dict[int, str] = {}
        authors: list[str] = [signed_off] if signed_off else []
        agencies: list[str] = []
        published = None
        for index, credit in sorted(credits.items()):
            if index - 1 in split and index - 1 in credits:
                continue  # the names of a split byline, read with it
            last = index + 1 if index in split else index
            drops.update(dict.fromkeys(range(index, last + 1), "byline"))
            after = last + 1  # the writer's role on a line of its own
            if after < len(lines) and after not in credits and is_role_line(lines[after]):
                drops[after] = "byline"
            authors += credit.people
            agencies += credit.agencies
            published = published or credit.published
        return doc.drop(drops, by=self.name).with_metadata(
            authors=authors, agencies=agencies, published=published
        )
