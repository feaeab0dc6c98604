"""benchmarks/perturb_names.py: class and id names made meaningless, the rest kept."""

from __future__ import annotations

import doctest
import gzip
import json
from pathlib import Path

import lxml.html

from benchmarks import perturb_names as module
from benchmarks.perturb_names import leftover_names, main, perturb_names, token

PAGE = """<html><head><meta charset="utf-8"><title>Rain due</title>
<script type="application/ld+json">{"@type": "NewsArticle"}</script></head>
<body><div class="article-body main" id=story data-embed='&lt;p class="x"&gt;' role="main">
<nav class='menu'>Home</nav><div class="gallery slide" data-x="a>b" class2="keep">
<p class="lead">It will rain.</p></div><div class="gallery slide hidden"><p>Then sun.</p></div>
<div data-json='{"h": "<b>"}' class="related-links">More</div>
<div id="tail"
  ">stray quote</div></div></body></html>"""


def _names(html: str) -> list[str]:
    root = lxml.html.document_fromstring(html)
    return [v for el in root.iter() if isinstance(el.tag, str)
            for v in (el.get("class"), el.get("id")) if v is not None]


def test_no_class_or_id_name_is_left_and_the_rest_is_unchanged() -> None:
    out = perturb_names(PAGE)
    assert leftover_names(out) == []
    for word in ("article-body", "story", "menu", "gallery", "slide", "lead", "related", "tail"):
        assert all(word not in v for v in _names(out)), word
    # one name, one token, on every box that carries it: repeated structure stays visible
    assert out.count(f'"{token("gallery")} {token("slide")}') == 2
    assert f'{token("gallery")} {token("slide")} {token("hidden")}"' in out
    # metadata, other attributes and the text stay byte for byte
    for kept in ('application/ld+json', 'role="main"', "data-embed='&lt;p class=\"x\"&gt;'",
                 'data-x="a>b"', 'class2="keep"', "It will rain.", "stray quote"):
        assert kept in out, kept
    assert lxml.html.document_fromstring(out).text_content() == lxml.html.document_fromstring(PAGE).text_content()


def test_a_name_left_for_the_second_pass_is_rewritten_in_its_tag_only() -> None:
    # "story" is left by the first pass (the tag's stray quote); the same words written in
    # the page's text and in a <pre> sample stay as they are
    text = ('<p>Give the box class="story" or id=story and it is styled.</p>'
            '<pre>&lt;div class="story"&gt;\nclass=story id="story"</pre>')
    html = f'<html><body><div id="story"\n  ">Rain</div>{text}<div class=story>Sun</div></body></html>'
    out = perturb_names(html)
    assert leftover_names(out) == []
    assert text in out
    assert out.count(f'"{token("story")}"') == 2 and out.count("story") == 5


def test_leftover_names_sees_a_name_the_rewrite_missed() -> None:
    assert leftover_names('<div class="story"><p id="c0123456789">x</p></div>') == ["story"]


def test_main_copies_the_dataset_with_its_truth(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "html").mkdir(parents=True)
    (source / "html" / "a.html.gz").write_bytes(gzip.compress(PAGE.encode()))
    truth = {"id": "a", "url": "https://example.com/a", "file": "html/a.html.gz", "with": ["It will rain."], "without": []}
    (source / "truth.jsonl").write_text(json.dumps(truth) + "\n")
    assert main([str(source), str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "truth.jsonl").read_text() == (source / "truth.jsonl").read_text()
    out = gzip.decompress((tmp_path / "out" / "html" / "a.html.gz").read_bytes()).decode()
    assert out == perturb_names(PAGE) and leftover_names(out) == []
    assert main([str(source), str(tmp_path / "out")]) == 2     # an existing target is not overwritten


def test_doctests() -> None:
    assert doctest.testmod(module).failed == 0
