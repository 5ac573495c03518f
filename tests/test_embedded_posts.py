"""``cleaner.embedded_posts``: tweets an article embeds are read as its quotations."""

from __future__ import annotations

import lxml.html

from cleaner.embedded_posts import unwrap_embedded_posts
from cleaner.html import clean_html

TWEET = (
    '<blockquote class="twitter-tweet"><p lang="en">Yes this is real and the state spent '
    "half a million dollars on it</p>— Dianna Anderson (@diannaeanderson) "
    '<a href="https://twitter.com/x">November 18, 2019</a></blockquote>'
)
SCRIPT = '<script async src="https://platform.twitter.com/widgets.js"></script>'
SAID = (
    "The governor launched the campaign on Monday, and by the evening its slogan was "
    "among the most discussed topics on social networks across the country. "
)


def body_html(tree: lxml.html.HtmlElement) -> str:
    return lxml.html.tostring(tree.find("body"), encoding="unicode")


def test_the_wrappers_give_way_to_the_post() -> None:
    tree = lxml.html.fromstring(
        f'<html><body><p>Before.</p><div class="embed"><div class="social-media-embed">'
        f"{TWEET}{SCRIPT}</div></div><p>After.</p></body></html>"
    )
    html = body_html(unwrap_embedded_posts(tree))
    assert "embed" not in html and "twitter-tweet" not in html
    assert html.startswith("<body><p>Before.</p><blockquote><p lang")
    assert html.endswith("</blockquote><p>After.</p></body>")


def test_a_wrapper_holding_other_text_stays() -> None:
    tree = lxml.html.fromstring(
        f'<html><body><div class="embed"><span>Share this</span>{TWEET}</div></body></html>'
    )
    html = body_html(unwrap_embedded_posts(tree))
    assert html.startswith('<body><div class="embed"><span>Share this</span><blockquote>')


def test_other_quotes_are_left_as_they_are() -> None:
    page = '<html><body><div class="pull"><blockquote class="q">Hi</blockquote></div></body></html>'
    unchanged = body_html(lxml.html.fromstring(page))
    assert body_html(unwrap_embedded_posts(lxml.html.fromstring(page))) == unchanged


def test_clean_html_keeps_the_embedded_tweet() -> None:
    page = (
        "<html><head><title>Meth slogan trends</title></head><body><article>"
        "<h1>Meth slogan trends</h1>"
        + "".join(f"<p>{SAID * 2}</p>" for _ in range(3))
        + f'<div class="social-media-embed">{TWEET}{SCRIPT}</div>'
        + f"<p>{SAID.replace('Monday', 'Tuesday') * 2}</p></article></body></html>"
    )
    body = clean_html(page).body
    quote = "Yes this is real and the state spent half a million dollars on it"
    assert 0 < body.index(quote) < body.index("on Tuesday")
