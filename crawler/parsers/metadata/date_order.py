"""Which way round a numeric date reads when the page's language leaves it open.

A numeric date whose two first numbers are both 12 or less ("04/05/24") reads either
way; :func:`.dates.find_date_span` reads it month first on a page in English (or of no
language) and day first on the others, and ``extract.date_language`` reads it day first
on an English page of a day-first country's domain. A stamp that month first would fall
after the fetch ("07/05/24" fetched on 8 May 2024 is not July's) is the day-first one:
no page prints a day to come.
"""

from __future__ import annotations

import re

__all__ = ["day_first_instead", "month_first"]

# A numeric date with slashes or dashes and a year (dots are never month first)
_NUMERIC = re.compile(r"(?<![\w./-])(\d{1,2})([/-])(\d{1,2})\2(?:(?:19|20)\d\d|\d\d)(?![\w/-]|\.\d)")


def day_first_instead(published: str, raw: str | None, reading: str | None, bound: str) -> str | None:
    """``published`` read day first, when it was read month first (``reading``) from the first
    numeric date of ``raw`` that reads either way and that day first is not after ``bound``
    (the last day the fetch allows); else ``None``: a page never prints a day to come.

    >>> day_first_instead("2024-07-05T10:30:00", "Posted 07/05/24 10:30", "en", "2024-05-10")
    '2024-05-07T10:30:00'
    >>> day_first_instead("2024-07-05", "Posted 07/05/24", "fr", "2024-05-10") is None
    True
    """
    m = _NUMERIC.search((raw or "")[:300])
    if m is None or not month_first(reading):
        return None
    one, two = int(m.group(1)), int(m.group(3))
    if (int(published[5:7]), int(published[8:10])) != (one, two) or two > 12:
        return None
    swapped = f"{published[:5]}{two:02d}-{one:02d}{published[10:]}"
    return swapped if swapped[:10] <= bound else None


def month_first(language: str | None) -> bool:
    """Whether :func:`.dates.find_date_span` reads a numeric date of ``language`` month first."""
    return (language or "en").lower() in ("en", "en-us")
