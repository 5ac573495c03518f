"""Golden samples: every ``samples/<case>/input.txt`` cleans to its ``expected.json``.

``expected.json`` is the whole output record except ``source`` (which names the path).
A case may add ``meta.json``: input-record fields passed to ``cleaner.clean``.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import cleaner

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = sorted(p for p in SAMPLES.iterdir() if (p / "input.txt").is_file())


def _record(case: Path) -> dict:
    meta_file = case / "meta.json"
    meta = json.loads(meta_file.read_text("utf-8")) if meta_file.is_file() else {}
    record = cleaner.clean((case / "input.txt").read_text("utf-8"), **meta).to_record()
    record.pop("source")
    return record


def test_there_are_samples() -> None:
    assert len(CASES) >= 1


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_sample(case: Path) -> None:
    expected = json.loads((case / "expected.json").read_text("utf-8"))
    assert _record(case) == expected


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_sample_is_idempotent(case: Path) -> None:
    once = _record(case)
    again = cleaner.clean(once["body"]).body
    assert again == once["body"]
