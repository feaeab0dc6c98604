"""A small news site on 127.0.0.1 with pages reached only through an article:
``/`` links to ``/a/1`` .. ``/a/N``; each ``/a/n`` (an article) links to
``/b/n`` (an article linked from nowhere else). Every article sends an ETag and
answers 304 to a request that sends it back, as real sites do; ``gate_b``
cleared holds every ``/b/`` answer (a test stops or kills a crawl meanwhile);
a path in ``failing`` answers 503 (``fail_first_article``: the first ``/a/``
page asked, whichever it is). One site serves a test module: :meth:`reset`
between its tests."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

from benchmarks.served_pages import STOP_POLL
from tests.support.slow_site import article_html


class ChainSite:
    def __init__(self, articles: int = 6) -> None:
        self.articles = articles
        self.gate_b = threading.Event()
        self.gate_b.set()
        self.requested: list[str] = []
        """The path of every request, as it arrives (robots.txt left out)."""
        self.asked_b = 0
        self.failing: set[str] = set()
        self.fail_first = False
        self.lock = threading.Lock()
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                if self.path != "/robots.txt":
                    with site.lock:
                        site.requested.append(self.path)
                status, body, etag = site.answer(self.path, self.headers.get("If-None-Match"))
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    if etag:
                        self.send_header("ETag", etag)
                    self.send_header("Content-Length", str(len(data)) if status != 304 else "0")
                    self.end_headers()
                    if status != 304:
                        self.wfile.write(data)
                except OSError:
                    pass  # the crawler hung up (it was stopped or killed): fine

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True)

    def reset(self) -> None:
        """As new: no request seen, none held, none failing."""
        self.gate_b.set()
        with self.lock:
            self.requested.clear()
            self.asked_b = 0
            self.failing.clear()
            self.fail_first = False

    def fail_first_article(self) -> None:
        """The first ``/a/`` page asked from now on answers 503 (its retries too)."""
        with self.lock:
            self.fail_first = True

    def answer(self, path: str, if_none_match: str | None) -> tuple[int, str, str | None]:
        with self.lock:
            if self.fail_first and path.startswith("/a/"):
                self.fail_first = False
                self.failing.add(path)
            failing = path in self.failing
        if failing:
            return 503, "<html><body>try again later</body></html>", None
        if path == "/":
            links = "".join(f"<li><a href='/a/{n}'>Story {n}</a></li>" for n in range(1, self.articles + 1))
            return 200, f"<html><head><title>Home</title></head><body><ul>{links}</ul></body></html>", None
        kind, _, number = path.strip("/").partition("/")
        if kind in ("a", "b") and number.isdigit() and 1 <= int(number) <= self.articles:
            n = int(number)
            etag = f'"{kind}-{n}"'
            if kind == "b":
                with self.lock:
                    self.asked_b += 1
                self.gate_b.wait(timeout=120)
            if if_none_match == etag:
                return 304, "", etag
            html = article_html(n if kind == "a" else 100 + n)
            if kind == "a":
                html = html.replace("</article>", f"<p><a href='/b/{n}'>Read on</a></p></article>")
            return 200, html, etag
        return 404, "<html><body>not found</body></html>", None

    def paths(self) -> list[str]:
        with self.lock:
            return list(self.requested)

    def article_urls(self) -> set[str]:
        return {f"{self.base_url}/{kind}/{n}" for kind in "ab" for n in range(1, self.articles + 1)}

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.gate_b.set()
        self.server.shutdown()
        self.server.server_close()
