"""Scoring for the quality benchmark: the definitions of ``shared/checks/score.py``, re-stated.

Body, shingle metric (the scrapinghub article-extraction-benchmark notion): ``\\w+``
tokens, overlapping 4-token shingles (a text of 4 tokens or fewer is one short shingle),
per-page TP/FP/FN from the shingle multisets scaled to sum to 1; precision is the mean
over pages that predicted something, recall the mean over pages whose gold is not empty,
F1 the harmonic mean of the two means.

Snippets (``gold_with`` / ``gold_without``): a snippet counts as present when its
whitespace-normalised text is a substring of the whitespace-normalised body; counts are
pooled over pages.  *found* is the share of "with" snippets present (= snippet recall),
*leaked* the share of "without" snippets present.

Metadata: title exact match after case folding and ``\\w+`` tokenisation, date match on
the first ``YYYY-MM-DD``, author token F1 (lists joined with ``"; "``).  A page counts for
a field when it has that gold and the prediction carries the field (even empty).

Every figure has a ``± std``: the standard deviation of the figure over ``rounds``
bootstrap resamples of the pages (each figure draws from its own ``random.Random(seed)``).
"""

from __future__ import annotations

import random
import re
import statistics
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, TypeVar

__all__ = [
    "Figure",
    "body_scores",
    "bootstrap",
    "date_key",
    "fold",
    "metadata_scores",
    "shingle_shares",
    "shingles",
    "snippet_counts",
    "snippet_scores",
    "squash",
    "token_f1",
    "tokens",
]

WORD = re.compile(r"\w+", re.UNICODE)
SPACES = re.compile(r"\s+")
DATE = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
SHINGLE = 4

T = TypeVar("T")
Figure = tuple[float, float]  # (value, bootstrap std)


def tokens(text: str | None) -> list[str]:
    return WORD.findall(text or "")


def shingles(words: Sequence[str], n: int = SHINGLE) -> Counter[tuple[str, ...]]:
    """Overlapping ``n``-token windows; a text of ``n`` tokens or fewer is one window."""
    if not words:
        return Counter()
    if len(words) <= n:
        return Counter([tuple(words)])
    return Counter(tuple(words[i : i + n]) for i in range(len(words) - n + 1))


def shingle_shares(gold: str | None, pred: str | None) -> tuple[float, float, float]:
    """(tp, fp, fn) of one page's shingle multisets, scaled to sum to 1 (zeros if both empty)."""
    gold_grams, pred_grams = shingles(tokens(gold)), shingles(tokens(pred))
    tp = sum((gold_grams & pred_grams).values())
    fp = sum((pred_grams - gold_grams).values())
    fn = sum((gold_grams - pred_grams).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def _mean(values: Iterable[float | None]) -> float:
    kept = [v for v in values if v is not None]
    return sum(kept) / len(kept) if kept else 0.0


def _harmonic(a: float, b: float) -> float:
    return 0.0 if a + b == 0 else 2 * a * b / (a + b)


def _body_summary(pages: Sequence[tuple[float, float, float]]) -> dict[str, float]:
    precisions: list[float] = []
    recalls: list[float] = []
    for tp, fp, fn in pages:
        perfect = fp == 0 and fn == 0
        if tp + fp:
            precisions.append(1.0 if perfect else tp / (tp + fp))
        if tp + fn:
            recalls.append(1.0 if perfect else tp / (tp + fn))
    precision, recall = _mean(precisions), _mean(recalls)
    return {"f1": _harmonic(precision, recall), "precision": precision, "recall": recall}


def squash(text: str | None) -> str:
    return SPACES.sub(" ", text or "").strip()


def snippet_counts(
    body: str, with_: Sequence[str], without: Sequence[str]
) -> tuple[int, int, int, int]:
    """(with found, without found, with missing, without absent) for one page."""
    flat = squash(body)
    found_with = sum(1 for s in with_ if squash(s) and squash(s) in flat)
    found_without = sum(1 for s in without if squash(s) and squash(s) in flat)
    return found_with, found_without, len(with_) - found_with, len(without) - found_without


def _snippet_summary(pages: Sequence[tuple[int, int, int, int]]) -> dict[str, float]:
    tp, fp, fn, tn = (sum(p[i] for p in pages) for i in range(4))
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {
        "f1": _harmonic(precision, recall),
        "precision": precision,
        "recall": recall,
        "found": recall,
        "leaked": fp / (fp + tn) if fp + tn else 0.0,
    }


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return "; ".join(str(v) for v in value if v)
    return str(value)


def fold(value: Any) -> str:
    return " ".join(tokens(_as_text(value).casefold()))


def token_f1(gold: Any, pred: Any) -> float:
    gold_bag = Counter(tokens(_as_text(gold).casefold()))
    pred_bag = Counter(tokens(_as_text(pred).casefold()))
    common = sum((gold_bag & pred_bag).values())
    if not common:
        return 0.0
    return _harmonic(common / sum(pred_bag.values()), common / sum(gold_bag.values()))


def date_key(value: Any) -> str | None:
    found = DATE.search(_as_text(value))
    return found.group(0) if found else None


def bootstrap(
    items: Sequence[T], summarise: Callable[[Sequence[T]], dict[str, float]], rounds: int, seed: int
) -> dict[str, Figure]:
    """``summarise(items)``, each figure with its std over ``rounds`` page resamples."""
    result = summarise(items)
    if rounds < 2 or len(items) < 2:
        return {key: (value, 0.0) for key, value in result.items()}
    rng = random.Random(seed)
    size = len(items)
    draws: dict[str, list[float]] = {key: [] for key in result}
    for _ in range(rounds):
        sample = [items[rng.randrange(size)] for _ in range(size)]
        for key, value in summarise(sample).items():
            draws[key].append(value)
    return {key: (value, statistics.stdev(draws[key])) for key, value in result.items()}


def body_scores(
    gold: Sequence[Mapping[str, Any]],
    preds: Mapping[str, Mapping[str, Any]],
    rounds: int = 1000,
    seed: int = 0,
) -> dict[str, Figure]:
    """Shingle F1 / precision / recall over the pages with a ``gold_body`` (a missing prediction
    is an empty body)."""
    rows = [
        shingle_shares(g["gold_body"], _body(preds.get(str(g["id"]))))
        for g in gold
        if isinstance(g.get("gold_body"), str)
    ]
    return bootstrap(rows, _body_summary, rounds, seed) if rows else {}


def snippet_scores(
    gold: Sequence[Mapping[str, Any]],
    preds: Mapping[str, Mapping[str, Any]],
    rounds: int = 1000,
    seed: int = 0,
) -> dict[str, Figure]:
    """Snippet found / leaked rates (and pooled P/R/F1) over pages with snippets."""
    rows = [
        snippet_counts(
            _body(preds.get(str(g["id"]))), g.get("gold_with") or [], g.get("gold_without") or []
        )
        for g in gold
        if g.get("gold_with") or g.get("gold_without")
    ]
    return bootstrap(rows, _snippet_summary, rounds, seed) if rows else {}


def metadata_scores(
    gold: Sequence[Mapping[str, Any]],
    preds: Mapping[str, Mapping[str, Any]],
    rounds: int = 1000,
    seed: int = 0,
) -> dict[str, tuple[float, float, int]]:
    """``{"title_exact" | "date_match" | "author_f1": (mean, std, pages)}`` where scorable."""
    per: dict[str, list[float]] = {"title_exact": [], "date_match": [], "author_f1": []}
    for g in gold:
        pred = preds.get(str(g["id"]))
        if pred is None:
            continue
        if g.get("gold_title") and "title" in pred:
            per["title_exact"].append(float(fold(g["gold_title"]) == fold(pred.get("title"))))
        if date_key(g.get("gold_date")) and "date" in pred:
            per["date_match"].append(float(date_key(g["gold_date"]) == date_key(pred.get("date"))))
        if g.get("gold_author") and ("author" in pred or "authors" in pred):
            names = pred.get("authors", pred.get("author"))
            per["author_f1"].append(token_f1(g["gold_author"], names))
    out: dict[str, tuple[float, float, int]] = {}
    for key, values in per.items():
        if values:
            mean, std = bootstrap(values, lambda s: {"mean": _mean(s)}, rounds, seed)["mean"]
            out[key] = (mean, std, len(values))
    return out


def _body(pred: Mapping[str, Any] | None) -> str:
    for key in ("body", "text", "articleBody"):
        value = (pred or {}).get(key)
        if isinstance(value, str):
            return value
    return ""
