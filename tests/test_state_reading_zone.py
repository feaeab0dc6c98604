"""A framework state's UTC instant is read in the page's own zone: its other timestamps'
offset, else its domain's country's zone, else its language tag's region's, else its
language's where that language keeps one zone (:func:`.framework_state.reading_zone`)."""

from __future__ import annotations

import json
from datetime import datetime, timezone

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.framework_state import reading_zone

TEXT = "".join(f"<p>The council said the new road would open next spring after two years of work, and the "
               f"people of the valley welcomed the decision at a crowded meeting on the {n}th evening.</p>"
               for n in range(4, 10))
TITLE = "The valley road opens next spring after two years of work"


def _page(lang: str, moment: datetime, head: str = "") -> str:
    story = {"title": TITLE, "pubDate": int(moment.timestamp())}
    state = {"props": {"pageProps": {"seo": {"title": TITLE}, "post": story}}}
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{TITLE}</title>{head}</head>'
            f'<body><main><h1>{TITLE}</h1><div class="body">{TEXT}</div></main>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state)}</script></body></html>')


@pytest.mark.parametrize(("lang", "url", "moment", "day"), [
    # Dutch in Suriname: 23:30 UTC is 20:30 in Paramaribo (Amsterdam would name the 16th)
    ("nl", "https://www.nieuws.example.sr/artikel/88123", datetime(2024, 5, 15, 23, 30), "2024-05-15"),
    # Spanish of Mexico on a ".com": 03:30 UTC on the 16th is the 15th in Mexico City
    ("es-MX", "https://www.noticias.example.com/nota/88123", datetime(2024, 5, 16, 3, 30), "2024-05-15"),
    # German on Germany's domain: 22:30 UTC is 00:30 on the 16th in Berlin
    ("de", "https://www.zeitung.example.de/artikel/88123", datetime(2024, 5, 15, 22, 30), "2024-05-16"),
    # English in the USA: several zones, the instant stays in UTC
    ("en", "https://www.news.example.com/story/88123", datetime(2024, 5, 15, 23, 30), "2024-05-15"),
])
def test_the_states_instant_read_in_the_pages_country(lang: str, url: str, moment: datetime, day: str) -> None:
    record = parse_article(_page(lang, moment.replace(tzinfo=timezone.utc)), url)
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == day


def test_the_pages_own_offset_first() -> None:
    """A page whose modified stamp is written at -03:00 is read there, whatever its language."""
    head = '<meta property="article:modified_time" content="2024-05-16T10:00:00-03:00">'
    record = parse_article(_page("nl", datetime(2024, 5, 15, 23, 30, tzinfo=timezone.utc), head),
                           "https://www.nieuws.example.com/artikel/88123")
    assert record is not None and (record.published or "")[:10] == "2024-05-15"


def test_reading_zone_order() -> None:
    assert reading_zone("nl", "x.sr", ["+01:00"]) == "+01:00"
    assert reading_zone("pt-BR", "x.pt") == "Europe/Lisbon"  # the domain's country before the tag's region
    assert reading_zone("pt-BR", "x.com") == "America/Sao_Paulo"
    assert reading_zone("he", "x.io") == "Asia/Jerusalem"  # ".io": no country's domain
    assert reading_zone("en-US", "x.com") is None


@pytest.mark.parametrize(("lang", "url", "moment", "day"), [
    # Chinese on China's domain: 17:30 UTC is 01:30 on the 16th in Beijing (Xinjiang's own
    # clock aside, the country's press keeps Beijing's)
    ("zh-CN", "https://news.example.cn/a/88123.html", datetime(2024, 5, 15, 17, 30), "2024-05-16"),
    ("zh", "https://www.example.com/a/88123.html", datetime(2024, 5, 15, 17, 30), "2024-05-15"),
    ("zh-CN", "https://www.example.com/a/88123.html", datetime(2024, 5, 15, 17, 30), "2024-05-16"),
    # Russian on Ukraine's domain: 21:30 UTC is 00:30 on the 16th in Kyiv (Crimea's Moscow clock aside)
    ("ru", "https://www.example.ua/news/88123", datetime(2024, 5, 15, 21, 30), "2024-05-16"),
    # English in New Zealand: 13:30 UTC is 01:30 on the 16th in Auckland (the Chathams aside)
    ("en", "https://www.example.co.nz/news/88123", datetime(2024, 5, 15, 13, 30), "2024-05-16"),
    # Kazakhstan before its clocks were made one (March 2024): Almaty and Astana kept UTC+6,
    # 18:30 UTC is 00:30 on the 16th there (23:30 in the west's Aqtau)
    ("ru", "https://www.example.kz/news/88123", datetime(2020, 5, 15, 18, 30), "2020-05-16"),
])
def test_a_country_of_several_zones_whose_press_keeps_the_capitals(lang: str, url: str, moment: datetime,
                                                                     day: str) -> None:
    record = parse_article(_page(lang, moment.replace(tzinfo=timezone.utc)), url)
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == day


@pytest.mark.parametrize(("lang", "url", "moment", "day"), [
    # Colombia's own ".com.co": 02:30 UTC on the 16th is 21:30 on the 15th in Bogotá (a bare
    # ".co" is a generic address, read as before)
    ("es", "https://caracol.example.com.co/noticias/88123", datetime(2024, 5, 16, 2, 30), "2024-05-15"),
    ("es", "https://www.example.co/noticias/88123", datetime(2024, 5, 16, 2, 30), "2024-05-16"),
    # Montenegro's ".co.me", Libya's ".com.ly"
    ("sr", "https://www.example.co.me/vijesti/88123", datetime(2024, 5, 15, 22, 30), "2024-05-16"),
])
def test_a_generic_country_domain_under_the_countrys_own_second_level(lang: str, url: str, moment: datetime,
                                                                       day: str) -> None:
    record = parse_article(_page(lang, moment.replace(tzinfo=timezone.utc)), url)
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == day


def test_a_host_written_with_its_root_dot() -> None:
    assert reading_zone("nl", "www.example.sr.") == reading_zone("nl", "www.example.sr") == "America/Paramaribo"
    assert reading_zone("es", "www.example.com.ly") == "Africa/Tripoli"


def test_a_summer_offset_on_the_page_does_not_move_a_winter_instant() -> None:
    """A German page updated in July ("+02:00") whose story went up in January: 22:30 UTC is
    23:30 in Berlin's winter, the 15th (the summer's fixed offset would name the 16th)."""
    head = '<meta property="article:modified_time" content="2024-07-10T12:00:00+02:00">'
    record = parse_article(_page("de", datetime(2024, 1, 15, 22, 30, tzinfo=timezone.utc), head),
                           "https://www.zeitung.example.de/artikel/88123")
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == "2024-01-15"
    assert reading_zone("de", "www.example.de", ["+02:00"]) == "Europe/Berlin"
    assert reading_zone("de", "www.example.de", ["-05:00"]) == "-05:00"  # a zone Berlin never takes: the page's


@pytest.mark.parametrize(("lang", "url", "moment", "day"), [
    # German spoken in one zone (Germany, Austria, Switzerland, Luxembourg, South Tyrol): a
    # German page on a ".com" is read in Berlin, 22:30 UTC the 16th's 00:30
    ("de", "https://www.example.com/de/artikel/88123", datetime(2024, 5, 15, 22, 30), "2024-05-16"),
    # Catalan on ".cat", Danish on a ".com"
    ("ca", "https://www.diari.example.cat/noticia/88123", datetime(2024, 5, 15, 22, 30), "2024-05-16"),
    ("da", "https://www.example.com/nyheder/88123", datetime(2024, 5, 15, 22, 30), "2024-05-16"),
])
def test_a_language_of_one_european_zone_on_a_generic_domain(lang: str, url: str, moment: datetime,
                                                             day: str) -> None:
    record = parse_article(_page(lang, moment.replace(tzinfo=timezone.utc)), url)
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == day


@pytest.mark.parametrize(("lang", "url", "moment", "day"), [
    # Australia's domain: 22:00 UTC is 08:00 on the 16th in Sydney and Canberra (UTC names the
    # 15th for the whole morning of every Australian zone)
    ("en", "https://www.news.example.com.au/story/88123", datetime(2024, 5, 15, 22, 0), "2024-05-16"),
    # Canada's French on a ".com": 02:30 UTC on the 16th is 22:30 on the 15th in Ottawa and Montréal
    ("fr-CA", "https://www.nouvelles.example.com/article/88123", datetime(2024, 5, 16, 2, 30), "2024-05-15"),
    ("en", "https://www.example.ca/news/88123", datetime(2024, 5, 16, 2, 30), "2024-05-15"),
])
def test_a_country_of_several_zones_read_in_its_capitals_rather_than_utc(lang: str, url: str, moment: datetime,
                                                                         day: str) -> None:
    """Every zone of Australia and Canada is nearer their capital's than UTC: the capital's
    clock misdates fewer of any city's stories than UTC does. (The USA's "en-US" stays in UTC:
    a CMS's default tag, printed by sites of any country.)"""
    record = parse_article(_page(lang, moment.replace(tzinfo=timezone.utc)), url)
    assert record is not None and record.provenance.get("published") == "state"
    assert (record.published or "")[:10] == day
