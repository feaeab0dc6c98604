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
