"""A paper's signature under its story: the writers in capitals, set flush right
after the last paragraph ("EWA MAZUR i JAN KRAWCZYK"), read when nothing else
names a writer."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_TEXT = "<br><br>".join("Radni spotkali się we wtorek, aby omówić budżet i nowy most na przyszły rok. " * 3
                        for _ in range(5))


def _page(sign: str) -> str:
    return (f"<html lang=pl><head><title>Rada przyjmuje budżet - Gazeta</title></head><body><table><tr><td>"
            f"<font size=5><b>Rada przyjmuje budżet</b></font><br><font size=1>Data publikacji: 16.05.2004</font>"
            f"<br><br><font size=3>{_TEXT}<br><br>{sign}</font></td></tr></table></body></html>")


@pytest.mark.parametrize("sign, names", [
    ("<div align=right><b>EWA MAZUR, JAN KRAWCZYK</b></div>", ["Ewa Mazur", "Jan Krawczyk"]),
    ("<div align=right><b>PIOTR ZIELIŃSKI i ANNA WIŚNIEWSKA</b></div>", ["Piotr Zieliński", "Anna Wiśniewska"]),
    ("<p style='text-align: right'>EWA MAZUR</p>", ["Ewa Mazur"]),
])
def test_a_signature_in_capitals_set_flush_right_names_the_writers(sign, names):
    page = parse_article(_page(sign), "https://gazeta.example/archiwum/artykul.asp?id=8")
    assert [n.casefold() for n in page.authors] == [n.casefold() for n in names]


@pytest.mark.parametrize("sign", [
    "<div align=right><b>Ewa Mazur, Jan Krawczyk</b></div>",   # not a signature's capitals
    "<div align=right><b>(red.)</b></div>",                   # the desk's mark
    "<div align=right><b>KONIEC</b></div>",                   # one word, no name
    "<div><b>EWA MAZUR</b></div>",                            # not set flush right
    "<div align=right><b>ŹRÓDŁO: GUS</b></div>",              # a source's label, no signature (a news
                                                              # agency's, "ŹRÓDŁO: PAP", is the wire's
                                                              # credit: tests/test_authors_leftovers.py)
    "<div align=right><b>NIECH ŻYJE POLSKA</b></div>",        # a slogan: no given name opens it
])
def test_other_lines_under_the_story_name_nobody(sign):
    assert parse_article(_page(sign), "https://gazeta.example/archiwum/artykul.asp?id=8").authors == []
