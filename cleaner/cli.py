"""The ``clean-news`` command: scraped news in (files, directories, globs, stdin), records out.

Exit codes: 0 every document cleaned, 1 some documents failed (each has an error record
and one stderr line), 2 usage error (bad option, missing input, bad config, output exists).
"""

from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import signal
import sys
import time
from collections import Counter, deque
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, TextIO

from cleaner import __version__
from cleaner.batch import clean_item
from cleaner.config import Settings, load_settings
from cleaner.io import DEFAULT_MAX_BYTES, Item, ReadOptions, find_sources, read_items
from cleaner.pipeline import filter_name
from cleaner.sinks import DirectorySink, FileSink, Sink, StreamSink, UsageError

__all__ = ["main"]

BATCH = 16


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean-news",
        description="Strip boilerplate and junk from scraped news; one JSON record per document.",
        epilog="Exit codes: 0 all cleaned, 1 some documents failed, 2 usage error.",
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (recursive), glob patterns, or - for stdin; "
                        ".txt .html .json .jsonl (and .gz of each)")
    p.add_argument("-o", "--output", metavar="FILE.jsonl|DIR",
                   help="write one JSON Lines file, or mirror the inputs into DIR (default: stdout)")
    p.add_argument("--format", choices=("json", "txt"), default="json",
                   help="with -o DIR: a .json record or a .txt body per document")
    p.add_argument("--resume", action="store_true", help="with -o: keep what is written, do the rest")
    p.add_argument("--overwrite", action="store_true", help="with -o: replace existing output")
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores); output is the same for any N")
    p.add_argument("--text-field", default="text", metavar="NAME", help="record field with text")
    p.add_argument("--html-field", default="html", metavar="NAME", help="record field with HTML")
    p.add_argument("--config", metavar="FILE.toml", help="filter settings, disabled filters, plugins")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="leave a filter out (repeatable)")
    p.add_argument("--list-filters", action="store_true", help="list the filters and exit")
    p.add_argument("--stats", action="store_true", help="print totals on stderr at the end")
    p.add_argument("--explain", action="store_true",
                   help="show each document's removals (on stdout; records still go to -o)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                   help="per-document time limit; 0 for none (default: 120)")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse larger inputs (default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="follow symlinks that lead out of the given directories")
    p.add_argument("--version", action="version", version=f"clean-news {__version__}")
    return p


@dataclass(frozen=True)
class _Job:
    """What a worker needs, picklable."""

    settings: Settings
    timeout: float | None
    explained: bool
    colour: bool


_WORKER: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Linux: a worker whose parent is killed (SIGKILL) ends too, silently."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(job: _Job, in_process: bool = False) -> None:
    if not in_process:
        _die_with_parent()
    _WORKER["job"] = job
    _WORKER["pipeline"] = job.settings.pipeline()


def _clean_batch(items: list[Item]) -> list[tuple[dict[str, Any], str | None]]:
    job: _Job = _WORKER["job"]
    return [
        clean_item(item, _WORKER["pipeline"], job.timeout, explained=job.explained, colour=job.colour)
        for item in items
    ]


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _results(
    items: Iterator[Item], job: _Job, jobs: int
) -> Iterator[tuple[Item, tuple[dict[str, Any], str | None]]]:
    """Clean items in order, in this process or in ``jobs`` workers (bounded in flight)."""
    if jobs <= 1:
        _start_worker(job, in_process=True)
        for item in items:
            yield item, _clean_batch([item])[0]
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, _start_worker, (job,)) as pool:
        pending: deque[tuple[list[Item], Any]] = deque()
        for batch in _batches(items, BATCH):
            pending.append((batch, pool.apply_async(_clean_batch, (batch,))))
            while len(pending) > 4 * jobs:
                yield from _finished(pending.popleft())
        while pending:
            yield from _finished(pending.popleft())


def _finished(entry: tuple[list[Item], Any]) -> Iterator[tuple[Item, tuple[dict[str, Any], str | None]]]:
    batch, result = entry
    yield from zip(batch, result.get())


def _list_filters(settings: Settings, out: TextIO) -> None:
    for step in settings.pipeline().filters:
        doc = (type(step).__doc__ or getattr(step, "__doc__", "") or "").strip().split("\n")[0]
        reasons = ", ".join(sorted(getattr(step, "reasons", ()))) or "-"
        out.write(f"{filter_name(step):<18} {reasons:<48} {doc}\n")


def _open_sink(args: argparse.Namespace) -> Sink:
    if args.output is None:
        if args.resume or args.format == "txt":
            raise UsageError("--resume and --format txt need -o")
        return StreamSink(sys.stdout)
    if FileSink.wants(args.output):
        if args.format == "txt":
            raise UsageError("--format txt needs -o DIR")
        return FileSink(args.output, resume=args.resume, overwrite=args.overwrite)
    return DirectorySink(args.output, args.format, resume=args.resume, overwrite=args.overwrite)


def _progress(enabled: bool) -> Any:
    if not enabled:
        return None
    from tqdm import tqdm

    return tqdm(unit=" docs", file=sys.stderr, dynamic_ncols=True)


def _print_stats(stats: Counter[str], removals: Counter[tuple[str, str]], seconds: float) -> None:
    docs = stats["documents"]
    err = sys.stderr
    err.write(f"documents  {docs}\nerrors     {stats['errors']}\n")
    err.write(f"seconds    {seconds:.2f}\ndocs/s     {docs / seconds if seconds else 0:.1f}\n")
    err.write("removals by filter and reason:\n")
    for (name, reason), count in sorted(removals.items()):
        err.write(f"  {name:<18} {reason:<20} {count}\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Run ``clean-news``; returns the exit code."""
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        settings = load_settings(args.config, args.disable)
        settings.pipeline()  # validate names and settings before touching any file
        if args.list_filters:
            _list_filters(settings, sys.stdout)
            return 0
        if not args.paths:
            raise UsageError("no input: give files, directories, patterns or -")
        if args.jobs < 1 or args.max_bytes < 1 or args.timeout < 0:
            raise UsageError("--jobs and --max-bytes must be positive, --timeout >= 0")
        sink = _open_sink(args)
        exclude = [args.output] if args.output else []
        sources = list(find_sources(args.paths, follow_symlinks=args.follow_symlinks, exclude=exclude))
    except (UsageError, ValueError, OSError) as error:
        print(f"clean-news: {error}", file=sys.stderr)
        return 2
    options = ReadOptions(args.text_field, args.html_field, args.max_bytes)
    explain_out = sys.stdout if args.explain else None
    colour = bool(explain_out and explain_out.isatty())
    if explain_out is not None and isinstance(sink, StreamSink):
        sink = StreamSink(None)  # the explanation takes stdout's place
    job = _Job(settings, args.timeout or None, args.explain, colour)
    items = (item for source in sources for item in read_items(source, options))
    todo = (item for item in items if not sink.done(item))
    stats: Counter[str] = Counter()
    removals: Counter[tuple[str, str]] = Counter()
    progress = _progress(not args.quiet and sys.stderr.isatty())
    started = time.perf_counter()
    try:
        for item, (record, account) in _results(todo, job, args.jobs):
            sink.write(item, record)
            stats["documents"] += 1
            if "error" in record:
                stats["errors"] += 1
                print(f"clean-news: {record['source']}: {record['error']['type']}: "
                      f"{record['error']['message']}", file=sys.stderr)
            removals.update((r["filter"], r["reason"]) for r in record.get("removed", ()))
            if account and explain_out is not None:
                explain_out.write(account + "\n\n")
            if progress is not None:
                progress.update()
                progress.set_postfix(errors=stats["errors"], refresh=False)
        sink.close()
    finally:
        if progress is not None:
            progress.close()
    if args.stats:
        _print_stats(stats, removals, time.perf_counter() - started)
    return 1 if stats["errors"] else 0


if __name__ == "__main__":
    sys.exit(main())
