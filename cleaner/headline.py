"""The page's headline, from its meta title, its ``<title>`` and its ``<h1>`` elements (an edge).

:mod:`cleaner.html` reads the candidates off the page (trafilatura's meta title, the
``<title>`` element, the ``<h1>`` texts without their kickers, the site's name and host)
and asks :func:`choose_headline` which one is the headline as a reader sees it, without the
site's name.  Measured on trafilatura_eval with ``bench/quality.py`` (845 gold titles).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from cleaner.dates import leading_date
from cleaner.page_metadata import letters, names_site

__all__ = ["choose_headline"]

_TITLE_SEPARATORS = regex.compile(r"\s+[|–—·•»/:-]\s+|\s*\|\s*|\s+::\s+")
_WORDS = regex.compile(r"\w+")
# A heading matches a title when this share of its words is in the title.
_MATCH = 0.6
# Words a lone <h1> needs to stand for the page's headline against its meta title.
_HEADLINE_WORDS = 3


def _words(text: str) -> set[str]:
    return set(_WORDS.findall(text.casefold()))


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


def choose_headline(
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
    if letters(site) == letters(title) and not _looks_like_a_name(site):
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
