"""Size limits on pages read from files and WARC records, so that a small gzip
file that inflates to gigabytes (a "gzip bomb") costs a bounded amount of memory.

The crawl itself is bounded by Scrapy's ``DOWNLOAD_MAXSIZE`` (which its
HttpCompressionMiddleware also applies to decompressed bodies); these are the
same bounds for ``clippings extract`` and ``clippings import-warc``.
"""

from __future__ import annotations

import gzip
import zlib
from pathlib import Path

from crawler.shown import shown, shown_path

# Largest page body read (decompressed): the crawl's DOWNLOAD_MAXSIZE.
MAX_PAGE_BYTES = 32 * 1024 * 1024
# Longest header line read from a WARC file (a status line, one header).
MAX_LINE_BYTES = 1024 * 1024
_GZIP_MAGIC = b"\x1f\x8b"
#: Most page-parsing processes (``--processes``, ``CLIPPINGS_PROCESSES``): more than
#: any machine's cores; 10**20 crashed the crawl deep in its pool (OverflowError, blamed
#: on the seed) after the archive recorded it, and 100,000 would start 100,000 processes.
MAX_PROCESSES = 1024
#: Why a ``CLIPPINGS_PROCESSES`` value is refused, given with ``-s`` or in the
#: environment alike (``--processes`` is Click's range of the same bounds).
PROCESSES_RULE = f"the number of processes that parse pages must be a whole number from 0 to {MAX_PROCESSES}"


def processes_problem(value: str) -> str | None:
    """:data:`PROCESSES_RULE` when ``value`` is no whole number from 0 to
    :data:`MAX_PROCESSES` (0: parsing in the crawl's own process), else None.

    >>> processes_problem("4"), processes_problem(" 0 "), processes_problem("-1") == PROCESSES_RULE
    (None, None, True)
    """
    try:
        number = int(value)
    except ValueError:
        return PROCESSES_RULE
    return None if 0 <= number <= MAX_PROCESSES else PROCESSES_RULE


class PageReadError(ValueError):
    """A page file that cannot be read within the limits; the message names it."""


def read_page(path: str | Path, limit: int = MAX_PAGE_BYTES) -> bytes:
    """The bytes of a saved page (``.html`` or gzip-compressed), decompressed as a
    stream and never past ``limit`` bytes.

    Raises :class:`PageReadError` naming the file and the reason.
    """
    path = Path(path)
    try:
        with path.open("rb") as raw:
            compressed = raw.read(2) == _GZIP_MAGIC or path.suffix == ".gz"
        with (gzip.open(path, "rb") if compressed else path.open("rb")) as stream:
            data = stream.read(limit + 1)
    except (OSError, EOFError, zlib.error) as exc:
        what = "gzip file" if path.suffix == ".gz" else "file"
        raise PageReadError(f"{shown_path(path)}: not a readable {what} ({shown(str(exc), bare=True)})") from exc
    if len(data) > limit:
        how = " after decompression" if compressed else ""
        raise PageReadError(f"{shown_path(path)}: larger than {limit // (1024 * 1024)} MB{how}; not read")
    return data
