"""Review of the UTC publication time read at the page's offset where no day is printed
(``date_search._in_page_zone``): offsets that disagree on the day (a modified time after the
clocks went forward, a <time> before) leave the instant as it is."""

from __future__ import annotations

from crawler.parsers import parse_article

TEXT = "".join(f"<p>Nach Angaben der zuständigen Stelle soll das Vorhaben bis Ende des kommenden Jahres umgesetzt "
               f"werden, Absatz {n}. Kritiker bemängeln seit Monaten, dass die Betroffenen zu spät in die Planung "
               "eingebunden wurden.</p>" for n in range(5))
URL = "https://www.example.ch/region/stadtrat-tagt-ld.1234567"


def _day(head: str, header: str) -> str:
    page = (f'<html lang="de"><head><meta charset="utf-8"><title>Stadtrat tagt | Tagblatt</title>{head}</head><body>'
            f'<main><article><h1>Stadtrat tagt</h1>{header}<div class="body">{TEXT}</div></article></main></body></html>')
    article = parse_article(page, URL)
    assert article is not None
    return (article.published or "")[:10]


def test_offsets_disagreeing_on_the_day_leave_the_utc_day() -> None:
    """22:30 UTC on 29 March is 23:30 in Zurich (winter time, +01:00, as the page's <time>
    says); the story's modified time, after the clocks went forward, is at +02:00, which
    would put it past midnight: the offsets disagree, the day is not moved."""
    head = ('<meta property="article:published_time" content="2024-03-29T22:30:00Z">'
            '<meta property="article:modified_time" content="2024-04-02T10:00:00+02:00">')
    header = '<div class="date"><time datetime="2024-03-29T23:30:00+01:00">vor 4 Tagen</time></div>'
    assert _day(head, header) == "2024-03-29"


def test_offsets_agreeing_move_the_day() -> None:
    head = ('<meta property="article:published_time" content="2024-04-19T22:35:00Z">'
            '<meta property="article:modified_time" content="2024-04-20T10:00:00+02:00">')
    header = '<div class="date"><time datetime="2024-04-20T00:35:00+02:00">vor 3 Stunden</time></div>'
    assert _day(head, header) == "2024-04-20"
