"""clean-news: strip boilerplate and junk from scraped news, keep the article and its metadata.

>>> import cleaner
>>> doc = cleaner.clean("Advertisement\\nMOSCOW: Russia and China ended their drills on Sunday, "
...                     "the defence ministry said.", id="a1")
>>> doc.body
'Russia and China ended their drills on Sunday, the defence ministry said.'
>>> doc.to_record()["dateline"], doc.to_record()["id"]
('MOSCOW', 'a1')
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cleaner.document import Document, Removal
from cleaner.pipeline import DEFAULT_FILTERS, Filter, FilterError, Pipeline, default_pipeline

__all__ = [
    "DEFAULT_FILTERS",
    "Document",
    "Filter",
    "FilterError",
    "Pipeline",
    "Removal",
    "clean",
    "default_pipeline",
]
__version__ = "0.1.0"


@cache
def _default() -> Pipeline:
    return default_pipeline()


def clean(text: str, pipeline: Pipeline | None = None, **metadata: Any) -> Document:
    """Clean one scraped news text.

    Args:
        text: the scraped text (plain text; see ``cleaner.html`` for HTML).
        pipeline: the filters to run; the default pipeline when omitted.
        **metadata: the input record's own fields (``source``, ``id``, ``url``, ``title``,
            …); they are kept in the record and never overwritten.

    Returns:
        The cleaned :class:`Document`; ``.to_record()`` gives the flat output record.
    """
    return (pipeline or _default())(Document.from_text(text, **metadata))
