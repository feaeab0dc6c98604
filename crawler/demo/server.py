"""The demo publication served over HTTP on 127.0.0.1, in one of two states.

    with serve_demo() as server:          # port 0: a free port
        crawl(server.base_url)             # e.g. "http://127.0.0.1:43125"
        server.set_state(2)                # same port, the site some days later
        crawl(server.base_url)

Every 200 answer carries ``ETag`` and ``Last-Modified`` and honours
``If-None-Match`` / ``If-Modified-Since`` with a 304; redirects, 404, 410 and 500
answers are part of the site on purpose (see :mod:`crawler.demo.content`).
``server.requests`` records ``(method, path, headers)`` of every request.

Run it by hand with ``python -m crawler.demo.server [--port N] [--state N]``.
"""

from __future__ import annotations

import argparse
import hashlib
import re
import sys
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import urlsplit

from crawler.demo import content as C
from crawler.demo import feeds, pages
from crawler.demo.markup import parse_stamp
from crawler.demo.templates import render_article, render_seed

HTML = "text/html; charset=utf-8"
# When each state of the site was "built": Last-Modified of pages that changed in it.
STATE_TIMES = {1: datetime(2025, 8, 15, 18, 0, tzinfo=UTC),
               2: datetime(2025, 8, 20, 6, 0, tzinfo=UTC)}
CSS = "body{font-family:Georgia,serif;max-width:70rem;margin:auto}\n"


@dataclass
class Response:
    status: int
    content_type: str = HTML
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: datetime | None = None


class DemoSite:
    """The publication's pages as a function of (path, state, base URL)."""

    def __init__(self, state: int = 1) -> None:
        self.state = state

    @property
    def state(self) -> int:
        return self._state

    @state.setter
    def state(self, value: int) -> None:
        if value not in C.STATES:
            raise ValueError(f"state must be one of {C.STATES}, not {value!r}")
        self._state = value

    def get(self, target: str, base: str, state: int | None = None) -> Response:
        """The answer to ``GET target`` (path and optional query) in ``state``."""
        state = self.state if state is None else state
        return _cached(urlsplit(target).path or "/", base, state)


def _stamp(value: str | None) -> datetime | None:
    if not value:
        return None
    parsed = parse_stamp(value)
    if isinstance(parsed, datetime):
        return parsed.astimezone(UTC)
    return datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)


_CACHE: dict[tuple[str, str, int], Response] = {}
_CACHE_LOCK = threading.Lock()


def _cached(path: str, base: str, state: int) -> Response:
    key = (path, base, state)
    with _CACHE_LOCK:
        hit = _CACHE.get(key)
    if hit:
        return hit
    resp = _route(path, base, state)
    if resp.status == 200:
        own = resp.last_modified
        if state == 2 and _cached(path, base, 1).body != resp.body:
            own = STATE_TIMES[2]
        resp.last_modified = own or STATE_TIMES[1]
        resp.headers["ETag"] = '"' + hashlib.sha1(resp.body).hexdigest()[:24] + '"'
        resp.headers["Last-Modified"] = format_datetime(resp.last_modified, usegmt=True)
    with _CACHE_LOCK:
        if len(_CACHE) > 4096:
            _CACHE.clear()
        _CACHE[key] = resp
    return resp


def _html(text: str | None, last_modified: datetime | None = None) -> Response:
    if text is None:
        return _error(404)
    return Response(200, HTML, text.encode("utf-8"), last_modified=last_modified)


def _error(status: int) -> Response:
    return Response(status, HTML, pages.error(status).encode("utf-8"))


_PAGED = re.compile(r"^(?P<prefix>/|/section/[a-z0-9-]+/)(?:page/(?P<n>[1-9][0-9]*)/)?$")
_SITEMAP = re.compile(r"^/sitemaps/posts-(\d{4}-\d{2})\.xml$")


def _route(path: str, base: str, state: int) -> Response:
    story = C.by_path(state).get(path)
    if story:
        return _html(render_article(story, state, base), _stamp(story.modified or story.published))
    if path in C.gone(state):
        return _error(C.gone(state)[path])
    if path in C.REDIRECTS:
        target = C.by_slug(C.REDIRECTS[path], state)
        if target:
            return Response(301, HTML, b"", {"Location": base + target.path})
    if path in C.ERROR_PAGES:
        return _error(C.ERROR_PAGES[path])
    for private in C.private_stories():
        if path == private.path:
            return _html(render_seed(private, state, base), _stamp(private.published))
    xml = "application/xml; charset=utf-8"
    if path == "/robots.txt":
        return Response(200, "text/plain; charset=utf-8", feeds.robots(base).encode())
    if path == "/sitemap.xml":
        return Response(200, xml, feeds.sitemap_index(base, state).encode())
    if m := _SITEMAP.match(path):
        text = feeds.sitemap(m.group(1), base, state)
        return Response(200, xml, text.encode()) if text else _error(404)
    if path == "/feed.xml":
        return Response(200, "application/rss+xml; charset=utf-8", feeds.rss(base, state).encode())
    if path == "/atom.xml":
        return Response(200, "application/atom+xml; charset=utf-8", feeds.atom(base, state).encode())
    if path.startswith("/media/") or (path.startswith("/static/") and path.endswith(".png")):
        return Response(200, "image/gif", feeds.media_bytes())
    if path.startswith("/static/") and path.endswith(".css"):
        return Response(200, "text/css; charset=utf-8", CSS.encode())
    if path == "/about/":
        return _html(pages.about(base))
    if path == "/contact/":
        return _html(pages.contact(base))
    if m := _PAGED.match(path):
        number = int(m.group("n") or 1)
        if m.group("n") == "1":
            return _error(404)
        prefix = m.group("prefix")
        if prefix == "/":
            return _html(pages.home(number, base, state))
        return _html(pages.section(prefix.split("/")[2], number, base, state))
    if m := re.match(r"^/(tag|author)/([a-z0-9-]+)/$", path):
        render = pages.tag if m.group(1) == "tag" else pages.author
        return _html(render(m.group(2), base, state))
    return _error(404)


def _not_modified(headers, resp: Response) -> bool:
    inm = headers.get("If-None-Match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return "*" in tags or resp.headers["ETag"] in tags
    ims = headers.get("If-Modified-Since")
    if ims and resp.last_modified:
        try:
            since = parsedate_to_datetime(ims)
        except (TypeError, ValueError):
            return False
        if since.tzinfo is None:
            since = since.replace(tzinfo=UTC)
        return resp.last_modified.replace(microsecond=0) <= since
    return False


class _Handler(BaseHTTPRequestHandler):
    server: _HTTPServer
    protocol_version = "HTTP/1.1"
    server_version = "MeridianCMS/2.4"
    timeout = 30  # idle keep-alive connections do not hold a thread forever
    sys_version = ""

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _answer(self, send_body: bool) -> None:
        srv = self.server
        srv.record(self.command, self.path, dict(self.headers.items()))
        # Counted from the request's arrival until just before the answer's first
        # byte leaves: a span inside the client's (which ends when the answer has
        # arrived), so max_in_flight never over-counts what a client held at once.
        with srv.counting() as leave:
            if srv.latency:
                time.sleep(srv.latency)
            self._send(srv, send_body, leave)

    def _send(self, srv: _HTTPServer, send_body: bool, leave: Callable[[], None]) -> None:
        resp = srv.site.get(self.path, srv.base_url)
        status, body = resp.status, resp.body
        if status == 200 and _not_modified(self.headers, resp):
            status, body = 304, b""
        self.send_response(status)
        if status != 304:
            self.send_header("Content-Type", resp.content_type)
            self.send_header("Content-Length", str(len(body)))
        else:
            self.send_header("Content-Length", "0")
        for name, value in resp.headers.items():
            self.send_header(name, value)
        if status in (200, 304):
            self.send_header("Cache-Control", "public, max-age=0, must-revalidate")
        leave()
        self.end_headers()
        if send_body and body:
            self.wfile.write(body)

    def do_GET(self) -> None:
        self._answer(True)

    def do_HEAD(self) -> None:
        self._answer(False)

    def _refuse(self) -> None:
        self.server.record(self.command, self.path, dict(self.headers.items()))
        self.send_response(405)
        self.send_header("Allow", "GET, HEAD")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_POST = do_PUT = do_DELETE = _refuse


class _HTTPServer(ThreadingHTTPServer):
    daemon_threads = True
    # More than socketserver's 5: a crawl opens up to 16 connections at once, and
    # the kernel drops the connections past the backlog (the client retries a
    # second later).
    request_queue_size = 128
    site: DemoSite
    base_url: str
    requests: list[tuple[str, str, dict[str, str]]]
    lock: threading.Lock

    latency: float = 0.0
    in_flight: int = 0
    max_in_flight: int = 0

    def record(self, method: str, path: str, headers: dict[str, str]) -> None:
        with self.lock:
            self.requests.append((method, path, headers))

    @contextmanager
    def counting(self) -> Iterator[Callable[[], None]]:
        """Count the requests being answered at once (``max_in_flight``); the
        request stops counting when the block calls the function it gets, or ends."""
        with self.lock:
            self.in_flight += 1
            self.max_in_flight = max(self.max_in_flight, self.in_flight)
        left = False

        def leave() -> None:
            nonlocal left
            if not left:
                left = True
                with self.lock:
                    self.in_flight -= 1

        try:
            yield leave
        finally:
            leave()


class DemoServer:
    """A running demo site; a context manager that stops the server on exit."""

    def __init__(self, host: str = "127.0.0.1", port: int = 0, state: int = 1) -> None:
        self.site = DemoSite(state)
        self._httpd = _HTTPServer((host, port), _Handler)
        self._httpd.site = self.site
        self._httpd.requests = []
        self._httpd.lock = threading.Lock()
        self.host, self.port = self._httpd.server_address[:2]
        self.base_url = f"http://{self.host!s}:{self.port}"
        self._httpd.base_url = self.base_url
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05},
                                        name=f"demo-site-{self.port}", daemon=True)
        self._thread.start()

    @property
    def state(self) -> int:
        return self.site.state

    def set_state(self, state: int) -> None:
        self.site.state = state

    @property
    def requests(self) -> list[tuple[str, str, dict[str, str]]]:
        """``(method, path with query, headers)`` of every request so far, oldest first.

        The live list (appended under a lock): ``.clear()`` on it works; copy it with
        ``list(...)`` before iterating while a crawl is running."""
        return self._httpd.requests

    def clear_requests(self) -> None:
        """Forget the requests so far (and the most answered at once)."""
        with self._httpd.lock:
            self._httpd.requests.clear()
            self._httpd.max_in_flight = self._httpd.in_flight

    @property
    def max_in_flight(self) -> int:
        """The most requests the server was answering at the same moment."""
        return self._httpd.max_in_flight

    def slow_down(self, latency: float) -> None:
        """Answer each request after ``latency`` seconds (so requests overlap)."""
        self._httpd.latency = latency

    def close(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(5)
        self._httpd.server_close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def serve_demo(host: str = "127.0.0.1", port: int = 0, state: int = 1) -> DemoServer:
    """Start the demo site in a daemon thread; ``port=0`` picks a free port."""
    return DemoServer(host, port, state)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the Clippings demo publication on 127.0.0.1.")
    parser.add_argument("--port", type=int, default=0, help="port to listen on (default: a free one)")
    parser.add_argument("--state", type=int, default=1, choices=C.STATES, help="site state (1 or 2)")
    args = parser.parse_args(argv)
    with serve_demo(port=args.port, state=args.state) as server:
        print(f"{C.site_name()} (state {server.state}) at {server.base_url}/", flush=True)
        print("type 1 or 2 and Enter to switch state; Ctrl-C to stop", flush=True)
        try:
            for line in sys.stdin:  # ends at once when stdin is closed or /dev/null
                if line.strip() in {str(s) for s in C.STATES}:
                    server.set_state(int(line))
                    print(f"now serving state {server.state}", flush=True)
            threading.Event().wait()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
