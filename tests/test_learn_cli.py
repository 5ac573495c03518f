"""``clean-news learn`` and ``clean-news --profile``, run as ``main([...])`` on temporary dirs."""

from __future__ import annotations

import itertools
import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner.cli import main

SITES = {
    "harbour.example": ["Harbour Courier", "Home News Sport Weather",
                        "Follow the Courier on Mastodon", "© 2023 Harbour Courier Ltd"],
    "rheinbote.example": ["Der Rheinbote", "Startseite Politik Wirtschaft Sport",
                          "Folgen Sie uns auf Instagram", "© 2021 Rheinbote Verlag"],
}
PAGES = 8
NAV = "Home News Sport Weather"


def _sentences() -> list[str]:
    """Distinct article sentences (no digits: digits are normalised in line keys)."""
    who = ["The council", "The union", "The mayor", "Local farmers", "The port", "Residents"]
    did = ["approved", "rejected", "questioned", "postponed", "welcomed"]
    what = ["the tram plan", "the new budget", "a night flight ban", "the bridge project",
            "higher parking fees", "the library renovation"]
    when = ["on Monday", "after a long debate", "despite objections", "by a narrow margin"]
    return [f"{a} {b} {c} {d}." for a, b, c, d in itertools.product(who, did, what, when)]


def _pages() -> list[tuple[str, int, str]]:
    """(site, number, text): the site template around distinct article lines."""
    sentences = iter(random.Random(5).sample(_sentences(), 2 * PAGES * 3))
    pages = []
    for site, (masthead, nav, follow, copyright_) in SITES.items():
        for number in range(PAGES):
            body = [next(sentences) for _ in range(3)]
            year = copyright_.replace("202", f"20{number % 3}")
            pages.append((site, number, "\n".join([masthead, nav, *body, follow, year]) + "\n"))
    return pages


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """``sites/<host>/page-N.txt``, and the same pages as JSON Lines with urls, two orders."""
    root = tmp_path / "corpus"
    records = []
    for site, number, text in _pages():
        (root / "sites" / site).mkdir(parents=True, exist_ok=True)
        (root / "sites" / site / f"page-{number}.txt").write_text(text, encoding="utf-8")
        www = "www." if site.startswith("harbour") else ""
        url = f"https://{www}{site}/a/{number}"
        records.append({"id": f"{site}/{number}", "url": url, "text": text})
    for name in ("ordered", "shuffled"):
        lines = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
        (root / f"{name}.jsonl").write_text(lines, encoding="utf-8")
        random.Random(1).shuffle(records)
    return root


def _learn(*argv: str) -> int:
    return main(["learn", *argv, "--quiet"])


def test_profile_is_the_same_whatever_jobs_order_and_site_source(corpus: Path, capsys) -> None:
    outputs = {
        "dir -j 1": [str(corpus / "sites"), "--site-from", "dir", "-j", "1"],
        "dir -j 2": [str(corpus / "sites"), "--site-from", "dir", "-j", "2"],
        "auto ordered -j 1": [str(corpus / "ordered.jsonl"), "-j", "1"],
        "auto shuffled -j 2": [str(corpus / "shuffled.jsonl"), "-j", "2"],
        "auto both files": [str(corpus / "shuffled.jsonl"), str(corpus / "ordered.jsonl")],
    }
    texts = {}
    for label, argv in outputs.items():
        out = corpus / f"{label}.json"
        assert _learn(*argv, "-o", str(out)) == 0
        texts[label] = out.read_bytes()
    assert "16 documents, 2 sites, 8 boilerplate lines" in capsys.readouterr().err
    doubled = texts.pop("auto both files")  # every page twice: same lines, twice the counts
    assert len(set(texts.values())) == 1
    profile = json.loads(texts["dir -j 1"])
    assert sorted(profile["sites"]) == sorted(SITES)
    documents = {site: v["documents"] for site, v in profile["sites"].items()}
    assert documents == dict.fromkeys(SITES, PAGES)
    assert all(set(v["lines"].values()) == {PAGES} for v in profile["sites"].values())
    assert json.loads(doubled)["sites"]["harbour.example"]["documents"] == 2 * PAGES


def test_site_from_auto_needs_a_url_or_site_field(corpus: Path, capsys) -> None:
    out = corpus / "profile.json"
    assert _learn(str(corpus / "sites"), "-o", str(out)) == 0  # .txt files carry no url
    assert json.loads(out.read_text())["sites"] == {}
    assert "16 documents without a site" in capsys.readouterr().err


def test_site_from_dir_names_the_top_folder_and_a_site_field_wins(tmp_path: Path) -> None:
    root = tmp_path / "in"
    (root / "a.example" / "2024" / "05").mkdir(parents=True)
    (root / "b.example").mkdir()
    for n in range(6):
        (root / "a.example" / "2024" / "05" / f"{n}.txt").write_text(f"Nav A\nStory {'x' * n}.\n")
        record = {"site": "c.example", "text": f"Nav C\nTale {'y' * n}."}
        (root / "b.example" / f"{n}.json").write_text(json.dumps(record))
    out = tmp_path / "profile.json"
    assert _learn(str(root), "--site-from", "dir", "-o", str(out), "--min-docs", "6") == 0
    sites = json.loads(out.read_text())["sites"]
    assert {k: v["documents"] for k, v in sites.items()} == {"a.example": 6, "c.example": 6}
    assert all(len(v["lines"]) == 1 for v in sites.values())


def test_thresholds_choose_the_lines(corpus: Path) -> None:
    out = corpus / "profile.json"
    sites = str(corpus / "sites")
    assert _learn(sites, "--site-from", "dir", "-o", str(out), "--min-docs", "9") == 0
    assert all(not v["lines"] for v in json.loads(out.read_text())["sites"].values())
    assert _learn(sites, "--site-from", "dir", "-o", str(out), "--min-docs", "2",
                  "--min-share", "0.1") == 0
    data = json.loads(out.read_text())
    assert (data["min_docs"], data["min_share"]) == (2, 0.1)
    assert sum(len(v["lines"]) for v in data["sites"].values()) == 8  # articles never repeat


def test_the_output_inside_the_input_is_not_read_back(corpus: Path) -> None:
    out = corpus / "sites" / "profile.json"
    assert _learn(str(corpus / "sites"), "--site-from", "dir", "-o", str(out)) == 0
    first = out.read_bytes()
    assert _learn(str(corpus / "sites"), "--site-from", "dir", "-o", str(out)) == 0
    assert out.read_bytes() == first


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param(["{sites}"], id="no-output"),
        pytest.param(["-o", "{out}"], id="no-input"),
        pytest.param(["{missing}", "-o", "{out}"], id="missing-input"),
        pytest.param(["{sites}", "-o", "{out}", "--min-docs", "0"], id="min-docs-0"),
        pytest.param(["{sites}", "-o", "{out}", "--min-docs", "many"], id="min-docs-text"),
        pytest.param(["{sites}", "-o", "{out}", "--min-share", "0"], id="min-share-0"),
        pytest.param(["{sites}", "-o", "{out}", "--min-share", "1.5"], id="min-share-over-1"),
        pytest.param(["{sites}", "-o", "{out}", "--min-share", "nan"], id="min-share-nan"),
        pytest.param(["{sites}", "-o", "{out}", "-j", "0"], id="jobs-0"),
        pytest.param(["{sites}", "-o", "{out}", "--max-bytes", "0"], id="max-bytes-0"),
        pytest.param(["{sites}", "-o", "{out}", "--site-from", "path"], id="bad-site-from"),
        pytest.param(["{sites}", "-o", "{out}", "--bogus"], id="unknown-option"),
        pytest.param(["{sites}", "-o", "{sites}"], id="output-is-a-directory"),
        pytest.param(["{sites}", "-o", "{blocked}/profile.json"], id="output-under-a-file"),
    ],
)
def test_learn_usage_errors_exit_2(corpus: Path, argv: list[str], capsys) -> None:
    paths = {"sites": corpus / "sites", "out": corpus / "p.json", "missing": corpus / "nope",
             "blocked": corpus / "ordered.jsonl"}
    assert main(["learn", *(a.format(**paths) for a in argv)]) == 2
    assert capsys.readouterr().err.strip()
    assert not (corpus / "p.json").exists()


@pytest.mark.parametrize(
    ("content", "id_"),
    [("{not json", "not-json"), ('{"version": 99, "sites": {}}', "other-version"),
     ('{"version": 1, "sites": []}', "malformed"), (None, "missing")],
)
def test_a_bad_profile_is_a_usage_error(corpus: Path, content: str | None, id_: str, capsys):
    profile = corpus / f"{id_}.json"
    if content is not None:
        profile.write_text(content)
    assert main([str(corpus / "ordered.jsonl"), "--profile", str(profile), "-j", "1"]) == 2
    assert capsys.readouterr().err.startswith("clean-news: ")


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.mark.parametrize(
    ("inputs", "site_from"),
    [("sites", "dir"), ("shuffled.jsonl", "auto")],
)
def test_profile_through_main_removes_the_learned_lines(
    corpus: Path, inputs: str, site_from: str, capsys
) -> None:
    profile = corpus / "profile.json"
    assert _learn(str(corpus / "sites"), "--site-from", "dir", "-o", str(profile)) == 0
    argv = [str(corpus / inputs), "--site-from", site_from, "-j", "1", "--quiet"]
    assert main(argv) == 0
    plain = _records(capsys.readouterr().out)
    assert main([*argv, "--profile", str(profile)]) == 0
    cleaned = _records(capsys.readouterr().out)
    assert len(plain) == len(cleaned) == 2 * PAGES
    for before, after in zip(plain, cleaned, strict=True):
        assert NAV in before["body"] or "Startseite" in before["body"]
        gone = [(r["filter"], r["reason"]) for r in after["removed"]]
        assert gone.count(("site_boilerplate", "site_boilerplate")) >= 3
        for line in after["body"].split("\n\n"):
            assert line.endswith("."), line  # only the article sentences are left
        assert len(after["body"].split("\n\n")) == 3


def test_profile_is_identical_under_another_hash_seed(corpus: Path) -> None:
    here = corpus / "here.json"
    assert _learn(str(corpus / "shuffled.jsonl"), "-o", str(here), "-j", "1") == 0
    for seed in ("0", "4242"):
        there = corpus / f"seed-{seed}.json"
        done = subprocess.run(
            [sys.executable, "-m", "cleaner", "learn", str(corpus / "ordered.jsonl"),
             "-o", str(there), "-j", "2", "--quiet"],
            env={**os.environ, "PYTHONHASHSEED": seed}, capture_output=True, text=True,
        )
        assert done.returncode == 0, done.stderr
        assert there.read_bytes() == here.read_bytes()
