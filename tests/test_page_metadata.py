"""Headline and authors read off an HTML tree: ``cleaner.page_metadata`` on small trees."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from cleaner.page_metadata import (
    host_names,
    jsonld_authors,
    markup_authors,
    names_site,
    page_authors,
)


def tree(body: str) -> Any:
    return lxml.html.fromstring(f"<html><head><title>Page</title></head><body>{body}</body></html>")


def ld(data: str) -> str:
    return f'<script type="application/ld+json">{data}</script><p>Text.</p>'


@pytest.mark.parametrize(
    ("body", "names"),
    [
        (
            ld(
                '{"@context": "https://schema.org", "@type": "DiscussionForumPosting",'
                ' "author": {"@type": "Person", "name": "Pepemaus"}}'
            ),
            ["Pepemaus"],
        ),
        (
            ld(
                '{"@context": "https://schema.org", "@graph": [{"@type": "WebSite"},'
                ' {"@type": "NewsArticle", "author": [{"@type": "Person", "name": "Anna Berg"},'
                ' {"@type": "Person", "name": "Carl Dahl"}]}]}'
            ),
            ["Anna Berg", "Carl Dahl"],
        ),
        (ld('{"@type": "BlogPosting", "author": "Anna Berg"}'), ["Anna Berg"]),
    ],
)
def test_jsonld_people_are_authors(body: str, names: list[str]) -> None:
    assert jsonld_authors(tree(body)) == names


@pytest.mark.parametrize(
    "body",
    [
        ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Gazette"}}'),
        ld('{"@type": "NewsArticle", "author": {"@id": "https://example.com/#/person/1"}}'),
        ld('{"@type": "NewsArticle", "author": "https://example.com/author/anna"}'),
        ld('{"@type": "Recipe", "review": [{"author": {"@type": "Person", "name": "macksy"}}]}'),
        ld('{"@type": "NewsArticle", "author": '),
        "<p>No JSON-LD at all.</p>",
    ],
)
def test_jsonld_without_people_names_no_one(body: str) -> None:
    assert jsonld_authors(tree(body)) == []


BYLINE = '<p class="byline">By <a rel="author" href="/team/anna">Anna Berg</a></p>'


def test_names_the_markup_confirms_win_over_a_publisher_in_the_meta_author() -> None:
    assert page_authors(["Coastal Media", "Anna Berg"], tree(BYLINE)) == ["Anna Berg"]
    assert page_authors(["Coastal-Media-Expertin Anna Berg"], tree(BYLINE)) == ["Anna Berg"]


def test_markup_people_replace_names_that_only_name_the_site() -> None:
    names = page_authors(["Harbour Gazette"], tree(BYLINE), site="The Harbour Gazette")
    assert names == ["Anna Berg"]


def test_trafilatura_names_stay_when_the_markup_names_someone_else() -> None:
    sidebar = '<aside>More by <a rel="author" href="/team/carl">Carl Dahl</a></aside>'
    assert page_authors(["Anna Berg"], tree(sidebar)) == ["Anna Berg"]


def test_jsonld_only_when_neither_trafilatura_nor_the_markup_names_anyone() -> None:
    body = ld('{"@type": "NewsArticle", "author": {"@type": "Person", "name": "Carl Dahl"}}')
    assert page_authors([""], tree(body)) == ["Carl Dahl"]
    assert page_authors(["Anna Berg"], tree(body)) == ["Anna Berg"]


HCARD = (
    '<div class="entry-meta">Posted on 3 May by <span class="author vcard">'
    '<a class="url fn n" href="/author/daniel">Daniel</a></span></div><p>Text.</p>'
)


def test_an_hcard_author_is_an_author() -> None:
    assert markup_authors(tree(HCARD)) == ["Daniel"]
    assert page_authors(["Posted"], tree(HCARD)) == ["Daniel"]  # a placeholder is no name


@pytest.mark.parametrize(
    "body",
    [
        # A reader's comment: "comment-author" is not "author", nor is a comment's hCard.
        '<div class="comment-author vcard"><cite class="fn">macksy</cite></div>',
        '<ol class="commentlist"><li><span class="author vcard"><b class="fn">Ben</b></span>'
        "</li></ol>",
        '<span class="author-bio"><span class="fn">Carl Dahl</span></span>',
    ],
)
def test_no_hcard_author(body: str) -> None:
    assert markup_authors(tree(body)) == []


def test_placeholders_and_second_spellings_are_dropped() -> None:
    assert page_authors(["Admin"], tree("<p>Text.</p>")) == []
    assert page_authors(["zahlenzauberin", "Zahlenzauberin"], tree("<p>Text.</p>")) == [
        "zahlenzauberin"
    ]


@pytest.mark.parametrize(
    ("part", "site", "hosts", "names"),
    [
        ("Harbour Gazette", "The Harbour Gazette", (), True),
        ("Krimiblog-Archiv", "", ("archiv", "krimiblog"), True),
        ("gazette.example.com", "", (), True),
        ("Apple unveils a new phone", "", ("apple",), False),
        ("Harbour barrier approved", "The Harbour Gazette", (), False),
    ],
)
def test_names_site(part: str, site: str, hosts: tuple[str, ...], names: bool) -> None:
    assert names_site(part, site, hosts) is names


def test_host_names() -> None:
    assert host_names("https://www.krimiblog.de/x") == ("krimiblog",)
    assert host_names("https://news.bbc.co.uk/x") == ("news",)
    assert host_names("http://[::1") == ()
    assert host_names(None) == ()
