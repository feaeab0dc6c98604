"""benchmarks/perturb_structure.py: the page's structure rewritten, its visible text kept."""

from __future__ import annotations

import doctest
import gzip
import json
from pathlib import Path

import pytest

from benchmarks import perturb_structure as module
from benchmarks.perturb_structure import VARIANTS, body_box, main, parse, perturb_structure, visible_text

PAGE = """<!DOCTYPE html><html><head><title>Rain due</title>
<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>
<body><nav><a href="/">Home</a></nav><article><header><h1>Rain due in the north</h1>
<time datetime="2024-01-02">2 Jan 2024</time></header><div class="story">It starts here.
<p>It will <b>rain</b> all day.</p>
<p>Then sun.</p><p>Then wind.</p><figure><img src="a.jpg"><figcaption>A cloud</figcaption></figure>
<p>Then snow.</p><p>Then calm.</p></div></article><aside>More news</aside><footer>Footer</footer></body></html>"""


def _tags(html: str) -> list[str]:
    root = parse(html)
    assert root is not None
    return [el.tag for el in root.iter() if isinstance(el.tag, str)]


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_variant_keeps_the_visible_text_and_is_deterministic(variant: str) -> None:
    out, counts = perturb_structure(PAGE, variant, "page-1")
    before, after = parse(PAGE), parse(out)
    assert before is not None and after is not None
    assert visible_text(after) == visible_text(before)
    assert perturb_structure(PAGE, variant, "page-1") == (out, counts)
    assert '{"@type": "NewsArticle"}' in out          # the metadata stays
    assert (variant == "reparse") == (not counts)


def test_tags_makes_the_semantic_tags_plain_and_keeps_the_headline_large() -> None:
    out, _ = perturb_structure(PAGE, "tags", "page-1")
    tags = set(_tags(out))
    assert not tags & {"article", "header", "nav", "aside", "footer", "figure", "figcaption", "time", "h1"}
    assert '<div style="font-size:2em;font-weight:bold;margin:.5em 0">Rain due in the north</div>' in out
    assert "<span>2 Jan 2024</span>" in out and "datetime" not in out


def test_paragraphs_become_br_separated_text_in_one_div() -> None:
    out, counts = perturb_structure(PAGE, "paragraphs", "page-1")
    assert "<p>" not in out and counts["br_paragraphs"] == 2     # two runs, around the figure
    assert "<div>It will <b>rain</b> all day.<br><br>Then sun.<br><br>Then wind.</div>" in out


def test_wrappers_nest_the_body_box_content_deeper() -> None:
    out, counts = perturb_structure(PAGE, "wrappers", "page-1")
    depth = counts["wrappers"]
    assert 3 <= depth <= 6
    assert '<div class="story">' + "<div>" * depth + "It starts here." in out


def test_table_lays_the_page_and_the_body_out_in_tables_with_fonts() -> None:
    out, _ = perturb_structure(PAGE, "table", "page-1")
    assert _tags(out).count("table") == 2
    assert '<p><font size="2">Then sun.</font></p>' in out
    assert '<td valign="top"><font face="Verdana, Arial, Helvetica" size="2">It starts here.' in out


def test_ads_cut_the_body_box_into_sibling_blocks() -> None:
    out, counts = perturb_structure(PAGE, "ads", "page-1")
    root = parse(out)
    assert root is not None
    story = root.find_class("story")[0]
    blocks = [child for child in story if not child.get("id")]
    slots = [child for child in story if (child.get("id") or "").startswith("div-gpt-ad-")]
    assert len(blocks) == counts["ad_blocks"] >= 2 and len(slots) == len(blocks) - 1
    assert [child.tag for child in story] == ["div"] * (2 * len(blocks) - 1)


def test_body_box_is_the_element_with_the_most_paragraph_text() -> None:
    root = parse(PAGE)
    assert root is not None
    box = body_box(root)
    assert box is not None and box.get("class") == "story"
    assert body_box(parse("<html><body></body></html>")) is None  # type: ignore[arg-type]


def test_main_copies_the_dataset_with_its_truth(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "html").mkdir(parents=True)
    (source / "html" / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    truth = {"id": "a", "url": "https://example.com/a", "file": "html/a.html.gz", "with": ["It will rain"], "without": []}
    (source / "truth.jsonl").write_text(json.dumps(truth) + "\n")
    assert main([str(source), str(tmp_path / "out"), "--variant", "all"]) == 0
    assert (tmp_path / "out" / "truth.jsonl").read_text() == (source / "truth.jsonl").read_text()
    out = gzip.decompress((tmp_path / "out" / "html" / "a.html.gz").read_bytes()).decode()
    assert out == perturb_structure(PAGE, "all", "a")[0]
    assert main([str(source), str(tmp_path / "out")]) == 2     # an existing target is not overwritten


def test_doctests() -> None:
    assert doctest.testmod(module).failed == 0
