"""parse_article on pages of kinds other than news: company, product, association and
government pages, forum threads, recipes and FAQ pages (tests/fixtures/sitekinds, written
by hand in the markup of the systems named in its README). The body must hold the main
text (``with``) and leave out the page's furniture (``without``)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from crawler.parsers import parse_article

KINDS = Path(__file__).parent / "fixtures" / "sitekinds"
PAGES = sorted(KINDS.glob("*.html"))
# Furniture the body still keeps (known, not yet fixed): a forum's "who is online"
# box after the last post, a member's stats list in a post's author pane.
LEAKING = {"forum-phpbb-de", "forum-xenforo-de"}


def _norm(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().casefold()


def _body(page: Path) -> tuple[dict, str]:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_article(page.read_bytes(), expected["url"])
    assert article is not None, f"{page.name}: no record"
    return expected, _norm(article.body)


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.stem)
def test_site_kind_body_holds_the_main_text(page: Path) -> None:
    expected, body = _body(page)
    missing = [s for s in expected["with"] if _norm(s) not in body]
    assert not missing, missing


@pytest.mark.parametrize("page", [
    pytest.param(p, marks=pytest.mark.xfail(strict=True, reason="known leak")) if p.stem in LEAKING else p
    for p in PAGES], ids=lambda p: p.stem)
def test_site_kind_body_leaves_out_the_furniture(page: Path) -> None:
    expected, body = _body(page)
    leaked = [s for s in expected["without"] if _norm(s) in body]
    assert not leaked, leaked
