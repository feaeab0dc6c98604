"""Author defects a review of 2026-12-07 found: a writer's post between two writers
cut the second off, a Chinese photo credit read as a writer, a Turkish desk beside
the writer read as a co-author, an Arabic "and" joined to a name in a structured
value kept two writers as one. (The box of other stories' writers:
``test_authors_other_stories_headings.py``.)"""

from __future__ import annotations

import json

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_author_list, clean_byline
from tests.support.byline_page import byline_authors


@pytest.mark.parametrize("line,names", [
    ("Par Jean Dupont, à Lyon, et Marie Curie", ["Jean Dupont", "Marie Curie"]),
    ("Par Jean Dupont, à Saint-Denis, et Marie Curie, à Paris", ["Jean Dupont", "Marie Curie"]),
    ("Von Anna Schmidt, in Berlin, und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Von Anna Schmidt, in Bad Homburg, und Peter Müller", ["Anna Schmidt", "Peter Müller"]),
    ("Por Juan Pérez, en Madrid, y Ana López", ["Juan Pérez", "Ana López"]),
    ("By Jane Doe in London and John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_writers_post_between_writers_keeps_the_next_writer(line: str, names: list[str]) -> None:
    """The post after a writer's name with its preposition ("à Lyon", "in Berlin")
    cut the rest of the line off with it, the next writer too."""
    assert clean_byline(line) == names
    assert byline_authors(line) == names


@pytest.mark.parametrize("line,names", [
    ("By Jane Doe, in London", ["Jane Doe"]),
    ("By Jane Doe in Stories and Poems", ["Jane Doe"]),  # no place known, no commas: words, cut as before
    ("By Jane Doe, in collaboration with Reuters, and John Roe", ["Jane Doe"]),
    ("Von Anna Sleegers, Frankfurt, und Kjell Olsen", ["Anna Sleegers", "Kjell Olsen"]),
])
def test_a_post_or_a_phrase_after_a_writer_still_goes(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize("line", ["记者 王小明 摄", "王小明 摄", "新华社记者 王小明 摄", "記者 王小明 攝影",
                                  "摄影：王小明", "摄影记者 王小明", "图/李华"])
def test_a_chinese_photo_credit_names_no_writer(line: str) -> None:
    """"摄" / "摄影" (photographed) after a name, or the photographer's label before
    it, credits the photographer, as "Foto: X" does: no author (it read "王小明 摄")."""
    assert clean_byline("Foto: Hans Meier") == []
    assert clean_byline(line) == []


def test_a_chinese_writer_before_the_photographer_stays() -> None:
    assert clean_byline("记者 李华 报道 记者 王小明 摄") == ["李华"]
    assert clean_byline("文/王小明 李华/摄") == ["王小明"]
    assert clean_byline("记者 王小明 报道") == ["王小明"]
    assert clean_byline("文/王小明 图/李华") == ["王小明"]


@pytest.mark.parametrize("line", ["Haber: Ahmet Yılmaz, Ekonomi Servisi", "Ahmet Yılmaz / Ekonomi Servisi",
                                  "Haber: Ahmet Yılmaz | Haber Merkezi", "Ahmet Yılmaz ve Dış Haberler Servisi"])
def test_a_turkish_desk_beside_the_writer_is_no_co_author(line: str) -> None:
    """A Turkish desk ("Ekonomi Servisi", the economy desk; "Haber Merkezi", the news
    centre) beside the writer is the writer's desk, as "Jane Doe, Metro Desk" is."""
    assert clean_byline(line) == ["Ahmet Yılmaz"]


def test_a_turkish_desk_alone_is_the_desks_credit_as_other_desks() -> None:
    """Alone, a desk is the credit, in every language the project reads ("By Metro
    Desk", "Redaktion", "Redacción", "Haber Merkezi"): kept, as before."""
    assert clean_byline("Haber: Ekonomi Servisi") == ["Ekonomi Servisi"]
    assert clean_byline("Yazar: Haber Merkezi") == ["Haber Merkezi"]
    assert clean_byline("By Metro Desk") == ["Metro Desk"]


_AR_URL = "https://www.example-akhbar.com/2025/03/04/budget"
_AR_PROSE = ("وأوضح المسؤولون أن الأعمال تسير وفق الجدول الزمني المحدد لها، وأن المرحلة الأولى ستنتهي قريبا. "
             "وأكد الخبراء أن القرار سيسهم في تحسين مستوى الخدمات المقدمة للمواطنين خلال الفترة المقبلة. ")


def _ar_page(head: str) -> str:
    body = "".join(f"<p>{_AR_PROSE * 2}</p>" for _ in range(4))
    return (f'<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>الموازنة</title>{head}'
            f'</head><body><article><h1>البرلمان يناقش موازنة العام المقبل</h1>{body}</article></body></html>')


@pytest.mark.parametrize("value,names", [
    ("محمد علي وأحمد حسن", ["محمد علي", "أحمد حسن"]),
    ("كتب: محمد علي وأحمد حسن", ["محمد علي", "أحمد حسن"]),
    ("محمد أحمد وليد حسن", ["محمد أحمد وليد حسن"]),  # "وليد" (Walid) inside a four-word name
    ("محمد علي وهبي", ["محمد علي وهبي"]),
])
def test_an_arabic_and_joined_to_a_name_in_a_structured_value(value: str, names: list[str]) -> None:
    """A meta or JSON-LD author "محمد علي وأحمد حسن" stayed one name: the "و" (and)
    joined to the next name parts two writers there as in a printed byline."""
    assert clean_author_list(value) == names
    meta = f'<meta name="author" content="{value}">'
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": "الموازنة",
                     "author": {"@type": "Person", "name": value}}, ensure_ascii=False)
    for head in (meta, f'<script type="application/ld+json">{ld}</script>'):
        article = parse_article(_ar_page(head), _AR_URL, fetched_at="2026-12-07T00:00:00Z")
        assert article is not None and article.authors == names


_META_ROW_PAGE = """<!DOCTYPE html><html lang="en-GB"><head><meta charset="utf-8">
<title>Regional bank finances apprentice scheme for now - The Ledger</title></head>
<body><nav><a href="/">The Ledger</a></nav><main class="col-lg-8"><div class="item-page">
<a href="/section/sport/" class="badge">Sport</a>
<div class="page-header"><h2>Regional bank finances apprentice scheme for now</h2></div>
<div class="article-meta small"><span><i class="bi bi-person-fill"></i> {people}</span>
<span><i class="bi bi-calendar3"></i> 16 May 2024</span><span>5 min read</span></div>
<div class="article-body"><p>The regional bank said on Thursday that it would finance the apprentice scheme
for now, while the council reviews its budget for the coming year.</p><p>Opponents claimed the estimates
ignored the rising price of energy and materials, and asked for a full review before the summer.</p>
<p>The scheme trains forty young people a year in trades from carpentry to electrical work.</p></div>
</div></main></body></html>"""


@pytest.mark.parametrize(("people", "names"), [
    # co-writers, each linked to their writer's page, between the first name and the date
    ("<a href='/author/aisha-rahman/'>Aisha Rahman</a>, <a href='/author/rebecca-de-vries/'>Rebecca de Vries</a>",
     ["Aisha Rahman", "Rebecca de Vries"]),
    ("<a href='/author/aisha-rahman/'>Aisha Rahman</a>, <a href='/author/yuki-matsumoto/'>Yuki Matsumoto</a> and "
     "<a href='/author/andres-castillo/'>Andrés Castillo</a>",
     ["Aisha Rahman", "Yuki Matsumoto", "Andrés Castillo"]),
    # a place printed between, not linked to a writer's page, is no co-writer
    ("<a href='/author/aisha-rahman/'>Aisha Rahman</a>, Harrowgate", ["Aisha Rahman"]),
])
def test_a_dated_meta_rows_linked_co_writers_are_all_credited(people: str, names: list[str]) -> None:
    html = _META_ROW_PAGE.format(people=people)
    record = parse_article(html, "https://ledger.example/sport/3-regional-bank-finances-apprentice-scheme")
    assert record is not None and record.authors == names
