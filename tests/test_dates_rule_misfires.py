"""Review 26's misfires of the session-25 date rules, each on a shortened copy of
the reviewer's page."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.date_search import url_date
from crawler.parsers.metadata.dates import find_date_span

_PROSE = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members argued "
                  "at length about the schools. ") * 4 + "</p>"


def test_a_documents_date_and_update_in_the_body_does_not_date_the_page() -> None:
    """A linked document's "12 March 2019 | Updated 2 April 2024" in the story's text
    dated the page 2019-03-12 and stopped the label scan before the post's own
    "Posted on May 3, 2024". The paired day counts only before the story's running
    text, and a published label anywhere still wins."""
    page = ('<html lang="en"><head><title>Our new permit rules explained</title></head><body><div class="post">'
            '<h2 class="title">Our new permit rules explained</h2><div class="text">' + _PROSE
            + '<p><a href="/docs/form-a.pdf">Form A (PDF)</a><br>12 March 2019 | Updated 2 April 2024</p>' + _PROSE
            + '</div><div class="postmeta">Posted on May 3, 2024 by Sarah Miller</div></div></body></html>')
    record = parse_article(page, "https://permits.example.org/new-permit-rules", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-05-03"
    page = ('<html lang="en"><head><title>Guide to permits</title></head><body><article><h1>Guide to permits</h1>'
            + _PROSE * 2 + '<ul><li><a href="/r.pdf">Permit form</a><br>12 March 2019 | Updated 2 April 2024</li>'
            '</ul>' + _PROSE + '<div class="entry-date">2024-05-03</div></article></body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-05-03"


_CAR = "<p>" + ("Lowering springs change how the car sits and handles, and the right set can make a daily driver "
                "feel sharper without ruining the ride. ") * 4 + "</p>"


def _dated(meta: str, prose: str = _CAR, lang: str = "en") -> tuple[str | None, str | None]:
    page = (f'<html lang="{lang}"><head><title>Best lowering springs</title></head><body><article class="post">'
            f'<h1 class="entry-title">Best lowering springs</h1>{meta}<div class="entry-content">{prose}{prose}</div>'
            '</article><section class="related-posts"><h3>You may also like</h3><ul><li><a href="/coilovers">'
            'Coilovers explained</a> <span>April 2, 2023</span></li></ul></section></body></html>')
    record = parse_article(page, "https://carblog.example/best-lowering-springs/", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.published, record.modified


def test_an_updated_word_inside_a_longer_word_labels_no_change() -> None:
    """"Car Modifications · May 3, 2024 10:30 am" (a category's name) lost its time:
    the header read "modifica" inside "Modifications" as an update's label (and
    "güncelleme" inside "Güncellemeler"). The other languages' words count as whole
    words only."""
    published, _ = _dated('<div class="entry-meta"><a href="/category/car-modifications/" rel="category">'
                          'Car Modifications</a> · May 3, 2024 10:30 am</div>')
    assert published == "2024-05-03T10:30:00"


_IT = "<p>" + ("Il consiglio comunale si è riunito martedì per discutere il nuovo bilancio per il prossimo anno, e i "
               "membri hanno discusso a lungo delle scuole. ") * 4 + "</p>"


def test_the_italian_noun_modifica_labels_no_change() -> None:
    """"Dopo la modifica del 3 maggio 2024 al codice della strada" (a dek on a law's
    change) and an edit link's "Modifica" gave a modified day: "modifica" labels a
    change only as "modifica il" or "ultima modifica"."""
    assert _dated('<p class="dek">Dopo la modifica del 3 maggio 2024 al codice della strada, cosa cambia.</p>',
                  _IT, "it")[1] is None
    assert _dated('<div class="meta"><span>Mario Rossi</span> <a class="edit">Modifica</a> 6 gennaio 2025</div>',
                  _IT, "it")[1] is None
    assert _dated('<p class="meta">5 gennaio 2025 (modifica il 6 gennaio 2025)</p>', _IT, "it") == (
        "2025-01-05", "2025-01-06")


def test_split_url_days_need_a_news_systems_story_part() -> None:
    """A shop's "/catalog/2019/0612/bosch-drill", a double issue's
    "/archive/2024/0506/" and an archive's page "/2024/may/2/" were read as days.
    The split form counts before a story id or page as Chinese news systems file
    them, the month-name form before a slug."""
    for path in ("/catalog/2019/0612/bosch-drill", "/p/2020/1105/", "/archive/2024/0506/", "/2024/may/2/",
                 "/img/2020/1024/0768/pic"):
        assert url_date(f"https://shop.example.com{path}", "2026-12-06") is None, path
    for path in ("/n1/2021/1029/c1002-1.html", "/gn/2021/10-29/1.shtml", "/2021-10/29/c_1.htm",
                 "/world/2021/oct/29/a-story"):
        assert url_date(f"https://example.org{path}", "2026-12-06") == "2021-10-29", path


def test_an_unpadded_spaced_date_in_a_slot_is_a_date_only_on_czech_like_pages() -> None:
    """"Akce: 1. 2. 2024 – 3. 2. 2024" (an event's days) and a German
    "Platzierungen: 1. 2. 2024" gave 2024-02-01. The slot (a line's start, after a
    colon or separator) reads the unpadded spaced form on a cs/sk/hr/sl page (or one
    of no known language) only, after a Czech label anywhere, and never a range's
    first day."""
    assert find_date_span("Akce: 1. 2. 2024 – 3. 2. 2024", "cs", short_years=True) is None
    assert find_date_span("Platzierungen: 1. 2. 2024 Saison 3. 4.", "de", short_years=True) is None
    assert find_date_span("Jana Nová | 3. 5. 2024", "cs", short_years=True) == ("2024-05-03", 12)
    assert find_date_span("Aktualizováno 4. 5. 2024", "de", short_years=True) == ("2024-05-04", 14)


def test_the_url_swaps_only_the_numeric_date_the_day_was_read_from() -> None:
    """"Posted June 1, 2026 (filed 1/6/26)" under /2026/01/06/ and a German
    "Veröffentlicht am 01.06.2026" under /archiv/2026/01/06/ were read as January 6:
    the swap checked only that the line held some numeric date. Only the line's first
    date, a month-first numeric one with slashes or dashes, is read the URL's way."""
    def published(line: str, path: str, lang: str = "en") -> str | None:
        page = (f'<html lang="{lang}"><head><title>Council argues over school budget</title></head><body><article>'
                f'<h1>Council argues over school budget</h1><p>{line}</p>{_PROSE}{_PROSE}</article></body></html>')
        record = parse_article(page, f"https://example.com{path}story", fetched_at="2026-12-06T00:00:00Z")
        assert record is not None
        return record.published
    assert published("Posted June 1, 2026 (filed 1/6/26)", "/2026/01/06/") == "2026-06-01"
    assert published("Veröffentlicht am 01.06.2026", "/archiv/2026/01/06/", "de") == "2026-06-01"
    assert published("Published on 06/01/2026 - 13:55", "/2026/01/06/") == "2026-01-06T13:55:00"


def test_a_closing_date_line_with_its_change_in_brackets_still_dates_the_page() -> None:
    """The line closing an Italian story ("5 gennaio 2025 (modifica il 6 gennaio 2025 |
    15:24)", then the copyright line) is the page's date line, after the text: a
    pair there counts when it is bracketed and no running text follows it."""
    page = ('<html lang="it"><head><title>Il consiglio discute il bilancio</title></head><body><article>'
            '<h1>Il consiglio discute il bilancio</h1>' + _IT * 3
            + '<p>5 gennaio 2025 (modifica il 6 gennaio 2025 | 15:24)</p><p>© RIPRODUZIONE RISERVATA</p>'
            '</article></body></html>')
    record = parse_article(page, "https://example.it/politica/bilancio", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2025-01-05"
