"""Rules from the ninth blind template-site check (``benchmarks/template_sites_blind9.py``,
issue 8): each for a kind of page (an Arabic byline or date, an old paper's archive
folders, a blog theme's header and permalink, a government site's document list), not
for the generator's wording. The pages are written by hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify import article_like_url
from crawler.parsers.metadata.authors import clean_byline
from crawler.parsers.metadata.dates import find_date_in_text

_FETCHED = "2026-12-07T00:10:00Z"
_PROSE = ("The council approved a new budget for the harbour district on Tuesday evening after a long debate. "
          "Members said the plan would pay for repairs to the old quay and two new ferry berths by next spring. ")
_AR_PROSE = ("وأوضح المسؤولون أن الأعمال تسير وفق الجدول الزمني المحدد لها، وأن المرحلة الأولى ستنتهي قريبا. "
             "وأكد الخبراء أن القرار سيسهم في تحسين مستوى الخدمات المقدمة للمواطنين خلال الفترة المقبلة. ")
_ES_PROSE = ("Las autoridades explicaron que los trabajos avanzan conforme al calendario previsto para este año. "
             "Los especialistas coincidieron en que la medida mejorará la calidad de los servicios públicos. ")


def _parse(html: str | bytes, url: str) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


# ---------------------------------------------------------------- Arabic bylines and dates


@pytest.mark.parametrize("line,names", [
    ("كتب: أحمد علي", ["أحمد علي"]),
    ("كتبت - سارة حسن", ["سارة حسن"]),
    ("إعداد: منى عبد الله", ["منى عبد الله"]),
    ("كتب - أحمد علي وسارة حسن", ["أحمد علي", "سارة حسن"]),
    ("بقلم: أحمد علي، سارة حسن ومريم أبو زيد", ["أحمد علي", "سارة حسن", "مريم أبو زيد"]),
    ("بقلم: أحمد علي و سارة حسن", ["أحمد علي", "سارة حسن"]),
    ("كتب - عمر عبد الرحمن ووليد حسن", ["عمر عبد الرحمن", "وليد حسن"]),
])
def test_arabic_credit_labels_and_joiners(line: str, names: list[str]) -> None:
    """Arabic "wrote" (m. "كتب", f. "كتبت") with its colon or dash and "prepared by"
    ("إعداد") are credit labels as "بقلم" is; the Arabic comma and "و" (and), printed
    apart or joined to the next name's first word, part the names."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("line", ["هيفاء وهبي", "محمد علي وهبي", "محمد أحمد وليد حسن", "كتب جديدة"])
def test_a_word_opening_with_waw_stays_in_its_name(line: str) -> None:
    """A surname opening with "و" after one given name ("هيفاء وهبي"), or one word after
    a full name ("محمد علي وهبي"), or a common name opening with "و" inside a four-word
    name ("وليد"), is the name's own word, not "and"; "كتب" without its colon or dash is
    "books", no label."""
    assert clean_byline(line) == [line]


@pytest.mark.parametrize("text,day", [
    ("نُشر في ٥ أيار ٢٠٢٤", "2024-05-05"),
    ("٣ تشرين الأول ٢٠١٩", "2019-10-03"),
    ("الأحد ٢٦ شوال ١٤٤٥هـ الموافق ٥ مايو ٢٠٢٤م", "2024-05-05"),
    ("الجمعة 16 مايو 2003م - 15 ربيع الأول 1424هـ", "2003-05-16"),
    ("12 يوليوز 2021", "2021-07-12"),
    ("3 جويلية 2022", "2022-07-03"),
])
def test_arabic_months_and_the_era_after_the_year(text: str, day: str) -> None:
    """Arabic Gregorian months as the Levant ("أيار", "تشرين الأول"), Egypt and the Gulf
    ("مايو") and the Maghreb ("يوليوز", "جويلية") print them, in Arabic-Indic digits or
    not; the era's letter after a year ("2024م", "1445هـ") ends it, and a Hijri date
    printed first is no Gregorian one."""
    assert (find_date_in_text(text, "ar") or "")[:10] == day


def _ar_old_page(credit: str, opening: str = "") -> bytes:
    """An early-2000s Arabic paper's story in windows-1256: tables, <font>, no metadata."""
    html = ('<html dir="rtl"><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1256">'
            '<title>الأخبار - سياسة</title></head><body><table width="760"><tr><td>'
            '<font size="2"><b>الجمعة 16 مايو 2003م</b></font></td></tr><tr><td>'
            '<font face="Simplified Arabic" size="5"><b>البرلمان يناقش موازنة العام المقبل</b></font><br>'
            f'{credit}<br><font size="3">{opening}{_AR_PROSE * 3}<br><br>{_AR_PROSE * 2}</font>'
            '</td></tr></table></body></html>')
    return html.encode("cp1256")


_AR_OLD_URL = "http://akhbar.example/archive/2003/05/16/POLI4.HTM"


def test_an_arabic_credit_under_the_big_line_names_the_writers() -> None:
    page = _ar_old_page('<font size="2"><b>كتب - أحمد علي وسارة حسن</b></font>')
    assert _parse(page, _AR_OLD_URL).authors == ["أحمد علي", "سارة حسن"]


def test_an_arabic_wires_dateline_credits_the_wire() -> None:
    """"القاهرة (رويترز) -" opening the story: the place, the wire in brackets, a dash
    (Reuters' Arabic service and the papers print so). With no capitals to tell a place,
    only the Arabic wires by their names are read."""
    assert _parse(_ar_old_page("", "القاهرة (رويترز) - "), _AR_OLD_URL).authors == ["رويترز"]
    assert _parse(_ar_old_page("", "القاهرة (خاص) - "), _AR_OLD_URL).authors == []


# ---------------------------------------------------------------- an old paper's archive


def test_a_days_file_under_an_archive_folder_is_a_story() -> None:
    """"/archive/2003/05/16/POLI4.HTM": an old paper's archive of days names each story
    by a numbered file; the "archive" folder makes the day's section page
    ("/archive/2003/05/16/POLI.htm", no figure) a listing, not its stories."""
    assert article_like_url(_AR_OLD_URL)
    assert not article_like_url("http://akhbar.example/archive/2003/05/16/POLI.htm")
    assert _parse(_ar_old_page('<font size="2">بقلم: أحمد علي</font>'), _AR_OLD_URL).page_kind == "article"


@pytest.mark.parametrize("url", ["http://uni.example/print/4411", "http://uni.example/print/node/4411",
                                 "http://akhbar.example/archive/2003/05/16/print/POLI4.HTM"])
def test_a_print_folder_before_the_record_names_a_printable_copy(url: str) -> None:
    """Drupal's print module ("/print/4411") and an archive's print folder before the
    numbered file are printer-friendly copies; a print edition's story, its slug of
    words under "/print/", is a story."""
    page = ("<html><head><title>Harbour budget approved</title></head><body><h1>Harbour budget approved</h1>"
            f"<p>By Jane Doe, May 16, 2004</p><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></body></html>")
    assert _parse(page, url).page_kind == "page"
    assert _parse(page, "http://uni.example/print/2004/05/harbour-budget-approved-at-last").page_kind == "article"


def _es_old_page(lines: str) -> bytes:
    """An Argentine daily's story of 2002 in ISO-8859-1: the <title> the site's name and
    the section, the logo linked home, a kicker in capitals, the big headline, a deck, credit and date lines
    each set apart by two <br>."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">'
            '<title>Diario del Plata - Economía</title></head><body><table><tr><td>'
            '<a href="/diario/index.htm"><img src="/img/logo.gif" alt="Diario del Plata"></a></td></tr><tr><td>'
            '<font size="2" color="#CC0000"><b>PUERTO DE LA PLATA</b></font><br>'
            '<font size="5"><b>El puerto abre una nueva terminal de cargas</b></font><br>'
            '<font size="3"><i>La obra demandó dos años y una inversión millonaria...</i></font><br><br>'
            f'{lines}<br><font size="3">{_ES_PROSE * 3}<br><br>{_ES_PROSE * 2}</font></td></tr></table></body></html>')
    return html.encode("iso-8859-1")


_ES_OLD_URL = "http://diario.example/diario/2002/05/16/p-00401.htm"


def test_line_breaks_do_not_count_against_a_big_lines_story() -> None:
    """A big line heads the story that follows it within eight elements; the ``<br>``
    pairs an old layout sets between its deck, credit and date lines are no elements
    of that count (the headline was lost to the <title>'s label)."""
    lines = ('<font size="2"><i>Por Juan Pérez y María López</i></font><br>'
             '<font size="1">Publicado el 16/05/2002</font><br>')
    article = _parse(_es_old_page(lines), _ES_OLD_URL)
    assert article.title == "El puerto abre una nueva terminal de cargas"
    assert article.authors == ["Juan Pérez", "María López"]


def test_a_desk_word_alone_under_the_headline_is_the_credit() -> None:
    """"<i>Redacción</i>" on its own line under the headline: the desk credits a story no
    person signed (as "Por Juan Pérez" stands on the others)."""
    assert _parse(_es_old_page('<font size="2"><i>Redacción</i></font><br>'), _ES_OLD_URL).authors == ["Redacción"]


@pytest.mark.parametrize("opening,credit", [("BUENOS AIRES (Télam) - ", ["Télam"]),
                                            ("MÉXICO (Notimex) - ", ["Notimex"]),
                                            ("LONDON (Reuters) - ", ["Reuters"])])
def test_a_wire_known_by_its_name_in_a_dateline(opening: str, credit: list[str]) -> None:
    """A dateline's wire of five letters or more is read by its name (Argentina's Télam,
    Mexico's Notimex, Reuters): "(VIDEO)" stays none."""
    page = _es_old_page("").replace(b"<font size=\"3\">Las", f'<font size="3">{opening}Las'.encode("iso-8859-1"))
    assert _parse(page, _ES_OLD_URL).authors == credit


# ---------------------------------------------------------------- a Tumblr-like blog


def _blog_post(meta: str) -> str:
    """A blog theme's post page: the blog's name as the header's h1, the post's title an
    h2, its date, category and notes under the text."""
    return ("<html><head><title>Jane's Notes — Ferry timetable approved at last</title></head><body>"
            "<header><h1 class='blog-title'><a href='/blog'>Jane's Notes</a></h1>"
            "<nav class='pages'><a href='/blog/tagged/travel'>Travel</a> <a href='/blog/tagged/books'>Books</a></nav></header>"
            "<section id='posts'><article class='post text'><h2 class='title'>"
            "<a href='/blog/post/7123/ferry-timetable'>Ferry timetable approved at last</a></h2>"
            f"<div class='body-text'><p>{_PROSE} The plan was first shown on March 3, 2021.</p><p>{_PROSE * 2}</p>"
            f"<p>{_PROSE * 2}</p><p>{_PROSE * 2}</p></div>{meta}</article></section></body></html>")


_POST_URL = "http://notes.example/blog/post/7123/ferry-timetable"
_POST_META = ("<div class='post-meta'><a class='category' href='/blog/tagged/travel'>Travel</a> · "
              "<a class='permalink' href='/blog/post/7123/ferry-timetable'>May 5, 2024</a> · "
              "<a href='/blog/post/7123/ferry-timetable#notes'>12 notes</a></div>")


def test_a_blogs_name_as_the_h1_over_the_posts_h2() -> None:
    """Under a <title> "Blog Name — Post title", the header's h1 prints the blog's name:
    the h2 printing the title's other part is the headline."""
    assert _parse(_blog_post(_POST_META), _POST_URL).title == "Ferry timetable approved at last"


def test_a_headline_over_its_sub_headline_stays() -> None:
    """An h1 printing the <title>'s shorter part, not linked, is the headline over its
    sub-headline in an h2 (a review's "Headline - Subtitle : Site")."""
    page = ("<html><head><title>Vom Boden aus gedacht - Ein Roman verwebt Lokales und Globales : Kritik</title></head>"
            f"<body><h1>Vom Boden aus gedacht</h1><h2>Ein Roman verwebt Lokales und Globales</h2><p>{_PROSE}</p>"
            f"<p>{_PROSE}</p><p>{_PROSE}</p></body></html>")
    assert _parse(page, "http://kritik.example/vom-boden-aus-gedacht,30063.html").title == "Vom Boden aus gedacht"


def test_a_permalink_printing_a_date_dates_the_post() -> None:
    """The post's date linked to the post itself (a blog theme's permalink), printed
    under the text: the post's day, not a day its text mentions ("5 de mayo, 2024" on
    a Spanish blog; the day in its text, "3 de marzo de 2021", was taken). A date
    linked to another page (a related post's) is not the post's."""
    spanish = _blog_post(_POST_META.replace("May 5, 2024", "5 de mayo, 2024")).replace(
        "March 3, 2021", "3 de marzo de 2021").replace("<html>", "<html lang='es'>")
    assert (_parse(spanish, _POST_URL).published or "")[:10] == "2024-05-05"
    other = spanish.replace("/blog/post/7123/ferry-timetable'>5 de", "/blog/post/9999/other-post'>5 de")
    assert (_parse(other, _POST_URL).published or "")[:10] != "2024-05-05"


def test_a_tumblr_tag_the_menu_opens_names_the_section() -> None:
    """Tumblr's tag listings ("/tagged/travel") are a blog's categories when its menu
    opens them: the post's link to one names its section; the listing is no story."""
    assert _parse(_blog_post(_POST_META), _POST_URL).section == "Travel"
    assert not article_like_url("http://notes.example/blog/tagged/%D8%B3%D9%81%D8%B1")
    assert not article_like_url("http://notes.example/blog/tagged/first-long-trip-to-the-sea")


# ---------------------------------------------------------------- a government site


def test_a_document_list_is_a_listing() -> None:
    """A government site's list of news (each item a link to the story, its summary and
    its date after it in the item, no heading or title class) is a listing."""
    items = "".join(f"<li><a class='govuk-link' href='/government/news/harbour-plan-part-{n}'>Harbour plan part {n} "
                    f"published</a><p>{_PROSE[:90]}</p><ul><li>Press release</li><li><time>{n + 1} May 2024</time>"
                    "</li></ul></li>" for n in range(4))
    page = f"<html><head><title>News - GOV</title></head><body><main><h1>News</h1><ul>{items}</ul></main></body></html>"
    article = parse_article(page, "http://gov.example/government/news", fetched_at=_FETCHED)
    assert article is None or article.page_kind == "listing"


def test_a_related_list_beside_a_short_story_is_no_document_list() -> None:
    """A box of related stories under a short story (each item a link, its date after
    it) holds other stories: the story stays an article."""
    items = "".join(f"<li><a href='/news/harbour-plan-part-{n}'>Harbour plan part {n} published</a>"
                    f"<span class='date'>{n + 1} May 2024</span></li>" for n in range(10))
    page = ("<html><head><title>Ferry berths repaired - Town News</title></head><body><main><h1>Ferry berths repaired</h1>"
            f"<p>16 May 2024</p><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p>"
            f"<div class='related-stories'><h3>More</h3><ul>{items}</ul></div></main></body></html>")
    assert _parse(page, "http://town.example/news/ferry-berths-repaired").page_kind == "article"


def test_a_posts_list_of_links_with_notes_is_no_document_list() -> None:
    """A short post listing links, each with a note in its line ("<a>..</a> <em>(via
    Town News)</em>"), is a post, not a document list."""
    items = "".join(f"<li><a href='/2024/05/harbour-plan-part-{n}'>Harbour plan part {n} published</a> "
                    f"<em>(via Town News, {n + 1} May)</em></li>" for n in range(10))
    page = ("<html><head><title>Links for Friday - Jane's Notes</title></head><body><main><h1>Links for Friday</h1>"
            f"<p>{_PROSE}</p><ul>{items}</ul><p>{_PROSE}</p></main></body></html>")
    assert _parse(page, "http://notes.example/2024/05/links-for-friday").page_kind != "listing"


@pytest.mark.parametrize("url", ["http://gob.example/gob/temas/salud-publica-y-vacunas",
                                 "http://gov.example/government/organisations/department-for-transport"])
def test_topic_and_organisation_folders_are_listings(url: str) -> None:
    """Spanish "temas" (topics) and a government site's organisation pages list news."""
    assert not article_like_url(url)


# ---------------------------------------------------------------- review of the ninth blind check's rules


def _ar_story(deck: str) -> str:
    """An Arabic story with no metadata: its headline, a line under it, four paragraphs."""
    return (f'<html dir="rtl" lang="ar"><head><title>الحكومة تقر خطة جديدة</title></head><body>'
            f'<h1>الحكومة تقر خطة جديدة</h1>{deck}' + f"<p>{_AR_PROSE}</p>" * 4 + "</body></html>")


@pytest.mark.parametrize("deck", ["<p>إعداد الموازنة العامة يبدأ الشهر المقبل</p>", "<h2>إعداد خطة جديدة للنقل</h2>"])
def test_a_sentence_opening_with_prepared_is_no_credit(deck: str) -> None:
    """"إعداد" is "preparing" as well as "prepared by": a deck or a sub-headline opening
    with it and a space ("إعداد الموازنة العامة يبدأ", preparing the budget begins) is
    no credit; with a colon it is one, and a line the page marks as a credit drops it."""
    assert _parse(_ar_story(deck), "http://akhbar.example/news/view/88123").authors == []
    assert _parse(_ar_story("<p>إعداد: سارة حسن</p>"), "http://akhbar.example/news/view/88123").authors == ["سارة حسن"]
    assert clean_byline("إعداد سارة حسن") == ["سارة حسن"]


@pytest.mark.parametrize("line,names", [
    ("بقلم: محمد علي وزير الإعلام", ["محمد علي وزير الإعلام"]),
    ("بقلم: سارة حسن وكيلة وزارة الصحة", ["سارة حسن وكيلة وزارة الصحة"]),
])
def test_a_post_opening_with_waw_after_a_name_is_not_split(line: str, names: list[str]) -> None:
    """"وزير" (minister), "وكيلة" (under-secretary) after a writer's name open with "و" as
    their own letter: no "and", so no "زير الإعلام" for a second writer."""
    assert clean_byline(line) == names


_NOTE = ("A moving account of a family crossing the mountains in winter, told with warmth and a sharp eye "
         "for detail; our critic could not put it down.")


def _reading_list(host: str, credit: str) -> str:
    """A story whose text holds a reading list: eight items, each a book's title linked
    and a note on it in a paragraph (the shape of a government site's document list)."""
    items = "".join(f"<li><a href='{host}/reviews/2023/05/the-long-road-home-{n}'>The Long Road Home {n}</a>"
                    f"<p>{_NOTE}</p></li>" for n in range(8))
    return ("<html><head><title>Books to read this summer - Town News</title></head><body><main>"
            f"<h1>Books to read this summer</h1>{credit}<p>{_PROSE}</p><p>Our critics chose these:</p>"
            f"<ul>{items}</ul><p>{_PROSE}</p></main></body></html>")


@pytest.mark.parametrize("host,credit", [("https://books.example", ""),
                                         ("", "<p class='byline'>By Jane Doe</p><p>May 16, 2024</p>")])
def test_a_storys_reading_list_is_no_document_list(host: str, credit: str) -> None:
    """A story's reading list (a title linked, a note after it, in each item) is no
    listing's entries: its links open other sites (a site's document list lists its
    own pages), or the story prints its date and writer at a story's address (its text
    one story's, the list in it). The crawl stores the story."""
    page = _reading_list(host, credit)
    assert _parse(page, "https://town.example/culture/2024/05/16/books-to-read-this-summer").page_kind == "article"


@pytest.mark.parametrize("url", ["https://diario.example/temas/salud/2024/05/nuevas-vacunas-llegan-al-pais",
                                 "https://diario.example/tema/salud/nota-123456",
                                 "https://gov.example/government/organisations/dft/news/ferry-berths-repaired",
                                 "https://notes.example/blog/tagged/travel/ferry-berths-repaired-at-last"])
def test_a_story_below_a_listings_folder_is_a_story(url: str) -> None:
    """A story filed below a topic's or a tag's folder ("/temas/salud/2024/05/slug", an id
    under "/tema/salud/") is at a story's address: its date, its writer and its prose make
    it one story, whatever grid of other stories follows it."""
    grid = "".join(f"<div class='card'><h3><a href='/temas/salud/2024/05/otra-nota-sobre-salud-{n}'>Otra nota sobre "
                   f"salud número {n}</a></h3><p>Resumen breve de la nota.</p></div>" for n in range(12))
    page = ("<html lang='es'><head><title>Nuevas vacunas llegan al país - Diario</title></head><body><main>"
            f"<h1>Nuevas vacunas llegan al país</h1><p>Por Ana Gómez | 16 de mayo de 2024</p><p>{_ES_PROSE}</p>"
            f"<p>{_ES_PROSE}</p><p>{_ES_PROSE}</p></main><section class='mas'>{grid}</section></body></html>")
    assert article_like_url(url)
    assert _parse(page, url).page_kind == "article"
    assert not article_like_url(url.rsplit("/", 1)[0] + "/page/2")


def test_a_writers_byline_after_a_desk_word_alone_wins() -> None:
    """A desk word alone over a writer's by-line ("Redacción" as the desk's label, then
    "Por Juan Pérez"): the writer signed the story, the desk credits only a story no
    person signed."""
    lines = "<p>Redacción</p><p>Por Juan Pérez</p><p>16/05/2002</p>"
    page = ("<html lang='es'><head><title>El puerto abre una nueva terminal</title></head><body>"
            f"<h1>El puerto abre una nueva terminal</h1>{lines}" + f"<p>{_ES_PROSE}</p>" * 3 + "</body></html>")
    assert _parse(page, _ES_OLD_URL).authors == ["Juan Pérez"]


def test_a_run_of_line_breaks_after_a_big_line_is_read_only_so_far() -> None:
    """The line breaks after a big line are skipped within a bounded number of siblings
    (a page of thousands of <br> after each of its big lines costs no walk of them all)."""
    from crawler.parsers.metadata.header.headline_fallbacks import _prose_follows

    read = []

    class _Br:
        tag = "br"

    class _Line:
        def itersiblings(self) -> Iterator[_Br]:
            for _ in range(100_000):
                read.append(1)
                yield _Br()

    assert not _prose_follows(_Line())
    assert len(read) <= 100


@pytest.mark.parametrize("box", ["notas-relacionadas", "lee-tambien", ""])
def test_a_box_of_dated_headlines_under_a_short_story_is_no_document_list(box: str) -> None:
    """A box of other stories under a short story, each a headline linked and its date
    (a related or "more" box, its class in the site's language or none): no summary, so
    no document list's entries; the story stays an article."""
    items = "".join(f"<li><a href='/nacional/2024/05/{n}/otra-nota-sobre-el-puerto'>Otra nota sobre el puerto {n}</a>"
                    f"<time>{n + 1} de mayo de 2024</time></li>" for n in range(10))
    page = ("<html lang='es'><head><title>El puerto abre una nueva terminal - Diario</title></head><body><main>"
            f"<h1>El puerto abre una nueva terminal</h1><p>16 de mayo de 2024</p><p>{_ES_PROSE}</p><p>{_ES_PROSE}</p>"
            f"<div class='{box}'><h3>Notas relacionadas</h3><ul>{items}</ul></div></main></body></html>")
    assert _parse(page, "https://diario.example/nacional/el-puerto-abre-una-nueva-terminal").page_kind == "article"


@pytest.mark.parametrize("text,day", [("الأربعاء 12 ماي 2021", "2021-05-12"), ("1 تشرين أول 2019", "2019-10-01"),
                                      ("5 كانون ثاني 2024", "2024-01-05")])
def test_the_maghrebs_may_and_the_syriac_months_without_the_article(text: str, day: str) -> None:
    """May as Morocco, Algeria and Tunisia print it ("ماي", beside their "يوليوز" and
    "جوان"), and the Levant's "تشرين أول", "كانون ثاني" printed without the article."""
    assert (find_date_in_text(text, "ar") or "")[:10] == day


@pytest.mark.parametrize("line", ["كتب - أحمد علي، القاهرة", "بقلم: أحمد علي، مراسل الأهرام", "بقلم: أحمد علي، رئيس التحرير"])
def test_a_seat_or_a_job_after_the_arabic_comma_is_no_writer(line: str) -> None:
    """After a writer's name and the Arabic comma, one word is where the story was written
    ("القاهرة": a writer's name has two words or more) and a newsroom job ("مراسل",
    correspondent; "رئيس التحرير", editor-in-chief) the writer's: no second writer."""
    assert clean_byline(line) == ["أحمد علي"]
