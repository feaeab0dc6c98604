"""Site lists (``sites.toml``): several sites crawled in one run, each with its own
seeds, limits and politeness.

```toml
[[site]]
name = "Harbour News"
seeds = ["https://harbour.example/", "https://harbour.example/sitemap.xml"]
max_pages = 500      # optional: stop after this many pages
depth = 3            # optional: link depth from the seeds
delay = 1.0          # optional: seconds between requests (AutoThrottle adapts it)
concurrency = 2      # optional: parallel requests to this site
since = "2025-07-01" # optional: sitemap/feed entries dated before this are skipped
new_only = false     # optional: skip article URLs already archived
```
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

_KNOWN_KEYS = {"name", "seeds", "max_pages", "depth", "delay", "concurrency", "since", "new_only"}


class SitesError(ValueError):
    """A site list that cannot be used; the message names the file and the reason."""


def delay_settings(delay: float) -> dict[str, Any]:
    """Scrapy settings for ``--delay`` / a site's ``delay``: the fixed delay, and
    AutoThrottle starting from it (never from 0, which would stop it adapting).

    >>> delay_settings(0)
    {'DOWNLOAD_DELAY': 0, 'AUTOTHROTTLE_START_DELAY': 0.1}
    """
    return {"DOWNLOAD_DELAY": delay, "AUTOTHROTTLE_START_DELAY": max(delay, 0.1)}


@dataclass(slots=True)
class SiteConfig:
    """One site of a site list."""

    name: str
    seeds: list[str]
    max_pages: int | None = None
    depth: int | None = None
    delay: float | None = None
    concurrency: int | None = None
    since: str | None = None
    new_only: bool = False
    extra: dict[str, Any] = field(default_factory=dict)

    def overrides(self) -> dict[str, Any]:
        """Scrapy settings for this site's crawl."""
        settings: dict[str, Any] = {}
        if self.delay is not None:
            settings.update(delay_settings(self.delay))
        if self.concurrency is not None:
            settings["CONCURRENT_REQUESTS_PER_DOMAIN"] = self.concurrency
        if self.new_only:
            settings["CLIPPINGS_NEW_ONLY"] = True
        return settings


def load_sites(path: str | Path) -> list[SiteConfig]:
    """Read and check a site list; raises :class:`SitesError` with a one-line reason."""
    path = Path(path)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise SitesError(f"no such file: {path}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SitesError(f"{path}: not valid TOML ({exc})") from None
    entries = data.get("site")
    if not isinstance(entries, list) or not entries:
        raise SitesError(f"{path}: no [[site]] entries")
    sites = []
    for number, entry in enumerate(entries, start=1):
        sites.append(_site(path, number, entry))
    names = [site.name for site in sites]
    if len(set(names)) != len(names):
        raise SitesError(f"{path}: site names must be unique")
    return sites


def _site(path: Path, number: int, entry: dict[str, Any]) -> SiteConfig:
    where = f"{path}: site {number}"
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise SitesError(f"{where}: unknown keys {', '.join(sorted(unknown))}")
    seeds = entry.get("seeds")
    if isinstance(seeds, str):
        seeds = [seeds]
    if not seeds or not all(isinstance(s, str) and s.startswith(("http://", "https://")) for s in seeds):
        raise SitesError(f"{where}: seeds must be a list of http(s) URLs")
    for key, kind in (("max_pages", int), ("depth", int), ("concurrency", int), ("delay", (int, float))):
        value = entry.get(key)
        if value is not None and (not isinstance(value, kind) or isinstance(value, bool) or value < 0):
            raise SitesError(f"{where}: {key} must be a non-negative number")
    since = entry.get("since")
    if since is not None:
        since = str(since)
    return SiteConfig(
        name=str(entry.get("name") or seeds[0]), seeds=list(seeds), max_pages=entry.get("max_pages"),
        depth=entry.get("depth"), delay=entry.get("delay"), concurrency=entry.get("concurrency"),
        since=since, new_only=bool(entry.get("new_only", False)),
    )
