"""Rules written from the eighteenth blind site's first run (``benchmarks/template_sites_blind18.py``:
Danish, a Copenhagen daily, and Romanian, a Bucharest portal with a print heritage), each on a small
page or line of the shape that failed."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from crawler.urls import canonicalize_url

DA_TEXT = "".join(f"<p>Kommunen forventer at have en løsning klar inden sommerferien, afsnit {n}. Flere borgere har "
                  "klaget over forholdene i løbet af foråret, og oppositionen kræver nu svar fra ministeren. "
                  "Det vil koste omkring 450 millioner kroner over fire år.</p>" for n in range(5))
RO_TEXT = "".join(f"<p>Autoritățile au promis o soluție până la sfârșitul lunii, paragraful {n}. Decizia a stârnit "
                  "reacții puternice din partea opoziției, iar reprezentanții sindicatelor au anunțat că vor "
                  "protesta. Costul total al proiectului depășește 200 de milioane de lei.</p>" for n in range(5))
OLD_DA = "<br><br>".join("Kommunen forventer at have en løsning klar inden sommerferien. Flere borgere har klaget "
                         "over forholdene i løbet af foråret, og oppositionen kræver nu svar fra ministeren."
                         for _ in range(5))
OLD_RO = "<br><br>".join("Autorităţile au promis o soluţie până la sfârşitul lunii. Decizia a stârnit reacţii "
                         "puternice din partea opoziţiei, iar sindicatele au anunţat că vor protesta." for _ in range(5))


def _parsed(page: str | bytes, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _page(head: str, header: str, text: str, lang: str = "da", title: str = "Regeringen dropper omstridt forslag",
          before: str = "") -> str:
    return (f'<html lang="{lang}"><head><meta charset="utf-8"><title>{title} | Avisen</title>{head}</head><body>'
            f'{before}<main><article>{header}<h1>{title}</h1><div class="body">{text}</div></article></main>'
            f'<footer>© Avisen</footer></body></html>')


def _old_page(menu: str, cell: str, title: str) -> str:
    """An early-2000s table page: a menu column and the story's cell, no metadata."""
    return (f'<HTML><HEAD><TITLE>{title}</TITLE></HEAD><BODY><TABLE WIDTH="770"><TR><TD WIDTH="130">{menu}</TD>'
            f'<TD WIDTH="500"><TABLE><TR><TD>{cell}</TD></TR></TABLE></TD></TR></TABLE></BODY></HTML>')


# ---------------------------------------------------------------- addresses and listings


def test_saxotechs_capitalised_ref_is_the_pages_own_parameter() -> None:
    """"Ref=AR" names a pbcs.dll story's template (the story is not served without it);
    the lower-case "ref" a referrer sets is still dropped."""
    url = "http://avis.example/apps/pbcs.dll/artikel?Avis=DO&Dato=20040503&Kategori=UDLAND&Lopenr=040503000&Ref=AR"
    assert canonicalize_url(url) == url
    assert canonicalize_url("https://news.example/story?id=3&ref=newsletter") == "https://news.example/story?id=3"


def test_an_old_front_page_of_dated_bold_cards_is_a_listing() -> None:
    """Cards of an old table front page: the day with its month's name, the title linked in
    "<a><font><b>", a snippet; a listing, not a story."""
    rows = "".join(f'<TR><TD><font size="1">{day}. november 2004</font><br><a href="/apps/pbcs.dll/artikel?'
                   f'Avis=DO&amp;Dato=200411{day:02d}&amp;Kategori=INDLAND&amp;Lopenr={day}&amp;Ref=AR">'
                   f'<font size="3"><b>Regeringen åbner for flere tog nummer {day}</b></font></a><br>'
                   f'<font size="2">Tallene viser en stigning på næsten 12 procent i forhold til sidste år. '
                   f'Beslutningen skal godkendes af et flertal...</font></TD></TR>' for day in (19, 12, 7, 3))
    page = _old_page("", f'<font size="4"><b>Dagbladet</b></font><TABLE>{rows}</TABLE>', "Dagbladet")
    assert _parsed(page, "http://avis.example/apps/pbcs.dll/frontpage").page_kind == "listing"


def test_an_old_papers_section_bar_and_title_over_an_isapi_menu_name_the_section() -> None:
    """Saxotech's menu links one ".dll" path by its query ("section?Category=UDLAND"); the
    <title>'s "Paper - Udland", printed as the bar "UDLAND" over the headline, is the section."""
    menu = "".join(f'<a href="/apps/pbcs.dll/section?Category={name.upper()}"><font size="1"><b>{name.upper()}</b>'
                   f'</font></a><br>' for name in ("Indland", "Udland", "Erhverv", "Sport"))
    cell = ('<font size="1" color="#990000"><b>UDLAND</b></font><br><font size="1">Søndag 16. maj 2004</font><br>'
            '<font size="5"><b>Regeringen dropper omstridt forslag</b></font><br><br>'
            f'<font size="2"><b>Af Anne Hansen</b></font><br><font size="2">{OLD_DA}</font>')
    page = _old_page(menu, cell, "Dagbladet Øresund - Udland")
    url = "http://avis.example/apps/pbcs.dll/artikel?Avis=DO&Dato=20040516&Kategori=UDLAND&Lopenr=1&Ref=AR"
    assert _parsed(page, url).section == "Udland"


# ---------------------------------------------------------------- sections


NAV = ('<header><nav class="main-nav"><a href="/indland/">Indland</a> <a href="/politik/">Politik</a> '
       '<a href="/kultur/">Kultur</a></nav></header>')


@pytest.mark.parametrize(("header", "section"), [
    ('<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Forside</a> / <a href="/politik/">Politik</a></nav>',
     "Politik"),
    ('<a class="kicker" href="/kultur/">Kultur</a>', "Kultur"),
    ('', "nyheder"),  # nothing shown: the declared desk stays
])
def test_a_desk_wide_article_section_yields_to_the_section_shown(header: str, section: str) -> None:
    """``article:section`` naming the whole news desk ("nyheder", every story's) yields to the
    section the breadcrumb or the kicker over the headline links."""
    page = _page('<meta property="article:section" content="nyheder">', header, DA_TEXT, before=NAV)
    assert _parsed(page, "https://avis.example/politik/art9051988/Regeringen").section == section


def test_a_menus_last_item_before_the_headline_does_not_outvote_the_declared_news() -> None:
    """Only a menu's item names the section (the walk back from the headline meets it): the
    declared "News" stays."""
    page = ('<html lang="en"><head><title>Senate adjourns</title><meta property="article:section" content="News">'
            '</head><body><div id="nav"><ul class="menu"><li><a href="/category/news/">News</a></li><li>'
            '<a href="/category/opinions/">Opinions</a></li><li><a href="/category/sport/">Sport</a></li></ul></div>'
            '<div id="content"><div class="post-meta">October 9, 2018</div><h1 class="title">Senate adjourns</h1>'
            + DA_TEXT + "</div></body></html>")
    assert _parsed(page, "https://news.example/2018/10/09/senate-adjourns/").section == "News"


# ---------------------------------------------------------------- wires and desks


def test_ritzaus_slashed_mark_closing_an_old_story_credits_the_wire() -> None:
    """Ritzau signs its copy "/ritzau/" on the text's last line; the old page names no one else."""
    cell = ('<font size="1" color="#990000"><b>INDLAND</b></font><br><font size="1">Søndag 16. maj 2004</font><br>'
            f'<font size="5"><b>Regeringen dropper omstridt forslag</b></font><br><br><font size="2">{OLD_DA}'
            '<br><br>/ritzau/</font>')
    assert _parsed(_old_page("", cell, "Dagbladet"), "http://avis.example/indland/123.html").authors == ["Ritzau"]


def test_the_desk_credit_yields_to_the_romanian_source_line() -> None:
    """"de Redacția" (the desk) over a story ending "Sursa: Agerpres": the wire's story."""
    page = _page("", '<div class="author-box">de <span class="author">Redacția</span></div>',
                 RO_TEXT + "<p>Sursa: Agerpres</p>", lang="ro", title="Guvernul amână din nou licitația")
    assert _parsed(page, "https://portal.example/stiri/guvernul-amana_3dd4.html").authors == ["Agerpres"]


def test_a_romanian_wire_dateline_with_the_place_in_bold() -> None:
    """"<b>BUCUREŞTI</b> (Mediafax) - ": Mediafax's dateline opening an old story."""
    cell = ('<font size="1">Luni, 16 Mai 2004</font><br><font size="5"><b>Guvernul amână din nou licitaţia</b>'
            f'</font><br><br><font size="2"><b>BUCUREŞTI</b> (Mediafax) - {OLD_RO}</font>')
    page = _old_page("", cell, "Ziarul - Politică")
    assert _parsed(page, "http://ziar.example/arhiva/2004/05/16/articol.php?id=7").authors == ["Mediafax"]


# ---------------------------------------------------------------- bylines


@pytest.mark.parametrize(("line", "names"), [
    ("Kronik af Camilla Pedersen, professor i statskundskab, Aarhus Universitet", ["Camilla Pedersen"]),
    ("Af Anne Lund, direktør i Dansk Erhverv, og Frederik Lund, overlæge, Rigshospitalet",
     ["Anne Lund", "Frederik Lund"]),
    ("Af Louise Møller, formand for Danske Gymnasieelever, og Ida Nielsen, direktør i Dansk Erhverv",
     ["Louise Møller", "Ida Nielsen"]),
    ("By Jane Doe, professor of economics, Harvard University", ["Jane Doe"]),
    ("Oana Marinescu, corespondent Capitala la Cluj", ["Oana Marinescu"]),
    ("Von Jane Doe, dpa", ["Jane Doe", "dpa"]),  # an agency's code is no job
])
def test_a_guests_job_and_its_workplace_are_no_writers(line: str, names: list[str]) -> None:
    """A job in lower case after a name, and the workplace after it ("Aarhus Universitet"), are
    the writer's; the next writer after "og" is one."""
    assert clean_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Af Jesper Petersen (tekst) og Jens Christensen (foto)", ["Jesper Petersen"]),
    ("By Jane Doe (text) and John Roe (photos)", ["Jane Doe"]),
])
def test_a_photographer_named_by_the_job_in_brackets_is_no_writer(line: str, names: list[str]) -> None:
    assert clean_byline(line) == names


@pytest.mark.parametrize(("line", "names"), [
    ("Interview af Asger Bech-Nielsen · Foto: Mikkel Holm", ["Asger Bech-Nielsen"]),
    ("Interviu realizat de Maria Neagu", ["Maria Neagu"]),
    ("Un text de Cătălin Ionescu și Iulia Șerban", ["Cătălin Ionescu", "Iulia Șerban"]),
    ("de Ion Popescu şi Maria Stan", ["Ion Popescu", "Maria Stan"]),
])
def test_the_kind_of_piece_before_the_by_word_and_the_romanian_and(line: str, names: list[str]) -> None:
    """Danish "Interview af", Romanian "Interviu realizat de" and "Un text de" open a byline;
    Romanian "și" (and the old code pages' "şi") joins two writers."""
    assert clean_byline(line) == names


def test_writers_cards_in_a_byline_box_beside_a_json_ld_naming_the_first() -> None:
    """One card per writer in the byline box, each a linked name and a job ("Chefredaktør", a
    compound of "redaktør"): both writers, where the JSON-LD names only the first."""
    cards = "".join(f'<div class="author"><a class="author-name" href="/profil/{slug}">{name}</a>'
                    f'<span class="author-title">{job}</span></div>'
                    for slug, name, job in (("louise-pedersen", "Louise Pedersen", "Journalist"),
                                            ("signe-nielsen", "Signe Nielsen", "Chefredaktør")))
    ld = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": "Regeringen dropper omstridt forslag",
          "datePublished": "2024-10-20T22:24:00Z", "author": {"@type": "Person", "name": "Louise Pedersen"}}
    head = f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    page = _page(head, "", f'<div class="byline">{cards}</div>' + DA_TEXT)
    assert _parsed(page, "https://avis.example/indland/art9052067/Regeringen").authors == [
        "Louise Pedersen", "Signe Nielsen"]


def test_a_columnists_box_names_the_writer() -> None:
    """"<div class=columnist>": the column's box naming its writer in place of a byline."""
    box = ('<div class="columnist"><img src="/img/camilla.jpg" alt="Camilla Nielsen"><strong>Camilla Nielsen'
           '</strong><span>Journalist</span></div>')
    page = _page('<meta property="og:type" content="article">', "", box + DA_TEXT)
    assert _parsed(page, "https://avis.example/debat/klummer/ECE15052754/skat/").authors == ["Camilla Nielsen"]


def test_a_correspondents_signature_with_the_town_set_flush_right() -> None:
    """"<div align=right><b><i>Ion Popescu, Cluj-Napoca</i></b></div>" under an old story."""
    cell = ('<font size="1">Luni, 16 Mai 2004</font><br><font size="5"><b>Guvernul amână din nou licitaţia</b>'
            f'</font><br><br><font size="2">{OLD_RO}<br><br><div align="right"><b><i>Ştefan Dobre, Cluj-Napoca</i>'
            '</b></div></font>')
    page = _old_page("", cell, "Ziarul - Politică")
    assert _parsed(page, "http://ziar.example/arhiva/2004/05/16/articol.php?id=8").authors == ["Ştefan Dobre"]


def test_an_old_layouts_bold_line_of_names_over_the_text() -> None:
    """"<font><b>Elena Enache, Maria Moldovan</b></font><br>" between the headline and the text."""
    cell = ('<font size="1">Luni, 16 Mai 2004</font><br><font size="5"><b>Guvernul amână din nou licitaţia</b>'
            f'</font><br><br><font size="2"><b>Elena Enache, Maria Moldovan</b></font><br>'
            f'<font size="2">{OLD_RO}</font>')
    page = _old_page("", cell, "Ziarul - Politică")
    assert _parsed(page, "http://ziar.example/arhiva/2004/05/16/articol.php?id=9").authors == [
        "Elena Enache", "Maria Moldovan"]
