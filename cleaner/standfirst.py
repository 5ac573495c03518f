"""The article's standfirst (lead, dek, chapo) that trafilatura leaves out.

Many layouts print the standfirst under the headline in an element of its own, classed
as such, apart from the body's container; trafilatura keeps the body and drops it::

    <h1>Wolves kill a dog in South Tyrol</h1>
    <div class="article__intro">In South Tyrol a dog met a pack of wolves. When its
    owner came, the wolves did not back off.</div>
    <div class="article__body"><p>The dog had run ahead on the forest path …</p></div>

:func:`with_standfirst` puts it back above the main text's first paragraph (under the
page head trafilatura kept: a breadcrumb, the headline, a byline).  The element comes
after the page's first ``<h1>`` and before the main text's first paragraph (at most
:data:`MAX_ELEMENTS_AFTER_HEADLINE` elements on); its class or id names a standfirst
(``lead``, ``intro``, ``chapo``, ``teaser``, ``summary``, ``standfirst``, ``dek``,
``Vorspann``, ``entradilla``, …); its text is one paragraph
(:func:`~cleaner.shape.is_paragraph`, at most :data:`MAX_CHARS` characters) that holds
no list, table, image, form, script, heading or date and is mostly not a link; and
neither it nor its nearest ancestors are classed as a teaser list, a widget, an author
box, a player or a promotion (the other articles' teasers under a headline are classed
"teaser" too).

Measured with ``bench/quality.py`` (HTML): trafilatura_eval must-keep snippets found
0.941 → 0.956 (105 pages gain their standfirst, 44 more must-keep snippets, no
leaked snippet more); scrapinghub F1 0.978 → 0.977 (15 pages gain their standfirst,
which its gold leaves out on most of them).  About 2% of the HTML time.
"""

from __future__ import annotations

from typing import Any

import regex
from lxml import etree

from cleaner.body_parts import KEY_CHARS, element_text
from cleaner.page_metadata import class_key, in_parts
from cleaner.shape import is_paragraph

__all__ = ["with_standfirst"]

#: Elements after the headline read at most, looking for the standfirst.
MAX_ELEMENTS_AFTER_HEADLINE = 200
#: A standfirst's text at most (characters): longer is a body or a wrapper.
MAX_CHARS = 1200
#: Share of a standfirst's characters that may be link text (a teaser is mostly a link).
MAX_LINK_SHARE = 0.3
_TAGS = frozenset({"div", "p", "section", "span", "header", "h2", "strong"})
_STANDFIRST_CLASS = regex.compile(
    r"(?i)lead|intro|chapo|teaser|excerpt|summary|standfirst|subtitle|dek\b|deck|hook"
    r"|abstract|sapo|entradilla|bajada|anriss|vorspann"
)
# Class and id words of the parts of a page that hold other text than the standfirst
# (``page_metadata``'s for bylines count "teaser" and "summary" among them: not here).
_ELSEWHERE = frozenset(
    "comment comments related sidebar widget footer nav navi navigation menu recommended "
    "more card teasers author bio byline profile video player embed newsletter share "
    "social promo ad ads popular trending".split()
)
#: Class and id read from the element and its nearest ancestors, this many in all (not
#: further: a page's layout wraps the article in a "list" or next to a "sidebar").
ELSEWHERE_LEVELS = 3
# What a standfirst never holds.
_NOT_INSIDE = etree.XPath(
    ".//li | .//table | .//iframe | .//script | .//style | .//noscript | .//form"
    " | .//input | .//button | .//select | .//h1 | .//h2 | .//h3 | .//img | .//figure"
    " | .//time"
)
_AFTER = etree.XPath("following::*[position() <= $limit]")


def _is_standfirst(element: Any, text: str) -> bool:
    if len(text) > MAX_CHARS or not is_paragraph(text) or _NOT_INSIDE(element):
        return False
    linked = sum(len(element_text(link)) for link in element.iter("a"))
    return linked <= MAX_LINK_SHARE * len(text) and not in_parts(
        element, _ELSEWHERE, ELSEWHERE_LEVELS
    )


def _standfirst(tree: Any, lines: list[str]) -> str | None:
    """The standfirst's text, or ``None`` (see the module docstring)."""
    headline = tree.find(".//h1")
    if headline is None:
        return None
    keys = {line[:KEY_CHARS] for line in lines if len(line) >= KEY_CHARS}
    for element in _AFTER(headline, limit=MAX_ELEMENTS_AFTER_HEADLINE):
        if not isinstance(element.tag, str):
            continue
        named = element.tag in _TAGS and _STANDFIRST_CLASS.search(class_key(element))
        if not named and element.tag not in ("p", "div"):
            continue
        text = element_text(element)
        if text[:KEY_CHARS] in keys:
            return None  # the main text begins: no standfirst above it
        if named and _is_standfirst(element, text):
            return text
    return None


def with_standfirst(tree: Any, text: str) -> str:
    """``text`` (trafilatura's main text, one paragraph per line) with the page's
    standfirst above it, when trafilatura left it out."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return text
    standfirst = _standfirst(tree, lines)
    if standfirst is None or standfirst[:KEY_CHARS] in text:
        return text
    # Under the page head trafilatura kept (a breadcrumb, the headline, a byline): the
    # filters read those at the top.
    first = next((i for i, line in enumerate(lines) if is_paragraph(line)), 0)
    return "\n".join([*lines[:first], standfirst, *lines[first:]])
