"""Language of the cleaned body, as an ISO 639-1 code."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any, ClassVar

import regex

from cleaner.document import Document

__all__ = ["BACKENDS", "Language"]

BACKENDS = ("py3langid", "langdetect")
_LETTER = regex.compile(r"\p{L}")


@cache
def _identifier() -> Any:
    """py3langid's model, with probabilities calibrated to the sample's length."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


def _py3langid(text: str) -> tuple[str, float]:
    code, probability = _identifier().classify(text)
    return str(code), float(probability)


def _langdetect(text: str) -> str | None:
    from langdetect import detector_factory
    from langdetect.detector_factory import LangDetectException, init_factory

    init_factory()
    detector = detector_factory._factory.create()
    detector.seed = 0  # langdetect is random unless seeded; seed per call, not globally
    detector.append(text)
    try:
        return str(detector.detect()).split("-")[0]
    except LangDetectException:
        return None


def _head(lines: tuple[str, ...], size: int) -> str:
    """The first ``size`` characters of the body, without joining the whole body."""
    taken: list[str] = []
    length = -2  # the separator counts only between lines
    for line in lines:
        taken.append(line)
        length += len(line) + 2
        if length >= size:
            break
    return "\n\n".join(taken)[:size]


@dataclass(frozen=True)
class Language:
    """Detect the body's language and set ``language`` (unless the input gave one).

    Deterministic: py3langid (default) on the first ``quick_chars`` characters of the
    cleaned body, and on the first ``max_chars`` when it is less sure than
    ``quick_confidence``; or langdetect on the first ``max_chars``, always seeded.  A body
    without letters gets no language.  Removes nothing.

    The quick sample, measured on the 906 trafilatura_eval bodies whose page declares a
    language: 200 characters, then 1,000 when less than 99% sure, agree with the declared
    language as often as 1,000 characters always do (95.6% vs 95.5%; 3 of the 2,341
    benchmark texts change language, 2 of them to their page's) in 40% of the time (0.18
    vs 0.44 ms per body).

    Before::

        Der Minister sprach am Montag in Berlin über die Lage im Nahen Osten.

    After (``language="de"``)::

        Der Minister sprach am Montag in Berlin über die Lage im Nahen Osten.
    """

    name: ClassVar[str] = "language"
    reasons: ClassVar[frozenset[str]] = frozenset()
    backend: str = "py3langid"
    max_chars: int = 1000
    quick_chars: int = 200
    quick_confidence: float = 0.99

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"language: backend must be one of {BACKENDS}, not {self.backend!r}")
        if self.max_chars < 1 or self.quick_chars < 1:
            raise ValueError("language: max_chars and quick_chars must be at least 1")
        if not 0.0 <= self.quick_confidence <= 1.0:
            raise ValueError("language: quick_confidence must be between 0 and 1")

    def __call__(self, doc: Document) -> Document:
        if doc.metadata.get("language"):
            return doc
        sample = _head(doc.lines, self.max_chars)
        if not _LETTER.search(sample):
            return doc
        if self.backend == "langdetect":
            return doc.with_metadata(language=_langdetect(sample))
        code, probability = _py3langid(sample[: min(self.quick_chars, self.max_chars)])
        if probability < self.quick_confidence and len(sample) > self.quick_chars:
            code, _ = _py3langid(sample)
        return doc.with_metadata(language=code)
