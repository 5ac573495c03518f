"""Site profiles: stable line keys, sites, the builder's thresholds, merging, the JSON form."""

from __future__ import annotations

import hashlib
import json
import random
import subprocess
import sys

import pytest

from cleaner.profile import (
    PROFILE_VERSION,
    Profile,
    ProfileBuilder,
    line_key,
    reaches_share,
    site_of,
)

# Pinned: a profile file written today must match lines the same way in any later process,
# Python version or PYTHONHASHSEED.  If one of these changes, PROFILE_VERSION must change.
PINNED = [
    ("Follow us on Mastodon", "808019c088327ba4"),
    ("© 2023 Example News. All rights reserved.", "7aa61a526ae6158a"),
    ("Startseite Politik Wirtschaft Sport", "594fa3bdf27b7637"),
    ("Impressum · Datenschutz · Kontakt", "bbab223ea342a2e1"),
    ("Straße 12", "9bd3917a105847eb"),
    ("関連記事", "3b4297820033b1c0"),
]


@pytest.mark.parametrize(("line", "key"), PINNED, ids=[p[1] for p in PINNED])
def test_line_key_is_pinned(line: str, key: str) -> None:
    assert line_key(line) == key


def test_line_key_is_blake2b_of_the_normalised_line() -> None:
    normal = "0 example news. all rights reserved"  # casefolded, edges stripped, digits as 0
    expected = hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()
    assert line_key("© 2023 Example News. All rights reserved.") == expected
    assert line_key("Straße 12") == line_key("STRASSE 7")  # casefold, digits


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Follow us on Mastodon", "FOLLOW US ON MASTODON"),
        ("Follow us on Mastodon", "» Follow us on Mastodon!"),
        ("Follow us on Mastodon", "Follow  us   on Mastodon"),
        ("© 2019 Example News", "© 2024 Example News"),
        ("Page 1 of 12", "Page 3 of 4"),
    ],
)
def test_line_key_ignores_case_edges_spacing_and_digits(a: str, b: str) -> None:
    assert line_key(a) == line_key(b)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Follow us on Mastodon", "Follow us on Bluesky"),
        ("Home News Sport", "Home Sport News"),
        ("e-mail us", "email us"),  # inner punctuation counts
    ],
)
def test_line_key_tells_different_lines_apart(a: str, b: str) -> None:
    assert line_key(a) != line_key(b)


def test_line_key_reads_only_the_first_1000_characters() -> None:
    assert line_key("x" * 1000 + "a") == line_key("x" * 1000 + "b")


def test_line_key_is_the_same_in_another_process_and_hash_seed() -> None:
    code = "from cleaner.profile import line_key; print(line_key('Follow us on Mastodon'))"
    for seed in ("0", "12345"):
        done = subprocess.run(
            [sys.executable, "-c", code], capture_output=True, text=True, check=True,
            env={"PYTHONHASHSEED": seed, "PATH": ""},
        )
        assert done.stdout.strip() == "808019c088327ba4"


# -- site_of ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("metadata", "site"),
    [
        ({"site": "Example.com"}, "example.com"),
        ({"site": "  example.com "}, "example.com"),
        ({"site": "example.com", "url": "https://other.org/a"}, "example.com"),  # site wins
        ({"url": "https://example.com/news/1"}, "example.com"),
        ({"url": "https://www.example.com/news/1"}, "example.com"),
        ({"url": "HTTPS://WWW.Example.COM:8443/x?y=1"}, "example.com"),
        ({"url": "http://news.example.co.uk/a"}, "news.example.co.uk"),
        ({"site": "", "url": "https://example.com/a"}, "example.com"),  # empty site: the url
        ({"site": 7, "url": "https://example.com/a"}, "example.com"),
        ({}, None),
        ({"url": "example.com/news/1"}, None),  # no scheme: no host
        ({"url": "http://[::1/broken"}, None),  # urlsplit raises: no site
        ({"url": 42}, None),
        ({"url": ""}, None),
    ],
)
def test_site_of(metadata: dict, site: str | None) -> None:
    assert site_of(metadata) == site


# -- the builder --------------------------------------------------------------------------


def _builder(pages: dict[str, list[list[str]]]) -> ProfileBuilder:
    builder = ProfileBuilder()
    for site, docs in pages.items():
        for lines in docs:
            builder.add(site, lines)
    return builder


def test_builder_keeps_lines_over_both_thresholds() -> None:
    docs = [["Nav", f"Story {chr(97 + n)}"] + (["Most read"] if n < 4 else []) for n in range(10)]
    profile = _builder({"a.com": docs}).build(min_docs=3, min_share=0.5)
    assert profile.documents == {"a.com": 10}
    assert profile.count("a.com", "Nav") == 10
    assert profile.count("a.com", "Most read") == 0  # 4 documents: enough for K=3, not 50 %
    assert profile.count("a.com", "Story a") == 0
    assert _builder({"a.com": docs}).build(3, 0.4).count("a.com", "Most read") == 4
    assert _builder({"a.com": docs}).build(5, 0.1).count("a.com", "Most read") == 0


def test_builder_share_boundary_is_inclusive_and_exact() -> None:
    docs = [["Tmpl"] if n < 7 else [f"Other {chr(97 + n)}"] for n in range(25)]
    assert 7 < 0.28 * 25  # the float trap: 7.000000000000001
    builder = _builder({"a.com": docs})
    assert builder.build(min_docs=1, min_share=0.28).count("a.com", "Tmpl") == 7
    assert builder.build(min_docs=1, min_share=0.29).count("a.com", "Tmpl") == 0
    assert builder.build(min_docs=7, min_share=0.1).count("a.com", "Tmpl") == 7
    assert builder.build(min_docs=8, min_share=0.1).count("a.com", "Tmpl") == 0


@pytest.mark.parametrize(
    ("count", "share", "total", "reached"),
    [(7, 0.28, 25, True), (6, 0.28, 25, False), (7, 0.07, 100, True), (1, 1 / 3, 3, True),
     (2, 1.0, 3, False), (3, 1.0, 3, True), (0, 0.5, 0, True)],
)
def test_reaches_share(count: int, share: float, total: int, reached: bool) -> None:
    assert reaches_share(count, share, total) is reached


def test_builder_counts_a_line_once_per_document_and_ignores_blank_lines() -> None:
    builder = ProfileBuilder()
    for _ in range(3):
        builder.add("a.com", ["Nav", "Nav", "NAV!", "", "   "])
    profile = builder.build(min_docs=1, min_share=0.1)
    assert profile.count("a.com", "Nav") == 3
    assert len(profile.lines["a.com"]) == 1


def test_builder_keeps_sites_apart() -> None:
    pages = {"a.com": [["Shared line", f"a {n}x"] for n in range(6)],
             "b.org": [["Shared line"]] + [[f"b {chr(97 + n)}"] for n in range(5)]}
    profile = _builder(pages).build(min_docs=2, min_share=0.5)
    assert profile.count("a.com", "Shared line") == 6
    assert profile.count("b.org", "Shared line") == 0
    assert profile.count("c.net", "Shared line") == 0
    assert profile.documents == {"a.com": 6, "b.org": 6}


@pytest.mark.parametrize(
    ("min_docs", "min_share"),
    [(0, 0.5), (-1, 0.5), (5, 0.0), (5, -0.1), (5, 1.01), (5, float("nan"))],
)
def test_builder_rejects_bad_thresholds(min_docs: int, min_share: float) -> None:
    with pytest.raises(ValueError):
        ProfileBuilder().build(min_docs, min_share)


def _corpus() -> list[tuple[str, list[str]]]:
    rng = random.Random(3)
    docs = []
    for site in ("a.com", "b.org", "c.net"):
        for n in range(30):
            lines = [f"{site} nav", f"Story {n} of {site}: {rng.random()}"]
            lines += rng.sample([f"Teaser {t}" for t in range(8)], 3)
            docs.append((site, lines))
    return docs


def test_merge_is_order_independent() -> None:
    docs = _corpus()
    whole = ProfileBuilder()
    for site, lines in docs:
        whole.add(site, lines)
    expected = json.dumps(whole.build(3, 0.2).to_json(), sort_keys=True)
    for seed in range(4):
        shuffled = docs[:]
        random.Random(seed).shuffle(shuffled)
        parts = [ProfileBuilder() for _ in range(seed + 2)]
        for number, (site, lines) in enumerate(shuffled):
            parts[number % len(parts)].add(site, lines)
        merged = ProfileBuilder()
        for part in reversed(parts) if seed % 2 else parts:
            merged.merge(part)
        assert json.dumps(merged.build(3, 0.2).to_json(), sort_keys=True) == expected


# -- the JSON form ------------------------------------------------------------------------


def test_json_round_trip() -> None:
    builder = ProfileBuilder()
    for site, lines in _corpus():
        builder.add(site, lines)
    profile = builder.build(3, 0.2)
    data = profile.to_json()
    assert data["version"] == PROFILE_VERSION and data["hash"] == "blake2b-64"
    text = json.dumps(data, sort_keys=True)
    again = Profile.from_json(json.loads(text))
    assert again == profile
    assert json.dumps(again.to_json(), sort_keys=True) == text
    assert again.count("a.com", "a.com nav") == 30
    assert list(data["sites"]) == sorted(data["sites"])


def _valid() -> dict:
    return {"version": PROFILE_VERSION, "min_docs": 5, "min_share": 0.5,
            "sites": {"a.com": {"documents": 10, "lines": {"808019c088327ba4": 9}}}}


def _with(**changes: object) -> dict:
    return {**_valid(), **changes}


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_with(version=PROFILE_VERSION + 1), id="newer-version"),
        pytest.param(_with(version=0), id="older-version"),
        pytest.param(_with(version=str(PROFILE_VERSION)), id="version-as-text"),
        pytest.param({k: v for k, v in _valid().items() if k != "version"}, id="no-version"),
        pytest.param([_valid()], id="a-list"),
        pytest.param("profile", id="a-string"),
        pytest.param({k: v for k, v in _valid().items() if k != "sites"}, id="no-sites"),
        pytest.param({k: v for k, v in _valid().items() if k != "min_docs"}, id="no-min-docs"),
        pytest.param(_with(sites=[]), id="sites-a-list"),
        pytest.param(_with(sites={"a.com": {"lines": {}}}), id="no-documents"),
        pytest.param(_with(sites={"a.com": {"documents": 3}}), id="no-lines"),
        pytest.param(_with(sites={"a.com": {"documents": "x", "lines": {}}}), id="bad-documents"),
        pytest.param(_with(sites={"a.com": {"documents": 3, "lines": ["x"]}}), id="lines-a-list"),
        pytest.param(_with(sites={"a.com": {"documents": 3, "lines": {"k": []}}}), id="bad-count"),
        pytest.param(_with(min_share="half"), id="bad-min-share"),
    ],
)
def test_from_json_rejects_other_versions_and_bad_shapes(data: object) -> None:
    with pytest.raises(ValueError, match="profile"):
        Profile.from_json(data)  # type: ignore[arg-type]


def test_from_json_accepts_the_valid_form() -> None:
    profile = Profile.from_json(_valid())
    assert profile.count("a.com", "Follow us on Mastodon") == 9
    assert profile.documents == {"a.com": 10}
