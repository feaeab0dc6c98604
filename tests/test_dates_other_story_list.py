"""An old site's list of other stories in the section, printed after the story as
links each followed by its day ("<a>Headline</a> <font>(13.10.2024)</font>") with no
class naming the box: those days are the other stories', not the page's."""

from __future__ import annotations

from crawler.parsers import parse_article

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
