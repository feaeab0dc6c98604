"""Parser rules of 2026-12-06 (note 31's "Found and not fixed", parser LOWs): joint
and photo-first credits, an editor's credit alone, day words' times; on small hand-written pages (each
a pure function of the page and its URL)."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from crawler.parsers.metadata.dates import find_date_span
from tests.support.byline_page import PROSE, authors_of, byline_authors

_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neuer Haushalt beschlossen", '
       '"author": {"@type": "Person", "name": "Anna Becker"}}</script>')


def test_a_joint_text_and_photos_credit_with_its_by_word_names_the_writer() -> None:
    """"Text und Fotos von X" gave "Text": the joint label with its by-word ("von",
    "by") was read as a list of names; it names the one who wrote and took the pictures."""
    assert clean_byline("Text und Fotos von Anna Becker") == ["Anna Becker"]
    assert clean_byline("Text and photos by Anna Becker") == ["Anna Becker"]
    assert clean_byline("Fotos und Text von Anna Becker") == ["Anna Becker"]
    assert byline_authors("Text und Fotos von Anna Becker", "de") == ["Anna Becker"]
    assert authors_of("de", top="<p>Text und Fotos von Anna Becker</p>") == ["Anna Becker"]


def test_a_photo_then_writer_credit_in_an_unmarked_box_names_the_writer() -> None:
    """The photographer credited first, then the writer, on one line of a box no
    byline mark names: the writer's name is read, the photographer's is not."""
    assert authors_of("de", top='<div class="credits">Fotos: Peter Lang, Text: Anna Becker</div>') == ["Anna Becker"]
    assert authors_of("en", bottom="<p>Photos by Peter Lang / Words by Anna Becker</p>") == ["Anna Becker"]
    assert authors_of("de", top='<div class="credits">Fotos: Peter Lang</div>') == []


def test_an_editors_credit_alone_names_no_writer() -> None:
    """"Edited by X" as the page's only credit made the editor the author: an
    editor (or a translator) is no writer. A writer named elsewhere (the JSON-LD
    author, a byline) stays the author."""
    assert clean_byline("Edited by Anna Becker") == []
    assert byline_authors("Edited by Anna Becker") == []
    assert authors_of("en", top="<p>Edited by Anna Becker</p>") == []
    linked = '<div class="byline">Edited by <a href="/author/anna-becker">Anna Becker</a></div>'
    assert authors_of("en", top=linked) == []
    assert authors_of("en", head=_LD, top="<p>Edited by Anna Becker</p>") == ["Anna Becker"]
    assert byline_authors("By John Roe. Edited by Anna Becker") == ["John Roe"]
    assert byline_authors("Words by John Roe, edited by Anna Becker") == ["John Roe"]


def _dated(stamp: str, fetched_at: str, lang: str = "de", head: str = "") -> str | None:
    body = "".join(f"<p>{PROSE[lang] * 3}</p>" for _ in range(3))
    page = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council budget - Stadtblatt'
            f'</title>{head}</head><body><main><article><h1>Council budget</h1><p class="date">{stamp}</p>{body}'
            '</article></main></body></html>')
    record = parse_article(page, "https://example.org/news/story", fetched_at=fetched_at)
    assert record is not None
    return record.published[:10] if record.published else None


_BERLIN = '<meta property="article:modified_time" content="2026-01-20T08:00:00+01:00">'


def test_a_colon_time_before_a_currency_code_is_no_time() -> None:
    """"Today 10:30 USD" (a rate after the day word) dated the page by the fetch's
    day: a currency's code after a colon's figure makes it a rate, as after a dot's."""
    assert _dated("Today 10:30 USD", "2026-01-20T12:00:00Z", "en") is None
    assert _dated("heute 10:30 EUR", "2026-01-20T12:00:00Z") is None
    assert _dated("Today 10:30", "2026-01-20T12:00:00Z", "en") == "2026-01-20"
    assert _dated("Today 10:30 CET", "2026-01-20T12:00:00Z", "en") == "2026-01-20"


def test_today_at_a_time_after_the_fetch_is_the_day_before() -> None:
    """"heute, 23.30" fetched just after the page's midnight was printed before it
    (a cached copy): its "today" is the day before, on the page's clock (its stated
    offset) as "vor 40 Minuten" is; without a stated offset, when the time is more
    than 14 hours after UTC's. "gestern" and earlier times are read as before."""
    just_after = "2026-01-19T23:10:00Z"  # 00:10 on the 20th at +01:00
    assert _dated("heute, 23.30 Uhr", just_after, head=_BERLIN) == "2026-01-19"
    assert _dated("heute, 00.05 Uhr", just_after, head=_BERLIN) == "2026-01-20"
    assert _dated("gestern, 23.30 Uhr", just_after, head=_BERLIN) == "2026-01-19"
    assert _dated("heute, 23.30 Uhr", "2026-01-20T00:10:00Z") == "2026-01-19"
    assert _dated("Today at 11:30 PM", "2026-01-20T00:10:00Z", "en") == "2026-01-19"
    assert _dated("heute, 10.30 Uhr", "2026-01-20T00:10:00Z") == "2026-01-20"  # a zone east of UTC's


def test_lao_and_khmer_buddhist_era_numeric_dates_are_read_on_their_pages_only() -> None:
    """Lao and Khmer pages print the Buddhist era's numeric dates as Thai ones do:
    Laos counts 543 years ahead, Cambodia 544 from Visak Bochea (May) to the year's
    end, 543 before it. Read on a page declared or written in the language (its
    digits too); elsewhere the number is no date."""
    assert find_date_span("15/03/2567", "lo") == ("2024-03-15", 0)
    assert find_date_span("ວັນທີ ໑໕/໐໓/໒໕໖໗") == ("2024-03-15", 6)  # Lao digits, Lao script
    assert find_date_span("15/06/2568", "km") == ("2024-06-15", 0)
    assert find_date_span("15/03/2568", "km") == ("2025-03-15", 0)
    assert find_date_span("ថ្ងៃទី ១៥/០៦/២៥៦៨") == ("2024-06-15", 7)  # Khmer digits, Khmer script
    assert find_date_span("15/06/2568", "de") is None
    lao = "ລັດຖະບານໄດ້ປະກາດມາດຕະການໃໝ່ເພື່ອຫຼຸດຜ່ອນບັນຫາຝຸ່ນລະອອງໃນເຂດຕົວເມືອງ ເຊິ່ງຈະເລີ່ມນຳໃຊ້ຕັ້ງແຕ່ອາທິດໜ້າ "
    html = ('<html><head><title>ຂ່າວວຽງຈັນ</title></head><body><article><h1>ຂ່າວວຽງຈັນ</h1>'
            f'<p class="date">15/03/2567</p>{("<p>" + lao * 6 + "</p>") * 3}</article></body></html>')
    record = parse_article(html, "https://example.org/news/story", fetched_at="2026-01-01T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-03-15"
    assert record.language == "lo"


_COUNCIL = ("<p>" + "The council met on Tuesday to discuss the new budget for the coming year, and members "
            "argued at length about the schools. " * 4 + "</p>") * 3
_HEADLINE = "<h1>Council argues over the school budget</h1>"
_NAV = '<nav><a href="/">Home</a><a href="/sport/">Sport</a><a href="/politics/">Politics</a></nav>'


def _section(top: str, menu: str = _NAV) -> str | None:
    html = (f'<html lang="en"><head><title>Council argues over the school budget</title></head><body><header>'
            f'<a href="/">Daily Ledger</a>{menu}</header><main><article>{top}{_COUNCIL}</article></main></body></html>')
    record = parse_article(html, "https://example.com/news/council-argues-over-budget", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.section


def test_a_badge_after_the_headline_names_the_section() -> None:
    """A category badge right after the headline (beside it in its box) names the
    section when its link opens a section's listing or a menu link, as one above
    the headline does; a site page's link ("About us") does not."""
    assert _section(f'{_HEADLINE}<a class="badge" href="/sport/">Sport</a>') == "Sport"
    assert _section(f'<div class="head">{_HEADLINE}<span><a href="/category/sport/">Sport</a></span></div>',
                    menu="") == "Sport"
    assert _section(f'{_HEADLINE}<a class="badge" href="/sport/">Sport</a>', menu="") is None
    about = '<div><a href="/about/">About us</a> <a href="/contact/">Contact</a></div>'
    assert _section(f'{_HEADLINE}<a class="badge" href="/about/">About us</a>', menu=about) is None


def test_a_polish_category_listing_is_a_listing_for_a_badge_too() -> None:
    """Polish "kategoria" ("/kategoria/sport/", WordPress's category base in Polish)
    is a category listing's path word for a badge as for a category link in the
    story (:func:`.sections.category_link_section`, which reads no link in a
    paragraph): the badge's rule read it as no listing, and named no section where
    the site's menu does not link it."""
    badge = f'{_HEADLINE}<p><a href="/kategoria/sport/">Sport</a></p>'
    assert _section(badge, menu="") == "Sport"
    assert _section(badge.replace("/kategoria/", "/tag/"), menu="") is None


def test_a_back_to_the_section_link_names_the_section() -> None:
    """"« Back to Sport" over the headline gave "« Back to Sport" as the section:
    the section is the name after the phrase; "Back to top" names none."""
    assert _section(f'<a href="/sport/">« Back to Sport</a>{_HEADLINE}') == "Sport"
    assert _section(f'<p><a href="/sport/">« Back to Sport</a></p><div>{_HEADLINE}</div>') == "Sport"
    assert _section(f'{_HEADLINE}<a href="/sport/">← Zurück zu Sport</a>') == "Sport"
    assert _section(f'<a href="/sport/">Back to top</a>{_HEADLINE}') is None


def test_a_menu_of_two_links_names_the_section_badges_link() -> None:
    """A small site's menu of two links, in a box classed as a menu or in the page's
    <header>, with no <nav>: a badge above the headline's box linking one of them
    names the section (the menu rule wanted three links in one box, or a <nav>)."""
    badge = f'<p><a class="badge" href="/sport/">Sport</a></p><div class="page-header">{_HEADLINE}</div>'
    assert _section(badge, menu='<ul id="main-menu"><li><a href="/sport/">Sport</a></li>'
                                '<li><a href="/politics/">Politics</a></li></ul>') == "Sport"
    assert _section(badge, menu='<div><a href="/sport/">Sport</a> <a href="/politics/">Politics</a></div>') == "Sport"
    assert _section(badge, menu="") is None


def _title(title: str, headline: str) -> tuple[str, list[str], str | None]:
    html = (f'<html><head><title>{title}</title></head><body><table><tr><td><a href="/"><img src="/masthead.gif" '
            f'alt="The Harlow County Evening Ledger"></a></td></tr><tr><td>{headline}<br><font size="2">By Ann Lee<br>'
            f'May 16, 2024</font><br>{_COUNCIL}</td></tr></table></body></html>')
    record = parse_article(html, "https://www.example.com/news/story.asp?id=12", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.title, record.authors, record.published[:10] if record.published else None


def test_a_short_headline_under_a_long_site_name_in_the_title_is_picked() -> None:
    """"Long Site Name :: Short Headline", the headline set big over the story: the
    big line is the headline, and the byline and date under it are read (the line was
    skipped as shorter than half the <title>: the title came from the <title> alone,
    and the byline and date were missed). Only where the long part names the site:
    a bold site name ending "Headline :: Site" stays no headline (test_styled_headline)."""
    big = '<font size="4"><b>Mill fire</b></font>'
    assert _title("The Harlow County Evening Ledger :: Mill fire", big) == ("Mill fire", ["Ann Lee"], "2024-05-16")
    longer = '<font size="4"><b>Mill fire closes the bridge</b></font>'
    assert _title("The Harlow County Evening Ledger :: Mill fire closes the bridge", longer)[1:] == (
        ["Ann Lee"], "2024-05-16")


def test_a_tags_line_is_no_section() -> None:
    """The decision kept in s32: a "Tags:" list after the story names its subjects,
    not its section; its links go to ``tags``."""
    tags = '<p><span>Tags:</span> <a href="/tag/schools/">Schools</a>, <a href="/tag/budget/">Budget</a></p>'
    html = (f'<html lang="en"><head><title>Council argues over the school budget</title></head><body>'
            f'<main><article>{_HEADLINE}{_COUNCIL}<div class="tags">{tags}</div></article></main></body></html>')
    record = parse_article(html, "https://example.com/news/council-argues-over-budget", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.section is None
    assert record.tags == ["Schools", "Budget"]
