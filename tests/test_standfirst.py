"""``cleaner.standfirst``: the standfirst under the headline that trafilatura leaves out."""

from __future__ import annotations

import lxml.html
import pytest

from cleaner.html import clean_html
from cleaner.standfirst import with_standfirst

HEADLINE = "<h1>Wolves kill a dog on a forest path in South Tyrol</h1>"
LEAD = (
    "In South Tyrol a dog met a pack of wolves on a forest path. When its owner came, the "
    "wolves did not back off."
)
BODY_LINES = [
    "The dog had run ahead of its owner on the path above the village on Sunday morning, "
    "the forestry office said.",
    "Its owner found it a few minutes later; the wolves stood a few metres away and only "
    "left when he shouted at them.",
]
BODY = "".join(f"<p>{line}</p>" for line in BODY_LINES)
MAIN_TEXT = "\n".join(BODY_LINES)


def page(*blocks: str) -> str:
    return "<html><body><article>" + "".join(blocks) + "</article></body></html>"


def standfirst_of(html: str, text: str = MAIN_TEXT) -> list[str]:
    """What ``with_standfirst`` puts above ``text`` in ``html`` (``[]``: nothing)."""
    lines = with_standfirst(lxml.html.fromstring(html), text).splitlines()
    return lines[: len(lines) - len(text.splitlines())]


@pytest.mark.parametrize(
    ("element", "standfirst"),
    [
        (f'<div class="article__intro">{LEAD}</div>', LEAD),
        (f'<p class="lead">{LEAD}</p>', LEAD),
        (f'<div class="chapo">{LEAD}</div>', LEAD),
        (f'<div id="article-summary"><p>{LEAD}</p></div>', LEAD),
        (
            '<div class="c-standfirst">In South Tyrol a dog met a <a href="/wolves">pack of'
            " wolves</a> on a forest path. When its owner came, the wolves did not back off.</div>",
            LEAD,
        ),
    ],
)
def test_the_standfirst_is_put_back_above_the_main_text(element: str, standfirst: str) -> None:
    assert standfirst_of(page(HEADLINE, element, BODY)) == [standfirst]


@pytest.mark.parametrize(
    ("blocks", "why"),
    [
        ((f'<div class="lead">{LEAD}</div>', HEADLINE, BODY), "above-the-headline"),
        ((HEADLINE, BODY, f'<div class="lead">{LEAD}</div>'), "below-the-main-text"),
        ((HEADLINE, f'<div class="box">{LEAD}</div>', BODY), "class-names-no-standfirst"),
        ((HEADLINE, f'<div class="teaser"><ul><li>{LEAD}</li></ul></div>', BODY), "a-list"),
        ((HEADLINE, f'<div class="teaser"><a href="/x">{LEAD}</a></div>', BODY), "a-link"),
        ((HEADLINE, f'<div class="author-summary">{LEAD}</div>', BODY), "an-author-box"),
        (
            (HEADLINE, f'<div class="lead">{LEAD}<script>var x = 1;</script></div>', BODY),
            "a-script-inside",
        ),
        ((HEADLINE, '<div class="intro">Listen to this article</div>', BODY), "not-a-paragraph"),
    ],
    ids=lambda value: value if isinstance(value, str) else "",
)
def test_nothing_is_put_back(blocks: tuple[str, ...], why: str) -> None:
    assert standfirst_of(page(*blocks)) == []


def test_a_standfirst_already_in_the_main_text_is_not_repeated() -> None:
    html = page(HEADLINE, f'<div class="lead">{LEAD}</div>', BODY)
    text = f"{LEAD}\n{MAIN_TEXT}"
    assert with_standfirst(lxml.html.fromstring(html), text) == text


def test_no_headline_no_standfirst() -> None:
    assert standfirst_of(page(f'<div class="lead">{LEAD}</div>', BODY)) == []


def test_clean_html_keeps_the_standfirst_above_the_body() -> None:
    paragraphs = "".join(f"<p>{line} {line}</p>" for line in BODY_LINES * 3)
    html = page(HEADLINE, f'<div class="article__intro">{LEAD}</div>', paragraphs)
    body = clean_html(html).body
    assert LEAD in body
    assert body.index(LEAD) < body.index(BODY_LINES[0])


def test_the_standfirst_goes_under_the_page_head_trafilatura_kept() -> None:
    html = page(HEADLINE, f'<div class="lead">{LEAD}</div>', BODY)
    text = f"Home › News › Italy\n{MAIN_TEXT}"
    lines = with_standfirst(lxml.html.fromstring(html), text).splitlines()
    assert lines == ["Home › News › Italy", LEAD, *BODY_LINES]


def test_a_layout_class_far_above_does_not_hide_the_standfirst() -> None:
    lead = f'<div class="lead">{LEAD}</div>'
    nested = f'<div class="sidebar-layout"><div><div><div>{lead}</div></div></div></div>'
    assert standfirst_of(page(HEADLINE, nested, BODY)) == [LEAD]
    near = f'<div class="sidebar">{lead}</div>'
    assert standfirst_of(page(HEADLINE, near, BODY)) == []
