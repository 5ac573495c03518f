"""Pipeline settings from a TOML file and the command line; plugins from entry points.

```toml
disable = ["photo_credit"]          # filters to leave out
plugins = ["paywall_notice"]        # filters from the `cleaner.filters` entry-point group
profile = "profile.json"            # a site profile from `clean-news learn`

[filters.related_links]             # settings of a filter, by name
min_teasers = 3

[filters.language]
backend = "langdetect"
```
"""

from __future__ import annotations

import json
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from typing import Any

from cleaner.pipeline import Pipeline, default_pipeline
from cleaner.profile import Profile

__all__ = ["ENTRY_POINT_GROUP", "Settings", "load_settings"]

ENTRY_POINT_GROUP = "cleaner.filters"


@dataclass(frozen=True)
class Settings:
    """Everything needed to build the pipeline, picklable for worker processes."""

    filters: dict[str, dict[str, Any]] = field(default_factory=dict)
    disable: tuple[str, ...] = ()
    plugins: tuple[str, ...] = ()
    profile: str | None = None

    def pipeline(self) -> Pipeline:
        """Build the pipeline; raises ``ValueError`` for unknown names or bad settings,
        ``OSError`` for an unreadable profile."""
        available = {ep.name: ep for ep in entry_points(group=ENTRY_POINT_GROUP)}
        extra = []
        for name in self.plugins:
            if name not in available:
                raise ValueError(
                    f"no filter plugin {name!r} in entry-point group {ENTRY_POINT_GROUP!r}"
                )
            extra.append(available[name].load()(**self.filters.get(name, {})))
        builtin = {k: v for k, v in self.filters.items() if k not in self.plugins}
        if self.profile:
            with open(self.profile, encoding="utf-8") as handle:
                try:
                    profile = Profile.from_json(json.load(handle))
                except json.JSONDecodeError as error:
                    raise ValueError(f"{self.profile}: {error}") from error
            builtin["site_boilerplate"] = {
                **builtin.get("site_boilerplate", {}), "profile": profile
            }
        return default_pipeline(builtin, disable=self.disable, extra=extra)


def load_settings(
    path: str | None = None, disable: Iterable[str] = (), profile: str | None = None
) -> Settings:
    """Read a TOML settings file (optional) and add ``--disable`` names and ``--profile``.

    Raises:
        ValueError: the file is not valid TOML or has unknown keys.
        OSError: the file cannot be read.
    """
    data: dict[str, Any] = {}
    if path:
        with open(path, "rb") as handle:
            try:
                data = tomllib.load(handle)
            except tomllib.TOMLDecodeError as error:
                raise ValueError(f"{path}: {error}") from error
    unknown = sorted(set(data) - {"filters", "disable", "plugins", "profile"})
    if unknown:
        raise ValueError(
            f"{path}: unknown key(s) {unknown}; expected filters, disable, plugins, profile"
        )
    filters = data.get("filters", {})
    if not isinstance(filters, dict) or not all(isinstance(v, dict) for v in filters.values()):
        raise ValueError(f"{path}: [filters.NAME] tables expected")
    return Settings(
        filters={name: dict(values) for name, values in filters.items()},
        disable=tuple(dict.fromkeys([*data.get("disable", []), *disable])),
        plugins=tuple(data.get("plugins", [])),
        profile=profile or data.get("profile"),
    )
