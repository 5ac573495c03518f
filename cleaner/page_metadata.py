"""Headline and authors read off an HTML page's tree, where trafilatura's fall short (an edge).

:mod:`cleaner.html` parses each page once (``trafilatura.load_html``) and asks this module
for what the page's markup says about its headline (``<h1>``, ``<title>``) and authors
(``rel="author"``, ``itemprop="author"``, JSON-LD), and whether a title part or a name
only names the site; trafilatura gets the same tree.  Nothing here fetches or raises on
odd markup or broken JSON-LD: an element that is not there yields nothing.

Measured on trafilatura_eval with ``bench/quality.py`` (see :mod:`cleaner.html`).
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import urlsplit

import regex

from cleaner.lexicon import all_phrases, alternation

__all__ = [
    "author_names",
    "h1_texts",
    "host_names",
    "jsonld_authors",
    "markup_authors",
    "names_site",
    "page_authors",
    "title_text",
]

MAX_NAME_CHARS = 80

# A kicker: the topic line sites print inside the <h1> before the headline ("Klimaschutz").
_KICKER_WORDS = 5
_EMPHASIS = frozenset("a abbr b cite code em i mark q s small strong sub sup u".split())


def _squash(text: str) -> str:
    return " ".join(text.split())


def _without_kicker(element: Any) -> str | None:
    """``<h1><span class="kicker">Klimaschutz</span> Bohren, bis es heiß wird</h1>`` →
    ``Bohren, bis es heiß wird``.

    Only when the ``<h1>`` starts with an element (no words of its own before it) that
    is not inline emphasis (so ``<h1><em>Ferry</em> terminal opens</h1>`` is one
    headline), that element's text is short and has no sentence end, and the rest is a
    headline of at least three words.
    """
    first = next((child for child in element if isinstance(child.tag, str)), None)
    if first is None or first.tag in _EMPHASIS or _squash(element.text or ""):
        return None
    kicker = _squash(first.text_content()).rstrip(" :|–—-")
    rest = [first.tail or ""]
    for child in first.itersiblings():
        rest += [child.text_content() if isinstance(child.tag, str) else "", child.tail or ""]
    headline = _squash(" ".join(rest)).lstrip(" :|–—-")
    if not kicker or len(kicker.split()) > _KICKER_WORDS or kicker[-1] in ".!?":
        return None
    return headline if len(headline.split()) >= 3 else None


def h1_texts(tree: Any, limit: int = 5) -> list[str]:
    """The text of the page's first ``<h1>`` elements, without a kicker where one has it."""
    texts = []
    for element in tree.findall(".//h1")[:limit]:
        text = _without_kicker(element) or _squash(element.text_content())
        if text:
            texts.append(text)
    return texts


def title_text(tree: Any) -> str:
    """The text of the page's ``<title>`` element (``""`` without one); trafilatura's title
    is often its ``og:title`` or an ``<h1>``, which can be a section's or the site's name."""
    element = tree.find(".//title")
    return _squash(element.text_content()) if element is not None else ""


# "Zeige alle Beiträge von", "View all posts by": author-archive links sites print with a
# name; trafilatura's author field often carries them, and a byline's own prefix or label.
_PREFIXES = frozenset().union(
    *(all_phrases(kind) for kind in ("author_links", "byline_prefixes", "byline_labels"))
)
_AUTHOR_PREFIX = regex.compile(
    rf"(?i)^(?:{alternation(_PREFIXES)})(?:\s*[:：]\s*|\s+)(?P<rest>\S.*)$"
)
_LETTERS = regex.compile(r"[^\p{L}\p{N}]+")
# Separators and arrows around a name in a byline or an author link ("Anna Berg →").
_EDGE = " ,;|:-–—→»›>"


def _letters(text: str) -> str:
    return str(_LETTERS.sub("", text.casefold()))


_DOMAIN = regex.compile(
    r"(?i)\.(?:com|net|org|info|de|at|ch|fr|es|it|pl|nl|eu|io|co\.uk|com\.br)\b"
)


def host_names(url: str | None) -> tuple[str, ...]:
    """``https://archiv.krimiblog.de/?p=1`` → ``("archiv", "krimiblog")``: the labels of the
    URL's host that may name the site (not ``www`` or the top-level domain; 4+ letters)."""
    try:
        host = urlsplit(url or "").hostname or ""
    except ValueError:  # a malformed URL names nothing
        return ()
    labels = (_letters(label) for label in host.split(".")[:-1])
    return tuple(label for label in labels if len(label) >= 4 and label != "www")


def names_site(part: str, site: str, hosts: Sequence[str] = ()) -> bool:
    """A title part, heading or author that names the site rather than an article or a
    person: the site's name or host in it, as most of it (``Krimiblog-Archiv`` on
    krimiblog.de, ``Four Years Remaining`` on fouryears.eu), or a domain (``taz.de``)."""
    folded = _letters(part)
    if not folded:
        return True
    for name in (_letters(site), *hosts):
        if name and (folded in name or (name in folded and 2 * len(name) >= len(folded))):
            return True
    return bool(_DOMAIN.search(part.casefold()))


def _name(part: str) -> str:
    """``Por Alberto Ávila`` → ``Alberto Ávila``; ``View all posts by Daniel Lemire`` →
    ``Daniel Lemire``; ``Di Maria`` stays (a two-letter prefix before one word is a name)."""
    part = _squash(part).strip(_EDGE)
    match = _AUTHOR_PREFIX.match(part)
    if match is None:
        return part
    prefix = part[: match.start("rest")].strip(" :：")
    rest = match["rest"].strip(_EDGE)
    return rest if len(rest.split()) > 1 or len(prefix) > 2 else part


def author_names(names: Sequence[str], site: str = "") -> list[str]:
    """Clean author names: prefixes off, the site's own name dropped when a person remains.

    >>> author_names(["Die Tagespost", "Christoph von Ritter"], site="Die Tagespost")
    ['Christoph von Ritter']
    >>> author_names(["Zeige alle Beiträge von Petra Ruland"])
    ['Petra Ruland']
    """
    cleaned = [name for name in dict.fromkeys(map(_name, names)) if 0 < len(name) <= MAX_NAME_CHARS]
    folded_site = _letters(site)
    if folded_site:
        people = [
            name
            for name in cleaned
            if _letters(name) not in folded_site and folded_site not in _letters(name)
        ]
        cleaned = people or cleaned
    return cleaned


def markup_authors(tree: Any, limit: int = 3) -> list[str]:
    """Authors the markup names: ``<a rel="author">``, then schema.org ``itemprop="author"``."""
    for path in (
        './/a[@rel="author"]',
        './/*[@itemprop="author"]//*[@itemprop="name"]',
        './/*[@itemprop="author"]',
    ):
        found = []
        for element in tree.findall(path)[:10]:
            text = element.get("content") if element.tag == "meta" else element.text_content()
            found.append(text or "")
        names = author_names(found)[:limit]
        if names:
            return names
    return []


# JSON-LD that is not worth parsing (characters): a page's whole article body, say.
_MAX_JSON_CHARS = 200_000


def _json_items(data: Any) -> Iterator[dict[str, Any]]:
    """The top-level objects of a JSON-LD block and its ``@graph`` members (not the
    reviews or comments nested in them)."""
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            yield item
            graph = item.get("@graph")
            if isinstance(graph, list):
                yield from (node for node in graph if isinstance(node, dict))


def _is_person(author: dict[str, Any]) -> bool:
    kind = author.get("@type", "Person")
    return "Person" in (kind if isinstance(kind, list) else [kind])


def jsonld_authors(tree: Any, limit: int = 3) -> list[str]:
    """The people a page's JSON-LD names as its ``author`` (``{"@type": "Person", "name":
    "Pepemaus"}`` in a ``DiscussionForumPosting``); organisations and bare ``@id``
    references are not names."""
    names: list[str] = []
    for script in tree.findall('.//script[@type="application/ld+json"]')[:10]:
        text = script.text_content()
        if len(text) > _MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # broken JSON-LD is common: skip it
            continue
        for item in _json_items(data):
            authors = item.get("author")
            for author in authors if isinstance(authors, list) else [authors]:
                name = (
                    author.get("name")
                    if isinstance(author, dict) and _is_person(author)
                    else author
                )
                if isinstance(name, str) and not name.strip().startswith("http"):
                    names.append(name)
    return author_names(names)[:limit]


def page_authors(
    found: Sequence[str], tree: Any, site: str = "", hosts: Sequence[str] = ()
) -> list[str]:
    """The page's authors from trafilatura's names (``found``) and the markup's.

    Names the markup gives too (``rel="author"``, ``itemprop="author"``) win, in the
    markup's spelling: trafilatura's others come from a ``<meta name="author">`` that
    names the publisher or a desk (``SWR Sport; Julius Richter`` → ``Julius Richter``).
    When trafilatura's names only name the site, the markup's people come first; when
    neither has a name, the JSON-LD's (:func:`jsonld_authors`).
    """
    names = author_names(found, site)
    marked = markup_authors(tree)
    confirmed = [
        name
        for name in marked
        if _letters(name) and any(_letters(name) in _letters(other) for other in names)
    ]
    if confirmed:
        return confirmed
    if names and all(names_site(name, site, hosts) for name in names):
        people = [name for name in marked if not names_site(name, site, hosts)]
        if people:
            return people
    return names or marked or author_names(jsonld_authors(tree), site)
