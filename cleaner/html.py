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

* trafilatura runs once, in its balanced mode with its fallback extractors
  (:data:`TRAFILATURA_OPTIONS`; ``fast=False``, as in ``trafilatura.extract``).  Fast
  mode first and the fallbacks only when it found under 3,000 characters (44% of the
  pages) measured the same (found 0.940 vs 0.941, leaked 0.057 vs 0.058, scrapinghub F1
  0.976 vs 0.975) for 7% more time in ``clean_html``: a rerun costs more than the
  fallbacks save.
  Fast mode on every page found 0.925.  ``favor_precision`` gained 0.004 F1 on
  scrapinghub but found 2.5 points fewer must-keep snippets; ``favor_recall`` and
  ``include_tables=False`` were worse on both sets.  Reader comments are left out
  (``include_comments=False``) and ``deduplicate=False``: its cache is global and order
  dependent, so a record would depend on the pages cleaned before it.
* When the page splits the article body into several containers of one class (an ad
  rail between them), trafilatura keeps the first: the rest is added
  (:mod:`cleaner.body_parts`; scrapinghub F1 0.971 → 0.974).
* The standfirst the page prints under the headline in an element of its own
  (``<div class="article__intro">``), which trafilatura leaves out, is put back above
  the main text (:mod:`cleaner.standfirst`; trafilatura_eval must-keep snippets found
  0.941 → 0.956, leaked unchanged).
* An embedded tweet is freed from its wrapper (whose "embed" class trafilatura drops)
  and read as the quotation it is (:mod:`cleaner.embedded_posts`; scrapinghub F1 0.974
  → 0.976).
* trafilatura's ``title`` is given to the pipeline as input metadata
  (:data:`METADATA_AS_INPUT`): the title filter then removes the headline from the top of
  the body (+0.003 F1 on scrapinghub, precision 0.950 vs 0.946).  Its date and authors
  only fill what the filters leave empty: a byline or date line in the text was right
  more often (author token F1 0.644 vs 0.637, date 0.871 vs 0.868 on trafilatura_eval).
  When no filter named an author and a page author's name closes the text, the text is
  cleaned again with the page's authors as input, so that ``author_bio`` can tell their
  bio ("Jane Doe is a reporter at …"); the authors come out the same.
  Authors are then cleaned and checked against the markup, or read off it or the
  JSON-LD or an hCard, then a byline element (:mod:`cleaner.page_metadata`, +11 pages,
  −0), then a label element and the name after it (+9, −0; it also wins over
  trafilatura's names the markup does not confirm, +4, −0): author F1 0.762 (with a
  signature on the text's last line, +2; a labelled byline in the text's last 50 lines,
  +1; more German byline prefixes, +1); titles from the ``<h1>``
  without its kicker, checked against the ``<title>`` and the site's name: exact 0.876.
* The page's date (trafilatura_eval, 726 gold dates, day match 0.869 → 0.897 with the
  date lines the filters read): a ``<time>`` under the headline, before the body's
  text, that shows its date wins (+12 pages, −0; as written in its
  ``datetime``, no time zone conversion, see :func:`~cleaner.page_metadata.headline_date`),
  or an element there whose class names a date and whose text is one (``<span
  class="entry-date">``, outside teasers and sidebars: 0.904 → 0.908, +6, −3; not under
  a logo's empty ``<h1>``, not past 400 words of text: +3, −0);
  otherwise htmldate's date from a tree without "modified" metas (+4, −0: htmldate takes
  ``article:modified_time`` over a JSON-LD ``datePublished`` or the visible dates).
  A date line the filters read in the text wins over these, unless the page declares
  its day three times over: JSON-LD ``datePublished`` and a published-time ``<meta>``
  name the day of this date (:func:`~cleaner.page_metadata.declared_day`; day match
  0.901 → 0.904, +2, −0: a caption's or an update's date no longer overrules it; the
  text's stamp of that same day stays, with its time), or shows it under the headline
  (+1, −0: "Aktualisiert am 19.02.2020" was the text's only date line).
  Rejected: JSON-LD ``datePublished`` over htmldate's date (+6, −10), the first
  ``<time>`` of the page (+13, −22), or the first one within 60 elements of the
  ``<h1>`` (+9, −2, but −5 net at 200 elements), any element (not only ``<time>``, whatever its
  class) under the headline whose text is a date stamp (+9, −5 more), a
  date in the URL only after the header and JSON-LD (htmldate's
  ``deferred_url_extractor``: +3, −4), and a UTC time of 22:00 or 23:00 read as the
  next day's local midnight (+1).
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
from collections.abc import Mapping
from functools import cache
from types import MappingProxyType
from typing import Any, NamedTuple

import cleaner
from cleaner.body_parts import with_continuations
from cleaner.dates import AMBIGUOUS_SLASHED, find_date
from cleaner.document import Document
from cleaner.embedded_posts import unwrap_embedded_posts
from cleaner.filters.page_chrome import PageChrome
from cleaner.headline import choose_headline
from cleaner.lexicon import agency
from cleaner.page_metadata import (
    declared_day,
    h1_texts,
    headline_date,
    host_names,
    page_authors,
    title_text,
    without_modified_dates,
)
from cleaner.pipeline import Pipeline, default_pipeline
from cleaner.standfirst import with_standfirst

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
        "fast": False,  # with the fallback extractors
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


def _metadata(
    found: Any, tree: Any, hosts: tuple[str, ...], shown: str | None
) -> dict[str, Any]:
    """The fields clean-news keeps from trafilatura's metadata (``found``; ``None`` if it
    found none) and the page's markup, only those with values; ``hosts``: the labels of
    the page's host (:func:`~cleaner.page_metadata.host_names`); ``shown``: the date under
    the headline (:func:`~cleaner.page_metadata.headline_date`)."""
    site = _text(getattr(found, "sitename", None))
    authors = page_authors(_text(getattr(found, "author", None)).split(";"), tree, site, hosts)
    fields: dict[str, Any] = {
        "title": _text(getattr(found, "title", None)),
        "authors": authors,
        "published": shown or _text(getattr(found, "date", None)),
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


def _trafilatura(html: str, url: str | None) -> tuple[str, dict[str, Any], bool]:
    """The main text, the metadata, and whether the page states its ``published`` day
    firmly: it shows the date under the headline, or declares its day three times over
    (:func:`~cleaner.page_metadata.declared_day` agrees)."""
    import trafilatura

    tree = trafilatura.load_html(html)  # parsed once: trafilatura works on a copy
    if tree is None:
        return "", {}, False
    unwrap_embedded_posts(tree)
    headings = h1_texts(tree)
    page_title = title_text(tree)
    try:
        found = trafilatura.bare_extraction(
            tree, url=url, with_metadata=False, **TRAFILATURA_OPTIONS
        )
    except Exception:  # trafilatura gives up on some broken pages: fall back
        found = None
    try:  # the main text is read: the tree can lose its "modified" dates (see above)
        page = trafilatura.extract_metadata(without_modified_dates(tree), default_url=url)
    except Exception:
        page = None
    hosts = host_names(url) or host_names("//" + _text(getattr(page, "hostname", None)))
    shown = headline_date(tree)
    metadata = _metadata(page, tree, hosts, shown)
    published = metadata.get("published", "")
    firm = bool(published) and (published == shown or published[:10] == declared_day(tree))
    if found is None:  # no main text: the page's metadata may still be there
        return "", metadata, firm
    if metadata.get("title") or headings or page_title:
        site = metadata.get("site_name", "")
        metadata["title"] = choose_headline(
            metadata.get("title", ""), headings, site, page_title, hosts
        )
    if not metadata.get("title"):
        metadata.pop("title", None)
    text = _lines(_text(getattr(found, "text", None)))
    return with_standfirst(tree, with_continuations(tree, text)), metadata, firm


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
    found = _extract(html, url)
    return found.text, found.metadata


class _Extracted(NamedTuple):
    """What :func:`_extract` found in a page."""

    text: str
    metadata: dict[str, Any]
    main_text: bool  # trafilatura's main text (False: all visible text, or nothing)
    firm: bool  # the page states the ``published`` day firmly


def _extract(html: str, url: str | None) -> _Extracted:
    """:func:`extract`, and what :func:`clean_html` needs to know besides."""
    if not isinstance(html, str) or not html.strip():
        return _Extracted("", {}, main_text=False, firm=False)
    try:
        text, metadata, firm = _trafilatura(html, url)
    except Exception:  # e.g. a RecursionError on absurd nesting
        text, metadata, firm = "", {}, False
    if text:
        return _Extracted(text, metadata, main_text=True, firm=firm)
    try:
        text = _visible_text(html)
    except Exception:
        text = ""
    return _Extracted(text, metadata, main_text=False, firm=firm)


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


#: How much of the cleaned text's end is searched for the page's author names.
AUTHOR_TAIL_CHARS = 1500


def _reread_with_authors(doc: Document, found: Mapping[str, Any], given: set[str]) -> bool:
    """Whether to clean again with the page's authors as input metadata: the filters
    found none, and one of them is named at the end of the text (a bio)."""
    authors = found.get("authors")
    if "authors" in given or doc.metadata.get("authors") or not authors:
        return False
    tail = doc.body[-AUTHOR_TAIL_CHARS:].casefold()
    return any(isinstance(a, str) and a.casefold() in tail for a in authors)


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
        them.  A date the page shows under its headline or declares three times over
        replaces a filter's date of another day (the caller's stays).
    """
    given = {key for key, value in metadata.items() if value not in (None, "", [], ())}
    text, found, main_text, firm = _extract(html, url=_text(metadata.get("url")) or None)
    as_input = {
        key: value for key, value in found.items() if key in METADATA_AS_INPUT and key not in given
    }
    if main_text:
        pipeline = _for_main_text(pipeline) if pipeline else _default_for_main_text()
    doc = cleaner.clean(text, pipeline=pipeline, **{**metadata, **as_input})
    if _reread_with_authors(doc, found, given):
        # The filters found no author, the page names one near the end of the text: clean
        # again with the page's authors as input, so that author_bio knows them.
        as_input["authors"] = found["authors"]
        doc = cleaner.clean(text, pipeline=pipeline, **{**metadata, **as_input})
    fill = {
        key: value
        for key, value in found.items()
        if key not in as_input and key not in given and not doc.metadata.get(key)
    }
    doc = doc.with_metadata(**fill) if fill else doc
    # A news agency the page names as an author ("PTI", "The Associated Press") is the
    # record's agency too.
    authors = doc.metadata.get("authors") or ()
    doc = doc.with_metadata(agencies=[name for author in authors if (name := agency(author))])
    # The page's date wins over a date line in the text when the page states it firmly
    # (shown under its headline, or declared three times over: a caption's, a comment's
    # or an update's date line does not overrule it).  When the text's date was read the
    # wrong way round ("3/5/2022", month first), the page's date settles it.
    if firm and not _same_day(doc.metadata.get("published"), found["published"]):
        doc = doc.with_metadata(published=found["published"], replace=True)
    elif day_first := _read_day_first(doc, found.get("published")):
        doc = doc.with_metadata(published=day_first, replace=True)
    return doc


def _same_day(one: Any, other: str) -> bool:
    return isinstance(one, str) and one[:10] == other[:10]


def _read_day_first(doc: Document, page_date: Any) -> str | None:
    """The text's date read day first, when the filters read it month first from an
    ambiguous slashed date in a line they removed ("3/5/2022 22:41" → 2022-03-05) and the
    page's own date is that day read day first, or the day after or before it (the page
    declares its time in UTC: "Wed, 04 May 2022 02:41:00 GMT" for 3 May, 22:41 local;
    the day either side: +1 page on trafilatura_eval, −0).  A dotted date ("01.11.2023")
    is day first already and is not read again."""
    text_date = doc.metadata.get("published")
    if not (isinstance(text_date, str) and isinstance(page_date, str)):
        return None
    try:
        read = _dt.date.fromisoformat(text_date[:10])
        swapped = read.replace(month=read.day, day=read.month)
        page_day = _dt.date.fromisoformat(page_date[:10])
    except ValueError:  # not a date, or no month to swap to (day 13 to 31)
        return None
    if swapped == read or abs(swapped - page_day) > _dt.timedelta(days=1):
        return None
    if not any(
        find_date(ambiguous[0]) == text_date[:10]
        for removal in doc.removals
        for ambiguous in AMBIGUOUS_SLASHED.finditer(removal.text)
    ):
        return None
    return swapped.isoformat() + text_date[10:]
