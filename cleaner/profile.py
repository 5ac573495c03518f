"""Site profiles: lines that recur across many pages of one site, learned from a corpus.

Navigation, footers, "Follow us" rows, standing disclaimers: no pattern knows every site's,
but they repeat on most of its pages while article text does not.  A profile counts, per
site, in how many documents each normalised line occurs, and keeps the lines that occur
in at least ``min_docs`` documents *and* in at least ``min_share`` of the site's documents.

Lines are identified by a stable hash (BLAKE2b, 64 bits) of their normalised form
(casefolded, edge punctuation stripped, digits as ``0``), never Python's salted ``hash()``,
so a profile is the same whatever the input order, the process or ``PYTHONHASHSEED``.

>>> builder = ProfileBuilder()
>>> for story in ("Rates rose.", "Rain fell.", "Ships sailed.", "Trains ran late."):
...     builder.add("example.com", ["Follow us on Mastodon", story])
>>> profile = builder.build(min_docs=3, min_share=0.5)
>>> profile.count("example.com", "Follow us on Mastodon")
4
>>> profile.count("example.com", "Rain fell.")
0
"""

from __future__ import annotations

import hashlib
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import regex

from cleaner.shape import fold

__all__ = ["PROFILE_VERSION", "Profile", "ProfileBuilder", "line_key", "reaches_share", "site_of"]

PROFILE_VERSION = 1
_DIGITS = regex.compile(r"\d+")


def line_key(line: str) -> str:
    """The stable hash of a line's normalised form (16 hex digits)."""
    normal = _DIGITS.sub("0", fold(line[:1000]))
    return hashlib.blake2b(normal.encode("utf-8"), digest_size=8).hexdigest()


def reaches_share(count: int, share: float, total: int) -> bool:
    """``count >= share * total``, exact for shares of up to six decimals.

    Plain floats get it wrong: ``0.28 * 25`` is ``7.000000000000001``, so 7 of 25
    would not reach 28 %.

    >>> reaches_share(7, 0.28, 25), 7 >= 0.28 * 25
    (True, False)
    """
    return count * 1_000_000 >= round(share * 1_000_000) * total


def site_of(metadata: Mapping[str, Any]) -> str | None:
    """A document's site: its ``site`` field, else the host of its ``url`` (no ``www.``)."""
    site = metadata.get("site")
    if isinstance(site, str) and site.strip():
        return site.strip().casefold()
    url = metadata.get("url")
    if not isinstance(url, str):
        return None
    try:
        host = urlsplit(url.strip()).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host else None


@dataclass(frozen=True)
class Profile:
    """Per site: how many documents were seen, and the boilerplate lines' document counts."""

    documents: Mapping[str, int]
    lines: Mapping[str, Mapping[str, int]]
    min_docs: int = 5
    min_share: float = 0.5

    def count(self, site: str, line: str) -> int:
        """In how many of ``site``'s documents ``line`` occurs (0 if below the threshold)."""
        return self.lines.get(site, {}).get(line_key(line), 0)

    def to_json(self) -> dict[str, Any]:
        """The versioned JSON form, with sorted keys (byte-identical for equal profiles)."""
        return {
            "version": PROFILE_VERSION,
            "normalisation": "casefold, edge punctuation stripped, digits as 0",
            "hash": "blake2b-64",
            "min_docs": self.min_docs,
            "min_share": self.min_share,
            "sites": {
                site: {
                    "documents": self.documents[site],
                    "lines": dict(sorted(self.lines[site].items())),
                }
                for site in sorted(self.documents)
            },
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Profile:
        """Read the JSON form; raises ``ValueError`` for another version or bad shape."""
        if not isinstance(data, Mapping) or data.get("version") != PROFILE_VERSION:
            raise ValueError(f"not a clean-news site profile of version {PROFILE_VERSION}")
        try:
            sites = data["sites"]
            documents = {str(s): int(v["documents"]) for s, v in sites.items()}
            lines = {
                str(s): {str(k): int(c) for k, c in v["lines"].items()} for s, v in sites.items()
            }
            return cls(documents, lines, int(data["min_docs"]), float(data["min_share"]))
        except (KeyError, TypeError, AttributeError, ValueError) as error:
            raise ValueError(f"malformed site profile: {error}") from error


@dataclass
class ProfileBuilder:
    """Counts, per site, in how many documents each line occurs.  Merge builders made in
    parallel with :meth:`merge`: counting is order-free, so the result is too."""

    documents: Counter[str] = field(default_factory=Counter)
    lines: dict[str, Counter[str]] = field(default_factory=dict)

    def add(self, site: str, lines: Iterable[str]) -> None:
        """One document of ``site``, given as its lines."""
        self.add_keys(site, {line_key(line) for line in lines if line.strip()})

    def add_keys(self, site: str, keys: Iterable[str]) -> None:
        """One document of ``site``, given as the set of its line keys."""
        self.documents[site] += 1
        self.lines.setdefault(site, Counter()).update(set(keys))

    def merge(self, other: ProfileBuilder) -> None:
        self.documents.update(other.documents)
        for site, counts in other.lines.items():
            self.lines.setdefault(site, Counter()).update(counts)

    def build(self, min_docs: int = 5, min_share: float = 0.5) -> Profile:
        """Keep lines seen in ``>= min_docs`` documents and ``>= min_share`` of the site's."""
        if min_docs < 1 or not 0.0 < min_share <= 1.0:
            raise ValueError("min_docs must be >= 1 and 0 < min_share <= 1")
        kept = {
            site: {
                key: count for key, count in sorted(counts.items())
                if count >= min_docs and reaches_share(count, min_share, self.documents[site])
            }
            for site, counts in self.lines.items()
        }
        return Profile(dict(sorted(self.documents.items())), kept, min_docs, min_share)
