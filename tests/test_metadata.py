"""extract_metadata: each source (JSON-LD, OpenGraph, meta, microdata, visible page)
and each fallback, on small hand-written pages."""

from __future__ import annotations

import copy
import doctest

import pytest
from lxml import etree

from crawler.parsers import page_notes, structured
from crawler.parsers.document import parse_html
from crawler.parsers.metadata import extract as metadata
from crawler.parsers.metadata import header, titles
from crawler.parsers.metadata.author_marks import marked_authors
from crawler.parsers.metadata.extract import Metadata, extract_metadata, normalise_language
from crawler.parsers.metadata.header import headline as header_headline
from crawler.parsers.metadata.titles import strip_title_suffix
from crawler.parsers.page import ParsedPage

URL = "https://news.example.com/health/integrative-care"
BODY = "<p>" + "Integrative approaches to healing recognise many things. " * 20 + "</p>"


def meta_of(html: str, url: str = URL) -> Metadata:
    doc = parse_html(html)
    assert doc is not None
    return extract_metadata(ParsedPage(doc, url))


# --- the product's sample page ------------------------------------------------

SEED = f"""<!doctype html><html lang="en"><head>
<title>How integrative approaches support recovery | Mind Matters</title>
<meta property="og:site_name" content="Mind Matters">
</head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a> <a href="/about/">About us</a></nav>
<main><article><header>
  <a class="category" href="/sexuality-mental-health/">Sexuality &amp; mental health</a>
  <h1>How integrative approaches support recovery</h1>
  <p>Integrative care combines sex therapy and trauma therapy to address healing.</p>
  <div class="share"><a>X</a> <a>Linkedin</a> <a>Facebook</a> <a>Reddit</a></div>
  <div class="byline"><span>Published by <a href="/author/dc">Daniel Cooper</a></span></div>
  <div class="meta"><span>July 16, 2025</span> - <span>3 min Read</span></div>
</header>
{BODY}
<section class="comments"><p>By Troll McTroll, July 20, 2025</p></section>
</article></main></body></html>"""


def test_seed_page_visible_only():
    md = meta_of(SEED)
    assert md.title == "How integrative approaches support recovery"
    assert md.authors == ["Daniel Cooper"]
    assert md.published == "2025-07-16"
    assert md.reading_time_minutes == 3
    assert md.section == "Sexuality & mental health"
    assert md.description.startswith("Integrative care combines")
    assert md.language == "en"
    assert md.has_byline
    assert md.provenance["authors"] == "heuristic"
    assert md.provenance["byline_raw"] == "Published by Daniel Cooper"
    assert md.provenance["published"] == "heuristic"
    assert md.provenance["published_raw"] == "July 16, 2025"  # its own <span>, not the row with "3 min Read"


def test_seed_page_by_variant_and_time_element():
    html = SEED.replace("Published by", "By").replace(
        '<div class="meta"><span>July 16, 2025</span> - <span>3 min Read</span></div>',
        '<time datetime="2025-07-16T08:30:00+02:00">July 16, 2025</time>')
    md = meta_of(html)
    assert md.authors == ["Daniel Cooper"]
    assert md.published == "2025-07-16T08:30:00+02:00"
    assert md.provenance["published"] == "html"
    assert md.reading_time_minutes is None


def test_posted_on_us_date_and_lowercase_byline():
    html = f"""<html lang="en-US"><body><article><h1>A headline for the story</h1>
    <p class="byline">by jane doe, john roe</p><p class="date">Posted on 07/16/2025</p>
    {BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.authors == ["jane doe", "john roe"]
    assert md.published == "2025-07-16"
    assert md.title == "A headline for the story"


def test_comment_names_are_not_authors():
    html = f"""<html><body><article><h1>Headline here today</h1>{BODY}{BODY}
    <div class="comments"><p>By Troll McTroll</p></div></article></body></html>"""
    assert meta_of(html).authors == []


# --- JSON-LD ------------------------------------------------------------------

JSONLD = """<html lang="en"><head><script type="application/ld+json">
{"@context": "https://schema.org", "@graph": [
  {"@type": "WebSite", "@id": "https://news.example.com/#site", "name": "Example News"},
  {"@type": "Person", "@id": "https://news.example.com/#jd", "name": "Jane Doe"},
  {"@type": ["NewsArticle"], "headline": "Storm &amp; rain hit the coast",
   "author": [{"@id": "https://news.example.com/#jd"}, {"@type": "Person", "name": "By John Roe"},
              "Jane Doe"],
   "datePublished": "2025-07-16T08:30:00.123Z", "dateModified": "2025-07-16T10:00:00+02:00",
   "articleSection": ["Weather", "Coast"], "keywords": "storm, rain, coast",
   "inLanguage": "en-GB", "image": {"@type": "ImageObject", "url": "/img/storm.jpg"},
   "timeRequired": "PT4M", "description": "A storm hit the coast."},
]}
</script></head><body><article><h1>Storm &amp; rain hit the coast</h1>BODY</article></body></html>
""".replace("BODY", BODY)


def test_jsonld_graph_author_list_and_dates():
    md = meta_of(JSONLD)
    assert md.title == "Storm & rain hit the coast"
    assert md.authors == ["Jane Doe", "John Roe"]
    assert md.published == "2025-07-16T08:30:00+00:00"
    assert md.modified == "2025-07-16T10:00:00+02:00"
    assert md.section == "Weather"
    assert md.tags == ["storm", "rain", "coast"]
    assert md.image == "https://news.example.com/img/storm.jpg"
    assert md.reading_time_minutes == 4
    assert md.description == "A storm hit the coast."
    assert md.language == "en"  # <html lang> comes first
    assert {"newsarticle", "website", "person"} <= md.page_types
    assert md.provenance["authors"] == "json-ld"
    assert md.provenance["published"] == "json-ld"


def test_jsonld_language_when_html_has_none():
    md = meta_of(JSONLD.replace('<html lang="en">', "<html>"))
    assert md.language == "en-GB"
    assert md.provenance["language"] == "json-ld"


@pytest.mark.parametrize("script", [
    '<!-- {"@type": "NewsArticle", "headline": "Broken but fine", "datePublished": "2025-07-16",} -->',
    '<![CDATA[{"@type": "NewsArticle", "headline": "Broken but fine", "datePublished": "2025-07-16"}]]>',
    '{"@type": "NewsArticle", "headline": "Broken\x01 but fine", "datePublished": "2025-07-16"}',
    '{"@type": "Thing"}{"@type": "NewsArticle", "headline": "Broken but fine", "datePublished": "2025-07-16"}',
])
def test_broken_jsonld_is_tolerated(script):
    html = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    md = meta_of(html)
    assert md.published == "2025-07-16"
    assert md.title in ("Broken but fine", "Broken  but fine".replace("  ", " "))


@pytest.mark.parametrize("script", [
    "not json at all", "[]", "[1, 2, 3]", '{"@type": 5, "author": 7, "datePublished": 20250716}',
    '{"@type": "NewsArticle", "author": {"name": ["x", 3]}, "headline": {"a": 1}, "image": [3]}',
    '{"@type": "NewsArticle", "author": [[["deep"]]], "keywords": 12, "articleSection": {}}',
    "{" * 5000, '{"@graph": "x"}', '{"@type": ["NewsArticle", null], "datePublished": "garbage"}',
])
def test_garbage_jsonld_never_raises(script):
    html = f'<html><head><script type="application/ld+json">{script}</script></head><body></body></html>'
    md = meta_of(html)
    assert isinstance(md, Metadata)


def test_organisation_author_gives_way_to_byline():
    html = f"""<html><head><meta property="og:site_name" content="Example News">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "A story of note",
    "author": {{"@type": "Organization", "name": "Example News"}}}}</script></head>
    <body><article><h1>A story of note</h1><div class="author">Von Anna Müller</div>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Anna Müller"]


def test_organisation_author_kept_when_nothing_else():
    html = """<html><head><script type="application/ld+json">{"@type": "NewsArticle",
    "headline": "A story", "author": {"@type": "Organization", "name": "Example News"}}</script>
    </head><body></body></html>"""
    assert meta_of(html).authors == ["Example News"]


# --- OpenGraph / meta -----------------------------------------------------------

OG = f"""<html><head>
<title>Ships sail at dawn - Example Times</title>
<meta property="og:site_name" content="Example Times">
<meta property="og:title" content="Ships sail at dawn | Example Times">
<meta property="og:type" content="article">
<meta property="og:url" content="/news/ships?utm_source=x">
<meta property="og:locale" content="en_US">
<meta property="og:image" content="//cdn.example.com/ships.jpg">
<meta property="og:description" content="Ships sail.">
<meta property="article:published_time" content="2025-07-16T08:30:00+0200">
<meta property="article:modified_time" content="2025-07-17">
<meta property="article:section" content="World">
<meta property="article:tag" content="ships">
<meta property="article:tag" content="sea">
<meta name="author" content="Jane Doe, John Roe">
</head><body>{BODY}</body></html>"""


def test_opengraph_only_page():
    md = meta_of(OG)
    assert md.title == "Ships sail at dawn"
    assert md.provenance["title"] == "opengraph"
    assert md.canonical_url == "https://news.example.com/news/ships?utm_source=x"
    assert md.language == "en-US"
    assert md.image == "https://cdn.example.com/ships.jpg"
    assert md.published == "2025-07-16T08:30:00+02:00"
    assert md.provenance["published"] == "opengraph"
    assert md.modified == "2025-07-17"
    assert md.section == "World"
    assert md.tags == ["ships", "sea"]
    assert md.authors == ["Jane Doe", "John Roe"]
    assert md.provenance["authors"] == "meta"
    assert md.description == "Ships sail."
    assert md.page_types == {"article"}
    assert not md.has_byline


def test_canonical_link_beats_og_url():
    html = OG.replace("<head>", '<head><link rel="canonical" href="https://news.example.com/c">')
    assert meta_of(html).canonical_url == "https://news.example.com/c"


@pytest.mark.parametrize("name,value", [
    ("pubdate", "2025-07-16"), ("DC.date.issued", "2025-07-16"), ("parsely-pub-date", "2025-07-16T00:00:00Z"),
    ("sailthru.date", "2025-07-16 10:11:12"), ("date", "Wed, 16 Jul 2025 10:11:12 GMT"),
])
def test_other_date_meta(name, value):
    md = meta_of(f'<html><head><meta name="{name}" content="{value}"></head><body></body></html>')
    assert md.published[:10] == "2025-07-16"
    assert md.provenance["published"] == "meta"


def test_keywords_meta_and_content_language():
    html = """<html><head><meta name="keywords" content="a, b; c, a">
    <meta http-equiv="content-language" content="de_at"></head><body></body></html>"""
    md = meta_of(html)
    assert md.tags == ["a", "b", "c"]
    assert md.language == "de-AT"


# --- microdata / <time> / reading time -----------------------------------------

def test_microdata_author_and_date():
    html = f"""<html><body><article itemscope itemtype="https://schema.org/NewsArticle">
    <h1 itemprop="headline">Microdata story here</h1>
    <span itemprop="author" itemscope><span itemprop="name">Jane Doe</span></span>
    <time itemprop="datePublished" datetime="2025-07-16T09:00:00Z">16 July</time>{BODY}
    </article><aside itemscope><span itemprop="author">Other Person</span></aside></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Jane Doe"]
    assert md.published == "2025-07-16T09:00:00+00:00"
    assert md.provenance["published"] == "microdata"


def test_german_visible_page():
    html = f"""<html lang="de"><body><article><h1>Ein Titel für den Test</h1>
    <p class="autor">Von Anna Müller und Jörg Weber</p>
    <p class="datum">Veröffentlicht am 3. Mai 2024, 14:20 Uhr · Lesezeit: 4 Minuten</p>{BODY}
    </article></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Anna Müller", "Jörg Weber"]
    assert md.published == "2024-05-03T14:20:00"
    assert md.reading_time_minutes == 4


def test_future_and_ancient_dates_rejected():
    html = """<html><head><meta property="article:published_time" content="2999-01-01">
    <meta name="date" content="1970-01-01"></head><body></body></html>"""
    assert meta_of(html).published is None


def test_title_prefers_agreeing_sources():
    html = f"""<html><head><meta property="og:title" content="Shown headline | Site">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "SEO headline"}}</script>
    </head><body><h1>Shown headline</h1>{BODY}</body></html>"""
    assert meta_of(html, "https://site.example/x").title == "Shown headline"


# --- invariants ------------------------------------------------------------------

@pytest.mark.parametrize("html", [SEED, JSONLD, OG])
def test_does_not_mutate_tree(html):
    doc = parse_html(html)
    before = etree.tostring(doc)
    copy_before = copy.deepcopy(doc)
    extract_metadata(ParsedPage(doc, URL))
    assert etree.tostring(doc) == before == etree.tostring(copy_before)


@pytest.mark.parametrize("html", ["<html></html>", "<p>x</p>", "<html><body><h1></h1></body></html>"])
def test_empty_pages(html):
    md = meta_of(html)
    assert md.title is None and md.authors == [] and md.published is None


def test_huge_page_gives_its_headline():
    """3,000 nested boxes of text (its time is measured by benchmarks/robustness.py)."""
    html = "<html><body><h1>Big page headline</h1>" + "<div><p>word " * 3000 + "</p></div>" * 3000
    html += "</body></html>"
    md = extract_metadata(ParsedPage(parse_html(html), URL))
    assert md.title == "Big page headline" and md.authors == []


def test_normalise_language():
    assert normalise_language("en_us") == "en-US"
    assert normalise_language("zh-Hant-TW") == "zh-Hant-TW"
    assert normalise_language("") is None


def test_strip_title_suffix_host_name():
    keys = titles.site_name_keys([], "www.example-times.co.uk")
    assert strip_title_suffix("Ships sail – Example Times", keys) == "Ships sail"
    assert strip_title_suffix("Ships sail – a story", keys) == "Ships sail – a story"


def test_strip_title_suffix_a_town_s_site_name():
    # a town's site names itself "Stadt Ahlen" on ahlen.de: the short place name (under
    # six characters) counts only with the municipality's word before it
    keys = titles.site_name_keys([], "www.ahlen.de")
    assert strip_title_suffix("Reparaturcafé am 31. Januar: Stadt Ahlen", keys) == "Reparaturcafé am 31. Januar"
    assert strip_title_suffix("Neues Rathaus | Gemeinde Weyarn", titles.site_name_keys([], "weyarn.de")) == "Neues Rathaus"
    assert strip_title_suffix("Park reopens - City of Ames", titles.site_name_keys([], "www.cityofames.org")) == "Park reopens"
    assert strip_title_suffix("Wohin geht die Stadt Ahlen", keys) == "Wohin geht die Stadt Ahlen"
    assert strip_title_suffix("Reparaturcafé: Stadt Hamm", keys) == "Reparaturcafé: Stadt Hamm"


@pytest.mark.parametrize("module", [metadata, structured, titles, header, page_notes])
def test_doctests(module):
    result = doctest.testmod(module)
    assert result.failed == 0


# --- visible-page details --------------------------------------------------------

def test_names_in_separate_elements_are_split():
    html = f"""<html><body><article><h1>Two writers wrote this story</h1>
    <div class="authors">Von <a class="author">Jasper Riemann</a><a class="author">Barbara Schneider</a></div>
    {BODY}</article></body></html>"""
    assert meta_of(html).authors == ["Jasper Riemann", "Barbara Schneider"]


def test_byline_roles_and_site_credit_dropped():
    html = f"""<html><head><meta property="og:site_name" content="Daily Example"></head><body>
    <article><h1>A headline for the test</h1>
    <p class="byline">By Emma Mackenzie Lifestyle Writer | Daily Example</p>{BODY}</article></body></html>"""
    assert meta_of(html, "https://dailyexample.com/a").authors == ["Emma Mackenzie"]


def test_caption_date_is_not_the_dateline():
    html = f"""<html lang="en"><body><article><h1>A headline for the test</h1>
    <div class="image-caption"><p>Troops near the border, March 3, 2010</p></div>
    <p>People gathered in the square on a cold morning, according to reports from March 4, 2011, and later.</p>
    <span class="date">July 16, 2025</span>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.published == "2025-07-16"


def test_section_from_hinted_span_not_nav():
    html = f"""<html><body><div class="navbar"><a href="/subscribe">Subscribe</a></div>
    <div><span class="eyebrow">Science &amp; environment</span></div>
    <h1>Seed banks race to save wild crops</h1>{BODY}</body></html>"""
    assert meta_of(html).section == "Science & environment"


def test_no_section_from_unrelated_links():
    html = f"""<html><body><div class="top"><a href="/print">Print edition</a></div>
    <div><h1>Seed banks race to save wild crops</h1></div>{BODY}</body></html>"""
    assert meta_of(html).section is None


def test_microdata_section_image_description():
    html = f"""<html><body><div itemscope itemtype="https://schema.org/NewsArticle">
    <meta itemprop="datePublished" content="2025-07-29">
    <div itemprop="articleSection">Cities &amp; transport</div>
    <h1 itemprop="headline">Night buses are the backbone</h1>
    <div itemprop="description">Cleaners and nurses rely on overnight routes.</div>
    <img itemprop="image" src="/media/bus.jpg">{BODY}</div></body></html>"""
    md = meta_of(html)
    assert md.section == "Cities & transport"
    assert md.image == "https://news.example.com/media/bus.jpg"
    assert md.description == "Cleaners and nurses rely on overnight routes."
    assert md.published == "2025-07-29"


def test_title_keeps_kicker_and_drops_appended_parts():
    html = f"""<html><head><title>Kicker: Main headline here | Example</title>
    <meta property="og:title" content="Kicker: Main headline here | DW | 28.04.2023">
    <script type="application/ld+json">{{"@type": "NewsArticle", "headline": "Kicker: Main headline here"}}</script>
    </head><body><h1><span>Kicker:</span> <span>Main headline here</span></h1>{BODY}</body></html>"""
    assert meta_of(html).title == "Kicker: Main headline here"


def test_yoast_written_by_label_and_reading_time():
    html = """<html><head><meta name="author" content="jane@example.com">
    <meta name="twitter:label1" content="Written by"><meta name="twitter:data1" content="Dieter Kuckelkorn">
    <meta name="twitter:label2" content="Est. reading time"><meta name="twitter:data2" content="3 Minuten">
    </head><body></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Dieter Kuckelkorn"]
    assert md.reading_time_minutes == 3


def test_meta_author_naming_the_site_gives_way_to_byline():
    html = f"""<html><head><meta name="author" content="Example News">
    <meta property="og:site_name" content="Example News"></head><body><article>
    <h1>A headline for the test</h1><p>von <a href="/autoren/mk">Dr. Max Kolter</a></p>{BODY}
    </article></body></html>"""
    assert meta_of(html).authors == ["Dr. Max Kolter"]


def test_byline_after_date_segment():
    html = f"""<html lang="de"><body><article><h1>A headline for the test</h1>
    <p>Do 25.04.2024 | 14:07 Uhr | Von <span class="authorname">Eva Kirchner-Rätsch</span></p>{BODY}
    </article></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Eva Kirchner-Rätsch"]
    assert md.published == "2024-04-25T14:07:00"


def test_headline_not_matching_metadata_still_anchors_byline():
    html = f"""<html><head><meta property="og:title" content="An SEO title that differs entirely"></head>
    <body><article><h1>The visible headline</h1><p class="byline">By Jane Doe</p>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Jane Doe"]
    assert md.title == "An SEO title that differs entirely"


def test_nested_person_name_list_and_given_family_names():
    html = """<html><head><script type="application/ld+json">{"@type": "Article", "headline": "x",
    "author": [{"@type": "Person", "givenName": "Jane", "familyName": "Doe"},
               {"@type": "Person", "name": "https://example.com/people/x"}, "https://example.com/a"]}
    </script></head><body></body></html>"""
    assert meta_of(html).authors == ["Jane Doe"]


def test_visible_tag_list_when_no_structured_tags():
    html = f"""<html><body><article><h1>A headline for the test</h1>{BODY}
    <div class="post-tags"><a href="/t/a">#Alpha</a> <a href="/t/b">Beta</a> <a href="/t/b">beta</a></div>
    </article><aside><div class="tags"><a href="/t/z">Zeta</a></div></aside>
    <div class="tag-cloud"><a href="/t/y">Everything</a></div></body></html>"""
    md = meta_of(html)
    assert md.tags == ["Alpha", "Beta"]
    assert md.provenance["tags"] == "html"


def test_rel_tag_links():
    html = '<html><body><a rel="tag" href="/t/1">One</a> <a rel="nofollow tag" href="/t/2">Two</a></body></html>'
    assert meta_of(html).tags == ["One", "Two"]


def test_date_above_the_headline():
    html = f"""<html lang="en"><body><article><div class="meta"><a class="category" href="/s">World</a>
    <span class="date">March 3, 2025</span></div><h1>A headline for the test</h1>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.published == "2025-03-03"
    assert md.section == "World"


def test_headline_in_an_h2_entry_title():
    html = f"""<html><head><meta property="og:title" content="Old blog post title here"></head><body>
    <h1 class="logo">My Blog</h1><div class="post"><h2 class="entry-title">Old blog post title here</h2>
    <p class="byline">By Jane Doe</p><p class="date">July 16, 2025</p>{BODY}</div></body></html>"""
    md = meta_of(html)
    assert md.title == "Old blog post title here"
    assert md.authors == ["Jane Doe"]
    assert md.published == "2025-07-16"


# --- title rules: breadcrumb h1, kicker blocks, shared headline, appended parts ---

def _ld(headline: str) -> str:
    return f'<script type="application/ld+json">{{"@type": "NewsArticle", "headline": "{headline}"}}</script>'


def test_breadcrumb_h1_does_not_vote_the_shown_h2_does():
    html = f"""<html><head>{_ld("Search words for the storm story")}
    <meta property="og:title" content="Storm closes the coastal road"></head><body>
    <nav class="crumbs"><a href="/">Home</a> <h1>Search words for the storm story</h1></nav>
    <article><h2 class="title">Storm closes the coastal road</h2>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.title == "Storm closes the coastal road"
    assert md.provenance["title"] == "opengraph"


def test_h1_in_a_breadcrumb_class_is_skipped():
    html = f"""<html><head>{_ld("Search words for the storm story")}
    <meta property="og:title" content="Storm closes the coastal road"></head><body>
    <ol class="breadcrumb"><li><a href="/">Home</a></li><li><h1>Search words for the storm story</h1></li></ol>
    <div class="story"><h1>Storm closes the coastal road</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road"


def test_kicker_block_in_headline_is_a_label_when_a_source_has_the_bare_headline():
    html = f"""<html><head>{_ld("Harbour works: Storm closes the coastal road")}
    <meta property="og:title" content="Storm closes the coastal road"></head><body><article>
    <h1><span>Harbour works</span><span class="hidden">: </span><span>Storm closes the coastal road</span></h1>
    {BODY}</article></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road"


def test_kicker_block_kept_when_sources_carry_the_kicker():
    html = f"""<html><head>{_ld("Harbour works: Storm closes the coastal road")}
    <meta property="og:title" content="Harbour works: Storm closes the coastal road"></head><body><article>
    <h1><span>Harbour works</span> <span>Storm closes the coastal road</span></h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Harbour works: Storm closes the coastal road"


def test_inline_markup_in_headline_is_not_a_kicker():
    html = f"""<html><head><meta property="og:title" content="closes the coastal road"></head><body><article>
    <h1><em>Storm</em> closes the <b>coastal</b> road</h1>{BODY}</article></body></html>"""
    doc = parse_html(html)
    scan = header.scan_header(doc, (doc.xpath("//h1")[0], True), "en")
    assert scan.headline == "Storm closes the coastal road" and scan.headline_core is None


def test_the_visible_headline_wins_a_tie_with_one_declared_title():
    html = f"""<html><head><meta property="og:title" content="Minions painted with stencils - with a roller & bright paint">
    </head><body><article><h1>Minions painted with stencils – with a roller and bright paints</h1>{BODY}
    </article></body></html>"""
    assert meta_of(html).title == "Minions painted with stencils – with a roller and bright paints"
    # ...unless it only adds words to the declared title: that one is the headline
    html = f"""<html><head><meta property="og:title" content="Minions painted with stencils - with a roller">
    </head><body><article><h1>Minions painted with stencils – with a paint roller</h1>{BODY}
    </article></body></html>"""
    assert meta_of(html).title == "Minions painted with stencils - with a roller"


def test_two_different_kickers_leave_the_shared_headline():
    html = f"""<html><head><meta property="og:title" content="Weather alert: Storm closes the coastal road">
    </head><body><article><h1>Harbour works - Storm closes the coastal road</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road"


def test_kickers_sharing_a_word_are_one_label_spelled_twice():
    html = f"""<html><head><meta property="og:title" content="HS Roundup: Viera defeats Rockledge again">
    </head><body><article><h1>High School Roundup: Viera defeats Rockledge again</h1>{BODY}</article>
    </body></html>"""
    # one label spelled twice, so the kicker stays; the tie between the one declared
    # title and the visible headline goes to what the reader sees
    assert meta_of(html).title == "High School Roundup: Viera defeats Rockledge again"


def test_appended_part_in_the_json_ld_headline_stays():
    ld = _ld("Fires across the country, the latest - Current news")
    html = f"""<html><head>{ld}<meta property="og:title" content="Fires across the country, the latest - Current news">
    </head><body><article><h1>Fires across the country, the latest</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Fires across the country, the latest - Current news"


def test_appended_site_or_date_part_goes_even_when_json_ld_has_it():
    ld = _ld("Fires across the country | Example | 28.04.2023")
    html = f"""<html><head>{ld}<meta property="og:title" content="Fires across the country | Example | 28.04.2023">
    </head><body><article><h1>Fires across the country</h1>{BODY}</article></body></html>"""
    assert meta_of(html, "https://www.example.com/a").title == "Fires across the country"


def test_breadcrumb_class_around_the_article_does_not_hide_its_h1():
    html = f"""<html><head>{_ld("Search words for the storm story")}
    <meta property="og:title" content="Storm closes the coastal road"></head><body>
    <div class="page has-breadcrumbs"><article><h1>Search words for the storm story</h1>{BODY}</article></div>
    </body></html>"""
    assert meta_of(html).title == "Search words for the storm story"


# --- rules from the unseen-template fixtures (tests/fixtures/unseen) -----------------


def test_byline_in_the_article_after_a_page_title_block():
    # Drupal: the page title block sits above the node's <article>
    html = f"""<html lang="en"><body><div class="title-block"><h1>A headline for the test</h1></div>
    <main><article class="node"><div class="node__meta"><div class="field">By Harriet Okafor and Luis Mendes</div>
    <time datetime="2025-04-08T14:32:00-05:00">Tue, 04/08/2025</time></div>{BODY}
    <article class="comment"><p class="comment__author">By Gwen Harris</p></article></article></main></body></html>"""
    md = meta_of(html)
    assert md.authors == ["Harriet Okafor", "Luis Mendes"]
    assert md.published == "2025-04-08T14:32:00-05:00"


def test_article_with_its_own_h1_still_ends_the_header():
    html = """<html lang="en"><head><title>A headline for the test</title></head><body>
    <h1>A headline for the test</h1><p>Short dek line.</p>
    <article><p class="kicker">By Gwen Harris</p><h1>Another story entirely</h1></article></body></html>"""
    assert meta_of(html).authors == []
    assert meta_of(html.replace("<h1>Another story entirely</h1>", "")).authors == ["Gwen Harris"]


def test_headline_inside_an_article_stops_at_a_nested_article():
    html = """<html lang="en"><body><article><h1>A headline for the test</h1>
    <article class="card"><p>By Gwen Harris</p></article></article></body></html>"""
    assert meta_of(html).authors == []


def test_category_links_are_not_tags_but_give_the_section():
    # WordPress: rel="category tag" is a category link, rel="tag" a tag
    html = f"""<html lang="en"><body><nav><a href="/">Home</a></nav><article><h1>A headline for the test</h1>
    <div class="entry-meta"><span class="cat-links"><a href="/category/community/" rel="category tag">Community</a>,
    <a href="/category/news/" rel="category tag">News</a></span> / By <a rel="author" href="/author/b/">Bronwen Hale</a></div>
    {BODY}<footer class="entry-footer">Tagged <a href="/tag/libraries/" rel="tag">libraries</a>,
    <a href="/tag/sharing/" rel="tag">sharing economy</a></footer></article></body></html>"""
    md = meta_of(html)
    assert md.tags == ["libraries", "sharing economy"]
    assert md.section == "Community"
    assert md.provenance["section"] == "heuristic"
    assert md.authors == ["Bronwen Hale"]


def test_category_link_outside_the_story_is_not_its_section():
    html = f"""<html lang="en"><body><article><h1>A headline for the test</h1>{BODY}</article>
    <div class="widget"><a href="/category/sport/" rel="category tag">Sport</a></div></body></html>"""
    assert meta_of(html).section is None


def test_breadcrumb_of_two_links_gives_its_last_link():
    html = f"""<html lang="en"><body><div class="main-content">
    <div class="asset-crumbs"><ol><li><a href="/news/">News</a></li><li><a href="/news/transport/">Transport</a></li></ol></div>
    <div class="asset"><header><h1>A headline for the test</h1></header>{BODY}</div></div></body></html>"""
    assert meta_of(html).section == "Transport"


def test_breadcrumb_skips_the_story_itself_and_home():
    html = f"""<html lang="en"><body><div class="page">
    <ul class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/world/">World</a></li>
    <li><a href="/world/story">A headline for the test</a></li></ul>
    <div class="story"><h1>A headline for the test</h1>{BODY}</div></div></body></html>"""
    assert meta_of(html).section == "World"
    only_home = html.replace('<li><a href="/world/">World</a></li>', "")
    assert meta_of(only_home).section is None


def test_breadcrumb_trail_in_a_nav_gives_its_last_link():
    # WAI-ARIA's breadcrumb pattern: <nav aria-label="Breadcrumb"><ol>, a nav, named or classed
    for nav in ('<nav aria-label="Breadcrumb">', '<nav class="breadcrumbs">', '<nav class="c-trail" aria-label="breadcrumb">'):
        html = f"""<html lang="en"><body><main><article>{nav}<ol><li><a href="/">Home</a></li>
        <li><a href="/world">World</a></li></ol></nav><h1>A headline for the test</h1>{BODY}</article></main></body></html>"""
        assert meta_of(html).section == "World", nav


def test_breadcrumb_of_one_home_link_names_no_section():
    html = f"""<html lang="en"><body><div id="breadcrumb"><a href="/">Home</a></div>
    <div id="content"><h1 class="title">A headline for the test</h1>{BODY}</div></body></html>"""
    assert meta_of(html).section is None
    assert meta_of(html.replace('<a href="/">Home</a>', '<a href="/world">World</a>')).section == "World"


def test_a_section_field_labelled_after_the_story_gives_the_section():
    # Drupal 7's taxonomy field and Joomla's "Category:" line, in the site's language
    drupal = f"""<html lang="en"><body><div id="breadcrumb"><a href="/">Home</a></div>
    <h1 class="title">A headline for the test</h1><div class="node">{BODY}
    <div class="field field-name-field-section"><div class="field-label">Section:&nbsp;</div>
    <div class="field-items"><div class="field-item"><a href="/section/world">World</a></div></div></div>
    <div class="field field-name-field-tags"><div class="field-label">Tags:&nbsp;</div>
    <div class="field-items"><a href="/tags/ferry">ferry</a></div></div></div></body></html>"""
    assert meta_of(drupal).section == "World"
    assert meta_of(drupal.replace("Section:", "Rubrik:")).section == "World"
    assert meta_of(drupal.replace("Section:", "Tags:")).section is None  # a tag list is no section
    joomla = f"""<html lang="fr"><body><div class="item-page"><h2 itemprop="headline">A headline for the test</h2>
    <dl class="article-info"><dd class="category-name">Catégorie : <a href="/index.php/monde">Monde</a></dd></dl>
    {BODY}</div></body></html>"""
    assert meta_of(joomla).section == "Monde"


def test_a_section_label_in_a_sidebar_is_not_the_story_s():
    html = f"""<html lang="en"><body><main><h1>A headline for the test</h1>{BODY}</main>
    <aside><div>Category:</div><a href="/section/sport">Sport</a></aside></body></html>"""
    assert meta_of(html).section is None


def test_tag_box_without_article_or_main():
    html = f"""<html lang="en"><body><div class="col main-content"><div class="asset">
    <h1>A headline for the test</h1><div class="asset-body">{BODY}{BODY}</div>
    <div class="asset-tags"><span>Tags</span> <a href="/search/?k=transit">Public Transit</a>
    <a href="/search/?k=labor">Labor</a></div></div></div>
    <div class="rail"><div class="tags"><a href="/t/z">Zeta</a></div></div></body></html>"""
    md = meta_of(html)
    assert md.tags == ["Public Transit", "Labor"]
    assert md.provenance["tags"] == "html"


def test_tag_box_needs_a_story_around_the_headline():
    # no element but <body> holds the text: a page-wide box is not read
    html = f"""<html lang="en"><body><h1>A headline for the test</h1>{BODY}{BODY}
    <div class="tags"><a href="/t/z">Zeta</a></div></body></html>"""
    assert meta_of(html).tags == []


def test_microdata_date_modified_on_a_span():
    html = f"""<html lang="en-GB"><body><article itemscope itemtype="https://schema.org/CreativeWork">
    <h1 itemprop="headline">A headline for the test</h1><div class="entry-meta"><span class="posted-on">
    <span class="published" itemprop="datePublished">2 November 2024</span>
    <span class="updated" itemprop="dateModified">4 November 2024</span></span></div>{BODY}</article></body></html>"""
    md = meta_of(html)
    assert md.published == "2024-11-02"
    assert md.modified == "2024-11-04"
    assert md.provenance["modified"] == "microdata"


def test_printed_updated_line_is_the_modified_date():
    html = f"""<html lang="en"><body><div class="asset"><h1>A headline for the test</h1>
    <ul class="asset-byline"><li><span class="byline">By Jane Doe</span></li>
    <li><span class="asset-date">Published 6:05 AM EDT, Tue June 24, 2025</span></li>
    <li><span class="asset-date">Updated 2:25 PM EDT, Tue June 24, 2025</span></li></ul>{BODY}</div></body></html>"""
    md = meta_of(html)
    assert md.published == "2025-06-24T06:05:00-04:00"
    assert md.modified == "2025-06-24T14:25:00-04:00"
    assert md.provenance["modified"] == "heuristic"


def test_updated_line_without_a_date_or_before_publication_is_not_used():
    relative = f"""<html lang="en"><body><article><h1>A headline for the test</h1>
    <div class="meta">Published June 24, 2025 · Updated 3 hours ago</div>{BODY}</article></body></html>"""
    assert meta_of(relative).modified is None
    earlier = relative.replace("Updated 3 hours ago", "Updated June 2, 2025")
    assert meta_of(earlier).modified is None
    later = relative.replace("Updated 3 hours ago", "Updated June 25, 2025")
    assert meta_of(later).modified == "2025-06-25"


def test_structured_modified_beats_the_printed_line():
    html = f"""<html lang="en"><head><meta property="article:modified_time" content="2025-06-26T10:00:00Z">
    </head><body><article><h1>A headline for the test</h1>
    <div class="meta">Published June 24, 2025 | Updated June 25, 2025</div>{BODY}</article></body></html>"""
    assert meta_of(html).modified == "2025-06-26T10:00:00+00:00"


def test_byline_in_capitals_takes_the_spelling_of_the_author_box():
    html = f"""<html lang="en"><body><div class="asset"><h1>A headline for the test</h1>
    <span class="byline">By DENISE OKAFOR and MARCUS LEE Staff Writers</span>{BODY}
    <div class="author-box"><h5>Denise Okafor</h5><p>Transport reporter</p></div></div></body></html>"""
    assert meta_of(html).authors == ["Denise Okafor", "MARCUS LEE"]


def test_byline_in_capitals_kept_as_printed_when_nothing_else():
    html = f"""<html lang="en"><body><article><h1>A headline for the test</h1>
    <p class="byline">By JANE DOE | July 16, 2025</p>{BODY}</article></body></html>"""
    assert meta_of(html).authors == ["JANE DOE"]
    with_meta = html.replace("<body>", '<head><meta name="keywords" content="x"></head><body>').replace(
        "</article>", '<a rel="author" href="/a/jd">Jane Doe</a></article>')
    assert meta_of(with_meta).authors == ["Jane Doe"]


def test_one_huge_paragraph_is_cut_at_a_word_boundary():
    # body/blocks.py: a block's raw text is capped before it is collapsed and filtered
    from crawler.parsers.body import blocks as body

    words = "The harbour authority approved the new ferry timetable on Tuesday. " * 20_000
    doc = parse_html(f"<html><body><article><p>{words}</p></article></body></html>")
    blocks = body.extract_body(ParsedPage(doc, URL))  # (its speed: benchmarks/robustness.py)
    assert len(blocks) == 1
    text = blocks[0].text
    assert len(text) <= body._MAX_BLOCK_CHARS
    assert len(text) > body._MAX_BLOCK_CHARS * 0.9
    assert words.startswith(text) and words[len(text)] == " "


# --- author markup when the header byline names nobody ---------------------------

def _page(story: str, head: str = "", after: str = "") -> str:
    return (f"<html><head><title>A story of note</title>{head}</head><body>"
            f"<article><header>{story}</header>{BODY}</article>{after}</body></html>")


def test_rel_author_link_before_the_headline():
    html = _page('<div class="entry-meta"><a rel="author" href="/author/ann">Ann Lee</a></div>'
                 "<h1>A story of note</h1>")
    assert meta_of(html).authors == ["Ann Lee"]


def test_author_page_link_and_class_marks():
    html = _page('<h1>A story of note</h1><p class="news__meta-text">'
                 '<a href="/autor/ann-lee">Ann Lee</a></p>')
    assert meta_of(html).authors == ["Ann Lee"]
    html = _page('<span class="vcard author"><a class="url fn">Loïc Le Muster</a></span>'
                 "<h1>A story of note</h1>")
    assert meta_of(html).authors == ["Loïc Le Muster"]


def test_two_author_links_side_by_side():
    html = _page('<p><a rel="author" href="/author/a">Ann Lee</a>, '
                 '<a rel="author" href="/author/b">Tom Roe</a></p><h1>A story of note</h1>')
    assert meta_of(html).authors == ["Ann Lee", "Tom Roe"]


def test_comment_and_related_author_marks_are_not_the_author():
    comments = ('<ol class="comment-list"><li><div class="comment-author vcard">'
                '<a href="/author/troll">Troll McTroll</a></div></li></ol>')
    related = ('<div class="related-posts"><span class="author">Jim Other</span></div>')
    html = _page("<h1>A story of note</h1>", after=comments + related)
    assert meta_of(html).authors == []
    photo = ('<h1>A story of note</h1><figure><img src="a.jpg"><figcaption>'
             '<span class="author">Pat Shooter</span></figcaption></figure>')
    assert meta_of(_page(photo)).authors == []
    doc = parse_html('<html><body><h1>A story</h1><p><span class="photo-author">Pat Shooter</span></p>'
                     '<div class="copyright"><a href="/author/pat">Pat Shooter</a></div></body></html>')
    assert marked_authors(doc, doc.find(".//h1")) == []


def test_mark_in_story_beats_mark_outside():
    side = '<div class="top"><a href="/author/editor">Ed Itor</a></div>'
    html = (f"<html><body>{side}<article><h1>A story of note</h1>"
            f'<div class="byline">By Ann Lee</div>{BODY}</article></body></html>')
    assert meta_of(html).authors == ["Ann Lee"]
    html = (f"<html><body>{side}<article><h1>A story of note</h1>"
            f'<p><a href="/author/ann">Ann Lee</a></p>{BODY}</article></body></html>')
    assert meta_of(html).authors == ["Ann Lee"]


def test_organisation_credit_yields_to_a_full_name_mark_only():
    org = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story of note",'
           ' "author": {"@type": "Organization", "name": "Example News"}}</script>')
    full = _page('<h1>A story of note</h1><p><a href="/author/ann">Ann Lee</a></p>', head=org)
    assert meta_of(full).authors == ["Ann Lee"]
    initials = _page('<h1>A story of note</h1><p><a href="/author/amw">amw</a></p>', head=org)
    assert meta_of(initials).authors == ["Example News"]


def test_bare_author_label_before_the_name():
    html = _page("<h1>A story of note</h1>",
                 after='<div class="content"><p><strong>Autor:</strong> <a href="/profil/7">Klaus Muster</a>'
                       '<br><strong>Tags:</strong> <a href="/t/a">Feuerwehr</a></p></div>')
    assert meta_of(html).authors == ["Klaus Muster"]
    html = _page("<h1>A story of note</h1>",
                 after='<div><h4 class="news__meta-title">Autor</h4><p><a href="/p/n">Nina Muster</a></p></div>')
    assert meta_of(html).authors == ["Nina Muster"]


def test_label_line_in_text_and_tail():
    html = _page("<h1>A story of note</h1>", after="<p>Text: Jana Beispiel</p>")
    assert meta_of(html).authors == ["Jana Beispiel"]
    html = _page("<h1>新闻标题</h1>", after="<span><div>x</div>\n责任编辑： \n焦鹏 \n</span>")
    assert meta_of(html).authors == ["焦鹏"]


def test_label_in_other_regions_or_opening_prose_is_no_credit():
    html = _page("<h1>A story of note</h1>",
                 after='<div class="comments"><p><b>Autor:</b> Troll McTroll</p></div>'
                       "<p>Von Berlin nach Hamburg fährt der Zug.</p>")
    assert meta_of(html).authors == []


def test_login_name_in_metadata_as_the_page_prints_it():
    head = '<meta property="article:author" content="gabor_munier">'
    html = _page('<h1>A story of note</h1><span class="author">Autor: Gàbor Muniér</span>', head=head)
    assert meta_of(html).authors == ["Gàbor Muniér"]
    other = _page('<h1>A story of note</h1><span class="author">Autor: Jim Other</span>', head=head)
    assert meta_of(other).authors == ["gabor_munier"]


def test_story_author_mark_beats_a_different_meta_author():
    head = '<meta name="author" content="Site Owner">'
    html = _page('<h1>A story of note</h1><p class="date">von <a href="/author/fabian/">Fabian</a></p>',
                 head=head)
    assert meta_of(html).authors == ["Fabian"]
    same = _page('<h1>A story of note</h1><p><a href="/author/sl">Sarah Lazare Twitter</a></p>',
                 head='<meta name="author" content="Sarah Lazare">')
    assert meta_of(same).authors == ["Sarah Lazare"]
    jsonld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story of note",'
              ' "author": {"@type": "Person", "name": "Ann Lee"}}</script>')
    kept = _page('<h1>A story of note</h1><p><a href="/author/x">Jim Other</a></p>', head=jsonld)
    assert meta_of(kept).authors == ["Ann Lee"]


def test_header_byline_beats_a_different_microdata_author():
    html = (f'<html><body><article><h1>A story of note</h1><p class="byline">By Kenneth Muster</p>{BODY}'
            '<div itemscope itemtype="https://schema.org/Book"><span itemprop="author">'
            "Revised Edition Edited by Adrian Other</span></div></article></body></html>")
    assert meta_of(html).authors == ["Kenneth Muster"]


def test_dateline_with_only_a_date_and_a_name():
    html = _page('<h1>A story of note</h1><p class="text-muted">11.12.2019 - Amelie Muster</p>')
    assert meta_of(html).authors == ["Amelie Muster"]
    for line in ("11.12.2019 - Berlin", "11.12.2019 - Neue Regeln für alle Schulen"):
        assert meta_of(_page(f'<h1>A story of note</h1><p class="text-muted">{line}</p>')).authors == []


@pytest.mark.parametrize("base", ["https://news.example/a/b?q=1", "https://news.example/", "http://x",
                                  "file:///tmp/a.html", ""])
def test_hrefs_skipped_as_below_the_root_never_resolve_to_the_front_page(base: str) -> None:
    """The shortcut of ``home_link_names`` takes no link that ``urljoin`` would resolve
    to a front page ("" or "/" path), whatever the base."""
    from urllib.parse import urljoin, urlsplit

    hrefs = ["/", "", "#top", "?x", ".", "./", "..", "a/..", "/a/./", "//news.example/", "http:/", "a:/",
             " /", "\x01/", "/\t", "https://news.example", "https://news.example/", "https://hos/t/",
             "/a", "a", "index.html", "https://news.example/x", "HTTPS://news.example/a", "/%2e%2e/",
             "/?x", "/#a", "https://news.example/?u=http://a/b", "https://news.example#x", "/a/..?x",
             "/a?b c", "/a?b\\c", "/a?b", "a#c:d", "https://news.example/x?u=https://y/&z=1#k"]
    skipped = [h for h in hrefs if metadata._DEEP_HREF.match(h) and "/." not in h]
    assert skipped == ["https://hos/t/", "/a", "a", "index.html", "https://news.example/x",
                       "HTTPS://news.example/a", "/%2e%2e/", "/a?b", "a#c:d",
                       "https://news.example/x?u=https://y/&z=1#k"]
    for href in skipped:
        assert urlsplit(urljoin(base, href)).path not in ("", "/"), href


def test_wordpress_blog_archive_part_is_not_the_title():
    keys = {"disfunctionsde", "disfunctions"}
    assert strip_title_suffix("Disfunctions.de » Blog Archiv » Podcasts in Plex", keys) == "Podcasts in Plex"
    assert strip_title_suffix("Blog Archive » Podcasts in Plex", keys) == "Podcasts in Plex"
    html = ("<html><head><title>Example Blog » Blog Archive » Bees in winter</title></head><body>"
            f"<div id='header'><h1>Example Blog</h1></div><div class='post'><h2>Bees in winter</h2>{BODY}</div>"
            "</body></html>")
    assert meta_of(html, "https://exampleblog.net/2024/bees").title == "Bees in winter"


def test_wordpress_blog_archive_title_names_the_site_whatever_the_host():
    # "Site » Blog Archive » Post": the part before "Blog Archive" is the site's name even
    # when the host says another (a station's blog on its network's host), so the site's
    # <h1> is no headline
    for h1 in ("<a href='https://blogs.radio.example/filmgang/'>The Film Gang</a>", "The Film Gang"):
        html = ("<html><head><title>The Film Gang  &raquo; Blog Archive   &raquo; Stand Up Guys</title>"
                f"</head><body><div id='header'><h1>{h1}</h1></div><div class='post'>"
                "<h2><a href='https://blogs.radio.example/filmgang/2013/02/08/stand-up-guys/'>Stand Up Guys</a>"
                f"</h2>{BODY}</div></body></html>")
        md = meta_of(html, "https://blogs.radio.example/filmgang/2013/02/08/stand-up-guys/")
        assert md.title == "Stand Up Guys", h1


def test_a_blog_archive_title_with_the_post_first_names_no_post_as_the_site():
    # a theme that puts the post first ("Post « Blog Archive « Site", or with "»" on a
    # post whose URL slug says which end is the post): the post's <h1> is the headline
    for title in ("Stand Up Guys &laquo; Blog Archive &laquo; The Film Gang",
                  "Stand Up Guys &raquo; Blog Archive &raquo; The Film Gang",
                  "Stand Up Guys &raquo; Blog Archive &raquo; Stand Up Guys"):
        html = (f"<html><head><title>{title}</title></head><body><div class='post'>"
                f"<h1>Stand Up Guys</h1>{BODY}</div></body></html>")
        md = meta_of(html, "https://blogs.radio.example/filmgang/2013/02/08/stand-up-guys/")
        assert md.title == "Stand Up Guys", title
    # "«" with no slug to say which end is the post: neither end is taken for the site
    html = ("<html><head><title>The Film Gang &laquo; Blog Archive &laquo; Stand Up Guys</title></head>"
            f"<body><div class='post'><h1>Stand Up Guys</h1>{BODY}</div></body></html>")
    assert meta_of(html, "https://blogs.radio.example/filmgang/?p=12").title == "Stand Up Guys"


def test_site_title_h1_is_not_the_headline():
    head = ('<title>Scissor cuts (3) | gnome ad libitum</title>'
            '<meta property="og:title" content="Scissor cuts (3)">'
            '<meta property="og:site_name" content="gnome ad libitum">')
    html = (f"<html><head>{head}</head><body><div id='top'><h1><a href='/'>gnome ad libitum</a></h1></div>"
            f"<div class='post'><h1>Scissor cuts (3)</h1><small class='post-meta'>| Autor: gnome</small>{BODY}"
            "</div></body></html>")
    md = meta_of(html, "https://gnome.example.org/2020/01/05/scissor-cuts-3/")
    assert md.title == "Scissor cuts (3)"
    assert md.authors == ["gnome"]
    # a page whose every title is the site's name keeps its one h1
    only = ("<html><head><title>Example Mag</title><meta property='og:site_name' content='Example Mag'>"
            f"</head><body><h1>Example Mag</h1>{BODY}</body></html>")
    assert meta_of(only).title == "Example Mag"


# --- titles on unseen pages (#8): site parts, separated h1 parts, site-title h1s, label boxes ---

def test_site_name_holding_a_separator_is_stripped_whole():
    html = f"""<html><head><title>Old trucks of the fifties - Part 49 - Fleet Files - Vehicles worldwide</title>
    </head><body><a class="logo" href="/">Fleet Files - Vehicles worldwide</a>
    <div class="story">{BODY}</div></body></html>"""
    assert meta_of(html).title == "Old trucks of the fifties - Part 49"


def test_h1_equal_to_one_separated_part_of_the_title_is_the_headline():
    html = f"""<html><head><title>Slow down : Ships in the harbour at night : harbourreview.example</title>
    </head><body><div class="story"><h1>Slow down</h1><h2>Ships in the harbour at night</h2>{BODY}</div>
    </body></html>"""
    assert meta_of(html).title == "Slow down"
    html = f"""<html><head><meta property="og:title" content="Boating after a drink – learn about the risks">
    </head><body><div class="story"><h1>Boating after a drink</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Boating after a drink"


def test_site_title_h1_linking_home_is_not_the_headline():
    html = f"""<html><head><title>Small sheep facts | Sheepish – a webcomic</title></head><body>
    <h1 id="top"><span><a href="https://comic.example/" rel="home">Sheepish – a webcomic</a></span></h1>
    <div class="post"><h1 class="entry-title">Small sheep facts</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Small sheep facts"
    html = f"""<html><head><title>Basic muffin recipe : Muffin recipes</title></head><body>
    <h1 class="logo">Muffin recipes</h1><div class="post"><h2>Basic muffin recipe</h2>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Basic muffin recipe"


def test_label_box_before_loose_headline_text_is_a_kicker():
    html = f"""<html><head>{_ld("Pyramid set with easy endurance")}
    <meta property="og:title" content="Set of the week | Pyramid set with easy endurance"></head><body>
    <article><h1><span class="post-title"><small>Set of the week</small><br>Pyramid set with easy endurance</span>
    </h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Pyramid set with easy endurance"
    doc = parse_html("<h1><span class='subtitle'>Olympics</span> Drinks go by boat to the centre</h1>")
    scan = header.scan_header(doc, (doc.xpath("//h1")[0], True), "en")
    assert scan.headline_core == "Drinks go by boat to the centre"


def test_declared_title_with_its_own_kicker_confirms_the_bare_headline():
    html = f"""<html><head><meta property="og:title" content="Reopening: Car dealers expect a slow start">
    </head><body><article><h1><span class="kicker">After the reopening</span>
    <span class="headline">Car dealers expect a slow start</span></h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Car dealers expect a slow start"


def test_visible_headline_adding_a_tail_part_or_parenthesis_wins():
    html = f"""<html><head><meta property="og:title" content="Change the font size of a plot | Axis text and legend">
    </head><body><article><h1>Change the font size of a plot (5 Examples) | Axis text and legend</h1>{BODY}
    </article></body></html>"""
    assert meta_of(html).title == "Change the font size of a plot (5 Examples) | Axis text and legend"
    # ...but a kicker in front of the declared title stays out (the declared title is the headline)
    html = f"""<html><head><meta property="og:title" content="Climate pioneers in the uplands?">
    </head><body><article><h1>Energy uplands: Climate pioneers in the uplands?</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Climate pioneers in the uplands?"


def test_bare_domain_tail_and_site_name_title_are_not_headlines():
    html = f"""<html><head><meta property="og:title" content="What we do not want to hear about us">
    </head><body><article><h1 class="title">What we do not want to hear about us | OTHERBLOG.NET</h1>{BODY}
    </article></body></html>"""
    assert meta_of(html).title == "What we do not want to hear about us"
    html = f"""<html><head><title>Lawyer Smith</title></head><body><div class="content">
    <h1>Welcome!</h1>{BODY}</div></body></html>"""
    assert meta_of(html, "https://lawyersmith.example/index.html").title == "Welcome!"


def test_cjk_portal_suffix_is_stripped():
    # the portal's name is the text of the page's link to its front page
    html = f"""<html><head><title>武汉的声音：有英勇的你，才有英雄的城！-新华网</title></head><body>
    <div class="position"><a href="https://news.example.com/">新华网</a> 正文</div>
    <div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == "武汉的声音：有英勇的你，才有英雄的城！"
    html = f"""<html><head><meta property="og:site_name" content="网易新闻"><title>话剧巡演结束_网易新闻</title>
    </head><body><div>{BODY}</div></body></html>"""
    assert meta_of(html).title == "话剧巡演结束"


@pytest.mark.parametrize("title", ["Review: Booking.com", "Our stay - Booking.com", "一图读懂-疫情通报", "市场-日报",
                                   "话剧巡演结束_网易新闻"])
def test_domain_or_cjk_word_not_naming_this_site_stays_in_the_title(title):
    # a bare domain of another site, or a CJK part shaped like a portal's name
    # ("通报", bulletin; "日报", daily) that the page does not name as its own, is
    # part of the headline
    html = f"""<html><head><title>{title}</title></head><body><div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == title
    # the page's own domain goes (not after ": ")
    assert meta_of(html, "https://www.booking.com/reviews/1").title == title.replace(" - Booking.com", "")


def test_h1_marked_as_the_post_title_beats_a_reworded_seo_title():
    ld = _ld("Wine decanting: all you need to know")
    html = f"""<html><head>{ld}<meta property="og:title" content="Wine decanting: all you need to know">
    <title>Wine decanting: all you need to know | Wine Blog</title></head><body><article>
    <h1 class="entry-title">Decanting wine: everything about one special step</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Decanting wine: everything about one special step"
    # unmarked, the declared titles outvote it; marked with a kicker in front of the
    # declared title, the declared title is the headline
    assert meta_of(html.replace('class="entry-title"', "")).title == "Wine decanting: all you need to know"
    html = f"""<html><head><meta property="og:title" content="Climate pioneers in the uplands?"></head><body>
    <article><h1 class="post-title">Energy uplands: Climate pioneers in the uplands?</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Climate pioneers in the uplands?"


def test_lone_h1_beats_a_bare_title_tag_label():
    html = f"""<html><head><title>Printers • Labels • Service | ACME PRINT AG</title></head><body>
    <div class="content"><h1>Printing solutions from the experts!</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Printing solutions from the experts!"
    # ...but not an h1 that is one part of the <title> (the blog's name)
    html = f"""<html><head><title>MarketBlog | What is viral marketing?</title></head><body>
    <div class="content"><h1>MarketBlog</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "MarketBlog | What is viral marketing?"
    # ...nor one that differs from a declared og:title
    html = html.replace("<title>", '<meta property="og:title" content="Viral marketing explained"><title>')
    assert meta_of(html).title == "Viral marketing explained"


def test_headline_split_by_a_line_break_or_holding_css_reads_as_shown():
    html = f"""<html><head><title>Storm closes the coastal road again</title></head><body><article>
    <h1>Storm closes the<br>coastal road again</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road again"
    doc = parse_html("<h1><style>.css-1{display:block}</style>Storm closes the coastal road "
                     "<script>var x = 1;</script>again</h1>")
    scan = header.scan_header(doc, (doc.xpath("//h1")[0], True), "en")
    assert scan.headline == "Storm closes the coastal road again"


def test_label_box_kicker_unconfirmed_gives_the_bare_headline():
    html = f"""<html><head><title>Energy initiative - free power check | Green Building</title></head><body>
    <div class="content"><h1><span class="h1small">Energy initiative</span> Free power check for households</h1>
    {BODY}</div></body></html>"""
    assert meta_of(html).title == "Free power check for households"
    # a declared title carrying the kicker confirms the whole heading
    html = html.replace("<title>", '<meta property="og:title" content="Energy initiative: Free power check for '
                        'households"><title>')
    assert meta_of(html).title == "Energy initiative: Free power check for households"


def test_table_layout_site_name_h1_over_a_bold_headline():
    # an early-2000s layout: the site's name in a plain <h1> (no link), the story's
    # headline in <font><b>, a "Headline | Site" <title> and no metadata
    html = f"""<html><head><title>Council opens the new river bridge | Millbrook Gazette</title></head>
    <body><table><tr><td><h1>Millbrook Gazette</h1></td></tr><tr><td>
    <font face="Times" size="4"><b>Council opens the new river bridge</b></font><br>
    <font size="2">by Ann Lee · Posted on 05/16/2024 in Local</font>{BODY}</td></tr></table></body></html>"""
    url = "http://millbrook.example/2024/05/16/bridge.html"
    assert meta_of(html, url).title == "Council opens the new river bridge"


def test_site_name_followed_by_a_byline_or_slogan_is_stripped():
    html = f"""<html><head><meta property="og:site_name" content="Example Times">
    <meta property="og:title" content="Storm closes the coastal road | Example Times | News you can trust, every day">
    </head><body><div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road"


def test_lone_h1_in_a_cookie_box_is_not_the_headline():
    html = f"""<html><head><title>Printing solutions from the experts | ACME</title></head><body>
    <div id="cookie-consent"><h1>Privacy settings</h1><p>Accept all cookies?</p></div>
    <div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == "Printing solutions from the experts | ACME"


def test_lone_h1_with_nothing_in_common_with_the_title_still_counts():
    html = f"""<html><head><title>Office of Jane Roe, attorney at law</title></head><body>
    <div class="content"><h1>Tenants win the rent case</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Tenants win the rent case"


def test_lone_h1_of_a_section_name_gives_way_to_the_title_shown_in_an_h2():
    # A health-site template: the section's name in the page's one <h1>, the story's
    # headline in an <h2> that says what the <title> says.
    html = f"""<html><head><title>Babies who eat peanuts early may avoid allergy</title></head><body>
    <div class="crumbs"><a href="/allergies/">Allergies Health Center</a></div>
    <div class="content"><h1>Allergies Health Center</h1><div class="story">
    <h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>{BODY}</div></div></body></html>"""
    assert meta_of(html).title == "Babies Who Eat Peanuts Early May Avoid Allergy"


@pytest.mark.parametrize("h1", ["Blog", "Press releases", "News", "Welcome", "Welcome!",
                                "All posts on Jane's Blog"])
def test_lone_section_label_h1_does_not_replace_a_descriptive_title(h1):
    # a short h1 (a section's or a page kind's label) or one made of the <title>'s
    # site part is not the headline over a <title> that names the story
    title = "How I rebuilt my kitchen in a weekend - Jane's Blog"
    html = f"""<html><head><title>{title}</title></head><body>
    <div class="content"><h1>{h1}</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == title


@pytest.mark.parametrize("title, h1", [
    ("Sports - Example News", "Messi retires"),
    ("Example News | Obituaries", "Jane Doe"),
])
def test_short_lone_h1_stays_over_a_title_that_is_only_a_section_label(title, h1):
    # a two-word h1 is a section's label only when the <title>'s story part says
    # more than it; a <title> naming a section and the site does not
    html = f"""<html><head><title>{title}</title></head><body>
    <div class="content"><h1>{h1}</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == h1


def test_every_declared_site_name_counts_not_only_the_first():
    html = f"""<html><head><meta property="og:site_name" content="Storm closes the coastal road">
    <meta name="application-name" content="Coast Herald">
    <title>Storm closes the coastal road | Coast Herald</title></head><body>
    <div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == "Storm closes the coastal road"


@pytest.mark.parametrize("h1, title", [
    ("<span class='brand'>Apple</span> unveils a new iPhone at its autumn event",
     "Apple unveils a new iPhone at its autumn event"),
    ("<span class='italic'>The Crown</span> season seven is coming next year",
     "The Crown season seven is coming next year"),
    ("<span class='live-badge'>Live</span> Election results as they come in",
     "Live Election results as they come in"),
    ("<small>Watch</small> the mayor quit over the budget row", "Watch the mayor quit over the budget row"),
])
def test_inline_box_running_on_into_the_headline_is_no_kicker(h1, title):
    # a classed span or <small> opening the heading, with no line break, block or
    # kicker class setting it apart, is part of the sentence: no words are cut
    html = f"""<html><head><title>Something else entirely | Site</title></head><body>
    <div class="content"><h1>{h1}</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == title


@pytest.mark.parametrize("h1", [
    "<span class=category>Politics</span> Mayor quits after budget scandal",
    "<span class=tag>Live</span> Mayor quits after budget scandal",
    "<span class='article-rubric'>Politik</span> Mayor quits after budget scandal",
    "<span class='post_section'>Local</span> Mayor quits after budget scandal",
])
def test_section_or_tag_box_opening_the_headline_is_a_kicker(h1):
    # a box classed by a whole section / tag class word is a label, not the sentence's start
    html = f"""<html><head><title>Something else entirely | Site</title></head><body>
    <div class="content"><h1>{h1}</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Mayor quits after budget scandal"


@pytest.mark.parametrize("h1, title", [
    ("<a class='topic-link' href='/topics/brexit'>Brexit</a> deal passes Commons vote",
     "Brexit deal passes Commons vote"),
    ("<a class='channel-link' href='/c'>Mayor quits</a> over budget row", "Mayor quits over budget row"),
    ("<span class=topic>Brexit</span> deal passes Commons vote", "Brexit deal passes Commons vote"),
])
def test_a_section_worded_link_or_box_running_on_into_the_sentence_is_no_kicker(h1, title):
    # "topic-link" is a link, not a topic box; and a box named by class alone whose
    # heading goes on in lower case is the sentence's start (third review)
    html = f"""<html><head><title>Something else entirely | Site</title></head><body>
    <div class="content"><h1 class="headline">{h1}</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == title


@pytest.mark.parametrize("cls", ["stage", "tagline", "sections"])
def test_a_class_holding_a_section_word_inside_another_word_is_no_kicker(cls):
    html = f"""<html><head><title>Something else entirely | Site</title></head><body>
    <div class="content"><h1><span class="{cls}">Apple</span> unveils a new iPhone</h1>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Apple unveils a new iPhone"


def test_small_kicker_over_a_line_break_is_left_out_unless_confirmed():
    # "<small>Kicker</small><br>Headline" (two children, the headline loose text
    # after the <br>) is a label box like the one-child form: unconfirmed, it goes
    html = f"""<html><head><title>Something else entirely | Site</title></head><body>
    <div class="content"><h1><small>Exclusive</small><br>Mayor quits over the budget row</h1>{BODY}</div>
    </body></html>"""
    assert meta_of(html).title == "Mayor quits over the budget row"
    # a declared title carrying the kicker keeps it
    html = html.replace("<title>", '<meta property="og:title" content="Exclusive: Mayor quits over the budget row">'
                        "<title>")
    assert meta_of(html).title == "Exclusive: Mayor quits over the budget row"


@pytest.mark.parametrize("meta", ['<meta name="application-name" content="News">',
                                  '<meta name="apple-mobile-web-app-title" content="Blog">',
                                  '<meta property="al:android:app_name" content="News">'])
def test_generic_one_word_app_name_is_no_site_name(meta):
    # a home-screen label ("News", "Blog") that is not the host's name names no site:
    # the title's words are not stripped as the site's
    for title in ("News roundup: Budget passes the vote", "Blog post: how to bake bread"):
        html = f"""<html><head>{meta}<title>{title}</title></head><body><div class="content">{BODY}</div>
        </body></html>"""
        assert meta_of(html, "https://www.coastherald.example/a/b").title == title
    # a one-word app name that is the host's name still names the site
    html = f"""<html><head>{meta.replace('"News"', '"Herald"').replace('"Blog"', '"Herald"')}
    <title>Budget passes the vote | Herald</title></head><body><div class="content">{BODY}</div></body></html>"""
    assert meta_of(html, "https://www.herald.example/a/b").title == "Budget passes the vote"


# --- the visible headline on pages without share titles (issue #8) -------------

SEO_TITLE = "Traffic chaos in the heat: old trams and brittle concrete as big risks | Example News"


def test_story_h1_beats_an_seo_title_tag():
    # no og:title / JSON-LD headline: the <title> is an SEO wording, the h1 inside
    # the <article> is what the reader sees (a teaser card's h1 further down aside)
    html = f"""<html><head><title>{SEO_TITLE}</title></head><body>
    <article><header><h1>How trams and motorways are prepared for heat waves</h1></header>{BODY}
    <a href="/other"><h1>Another story in a teaser card</h1></a></article></body></html>"""
    assert meta_of(html).title == "How trams and motorways are prepared for heat waves"
    # two words are a headline inside the <article> ...
    assert meta_of(html.replace("How trams and motorways are prepared for heat waves",
                                "Light throning")).title == "Light throning"
    # ... a one-word label is not
    assert meta_of(html.replace("How trams and motorways are prepared for heat waves",
                                "Transport")).title == SEO_TITLE.split(" | ")[0]
    # a declared share title still wins over the h1 that differs from it
    declared = html.replace("<title>", '<meta property="og:title" content="Heat and the trams"><title>')
    assert meta_of(declared).title == "Heat and the trams"


def test_story_h1_sharing_a_word_with_the_site_part_still_counts():
    # "world" is in the site's name and in the headline: inside the <article> the
    # h1 is the story's, not the site's name set big
    html = f"""<html><head><title>Oman's plan to become a space power - Rest of World</title></head><body>
    <article><header><h1>The world needs more spaceports. Oman wants to help</h1></header>{BODY}
    </article></body></html>"""
    assert meta_of(html, "https://restofworld.example/2025/oman/").title == \
        "The world needs more spaceports. Oman wants to help"


def test_nav_copy_h1_gives_way_to_the_story_h2():
    # the <title>'s wording set as an h1 in a nav bar; the shown headline is the
    # story's h2, worded differently but on the same subject
    html = f"""<html><head><title>Streeck: praise for the documentary, warning on drug glamour</title></head>
    <body><nav><ul><li><h1>Streeck: praise for the documentary, warning on drug glamour</h1></li></ul></nav>
    <article><hgroup><h2>Streeck praises the rap documentary and warns of glamourising drugs</h2></hgroup>
    {BODY}<h2>What the study found</h2></article></body></html>"""
    assert meta_of(html).title == "Streeck praises the rap documentary and warns of glamourising drugs"
    # an h2 sharing no word with the <title> is no headline
    other = html.replace("Streeck praises the rap documentary and warns of glamourising drugs",
                         "Latest videos from the newsroom")
    assert meta_of(other).title == "Streeck: praise for the documentary, warning on drug glamour"


@pytest.mark.parametrize("h1", [
    "<span>Ice saints 2024</span><span>When they are - and what the weather does</span>",
    '<span>Ice saints 2024</span> <span class="visually-hidden">: </span>'
    "<span>When they are - and what the weather does</span>",
])
def test_kicker_boxes_are_spelled_as_the_title_tag_types_them(h1):
    # kicker and headline in two boxes: the <title> puts back the ": " between them
    html = f"""<html><head><title>Ice saints 2024: When they are - and what the weather does</title></head>
    <body><article><h1>{h1}</h1>{BODY}</article></body></html>"""
    assert meta_of(html).title == "Ice saints 2024: When they are - and what the weather does"



def test_story_h1_in_main_needs_three_words_and_is_no_title_part():
    html = f"""<html><head><title>Printers • Labels • Service | ACME PRINT AG</title></head><body>
    <main><h1>Printing solutions from the experts!</h1>{BODY}
    <aside><h1>Our newsletter</h1></aside></main></body></html>"""
    assert meta_of(html).title == "Printing solutions from the experts!"
    for h1 in ("Our products", "Labels"):  # a label, or one part of the <title>
        assert meta_of(html.replace("Printing solutions from the experts!", h1)).title == \
            "Printers • Labels • Service | ACME PRINT AG"


def test_reader_only_and_box_h1s_leave_a_lone_h1():
    # h1s only screen readers get ("Navigation", "detail") and a newsletter box's h1
    # are no headlines: the one h1 left is a lone h1 and beats a bare <title> label
    html = f"""<html><head><title>Christmas Gift Guide | Journelles | Discover now!</title></head>
    <body class="modal single-post"><nav><h1 class="hide-accessible">Navigation</h1></nav>
    <div class="single_header"><h1>My cosy home gift guide with the Westwing collection</h1></div>{BODY}
    <div class="newsletter_teaser_block"><h1>This is love in your inbox: our newsletter!</h1></div>
    </body></html>"""
    url = "https://www.journelles.example/gift-guide/"
    assert meta_of(html, url).title == "My cosy home gift guide with the Westwing collection"
    # a responsive "sm:not-sr-only" h1 is shown on larger screens: it still counts
    shown = html.replace('class="hide-accessible">Navigation', 'class="sr-only sm:not-sr-only">Gift guides')
    assert meta_of(shown, url).title == "Christmas Gift Guide"


def test_title_classed_h2_under_a_breadcrumb_h1():
    html = f"""<html><head><title>Singer and partner split: "Jerk"</title></head><body>
    <div class="breadcrumbs"><span><h1>Singer and partner split: "Jerk"</h1></span></div>
    <div class="single--header"><div class="post--title"><h2>„Jerk“: singer and her partner split after half a year</h2>
    </div></div><div class="content">{BODY}</div></body></html>"""
    assert meta_of(html).title == "„Jerk“: singer and her partner split after half a year"


def test_kicker_in_front_of_the_declared_title_is_left_out():
    # the <title> is the headline without the shown kicker box: the publisher's title wins
    html = f"""<html><head><title>Climate pioneers in the uplands? - Lake Voice</title></head><body>
    <article><h1 class="entry-title"><span class="sub-heading">Energy region:</span> Climate pioneers in the uplands?
    </h1>{BODY}</article></body></html>"""
    assert meta_of(html, "https://lakevoice.example/climate/").title == "Climate pioneers in the uplands?"
    # a quote opening the sentence, which runs on in lower case, stays
    html = f"""<html><head><title>Economists weigh in on the latest jobs report</title></head><body>
    <article><h1>'Ends recession debate': economists weigh in on the latest jobs report</h1>{BODY}
    </article></body></html>"""
    assert meta_of(html).title == "'Ends recession debate': economists weigh in on the latest jobs report"


def test_a_state_class_naming_a_box_word_is_no_box():
    # "modal-enabled" says the story can open a dialog, "modal-open" that one is open:
    # neither names a box, so the story's h1 still anchors the byline and the printed date
    html = f"""<html><head><title>Press secretary exits studio role | Daily</title></head><body>
    <div class="box article modal-enabled"><div class="article-header">
    <h1>Press secretary exits studio role</h1>
    <p class="byline">By Ian Mohr</p><p class="date">February 24, 2020 | 9:25pm</p></div>
    {BODY}</div>
    <div class="modal-open"><div class="cookie-banner"><h1>We value your privacy</h1></div></div>
    </body></html>"""
    meta = meta_of(html, "https://daily.example/2020/02/24/secretary-exits/")
    assert meta.title == "Press secretary exits studio role"
    assert meta.authors == ["Ian Mohr"]
    assert (meta.published or "").startswith("2020-02-24T21:25")


# --- review of the visible-headline rules (regressions against b9fd5aa) ---------

PROSE = "<p>" + "This paragraph carries enough ordinary words to count as the story's prose here. " * 3 + "</p>"
BUDGET_TITLE = "Council approves the budget for 2025"


def test_breadcrumb_h1_copy_keeps_the_title_over_a_subheading_or_a_related_headline():
    # the h1 is a breadcrumb's copy of the <title>: a subheading inside the story
    # (after its first paragraph) sharing one word with it is no headline ...
    html = f"""<html><head><title>{BUDGET_TITLE} | Town Times</title></head><body>
    <nav class="breadcrumb"><h1>{BUDGET_TITLE}</h1></nav>
    <article>{PROSE}<h2>Why the budget matters</h2>{PROSE * 2}</article></body></html>"""
    url = "https://towntimes.example/news/budget"
    assert meta_of(html, url).title == BUDGET_TITLE
    # ... nor is a related story's headline (in its own <article>, in a related box)
    related = html.replace("<h2>Why the budget matters</h2>", "").replace(
        "</article></body>", """</article><div class="related"><article>
        <h2 class="entry-title">Budget hearings draw large crowds</h2></article></div></body>""")
    assert meta_of(related, url).title == BUDGET_TITLE
    # ... nor one above the story sharing a single word with the <title>
    above = html.replace("<article>", "<article><hgroup><h2>Budget hearings draw large crowds</h2></hgroup>")
    assert meta_of(above, url).title == BUDGET_TITLE


def test_reader_only_h1_that_is_the_headline_still_counts():
    # the page's one h1 is set for screen readers, its words shown in a hero box:
    # it is the headline, over a <title> that only names the site
    exhibition = "Summer exhibition opens with Dutch masters"
    html = f"""<html><head><title>Example Museum</title></head><body>
    <h1 class="sr-only">{exhibition}</h1><div class="content"><div class="hero">{exhibition}</div>
    {PROSE * 3}</div></body></html>"""
    url = "https://museum.example/news/summer"
    assert meta_of(html, url).title == exhibition
    # a visible nav-bar h1 ("Menu") beside it is no headline either
    menu = html.replace("</div></body>", '</div><div class="nav"><h1>Menu</h1></div></body>')
    assert meta_of(menu, url).title == "Example Museum"
    # a reader-only outline label is still no headline, even when it is the only h1
    label = html.replace(f'<h1 class="sr-only">{exhibition}</h1>', '<h1 class="sr-only">Navigation</h1>')
    assert meta_of(label, url).title == "Example Museum"


def test_site_or_section_h1_in_main_does_not_beat_the_title_tag():
    # an h1 in <main> naming the site, or sharing no word with the <title>, is the
    # section's or site's label over the story, not its headline
    title = "Budget 2025: council approves spending plan"
    html = f"""<html><head><title>{title} | Town Times</title></head><body>
    <main><h1>Town Times local news archive</h1><div class="story">{PROSE * 3}</div></main></body></html>"""
    assert meta_of(html, "https://towntimes.example/news/budget").title == title
    # the site's name unknown (another host): the h1 shares no word with the story's part
    assert (meta_of(html, "https://news.example.org/budget").title or "").startswith(title)
    # an h1 sharing the story's words still beats the SEO wording
    story = html.replace("Town Times local news archive", "Councillors back the spending plan after a long night")
    shown = "Councillors back the spending plan after a long night"
    assert meta_of(story, "https://towntimes.example/news/budget").title == shown


@pytest.mark.parametrize(("cls", "boxed"), [
    ("cookie-banner", True), ("lg:cookie-banner", True), ("js-modal x", True),
    ("modal-enabled", False), ("modal-open", False),
    # a class token past 100 characters is no name a theme gives a box
    ("cookie" + "-box" * 40, False),
])
def test_a_box_is_named_by_one_whole_class_token_of_bounded_length(cls, boxed):
    html = f"""<html><head><title>Ferry timetable approved | Harbour Daily</title></head><body>
    <div class="{cls}"><div><h1>Ferry timetable approved</h1></div></div>{BODY}</body></html>"""
    doc = parse_html(html)
    shown = header_headline._shown_h1s(doc, ["Ferry timetable approved | Harbour Daily"], frozenset())
    assert (shown == []) is boxed


def test_a_short_reader_only_h1_is_a_label_in_any_language():
    html = f"""<html><head><title>Example Museum</title></head><body>
    <h1 class="visually-hidden">Hauptmenü</h1><div class="content">{PROSE * 3}</div></body></html>"""
    assert meta_of(html, "https://museum.example/news/summer").title == "Example Museum"


def test_a_hidden_copy_of_the_title_atop_the_page_is_no_byline_anchor():
    # the screen-reader h1 repeats the <title> above a long menu; the shown headline
    # (an entry-title h2) and its byline and date are further down
    menu = "".join(f'<li><a href="/s{i}">Section {i}</a></li>' for i in range(120))
    html = f"""<html><head><title>Ferry timetable approved</title></head><body>
    <header><h1 class="sr-only">Ferry timetable approved</h1><ul class="menu">{menu}</ul></header>
    <div class="post"><h2 class="entry-title">Ferry timetable approved</h2>
    <p class="byline">By Ann Lee</p><p class="date">May 3, 2024</p>{BODY}</div></body></html>"""
    meta = meta_of(html)
    assert meta.title == "Ferry timetable approved"
    assert meta.authors == ["Ann Lee"]
    assert (meta.published or "")[:10] == "2024-05-03"


def test_header_scan_ends_with_the_story_article():
    """Short paragraphs never end the header scan, but the story's </article> does:
    a "more stories" box after it holds another story's byline and date."""
    story = "".join(f"<p>Short line number {i} of the story.</p>" for i in range(4))
    more = ('<div class="more-box"><h3>Elsewhere</h3><h4>Another thing happened</h4>'
            '<p>By Jim Other</p><p>Published: 03.02.2021</p></div>')
    html = f"<html><body><article><h1>A story of note</h1>{story}</article>{more}</body></html>"
    found = meta_of(html)
    assert found.authors == []
    assert found.published is None
    scan = header.scan_header(parse_html(html), (parse_html(html).find(".//h1"), True), "en")
    assert scan.authors == [] and scan.date_text is None
    # inside the article, the same lines are the story's own
    inside = html.replace("</article>" + more, more + "</article>")
    assert meta_of(inside).authors == ["Jim Other"]
    assert (meta_of(inside).published or "")[:10] == "2021-02-03"


def test_a_type_size_class_is_no_caption() -> None:
    """"text-caption" (a utility class for small print, where templates set the dateline) is no
    figure caption; "wp-caption-text" and a <figcaption> are."""
    from lxml import html

    from crawler.parsers.metadata.walk import in_furniture

    doc = html.fromstring('<div><div class="text-caption"><time datetime="2024-03-05">05.03.2024</time></div>'
                          '<div class="mdc-typography--caption"><span>05.03.2024</span></div>'
                          '<div class="wp-caption-text"><span>Foto: X</span></div>'
                          '<figure><figcaption class="text-caption"><span>Archivbild</span></figcaption></figure></div>')
    time, typo, wp, fig = doc.xpath("//time | //span")
    assert not in_furniture(time) and not in_furniture(typo)
    assert in_furniture(wp) and in_furniture(fig)


def test_a_byline_class_after_a_long_utility_class_list_marks_the_writer():
    # utility-first (Tailwind) class lists run to 500-1,000 characters and a
    # component appends its role word last: the value's end is read too (review 24)
    from crawler.parsers import parse_article

    utilities = " ".join(["flex", "items-center", "gap-2", "text-sm", "leading-6", "font-medium",
                          "text-gray-700", "dark:text-gray-300", "md:text-base", "lg:gap-4", "px-4", "py-2",
                          "rounded-lg", "hover:underline", "transition-colors", "duration-200"] * 4)
    assert 650 < len(utilities) < 800
    story = "".join(f"<p>The city council met on Tuesday to debate the new budget, item {i}, "
                    "and left many questions open for the year ahead.</p>" for i in range(6))
    html = (f'<html lang="en"><head><title>Budget approved</title></head><body><main><article>'
            f'<h1>Budget approved</h1><p class="{utilities} byline">Jane Doe</p>{story}'
            f'</article></main></body></html>')
    record = parse_article(html, "https://example.org/2025/03/budget-approved")
    assert record is not None and record.authors == ["Jane Doe"]


def test_marking_attributes_are_read_cut_to_a_bounded_length():
    """A hostile page's 100,000-character class is read as its first and last
    MAX_ATTR_CHARS // 2 characters by every scan that asks for an element's marks
    (uncut, 100 such boxes cost the header scan 1.5 s of case-insensitive searches);
    the last half's first word, cut by the half, is dropped."""
    from crawler.parsers.metadata.walk import MAX_ATTR_CHARS, attrs_of

    half = MAX_ATTR_CHARS // 2
    wide = "größe" + "-x" * 50_000
    el = parse_html(f"<html><body><div class='{wide} author' id='{wide}'>Von A B</div></body></html>").find(".//div")
    values = attrs_of(el).split(" ")
    assert values == [wide[:half], "author", wide[:half], wide[-half:]]
    assert attrs_of(parse_html("<p class='byline' id='b'>x</p>").find(".//p")) == "byline b"


# --- a note about the page is no standfirst (review 24) -----------------------------


@pytest.mark.parametrize("note", [
    "Listen to this article, read aloud by our automated voice, in about five minutes.",
    "This article is more than five years old.",
    "This story is available exclusively to subscribers of the morning edition.",
])
def test_note_about_the_page_under_the_headline_is_no_description(note):
    html = f"""<html lang="en"><body><article><h1>A headline for the test</h1>
    <p>{note}</p><div class="body">{BODY}</div></article></body></html>"""
    assert meta_of(html).description is None
    # the standfirst after the note is the description
    dek = "The council approved a budget that leaves many questions open for the year."
    html = html.replace(f"<p>{note}</p>", f"<p>{note}</p><p>{dek}</p>")
    md = meta_of(html)
    assert md.description == dek
    assert md.provenance["description"] == "heuristic"


def test_one_sentence_standfirst_naming_no_article_is_the_description():
    dek = "This text message scam is costing Britons millions of pounds a year, police have warned."
    html = f"""<html lang="en"><body><article><h1>A headline for the test</h1>
    <p>{dek}</p><div class="body">{BODY}</div></article></body></html>"""
    assert meta_of(html).description == dek
