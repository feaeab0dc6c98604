"""Whether Scrapy would make a text response of an answer, without importing Scrapy.

``clippings import-warc`` and ``reextract`` parse a stored response only if the
crawl would have (``crawler.replay.is_text``): if the class Scrapy's download
handler gives it (``scrapy.responsetypes``: by its Content-Type, else its
Content-Disposition file name, else its URL's file name, else its body sniffed) is
a ``TextResponse``. Importing Scrapy for that costs about 0.35 CPU-s, the third of
an import's start, so the same rules are here, with Scrapy's own ``mime.types``
file (read, not imported). ``tests/test_response_kinds.py`` holds them to Scrapy's.
"""

from __future__ import annotations

import importlib.util
from functools import cache
from mimetypes import MimeTypes
from pathlib import Path

#: The types of ``scrapy.responsetypes.ResponseTypes.CLASSES``: all text responses
#: (HTML, XML, JSON, plain text), as is every ``text/*`` type.
TEXT_TYPES = frozenset({
    "text/html", "application/atom+xml", "application/rdf+xml", "application/rss+xml",
    "application/xhtml+xml", "application/vnd.wap.xhtml+xml", "application/xml", "application/json",
    "application/x-json", "application/json-amazonui-streaming", "application/javascript",
    "application/x-javascript", "text/xml",
})
#: The control bytes that make a body binary to Scrapy (``scrapy.utils.python.binary_is_text``).
BINARY_BYTES = frozenset(set(range(32)) - {0, 9, 10, 13})


@cache
def scrapy_mimetypes() -> MimeTypes:
    """Python's types with Scrapy's ``mime.types`` over them, as Scrapy reads file names."""
    spec = importlib.util.find_spec("scrapy")  # the package's place; not imported
    if spec is None or not spec.submodule_search_locations:
        raise ImportError("scrapy is not installed")
    types = MimeTypes()
    with (Path(next(iter(spec.submodule_search_locations))) / "mime.types").open(encoding="utf8") as f:
        types.readfp(f)
    return types


def _kind(mimetype: str) -> bool | None:
    """True: a text type; None: a type Scrapy has no class for (it looks further)."""
    return True if mimetype in TEXT_TYPES or mimetype.split("/", 1)[0] == "text" else None


def _by_file_name(name: str) -> bool | None:
    mimetype, encoding = scrapy_mimetypes().guess_type(name)
    return _kind(mimetype) if mimetype and not encoding else None


def _by_headers(headers: list[tuple[str, str]]) -> bool | None:
    last = {}  # Scrapy reads a header's last value; names are matched in any case
    for name, value in headers:
        last[name.title()] = value.encode("utf-8").decode("latin-1")
    kind = None
    if "Content-Type" in last and not last.get("Content-Encoding"):
        kind = _kind(last["Content-Type"].split(";")[0].strip().lower())
    if kind is None and "Content-Disposition" in last:
        parts = last["Content-Disposition"].split(";")
        if len(parts) > 1 and len(parts[1].split("=")) > 1:
            kind = _by_file_name(parts[1].split("=")[1].strip("\"'"))
    return kind


def is_text_response(headers: list[tuple[str, str]], url: str, body: bytes) -> bool:
    """Whether Scrapy's ``responsetypes.from_args(headers=, url=, body=)`` is a TextResponse."""
    kind = _by_headers(headers)
    if kind is None:
        kind = _by_file_name(url)
    if kind is None:
        return not BINARY_BYTES.intersection(body[:5000])
    return kind
