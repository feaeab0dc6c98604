"""benchmarks/strip_metadata.py: the visible-page check removes metadata and nothing else."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from benchmarks.datasets import load_html, load_truth
from benchmarks.strip_metadata import main, neutral_names, plain_tags, short_dates, strip_metadata

PAGE = """<html><head><meta charset="utf-8"><title>Rain due | Daily</title>
<meta property="og:title" content="Rain due"><meta name="author" content="Ann Lee">
<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2024-05-03"}</script>
<script>var keep = 1;</script></head>
<body><article itemscope itemtype="https://schema.org/NewsArticle">
<h1 itemprop="headline" class="title">Rain due</h1>
<span property="author" typeof="Person">By Ann Lee</span>
<time datetime="2024-05-03" itemprop=datePublished>3 May 2024</time>
<p>It will rain.</p></article></body></html>"""


def test_strip_removes_structured_metadata_and_keeps_the_visible_page() -> None:
    out = strip_metadata(PAGE)
    for gone in ("application/ld+json", "og:title", 'name="author"', "itemprop", "itemscope",
                 "itemtype", "property=", "typeof"):
        assert gone not in out, gone
    for kept in ('<meta charset="utf-8">', "<title>Rain due | Daily</title>", "var keep = 1",
                 '<h1 class="title">Rain due</h1>', "By Ann Lee", '<time datetime="2024-05-03">',
                 "<p>It will rain.</p>"):
        assert kept in out, kept


def test_main_writes_a_stripped_copy_and_refuses_an_existing_target(tmp_path: Path) -> None:
    source = tmp_path / "source"
    (source / "html").mkdir(parents=True)
    (source / "html" / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    row = {"id": "a", "url": "https://example.com/a", "title": "Rain due", "body": "It will rain."}
    (source / "truth.jsonl").write_text(json.dumps(row) + "\n", encoding="utf-8")
    target = tmp_path / "target"
    assert main([str(source), str(target)]) == 0
    kind, truths = load_truth(target)
    assert kind == "fundus" and [t.id for t in truths] == ["a"]
    assert truths[0].split in ("tuning", "validation")
    html = load_html(target / truths[0].file)
    assert "application/ld+json" not in html and "It will rain." in html
    assert main([str(source), str(target)]) == 2


def test_neutral_names_replace_class_words_alike_and_plain_tags_keep_the_text() -> None:
    page = ("<article class='story-body main' id=story><nav class=menu>Home</nav>"
            "<p class=\"story-body\">It will rain.</p></article>")
    out = plain_tags(neutral_names(page))
    assert "story" not in out and "menu" not in out and "<nav" not in out and "<article" not in out
    token = neutral_names("<p class=story-body>").split('"')[1]
    assert out.count(f'class="{token}') == 2        # the article's and the paragraph's: one word, one token
    assert "It will rain.</p></div>" in out and ">Home</div>" in out
    assert neutral_names("<p class='a b'>x</p>") == neutral_names('<p class="a  b">x</p>')


def test_neutral_names_leave_class_words_inside_other_attributes_alone() -> None:
    """Escaped HTML in a data attribute keeps its text: a quote put into it would
    cut the attribute short and turn the rest of the tag into page text."""
    page = ('<div data-embed="&lt;p class=&quot;x&quot;&gt;hi&lt;/p&gt;" class=box>'
            "<p>It will rain.</p></div>")
    out = neutral_names(page)
    assert 'data-embed="&lt;p class=&quot;x&quot;&gt;hi&lt;/p&gt;"' in out
    assert "box" not in out and out.count('"') == 4
    assert neutral_names("<p data-id='a' id=b>x</p>").startswith("<p data-id='a' id=\"k")


def test_short_dates_print_two_digit_years_in_the_pages_order_and_drop_datetime() -> None:
    """--short-dates: the printed dates become stamps with two-digit years (month first only
    on a page declared in English), the <time>'s datetime goes, scripts are left alone."""
    german = short_dates('<html lang="de"><body><p>Am 16. Mai 2024 und 2024-05-17</p>'
                         '<time datetime="2024-05-16">16.05.2024, 10:30</time><script>var d="2024-05-16"</script>'
                         '<p>May 3, 2023</p></body></html>')
    assert "<p>Am 16.05.24 und 17.05.24</p>" in german and "<time>16.05.24, 10:30</time>" in german
    assert 'var d="2024-05-16"' in german and "<p>03.05.23</p>" in german
    english = short_dates('<html lang="en"><body><p>Posted May 16, 2024 by Ann</p><p>16 May 2024</p></body></html>')
    assert "Posted 05/16/24 by Ann" in english and "<p>05/16/24</p>" in english
    assert "<p>16.05.24</p>" in short_dates("<html><body><p>16 May 2024</p></body></html>")  # (no language: dots)


def test_short_dates_read_the_pages_own_language_not_a_conditional_comments() -> None:
    # "<!--[if IE 8]><html lang="en"><![endif]-->" before a German page's own <html>
    page = ('<!DOCTYPE html><!--[if IE 8]><html class="ie8" lang="en"><![endif]--><!--[if !IE]><!-->'
            '<html lang="de-DE"><!--<![endif]--><body><p>4. Februar 2022</p></body></html>')
    assert "<p>04.02.22</p>" in short_dates(page)
