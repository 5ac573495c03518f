"""Language of the cleaned body, as an ISO 639-1 code."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

import regex

from cleaner.document import Document

__all__ = ["BACKENDS", "Language"]

BACKENDS = ("py3langid", "langdetect")
_LETTER = regex.compile(r"\p{L}")


def _py3langid(text: str) -> str | None:
    import py3langid

    code, _ = py3langid.classify(text)
    return str(code)


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

    Deterministic: py3langid (default) on the first ``max_chars`` characters of the
    cleaned body, or langdetect, always seeded.  A body without letters gets no
    language.  Removes nothing.

    Before::

        Der Minister sprach am Montag in Berlin über die Lage im Nahen Osten.

    After (``language="de"``)::

        Der Minister sprach am Montag in Berlin über die Lage im Nahen Osten.
    """

    name: ClassVar[str] = "language"
    reasons: ClassVar[frozenset[str]] = frozenset()
    backend: str = "py3langid"
    max_chars: int = 1000

    def __post_init__(self) -> None:
        if self.backend not in BACKENDS:
            raise ValueError(f"language: backend must be one of {BACKENDS}, not {self.backend!r}")
        if self.max_chars < 1:
            raise ValueError("language: max_chars must be at least 1")

    def __call__(self, doc: Document) -> Document:
        if doc.metadata.get("language"):
            return doc
        sample = _head(doc.lines, self.max_chars)
        if not _LETTER.search(sample):
            return doc
        detect = _py3langid if self.backend == "py3langid" else _langdetect
        return doc.with_metadata(language=detect(sample))
