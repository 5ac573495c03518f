"""The ``clean-news`` command: scraped news files in, one JSON Lines record per document out."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from pathlib import Path

import cleaner

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="clean-news",
        description="Strip boilerplate from scraped news; write one JSON record per document.",
    )
    parser.add_argument("paths", nargs="+", metavar="FILE", help="text files to clean")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command; returns the exit code (0 all cleaned, 1 some failed, 2 usage)."""
    args = _parser().parse_args(argv)
    failed = 0
    out = sys.stdout
    for path in args.paths:
        try:
            text = Path(path).read_text(encoding="utf-8")
            record = cleaner.clean(text, source=path).to_record()
        except (OSError, UnicodeDecodeError, cleaner.FilterError) as error:
            failed += 1
            record = {"source": path, "error": {"type": type(error).__name__, "message": str(error)}}
            print(f"clean-news: {path}: {error}", file=sys.stderr)
        out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
