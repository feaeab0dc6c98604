"""Rules from the seventh blind template-site check (``benchmarks/template_sites_blind7.py``,
issue 8): each for a kind of site, not for the generator's wording."""

from __future__ import annotations

from lxml import html as lxml_html

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify import teaser_headlines
from crawler.parsers.metadata.authors import clean_byline
from crawler.parsers.metadata.extract import home_link_names
from crawler.parsers.metadata.given_names import is_given_name, opens_with_given_name

_FETCHED = "2026-12-07T00:10:00Z"
_PROSE = ("A prefeitura anunciou nesta terça-feira um novo plano de obras para a zona norte da cidade. "
          "Segundo a administração, os trabalhos devem começar no segundo semestre e durar dois anos. ")
_URL = "http://gazeta.example/arquivo/noticia.php?id=5303"


def _table_page(byline: str, stamp: str = "16/09/2004 - 14h05", title: str = "Gazeta do Vale - Notícias",
                logo_href: str = "index.php", menu: str = "secao.php?s=") -> str:
    """An early-2000s story page: nested tables and <font>, no metadata, a <title>
    naming the paper and a one-word label only, the left column's sections one per row."""
    rows = "".join(f'<tr><td><font size="1">&raquo; <a href="{menu}{slug}">{name}</a></font></td></tr>'
                   for slug, name in (("politica", "Política"), ("esportes", "Esportes"), ("cultura", "Cultura")))
    return (f'<html><head><title>{title}</title></head><body><table width="760"><tr><td colspan="2">'
            f'<a href="{logo_href}"><img src="/img/logo.gif" alt="Gazeta do Vale"></a></td></tr>'
            f'<tr><td width="150" valign="top"><table width="100%">{rows}</table></td><td valign="top">'
            f'<table width="100%"><tr><td><font size="1" color="#990000"><b>ESPORTES</b></font><br>'
            f'<font size="4"><b>Prefeitura anuncia novo plano de obras para a zona norte</b></font><br>'
            f'<font size="1" color="#666666">{byline}<br>{stamp}</font><br><br>'
            f'<font size="2">{_PROSE * 3}<br><br>{_PROSE * 2}<br><br>{_PROSE * 2}</font><br><br>'
            f'<table bgcolor="#F0F0F0"><tr><td><font size="2"><b>Leia também</b></font><br>'
            f'<font size="1">&raquo; <a href="noticia.php?id=5211">Câmara aprova reajuste das tarifas</a>'
            f' (02/01/2003)</font></td></tr></table></td></tr></table></td></tr></table></body></html>')


def _parse(html: str, url: str = _URL) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def test_a_big_line_heads_a_page_whose_title_is_the_paper_and_a_label() -> None:
    """An old CMS titles every page "Paper - News" (its name and a one-word label): the
    headline is the big <font> line the story follows, as on a page titled with the
    paper's name alone; the logo links the folder's index file ("index.php"), which
    names the paper as a link to "/" does."""
    article = _parse(_table_page("Por Carlos Rodrigues"))
    assert article.title == "Prefeitura anuncia novo plano de obras para a zona norte"


def test_an_index_file_link_with_the_logo_names_the_site() -> None:
    """A logo linking "index.php" (resolved in the page's folder) or "/default.asp" is the
    front page's link: the <title> "Gazeta do Vale - Notícias" is the site's name and
    a label, no headline."""
    for href in ("index.php", "/arquivo/index.php", "/default.asp", "../index.html"):
        doc = lxml_html.fromstring(f'<html><body><a href="{href}"><img alt="Gazeta do Vale"></a></body></html>')
        assert home_link_names(doc, _URL) == ["Gazeta do Vale"], href
    doc = lxml_html.fromstring('<html><body><a href="/arquivo/capa.php"><img alt="Gazeta do Vale"></a></body></html>')
    assert home_link_names(doc, _URL) == []


def test_a_banner_names_a_section_of_a_menu_served_by_one_script() -> None:
    """The left column of an old PHP site links each section as "secao.php?s=x", one
    row each: the red banner "ESPORTES" over the headline is that menu's "Esportes"."""
    assert _parse(_table_page("Por Carlos Rodrigues")).section == "Esportes"
    # the same column with paths of their own was already a menu in rows
    assert _parse(_table_page("Por Carlos Rodrigues", menu="/secao/")).section == "Esportes"


def test_a_shouted_byline_joins_its_names_with_a_capital_letter() -> None:
    """"Por ANA SOUZA E JOÃO LIMA": a byline in capitals prints its one-letter "and"
    in capitals too (Portuguese "E", Polish "I", Spanish "Y"); a capital between names
    in mixed case stays a middle initial."""
    assert _parse(_table_page("Por ANA PAULA DE ALMEIDA E JOÃO DE ARAÚJO LIMA")).authors == [
        "ANA PAULA DE ALMEIDA", "JOÃO DE ARAÚJO LIMA"]
    assert clean_byline("JAN NOWAK I ANNA KOWALSKA") == ["JAN NOWAK", "ANNA KOWALSKA"]
    assert clean_byline("By Jane E Doe") == ["Jane E Doe"]


def test_names_on_a_line_over_the_dates_line_are_the_byline() -> None:
    """An old template's small-type credit: the writers' names, a <br>, the date (a
    weekday may open it; a credit line between). The break parts them as " | " does;
    the story's day is that line's, not a "Leia também" story's (2003-01-02)."""
    for byline, stamp, authors in (
            ("Jan Krawczyk, Michał Zielińska", "06.04.2003", ["Jan Krawczyk", "Michał Zielińska"]),
            ("Łukasz Żuławski i Anna Wróbel", "niedziela, 21 lipca 2002 r.", ["Łukasz Żuławski", "Anna Wróbel"]),
            ("Fernanda Barbosa e Ana Paula de Almeida<br>Especial para a Gazeta", "Terça-feira, 24 de abril de 2001",
             ["Fernanda Barbosa", "Ana Paula de Almeida"]),
            ("(PAP)", "16.06.2002", ["PAP"])):
        article = _parse(_table_page(byline, stamp))
        assert article.authors == authors, byline
        assert article.published is not None and article.published[:4] in stamp, byline
    # a place over the date is no writer
    assert _parse(_table_page("BRASÍLIA", "16/09/2004")).authors == []


def test_a_given_name_in_its_own_letters_is_known_as_the_list_spells_it_plain() -> None:
    """The list of given names holds some only in plain letters ("malgorzata"): the
    page's "Małgorzata" is that name (Polish "ł" folded as NFKD folds accents)."""
    assert is_given_name("Małgorzata") and opens_with_given_name("Małgorzata Wróbel")
    assert not is_given_name("Bad")


def test_a_print_query_in_the_pages_language_names_a_printable_copy() -> None:
    """"noticia.php?id=5303&imprimir=1": the printer-friendly copy of a Portuguese or
    Spanish CMS (Italian "stampa", German "drucken", Polish "drukuj"), the story again
    under another address; kept once, at its own."""
    for query in ("imprimir=1", "stampa=1", "drucken=1", "drukuj=tak"):
        article = _parse(_table_page("Por Carlos Rodrigues"), f"{_URL}&{query}")
        assert article.page_kind == "page", query
    assert _parse(_table_page("Por Carlos Rodrigues")).page_kind == "article"


def _card_list(card: str, n: int, path: str = "/blog/") -> str:
    cards = "".join(card.format(n=k, title=f"Prefeitura anuncia novo plano de obras número {k}")
                    for k in range(n))
    return (f'<html lang="pt-BR"><head><title>Blog | Gazeta do Vale</title></head><body>'
            f'<header><a href="/">Gazeta do Vale</a></header><main>{cards}</main></body></html>')


_PAPERMOD = ('<article class="post-entry"><header class="entry-header"><h2>{title}</h2></header>'
             '<div class="entry-content"><p>' + _PROSE[:150] + '…</p></div>'
             '<footer class="entry-footer">4 de maio de 2019</footer>'
             '<a class="entry-link" aria-label="post link to {title}" href="/blog/2019/05/plano-de-obras-{n}/"></a></article>')
_SUBSTACK = ('<div class="post-preview"><a class="post-preview-title" href="/p/plano-de-obras-numero-{n}">{title}</a>'
             '<div class="post-preview-description">' + _PROSE[:120] + '</div>'
             '<div class="post-preview-meta">12 de mar. de 2022 · Ana Souza</div></div>')


def test_cards_headed_by_an_unlinked_heading_under_an_overlay_link_make_a_listing() -> None:
    """Hugo's PaperMod lists posts as cards whose h2 is no link: one empty link covers
    the card, its aria-label naming the post. The home page was a dated "story"."""
    article = _parse(_card_list(_PAPERMOD, 4), "http://gazeta.example/blog/")
    assert article.page_kind == "listing"
    assert len(teaser_headlines(lxml_html.fromstring(_card_list(_PAPERMOD, 4)))) == 4
    # an overlay link naming something else heads no card
    other = _PAPERMOD.replace('aria-label="post link to {title}"', 'aria-label="read more"')
    assert teaser_headlines(lxml_html.fromstring(_card_list(other, 4))) == []


def test_links_classed_as_a_cards_title_make_a_listing() -> None:
    """Substack's archive and section pages (and many themes' "card-title" links)
    print each post's title as a link classed as a title, in no heading."""
    article = _parse(_card_list(_SUBSTACK, 4), "http://gazeta.example/newsletter/")
    assert article.page_kind == "listing"
    assert [t.headline for t in teaser_headlines(lxml_html.fromstring(_card_list(_SUBSTACK, 2)))] == [
        "Prefeitura anuncia novo plano de obras número 0", "Prefeitura anuncia novo plano de obras número 1"]


def test_translated_listing_words_name_a_listing() -> None:
    """A category's, an author's or a tag's page in Portuguese, Spanish, Italian or
    Polish ("/blog/categorias/cidades/", "/kategoria/sport/", "/autores/ana-souza/",
    "/tagi/budzet/") with one card is a listing, as "/category/x/" is."""
    one = _card_list(_PAPERMOD, 1)
    for path in ("/blog/categorias/cidades/", "/kategoria/sport/", "/autores/ana-souza/", "/tagi/budzet/"):
        assert _parse(one, "http://gazeta.example" + path).page_kind == "listing", path


def test_a_wires_name_alone_over_the_date_is_its_credit() -> None:
    """"Folhapress<br>16/08/2004", "Da Agência Brasil<br>...": a wire named by its
    "press" or "agency" word, alone on the credit line over the date, is the credit
    (as "(PAP)" is); a paper's "Express" is no wire, a desk's line no credit."""
    assert _parse(_table_page("Folhapress")).authors == ["Folhapress"]
    assert _parse(_table_page("Da Agência Brasil")).authors == ["Agência Brasil"]
    assert _parse(_table_page("Europa Press", "16.06.2002")).authors == ["Europa Press"]
    assert _parse(_table_page("Daily Express")).authors == []


def test_a_surnames_particles_keep_a_name_a_persons() -> None:
    """"Carlos de Almeida", "Maria dos Santos", "Jan van Dijk": a lowercase particle
    between the given name and the surname's capitalised words is the surname's (the
    credit line over the date, with a credit line between, was no writer's)."""
    assert opens_with_given_name("Carlos de Almeida") and opens_with_given_name("Maria dos Santos")
    assert not opens_with_given_name("Jane doe") and not opens_with_given_name("Carlos de")
    page = _table_page("Carlos de Almeida<br>Especial para a Gazeta / Estadão Conteúdo", "24/01/2004 - 22h01")
    assert _parse(page).authors == ["Carlos de Almeida"]


def test_a_capital_initial_between_single_names_stays_a_middle_initial() -> None:
    """In a byline in capitals a one-letter capital joins names only with a name of two
    words or more on each side: "JOHN E SMITH" and "MARY A JONES" are one person each
    (their middle initial), "ANA SOUZA E JOÃO LIMA" two."""
    assert clean_byline("By JOHN E SMITH") == ["JOHN E SMITH"]
    assert clean_byline("MARY I JONES AND BOB Y LEE") == ["MARY I JONES", "BOB Y LEE"]
    assert clean_byline("ANA SOUZA E JOÃO LIMA") == ["ANA SOUZA", "JOÃO LIMA"]
    assert _parse(_table_page("Por JOHN E SMITH")).authors == ["JOHN E SMITH"]


def test_a_word_ending_in_press_over_the_date_is_no_wire() -> None:
    """A wire's "press" is a word of its own after a name ("Europa Press") or closes a
    compound ("Folhapress"): a place over the date ("Cypress", "CYPRESS"), a word
    ("Empress") or "Press" alone credits nobody."""
    for line in ("Cypress", "CYPRESS", "Empress", "Press"):
        assert _parse(_table_page(line)).authors == [], line
    for line in ("Folhapress", "Europa Press", "The Canadian Press"):
        assert _parse(_table_page(line)).authors == [line], line


def test_a_city_over_the_date_is_no_writer() -> None:
    """A dateline alone over the date's line shaped as a given name and a surname
    ("Rio de Janeiro", "Nova Iguaçu", "Santo André", in capitals too) is where the story
    was written, no writer; a writer whose surname has a particle stays one."""
    for line in ("Rio de Janeiro", "RIO DE JANEIRO", "Nova Iguaçu", "SANTO ANDRÉ", "Nowy Sącz"):
        assert _parse(_table_page(line)).authors == [], line
    assert _parse(_table_page("Carlos de Almeida")).authors == ["Carlos de Almeida"]


_OFFER = ("Promoção válida para novos assinantes em todo o estado, com entrega em casa todos os dias da "
          "semana, acesso ao arquivo completo e descontos em parceiros da cidade.")


def test_an_advertisements_or_a_menus_big_line_is_no_headline() -> None:
    """Over the story, a big line of an offer with its blurb (a paragraph, but no
    story's length) or a big line of links (a menu) is not the headline: the big line
    the story follows is."""
    page = _table_page("Por Carlos Rodrigues")
    advert = page.replace('<table width="760">', '<table width="760"><tr><td colspan="2"><font size="4"><b>'
                          f'Assine a Gazeta e ganhe três meses grátis</b></font><br><font size="2">{_OFFER}'
                          '</font></td></tr>', 1)
    menu = page.replace('<table width="760">', '<table width="760"><tr><td colspan="2"><font size="4">'
                        '<a href="/p">Política</a> | <a href="/e">Esportes</a> | <a href="/c">Cultura</a>'
                        f'</font><br><font size="2">{_PROSE}</font></td></tr>', 1)
    for html in (advert, menu, advert.replace("Gazeta do Vale - Notícias", "Gazeta do Vale")):
        assert _parse(html).title == "Prefeitura anuncia novo plano de obras para a zona norte"


def test_a_share_buttons_label_quoting_a_subheading_heads_no_card() -> None:
    """A long story's subheadings, each with an icon-only share button whose
    ``aria-label`` quotes it, are no cards: the overlay link of a card opens a
    story's address, not a share service's or an anchor in the page."""
    prose = "The council approved a new budget on Tuesday after months of debate over road repairs. " * 3
    sections = "".join(f'<section><h2>What the budget means for district {k} and its schools</h2>'
                       f'<div class="share"><a href="https://x.com/intent/tweet?text=a" aria-label="Share What the '
                       f'budget means for district {k} and its schools"></a></div><p>{prose}</p></section>'
                       for k in range(4))
    page = (f'<html lang="en"><head><title>Council approves budget - Herald</title></head><body><article>'
            f'<h1>Council approves budget</h1><p class="byline">By Jane Doe</p>'
            f'<time datetime="2024-05-03">May 3, 2024</time>{sections}</article></body></html>')
    assert teaser_headlines(lxml_html.fromstring(page)) == []
    assert _parse(page, "http://herald.example/2024/05/03/council-approves-budget").page_kind == "article"
