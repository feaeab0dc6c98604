"""Related-links extraction: headed lists, class-named blocks, card fields."""

from __future__ import annotations

from lxml import etree

from crawler.items import RelatedLink
from crawler.parsers.document import parse_html
from crawler.parsers.page import ParsedPage, read_page
from crawler.parsers.related import _at_most, extract_related

URL = "https://news.example/health/integrative-care?utm_source=x"
BODY = ("<p>Integrative approaches to healing after sexual harm recognize that trauma and "
        "sexuality are deeply intertwined, and practitioners weave both into one plan.</p>")


def related(body: str) -> list[RelatedLink]:
    html = f"<html><body><article><h1>Title</h1>{BODY}</article>{body}</body></html>"
    return extract_related(ParsedPage(parse_html(html), URL))


def test_seed_cards_section_summary_date_without_headline():
    links = related("""<section><h2>Related Articles</h2><ul>
<li><a href="/health/parents?utm_medium=rel"><span class="card-category">Sexuality &amp; mental health</span>
<p>This evergreen examination surveys how parental beliefs shape a child's later sexual scripts.</p>
<span class="card-date">August 07, 2025</span></a></li>
<li><a href="https://news.example/health/shame#top"><span>Sexuality &amp; mental health</span>
<p>This article explores how survivors of sexual harm can lessen shame through collaboration.</p>
<span>August 09, 2025</span></a></li></ul></section>""")
    assert links == [
        RelatedLink(url="https://news.example/health/parents", title=(
            "This evergreen examination surveys how parental beliefs shape a child's later sexual scripts."),
            section="Sexuality & mental health", published="2025-08-07", summary=None),
        RelatedLink(url="https://news.example/health/shame", title=(
            "This article explores how survivors of sexual harm can lessen shame through collaboration."),
            section="Sexuality & mental health", published="2025-08-09", summary=None),
    ]


def test_cards_with_headline_section_link_summary_and_date():
    links = related("""<div class="related-rail"><h2>Related stories</h2><ul>
<li class="card"><a class="card__section" href="/section/science/">Science</a>
<h3><a href="/science/rivers">Why urban rivers are getting warmer</a></h3>
<p class="card__summary">Streams that run through towns are heating up faster than rural ones.</p>
<span class="card__date">July 16, 2025</span></li>
<li class="card"><a class="card__section" href="/section/health/">Health</a>
<h3><a href="/health/swim">The evidence behind cold-water swimming</a></h3>
<p class="card__summary">Claims outrun the research, but some benefits hold up.</p>
<span class="card__date">Aug 2, 2025</span></li></ul></div>""")
    assert links == [
        RelatedLink(url="https://news.example/science/rivers", title="Why urban rivers are getting warmer",
                    section="Science", published="2025-07-16",
                    summary="Streams that run through towns are heating up faster than rural ones."),
        RelatedLink(url="https://news.example/health/swim", title="The evidence behind cold-water swimming",
                    section="Health", published="2025-08-02",
                    summary="Claims outrun the research, but some benefits hold up."),
    ]


def test_more_from_list_with_time_elements():
    links = related("""<section class="more-list"><h2>More from Technology</h2><ul>
<li><a href="/tech/a.html">Backing up a family photo library</a> <time datetime="2025-07-03">3 July 2025</time></li>
<li><a href="/tech/b.html">Maintainers and automated bug reports</a> <time datetime="2025-06-30">30 June 2025</time></li>
</ul></section>""")
    assert [(r.url, r.title, r.published) for r in links] == [
        ("https://news.example/tech/a.html", "Backing up a family photo library", "2025-07-03"),
        ("https://news.example/tech/b.html", "Maintainers and automated bug reports", "2025-06-30"),
    ]


def test_you_may_also_like_grid_of_image_cards():
    links = related("""<div class="also-like"><h3>You may also like</h3><div class="grid">
<div class="item"><a href="/posts/one/?utm_source=related"><img src="a.jpg"><span class="t">One good idea</span></a></div>
<div class="item"><a href="/posts/two/"><img src="b.jpg"><span class="t">Two better ideas</span></a></div>
</div></div>""")
    assert [(r.url, r.title, r.section, r.published, r.summary) for r in links] == [
        ("https://news.example/posts/one/", "One good idea", None, None, None),
        ("https://news.example/posts/two/", "Two better ideas", None, None, None),
    ]


def test_sponsored_and_most_read_blocks_are_not_related():
    links = related("""<section class="widget widget--sponsored"><h4>Sponsored</h4>
<div class="promo-card"><span>Sponsored</span><a href="https://partners.example/x">Buy this now</a></div></section>
<section class="widget-popular"><h3>Most read</h3><ol><li><a href="/a">Popular story</a></li></ol></section>
<div class="taboola-feed"><h3>You may also like</h3><a href="https://ads.example/y">Doctors hate this trick</a></div>""")
    assert links == []


def test_inline_read_more_teaser_is_not_a_related_block():
    html = f"""<html><body><article>{BODY}<p>Read more: <a href="/other">Another story</a></p>{BODY}</article></body></html>"""
    assert extract_related(ParsedPage(parse_html(html), URL)) == []


def test_doc_is_not_mutated():
    html = """<html><body><article><p>Text</p></article><section><h2>Related Articles</h2>
<ul><li><a href="/a">Why urban rivers are getting warmer</a></li></ul></section></body></html>"""
    doc = parse_html(html)
    before = etree.tostring(doc)
    assert len(extract_related(ParsedPage(doc, URL))) == 1
    assert etree.tostring(doc) == before


def test_topic_links_without_a_headline_are_not_cards():
    links = related("""<section><h2>Related stories</h2><ul>
<li><a href="/topic/china">China</a></li>
<li><a href="/world/hong-kong-protests">Hong Kong protests: students under siege in university</a></li></ul></section>""")
    assert [r.url for r in links] == ["https://news.example/world/hong-kong-protests"]


def test_screen_reader_text_and_bem_card_parts():
    links = related("""<ul class="related-items-list"><li class="related-items-list__item">
<a class="article-teaser" href="/news/iran-ship"><span class="h-offscreen">Note: a related article</span>
<p class="article-teaser__kicker">War in the Middle East</p>
<p class="article-teaser__title">Iran explains ship seizure with alleged violations</p>
<span class="teaser-info">15.04.2024</span> <span class="teaser-info teaser-info--video">With video</span></a></li>
<li class="related-items-list__item"><a class="article-teaser" href="/news/un-session">
<p class="article-teaser__kicker">UN session</p>
<p class="article-teaser__title">Israel says the snooze button is no longer an option</p>
<span class="teaser-info">15.04.2024</span></a></li></ul>""")
    assert links == [
        RelatedLink(url="https://news.example/news/iran-ship", title="Iran explains ship seizure with alleged violations",
                    section="War in the Middle East", published="2024-04-15", summary=None),
        RelatedLink(url="https://news.example/news/un-session", title="Israel says the snooze button is no longer an option",
                    section="UN session", published="2024-04-15", summary=None),
    ]


def test_service_pages_and_author_links_are_not_cards_or_sections():
    links = related("""<section class="read-more"><h2>Read next</h2>
<div class="card"><h3><a href="/politics/debate">The primary debate was a tedious mess</a></h3>
<p class="dek">Neither candidate emerged as the obvious number two.</p>
<p><a class="card__author" href="/authors/joan-walsh/">Joan Walsh</a></p></div>
<div class="card"><a href="/terms-of-service/">Terms of service and privacy</a></div></section>""")
    assert links == [RelatedLink(url="https://news.example/politics/debate",
                                 title="The primary debate was a tedious mess", section=None,
                                 published=None, summary="Neither candidate emerged as the obvious number two.")]


def test_no_related_block_and_bad_input():
    assert related("<div><a href='/x'>Some link</a></div>") == []
    assert read_page("", URL) is None


def test_card_category_printed_as_in_phrase():
    """WordPress / Jetpack cards print their category as 'In "Category"'."""
    links = related("""<div id="jp-relatedposts" class="jp-relatedposts"><h3><em>Related</em></h3>
<div class="jp-relatedposts-items">
<div class="jp-relatedposts-post"><h4><a href="/2025/03/02/church-hall-kitchen/">The church hall kitchen that feeds a village</a></h4>
<p class="jp-relatedposts-post-date">March 2, 2025</p><p class="jp-relatedposts-post-context">In &quot;Food &amp; Community&quot;</p></div>
<div class="jp-relatedposts-post"><h4><a href="/2025/02/21/recipe-cards/">Saving grandmother's handwritten recipe cards</a></h4>
<p class="jp-relatedposts-post-date">February 21, 2025</p><p class="jp-relatedposts-post-context">In Archives</p></div>
</div></div>""")
    assert links == [
        RelatedLink(url="https://news.example/2025/03/02/church-hall-kitchen/",
                    title="The church hall kitchen that feeds a village", section="Food & Community",
                    published="2025-03-02", summary=None),
        RelatedLink(url="https://news.example/2025/02/21/recipe-cards/",
                    title="Saving grandmother's handwritten recipe cards", section="Archives",
                    published="2025-02-21", summary=None),
    ]


def test_a_wrapper_is_small_by_its_first_children_only():
    # The heading's wrapper is "small" (heading + list) when it has at most 4 children;
    # counting them all per heading made a page of 100,000 sibling headings quadratic.
    four, five = (parse_html("<div>" + "<p>x</p>" * n + "</div>").find(".//div") for n in (4, 5))
    assert _at_most(four, 4) and not _at_most(five, 4)
