"""Where records go: stdout, one JSON Lines file, or a directory mirroring the inputs.

Writes are atomic (a temporary file, then a rename) and resumable: ``--resume`` keeps
what an earlier, interrupted run wrote and skips those documents.  Output order is input
order, so a JSON Lines file's complete lines are exactly the first documents.
"""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path
from typing import Any, Protocol, TextIO

import regex

from cleaner.io import Item

__all__ = [
    "DirectorySink", "FileSink", "Sink", "StreamSink", "UsageError", "dumps", "write_atomically"
]

_UNSAFE = regex.compile(r'[\x00-\x1f<>:"\\|?*\x7f]')
FILE_SUFFIXES = (".jsonl", ".ndjson", ".json")


class UsageError(Exception):
    """The command line asks for something that cannot be done (exit code 2)."""


def dumps(record: dict[str, Any]) -> str:
    """One record as one line of JSON (UTF-8 text, no ASCII escapes)."""
    return json.dumps(record, ensure_ascii=False)


def write_atomically(path: str | Path, text: str) -> None:
    """Write ``text`` to a temporary file beside ``path``, then rename it into place."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=target.suffix)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        os.unlink(temporary)
        raise


class Sink(Protocol):
    def done(self, item: Item) -> bool: ...
    def write(self, item: Item, record: dict[str, Any]) -> None: ...
    def close(self) -> None: ...


class StreamSink:
    """JSON Lines on a stream (stdout); ``None`` discards records (``--explain``)."""

    def __init__(self, stream: TextIO | None) -> None:
        self.stream = stream

    def done(self, item: Item) -> bool:
        return False

    def write(self, item: Item, record: dict[str, Any]) -> None:
        if self.stream is not None:
            self.stream.write(dumps(record) + "\n")

    def close(self) -> None:
        if self.stream is not None:
            self.stream.flush()


class FileSink:
    """One JSON Lines file, written as ``FILE.part`` and renamed when the run completes."""

    @staticmethod
    def wants(path: str) -> bool:
        return path.endswith(FILE_SUFFIXES) and not os.path.isdir(path)

    def __init__(self, path: str, *, resume: bool = False, overwrite: bool = False) -> None:
        self.path = path
        self.part = path + ".part"
        self.skip = 0
        if resume:
            if not os.path.exists(self.part) and os.path.exists(path):
                os.replace(path, self.part)
            if os.path.exists(self.part):
                self.skip = self._complete_lines()
        elif os.path.exists(path) or os.path.exists(self.part):
            if not overwrite:
                raise UsageError(f"{path} exists; use --resume to finish it or --overwrite")
            if os.path.exists(self.part):
                os.remove(self.part)
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        self.handle = open(self.part, "a", encoding="utf-8")

    def _complete_lines(self) -> int:
        """Count complete lines in the part file and cut off a torn last line."""
        with open(self.part, "rb+") as handle:
            data = handle.read()
            keep = data.rfind(b"\n") + 1
            handle.truncate(keep)
        return data[:keep].count(b"\n")

    def done(self, item: Item) -> bool:
        if self.skip:
            self.skip -= 1
            return True
        return False

    def write(self, item: Item, record: dict[str, Any]) -> None:
        self.handle.write(dumps(record) + "\n")
        self.handle.flush()

    def close(self) -> None:
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        os.replace(self.part, self.path)


class DirectorySink:
    """One file per document under ``root``, mirroring the inputs' relative paths.

    ``a/b.txt`` → ``root/a/b.txt.json``; record 3 of ``a/c.jsonl`` → ``root/a/c.jsonl/000003.json``.
    With ``--format txt`` the body goes to ``….txt`` (an error record to ``….error.json``).
    """

    def __init__(
        self, root: str, fmt: str = "json", *, resume: bool = False, overwrite: bool = False
    ) -> None:
        self.root = Path(root)
        self.format = fmt
        self.resume = resume
        if self.root.exists() and not self.root.is_dir():
            raise UsageError(f"{root} exists and is not a directory")
        if self.root.is_dir() and any(self.root.iterdir()) and not (resume or overwrite):
            raise UsageError(f"{root} is not empty; use --resume to finish it or --overwrite")
        self.root.mkdir(parents=True, exist_ok=True)

    def _base(self, item: Item) -> Path:
        parts = [p for p in Path(item.source.relative).parts if p not in ("", ".", "..", "/")]
        safe = [_UNSAFE.sub("_", p)[:200] or "_" for p in parts] or ["stdin"]
        if item.index is not None:
            safe.append(f"{item.index:06d}")
        return self.root.joinpath(*safe)

    def _target(self, item: Item, record: dict[str, Any] | None) -> Path:
        base = self._base(item)
        if self.format == "txt" and not (record and "error" in record):
            return base.with_name(base.name + ".txt")
        if self.format == "txt":
            return base.with_name(base.name + ".error.json")
        return base.with_name(base.name + ".json")

    def done(self, item: Item) -> bool:
        if not self.resume:
            return False
        base = self._base(item)
        suffixes = (".txt", ".error.json") if self.format == "txt" else (".json",)
        return any(base.with_name(base.name + s).exists() for s in suffixes)

    def write(self, item: Item, record: dict[str, Any]) -> None:
        target = self._target(item, record)
        if target.suffix == ".txt":
            text = record["body"]
        else:
            text = json.dumps(record, ensure_ascii=False, indent=1)
        write_atomically(target, text + "\n")

    def close(self) -> None:
        pass
