"""Rules written from the nineteenth blind site's first run (``benchmarks/template_sites_blind19.py``:
Irish English, with Irish-language bylines, and Ukrainian), each on a small page of the shape that failed."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify.addresses import listing_path, split_address
from crawler.parsers.metadata.authors import clean_byline

EN_TEXT = "".join(f"<p>Councillors were told the proposal would go before the full council next month, part {n}. "
                  "Residents in the area have raised concerns about traffic and parking on the estate. A public "
                  "consultation will run for six weeks, with submissions accepted online and at the library.</p>"
                  for n in range(5))
GA_TEXT = "".join(f"<p>Tá imní ar mhuintir na háite faoin bplean, cuid {n}. Dúirt urlabhraí go mbeidh cruinniú "
                  "poiblí ann an mhí seo chugainn sa halla. Beidh tuilleadh eolais ar fáil ar shuíomh gréasáin "
                  "na comhairle go luath.</p>" for n in range(5))
UK_TEXT = "".join(f"<p>Про це повідомили на засіданні профільної комісії міської ради, частина {n}. Мешканці "
                  "району скаржаться на затори та брак паркування біля нових будинків. Громадське обговорення "
                  "триватиме шість тижнів, пропозиції приймають онлайн.</p>" for n in range(5))
URL = "https://news.example.ie/2024/05/14/council-defends-housing-plan/"
UK_URL = "https://visnyk.example.ua/lviv/kyivrada-vidkladaie-rishennia-shchodo-taryfiv-8889344.html"


def _parsed(page: str | bytes, url: str = URL) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _page(head: str, header: str, text: str, lang: str = "en-IE", title: str = "Council defends housing plan",
          after: str = "") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} - The Courier</title>{head}</head>'
            f'<body><main><article><h1>{title}</h1>{header}<div class="entry-content">{text}{after}</div>'
            f'</article></main><footer>© The Courier</footer></body></html>')


def _desk_head(title: str = "Council defends housing plan") -> str:
    data = {"@context": "https://schema.org", "@type": "Article", "headline": title,
            "datePublished": "2024-05-14T09:12:00+00:00", "author": {"@type": "Person", "name": "Newsroom"}}
    return (f'<meta name="author" content="Newsroom">'
            f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>')


_POSTED = ('<div class="entry-meta">Posted on 14th May 2024 <span class="byline"> by <span class="author vcard">'
           '<a class="url fn n" href="/author/newsroom/">Newsroom</a></span></span></div>')


@pytest.mark.parametrize(("credit", "authors"), [
    ("<p><strong>By DARA BRADLEY</strong></p>", ["DARA BRADLEY"]),
    ("<p><em>Words: Ciara Walsh | Pictures: Mark Condren</em></p>", ["Ciara Walsh"]),
    ("<p><strong>By Pat Flynn, Court Reporter</strong></p>", ["Pat Flynn"]),
    ("<p><strong>Council meeting</strong></p>", ["Newsroom"]),  # a bold subheading: no credit
])
def test_a_desk_account_yields_to_the_credit_set_off_over_the_text(credit: str, authors: list[str]) -> None:
    """A WordPress post filed under the desk's account ("by Newsroom", the JSON-LD's and the
    meta's author too) names its writer in a credit set off as the text's first paragraph."""
    page = _page(_desk_head(), _POSTED, credit + EN_TEXT)
    assert _parsed(page).authors == authors


def test_an_irish_page_credits_its_writer_with_le() -> None:
    """Irish "Le" (by) opens the byline of a story in Irish; on an English page "Le" is no by-word."""
    title = "Údarás na Gaeltachta ag fógairt post nua"
    credit = "<p><strong>Le Máire Ní Chonghaile</strong></p>"
    assert _parsed(_page(_desk_head(title), _POSTED, credit + GA_TEXT, "ga", title)).authors == ["Máire Ní Chonghaile"]
    assert _parsed(_page(_desk_head(), _POSTED, "<p><strong>Le Pen Marine</strong></p>" + EN_TEXT)).authors \
        == ["Newsroom"]


@pytest.mark.parametrize(("line", "name"), [
    ("Fionnuala Hennessy, Security Editor", "Fionnuala Hennessy"),
    ("Оксана Мельник, кореспондентка «Вісника» у Львові", "Оксана Мельник"),
    ("Тарас Бойко, журналіст «Дня» в Києві", "Тарас Бойко"),
])
def test_a_name_and_its_newsroom_job_is_one_writer(line: str, name: str) -> None:
    """A British or Irish beat before "Correspondent", "Reporter" or "Editor", and the Ukrainian
    and Russian newsroom jobs (with the paper in guillemets and the seat after them), are the
    name's job, no second writer."""
    assert clean_byline(line) == [name]


def test_an_old_paper_names_its_writer_and_job_in_bold() -> None:
    """The old Irish paper's byline: the name and the beat's job in one bold line, no by-word."""
    page = _page("", '<font face="Arial" size="2"><b>Declan Kelly, Finance Correspondent</b></font><br><br>', EN_TEXT)
    assert _parsed(page).authors == ["Declan Kelly"]


@pytest.mark.parametrize(("closing", "authors"), [
    ("<p><em>Матеріал підготувала Оксана Мельник</em></p>", ["Оксана Мельник"]),
    ("<p><em>Розмовляв Тарас Бойко</em></p>", ["Тарас Бойко"]),
    ("<p><em>Материал подготовил Андрей Смирнов</em></p>", ["Андрей Смирнов"]),
    ("<p><b>Оксана Мельник</b>, кореспондентка «Вісника» у Львові</p>", ["Оксана Мельник"]),
])
def test_a_ukrainian_story_closes_with_its_writer(closing: str, authors: list[str]) -> None:
    """Ukrainian and Russian papers sign after the text: "Матеріал підготувала X" (prepared by),
    "Розмовляв X" (the interviewer), or the name in bold and the job after it."""
    page = _page('<meta property="article:published_time" content="2024-12-04T08:47:00+02:00">',
                 '<div class="meta"><span class="date">04.12.2024 08:47</span></div>', UK_TEXT, "uk",
                 "Київрада відкладає рішення щодо тарифів", closing)
    assert _parsed(page, UK_URL).authors == authors


OLD_URL = "http://visnyk.example.ua/archive/2002/184/polityka800.html"


def _old_page(top: str, foot: str) -> str:
    text = "<br><br>".join(UK_TEXT.replace("<p>", "").split("</p>")[:-1])
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251">'
            '<title>Київський вісник :: Уряд готує зміни</title></head><body><table><tr><td>'
            '<font size="1"><b>№ 157 (2357) | Вівторок, 2 липня 2002 р.</b></font></td></tr><tr><td>'
            '<font size="2" color="#990000"><b>ПОЛІТИКА</b></font><br><font size="5"><b>Уряд готує зміни до правил '
            f'оренди землі</b></font><br><br>{top}<font size="3">{text}</font><br><br>{foot}</td></tr></table>'
            '</body></html>')


def test_an_old_papers_issue_folder_holds_stories() -> None:
    """A year's folder, then an issue's number no month has ("/archive/2002/184/"), then a numbered
    file: one story of that issue, no listing of the archive."""
    assert listing_path(split_address(OLD_URL)) is None
    assert listing_path(split_address("http://visnyk.example.ua/archive/2002/008/sport3.html")) is None
    assert listing_path(split_address("http://visnyk.example.ua/archive/polityka/")) == "archive"
    assert _parsed(_old_page("", ""), OLD_URL).page_kind == "article"


@pytest.mark.parametrize(("top", "foot", "authors"), [
    ('<font size="2"><b>Андрій ЛЕВЧЕНКО</b></font><br><br>', "", ["Андрій Левченко"]),
    ("", '<p align="right"><font size="3"><b><i>Наталія САВЧУК, Богдан ТКАЧУК</i></b></font></p>'
         '<font size="1">Фото АНДРІЯ НЕСТЕРЕНКА</font>', ["Наталія Савчук", "Богдан Ткачук"]),
])
def test_an_old_ukrainian_paper_signs_with_the_surname_in_capitals(top: str, foot: str, authors: list[str]) -> None:
    """The old Ukrainian signature, the surname in capitals: a bold line over the text, or a
    line set flush right after it in nested type ("<p align=right><font><b><i>")."""
    assert _parsed(_old_page(top, foot).encode("cp1251"), OLD_URL).authors == authors


def test_a_ukrainian_weekday_before_the_date_is_no_writer() -> None:
    """"Середа, 27 березня 2024, 10:32": the weekday opening the date line names no one."""
    page = _page("", '<div class="post_byline"><span class="post_time">Середа, 27 березня 2024, 10:32</span></div>',
                 UK_TEXT, "uk", "Київрада відкладає рішення щодо тарифів")
    article = _parsed(page, "https://visnyk.example.ua/news/2024/03/27/8571853/")
    assert article.authors == []
    assert (article.published or "")[:10] == "2024-03-27"


def test_an_irish_name_with_a_fada_is_a_cowriter_after_with() -> None:
    """"X, with Áine Ní Churráin": an Irish surname's particle ("Ní", "Ó", "Nic") names a person
    though the given name's fada spelling is no listed given name."""
    header = ('<div class="byline"><a href="/authors/una/">Úna Ní Fhaircheallaigh</a>, with '
              '<a href="/authors/aine/">Áine Ní Churráin</a></div>')
    assert _parsed(_page("", header, EN_TEXT), "https://news.example.ie/irish-news/politics/council-a3549339.html"
                   ).authors == ["Úna Ní Fhaircheallaigh", "Áine Ní Churráin"]


@pytest.mark.parametrize(("note", "authors"), [
    ("<p><i>Cormac Doyle lectures in economics at the University of Limerick.</i></p>", ["Cormac Doyle"]),
    ("<p><em>Pádraig Ó Briain is a solicitor and writes on planning.</em></p>", ["Pádraig Ó Briain"]),
    ("<p><em>Limerick City is a great place to visit.</em></p>", []),  # no person's name
])
def test_an_opinion_piece_signed_by_a_note_in_italics(note: str, authors: list[str]) -> None:
    """A note in italics closing the piece, opening with the writer's name and "is a" or what the
    writer does: the opinion piece's writer."""
    assert _parsed(_page("", "", EN_TEXT, after=note)).authors == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Declan Fitzgerald, with Pádraig McQuinn", ["Declan Fitzgerald", "Pádraig McQuinn"]),
    ("By Eoin McCarthy, Farming Editor", ["Eoin McCarthy"]),
])
def test_irish_bylines(line: str, authors: list[str]) -> None:
    """An Irish given name with its fada ("Pádraig") after "with" is a co-writer's; a beat's
    editor after "By" and the name is the name's job."""
    assert clean_byline(line) == authors


@pytest.mark.parametrize(("line", "authors"), [
    ("Ірина Шевченко за участі Тараса Бойка", ["Ірина Шевченко", "Тарас Бойко"]),
    ("Олександр Левченко за участі Наталії Бондаренко", ["Олександр Левченко", "Наталія Бондаренко"]),
    ("Ірина Шевченко за участю Олени Ковальської", ["Ірина Шевченко", "Олена Ковальська"]),
])
def test_a_ukrainian_cowriter_after_za_uchasti(line: str, authors: list[str]) -> None:
    """Ukrainian "за участі" (with the part of) names a co-writer in the genitive: credited in the nominative."""
    assert clean_byline(line) == authors


def test_a_ukrainian_cowriter_linked_after_za_uchasti() -> None:
    """The same byline with each writer linked to their page."""
    header = ('<div class="post_byline"><span class="post_author"><a href="/author/iryna/">Ірина Шевченко</a> за '
              'участі <a href="/author/taras/">Тараса Бойка</a></span> — <span class="post_time">Вівторок, 14 '
              'травня 2024, 10:32</span></div>')
    page = _page("", header, UK_TEXT, "uk", "Київрада відкладає рішення щодо тарифів")
    assert _parsed(page, "https://visnyk.example.ua/news/2024/05/14/7455123/").authors == ["Ірина Шевченко", "Тарас Бойко"]


def test_a_ukrainian_given_name_faker_lacks() -> None:
    """"Юлія" (the list holds the Russian "Юлия" only): the old signature in capitals names her."""
    foot = '<p align="right"><font size="3"><b><i>Юлія ТКАЧУК, Богдан БОЙКО</i></b></font></p>'
    assert _parsed(_old_page("", foot).encode("cp1251"), OLD_URL).authors == ["Юлія Ткачук", "Богдан Бойко"]
