"""Fixed pages served on 127.0.0.1 for crawl checks: the template sites of
``benchmarks/template_sites.py``, ``benchmarks/template_sites_blind.py`` and the
tests' four-template site (``tests/support/four_templates.py``)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Self
from urllib.parse import unquote

NOT_FOUND = b"<html><body>Not found</body></html>"
ROBOTS = b"User-agent: *\nAllow: /\n"


def _as_is(path: str) -> str:
    return path


def pages_handler(pages: Mapping[str, str],
                  normalise: Callable[[str], str] = _as_is) -> type[BaseHTTPRequestHandler]:
    """A handler answering each path of ``pages`` (looked up after ``normalise``, then
    percent-decoded), robots.txt allowing all, and 404 for the rest. ``pages`` is read
    at each request, so a site may fill it after the server has started."""

    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            path = normalise(self.path)
            body = pages.get(path)
            if body is None:
                body = pages.get(unquote(path))
            if path == "/robots.txt":
                status, data, kind = 200, ROBOTS, "text/plain"
            else:
                status = 200 if body is not None else 404
                data, kind = (NOT_FOUND if body is None else body.encode("utf-8")), "text/html; charset=utf-8"
            send_body(self, status, data, kind)

    return Handler


def send_body(handler: BaseHTTPRequestHandler, status: int, data: bytes,
              kind: str = "text/html; charset=utf-8") -> None:
    """Answer ``handler``'s request with ``status`` and ``data`` of type ``kind``."""
    handler.send_response(status)
    handler.send_header("Content-Type", kind)
    handler.send_header("Content-Length", str(len(data)))
    handler.end_headers()
    handler.wfile.write(data)


#: Seconds between a serving thread's looks at whether it is asked to stop:
#: ``shutdown()`` waits up to this long (``serve_forever``'s default, 0.5 s, was paid
#: by every served site a test closes).
STOP_POLL = 0.05


def start_server(handler: type[BaseHTTPRequestHandler]) -> tuple[ThreadingHTTPServer, str]:
    """The server on a free port of 127.0.0.1, serving from a daemon thread, and its base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, kwargs={"poll_interval": STOP_POLL}, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}"


def stop_server(server: ThreadingHTTPServer | None) -> None:
    assert server is not None
    server.shutdown()
    server.server_close()


class ServedSite:
    """A site whose ``pages`` (path: HTML) are served while it is open as a context
    manager; ``base_url`` is set on entering."""

    pages: dict[str, str]
    server: ThreadingHTTPServer | None = None
    base_url: str = ""

    def __enter__(self) -> Self:
        self.server, self.base_url = start_server(pages_handler(self.pages))
        return self

    def __exit__(self, *exc: object) -> None:
        stop_server(self.server)
