"""Scale-out on Ray Data: the same pipeline over a Dataset of records, beyond one machine.

Install with ``pip install "clean-news[ray]"``.

>>> import ray, cleaner.ray                                        # doctest: +SKIP
>>> ds = ray.data.read_json("s3://bucket/scraped/*.jsonl")          # doctest: +SKIP
>>> cleaned = cleaner.ray.clean_dataset(ds)                         # doctest: +SKIP
>>> cleaned.write_parquet("s3://bucket/clean/")                     # doctest: +SKIP

Rows of the result have the record's fields (``source`` … ``removed``), an ``error``
column (null, or ``{type, message}`` for a record that could not be cleaned), and every
other input column unchanged.  :func:`row_to_record` turns a row into exactly the record
the local command writes.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from functools import partial
from typing import Any

import pyarrow as pa
import ray
import ray.data

from cleaner.batch import as_item, clean_item, clean_record, line_keys
from cleaner.config import Settings
from cleaner.io import Item, ReadOptions, Source
from cleaner.profile import Profile, ProfileBuilder

__all__ = ["RecordError", "clean_dataset", "clean_items", "learn_profile", "row_to_record"]

_TEXT = pa.string()
_LIST = pa.list_(pa.string())
SCHEMA = pa.schema([
    ("source", _TEXT), ("title", _TEXT), ("published", _TEXT), ("authors", _LIST),
    ("dateline", _TEXT), ("agencies", _LIST), ("contributors", _LIST), ("language", _TEXT),
    ("body", _TEXT),
    ("removed", pa.list_(pa.struct([("filter", _TEXT), ("reason", _TEXT), ("text", _TEXT)]))),
    ("error", pa.struct([("type", _TEXT), ("message", _TEXT)])),
])
_LISTS = {"authors", "agencies", "contributors", "removed"}


class RecordError(RuntimeError):
    """A record could not be cleaned and ``on_error="raise"`` was asked for."""


def _settings(
    config: Mapping[str, Any] | Settings | None, profile: Profile | str | None
) -> Settings:
    settings = config if isinstance(config, Settings) else Settings(filters=dict(config or {}))
    if isinstance(profile, str):
        return Settings(settings.filters, settings.disable, settings.plugins, profile)
    if isinstance(profile, Profile):
        filters = {**settings.filters, "site_boilerplate": {
            **settings.filters.get("site_boilerplate", {}), "profile": profile}}
        return Settings(filters, settings.disable, settings.plugins, settings.profile)
    return settings


class _Cleaner:
    """``map_batches`` callable: builds the pipeline once per worker, cleans Arrow batches."""

    def __init__(
        self, settings: Settings, options: ReadOptions, on_error: str, timeout: float | None
    ):
        self.pipeline = settings.pipeline()
        self.options = options
        self.on_error = on_error
        self.timeout = timeout

    def __call__(self, batch: pa.Table) -> pa.Table:
        records = [
            clean_record(row, self.pipeline, self.options, self.timeout)
            for row in batch.to_pylist()
        ]
        if self.on_error == "raise":
            for record in records:
                if "error" in record:
                    raise RecordError(f"{record.get('source')}: {record['error']['type']}: "
                                      f"{record['error']['message']}")
        columns: dict[str, Any] = {
            field.name: pa.array([_value(r, field.name) for r in records], field.type)
            for field in SCHEMA
        }
        skipped = {self.options.text_field, self.options.html_field, *SCHEMA.names}
        for name in batch.column_names:
            if name not in skipped:
                columns[name] = batch.column(name)
        return pa.table(columns)


def _value(record: dict[str, Any], name: str) -> Any:
    value = record.get(name)
    if name == "source":
        return value or None
    if name in _LISTS and "error" not in record:
        return value or []
    return value


def clean_dataset(
    ds: ray.data.Dataset,
    config: Mapping[str, Any] | Settings | None = None,
    profile: Profile | str | None = None,
    on_error: str = "row",
    *,
    text_field: str = "text",
    html_field: str = "html",
    timeout: float | None = None,
    concurrency: int | tuple[int, int] | None = None,
    batch_size: int = 64,
) -> ray.data.Dataset:
    """Clean every record of ``ds`` (lazily, as Ray Data does).

    Args:
        ds: records with a ``text`` (or ``html``) column; other columns pass through.
        config: filter settings by name (``{"related_links": {"min_teasers": 3}}``) or a
            :class:`~cleaner.config.Settings`.
        profile: a site profile (or the path of its JSON) for ``site_boilerplate``.
        on_error: ``"row"`` turns a record that cannot be cleaned into an error row;
            ``"raise"`` fails the dataset with :class:`RecordError`.
        concurrency: worker actors: a number, or ``(min, max)`` for a pool that grows
            (default: Ray's own).  Leave CPUs for the tasks that read the data: on a
            2-CPU machine, ``concurrency=2`` with ``read_json`` waits forever, because both
            actors hold a CPU that the reads need; ``(1, 2)`` does not.
    """
    if on_error not in ("row", "raise"):
        raise ValueError('on_error must be "row" or "raise"')
    settings = _settings(config, profile)
    settings.pipeline()  # fail fast on bad names or settings, before any task runs
    options = ReadOptions(text_field, html_field)
    return ds.map_batches(
        _Cleaner,
        fn_constructor_kwargs={"settings": settings, "options": options,
                               "on_error": on_error, "timeout": timeout},
        batch_format="pyarrow",
        batch_size=batch_size,
        concurrency=concurrency,
    )


def row_to_record(row: Mapping[str, Any]) -> dict[str, Any]:
    """A row of :func:`clean_dataset` as the record the local path gives."""
    if row.get("error"):
        record = {"source": row.get("source")}
        if row.get("id") is not None:
            record["id"] = row["id"]
        record["error"] = dict(row["error"])
        return record
    record = {name: row.get(name) for name in SCHEMA.names if name != "error"}
    record.update((k, v) for k, v in row.items() if k not in SCHEMA.names)
    return record


def _line_key_rows(batch: pa.Table, options: ReadOptions) -> pa.Table:
    sites: list[str] = []
    keys: list[str] = []
    for row in batch.to_pylist():
        found = line_keys(as_item(row, options))
        if found is not None:
            site, doc_keys = found
            sites += [site] * (len(doc_keys) + 1)
            keys += ["", *doc_keys]  # the "" key counts the document itself
    return pa.table({"site": pa.array(sites, _TEXT), "key": pa.array(keys, _TEXT)})


def learn_profile(
    ds: ray.data.Dataset,
    *,
    min_docs: int = 5,
    min_share: float = 0.5,
    text_field: str = "text",
    html_field: str = "html",
) -> Profile:
    """The site profile ``clean-news learn`` computes, with a Ray Data group-by.

    A document's site is its ``site`` column, else the host of its ``url``.
    """
    ProfileBuilder().build(min_docs, min_share)  # validate the thresholds first
    options = ReadOptions(text_field, html_field)
    pairs = ds.map_batches(partial(_line_key_rows, options=options), batch_format="pyarrow")
    builder = ProfileBuilder()
    for row in pairs.groupby(["site", "key"]).count().iter_rows():
        site, key, count = row["site"], row["key"], row["count()"]
        if key:
            builder.lines.setdefault(site, Counter())[key] = count
        else:
            builder.documents[site] = count
    return builder.build(min_docs, min_share)


# -- the command line's --engine ray ------------------------------------------------------


class _JsonCleaner:
    """Cleans items shipped as JSON, so the command's records come back byte-identical."""

    def __init__(self, settings: Settings, timeout: float | None) -> None:
        self.pipeline = settings.pipeline()
        self.timeout = timeout

    def __call__(self, batch: pa.Table) -> pa.Table:
        out = []
        for payload in batch.column("item").to_pylist():
            data = json.loads(payload)
            item = Item(Source(data["path"], data["relative"]), data["index"], data["kind"],
                        data["content"], data["fields"],
                        tuple(data["error"]) if data["error"] else None)
            record, _ = clean_item(item, self.pipeline, self.timeout)
            out.append(json.dumps(record, ensure_ascii=False))
        return pa.table({"record": pa.array(out, _TEXT)})


def clean_items(
    items: Iterable[Item],
    settings: Settings,
    timeout: float | None = None,
    address: str | None = None,
) -> Iterator[tuple[Item, tuple[dict[str, Any], None]]]:
    """Clean items on Ray (``clean-news --engine ray``), in input order.

    Connects to ``address`` (e.g. ``auto`` for a running cluster) or starts a local Ray.
    The items are held by the driver: for corpora larger than its memory, read them with
    Ray Data and use :func:`clean_dataset`.
    """
    items = list(items)
    if not items:
        return
    if not ray.is_initialized():
        ray.init(
            address=address, include_dashboard=False, log_to_driver=False, configure_logging=False
        )
    context = ray.data.DataContext.get_current()
    context.execution_options.preserve_order = True
    context.enable_progress_bars = False
    payloads = [
        {"item": json.dumps({"path": i.source.path, "relative": i.source.relative, "index": i.index,
                             "kind": i.kind, "content": i.content, "fields": i.fields,
                             "error": i.error}, ensure_ascii=False)}
        for i in items
    ]
    cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call]  # unannotated in Ray
    cleaned = ray.data.from_items(payloads).map_batches(
        _JsonCleaner, fn_constructor_kwargs={"settings": settings, "timeout": timeout},
        batch_format="pyarrow", batch_size=16, concurrency=(1, max(1, int(cpus))),
    )
    for item, row in zip(items, cleaned.iter_rows(), strict=True):  # one row per item
        yield item, (json.loads(row["record"]), None)
