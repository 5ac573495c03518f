"""Ray Data path: the same records and profile as the local path.

These tests need Ray (installed with the ``test`` extra) and fail, never skip, without it.
They start one local Ray (2 CPUs, no dashboard, bound to loopback) for the module.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
import ray
import ray.data

import cleaner.ray as cleaner_ray
from cleaner.batch import clean_record
from cleaner.cli import main
from cleaner.config import Settings
from cleaner.io import ReadOptions

pytestmark = pytest.mark.ray

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


@pytest.fixture(scope="module", autouse=True)
def local_ray():
    ray.init(num_cpus=2, include_dashboard=False, _node_ip_address="127.0.0.1",
             log_to_driver=False, configure_logging=False)
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    yield
    ray.shutdown()


def _records() -> list[dict]:
    cases = sorted(p for p in SAMPLES.iterdir() if (p / "input.txt").is_file())[:12]
    records = [
        {
            "id": f"r{n}",
            "url": f"https://site{n % 3}.example/{n}",
            "text": (case / "input.txt").read_text("utf-8"),
        }
        for n, case in enumerate(cases)
    ]
    records.append({"id": "bad", "url": "https://site0.example/bad", "text": None})
    return records


def test_clean_dataset_gives_the_local_records():
    records = _records()
    pipeline = Settings().pipeline()
    local = [clean_record(dict(r), pipeline, ReadOptions()) for r in records]
    rows = cleaner_ray.clean_dataset(ray.data.from_items(records), concurrency=2).take_all()
    assert [cleaner_ray.row_to_record(row) for row in rows] == local


def test_one_bad_record_gives_one_error_row():
    rows = cleaner_ray.clean_dataset(ray.data.from_items(_records())).take_all()
    errors = [row for row in rows if row["error"]]
    assert len(rows) == len(_records())
    assert [row["id"] for row in errors] == ["bad"]
    assert errors[0]["error"]["type"] == "InputError"


def test_on_error_raise_fails_the_dataset():
    with pytest.raises(Exception, match="record has no text"):
        cleaner_ray.clean_dataset(ray.data.from_items(_records()), on_error="raise").take_all()


def test_configuration_is_applied_by_name():
    body = "The council met on Monday to vote on the new budget."
    records = [{"id": 1, "text": f"ADVERTISEMENT\n{body}"}]
    config = {"language": {"backend": "langdetect"}}
    rows = cleaner_ray.clean_dataset(ray.data.from_items(records), config).take_all()
    assert rows[0]["body"] == body and rows[0]["language"] == "en"
    with pytest.raises(ValueError):
        cleaner_ray.clean_dataset(ray.data.from_items(records), {"no_such_filter": {}})


def _site_corpus(path: Path) -> list[dict]:
    towns = "Arden Bexley Corby Dover Epsom Frome Goole Hythe Ilkley Jarrow Keswick Ludlow".split()
    records = []
    for n, town in enumerate(towns):
        site = f"site{n % 2}.example"
        text = (f"{site} front page\nNews | Sport | Culture\nThe council of {town} voted on its "
                f"budget after a long debate.\nFollow {site} on every network")
        records.append({"id": n, "url": f"https://{site}/{n}", "text": text})
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return records


def test_learn_profile_equals_the_command(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = _site_corpus(corpus)
    learned = tmp_path / "p.json"
    argv = ["learn", str(corpus), "-o", str(learned), "-j", "1", "--min-docs", "3", "--quiet"]
    assert main(argv) == 0
    expected = json.loads(learned.read_text("utf-8"))
    profile = cleaner_ray.learn_profile(ray.data.from_items(records), min_docs=3)
    assert profile.to_json() == expected
    assert sum(len(lines) for lines in profile.lines.values()) == 6  # 3 template lines x 2 sites


def test_profile_does_not_depend_on_the_hash_seed(tmp_path):
    corpus = tmp_path / "corpus.jsonl"
    records = _site_corpus(corpus)
    here = cleaner_ray.learn_profile(ray.data.from_items(records), min_docs=3).to_json()
    script = (
        "import json, sys, ray, ray.data, cleaner.ray\n"
        "ray.init(num_cpus=1, include_dashboard=False, _node_ip_address='127.0.0.1', "
        "log_to_driver=False, configure_logging=False)\n"
        f"records = [json.loads(l) for l in open({str(corpus)!r})]\n"
        "profile = cleaner.ray.learn_profile(ray.data.from_items(records), min_docs=3)\n"
        "print(json.dumps(profile.to_json()))\n"
    )
    env = {**os.environ, "PYTHONHASHSEED": "12345"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env,
                          timeout=300, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == here


def test_command_engine_ray_gives_the_local_output(tmp_path, capsys):
    corpus = tmp_path / "corpus.jsonl"
    _site_corpus(corpus)
    with corpus.open("a", encoding="utf-8") as handle:
        handle.write("{broken\n")
    assert main([str(corpus), "-j", "1", "--quiet"]) == 1
    local = capsys.readouterr().out
    assert main([str(corpus), "--engine", "ray", "--quiet"]) == 1
    assert capsys.readouterr().out == local
