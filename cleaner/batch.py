"""Turning input items into output records, one at a time: the unit a worker runs."""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from cleaner.document import Document
from cleaner.explain import explain
from cleaner.io import Item
from cleaner.pipeline import Pipeline

__all__ = ["DocumentTimeout", "clean_item", "error_record"]


class DocumentTimeout(Exception):
    """A document took longer than the per-document time limit."""


def error_record(locator: str, fields: dict[str, Any], kind: str, message: str) -> dict[str, Any]:
    """``{"source", "id" (when known), "error": {"type", "message"}}``."""
    record: dict[str, Any] = {"source": fields.get("source", locator)}
    if fields.get("id") is not None:
        record["id"] = fields["id"]
    record["error"] = {"type": kind, "message": message}
    return record


@contextmanager
def _time_limit(seconds: float | None) -> Iterator[None]:
    if not seconds or not hasattr(signal, "setitimer"):
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
    if item.error is not None:
        return error_record(item.locator, item.fields, *item.error), None
    fields = {"source": item.locator, **item.fields}
    try:
        with _time_limit(timeout):
            if item.kind == "html":
                from cleaner.html import clean_html

                doc = clean_html(item.content, pipeline, **fields)
            else:
                doc = pipeline(Document.from_text(item.content, **fields))
            record = doc.to_record()
            account = explain(doc, colour=colour, label=str(record["source"])) if explained else None
            return record, account
    except Exception as error:  # one bad document must not stop the run
        return error_record(item.locator, item.fields, type(error).__name__, str(error)), None
