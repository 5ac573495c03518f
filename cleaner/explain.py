"""A readable account of what a pipeline removed from one document, in source order."""

from __future__ import annotations

from cleaner.document import Document

__all__ = ["explain"]

_RED, _DIM, _BOLD, _RESET = "\x1b[31m", "\x1b[2m", "\x1b[1m", "\x1b[0m"


def explain(doc: Document, *, colour: bool = False, label: str = "") -> str:
    """Kept lines as they are, removed text as ``- text  [filter: reason]``, in order.

    >>> from cleaner.document import Document
    >>> doc = Document.from_text("ADVERTISEMENT\\nThe vote passed.")
    >>> doc = doc.drop({0: "ad"}, by="advertisement")
    >>> print(explain(doc))
    - ADVERTISEMENT  [advertisement: ad]
      The vote passed.
    """
    events = [(start, 1, doc.source[start:end], "") for start, end in doc.spans]
    events += [(r.start, 0, r.text.strip(), f"{r.by}: {r.reason}") for r in doc.removals]
    lines = []
    if label:
        lines.append(f"{_BOLD}== {label}{_RESET}" if colour else f"== {label}")
    for _, kept, text, why in sorted(events, key=lambda e: (e[0], e[1])):
        if kept:
            lines.append(f"  {text}")
        elif colour:
            lines.append(f"{_RED}- {text}{_RESET}  {_DIM}[{why}]{_RESET}")
        else:
            lines.append(f"- {text}  [{why}]")
    return "\n".join(lines)
