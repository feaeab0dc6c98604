"""One GET of a test site's page, for the template-site tests that check what a
generator serves (its status, its declared content type and its raw bytes, in the
page's own codec)."""

from __future__ import annotations

import urllib.request
from typing import Any

import pytest


def fetch(url: str) -> tuple[int, str, bytes]:
    """``(status, Content-Type, body bytes)`` of a GET of ``url`` (a 127.0.0.1 test site)."""
    with urllib.request.urlopen(url) as answer:
        return answer.status, answer.headers.get("Content-Type", ""), answer.read()


def served_story_text(url: str, template: str, lang: Any) -> str:
    """The text of a generated site's story at ``url``, checked as served: status 200;
    an old ``table`` template's page sent as ``text/html`` with no charset, in the
    publication's old codec (``lang.old_codec``, declared in the page as
    ``lang.old_declared``), which is no UTF-8; any other page in UTF-8."""
    status, kind, data = fetch(url)
    assert status == 200
    if template != "table":
        return data.decode("utf-8")
    assert kind == "text/html"
    text = data.decode(lang.old_codec)
    assert f"charset={lang.old_declared}" in text
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")
    return text
