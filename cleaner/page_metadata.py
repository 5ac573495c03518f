"""Headings, date and authors read off an HTML page's tree, where trafilatura's fall short
(an edge).

:mod:`cleaner.html` parses each page once (``trafilatura.load_html``) and asks this module
for what the page's markup says: its ``<h1>`` and ``<title>`` texts (which
:mod:`cleaner.headline` chooses from), the date a ``<time>`` shows under the headline,
its authors (``rel="author"``, ``itemprop="author"``, hCard, JSON-LD, a byline element
whose class names an author, a label element such as ``<h5>Autor:</h5>`` and the name
after it), and whether a title part or a name only names the site;
trafilatura gets the same tree.  Nothing here fetches or raises on odd markup or broken
JSON-LD: an element that is not there yields nothing.

Measured on trafilatura_eval with ``bench/quality.py`` (see :mod:`cleaner.html`).
"""

from __future__ import annotations

import itertools
import json
from collections.abc import Iterator, Sequence
from functools import cache
from typing import Any
from urllib.parse import urlsplit

import regex
from lxml import etree

from cleaner.dates import AMBIGUOUS_SLASHED, find_date, line_stamp, sole_day
from cleaner.lexicon import agency, all_phrases, alternation, date_words, phrases
from cleaner.names import parse_byline, split_people
from cleaner.patterns import BYLINE, COPYRIGHT_MARK
from cleaner.shape import is_name, is_paragraph, token_count

__all__ = [
    "author_names",
    "byline_authors",
    "card_authors",
    "class_key",
    "class_words",
    "declared_day",
    "h1_texts",
    "headline_date",
    "host_names",
    "in_parts",
    "jsonld_authors",
    "labelled_authors",
    "letters",
    "markup_authors",
    "names_site",
    "page_authors",
    "title_text",
    "without_modified_dates",
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
_BYLINE_PREFIXES = all_phrases("byline_prefixes")
_LETTERS = regex.compile(r"[^\p{L}\p{N}]+")
# Separators and arrows around a name in a byline or an author link ("Anna Berg →").
_EDGE = " ,;|:-–—→»›>"


def letters(text: str) -> str:
    """Casefolded letters and digits only, for comparing names: ``"Die Zeit"`` → ``"diezeit"``."""
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
    labels = (letters(label) for label in host.split(".")[:-1])
    return tuple(label for label in labels if len(label) >= 4 and label != "www")


def names_site(part: str, site: str, hosts: Sequence[str] = ()) -> bool:
    """A title part, heading or author that names the site rather than an article or a
    person: the site's name or host in it, as most of it (``Krimiblog-Archiv`` on
    krimiblog.de, ``Four Years Remaining`` on fouryears.eu), or a domain (``taz.de``)."""
    folded = letters(part)
    if not folded:
        return True
    for name in (letters(site), *hosts):
        if name and (folded in name or (name in folded and 2 * len(name) >= len(folded))):
            return True
    return bool(_DOMAIN.search(part.casefold()))


def _name(part: str) -> str:
    """``Por Alberto Ávila`` → ``Alberto Ávila``; ``View all posts by Daniel Lemire`` →
    ``Daniel Lemire``; ``Di Maria`` stays (a two-letter prefix before one word is a name);
    a name twice (an avatar's text and the link's) once: ``jesusfreak jesusfreak``."""
    part = _squash(part).strip(_EDGE)
    match = _AUTHOR_PREFIX.match(part)
    if match is not None:
        prefix = part[: match.start("rest")].strip(" :：")
        rest = match["rest"].strip(_EDGE)
        part = rest if len(rest.split()) > 1 or len(prefix) > 2 else part
    half = part[: len(part) // 2]
    return half if half and part == f"{half} {half}" else part


# A host name as an author, as trafilatura writes it: "Facebook Com", "www.haufe.de".
# A country's domain only in lower case or dotted: "De" after a name is a particle.
_HOST_NAME = regex.compile(
    r"^(?i:www)[\s.]|(?i:[\s.](?:com|net|org|info|io))$|^[\w-]+(?:\.[\w-]+)+$"
    r"|\s(?:de|at|ch|it|eu)$"
)


@cache
def _role_words() -> frozenset[str]:
    return all_phrases("name_roles") | all_phrases("writer_titles")


def _without_role(name: str) -> str:
    """A name without the role, agency or bio trafilatura glued after it: "Tom Gillespie
    News reporter" → "Tom Gillespie", "ERIC TUCKER Associated Press" → "ERIC TUCKER",
    "Phil Helsel is a reporter" → "Phil Helsel".  The name is the shortest head of two
    words or more that :func:`is_name`; what follows is an agency, or two words or more:
    a writer's role (role words, a writer's title last) or a bio's verb and more.  A desk
    stays whole ("JERUSALEM POST STAFF", "News Service Reports")."""
    words = name.split()
    for cut in range(2, len(words)):
        if is_name(" ".join(words[:cut])) and _is_glued_credit(words[cut:]):
            return " ".join(words[:cut])
    return name


def _is_glued_credit(words: list[str]) -> bool:
    if agency(" ".join(words)):
        return True
    if len(words) < 2:  # one word could be a surname: "Mary Ann Writer"
        return False
    folded = [word.casefold().strip(".,") for word in words]
    role = folded[-1] in all_phrases("writer_titles") and set(folded) <= _role_words()
    bio = len(folded[0]) > 1 and folded[0] in all_phrases("author_bio_verbs")  # not "A."
    return role or bio


def _is_role_only(name: str) -> bool:
    """A writer's role with no name: "AP National Political Writer", "Staff Writer" (a
    role word or agency first, a writer's title last)."""
    folded = name.casefold().replace(".", "").split()
    return (
        len(folded) >= 2
        and folded[0] in _role_words()
        and folded[-1] in all_phrases("writer_titles")
    )


def _without_weekday(name: str) -> str:
    """A name without the weekday a byline's date glued to it: "Jeff Foust Monday" (from
    "by Jeff Foust<br>Monday, November 18, 2019")."""
    words = name.split()
    last = words[-1].casefold() if words else ""
    if len(words) > 2 and len(last) > 3 and last in all_phrases("weekdays"):  # not "Sun"
        return " ".join(words[:-1])
    return name


def _is_date(name: str) -> bool:
    """A byline's date as a name: "On August 3" (a number, date words, short words)."""
    words = name.casefold().split()
    return any(word.isdigit() for word in words) and all(
        word.isdigit() or word in date_words() or len(word) <= 2 for word in words
    )


@cache
def _name_prefixes() -> frozenset[str]:
    """The one-word byline prefixes a name follows: "by", "von", "par", "door" (not the
    labels, which may follow one: "Anna Berg text")."""
    labels = all_phrases("byline_labels")
    return frozenset(p for p in all_phrases("byline_prefixes") - labels if " " not in p)


def _is_bare_label(name: str) -> bool:
    """A byline's label without its name: "Article by", "Ein Artikel von" (the last word,
    in lower case as written, a name's prefix; "Anna De" is a name, "Lüder Hoppe
    info-hoppe de" a name and a host)."""
    words = name.split()
    if len(words) < 2 or not words[-1].islower() or _HOST_NAME.search(name):
        return False
    return words[-1] in _name_prefixes()


@cache
def _glued_label() -> regex.Pattern[str]:
    """A reading time's label ("Lesezeit", "Tiempo de lectura"), or a date's label of two
    or more words ("Hora de publicación", "Last updated"), after a word of a name: a
    one-word date label may be a surname ("Peter Stand")."""
    labels = all_phrases("published_labels") | all_phrases("updated_labels")
    phrases = all_phrases("reading_time_labels") | {label for label in labels if " " in label}
    return regex.compile(rf"(?i)\s(?:{alternation(phrases)})(?!\w)")


def _without_glued_label(name: str) -> list[str]:
    """The names before the label trafilatura glued to them: "Rocío Latorre y José Miguel
    Wilson Tiempo de lectura" → "Rocío Latorre", "José Miguel Wilson"."""
    label = _glued_label().search(name)
    if label is None:
        return [name]
    kept = name[: label.start()].strip(" ,;:-|")
    return (split_people(kept) or [kept]) if kept else []


def author_names(names: Sequence[str], site: str = "") -> list[str]:
    """Clean author names: prefixes off, placeholders ("Admin", "Posted", "PhD") and a second
    spelling of a name dropped, a host name ("Facebook Com") and the site's own name
    dropped when a person remains; the parts of a byline's date dropped ("Jeff Foust
    Monday; November" → "Jeff Foust"), and a label glued on ("… Tiempo de lectura").

    >>> author_names(["Posted", "Anna Berg", "ANNA BERG", "PhD"])
    ['Anna Berg']
    >>> author_names(["Die Tagespost", "Christoph von Ritter"], site="Die Tagespost")
    ['Christoph von Ritter']
    >>> author_names(["Zeige alle Beiträge von Petra Ruland"])
    ['Petra Ruland']
    >>> author_names(["Facebook Com", "Evgenia Karp"])
    ['Evgenia Karp']
    >>> author_names(["Jeff Foust Monday", "November"])
    ['Jeff Foust']
    """
    placeholders = all_phrases("author_placeholders")
    by_fold: dict[str, str] = {}  # one spelling per name: "zahlenzauberin", "Zahlenzauberin"
    for name in (part for found in names for part in _without_glued_label(_name(found))):
        if 0 < len(name) <= MAX_NAME_CHARS and name.casefold().strip(".") not in placeholders:
            by_fold.setdefault(name.casefold(), name)
    cleaned = [_without_weekday(name) for name in by_fold.values()]
    cleaned = [name for name in cleaned if not _is_role_only(name)] or cleaned
    cleaned = [_without_role(name) for name in cleaned]
    cleaned = [
        name
        for name in cleaned
        if name.casefold() not in date_words() and not _is_date(name) and not _is_bare_label(name)
    ]
    software = all_phrases("site_software")  # "Hecho … con Drupal por …", "Theme … von …"
    cleaned = [name for name in cleaned if software.isdisjoint(name.casefold().split())]
    cleaned = [name for name in cleaned if not _HOST_NAME.search(name)] or cleaned
    initials = {
        "".join(word[0] for word in name.split()).casefold() for name in cleaned if " " in name
    }
    cleaned = [name for name in cleaned if " " in name or name.casefold() not in initials]
    cleaned = _without_shorter_spelling(cleaned)
    folded_site = letters(site)
    if folded_site:
        people = [
            name
            for name in cleaned
            if letters(name) not in folded_site and folded_site not in letters(name)
        ]
        cleaned = people or cleaned
    return cleaned


def _ends(name: str) -> tuple[str, str]:
    words = name.casefold().split()
    return words[0], words[-1]


def _without_shorter_spelling(names: list[str]) -> list[str]:
    """``names`` without a two-word name another one spells with a middle name or initial:
    ``Troy Smith; Troy L Smith`` (a meta's and a byline's) → ``Troy L Smith``."""
    fuller = {_ends(name) for name in names if len(name.split()) > 2}
    return [name for name in names if len(name.split()) != 2 or _ends(name) not in fuller]


# hCard: the formatted name (``fn``) of an ``author`` (``<span class="author vcard"><a
# class="url fn n">``), as blog themes print it; "comment-author" is another class.
_HCARD_AUTHOR = etree.XPath(  # compiled once: the expression is long
    './/*[contains(concat(" ", normalize-space(@class), " "), " author ")]'
    '[not(ancestor::*[contains(@class, "comment")])]'
    '/descendant-or-self::*[contains(concat(" ", normalize-space(@class), " "), " fn ")]'
)


# The attributes a <meta> is named by.
_META_KEYS = ("name", "property", "itemprop", "http-equiv")


def _meta_names(meta: Any) -> list[str]:
    """What a ``<meta>`` is named by, in whichever attribute: ``article:published_time``."""
    return [meta.get(key) for key in _META_KEYS if meta.get(key)]


# Yoast SEO's card for a post (WordPress): ``<meta name="twitter:label1" content="Written
# by">`` and ``<meta name="twitter:data1" content="Anna Berg">``, the label in the site's
# language ("Verfasst von", "Escrito por").
_CARD_LABELS = etree.XPath('//meta[starts-with(@name, "twitter:label")]')


def card_authors(tree: Any) -> list[str]:
    """The name in the ``twitter:data`` meta whose ``twitter:label`` is a byline prefix
    ("Written by"): WordPress's author of the post, as Yoast SEO prints it."""
    for label in _CARD_LABELS(tree)[:4]:
        if (label.get("content") or "").strip().casefold() in _BYLINE_PREFIXES:
            data = "twitter:data" + (label.get("name") or "")[len("twitter:label") :]
            meta = next((m for m in tree.iter("meta") if data in _meta_names(m)), None)
            return author_names([meta.get("content") or ""]) if meta is not None else []
    return []


# Author links and schema.org authors, in one walk over the tree.
_MARKED_AUTHORS = etree.XPath('//a[@rel="author"] | //*[@itemprop="author"]')
_PROP_NAME = etree.XPath('.//*[@itemprop="name"]')


def _marked(tree: Any) -> Iterator[list[Any]]:
    """The elements :func:`markup_authors` reads, source by source."""
    found = _MARKED_AUTHORS(tree)
    yield [element for element in found if element.get("rel") == "author"]
    authors = [element for element in found if element.get("itemprop") == "author"]
    yield [name for element in authors[:10] for name in _PROP_NAME(element)]
    yield authors
    yield _HCARD_AUTHOR(tree)


def markup_authors(tree: Any, limit: int = 3) -> list[str]:
    """Authors the markup names: ``<a rel="author">``, then schema.org ``itemprop="author"``
    (its ``itemprop="name"`` if it has one), then an hCard author's ``fn``."""
    for elements in _marked(tree):
        found = []
        for element in elements[:10]:
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


def _jsonld_items(tree: Any) -> Iterator[dict[str, Any]]:
    """The top-level objects of the page's JSON-LD blocks (the first ten, of sane size)."""
    for script in tree.findall('.//script[@type="application/ld+json"]')[:10]:
        text = script.text_content()
        if len(text) > _MAX_JSON_CHARS:
            continue
        try:
            data = json.loads(text)
        except (ValueError, RecursionError):  # broken JSON-LD is common: skip it
            continue
        yield from _json_items(data)


def _jsonld_author_entries(tree: Any) -> Iterator[Any]:
    """Each ``author`` entry of the page's JSON-LD objects: an object, a string, …"""
    for item in _jsonld_items(tree):
        authors = item.get("author")
        yield from authors if isinstance(authors, list) else [authors]


def jsonld_authors(tree: Any, limit: int = 3) -> list[str]:
    """The people a page's JSON-LD names as its ``author`` (``{"@type": "Person", "name":
    "Pepemaus"}`` in a ``DiscussionForumPosting``); organisations and bare ``@id``
    references are not names."""
    names: list[str] = []
    for author in _jsonld_author_entries(tree):
        name = author.get("name") if isinstance(author, dict) and _is_person(author) else author
        if isinstance(name, str) and not name.strip().startswith("http"):
            names.append(name)
    return author_names(names)[:limit]


def jsonld_organisations(tree: Any, limit: int = 3) -> list[str]:
    """The organisations a page's JSON-LD names as its ``author`` (``{"@type":
    "Organization", "name": "Eurosport"}``), not a host name (``24horas.cl``): the last
    source of a page's authors, when it names no person.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<html><head><script type="application/ld+json">{"@type": "NewsArticle", '
    ...     '"author": {"@type": "Organization", "name": "Eurosport"}}</script></head></html>')
    >>> jsonld_organisations(tree)
    ['Eurosport']
    """
    names = [
        author.get("name")
        for author in _jsonld_author_entries(tree)
        if isinstance(author, dict) and not _is_person(author)
    ]
    return author_names(
        [name for name in names if isinstance(name, str) and not _HOST_NAME.search(name.strip())]
    )[:limit]


# Elements whose class names a byline or its author ("entry-content__authors",
# "field-field-contributor", "page-meta--author", "Autor") or a post's meta line
# ("article_meta_info"), and HTML-ish <byline> elements.  The XPath finds a superset
# ("eta" is in "details"; "uthor", "utor" and "yline" match either case of the first
# letter), which _AUTHOR_CLASS and _META_CLASS then check.
_BYLINE_CANDIDATES = etree.XPath(
    ".//byline | .//*[@class][contains(@class, 'uthor') or contains(@class, 'utor')"
    " or contains(@class, 'yline') or contains(@class, 'ontributor') or contains(@class, 'eta')]"
)
_AUTHOR_CLASS = regex.compile(r"(?i)author|autor|byline|contributor")
_META_CLASS = regex.compile(r"(?i)meta")
# Class and id words of the page's parts that name other people than the article's
# authors: comments, teasers of other articles, author boxes, sidebars, menus.
_CLASS_WORDS = regex.compile(r"[\s_-]+|(?<=\p{Ll})(?=\p{Lu})")
_ELSEWHERE = frozenset(
    "comment comments kommentar kommentare related teaser teasers recommended sidebar "
    "widget footer bio biography about profile summary more nav navi navigation menu card".split()
)
_MODIFIERS = frozenset({"has", "with", "without", "no", "is"})
#: How far up from a byline element its ancestors' classes are read (not further: a
#: page's layout says "has-sidebar" on a wrapper of everything).
ELSEWHERE_LEVELS = 6
#: Candidate elements read per page at most (after those elsewhere are skipped).
MAX_BYLINE_ELEMENTS = 30
# A byline element's text at most (characters): longer is a bio, a teaser or a wrapper.
_MAX_BYLINE_CHARS = 150
# A byline word after other words: "Posted on September 21, 2020 by Adi Tzlil".
_INNER_PREFIX = regex.compile(
    rf"(?i)(?<=\s)(?:{alternation(all_phrases('byline_prefixes'))})(?=\s|:)"
)
_LABEL = regex.compile(rf"(?i)^(?:{alternation(all_phrases('byline_labels'))})\s+(?=\S)")
# "Alle Beiträge", "More posts": an author link's words, not a name.
_LINK_WORDS = frozenset(word for phrase in all_phrases("author_links") for word in phrase.split())


def class_key(node: Any) -> str:
    """A node's class and id, as one string."""
    return f"{node.get('class', '')} {node.get('id', '')}"


def class_words(node: Any) -> set[str]:
    """The casefolded words of a node's class and id: ``"relatedPosts c-teaser"`` →
    ``{"related", "posts", "c", "teaser"}``; a modifier's (``has-sidebar``,
    ``wrapper__with-sidebar``) are left out: it describes the layout around the node."""
    words: set[str] = set()
    for token in class_key(node).split():
        parts = {part.casefold() for part in _CLASS_WORDS.split(token)}
        if not parts & _MODIFIERS:
            words |= parts
    return words


def in_parts(element: Any, words: frozenset[str], levels: int) -> bool:
    """Whether ``element`` sits in a ``<nav>``, an ``<aside>`` or a part of the page that
    its own or one of its ``levels - 1`` nearest ancestors' class or id names with one of
    ``words`` (see :func:`class_words`)."""
    node = element
    for _ in range(levels):
        if node is None or not isinstance(node.tag, str):
            return False
        if node.tag in ("nav", "aside") or words & class_words(node):
            return True
        node = node.getparent()
    return False


def _elsewhere(element: Any) -> bool:
    """Whether ``element`` sits in comments, a teaser, a sidebar, a menu or an author
    box (its own or one of its :data:`ELSEWHERE_LEVELS` nearest ancestors' class or id)."""
    return in_parts(element, _ELSEWHERE, ELSEWHERE_LEVELS)


def _byline_people(text: str, author_class: bool) -> list[str]:
    """The people a byline element's text names.

    A byline (``Von Tobias Kuske``), or one after other words (``Posted on September
    21, 2020 by Adi Tzlil``); in an element whose class names an author, a name alone
    or after a label without colon (``Autor Jil Schuller``) too, but not an author
    link's words (``Alle Beiträge``).
    """
    credit = parse_byline(text)
    for inner in _INNER_PREFIX.finditer(text):
        if credit is not None:
            break
        credit = parse_byline(text[inner.start() :])
    if credit is not None:
        return list(credit.people)
    name = _LABEL.sub("", text, count=1)
    if author_class and is_name(name) and not _LINK_WORDS & set(name.casefold().split()):
        return [name]
    return []


# Elements that break a byline element's text into lines: "by Jeff Foust<br><span>Monday,
# November 18, 2019</span>" is a name, then a date, not "Jeff Foust Monday".
_LINE_BREAKS = frozenset("br p div li h1 h2 h3 h4 h5 h6".split())


def _segmented_text(element: Any) -> str:
    """The element's text with its lines as byline segments (``by Jeff Foust | Monday,
    November 18, 2019``), or ``""`` when nothing inside breaks a line."""
    parts: list[str] = []
    broken = False
    for event, node in etree.iterwalk(element, events=("start", "end")):
        breaks = node is not element and node.tag in _LINE_BREAKS
        if event == "start":
            parts.append(" | " if breaks else "")
            broken = broken or breaks
            if isinstance(node.tag, str):  # a comment's text is no text of the page
                parts.append(node.text or "")
        else:
            parts.append(" | " if breaks else "")
            if node is not element:
                parts.append(node.tail or "")
    if not broken:
        return ""
    lines = (_squash(line) for line in "".join(parts).split(" | "))
    return " | ".join(line for line in lines if line)


def _image_text(element: Any) -> str:
    """The ``alt`` text of an author photo: ``<div class="autor__img"><img alt="Lisa
    Petrich">`` (the element has no text of its own)."""
    image = element if element.tag == "img" else element.find(".//img")
    return _squash(image.get("alt", "")) if image is not None else ""


def byline_authors(tree: Any, limit: int = 3) -> list[str]:
    """The people the page's first byline element names: an element whose class names
    an author or a byline, or a post's meta line that says "by" (see
    :func:`_byline_people`), outside comments, teasers, sidebars and author boxes.

    Such bylines often sit outside trafilatura's main text and metadata::

        <span class="entry-content__authors">Von Tobias Kuske</span>      → Tobias Kuske
        <div class="page-meta--author">Posted on … 2020 by Adi Tzlil</div> → Adi Tzlil
        <li class="comment"><span class="author">Jane Doe</span>          → (a comment)

    One XPath over the tree, about 1 ms a page: :func:`page_authors` asks only when no
    other source named someone (35% of the development sets' pages, 0.3 ms a page).
    """
    looked = 0
    for element in _BYLINE_CANDIDATES(tree):
        key = element.get("class", "")
        author_class = element.tag == "byline" or bool(_AUTHOR_CLASS.search(key))
        if not (author_class or _META_CLASS.search(key)) or _elsewhere(element):
            continue
        looked += 1
        if looked > MAX_BYLINE_ELEMENTS:
            break
        text = _squash(element.text_content()) or (_image_text(element) if author_class else "")
        people: list[str] = []
        if len(text) <= _MAX_BYLINE_CHARS:
            segmented = _segmented_text(element)  # "by Jeff Foust | Monday, November 18"
            if segmented:
                people = _byline_people(segmented, author_class)
            people = people or _byline_people(text, author_class)
        if people:
            return author_names(people)[:limit]
    return []


# A byline's label or prefix alone, as an element's whole text: "Autor:", "By", "Von".
_LABEL_ONLY = regex.compile(
    rf"(?i)^(?:{alternation(all_phrases('byline_labels') | all_phrases('byline_prefixes'))})"
    r"\s*[:：]?$"
)
# Texts short enough to be such a label (one XPath over the tree's text nodes).
_SHORT_TEXTS = etree.XPath(".//text()[normalize-space()][string-length() < 40]")
#: Label elements read per page at most.
MAX_LABEL_ELEMENTS = 10
# Ancestors a label's element may sit in with no other text: <div><p><b>By</b></p></div>.
_LABEL_LEVELS = 3


def _labelled(text: str) -> bool:
    """A labelled byline: "Autor: Peter Maahn", "Auteur : Jane Doe" (a label, not a
    prefix: "Von Anfang an" opens a sentence)."""
    match = BYLINE.match(text)
    return match is not None and match["label"] is not None


def _label_element(text: Any) -> Any:
    """The element the label ``text`` (an lxml text node) starts: the outermost one whose
    whole text it is (``<p><b>By</b></p>``), or one with the name after it (``<p>Von
    <em>Klaus Stanjek</em></p>``) or in it (``<p>Autor: Peter Maahn</p>``); ``None`` if
    ``text`` is not a label."""
    label = _squash(text)
    element = text.getparent()
    if not text.is_text or element.tag in ("script", "style"):
        return None
    if _labelled(label) and _squash(element.text_content()) == label:
        return element  # the label and the name: <p>Autor: Peter Maahn</p>
    if not _LABEL_ONLY.match(label):
        return None
    for _ in range(_LABEL_LEVELS):
        parent = element.getparent()
        if parent is None or _squash(parent.text_content()) != label:
            break
        element = parent
    return element


def _text_after(element: Any) -> str:
    """What a label element is followed by: its tail (``<h5>Autor: </h5>Peter Maahn``),
    else its next element's text (``<h4>Autor</h4><p><a>Nikolai Huke</a>, </p>``), without
    the separators around it."""
    tail = _squash(element.tail or "").strip(_EDGE)
    if tail:
        return tail
    following = next((e for e in element.itersiblings() if isinstance(e.tag, str)), None)
    return _squash(following.text_content()).strip(_EDGE) if following is not None else ""


def labelled_authors(tree: Any, limit: int = 3) -> list[str]:
    """The people named after the page's first byline label element, outside comments,
    teasers (cards), sidebars and author boxes: a label or a byline prefix as an
    element's whole text, the name as the text after that element; or a label that
    starts an element, the name as the rest of its text, in the label's own text node
    or after it::

        <h5>Autor: </h5>Peter Maahn<br>                           → Peter Maahn
        <span>By</span><span>Alex Bozarjian</span>                → Alex Bozarjian
        <h4>Autor</h4><p><a>Nikolai Huke</a>, </p>                → Nikolai Huke
        <p>Von <em>Klaus Stanjek</em></p>                         → Klaus Stanjek
        <p>Auteur : Kossivi Tiassou</p>                           → Kossivi Tiassou
        <span>DE</span><span>EN</span>                            → (not a name)

    One XPath over the tree's short texts, about 1 ms a call: :func:`page_authors` asks
    when the markup names no one (68% of the development sets' pages, 0.6 ms a page).
    """
    looked = 0
    for text in _SHORT_TEXTS(tree):
        element = _label_element(text)
        if element is None or _elsewhere(element):
            continue
        looked += 1
        if looked > MAX_LABEL_ELEMENTS:
            break
        label = _squash(text)
        whole = _squash(element.text_content())
        if whole == label and _labelled(label):
            after = ""  # the name is in the label's own text: "Autor: Peter Maahn"
        else:
            after = whole[len(label) :] if whole != label else _text_after(element)
            if not after or len(after) > _MAX_BYLINE_CHARS:
                continue
        people = _byline_people(f"{label} {after.strip(_EDGE)}".strip(), author_class=True)
        if people:
            return author_names(people)[:limit]
    return []


def _shows_fewer(shown: Sequence[str], names: Sequence[str]) -> bool:
    """Whether ``names`` hold every name in ``shown`` and more: a page's label element
    shows the first of its authors (``By April Roach``), its metadata all of them."""
    folded = {letters(name) for name in names}
    return len(names) > len(shown) and all(letters(name) in folded for name in shown)


# A name trafilatura cut at an HTML entity it did not decode (JSON-LD's "Redacci&oacute;n
# Diario" comes out as "Redacci; Oacute; N Diario"): the entity's name is one of the parts.
_ENTITY_NAME = regex.compile(
    r"(?i)[a-z]{1,2}(?:acute|grave|uml|circ|tilde|cedil|ring|slash|lig)|amp|quot|nbsp"
)


@cache
def _countries() -> frozenset[str]:
    """The world's countries, named in the languages of the phrase packs (Babel's CLDR
    data), as :func:`letters` writes them: ``"germany"``, ``"deutschland"``."""
    from babel import Locale, UnknownLocaleError

    names: set[str] = set()
    for code in sorted(phrases("months")):  # every language a phrase pack dates in
        try:
            territories = Locale.parse(code).territories
        except (ValueError, UnknownLocaleError):  # a language CLDR does not know
            continue
        # A country's code is letters; the numeric ones are regions: "150" Europe.
        names.update(letters(name) for key, name in territories.items() if key.isalpha())
    return frozenset(names)


# A copyright notice's opening: "© 2020 Example", "Copyright Haufe-Lexware GmbH".
_COPYRIGHT_MARK = regex.compile(rf"(?i)^{COPYRIGHT_MARK}(?!\w)")


def _imprint_publisher(found: Sequence[str]) -> list[str] | None:
    """When trafilatura's names are the publisher's imprint, which names no author: the
    publisher it names (the last source :func:`page_authors` asks), or ``[]``; ``None``
    for names that are no imprint.

    A postal one: ``<meta name="author" content="Süddeutsche.de GmbH, Munich, Germany">``
    comes out as ``Süddeutsche de GmbH; Munich; Germany``: three parts or more, the last a
    country and the one before it not a person's name (``Anna Berg; Tom Lee; Jordan``
    are three people); its first part is the publisher.  Or a copyright notice: ``Www
    Haufe De; Copyright Haufe-Lexware GmbH; Co KG`` (``[]``)."""
    parts = [part.strip() for part in found if part.strip()]
    if any(_COPYRIGHT_MARK.match(part) for part in parts):
        return []
    if len(parts) >= 3 and letters(parts[-1]) in _countries() and not is_name(parts[-2]):
        return parts[:1]
    return None


def page_authors(
    found: Sequence[str], tree: Any, site: str = "", hosts: Sequence[str] = ()
) -> list[str]:
    """The page's authors from trafilatura's names (``found``) and the markup's.

    Names the markup gives too (``rel="author"``, ``itemprop="author"``) win, in the
    markup's spelling: trafilatura's others come from a ``<meta name="author">`` that
    names the publisher or a desk (``SWR Sport; Julius Richter`` → ``Julius Richter``).
    When trafilatura's names only name the site or a host (``Ciphacipha Net``, +1 page,
    −0), the markup's people come first, then a byline element's
    (:func:`byline_authors`).  Names after a label element (:func:`labelled_authors`,
    ``<span>By</span><span>Anna Berg</span>``) win over trafilatura's others, which come
    from metas or its guesses (``Anna Berg PhillyVoice Staff``, an article's title),
    unless those hold them and more (the label shows the first of two authors); so do,
    when no label element names anyone, the names of a byline under the headline
    (:func:`headline_authors`; 0.7894 → 0.7919, +2 pages, −0: a comment's
    ``Flappy Bird`` → ``Konstantin``, a lone ``Todd`` → ``Todd Bates``).
    trafilatura's names are ignored when it cut one at an HTML entity (``Redacci; Oacute;
    N Diario``).  When neither has a name, the JSON-LD's
    (:func:`jsonld_authors`), then a byline element's, then a label element's, then a
    byline under the headline in any element (:func:`headline_authors`, 0.782 → 0.786,
    +2 pages, −0: their blocks are classed as teasers), then Yoast SEO's "Written by"
    card (:func:`card_authors`: a WordPress account, which a label element's name
    overrules), then the organisations the JSON-LD names as author
    (:func:`jsonld_organisations`, 0.779 → 0.781, +1 page, −0), then the publisher a
    postal imprint names (``hessenschau.de, Frankfurt, Germany`` → ``Hessenschau De``,
    0.7879 → 0.7894; 3 pages change, one with a gold author).
    Measured on trafilatura_eval (author F1 0.738 → 0.749): the label element as the
    last source +3 pages, −0; over trafilatura's names +4, −0 (−1 more without the
    first-of-several exception); a label starting an element with the name after it
    ("Von <em>Klaus Stanjek</em>", with teaser cards left out), 0.751 → 0.760, +6, −0.
    0.768 → 0.772 (+3, −0): the names cut at an entity, a host name dropped when a person
    remains (``Facebook Com; Evgenia Karp``), the card as the last source (as a source
    the markup's, its account overruled a label element's name: −1).  A name the page's
    copyright notice names is the publisher's and goes when a person remains (``Condé
    Nast`` as ``<meta name="author">``, +2 pages, −0).
    """
    return _without_publisher(_page_authors(found, tree, site, hosts), tree)


# The page's copyright notices: a <meta name="copyright">, a text with "©", "(c)" or
# "Copyright" and a year or that word ("© Iona Dutz" alone is a photo's credit).
_COPYRIGHTS = etree.XPath(
    '//meta[@name="copyright"]/@content | //body//text()[contains(., "©")'
    ' or contains(., "opyright") or contains(., "OPYRIGHT") or contains(., "(c)")]'
    "[not(ancestor::script)]"
)
_NOTICE = regex.compile(r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|copyright|\(c\)")


def _without_publisher(names: list[str], tree: Any) -> list[str]:
    """``names`` without the ones the page's copyright notice names (the publisher as
    ``<meta name="author">``: ``Prisma Média; Marie Merlet`` with ``© 2020 Prisma Média``
    → ``Marie Merlet``), when a person remains."""
    if len(names) < 2:
        return names
    notices = " ".join(n for n in _COPYRIGHTS(tree) if _NOTICE.search(n)).casefold()
    people = [
        name
        for name in names
        if not regex.search(rf"(?<!\w){regex.escape(name.casefold())}(?!\w)", notices)
    ]
    return people or names


def _page_authors(
    found: Sequence[str], tree: Any, site: str, hosts: Sequence[str]
) -> list[str]:
    if any(_ENTITY_NAME.fullmatch(part.strip()) for part in found):
        found = []  # cut at an entity: the markup's names are whole
    publisher = _imprint_publisher(found)
    if publisher is not None:
        found = []  # the publisher's imprint, not an author's
    names = author_names(found, site)
    marked = markup_authors(tree)
    confirmed = [
        name
        for name in marked
        if letters(name) and any(letters(name) in letters(other) for other in names)
    ]
    if confirmed:
        return confirmed
    if names and all(names_site(name, site, hosts) or _HOST_NAME.search(name) for name in names):
        people = [name for name in marked if not names_site(name, site, hosts)]
        if people or (not marked and (people := byline_authors(tree))):
            return people
    if names and not marked:
        visible = labelled_authors(tree) or headline_authors(tree)
        if visible and not _shows_fewer(visible, names):
            return visible
    return (
        names
        or marked
        or author_names(jsonld_authors(tree), site)
        or byline_authors(tree)
        or labelled_authors(tree)
        or headline_authors(tree)
        or card_authors(tree)
        or jsonld_organisations(tree)
        or author_names(publisher or [])
    )


# A <meta> whose name says it dates the page's last change: article:modified_time,
# og:updated_time, dateModified, last-modified (http-equiv), DC.date.modified, lastmod.
_MODIFIED = regex.compile(r"(?i)modif|updat|last-?mod|revision")


def without_modified_dates(tree: Any) -> Any:
    """The tree without the ``<meta>`` elements that date the page's last change.

    A publication date is wanted, and htmldate (inside trafilatura's metadata) falls
    back to a "modified" meta before it looks at the page's visible dates, e.g. to
    ``article:modified_time`` when the page declares its publication only in JSON-LD or
    in a ``<time>`` element.  Changes ``tree`` in place and returns it.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<html><head><meta property="article:modified_time" content="2022-12-20">'
    ...     '<meta property="article:published_time" content="2022-12-19"></head></html>')
    >>> [m.get("property") for m in without_modified_dates(tree).iter("meta")]
    ['article:published_time']
    """
    for meta in list(tree.iter("meta")):
        parent = meta.getparent()
        if parent is not None and any(map(_MODIFIED.search, _meta_names(meta))):
            parent.remove(meta)
    return tree


_ISO_DAY = regex.compile(r"\s*(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)")


def _day(value: str) -> str | None:
    """The day a ``datetime`` attribute is written with (no time zone conversion)."""
    match = _ISO_DAY.match(value)
    if match is None:
        return None
    year, month, day = match.groups()
    return f"{year}-{int(month):02d}-{int(day):02d}"


# <meta> names that carry the publication time: article:published_time, datePublished …
_PUBLISHED_METAS = frozenset(
    {"article:published_time", "og:article:published_time", "datepublished", "pubdate"}
)


def declared_day(tree: Any) -> str | None:
    """The day the page declares its publication on in both its JSON-LD
    (``datePublished``) and a ``<meta>`` (``article:published_time``), when every such
    value names that one day (as written, no time zone conversion); else ``None``.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<html><head><meta property="article:published_time" content="2018-10-24T07:20">'
    ...     '<script type="application/ld+json">{"datePublished": "2018-10-24T07:20:31Z"}'
    ...     "</script></head></html>")
    >>> declared_day(tree)
    '2018-10-24'
    """
    in_jsonld = {
        _day(value)
        for item in _jsonld_items(tree)
        if isinstance(value := item.get("datePublished"), str)
    }
    in_metas = {
        _day(meta.get("content") or "")
        for meta in tree.iter("meta")
        if any(name.casefold() in _PUBLISHED_METAS for name in _meta_names(meta))
    }
    if len(in_jsonld) == 1 and in_jsonld == in_metas:
        return in_jsonld.pop()
    return None


def _after(start: Any) -> Iterator[Any]:
    """The elements that follow ``start`` in document order (its own descendants first)."""
    node = start
    elements = start.iterdescendants()
    while True:
        yield from (element for element in elements if isinstance(element.tag, str))
        for sibling in node.itersiblings():
            if isinstance(sibling.tag, str):
                yield sibling
                yield from (e for e in sibling.iterdescendants() if isinstance(e.tag, str))
        node = node.getparent()
        if node is None:
            return
        elements = iter(())


def _time_date(element: Any) -> str | None:
    """The day a ``<time>`` element shows readers, unless it is an update's (its label
    or ``itemprop="dateModified"`` says so).

    With a ``datetime``, its visible text must show that day (not an icon or "3 hours
    ago"), and the day is the one ``datetime`` is written with, never converted to
    another time zone; without one, the visible text must be a date stamp whose day
    and month cannot be swapped (``03/05/2022`` is skipped).
    """
    if element.tag != "time" or _MODIFIED.search(element.get("itemprop", "")):
        return None
    shown = _squash(element.text_content())
    if element.get("datetime"):
        stamp = line_stamp(shown) if len(shown) <= 80 else None
        if stamp is not None and stamp.updated:
            return None
        day = _day(element.get("datetime", ""))
        return day if day and find_date(shown) == day else None
    return _shown_day(shown)


def _shown_day(shown: str) -> str | None:
    """The day of a text that is a date stamp, unless it is an update's ("Aktualisiert am
    …") or its day and month could be swapped (``03/05/2022``)."""
    stamp = line_stamp(shown) if len(shown) <= 80 else None
    if stamp is None or stamp.updated or not stamp.iso or AMBIGUOUS_SLASHED.search(shown):
        return None
    return stamp.iso[:10]


#: Paragraphs a headline's date may come after: a standfirst, then the date.
STANDFIRST_PARAGRAPHS = 1
#: Words of text a headline's date may come after, however they are laid out (a body
#: written as one ``<div>`` with ``<br>`` breaks has no paragraphs to count).
STANDFIRST_WORDS = 400


def headline_date(tree: Any) -> str | None:
    """The date a ``<time>`` element, or an element whose class names a date, shows under
    the headline (before the body's text, a standfirst allowed): the publication date as
    the page prints it.

    The headline is the first ``<h1>`` with text (a logo's empty one heads the site's
    header, and today's date), then the element marked ``itemprop="headline"``.  Dates
    past the second paragraph, or past :data:`STANDFIRST_WORDS` words, belong to
    comments, teasers of other articles or the page's footer (the empty ``<h1>`` and the
    words: +3 pages, −0).  See :func:`_time_date` for the ``<time>`` elements that count
    and :func:`_dated_element` for the others.  Measured on trafilatura_eval: stopping at
    the first paragraph found 2 fewer right dates, at the third 3 right dates were
    replaced by wrong ones; the date-classed elements +6 pages, −3 (−5 more when those
    in teasers and sidebars count; any element whose text is a date, +9, −5; a
    date-classed element's one date among other words, +1, −0: it decides 18 pages, 12
    with a gold date, 10 of them right, the other 2 keeping the wrong date they had).
    With no date under it, a ``<time>`` just above the headline
    (:func:`_above_headline`): +1 page, −0; of the 23 benchmark pages where it decides,
    19 have a gold date, and every one agrees.

    >>> import lxml.html
    >>> tree = lxml.html.fromstring(
    ...     '<html><body><h1>Harbour barrier approved</h1><p>By Anna Berg</p>'
    ...     '<time datetime="2022-05-03T23:37:37-04:00">3 May, 2022, 11:37 pm</time>'
    ...     '<p>The council approved the harbour barrier on Tuesday after a debate that '
    ...     'lasted most of the night.</p></body></html>')
    >>> headline_date(tree)
    '2022-05-03'
    """
    for element in _under_headline(tree):
        day = _time_date(element) or _dated_element(element)
        if day:
            return day
    for element in _above_headline(tree):
        day = _time_date(element)
        if day:
            return day
    return None


def _under_headline(tree: Any) -> Iterator[Any]:
    """The elements under the page's headline, up to its body's text (see
    :func:`headline_date`): first those under the ``<h1>``, then those under the
    ``itemprop="headline"`` element."""
    headlines = tree.findall(".//h1")[:1] + tree.xpath(
        './/*[@itemprop="headline"][not(self::meta)]'
    )[:1]
    for headline in headlines:
        if not _squash(headline.text_content()):
            continue  # a logo's empty <h1>: what follows is the site's header
        paragraphs = words = 0
        for element in _after(headline):
            if element.tag == "p" and is_paragraph(_squash(element.text_content())):
                paragraphs += 1
                if paragraphs > STANDFIRST_PARAGRAPHS:
                    break
            yield element
            if element.tag not in ("script", "style"):
                words += token_count(element.text or "") + token_count(element.tail or "")
                if words > STANDFIRST_WORDS:
                    break


#: ``<time>`` elements above the headline that may show its date (the nearest first).
ABOVE_HEADLINE_TIMES = 3


def _above_headline(tree: Any) -> Iterator[Any]:
    """The last :data:`ABOVE_HEADLINE_TIMES` ``<time>`` elements before the first ``<h1>``,
    the nearest first: a banner's date over the headline (``<time datetime="2022-12-12
    12:22">12.12.2022 12:22</time>``).  Not the site's header (today's date), a teaser's
    or sidebar's, and not one that it or its two nearest ancestors class as an update's
    (``<span class="article-timestamp-updated"><time …>``; above the headline, the
    update's stamp often stands last)."""
    headline = tree.find(".//h1")
    if headline is None:
        return
    for element in reversed(headline.xpath("preceding::time")[-ABOVE_HEADLINE_TIMES:]):
        near = [element, *itertools.islice(element.iterancestors(), 2)]
        if any(_MODIFIED.search(class_key(node)) for node in near):
            continue
        if _elsewhere(element) or any(map(_in_masthead, element.iterancestors())):
            continue
        yield element


def headline_authors(tree: Any) -> list[str]:
    """The people a byline under the headline names (before the body's text, as
    :func:`headline_date` reads it), whatever its element's class: sites print the
    article's own byline in blocks they class as a teaser or a card.

    >>> import lxml.html
    >>> headline_authors(lxml.html.fromstring(
    ...     '<div class="module-teaser"><h1>Harbour barrier approved</h1>'
    ...     '<div class="metaInfo">Ein Artikel von <b>Anna Berg</b> | 27.01.2022</div>'
    ...     '<p>The council approved the barrier.</p></div>'))
    ['Anna Berg']
    """
    for element in _under_headline(tree):
        if element.tag in ("script", "style"):
            continue
        text = _squash(element.text_content())
        credit = parse_byline(text) if text and len(text) <= _MAX_BYLINE_CHARS else None
        if credit is not None and credit.people:
            return author_names(list(credit.people))
    return []


# A class or id that names a date: "entry-date", "news-list-date", "datum", "publishedAt".
_DATE_CLASS = regex.compile(r"(?i)date|datum|fecha|publi")


def _in_masthead(node: Any) -> bool:
    """Whether ``node`` is the site's header: ``class="site-header"``, ``"masthead"``."""
    words = class_words(node)
    return "masthead" in words or {"site", "header"} <= words


def _key_without_hatom(element: Any) -> str:
    """An element's class and id, without hAtom's lone ``updated`` class word."""
    return " ".join(word for word in class_key(element).split() if word != "updated")


#: The longest text of a date-classed element that is read for the one date it holds.
MAX_DATED_CHARS = 100


def _dated_element(element: Any) -> str | None:
    """The day an element whose class or id names a date shows, when its whole text is a
    date stamp (``<span class="entry-date">26. September 2019</span>``, ``<div
    class="news-date">Veröffentlicht: 24. Oktober 2022</div>``), or a short text with one
    date among a byline, a section or a reading time (``<div class="att-publish-date">Von
    Deutscher Tennis Bund 4. 2. 2022.</div>``, ``<p class="author-date">Matthew Davis | 11
    Jan 2019 | 4 min</p>``: :func:`~cleaner.dates.sole_day`); not an update's (its
    class or label), not one in a teaser, sidebar or comment (a related article's date),
    not one in the site's header (today's date), not an ambiguous ``03/05/2022``.

    The class word ``updated`` alone is the hAtom microformat's, which WordPress themes
    put on the publication date (``<span class="entry-meta-date updated">``): it neither
    names a date nor makes one an update's (``<span class="updated
    rich-snippet-hidden">``, hidden, names no date); a parent classed as an update's
    still does (``<dd class="event-meta-updated"><span class="date updated">``)."""
    key = _key_without_hatom(element)
    if not _DATE_CLASS.search(key) or _MODIFIED.search(key) or _elsewhere(element):
        return None
    parent = element.getparent()
    if parent is not None and _MODIFIED.search(_key_without_hatom(parent)):
        return None  # <dd class="event-meta-updated"><span class="date updated">
    if any(map(_in_masthead, element.iterancestors())):
        # The site's header shows today's date; a <time> after its <h1> is the story's.
        return None
    shown = _squash(element.text_content())
    return _shown_day(shown) or (sole_day(shown) if len(shown) <= MAX_DATED_CHARS else None)

