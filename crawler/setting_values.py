"""Checks ``-s KEY=VALUE`` text against the type of the setting's default value,
so a bad value is refused in one line before Scrapy starts (Scrapy itself only
fails deep inside the reactor, after the archive is opened)."""

from __future__ import annotations

import json
import math
import re
from typing import Any

from scrapy.settings import default_settings
from scrapy.utils.misc import load_object

from crawler import settings as project_settings
from crawler.limits import processes_problem
from crawler.shown import shown, shown_value
from crawler.sites import DELAY_RULE, delay_ok

#: Settings for which 0 or less means a crawl that never starts (or, a sitemap
#: or feed read for none of its links, one that silently follows nothing).
AT_LEAST_ONE = {"CONCURRENT_REQUESTS", "CONCURRENT_REQUESTS_PER_DOMAIN", "CLIPPINGS_INDEX_MAX_URLS"}
BOOL_WORDS = {"0", "1", "true", "false"}
#: Priorities, signed whatever their default's sign: Scrapy reads a negative
#: DEPTH_PRIORITY as depth-first, a negative REDIRECT_PRIORITY_ADJUST as redirects
#: fetched after the requests waiting (https://docs.scrapy.org/en/latest/topics/settings.html).
SIGNED_SUFFIXES = ("_PRIORITY", "_PRIORITY_ADJUST")
#: Delays between requests: the rule of ``--delay`` and a site list's ``delay``.
DELAYS = {"DOWNLOAD_DELAY", "AUTOTHROTTLE_START_DELAY", "AUTOTHROTTLE_MAX_DELAY"}
#: Durations Scrapy reads as floats though their default is written as a whole number.
SECONDS_SUFFIXES = ("_TIMEOUT", "_DELAY", "_INTERVAL")
#: The longest ``CLIPPINGS_MAX_RETRY_AFTER``: an hour (a longer wait says "come back
#: another day", and one answer would hold its site for it, silently).
RETRY_AFTER_CEILING = 3600.0
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


#: A setting naming a class or function to load ("scrapy.core.scheduler.Scheduler").
_IMPORT_PATH = re.compile(r"[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+")


def _unloadable(path: object) -> str | None:
    """Why ``path`` names nothing Scrapy could load, or None: an unloadable one failed
    deep in the reactor, as a traceback, after the archive was opened."""
    if not isinstance(path, str) or not _IMPORT_PATH.fullmatch(path):
        return f"{shown_value(path)} is not a Python import path"
    try:
        load_object(path)
    except (ImportError, AttributeError, NameError, ValueError, RecursionError) as exc:  # (a path of 1,000s of dots)
        return f"cannot load {shown(path, bare=True)} ({type(exc).__name__}: {' '.join(str(exc).split())[:120]})"
    return None


def _dict_problem(key: str, given: dict, default: dict) -> str | None:
    """Why a component table (``ITEM_PIPELINES``, ``*_MIDDLEWARES``, ``EXTENSIONS``,
    ``DOWNLOAD_HANDLERS``) cannot be ``given``: a class that cannot be loaded, or,
    for the item pipelines, one of Clippings' own left out (nothing would be stored)."""
    for name, value in given.items():
        loads = value if key.endswith("_HANDLERS") else name
        if loads is not None and _IMPORT_PATH.fullmatch(str(loads)):
            problem = _unloadable(loads)
            if problem:
                return problem
    if key == "ITEM_PIPELINES":
        missing = [name for name in default if name not in given]
        if missing:
            return f"must keep Clippings' own pipelines (missing: {', '.join(missing)}): without them nothing is stored"
    return None


def setting_problem(key: str, value: str) -> str | None:
    """Why ``value`` cannot be setting ``key``, or None when it can (unknown keys pass as text)."""
    if key == "CLIPPINGS_PROCESSES":  # (the environment's value too: one rule, one message)
        return processes_problem(value)
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
            given = json.loads(value)
        except ValueError:
            return "not a JSON object"
        return _dict_problem(key, given, default) if isinstance(given, dict) else "not a JSON object"
    elif key == "USER_AGENT":
        return user_agent_problem(value)
    elif isinstance(default, str) and _IMPORT_PATH.fullmatch(default):
        return _unloadable(value)
    else:
        return None
    if not math.isfinite(number):  # Twisted cannot schedule a call at infinity; NaN compares false
        return "not a finite number"
    if key == "CLIPPINGS_BUSY_TIMEOUT" and number > BUSY_TIMEOUT_MAX:
        return f"must be at most {BUSY_TIMEOUT_MAX} seconds (SQLite's longest wait)"
    if key in DELAYS and not delay_ok(number):  # 1e308 s: a crawl that waits forever
        return DELAY_RULE
    if key == "CLIPPINGS_MAX_RETRY_AFTER" and number > RETRY_AFTER_CEILING:
        return f"must be at most {RETRY_AFTER_CEILING:g} seconds (one answer would hold its site longer)"
    least = 1 if key in AT_LEAST_ONE else 0 if default >= 0 and not key.endswith(SIGNED_SUFFIXES) else None
    if least is not None and number < least:
        return f"must be at least {least}"
    return None


#: Most characters of a User-Agent: ten times a browser's; servers answer a header
#: line past about 8 KB with an error (Apache's LimitRequestFieldSize, 8,190 bytes;
#: nginx's large_client_header_buffers, 8 KB), every page of theirs an error row.
MAX_USER_AGENT_CHARS = 1000


def user_agent_problem(value: str) -> str | None:
    """Why ``value`` cannot be the User-Agent header, or None. Beside one line of
    text, printable ASCII: Scrapy encodes a request's headers in its page's
    encoding (a link's, the encoding of the page it was found on: cp1252, often),
    and a User-Agent of other characters ("Bot/1 ☃") failed every link's request,
    "UnicodeEncodeError: 'charmap' codec can't encode", while the seeds were fetched.

    >>> user_agent_problem("UniLibraryBot/2.0"), user_agent_problem("Bot/1 ☃")
    (None, 'must be printable ASCII text (an HTTP header)')
    """
    if not value.strip() or any(c in value for c in "\r\n"):
        return "must be one line of text"
    if not (value.isascii() and value.isprintable()):
        return "must be printable ASCII text (an HTTP header)"
    if len(value) > MAX_USER_AGENT_CHARS:
        return f"is {len(value):,} characters long: at most {MAX_USER_AGENT_CHARS:,} (an HTTP header line)"
    return None
