"""Rules written from the fifteenth blind site's first run (``benchmarks/template_sites_blind15.py``:
French and Greek), each on a small page of the shape that failed."""

from __future__ import annotations

import lxml.html
import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from crawler.parsers.metadata.sections import header_section

FR_TEXT = "".join(f"<p>Selon les informations recueillies sur place, les travaux avancent selon le calendrier prévu, "
                  f"étape {n}. Les spécialistes estiment que la mesure améliorera nettement le service rendu aux "
                  "habitants au cours des prochains mois. Des représentants des entreprises ont aussi présenté des "
                  "propositions concrètes lors de la réunion.</p>" for n in range(6))
EL_TEXT = "".join(f"<p>Σύμφωνα με πληροφορίες, οι εργασίες προχωρούν κανονικά, στάδιο {n}. Οι ειδικοί εκτιμούν ότι "
                  "το μέτρο θα βελτιώσει αισθητά την εξυπηρέτηση των πολιτών τους επόμενους μήνες. Στη σύσκεψη "
                  "συμμετείχαν και εκπρόσωποι των επιχειρήσεων που κατέθεσαν συγκεκριμένες προτάσεις.</p>"
                  for n in range(6))


def _parsed(page: str | bytes, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


@pytest.mark.parametrize(("byline", "authors"), [
    ("Του Νίκου Καλογεράκη", ["Νίκος Καλογεράκης"]),
    ("Της Ευαγγελίας Δημοπούλου", ["Ευαγγελία Δημοπούλου"]),
    ("Του Ανδρέα Παπαγεωργίου", ["Ανδρέας Παπαγεωργίου"]),  # a surname that is an old genitive keeps it
    ("Του Σπύρου Αθανασόπουλου", ["Σπύρος Αθανασόπουλος"]),
    ("Των Πέτρου Λιάπη και Αικατερίνης Σαββίδου", ["Πέτρος Λιάπης", "Αικατερίνη Σαββίδου"]),
    ("Του Χρήστου Ντούμα, με τη συνεργασία της Ειρήνης Βλάχου", ["Χρήστος Ντούμας", "Ειρήνη Βλάχου"]),
    ("Γράφει η Ζωή Ραφαηλίδου, δικηγόρος", ["Ζωή Ραφαηλίδου"]),
])
def test_a_greek_byline_in_the_genitive_names_its_writers_in_the_nominative(byline: str, authors: list[str]) -> None:
    """"Του / Της / Των" is a Greek byline's by-word; the names after it, in the genitive, are
    stored as their author pages name them (the woman's surname does not decline)."""
    assert clean_byline(byline) == authors


def test_a_greek_old_paper_credits_its_writer_in_the_genitive() -> None:
    page = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Νέα'
            ' γραμμή λεωφορείων στην Κηφισιά</title></head><body><table><tr><td><font size="5"><b>Νέα γραμμή'
            ' λεωφορείων στην Κηφισιά</b></font><br><font size="1">14/03/2002</font><br>'
            '<font size="2">Της <b>Ευαγγελίας Δημοπούλου</b></font><br><br>'
            f'<font size="3">{EL_TEXT}</font></td></tr></table></body></html>')
    assert _parsed(page, "http://news.example.gr/news/article.asp?pubid=31337").authors == ["Ευαγγελία Δημοπούλου"]


def _cms_page(crumbs: str, kicker: str, title: str = "Les loyers repartent à la hausse dans la capitale") -> str:
    return (f'<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>{title}</title></head><body>'
            '<header><nav class="menu"><a href="/politique/">Politique</a><a href="/societe/">Société</a>'
            '<a href="/economie/">Économie</a></nav></header><main><article>'
            f'{crumbs}{kicker}<h1>{title}</h1><p class="byline">Par Jeanne Roussel</p>'
            f'<p class="date">Publié le 12 mars 2024 à 09h10</p>{FR_TEXT}</article></main></body></html>')


def test_a_topic_kicker_yields_to_the_breadcrumb_trail() -> None:
    """An unlinked kicker over the headline ("Crise du logement") is the story's topic; the trail
    above it names the section the site files it under."""
    page = _cms_page('<nav class="breadcrumb"><a href="/">Accueil</a> › <a href="/societe/">Société</a></nav>',
                     '<p class="article__kicker">Crise du logement</p>')
    assert _parsed(page, "https://www.example.fr/societe/article/2024/03/12/loyers_123_3224.html").section == "Société"


def test_a_kicker_alone_still_names_the_section() -> None:
    page = _cms_page("", '<p class="article__kicker">Société</p>')
    assert _parsed(page, "https://www.example.fr/article/2024/03/12/loyers_123_3224.html").section == "Société"


def _old_page(bar: str, menu_name: str = "Économie", charset: str = "iso-8859-1") -> str:
    menu = "".join(f'<tr><td><font size="1"><a href="/web/rubrique/0,2-{n},1-0,0.html">{name}</a></font></td></tr>'
                   for n, name in ((3200, "France"), (3201, "International"), (3202, menu_name), (3203, "Sports")))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}"><title>Le Journal'
            ' - La Bourse termine en hausse</title></head><body><table width="770"><tr><td width="140" valign="top">'
            f'<table>{menu}</table></td><td width="620" valign="top">{bar}'
            '<font face="Georgia" size="5"><b>La Bourse termine en hausse</b></font><br>'
            '<font size="1">12/03/2002 - 17:40</font><br><br>'
            f'<font size="3">{FR_TEXT}</font></td></tr></table></body></html>')


OLD_URL = "http://www.example.fr/web/article/0,1-0@2-3202,36-271828,0.html"


def test_an_old_trail_whose_first_step_is_home_by_its_name() -> None:
    """"Accueil > Économie" with "Accueil" linking "/web/accueil.html" (no root, no index file):
    a trail over the headline, its last step the section."""
    bar = ('<font size="1"><a href="/web/accueil.html">Accueil</a> &gt; '
           '<a href="/web/rubrique/0,2-3202,1-0,0.html">Économie</a></font><br>')
    doc = lxml.html.fromstring(_old_page(bar))
    headline = doc.xpath("//font[@size='5']/b")[0]
    assert header_section(headline, "www.example.fr") == "Économie"


def test_an_old_section_bar_in_capitals_takes_the_menus_spelling() -> None:
    """A bar over the headline, its one link in a table's cell under ``<font>`` and ``<b>``,
    printed in capitals without accents ("ECONOMIE"): the section the menu names so, "Économie"."""
    bar = ('<table width="100%"><tr><td bgcolor="#CC0000"><font color="#FFFFFF"><b>'
           '<a href="/web/rubrique/0,2-3202,1-0,0.html">ECONOMIE</a></b></font></td></tr></table>')
    assert _parsed(_old_page(bar), OLD_URL).section == "Économie"


@pytest.mark.parametrize(("byline", "authors"), [
    ("Par Jeanne Roussel, avec Hugo Marchand à Nantes", ["Jeanne Roussel", "Hugo Marchand"]),
    ("La rédaction avec AFP", ["AFP"]),
    ("Le Journal avec Reuters", ["Reuters"]),
    ("Jeanne Roussel avec AFP", ["Jeanne Roussel"]),
])
def test_french_avec_joins_a_cowriter_or_credits_the_wire(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors


def test_a_french_dateline_before_our_correspondent() -> None:
    """"Nantes, de notre correspondante" before the name: the writer, not the town."""
    assert clean_byline("Nantes, de notre correspondante Jeanne Roussel") == ["Jeanne Roussel"]


def _ld_page(byline: str, first: str, lang: str = "fr", text: str = FR_TEXT) -> str:
    title = "Un titre d'article assez long pour un test"
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{title}", "datePublished": "2024-03-12T09:10:00+01:00", '
            f'"author": [{{"@type": "Person", "name": "{first}"}}]}}</script></head><body><main><article>'
            f'<h1>{title}</h1><div class="meta"><span class="meta__author">{byline}</span>'
            f'<span class="date">12/03/2024</span></div>{text}</article></main></body></html>')


def test_a_cowriter_linked_to_a_signataires_page_is_kept_beside_the_structured_one() -> None:
    """The JSON-LD names the first writer only; the byline's second links to "/signataires/", a
    French paper's writers' pages."""
    byline = ('Par <a href="/signataires/jeanne-roussel/">Jeanne Roussel</a> et '
              '<a href="/signataires/hugo-marchand/">Hugo Marchand</a>')
    page = _ld_page(byline, "Jeanne Roussel")
    assert _parsed(page, "https://www.example.fr/societe/article/2024/03/12/x_1_2.html").authors == [
        "Jeanne Roussel", "Hugo Marchand"]


def test_a_greek_cowriter_linked_in_the_genitive_is_kept_beside_the_structured_one() -> None:
    byline = ('Του <a href="/author/nikos-kalogerakis/">Νίκου Καλογεράκη</a>, με τη συνεργασία της '
              '<a href="/author/eirini-vlachou/">Ειρήνης Βλάχου</a>')
    page = _ld_page(byline, "Νίκος Καλογεράκης", "el", EL_TEXT)
    assert _parsed(page, "https://www.example.gr/politiki/1234567/titlos/").authors == [
        "Νίκος Καλογεράκης", "Ειρήνη Βλάχου"]


def test_a_greek_wire_story_in_an_old_table_layout() -> None:
    """"Πηγή: ΑΠΕ-ΜΠΕ" closing a story set in the page's layout table: the wire's credit
    (the layout's table is no graphic's)."""
    page = ('<html><head><meta charset="utf-8"><title>Σεισμός 4,1 Ρίχτερ στην Κρήτη</title></head><body><table>'
            '<tr><td><font size="5"><b>Σεισμός 4,1 Ρίχτερ στην Κρήτη</b></font><br><font size="1">14/03/2002'
            f'</font><br><br><font size="3">{EL_TEXT}</font><br><font size="1">Πηγή: ΑΠΕ-ΜΠΕ</font>'
            '</td></tr></table></body></html>')
    assert _parsed(page, "http://news.example.gr/news/article.asp?pubid=4242").authors == ["ΑΠΕ-ΜΠΕ"]


def test_a_desk_credit_yields_to_the_wire_a_source_line_names() -> None:
    """"Newsroom" over the story, "(Με πληροφορίες από ΑΠΕ-ΜΠΕ)" under it: the wire's story."""
    page = ('<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>Σεισμός στην Κρήτη</title></head>'
            '<body><main><article><h1>Σεισμός 4,1 Ρίχτερ στην Κρήτη</h1><div class="meta"><span class="author">'
            'Newsroom</span><span class="date">14.03.2024 • 10:30</span></div>'
            f'{EL_TEXT}<p><em>(Με πληροφορίες από ΑΠΕ-ΜΠΕ)</em></p></article></main></body></html>')
    assert _parsed(page, "https://www.example.gr/ellada/1234567/seismos/").authors == ["ΑΠΕ-ΜΠΕ"]


def test_a_french_papers_signer_page_with_one_story_is_a_listing() -> None:
    """"/signataires/<name>/" (a French paper's page of a byline's signer) listing one story
    beside a line of bio: the writer's page, no story."""
    page = ('<!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Jeanne Roussel - Le Journal</title>'
            '</head><body><header><nav class="menu"><a href="/politique/">Politique</a><a href="/societe/">Société'
            '</a></nav></header><main><h1>Jeanne Roussel</h1><p>Jeanne Roussel est journaliste au Journal depuis '
            '2015.</p><div class="river"><article class="teaser"><h3><a href="/societe/article/2024/03/12/loyers_1_2.'
            'html">Les loyers repartent à la hausse dans la capitale</a></h3><p>Les spécialistes estiment que la '
            'mesure améliorera nettement le service rendu aux habitants.</p><span class="teaser__date">12/03/2024'
            '</span></article></div></main><footer><a href="/contact/">Contact</a></footer></body></html>')
    assert _parsed(page, "https://www.example.fr/signataires/jeanne-roussel/").page_kind == "listing"


def _old_story(closing: str) -> str:
    text = FR_TEXT.replace("<p>", "").replace("</p>", "<br><br>")
    return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><title>Le Journal'
            ' - La Bourse termine en hausse</title></head><body><table width="770"><tr><td>'
            '<font face="Georgia" size="5"><b>La Bourse termine en hausse</b></font><br>'
            '<font size="1">LE JOURNAL | 12.03.02 | 17h40</font><br><br>'
            f'<font size="3">{text}</font><br>\n{closing}<br><a href="/imprimer.asp">Imprimer</a>'
            '</td></tr></table></body></html>')


def test_a_bold_name_signing_under_an_old_pages_text() -> None:
    """"...<br><br><b>Jeanne Roussel</b>" under the text, the old French papers' signature."""
    assert _parsed(_old_story("<br><b>Jeanne Roussel</b>\n"), OLD_URL).authors == ["Jeanne Roussel"]


def test_a_bold_name_with_words_after_it_signs_nothing() -> None:
    """A bold name opening a line of text (a speaker's, a subject's) is no signature."""
    assert _parsed(_old_story("<br><b>Jeanne Roussel</b> a été réélue présidente du conseil.\n"),
                   OLD_URL).authors == []


def test_a_wires_copyright_closing_its_story() -> None:
    """"© AFP" closing an old page's story with no byline: the wire's copy."""
    assert _parsed(_old_story('<br><font size="1">&copy; AFP</font>\n'), OLD_URL).authors == ["AFP"]


def test_a_greek_update_line_is_no_publication_date() -> None:
    """"Τελευταία ενημέρωση:" (last update) dates a change: the printed local day above it is the
    story's, not the UTC day of a JSON-LD published at 01:22 Athens time."""
    title = "Νέα γραμμή λεωφορείων στην Κηφισιά"
    page = (f'<!DOCTYPE html><html lang="el"><head><meta charset="utf-8"><title>{title}</title>'
            '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
            f'"headline": "{title}", "datePublished": "2024-09-25T22:22:00Z"}}</script></head><body><main><article>'
            f'<h1>{title}</h1><div class="meta"><span class="meta__date">Πέμπτη, 26 Σεπτεμβρίου 2024 01:22 <br>'
            f'Τελευταία ενημέρωση: 26.09.2024 21:46</span></div>{EL_TEXT}</article></main></body></html>')
    published = _parsed(page, "https://www.example.gr/koinonia/1234567/nea-grammi/").published
    assert published is not None and published.startswith("2024-09-26")


def _old_listing(rows: str) -> str:
    return ('<html><head><meta charset="utf-8"><title>Le Journal - Économie</title></head><body><table width="770">'
            '<tr><td width="620"><font size="4"><b>Économie</b></font><br><table width="100%" cellpadding="4">'
            f'{rows}</table></td></tr></table></body></html>')


def test_an_old_section_page_whose_rows_open_with_their_dates_is_a_listing() -> None:
    """Each row a date line over a bold linked headline over its snippet, in one cell
    ("12/12/2003<br><b><a>Title</a></b><br>snippet..."), as old layouts list their stories."""
    titles = ("La Bourse termine en hausse", "Le chômage recule au premier trimestre", "Les prix du gaz vont baisser")
    rows = "".join(f'<tr><td><font size="1">1{n}/03/2002</font><br><font size="3"><b><a href="/web/article/0,1-0@2-'
                   f'3202,36-27182{n},0.html">{title}</a></b></font><br><font size="2">Les spécialistes estiment que '
                   'la mesure améliorera nettement le service rendu aux habitants au cours des prochains mois...'
                   '</font></td></tr>' for n, title in enumerate(titles))
    assert _parsed(_old_listing(rows), "http://www.example.fr/web/rubrique/0,2-3202,1-0,0.html").page_kind == "listing"
