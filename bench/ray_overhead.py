"""Ray Data against local worker processes, on the same input, in the same run.

    python bench/ray_overhead.py [--docs 20000] [--jobs 2]

It writes ``--docs`` text records (the bundled samples, repeated with distinct ids) to a
temporary JSON Lines file and times:

* ``clean-news FILE -j N`` (local processes), and ``clean-news FILE --engine ray`` (a local
  Ray with N CPUs started by the command), including start-up;
* in one process, ``cleaner.ray.clean_dataset`` over ``ray.data.read_json`` of the file
  (Ray already running), against the same records through a ``multiprocessing`` pool.

It prints seconds, docs/s and the ratio to the local reference, and checks that both
paths give the same records.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from multiprocessing import Pool
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def write_corpus(path: Path, count: int) -> None:
    texts = [p.read_text("utf-8") for p in sorted(SAMPLES.glob("*/input.txt"))]
    with path.open("w", encoding="utf-8") as handle:
        for number in range(count):
            handle.write(json.dumps({"id": number, "text": texts[number % len(texts)]}) + "\n")


def step(name: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {name}", file=sys.stderr, flush=True)


def timed(command: list[str]) -> tuple[float, str]:
    step(" ".join(command[-4:]))
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, done.stdout


def _clean(record: dict) -> dict:
    from cleaner.batch import clean_record
    from cleaner.config import Settings
    from cleaner.io import ReadOptions

    global _PIPELINE
    try:
        pipeline = _PIPELINE
    except NameError:
        pipeline = _PIPELINE = Settings().pipeline()
    return clean_record(record, pipeline, ReadOptions())


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=20_000)
    parser.add_argument("--jobs", type=int, default=2)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(tmp) / "corpus.jsonl"
        write_corpus(corpus, args.docs)
        base = [sys.executable, "-m", "cleaner", str(corpus), "--quiet"]
        local_s, local_out = timed([*base, "-j", str(args.jobs)])
        ray_s, ray_out = timed([*base, "--engine", "ray"])
        assert ray_out == local_out, "the Ray engine must give the local records"

        import ray
        import ray.data

        import cleaner.ray

        records = [json.loads(line) for line in corpus.read_text("utf-8").splitlines()]
        step("multiprocessing pool")
        started = time.perf_counter()
        with Pool(args.jobs) as pool:
            pooled = pool.map(_clean, records, chunksize=64)
        pool_s = time.perf_counter() - started
        ray.init(num_cpus=args.jobs, include_dashboard=False, _node_ip_address="127.0.0.1",
                 log_to_driver=False, configure_logging=False)
        context = ray.data.DataContext.get_current()
        context.execution_options.preserve_order = True
        context.enable_progress_bars = False
        step("clean_dataset")
        started = time.perf_counter()
        dataset = ray.data.read_json(str(corpus))
        rows = cleaner.ray.clean_dataset(dataset, concurrency=(1, args.jobs)).take_all()
        dataset_s = time.perf_counter() - started
        bodies = [cleaner.ray.row_to_record(row)["body"] for row in rows]
        same = bodies == [r["body"] for r in pooled]

    print(f"{args.docs} documents, {args.jobs} CPUs")
    for name, seconds, reference in [
        (f"clean-news -j {args.jobs} (local processes)", local_s, local_s),
        ("clean-news --engine ray (local Ray, with start-up)", ray_s, local_s),
        (f"multiprocessing pool of {args.jobs}", pool_s, pool_s),
        ("cleaner.ray.clean_dataset (Ray running)", dataset_s, pool_s),
    ]:
        print(
            f"{name:<52} {seconds:8.2f} s {args.docs / seconds:9.0f} docs/s  "
            f"{seconds / reference:5.2f}x"
        )
    print(f"same bodies on both paths: {same}")


if __name__ == "__main__":
    main()
