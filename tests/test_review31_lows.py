"""LOW findings of the s31 parser review, fixed in s31:

- "Today 10.30 USD": a currency's code after a dotted figure is no time zone;
- "Updated at 3:10 PM EDT": an update at an hour with its zone is an update at an hour;
- "Fotos von X Text von Y": a writer's label after another credit starts the writers again;
- "<b>Juan de Dios</b> <b>Pérez</b>": a name printed in alike pieces after a particle stays whole.

The pages here are synthetic, written for these tests.
"""

from __future__ import annotations

from crawler.parsers import parse_article
from tests.support.byline_page import PROSE

_URL_NO_DAY = "https://example.org/news/story"


def _page(top: str, lang: str = "en") -> str:
    body = "".join(f"<p>{PROSE.get(lang, PROSE['en']) * 3}</p>" for _ in range(3))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council budget - Stadtblatt'
            f'</title></head><body><main><article><h1>Council budget</h1>{top}{body}</article></main>'
            '</body></html>')


def _day(html: str, fetched_at: str | None, url: str = _URL_NO_DAY) -> str | None:
    record = parse_article(html, url, fetched_at=fetched_at)
    assert record is not None
    return record.published[:10] if record.published else None


def test_a_currency_code_after_today_and_a_figure_is_no_zone() -> None:
    """"Today 10.30 USD" (a price) dated the page by the fetch's day: the capitals
    were taken for a zone's. A zone's capitals still end a time."""
    fetched = "2026-01-20T12:00:00Z"
    for code in ("USD", "GBP", "EUR"):
        assert _day(_page(f'<p class="meta">Today 10.30 {code}</p>'), fetched) != "2026-01-20"
    assert _day(_page('<p class="date">Today 10.30 CET</p>'), fetched) == "2026-01-20"


def test_a_date_before_an_update_at_a_time_with_its_zone_is_the_publication() -> None:
    """"May 3, 2024 <span>Updated at 3:10 PM EDT</span>" in a <time> without
    datetime: the zone after the update's hour kept the line from reading as an
    update at a time alone, so it was passed over and a related story's date taken."""
    related = ('<div class="more"><a href="/news/other"><time datetime="2024-05-01T10:00:00+02:00">01/05/2024'
               '</time> Another story</a></div>')
    for update in ("Updated at 3:10 PM EDT", "Updated at 3:10 PM", "Updated at 15:10 CEST."):
        top = f'<time class="x">May 3, 2024 <span>{update}</span></time>'
        assert _day(_page(top).replace("</article>", "</article>" + related), None) == "2024-05-03"


def _authors(top: str, lang: str) -> list[str]:
    record = parse_article(_page(top, lang), _URL_NO_DAY, fetched_at=None)
    assert record is not None
    return record.authors


def test_a_writers_label_after_another_credit_starts_the_writers_again() -> None:
    """The photographer credited first, the names in elements of their own ("Fotos
    von <b>Anna Berg</b> Text von <b>Jan Roth</b>"): the other credit's label ended
    the byline before its writer, so the page had no author."""
    for lang, photos, text in (("de", "Fotos von", "Text von"), ("en", "Photos by", "Words by"),
                               ("fr", "Photos :", "Texte :"), ("it", "Foto di", "Testo di"),
                               ("de", "Fotos:", "Text:")):
        top = f'<div class="byline">{photos} <b>Anna Berg</b> {text} <b>Jan Roth</b></div>'
        assert _authors(top, lang) == ["Jan Roth"], (photos, text)
    assert _authors('<div class="byline">Text von <b>Jan Roth</b></div>', "de") == ["Jan Roth"]
    # the writer's label alone opening the line is no writer ("Testo di" was one)
    assert _authors('<div class="byline">Testo di <b>Jan Roth</b></div>', "it") == ["Jan Roth"]
    assert _authors('<div class="byline">Texto de <b>Ana Ruiz</b></div>', "es") == ["Ana Ruiz"]


def test_a_name_printed_in_alike_pieces_after_a_particle_stays_whole() -> None:
    """"<b>Juan de Dios</b> <b>Pérez</b>": a name ending in a particle's word was
    taken as whole, so its surname in the next element was dropped. Two pieces of
    the same markup are one name; a place in an element of another class is not
    part of it."""
    assert _authors('<p class="autor">Por <b>Juan de Dios</b> <b>Pérez</b></p>', "es") == ["Juan de Dios Pérez"]
    top = ('<p class="byline"><span class="autor">Por Emilio de Benito</span> '
           '<span class="lugar">Madrid</span></p>')
    assert _authors(top, "es") == ["Emilio de Benito"]
