"""Fuzzing every entry point: any bytes in, a record or an error record out, never a crash.

Inputs hypothesis found once are pinned with ``@example`` so they are tried on every run.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from hypothesis import HealthCheck, example, given, settings, strategies as st

import cleaner
from cleaner.batch import clean_item
from cleaner.cli import main
from cleaner.html import clean_html
from cleaner.io import ReadOptions, Source, read_items

FAST = settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
PIPELINE = cleaner.default_pipeline()
SUFFIXES = [".txt", ".html", ".json", ".jsonl", ".txt.gz", ".jsonl.gz", ".bin"]

# Text that looks like the places parsers break: markup, JSON punctuation, encodings.
FRAGMENTS = st.sampled_from([
    "<p>", "</div>", "<!--", "<![CDATA[", "&amp;", "&#x0;", "<script>", "{", "}", "[", '"text":',
    "\\u0000", "\x00", "\ufeff", "\r\n", "\u2028", "By ", "Related\n", "date 2023-01-31 ",
    "(AP) — ",
    "é", "日本語", "\U0001F600", "\xa0", "ADVERTISEMENT\n", " , ",
])
TEXTS = st.lists(st.one_of(st.text(max_size=40), FRAGMENTS), max_size=30).map("".join)


def _consume(path: Path) -> list[dict]:
    records = []
    for item in read_items(Source(str(path), path.name), ReadOptions()):
        record, _ = clean_item(item, PIPELINE)
        json.dumps(record)  # every record is serialisable
        records.append(record)
    return records


@FAST
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(SUFFIXES))
@example(data=b"\xff\xfe\x00", suffix=".txt")
@example(data=b"\x1f\x8b\x08\x00broken gzip", suffix=".txt.gz")
@example(data=b'[{"text": 1}, 2, null]', suffix=".json")
@example(data=b"{}\n\n[]\n", suffix=".jsonl")
@example(data=b"<html><body>" + b"<div>" * 3000, suffix=".html")
def test_any_bytes_give_records_or_error_records(tmp_path_factory, data, suffix):
    path = tmp_path_factory.mktemp("fuzz") / f"input{suffix}"
    gzipped = suffix.endswith(".gz") and data[:2] != b"\x1f\x8b"
    path.write_bytes(gzip.compress(data) if gzipped else data)
    records = _consume(path)
    assert records, "every input file yields at least one record"
    for record in records:
        assert "error" in record or isinstance(record["body"], str)


@FAST
@given(text=TEXTS)
@example(text="<!DOCTYPE html><html><body><p>&nbsp;</p></body></html>")
@example(text="<p>" + "<b>" * 500 + "x")
def test_html_never_raises(text):
    doc = clean_html(text)
    assert isinstance(doc.body, str)


@FAST
@given(text=TEXTS)
def test_text_is_idempotent_and_deterministic(text):
    once = cleaner.clean(text)
    assert cleaner.clean(once.body).body == once.body
    assert cleaner.clean(text).to_record() == once.to_record()


@FAST
@given(records=st.lists(st.one_of(
    st.fixed_dictionaries({"id": st.integers(), "text": TEXTS}),
    st.fixed_dictionaries({"html": TEXTS}),
    st.dictionaries(st.text(max_size=5), st.one_of(st.none(), st.integers(), TEXTS), max_size=3),
), min_size=1, max_size=5), broken=st.booleans())
def test_jsonl_through_the_command(tmp_path_factory, capsys, records, broken):
    root = tmp_path_factory.mktemp("cli")
    lines = [json.dumps(r) for r in records] + (["{not json"] if broken else [])
    (root / "in.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    code = main([str(root / "in.jsonl"), "-j", "1", "--quiet"])
    out = capsys.readouterr().out.splitlines()
    assert code in (0, 1)
    assert len(out) == len(lines)
    assert all(isinstance(json.loads(line), dict) for line in out)
