"""HTML input (an edge): main text and metadata via trafilatura, then the cleaning pipeline.

The core never imports this module.  :func:`extract` turns one HTML page (a string; nothing
is ever fetched) into plain text, one paragraph per line, and the metadata trafilatura
finds; :func:`clean_html` runs the pipeline on that text.

>>> html = ("<html><head><title>Drills end - Example News</title></head><body>"
...         "<nav>Home | World | Sport</nav><article><h1>Drills end</h1>"
...         "<p>Russia and China ended their naval drills on Sunday.</p></article></body></html>")
>>> doc = clean_html(html, url="https://example.com/drills")
>>> doc.body
'Russia and China ended their naval drills on Sunday.'
>>> doc.metadata["title"], doc.metadata["url"]
('Drills end', 'https://example.com/drills')

Settings, measured with ``bench/quality.py`` on the development sets (scrapinghub: shingle
F1 of the cleaned body; trafilatura_eval: snippets found / leaked):

* trafilatura runs in its balanced mode (:data:`TRAFILATURA_OPTIONS`), fast first (no
  fallback extractors); only when that finds less than :data:`FULL_EXTRACTION_BELOW`
  characters of main text does it run again with its fallbacks (44% of the pages).  Fast
  mode cuts some articles short (2,455 characters of a 7,022-character one): with the
  fallbacks below 3,000 characters rather than 1,000, trafilatura_eval must-keep
  snippets found 0.939 → 0.940 (+4), leaked 0.060 → 0.062 (+5), scrapinghub F1 0.970 →
  0.968 (one page, whose fast extraction was exact, gets its page's junk), 11% more
  time.  The fallbacks on every page: found 0.941, scrapinghub 0.967, 50% more time.
  Fast mode on every page found 0.925.  ``favor_precision`` gained 0.004 F1 on
  scrapinghub but found 2.5 points fewer must-keep snippets; ``favor_recall`` and
  ``include_tables=False`` were worse on both sets.  Reader comments are left out (``include_comments=False``) and
  ``deduplicate=False``: its cache is global and order dependent, so a record would
  depend on the pages cleaned before it.
* trafilatura's ``title`` is given to the pipeline as input metadata
  (:data:`METADATA_AS_INPUT`): the title filter then removes the headline from the top of
  the body (+0.003 F1 on scrapinghub, precision 0.950 vs 0.946).  Its date and authors
  only fill what the filters leave empty: a byline or date line in the text was right
  more often (author token F1 0.644 vs 0.637, date 0.871 vs 0.868 on trafilatura_eval).
  Authors are then cleaned and checked against the markup, or read off it or the
  JSON-LD or an hCard (:mod:`cleaner.page_metadata`): author F1 0.715; titles from the ``<h1>``
  without its kicker, checked against the ``<title>`` and the site's name: exact 0.876.
* The page's date (trafilatura_eval, 726 gold dates, day match 0.869 → 0.897 with the
  date lines the filters read): a ``<time>`` under the headline, before the body's
  text, that shows its date wins (+12 pages, −0; as written in its
  ``datetime``, no time zone conversion, see :func:`~cleaner.page_metadata.headline_date`);
  otherwise htmldate's date from a tree without "modified" metas (+4, −0: htmldate takes
  ``article:modified_time`` over a JSON-LD ``datePublished`` or the visible dates).
  Rejected: JSON-LD ``datePublished`` over htmldate's date (+6, −10), the first
  ``<time>`` of the page (+13, −22), or the first one within 60 elements of the
  ``<h1>`` (+9, −2, but −5 net at 200 elements), any element (not only ``<time>``) under
  the headline whose text is a date stamp (+9, −5 more, ambiguous ``03/05/2022`` skipped), a
  date in the URL only after the header and JSON-LD (htmldate's
  ``deferred_url_extractor``: +3, −4), and a UTC time of 22:00 or 23:00 read as the
  next day's local midnight (+1).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence
from functools import cache
from types import MappingProxyType
from typing import Any

import regex

import cleaner
from cleaner.dates import leading_date
from cleaner.document import Document
from cleaner.filters.page_chrome import PageChrome
from cleaner.page_metadata import (
    h1_texts,
    headline_date,
    host_names,
    names_site,
    page_authors,
    title_text,
    without_modified_dates,
)
from cleaner.pipeline import Pipeline, default_pipeline

__all__ = [
    "MAIN_TEXT_MENU_LINES",
    "METADATA_AS_INPUT",
    "TRAFILATURA_OPTIONS",
    "clean_html",
    "extract",
]

#: Keyword arguments for ``trafilatura.bare_extraction`` (chosen by measurement, see above).
TRAFILATURA_OPTIONS: Mapping[str, Any] = MappingProxyType(
    {
        "favor_precision": False,
        "favor_recall": False,
        "include_comments": False,
        "include_tables": True,
        "include_images": False,
        "include_links": False,
        "include_formatting": False,
        "deduplicate": False,
    }
)

#: trafilatura runs in its fast mode first; only when that finds less main text than this
#: (characters) does it run again with its fallback extractors (see the module docstring).
FULL_EXTRACTION_BELOW = 3000

#: In trafilatura's main text ``page_chrome`` needs at least this many menu-shaped lines
#: outside the article (8 in scraped text): trafilatura has dropped the page's menus
#: already, and a few dozen short lines left around the densest paragraphs are a recipe's
#: ingredients, a timeline's years or a spec sheet more often than chrome.  Only when it
#: took a whole page (hundreds of menu lines) does the region cut pay.  Measured on
#: trafilatura_eval: must-keep snippets found 0.936 → 0.940, leaked 0.063 → 0.063;
#: scrapinghub F1 unchanged (0.969; its one whole-page extraction still cut).
MAIN_TEXT_MENU_LINES = 32

#: Metadata fields from trafilatura that are passed to the pipeline as input fields (the
#: filters never overwrite them); the others only fill what the filters leave empty.
METADATA_AS_INPUT: frozenset[str] = frozenset({"title"})

# Elements whose text a reader does not see as the page's content (fallback extraction).
_INVISIBLE = ("script", "style", "noscript", "template", "head", "nav", "footer")


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _metadata(found: Any, tree: Any) -> dict[str, Any]:
    """The fields clean-news keeps from trafilatura's metadata (``None`` if it found none;
    only fields with values); authors cleaned, or read off the markup when it has none."""
    site = _text(getattr(found, "sitename", None))
    hosts = host_names("//" + _text(getattr(found, "hostname", None)))
    authors = page_authors(_text(getattr(found, "author", None)).split(";"), tree, site, hosts)
    fields: dict[str, Any] = {
        "title": _text(getattr(found, "title", None)),
        "authors": authors,
        "published": headline_date(tree) or _text(getattr(found, "date", None)),
        "url": _text(getattr(found, "url", None)),
        "site_name": site,
    }
    return {key: value for key, value in fields.items() if value}


def _lines(text: str) -> str:
    """Lines stripped, blank ones dropped: one paragraph per line."""
    return "\n".join(line for line in (part.strip() for part in text.splitlines()) if line)


def _visible_text(html: str) -> str:
    """Every visible text of the page, one line per text block (the fallback)."""
    from bs4 import BeautifulSoup

    for parser in ("lxml", "html.parser"):
        try:
            soup = BeautifulSoup(html, parser)
            for element in soup(_INVISIBLE):
                element.decompose()
            return _lines(soup.get_text("\n"))
        except Exception:  # a parser that gives up: try the next one
            continue
    return ""


_TITLE_SEPARATORS = regex.compile(r"\s+[|–—·•»/:-]\s+|\s*\|\s*|\s+::\s+")
_WORDS = regex.compile(r"\w+")
_NOT_LETTERS = regex.compile(r"[^\p{L}\p{N}]+")
# A heading matches a title when this share of its words is in the title.
_MATCH = 0.6
# Words a lone <h1> needs to stand for the page's headline against its meta title.
_HEADLINE_WORDS = 3


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


def _letters(text: str) -> str:
    return str(_NOT_LETTERS.sub("", text.casefold()))


def _looks_like_a_name(part: str) -> bool:
    """A short part in title case, as site names are: ``Example News``, ``taz``, not
    ``die Dritte`` or ``was lohnt sich?``."""
    words = part.split()
    return len(words) <= 3 and part.rstrip()[-1:] not in "?!." and (
        len(words) == 1 or all(word[:1].isupper() or word[:1].isdigit() for word in words)
    )


def _without_site(title: str, site: str, hosts: Sequence[str] = ()) -> str:
    """``Harbour barrier approved | The Gazette`` → ``Harbour barrier approved``.

    Trailing parts that name the site (its name or host, a domain, or a last part of at
    most three words) go; a leading part that names the site goes with the short section
    names after it (``Four Years Remaining » Blog Archive » Interning of integers`` on
    fouryears.eu → ``Interning of integers``).
    """
    spans = _parts(title)

    def cut(span: tuple[int, int]) -> bool:
        part = title[span[0] : span[1]]
        return names_site(part, site, hosts) or _looks_like_a_name(part)

    while len(spans) > 1 and cut(spans[-1]):
        spans.pop()
    if len(spans) > 1 and names_site(title[spans[0][0] : spans[0][1]], site, hosts):
        spans.pop(0)  # "Site » Section » Headline": the sections go too
        while len(spans) > 1 and cut(spans[0]):
            spans.pop(0)
    if not spans:
        return title
    return title[spans[0][0] : spans[-1][1]].strip()


def _parts(title: str) -> list[tuple[int, int]]:
    """Where the parts of a title between separators (`` | ``, `` – ``, `` » ``…) are."""
    spans, start = [], 0
    for separator in _TITLE_SEPARATORS.finditer(title):
        spans.append((start, separator.start()))
        start = separator.end()
    spans.append((start, len(title)))
    return [(a, b) for a, b in spans if title[a:b].strip()]


def _without_site_suffix(headline: str, site: str, hosts: Sequence[str]) -> str:
    """An ``<h1>`` without a last part that names the site (``… | Umweltbundesamt``)."""
    spans = _parts(headline)
    while len(spans) > 1 and names_site(headline[spans[-1][0] : spans[-1][1]], site, hosts):
        spans.pop()
    return headline[spans[0][0] : spans[-1][1]].strip() if spans else headline


def _before_site_slot(headline: str, page_title: str, site: str, hosts: Sequence[str]) -> str:
    """``Post title | Blog name`` as the ``<title>`` and ``Blog name`` as the headline (an
    old blog theme's ``<h1>``): the headline sits in the slot after the last ``|``, where
    titles put the site's name, so the ``<title>``'s first parts are the headline (unless
    they only name the site or read like a name themselves)."""
    spans = _parts(page_title)
    if len(spans) < 2 or "|" not in page_title[spans[-2][1] : spans[-1][0]]:
        return headline
    if _words_in_order(page_title[spans[-1][0] : spans[-1][1]]) != _words_in_order(headline):
        return headline
    rest = page_title[spans[0][0] : spans[-2][1]].strip()
    return headline if names_site(rest, site, hosts) or _looks_like_a_name(rest) else rest


def _words_in_order(text: str) -> list[str]:
    return list(_WORDS.findall(text.casefold()))


def _matching(headings: Sequence[str], title: str) -> str:
    """The heading that shares most of its words with ``title`` (``""`` if none shares
    :data:`_MATCH` of them)."""
    in_title = _words(title)
    scored = [
        (len(_words(h) & in_title) / len(_words(h)), len(h), h) for h in headings if _words(h)
    ]
    best = max(scored, default=(0.0, 0, ""))
    return best[2] if best[0] >= _MATCH else ""


def _headline(
    title: str, headings: list[str], site: str, page_title: str = "", hosts: Sequence[str] = ()
) -> str:
    """The page's headline, from its meta title, ``<title>`` and ``<h1>`` elements.

    ``<h1>`` elements that name the site (a blog's header) are not headlines.  Of the
    others, the one that shares most of its words with the meta title wins (it lacks the
    site's name) unless the ``<title>`` lacks it and has another ``<h1>`` (trafilatura took
    a navigation label), else the one that shares most with the ``<title>``; a page's only
    ``<h1>`` of three words or more is its visible headline even when its meta title says
    something else (a shorter line written for search engines or social media).  Else the
    meta title without the site's name, or the ``<title>`` without it when the meta title
    only names the site (or a section: trafilatura then took an ``<h1>`` or ``og:title``
    of the site's).  A leading date is dropped.  Measured on trafilatura_eval (845
    titles): exact match 0.593 (trafilatura's title) → 0.833 (``<h1>`` matching the meta
    title) → 0.876.
    """
    if _letters(site) == _letters(title) and not _looks_like_a_name(site):
        site = ""  # trafilatura took the headline for the site's name
    candidates = [h for h in headings if 3 <= len(h) < 300]
    own = [h for h in candidates if not names_site(h, site, hosts)]
    lone = len(candidates) == 1 and len(own) == 1 and len(own[0].split()) >= _HEADLINE_WORDS
    long_own = [h for h in own if len(h.split()) >= _HEADLINE_WORDS]
    in_page_title = _matching(long_own, page_title)
    matched = _matching(own, title)
    if matched and page_title and not _matching([matched], page_title):
        # The <h1> trafilatura took is not in the <title>: a navigation label ("Navigation
        # und Service") or a headline with its byline; the <h1> the <title> has wins.
        matched = in_page_title or matched
    headline = _without_site_suffix(
        matched or in_page_title or (own[0] if lone else ""), site, hosts
    )
    if not headline:
        headline = _without_site(title, site, hosts)
        if not headline or names_site(headline, site, hosts):
            page_headline = _without_site(page_title, site, hosts)
            if page_headline and not names_site(page_headline, site, hosts):
                headline = page_headline
            elif own:
                headline = own[0]
    headline = _before_site_slot(headline, page_title, site, hosts)
    leading = leading_date(headline)
    rest = headline[leading:].lstrip(" -–—:|,")
    return rest if leading and len(rest.split()) >= 2 else headline


def _trafilatura(html: str, url: str | None) -> tuple[str, dict[str, Any]]:
    import trafilatura

    tree = trafilatura.load_html(html)  # parsed once: trafilatura works on a copy
    if tree is None:
        return "", {}
    headings = h1_texts(tree)
    page_title = title_text(tree)
    found = None
    for fast in (True, False):
        try:
            found = trafilatura.bare_extraction(
                tree, url=url, with_metadata=False, fast=fast, **TRAFILATURA_OPTIONS
            ) or found
        except Exception:  # trafilatura gives up on some broken pages: fall back
            pass
        if len(_text(getattr(found, "text", None))) >= FULL_EXTRACTION_BELOW:
            break
    try:  # once, whichever extraction is kept (on a rerun it would be read twice)
        # The main text is read: the tree can lose its "modified" dates (see above).
        page = trafilatura.extract_metadata(without_modified_dates(tree), default_url=url)
    except Exception:
        page = None
    metadata = _metadata(page, tree)
    if found is None:  # no main text: the page's metadata may still be there
        return "", metadata
    if metadata.get("title") or headings or page_title:
        site = metadata.get("site_name", "")
        metadata["title"] = _headline(
            metadata.get("title", ""), headings, site, page_title, host_names(url)
        )
    if not metadata.get("title"):
        metadata.pop("title", None)
    return _lines(_text(getattr(found, "text", None))), metadata


def extract(html: str, url: str | None = None) -> tuple[str, dict[str, Any]]:
    """The main text of an HTML page and its metadata; never fetches, never raises.

    Args:
        html: the page's HTML, already decoded.
        url: where the page came from, if known (only used as metadata).

    Returns:
        ``(text, metadata)``: the text with one paragraph per line (trafilatura's main
        text; all visible text when trafilatura finds none), and the fields trafilatura
        found among ``title``, ``authors`` (a list), ``published`` (ISO date), ``url``
        and ``site_name``.  ``("", {})`` when the page has nothing.
    """
    text, metadata, _ = _extract(html, url)
    return text, metadata


def _extract(html: str, url: str | None) -> tuple[str, dict[str, Any], bool]:
    """:func:`extract`, and whether the text is trafilatura's main text (``False``: all
    visible text, or nothing)."""
    if not isinstance(html, str) or not html.strip():
        return "", {}, False
    try:
        text, metadata = _trafilatura(html, url)
    except Exception:  # e.g. a RecursionError on absurd nesting
        text, metadata = "", {}
    if text:
        return text, metadata, True
    try:
        return _visible_text(html), metadata, False
    except Exception:
        return "", metadata, False


def _for_main_text(pipeline: Pipeline) -> Pipeline:
    """``pipeline`` with ``page_chrome`` asking for :data:`MAIN_TEXT_MENU_LINES` menu-shaped
    lines at least (see there)."""
    return Pipeline(
        tuple(
            dataclasses.replace(
                step, min_menu_lines=max(step.min_menu_lines, MAIN_TEXT_MENU_LINES)
            )
            if isinstance(step, PageChrome)
            else step
            for step in pipeline.filters
        )
    )


@cache
def _default_for_main_text() -> Pipeline:
    return _for_main_text(default_pipeline())


def clean_html(html: str, pipeline: Pipeline | None = None, **metadata: Any) -> Document:
    """Extract the main text of an HTML page and clean it.

    Args:
        html: the page's HTML, already decoded.
        pipeline: the filters to run; the default pipeline when omitted.
        **metadata: the input record's own fields (``id``, ``url``, ``title``, …); they
            win over what is found in the page.

    Returns:
        The cleaned :class:`~cleaner.document.Document`.  Trafilatura's title is input
        metadata for the pipeline where the caller gave none (so the title filter removes
        it from the body); its date, authors, URL and site name fill ``published``,
        ``authors``, ``url`` and ``site_name`` where neither the caller nor a filter set
        them.
    """
    given = {key for key, value in metadata.items() if value not in (None, "", [], ())}
    text, found, main_text = _extract(html, url=_text(metadata.get("url")) or None)
    as_input = {
        key: value for key, value in found.items() if key in METADATA_AS_INPUT and key not in given
    }
    if main_text:
        pipeline = _for_main_text(pipeline) if pipeline else _default_for_main_text()
    doc = cleaner.clean(text, pipeline=pipeline, **{**metadata, **as_input})
    fill = {
        key: value
        for key, value in found.items()
        if key not in as_input and key not in given and not doc.metadata.get(key)
    }
    return doc.with_metadata(**fill) if fill else doc
