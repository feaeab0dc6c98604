"""Scrapy's HTTP/1.1 download handler, with a cap on the size of an answer's head.

``DOWNLOAD_MAXSIZE`` bounds a body, and Twisted bounds each header line (16 KiB),
but nothing bounds how many header lines an answer sends: a server that sends
header lines for ever (or 1xx interim answers for ever, which Twisted skips) held
a gigabyte of memory per request within ``DOWNLOAD_TIMEOUT``. Here the status
lines and headers of one answer are cut at :data:`MAX_HEAD_BYTES`, as browsers
cut them, and the request fails naming the cap (an ``error`` row in ``fetches``;
for robots.txt, a file that cannot be read, which keeps the crawl off the site).
"""

from __future__ import annotations

from typing import Any

from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Request, Response
from twisted.python.failure import Failure

#: Most bytes of status lines and headers read for one answer: Chromium's limit
#: (net/http/http_stream_parser.cc, ``kMaxHeaderBufSize``: 256 KiB).
MAX_HEAD_BYTES = 256 * 1024


class ResponseHeadTooLarge(Exception):
    """An answer whose status lines and headers run past :data:`MAX_HEAD_BYTES`."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"the answer's headers run past {limit // 1024} KiB (the cap on an answer's "
                         "head): not read")


def error_text(exc: BaseException) -> str:
    """The message of a download's error. Scrapy wraps Twisted's ``ResponseFailed``
    (a list of failures) in its own error, whose message is the list's repr: the
    failures inside are named instead ("ConnectionDone: Connection was closed
    cleanly.")."""
    reasons = getattr(exc.__cause__, "reasons", None)
    if reasons and all(isinstance(reason, Failure) for reason in reasons):
        return "; ".join(f"{reason.type.__name__}: {reason.getErrorMessage()}" for reason in reasons)
    return str(exc)


class InvalidStatusCode(Exception):
    """An answer whose status code is not a three-digit code from 100 to 599 (RFC
    9110, 15: "Values outside the range 100..599 are invalid"; 600-999 are what some
    programs use among themselves, never HTTP's); ``status`` as the answer gave it
    (a WARC file's status line: any text)."""

    def __init__(self, status: int | str) -> None:
        text = str(status)
        if not text:
            super().__init__("the answer's status line has no status code (RFC 9110, 15): not read")
            return
        head = text if len(text) <= 24 else text[:20]
        if not (head.isascii() and head.isprintable()):
            head = ascii(head)  # ("²00": quoted, escaped)
        shown = head if len(text) <= 24 else f"{head}… ({len(text)} characters)"
        super().__init__(f"the answer's status code {shown} is not a three-digit code from 100 to 599 "
                         "(RFC 9110, 15): not read")


class BoundedHeadDownloadHandler(HTTP11DownloadHandler):
    """``HTTP11DownloadHandler`` whose connections read at most
    :data:`MAX_HEAD_BYTES` of an answer's head, and which fails an answer whose
    status code is not one from 100 to 599 (``DOWNLOAD_HANDLERS``): Twisted takes any
    integer (``int`` of "-200", of twenty nines), and one past SQLite's integers
    made the page's ``fetches`` row fail to be written (its error counted as lost)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._pool._factory = bounded_factory(self._pool._factory)
        self.maxsize = crawler.settings.getint("DOWNLOAD_MAXSIZE")  # (the handler's own copy is private)

    async def download_request(self, request: Request) -> Response:
        try:
            response = await super().download_request(request)
        except DownloadCancelledError as exc:
            # Scrapy cancels a body that runs past the size cap as it arrives (no
            # Content-Length, or one that lied) with no word: the row said only
            # "DownloadCancelledError: ". (Past a Content-Length, it says so itself.)
            maxsize = request.meta.get("download_maxsize", self.maxsize)
            if str(exc) or not maxsize:
                raise
            raise DownloadCancelledError(f"the body ran past DOWNLOAD_MAXSIZE ({maxsize} bytes) before its end: "
                                         "not read") from exc
        if not 100 <= response.status <= 599:
            raise InvalidStatusCode(response.status)
        return response


def bounded_factory(base: Any) -> Any:
    """A subclass of the connection pool's protocol factory ``base`` whose
    protocols give up on an answer whose head passes :data:`MAX_HEAD_BYTES`."""

    class BoundedHeadFactory(base):  # type: ignore[misc, valid-type]
        def buildProtocol(self, addr: Any) -> Any:
            protocol = super().buildProtocol(addr)
            protocol.request = _CountingRequests(protocol)
            return protocol

    return BoundedHeadFactory


class _CountingRequests:
    """Stands for a protocol's ``request``: each request's answer parser (made
    anew by ``request``) counts the lines of the answer's head it reads."""

    def __init__(self, protocol: Any) -> None:
        self.protocol = protocol
        self.request = type(protocol).request.__get__(protocol)

    def __call__(self, request: Any) -> Any:
        sent = self.request(request)
        parser = self.protocol._parser
        if parser is not None:
            parser.lineReceived = _HeadLines(parser.lineReceived)
        return sent


class _HeadLines:
    """Stands for an answer parser's ``lineReceived``, which reads every line of
    the head (status lines, headers, interim 1xx answers; the body is read raw):
    past :data:`MAX_HEAD_BYTES` in all it raises, and the protocol gives up on the
    connection with that error (as on a line Twisted cannot parse)."""

    def __init__(self, received: Any) -> None:
        self.received = received
        self.head_bytes = 0

    def __call__(self, line: bytes) -> None:
        self.head_bytes += len(line) + 2
        if self.head_bytes > MAX_HEAD_BYTES:
            raise ResponseHeadTooLarge(MAX_HEAD_BYTES)
        self.received(line)
