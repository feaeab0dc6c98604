"""A small news site on 127.0.0.1 whose pages answer as slowly as a test asks:
long enough crawls to interrupt, lock or watch, without any network."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self

from benchmarks.served_pages import STOP_POLL

WORDS = ("The harbour authority approved the new ferry timetable on Tuesday after months of "
         "debate among residents of the outer islands, who had asked for an earlier sailing.")


def article_html(number: int, edition: int = 1) -> str:
    """Article ``number`` (its text changes with ``edition``)."""
    body = "".join(f"<p>Story {number}, paragraph {p}, edition {edition}. {WORDS}</p>" for p in range(5))
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Story {number}</title>"
            f"<meta property='og:type' content='article'></head><body><article><h1>Story {number}</h1>"
            f"<p class='byline'>By Ann Lee</p><time datetime='2025-07-16'>July 16, 2025</time>"
            f"{body}</article></body></html>")


class SlowSite:
    """``/`` links to ``/story/1`` .. ``/story/N``; each story waits ``delay``
    seconds (and while ``gate`` is cleared) before answering; ``/stall`` waits
    ``stall`` seconds."""

    def __init__(self, stories: int = 20, delay: float = 0.0, stall: float = 60.0) -> None:
        self.stories = stories
        self.delay = delay
        self.stall = stall
        self.edition = 1
        self.gate = threading.Event()
        self.gate.set()  # open: stories answer (after ``delay``); cleared, they wait
        self.closing = threading.Event()
        """Set as the site closes: every wait ends, so each request's thread ends with it."""
        self.paths: list[str] = []
        self.agents: list[str] = []
        site = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, format: str, *args: object) -> None:
                pass

            def do_GET(self) -> None:
                site.paths.append(self.path)
                site.agents.append(self.headers.get("User-Agent", ""))
                status, body = site.answer(self.path)
                data = body.encode("utf-8")
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "text/html; charset=utf-8")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except OSError:
                    pass  # the crawler hung up (it was stopped): fine

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        # (its request threads are joined as it closes: none runs on into the next test)
        self.server.daemon_threads = False
        self.base_url = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True)

    def answer(self, path: str) -> tuple[int, str]:
        if path == "/":
            links = "".join(f"<li><a href='/story/{n}'>Story {n}</a></li>" for n in range(1, self.stories + 1))
            return 200, f"<html><head><title>Home</title></head><body><a href='/stall'>x</a><ul>{links}</ul></body></html>"
        if path.startswith("/story/") and path[7:].isdigit() and 1 <= int(path[7:]) <= self.stories:
            self.closing.wait(self.delay)
            self.gate.wait(timeout=120)
            return 200, article_html(int(path[7:]), self.edition)
        if path == "/stall":
            self.closing.wait(self.stall)
            return 200, "<html><body>late</body></html>"
        return 404, "<html><body>not found</body></html>"

    def page_paths(self) -> list[str]:
        """Paths requested, robots.txt left out."""
        return [p for p in self.paths if p != "/robots.txt"]

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        """Closed: the waits end (a stalled answer, a closed gate), the server stops,
        and its threads are joined (a stalled answer's thread ran on for minutes, into
        the tests after this one)."""
        self.closing.set()
        self.gate.set()
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()
