"""Detected language, access status and figures on real pages (tests/fixtures/corpus,
see SOURCE.md there), and the writer's rule for paywall teasers."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
from lxml import etree

from archive import ArchiveWriter
from archive.queries import run_canned
from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.access import AccessSignals, classify_access, read_access_signals
from crawler.parsers.document import parse_html
from crawler.parsers.images import extract_images
from crawler.parsers.language import detect_language
from crawler.parsers.page import read_page

FIXTURES = Path(__file__).parent / "fixtures" / "corpus"
PAGES = json.loads((FIXTURES / "pages.json").read_text(encoding="utf-8"))
REAL_PAGES = Path(__file__).parent / "fixtures" / "pages"


def parsed(name: str) -> Article:
    article = parse_article(gzip.decompress((FIXTURES / name).read_bytes()), PAGES[name]["url"])
    assert article is not None
    return article


@pytest.mark.parametrize("name", sorted(PAGES))
def test_language_and_access_on_real_pages(name: str) -> None:
    article = parsed(name)
    expected = PAGES[name]
    assert article.detected_language == expected["detected_language"]
    assert article.language_confidence is not None and article.language_confidence > 0.9
    assert article.access == expected["access"]
    assert article.provenance["access"]


def test_detection_agrees_with_truthful_declarations() -> None:
    """The real-page fixtures whose declaration is right: primary subtags agree."""
    checked = 0
    for page in sorted(REAL_PAGES.glob("*.html.gz")):
        truth = json.loads(page.with_name(page.name.replace(".html.gz", ".json")).read_text("utf-8"))
        article = parse_article(gzip.decompress(page.read_bytes()), truth["url"])
        if article is None or not article.language:
            continue
        declared = article.language.split("-")[0].lower()
        assert {"nb": "no"}.get(declared, declared) == article.detected_language, page.name
        checked += 1
    assert checked >= 4


def test_wrong_declaration_is_visible_in_datasette(tmp_path: Path) -> None:
    article = parsed("za_Isolezwe_2025_11_09.html.gz")
    assert article.language == "en" and article.detected_language == "zu"
    writer = ArchiveWriter(tmp_path / "langs.db")
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    for name in PAGES:
        writer.store_article(parsed(name), crawl)
    rows = run_canned(writer.db, "language_disagreements")
    assert [(r["canonical_url"], r["language"], r["detected_language"]) for r in rows] == [
        (article.canonical_url, "en", "zu")]


def test_language_needs_enough_text_and_is_deterministic() -> None:
    assert detect_language("Ja.") is None
    text = "Les villes plantent des arbres le long des rivières pour rafraîchir l'eau en été."
    assert detect_language(text) == detect_language(text)
    assert detect_language(text)[0] == "fr"  # type: ignore[index]


def test_figures_with_captions_and_credits_stay_out_of_the_body() -> None:
    article = parsed("autohaus.de-skode.html.gz")
    assert len(article.images) >= 2
    for image in article.images:
        assert image.url.startswith("https://") and image.url.endswith(".jpg")
        assert image.caption and image.caption not in article.body
        assert image.credit == "Skoda"  # "© Foto: " dropped
    lemonde = parsed("fr_LeMonde_2023_09_01.html.gz")
    assert lemonde.images[0].credit == "BERTRAND GUAY / AFP"
    assert "AFP" not in (lemonde.images[0].caption or "")


def test_figure_rules_on_small_pages() -> None:
    page = """<html><body><nav><figure><img src="/nav.png"><figcaption>Menu</figcaption></figure></nav>
    <article><p>Text one.</p>
    <figure><picture><img data-src="/a.jpg" alt=" A  cat "></picture>
    <figcaption>A cat on a wall. <span class="credit">Photo: Jo Bloggs</span></figcaption></figure>
    <figure><img src="/b.jpg"><figcaption>The harbour at dawn (Image: Port Authority)</figcaption></figure>
    <figure><img src="/a.jpg"><figcaption>Same picture again</figcaption></figure>
    <div class="related"><figure><img src="/c.jpg"><figcaption>Other story</figcaption></figure></div>
    </article></body></html>"""
    doc = parse_html(page, None)
    images = extract_images(doc, "https://example.org/story")
    assert [(i.url, i.alt, i.caption, i.credit) for i in images] == [
        ("https://example.org/a.jpg", "A cat", "A cat on a wall.", "Jo Bloggs"),
        ("https://example.org/b.jpg", None, "The harbour at dawn", "Port Authority"),
    ]


def test_access_rules() -> None:
    declared = "json-ld isAccessibleForFree=false"
    prompt = 'paywall prompt "subscribe to continue"'
    assert classify_access(AccessSignals(), 50)[0] == "free"
    assert classify_access(AccessSignals(declared=declared, prompt=prompt), 120)[0] == "truncated"
    assert classify_access(AccessSignals(declared=declared, prompt=prompt, full_part=True), 120)[0] == "paywalled"
    assert classify_access(AccessSignals(declared=declared), 900)[0] == "paywalled"
    assert classify_access(AccessSignals(prompt=prompt), 120)[0] == "truncated"
    assert classify_access(AccessSignals(prompt=prompt), 900)[0] == "free"


def test_paywall_element_is_the_first_shown_one_whose_marks_name_it() -> None:
    """One search over every class and id finds the element to report: a match in a
    script's class passes to the next element (even when its word ends right before
    the next element's), a word cut by the attribute cap names nothing, a word cut
    short by it does not count as whole, and the id is read after the class."""
    from crawler.parsers.access import _first_paywall_element
    from crawler.parsers.metadata.walk import MAX_ATTR_CHARS

    def first(body: str) -> str | None:
        doc = etree.fromstring(f"<html><body>{body}</body></html>", etree.HTMLParser())
        return _first_paywall_element(doc.find("body"))

    assert first('<script class="x paywall"></script><div class="reg-wall">t</div>') == "paywall element 'reg-wall'"
    assert first('<noscript class="paywall"></noscript><div id="Meter-Wall">t</div>') == "paywall element 'Meter-Wall'"
    assert first('<div class="größe paywallx"><p class="a pay-wall_b">t</p></div>') == "paywall element 'pay-wall'"
    assert first('<div class="nav" id="pay"><p class="wall">t</p></div>') is None
    # a long value is read as its first and last MAX_ATTR_CHARS // 2 characters
    padding = "x" * (MAX_ATTR_CHARS // 2 - len(" paywall"))
    tail = "y" * MAX_ATTR_CHARS
    assert first(f'<div class="{padding} paywallgarden {tail}"><p class="premium-gate">t</p></div>') == (
        "paywall element 'paywall'")  # (the cut ends the first half right after the word)
    assert first(f'<div class="{padding}x paywall {tail}"><p class="premium-gate">t</p></div>') == (
        "paywall element 'premium-gate'")
    assert first(f'<div class="{tail} paywall"><p class="premium-gate">t</p></div>') == (
        "paywall element 'paywall'")  # (a word at the end of a long value is read)
    assert first('<div class="a" id="b"><p class="c">t</p></div>') is None


def test_prompt_search_leaves_long_scripts_where_they_were() -> None:
    """The prompt search reads the page without its long scripts (no prompt line can
    hold one): a prompt between them is still found, one inside a script is not, and
    the tree is the same after, tails included."""
    script = "<script>var s = 'Already a subscriber? Log in';" + "x = 1;" * 300 + "</script>"
    style = "<style>" + ".a { color: red }" * 100 + "</style>"
    html = (f"<html><body><div>{script}tail one<p>Story text.</p>{style}tail two"
            f"<p>Already a subscriber? Log in</p>{script}</div></body></html>")
    page = read_page(html, "https://example.org/a")
    assert page is not None
    before = etree.tostring(page.doc)
    assert read_access_signals(page).prompt == 'paywall prompt "already a subscriber"'
    assert etree.tostring(page.doc) == before
    only_in_script = read_page(html.replace("<p>Already a subscriber? Log in</p>", ""), "https://example.org/a")
    assert only_in_script is not None
    assert read_access_signals(only_in_script).prompt is None


def test_marker_groups_answer_as_each_marker_searched_alone() -> None:
    """The page-text marker test searches groups of markers by a piece they share:
    every marker is still found, alone, inside a sentence or beside a group's piece,
    and a text holding only the pieces, or a marker cut short, holds none."""
    from crawler.parsers.access import _MARKER_PIECES, _holds_marker
    from crawler.parsers.body.boilerplate import PAYWALL_MARKERS

    def plain(text: str) -> bool:
        return any(marker in text for marker in PAYWALL_MARKERS)

    texts = [*PAYWALL_MARKERS, " ".join(_MARKER_PIECES), "subscribe to our newsletter"]
    texts += [f"the story goes on. {marker}? log in" for marker in PAYWALL_MARKERS]
    texts += [marker[:-1] + " " + piece for marker in PAYWALL_MARKERS for piece in _MARKER_PIECES]
    assert all(_holds_marker(text) == plain(text) for text in texts)
    assert all(_holds_marker(marker) for marker in PAYWALL_MARKERS)


def test_paywall_scan_stops_at_its_cap_of_elements() -> None:
    """A body of more elements than the scan reads (``_MAX_ELEMENTS_SCANNED``) is
    walked up to the cap on either path: a paywall element past it is not reported,
    one at the cap is (the count is the walk's own: elements below the body)."""
    from crawler.parsers.access import _MAX_ELEMENTS_SCANNED

    def prompt(fillers: int) -> str | None:
        page = read_page(f"<html><body>{'<i></i>' * fillers}<div class='paywall'>t</div></body></html>",
                         "https://example.org/a")
        assert page is not None
        return read_access_signals(page).prompt

    assert prompt(_MAX_ELEMENTS_SCANNED - 1) == "paywall element 'paywall'"
    assert prompt(_MAX_ELEMENTS_SCANNED) is None
    assert prompt(10) == "paywall element 'paywall'"


def test_prompt_search_puts_back_runs_of_long_scripts_in_order() -> None:
    """Scripts first in their parent, side by side, between short elements with tails:
    each goes back after the sibling it followed, so the tree is the same after."""
    long = "x = 1;" * 300
    scripts = "".join(f"<script>var n{i} = 0;{long}</script><i>i{i}</i>tail {i}" for i in range(3))
    html = (f"<html><body><div>{scripts}<script>{long}</script><script>{long}</script>"
            f"lead<p>Story text.</p><style>{'.a{}' * 400}</style></div></body></html>")
    page = read_page(html, "https://example.org/a")
    assert page is not None
    before = etree.tostring(page.doc)
    assert read_access_signals(page).prompt is None
    assert etree.tostring(page.doc) == before


def _article(body: str, access: str, fetched_at: str) -> Article:
    return Article(url="https://example.org/a", canonical_url="https://example.org/a", site="example.org",
                   title="A story", body=body, access=access, fetched_at=fetched_at)


def test_a_truncated_teaser_makes_no_new_version_of_a_full_article(tmp_path: Path) -> None:
    writer = ArchiveWriter(tmp_path / "a.db")
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    full = " ".join(["Full text of the story."] * 60)
    assert writer.store_article(_article(full, "free", "2025-08-01T00:00:00Z"), crawl) == "new"
    teaser = "Full text of the story. Subscribe to continue reading."
    assert writer.store_article(_article(teaser, "truncated", "2025-08-02T00:00:00Z"), crawl) == "teaser"
    db = writer.db
    assert db.execute("SELECT count(*) FROM versions").fetchone()[0] == 1
    assert db.execute("SELECT body, access, last_seen FROM articles").fetchone() == (
        full, "free", "2025-08-02T00:00:00Z")
    # A real edit of the full text is still a new version; a teaser of a teaser too.
    assert writer.store_article(_article(full + " Update.", "free", "2025-08-03T00:00:00Z"), crawl) == "changed"
    first_teaser = ArchiveWriter(tmp_path / "b.db")
    crawl = first_teaser.start_crawl(seeds=[], settings={}, user_agent="test")
    assert first_teaser.store_article(_article(teaser, "truncated", "2025-08-01T00:00:00Z"), crawl) == "new"
    assert first_teaser.store_article(_article(full, "free", "2025-08-02T00:00:00Z"), crawl) == "changed"


def test_signatures_follow_re_extraction(tmp_path: Path) -> None:
    """A version rewritten by re-extraction gets a fresh near-duplicate signature."""
    from archive.clusters import update_clusters

    writer = ArchiveWriter(tmp_path / "sig.db")
    crawl = writer.start_crawl(seeds=[], settings={}, user_agent="test")
    body = " ".join(f"Sentence number {i} of a long enough story." for i in range(40))
    writer.store_article(_article(body, "free", "2025-08-01T00:00:00Z"), crawl)
    assert update_clusters(writer.db).signed == 1
    before = writer.db.execute("SELECT signature FROM minhashes").fetchone()[0]
    assert writer.update_extraction(1, _article(body.replace("story", "tale"), "free", "x"))
    assert writer.db.execute("SELECT count(*) FROM minhashes").fetchone()[0] == 0
    assert update_clusters(writer.db).signed == 1
    assert writer.db.execute("SELECT signature FROM minhashes").fetchone()[0] != before
    assert update_clusters(writer.db).signed == 0  # nothing new: nothing recomputed


def test_an_archive_made_before_the_corpus_fields_exports_read_only(tmp_path: Path) -> None:
    """``clippings export`` opens archives read-only (no migration): rows of an older
    archive carry the values a record without the new fields has."""
    import sqlite_utils

    from archive.db import configure_connection, open_readonly
    from archive.export import iter_rows
    from archive.migrations import migrations
    from archive.queries import stats
    from archive.writer import article_to_row
    from crawler.items import ARTICLE_FIELDS

    path = tmp_path / "old.db"
    old = sqlite_utils.Database(path)
    configure_connection(old)
    migrations.apply(old, stop_before="m007_corpus_fields")
    article = _article(" ".join(["Old text."] * 50), "free", "2025-01-01T00:00:00Z")
    row = article_to_row(article)
    kept = [f for f in ARTICLE_FIELDS if f in old["articles"].columns_dict]
    old["articles"].insert({**{f: row[f] for f in kept}, "status": "live", "first_seen": "2025-01-01",
                            "last_seen": "2025-01-01", "version_count": 1})
    old["versions"].insert({**{f: row[f] for f in kept}, "first_seen": "2025-01-01",
                            "last_seen": "2025-01-01"})
    old.close()
    db = open_readonly(path)
    (exported,) = list(iter_rows(db))
    assert (exported["access"], exported["images"], exported["detected_language"]) == ("free", [], None)
    assert "languages" not in stats(db)
