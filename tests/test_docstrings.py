"""Every filter's docstring example runs: the *before* text cleans to the *after* text.

A built-in filter's class docstring shows a ``Before::`` literal block and an
``After::`` (or ``After (field=value, …)::``) literal block.  The filter runs alone on the
before text; the body must equal the after text and the fields named in the parentheses
must be set to those values.  So the documentation cannot drift from the code.
"""

from __future__ import annotations

import ast
import inspect
import textwrap

import pytest

import cleaner
from cleaner import Document

FILTERS = list(cleaner.DEFAULT_FILTERS)


def _literal_block(doc: str, label: str) -> tuple[str, str]:
    """The literal block after the paragraph starting with ``label``, and that paragraph."""
    lines = doc.splitlines()
    for index, line in enumerate(lines):
        stripped = line.strip()
        if stripped.startswith(label) and stripped.endswith("::"):
            indent = len(line) - len(line.lstrip())
            block: list[str] = []
            for following in lines[index + 1 :]:
                if following.strip() and len(following) - len(following.lstrip()) <= indent:
                    break
                block.append(following)
            text = textwrap.dedent("\n".join(block)).strip("\n")
            return text, stripped
    raise AssertionError(f"no {label!r} literal block")


def _expected_fields(heading: str) -> dict[str, object]:
    """``After (published="2023-01-31", authors=["A B"])::`` → the keyword values."""
    inner = heading[len("After") : -2].strip()
    if not inner:
        return {}
    assert inner.startswith("(") and inner.endswith(")"), heading
    call = ast.parse("f" + inner.replace("``", ""), mode="eval").body
    assert isinstance(call, ast.Call)
    return {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords if kw.arg}


def _example(cls: type) -> tuple[str, str, dict[str, object]]:
    doc = inspect.getdoc(cls) or ""
    before, _ = _literal_block(doc, "Before")
    after, heading = _literal_block(doc, "After")
    return before, after, _expected_fields(heading)


@pytest.mark.parametrize("cls", FILTERS, ids=[c.name for c in FILTERS])
def test_docstring_has_example(cls: type) -> None:
    before, after, _ = _example(cls)
    assert before.strip() and after.strip()


# Filters that do nothing with their defaults run their example in their own tests, with
# the configuration it describes (site_boilerplate needs a learned profile: see
# test_docstring_example_runs_with_the_profile_it_describes in
# tests/filters/test_site_boilerplate.py).
RUN_WITH_DEFAULTS = [c for c in FILTERS if c.name != "site_boilerplate"]


@pytest.mark.parametrize("cls", RUN_WITH_DEFAULTS, ids=[c.name for c in RUN_WITH_DEFAULTS])
def test_docstring_example_runs(cls: type) -> None:
    before, after, fields = _example(cls)
    out = cls()(Document.from_text(before))
    assert "\n".join(out.lines) == after
    for key, value in fields.items():
        got = out.metadata.get(key)
        assert (list(got) if isinstance(got, tuple) else got) == value, key
    # The example must show the filter doing something.
    assert out.removals or fields
