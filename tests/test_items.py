"""The Article record is the contract: its fields, the README's table and the archive agree."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from crawler.items import ARTICLE_FIELDS, Article, Block, RelatedLink, content_hash

ROOT = Path(__file__).resolve().parent.parent

DESIGN_FIELDS = (
    "url", "canonical_url", "site", "title", "description", "section", "tags", "authors",
    "published", "modified", "language", "detected_language", "language_confidence", "body",
    "body_blocks", "page_kind", "word_count", "reading_time_minutes", "image", "images", "related",
    "access", "fetched_at", "content_hash", "provenance",
)


def test_fields_are_the_design_fields_in_order() -> None:
    assert ARTICLE_FIELDS == DESIGN_FIELDS


def test_every_field_has_a_docstring_in_items_py() -> None:
    source = (ROOT / "crawler" / "items.py").read_text(encoding="utf-8")
    for name in ARTICLE_FIELDS:
        pattern = rf"\n    {name}: [^\n]+\n    \"\"\""
        assert re.search(pattern, source), f"Article.{name} has no docstring"


def test_readme_documents_every_field() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    documented = re.findall(r"^\| `(\w+)` \|", readme, flags=re.MULTILINE)
    assert tuple(documented) == ARTICLE_FIELDS


def test_round_trip_through_dict() -> None:
    article = Article(
        url="https://example.com/a?utm_source=x", canonical_url="https://example.com/a",
        site="example.com", title="T", body="One.\n\nTwo.",
        body_blocks=[Block(type="p", text="One."), Block(type="p", text="Two.")],
        related=[RelatedLink(url="https://example.com/b", title="B")],
        authors=["Ann Lee"], provenance={"title": "json-ld"},
    )
    again = Article.from_dict(article.to_dict())
    assert again == article
    assert again.body_blocks[0] == Block(type="p", text="One.")


def test_content_hash_ignores_whitespace_only() -> None:
    assert content_hash("Title", "Body  text\n") == content_hash(" Title", "Body text")
    assert content_hash("Title", "Body text") != content_hash("title", "Body text")
    assert content_hash("Title", "Body text") != content_hash("Title", "Body text!")
    assert content_hash("A", "B C") != content_hash("A B", "C")


def test_every_fetch_outcome_is_documented_and_accepted(tmp_path: Path) -> None:
    """One list of outcomes (crawler.items.OUTCOMES): the archive writer accepts each
    one and nothing else, and Datasette's description of ``fetches`` names each one."""
    from archive import ArchiveWriter, open_archive
    from archive.queries import METADATA_DB_KEY, load_metadata
    from crawler.items import OUTCOMES

    writer = ArchiveWriter(open_archive(tmp_path / "a.db"))
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="t", started="2025-07-16T08:00:00Z")
    for number, outcome in enumerate(OUTCOMES):
        writer.record_fetch(crawl, url=f"https://news.example/{number}", outcome=outcome)
    with pytest.raises(ValueError, match="not 'misplaced'"):
        writer.record_fetch(crawl, url="https://news.example/x", outcome="misplaced")
    described = load_metadata()["databases"][METADATA_DB_KEY]["tables"]["fetches"]["description"]
    assert [o for o in OUTCOMES if not re.search(rf"\b{re.escape(o)}\b", described)] == []
