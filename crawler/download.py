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
from twisted.python.failure import Failure
from twisted.web._newclient import HEADER, STATUS

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


class BoundedHeadDownloadHandler(HTTP11DownloadHandler):
    """``HTTP11DownloadHandler`` whose connections read at most
    :data:`MAX_HEAD_BYTES` of an answer's head (``DOWNLOAD_HANDLERS``)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        self._pool._factory = bounded_factory(self._pool._factory)


def bounded_factory(base: Any) -> Any:
    """A subclass of the connection pool's protocol factory ``base`` whose
    protocols give up on an answer whose head passes :data:`MAX_HEAD_BYTES`."""

    class BoundedHeadFactory(base):  # type: ignore[misc, valid-type]
        def buildProtocol(self, addr: Any) -> Any:
            protocol = super().buildProtocol(addr)
            protocol.dataReceived = _HeadCounter(protocol)
            return protocol

    return BoundedHeadFactory


class _HeadCounter:
    """Stands for a protocol's ``dataReceived``: hands the bytes on, and counts
    those read while its parser is still in an answer's head (its status line or
    headers: any bytes of a chunk that ends there are head, or head of an interim
    1xx answer and what follows it)."""

    def __init__(self, protocol: Any) -> None:
        self.protocol = protocol
        self.received = type(protocol).dataReceived.__get__(protocol)
        self.parser: Any = None
        self.head_bytes = 0

    def __call__(self, data: bytes) -> None:
        self.received(data)
        parser = self.protocol._parser
        if parser is None or parser.state not in (STATUS, HEADER):
            return
        if parser is not self.parser:  # the next request on a kept-alive connection
            self.parser, self.head_bytes = parser, 0
        self.head_bytes += len(data)
        if self.head_bytes > MAX_HEAD_BYTES:
            self.protocol._giveUp(Failure(ResponseHeadTooLarge(MAX_HEAD_BYTES)))
