"""Checks ``-s KEY=VALUE`` text against the type of the setting's default value,
so a bad value is refused in one line before Scrapy starts (Scrapy itself only
fails deep inside the reactor, after the archive is opened)."""

from __future__ import annotations

import json
import math
from typing import Any

from scrapy.settings import default_settings

from crawler import settings as project_settings
from crawler.sites import DELAY_RULE, delay_ok

#: Settings for which 0 or less means a crawl that never starts (or, a sitemap
#: or feed read for none of its links, one that silently follows nothing).
AT_LEAST_ONE = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CLIPPINGS_INDEX_MAX_URLS"}
BOOL_WORDS = {"0", "1", "true", "false"}
#: Delays between requests: the rule of ``--delay`` and a site list's ``delay``.
DELAYS = {"DOWNLOAD_DELAY", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY"}
#: Durations Scrapy reads as floats though their default is written as a whole number.
SECONDS_SUFFIXES = ("_TIMEOUT", "_DELAY", "_INTERVAL")
#: SQLite's busy_timeout is a C int of milliseconds: a larger value reads as 0 (no waiting at all).
BUSY_TIMEOUT_MAX = (2**31 - 1) // 1000


def is_number(value: str) -> bool:
    try:
        float(value)
    except ValueError:
        return False
    return True


def default_of(key: str) -> Any:
    """The setting's default (Clippings' own, else Scrapy's), None when unknown."""
    return getattr(project_settings, key, getattr(default_settings, key, None))


def setting_problem(key: str, value: str) -> str | None:
    """Why ``value`` cannot be setting ``key``, or None when it can (unknown keys pass as text)."""
    default = default_of(key)
    if isinstance(default, bool):
        return None if value.strip().lower() in BOOL_WORDS else "not true or false"
    if isinstance(default, int) and not key.endswith(SECONDS_SUFFIXES):
        try:
            number: float = int(value)
        except ValueError:
            return "not a whole number" if is_number(value) else "not a number"
    elif isinstance(default, (int, float)):
        try:
            number = float(value)
        except ValueError:
            return "not a number"
    elif isinstance(default, dict):
        try:
            return None if isinstance(json.loads(value), dict) else "not a JSON object"
        except ValueError:
            return "not a JSON object"
    else:
        return None
    if not math.isfinite(number):  # Twisted cannot schedule a call at infinity; NaN compares false
        return "not a finite number"
    if key == "CLIPPINGS_BUSY_TIMEOUT" and number > BUSY_TIMEOUT_MAX:
        return f"must be at most {BUSY_TIMEOUT_MAX} seconds (SQLite's longest wait)"
    if key in DELAYS and not delay_ok(number):  # 1e308 s: a crawl that waits forever
        return DELAY_RULE
    least = 1 if key in AT_LEAST_ONE else 0 if default >= 0 else None
    if least is not None and number < least:
        return f"must be at least {least}"
    return None
