"""Headline and authors read off an HTML tree: ``cleaner.page_metadata`` on small trees."""

from __future__ import annotations

from typing import Any

import lxml.html
import pytest

from cleaner import page_metadata
from cleaner.page_metadata import (
    author_names,
    byline_authors,
    card_authors,
    declared_day,
    headline_authors,
    headline_date,
    host_names,
    jsonld_authors,
    labelled_authors,
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


ORGANISATION = ld(
    '{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Gazette"}}'
)


def test_an_organisation_the_json_ld_names_as_author_is_the_last_source() -> None:
    assert page_authors([], tree(ORGANISATION)) == ["Gazette"]
    person = '<p class="byline">By <span class="author">Anna Berg</span></p>'
    assert page_authors([], tree(ORGANISATION + person)) == ["Anna Berg"]
    host = ld('{"@type": "NewsArticle", "author": {"@type": "Organization", "name": "x.cl"}}')
    assert page_authors([], tree(host)) == []


BYLINE = '<p class="byline">By <a rel="author" href="/team/anna">Anna Berg</a></p>'


def test_names_the_markup_confirms_win_over_a_publisher_in_the_meta_author() -> None:
    assert page_authors(["Coastal Media", "Anna Berg"], tree(BYLINE)) == ["Anna Berg"]
    assert page_authors(["Coastal-Media-Expertin Anna Berg"], tree(BYLINE)) == ["Anna Berg"]


def test_markup_people_replace_names_that_only_name_the_site() -> None:
    names = page_authors(["Harbour Gazette"], tree(BYLINE), site="The Harbour Gazette")
    assert names == ["Anna Berg"]


def test_markup_people_replace_a_host_name() -> None:
    # <meta name="author" content="ciphacipha.net">, which trafilatura writes "Ciphacipha Net"
    assert page_authors(["Ciphacipha Net"], tree(BYLINE), site="Gizmeo") == ["Anna Berg"]
    assert page_authors(["Ciphacipha Net"], tree("<p>Text.</p>")) == ["Ciphacipha Net"]


def test_a_publishers_postal_imprint_names_the_publisher_when_nothing_names_a_person() -> None:
    imprint = ["Süddeutsche de GmbH", " Munich", " Germany"]  # "…GmbH, Munich, Germany"
    assert page_authors(imprint, tree(BYLINE)) == ["Anna Berg"]
    assert page_authors(imprint, tree("<p>Text.</p>")) == ["Süddeutsche de GmbH"]
    gazette = ["Harbour Gazette", "Hafenstadt", "Deutschland"]
    assert page_authors(gazette, tree("")) == ["Harbour Gazette"]
    copyright_notice = ["Www Haufe De", "Copyright Haufe-Lexware GmbH", "Co KG"]
    assert page_authors(copyright_notice, tree("<p>Text.</p>")) == []
    assert page_authors(["© Harbour Gazette"], tree("<p>Text.</p>")) == []


def test_country_names_skip_a_language_babel_does_not_know(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(page_metadata, "phrases", lambda kind: {"xx": [], "de": []})
    page_metadata._countries.cache_clear()
    try:
        assert "deutschland" in page_metadata._countries()
    finally:
        page_metadata._countries.cache_clear()


@pytest.mark.parametrize(
    "found",
    [
        ["Anna Berg", "Tom Lee", "Jordan"],  # the one before the country is a person
        ["Anna Berg", "Germany"],  # two parts
        ["Harbour Gazette", "Munich", "Bavaria"],  # not a country
        ["Copyrighter Anna Berg"],
    ],
)
def test_names_that_are_no_imprint_stay(found: list[str]) -> None:
    assert page_authors(found, tree("<p>Text.</p>")) != []


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


def test_names_cut_at_an_html_entity_give_way_to_the_markup() -> None:
    # JSON-LD's "Jos&eacute; Ram&oacute;n" is not decoded: trafilatura cuts at the entities.
    marked = '<p itemprop="author"><span itemprop="name">José Ramón Vela</span></p>'
    found = ["Jos", " Eacute", " Ram", " Oacute", " N Vela"]
    assert page_authors(found, tree(marked)) == ["José Ramón Vela"]


def test_a_name_with_oacute_in_it_is_kept_when_it_is_not_cut() -> None:  # KEPT
    assert page_authors(["Anna Berg", "Ramón Oacute"], tree("<p>Text.</p>")) == [
        "Anna Berg",
        "Ramón Oacute",
    ]


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Facebook Com", "Evgenia Karp"], ["Evgenia Karp"]),
        (["Www Haufe De", "Anna Berg"], ["Anna Berg"]),
        (["redaktion.example.de", "Anna Berg"], ["Anna Berg"]),
        (["Speicherguide De"], ["Speicherguide De"]),  # KEPT: no one else is named
        (["Anna De", "Carl Dahl"], ["Anna De", "Carl Dahl"]),  # KEPT: "De" alone is no host
    ],
)
def test_host_names_as_authors_give_way_to_people(names: list[str], kept: list[str]) -> None:
    assert author_names(names) == kept


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        (["Tina Klostermeier", "TK"], ["Tina Klostermeier"]),  # her initials as a second name
        (["Zum Profil von jesusfreak jesusfreak"], ["jesusfreak"]),  # a link's text twice
        (["Anna Berg Anna Berg", "Carl Dahl"], ["Anna Berg", "Carl Dahl"]),
        # KEPT: initials alone, or not another's; a name whose words differ
        (["TK"], ["TK"]),
        (["Anna Berg", "CD"], ["Anna Berg", "CD"]),
        (["Anna Annalena"], ["Anna Annalena"]),
        # one name spelt with and without a middle initial; KEPT: two people of one surname
        (["Troy Smith", "Troy L Smith"], ["Troy L Smith"]),
        (["Anna Berg", "Carl Berg"], ["Anna Berg", "Carl Berg"]),
    ],
)
def test_initials_and_doubled_names(names: list[str], kept: list[str]) -> None:
    assert author_names(names) == kept


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        # trafilatura's guess from a byline with its date glued on
        (["Jeff Foust Monday", "November"], ["Jeff Foust"]),
        (["Stephangoeldi Said", "On August 3"], ["Stephangoeldi Said"]),  # "… on August 3"
        # a byline's label without its name; KEPT: a surname that is a prefix elsewhere
        (["Article by"], []),
        (["Ein Artikel von", "Anna Berg"], ["Anna Berg"]),
        (["Anna De", "Carl Dahl"], ["Anna De", "Carl Dahl"]),
        (["Lüder Hoppe info-hoppe de"], ["Lüder Hoppe info-hoppe de"]),  # a host's ".de"
        (["Anna Berg Montag", "Carl Dahl"], ["Anna Berg", "Carl Dahl"]),
        # post-nominal credentials split off by a comma
        (["Ilana Muhlstein", "MS", "RDN"], ["Ilana Muhlstein"]),
        # KEPT: a month as a given name, a surname that is a weekday's short form
        (["April Roach"], ["April Roach"]),
        (["Anna Li Sun"], ["Anna Li Sun"]),
        (["Tom Friday"], ["Tom Friday"]),
        (["c1ph4"], ["c1ph4"]),  # a handle with digits
        (["Tom 2 Berg"], ["Tom 2 Berg"]),
    ],
)
def test_dates_and_credentials_are_no_names(names: list[str], kept: list[str]) -> None:
    assert author_names(names) == kept


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        # trafilatura's guess with the next element's label glued on
        (
            ["Isabel Caro", "Rocío Latorre y José Miguel Wilson Tiempo de lectura"],
            ["Isabel Caro", "Rocío Latorre", "José Miguel Wilson"],
        ),
        (["Medellín Hora De Publicación Del Artículo"], ["Medellín"]),
        (["Anna Berg Lesezeit 3 Min."], ["Anna Berg"]),
        (["Carl Dahl Last updated"], ["Carl Dahl"]),
        # KEPT: one name with "y" in it; a one-word label is a surname ("Stand", "Posted")
        (["José Ortega y Gasset"], ["José Ortega y Gasset"]),
        (["Peter Stand"], ["Peter Stand"]),
    ],
)
def test_glued_labels_are_cut_off_names(names: list[str], kept: list[str]) -> None:
    assert author_names(names) == kept


@pytest.mark.parametrize(
    ("names", "kept"),
    [
        # a wire byline's role as a second name, or glued on; an agency; a bio
        (["Tom Krisher", "Ap Auto Writer"], ["Tom Krisher"]),
        (["STEVE PEOPLES", "AP National Political Writer"], ["STEVE PEOPLES"]),
        (["Paul Takahashi", "Staff writer"], ["Paul Takahashi"]),
        (["Tom Gillespie News reporter"], ["Tom Gillespie"]),
        (["LISA MASCARO", "ERIC TUCKER Associated Press"], ["LISA MASCARO", "ERIC TUCKER"]),
        (["Phil Helsel is a reporter"], ["Phil Helsel"]),
        # a site's software credited as its author
        (["Hecho en Bolivia con Drupal por Smartica"], []),
        (["Theme Pirate Rogue von xwolf", "Anna Berg"], ["Anna Berg"]),
        # KEPT: a role alone, a desk, a surname that is a role word, a one-word "bio"
        (["Staff Writer"], ["Staff Writer"]),
        (["JERUSALEM POST STAFF"], ["JERUSALEM POST STAFF"]),
        (["Science X staff"], ["Science X staff"]),
        (["Mary Ann Writer"], ["Mary Ann Writer"]),
        (["Mary Ann A. Smith"], ["Mary Ann A. Smith"]),  # "a" is a bio's verb in Romanian
        (["Staff", "News Service Reports"], ["Staff", "News Service Reports"]),
    ],
)
def test_roles_agencies_bios_and_software_are_no_names(names: list[str], kept: list[str]) -> None:
    assert author_names(names) == kept


@pytest.mark.parametrize(
    ("body", "kept"),
    [
        ('<p>Text.</p><footer>© 2020 Prisma Média - Tous droits réservés</footer>',
         ["Marie Merlet"]),
        ('<p>Text.</p><footer><p>Copyright (c) Prisma Média</p></footer>', ["Marie Merlet"]),
        # KEPT: a photo's credit is no copyright notice; another publisher; no one else
        ('<figure><figcaption>© Prisma Média</figcaption></figure><p>Text.</p>',
         ["Prisma Média", "Marie Merlet"]),
        ('<p>Text.</p><footer>© 2020 Prisma Médias Group</footer>',
         ["Prisma Média", "Marie Merlet"]),
    ],
)
def test_the_copyright_holder_is_no_author_when_a_person_remains(
    body: str, kept: list[str]
) -> None:
    assert page_authors(["Prisma Média", "Marie Merlet"], tree(body)) == kept
    assert page_authors(["Prisma Média"], tree(body)) == ["Prisma Média"]


CARD = (
    '<meta name="twitter:label1" content="{label}">'
    '<meta name="twitter:data1" content="{name}">'
    '<meta name="twitter:label2" content="Est. reading time">'
    '<meta name="twitter:data2" content="4 minutes">'
)


def head(metas: str) -> Any:
    return lxml.html.fromstring(f"<html><head>{metas}</head><body><p>Text.</p></body></html>")


@pytest.mark.parametrize(
    ("label", "name", "names"),
    [
        ("Written by", "Karoline Herr", ["Karoline Herr"]),
        ("Verfasst von", "Anna Berg", ["Anna Berg"]),
        ("Escrito por", "Juliet Jimenez", ["Juliet Jimenez"]),
        ("Est. reading time", "4 minutes", []),  # KEPT: a reading time names no one
        ("Filed under", "Politics, Iowa", []),
        ("Written by", "admin", []),  # a placeholder
    ],
)
def test_yoast_written_by_card(label: str, name: str, names: list[str]) -> None:
    assert card_authors(head(CARD.format(label=label, name=name))) == names


def test_the_card_is_the_last_source() -> None:
    page = head(CARD.format(label="Written by", name="sarah-indra"))
    assert page_authors([""], page) == ["sarah-indra"]
    assert page_authors(["Mark Newton"], page) == ["Mark Newton"]


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


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('<span class="entry-content__authors">Von Tobias Kuske</span>', ["Tobias Kuske"]),
        (
            '<div class="gallery--page-meta--author">Posted on September 21, 2020 by Adi'
            " Tzlil</div>",
            ["Adi Tzlil"],
        ),
        ('<span class="field-field-contributor">Par <a href="/hy">Matthieu Hy</a></span>',
         ["Matthieu Hy"]),
        ('<div class="article_meta_info">yas! | By Cara Stiles | April 13, 2020</div>',
         ["Cara Stiles"]),
        ('<div class="field--name-field-tag-author"><a href="/jil">Jil Schuller</a></div>',
         ["Jil Schuller"]),
        ('<div class="node__author">Autor Jil Schuller</div>', ["Jil Schuller"]),
        ("<byline>Von David Hutzler, dpa</byline>", ["David Hutzler"]),
        ('<div class="info__autor__img"><img src="a.jpg" alt="Lisa Petrich"></div>',
         ["Lisa Petrich"]),
        # a layout modifier on a wrapper is not a sidebar
        (
            '<section class="wrapper wrapper__with-sidebar"><article><div><div><div>'
            '<span class="post-author">By Anna Berg</span></div></div></div></article></section>',
            ["Anna Berg"],
        ),
        # lines broken by <br> or blocks are segments: the date under the name is no name
        (
            '<h3 class="byline">by Jeff Foust<br><span class="datetime">Monday, November 18,'
            " 2019</span></h3>",
            ["Jeff Foust"],
        ),
        (
            '<p class="byline">By <a href="#">Mike Wuerthele and Malcolm Owen</a><br>'
            "<span>Monday, November 18, 2019, 04:05 pm PT (07:05 pm ET)</span></p>",
            ["Mike Wuerthele", "Malcolm Owen"],
        ),
        # KEPT: a byline word alone on its line reads with the name on the next
        ('<div class="author"><p>Von</p>\n<p>Anna Berg</p></div>', ["Anna Berg"]),
        # the first byline element wins: the article's before a teaser's further down
        (
            '<p class="byline">By Anna Berg</p><div class="more"><span class="author">'
            "By Carl Dahl</span></div>",
            ["Anna Berg"],
        ),
    ],
)
def test_byline_elements_name_authors(body: str, names: list[str]) -> None:
    assert byline_authors(tree(body)) == names


@pytest.mark.parametrize(
    "body",
    [
        # comments, teasers of other articles, sidebars, menus, author boxes
        '<li class="comment"><div class="comment-author">By Jane Doe</div></li>',
        '<div class="relatedPosts"><span class="post-author">Von Clara Müller</span></div>',
        '<div class="c-teaser"><p class="c-teaser__byline">Von Clara Müller</p></div>',
        '<aside><span class="author">By Carl Dahl</span></aside>',
        '<div class="author-bio">Anna Berg</div>',
        '<nav class="meta-navigation"><a class="meta-link">Von Anfang An</a></nav>',
        # a meta line says "by" before a name; a name alone there is a category or tag
        '<div class="entry-meta">Energie Wende</div>',
        '<div class="post-meta">Posted in Datenschutz</div>',
        # an author link's words, an organisation's text, a sentence
        '<div class="author-link">Alle Beiträge</div>',
        '<div class="author">Zuletzt geändert am: 15.10.2021</div>',
        '<p class="byline">By the end of the year, prices had doubled.</p>',
        '<div class="author-info">Anna Berg ' + "writes about harbours and ships. " * 6 + "</div>",
        '<div class="entry-meta"><img alt="Anna Berg" src="a.jpg"></div>',
    ],
)
def test_no_byline_element(body: str) -> None:
    assert byline_authors(tree(body)) == []


def test_a_byline_element_only_when_no_other_source_names_a_person() -> None:
    body = '<span class="entry-content__authors">Von Tobias Kuske</span><p>Text.</p>'
    assert page_authors([""], tree(body)) == ["Tobias Kuske"]
    assert page_authors(["Anna Berg"], tree(body)) == ["Anna Berg"]
    assert page_authors(["Harbour Gazette"], tree(body), site="Harbour Gazette") == [
        "Tobias Kuske"
    ]
    hcard = '<span class="author vcard"><a class="url fn n">Carl Dahl</a></span>' + body
    assert page_authors([""], tree(hcard)) == ["Carl Dahl"]


@pytest.mark.parametrize(
    ("body", "names"),
    [
        ('<div><h5>Datum: </h5>03.11.2021<br><h5>Autor: </h5>Peter Maahn<br></div>',
         ["Peter Maahn"]),
        ("<div><span>By</span><span>Alex Bozarjian</span></div>", ["Alex Bozarjian"]),
        ('<div><h4>Autor</h4><p><a href="/p/nh">Nikolai Huke</a>, </p></div>', ["Nikolai Huke"]),
        # the label's element sits in others with no text of their own
        ('<div class="f"><p class="label"><strong>By</strong></p></div>'
         '<div class="f"><p class="full-name">Todd Bates</p></div>', ["Todd Bates"]),
        ("<div><span>Interview</span> SVEN MICHAELSEN</div>", ["SVEN MICHAELSEN"]),
        # a label that starts an element with the name after it
        ("<p>Von <em>Klaus Stanjek</em></p>", ["Klaus Stanjek"]),
        ("<p>Autor <span>Mark Newton:</span></p>", ["Mark Newton"]),
        # the label and the name in one text
        ("<div><p>Auteur : Kossivi Tiassou </p><p>Edition : M-A. Pioerron</p></div>",
         ["Kossivi Tiassou"]),
        # a language switcher's "DE" before the article's label
        ("<ul><li>DE</li><li>EN</li></ul><p><b>Von</b> Anna Berg</p>", ["Anna Berg"]),
    ],
)
def test_a_label_element_names_the_authors_after_it(body: str, names: list[str]) -> None:
    assert labelled_authors(tree(body)) == names


@pytest.mark.parametrize(
    "body",
    [
        # a language switcher, a label followed by no name, a label inside a sentence
        "<ul><li>DE</li><li>EN</li></ul>",
        "<div><span>Text:</span> <span>Bitte einen Kommentar schreiben.</span></div>",
        "<p>Das Interview führte <b>Anna Berg</b>.</p>",
        "<div><h5>Autor:</h5></div>",
        # a labelled text that names no one; a label in a sentence's text
        "<p>Text: siehe unten</p>",
        "<p>Autor: Peter Maahn schreibt seit 2010 über Autos.</p>",
        # a username alone is not a name; comments and author boxes name other people
        "<div><span>by</span><span>delta201</span></div>",
        '<li class="comment"><span>Von</span> <a>Jane Doe</a></li>',
        '<div class="author-bio"><h4>Autor</h4><p>Carl Dahl</p></div>',
        "<script>var by = 1;</script><p>by</p>",
        # a label word starting a sentence; a teaser card's byline
        "<p>Von <em>Anfang</em> an war klar, dass es schwer wird.</p>",
        '<div class="card standard"><div class="author"><span>von <span>Ella Glover</span>'
        "</span></div></div>",
    ],
)
def test_no_label_element(body: str) -> None:
    assert labelled_authors(tree(body)) == []


def test_a_label_element_wins_over_trafilatura_names_the_markup_does_not_confirm() -> None:
    body = "<div><span>By</span><span>Anna Berg</span></div><p>Text.</p>"
    assert page_authors([""], tree(body)) == ["Anna Berg"]
    assert page_authors(["Anna Berg Harbour Gazette Staff"], tree(body)) == ["Anna Berg"]
    # the label shows the first of two authors the metadata names
    assert page_authors(["Anna Berg", "Carl Dahl"], tree(body)) == ["Anna Berg", "Carl Dahl"]
    # names the markup confirms stay
    marked = '<a rel="author" href="/cd">Carl Dahl</a>' + body
    assert page_authors(["Carl Dahl"], tree(marked)) == ["Carl Dahl"]


def test_a_byline_under_the_headline_wins_over_trafilatura_names_unconfirmed() -> None:
    body = (
        "<h1>Harbour barrier approved</h1><div class='teaser'>By Todd Bates | 27.01.2022</div>"
        "<p>The council approved the barrier on Monday after a long debate in the hall.</p>"
    )
    assert page_authors(["Todd"], tree(body)) == ["Todd Bates"]
    assert page_authors(["Flappy Bird"], tree(body)) == ["Todd Bates"]
    # the byline shows the first of two authors the metadata names
    assert page_authors(["Todd Bates", "Carl Dahl"], tree(body)) == ["Todd Bates", "Carl Dahl"]
    # without such a byline, trafilatura's names stay
    plain = "<h1>Harbour barrier approved</h1><p>The council approved the barrier.</p>"
    assert page_authors(["Carl Dahl"], tree(plain)) == ["Carl Dahl"]


@pytest.mark.parametrize(
    ("head", "day"),
    [
        ('<meta property="article:published_time" content="2018-10-24T07:20:31+00:00">'
         '<script type="application/ld+json">{"datePublished": "2018-10-24"}</script>',
         "2018-10-24"),
        # In a @graph, with itemprop on the meta.
        ('<meta itemprop="datePublished" content="2018-10-24">'
         '<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, '
         '{"@type": "Article", "datePublished": "2018-10-24T09:00:00Z"}]}</script>',
         "2018-10-24"),
        # Only one of the two, or two days.
        ('<meta property="article:published_time" content="2018-10-24">', None),
        ('<script type="application/ld+json">{"datePublished": "2018-10-24"}</script>', None),
        ('<meta property="article:published_time" content="2018-10-24">'
         '<script type="application/ld+json">{"datePublished": "2018-10-25"}</script>', None),
        ('<meta property="article:published_time" content="2018-10-24">'
         '<meta name="pubdate" content="2018-10-25">'
         '<script type="application/ld+json">{"datePublished": "2018-10-24"}</script>', None),
        # Broken JSON-LD, a date that is not one.
        ('<meta property="article:published_time" content="2018-10-24">'
         '<script type="application/ld+json">{"datePublished": </script>', None),
        ('<meta property="article:published_time" content="soon">'
         '<script type="application/ld+json">{"datePublished": "soon"}</script>', None),
    ],
)
def test_declared_day(head: str, day: str | None) -> None:
    page = lxml.html.fromstring(f"<html><head>{head}</head><body><p>Text.</p></body></html>")
    assert declared_day(page) == day


LEAD = "<p>The ferry terminal will open next spring, the harbour board said on Monday.</p>"


@pytest.mark.parametrize(
    ("body", "names"),
    [
        # The byline under the headline, in a block the site classes as a teaser.
        (
            '<div class="module-imageTeaser"><h1>Ferry terminal to open next spring</h1>'
            '<span class="teaser-cat">von Andreas Kurz</span>' + LEAD + "</div>",
            ["Andreas Kurz"],
        ),
        (
            "<h1>Ferry terminal to open next spring</h1>"
            '<div class="metaInfo">Ein Artikel von <strong>Pamela Sladky</strong> | '
            "27.01.2022 - 12:45</div>" + LEAD,
            ["Pamela Sladky"],
        ),
        # KEPT: a byline past the body's text is a comment's or a teaser's.
        (
            "<h1>Ferry terminal to open next spring</h1>" + LEAD * 3
            + "<p>By Jane Doe</p>",
            [],
        ),
        # KEPT: a name without a byline's words is not taken.
        ("<h1>Ferry terminal to open next spring</h1><span>Jane Doe</span>" + LEAD, []),
    ],
)
def test_a_byline_under_the_headline_names_authors(body: str, names: list[str]) -> None:
    assert headline_authors(tree(body)) == names


def test_the_headline_byline_comes_after_the_markups_names() -> None:
    byline = '<h1>Ferry terminal</h1><span class="kicker">By Jane Doe</span>' + LEAD
    assert page_authors([], tree(byline)) == ["Jane Doe"]
    marked = '<a rel="author" href="/ab">Anna Berg</a>' + byline
    assert page_authors(["Anna Berg"], tree(marked)) == ["Anna Berg"]
    assert page_authors([], tree(marked)) == ["Anna Berg"]


H1 = "<h1>Ferry terminal to open next spring</h1>"


@pytest.mark.parametrize(
    ("body", "day"),
    [
        (H1 + '<span class="entry-date">19. Juli 2023</span>', "2023-07-19"),
        # One date among a byline, a section, a reading time.
        (H1 + '<div class="att-publish-date">Von Anna Berg 4. 2. 2022.</div>', "2022-02-04"),
        (H1 + '<p class="author-date">Matthew Davis | 11 Jan 2019 | 4 min</p>', "2019-01-11"),
        # hAtom's "updated" marks WordPress themes' publication dates.
        (H1 + '<span class="entry-meta-date updated">July 19, 2023</span>', "2023-07-19"),
        (H1 + '<div class="news-date">Veröffentlicht: 19.07.2023, 12:01 Uhr</div>', "2023-07-19"),
        (H1 + '<p>Von Anna Berg</p><span id="publishedAt">July 19, 2023</span>', "2023-07-19"),
        # The publication's date, labelled, with the update's after it.
        (
            H1 + '<p class="date">Written: 2023-07-19 15:03 / Updated: 2023-07-25 09:10</p>',
            "2023-07-19",
        ),
        # KEPT: an update's, a related article's, a sentence, two dates, a class that
        # names no date, a date whose day and month could be swapped.
        (H1 + '<span class="updated-date">25. Juli 2023</span>', None),
        (H1 + '<span class="updated rich-snippet-hidden">2023-07-25T10:10:52+01:00</span>', None),
        (H1 + '<dd class="event-meta-updated"><span class="date updated">25.07.2023</span></dd>',
         None),
        (H1 + '<span class="entry-date">Aktualisiert am 25.07.2023</span>', None),
        (H1 + '<p class="date">Updated: 2023-07-25 09:10 / Written: 2023-07-19</p>', None),
        (H1 + '<div class="related-posts"><span class="date">25.07.2023</span></div>', None),
        (
            H1 + '<p class="date">Since 25.07.2023 the quay is closed to ferries, and the '
            "council will decide on the terminal's future in its autumn session.</p>",
            None,
        ),
        (H1 + '<p class="date-range">From 3 May 2022 to 9 May 2022</p>', None),
        (H1 + '<div class="post-date">Anna Berg · Updated Mar 12, 2020</div>', None),
        (H1 + '<span class="kicker">25.07.2023</span>', None),
        (H1 + '<span class="date">07/05/2023</span>', None),
        # The site's header holds the headline and shows today's date.
        (
            '<div class="site-header"><h1>Ferry terminal to open next spring</h1>'
            '<div class="site-header__below"><span class="below-date">Nov. 20, 2019</span></div>'
            "</div>",
            None,
        ),
        ('<div class="masthead"><h1>Gazette</h1><div class="date">Nov. 20, 2019</div></div>', None),
        # A logo's empty <h1> is no headline: the date under it is today's.
        ('<h1><a href="/"><img src="logo.png"></a></h1><span class="date">26.02.2020</span>', None),
        # Past the body's text (one <div> with <br> breaks, no paragraphs): a teaser's.
        pytest.param(
            H1 + "<div>" + "The ferry terminal will open next spring. <br>" * 60 + "</div>"
            '<ul><li><span class="datum">29.02.2020</span> Older story</li></ul>',
            None,
            id="past-400-words",
        ),
        pytest.param(
            H1 + "<div>" + "The ferry terminal will open next spring. <br>" * 5 + "</div>"
            '<span class="datum">29.02.2020</span>',
            "2020-02-29",
            id="after-a-short-standfirst",
        ),
    ],
)
def test_a_date_classed_element_under_the_headline(body: str, day: str | None) -> None:
    assert headline_date(tree(body + "<p>Text.</p>")) == day


@pytest.mark.parametrize(
    ("body", "day"),
    [
        # A banner's date over the headline.
        (
            '<div class="banner"><span>Press release</span>'
            '<time datetime="2022-12-12 12:22">12.12.2022 12:22</time></div>' + H1,
            "2022-12-12",
        ),
        # The nearest one that is no update's.
        (
            '<p><time datetime="2022-12-10">10 December 2022</time>'
            '<span class="stamp-updated"><time datetime="2022-12-12">12 December 2022</time>'
            "</span></p>" + H1,
            "2022-12-10",
        ),
        # KEPT: the site header's date (today's), a sidebar's, an update's.
        (
            '<div class="site-header"><time datetime="2022-12-12">12.12.2022</time></div>' + H1,
            None,
        ),
        ('<aside><time datetime="2022-12-12">12.12.2022</time></aside>' + H1, None),
        ('<p class="last-modified"><time datetime="2022-12-12">12.12.2022</time></p>' + H1, None),
        # A date under the headline comes first.
        (
            '<p><time datetime="2022-12-12">12.12.2022</time></p>' + H1
            + '<time datetime="2022-12-14">14.12.2022</time>',
            "2022-12-14",
        ),
    ],
)
def test_a_time_element_just_above_the_headline(body: str, day: str | None) -> None:
    assert headline_date(tree(body + "<p>Text.</p>")) == day
