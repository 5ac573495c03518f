"""site_boilerplate: lines a learned site profile says recur across the site's pages."""

from __future__ import annotations

import inspect
import pickle
import textwrap

import pytest
from hypothesis import given, settings, strategies as st
from support import assert_kept, assert_removed, check_slices

from cleaner import Document, default_pipeline
from cleaner.filters.site_boilerplate import SiteBoilerplate
from cleaner.profile import Profile, ProfileBuilder

N = SiteBoilerplate.name
URL = "https://example.com/news/2024/harbour-barrier"

NAV = "Home News Sport Weather"
FOLLOW = "Example News: independent since 1887"
COPYRIGHT = "© 2023 Example News"
DISCLAIMER = ("Example News is committed to accuracy: if you spot an error in this story, write "
              "to corrections@example.com and our standards editor will review it.")
# A crawl that holds many versions of one live story: its paragraphs recur on many pages.
LIVE = ("The council approved the harbour barrier on Wednesday after a decade of delays, "
        "the mayor told reporters outside the town hall.")
SUBHEAD = "What happens next"
TEASER = "Ferry timetable changes for the winter"

A = "Work on the barrier is expected to start next spring and to last three years."
B = "Opponents said they would take the decision to court, citing the cost."
DE = "Der Stadtrat hat am Dienstag den Haushalt für das kommende Jahr beschlossen."


def _profile() -> Profile:
    """example.com: 50 pages; zeitung.de: 20; other.org: 10."""
    builder = ProfileBuilder()
    for n in range(50):
        lines = [NAV, COPYRIGHT.replace("2023", str(2000 + n % 25))]
        lines += [FOLLOW] * (n < 40) + [DISCLAIMER] * (n < 45) + [LIVE] * (n < 30)
        lines += [SUBHEAD] * (n < 10) + [TEASER] * (n < 20)
        builder.add("example.com", lines)
    for n in range(20):
        nav, follow = "Startseite Politik Wirtschaft Sport", "Folgen Sie uns auf Instagram"
        builder.add("zeitung.de", [nav, follow, f"© {2000 + n} Zeitung Verlag GmbH"])
    for _ in range(10):
        builder.add("other.org", ["Other Org: all the news that fits"])
    return builder.build(min_docs=5, min_share=0.5)


PROFILE = _profile()
STEP = SiteBoilerplate(PROFILE)


def _gone(text: str, body: str, id: str, **given: str) -> pytest.param:
    return pytest.param(text, body, {(N, "site_boilerplate")}, {}, given or {"url": URL}, id=id)


REMOVED = [
    _gone(f"{NAV}\n{A}\n{B}", f"{A}\n{B}", "navigation-row-on-top"),
    _gone(f"{A}\n{B}\n{FOLLOW}", f"{A}\n{B}", "follow-row-at-the-end"),
    _gone(f"HOME NEWS SPORT WEATHER\n{A}\n{B}", f"{A}\n{B}", "case-folded"),
    _gone(f"| Home News Sport Weather |\n{A}\n{B}", f"{A}\n{B}", "edge-punctuation"),
    _gone(f"{A}\n{B}\n© 2025 Example News", f"{A}\n{B}", "copyright-with-another-year"),
    _gone(f"{A}\n{DISCLAIMER}\n{B}", f"{A}\n{B}", "standing-disclaimer-on-90-percent"),
    _gone(f"{NAV}\n{A}\n{FOLLOW}\n{DISCLAIMER}\n{B}\n{COPYRIGHT}", f"{A}\n{B}", "whole-template"),
    _gone(f"{NAV}\n{A}\n{B}", f"{A}\n{B}", "site-field", site="EXAMPLE.COM"),
    _gone(f"{NAV}\n{A}\n{B}", f"{A}\n{B}", "www-and-port", url="https://www.example.com:8443/a"),
    _gone(f"Startseite Politik Wirtschaft Sport\n{DE}\nFolgen Sie uns auf Instagram\n"
          "© 2019 Zeitung Verlag GmbH", DE, "de-site", url="https://zeitung.de/politik/haushalt"),
]

KEPT = [
    pytest.param(f"{A}\n{B}", {"url": URL}, id="article"),
    # Learned (30 of 50 pages) but a paragraph: needs strong_share (80 %) of the pages.
    pytest.param(f"{LIVE}\n{A}\n{B}", {"url": URL}, id="live-story-paragraph-on-60-percent"),
    pytest.param(f"{A}\n{SUBHEAD}\n{B}", {"url": URL}, id="subheading-on-20-percent"),
    pytest.param(f"{A}\n{TEASER}\n{B}", {"url": URL}, id="rotating-teaser-on-40-percent"),
    pytest.param(f"{A}\nHome News Sport Weather were the sections of every paper, she said.\n{B}",
                 {"url": URL}, id="template-words-in-a-sentence"),
    pytest.param(f"{A}\nFollow Example News on Mastodon, the minister told her staff.\n{B}",
                 {"url": URL}, id="follow-row-inside-a-sentence"),
    pytest.param(f"{NAV}\n{A}\n{FOLLOW}", {"url": "https://other.org/a"}, id="other-site"),
    pytest.param(f"{NAV}\n{A}\n{FOLLOW}", {"url": "https://unknown.net/a"}, id="unknown-site"),
    pytest.param(f"{NAV}\n{A}\n{FOLLOW}", {}, id="no-url-no-site"),
    pytest.param(f"{NAV}\n{FOLLOW}\n{COPYRIGHT}", {"url": URL}, id="never-the-whole-document"),
    pytest.param(f"{DE}\nFolgen Sie uns auf Instagram", {"url": URL}, id="de-row-on-another-site"),
]


@pytest.mark.parametrize(("text", "body", "removed", "metadata", "given"), REMOVED)
def test_removed(text: str, body: str, removed: set, metadata: dict, given: dict) -> None:
    assert_removed(STEP, text, body, removed, metadata, **given)


@pytest.mark.parametrize(("text", "given"), KEPT)
def test_kept(text: str, given: dict) -> None:
    assert_kept(STEP, text, **given)


def test_no_profile_is_a_no_op() -> None:
    doc = Document.from_text(f"{NAV}\n{A}", url=URL)
    assert SiteBoilerplate()(doc) is doc


@pytest.mark.parametrize(
    ("text", "metadata"),
    [
        pytest.param(f"{NAV}\n{A}", {"url": "https://unknown.net/a"}, id="unknown-site"),
        pytest.param(f"{NAV}\n{A}", {}, id="no-site"),
        pytest.param(f"{NAV}\n{FOLLOW}", {"url": URL}, id="all-template"),
        pytest.param("", {"url": URL}, id="empty"),
    ],
)
def test_unchanged_documents_are_the_same_object(text: str, metadata: dict) -> None:
    doc = Document.from_text(text, **metadata)
    assert STEP(doc) is doc


def test_strong_share_sets_how_common_a_long_line_must_be() -> None:
    text = f"{LIVE}\n{A}\n{B}"
    assert_removed(SiteBoilerplate(PROFILE, strong_share=0.6), text, f"{A}\n{B}",
                   {(N, "site_boilerplate")}, {}, url=URL)
    assert_kept(SiteBoilerplate(PROFILE, strong_share=0.61), text, url=URL)


def test_a_long_non_sentence_line_is_guarded_too() -> None:
    row = ("Home | World | Business | Markets | Tech | Science | Health | Sport | Culture | "
           "Travel | Food | Video | Podcasts | Puzzles")  # 14 words, no full stop
    builder = ProfileBuilder()
    for n in range(10):
        builder.add("example.com", [row] * (n < 6))
    profile = builder.build(5, 0.5)
    assert_kept(SiteBoilerplate(profile), f"{row}\n{A}", url=URL)  # on 6 of 10 pages: < 80 %
    assert_removed(SiteBoilerplate(profile, short_tokens=20), f"{row}\n{A}", A,
                   {(N, "site_boilerplate")}, {}, url=URL)


@pytest.mark.parametrize(
    "options", [{"short_tokens": 0}, {"strong_share": 0.0}, {"strong_share": 1.5}]
)
def test_bad_settings_raise(options: dict) -> None:
    with pytest.raises(ValueError, match="site_boilerplate"):
        SiteBoilerplate(PROFILE, **options)


def test_picklable_for_worker_processes() -> None:
    again = pickle.loads(pickle.dumps(STEP))
    doc = Document.from_text(f"{NAV}\n{A}", url=URL)
    assert again(doc).body == STEP(doc).body == A


def test_in_the_default_pipeline_it_removes_what_no_pattern_knows() -> None:
    headline = "Harbour barrier approved after decade of delays"
    text = f"{NAV}\n{headline}\n{A}\n{B}\n{FOLLOW}"
    doc = Document.from_text(text, url=URL)
    plain = default_pipeline(disable=["language"])(doc)
    assert plain.removals == ()
    out = default_pipeline({N: {"profile": PROFILE}}, disable=["language"])(doc)
    # With the site's chrome gone, the headline tops the text and goes to ``title``.
    assert [(r.by, r.reason, r.text) for r in out.removals] == [
        (N, "site_boilerplate", NAV), (N, "site_boilerplate", FOLLOW),
        ("opening_headline", "title", headline),
    ]
    assert out.metadata["title"] == headline


def _literal(doc: str, label: str) -> str:
    """The indented block after the line ``label::``."""
    block: list[str] = []
    for line in doc.split(f"\n{label}::\n", 1)[1].splitlines():
        if line.strip() and not line.startswith(" "):
            break
        block.append(line)
    return textwrap.dedent("\n".join(block)).strip("\n")


def test_docstring_example_runs_with_the_profile_it_describes() -> None:
    doc = inspect.getdoc(SiteBoilerplate) or ""
    before, after = _literal(doc, "Before"), _literal(doc, "After")
    lines = before.splitlines()
    assert "https://example.com/a" in doc and "40 of example.com's 50 pages" in doc
    builder = ProfileBuilder()
    for n in range(50):
        builder.add("example.com", [lines[0], lines[-1]] if n < 40 else [f"page {chr(65 + n)}"])
    out = SiteBoilerplate(builder.build())(Document.from_text(before, url="https://example.com/a"))
    assert "\n".join(out.lines) == after
    assert {r.reason for r in out.removals} == {"site_boilerplate"}


LINES = [NAV, FOLLOW, COPYRIGHT, DISCLAIMER, LIVE, SUBHEAD, TEASER, A, B, DE, ""]


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(LINES), max_size=12), st.sampled_from([URL, "https://zeitung.de/x"]))
def test_any_mix_of_lines(lines: list[str], url: str) -> None:
    doc = Document.from_text("\n".join(lines), url=url)
    out = STEP(doc)
    check_slices(doc, out)
    assert out.lines or not doc.lines  # never empties a document
    assert all(r.by == N and r.reason == "site_boilerplate" for r in out.removals)
    assert all(r.text not in (A, B, DE, LIVE, SUBHEAD, TEASER) for r in out.removals)
    assert STEP(Document.from_text(out.body, url=url)).removals == ()  # idempotent
