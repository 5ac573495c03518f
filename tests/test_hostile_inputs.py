"""A directory of hostile inputs: no traceback, one line per document, inputs untouched."""

from __future__ import annotations

import hashlib
import json
import random
from pathlib import Path

import pytest

from cleaner.cli import main
from cleaner.io import InputError, decode


def _hostile(root: Path) -> int:
    """Write the hostile inputs; return how many documents they hold."""
    rng = random.Random(7)
    root.mkdir()
    (root / "binary.bin").write_bytes(bytes(rng.randrange(256) for _ in range(5000)))
    (root / "nul.txt").write_bytes(
        b"The council met on Monday.\x00\x00 It voted for the barrier.\n"
    )
    (root / "cp1252.txt").write_bytes(
        "Le café de la gare a fermé ses portes après quarante années.\n".encode("cp1252")
    )
    (root / "utf16.txt").write_bytes("Die Regierung hat am Montag beraten.\n".encode("utf-16"))
    (root / "one_line_5mb.txt").write_text(("word " * 1_000_000)[:5_000_000], encoding="utf-8")
    (root / "cjk.txt").write_text(
        "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(300_000)), encoding="utf-8"
    )
    (root / "short_lines.txt").write_text(
        "\n".join(f"line {i}" for i in range(200_000)), encoding="utf-8"
    )
    (root / "deep.html").write_text(
        "<html><body>" + "<div>" * 20000 + "<p>Deep text in a nested page.</p>" + "</div>" * 20000,
        encoding="utf-8",
    )
    (root / "broken.html").write_text(
        "<html><body><p>Unclosed <b>bold <i>italic</p></div></span><p>Stray < bracket &",
        encoding="utf-8",
    )
    (root / "broken.json").write_text('{"id": 1, "text": "unterminated', encoding="utf-8")
    (root / "mixed.jsonl").write_text(
        '{"id": 1, "text": "A paragraph of article text."}\n{broken\n{"id": 3}\n[1, 2]\n'
        '{"id": 5, "html": "<p>From the html field.</p>"}\n',
        encoding="utf-8",
    )
    (root / "empty.txt").write_bytes(b"")
    # One long line thousands of times between others, and a cookie heading under every
    # paragraph: lines that filters compare with what stands before or after them.
    long_line = "The same long sentence stands here again, as a page's template repeats it often."
    (root / "repeated_lines.txt").write_text(
        "\n".join(f"{long_line}\nA distinct line {i} follows it, long enough to count as text."
                  for i in range(20_000)),
        encoding="utf-8",
    )
    (root / "cookie_headings.txt").write_text(
        "\n".join(f"The council met again on day {i} and voted on the harbour barrier plan.\n"
                  "Cookie settings" for i in range(10_000)),
        encoding="utf-8",
    )
    # Social-network rows one after another: each is a share line and names the networks
    # a share line lists under it.
    (root / "share_rows.txt").write_text(
        "The council met again on Monday and voted on the harbour barrier plan.\n"
        + "Facebook Twitter\n" * 20_000,
        encoding="utf-8",
    )
    return 13 + 6


def _digest(root: Path) -> dict[str, str]:
    return {
        str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file()
    }


def test_hostile_directory(tmp_path, capsys):
    root = tmp_path / "hostile"
    documents = _hostile(root)
    before = _digest(root)
    code = main([str(root), "-j", "2", "--quiet"])
    captured = capsys.readouterr()
    assert code in (0, 1)
    assert "Traceback" not in captured.err
    records = [json.loads(line) for line in captured.out.splitlines()]
    assert len(records) == documents
    by_source = {Path(r["source"]).name: r for r in records}
    assert by_source["binary.bin"]["error"]["type"] == "InputError"
    assert by_source["empty.txt"]["error"]["type"] == "InputError"
    assert by_source["cp1252.txt"]["body"].startswith("Le café de la gare a fermé")
    assert by_source["utf16.txt"]["body"].startswith("Die Regierung")
    assert by_source["nul.txt"]["body"] == "The council met on Monday. It voted for the barrier."
    assert len(by_source["one_line_5mb.txt"]["body"]) > 4_000_000
    assert "Deep text" in by_source["deep.html"]["body"]
    assert sum("error" in r for r in records) == 1 + 1 + 1 + 3  # binary, empty, json, 3 jsonl
    assert _digest(root) == before


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(1, 9)) * 100,  # valid UTF-8, but control characters
        ("\ufffd" * 50 + "ab").encode(),  # what a lossy converter left of binary data
    ],
    ids=["controls", "replacement-characters"],
)
def test_utf8_that_is_mostly_control_characters_is_binary(data: bytes) -> None:
    with pytest.raises(InputError, match="control characters"):
        decode(data)


def test_a_few_control_characters_are_text() -> None:  # KEPT
    text = "The council met on Monday.\x07 It voted for the barrier.\ufffd"
    assert decode(text.encode()) == text
