"""The guarantees the README promises, one test each (see README "Guarantees")."""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

import cleaner
from cleaner.batch import clean_item
from cleaner.cli import main
from cleaner.html import clean_html
from cleaner.io import Item, Source

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
STORY = (
    "The council voted on Monday to build the barrier across the old harbour after a long debate."
)


def _lines(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


def test_no_network_access(monkeypatch, tmp_path, capsys):
    def refuse(*args, **kwargs):
        raise AssertionError("network access attempted")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)
    page = (
        '<html><head><link rel="stylesheet" href="http://example.com/a.css">'
        '<script src="https://example.com/a.js"></script></head><body>'
        '<img src="http://example.com/a.png"><iframe src="http://example.com/"></iframe>'
        f"<article><p>{STORY}</p></article></body></html>"
    )
    assert clean_html(page, url="http://example.com/story").body == STORY
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    assert main([str(tmp_path / "page.html"), "-j", "1"]) == 0


def test_no_entity_expansion_or_external_resources(tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-CONTENT", encoding="utf-8")
    xxe = (
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY xxe SYSTEM "file://{secret}">]>'
        f"<html><body><article><p>{STORY} &xxe;</p></article></body></html>"
    )
    laughs = (
        '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
        + "".join(
            f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">'
            for n in range(1, 10)
        )
        + f"]><html><body><p>{STORY} &lol9;</p></body></html>"
    )
    started = time.perf_counter()
    assert "TOP-SECRET" not in clean_html(xxe).body
    assert len(clean_html(laughs).body) < 10_000
    assert time.perf_counter() - started < 30


def test_symlinks_out_of_the_root_are_not_followed(tmp_path, capsys):
    root, outside = tmp_path / "root", tmp_path / "outside"
    root.mkdir()
    outside.mkdir()
    (root / "inside.txt").write_text(STORY, encoding="utf-8")
    (outside / "secret.txt").write_text("Outside the root, never to be read.", encoding="utf-8")
    (root / "link.txt").symlink_to(outside / "secret.txt")
    (root / "linkdir").symlink_to(outside, target_is_directory=True)
    main([str(root), "-j", "1"])
    assert [Path(r["source"]).name for r in _lines(capsys.readouterr().out)] == ["inside.txt"]
    main([str(root), "-j", "1", "--follow-symlinks"])
    assert len(_lines(capsys.readouterr().out)) == 3


def test_unsafe_file_names_are_made_safe_on_the_output_side(tmp_path):
    root = tmp_path / "in"
    root.mkdir()
    (root / 'a:b?"c|d*.txt').write_text(STORY, encoding="utf-8")
    main([str(root), "-o", str(tmp_path / "out"), "-j", "1", "--quiet"])
    written = [p.name for p in (tmp_path / "out" / "in").iterdir()]
    assert written == ["a_b__c_d_.txt.json"]


def test_nothing_is_written_outside_the_output(tmp_path, monkeypatch):
    root = tmp_path / "in"
    shutil.copytree(SAMPLES / "en_wire_story", root)
    monkeypatch.chdir(tmp_path)
    main([str(root), "-o", str(tmp_path / "out.jsonl"), "-j", "2", "--quiet"])
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in", "out.jsonl"]
    assert sorted(p.name for p in root.iterdir()) == ["expected.json", "input.txt"]


def test_huge_inputs_are_refused_with_a_clear_error(tmp_path, capsys):
    (tmp_path / "big.txt").write_text(STORY * 2000, encoding="utf-8")
    assert main([str(tmp_path / "big.txt"), "--max-bytes", "10000", "-j", "1"]) == 1
    (record,) = _lines(capsys.readouterr().out)
    assert record["error"]["type"] == "InputError" and "--max-bytes" in record["error"]["message"]


def test_a_runaway_document_becomes_an_error_record():
    def stuck(doc):
        time.sleep(5)
        return doc

    stuck.name = "stuck"  # type: ignore[attr-defined]
    pipeline = cleaner.default_pipeline(extra=[stuck])
    item = Item(Source("slow.txt", "slow.txt"), None, "txt", STORY)
    started = time.perf_counter()
    record, _ = clean_item(item, pipeline, timeout=0.3)
    assert time.perf_counter() - started < 3
    assert record == {"source": "slow.txt", "error": {
        "type": "DocumentTimeout",
        "message": "took longer than 0.3 s (--timeout) in filter 'stuck'",
    }}
    assert "error" not in clean_item(item, cleaner.default_pipeline(), timeout=5)[0]


def _corpus(path: Path, count: int) -> None:
    text = (SAMPLES / "en_wire_story" / "input.txt").read_text("utf-8")
    with path.open("w", encoding="utf-8") as handle:
        for n in range(count):
            handle.write(json.dumps({"id": n, "text": text.replace("410", str(n))}) + "\n")


def test_a_run_killed_with_sigkill_and_resumed_gives_the_same_records(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    _corpus(corpus, 4000)
    full, killed = tmp_path / "full.jsonl", tmp_path / "killed.jsonl"
    assert main([str(corpus), "-o", str(full), "-j", "2", "--quiet"]) == 0
    command = [
        sys.executable, "-m", "cleaner", str(corpus), "-o", str(killed), "-j", "2", "--quiet"
    ]
    process = subprocess.Popen(command)
    part = tmp_path / "killed.jsonl.part"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and (not part.exists() or part.stat().st_size < 20_000):
        time.sleep(0.02)
    process.send_signal(signal.SIGKILL)
    process.wait()
    assert not killed.exists(), "the run finished before it could be killed"
    written = part.read_bytes().count(b"\n")
    assert 0 < written < 4000
    assert main([str(corpus), "-o", str(killed), "-j", "2", "--quiet", "--resume"]) == 0
    assert killed.read_bytes() == full.read_bytes()


def test_records_do_not_depend_on_the_process_or_hash_seed(tmp_path):
    def run(seed: str) -> str:
        env = {**os.environ, "PYTHONHASHSEED": seed}
        command = [
            sys.executable, "-m", "cleaner", str(SAMPLES / "*" / "input.txt"), "-j", "2", "--quiet"
        ]
        done = subprocess.run(
            command, capture_output=True, text=True, env=env, timeout=300, check=False
        )
        assert done.returncode == 0, done.stderr[-500:]
        return done.stdout

    first = run("1")
    assert first == run("4242")
    assert len(_lines(first)) == len(list(SAMPLES.rglob("input.txt")))


@pytest.mark.parametrize(
    "case", sorted(p.name for p in SAMPLES.iterdir() if (p / "input.txt").exists())
)
def test_clean_is_idempotent_on_every_sample(case):
    once = cleaner.clean((SAMPLES / case / "input.txt").read_text("utf-8"))
    twice = cleaner.clean(once.body)
    assert twice.body == once.body
