"""parse_article on pages in markup the sample site never uses: general rules, not class names.

Each fixture in tests/fixtures/altmarkup is a sample-site article rendered by an
imaginary other CMS (see its README); the expected record is beside it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crawler.parsers import parse_article

ALTMARKUP = Path(__file__).parent / "fixtures" / "altmarkup"
FIELDS = (
    "canonical_url", "site", "title", "description", "section", "tags", "authors", "published",
    "modified", "language", "body", "body_blocks", "word_count", "reading_time_minutes", "image",
    "related",
)


@pytest.mark.parametrize("page", sorted(ALTMARKUP.glob("*.html")), ids=lambda p: p.stem)
def test_alternative_markup_gives_the_same_record(page: Path) -> None:
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_article(page.read_bytes(), expected["url"])
    assert article is not None, f"{page.name} not recognised as an article"
    record = article.to_dict()
    wrong = {name: (record[name], expected[name]) for name in FIELDS if record[name] != expected[name]}
    assert not wrong, "\n".join(f"{k}: got {g!r:.300}\n   expected {e!r:.300}" for k, (g, e) in wrong.items())


def test_provenance_names_a_source_for_the_main_fields() -> None:
    page = ALTMARKUP / "newsroom-jsonld-style.html"
    expected = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    article = parse_article(page.read_bytes(), expected["url"])
    assert article is not None
    sources = {"json-ld", "opengraph", "meta", "microdata", "html", "heuristic"}
    for name in ("title", "authors", "published"):
        assert article.provenance.get(name) in sources, (name, article.provenance)
