"""Bytes that are no HTML page at all: empty, or binary data (a PDF, an image, an
archive, noise), so that ``extract`` and a crawl's fetch row say so instead of "no
main text", which is for an HTML page without an article text.

A file signature (:func:`signature`) is read before parsing: the text parts of a
PDF or a ZIP's file names made "page" records of garbage. The share of control
bytes (:func:`binary_kind`) is read only once a page gave no record: it words the
reason, never decides whether a page is parsed.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Sequence

#: File signatures ("magic numbers") of the binary formats a web server or a
#: saved-pages folder most often holds where a page was expected; the name says it.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "PDF"),
    (b"\x89PNG\r\n\x1a\n", "PNG"),
    (b"\xff\xd8\xff", "JPEG"),
    (b"GIF87a", "GIF"),
    (b"GIF89a", "GIF"),
    (b"PK\x03\x04", "ZIP"),  # also .docx, .xlsx, .epub, .jar
    (b"PK\x05\x06", "ZIP"),  # an empty one
    (b"\x1f\x8b", "gzip"),  # past the gzip that ``extract`` and HTTP decompress: gzip within gzip
    (b"\xfd7zXZ\x00", "xz"),
    (b"(\xb5/\xfd", "zstd"),
    (b"7z\xbc\xaf\x27\x1c", "7z"),
    (b"SQLite format 3\x00", "SQLite"),  # an archive given to extract by mistake
    (b"\x7fELF", "ELF executable"),
)

#: RIFF containers: the format is named at bytes 8-12.
_RIFF = {b"WEBP": "WebP", b"WAVE": "WAV", b"AVI ": "AVI"}

#: Bytes looked at: the start of the page, where markup begins.
SAMPLE_BYTES = 4096

#: Control bytes no text in an ASCII-compatible encoding holds (tab, line ends,
#: form feed and ESC, which ISO-2022-JP uses, are text).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x1a\x1c-\x1f\x7f]")

#: Share of control bytes past which the sample is binary: text has next to none
#: (a stray one in a page), binary formats and random bytes about one in ten.
MAX_CONTROL_SHARE = 0.02

_WIDE_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)


def signature(data: bytes) -> str | None:
    """The binary format ``data`` starts with the signature of ("PDF", "PNG"), or
    None: no page begins with one (markup starts with "<", a space or a BOM)."""
    for magic, name in _MAGIC:
        if data.startswith(magic):
            return name
    if data.startswith(b"RIFF") and data[8:12] in _RIFF:
        return _RIFF[data[8:12]]
    if data.startswith(b"BZh") and data[4:10] == b"1AY&SY":  # the block header after the level digit
        return "bzip2"
    return None


def binary_kind(data: bytes) -> str | None:
    """"binary data" (with its format when its signature names one: "binary data:
    PDF") when ``data`` is no text at all, else None (empty bytes are not binary)."""
    name = signature(data)
    if name is not None:
        return f"binary data: {name}"
    sample = data[:SAMPLE_BYTES]
    if not sample or sample.startswith(_WIDE_BOMS) or _utf16_without_bom(sample):
        return None
    if len(_CONTROL.findall(sample)) > MAX_CONTROL_SHARE * len(sample):
        return "binary data"
    return None


def _utf16_without_bom(sample: bytes) -> bool:
    """UTF-16 markup without a BOM: mostly ASCII, so a NUL in nearly every other
    byte (the even ones, or the odd ones) and almost none in the rest."""
    half = len(sample) // 2
    if half < 8:
        return False
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    return max(even, odd) > 0.3 * half and min(even, odd) < 0.02 * half


def no_record_reason(data: bytes, what: str = "file", cut: Sequence[str] = ()) -> str:
    """Why a page that gave no record has none, as ``extract``, ``import-warc`` and
    a crawl's fetch row tell it: "empty file" (``what``: file, body), "not an HTML
    page (binary data: PDF)", or "no main text" (an HTML page without an article
    text); "no main text in the part read (the page is past the parser's cap on
    elements)" when the parser's caps cut the page (``cut``, as
    :func:`crawler.parsers.parse_article` gives them): its text may be past them.
    Only spaces and line ends are empty too."""
    if not data or data.isspace():
        return f"empty {what}"
    kind = binary_kind(data)
    if kind:
        return f"not an HTML page ({kind})"
    if cut:
        return f"no main text in the part read (the page is past the parser's cap on {' and '.join(cut)})"
    return "no main text"
