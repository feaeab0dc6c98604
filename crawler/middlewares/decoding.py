"""Scrapy's HttpCompressionMiddleware, its failures said in words.

An answer whose body is not in the ``Content-Encoding`` its header names (bytes that
are no gzip stream, a stream cut or damaged) failed with the decompressor's own
exception, and its ``fetches`` row read "error: Error -3 while decompressing data:
invalid stored block lengths" (zlib's exception is named ``error``). The same
failure is raised here as :class:`~crawler.download.BodyNotDecoded`, whose message
says what failed and keeps the decompressor's words and exception: "BodyNotDecoded:
the answer's body could not be decompressed (Content-Encoding: gzip): invalid stored
block lengths (zlib.error)". Still the site's fault, an ordinary failure
(:func:`crawler.download.download_errors`).
"""

from __future__ import annotations

import gzip
import struct

from scrapy import Request
from scrapy.downloadermiddlewares.httpcompression import HttpCompressionMiddleware
from scrapy.http import Response

from crawler.download import BodyNotDecoded, decoding_errors


class WordedHttpCompressionMiddleware(HttpCompressionMiddleware):
    """``HttpCompressionMiddleware`` whose decoding failures are :class:`BodyNotDecoded`."""

    def process_response(self, request: Request, response: Response) -> Request | Response:  # type: ignore[override]
        # (gzip's BadGzipFile, an OSError: not every OSError, a machine's own is no broken body; a gzip
        # stream cut short, EOFError)
        failures: tuple[type[BaseException], ...] = (*decoding_errors(), gzip.BadGzipFile, EOFError, struct.error)
        codings = b", ".join(response.headers.getlist("Content-Encoding")).decode("latin-1")
        try:
            return super().process_response(request, response)
        except failures as exc:
            raise BodyNotDecoded(codings, exc) from exc
