"""The ``clean-news`` command, called as ``main([...])`` on temporary directories."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
from pathlib import Path

import pytest

from cleaner.cli import main

SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "en_wire_story" / "input.txt"
STORY = "ADVERTISEMENT\nThe council voted on Monday to build the barrier across the harbour.\n"


def _records(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture
def inputs(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    shutil.copy(SAMPLE, root / "story.txt")
    (root / "sub" / "records.jsonl").write_text(
        json.dumps({"id": "r1", "url": "https://example.com/1", "text": STORY}) + "\n"
        + json.dumps({"id": "r2", "content": STORY}) + "\n",
        encoding="utf-8",
    )
    with gzip.open(root / "sub" / "more.json.gz", "wt", encoding="utf-8") as handle:
        json.dump([{"id": "g1", "text": STORY}, {"id": "g2", "text": STORY}], handle)
    return root


def test_stdout_has_one_record_per_document_in_sorted_order(inputs, capsys):
    assert main([str(inputs), "-j", "1", "--quiet"]) == 1  # r2 has no "text"
    records = _records(capsys.readouterr().out)
    assert [r.get("id") for r in records] == [None, "g1", "g2", "r1", "r2"]
    assert records[0]["title"] == "Harbour city approves flood barrier after decade of delays"
    assert records[3]["url"] == "https://example.com/1"
    assert records[3]["body"].startswith("The council voted")
    assert records[4]["error"]["type"] == "InputError"


def test_text_field_option_reads_another_field(inputs, capsys):
    assert main([str(inputs / "sub" / "records.jsonl"), "--text-field", "content", "-j", "1"]) == 1
    records = _records(capsys.readouterr().out)
    assert "error" in records[0] and records[1]["body"].startswith("The council voted")


def test_output_is_the_same_for_any_number_of_jobs(inputs, tmp_path, capsys):
    main([str(inputs), "-j", "1", "--quiet"])
    one = capsys.readouterr().out
    main([str(inputs), "-j", "2", "--quiet"])
    assert capsys.readouterr().out == one


def test_output_file_is_written_and_not_overwritten(inputs, tmp_path, capsys):
    out = tmp_path / "out.jsonl"
    assert main([str(inputs), "-o", str(out), "--quiet", "-j", "1"]) == 1
    assert len(_records(out.read_text("utf-8"))) == 5
    assert main([str(inputs), "-o", str(out), "--quiet"]) == 2
    assert "exists" in capsys.readouterr().err


def test_resume_finishes_a_torn_output_file(inputs, tmp_path):
    full, torn = tmp_path / "full.jsonl", tmp_path / "torn.jsonl"
    main([str(inputs), "-o", str(full), "--quiet", "-j", "1"])
    lines = full.read_text("utf-8").splitlines(keepends=True)
    (tmp_path / "torn.jsonl.part").write_text("".join(lines[:2]) + lines[2][:40], encoding="utf-8")
    main([str(inputs), "-o", str(torn), "--resume", "--quiet", "-j", "1"])
    assert torn.read_text("utf-8") == full.read_text("utf-8")
    assert not (tmp_path / "torn.jsonl.part").exists()


def test_output_directory_mirrors_inputs(inputs, tmp_path):
    out = tmp_path / "out"
    main([str(inputs), "-o", str(out), "--quiet", "-j", "1"])
    names = sorted(str(p.relative_to(out)) for p in out.rglob("*") if p.is_file())
    assert names == [
        "in/story.txt.json",
        "in/sub/more.json.gz/000001.json",
        "in/sub/more.json.gz/000002.json",
        "in/sub/records.jsonl/000001.json",
        "in/sub/records.jsonl/000002.json",
    ]
    story = json.loads((out / "in/story.txt.json").read_text("utf-8"))
    assert story["dateline"] == "ROTTERDAM, Netherlands"


def test_txt_format_writes_bodies_and_error_records(inputs, tmp_path):
    out = tmp_path / "out"
    main([str(inputs / "sub"), "-o", str(out), "--format", "txt", "--quiet", "-j", "1"])
    assert (out / "sub/records.jsonl/000001.txt").read_text("utf-8").startswith("The council voted")
    assert "error" in json.loads((out / "sub/records.jsonl/000002.error.json").read_text("utf-8"))


def test_output_inside_an_input_directory_is_not_read_back(inputs, capsys):
    out = inputs / "cleaned"
    main([str(inputs), "-o", str(out), "--quiet", "-j", "1"])
    main([str(inputs), "-o", str(out), "--quiet", "-j", "1", "--resume"])
    assert not any("cleaned" in str(p.relative_to(out)) for p in out.rglob("*.json"))


def test_resume_in_a_directory_skips_written_documents(inputs, tmp_path, capsys):
    out = tmp_path / "out"
    main([str(inputs), "-o", str(out), "--quiet", "-j", "1"])
    story = out / "in/story.txt.json"
    story.write_text('{"kept": true}\n', encoding="utf-8")
    main([str(inputs), "-o", str(out), "--quiet", "-j", "1", "--resume"])
    assert story.read_text("utf-8") == '{"kept": true}\n'


def test_stdin_is_read_with_a_dash(capsys, tmp_path):
    fake = tmp_path / "stdin.txt"
    fake.write_text(STORY, encoding="utf-8")
    with open(fake, "rb") as handle:
        saved = os.dup(0)
        os.dup2(handle.fileno(), 0)
        try:
            assert main(["-", "-j", "1"]) == 0
        finally:
            os.dup2(saved, 0)
    (record,) = _records(capsys.readouterr().out)
    assert record["source"] == "-" and record["body"].startswith("The council")


def test_glob_patterns_are_expanded(inputs, capsys):
    assert main([str(inputs / "*.txt"), "-j", "1"]) == 0
    assert [r["source"] for r in _records(capsys.readouterr().out)] == [str(inputs / "story.txt")]


@pytest.mark.parametrize(
    "argv",
    [
        [], ["missing-file.txt"], ["--disable", "no_such_filter", "x"], ["--jobs", "0", "x"],
        ["--bogus"],
    ],
)
def test_usage_errors_exit_2(argv, capsys):
    assert main(argv) == 2


def test_config_file_disables_and_configures_filters(inputs, tmp_path, capsys):
    config = tmp_path / "settings.toml"
    config.write_text('disable = ["advertisement"]\n[filters.language]\nbackend = "langdetect"\n')
    assert main([str(inputs / "story.txt"), "--config", str(config), "-j", "1"]) == 0
    (record,) = _records(capsys.readouterr().out)
    assert "ADVERTISEMENT" in record["body"] and record["language"] == "en"
    config.write_text('[filters.related_links]\nno_such_setting = 1\n')
    assert main([str(inputs / "story.txt"), "--config", str(config)]) == 2


def test_list_filters_names_every_filter(capsys):
    assert main(["--list-filters"]) == 0
    out = capsys.readouterr().out
    for name in ("header_junk", "title", "byline", "related_links", "wire_credit", "language"):
        assert name in out


def test_stats_and_explain(inputs, capsys):
    assert main([str(inputs / "story.txt"), "--stats", "--explain", "-j", "1"]) == 0
    captured = capsys.readouterr()
    assert "- ADVERTISEMENT  [advertisement: advertisement]" in captured.out
    assert "  The barrier, two steel gates" in captured.out
    assert "documents  1" in captured.err and "advertisement" in captured.err


def test_installed_command_runs():
    done = subprocess.run(
        ["clean-news", str(SAMPLE)], capture_output=True, text=True, timeout=120, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["authors"] == ["Elena Marchetti", "Tom Okafor"]
