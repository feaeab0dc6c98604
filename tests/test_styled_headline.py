"""A headline set big by its inline style, on a page with no heading element for it
(a page builder's or a WYSIWYG editor's markup: ``<div style="font-size:2em">``)."""

from __future__ import annotations

from crawler.parsers.document import parse_html
from crawler.parsers.metadata.extract import Metadata, extract_metadata
from crawler.parsers.page import ParsedPage
from crawler.parsers.selectors import big_style

URL = "https://www.riverside-notes.example/2024/03/ferry"
BODY = "<p>" + "The ferry across the estuary will run on a reduced timetable. " * 12 + "</p>"
HEADLINE = '<div style="font-size: 2em; font-weight: bold">The harbour ferry returns in April</div>'


def meta_of(html: str) -> Metadata:
    doc = parse_html(html)
    assert doc is not None
    return extract_metadata(ParsedPage(doc, URL))


def test_a_styled_headline_that_starts_the_title_tag_is_the_title() -> None:
    html = f"""<html><head><title>The harbour ferry returns in April :: Notes from the Riverside</title></head>
    <body><div class="page"><div class="menu"><a href="/">Start</a> <a href="/blog/">Blog</a></div>
    {HEADLINE}<div>{BODY}</div></div></body></html>"""
    assert meta_of(html).title == "The harbour ferry returns in April"


def test_the_date_and_byline_under_a_styled_headline_are_read() -> None:
    # the share title words it a little otherwise; the printed date and byline sit under
    # the shown headline, the only place the page gives them
    html = f"""<html><head><title>Notes from the Riverside</title>
    <meta property="og:title" content="The harbour ferry returns in April!"></head>
    <body><div class="page"><div class="menu"><a href="/">Start</a> <a href="/blog/">Blog</a></div>
    {HEADLINE}<div><span>12 March 2024</span> &middot; by Anna Berg</div>
    <div>{BODY}</div><div>Contact us · 3 January 2019 site launched</div></div></body></html>"""
    meta = meta_of(html)
    assert meta.published is not None and meta.published.startswith("2024-03-12")
    assert meta.authors == ["Anna Berg"]


def test_one_word_links_of_a_tag_cloud_are_not_headlines() -> None:
    cloud = "".join(f'<a href="/t/{w}" style="font-size: 22pt">{w}</a> ' for w in ("Ferry", "Harbour", "April"))
    html = f"""<html><head><title>Ferry :: Notes from the Riverside</title></head>
    <body><div class="cloud">{cloud}</div><div>{BODY}</div></body></html>"""
    assert meta_of(html).title == "Ferry :: Notes from the Riverside"


def test_big_style_reads_a_heading_size() -> None:
    from lxml import html as lxml_html

    sizes = {"font-size:2em": True, "font-size: 24px;": True, "FONT-SIZE: 18pt": True, "font-size:150%": True,
             "font-size:x-large": True, "font-size:large": False, "font-size:1.17em": False, "font-size:16px": False, "font-size:small": False,
             "line-height:2em": False, "color:red": False}
    for style, big in sizes.items():
        assert big_style(lxml_html.fragment_fromstring(f'<div style="{style}">x</div>')) is big, style


def test_on_a_page_with_no_h1_the_biggest_styled_line_stands_for_it() -> None:
    # the site's slogan, set big but less, is passed over; the share title adds to
    # the headline (too little alike for the share-title match), as it would to an
    # h1, and the date and byline printed under the headline are read
    html = f"""<html><head><title>Notes from the Riverside</title>
    <meta property="og:title" content="The harbour ferry returns in April: new timetable and fares for commuters"></head>
    <body><div style="font-size: 1.5em">Small stories from a small town</div>
    {HEADLINE}<div><span>12 March 2024</span> &middot; by Anna Berg</div>
    <div>{BODY}</div><div>Contact us · 3 January 2019 site launched</div></body></html>"""
    meta = meta_of(html)
    assert meta.published is not None and meta.published.startswith("2024-03-12")
    assert meta.authors == ["Anna Berg"]


def test_a_big_promo_line_sharing_no_word_with_the_title_is_no_headline() -> None:
    # review38: a subscription banner set big above an unstyled headline became the title
    html = f"""<html><head><title>The harbour ferry returns in April | Riverside Notes</title></head>
    <body><div style="font-size:28px;font-weight:bold">Subscribe now for only one euro a month</div>
    <div>The harbour ferry returns in April</div><div>{BODY}</div></body></html>"""
    assert meta_of(html).title != "Subscribe now for only one euro a month"


def test_a_big_site_banner_over_the_title_is_no_headline() -> None:
    html = f"""<html><head><title>The harbour ferry returns in April | The Evening Courier</title></head>
    <body><div style="font-size:32px">The Evening Courier</div>
    <div style="font-size:24px">Breaking: storm warning for the coast tonight</div>
    <div>{BODY}</div></body></html>"""
    assert meta_of(html).title not in ("The Evening Courier", "Breaking: storm warning for the coast tonight")


def test_a_title_of_one_part_does_not_bar_a_styled_headline() -> None:
    # the <title> is the site's name or a label: it says nothing of the headline
    for title in ("Notes from the Riverside", "Blog"):
        html = f"""<html><head><title>{title}</title></head>
        <body><div>{HEADLINE}<div>{BODY}</div></div></body></html>"""
        assert meta_of(html).title == "The harbour ferry returns in April", title


# An early-2000s table layout: the headline in <font size><b>, byline and date printed
# under it, <br> paragraphs, no metadata; the masthead prints the day of the issue.
def _table_page(title_tag: str) -> str:
    text = "<br><br>".join("The harbour board said on Tuesday that the new ferry timetable would start in June"
                           f" after months of hearings with the island's residents, part {i}." for i in range(5))
    return f"""<html><head><title>{title_tag}</title></head><body><table width="770"><tr><td>
    <a href="/"><img src="/masthead.gif" alt="The Harlow Ledger"></a> <font size="1">Monday, March 1, 2004</font>
    <table><tr><td width="140"><font size="1"><a href="/section/world">World</a><br><a href="/section/local">Local</a></font></td>
    <td><font size="4"><b>Harbour board approves ferry timetable</b></font><br>
    <font size="2">By Tom Delaney<br>September 9, 2022 at 7:36 pm | Filed under World</font><br><br>
    <font size="3">{text}</font></td></tr></table></td></tr></table></body></html>"""


def test_a_font_headline_that_ends_the_title_tag_after_the_site_name_anchors_the_byline() -> None:
    for title_tag in ("The Harlow Ledger :: Harbour board approves ferry timetable",
                      "Harlow Ledger - Harbour board approves ferry timetable",
                      "The Harlow Ledger: Harbour board approves ferry timetable"):
        md = meta_of(_table_page(title_tag))
        assert md.title == "Harbour board approves ferry timetable", title_tag
        assert md.authors == ["Tom Delaney"], title_tag
        assert (md.published or "")[:10] == "2022-09-09", title_tag  # not the masthead's day
        assert md.section == "World", title_tag


def test_under_a_title_tag_naming_only_the_site_the_big_line_over_the_story_is_the_headline() -> None:
    md = meta_of(_table_page("The Harlow Ledger"))
    assert md.title == "Harbour board approves ferry timetable"
    assert md.authors == ["Tom Delaney"]
    assert (md.published or "")[:10] == "2022-09-09"
    # a big line followed by links only (a sidebar box) is no headline
    boxed = _table_page("The Harlow Ledger").replace(
        "<font size=\"1\"><a href=\"/section/world\">", "<font size=\"4\">Our sections today</font><br><font size=\"1\"><a href=\"/section/world\">")
    assert meta_of(boxed).title == "Harbour board approves ferry timetable"


def test_a_bold_site_name_ending_the_title_tag_is_no_headline() -> None:
    # "Headline - Site": the masthead's bold site name ends the <title> too
    page = _table_page("Harbour board approves ferry timetable - Harlow Daily Ledger").replace(
        '<a href="/"><img src="/masthead.gif" alt="The Harlow Ledger"></a>', "<b>Harlow Daily Ledger</b>")
    md = meta_of(page)
    assert md.title == "Harbour board approves ferry timetable"
    assert md.authors == ["Tom Delaney"]


def test_an_h1_matching_the_title_s_first_part_keeps_its_dateline_beside_a_bold_site_name() -> None:
    # a short headline beside a long site name: the h1 matches one part of the <title> only
    html = f"""<html lang="de"><head><title>„Ferry approved“ – The Harlow Daily Ledger of Millbrook</title></head>
    <body><div class="top"><strong>The Harlow Daily Ledger of Millbrook</strong> <a href="/kat/welt/">Welt</a></div>
    <article><h1>„Ferry approved“</h1>
    <div class="article_meta"><span class="meta_date">erstellt: <strong>01. April 2025, 15:25</strong></span></div>
    {BODY}</article></body></html>"""
    assert (meta_of(html).published or "").startswith("2025-04-01T15:25")
