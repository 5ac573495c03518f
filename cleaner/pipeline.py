"""Filters in order: the :class:`Pipeline`, and the default one as a single literal list.

A filter is any callable ``Document -> Document`` with a ``name`` (plain functions use
their ``__name__``).  Built-in filters are frozen dataclasses whose fields are their
configuration, so a pipeline is configured by filter name and keyword:

>>> pipe = default_pipeline({"related_links": {"min_teasers": 3}}, disable=["language"])
>>> "language" in pipe.names
False
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from cleaner.document import Document
from cleaner.filters.advertisement import Advertisement
from cleaner.filters.author_bio import AuthorBio
from cleaner.filters.byline import Byline
from cleaner.filters.comment_prompt import CommentPrompt
from cleaner.filters.contact_line import ContactLine
from cleaner.filters.cookie_notice import CookieNotice
from cleaner.filters.copyright_footer import CopyrightFooter
from cleaner.filters.dateline import Dateline
from cleaner.filters.footer_label import FooterLabel
from cleaner.filters.header_junk import HeaderJunk
from cleaner.filters.language import Language
from cleaner.filters.newsletter_prompt import NewsletterPrompt
from cleaner.filters.opening_headline import OpeningHeadline
from cleaner.filters.page_chrome import PageChrome
from cleaner.filters.paywall_notice import PaywallNotice
from cleaner.filters.photo_credit import PhotoCredit
from cleaner.filters.read_more import ReadMore
from cleaner.filters.related_links import RelatedLinks
from cleaner.filters.repeated_copy import RepeatedCopy
from cleaner.filters.rule import Rule
from cleaner.filters.server_error import ServerError
from cleaner.filters.share_prompt import SharePrompt
from cleaner.filters.site_boilerplate import SiteBoilerplate
from cleaner.filters.support_appeal import SupportAppeal
from cleaner.filters.tag_list import TagList
from cleaner.filters.time_stamp import TimeStamp
from cleaner.filters.title import Title
from cleaner.filters.widget_label import WidgetLabel
from cleaner.filters.wire_credit import WireCredit

__all__ = [
    "DEFAULT_FILTERS", "Filter", "FilterError", "Pipeline", "default_pipeline", "filter_name"
]


@runtime_checkable
class Filter(Protocol):
    """What a pipeline step is: a named callable from Document to Document."""

    name: str

    def __call__(self, doc: Document) -> Document: ...


#: The default pipeline, in order.  Position matters: filters that read *where* a line
#: sits (top of the page, first paragraph, last lines) run after the filters that clear
#: junk from those places.  (``type[Any]``: a class's ``name`` is a ClassVar, which the
#: instance-level :class:`Filter` protocol cannot describe.)
DEFAULT_FILTERS: tuple[type[Any], ...] = (
    SiteBoilerplate,  # a learned site profile (no-op without one) clears site chrome first
    ServerError,  # a broken page's PHP warnings, above its header and headline
    CookieNotice,  # early: a consent banner is sentence-shaped and often tops the page, where
    # it would pass for the first paragraph and hide the page head from the filters below
    HeaderJunk,  # "date 2023-01-31 …" headers, nav words, "Skip to content" at the top
    Title,  # the headline is now the first line; its repeats and neighbours are still there
    OpeningHeadline,  # … or a headline alone on the first line (not a label: "Foto: …")
    TimeStamp,  # date lines and relative times around the title
    Byline,  # "By …" lines, once the title and stamps are known
    PageChrome,  # naive text: menus and footers around the article region, once the head's
    # metadata lines are read
    RelatedLinks,  # trailing teaser lists, before inline inserts take their heading
    Advertisement,  # inline inserts anywhere in the body …
    ReadMore,
    SharePrompt,
    NewsletterPrompt,
    ContactLine,  # "Write to X at x@example.com" among the last lines
    AuthorBio,  # "Jane Doe is a reporter at …" among the last lines, once bylines gave names
    PhotoCredit,
    WidgetLabel,  # "Table of contents", "Show image": a widget's label alone on a line
    CommentPrompt,
    PaywallNotice,
    SupportAppeal,
    TagList,
    FooterLabel,  # "Kontakt:", "Quellen:" among the last lines, once the inserts are gone
    CopyrightFooter,  # what is left of the page's footer under its copyright notice
    Dateline,  # … so the first body paragraph is the real one: "MOSCOW: …"
    Rule,  # "___" and "* * *" rules, before the credits so those become last lines
    RepeatedCopy,  # the article's text a second time, once rules between paragraphs are gone
    WireCredit,  # "AFP" alone, "X contributed to this report.", copyright lines at the end
    Language,  # last: detected on the cleaned body
)


#: At most this many passes of a pipeline's filters over one document (see ``Pipeline``).
MAX_PASSES = 4


def filter_name(step: Callable[[Document], Document]) -> str:
    """The name a step logs its removals under."""
    return str(getattr(step, "name", None) or getattr(step, "__name__", type(step).__name__))


class FilterError(RuntimeError):
    """A filter failed on a document: names both, keeps the original as ``__cause__``."""

    def __init__(self, step: str, document: str, error: BaseException) -> None:
        super().__init__(f"filter {step!r} failed on {document}: {type(error).__name__}: {error}")
        self.filter = step
        self.document = document


@dataclass(frozen=True)
class Pipeline:
    """An ordered, immutable sequence of filters with unique names."""

    filters: tuple[Callable[[Document], Document], ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "filters", tuple(self.filters))
        names = [filter_name(f) for f in self.filters]
        duplicates = sorted({n for n in names if names.count(n) > 1})
        if duplicates:
            raise ValueError(f"filter names must be unique; repeated: {', '.join(duplicates)}")

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(filter_name(f) for f in self.filters)

    def __call__(self, doc: Document) -> Document:
        """Run the filters in order, and again on what is left while a pass removes text.

        A filter that reads where a line sits (the page head, the first paragraph, the
        last lines) sees what later filters cleared from around it only on the next pass.
        Passes repeat until one removes nothing (at most :data:`MAX_PASSES`), so the
        cleaned text, cleaned again, loses nothing more.  A built-in filter (proved
        idempotent by the test battery) is skipped when its input is the very document it
        returned on the last pass; your own filters always run.
        """
        seen: dict[int, Document] = {}  # filter index -> the document it last returned
        for _ in range(MAX_PASSES):
            removed = len(doc.removals)
            doc = self._pass(doc, seen)
            if len(doc.removals) == removed:
                break
        return doc

    def _pass(self, doc: Document, seen: dict[int, Document]) -> Document:
        for index, step in enumerate(self.filters):
            if seen.get(index) is doc and isinstance(step, DEFAULT_FILTERS):
                continue  # a built-in filter is idempotent: on its own output it finds nothing
            try:
                doc = step(doc)
            except Exception as error:
                label = doc.metadata.get("id") or doc.metadata.get("source") or "<text>"
                raise FilterError(filter_name(step), str(label), error) from error
            seen[index] = doc
        return doc


def default_pipeline(
    config: Mapping[str, Mapping[str, Any]] | None = None,
    *,
    disable: Iterable[str] = (),
    extra: Sequence[Callable[[Document], Document]] = (),
) -> Pipeline:
    """The default pipeline, reconfigured by filter name.

    Args:
        config: ``{filter_name: {field: value}}``: keyword arguments for built-in filters.
        disable: names of filters to leave out (built-in or extra).
        extra: your own filters, run after the built-in junk filters and before
            language detection.

    Raises:
        ValueError: a name in ``config`` or ``disable`` matches no filter, or a value is
            invalid for its filter.
    """
    config = dict(config or {})
    disable = set(disable)
    builtin = {cls.name: cls for cls in DEFAULT_FILTERS}
    known = set(builtin) | {filter_name(f) for f in extra}
    unknown = sorted((set(config) | disable) - known)
    if unknown:
        raise ValueError(f"unknown filter name(s): {', '.join(unknown)}; known: {sorted(known)}")
    for name, options in config.items():
        if name not in builtin:
            raise ValueError(f"{name!r} is not a built-in filter; configure it when you build it")
        fields = {f.name for f in dataclasses.fields(builtin[name])}
        bad = sorted(set(options) - fields)
        if bad:
            raise ValueError(f"{name}: unknown setting(s) {bad}; settings: {sorted(fields)}")
    steps: list[Callable[[Document], Document]] = [
        cls(**config.get(cls.name, {})) for cls in DEFAULT_FILTERS if cls is not Language
    ]
    steps += extra
    steps.append(Language(**config.get(Language.name, {})))
    return Pipeline(tuple(s for s in steps if filter_name(s) not in disable))
