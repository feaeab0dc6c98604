"""The section read from three common conventions of pages without metadata: a
blog's labels line in the site's language, a category badge linked above the
headline, an old portal's ``<title>`` prefix naming a section of its navigation."""

from __future__ import annotations

import pytest

from crawler.parsers.document import parse_html
from crawler.parsers.metadata.extract import Metadata, extract_metadata
from crawler.parsers.page import ParsedPage

BODY = "<p>" + "The council met on Tuesday to talk about the harbour works at length. " * 6 + "</p>"


def meta_of(html: str, url: str = "https://blog.example.org/2024/05/a-post.html") -> Metadata:
    doc = parse_html(html)
    assert doc is not None
    return extract_metadata(ParsedPage(doc, url))


def _blog_post(lang: str, label: str) -> str:
    return f"""<html lang="{lang}"><head><title>Valley Notes: Harbour works begin again</title></head><body>
    <div class="post hentry"><h3 class="post-title entry-title">Harbour works begin again</h3>
    <div class="post-body entry-content">{BODY}</div><div class="post-footer">
    <span class="post-author vcard">Posted by <span class="fn">Ann Lee</span></span>
    <span class="post-labels">{label} <a href="/search/label/Harbour" rel="tag">Harbour</a>,
    <a href="/search/label/Council" rel="tag">Council</a></span></div></div></body></html>"""


@pytest.mark.parametrize(("lang", "label"), [("en", "Labels:"), ("es", "Etiquetas:"), ("it", "Etichette:"),
                                             ("fr", "Libellés :"), ("de", "Labels:"), ("de", "Schlagwörter:"),
                                             ("pt", "Marcadores:")])
def test_a_blog_labels_line_in_the_sites_language_gives_the_first_label(lang: str, label: str) -> None:
    assert meta_of(_blog_post(lang, label)).section == "Harbour"
