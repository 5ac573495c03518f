"""Reading scraped news from disk or stdin: paths, formats, encodings, records.

An edge module: it turns files into :class:`Item` values (one per input document, carrying
either the document's text/HTML and fields, or the error that stops it) and knows nothing
about cleaning.  Every input document yields exactly one item, so every input document
yields exactly one output line.
"""

from __future__ import annotations

import codecs
import glob
import gzip
import json
import os
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, BinaryIO

import regex

__all__ = [
    "DEFAULT_MAX_BYTES",
    "Item",
    "ReadOptions",
    "Source",
    "decode",
    "find_sources",
    "item_from_record",
    "read_items",
]

DEFAULT_MAX_BYTES = 64 * 1024 * 1024
TEXT_SUFFIXES = {".txt": "txt", ".text": "txt", ".html": "html", ".htm": "html",
                 ".xhtml": "html", ".json": "json", ".jsonl": "jsonl", ".ndjson": "jsonl"}
_GLOB_CHARS = frozenset("*?[")
_META_CHARSET = regex.compile(
    rb"""(?i)<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_\-:.]{2,40})"""
)
_BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"),
         (codecs.BOM_UTF16_BE, "utf-16"))
_SINGLE_BYTE_LATIN = regex.compile(r"^(?:cp125\d|iso8859_\d+|latin_1|mac_\w+|cp8\d\d|cp7\d\d)$")


class InputError(Exception):
    """An input that cannot be cleaned: binary, undecodable, too large, broken JSON."""


@dataclass(frozen=True)
class Source:
    """One input file (or stdin, ``path='-'``) and its name relative to its root."""

    path: str
    relative: str


@dataclass(frozen=True)
class ReadOptions:
    """How inputs are read: record field names and the size limit."""

    text_field: str = "text"
    html_field: str = "html"
    max_bytes: int = DEFAULT_MAX_BYTES


@dataclass(frozen=True)
class Item:
    """One input document: where it came from and its content, or why it has none.

    ``index`` numbers documents inside a multi-document file (JSON list, JSONL line
    number), ``None`` for a single-document file.
    """

    source: Source
    index: int | None
    kind: str = "txt"  # "txt" or "html"
    content: str = ""
    fields: dict[str, Any] = field(default_factory=dict)
    error: tuple[str, str] | None = None

    @property
    def locator(self) -> str:
        """``path`` or ``path:N``: names this document in records and messages."""
        return self.source.path if self.index is None else f"{self.source.path}:{self.index}"


# -- finding inputs ---------------------------------------------------------------------


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root.resolve())
    except ValueError:
        return False
    return True


def find_sources(
    paths: Sequence[str], *, follow_symlinks: bool = False, exclude: Sequence[str] = ()
) -> Iterator[Source]:
    """Files named by ``paths`` (files, directories walked recursively and sorted, glob
    patterns, ``-`` for stdin), in a deterministic order.

    Symlinks that lead out of their root are skipped unless ``follow_symlinks``; anything
    under ``exclude`` (e.g. the output directory) is skipped.  A path that matches nothing
    raises :class:`FileNotFoundError`.
    """
    excluded = [Path(p).resolve() for p in exclude]

    def skip(path: Path) -> bool:
        return any(path.resolve() == e or _inside(path, e) for e in excluded)

    for given in paths:
        if given == "-":
            yield Source("-", "stdin")
            continue
        matches = sorted(glob.glob(given, recursive=True)) if _GLOB_CHARS & set(given) else [given]
        if not matches or not (matches != [given] or os.path.lexists(given)):
            raise FileNotFoundError(given)
        for match in matches:
            root = Path(match)
            if root.is_dir():
                yield from _walk(root, follow_symlinks, skip)
            elif not skip(root):
                yield Source(str(root), root.name)


def _walk(root: Path, follow_symlinks: bool, skip: Any) -> Iterator[Source]:
    for dirpath, dirnames, filenames in os.walk(root, followlinks=follow_symlinks):
        here = Path(dirpath)
        dirnames[:] = sorted(
            d for d in dirnames
            if not d.startswith(".") and not skip(here / d)
            and (follow_symlinks or not (here / d).is_symlink() or _inside(here / d, root))
        )
        for name in sorted(filenames):
            path = here / name
            if name.startswith(".") or skip(path):
                continue
            if path.is_symlink() and not follow_symlinks and not _inside(path, root):
                continue
            if path.is_file():
                top = Path(root.resolve().name or "root")
                yield Source(str(path), str(top / path.relative_to(root)))


# -- bytes to text ----------------------------------------------------------------------


def _read_bytes(source: Source, max_bytes: int) -> bytes:
    if source.path == "-":
        stream: BinaryIO = os.fdopen(os.dup(0), "rb")
        with stream:
            data = stream.read(max_bytes + 1)
    else:
        with open(source.path, "rb") as handle:
            data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise InputError(f"larger than the limit of {max_bytes} bytes (--max-bytes)")
    if data[:2] == b"\x1f\x8b":
        try:
            decompressor = zlib.decompressobj(wbits=31)
            data = decompressor.decompress(data, max_bytes + 1)
        except zlib.error as error:
            raise InputError(f"broken gzip data: {error}") from error
        if len(data) > max_bytes or decompressor.unconsumed_tail:
            raise InputError(f"decompresses to more than {max_bytes} bytes (--max-bytes)")
    return data


def decode(data: bytes, *, html: bool = False) -> str:
    """Bytes to text: a BOM, else UTF-8, else the HTML's declared charset, else detected.

    Single-byte Latin guesses are read as windows-1252, the web's default legacy
    encoding.  Raises :class:`InputError` for binary or undecodable data.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _checked(data.decode(encoding, errors="replace"))
    try:
        return _checked(data.decode("utf-8"))
    except UnicodeDecodeError:
        pass
    if b"\x00" in data[:4096]:
        raise InputError("binary data (NUL bytes, not UTF-16/32)")
    declared = _META_CHARSET.search(data[:4096]) if html else None
    if declared:
        try:
            return _checked(data.decode(declared[1].decode("ascii"), errors="replace"))
        except LookupError:
            pass
    import charset_normalizer

    best = charset_normalizer.from_bytes(data[: 1 << 20]).best()
    if best is None:
        raise InputError("undecodable: no text encoding fits (binary data?)")
    encoding = best.encoding
    if _SINGLE_BYTE_LATIN.match(encoding):
        encoding = "cp1252"
    return _checked(data.decode(encoding, errors="replace"))


#: The share of control characters (or U+FFFD) in the first ``_SAMPLE`` characters above
#: which a text is binary data.
MAX_CONTROL_SHARE = 0.1
_SAMPLE = 20000
# The control characters binary data is made of: in UTF-8 each is one byte of its own.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F])


def _checked(text: str) -> str:
    """``text``, unless it is mostly control characters or U+FFFD (binary data).

    The control characters are counted on the sample's UTF-8 bytes (``bytes.translate``),
    about 15 times quicker than a regex over the text; it matters in the CLI's reading
    process, which checks every line of a JSON Lines file while the workers clean."""
    sample = text[:_SAMPLE]
    encoded = sample.encode("utf-8", "surrogatepass")
    controls = len(encoded) - len(encoded.translate(None, _CONTROL_BYTES))
    if sample and controls + sample.count("\ufffd") > MAX_CONTROL_SHARE * len(sample):
        raise InputError("binary data (mostly control characters)")
    return text


# -- text to items ----------------------------------------------------------------------


def _named_kind(source: Source) -> str | None:
    """The format the file's name says (``a.jsonl.gz`` → ``jsonl``), or ``None``."""
    return TEXT_SUFFIXES.get(Path(source.relative.removesuffix(".gz")).suffix.casefold())


def _kind(source: Source, text: str) -> str:
    """The format by name, else sniffed from the text."""
    by_suffix = _named_kind(source)
    if by_suffix:
        return by_suffix
    head = text[:2000].lstrip("\ufeff \t\r\n")
    if head.startswith("["):
        return "json"
    if head.startswith("{"):
        first = head.split("\n", 1)[0].strip()
        return "jsonl" if first.endswith("}") and "\n" in text.strip() else "json"
    if head.startswith("<") and regex.search(r"(?i)<(?:html|body|p|div|article|head)\b", head):
        return "html"
    return "txt"


def item_from_record(source: Source, index: int | None, record: Any, options: ReadOptions) -> Item:
    """A JSON record as an item: its text (or HTML) field is the content, the other fields
    pass through; a record with neither is an error item."""
    if not isinstance(record, dict):
        message = f"a record must be a JSON object, not {type(record).__name__}"
        return Item(source, index, error=("InputError", message))
    fields = dict(record)
    text, html = fields.pop(options.text_field, None), fields.pop(options.html_field, None)
    if isinstance(text, str) and text.strip():
        return Item(source, index, "txt", text, fields)
    if isinstance(html, str) and html.strip():
        return Item(source, index, "html", html, fields)
    wanted = f"{options.text_field!r} or {options.html_field!r}"
    error = ("InputError", f"record has no text ({wanted})")
    return Item(source, index, fields=fields, error=error)


def read_items(source: Source, options: ReadOptions) -> Iterator[Item]:
    """Every document in one input file; an unreadable file gives one error item.

    JSON Lines files (by suffix) are streamed line by line: the size limit applies to
    each line, and memory stays flat however long the file is.
    """
    if _named_kind(source) == "jsonl" and source.path != "-":
        yield from _stream_jsonl(source, options)
        return
    try:
        data = _read_bytes(source, options.max_bytes)
        text = decode(data, html=_named_kind(source) == "html")
    except (OSError, InputError, EOFError) as error:
        yield Item(source, None, error=(_error_type(error), str(error)))
        return
    kind = _kind(source, text)
    if kind == "jsonl":
        yield from _jsonl(source, text, options)
    elif kind == "json":
        try:
            value = json.loads(text)
        except ValueError as error:
            yield Item(source, None, error=("JSONDecodeError", str(error)))
            return
        if isinstance(value, list):
            if not value:
                yield Item(source, None, error=("InputError", "empty JSON list: no records"))
            for number, record in enumerate(value, start=1):
                yield item_from_record(source, number, record, options)
        else:
            yield item_from_record(source, None, value, options)
    elif not text.strip():
        yield Item(source, None, error=("InputError", "empty document: no text"))
    else:
        yield Item(source, None, kind, text)


def _jsonl(source: Source, text: str, options: ReadOptions) -> Iterator[Item]:
    lines = ((n, line) for n, line in enumerate(text.split("\n"), start=1))
    yield from _records(source, lines, options)


def _stream_jsonl(source: Source, options: ReadOptions) -> Iterator[Item]:
    try:
        with open(source.path, "rb") as raw:
            gzipped = raw.read(2) == b"\x1f\x8b"
        handle: Any = gzip.open(source.path, "rb") if gzipped else open(source.path, "rb")
        with handle:
            yield from _records(source, _decoded_lines(handle, options.max_bytes), options)
    except (OSError, EOFError, zlib.error) as error:
        yield Item(source, None, error=(_error_type(error), str(error)))


def _decoded_lines(handle: BinaryIO, max_bytes: int) -> Iterator[tuple[int, str | InputError]]:
    for number, raw in enumerate(iter(lambda: handle.readline(max_bytes + 1), b""), start=1):
        if len(raw) > max_bytes and not raw.endswith(b"\n"):
            yield number, InputError(f"line longer than {max_bytes} bytes (--max-bytes)")
            for rest in iter(lambda: handle.readline(max_bytes + 1), b""):
                if rest.endswith(b"\n"):
                    break
            continue
        try:
            yield number, decode(raw)
        except InputError as error:
            yield number, error


def _records(
    source: Source, lines: Iterator[tuple[int, str | InputError]], options: ReadOptions
) -> Iterator[Item]:
    empty = True
    for number, line in lines:
        if isinstance(line, InputError):
            empty = False
            yield Item(source, number, error=("InputError", f"line {number}: {line}"))
            continue
        if not line.strip():
            continue
        empty = False
        try:
            record = json.loads(line)
        except ValueError as error:
            yield Item(source, number, error=("JSONDecodeError", f"line {number}: {error}"))
            continue
        yield item_from_record(source, number, record, options)
    if empty:
        yield Item(source, None, error=("InputError", "empty file: no records"))


def _error_type(error: BaseException) -> str:
    return "InputError" if isinstance(error, InputError) else type(error).__name__

