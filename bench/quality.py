#!/usr/bin/env python3
"""Cleaning quality on the shared development sets, against references run in the same run.

    python bench/quality.py --scrapinghub ../shared/bench/scrapinghub.jsonl.gz \\
        --trafilatura-eval ../shared/bench/trafilatura_eval.jsonl.gz [--limit N] [--out DIR] \\
        [--jobs N] [--explain ID] [--worst K] [--loss-pages K] \\
        [--check-scorer ../shared/checks/score.py]

For every page of each set, three tracks:

* ``html``: the page's HTML through ``cleaner.html.clean_html`` (url passed); reference:
  ``trafilatura.extract`` with its default settings (plus ``extract_metadata``);
* ``recall``: ``raw_text_recall`` (trafilatura in recall mode) through ``cleaner.clean``;
  reference: that text as is;
* ``naive``: ``raw_text_naive`` (all visible text) through ``cleaner.clean``; reference:
  that text as is.

It prints one table (set/track × system; ``÷ref`` is the F1 over the reference's F1 on the
same track), the gold shingles each filter removed ("loss by filter": what to improve),
and writes the predictions of every set/track/system to ``--out`` as JSON Lines
(``{id, body, title, date, authors}``), ready for
``python ../shared/checks/score.py --gold SET --pred FILE``.

Scoring is ``bench/metrics.py`` (score.py's definitions, re-stated; score.py is not
imported).  ``--check-scorer PATH`` runs score.py on every predictions file (a subprocess)
and prints the largest differences.  Checked on the full sets (181 + 990 pages, all 12
prediction files, 48 figures: shingle F1/P/R, snippet F1/found/leaked, title/date/author):
largest |difference| of a figure 0.0000 (identical to 4 decimals), of a bootstrap std
0.0007 (each figure here draws its own resamples; score.py shares one generator), so the
two agree well within 0.002.

Loss by filter: for every removal the pipeline logged, the source's 4-token shingles that
contain a removed token are attributed to the filter that removed it; a shingle counts
as *lost* when it belongs to the page's gold (``gold_body``; for trafilatura_eval the
``gold_with`` snippets) and the cleaned body lacks it.  ``lost/removed`` per filter;
``not in input`` is gold the body lacks that the input text never had (extraction loss).
``--explain ID`` lists, for one page, the removals that took gold text.
"""

from __future__ import annotations

import argparse
import bisect
import gzip
import json
import logging
import multiprocessing
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import metrics as m  # bench/metrics.py (this script's directory is on sys.path)
import trafilatura

import cleaner
from cleaner.document import Document
from cleaner.html import clean_html

SETS = ("scrapinghub", "trafilatura_eval")
TRACKS = ("html", "recall", "naive")
REFERENCE = {"html": "trafilatura", "recall": "as-is", "naive": "as-is"}
SYSTEMS = {track: ("clean-news", REFERENCE[track]) for track in TRACKS}
TEXT_FIELD = {"recall": "raw_text_recall", "naive": "raw_text_naive"}
GOLD_FIELDS = (
    "id",
    "gold_body",
    "gold_with",
    "gold_without",
    "gold_title",
    "gold_date",
    "gold_author",
)
INPUT_FIELDS = ("url", "html", "raw_text_recall", "raw_text_naive")
FILTERS = tuple(cls.name for cls in cleaner.DEFAULT_FILTERS)


# -- data --------------------------------------------------------------------------------


def read_set(path: str | Path, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """The pages of one set, keeping only the fields this benchmark reads."""
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for index, line in enumerate(handle):
            if limit is not None and index >= limit:
                break
            record = json.loads(line)
            yield {key: record.get(key) for key in (*GOLD_FIELDS, *INPUT_FIELDS)}


def gold_grams(page: Mapping[str, Any]) -> Counter[tuple[str, ...]]:
    """The page's gold shingles: its body, or its must-keep snippets where it has no body."""
    if isinstance(page.get("gold_body"), str):
        return m.shingles(m.tokens(page["gold_body"]))
    grams: Counter[tuple[str, ...]] = Counter()
    for snippet in page.get("gold_with") or ():
        grams += m.shingles(m.tokens(snippet))
    return grams


# -- running the systems -------------------------------------------------------------------


def run_track(page: Mapping[str, Any], track: str) -> Document:
    """clean-news on one track of one page."""
    if track == "html":
        return clean_html(page.get("html") or "", id=page["id"], url=page.get("url"))
    return cleaner.clean(page.get(TEXT_FIELD[track]) or "", id=page["id"], url=page.get("url"))


def prediction(page_id: str, doc: Document) -> dict[str, Any]:
    meta = doc.metadata
    return {
        "id": page_id,
        "body": doc.body,
        "title": meta.get("title"),
        "date": meta.get("published"),
        "authors": list(meta.get("authors") or ()),
    }


def trafilatura_alone(page: Mapping[str, Any]) -> dict[str, Any]:
    """The reference: trafilatura with default settings, and the metadata it finds."""
    html, url = page.get("html") or "", page.get("url")
    body = trafilatura.extract(html, url=url) or ""
    try:
        found = trafilatura.extract_metadata(html, default_url=url)
    except Exception:
        found = None
    author = getattr(found, "author", None) or ""
    return {
        "id": page["id"],
        "body": body,
        "title": getattr(found, "title", None),
        "date": getattr(found, "date", None),
        "authors": [name.strip() for name in author.split(";") if name.strip()],
    }


def attribute(doc: Document, gold: Counter[tuple[str, ...]]) -> list[tuple[Any, int, int]]:
    """``(removal, gold shingles lost, shingles removed)`` for every removal of ``doc``.

    A source shingle with a removed token belongs to the removal of its first removed
    token; it is lost gold when the gold has it and the body does not (multisets).
    """
    removals = sorted(doc.removals, key=lambda r: r.start)
    if not removals:
        return []
    starts = [r.start for r in removals]
    words: list[str] = []
    owner: list[int] = []
    for match in m.WORD.finditer(doc.source):
        words.append(match.group())
        k = bisect.bisect_right(starts, match.end() - 1) - 1
        owner.append(k if k >= 0 and removals[k].end > match.start() else -1)
    missing = gold - m.shingles(m.tokens(doc.body))
    lost, removed = [0] * len(removals), [0] * len(removals)
    n = m.SHINGLE
    for i in range(len(words) - n + 1):
        hit = next((owner[j] for j in range(i, i + n) if owner[j] >= 0), -1)
        if hit < 0:
            continue
        removed[hit] += 1
        key = tuple(words[i : i + n])
        if missing[key] > 0:
            missing[key] -= 1
            lost[hit] += 1
    return list(zip(removals, lost, removed, strict=True))


def run_page(job: tuple[str, dict[str, Any]]) -> dict[str, Any]:
    """Every system on every track of one page, with clean-news's losses by filter."""
    set_name, page = job
    page_id = str(page["id"])
    gold = gold_grams(page)
    preds: dict[tuple[str, str], dict[str, Any]] = {}
    losses: dict[str, dict[str, list[int]]] = {}
    missing: dict[str, tuple[int, int]] = {}
    seconds: dict[tuple[str, str], float] = {}
    for track in TRACKS:
        start = time.perf_counter()
        doc = run_track(page, track)
        seconds[track, "clean-news"] = time.perf_counter() - start
        preds[track, "clean-news"] = prediction(page_id, doc)
        by_filter: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        for removal, lost, removed in attribute(doc, gold):
            counts = by_filter[removal.by]
            counts[0] += lost
            counts[1] += removed
        for counts in by_filter.values():
            counts[2] = int(counts[0] > 0)
        losses[track] = dict(by_filter)
        lacking = sum((gold - m.shingles(m.tokens(doc.body))).values())
        missing[track] = (lacking, sum(c[0] for c in by_filter.values()))
        start = time.perf_counter()
        if track == "html":
            preds[track, "trafilatura"] = trafilatura_alone(page)
        else:
            preds[track, "as-is"] = {"id": page_id, "body": page.get(TEXT_FIELD[track]) or ""}
        seconds[track, REFERENCE[track]] = time.perf_counter() - start
    return {
        "set": set_name,
        "id": page_id,
        "preds": preds,
        "losses": losses,
        "missing": missing,
        "seconds": seconds,
    }


def _quiet() -> None:
    logging.disable(logging.CRITICAL)  # trafilatura logs every page it gives up on


# -- reporting -----------------------------------------------------------------------------


def fig(value: tuple[float, float] | tuple[float, float, int] | None) -> str:
    return "—" if value is None else f"{value[0]:.3f}±{value[1]:.3f}"


def score_all(
    gold: Mapping[str, Sequence[dict[str, Any]]],
    preds: Mapping[tuple[str, str, str], Sequence[dict[str, Any]]],
    rounds: int,
) -> dict[tuple[str, str, str], dict[str, Any]]:
    results: dict[tuple[str, str, str], dict[str, Any]] = {}
    for (set_name, track, system), rows in preds.items():
        by_id = {row["id"]: row for row in rows}
        pages = gold[set_name]
        results[set_name, track, system] = {
            "pages": len(pages),
            "body": m.body_scores(pages, by_id, rounds),
            "snippets": m.snippet_scores(pages, by_id, rounds),
            "meta": m.metadata_scores(pages, by_id, rounds),
        }
    return results


def render_table(results: Mapping[tuple[str, str, str], dict[str, Any]]) -> str:
    head = (
        "set",
        "track",
        "system",
        "pages",
        "F1",
        "P",
        "R/found",
        "leaked",
        "title",
        "date",
        "author",
        "÷ref",
    )
    rows = [head]
    for (set_name, track, system), r in results.items():
        main = r["body"] or r["snippets"]
        ref = results.get((set_name, track, REFERENCE[track]), {})
        ref_main = ref.get("body") or ref.get("snippets") or {}
        ratio = (
            f"{main['f1'][0] / ref_main['f1'][0]:.3f}"
            if system != REFERENCE[track] and ref_main.get("f1", (0,))[0]
            else ""
        )
        meta = r["meta"]
        rows.append(
            (
                set_name,
                track,
                system,
                str(r["pages"]),
                fig(main.get("f1")),
                fig(main.get("precision")),
                fig(main.get("recall")),
                fig(r["snippets"].get("leaked")) if r["snippets"] else "—",
                fig(meta.get("title_exact")),
                fig(meta.get("date_match")),
                fig(meta.get("author_f1")),
                ratio,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip()
        for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    notes = [
        "F1/P/R: scrapinghub = 4-token shingles vs gold_body (mean P over pages predicting, "
        "mean R over pages with gold); trafilatura_eval = gold_with/gold_without snippets, "
        "pooled (R = found rate).",
        "leaked = share of gold_without snippets present. title = exact (folded), date = "
        "YYYY-MM-DD match, author = token F1; ± = bootstrap std over pages (1000).",
    ]
    meta_n = {key: value[2] for r in results.values() for key, value in r["meta"].items()}
    if meta_n:
        notes.append("metadata pages: " + ", ".join(f"{k} n={v}" for k, v in meta_n.items()))
    return "\n".join(lines + notes)


def render_losses(
    losses: Mapping[tuple[str, str], Mapping[str, list[int]]],
    missing: Mapping[tuple[str, str], list[int]],
) -> str:
    columns = [key for key in ((s, t) for s in SETS for t in TRACKS) if key in losses]
    head = [
        "filter",
        *(f"{'sh' if s == 'scrapinghub' else 'te'}/{t} lost/removed (pages)" for s, t in columns),
    ]
    rows = [head]
    names = sorted(
        {f for key in columns for f in losses[key]},
        key=lambda f: (FILTERS.index(f) if f in FILTERS else len(FILTERS), f),
    )
    for name in names:
        cells = [name]
        for key in columns:
            lost, removed, pages = losses[key].get(name, [0, 0, 0])
            cells.append(f"{lost}/{removed} ({pages})" if removed else "")
        rows.append(cells)
    rows.append(["all filters", *(str(missing[key][1]) for key in columns)])
    rows.append(["not in input", *(str(missing[key][0] - missing[key][1]) for key in columns)])
    rows.append(["gold missing", *(str(missing[key][0]) for key in columns)])
    widths = [max(len(row[i]) for row in rows) for i in range(len(head))]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows
    ]
    lines.insert(1, "-" * len(lines[0]))
    return (
        "Loss by filter: gold shingles lost / shingles removed (pages losing gold)\n"
        + "\n".join(lines)
    )


def render_loss_pages(
    page_losses: Mapping[tuple[str, str, str], list[tuple[int, str]]], k: int
) -> str:
    out = [f"Pages losing most gold, by filter (top {k}):"]
    for (set_name, track, name), rows in sorted(page_losses.items()):
        top = sorted(rows, reverse=True)[:k]
        out.append(
            f"  {set_name}/{track} {name}: " + ", ".join(f"{pid} ({lost})" for lost, pid in top)
        )
    return "\n".join(out)


def check_scorer(
    score_py: str,
    set_paths: Mapping[str, str],
    files: Mapping[tuple[str, str, str], Path],
    results: Mapping[tuple[str, str, str], dict[str, Any]],
) -> str:
    """Run score.py on every predictions file and compare its figures with ours."""
    worst_value, worst_std, lines = 0.0, 0.0, []
    for key, path in files.items():
        with tempfile.NamedTemporaryFile(suffix=".json") as out:
            subprocess.run(
                [
                    sys.executable,
                    score_py,
                    "--gold",
                    set_paths[key[0]],
                    "--pred",
                    str(path),
                    "--json",
                    out.name,
                ],
                check=True,
                capture_output=True,
            )
            theirs = json.loads(Path(out.name).read_text())
        ours = results[key]
        pairs = []
        for mine, name in (("f1", "f1"), ("precision", "precision"), ("recall", "recall")):
            if ours["body"]:
                pairs.append(
                    (
                        ours["body"][mine],
                        theirs["shingle4"][name],
                        theirs["shingle4"][name + "_std"],
                    )
                )
        for mine, name in (("f1", "f1"), ("found", "with_found"), ("leaked", "without_leaked")):
            if ours["snippets"]:
                s = theirs["snippets"]
                pairs.append((ours["snippets"][mine], s[name], s[name + "_std"]))
        for name, (mean, std, _) in ours["meta"].items():
            t = theirs["metadata"][name]
            pairs.append(((mean, std), t["mean"], t["mean_std"]))
        d_value = max(abs(a[0] - b) for a, b, _ in pairs)
        d_std = max(abs(a[1] - s) for a, _, s in pairs)
        worst_value, worst_std = max(worst_value, d_value), max(worst_std, d_std)
        lines.append(
            f"  {'/'.join(key)}: {len(pairs)} figures, max |diff| {d_value:.4f}, std {d_std:.4f}"
        )
    verdict = "agree" if worst_value <= 0.002 else "DISAGREE"
    return "\n".join(
        [
            f"score.py check: max |diff| figures {worst_value:.4f}, stds {worst_std:.4f} "
            f"({verdict} within 0.002)",
            *lines,
        ]
    )


def render_worst(
    results_pages: Mapping[tuple[str, str], list[tuple[float, float, float, str]]], k: int
) -> str:
    out = []
    for (set_name, track), rows in results_pages.items():
        out.append(f"worst {k} pages, {set_name}/{track} clean-news (f1 p r id):")
        out += [f"  {f1:.3f} {p:.3f} {r:.3f} {pid}" for f1, p, r, pid in sorted(rows)[:k]]
    return "\n".join(out)


def page_scores(
    gold: Mapping[str, Sequence[dict[str, Any]]],
    preds: Mapping[tuple[str, str, str], Sequence[dict[str, Any]]],
) -> dict[tuple[str, str], list[tuple[float, float, float, str]]]:
    """Per-page F1 (shingles, or snippet accuracy where there is no gold body) of clean-news."""
    out: dict[tuple[str, str], list[tuple[float, float, float, str]]] = {}
    for (set_name, track, system), rows in preds.items():
        if system != "clean-news":
            continue
        by_id = {row["id"]: row for row in rows}
        scored = []
        for g in gold[set_name]:
            body = by_id.get(str(g["id"]), {}).get("body", "")
            if isinstance(g.get("gold_body"), str):
                tp, fp, fn = m.shingle_shares(g["gold_body"], body)
                p = tp / (tp + fp) if tp + fp else 0.0
                r = tp / (tp + fn) if tp + fn else 0.0
            else:
                found, leaked, lost, absent = m.snippet_counts(
                    body, g.get("gold_with") or [], g.get("gold_without") or []
                )
                r = found / (found + lost) if found + lost else 1.0
                p = absent / (leaked + absent) if leaked + absent else 1.0
            scored.append((0.0 if p + r == 0 else 2 * p * r / (p + r), p, r, str(g["id"])))
        out[set_name, track] = scored
    return out


# -- explain ------------------------------------------------------------------------------


def explain(page_id: str, set_paths: Mapping[str, str]) -> str:
    """Which filter removed gold text from one page, track by track."""
    for set_name, path in set_paths.items():
        for page in read_set(path):
            if str(page["id"]) == page_id:
                return _explain_page(set_name, page)
    return f"no page {page_id!r} in {', '.join(set_paths.values())}"


def _explain_page(set_name: str, page: dict[str, Any]) -> str:
    gold = gold_grams(page)
    kind = "gold_body" if isinstance(page.get("gold_body"), str) else "gold_with snippets"
    total = sum(gold.values())
    out = [f"{set_name} page {page['id']} ({page.get('url')}): {total} gold shingles ({kind})"]
    for track in TRACKS:
        doc = run_track(page, track)
        source_has = sum((gold & m.shingles(m.tokens(doc.source))).values())
        body_has = sum((gold & m.shingles(m.tokens(doc.body))).values())
        out.append(
            f"\n[{track}] gold shingles in input {source_has}, in body {body_has}; "
            f"title={doc.metadata.get('title')!r} published={doc.metadata.get('published')!r} "
            f"authors={list(doc.metadata.get('authors') or ())}"
        )
        per_filter: Counter[str] = Counter()
        for removal, lost, removed in attribute(doc, gold):
            per_filter[removal.by] += removed
            if lost:
                text = removal.text if len(removal.text) <= 160 else removal.text[:157] + "..."
                out.append(f"  LOST {lost:4d} {removal.by}/{removal.reason}: {text!r}")
        out.append(
            "  shingles removed by filter: "
            + (", ".join(f"{k} {v}" for k, v in per_filter.most_common()) or "none")
        )
    return "\n".join(out)


# -- main ---------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--scrapinghub", help="scrapinghub.jsonl.gz")
    parser.add_argument("--trafilatura-eval", help="trafilatura_eval.jsonl.gz")
    parser.add_argument("--limit", type=int, help="only the first N pages of each set")
    parser.add_argument(
        "--out",
        default=str(Path(tempfile.gettempdir()) / "clean-news-bench"),
        help="directory for the predictions (default: %(default)s)",
    )
    parser.add_argument("--jobs", type=int, default=multiprocessing.cpu_count())
    parser.add_argument("--rounds", type=int, default=1000, help="bootstrap resamples")
    parser.add_argument(
        "--explain", metavar="ID", help="show which filters removed gold text of one page"
    )
    parser.add_argument(
        "--worst",
        type=int,
        default=0,
        metavar="K",
        help="list the K worst pages per track (scrapinghub: shingle F1, P, R; "
        "trafilatura_eval: snippet F1, share of junk snippets absent, found)",
    )
    parser.add_argument(
        "--loss-pages",
        type=int,
        default=0,
        metavar="K",
        help="list the K pages where each filter lost most gold (for --explain)",
    )
    parser.add_argument(
        "--check-scorer", metavar="SCORE_PY", help="compare with shared/checks/score.py"
    )
    args = parser.parse_args(argv)
    set_paths = {
        name: path
        for name, path in (
            ("scrapinghub", args.scrapinghub),
            ("trafilatura_eval", args.trafilatura_eval),
        )
        if path
    }
    if not set_paths:
        parser.error("give --scrapinghub and/or --trafilatura-eval")
    if args.check_scorer and args.limit is not None:
        parser.error("--check-scorer needs whole sets (score.py counts pages left out as empty)")
    _quiet()
    if args.explain:
        print(explain(args.explain, set_paths))
        return 0

    gold: dict[str, list[dict[str, Any]]] = {name: [] for name in set_paths}
    preds: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    losses: dict[tuple[str, str], dict[str, list[int]]] = defaultdict(dict)
    missing: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    seconds: Counter[tuple[str, str]] = Counter()
    page_losses: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)

    def jobs() -> Iterator[tuple[str, dict[str, Any]]]:
        for name, path in set_paths.items():
            for page in read_set(path, args.limit):
                gold[name].append({key: page[key] for key in GOLD_FIELDS})
                yield name, page

    started = time.perf_counter()
    with multiprocessing.Pool(max(1, args.jobs), initializer=_quiet) as pool:
        for result in pool.imap(run_page, jobs(), chunksize=2):
            for (track, system), pred in result["preds"].items():
                preds[result["set"], track, system].append(pred)
            for track, by_filter in result["losses"].items():
                total = losses[result["set"], track]
                for name, counts in by_filter.items():
                    old = total.setdefault(name, [0, 0, 0])
                    for i in range(3):
                        old[i] += counts[i]
                    if counts[0]:
                        page_losses[result["set"], track, name].append((counts[0], result["id"]))
            for track, (lacking, by_filters) in result["missing"].items():
                missing[result["set"], track][0] += lacking
                missing[result["set"], track][1] += by_filters
            seconds.update(result["seconds"])
    elapsed = time.perf_counter() - started

    out_dir = Path(args.out)
    out_dir.mkdir(parents=True, exist_ok=True)
    files: dict[tuple[str, str, str], Path] = {}
    ordered = {
        key: preds[key]
        for key in ((s, t, y) for s in SETS for t in TRACKS for y in SYSTEMS[t])
        if key in preds
    }
    for key, rows in ordered.items():
        files[key] = out_dir / f"{'.'.join(key)}.jsonl"
        with files[key].open("w", encoding="utf-8") as handle:
            for row in rows:
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    results = score_all(gold, ordered, args.rounds)
    print(render_table(results))
    html_time, ref_time = seconds["html", "clean-news"], seconds["html", "trafilatura"]
    print(
        f"time: {elapsed:.0f} s wall; html track clean-news {html_time:.1f} s cpu, trafilatura "
        f"alone {ref_time:.1f} s ({html_time / ref_time if ref_time else 0:.2f}×); text tracks "
        f"clean-news recall {seconds['recall', 'clean-news']:.1f} s, naive "
        f"{seconds['naive', 'clean-news']:.1f} s"
    )
    print(f"predictions: {out_dir}/<set>.<track>.<system>.jsonl")
    print()
    print(render_losses(losses, missing))
    if args.loss_pages:
        print()
        print(render_loss_pages(page_losses, args.loss_pages))
    if args.worst:
        print()
        print(render_worst(page_scores(gold, ordered), args.worst))
    if args.check_scorer:
        print()
        print(check_scorer(args.check_scorer, set_paths, files, results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
