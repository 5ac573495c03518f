"""Turning input items into output records, one at a time: the unit a worker runs."""

from __future__ import annotations

import signal
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cleaner.document import Document
from cleaner.explain import explain
from cleaner.io import Item, ReadOptions, Source, item_from_record
from cleaner.pipeline import FilterError, Pipeline
from cleaner.profile import line_key, site_of

__all__ = ["DocumentTimeout", "clean_item", "clean_record", "error_record", "line_keys"]


class DocumentTimeout(Exception):
    """A document took longer than the per-document time limit."""


def error_record(
    locator: str | None, fields: dict[str, Any], kind: str, message: str
) -> dict[str, Any]:
    """``{"source", "id" (when known), "error": {"type", "message"}}``."""
    record: dict[str, Any] = {"source": fields.get("source", locator)}
    if fields.get("id") is not None:
        record["id"] = fields["id"]
    record["error"] = {"type": kind, "message": message}
    return record


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    # The limit uses SIGALRM, so only the main thread of a process can have one (worker
    # processes do; Ray actors run tasks in other threads and rely on Ray's own limits).
    if (
        not seconds
        or not hasattr(signal, "setitimer")
        or threading.current_thread() is not threading.main_thread()
    ):
        yield
        return

    def expire(signum: int, frame: Any) -> None:
        raise DocumentTimeout(f"took longer than {seconds:g} s (--timeout)")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def clean_item(
    item: Item,
    pipeline: Pipeline,
    timeout: float | None = None,
    *,
    explained: bool = False,
    colour: bool = False,
) -> tuple[dict[str, Any], str | None]:
    """The output record for one input item (or its error record), and, if ``explained``,
    a readable account of the removals.  Never raises."""
    locator = item.locator or None  # a record without a path or source field: null
    if item.error is not None:
        return error_record(locator, item.fields, *item.error), None
    fields = {"source": locator, **item.fields}
    try:
        with _time_limit(timeout):
            if item.kind == "html":
                from cleaner.html import clean_html

                doc = clean_html(item.content, pipeline, **fields)
            else:
                doc = pipeline(Document.from_text(item.content, **fields))
            record = doc.to_record()
            account = (
                explain(doc, colour=colour, label=str(record["source"])) if explained else None
            )
            return record, account
    except FilterError as error:
        if isinstance(error.__cause__, DocumentTimeout):
            message = f"{error.__cause__} in filter {error.filter!r}"
            return error_record(locator, item.fields, "DocumentTimeout", message), None
        return error_record(locator, item.fields, "FilterError", str(error)), None
    except Exception as error:  # one bad document must not stop the run
        return error_record(locator, item.fields, type(error).__name__, str(error)), None


def clean_record(
    record: dict[str, Any], pipeline: Pipeline, options: ReadOptions, timeout: float | None = None
) -> dict[str, Any]:
    """Clean one input record (its text or HTML field; other fields pass through)."""
    return clean_item(as_item(record, options), pipeline, timeout)[0]


def as_item(record: dict[str, Any], options: ReadOptions) -> Item:
    """An input record as an :class:`Item` named by its own ``source`` field."""
    return item_from_record(Source(str(record.get("source") or ""), ""), None, record, options)


def line_keys(item: Item) -> tuple[str, tuple[str, ...]] | None:
    """(site, sorted distinct line keys) of one document, for learning a site profile;
    ``None`` for an error item, one without a site, or one that cannot be read."""
    site = site_of(item.fields)
    if item.error is not None or site is None:
        return None
    try:
        if item.kind == "html":
            from cleaner.html import extract

            text = extract(item.content, item.fields.get("url"))[0]
        else:
            text = item.content
        lines = Document.from_text(text).lines
    except Exception:  # an unreadable page just contributes nothing
        return None
    return site, tuple(sorted({line_key(line) for line in lines}))
