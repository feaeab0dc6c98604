"""Rules from the tenth blind template-site check (``benchmarks/template_sites_blind10.py``,
issue 8): each for a kind of page (an early-2000s daily's table page: its <title>, its
masthead date, its section cell, its signature), not for the generator's wording. The
pages are written by hand, in other words and names than the generator's."""

from __future__ import annotations

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.titles import title_parts

_FETCHED = "2026-12-07T00:10:00Z"
_PT = ("A secretaria informou que as obras da ponte seguem dentro do prazo e devem terminar no fim do ano. "
       "Moradores da região reclamam do trânsito desde o início das obras, mas apoiam o projeto da prefeitura. ")
_PT_EVENT = "A primeira proposta foi apresentada em 3 de fevereiro de 1999, ainda na gestão anterior. "
_RU = ("Как сообщили в администрации, ремонт моста идет по графику и должен завершиться к концу года. "
       "Жители района жалуются на пробки с начала работ, но в целом поддерживают проект мэрии. ")


def _parse(html: str | bytes, url: str) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def _old_page(title: str, masthead: str, banner: str, headline: str, text: str, signature: str = "",
              charset: str = "utf-8") -> str:
    """An early-2000s story page in the main frame of a frameset: no <h1>, no menu, no metadata."""
    paragraphs = "<br><br>".join([text, text, text])
    signed = f'<div align="right"><b><i>{signature}</i></b></div>' if signature else ""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
            f'<title>{title}</title></head><body bgcolor="#FFFFFF"><table width="600" cellpadding="4">'
            f'<tr><td bgcolor="#DDDDDD"><font face="Arial" size="1">{masthead}</font></td></tr>'
            f'<tr><td bgcolor="#000066"><font color="#FFFFFF" size="2"><b>{banner}</b></font></td></tr>'
            f'<tr><td><font face="Arial" size="2"><b>OBRAS</b></font><br>'
            f'<font face="Times" size="5"><b>{headline}</b></font><br><br>'
            f'<font face="Times" size="3">{paragraphs}</font>{signed}</td></tr></table></body></html>')


# ---------------------------------------------------------------- the headline


def test_a_big_line_that_is_a_middle_part_of_the_title_is_the_headline() -> None:
    """"Site - Section - Headline - 09/03/2001": the headline neither opens nor closes
    the <title>; the big line the story follows is one of its parts. The whole
    <title> was stored."""
    page = _old_page("Jornal da Serra - Cidades - Ponte nova fica pronta em dezembro - 09/03/2001",
                     "Curitiba, sexta-feira, 9 de março de 2001", "CIDADES", "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd0903200102.htm").title == "Ponte nova fica pronta em dezembro"


def test_a_big_line_under_a_title_of_two_short_parts_is_the_headline() -> None:
    """"Jornal da Serra - Cidades": the site's name (unknown to the page: no logo, no
    og:site_name) and the section, no headline; the big line the story follows is it."""
    page = _old_page("Jornal da Serra - Cidades", "Curitiba, sexta-feira, 9 de março de 2001", "CIDADES",
                     "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd0903200102.htm").title == "Ponte nova fica pronta em dezembro"


def test_a_title_of_one_headline_and_a_site_name_keeps_its_title() -> None:
    """A two-part title whose headline is long ("Headline - Site") is no label title:
    the title is the headline, whatever big line the page sets."""
    page = _old_page("Ponte nova fica pronta em dezembro - Jornal da Serra", "Curitiba, 9 de março de 2001", "CIDADES",
                     "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd0903200102.htm").title == "Ponte nova fica pronta em dezembro"


def test_a_double_colon_separates_a_titles_parts() -> None:
    assert title_parts("Северный вестник :: Общество :: Мост откроют в декабре") == [
        "Северный вестник", "Общество", "Мост откроют в декабре"]


# ---------------------------------------------------------------- the day


def test_an_undeclared_pages_numeric_date_is_read_in_the_storys_language() -> None:
    """"09/03/2001" closing the <title> of a Portuguese page that declares no language
    is 9 March (day first), not September 3 (US English, the reading of a page of no
    language)."""
    page = _old_page("Jornal da Serra - Cidades - Ponte nova fica pronta em dezembro - 09/03/2001", "Edição 1234",
                     "CIDADES", "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd1.htm").published[:10] == "2001-03-09"


def test_a_masthead_line_dates_the_story_before_a_day_its_text_tells_of() -> None:
    """The edition's date on a line of its own over the story ("Curitiba, sexta-feira, 9
    de março de 2001"), an earlier day named in a sentence of the text: the masthead's
    day. The earliest day printed anywhere was taken."""
    page = _old_page("Jornal da Serra - Cidades", "Curitiba, sexta-feira, 9 de março de 2001", "CIDADES",
                     "Ponte nova fica pronta em dezembro", _PT_EVENT + _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd0903200102.htm").published[:10] == "2001-03-09"


def test_a_russian_masthead_with_an_issue_number_dates_the_story() -> None:
    page = _old_page("Северный вестник :: Общество :: Мост откроют в декабре", "№ 58 (1420) от 9 марта 2001 г.",
                     "ОБЩЕСТВО", "Мост откроют в декабре",
                     "Проект впервые представили 3 февраля 1999 года, еще при прежнем мэре. " + _RU)
    assert _parse(page, "http://old.example/vestnik/2001/58/obsh2.htm").published[:10] == "2001-03-09"


# ---------------------------------------------------------------- the section


def test_a_title_parts_section_printed_over_the_headline_is_the_section() -> None:
    """"Site :: Section :: Headline", the section printed in capitals in the cell over
    the story (no menu on the page: it is in another frame, and no folder of the URL
    names it): the section."""
    page = _old_page("Северный вестник :: Общество :: Мост откроют в декабре", "№ 58 (1420) от 9 марта 2001 г.",
                     "ОБЩЕСТВО", "Мост откроют в декабре", _RU)
    assert _parse(page, "http://old.example/vestnik/2001/58/obsh2.htm").section == "Общество"


def test_a_label_title_of_an_unknown_site_names_the_section_shown_and_in_the_url() -> None:
    """"Jornal da Serra - Cidades", neither part known as the site's name: the part that
    is a folder of the URL and printed over the headline is the section."""
    page = _old_page("Jornal da Serra - Cidades", "Curitiba, 9 de março de 2001", "CIDADES",
                     "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/cidades/cd0903200102.htm").section == "Cidades"


def test_a_middle_part_neither_shown_nor_in_the_url_is_no_section() -> None:
    page = _old_page("Jornal da Serra - Cidades - Ponte nova fica pronta em dezembro - 09/03/2001",
                     "Curitiba, 9 de março de 2001", "&nbsp;", "Ponte nova fica pronta em dezembro", _PT)
    assert _parse(page, "http://old.example/jornal/2001/03/09/cd02.htm").section is None


# ---------------------------------------------------------------- the signature


def test_a_signature_with_each_surname_in_capitals_names_the_writers() -> None:
    """"Олег СИДОРЕНКО, Вера ГОЛУБЕВА" flush right under the story, as Russian and
    Ukrainian papers sign it: the writers, the surnames' capitals typography."""
    page = _old_page("Северный вестник :: Общество :: Мост откроют в декабре", "№ 58 (1420) от 9 марта 2001 г.",
                     "ОБЩЕСТВО", "Мост откроют в декабре", _RU, signature="Олег СИДОРЕНКО, Вера ГОЛУБЕВА")
    assert _parse(page, "http://old.example/vestnik/2001/58/obsh2.htm").authors == ["Олег Сидоренко", "Вера Голубева"]


def test_a_right_aligned_line_of_a_word_in_capitals_is_no_signature() -> None:
    page = _old_page("Северный вестник :: Общество :: Мост откроют в декабре", "№ 58 (1420) от 9 марта 2001 г.",
                     "ОБЩЕСТВО", "Мост откроют в декабре", _RU, signature="Продолжение СЛЕДУЕТ")
    assert _parse(page, "http://old.example/vestnik/2001/58/obsh2.htm").authors == []


def _credited(credit: str) -> str:
    return _old_page("Jornal da Serra - Cidades", "Curitiba, 9 de março de 2001", "CIDADES",
                     "Ponte nova fica pronta em dezembro", _PT).replace(
        '<font face="Times" size="3">', f'<font face="Arial" size="2">{credit}</font><br><br><font face="Times" size="3">', 1)


def test_bold_names_over_the_office_they_wrote_from_are_the_writers() -> None:
    """"<b>RENATA MOURA E CAIO FONSECA</b><br><i>da Sucursal do Recife</i>" under the
    headline, no by-word (a Brazilian paper's credit): the writers, not the office
    ("da" read as a by-word gave "Sucursal do Recife")."""
    page = _credited("<b>RENATA MOURA E CAIO FONSECA</b><br><i>da Sucursal do Recife</i>")
    assert _parse(page, "http://old.example/jornal/cidades/cd1.htm").authors == ["RENATA MOURA", "CAIO FONSECA"]
    page = _credited("<b>ANA PAULA DOS REIS</b><br><i>enviada especial a Manaus</i>")
    assert _parse(page, "http://old.example/jornal/cidades/cd1.htm").authors == ["ANA PAULA DOS REIS"]


def test_a_bold_kicker_over_an_italic_line_is_no_credit() -> None:
    page = _credited("<b>CRISE HÍDRICA</b><br><i>governo promete obras</i>")
    assert _parse(page, "http://old.example/jornal/cidades/cd1.htm").authors == []


# ---------------------------------------------------------------- listings


def _feed_page(heading: str) -> str:
    items = "".join(f'<div class="feed-post"><a class="feed-post-link" href="/cidades/noticia/2024/05/0{n}/obra-{n}.ghtml">'
                    f'Obra número {n} da ponte nova começa na segunda-feira</a><div class="resumo">{_PT}</div>'
                    f'<span class="feed-post-datetime">0{n}/05/2024</span></div>' for n in (1, 2))
    return (f'<!DOCTYPE html><html lang="pt-br"><head><meta charset="utf-8"><title>{heading} | Portal Serra</title></head>'
            f'<body><header><a href="/">Portal Serra</a></header><h1>{heading}</h1><div class="feed">{items}</div>'
            f'<a href="?page=2">Veja mais</a></body></html>')


def test_a_brazilian_portals_topic_and_latest_news_pages_are_listings() -> None:
    """"/tudo-sobre/x/" ("everything about x", a portal's topic page) and
    "/ultimas-noticias/" (the latest news) list stories: listings (two teasers each,
    a summary under each link, were stored as a story)."""
    for heading, url in (("Ponte nova", "http://portal.example/tudo-sobre/ponte-nova/"),
                         ("Últimas notícias", "http://portal.example/ultimas-noticias/"),
                         ("Últimas notícias", "http://portal.example/ultimas-noticias/index/feed/pagina-2.ghtml")):
        assert _parse(_feed_page(heading), url).page_kind == "listing", url


def test_a_dateline_opening_the_text_beats_a_sidebars_later_event_line() -> None:
    """Only short lines (and datelines) date a page that prints one: a dateline opening
    the story's first paragraph ("Freiburg, (04.11.2021). ...") is one, so an events
    box's later day on a line of its own ("Sa. 06.11.2021") does not win over it."""
    text = ("Freiburg, (04.11.2021). Die Gemeinden laden am Sonntag zu einer digitalen Andacht ein, die um "
            "18 Uhr beginnt und im Netz übertragen wird. Viele Menschen können in diesem Jahr nicht an den "
            "Gräbern ihrer Angehörigen stehen, sagte die Pfarrerin bei der Vorstellung des Angebots.")
    page = (f"<html lang='de'><head><title>Andacht im Netz</title></head><body><h1>Andacht im Netz</h1>"
            f"<div class='text'><p>{text}</p><p>{text[24:]}</p></div><div class='events'><h5>Termine</h5>"
            f"<div class='item'>Sa. 06.11.2021<br><a href='/termine/1'>Konzert</a></div></div></body></html>")
    assert _parse(page, "http://kirche.example/nachricht/andacht").published[:10] == "2021-11-04"


def test_a_bold_line_over_an_italic_line_that_names_no_office_is_no_credit() -> None:
    """The bold names' line under the headline is a credit only over the line of the
    office they wrote from ("da Sucursal ...", "enviada especial a ...", "colaboração
    para ..."): a bold desk, place, kicker or box title over any italic line in lower
    case is none ("<b>Rio de Janeiro</b><br><i>sábado, 12 de maio</i>", "<b>LEIA
    TAMBÉM</b><br><i>outras notícias</i>", "<b>Related Coverage</b><br><i>more on the
    vote</i>"), nor a desk's bold credit over its office ("<b>Da Redação</b><br><i>em
    São Paulo</i>")."""
    for credit in ("<b>Rio de Janeiro</b><br><i>sábado, 12 de maio</i>", "<b>LEIA TAMBÉM</b><br><i>outras notícias</i>",
                   "<b>Da Redação</b><br><i>com agências internacionais</i>", "<b>Da Redação</b><br><i>em São Paulo</i>",
                   "<b>Banco Central</b><br><i>divulgou nesta sexta</i>",
                   "<b>Related Coverage</b><br><i>more on the vote</i>",
                   "<b>Editor's Note</b><br><i>this story was updated</i>"):
        assert _parse(_credited(credit), "http://old.example/jornal/cidades/cd1.htm").authors == [], credit


def test_bold_names_over_an_office_line_in_other_words_are_the_writers() -> None:
    for credit, names in (("<b>LUIZ CARLOS DA SILVA</b><br><i>colaboração para a Folha</i>", ["LUIZ CARLOS DA SILVA"]),
                          ("<b>MARIANA COSTA</b><br><i>de Nova York</i>", ["MARIANA COSTA"]),
                          ("<b>Pedro Alves</b><br><i>correspondente em Paris</i>", ["Pedro Alves"])):
        assert _parse(_credited(credit), "http://old.example/jornal/cidades/cd1.htm").authors == names, credit


def test_a_top_bars_date_of_the_fetch_day_is_no_masthead_stamp() -> None:
    """An old site's top bar printing today's date (a script's or a server's clock:
    "Monday, December 7, 2026" on the day of the fetch) over a story that names its
    day only in its first sentence: that sentence's day, as before the masthead rule;
    the clock's line is no edition's stamp (every old story of the site was dated the
    fetch day)."""
    text = ("The council voted to approve the new budget after a lengthy debate that ran late into the night, "
            "with members split over the cost of the harbour works and the timing of the ferry contract. ")
    page = (f'<html lang="en"><head><title>Budget vote passes</title></head><body><table><tr>'
            f'<td>Monday, December 7, 2026</td><td><a href="/">Home</a></td></tr></table><h1>Budget vote passes</h1>'
            f'<p>HARBOR CITY — The council on Tuesday, March 3, 2024, approved the budget after a long night. {text}</p>'
            + f"<p>{text * 2}</p>" * 4 + "</body></html>")
    assert _parse(page, "http://planet.example/news/story.php?id=1").published[:10] == "2024-03-03"
    # the same line on a day other than the fetch's is the edition's stamp
    assert _parse(page.replace("December 7, 2026", "March 9, 2024"),
                  "http://planet.example/news/story.php?id=1").published[:10] == "2024-03-09"


def test_short_date_lines_after_the_storys_text_are_no_masthead_stamps() -> None:
    """A stamp dates the page where it is printed over the story (a masthead, a date
    line under the headline) or opens its text (a dateline): a reader's comment's
    date line ("March 10, 2024 at 3:12 pm"), a "Key dates" list or a schedule's cell
    after the story's text tell of later days. The story's first sentence names its
    day ("The council on Tuesday, March 3, 2024, ...")."""
    text = ("The council voted to approve the new budget after a lengthy debate that ran late into the night, "
            "with members split over the cost of the harbour works and the timing of the ferry contract. ")
    story = (f"<h1>Budget vote passes</h1><p>The council on Tuesday, March 3, 2024, approved the budget after a long "
             f"night of debate. {text}</p>" + f"<p>{text * 2}</p>" * 4)
    after = ('<h3>2 Responses</h3><div class="resp"><b>Tom</b> said:<br><span>March 10, 2024 at 3:12 pm</span>'
             '<p>Great news for the harbour.</p><b>Ann</b> said:<br><span>March 11, 2024 at 8:00 am</span><p>About time.</p></div>',
             '<h3>Key dates</h3><ul><li>March 20, 2024: public hearing</li><li>April 2, 2024: final reading</li></ul>',
             '<table><tr><td>Public hearing</td><td>March 20, 2024</td></tr><tr><td>Final reading</td><td>April 2, 2024</td></tr></table>')
    for box in after:
        page = f'<html lang="en"><head><title>Budget vote passes</title></head><body>{story}{box}</body></html>'
        assert _parse(page, "http://planet.example/news/budget.html").published[:10] == "2024-03-03", box


def test_whether_a_date_piece_is_a_links_reads_a_few_levels_up_only() -> None:
    """Each of the (up to 20,000) text pieces of a page dated by its printed text is
    asked whether it is a link's: a few levels up, not its whole ancestry (250 levels
    deep, 20,000 pieces took 3.2 s where the base took 0.6 s)."""
    from lxml import etree

    from crawler.parsers.metadata.date_search import _in_link

    read = [0]

    class Counting(etree.ElementBase):
        def iterancestors(self, *tags):  # type: ignore[no-untyped-def, override]
            for node in super().iterancestors(*tags):
                read[0] += 1
                yield node

    parser = etree.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(element=Counting))
    doc = etree.fromstring("<html><body>" + "<div>" * 200 + "<a href='/x'><span>12 May 2004</span></a>"
                           + "</div>" * 200 + "</body></html>", parser)
    span = next(doc.iter("span"))
    assert _in_link(span) and read[0] <= 3
    read[0] = 0
    assert not _in_link(span.getparent().getparent()) and read[0] <= 3


_EN = ("The council voted to approve the new budget after a lengthy debate that ran late into the night, "
       "with members split over the cost of the harbour works and the timing of the ferry contract. ")


def _masthead_page(title: str, big_line: str, text: str) -> str:
    """An old page whose only big line is the paper's name or a promotion, over the
    story's text (its headline is set in no big font)."""
    paragraphs = "<br><br>".join([text * 2] * 4)
    return (f'<html><head><title>{title}</title></head><body><table><tr><td><font size="6">{big_line}</font><br>'
            f'<font size="3">{paragraphs}</font></td></tr></table></body></html>')


def test_a_big_masthead_that_is_the_titles_site_part_is_no_headline() -> None:
    """"Site :: Section :: Headline" over a page whose big line is the paper's name (the
    masthead), the story under it: the site's part is no headline (every story of the
    site was titled with the paper's name). The headline is the title's longest part."""
    for title, masthead in (("The Daily Planet :: Sports :: Ferry service resumes after storm", "The Daily Planet"),
                            ("Jornal da Serra - Cidades - Ponte nova fica pronta em dezembro", "Jornal da Serra")):
        article = _parse(_masthead_page(title, masthead, _EN if "Planet" in title else _PT),
                         "http://planet.example/sports/fe12.htm")
        assert article.title != masthead, title


def test_a_big_line_under_a_short_headline_and_a_site_name_is_no_headline() -> None:
    """"Ponte fica pronta - Jornal da Serra": two short parts, but one is a headline in
    sentence case ("fica", "pronta" in lower case), no section's name: the title holds
    the headline, and a big promotion line over the text ("Leia a edição de hoje do
    Jornal") is none."""
    page = _masthead_page("Ponte fica pronta - Jornal da Serra", "Leia a edição de hoje do Jornal", _PT)
    assert _parse(page, "http://jornal.example/cidades/cd13.htm").title == "Ponte fica pronta"
