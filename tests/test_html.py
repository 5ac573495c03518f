"""HTML input: ``cleaner.html.extract`` and ``clean_html`` on small synthetic pages."""

from __future__ import annotations

import doctest
import socket
import subprocess
import sys
from typing import Any

import pytest

import cleaner
import cleaner.html
from cleaner.headline import choose_headline
from cleaner.html import MAIN_TEXT_MENU_LINES, _for_main_text, clean_html, extract
from cleaner.page_metadata import host_names
from cleaner.pipeline import Pipeline, default_pipeline

PARAGRAPHS = (
    "The harbour authority said on Tuesday that the new ferry terminal would open in the "
    "spring, two years later than planned, after the contractor ran out of steel.",
    "Local traders welcomed the news but said the delay had already cost them a season of "
    "visitors, and asked the city council for help with their rents.",
    "The council will discuss the request at its next meeting, a spokeswoman said.",
)

PAGE = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <title>Ferry terminal to open next spring | Harbour Gazette</title>
  <meta property="og:title" content="Ferry terminal to open next spring">
  <meta property="og:site_name" content="Harbour Gazette">
  <meta name="author" content="Anna Berg">
  <meta property="article:published_time" content="2023-07-20T06:27:00+00:00">
  <link rel="canonical" href="https://gazette.example/ferry-terminal">
  <script>var tracking = "do not keep";</script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
  <article>
    <h1>Ferry terminal to open next spring</h1>
    <p>{PARAGRAPHS[0]}</p>
    <p>{PARAGRAPHS[1]}</p>
    <p>{PARAGRAPHS[2]}</p>
  </article>
  <footer>© 2023 Harbour Gazette. All rights reserved.</footer>
</body>
</html>"""


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> None:
    """Any attempt to open a connection fails the test."""

    def refuse(*args: Any, **kwargs: Any) -> None:
        raise AssertionError("cleaner.html tried to use the network")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


def test_module_docstring_example() -> None:
    result = doctest.testmod(cleaner.html, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0


def test_extract_body_one_paragraph_per_line(no_network: None) -> None:
    text, _ = extract(PAGE, url="https://gazette.example/ferry-terminal")
    lines = text.split("\n")
    for paragraph in PARAGRAPHS:
        assert paragraph in lines
    assert "do not keep" not in text
    assert "All rights reserved" not in text
    assert "Sport" not in text


def test_extract_metadata(no_network: None) -> None:
    _, meta = extract(PAGE, url="https://gazette.example/ferry-terminal?utm=x")
    assert meta["title"] == "Ferry terminal to open next spring"
    assert meta["authors"] == ["Anna Berg"]
    assert meta["published"] == "2023-07-20"
    assert meta["site_name"] == "Harbour Gazette"
    assert meta["url"].startswith("https://gazette.example/ferry-terminal")
    assert all(value for value in meta.values())


def test_extract_keeps_only_keys_with_values() -> None:
    page = (
        "<html><body><article>"
        + "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
        + "</article></body></html>"
    )
    text, meta = extract(page)
    assert PARAGRAPHS[0] in text
    assert set(meta) <= {"title", "authors", "published", "url", "site_name"}
    assert "authors" not in meta and "published" not in meta


def test_fallback_to_visible_text(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    monkeypatch.setattr(trafilatura, "bare_extraction", lambda *args, **kwargs: None)
    text, meta = extract(PAGE)
    lines = text.split("\n")
    assert "Ferry terminal to open next spring" in lines
    assert PARAGRAPHS[1] in lines
    for hidden in ("do not keep", "Home", "All rights reserved", "Harbour Gazette |"):
        assert hidden not in text
    assert all(line == line.strip() and line for line in lines)
    assert meta["title"] == "Ferry terminal to open next spring"  # from extract_metadata


def test_trafilatura_runs_once_with_its_fallback_extractors(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import types

    import trafilatura

    calls: list[bool] = []

    def extraction(tree: Any, **kwargs: Any) -> Any:
        calls.append(kwargs["fast"])
        return types.SimpleNamespace(text="short", title="", author="", date="", url="")

    monkeypatch.setattr(trafilatura, "bare_extraction", extraction)
    text, _ = extract(PAGE)
    assert calls == [False]
    assert text == "short"


def test_fallback_when_trafilatura_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    import trafilatura

    def broken(*args: Any, **kwargs: Any) -> None:
        raise RecursionError("too deep")

    monkeypatch.setattr(trafilatura, "bare_extraction", broken)
    monkeypatch.setattr(trafilatura, "extract_metadata", broken)
    text, meta = extract(PAGE)
    assert PARAGRAPHS[2] in text.split("\n")
    assert meta == {}


@pytest.mark.parametrize(
    "html",
    [
        "",
        "   \n ",
        "<",
        "<<<>>>",
        "</p></div></html>",
        "<html><body><p>unclosed <b>bold <i>italic",
        "<html><head><title>Only a title</title></head></html>",
        "\x00\x01\x02<p>\ufffd</p>",
        "<script>never closed",
        "just some plain text without any markup",
    ],
)
def test_malformed_or_empty_html_never_raises(html: str, no_network: None) -> None:
    text, meta = extract(html)
    assert isinstance(text, str) and isinstance(meta, dict)
    doc = clean_html(html, id="x")
    assert doc.metadata["id"] == "x"


def test_empty_input_gives_nothing() -> None:
    assert extract("") == ("", {})
    assert clean_html("").body == ""


def test_deeply_nested_html_returns(no_network: None) -> None:
    depth = 20_000
    html = (
        "<html><body>"
        + "<div>" * depth
        + "<p>Deep inside the page.</p>"
        + "</div>" * depth
        + "</body></html>"
    )
    text, _meta = extract(html)
    assert "Deep inside the page." in text
    assert clean_html(html).body == "Deep inside the page."
    unclosed = "<b><i>" * depth + "Still here."
    assert "Still here." in extract(unclosed)[0]


def test_clean_html_removes_title_and_fills_metadata(no_network: None) -> None:
    doc = clean_html(PAGE, id="p1", url="https://gazette.example/ferry-terminal")
    assert doc.body == "\n\n".join(PARAGRAPHS)
    record = doc.to_record()
    assert record["title"] == "Ferry terminal to open next spring"
    assert record["published"] == "2023-07-20"
    assert record["authors"] == ["Anna Berg"]
    assert record["site_name"] == "Harbour Gazette"
    assert record["url"] == "https://gazette.example/ferry-terminal"
    assert record["id"] == "p1"


def test_caller_metadata_wins(no_network: None) -> None:
    doc = clean_html(
        PAGE,
        title="Our own headline",
        published="2023-07-21",
        authors=["Ben Ode"],
        url="https://mirror.example/1",
        site_name="Mirror",
    )
    assert doc.metadata["title"] == "Our own headline"
    assert doc.metadata["published"] == "2023-07-21"
    assert tuple(doc.metadata["authors"]) == ("Ben Ode",)
    assert doc.metadata["url"] == "https://mirror.example/1"
    assert doc.metadata["site_name"] == "Mirror"


def test_byline_in_text_wins_over_page_metadata(no_network: None) -> None:
    page = PAGE.replace(
        "<h1>Ferry terminal to open next spring</h1>",
        "<h1>Ferry terminal to open next spring</h1><p>By Carl Dahl</p>",
    )
    doc = clean_html(page)
    assert tuple(doc.metadata["authors"]) == ("Carl Dahl",)
    assert "By Carl Dahl" not in doc.body


def test_core_does_not_import_the_html_edge() -> None:
    code = (
        "import sys, cleaner; cleaner.clean('Advertisement\\nText.'); "
        "bad = [m for m in ('cleaner.html', 'trafilatura', 'bs4', 'lxml') if m in sys.modules]; "
        "print(','.join(bad))"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""


def test_kicker_inside_h1_is_not_part_of_the_title(no_network: None) -> None:
    page = PAGE.replace(
        "<h1>Ferry terminal to open next spring</h1>",
        '<h1><span class="kicker">Harbour</span> '
        "<span>Ferry terminal to open next spring</span></h1>",
    ).replace(
        '<meta property="og:title" content="Ferry terminal to open next spring">',
        '<meta property="og:title" content="Harbour: Ferry terminal to open next spring">',
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


def test_h1_that_is_one_sentence_keeps_its_first_words(no_network: None) -> None:
    page = PAGE.replace(
        "<h1>Ferry terminal to open next spring</h1>",
        "<h1>Ferry <em>terminal</em> to open next spring</h1>",
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


@pytest.mark.parametrize(
    ("title", "headline"),
    [
        ("Office 365 – HBDI – die Dritte", "Office 365 – HBDI – die Dritte"),
        ("Leasing or buying – which pays off?", "Leasing or buying – which pays off?"),
        (
            "Ferry terminal to open next spring | Harbour Gazette",
            "Ferry terminal to open next spring",
        ),
        (
            "Ferry terminal to open next spring - Gazette Online",
            "Ferry terminal to open next spring",
        ),
    ],
)
def test_title_suffix_is_only_cut_when_it_reads_like_a_name(title: str, headline: str) -> None:
    assert choose_headline(title, [], "") == headline


def test_author_prefixes_and_the_site_name_are_dropped(no_network: None) -> None:
    page = PAGE.replace(
        '<meta name="author" content="Anna Berg">',
        '<meta name="author" content="Harbour Gazette; Por Anna Berg">',
    )
    assert list(clean_html(page).metadata["authors"]) == ["Anna Berg"]


def test_a_news_agency_as_author_is_the_records_agency_too(no_network: None) -> None:
    page = PAGE.replace(
        '<meta name="author" content="Anna Berg">',
        '<meta name="author" content="The Associated Press">',
    )
    meta = clean_html(page).metadata
    assert list(meta["authors"]) == ["The Associated Press"]
    assert list(meta["agencies"]) == ["Associated Press"]
    assert "agencies" not in clean_html(PAGE).metadata  # KEPT: a person is no agency


def test_authors_from_rel_author_when_trafilatura_finds_none(no_network: None) -> None:
    page = PAGE.replace('<meta name="author" content="Anna Berg">', "").replace(
        "</article>",
        '</article><div class="box">Posted by <a rel="author" href="/team/carl">Carl Dahl</a> '
        "in Harbour</div>",
    )
    assert list(clean_html(page).metadata["authors"]) == ["Carl Dahl"]


def _retitled(og_title: str, page_title: str, h1: str) -> str:
    return (
        PAGE.replace(
            '<meta property="og:title" content="Ferry terminal to open next spring">',
            f'<meta property="og:title" content="{og_title}">',
        )
        .replace(
            "<title>Ferry terminal to open next spring | Harbour Gazette</title>",
            f"<title>{page_title}</title>",
        )
        .replace("<h1>Ferry terminal to open next spring</h1>", h1)
    )


def test_a_lone_h1_is_the_headline_over_a_different_meta_title(no_network: None) -> None:
    page = _retitled(
        "Ferry delay: what traders need to know",
        "Ferry delay: what traders need to know | Harbour Gazette",
        "<h1>Ferry terminal to open next spring</h1>",
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


def test_a_short_lone_h1_does_not_replace_the_meta_title(no_network: None) -> None:
    page = _retitled(
        "Ferry terminal to open next spring",
        "Ferry terminal to open next spring | Harbour Gazette",
        "<h1>Local news</h1>",
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


def test_an_h1_naming_the_site_gives_way_to_the_page_title(no_network: None) -> None:
    page = _retitled(
        "Harbour Gazette",
        "Harbour Gazette » Blog Archive » Ferry terminal to open next spring",
        "<h1>Harbour Gazette</h1>",
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


def test_a_section_name_as_meta_title_gives_way_to_the_matching_h1(no_network: None) -> None:
    page = _retitled(
        "Press releases",
        "Gazette: Ferry terminal to open next spring",
        "<h1>Archive</h1><h1>Ferry terminal to open next spring</h1>",
    )
    assert clean_html(page).metadata["title"] == "Ferry terminal to open next spring"


@pytest.mark.parametrize(
    ("title", "url", "headline"),
    [
        (
            "Four Years Remaining » Blog Archive » Interning of small integers",
            "https://fouryears.eu/x",
            "Interning of small integers",
        ),
        ("Krimiblog-Archiv", "http://archiv.krimiblog.de/?p=1", "Krimiblog-Archiv"),
        (
            "Apple unveils a new phone | Apple",
            "https://www.apple.example/news",
            "Apple unveils a new phone",
        ),
        ("ICON • ICON Magazine", "https://iconmagazine.example/x", "ICON"),
    ],
)
def test_parts_naming_the_site_by_its_host_are_cut(title: str, url: str, headline: str) -> None:
    hosts = host_names(url)
    assert choose_headline(title, [], "", "", hosts) == headline


def test_an_h1_loses_a_last_part_naming_the_site() -> None:
    headline = choose_headline(
        "Harbour barrier approved",
        ["Harbour barrier approved | Gazette Online"],
        "Gazette Online",
    )
    assert headline == "Harbour barrier approved"
    kept = ["Leasing or buying | which pays off?"]
    assert choose_headline("Leasing or buying", kept, "Gazette Online") == kept[0]


@pytest.mark.parametrize(
    ("page_title", "headline"),
    [
        ("Was ist virales Marketing? | Harbour Notes", "Was ist virales Marketing?"),
        ("Ferry terminal opens next spring | Harbour Notes", "Ferry terminal opens next spring"),
        ("Local News | Harbour Notes", "Harbour Notes"),  # a section's name: not a headline
        ("Harbour Notes - Aktuelles - Ferry terminal opens", "Harbour Notes"),  # no pipe
    ],
)
def test_an_h1_in_the_page_titles_site_slot_is_the_sites_name(
    page_title: str, headline: str
) -> None:
    assert choose_headline("Harbour Notes", ["Harbour Notes"], "", page_title) == headline


def test_an_h1_the_page_title_lacks_gives_way_to_the_one_it_has() -> None:
    headings = ["Navigation und Service", "Rede des Präsidenten beim Konvent der Länder"]
    page_title = "Der Präsident: Reden / Rede des Präsidenten beim Konvent der Länder"
    headline = choose_headline(headings[0], headings, "", page_title)
    assert headline == headings[1]
    kept = choose_headline(headings[0], headings, "", "")  # no <title> to tell
    assert kept == headings[0]


_RECIPE_LEAD = (
    "Mandelplätzchen sind ein Klassiker der Weihnachtsbäckerei, und dieses Rezept gelingt auch "
    "Anfängern ohne viel Aufwand, wenn man sich an die wenigen Schritte hält und den Teig ruhen "
    "lässt."
)
_INGREDIENTS = [
    "200 g Zucker", "250 g Mehl", "100 g Mandeln", "2 Eier", "1 Prise Salz", "125 g Butter",
    "1 TL Zimt", "50 g Honig", "Puderzucker", "Vanillezucker", "Backpulver", "Mandelblättchen",
]
_RECIPE = (
    "<html><head><title>Mandelplätzchen</title></head><body><article><h1>Mandelplätzchen</h1>"
    f"<p>{_RECIPE_LEAD}</p><h2>Zutaten</h2>"
    + "".join(f"<p>{item}</p>" for item in _INGREDIENTS)
    + "</article></body></html>"
)


@pytest.mark.parametrize("pipeline", [None, default_pipeline()])
def test_short_lines_of_the_main_text_are_not_page_chrome(pipeline: Pipeline | None) -> None:
    # The same lines as scraped text look like a menu under a paragraph, and go.
    text, _ = extract(_RECIPE)
    assert "200 g Zucker" not in cleaner.clean(text).body
    body = clean_html(_RECIPE, pipeline).body
    assert all(item in body for item in _INGREDIENTS)


def test_page_chrome_settings_in_the_main_text() -> None:
    given = default_pipeline({"page_chrome": {"penalty": 7.0, "min_menu_lines": 50}})
    chrome = {f.name: f for f in _for_main_text(given).filters}["page_chrome"]
    assert (chrome.penalty, chrome.min_menu_lines) == (7.0, 50)
    chrome = {f.name: f for f in _for_main_text(default_pipeline()).filters}["page_chrome"]
    assert chrome.min_menu_lines == MAIN_TEXT_MENU_LINES


# The page's date as ``published`` (no date line in the text): each variant of PAGE, whose
# meta gives 2023-07-20, and the date the record should carry.
_HEADLINE = "<h1>Ferry terminal to open next spring</h1>"
_PUBLISHED_META = '<meta property="article:published_time" content="2023-07-20T06:27:00+00:00">'
PAGE_DATES = [
    # A "modified" meta is not the publication: JSON-LD's datePublished is.
    (
        _PUBLISHED_META,
        '<meta property="article:modified_time" content="2023-07-25T09:00:00+00:00">'
        '<script type="application/ld+json">{"@type": "NewsArticle", '
        '"datePublished": "2023-07-19T18:00:00+02:00"}</script>',
        "2023-07-19",
    ),
    # The date printed under the headline, as written (not converted to UTC).
    (
        _HEADLINE,
        _HEADLINE + '<time datetime="2023-07-19T23:30:00-04:00">July 19, 2023, 11:30 pm</time>',
        "2023-07-19",
    ),
    (
        _HEADLINE,
        _HEADLINE + '<p>By Anna Berg | <time datetime="2023-07-19">19.07.2023</time></p>',
        "2023-07-19",
    ),
    # A <time> without datetime: its text, when it is a date stamp.
    (_HEADLINE, _HEADLINE + "<ul><li>Von Anna Berg</li><li><time>19.07.2023, 12:01 Uhr</time>"
     "</li></ul>", "2023-07-19"),
    # A standfirst, then the date.
    (
        _HEADLINE,
        _HEADLINE + "<p>The city has waited two years for the terminal, and the traders on "
        "the quay say they cannot wait much longer for their visitors.</p>"
        '<time datetime="2023-07-19">19.07.2023</time>',
        "2023-07-19",
    ),
    # No <h1>: the element schema.org marks as the headline.
    (
        _HEADLINE,
        '<h2 itemprop="headline">Ferry terminal to open next spring</h2>'
        '<time itemprop="datePublished" datetime="2023-07-19">19.07.2023</time>',
        "2023-07-19",
    ),
]
# Dates that are not the page's publication: the meta's date stays.
PAGE_DATES_KEPT = [
    # An update under the headline.
    (_HEADLINE, _HEADLINE + '<time datetime="2023-07-25">Updated: July 25, 2023</time>'),
    # A relative time (no date shown), a date in a comment past the first paragraph.
    (_HEADLINE, _HEADLINE + '<time datetime="2023-07-25T08:00:00Z">3 hours ago</time>'),
    ("</article>", '</article><div class="comment"><time datetime="2023-07-25">25.07.2023'
     "</time> Great news for the harbour!</div>"),
    # A modification date, a date whose day and month could be swapped.
    (_HEADLINE, _HEADLINE + '<time itemprop="dateModified">2023-07-25 14:15:57</time>'),
    (_HEADLINE, _HEADLINE + "<time>07/05/2023 20:06</time>"),
    # A date in the body's text, past its second paragraph (a related article's box).
    (f"<p>{PARAGRAPHS[1]}</p>", f"<p>{PARAGRAPHS[1]}</p>"
     '<aside><time datetime="2023-07-25">25.07.2023</time> Harbour fees rise</aside>'),
    # A "modified" meta beside the published one.
    (_PUBLISHED_META, _PUBLISHED_META
     + '<meta property="article:modified_time" content="2023-07-25T09:00:00+00:00">'),
]


@pytest.mark.parametrize(("old", "new", "published"), PAGE_DATES)
def test_page_date(old: str, new: str, published: str, no_network: None) -> None:
    assert old in PAGE
    assert clean_html(PAGE.replace(old, new)).metadata["published"] == published


@pytest.mark.parametrize(("old", "new"), PAGE_DATES_KEPT)
def test_page_date_kept(old: str, new: str, no_network: None) -> None:
    assert old in PAGE
    assert clean_html(PAGE.replace(old, new)).metadata["published"] == "2023-07-20"


BIO = "Anna Berg is a reporter at the Harbour Gazette. She covers the port and city hall."


def test_the_pages_author_lets_author_bio_find_her_bio(no_network: None) -> None:
    page = PAGE.replace(f"<p>{PARAGRAPHS[2]}</p>", f"<p>{PARAGRAPHS[2]}</p>\n    <p>{BIO}</p>")
    doc = clean_html(page)
    assert BIO not in doc.body and PARAGRAPHS[2] in doc.body
    assert [(r.by, r.text) for r in doc.removals if r.by == "author_bio"] == [("author_bio", BIO)]
    assert list(doc.metadata["authors"]) == ["Anna Berg"]


def test_a_bio_of_someone_else_stays(no_network: None) -> None:
    other = BIO.replace("Anna Berg", "Carl Dahl")
    page = PAGE.replace(f"<p>{PARAGRAPHS[2]}</p>", f"<p>{PARAGRAPHS[2]}</p>\n    <p>{other}</p>")
    doc = clean_html(page)
    assert other in doc.body
    assert list(doc.metadata["authors"]) == ["Anna Berg"]


_LD_PUBLISHED = (
    '<script type="application/ld+json">{"@type": "NewsArticle", '
    '"datePublished": "DAY"}</script></head>'
)
_UNDER_HEADLINE = "<h1>Ferry terminal to open next spring</h1>"


@pytest.mark.parametrize(
    ("stamp", "jsonld_day", "published"),
    [
        # JSON-LD, the published meta and htmldate name one day: a date line wins no more.
        ("<p>19.07.2023</p>", "2023-07-20T06:27:00Z", "2023-07-20"),
        # Only the meta names the day, or the JSON-LD names another: the text's date line.
        ("<p>19.07.2023</p>", None, "2023-07-19"),
        ("<p>19.07.2023</p>", "2023-07-18T06:27:00Z", "2023-07-19"),
        # The text's stamp names the declared day, and its time too: it stays.
        ("<p>20.07.2023, 08:15</p>", "2023-07-20T06:27:00Z", "2023-07-20T08:15"),
    ],
)
def test_a_day_the_markup_declares_twice_wins_over_a_date_line(
    stamp: str, jsonld_day: str | None, published: str, no_network: None
) -> None:
    page = PAGE.replace(_UNDER_HEADLINE, _UNDER_HEADLINE + stamp)
    if jsonld_day:
        page = page.replace("</head>", _LD_PUBLISHED.replace("DAY", jsonld_day))
    doc = clean_html(page)
    assert doc.metadata["published"] == published
    assert stamp[3:-4] in [removal.text for removal in doc.removals]


@pytest.mark.parametrize(
    ("under_headline", "published"),
    [
        # The date under the headline wins over an update's line in the text.
        ('<time datetime="2023-07-18">18 July 2023</time>', "2023-07-18"),
        # KEPT: with nothing under the headline, the text's line is the best there is.
        ("", "2023-07-25"),
    ],
)
def test_a_date_shown_under_the_headline_wins_over_a_date_line(
    under_headline: str, published: str, no_network: None
) -> None:
    page = PAGE.replace(_UNDER_HEADLINE, _UNDER_HEADLINE + under_headline).replace(
        f"<p>{PARAGRAPHS[2]}</p>", f"<p>{PARAGRAPHS[2]}</p><p>Updated 25.07.2023</p>"
    )
    meta = '  <meta property="article:published_time" content="2023-07-20T06:27:00+00:00">\n'
    page = page.replace(meta, "")
    assert clean_html(page).metadata["published"] == published


@pytest.mark.parametrize(
    ("stamp", "page_date", "published"),
    [
        # "05/07/2023" is read month first; the page's date says day first: it settles it.
        ("<p>05/07/2023</p>", "2023-07-05T06:27:00+00:00", "2023-07-05"),
        # The page declares its time in UTC, past midnight: the text's day read day
        # first, with its time, is one day off the page's, and is the one shown.
        ("<p>05/07/2023 22:41</p>", "2023-07-06T02:41:00+00:00", "2023-07-05T22:41"),
        # KEPT: the page's date is days away from either reading: the text's stays.
        ("<p>05/07/2023</p>", "2023-07-08T06:27:00+00:00", "2023-05-07"),
        # KEPT: a dotted date is day first already (the page's own date may be the one
        # read the wrong way round, from a slashed meta such as "07/05/2023 12:43")
        ("<p>07.05.2023</p>", "2023-07-05T06:27:00+00:00", "2023-05-07"),
        # KEPT: a slashed date that is not the page's swapped
        ("<p>05/08/2023</p>", "2023-07-05T06:27:00+00:00", "2023-05-08"),
    ],
)
def test_the_page_date_settles_an_ambiguous_slashed_date(
    stamp: str, page_date: str, published: str, no_network: None
) -> None:
    page = PAGE.replace(_UNDER_HEADLINE, _UNDER_HEADLINE + stamp).replace(
        "2023-07-20T06:27:00+00:00", page_date
    )
    assert clean_html(page).metadata["published"] == published


def test_the_callers_date_wins_over_the_declared_one(no_network: None) -> None:
    page = PAGE.replace("</head>", _LD_PUBLISHED.replace("DAY", "2023-07-20T06:27:00Z"))
    assert clean_html(page, published="2023-07-01").metadata["published"] == "2023-07-01"
