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

import errno
import os
import zlib
from typing import Any

from OpenSSL import SSL
from scrapy import __version__ as scrapy_version
from scrapy import exceptions as scrapy_errors
from scrapy.core.downloader.handlers.http11 import HTTP11DownloadHandler
from scrapy.exceptions import DownloadCancelledError
from scrapy.http import Request, Response
from scrapy.utils import _compression as scrapy_compression
from twisted import __version__ as twisted_version
from twisted.internet import defer
from twisted.internet import error as net_error
from twisted.python.failure import Failure
from twisted.web import _newclient
from twisted.web._newclient import HTTPClientParser
from twisted.web.client import HTTP11ClientProtocol

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


class BodyNotDecoded(Exception):
    """An answer whose body is not in the ``Content-Encoding`` its header names
    (:mod:`crawler.middlewares.decoding`): the decompressor's words ("invalid stored
    block lengths", zlib's "Error -3 while decompressing data: " before them left
    out) and its exception's name."""

    def __init__(self, codings: str, cause: BaseException) -> None:
        words = str(cause).split("while decompressing data: ", 1)[-1] or "the stream is not one"
        kind = type(cause)
        name = kind.__name__ if kind.__module__ == "builtins" else f"{kind.__module__}.{kind.__name__}"
        super().__init__(f"the answer's body could not be decompressed (Content-Encoding: {codings or '?'}): "
                         f"{words} ({name})")


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


def download_errors() -> tuple[type[BaseException], ...]:
    """What a download fails with when the network or the server fails it (a refused,
    reset or timed-out connection, a name that does not resolve, TLS, an answer cut
    short, one past a cap of the crawl's, a URL scheme no handler serves), or when it
    is cancelled as the crawl stops: an ordinary failure of a crawl, told from an
    exception of a bug (a middleware's, the crawl's own code's). OSError covers
    socket errors; a body not in the encoding its header names is the site's fault too
    (:func:`decoding_errors`)."""
    return (OSError, SSL.Error, defer.CancelledError, net_error.ConnectError, net_error.ConnectionClosed,
            net_error.ConnectingCancelledError,
            _newclient._WrapperException, scrapy_errors.CannotResolveHostError,  # (ResponseFailed and its kin)
            scrapy_errors.DownloadConnectionRefusedError, scrapy_errors.DownloadFailedError,
            scrapy_errors.DownloadTimeoutError, scrapy_errors.ResponseDataLossError,
            scrapy_errors.DownloadCancelledError, scrapy_errors.NotSupported, scrapy_errors.StopDownload,
            scrapy_errors.UnsupportedURLSchemeError, ResponseHeadTooLarge, InvalidStatusCode, BodyNotDecoded,
            *decoding_errors())


#: The errno values by which this machine fails a download, not the network nor the
#: site: its own limits (open files, memory, disk) and its own policy (a local
#: firewall's EPERM / EACCES on connect). A refused or reset connection, a host
#: unreachable, a timeout are the network's (Twisted's and Scrapy's own classes).
MACHINE_ERRNOS = frozenset({errno.EMFILE, errno.ENFILE, errno.ENOMEM, errno.ENOBUFS, errno.ENOSPC, errno.EDQUOT,
                            errno.EROFS, errno.EACCES, errno.EPERM})
#: The stats counting them, by errno's name (``clippings/machine_errors/EMFILE``).
MACHINE_ERRORS = "clippings/machine_errors/"
#: Causes and failures looked through for one (a bounded walk).
_MAX_CAUSES = 16


def machine_fault(exc: BaseException) -> int | None:
    """The errno of this machine's own failure (:data:`MACHINE_ERRNOS`) behind a
    download's error, or None: an ``OSError``'s, a Twisted ``ConnectError``'s
    (``ConnectBindError`` carries ``socket()``'s EMFILE so: "Couldn't bind: 24: Too
    many open files."), looked for through the exception's causes and the failures
    Twisted's ``ResponseFailed`` lists."""
    waiting: list[BaseException] = [exc]
    for _ in range(_MAX_CAUSES):
        if not waiting:
            return None
        current = waiting.pop()
        number: object = None
        if isinstance(current, OSError):
            number = current.errno
        elif isinstance(current, net_error.ConnectError):
            number = current.osError.errno if isinstance(current.osError, OSError) else current.osError
        if isinstance(number, int) and number in MACHINE_ERRNOS:
            return number
        waiting += [reason.value for reason in getattr(current, "reasons", None) or []
                    if isinstance(reason, Failure) and isinstance(reason.value, BaseException)]
        waiting += [linked for linked in (current.__context__, current.__cause__) if linked is not None]
    return None


def machine_stat(number: int) -> str:
    """The stat counting a download this machine failed with errno ``number`` (:data:`MACHINE_ERRORS`)."""
    return MACHINE_ERRORS + errno.errorcode.get(number, str(number))


def machine_words(number: int) -> str:
    """An errno of :data:`MACHINE_ERRNOS` in words ("EMFILE: Too many open files")."""
    hint = {errno.EMFILE: " (this process's limit: ulimit -n)", errno.ENFILE: " (the system's limit)"}.get(number, "")
    return f"{errno.errorcode.get(number, str(number))}: {os.strerror(number)}{hint}"


def decoding_errors() -> tuple[type[BaseException], ...]:
    """What Scrapy's HttpCompressionMiddleware fails an answer with when its body is not
    in the ``Content-Encoding`` it names (a site's fault): zlib's error (deflate),
    brotli's and zstd's as Scrapy imports them (gzip's BadGzipFile is an OSError)."""
    found: list[type[BaseException]] = [zlib.error]
    for module, name in ((getattr(scrapy_compression, "brotli", None), "error"),
                         (getattr(scrapy_compression, "zstd", None), "ZstdError")):
        kind = getattr(module, name, None)
        if isinstance(kind, type) and issubclass(kind, BaseException):
            found.append(kind)
    return tuple(found)


class BoundedHeadDownloadHandler(HTTP11DownloadHandler):
    """``HTTP11DownloadHandler`` whose connections read at most
    :data:`MAX_HEAD_BYTES` of an answer's head, and which fails an answer whose
    status code is not one from 100 to 599 (``DOWNLOAD_HANDLERS``): Twisted takes any
    integer (``int`` of "-200", of twenty nines), and one past SQLite's integers
    made the page's ``fetches`` row fail to be written (its error counted as lost)."""

    def __init__(self, crawler: Any) -> None:
        super().__init__(crawler)
        cap_heads(self)
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


# --- The private names the head cap reaches ---------------------------------------
#
# No public API bounds an answer's head. Twisted's HTTP client has no such limit (only
# LineReceiver's 16 KiB a line) and no public way to give it a parser or a protocol of
# one's own: raising even its line limit "is not straightforward at the moment without
# relying on private APIs" (twisted/twisted#8570, PR #12094; scrapy/scrapy#355, PR
# #5911). Scrapy's handler takes no connection pool, protocol or parser of one's own
# either, and itself sets the pool's private ``_factory`` (to its lenient one, which is
# subclassed here). So the cap reaches three private names, here and nowhere else:
#
# - ``HTTP11DownloadHandler._pool`` (Scrapy): the handler's Twisted connection pool;
# - ``HTTPConnectionPool._factory`` (Twisted): the class of its protocols' factory;
# - ``HTTP11ClientProtocol._parser`` (Twisted): the answer's parser that ``request``
#   makes, whose ``lineReceived`` reads each line of the head.
#
# :func:`private_names_missing` checks each is there, in the shape used, as a crawl's
# handler is made: a Scrapy or Twisted that renamed one stops every crawl at its start
# with an error naming it (an AttributeError in each request's row, or a crawl whose
# heads ran uncapped, were what a change did before). tests/test_hostile_heads.py
# checks it passes on the versions installed, and the cap's effect end to end.


class PrivateNamesMissing(RuntimeError):
    """A Scrapy or Twisted without a private name the head cap reaches."""


def cap_heads(handler: HTTP11DownloadHandler) -> None:
    """Make the connections of ``handler``'s pool read at most :data:`MAX_HEAD_BYTES`
    of an answer's head (see above); raises :class:`PrivateNamesMissing`."""
    missing = private_names_missing(handler)
    if missing:
        raise PrivateNamesMissing(f"the cap on an answer's head cannot be put in place: {missing} (Scrapy "
                                  f"{scrapy_version}, Twisted {twisted_version}; crawler/download.py)")
    handler._pool._factory = bounded_factory(handler._pool._factory)


def private_names_missing(handler: HTTP11DownloadHandler) -> str | None:
    """What of the private names :func:`cap_heads` reaches ``handler`` lacks, or None."""
    pool = getattr(handler, "_pool", None)
    if pool is None:
        return "Scrapy's HTTP11DownloadHandler has no _pool"
    factory = getattr(pool, "_factory", None)
    if not (isinstance(factory, type) and callable(getattr(factory, "buildProtocol", None))):
        return "Twisted's HTTPConnectionPool has no _factory class with a buildProtocol"
    if not (callable(getattr(HTTP11ClientProtocol, "request", None)) and hasattr(HTTP11ClientProtocol, "_parser")):
        return "Twisted's HTTP11ClientProtocol has no request and _parser"
    if not callable(getattr(HTTPClientParser, "lineReceived", None)):
        return "Twisted's HTTPClientParser has no lineReceived"
    return None


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
        parser = self.protocol._parser  # (private: see "The private names the head cap reaches")
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
