"""Rules from the sixth blind template-site check (``benchmarks/template_sites_blind6.py``,
issue 8): each for a kind of site, not for the generator's wording."""

from __future__ import annotations

from crawler.parsers import parse_article
from tests.support.byline_page import PROSE

_FETCHED = "2026-12-07T00:10:00Z"
# a sentence of the story naming another day: what the search fell back on
_OTHER_DAY = "<p>The inquiry, first announced on 12 January 2024, is due to report by the end of the year.</p>"


def _builder_page(stamp: str, lang: str = "en") -> str:
    """A site builder's blog post: generated class names, no <h1>, no metadata, the
    byline and the stamp in a small block of their own."""
    body = "".join(f'<div class="_k2Xa"><p class="font_8">{PROSE.get(lang, PROSE["en"]) * 3}</p></div>'
                   for _ in range(3))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Why slow travel is having a moment'
            f' | The Meridian</title></head><body><div id="SITE_CONTAINER"><div class="_x91b">'
            f'<p class="font_2"><span style="font-size:40px">Why slow travel is having a moment</span></p>'
            f'<div class="_b7Qe"><span class="_a1Fz">By Priya Raghavan</span> <span class="_dot"> · </span>{stamp}</div>'
            f'{body}{_OTHER_DAY}</div></div></body></html>')


def _published(html: str, fetched_at: str | None = _FETCHED) -> str | None:
    article = parse_article(html, "https://meridian.example/post/why-slow-travel-is-having-a-moment",
                            fetched_at=fetched_at)
    assert article is not None
    return article.published and article.published[:10]


def test_a_relative_stamps_tooltip_names_the_day() -> None:
    """Site builders (Wix's blog), forums and jQuery timeago print "2 days ago" and keep
    the full date in the element's tooltip: the page was dated by another date in the
    story's text (2024-01-12), or by none."""
    assert _published(_builder_page('<span class="_q3" title="Mar 05, 2026 09:12 IST">1 week ago</span>')) == "2026-03-05"
    # any unit (a month names no day by itself), no fetch time needed: the tooltip names the day
    assert _published(_builder_page('<span title="5 mars 2026 à 09:12">il y a 1 mois</span>', "fr"),
                      fetched_at=None) == "2026-03-05"
    assert _published(_builder_page('<abbr class="timeago" title="2026-03-05T09:12:00Z">3 weeks ago</abbr>')) == "2026-03-05"


def test_a_tooltip_that_is_no_publication_stamp_dates_nothing() -> None:
    """An update's stamp, a comment's, a tooltip beside text that is no relative stamp."""
    assert _published(_builder_page('<span title="Mar 05, 2026">Updated 2 days ago</span>')) != "2026-03-05"
    comment = '<div class="comments"><span title="Mar 09, 2026 10:00">2 days ago</span></div>'
    assert _published(_builder_page(comment)) != "2026-03-09"
    assert _published(_builder_page('<a title="Mar 05, 2026">Share this story</a>')) != "2026-03-05"


def _old_table_page(banner: str) -> str:
    """An early-2000s story page: a left column of section links, a coloured cell
    over the headline, no metadata."""
    menu = "".join(f'<a href="/archives/{s.lower()}.htm"><font color="#003366">{s}</font></a><br>'
                   for s in ("National", "Sport", "Opinion"))
    paragraphs = "<br><br>".join(PROSE["en"] * 2 for _ in range(5))
    return ('<HTML><HEAD><TITLE>Tourism board reviews desalination plant - The Southern Meridian</TITLE></HEAD><BODY>'
            '<TABLE width="760"><TR><TD width="150" valign="top"><font face="Verdana" size="1">'
            f'<a href="/archives/index.htm">Archive home</a><br>{menu}<a href="/archives/about.htm">About</a></font></TD>'
            f'<TD width="610" valign="top">{banner}<br><font size="+2" face="Georgia"><b>Tourism board reviews'
            ' desalination plant</b></font><br><font face="Arial" size="2"><b>By Rohan Kapoor / 29/03/2006</b></font>'
            f'<br><br><font face="Georgia" size="3">{paragraphs}</font></TD></TR></TABLE></BODY></HTML>')


def _section(html: str) -> str | None:
    article = parse_article(html, "https://meridian.example/archives/2006/03/29/stories/2006032902190100.htm")
    assert article is not None
    return article.section


def test_a_banner_over_the_headline_naming_a_menu_section_is_the_section() -> None:
    """An old site prints its section as a coloured cell over the headline, in
    capitals, and names it nowhere else but in its menu: no section was read."""
    cell = '<TABLE><TR><TD bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>{}</b></font></TD></TR></TABLE>'
    assert _section(_old_table_page(cell.format("NATIONAL"))) == "National"
    assert _section(_old_table_page('<font size="2"><b>Opinion</b></font>')) == "Opinion"


def test_a_banner_that_names_no_menu_section_is_none() -> None:
    """A label that is no menu item ("EXCLUSIVE"), the home link's text, a dateline
    closest to the headline: no section."""
    cell = '<TABLE><TR><TD bgcolor="#CC0000"><font color="#FFFFFF" size="2"><b>{}</b></font></TD></TR></TABLE>'
    assert _section(_old_table_page(cell.format("EXCLUSIVE"))) is None
    assert _section(_old_table_page(cell.format("Archive home"))) is None
    dated = cell.format("NATIONAL") + '<br><font size="1">Wednesday, March 29, 2006</font>'
    assert _section(_old_table_page(dated)) is None


def test_a_date_in_a_standfirst_cut_with_an_ellipsis_is_the_storys_not_the_pages() -> None:
    """A dek shortened with "…" (the story's first sentences, cut) named the day of an
    event it tells of, and that day replaced the JSON-LD publication and the printed
    "Publié le" line under it: a paragraph cut short is a sentence as one ending with
    a full stop is."""
    body = "".join(f"<p>{PROSE['fr'] * 3}</p>" for _ in range(3))
    ld = ('{"@context":"https://schema.org","@type":"NewsArticle","headline":"Le FC Nantes battu à domicile",'
          '"datePublished":"2026-02-02T00:08:00+01:00"}')
    html = ('<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>Le FC Nantes battu à domicile</title>'
            f'<script type="application/ld+json">{ld}</script></head><body><main><article>'
            '<h1 class="headline">Le FC Nantes battu à domicile</h1>'
            "<p class=\"standfirst\">L'enquête, annoncée le 12 janvier 2024, doit rendre ses conclusions avant"
            " la fin de l'année. L'opposition dénonce…</p>"
            '<div class="byline">Par Océane Marchand</div><div><span>Publié le 2 février 2026 à 00h08</span></div>'
            f'{body}</article></main></body></html>')
    article = parse_article(html, "https://courrier.example/sports/le-fc-nantes-battu-a-domicile-1708")
    assert article is not None and article.published is not None
    assert article.published[:10] == "2026-02-02"


def _profile_page() -> str:
    """A site builder's writer page: the name, one story's card (its headline a
    styled <p>, not a heading), dated and with a sentence of snippet."""
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Deborah Quinlan | The Meridian</title>'
            '</head><body><main><div class="_h2x"><h2 class="font_2">Deborah Quinlan</h2><p class="font_8">Writer</p></div>'
            '<div class="_c1"><a href="/post/the-complete-guide-to-filter-coffee-in-pune"><p class="_t">The complete guide'
            ' to filter coffee in Pune</p><p class="_s">Officials said the first stage would be completed within eighteen'
            ' months, and the council would review it.</p><p class="_m">Deborah Quinlan <span class="date">'
            'Feb 06, 2026</span></p></a></div></main></body></html>')


def test_a_writers_profile_page_is_no_article() -> None:
    """Wix's "/profile/<name>/profile" (and a forum's or community site's
    "/profile/<name>") lists a writer's stories: with one story's card it was
    stored as an article ("dated prose")."""
    for url in ("https://meridian.example/profile/deborah-quinlan/profile",
                "https://meridian.example/profile/deborah-quinlan"):
        record = parse_article(_profile_page(), url)
        assert record is not None and record.page_kind != "article", url


def test_a_story_under_a_profiles_section_is_still_an_article() -> None:
    """A magazine's "Profiles" (stories about people) is a section, not a writer's page."""
    paragraphs = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(4))
    html = ('<html><head><title>The ferry captain</title></head><body><main><article><h1>The ferry captain</h1>'
            f'<p class="byline">By Ann Lee · May 16, 2024</p>{paragraphs}</article></main></body></html>')
    record = parse_article(html, "https://mag.example/profiles/the-ferry-captain")
    assert record is not None and record.page_kind == "article", record.provenance.get("page_kind")


def test_a_labelled_section_in_sentence_case_ending_the_byline_is_read() -> None:
    """French and Spanish name sections in sentence case ("Faits divers", "Vie
    locale"): after "Rubrique :" ending a byline it was not read (only names all in
    capitals were), and an old SPIP story had no section."""
    paragraphs = "<br><br>".join(PROSE["fr"] * 2 for _ in range(5))
    html = ('<html><head><title>La préfecture repousse la ligne ferroviaire - Le Courrier</title></head><body>'
            '<table><tr><td><font size="+2"><b>La préfecture repousse la ligne ferroviaire</b></font><br>'
            '<font size="2"><b>Par Océane Marchand - 25/02/2004 - Rubrique : Faits divers</b></font><br><br>'
            f'<font size="3">{paragraphs}</font></td></tr></table></body></html>')
    article = parse_article(html, "https://courrier.example/archives/article.php3?id_article=2284")
    assert article is not None and article.section == "Faits divers"


def test_a_tooltip_naming_an_edit_or_a_menus_stamp_dates_nothing() -> None:
    """A tooltip whose own words name an edit ("Updated Mar 05, 2026" over "2 days
    ago": forums and wikis print the last edit so) or a relative stamp in a menu or
    a footer was read as the story's publication."""
    for tip in ("Updated Mar 05, 2026 09:12", "Edited: 05.03.2026", "Mar 05, 2026 (edited)"):
        assert _published(_builder_page(f'<span title="{tip}">2 days ago</span>')) != "2026-03-05"
    menu = '<nav><a href="/latest" title="Mar 05, 2026 09:12">2 days ago</a></nav>'
    assert _published(_builder_page(menu)) != "2026-03-05"


def test_a_dated_bylined_story_under_a_profile_folder_is_an_article() -> None:
    """A magazine's "/profile/the-ferry-captain" (a story about a person, filed under
    its "Profile" section), dated, bylined, four paragraphs in an <article>: the folder's
    word made it a listing; a writer's own page (the test above) stays none."""
    paragraphs = "".join(f"<p>{PROSE['en'] * 2}</p>" for _ in range(4))
    html = ('<html><head><title>The ferry captain</title></head><body><main><article><h1>The ferry captain</h1>'
            f'<p class="byline">By Ann Lee · May 16, 2024</p>{paragraphs}</article></main></body></html>')
    for url in ("https://mag.example/profile/the-ferry-captain", "https://mag.example/culture/profile/meet-the-ferry-captain"):
        record = parse_article(html, url)
        assert record is not None and record.page_kind == "article", record.provenance.get("page_kind")
