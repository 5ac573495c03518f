"""``cleaner.body_parts``: the rest of an article its page splits into several containers."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner.body_parts import with_continuations
from cleaner.html import clean_html

SAID = (
    "The council met on {} and argued about the harbour budget for hours, the mayor said, "
    "before the vote was put off until the spring. "
)


def paragraph(day: str) -> str:
    return (SAID.format(day) * 3).strip()


def paragraphs(*days: str) -> str:
    return "".join(f"<p>{paragraph(day)}</p>" for day in days)


# The first part is long enough for trafilatura to take it alone as the article (its
# fallback extractors do not look further), as on the pages this is for.
FIRST_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
REST_DAYS = ("Mon.", "Tue.", "Wed.", "Thu.")
FIRST = paragraphs(*FIRST_DAYS)
REST = paragraphs(*REST_DAYS)


def page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(blocks) + "</article></body></html>"


def grid(inner: str, cls: str = "body") -> str:
    return f'<div class="grid"><div class="{cls}">{inner}</div></div>'


AD = '<div class="grid"><div class="ad">Advertisement</div></div>'


def lines_of(html: str) -> list[str]:
    """The lines ``with_continuations`` gives for ``html`` whose main text is ``FIRST``."""
    tree = lxml.html.fromstring(html)
    main = "\n".join(map(paragraph, FIRST_DAYS))
    return with_continuations(tree, main).splitlines()


def days(lines: list[str]) -> list[str]:
    return [line.split()[4] for line in lines]


def test_the_rest_after_an_ad_rail_is_added() -> None:
    lines = lines_of(page(grid(FIRST), AD, grid(REST)))
    assert days(lines) == [*FIRST_DAYS, *REST_DAYS]


def test_sibling_containers_count_too() -> None:
    html = page(f'<div class="body">{FIRST}</div><aside>Ad</aside><div class="body">{REST}</div>')
    assert days(lines_of(html)) == [*FIRST_DAYS, *REST_DAYS]


@pytest.mark.parametrize(
    "rest",
    [
        # another post on a blog's front page, under its own headline
        '<div class="grid"><h2>Another post</h2></div>' + grid(REST),
        # a teaser block sharing the class: short link lines, not paragraphs
        grid("".join(f"<p>Read: story number {n} of the day</p>" for n in range(40))),
        # a container of another class
        grid(REST, cls="comments"),
        # too little text to be the rest of an article
        grid(paragraphs("Mon.")),
    ],
)
def test_what_is_not_the_rest_of_the_article_stays_out(rest: str) -> None:
    assert days(lines_of(page(grid(FIRST), AD, rest))) == list(FIRST_DAYS)


def test_a_container_before_the_main_text_is_not_added() -> None:
    assert days(lines_of(page(grid(REST), AD, grid(FIRST)))) == list(FIRST_DAYS)


def test_a_container_without_class_is_left_alone() -> None:
    html = page(f"<div>{FIRST}</div><aside>Ad</aside><div>{REST}</div>")
    assert days(lines_of(html)) == list(FIRST_DAYS)


def test_clean_html_keeps_the_whole_split_article() -> None:
    # trafilatura alone takes the first "article-body" and stops after Sunday.
    html = (
        "<html><head><title>Harbour budget vote put off</title></head><body><main>"
        "<h1>Harbour budget vote put off</h1>"
        + grid(FIRST, "article-body")
        + AD
        + grid(REST, "article-body")
        + "</main></body></html>"
    )
    body = clean_html(html).body
    assert all(paragraph(day) in body for day in (*FIRST_DAYS, *REST_DAYS))
