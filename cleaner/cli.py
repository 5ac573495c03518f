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
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, TextIO

from cleaner import __version__
from cleaner.batch import clean_item, line_keys
from cleaner.config import Settings, load_settings
from cleaner.io import DEFAULT_MAX_BYTES, Item, ReadOptions, Source, find_sources, read_items
from cleaner.pipeline import filter_name
from cleaner.profile import ProfileBuilder
from cleaner.sinks import DirectorySink, FileSink, Sink, StreamSink, UsageError, write_atomically

__all__ = ["main"]

BATCH = 16


def _input_options() -> argparse.ArgumentParser:
    """Options on how inputs are read, shared by ``clean-news`` and ``clean-news learn``."""
    p = argparse.ArgumentParser(add_help=False)
    p.add_argument("-j", "--jobs", type=int, default=os.cpu_count() or 1, metavar="N",
                   help="worker processes (default: all cores); output is the same for any N")
    p.add_argument("--text-field", default="text", metavar="NAME", help="record field with text")
    p.add_argument("--html-field", default="html", metavar="NAME", help="record field with HTML")
    p.add_argument("--max-bytes", type=int, default=DEFAULT_MAX_BYTES, metavar="N",
                   help=f"refuse larger inputs (default: {DEFAULT_MAX_BYTES})")
    p.add_argument("--follow-symlinks", action="store_true",
                   help="follow symlinks that lead out of the given directories")
    p.add_argument("--site-from", choices=("auto", "dir"), default="auto",
                   help="a document's site: its site field or url host (auto), or the top "
                        "folder under the given directory (dir)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    return p


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean-news",
        description="Strip boilerplate and junk from scraped news; one JSON record per document.",
        epilog="Exit codes: 0 all cleaned, 1 some documents failed, 2 usage error.",
        parents=[_input_options()],
    )
    p.add_argument("paths", nargs="*", metavar="PATH",
                   help="files, directories (recursive), glob patterns, or - for stdin; "
                        ".txt .html .json .jsonl (and .gz of each)")
    p.add_argument("-o", "--output", metavar="FILE.jsonl|DIR",
                   help="write one JSON Lines file, or mirror the inputs into DIR "
                        "(default: stdout)")
    p.add_argument("--format", choices=("json", "txt"), default="json",
                   help="with -o DIR: a .json record or a .txt body per document")
    p.add_argument("--resume", action="store_true",
                   help="with -o: keep what is written, do the rest")
    p.add_argument("--overwrite", action="store_true", help="with -o: replace existing output")
    p.add_argument("--config", metavar="FILE.toml",
                   help="filter settings, disabled filters, plugins")
    p.add_argument("--disable", action="append", default=[], metavar="NAME",
                   help="leave a filter out (repeatable)")
    p.add_argument("--list-filters", action="store_true", help="list the filters and exit")
    p.add_argument("--stats", action="store_true", help="print totals on stderr at the end")
    p.add_argument("--explain", action="store_true",
                   help="show each document's removals (on stdout; records still go to -o)")
    p.add_argument("--timeout", type=float, default=120.0, metavar="SECONDS",
                   help="per-document time limit; 0 for none (default: 120)")
    p.add_argument("--profile", metavar="PROFILE.json",
                   help="remove lines a site profile (clean-news learn) knows as boilerplate")
    p.add_argument("--engine", choices=("local", "ray"), default="local",
                   help="local worker processes (default) or a Ray cluster (clean-news[ray])")
    p.add_argument("--ray-address", metavar="ADDRESS",
                   help="with --engine ray: the cluster to join, e.g. auto "
                        "(default: start a local Ray)")
    p.add_argument("--version", action="version", version=f"clean-news {__version__}")
    return p


def _learn_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="clean-news learn",
        description="Learn a site profile: lines that recur across many pages of a site.",
        parents=[_input_options()],
    )
    p.add_argument("paths", nargs="+", metavar="PATH", help="inputs, as for clean-news")
    p.add_argument("-o", "--output", required=True, metavar="PROFILE.json")
    p.add_argument("--min-docs", type=int, default=5, metavar="K",
                   help="a boilerplate line occurs in at least K documents of its site (default 5)")
    p.add_argument("--min-share", type=float, default=0.5, metavar="S",
                   help="… and in at least this share of them (default 0.5)")
    return p


def learn(argv: Sequence[str]) -> int:
    """``clean-news learn``: write a site profile; the same whatever the order or ``-j``."""
    try:
        args = _learn_parser().parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        ProfileBuilder().build(args.min_docs, args.min_share)  # validate thresholds
        if args.jobs < 1 or args.max_bytes < 1:
            raise UsageError("--jobs and --max-bytes must be positive")
        if Path(args.output).is_dir():
            raise UsageError(f"-o {args.output}: is a directory; give the profile's file name")
        sources = list(find_sources(args.paths, follow_symlinks=args.follow_symlinks,
                                    exclude=[args.output]))
    except (UsageError, ValueError, OSError) as error:
        print(f"clean-news learn: {error}", file=sys.stderr)
        return 2
    items = _items(sources, args, args.site_from)
    builder = ProfileBuilder()
    skipped = 0
    progress = _progress(not args.quiet and sys.stderr.isatty())
    for _, found in _parallel(items, _learn_batch, _LearnJob(), args.jobs):
        if found is None:
            skipped += 1
        else:
            builder.add_keys(*found)
        if progress is not None:
            progress.update()
    if progress is not None:
        progress.close()
    profile = builder.build(args.min_docs, args.min_share)
    try:
        text = json.dumps(profile.to_json(), indent=1, sort_keys=True) + "\n"
        write_atomically(args.output, text)
    except OSError as error:
        print(f"clean-news learn: cannot write {args.output}: {error}", file=sys.stderr)
        return 2
    kept = sum(len(lines) for lines in profile.lines.values())
    print(f"clean-news learn: {sum(profile.documents.values())} documents, "
          f"{len(profile.documents)} sites, {kept} boilerplate lines; "
          f"{skipped} documents without a site or unreadable", file=sys.stderr)
    return 0


@dataclass(frozen=True)
class _Job:
    """What a worker needs, picklable."""

    settings: Settings
    timeout: float | None
    explained: bool
    colour: bool


@dataclass(frozen=True)
class _LearnJob:
    """``clean-news learn`` workers need no settings: they only read lines."""


_WORKER: dict[str, Any] = {}


def _die_with_parent() -> None:
    """Linux: a worker whose parent is killed (SIGKILL) ends too, silently."""
    try:
        import ctypes

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _start_worker(job: _Job | _LearnJob, in_process: bool = False) -> None:
    if not in_process:
        _die_with_parent()
    _WORKER["job"] = job
    if isinstance(job, _Job):
        _WORKER["pipeline"] = job.settings.pipeline()


def _clean_batch(items: list[Item]) -> list[tuple[dict[str, Any], str | None]]:
    job: _Job = _WORKER["job"]
    return [
        clean_item(
            item, _WORKER["pipeline"], job.timeout, explained=job.explained, colour=job.colour
        )
        for item in items
    ]


def _learn_batch(items: list[Item]) -> list[tuple[str, tuple[str, ...]] | None]:
    """(site, line keys) per item; ``None`` for an error item or one without a site."""
    return [line_keys(item) for item in items]


def _batches(items: Iterator[Item], size: int) -> Iterator[list[Item]]:
    batch: list[Item] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def _parallel(
    items: Iterator[Item], task: Callable[[list[Item]], list[Any]], job: Any, jobs: int
) -> Iterator[tuple[Item, Any]]:
    """``task`` over items in order, in this process or in ``jobs`` workers.

    Batches in flight are bounded, so memory stays flat however many items there are.
    """
    if jobs <= 1:
        _start_worker(job, in_process=True)
        for item in items:
            yield item, task([item])[0]
        return
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    with multiprocessing.get_context(method).Pool(jobs, _start_worker, (job,)) as pool:
        pending: deque[tuple[list[Item], Any]] = deque()
        for batch in _batches(items, BATCH):
            pending.append((batch, pool.apply_async(task, (batch,))))
            while len(pending) > 4 * jobs:
                yield from _finished(pending.popleft())
        while pending:
            yield from _finished(pending.popleft())


def _finished(entry: tuple[list[Item], Any]) -> Iterator[tuple[Item, Any]]:
    batch, result = entry
    yield from zip(batch, result.get(), strict=True)  # a task returns one result per item


def _items(sources: list[Source], args: argparse.Namespace, site_from: str) -> Iterator[Item]:
    """Every input document, in order; with ``--site-from dir`` the top folder under the
    given root names each item's site."""
    options = ReadOptions(args.text_field, args.html_field, args.max_bytes)
    for item in (item for source in sources for item in read_items(source, options)):
        parts = Path(item.source.relative).parts
        if site_from == "dir" and "site" not in item.fields and len(parts) > 1:
            top = parts[1] if len(parts) > 2 else parts[0]
            item = replace(item, fields={**item.fields, "site": top})
        yield item


def _engine(
    args: argparse.Namespace, items: Iterator[Item], job: _Job
) -> Iterator[tuple[Item, Any]]:
    if args.engine == "ray":
        from cleaner.ray import clean_items

        return clean_items(items, job.settings, job.timeout, args.ray_address)
    return _parallel(items, _clean_batch, job, args.jobs)


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
    """Run ``clean-news`` (or ``clean-news learn``); returns the exit code."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["learn"]:
        return learn(argv[1:])
    parser = _parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as exit_:
        return int(exit_.code or 0)
    try:
        settings = load_settings(args.config, args.disable, args.profile)
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
        sources = list(
            find_sources(args.paths, follow_symlinks=args.follow_symlinks, exclude=exclude)
        )
    except (UsageError, ValueError, OSError) as error:
        print(f"clean-news: {error}", file=sys.stderr)
        return 2
    explain_out = sys.stdout if args.explain else None
    colour = bool(explain_out and explain_out.isatty())
    if explain_out is not None and isinstance(sink, StreamSink):
        sink = StreamSink(None)  # the explanation takes stdout's place
    job = _Job(settings, args.timeout or None, args.explain, colour)
    site_from = args.site_from if args.profile else "auto"  # tag sites only to apply a profile
    todo = (item for item in _items(sources, args, site_from) if not sink.done(item))
    stats: Counter[str] = Counter()
    removals: Counter[tuple[str, str]] = Counter()
    progress = _progress(not args.quiet and sys.stderr.isatty())
    started = time.perf_counter()
    try:
        for item, (record, account) in _engine(args, todo, job):
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


def run() -> None:
    """The console-script entry point: ``main()``, quiet when stdout is closed early."""
    try:
        code = main()
        sys.stdout.flush()
    except BrokenPipeError:  # e.g. `clean-news … | head`
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        code = 1
    sys.exit(code)


if __name__ == "__main__":
    run()
