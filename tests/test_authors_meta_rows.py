"""A static blog's meta row, "date · reading time · writers · in Category" (Hugo's
PaperMod and its kin): several writers joined by commas and an ampersand, a
category after them, a reading-time label in the blog's language."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import dated_name

_TEXT = "".join(f"<p>{s} The council met on Tuesday to discuss the budget and the new bridge for next year.</p>"
                for s in ("First.", "Second.", "Third.", "Fourth.", "Fifth."))


def _page(row: str) -> str:
    return (f"<html lang=it><head><title>La giunta approva il bilancio</title></head><body><main><article>"
            f"<header><h1>La giunta approva il bilancio</h1><div class=post-meta>{row}</div></header>"
            f"<div class=post-content>{_TEXT}</div></article></main></body></html>")


@pytest.mark.parametrize("row, names", [
    ("<span>4 luglio 2023</span>&nbsp;·&nbsp;1 min di lettura&nbsp;·&nbsp;Anna Rossi&nbsp;·&nbsp;"
     "in <a href='/categories/cronaca/'>Cronaca</a>", ["Anna Rossi"]),
    ("<span>4 luglio 2023</span>&nbsp;·&nbsp;1 min di lettura&nbsp;·&nbsp;Anna Rossi, Marco De Santis &amp; "
     "Sara Conti", ["Anna Rossi", "Marco De Santis", "Sara Conti"]),
    ("<span>4 lipca 2023</span>&nbsp;·&nbsp;1 min czytania&nbsp;·&nbsp;Ewa Mazur &amp; Jan Krawczyk",
     ["Ewa Mazur", "Jan Krawczyk"]),
])
def test_the_writers_of_a_blogs_meta_row_are_read(row, names):
    page = parse_article(_page(row), "https://lago.example/blog/2023/07/la-giunta/")
    assert page.authors == names


@pytest.mark.parametrize("row", [
    "4 luglio 2023 · 1 min di lettura · in Cronaca",           # no writer, only the category
    "4 luglio 2023 · Breaking News & Live Ticker",             # kinds of story, no people
    "4 luglio 2023 · Anna Rossi, Marco De Santis, Sara Conti, Elena Sartori, Paolo Greco",  # a list, not a byline
    "February 11, 2024 · 4 min · Open Source, Linux Kernel, Rust Lang",  # a post's categories: no given names
])
def test_a_meta_row_without_writers_names_nobody(row):
    assert dated_name(row) == []
