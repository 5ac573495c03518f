"""Lines a site prints on most of its pages, known from a learned
:class:`~cleaner.profile.Profile`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from cleaner.document import Document
from cleaner.profile import Profile, reaches_share, site_of
from cleaner.shape import is_paragraph, token_count

__all__ = ["SiteBoilerplate"]


@dataclass(frozen=True)
class SiteBoilerplate:
    """Remove lines that the site's profile says recur across its pages.

    Without a profile (the default) this filter does nothing.  The document's site is
    its ``site`` field or the host of its ``url``.  Short lines need the profile's own
    evidence; a line longer than ``short_tokens`` words or shaped like a paragraph needs
    much more: to occur on at least ``strong_share`` of the site's pages.  If every line
    of a document would go, none goes: a profile never removes a whole article.

    In this example the document's ``url`` is ``https://example.com/a`` and the profile
    has seen its first and last line on 40 of example.com's 50 pages.

    Before::

        Home News Sport Weather
        The council approved the harbour barrier on Wednesday.
        Follow Example News on Mastodon

    After::

        The council approved the harbour barrier on Wednesday.
    """

    name: ClassVar[str] = "site_boilerplate"
    reasons: ClassVar[frozenset[str]] = frozenset({"site_boilerplate"})
    profile: Profile | None = None
    short_tokens: int = 12
    strong_share: float = 0.8

    def __post_init__(self) -> None:
        if self.short_tokens < 1 or not 0.0 < self.strong_share <= 1.0:
            raise ValueError("site_boilerplate: short_tokens >= 1 and 0 < strong_share <= 1")

    def __call__(self, doc: Document) -> Document:
        if self.profile is None:
            return doc
        site = site_of(doc.metadata)
        pages = self.profile.documents.get(site or "", 0)
        if not pages:
            return doc
        drops: dict[int, str] = {}
        for index, line in enumerate(doc.lines):
            count = self.profile.count(site or "", line)
            if not count:
                continue
            long = token_count(line) > self.short_tokens or is_paragraph(line)
            if long and not reaches_share(count, self.strong_share, pages):
                continue
            drops[index] = "site_boilerplate"
        if len(drops) == len(doc.lines):
            return doc
        return doc.drop(drops, by=self.name)
