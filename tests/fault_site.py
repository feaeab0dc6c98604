"""A hostile news site on 127.0.0.1: network faults, lying headers, forged
identities, off-site redirects and crawler traps, beside a few good articles.

``FaultSite`` serves it on a free port from a real threaded HTTP server and
records every request; ``EXPECTED`` says, path by path, what the archive must
make of each page. Used by ``tests/test_fault_site.py``.
"""

from __future__ import annotations

import contextlib
import gzip
import socket
import struct
import threading
import time
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

from benchmarks.served_pages import STOP_POLL

WORDS = (
    "The harbour authority approved the new ferry timetable on Tuesday after months of debate. "
    "Residents of the outer islands had asked for an earlier morning sailing to reach the mainland. "
    "The operator said the change would add two crossings a day without buying another vessel. "
    "Council members warned that the budget for repairs to the old pier remains unresolved."
)


def article(title: str, path: str, *, base: str = "", canonical: str | None = None, published: str = "2025-07-16",
            charset: str = "utf-8", extra: str = "") -> str:
    """An article page; ``canonical`` defaults to its own URL."""
    canon = canonical if canonical is not None else base + path
    paragraphs = "".join(f"<p>{title}: {WORDS} Paragraph {n}.</p>" for n in range(4))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='{charset}'><title>{title}</title>"
            f"<link rel='canonical' href='{canon}'><meta property='og:type' content='article'></head>"
            f"<body><article><h1>{title}</h1><p class='byline'>By Ann Lee</p>"
            f"<time datetime='{published}'>{published}</time>{paragraphs}{extra}</article></body></html>")


# path -> (expected outcomes of its fetches row(s), note). Articles: "stored".
EXPECTED: dict[str, set[str]] = {
    "/news/good-2": {"stored"},
    "/news/good-3": {"stored"},
    "/news/real-story": {"stored"},
    "/news/fake-story": {"stored"},          # kept under its own URL
    "/news/offsite-canonical": {"stored"},   # kept under its own URL
    "/news/old-story": {"too-old"},
    "/news/retry-after": {"stored"},  # 429 with Retry-After first, then the article
    "/news/lying-charset": {"stored"},
    "/news/utf-16": {"stored"},
    "/news/binary": {"not-article"},
    "/news/noise": {"not-article"},  # binary bytes of no known format, as text/html
    "/news/empty": {"not-article"},  # 200 with an empty body
    "/redirect/offsite-host": {"redirect"},
    "/redirect/offsite-port": {"redirect"},
    "/redirect/loop-a": {"redirect"},  # maybe round and round, until the redirect limit
    "/redirect/loop-b": {"redirect"},
    "/redirect/meta-refresh": {"redirect"},  # <meta http-equiv=refresh>: a redirect in the page
    "/news/self-refresh": {"stored"},  # a meta refresh to itself: a reload, not a redirect
    "/fault/reset": {"error"},
    "/fault/truncated": {"error"},
    "/fault/stall": {"error"},
    "/fault/trickle": {"error"},
    "/fault/500": {"error"},
    "/fault/gzip-bomb": {"error"},
    "/fault/huge": {"error"},
    "/fault/endless": {"error"},
    "/fault/fake-gzip": {"error"},  # starts with the gzip signature, is no gzip
    "/fault/cut-gzip": {"error"},  # gzip cut short in its header
    "/fault/sitemap-bomb.xml.gz": {"error"},  # a gzip sitemap past the decompression cap
    "/redirect/to-file": {"redirect"},  # a scheme Clippings does not fetch: one row, not followed
    "/redirect/to-ftp": {"redirect"},
    "/redirect/to-data": {"redirect"},
    "/redirect/to-javascript": {"redirect"},
}
# Redirect targets that are not http(s), by path.
SCHEME_REDIRECTS = {
    "/redirect/to-file": "file:///etc/passwd",
    "/redirect/to-ftp": "ftp://127.0.0.1/x",
    "/redirect/to-data": "data:text/html,<p>hi</p>",
    "/redirect/to-javascript": "javascript:alert(1)",
}
# Links to an article under session ids (a crawl trap: a new id on every page).
SESSION_LINKS = ["/news/good-3?sessionid=0123abcd", "/news/good-3;jsessionid=0123ABCD",
                 "/news/good-2?PHPSESSID=9f8e7d6c5b4a", "/news/good-2?page=1&sid=0a1b2c3d4e5f60718293a4b5c6d7e8f9"]
# Articles the archive must hold, by canonical path, with their titles.
STORED_TITLES = {
    "/news/good-1": "Good story one",
    "/news/good-2": "Good story two",
    "/news/good-3": "Good story three",
    "/news/real-story": "Ferry timetable approved",
    "/news/fake-story": "FAKE: ferry timetable withdrawn",
    "/news/offsite-canonical": "A story that claims another site",
    "/news/retry-after": "A story behind a rate limit",
    "/news/lying-charset": "Café crème for the pêcheurs",
    "/news/utf-16": "Fähre: der neue Fahrplan",
    "/news/self-refresh": "A story that reloads itself",
}
CHAIN_LENGTH = 30


class FaultHandler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: FaultServer

    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self.server.record(self.path)
        parts = urlsplit(self.path)
        route = self.server.routes.get(parts.path)
        if route is None:
            self.send_bytes(404, b"<html><body>not here</body></html>")
            return
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            route(self, parse_qs(parts.query))

    # -- answers ---------------------------------------------------------------

    def send_bytes(self, status: int, body: bytes, content_type: str = "text/html; charset=utf-8",
                   headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(body)

    def html(self, text: str) -> None:
        self.send_bytes(200, text.encode("utf-8"))

    def redirect(self, location: str, status: int = 302) -> None:
        self.send_bytes(status, b"", headers={"Location": location})

    def reset(self) -> None:
        """Close the connection with a TCP reset, no answer."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True


Route = Callable[[FaultHandler, dict[str, list[str]]], None]


class FaultServer(ThreadingHTTPServer):
    daemon_threads = True
    # socketserver's default backlog of 5 is less than the crawl's 16 connections
    # at once: the kernel drops the SYNs past it, the client tries again after its
    # 1 s SYN timeout, and DOWNLOAD_TIMEOUT=1 ends the attempt first. Two such
    # attempts around the 429 used up its retries ("Gave up retrying ... 429").
    request_queue_size = 128

    def __init__(self, routes: dict[str, Route], host: str = "127.0.0.1", port: int = 0) -> None:
        self.address_family = socket.AF_INET6 if ":" in host else socket.AF_INET
        super().__init__((host, port), FaultHandler)
        self.routes = routes
        self.requests: list[str] = []
        self.lock = threading.Lock()
        self.counts: dict[str, int] = {}

    def record(self, path: str) -> None:
        with self.lock:
            self.requests.append(path)
            self.counts[path] = self.counts.get(path, 0) + 1

    @property
    def base_url(self) -> str:
        host = str(self.server_address[0])
        return f"http://{f'[{host}]' if ':' in host else host}:{self.server_address[1]}"


def serve(routes: dict[str, Route], host: str = "127.0.0.1", port: int = 0) -> FaultServer:
    server = FaultServer(routes, host, port)
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True).start()
    return server


@contextlib.contextmanager
def serving(routes_of: Callable[[dict[str, FaultServer]], dict[str, Route]]) -> Iterator[FaultServer]:
    """A site served on the routes ``routes_of(holder)`` gives, whose pages may name the
    site's own address through ``holder["site"]`` (set once it listens); shut at the end."""
    holder: dict[str, FaultServer] = {}
    server = holder["site"] = serve(routes_of(holder))
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def fault_routes(base: Callable[[], str], other_base: Callable[[], str], stall: float) -> dict[str, Route]:
    """Every page of the hostile site; ``base()`` is its own URL, ``other_base()``
    another site's (another port), ``stall`` seconds a stalled answer waits."""

    def index(h: FaultHandler, q: dict[str, list[str]]) -> None:
        links = ["/news/good-1?view=print", "/news/fake-story", *EXPECTED, "/news/good-1",
                 "/redirect/chain/0", "/cal/2025/01", "/loop/a/", "/list?page=1", "/grow?sort=new",
                 *SESSION_LINKS]
        h.html("<html><head><title>Fault site</title></head><body><h1>Index</h1><ul>"
               + "".join(f"<li><a href='{p}'>{p}</a></li>" for p in links) + "</ul></body></html>")

    def page(title: str, **kw: Any) -> Route:
        return lambda h, q: h.html(article(title, urlsplit(h.path).path, base=base(), **kw))

    def good_1(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html(article(STORED_TITLES["/news/good-1"], "/news/good-1", base=base()))

    def retry_after(h: FaultHandler, q: dict[str, list[str]]) -> None:
        if h.server.counts["/news/retry-after"] == 1:
            h.send_bytes(429, b"slow down", headers={"Retry-After": "1"})
        else:
            page(STORED_TITLES["/news/retry-after"])(h, q)

    def lying_charset(h: FaultHandler, q: dict[str, list[str]]) -> None:
        body = article(STORED_TITLES["/news/lying-charset"], "/news/lying-charset", base=base(), charset="utf-8")
        h.send_bytes(200, body.encode("cp1252"), content_type="text/html; charset=utf-8")

    def utf16(h: FaultHandler, q: dict[str, list[str]]) -> None:
        body = article(STORED_TITLES["/news/utf-16"], "/news/utf-16", base=base(), charset="utf-16")
        h.send_bytes(200, body.encode("utf-16"), content_type="text/html")

    def truncated(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        h.wfile.write(article("Cut short", "/fault/truncated", base=base()).encode()[:500])
        h.close_connection = True

    def stalled(h: FaultHandler, q: dict[str, list[str]]) -> None:
        time.sleep(stall)
        h.close_connection = True

    def trickle(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "100000")
        h.end_headers()
        deadline = time.monotonic() + stall
        while time.monotonic() < deadline:
            h.wfile.write(b"<")
            h.wfile.flush()
            time.sleep(0.1)
        h.close_connection = True

    def gzip_bomb(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_bytes(200, BOMB, headers={"Content-Encoding": "gzip"})

    def huge(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", str(64 * 1024 * 1024))
        h.end_headers()
        for _ in range(64):
            h.wfile.write(b"<p>" + b"x" * (1024 * 1024 - 3))

    def endless(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Transfer-Encoding", "chunked")
        h.end_headers()
        chunk = b"<p>" + b"y" * 65_533
        for _ in range(2_000):  # 128 MB, far past any size limit
            h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))

    def calendar(h: FaultHandler, q: dict[str, list[str]]) -> None:
        year, month = (int(x) for x in urlsplit(h.path).path.split("/")[2:4])
        nxt = (year + month // 12, month % 12 + 1)
        h.html(f"<html><body><h1>Events {year}-{month:02d}</h1>"
               f"<a href='/cal/{nxt[0]}/{nxt[1]:02d}'>next month</a></body></html>")

    def chain(h: FaultHandler, q: dict[str, list[str]]) -> None:
        step = int(urlsplit(h.path).path.rsplit("/", 1)[1])
        if step < CHAIN_LENGTH:
            h.redirect(f"/redirect/chain/{step + 1}")
        else:
            page("End of a long chain")(h, q)

    def listing(h: FaultHandler, q: dict[str, list[str]]) -> None:
        number = int(q.get("page", ["1"])[0])
        h.html(f"<html><body><h1>Page {number}</h1><a href='/list?page={number + 1}'>older</a></body></html>")

    def grow(h: FaultHandler, q: dict[str, list[str]]) -> None:  # each hop adds the parameter again
        h.html(f"<html><body><h1>Sorted</h1><a href='{h.path}&amp;sort=new'>sort again</a></body></html>")

    def loop(h: FaultHandler, q: dict[str, list[str]]) -> None:
        h.html("<html><body><h1>Loop</h1><a href='a/'>deeper</a></body></html>")

    routes: dict[str, Route] = {
        "/": index,
        "/robots.txt": lambda h, q: h.send_bytes(200, b"User-agent: *\nAllow: /\n", "text/plain"),
        "/news/good-1": good_1,
        "/news/good-2": page(STORED_TITLES["/news/good-2"]),
        "/news/good-3": page(STORED_TITLES["/news/good-3"]),
        "/news/real-story": page(STORED_TITLES["/news/real-story"]),
        "/news/fake-story": lambda h, q: h.html(article(
            STORED_TITLES["/news/fake-story"], "/news/fake-story", canonical=base() + "/news/real-story")),
        "/news/offsite-canonical": lambda h, q: h.html(article(
            STORED_TITLES["/news/offsite-canonical"], "/news/offsite-canonical",
            canonical=other_base() + "/news/offsite-canonical")),
        "/news/old-story": page("An old story", published="2019-03-01"),
        "/news/retry-after": retry_after,
        "/news/lying-charset": lying_charset,
        "/news/utf-16": utf16,
        "/news/binary": lambda h, q: h.send_bytes(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 64),
        "/news/noise": lambda h, q: h.send_bytes(200, bytes(i * 7919 % 251 for i in range(8192))),
        "/news/empty": lambda h, q: h.send_bytes(200, b""),
        "/redirect/offsite-host": lambda h, q: h.redirect(base().replace("127.0.0.1", "localhost") + "/news/x"),
        "/redirect/offsite-port": lambda h, q: h.redirect(other_base() + "/news/elsewhere"),
        "/redirect/loop-a": lambda h, q: h.redirect("/redirect/loop-b"),
        "/redirect/loop-b": lambda h, q: h.redirect("/redirect/loop-a"),
        "/news/self-refresh": page(STORED_TITLES["/news/self-refresh"],
                                   extra="<meta http-equiv='refresh' content='60; url=/news/self-refresh'>"),
        "/redirect/meta-refresh": lambda h, q: h.html(
            "<html><head><meta http-equiv='refresh' content='0; url=/news/good-2'></head><body></body></html>"),
        "/fault/reset": lambda h, q: h.reset(),
        "/fault/truncated": truncated,
        "/fault/stall": stalled,
        "/fault/trickle": trickle,
        "/fault/500": lambda h, q: h.send_bytes(500, b"oops"),
        "/fault/gzip-bomb": gzip_bomb,
        "/fault/huge": huge,
        "/fault/endless": endless,
        "/fault/fake-gzip": lambda h, q: h.send_bytes(200, b"\x1f\x8b\x08\x00garbage-not-gzip" * 10),
        "/fault/cut-gzip": lambda h, q: h.send_bytes(200, gzip.compress(b"<html>cut</html>")[:6]),
        "/fault/sitemap-bomb.xml.gz": lambda h, q: h.send_bytes(200, SITEMAP_BOMB, "application/gzip"),
        **{path: redirect_to(target) for path, target in SCHEME_REDIRECTS.items()},
        "/list": listing,
        "/grow": grow,
    }
    for step in range(CHAIN_LENGTH + 1):
        routes[f"/redirect/chain/{step}"] = chain
    return DynamicRoutes(routes, {"/cal/": calendar, "/loop/": loop})


def redirect_to(target: str) -> Route:
    return lambda h, q: h.redirect(target)


class DynamicRoutes(dict[str, Route]):
    """Routes with prefixes: the calendar's months and the looping path."""

    def __init__(self, routes: dict[str, Route], prefixes: dict[str, Route]) -> None:
        super().__init__(routes)
        self.prefixes = prefixes

    def get(self, path: str, default: Any = None) -> Any:  # type: ignore[override]
        if path in self:
            return self[path]
        for prefix, route in self.prefixes.items():
            if path.startswith(prefix):
                return route
        return default


# 32 MB of zeros: 32 KB on the wire.
BOMB = gzip.compress(b"\0" * (32 * 1024 * 1024), compresslevel=9)
# A sitemap of one URL and 51 MB of spaces, gzipped (no Content-Encoding): past the
# 50 MB a gzip sitemap may decompress to.
SITEMAP_BOMB = gzip.compress(b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                             b"<url><loc>/news/good-1</loc></url>" + b" " * (51 * 1024 * 1024) + b"</urlset>")
