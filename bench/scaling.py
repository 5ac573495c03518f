"""Cost per MB across document sizes: cleaning time must grow linearly with the input.

    python bench/scaling.py [--sizes 1e3,1e4,1e5,1e6,1e7]

For each shape of text (article-like paragraphs with junk lines, one huge line, CJK
without spaces or newlines, many short lines) and each size, it times ``cleaner.clean``
and prints seconds per MB.  The ratio of the largest size's cost per MB to the cost per
MB at 100 KB must stay near 1 (no quadratic pattern); the reference is measured in the
same run.
"""

from __future__ import annotations

import argparse
import time

import cleaner

PARAGRAPH = (
    "The council voted on Monday to build a movable barrier across the old harbour, "
    "ending a decade of disputes over its cost and design, the deputy mayor said.\n"
)
JUNK = "ADVERTISEMENT\nShare this article\nBy Elena Marchetti and Tom Okafor\n3 hours ago\n"


def article(size: int) -> str:
    unit = PARAGRAPH * 4 + JUNK
    return (unit * (size // len(unit) + 1))[:size]


def one_line(size: int) -> str:
    return ("word " * (size // 5 + 1))[:size]


def cjk(size: int) -> str:
    return "".join(chr(0x4E00 + (i * 7919) % 20000) for i in range(size // 3))


def short_lines(size: int) -> str:
    return "".join(f"line {i}\n" for i in range(size // 10))[:size]


SHAPES = {
    "article": article, "one line": one_line, "CJK no spaces": cjk, "short lines": short_lines
}


def seconds(text: str) -> float:
    started = time.process_time()
    cleaner.clean(text)
    return time.process_time() - started


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="1e3,1e4,1e5,1e6,1e7")
    args = parser.parse_args()
    sizes = [int(float(s)) for s in args.sizes.split(",")]
    cleaner.clean("Warm up: load the language model once.")
    print(f"{'shape':<15}" + "".join(f"{s:>12,}" for s in sizes) + "   largest/100KB (s per MB)")
    for name, make in SHAPES.items():
        per_mb = []
        for size in sizes:
            text = make(size)
            repeat = max(1, 200_000 // max(size, 1))
            total = sum(seconds(text) for _ in range(repeat)) / repeat
            per_mb.append(total / (len(text.encode("utf-8")) / 1e6))
        reference = per_mb[sizes.index(100_000)] if 100_000 in sizes else per_mb[0]
        columns = "".join(f"{v:>12.3f}" for v in per_mb)
        print(f"{name:<15}" + columns + f"   {per_mb[-1] / reference:.2f}")


if __name__ == "__main__":
    main()
