"""The examples in the core modules' docstrings run (``python -m doctest`` for each)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import cleaner
import cleaner.filters

CORE = [
    "cleaner",
    "cleaner.document",
    "cleaner.pipeline",
    "cleaner.shape",
    "cleaner.dates",
    "cleaner.names",
    "cleaner.patterns",
    "cleaner.lexicon",
    *sorted(f"cleaner.filters.{m.name}" for m in pkgutil.iter_modules(cleaner.filters.__path__)),
]


@pytest.mark.parametrize("name", CORE)
def test_doctests(name: str) -> None:
    result = doctest.testmod(
        importlib.import_module(name), optionflags=doctest.ELLIPSIS, verbose=False
    )
    assert result.failed == 0


def test_the_core_has_doctests() -> None:
    attempted = sum(
        doctest.testmod(importlib.import_module(n), verbose=False).attempted for n in CORE
    )
    assert attempted >= 20
