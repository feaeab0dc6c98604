"""Raw evidence as WARC files (warcio): write one gzip WARC per crawl, read records back.

Each fetched article response is written as a WARC ``response`` record (with its
``request`` record), so a version can be traced to its capture and replayed by
pywb or any WARC tool, and re-extracted later without the network.

Scrapy hands us bodies already decoded (gzip/brotli ``Content-Encoding`` undone),
so the stored HTTP headers drop ``Content-Encoding`` and ``Transfer-Encoding`` and
carry the decoded length: the record is what a browser saw, byte for byte.
"""

from __future__ import annotations

import io
import logging
import os
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import suppress
from dataclasses import dataclass, replace
from http import HTTPStatus
from pathlib import Path
from typing import Any, BinaryIO, NoReturn

import brotli
from warcio.archiveiterator import ArchiveIterator
from warcio.bufferedreaders import ChunkedDataReader
from warcio.exceptions import ArchiveLoadFailed
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders, StatusAndHeadersParserException
from warcio.warcwriter import WARCWriter

from archive.durable import synced_descriptor, synced_folder
from archive.writer import Capture
from crawler import __version__
from crawler.items import RawResponse, parse_utc
from crawler.limits import MAX_LINE_BYTES, MAX_PAGE_BYTES
from crawler.shown import shown, shown_path

# warcio warns ("Replacing spaces in invalid WARC-Target-URI") through its logger:
# with no handler set up (import-warc configures no logging), Python's last-resort
# handler would print it under the command's one-line output. It goes to the log
# a crawl configures (-v), not to stderr.
logging.getLogger("warcio").addHandler(logging.NullHandler())
logger = logging.getLogger(__name__)

_DROPPED_HEADERS = {"content-encoding", "transfer-encoding", "content-length"}


def status_line(status: int) -> str:
    """``200 OK``; a code without a registered phrase keeps an empty one (RFC 9112).

    >>> status_line(410), status_line(599)
    ('410 Gone', '599 ')
    """
    try:
        return f"{status} {HTTPStatus(status).phrase}"
    except ValueError:
        return f"{status} "


def warc_date(iso: str | None) -> str | None:
    """ISO 8601 UTC as WARC wants it (``2025-07-16T08:00:00Z``); None stays None.

    >>> warc_date("2025-07-16T10:00:00+02:00")
    '2025-07-16T08:00:00Z'
    """
    moment = parse_utc(iso)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


def synced_warc(path: str | Path) -> None:
    """Put a WARC file someone else wrote (``import-warc``'s) on disk, its name in its
    folder too, before the rows that point into it commit: a file just downloaded or
    copied may be in the page cache only. A file system that cannot sync (read-only,
    EINVAL) is let be; an I/O error is raised (OSError)."""
    fd = os.open(path, os.O_RDONLY | os.O_CLOEXEC | os.O_NONBLOCK)  # (a FIFO swapped in since the check: no wait)
    try:
        synced_descriptor(fd)
    finally:
        os.close(fd)
    synced_folder(Path(path).resolve().parent)


def made_folder(folder: Path) -> None:
    """``folder`` and its missing parents made, each one's name synced into its parent
    (``mkdir -p`` leaves a new folder's name in the page cache: a power cut after the
    rows commit could take the whole WARC folder of a first crawl with it)."""
    if folder.is_dir():
        return
    if folder.parent != folder:
        made_folder(folder.parent)
    with suppress(FileExistsError):  # (made meanwhile: its name is synced all the same)
        folder.mkdir()
    synced_folder(folder.parent)


class WarcStore:
    """Append responses to one ``.warc.gz`` file; returns where each one landed.

    Durable before it is referenced: :meth:`sync` puts what was written on disk
    (``fsync``), and the archive calls it before it commits rows that point at the
    records, so a power cut cannot leave a version whose offset lies past the end
    of the file (the WARC file may end up with records no row points at: harmless)."""

    def __init__(self, path: str | Path, *, operator_info: dict[str, str] | None = None) -> None:
        self.path = Path(path)
        made_folder(self.path.parent)
        self._file: BinaryIO = open(self.path, "ab")
        self._writer = WARCWriter(self._file, gzip=True)
        #: Bytes written and not yet synced (the new file's name among them).
        self.unsynced = False
        #: The sync that failed: final (the kernel may have dropped the pages it could
        #: not write, marked clean, so a later sync that passes proves nothing).
        self.failed: OSError | None = None
        if self._file.tell() == 0:
            info = {"software": f"Clippings/{__version__} (warcio)", "format": "WARC File Format 1.1",
                    **(operator_info or {})}
            try:
                self._writer.write_record(self._writer.create_warcinfo_record(self.path.name, info))
                self.sync()
                synced_folder(self.path.parent)  # the new file's name, as durable as its bytes
            except OSError:  # (disk full, an I/O error: the crawl stops, saying so; the file is closed)
                self._file.close()
                raise

    def write(self, raw: RawResponse) -> Capture:
        """Write the request and response records; the capture points at the response.
        Refused (the first failed sync's error) once a sync failed: no later capture
        could be made durable."""
        self._refuse_if_failed()
        headers = [(k, v) for k, v in raw.headers if k.lower() not in _DROPPED_HEADERS]
        headers.append(("Content-Length", str(len(raw.body))))
        http_headers = StatusAndHeaders(status_line(raw.status), headers, protocol="HTTP/1.1")
        date = warc_date(raw.fetched_at)
        warc_headers = {"WARC-Date": date} if date else None
        response = self._writer.create_warc_record(
            raw.url, "response", payload=io.BytesIO(raw.body), length=None,
            http_headers=http_headers, warc_headers_dict=warc_headers,
        )
        offset = self._file.tell()
        self._writer.write_record(response)
        record_id = response.rec_headers.get_header("WARC-Record-ID")
        if raw.request_headers is not None:
            path = raw.url.split("://", 1)[-1]
            path = path[path.find("/"):] if "/" in path else "/"
            request_headers = StatusAndHeaders(f"GET {path} HTTP/1.1", list(raw.request_headers),
                                               is_http_request=True)
            request = self._writer.create_warc_record(
                raw.url, "request", payload=io.BytesIO(b""), length=0, http_headers=request_headers,
                warc_headers_dict={**(warc_headers or {}), "WARC-Concurrent-To": record_id},
            )
            self._writer.write_record(request)
        self._file.flush()
        self.unsynced = True
        return Capture(
            warc_file=self.path.name,
            warc_offset=offset,
            warc_record_id=record_id,
            payload_digest=response.rec_headers.get_header("WARC-Payload-Digest"),
        )

    def sync(self) -> None:
        """Put the records written so far on disk (``fsync``): called before a
        transaction whose rows point at them commits. A failed sync is final: this
        store raises its error again at each later sync or write, and :meth:`close`
        does not try again. (A retry after a failed ``fsync`` may pass with the
        records lost: the kernel can mark the pages it failed to write clean.)"""
        self._refuse_if_failed()
        try:
            self._file.flush()
            os.fsync(self._file.fileno())
        except OSError as exc:
            self.failed = exc
            raise
        self.unsynced = False

    def _refuse_if_failed(self) -> None:
        if self.failed is not None:
            raise OSError(self.failed.errno, f"an earlier sync of {self.path.name} failed: "
                          f"{self.failed.strerror or self.failed}")

    def close(self) -> None:
        """Sync what is left (a write that failed part way: each store syncs its
        own) and close the file; after a failed sync (reported by the sync's caller)
        it only closes the file."""
        try:
            if not self._file.closed and self.unsynced and self.failed is None:
                self.sync()
        finally:  # (a sync that fails, the disk full: the file is closed all the same)
            self._file.close()

    def __enter__(self) -> WarcStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


@dataclass(frozen=True, slots=True)
class WarcResponse:
    """One HTTP response read from a WARC file."""

    url: str
    status: int
    headers: list[tuple[str, str]]
    body: bytes
    date: str | None
    record_id: str
    payload_digest: str | None
    offset: int
    content_type: str
    oversized: bool = False
    """The body inflates past MAX_PAGE_BYTES: it was not read (``body`` is empty)."""
    undecodable: str | None = None
    """Why the body does not decode as its ``Content-Encoding`` says (``body`` is empty)."""
    invalid_status: str | None = None
    """The status line's code as written when it is no status code (``status`` is 0)."""


class WarcReadError(ValueError):
    """A WARC file (or record) that cannot be read; the message names the file and why."""


# What warcio, gzip and zlib raise for a file that is not (or no longer) a WARC file.
#: What warcio and gzip raise on a file, or a part of one, that is not readable WARC.
UNREADABLE_WARC = (ArchiveLoadFailed, StatusAndHeadersParserException, OSError, EOFError, zlib.error, ValueError)


class DamagedWarc(ValueError):
    """A WARC file that stops being readable past its start, at a known offset
    (bytes changed, not a file cut short); the records before it were read."""


class TruncatedWarc(EOFError):
    """A WARC file that ends inside a record (or a gzip member): cut short at
    ``offset``, where that record starts; ``detail`` says which and how."""

    def __init__(self, offset: int, detail: str) -> None:
        super().__init__(f"truncated at offset {offset} ({detail})")
        self.offset = offset
        self.detail = detail


class DamagedGzip(DamagedWarc):
    """Compressed data that does not decompress, inside a gzip member of a WARC file
    (bytes changed, not a file cut short)."""


def read_record(path: str | Path, offset: int) -> WarcResponse:
    """The response record that starts at ``offset`` (as stored in ``versions``)."""
    try:
        with open(path, "rb") as stream:
            size = os.fstat(stream.fileno()).st_size
            if offset >= size:  # a file cut short (a crash) below the rows that point into it
                raise WarcReadError(f"{shown_path(path)}: the capture's offset {offset} is past the end of the "
                                    f"file ({size} bytes): it was truncated")
            stream.seek(offset)
            # Lines that are no record at the offset say the offset is wrong, as the
            # error below does: no warning for each (reextract printed one a version).
            for response in _responses(stream, say_junk=False):
                return replace(response, offset=offset)
    except WarcReadError:
        raise
    except TruncatedWarc as exc:
        raise WarcReadError(f"{shown_path(path)}: {exc}") from exc
    except UNREADABLE_WARC as exc:
        raise WarcReadError(f"{shown_path(path)}: record at offset {offset} unreadable "
                            f"({type(exc).__name__}: {_warcio_words(exc)})") from exc
    raise WarcReadError(f"{shown_path(path)}: no WARC response record at offset {offset}")


def iter_responses(path: str | Path, not_http: Counter[str] | None = None,
                   others: Counter[str] | None = None) -> Iterator[WarcResponse]:
    """Every HTTP response record in a WARC file (gzip or not), in file order;
    ``not_http`` counts the response records of other schemes (``dns:``) by scheme,
    ``others`` every record not yielded by its kind (``warcinfo``, ``revisit``,
    ``response (dns:)``).

    Raises :class:`WarcReadError` where the file stops being a readable WARC file."""
    try:
        with open(path, "rb") as stream:
            yield from _responses(stream, not_http, others)
    except DamagedWarc as exc:
        raise WarcReadError(f"{shown_path(path)}: damaged{exc}") from exc
    except TruncatedWarc as exc:
        raise WarcReadError(f"{shown_path(path)}: {exc}") from exc
    except UNREADABLE_WARC as exc:
        raise WarcReadError(f"{shown_path(path)}: not a readable WARC file ({type(exc).__name__}: {_warcio_words(exc)})") from exc


def _warcio_words(exc: BaseException, head: bytes | None = None) -> str:
    """What warcio (or gzip) says of a file it cannot read, on one line and bounded;
    the "first line" it quotes (as Latin-1 text, binary bytes and all) is shown from
    ``head``, the file's first bytes, with its undecodable bytes as ``\\xNN``."""
    words, quoted, _line = " ".join(str(exc).split()).partition(", first line: ")
    if quoted and head is not None:
        return f"{words}{quoted}{shown(_first_line(head), limit=60)}"
    if quoted:  # (a line of binary bytes past a file's start: 200 of them were 800 characters of \x00)
        line = str(exc).partition(", first line: ")[2].removesuffix("\n").removesuffix("\r")
        binary = "" if line.isprintable() else " (binary, not WARC headers)"
        return f"{shown(words, bare=True, limit=200)}{quoted}{shown(line, limit=60 if not binary else 12)}{binary}"
    return shown(words + quoted + _line, bare=True, limit=200)


def _first_line(head: bytes) -> bytes:
    """The first line of a file's first bytes, decompressed first when they are gzip."""
    if head.startswith(b"\x1f\x8b"):
        with suppress(zlib.error):  # else the compressed bytes are the best there is to show
            head = zlib.decompressobj(wbits=31).decompress(head, _HEAD_BYTES)
    return head.split(b"\n", 1)[0].removesuffix(b"\r")


def check_warc(path: str | Path) -> None:
    """Raise :class:`WarcReadError` unless the file starts with a readable WARC record
    (checked before an import changes the archive)."""
    try:
        with open(path, "rb") as stream:
            head = stream.read(_HEAD_BYTES)
            stream.seek(0)
            first = next(iter(BoundedArchiveIterator(stream, no_record_parse=True)), None)
            kind = first.format if first is not None and first.rec_type else None
            whole = kind == "warc" and _whole_record(first)
    except UNREADABLE_WARC as exc:
        _refuse_start(path, head, f"{type(exc).__name__}: {_warcio_words(exc, head)}", exc)
    if kind != "warc":  # warcio reads any first line as an ARC header
        _refuse_start(path, head, "no WARC record at its start")
    if not whole:
        raise WarcReadError(f"{shown_path(path)}: truncated: the file ends inside its first WARC record "
                            f"({Path(path).stat().st_size} bytes in all)")


def _whole_record(record: Any) -> bool:
    """Whether the record has its Content-Length and all of the body it announces
    (warcio reads a record cut in its headers or body as a shorter whole one).
    ``record`` is read unparsed (its HTTP headers part of the body). Reads the body in chunks, never whole into memory."""
    announced = record.rec_headers.get_header("Content-Length")
    if announced is None or not (announced.strip().isascii() and announced.strip().isdigit()):
        return False
    got = 0
    while chunk := record.raw_stream.read(1 << 16):
        got += len(chunk)
    return got == int(announced)


#: How much of a file is looked at to tell a WARC file cut within its first
#: record's headers (a few hundred bytes) from a file that is no WARC at all.
_HEAD_BYTES = 4096
_VERSION_LINE = re.compile(rb"WARC/\d+\.\d+\r?")
_HEADER_LINE = re.compile(rb"[!-9;-~]+:[^\n]*")
_CUT_NAME = re.compile(rb"[!-9;-~]*")


def _refuse_start(path: str | Path, head: bytes, reason: str, exc: BaseException | None = None) -> NoReturn:
    """The error for a file whose first record cannot be read: empty, a short file
    that is the start of a WARC record cut short, or no WARC file at all."""
    size = Path(path).stat().st_size
    if not size:
        raise WarcReadError(f"{shown_path(path)}: not a WARC file (the file is empty)") from exc
    if size <= len(head) and _cut_in_first_headers(head):
        raise WarcReadError(f"{shown_path(path)}: truncated: the file ends inside its first WARC record "
                            f"({size} bytes in all)") from exc
    raise WarcReadError(f"{shown_path(path)}: not a WARC file ({reason})") from exc


def _cut_in_first_headers(data: bytes) -> bool:
    """Whether ``data`` (a whole file, plain or gzipped) is a WARC record's start
    cut short: part of the version line ``WARC/1.1``, or the whole line and
    header lines, the last one cut after its name's colon or at a line end."""
    if data[:2] == b"\x1f\x8b"[: len(data[:2])]:
        try:
            data = zlib.decompressobj(wbits=31).decompress(data)
        except zlib.error:
            return False
    *lines, last = data.split(b"\n")
    if not lines:
        return last[:5] == b"WARC/"[: len(last[:5])] and not last[5:].rstrip(b"\r").strip(b"0123456789.")
    return bool(_VERSION_LINE.fullmatch(lines[0])) and \
        all(_HEADER_LINE.fullmatch(line) for line in lines[1:]) and _cut_header_line(last)


def _cut_header_line(last: bytes) -> bool:
    """Whether ``last`` is a WARC header line cut short (or not begun): with its
    colon, any header; before it, the start of a WARC-* or Content-* name (the
    fields a first record has), so that "WARC/1.0" and a line of junk is no WARC."""
    name, colon, _ = last.partition(b":")
    if colon:
        return bool(_HEADER_LINE.fullmatch(last))
    return any(name[:len(start)] == start[:len(name)] for start in (b"WARC-", b"Content-")) and \
        bool(_CUT_NAME.fullmatch(name))


class BoundedArchiveIterator(ArchiveIterator):
    """warcio's ArchiveIterator with a cap on header lines: warcio reads a status
    line or a header with an unbounded ``readline``, so a gzip member of zeros
    (4 MB inflating to 4 GiB) would be read into memory whole. Here a line longer
    than MAX_LINE_BYTES ends the file with ArchiveLoadFailed."""

    def __init__(self, fileobj: BinaryIO, *, no_record_parse: bool = False, say_junk: bool = True) -> None:
        super().__init__(fileobj, no_record_parse=no_record_parse)
        self.say_junk = say_junk
        unbounded = self.reader.readline

        def readline(length: int | None = None) -> bytes:
            line: bytes = unbounded(min(length, MAX_LINE_BYTES + 1) if length else MAX_LINE_BYTES + 1)
            if len(line) > MAX_LINE_BYTES:
                raise ArchiveLoadFailed(f"a header line longer than {MAX_LINE_BYTES} bytes")
            return line

        self.reader.readline = readline
        load_http_headers = self.loader.load_http_headers

        def caseless_scheme(rec_type: str, uri: str | None, stream: Any, length: int | None) -> Any:
            # warcio parses the HTTP headers of a record only for a target URI starting
            # "http:" or "https:"; schemes are case-insensitive (RFC 3986, 3.1): HTTP://
            scheme, colon, rest = (uri or "").partition(":")
            return load_http_headers(rec_type, scheme.lower() + colon + rest if colon else uri, stream, length)

        self.loader.load_http_headers = caseless_scheme
        self._raise_damaged_gzip()

    def _raise_damaged_gzip(self) -> None:
        """A gzip member whose data turns invalid past its first block is
        :class:`DamagedGzip`: warcio wrote zlib's error to stderr, unprefixed, and
        read on as if the member ended there (the record "cut short", the file
        called truncated when it was whole)."""
        reader = self.reader
        decompress = reader._decompress

        def checked(data: bytes) -> bytes:
            if reader.decompressor is None or not data or reader.num_block_read == 0:
                return decompress(data)  # a first block: warcio tells gzip from plain WARC
            try:
                return reader.decompressor.decompress(data)  # type: ignore[no-any-return]
            except zlib.error as exc:
                try:
                    where = f" before byte {reader.stream.tell()}"
                except (OSError, ValueError, AttributeError):  # a pipe
                    where = ""
                raise DamagedGzip(f": its gzip data is invalid{where} ({exc})") from exc

        def member_checked(data: bytes) -> bytes:
            # The first block of a gzip member after the first: warcio took a member
            # whose data does not decompress for plain text, and the error quoted
            # its compressed bytes as the record's "first line" (probe 32).
            if reader.decompressor is not None and reader.num_block_read == 0 and reader.num_read \
                    and data[:2] == b"\x1f\x8b":
                try:
                    return reader.decompressor.decompress(data)  # type: ignore[no-any-return]
                except zlib.error as exc:
                    raise DamagedGzip(f": the gzip member at offset {self.offset} does not decompress "
                                      f"({exc})") from exc
            return checked(data)

        reader._decompress = member_checked

    #: The file ended inside a gzip member (warcio reads that as a clean end).
    ends_cut_short = False
    #: warcio writes this to stderr for every line between records that is not
    #: blank, quoting the line: a file that is not WARC past its first record gave
    #: thousands of lines of its content (probe 21). Counted in ``err_count`` and
    #: said once, in :meth:`close`.
    INC_RECORD = ""

    def close(self) -> None:
        decompressor = getattr(self.reader, "decompressor", None)
        if decompressor is not None and hasattr(decompressor, "eof"):
            self.ends_cut_short = not decompressor.eof
        if self.err_count and self.say_junk:
            logger.warning("%d line(s) between WARC records were not blank: a record's Content-Length may be "
                           "wrong, or the file holds something else past its records", self.err_count)
        super().close()


def _responses(stream: BinaryIO, not_http: Counter[str] | None = None,
               others: Counter[str] | None = None, *, say_junk: bool = True) -> Iterator[WarcResponse]:
    records = BoundedArchiveIterator(stream, say_junk=say_junk)
    for record in _whole_records(records):
        if record.rec_type != "response" or record.http_headers is None:
            target = record.rec_headers.get_header("WARC-Target-URI") or ""
            scheme = target.partition(":")[0].lower() if ":" in target else "no URI"
            if record.rec_type == "response" and not_http is not None:
                not_http[scheme] += 1
            if others is not None and record.rec_type:  # (not the empty "record" of blank lines at the end)
                others[record.rec_type if record.rec_type != "response" else
                       f"response ({scheme}:)" if ":" in target else "response (no URI)"] += 1
            continue
        status_text = record.http_headers.get_statuscode() or "0"
        try:
            body, undecodable = payload(record), None
        except brotli.error as exc:
            body, undecodable = b"", f"its body does not decode as Content-Encoding: br declares ({exc})"
        oversized = len(body) > MAX_PAGE_BYTES
        url = record.rec_headers.get_header("WARC-Target-URI") or ""
        _check_whole(record, records, url)
        yield WarcResponse(
            url=url,
            status=http_status(status_text),
            invalid_status=None if http_status(status_text) else record.http_headers.get_statuscode() or "",
            headers=list(record.http_headers.headers),
            body=b"" if oversized else body,
            date=_iso_from_warc(record.rec_headers.get_header("WARC-Date")),
            record_id=record.rec_headers.get_header("WARC-Record-ID") or "",
            payload_digest=record.rec_headers.get_header("WARC-Payload-Digest"),
            offset=records.get_record_offset(),
            content_type=record.http_headers.get_header("Content-Type") or "",
            oversized=oversized,
            undecodable=undecodable,
        )
    if records.ends_cut_short:
        raise TruncatedWarc(records.offset, "the file ends inside the gzip member that starts there")


def http_status(text: str) -> int:
    """The status code of a WARC response's status line; 0 when it is none: not
    ASCII digits ("²00", which ``str.isdigit`` takes and ``int`` does not), or not
    three of them (RFC 9110, 15: a three-digit integer; "99999999999999999999" did
    not fit an SQLite integer, and the import ended in a traceback), or outside 100
    to 599 (ibid.: "Values outside the range 100..599 are invalid"), as a crawl
    refuses them (:class:`crawler.download.InvalidStatusCode`).

    >>> http_status("200"), http_status("²00"), http_status("99999999999999999999"), http_status("-200")
    (200, 0, 0, 0)
    >>> http_status("599"), http_status("600"), http_status("999"), http_status("099")
    (599, 0, 0, 0)
    """
    return int(text) if len(text) == 3 and text.isascii() and text.isdigit() and 100 <= int(text) <= 599 else 0


def payload(record: ArcWarcRecord) -> bytes:
    """The record's HTTP body, chunking and Content-Encoding undone, read as a
    stream up to MAX_PAGE_BYTES + 1 bytes. warcio undoes gzip and deflate; brotli
    is undone here, since warcio 1.8's brotli reader needs the decompressor's
    ``unused_data``, which Brotli 1.1+ lacks. Raises ``brotli.error`` for a body
    that is not the brotli its header says."""
    encoding = (record.http_headers.get_header("Content-Encoding") or "").strip().lower()
    if encoding != "br":
        return record.content_stream().read(MAX_PAGE_BYTES + 1)  # type: ignore[no-any-return]
    stream = record.raw_stream
    if (record.http_headers.get_header("Transfer-Encoding") or "").strip().lower() == "chunked":
        stream = ChunkedDataReader(stream)
    return unbrotli(stream, MAX_PAGE_BYTES + 1)


def unbrotli(stream: Any, limit: int) -> bytes:
    """Brotli-decode ``stream``, at most ``limit`` bytes of output (a small body
    can inflate to gigabytes: the output is capped, never held whole). An empty
    stream is an empty body (a 204 or a HEAD answer keeps the header)."""
    decompressor = brotli.Decompressor()
    out = bytearray()
    read = 0
    while len(out) < limit:
        chunk = b""
        if decompressor.can_accept_more_data():
            chunk = stream.read(1 << 16)
            if not chunk:
                break
            read += len(chunk)
        out += decompressor.process(chunk, output_buffer_limit=limit - len(out))
        if decompressor.is_finished():
            break
    if read and len(out) < limit and not decompressor.is_finished():  # an empty body is empty, as for gzip
        raise brotli.error("the brotli stream ends early")
    return bytes(out)


def _whole_records(records: BoundedArchiveIterator) -> Iterator[ArcWarcRecord]:
    """The records, each checked whole (any type: a cut-off ``warcinfo`` or
    ``request`` record is as much a truncated file as a cut-off response)."""
    iterator = iter(records)
    read = 0
    while True:
        try:
            record = next(iterator)
        except StopIteration:
            return
        except AttributeError as exc:  # warcio's parser on a response record lacking WARC-Target-URI
            raise ArchiveLoadFailed(f"the record at offset {records.offset} has incomplete WARC headers "
                                    "(the file was truncated, or the record is malformed)") from exc
        except ArchiveLoadFailed as exc:
            if not read:  # the file's start (check_warc's) or a read at a stored offset (read_record's)
                raise
            # past the records read (a line of junk between them): where, not only what
            raise DamagedWarc(f" at offset {records.offset}: {_warcio_words(exc)}") from exc
        read += 1
        if record.rec_type != "response" or record.http_headers is None:  # not read by _responses
            _check_whole(record, records, record.rec_headers.get_header("WARC-Target-URI") or "")
        yield record


def _check_whole(record: ArcWarcRecord, records: BoundedArchiveIterator, url: str) -> None:
    """EOFError when the file ends inside ``record`` (warcio hands it over as if whole)."""
    if not record.rec_headers.protocol and not record.rec_headers.headers:
        return  # blank lines after the last gzip member: warcio reads an empty record
    what = f"the {record.rec_type or 'WARC'} record{' of ' + url if url else ''}"
    length = record.rec_headers.get_header("Content-Length") if record.format == "warc" else "0"
    if not (length or "").strip().isdigit():
        raise TruncatedWarc(records.offset, f"{what} has no Content-Length: the file ends inside its headers, "
                            "or the record is malformed")
    missing = _bytes_missing(record.raw_stream)
    if missing:
        raise TruncatedWarc(records.get_record_offset(), f"{what} is cut short: {missing} of its bytes missing")


def _bytes_missing(stream: BinaryIO) -> int:
    """How many bytes of a record (by its Content-Length) the file lacks, once the
    rest is read (as warcio reads it anyway to reach the next record)."""
    while stream.read(1 << 16):
        pass
    return max(getattr(stream, "limit", 0), 0)


def _iso_from_warc(value: str | None) -> str | None:
    """``2025-07-16T08:00:00.123Z`` (WARC, maybe with fractions) -> ``2025-07-16T08:00:00Z``;
    None when it is no ISO 8601 time (as with no WARC-Date: the text as given was
    stored as the record's ``fetched_at``, ``first_seen`` and ``last_seen``, which
    export then refused as damaged).

    >>> _iso_from_warc("2025-07-16T08:00:00.123Z"), _iso_from_warc("sometime"), _iso_from_warc(None)
    ('2025-07-16T08:00:00Z', None, None)
    """
    moment = parse_utc(value)
    return moment.strftime("%Y-%m-%dT%H:%M:%SZ") if moment else None


__all__ = ["WarcReadError", "WarcResponse", "WarcStore", "iter_responses", "read_record", "synced_warc", "warc_date"]
