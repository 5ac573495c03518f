"""Throughput and memory of clean-news, as ratios against references measured in the same run.

    python bench/throughput.py --pages ../shared/bench/scrapinghub.jsonl.gz [--docs 100000]

What it measures, on the same pages:

1. HTML: ``trafilatura.extract`` alone vs ``cleaner.html.clean_html`` (extraction, the
   filters, language detection).  Target: clean-news ≥ 0.9× trafilatura's pages/s.  Also
   timed: the two trafilatura passes ``clean_html`` makes and nothing else (the main text
   with :data:`~cleaner.html.TRAFILATURA_OPTIONS`, then ``extract_metadata`` on the same
   tree): the most ``clean_html`` could reach if everything it adds cost nothing.
2. Text: ``cleaner.clean`` on each page's scraped text (``raw_text_recall``), language
   detection on.  Target: ≥ 10× trafilatura's page rate (≈ 4 MB/s per core).  Measured
   twice: each page once in a fresh process (warmed up on the other pages, as in a corpus
   of distinct pages), and in repeated passes over the same pages, where the filters'
   per-line caches answer for lines they have seen (an upper bound).
3. Scaling: the ``clean-news`` command over a JSON Lines file of those texts with
   ``-j 1`` and ``-j 2``.  Target: ``-j 2`` ≥ 1.8× ``-j 1`` on 2 cores.  Each process
   pays about 0.8 s once (py3langid's model, the phrase patterns): 12,000 documents keep
   that fixed cost from hiding the per-document scaling (at 6,000: 1.8×, at 12,000: 2.0×).
4. Memory: ``clean-news -j 2`` over ``--docs`` documents and over a tenth of them; the
   peak resident memory of the largest process must stay flat (ratio ≈ 1) and < 300 MB.

The rates of 1 and 2 are measured in ``--rounds`` rounds, each timing trafilatura and
clean-news one after the other, so that a machine whose speed drifts during the run (a
shared one does: trafilatura's rate moved by a third within minutes) skews no ratio: a
ratio is the median of the rounds' ratios, shown with their range.

Benchmarks are not tests: run by hand, outside pytest.  Pages are read from the given
path (the benchmark data stays where it is).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import trafilatura

import cleaner
from cleaner.html import TRAFILATURA_OPTIONS, clean_html


def load_pages(path: str, limit: int) -> list[dict]:
    pages = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            page = json.loads(line)
            if page.get("html") and page.get("raw_text_recall"):
                pages.append(
                    {"html": page["html"], "text": page["raw_text_recall"], "url": page.get("url")}
                )
            if len(pages) >= limit:
                break
    return pages


def rate(func, items, repeat: int) -> float:
    """Items per second over ``repeat`` passes (after one warm-up call)."""
    func(items[0])
    started = time.perf_counter()
    for _ in range(repeat):
        for item in items:
            func(item)
    return repeat * len(items) / (time.perf_counter() - started)


def trafilatura_passes(html: str, url: str) -> None:
    """What ``clean_html`` asks of trafilatura: the main text and the page's metadata."""
    tree = trafilatura.load_html(html)
    if tree is not None:
        trafilatura.bare_extraction(tree, url=url, with_metadata=False, **TRAFILATURA_OPTIONS)
        trafilatura.extract_metadata(tree, default_url=url)


def cold_rate(texts: list[str]) -> float:
    """Docs/s cleaning each text once in a fresh process.

    Each half of the texts is timed in its own process after a warm-up on the other half
    (patterns compiled, caches holding other pages' lines).
    """
    code = (
        "import json, sys, time, cleaner\n"
        "warm, timed = json.load(sys.stdin)\n"
        "for text in warm:\n"
        "    cleaner.clean(text)\n"
        "started = time.perf_counter()\n"
        "for text in timed:\n"
        "    cleaner.clean(text)\n"
        "print(time.perf_counter() - started)\n"
    )
    halves = (texts[::2], texts[1::2])
    seconds = sum(
        float(subprocess.run([sys.executable, "-c", code], input=json.dumps([warm, timed]),
                             capture_output=True, text=True, check=True).stdout)
        for warm, timed in (halves, halves[::-1])
    )
    return len(texts) / seconds


def write_jsonl(path: Path, pages: list[dict], count: int) -> int:
    """``count`` text records cycling through the pages (ids make each distinct)."""
    size = 0
    with open(path, "w", encoding="utf-8") as handle:
        for number in range(count):
            text = pages[number % len(pages)]["text"]
            line = json.dumps({"id": number, "text": f"{text}\nRef {number}."}, ensure_ascii=False)
            size += len(line.encode("utf-8"))
            handle.write(line + "\n")
    return size


# Runs the command given as arguments and prints the peak RSS (KB) of its largest process:
# RUSAGE_CHILDREN in a process of its own counts this run only, not the earlier ones.
_PEAK_OF = (
    "import resource, subprocess, sys\n"
    "subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, check=False)\n"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)\n"
)


def run_cli(path: Path, jobs: int) -> tuple[float, float]:
    """(seconds, peak RSS MB of the largest process) of ``clean-news -j jobs``."""
    started = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", _PEAK_OF,
         sys.executable, "-m", "cleaner", str(path), "-j", str(jobs), "--quiet"],
        capture_output=True, text=True, check=True,
    )
    seconds = time.perf_counter() - started
    return seconds, int(done.stdout) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--pages", default="../shared/bench/scrapinghub.jsonl.gz")
    parser.add_argument("--limit", type=int, default=181, help="pages to use")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the pages")
    parser.add_argument("--rounds", type=int, default=3, help="rounds of the rate measures")
    parser.add_argument("--docs", type=int, default=100_000, help="documents for the memory run")
    parser.add_argument(
        "--scaling-docs", type=int, default=12_000, help="documents for -j 1 vs -j 2"
    )
    args = parser.parse_args()

    pages = load_pages(args.pages, args.limit)
    mb = sum(len(p["text"].encode("utf-8")) for p in pages) / 1e6
    print(f"{len(pages)} pages, {mb:.2f} MB of scraped text, {os.cpu_count()} cores\n")

    measures = {
        "traf": lambda: rate(
            lambda p: trafilatura.extract(p["html"], url=p["url"]), pages, args.repeat
        ),
        "passes": lambda: rate(
            lambda p: trafilatura_passes(p["html"], p["url"]), pages, args.repeat
        ),
        "html": lambda: rate(lambda p: clean_html(p["html"], url=p["url"]), pages, args.repeat),
        "text": lambda: rate(lambda p: cleaner.clean(p["text"]), pages, args.repeat * 3),
        "cold": lambda: cold_rate([p["text"] for p in pages]),
    }
    rounds = [{name: measure() for name, measure in measures.items()} for _ in range(args.rounds)]
    traf, passes, ours_html, ours_text, cold_text = (
        statistics.median(r[name] for r in rounds) for name in measures
    )
    text_mb_s = ours_text * mb / len(pages)
    cold_mb_s = cold_text * mb / len(pages)

    def ratio(name: str, reference: str = "traf", digits: int = 2) -> str:
        """The median of the rounds' ratios, with their range."""
        ratios = sorted(r[name] / r[reference] for r in rounds)
        low, high = ratios[0], ratios[-1]
        return f"{statistics.median(ratios):.{digits}f}x ({low:.{digits}f}-{high:.{digits}f})"

    with tempfile.TemporaryDirectory() as tmp:
        scaling = Path(tmp) / "scaling.jsonl"
        write_jsonl(scaling, pages, args.scaling_docs)
        one, _ = run_cli(scaling, 1)
        two, _ = run_cli(scaling, 2)
        small, big = Path(tmp) / "small.jsonl", Path(tmp) / "big.jsonl"
        write_jsonl(small, pages, max(1, args.docs // 10))
        big_mb = write_jsonl(big, pages, args.docs) / 1e6
        _, rss_small = run_cli(small, 2)
        seconds_big, rss_big = run_cli(big, 2)

    rows = [
        ("HTML pages/s: trafilatura.extract", f"{traf:.1f}", ""),
        ("HTML pages/s: trafilatura's two passes in clean_html", f"{passes:.1f}",
         f"{ratio('passes')}  (the ceiling: all the rest free)"),
        ("HTML pages/s: clean-news (clean_html)", f"{ours_html:.1f}",
         f"{ratio('html')}  (target >= 0.9x); {ratio('html', 'passes')} the two passes"),
        ("text docs/s: clean-news (clean), each page once", f"{cold_text:.1f}",
         f"{ratio('cold', digits=1)} trafilatura (target >= 10x)"),
        ("text MB/s per core, each page once", f"{cold_mb_s:.2f}", "(target ~4)"),
        (f"text docs/s: {args.repeat * 3} passes over the same pages", f"{ours_text:.1f}",
         f"{ratio('text', digits=1)} trafilatura (per-line caches warm)"),
        (f"text MB/s per core, {args.repeat * 3} passes", f"{text_mb_s:.2f}", ""),
        (f"CLI -j 1, {args.scaling_docs} docs (s)", f"{one:.2f}", ""),
        (f"CLI -j 2, {args.scaling_docs} docs (s)", f"{two:.2f}",
         f"{one / two:.2f}x faster (target >= 1.8x)"),
        (f"peak RSS MB, {args.docs // 10} docs -j 2", f"{rss_small:.0f}", ""),
        (f"peak RSS MB, {args.docs} docs ({big_mb:.0f} MB) -j 2", f"{rss_big:.0f}",
         f"{rss_big / rss_small:.2f}x the small run (target ~1, < 300 MB); "
         f"{args.docs / seconds_big:.0f} docs/s"),
    ]
    width = max(len(r[0]) for r in rows)
    for name, value, note in rows:
        print(f"{name:<{width}}  {value:>9}  {note}")


if __name__ == "__main__":
    main()
