"""Rules written from the seventeenth blind site's first run (``benchmarks/template_sites_blind17.py``:
German as Austria and Switzerland print it, and Czech), each on a small page of the shape that failed."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article

DE_TEXT = "".join(f"<p>Nach Angaben der zuständigen Stelle soll das Vorhaben bis Ende des kommenden Jahres umgesetzt "
                  f"werden, Absatz {n}. Kritiker bemängeln seit Monaten, dass die Betroffenen zu spät in die Planung "
                  "eingebunden wurden. Bei der Sitzung waren auch Vertreter der Sozialpartner anwesend.</p>"
                  for n in range(5))
CS_TEXT = "".join(f"<p>Podle vyjádření úřadu by měl být projekt dokončen do konce příštího roku, odstavec {n}. "
                  "Kritici už několik měsíců upozorňují, že dotčení lidé byli do přípravy zapojeni příliš pozdě. "
                  "Na schůzce byli přítomni také zástupci odborů a zaměstnavatelů.</p>" for n in range(5))
URL = "https://zeitung.example.at/story/3000000212345/stadtrat-tagt"


def _parsed(page: str | bytes, url: str = URL) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _page(head: str, header: str, text: str, lang: str = "de", title: str = "Stadtrat verschiebt Entscheidung",
          suffix: str = " - Wiener Tagblatt") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title}{suffix}</title>{head}</head><body>'
            f'<main><article><h1>{title}</h1>{header}<div class="body">{text}</div></article></main>'
            f'<footer>© Zeitung</footer></body></html>')


def _ld(**fields: object) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Stadtrat verschiebt Entscheidung",
            **fields}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


@pytest.mark.parametrize("desk", ["Redaktion Wochenende", "Redaktion"])
def test_a_desk_named_as_the_json_ld_person_yields_to_the_printed_writer(desk: str) -> None:
    """JSON-LD naming the desk ("Redaktion Wochenende") as the author's Person: a printed
    "Text: Jane Doe | Fotos: John Roe" names the writer."""
    head = _ld(author={"@type": "Person", "name": desk}, datePublished="2024-01-13")
    page = _page(head, '<p class="credits">Text: Eva Lindner | Fotos: Georg Hochmuth</p>', DE_TEXT)
    assert _parsed(page).authors == ["Eva Lindner"]


@pytest.mark.parametrize(("opening", "authors"), [
    ("Wien (APA) - ", ["APA"]),
    ("Berlin (dpa) - ", ["dpa"]),
    ("WIEN (APA) - ", ["APA"]),
    ("Jimmie Åkesson (SD) - ", []),  # a name and a party's letters: no known wire
    ("Wien (APA) ", []),  # no dash: a place in title case and brackets open a sentence so too
])
def test_a_wire_dateline_with_the_place_in_title_case(opening: str, authors: list[str]) -> None:
    """dpa's and APA's own datelines write the place in title case ("Wien (APA) - "): a known
    wire, then the dash, credits the wire on a page naming no one else."""
    page = ('<html lang="de"><head><title>Wiener Tagblatt - Inland</title></head><body><table><tr><td>'
            '<font size="5"><b>Stadtrat verschiebt Entscheidung</b></font><br><font size="3">'
            f'{opening}Nach Angaben der zuständigen Stelle soll das Vorhaben bis Ende des Jahres umgesetzt werden. '
            + "Kritiker bemängeln seit Monaten, dass die Betroffenen zu spät eingebunden wurden. " * 8
            + "</font></td></tr></table></body></html>")
    assert _parsed(page, "https://zeitung.example.at/archiv/2002/0114/inland/a_123456.htm").authors == authors


@pytest.mark.parametrize(("closing", "authors"), [
    (" (APA, 14.1.2024)", ["APA"]),
    (" (sda/red)", ["sda"]),
    ("</p><p><em>ČTK</em>", ["ČTK"]),
    (" (Stadtrat, Gemeinderat)", []),  # no wire
])
def test_the_wire_signing_the_storys_end_beats_the_sites_name(closing: str, authors: list[str]) -> None:
    """A wire story whose author meta names the paper (og:site_name): the wire in brackets
    closing the last paragraph ("(APA, 14.1.2024)", "(sda/red)") or alone on the last line
    ("ČTK") is the credit; no wire there, the paper's name stays as the last resort."""
    head = '<meta property="og:site_name" content="Wiener Tagblatt"><meta name="author" content="Wiener Tagblatt">'
    page = _page(head, "", DE_TEXT[:-4] + closing + "</p>")
    assert _parsed(page).authors == (authors or ["Wiener Tagblatt"])


def test_an_author_meta_naming_the_titles_site_suffix_is_the_sites_name() -> None:
    """``meta name=author`` equal to the ``<title>``'s "| Limmattaler Zeitung": the site's
    name, so the wire closing the story ("(sda/red)") is the credit."""
    page = _page('<meta name="author" content="Limmattaler Zeitung">', "", DE_TEXT[:-4] + " (sda/red)</p>",
                 suffix=" | Limmattaler Zeitung")
    assert _parsed(page, "https://www.example.ch/region/stadtrat-tagt-ld.1234567").authors == ["sda"]


def test_a_utc_time_is_the_pages_local_day_where_nothing_prints_a_day() -> None:
    """``article:published_time`` in UTC, a ``<time datetime>`` at +02:00 reading "vor 3
    Stunden": the story's day is the local one (after midnight there, the day before in UTC)."""
    head = '<meta property="article:published_time" content="2024-04-19T22:35:00Z">'
    header = '<div class="date"><time datetime="2024-04-20T00:35:00+02:00">vor 3 Stunden</time></div>'
    article = _parsed(_page(head, header, DE_TEXT), "https://www.example.ch/region/stadtrat-tagt-ld.1234567")
    assert (article.published or "")[:10] == "2024-04-20"


def test_a_czech_desk_redakce_gives_way_too() -> None:
    """Czech "Redakce <site>" as the JSON-LD Person: the desk, not a person; a printed
    byline wins ("Autor: Jana Nováková")."""
    head = _ld(author={"@type": "Person", "name": "Redakce Týdeník"}, datePublished="2024-01-13")
    page = _page(head, '<div class="authors">Autor: Jana Nováková</div>', CS_TEXT, lang="cs",
                 title="Vláda chystá nová pravidla", suffix=" | Týdeník")
    assert _parsed(page, "https://www.example.cz/tydenik/spolecnost/vlada-chysta/").authors == ["Jana Nováková"]
