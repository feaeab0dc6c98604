"""Site lists (``sites.toml``): several sites crawled in one run, each with its own
seeds, limits and politeness.

```toml
[[site]]
name = "Harbour News"
seeds = ["https://harbour.example/", "https://harbour.example/sitemap.xml"]
max_pages = 500      # optional: fetch at most this many pages (at least 1)
depth = 3            # optional: link depth from the seeds
delay = 1.0          # optional: seconds between requests (AutoThrottle adapts it)
concurrency = 2      # optional: parallel requests to this site (at least 1)
since = "2025-07-01" # optional: sitemap/feed entries dated before this are skipped
new_only = false     # optional: skip article URLs already archived
```
"""

from __future__ import annotations

import datetime
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from crawler.shown import shown, shown_path, shown_value

_KNOWN_KEYS = {"name", "seeds", "max_pages", "depth", "delay", "concurrency", "since", "new_only"}


class SitesError(ValueError):
    """A site list that cannot be used; the message names the file and the reason."""


#: The longest delay between two requests to one site: a day. More (or infinity,
#: or NaN, which TOML and a float option both accept) is a crawl that never moves.
MAX_DELAY = 86400
DELAY_RULE = f"must be a number of seconds from 0 to {MAX_DELAY} (a day between requests)"


def delay_ok(delay: object) -> bool:
    """Whether ``delay`` is a usable delay in seconds (never True/False)."""
    return isinstance(delay, int | float) and not isinstance(delay, bool) and 0 <= delay <= MAX_DELAY


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


#: A site list is a few KB a site: 16 MiB is tens of thousands of sites.
SITES_MAX_BYTES = 16 << 20


def load_sites(path: str | Path) -> list[SiteConfig]:
    """Read and check a site list; raises :class:`SitesError` with a one-line reason."""
    path = Path(path)
    try:
        with path.open("rb") as file:  # (at most one byte past the cap: --sites /dev/zero was read without end)
            raw = file.read(SITES_MAX_BYTES + 1)
        if len(raw) > SITES_MAX_BYTES:
            raise SitesError(f"{shown_path(path)}: more than {SITES_MAX_BYTES // (1 << 20)} MiB, too big for a site list")
        # (as read_text read it: a lone \r, old Mac editors' line end, ends a line too)
        data = tomllib.loads(raw.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n"))
    except FileNotFoundError:
        raise SitesError(f"no such file: {shown_path(path)}") from None
    except (OSError, tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise SitesError(f"{shown_path(path)}: not valid TOML ({shown(str(exc), bare=True)})") from None
    unknown = set(data) - {"site"}
    if unknown:
        raise SitesError(f"{shown_path(path)}: unknown key {_names(unknown)} (a site list holds [[site]] entries only)")
    entries = data.get("site")
    if not isinstance(entries, list) or not entries:
        raise SitesError(f"{shown_path(path)}: no [[site]] entries")
    sites = []
    for number, entry in enumerate(entries, start=1):
        sites.append(_site(path, number, entry))
    names = [site.name for site in sites]
    if len(set(names)) != len(names):
        raise SitesError(f"{shown_path(path)}: site names must be unique")
    return sites


def _names(keys: set[str]) -> str:
    return ", ".join(shown(key) for key in sorted(keys))


#: Whole-number keys and their least value: a limit of 0 would mean nothing
#: fetched (max_pages) or a crawl that never starts (concurrency); leave the key
#: out for Clippings' default.
_INT_KEYS = {"max_pages": 1, "depth": 0, "concurrency": 1}


def _site(path: Path, number: int, entry: dict[str, Any]) -> SiteConfig:
    where = f"{shown_path(path)}: site {number}"
    unknown = set(entry) - _KNOWN_KEYS
    if unknown:
        raise SitesError(f"{where}: unknown key {_names(unknown)} (known: {', '.join(sorted(_KNOWN_KEYS))})")
    seeds = entry.get("seeds")
    # A scheme in any case (HTTP://): the crawl stores it in lower case.
    if not isinstance(seeds, list) or not seeds or \
            not all(isinstance(s, str) and s[:8].lower().startswith(("http://", "https://")) for s in seeds):
        raise SitesError(f"{where}: seeds must be a list of http(s) URLs")
    for key, least in _INT_KEYS.items():
        value = entry.get(key)
        if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < least):
            raise SitesError(f"{where}: {key} must be a whole number of at least {least}, not {shown_value(value)}")
    delay = entry.get("delay")
    if delay is not None and not delay_ok(delay):
        raise SitesError(f"{where}: delay {DELAY_RULE}, not {shown_value(delay)}")
    new_only = entry.get("new_only", False)
    if not isinstance(new_only, bool):
        raise SitesError(f"{where}: new_only must be true or false, not {shown_value(new_only)}")
    if "name" in entry and not isinstance(entry["name"], str):
        raise SitesError(f"{where}: name must be a string, not {shown_value(entry['name'])}")
    since = entry.get("since")
    if since is not None and not isinstance(since, str | datetime.date):
        raise SitesError(f"{where}: since must be a date (2025-07-01), not {shown_value(since)}")
    return SiteConfig(
        name=entry.get("name") or seeds[0], seeds=list(seeds), max_pages=entry.get("max_pages"),
        depth=entry.get("depth"), delay=delay, concurrency=entry.get("concurrency"),
        since=str(since) if since is not None else None, new_only=new_only,
    )
