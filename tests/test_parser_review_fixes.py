"""Parser faults a review of issue 8's parsers found: each a general rule, each test
failing on the code before its fix."""

from __future__ import annotations

import pytest
from lxml import html as lxml_html

from crawler.parsers import parse_article
from crawler.parsers.classify import teaser_headlines
from crawler.parsers.metadata.given_names import is_given_name, opens_with_given_name
from tests.test_blind7_rules import _FETCHED, _parse, _table_page
from tests.test_parser_todo import _bylined


@pytest.mark.parametrize("word", ["Está", "Mãe", "Żona"])
def test_a_word_with_diacritics_is_no_plain_alphabet_name(word: str) -> None:
    """Portuguese "Está", "Mãe", Polish "Żona" ("is", "mother", "wife") fold to the
    English given names "Esta", "Mae", "Zona": a spelling with diacritics is only
    the plain name a table with letters of its own printed plain ("Małgorzata")."""
    assert not is_given_name(word)
    assert not opens_with_given_name(f"{word} Coragem")
    assert _parse(_table_page(f"{word} Coragem")).authors == []


@pytest.mark.parametrize("name", ["Joao Silva", "Jose Lima", "Lukasz Nowak", "Małgorzata Wróbel", "João Lima"])
def test_names_in_plain_or_own_letters_stay_given_names(name: str) -> None:
    assert opens_with_given_name(name)
    assert _parse(_table_page(name)).authors == [name]


@pytest.mark.parametrize(("byline", "authors"), [
    ("By Jane Doe and Washington Bureau", ["Jane Doe"]),
    ("By Jane Doe and London Bureau", ["Jane Doe"]),
    ("By Jean Bureau and Jane Doe", ["Jean Bureau", "Jane Doe"]),
    ("By Jane Doe and Jean Bureau", ["Jane Doe", "Jean Bureau"]),
    # "Antarctica/Casey" names a research station after a man, no newsroom's bureau
    ("By Jane Doe and Casey Bureau", ["Jane Doe", "Casey Bureau"]),
])
def test_a_bureau_named_after_a_place_joined_by_and_is_the_writers_desk(byline: str, authors: list[str]) -> None:
    """"Washington" is a given name too: a bureau named after a place joined to a
    writer by "and" is the writer's desk, as after a comma ("Jane Doe, Washington
    Bureau"); "Jean Bureau" (no place) stays a co-author."""
    assert _bylined(byline) == authors


_STORY_URL = "http://herald.example/2024/05/03/council-approves-budget"


@pytest.mark.parametrize("heading", [
    '<h2 id="s{k}"><a href="#s{k}"></a>What the budget means for district {k}</h2>',
    '<h2 id="s{k}"><a href="#s{k}">What the budget means for district {k}</a></h2>',
    '<h2 id="s{k}"><a href="' + _STORY_URL + '#s{k}">What the budget means for district {k}</a></h2>',
    '<h2 id="s{k}"><a href="/2024/05/03/council-approves-budget#s{k}">What the budget means for district {k}</a></h2>',
    # the page's address in its other scheme, with "www." or a closing slash (review of 7450ee84)
    '<h2 id="s{k}"><a href="https://www.herald.example/2024/05/03/council-approves-budget/#s{k}">'
    'What the budget means for district {k}</a></h2>',
])
def test_subheadings_linking_into_the_page_are_no_teasers(heading: str) -> None:
    """A long story's subheadings each carrying a link to their own anchor ("#s2",
    the page's address + "#s2") are no teaser headlines: the story stays an article."""
    prose = "The council approved a new budget on Tuesday after months of debate over road repairs. " * 3
    sections = "".join(f'<section>{heading.format(k=k)}<p>{prose}</p><p>{prose}</p></section>' for k in range(6))
    page = (f'<html lang="en"><head><title>Council approves budget - Herald</title></head><body><article>'
            f'<h1>Council approves budget</h1><p class="byline">By Jane Doe</p>'
            f'<time datetime="2024-05-03">May 3, 2024</time>{sections}</article></body></html>')
    assert teaser_headlines(lxml_html.fromstring(page), _STORY_URL) == []
    assert _parse(page, _STORY_URL).page_kind == "article"


_PT_PROSE = "<p>" + "A prefeitura anunciou nesta terça-feira um novo plano de obras para a zona norte da cidade. " * 6 + "</p>"
_EN_PROSE = "<p>" + "The council approved a new plan for the northern district on Tuesday after a long debate. " * 6 + "</p>"


def _dated(lang: str, field: str, prose: str = _PT_PROSE, printed: str = "") -> str | None:
    html = (f'<html lang="{lang}"><head><meta charset="utf-8">{field}<title>Prefeitura anuncia plano</title></head>'
            f'<body><article><h1>Prefeitura anuncia plano de obras</h1><div class="byline">Por Carlos Rodrigues</div>'
            f'{prose * 3}{printed}</article></body></html>')
    article = parse_article(html, "http://jornal.example.com/noticia/prefeitura-plano", fetched_at=_FETCHED)
    assert article is not None
    return article.published


_DATE_FIELDS = [
    '<meta name="date" content="12/03/1999">',
    '<meta property="article:published_time" content="12/03/1999">',
    '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "12/03/1999"}</script>',
]


@pytest.mark.parametrize("field", _DATE_FIELDS)
def test_a_numeric_date_field_is_read_in_the_pages_language(field: str) -> None:
    """A Brazilian CMS writes its date fields as its pages print dates, day first:
    "12/03/1999" on a "pt-BR" page is 12 March (as a printed date there is); a US
    English page's stays month first."""
    assert _dated("pt-BR", field) == "1999-03-12"
    assert _dated("en-US", field, _EN_PROSE) == "1999-12-03"


def test_a_date_field_the_page_shows_written_month_first_stays_month_first() -> None:
    """A server's US default ("11/01/2023 12:43:42" in the date meta) beside the
    page's printed "Criado em: 01.11.2023": the field was written month first."""
    field = '<meta name="date" content="11/01/2023 12:43:42">'
    assert _dated("pt-BR", field, printed='<p class="date">Criado em: 01.11.2023</p>')[:10] == "2023-11-01"


@pytest.mark.parametrize("printed", ["3 de dezembro de 1999", "3. Dezember 1999", "December 3, 1999"])
def test_a_date_field_the_page_prints_with_the_month_s_name_month_first_stays_month_first(printed: str) -> None:
    """The page prints the day with its month's name, and that day is the field's
    "12/03/1999" read month first: the field was written month first, whatever the
    page's declared language (review of 5b817bb4)."""
    field = '<meta name="date" content="12/03/1999">'
    assert _dated("pt-BR", field, printed=f'<p class="date">{printed}</p>') == "1999-12-03"
    assert _dated("pt-BR", field, printed='<p class="date">12 de março de 1999</p>') == "1999-03-12"


def test_a_date_field_with_a_12_hour_time_stays_month_first() -> None:
    """"12/03/1999 10:42:00 AM" is a US server's default (.NET's): a day-first locale
    writes its times 24-hour, so the field was written month first (review of 5b817bb4)."""
    assert _dated("pt-BR", '<meta name="date" content="12/03/1999 10:42:00 AM">')[:10] == "1999-12-03"
    assert _dated("pt-BR", '<meta name="date" content="12/03/1999 10:42:00">')[:10] == "1999-03-12"
