"""parse_article on templates of common CMSes the project was never built against.

Each fixture in tests/fixtures/unseen (see its README) is a page in the markup of a
widely used publishing system (WordPress classic theme, Ghost, Drupal, Substack, a
big newsroom); the expected record is beside it, or ``"article": false`` for a
listing, author or about page of the same site. The extractor has no rule keyed to
these class names: the fixtures check that the general rules carry over.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsers import parse_article

UNSEEN = Path(__file__).parent / "fixtures" / "unseen"
FIELDS = (
    "canonical_url", "site", "title", "description", "section", "tags", "authors", "published",
    "modified", "language", "body", "body_blocks", "word_count", "reading_time_minutes", "image",
    "related",
)



def _expected(page: Path) -> dict:
    return json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))


PAGES = sorted(UNSEEN.glob("*.html"))
ARTICLES = [p for p in PAGES if _expected(p).get("article", True)]
OTHERS = [p for p in PAGES if not _expected(p).get("article", True)]


@pytest.mark.parametrize("page", ARTICLES, ids=lambda p: p.stem)
def test_unseen_template_gives_the_expected_record(page: Path) -> None:
    expected = _expected(page)
    article = parse_article(page.read_bytes(), expected["url"])
    assert article is not None and article.page_kind == "article", f"{page.name} not recognised as an article"
    record = article.to_dict()
    wrong = {name: (record[name], expected[name]) for name in FIELDS
             if record[name] != expected[name]}
    assert not wrong, "\n".join(f"{k}: got {g!r:.300}\n   expected {e!r:.300}" for k, (g, e) in wrong.items())


@pytest.mark.parametrize("page", OTHERS, ids=lambda p: p.stem)
def test_unseen_template_non_article_is_not_stored(page: Path) -> None:
    expected = _expected(page)
    record = parse_article(page.read_bytes(), expected["url"])
    assert record is None or record.page_kind in ("listing", "page"), record.provenance.get("page_kind")


def test_fixtures_are_up_to_date() -> None:
    """The fixtures are written by build.py; check none was edited by hand."""
    import runpy
    import tempfile

    script = UNSEEN / "build.py"
    with tempfile.TemporaryDirectory() as tmp:
        namespace = runpy.run_path(str(script), run_name="fixtures")
        for name in ("wordpress", "ghost", "drupal", "substack", "newsroom", "wordpress_plain", "localnews"):
            fn = namespace[name]
            fn.__globals__["HERE"] = Path(tmp)
            fn()
        for written in Path(tmp).iterdir():
            assert written.read_text(encoding="utf-8") == (UNSEEN / written.name).read_text(encoding="utf-8"), written.name
