"""crawler/response_kinds.py gives what Scrapy's ``responsetypes`` gives, without Scrapy."""

from __future__ import annotations

import itertools
import subprocess
import sys

import pytest
from scrapy.http import Headers, TextResponse
from scrapy.responsetypes import responsetypes

from crawler.response_kinds import is_text_response
from tests.conftest import ENV, ROOT

HEADERS = [
    [], [("Content-Type", "text/html; charset=utf-8")], [("content-type", "TEXT/HTML")],
    [("Content-Type", "image/png")], [("Content-Type", "application/octet-stream")],
    [("Content-Type", "application/rss+xml")], [("Content-Type", "application/ld+json")],
    [("Content-Type", "text/plain"), ("Content-Type", "image/png")],  # the last value counts
    [("Content-Type", "image/png"), ("CONTENT-TYPE", "text/html")],
    [("Content-Type", "text/html"), ("Content-Encoding", "gzip")],
    [("Content-Type", "text/html"), ("Content-Encoding", "")],
    [("Content-Type", "")], [("Content-Type", "text")], [("Content-Type", "text/*")], [("Content-Type", ";")],
    [("Content-Type", "t\u212aext/html")], [("Content-Type", "tëxt/html")],
    [("Content-Type", "image/png"), ("Content-Disposition", 'attachment; filename="story.html"')],
    [("Content-Disposition", "attachment; filename=photo.jpg")], [("Content-Disposition", "attachment")],
    [("Content-Disposition", "inline; filename")], [("Content-Disposition", "x; filename='a.txt'")],
    [("Content-Type", "application/x-unknown"), ("Content-Disposition", "attachment; filename=a.json")],
]
URLS = ["https://example.com/", "https://example.com/news/story.html", "https://example.com/photo.jpg",
        "https://example.com/file.tar.gz", "https://example.com/data.json", "https://example.com/a.pdf?x=1",
        "https://example.com/feed.xml", "https://example.com/a.unknownext"]
BODIES = [b"", b"<html><p>Hi</p></html>", b"plain words", b"\x89PNG\r\n\x1a\n\x00\x01", b"a\x00b",
          b"text\x1b[0m", b"x" * 5000 + b"\x01", b"\x7f\x80\xff bytes", b"<?xml version='1.0'?><a/>"]


def scrapys(headers: list[tuple[str, str]], url: str, body: bytes) -> bool:
    scrapy_headers = Headers()
    for name, value in headers:
        scrapy_headers.appendlist(name, value)
    return issubclass(responsetypes.from_args(headers=scrapy_headers, url=url, body=body), TextResponse)


@pytest.mark.parametrize("headers", HEADERS, ids=range(len(HEADERS)))
def test_a_response_is_text_exactly_when_scrapy_makes_it_a_text_response(headers: list[tuple[str, str]]) -> None:
    kinds = {(url, body): is_text_response(headers, url, body) for url, body in itertools.product(URLS, BODIES)}
    assert kinds == {(url, body): scrapys(headers, url, body) for url, body in itertools.product(URLS, BODIES)}
    assert len(set(kinds.values())) == 2 or headers  # both answers occur, with no headers to decide


def test_the_replay_commands_import_no_scrapy() -> None:
    """import-warc and reextract (crawler.replay) start without Scrapy and Twisted."""
    code = ("import sys, crawler.cli, crawler.replay; "
            "print(sorted(m for m in sys.modules if m.split('.')[0] in ('scrapy', 'twisted')))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, env=ENV,
                            timeout=300, check=True)
    assert result.stdout.strip() == "[]"
