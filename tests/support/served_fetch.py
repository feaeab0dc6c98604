"""One GET of a test site's page, for the template-site tests that check what a
generator serves (its status, its declared content type and its raw bytes, in the
page's own codec)."""

from __future__ import annotations

import urllib.request


def fetch(url: str) -> tuple[int, str, bytes]:
    """``(status, Content-Type, body bytes)`` of a GET of ``url`` (a 127.0.0.1 test site)."""
    with urllib.request.urlopen(url) as answer:
        return answer.status, answer.headers.get("Content-Type", ""), answer.read()
