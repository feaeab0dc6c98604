"""An old site's list of other stories in the section, printed after the story as
links each followed by its day ("<a>Headline</a> <font>(13.10.2024)</font>") with no
class naming the box: those days are the other stories', not the page's."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.document import parse_html
from crawler.parsers.metadata import date_search
from crawler.parsers.metadata.date_search import _htmldate, _htmldate_source

_TEXT = "<br><br>".join("I consiglieri hanno discusso a lungo il bilancio e il nuovo ponte sul fiume. " * 3
                        for _ in range(5))


def _page(more: str, own: str = "(2 febbraio 2003)") -> str:
    return (f"<html lang=it><head><title>Il Corriere - La giunta approva il bilancio</title></head><body>"
            f"<table><tr><td><font size=5><b>La giunta approva il bilancio</b></font><br><br>"
            f"<font size=3><b>ROMA</b> - {_TEXT}<br><br>{own}</font><hr><font size=2><b>Altri articoli</b><br>"
            f"{more}</font></td></tr></table></body></html>")


_MORE = ("<a href='/archivio/2024/10/13/cultura/art_9.html'>Il museo inaugura la nuova sala</a> "
         "<font size=1>(13.10.2024)</font><br>"
         "<a href='/archivio/2024/06/09/cultura/art_7.html'>La biblioteca rivede gli orari estivi</a> "
         "<font size=1>(09.06.2024)</font><br>")


def test_the_days_of_a_list_of_other_stories_do_not_date_the_page():
    page = parse_article(_page(_MORE), "https://corriere.example/archivio/2003/02/02/cronaca/art_4.html")
    assert page.published == "2003-02-02"


def test_a_date_after_a_writers_link_still_dates_the_page():
    byline = "<a href='/autore/anna-rossi/' rel=author>Anna Rossi</a> <font size=1>(02.02.2003)</font>"
    html = _page("", own="")
    html = html.replace("</b></font><br><br>", "</b></font><br>" + byline + "<br>", 1)
    page = parse_article(html, "https://corriere.example/archivio/art_4.html")
    assert page.published == "2003-02-02"



def test_the_cards_of_other_stories_around_their_times_do_not_date_the_page():
    # a template with neutral class names: the story's own stamp under its text, then
    # cards of other stories, each one link around its headline, teaser and <time>:
    # htmldate (the finder of last resort) reads a copy without those cards
    text = "<p>" + "Der Sender des Bartgeiers ist nach zwei Monaten wieder aktiv, die Daten kommen an. " * 6 + "</p>"
    cards = "".join(
        f'<div class="k{n}"><a class="k7" href="/news/details/{slug}/"><h3>{title}</h3>'
        f'<p>Ein kurzer Anriss der Meldung aus dem Verband.</p><p class="k5"><time>{day}</time></p></a></div>'
        for n, (slug, title, day) in enumerate([("windkraft", "Windkraft in Bayern", "20.01.22"),
                                                ("donaumoos", "Chance im Donaumoos", "19.01.22")]))
    html = ('<html lang="de"><head><title>Lebenszeichen von Bavaria</title></head><body><div class="k1">'
            f'<h1>Lebenszeichen von Bavaria</h1>{text}<p class="k5"><time>21.01.22</time></p></div>'
            f'<div class="k2">{cards}</div></body></html>')
    url = "https://www.verband.example.de/news/details/lebenszeichen-von-bavaria/"
    doc = parse_html(html)
    assert doc is not None
    assert _htmldate(doc, url, "2026-01-01") == "2022-01-21"
    # a link around the page's own headline (a permalink) stays
    own = html.replace("<h1>Lebenszeichen von Bavaria</h1>", f'<a href="{url}"><h1>Lebenszeichen von Bavaria</h1></a>')
    assert "Lebenszeichen" in _htmldate_source(parse_html(own), [], url)


def _undated_page(tail: str) -> str:
    text = "<p>" + "The council approved the new budget after a long debate about the bridge and the schools. " * 8 + "</p>"
    return ("<html lang='en'><head><title>Budget approved for the town</title></head><body><div class='a'>"
            f"<div class='c'>Budget approved for the town</div><div>By Ann Lee</div><div class='e'>{text}</div>"
            f"{tail}</div></body></html>")


def test_a_list_of_other_stories_each_with_its_day_does_not_date_a_page_printing_none():
    # no class names: items of a list, each linking another story by its headline, its day after the link
    more = ("<div><div>More stories</div><ul><li><a href='/news/a'>Harbour works start again next week</a> "
            "<span>April 2, 2022</span></li><li><a href='/news/b'>The library changes its summer hours</a> "
            "<span>March 1, 2022</span></li></ul></div>")
    record = parse_article(_undated_page(more), "https://example.org/news/budget-approved")
    assert record is not None and record.published is None


def test_a_references_retrieval_day_does_not_date_the_page_an_items_own_date_still_does():
    refs = ("<ol><li>Moré, A. (2012). Die unbewusste Weitergabe. Abgerufen am 09.11.2022: "
            "<a href='https://journal.example.org/article/view/123'>https://journal.example.org/article/view/123</a></li></ol>")
    record = parse_article(_undated_page(refs), "https://example.org/news/budget-approved")
    assert record is not None and record.published is None
    # a meta row's items (a category's short link, the day) stay the page's own
    meta = "<ul><li>Posted in <a href='/category/local'>Local News</a></li><li>May 4, 2022</li></ul>"
    record = parse_article(_undated_page(meta), "https://example.org/news/budget-approved")
    assert record is not None and (record.published or "")[:10] == "2022-05-04"


def test_a_list_item_of_many_pieces_is_judged_once():
    """A list item's links were looked for once per text piece inside it (its whole
    subtree walked each time): an ``<li>`` of 12,000 short pieces and as many empty
    elements (under the parse's cap of 25,000) took 3.1 CPU-seconds to parse, 0.34 once
    each item is judged once (20,000 pieces: 8.5 s in the search alone). Counted here
    (a test of time would be a timing threshold)."""
    spans = "<span>piece</span><i></i>" * 12_000
    html = ("<html><head><title>Harbour ferry plan approved</title></head><body><h1>Harbour ferry plan approved</h1>"
            f"<p>{'The council voted on the plan today after a long debate in the hall. ' * 20}</p>"
            f"<ul><li><a href='/other'>A long headline of another story in the list</a>{spans}</li></ul></body></html>")
    calls = []
    real = date_search._links_other_story

    def counted(item, language):
        calls.append(item)
        return real(item, language)

    date_search._links_other_story = counted
    try:
        page = parse_article(html, "https://news.example.com/story", fetched_at="2026-12-06T12:00:00Z")
    finally:
        date_search._links_other_story = real
    assert page is not None and page.published is None  # (no date printed: the search went through every piece)
    assert len(calls) == len(set(calls)) == 1, len(calls)
