"""Byline cleaning and structured author values."""

from __future__ import annotations

import doctest
from pathlib import Path

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata import authors, places
from crawler.parsers.metadata.authors import clean_author_list, clean_byline, clean_name, looks_like_byline


@pytest.mark.parametrize("byline,names", [
    ("Published by Daniel Cooper", ["Daniel Cooper"]),
    ("By Daniel Cooper", ["Daniel Cooper"]),
    ("BY DANIEL COOPER", ["DANIEL COOPER"]),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, John Roe and Max Mustermann", ["Jane Doe", "John Roe", "Max Mustermann"]),
    ("by jane doe, john roe", ["jane doe", "john roe"]),
    ("Von Anna Müller und Jörg Weber", ["Anna Müller", "Jörg Weber"]),
    ("Par Marie Dupont et Jean Martin", ["Marie Dupont", "Jean Martin"]),
    ("Por María García y Juan Pérez", ["María García", "Juan Pérez"]),
    ("By Jane Doe & John Roe", ["Jane Doe", "John Roe"]),
    ("By Jane Doe, Staff Writer", ["Jane Doe"]),
    ("By Jane Doe, Senior Correspondent", ["Jane Doe"]),
    ("Jane Doe is a reporter covering politics", ["Jane Doe"]),
    ("By Jane Doe | July 16, 2025", ["Jane Doe"]),
    ("By Jane Doe Updated July 16, 2025 10:00 am", ["Jane Doe"]),
    ("By Jane Doe on 07/16/2025", ["Jane Doe"]),
    ("Von Anna Müller, 03.05.2024, 14:20 Uhr", ["Anna Müller"]),
    ("By Jane Doe (@janedoe)", ["Jane Doe"]),
    ("By Jane Doe jane@example.com", ["Jane Doe"]),
    ("By Jane Doe https://twitter.com/janedoe", ["Jane Doe"]),
    ("By Jane Doe and jane doe", ["Jane Doe"]),
    ("By John A. Smith", ["John A. Smith"]),
    ("Autor: Max Mustermann", ["Max Mustermann"]),
    ("By Euronews with Agencies", ["Euronews"]),
    ("By Dolores Chang For Dailymail.Com", ["Dolores Chang"]),
    ("By Emma Mackenzie Lifestyle Writer", ["Emma Mackenzie"]),
    ("Von Ulrich Exner Korrespondent", ["Ulrich Exner"]),
    ("Ryan Devereaux Ryan Devereaux", ["Ryan Devereaux"]),
    ("Travel By Sophie Foster Travel News Reporter", ["Sophie Foster"]),
    ("Author of the article: Jody Robbins", ["Jody Robbins"]),
    ("Foto: REUTERS/Nathan Howard", []),
    ("Photo: Jane Doe", []),
    ("April 25, 2024", []),
    ("Xiaoying You 0", ["Xiaoying You"]),
    ("By Kevin Johnson and Kevin McCoy USA TODAY", ["Kevin Johnson", "Kevin McCoy"]),
    ("By Rachael Link, MS, RD", ["Rachael Link"]),
    ("Von Jan Kixmüller Heute, 12:37 Uhr", ["Jan Kixmüller"]),
    ("By André Oliver KLEIN", ["André Oliver KLEIN"]),
    ("By Victoria O’Regan Follow", ["Victoria O’Regan"]),
    ("Marta Cañete Corresponsal en Atenas", ["Marta Cañete"]),
    ("By Stefan Grobe Published on 06/01/2026 - 13:55", ["Stefan Grobe"]),
    ("", []),
    ("By", []),
    # a weekday only before a date: names that start like one stay whole
    ("By Monica Smith", ["Monica Smith"]),
    ("By Sunny Hostin and Friedrich Merz", ["Sunny Hostin", "Friedrich Merz"]),
    ("Von Tomas Muster Fr, 18. Oktober 2019", ["Tomas Muster"]),
    ("Von Anna.Muster am Samstag, 19. Oktober 2019 um 11:14 Uhr", ["Anna.Muster"]),
    ("By Jane Doe Thursday, May 5, 2022", ["Jane Doe"]),
    ("Donnerstag", []),
    # the date (or a category) printed before the by-word
    ("Posted on September 21, 2020 by Ann Lee", ["Ann Lee"]),
    ("Veröffentlicht am Fr, 3. Mai 2024 um 14:20 Uhr von Anna Muster", ["Anna Muster"]),
    ("21.09.2020 von Ann Lee", ["Ann Lee"]),
    ("Posted in Local News by annlee on August 3, 2019", ["annlee"]),
    ("Am 13. November 2019 Von Henry In Aktuell", ["Henry"]),
    ("3 Firmen erhalten von Muster Energie Aufträge", []),
    # separators and bare by-words, desk credits, CMS defaults
    ("| Autor: gnaddrig", ["gnaddrig"]),
    ("Von", []),
    ("von Redaktion", ["Redaktion"]),
    ("Von Redaktion -", ["Redaktion"]),
    ("By Staff", []),
    ("Submitted by jdoe on Tue, 05/14/2024 - 10:00", ["jdoe"]),
    ("erstellt von Dominique — veröffentlicht 28.01.2022 06:00", ["Dominique"]),
    ("Interview: Julia Muster", ["Julia Muster"]),
    # the label of the link to the author's page is no name
    ("Johanna Muster Alle Artikel", ["Johanna Muster"]),
    ("von Birgit Muster Über Autorenseite von Schließen", ["Birgit Muster"]),
    ("Jane Doe View all posts", ["Jane Doe"]),
    ("Sarah Lazare Twitter", ["Sarah Lazare"]),
])
def test_clean_byline(byline, names):
    assert clean_byline(byline) == names


@pytest.mark.parametrize("text,expected", [
    ("Published by Daniel Cooper", True), ("By Jane Doe", True), ("Von Anna Müller", True),
    ("Bye bye love", False), ("Byron Bay is lovely", False), ("By", False),
    ("Text continues normally here", False),
    ("| Autor: gnaddrig", True), ("Posted on May 3, 2020 by Ann Lee", True),
    ("Posted in World by Ann Lee", True), ("3 Firmen erhalten von Muster Energie Aufträge", False),
    ("Published on May 16, 2024 in a small village", False),
])
def test_looks_like_byline(text, expected):
    assert looks_like_byline(text) is expected


@pytest.mark.parametrize("value,names", [
    ("Jane Doe, John Roe", ["Jane Doe", "John Roe"]),
    (["Jane Doe", "JANE DOE", "John Roe"], ["Jane Doe", "John Roe"]),
    (["By Jane Doe"], ["Jane Doe"]),
    (["Associated Press"], ["Associated Press"]),
    (["BR24 Redaktion"], ["BR24 Redaktion"]),
    (["MND Staff"], ["MND Staff"]),
    (["https://example.com/author/jane"], []),
    ([None, 3, "Jane Doe"], ["Jane Doe"]),
    ("", []),
    (None, []),
])
def test_clean_author_list(value, names):
    assert clean_author_list(value) == names


def test_doctests():
    assert doctest.testmod(authors).failed == 0
    assert doctest.testmod(places).failed == 0


@pytest.mark.parametrize("byline,names", [
    ("Autorin: Sylvia Muster, IFZ, Oktober 2008", ["Sylvia Muster", "IFZ"]),
    ("记者王敬照", ["王敬照"]),
    ("Jan Muster Kolumnist", ["Jan Muster"]),
    ("example.com zuletzt bearbeitet", ["example.com"]),
    ("Von Juli Zeh", ["Juli Zeh"]),
    ("By April Ryan", ["April Ryan"]),
    ("Oktober", []),
    ("von auto-motor.at Redaktion", ["auto-motor.at Redaktion"]),
    ("von einem Jäger Berichtet", []),
])
def test_months_roles_and_cjk_labels(byline, names):
    assert clean_byline(byline) == names


def test_next_label_cut_starts_only_where_a_separator_run_starts():
    """The "Label:" cut is tried once per run of separators, not once per character of
    it (a long run of ", ;" was read quadratically); the cut itself is unchanged."""
    assert authors._NEXT_LABEL.sub("", "Jane Doe, Fotos: John Roe") == "Jane Doe"
    assert authors._NEXT_LABEL.sub("", "Jane Doe ,; ,; Tags: x") == "Jane Doe"
    text = "Jane" + ", ;" * 50 + "Tags: x"
    assert authors._NEXT_LABEL.search(text).start() == 4
    assert authors._NEXT_LABEL.search(text, 5) is None  # no match may start inside the run


def test_chinese_labels_without_a_colon_take_only_a_standalone_name() -> None:
    """'记者' and '作者' open sentences too ('记者会上' = at the press conference,
    '作者认为' = the author believes): without a colon only a short name standing
    alone is a byline, and no name holds sentence punctuation."""
    assert clean_byline("记者 张三") == ["张三"]
    assert clean_byline("记者张三") == ["张三"]
    assert clean_byline("记者会上，发言人回答了提问。") == []
    assert clean_byline("作者认为这个问题很重要。") == []
    assert clean_name("会上，发言人回答了提问。") is None


def test_author_markup_outside_the_story_does_not_overrule_the_metadata() -> None:
    """A masthead's author link or a teaser list's byline names other people;
    the meta author stands unless the story's own markup says otherwise."""
    body = "<p>" + "The council met on Tuesday and discussed the budget in detail. " * 12 + "</p>"
    head = "<title>A story of note</title><meta name='author' content='Jane Doe'>"
    outside = ("<header><a href='/author/john-roe/'>John Roe</a></header>"
               "<article><h1>A story of note</h1>{story}" + body + "</article>"
               "<div class='more'><span class='author'>Max Mustermann</span></div>")
    page = f"<html><head>{head}</head><body>{outside}</body></html>"
    record = parse_article(page.format(story=""), "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]
    inside = page.format(story="<p class='byline'><a rel='author' href='/author/ann-lee/'>Ann Lee</a></p>")
    record = parse_article(inside, "https://news.example/a/story")
    assert record is not None and record.authors == ["Ann Lee"]


_PROSE = "<p>" + "The council met on Tuesday and discussed the budget in great detail. " * 12 + "</p>"


def test_a_header_byline_overrules_a_meta_author_naming_someone_else() -> None:
    """A meta author is often the site owner or the account that uploaded the
    page; the byline printed under the headline names the writer."""
    page = ("<html><head><title>A story of note</title><meta name='author' content='Site Owner'>"
            "</head><body><article><h1>A story of note</h1><p>By Ann Lee</p>" + _PROSE
            + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Ann Lee"]
    same = page.replace("By Ann Lee", "By Site Owner")
    record = parse_article(same, "https://news.example/a/story")
    assert record is not None and record.authors == ["Site Owner"]


def test_an_author_link_overrules_a_site_wide_meta_author_on_a_page_without_headline() -> None:
    """An old blog theme: no <h1> or <article>, a meta author naming the site's
    owners on every page, and the post's own "Erstellt von <a href=/author/..>"."""
    page = ("<html><head><title>Blog der Fehlfunktionen</title>"
            "<meta name='author' content='Matthias Muster - Lukas Beispiel'></head><body>"
            "<div class='post'><h2><a href='/podcasts/'>Podcasts einbinden im Medienserver</a></h2>"
            "<p class='date'>Erstellt von <a href='https://blog.example/author/fabian/'>Fabian</a>"
            " am Dienstag 6. Mai 2014</p><div class='entrytext'>" + _PROSE + "</div></div>"
            "</body></html>")
    record = parse_article(page, "https://blog.example/tutorials/podcasts/")
    assert record is not None and record.authors == ["Fabian"]


def test_updated_in_other_languages_ends_a_byline() -> None:
    assert clean_byline("Por Ana María Reina ana@example.com Actualizado 27/04/2022 00:00") == [
        "Ana María Reina"]
    assert clean_byline("di Mario Rossi Aggiornato 27/04/2022") == ["Mario Rossi"]


@pytest.mark.parametrize("line,names", [
    ("11.12.2019 - Jane Doe", ["Jane Doe"]),
    ("11.12.2019 - Breaking News", []),
    ("May 3, 2024 | Press Release", []),
    ("01.02.2020 - Sport Aktuell", []),
    ("01.02.2020 - Politik Redaktion", []),
    # the name first, then the date
    ("Sehernur Muster | 05.04.2025 - Güncelleme : 05.04.2025", ["Sehernur Muster"]),
    ("Jane Doe · 3. Mai 2024", ["Jane Doe"]),
    ("New York, May 3, 2024", []),
    ("NEW YORK | May 3, 2024", []),
    ("Breaking News | 05.04.2025", []),
])
def test_a_dateline_of_a_date_and_a_name_alone(line, names):
    """"Date - Name" or "Name | date" has no by-word to vouch for the name: a
    title-case label or a place is none."""
    assert authors.dated_name(line) == names


def test_a_dateline_name_holding_the_site_name_is_no_author() -> None:
    """"01.11.2023 - Handel Example Praxis": the section and the site's name after
    the date, no person."""
    page = ("<html><head><title>Neue Regeln im Handel</title>"
            "<meta property='og:site_name' content='Example Praxis'></head><body><article>"
            "<h1>Neue Regeln im Handel</h1><p>Mittwoch, 01. November 2023 - Handel Example Praxis</p>"
            + _PROSE + "</article></body></html>")
    record = parse_article(page, "https://example-praxis.de/handel/neue-regeln.html")
    assert record is not None and record.authors == []
    person = page.replace("Handel Example Praxis", "Amelie Muster")
    record = parse_article(person, "https://example-praxis.de/handel/neue-regeln.html")
    assert record is not None and record.authors == ["Amelie Muster"]


def test_an_author_in_a_teaser_card_link_is_not_the_story_author() -> None:
    """A list of other stories, each card one link holding its own byline."""
    cards = "".join(f"<li><a href='/story-{n}.html'><h4>Another story {n}</h4>"
                    f"<span class='item__author'>Card Writer{n}</span></a></li>" for n in range(3))
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + _PROSE * 2 + "</article><ul class='items'>" + cards + "</ul></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []
    own = page.replace("<ul class='items'>", "<p><a href='/author/ann-lee/'><span class='author'>Ann Lee</span>"
                       "</a></p><ul class='items'>")
    record = parse_article(own, "https://news.example/a/story")
    assert record is not None and record.authors == ["Ann Lee"]


@pytest.mark.parametrize("line,names", [
    ("Ein Kommentar von Jane Doe", ["Jane Doe"]),
    ("Ein Interview von Eugen Muster mit Sonja Beispiel.", ["Eugen Muster"]),
    ("A guest post by Ann Lee", ["Ann Lee"]),
    ("Blog Beitrag von Margarita Muster", ["Margarita Muster"]),
])
def test_a_credit_naming_the_kind_of_piece_is_a_byline(line, names):
    assert looks_like_byline(line)
    assert clean_byline(line) == names


def test_a_sentence_about_an_interview_is_no_byline() -> None:
    assert not looks_like_byline("Ein Interview von Anne Will mit dem Kanzler sorgte am Sonntag "
                                 "für viel Aufsehen in der Hauptstadt")


def test_a_kind_credit_in_the_lead_overrules_the_uploading_account() -> None:
    """The template prints no byline; the story's first lines credit the writer,
    the meta author names the account that posted it."""
    page = ("<html><head><title>Interview mit einer Autorin</title>"
            "<meta name='author' content='Paul Uploader'></head><body><article>"
            "<h1>Interview mit einer Autorin</h1><p><strong>„Es gibt mehr Leser als gedacht.“</strong></p>"
            "<p><em>Ein Interview von <strong>Eugen Muster</strong> mit <strong>Sonja Beispiel</strong>.</em></p>"
            + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://blog.example/interview-mit-einer-autorin/")
    assert record is not None and record.authors == ["Eugen Muster"]


def test_a_magazine_credits_block_gives_the_interviewer_not_the_photographer() -> None:
    """Credits under the story, each a label and a value: "Interview" names the
    writer, "Fotograf" the photographer; the block's "credits" class does not hide it."""
    credits = ("<section class='single-credits'><div class='credits'>"
               "<div class='credits-credit'><div class='credits-credit-label'>Interview</div>"
               "<div class='credits-credit-text'>SVEN MUSTER</div></div>"
               "<div class='credits-credit'><div class='credits-credit-label'>FOTOGRAF</div>"
               "<div class='credits-credit-text'>Paul Bildner</div></div></div></section>")
    page = ("<html><head><title>Ein Gespräch</title></head><body><div class='story'>"
            + _PROSE * 2 + "</div>" + credits + "</body></html>")
    record = parse_article(page, "https://magazine.example/story/ein-gespraech/")
    assert record is not None and record.authors == ["SVEN MUSTER"]
    photo_only = page.replace("Interview</div>", "Styling</div>")
    record = parse_article(photo_only, "https://magazine.example/story/ein-gespraech/")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("byline,names", [
    ("#Krótko o przepisach prawa w Nowej Zelandii i Polsce", []),
    ("#Kurz notiert: Regeln des Rechts zu Neuseeland und Polen", []),
    ("By Jane Doe and John Roe", ["Jane Doe", "John Roe"]),
])
def test_a_phrase_holding_a_joiner_is_no_list_of_names(byline, names):
    """An author-classed series title is split at its "i" / "und" like a list of
    names; its long first part is no name, so neither is the last word."""
    assert clean_byline(byline) == names


def test_a_german_gender_ending_after_a_slash_is_one_name() -> None:
    # not split at the slash into "Verifizierte" and "r Tierfreund"; and since s26 no name
    # at all: a kind of person in both genders (tests/test_authors_labels.py)
    assert clean_author_list(["Verifizierte/r Tierfreund"]) == []
    assert clean_byline("By Jane Doe/John Roe") == ["Jane Doe", "John Roe"]
    assert clean_byline("Reuters/AP") == ["Reuters", "AP"]


def test_news_in_other_languages_is_a_desk_not_a_name() -> None:
    """A meta author "Nachrichten" ("news") names the desk, as "News" would."""
    assert clean_author_list(["Nachrichten"]) == []
    assert clean_author_list(["Noticias"]) == []
    assert clean_byline("By Ilana Muster, RDN") == ["Ilana Muster"]


def _release(contact: str) -> str:
    return ("<html><head><title>Neue Zusammenarbeit</title></head><body><article>"
            "<h1>Neue Zusammenarbeit</h1>" + _PROSE * 2 + "<p>" + contact + "</p></article></body></html>")


@pytest.mark.parametrize("contact", [
    "Press contact: Jane Doe",
    "Contact presse : Jean Dupont",
    "Media contact: Jane Doe",
    "<strong>Pressekontakt</strong><br/>Dr. Jane Muster<br/>Pressesprecherin Example AG<br/>Tel.: 0211 123",
    "Interview: Angela Merkel",
])
def test_a_contact_or_interview_line_under_a_story_credits_nobody(contact):
    """A press officer is no author, and nothing tells a press release from a
    story with a contact line under it; "Interview: X" names the guest."""
    record = parse_article(_release(contact), "https://news.example/a/neue-zusammenarbeit")
    assert record is not None and record.authors == []


def test_an_interview_heading_over_a_name_credits_nobody() -> None:
    """"<h3>Interview</h3><p>Angela Merkel</p>" and "<h2>Interview: Angela Merkel</h2>"
    under the headline introduce the guest; only a credits block's "Interview"
    (beside "Text:", "Fotos:") names the writer."""
    heading = ("<html><head><title>Neue Zusammenarbeit</title></head><body><article>"
               "<h1>Neue Zusammenarbeit</h1>{top}" + _PROSE * 2 + "{bottom}</article></body></html>")
    url = "https://news.example/a/neue-zusammenarbeit"
    for top, bottom in (("", "<h3>Interview</h3><p>Angela Merkel</p>"),
                        ("<h2>Interview: Angela Merkel</h2>", ""),
                        ("<h2>Interview</h2><p>Angela Merkel</p>", "")):
        record = parse_article(heading.format(top=top, bottom=bottom), url)
        assert record is not None and record.authors == [], (top, bottom)
    credits = "<div class='credits'><p>Interview: Jane Muster</p><p>Fotos: Paul Bildner</p></div>"
    record = parse_article(heading.format(top="", bottom=credits), url)
    assert record is not None and record.authors == ["Jane Muster"]
    marked = "<p class='author'><a class='author-link' href='/suche?a=1'>Interview: Jane Muster</a></p>"
    record = parse_article(heading.format(top=marked, bottom=""), url)
    assert record is not None and record.authors == ["Jane Muster"]


def test_an_interview_heading_over_a_line_about_the_guest_credits_nobody() -> None:
    """"Interview" also heads the interview itself; the line after it is only a
    credit when it is a name as a whole."""
    page = ("<html><head><title>Ein Gespräch</title></head><body><div class='story'>"
            "<h2>Interview</h2><p>Jane Doe über ihr neues Buch</p>" + _PROSE * 2 + "</div></body></html>")
    record = parse_article(page, "https://magazine.example/story/ein-gespraech/")
    assert record is not None and record.authors == []


def test_links_to_an_author_index_in_the_plural_are_author_marks() -> None:
    """"/autoren/jane-doe", "/authors/jane-doe": an author's page under the plural
    index, as "/author/jane-doe" is; co-authors linked side by side are all read."""
    links = ("<span><a href='https://mag.example/ueber-uns/autoren/Clara-Muster'>Clara Muster</a>, "
             "<a href='https://mag.example/ueber-uns/autoren/Klaus-Beispiel'>Klaus Beispiel</a></span>")
    page = ("<html><head><title>Warum es ein Gesetz braucht</title><meta name='author' content='Mag'>"
            "<meta property='og:site_name' content='Mag'></head><body><article>"
            "<h1>Warum es ein Gesetz braucht</h1>" + links + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://mag.example/warum-es-ein-gesetz-braucht-45273")
    assert record is not None and record.authors == ["Clara Muster", "Klaus Beispiel"]


def test_a_meta_author_printing_the_sites_domain_yields_to_the_labelled_writer() -> None:
    """"Example Welle (www.example.com)" is the publisher crediting itself; the
    fact box under the story names the writer ("Autorin/Autor")."""
    facts = ("<ul class='smallList'><li><strong>Datum</strong> 28.04.2023</li>"
             "<li><strong>Autorin/Autor</strong> Roman Muster</li></ul>")
    page = ("<html><head><title>Ziele, Chancen, Risiken</title>"
            "<meta name='author' content='Example Welle (www.example.com)'></head><body><article>"
            "<h1>Ziele, Chancen, Risiken</h1>" + _PROSE * 2 + "</article>" + facts + "</body></html>")
    record = parse_article(page, "https://www.example.com/de/ziele-chancen-risiken/a-123")
    assert record is not None and record.authors == ["Roman Muster"]
    no_box = page.replace(facts, "")
    record = parse_article(no_box, "https://www.example.com/de/ziele-chancen-risiken/a-123")
    assert record is not None and record.authors == ["Example Welle"]
    record = parse_article(no_box, "")  # no URL, so no host: the value stands
    assert record is not None and record.authors == ["Example Welle"]


def test_a_link_to_the_author_index_itself_credits_nobody() -> None:
    """"<a href=/autoren/>Unsere Autoren</a>" lists everyone; only a link to one
    author's page ("/autoren/jane-doe") is an author mark."""
    page = ("<html><head><title>A story of note</title></head><body><div class='top'>"
            "<a href='/autoren/'>Unsere Autoren</a></div><article><h1>A story of note</h1>"
            + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("line", [
    "<p>Los Angeles | May 3, 2024</p>",
    "<p class='dateline'>New York · 3 May 2024</p>",
    "<p>Lokales Stuttgart | 05.04.2025</p>",
    "<p>Wirtschaft Baden-Württemberg · 3. Mai 2024</p>",
    "<p>Paris Match | 05.04.2025</p>",
    "<p>Jane Doe | 05.04.2025</p>",
])
def test_a_name_before_a_date_with_no_byline_credits_nobody_unless_named_elsewhere(line):
    """"Name | date" under the headline, with no by-word and no author class: a
    place or a section prints so too. Printed in one text with the date, the
    name counts when the page names the same person elsewhere (an author link,
    a meta author) or when it opens with a known given name that is no city's
    name ("Jane Doe", not "Paris Match"); in an element of its own, see below."""
    page = ("<html><head><title>A story of note</title>{meta}</head><body><article>"
            "<h1>A story of note</h1>" + line + _PROSE * 2 + "{box}</article></body></html>")
    url = "https://news.example/a/story"
    record = parse_article(page.format(meta="", box=""), url)
    assert record is not None and record.authors == (["Jane Doe"] if "Jane Doe" in line else [])
    if "Jane Doe" in line:
        box = "<div class='about'><a href='/author/jane-doe/'>Jane Doe</a></div>"
        record = parse_article(page.format(meta="", box=box), url)
        assert record is not None and record.authors == ["Jane Doe"]
        classed = page.replace("<p>Jane", "<p class='byline'>Jane")
        record = parse_article(classed.format(meta="", box=""), url)
        assert record is not None and record.authors == ["Jane Doe"]


def test_a_name_before_a_date_does_not_overrule_a_microdata_author() -> None:
    page = ("<html><head><title>A story of note</title></head><body><article itemscope "
            "itemtype='https://schema.org/NewsArticle'><h1>A story of note</h1>"
            "<p>Los Angeles | May 3, 2024</p>" + _PROSE * 2
            + "<span itemprop='author'>Ann Lee</span></article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Ann Lee"]


def test_a_meta_author_printing_another_domain_that_ends_like_the_host_stands() -> None:
    """"(microsoft.com)" holds "ft.com" as letters, not as the domain: the meta
    author is no publisher self-credit of ft.com, and a masthead's author link
    outside the story does not replace it."""
    page = ("<html><head><title>A story of note</title>"
            "<meta name='author' content='Jane Doe (microsoft.com)'></head><body>"
            "<header><a href='/author/john-roe/'>John Roe</a></header><article><h1>A story of note</h1>"
            + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://www.ft.com/content/a-story")
    assert record is not None and record.authors == ["Jane Doe"]


def test_an_author_box_below_the_posts_does_not_overrule_the_meta_author_on_a_page_without_headline() -> None:
    """No headline found, no <article>: an author mark below the post's text (an
    author box beside the posts) names the blog's owner, not this post's writer;
    one above the text (the post's own "Erstellt von") does overrule."""
    page = ("<html><head><title>Blog der Fehlfunktionen</title>"
            "<meta name='author' content='Jane Muster'></head><body>"
            "<div class='post'><h2><a href='/podcasts/'>Podcasts einbinden im Medienserver</a></h2>"
            "<div class='entrytext'>" + _PROSE * 2 + "</div></div>"
            "<div class='col-right'><div class='about'><span class='author'>John Roe</span></div></div>"
            "</body></html>")
    record = parse_article(page, "https://blog.example/tutorials/podcasts/")
    assert record is not None and record.authors == ["Jane Muster"]


@pytest.mark.parametrize("lines", [
    "<p>Los Angeles | May 3, 2024</p><p>By Jane Doe</p>",
    "<p>3 May 2024 - New York</p><p>By Jane Doe</p>",
])
def test_a_byline_after_a_bare_dateline_name_is_still_read(lines):
    """A dateline's name with no by-word is the weakest credit: the header scan
    goes on to the "By" line under it, which wins."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + lines + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("byline,names", [
    # a header byline read as one line runs on into the date's label
    ("<p class='meta'><span>Von <b>Jane Doe</b></span> <time datetime='2024-05-03'>Vom 3. Mai 2024"
     "</time></p>", ["Jane Doe"]),
    ("<p class='meta'>By <a href='/people/jane-doe'>Jane Doe</a> <span>Last updated May 3, 2024</span></p>",
     ["Jane Doe"]),
    # an author box: the name's link, then the writer's job in its own element
    ("<div class='c-author'><span>Von <a href='/people/jane-doe'>Jane Doe</a></span>"
     "<div>Leitender Wirtschaftsredakteur</div></div>", ["Jane Doe"]),
    # two names, then a place line: the place is no third name
    ("<p>Von <a href='https://jane.example'>Jane Doe</a> und <a href='https://john.example'>John Roe</a>"
     "<br>Kakuma / Kenia</p>", ["Jane Doe", "John Roe"]),
    # markup inside a name leaves it whole
    ("<p class='byline'>By <b>Jane</b> Doe Smith</p>", ["Jane Doe Smith"]),
])
def test_a_name_ends_where_its_element_ends(byline, names):
    """A byline box read as one text runs on into the next element's words
    ("Jane Doe Vom", "Jane Doe Last", "Jane Doe Leitender"): the name ends with
    the text node it is printed in, and what is read after it goes."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + byline + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("layout", ["site__main site__main--no-sidebar", "content-sidebar-wrap", "has-sidebar"])
def test_a_layout_class_naming_the_sidebar_column_is_no_sidebar(layout):
    """"no-sidebar", "has-sidebar", "content-sidebar-wrap" name the page's
    columns on the wrapper that holds the story itself: the author link inside
    it is the story's, not a sidebar's."""
    page = ("<html><head><title>A story of note</title></head><body><div class='" + layout + "'>"
            "<h1>A story of note</h1>" + _PROSE * 2 + "<div class='author-block'><a href='/autoren/jane-doe'>"
            "<div class='author-block__name'>Jane Doe</div></a></div>"
            "</div><div class='sidebar'><a href='/autoren/john-roe'>John Roe</a></div>"
            "</body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("wrapper", ["<div class='widget Blog'>", "<form id='aspnetForm' action='/a'>"])
def test_a_box_holding_the_headline_is_the_story_whatever_its_class(wrapper):
    """Blogger sets its posts in a "widget Blog" box, ASP.NET pages in one big
    <form>: the box that holds the headline holds the story, and the
    "Posted by" author link under the post is its author's."""
    end = "</form>" if wrapper.startswith("<form") else "</div>"
    page = ("<html><head><title>A story of note</title></head><body>" + wrapper
            + "<div class='post'><h1>A story of note</h1>" + _PROSE * 2
            + "<div class='post-footer'><span class='post-author vcard'>Posted by <span class='fn'>"
            "<a rel='author' href='https://www.blogger.com/profile/0358'>Jane Doe</a></span></span></div>"
            "</div>" + end + "</body></html>")
    record = parse_article(page, "https://blog.example/2019/10/a-story-of-note.html")
    assert record is not None and record.authors == ["Jane Doe"]


def test_a_name_before_a_date_is_a_person_when_a_sidebar_links_their_author_page() -> None:
    """"Jane Doe | 06.11.23" with no by-word: the sidebar's "About <a
    href=/author/jane-doe>Jane Doe</a>" tells the name is a person's."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            "<div class='article--date'>Jane Doe | 06.11.23</div>" + _PROSE * 2 + "</article>"
            "<aside class='sidebar-right'><div>Über <a href='/author/jane-doe'>Jane Doe</a></div></aside>"
            "</body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


def test_a_byline_row_holding_the_categories_names_nobody() -> None:
    """A theme's "byline" row prints the post's categories and date; the author
    box under the story names the writer."""
    page = ("<html><head><title>A story of note</title></head><body><div class='hero'><h1>A story of note</h1>"
            "<div class='byline'><span class='byline-part cats'>Wein &amp; Geschmack</span> · "
            "<span class='byline-part date'>14. Oktober 2021</span></div></div><article>" + _PROSE * 2
            + "<div class='about-box'><a class='vcard author' href='/author/jane-doe/'>Jane Doe</a></div>"
            "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


def test_a_profile_link_label_leaves_no_lead_word_as_a_name() -> None:
    """"Jane Doe Zum Profil": the label of the link to the author's profile goes,
    its lead word ("Zum") with it."""
    assert clean_byline("Jane Doe Zum Profil") == ["Jane Doe"]


@pytest.mark.parametrize("line", ["Rezept von Zum Profil von jane_doe jane_doe", "Zum Autorenprofil von jane_doe",
                                  "View profile of jane_doe"])
def test_a_profile_links_label_before_the_name_goes(line):
    """A profile link's screen-reader label or title printed before the name it
    links ("Rezept von <span class=sr-only>Zum Profil von</span> jane_doe"): the
    name after it is the credit."""
    assert clean_byline(line) == ["jane_doe"]


def test_the_sites_brand_opening_a_studio_credit_beside_the_writer_goes() -> None:
    """"von Jane Doe, MDR THÜRINGEN" on mdr.de: the broadcaster's regional studio
    is the publisher, not a second author; alone it stays the credit."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            "<p class='author'>von <a href='mailto:jane.doe@mdr.de'>Jane Doe, MDR THÜRINGEN</a></p>"
            + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://www.mdr.de/nachrichten/a-story-100.html")
    assert record is not None and record.authors == ["Jane Doe"]
    record = parse_article(page, "https://news.example/a-story-100.html")
    assert record is not None and record.authors == ["Jane Doe", "MDR THÜRINGEN"]


@pytest.mark.parametrize("line", [
    "Eingestellt von Jane Doe um 10:14",  # Blogger's German byline
    "Veröffentlicht von Jane Doe",
    "Gepostet von Jane Doe",
    "Reporting by Jane Doe",
    "Autor/in: Jane Doe",
    "Autor*in: Jane Doe",
    "Text und Fotos: Jane Doe",
    "Text & Fotos: Jane Doe",
    "Texto: Jane Doe",
])
def test_more_byline_openings_and_labels_are_read(line):
    """Default bylines of blog engines and themes in German ("Eingestellt von",
    "Veröffentlicht von"), the wire services' "Reporting by", the German gender
    forms of "Autor" and a joint text-and-photos credit name the writer."""
    assert clean_byline(line) == ["Jane Doe"]
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            "<p>" + line + "</p>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("mark", [
    "<p class='autor'>Jane Doe</p>",
    "<span class='autorin-name'>Jane Doe</span>",
    "<div class='auteur'>Jane Doe</div>",
    "<span class='verfasser'>Jane Doe</span>",
    "<a href='/writers/jane-doe'>Jane Doe</a>",
    "<a href='/contributors/jane-doe/'>Jane Doe</a>",
    "<a href='/by/jane-doe'>Jane Doe</a>",
    "<a href='https://blog.example/?author=12'>Jane Doe</a>",
])
def test_author_marks_in_other_languages_and_link_forms_under_the_story(mark):
    """Under the story, where the header scan does not read: the German and
    French author classes ("autor", "auteur", "verfasser") and the links to one
    writer's page ("/writers/x", "/contributors/x", "/by/x", WordPress's plain
    "?author=12") are author marks like "author" and "/author/x"."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + _PROSE * 2 + mark + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


def test_a_link_to_a_section_for_journalists_is_no_author_mark() -> None:
    """"/journalisten/termine": a press service's section for journalists."""
    page = ("<html><head><title>A story of note</title></head><body><nav class='menu'></nav><article>"
            "<h1>A story of note</h1>" + _PROSE * 2
            + "<p><a href='/journalisten/termine'>Termine</a></p></article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


def test_a_desk_and_agencies_credit_in_german_names_no_person() -> None:
    """"red" (the desk, "Redaktion" as German-language sites abbreviate it) and
    "Agenturen" (the agencies) are no names: "red, Example.at/Agenturen" leaves
    the site's own credit, the last resort."""
    assert clean_byline("red, Example.at/Agenturen") == ["Example.at"]
    assert clean_byline("Jane Doe, red") == ["Jane Doe"]
    assert clean_byline("Von Red Smith") == ["Red Smith"]


@pytest.mark.parametrize("byline,names", [
    ("<p class='meta'>Von <a href='/autor/jane-doe/'>Jane Doe</a>, Zürich</p>", ["Jane Doe"]),
    ("<p class='meta'>Von <a href='/autor/jane-doe/'>Jane Doe</a>, dpa</p>", ["Jane Doe", "dpa"]),
    ("<p class='meta'>Von <a href='/autor/jane-doe/'>Jane Doe</a>, Reuters</p>", ["Jane Doe", "Reuters"]),
    # printed in one text, the seat after a German byline's last comma goes too
    # (Sweida, Syria), the agency stays
    ("<p class='meta'>Von Jane Doe, Sweidah</p>", ["Jane Doe"]),
    ("<p class='meta'>Von Jane Doe, Reuters</p>", ["Jane Doe", "Reuters"]),
])
def test_an_unlinked_place_after_the_linked_writers_is_no_author(byline, names):
    """"Von <a>Jane Doe</a>, Zürich": the writer is linked to their page, the
    one title-case word after the link is where the story was written; an
    agency ("dpa", "Reuters") stays a credit."""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + byline + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_an_author_box_listing_each_writer_with_a_job_gives_the_names() -> None:
    """An author box lists each writer in a name element, with the job beside it
    and a screen reader's label inside it ("– Journalist i Paris"): the names,
    not the jobs or the place in them."""
    def writer(name: str, job: str) -> str:
        return ("<div class='author'><div class='author__body'><a class='author__name' href='mailto:x@example.no'>"
                + name + "<span class='sr-only'><span> – " + job + "</span></span></a>"
                "<span class='author__role'>" + job + "</span></div></div>")
    box = "<div class='authors'>" + writer("Jane Doe", "Journalist") + writer("John Roe", "Journalist i Paris") + "</div>"
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + box + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe", "John Roe"]


def test_a_job_printed_in_its_own_element_after_a_one_word_credit_goes() -> None:
    """"<a>SID</a><span class=author-function>Nachrichtenagentur</span>": the
    agency's credit, its job printed beside it; a desk word in the same text
    as the credit ("BR24 Redaktion") stays."""
    box = ("<div class='story-authors'><div><a href='/autoren/74149726-sid/'>SID</a></div>"
           "<span class='author-function'>Nachrichtenagentur</span></div>")
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + box + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["SID"]
    assert clean_byline("BR24 Redaktion") == ["BR24 Redaktion"]


@pytest.mark.parametrize("quote", [
    "<div class='blockquote'><blockquote>We will not accept this.</blockquote>"
    "<p class='blockquote__author'><span>John Roe</span><span>, Präsident</span></p></div>",
    "<figure class='pullquote'><p>We will not accept this.</p><cite class='quote-author'>John Roe</cite></figure>",
])
def test_a_quote_boxs_attribution_is_no_byline(quote):
    """The person a quote box quotes ("blockquote__author") is no author, however
    "author" the class: the writer's link elsewhere in the header is."""
    page = ("<html><head><title>A story of note</title></head><body><article>"
            "<div class='post__author'><a class='post__author__link' href='/author/jdoe/'>"
            "<img class='avatar' src='a.jpg'></a></div><h1>A story of note</h1>" + quote + _PROSE * 2
            + "<div class='about'><a href='/author/jdoe/'>Jane Doe</a></div></article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


def test_an_author_links_monogram_is_read_from_its_title() -> None:
    """An avatar shows the writer's initials ("JD") on the link to their page,
    whose title names them: the name; initials the title does not spell out
    (an agency's "AFP") stay as printed."""
    def page(link: str) -> str:
        return ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
                "<div class='avatar-group'>" + link + "</div>" + _PROSE * 2 + "</article></body></html>")
    monogram = ("<a class='avatar--initials' href='/author/jane-doe-11' title='Jane Doe, Professor of Law, "
                "Example University'><span>JD</span></a>")
    record = parse_article(page(monogram), "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]
    agency = "<a href='/author/afp' title='Agence France-Presse'><span>AFP</span></a>"
    record = parse_article(page(agency), "https://news.example/a/story")
    assert record is not None and record.authors == ["AFP"]


def test_a_run_of_cjk_words_is_no_name() -> None:
    """A Chinese, Japanese or Korean name has one space at most: a label, a
    name, a desk and a button read together are no name."""
    assert clean_byline("この記事を書いた人 渡辺洋介 東京社会部 フォロー 専門・関心分野 戦争、平和、核問題") == []
    assert clean_name("渡辺 洋介", strict=True) == "渡辺 洋介"
    assert clean_byline("作者：王敬照") == ["王敬照"]


def _story(body: str) -> str:
    return ("<html><head><title>A story of note</title></head><body><main><article><h1>A story of note</h1>"
            + body + _PROSE * 2 + "</article></main></body></html>")


@pytest.mark.parametrize("byline,names", [
    ("<p class='byline'>By <span class='author vcard'><span class='given-name'>Mary Ann</span> "
     "<span class='family-name'>Smith</span></span></p>", ["Mary Ann Smith"]),
    ("<div class='byline'>By <a href='/author/mlk'>Martin Luther King</a> Jr.</div>", ["Martin Luther King Jr."]),
    ("<div class='author'><span class='first-name'>Jean Paul</span> <span class='last-name'>Gaultier</span></div>",
     ["Jean Paul Gaultier"]),
    ("<p class='byline'>By <b>Mary Ann</b> <b>Smith</b></p>", ["Mary Ann Smith"]),
    # a link to the writer's page holds the whole name; an agency is no last name
    ("<p class='byline'>By <a href='/author/jd'>Jane Doe</a> <span>Berlin</span></p>", ["Jane Doe"]),
    ("<p class='byline'>By <span>Jane Doe</span> <span>Reuters</span></p>", ["Jane Doe"]),
])
def test_a_name_printed_in_parts_stays_whole(byline, names):
    """A name whose parts sit in their own elements (hCard's "given-name" and
    "family-name", a suffix after the linked name, a last name alone in the next
    element) is one name: only a next line that is no name part ends it."""
    record = parse_article(_story(byline), "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_byline_rows_tag_chip_is_left_out_not_the_byline() -> None:
    """"<span class=tag>Opinion</span> By Jane Doe · 3 min read": the row is read
    without its tag chip, and the writer stays."""
    row = "<div class='byline'><span class='tag'>Opinion</span> By Jane Doe · 3 min read</div>"
    record = parse_article(_story(row), "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]
    mark = "<div class='post-author'><span class='category'>Opinion</span> Jane Doe</div>"
    record = parse_article(_story("<p>Intro.</p>") .replace("</article>", mark + "</article>"),
                           "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("box", ["sidebar-wrapper", "primary-sidebar-wrap"])
def test_a_sidebar_wrapper_is_a_sidebar(box):
    """A "sidebar-wrapper" box beside the story is the sidebar: the writer of
    a story it lists is no author of this one."""
    page = ("<html><head><title>A story of note</title></head><body><main><article><h1>A story of note</h1>"
            + _PROSE * 2 + "</article><div class='" + box + "'><div class='box'><h3>Latest</h3><ul><li>"
            "<a href='/p'>Another story</a> <span class='author'>John Roe</span></li></ul></div></div>"
            "</main></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


def test_a_font_size_tool_labelled_texto_names_nobody() -> None:
    """"Texto" alone labels a Spanish page's font-size buttons ("Ampliar
    Letra"); with its colon it credits the writer."""
    tools = "<div class='tools'><span>Texto</span> <a href='#'>Ampliar Letra</a> <a href='#'>Reducir Letra</a></div>"
    record = parse_article(_story(tools), "https://news.example/a/story")
    assert record is not None and record.authors == []
    credit = "<div class='credits'><span>Texto:</span> <a href='/jane'>Jane Doe</a></div>"
    record = parse_article(_story(credit), "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("line,names", [
    ("Veröffentlicht von Rowohlt Verlag, Hamburg", []),
    ("Veröffentlicht von admin", []),
    ("Eingestellt von Jane Doe, Example Verlag GmbH", ["Jane Doe"]),
    ("Veröffentlicht von Jane Doe", ["Jane Doe"]),
])
def test_a_posting_lines_account_or_publishing_house_is_no_writer(line, names):
    """A blog engine's posting line ("Veröffentlicht von", "Eingestellt von")
    names the account that posted: the default "admin" account or a publishing
    house (with its seat after it) is no writer."""
    assert clean_byline(line) == names
    record = parse_article(_story("<div class='meta'>" + line + "</div>"), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("line,url,names", [
    ("By JOE HARRINGTON and JANE DOE", "https://www.joe.ie/news/harbour", ["JOE HARRINGTON", "JANE DOE"]),
    ("By Joe Harrington and Jane Doe", "https://www.joe.ie/news/harbour", ["Joe Harrington", "Jane Doe"]),
    ("By Ted Smith and Jane Doe", "https://www.ted.com/talks/harbour", ["Ted Smith", "Jane Doe"]),
    ("Von Jane Doe, MDR THÜRINGEN", "https://www.mdr.de/nachrichten/harbour", ["Jane Doe"]),
])
def test_a_writer_whose_first_name_is_the_sites_brand_stays(line, url, names):
    """"Joe Harrington" on joe.ie is a writer: only the brand printed in
    capitals beside names that are not ("Jane Doe, MDR THÜRINGEN") is the
    broadcaster's studio credit; in a byline printing every name in capitals
    the case tells nothing."""
    record = parse_article(_story("<p class='byline'>" + line + "</p>"), url)
    assert record is not None and record.authors == names


@pytest.mark.parametrize("link", [
    "Licensed under a <a rel='license' href='https://creativecommons.org/licenses/by/3.0/'>Creative Commons "
    "License</a>",
    "<a href='/browse/by/region'>North America</a>",
    "<a href='/products/by/brand-acme'>Acme Tools</a>",
    "<a href='/contributors/guidelines'>Contributor Guidelines</a>",
])
def test_a_licence_or_browse_by_link_is_no_author_page(link):
    """A "/by/" link under the story is a licence ("/licenses/by/3.0/") or a
    browse list ("/browse/by/region") as often as a writer's page, and a
    contributors' guidelines page is no contributor: none names the writer. A
    "/by/jane-doe" link in the byline and a contributor's page still do."""
    page = _story("").replace("</article>", "</article><div class='bar'>" + link + "</div>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []
    for credit in ("<div class='byline'>By <a href='/by/jane-doe'>Jane Doe</a></div>",
                   "<div class='bar'><a href='/contributors/jane-doe'>Jane Doe</a></div>"):
        record = parse_article(_story(credit), "https://news.example/a/story")
        assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("byline,names", [
    ("<div class='byline'>By <span>Amy</span> <span>Head</span></div>", ["Amy Head"]),
    ("<div class='autor'>Von <span>Natalie</span> <span>Leiter</span></div>", ["Natalie Leiter"]),
    ("<div class='byline'>By <span class='fn'>Tom</span> <span class='ln'>Senior</span></div>", ["Tom Senior"]),
    ("<div class='autor'>Von <span>Lena</span> <span>Freier</span></div>", ["Lena Freier"]),
    ("<div class='byline'>By <a href='/author/amy-host'><span>Amy</span> <span>Host</span></a></div>", ["Amy Host"]),
    ("<div class='story-authors'><a href='/autoren/1-sid/'>SID</a> <span>Nachrichtenagentur</span></div>", ["SID"]),
    ("<div class='story-authors'><a href='/autoren/2-kna/'>Kna</a> "
     "<span class='author-function'>Nachrichtenagentur</span></div>", ["Kna"]),
])
def test_a_surname_that_is_a_role_word_stays(byline, names):
    """A given name and a surname printed in their own elements stay whole when
    the surname is also a job word ("Amy Head", "Natalie Leiter"): only an
    agency's code ("SID") or a credit whose next element is marked as a job
    loses the job printed after it."""
    record = parse_article(_story(byline), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("place", ["Santiago, Chile", "<span>Santiago · Chile</span>", "Paris, France",
                                   "Wellington New Zealand", "San José Costa Rica"])
def test_a_place_beside_a_byline_rows_tag_chip_is_no_writer(place):
    """A plain name beside a byline row's chip is its writer ("Opinion · Jane
    Doe"), but a city printed with its country is where the story was written."""
    row = f"<div class='byline'><span class='tags'><a href='/t/x'>World</a></span> {place}</div>"
    record = parse_article(_story(row), "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("row,names", [
    ("<div class='byline'><span class='tags'><a href='/t/x'>Energy</a></span> New Mexico</div>", []),
    ("<div class='byline'><span class='tags'><a href='/t/x'>Energy</a></span> By Jane Doe</div>", ["Jane Doe"]),
    ("<div class='byline'><span class='tags'><a href='/t/x'>Energy</a></span> "
     "<a href='/author/jane-doe'>Jane Doe</a></div>", ["Jane Doe"]),
])
def test_a_byline_rows_rest_after_its_tag_chip_needs_a_credit(row, names):
    """A byline row read without its tag chip credits somebody only with a
    by-word or an author's own mark left: "Energy · New Mexico" is a series
    and a place."""
    record = parse_article(_story(row), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("line", [
    "山田 太郎 佐藤 花子",
    "文字 王小明 图片 李华",
    "王小明 李华 摄影",
    "北京 上海 王小明",
])
def test_a_run_of_han_words_is_not_split_into_writers(line):
    """Han words with spaces are not each a writer: two Japanese names printed
    surname and given name apart, role words ("文字", "图片", "摄影") and places
    ("北京") among them would each come out as an author; none is better."""
    assert clean_byline(line) == []


@pytest.mark.parametrize("line,names", [
    ("作者：王小明 李华 张伟", ["王小明", "李华", "张伟"]),
    ("作者: 陳大文 黃小明", ["陳大文", "黃小明"]),
    ("作者：山田 太郎 佐藤 花子", []),
    ("作者：文字 王小明 图片 李华", []),
    ("作者：王小明 李华 摄影", []),
    ("作者：北京 上海 王小明", []),
    ("作者：田中 太郎", ["田中 太郎"]),
    ("作者：王敬照", ["王敬照"]),
    ("记者 王小明 李华", ["王小明", "李华"]),
    ("記者 陳大文、黃小明 報導", ["陳大文", "黃小明"]),
    ("记者 王小明 报道", ["王小明"]),
    ("作者：王小明、李华", ["王小明", "李华"]),
    ("文/王小明 李华", ["王小明", "李华"]),
    ("本报记者 王小明 李华 张伟", ["王小明", "李华", "张伟"]),
    ("文/本报记者 王小明", ["王小明"]),
    ("文／本报记者 王小明 李华", ["王小明", "李华"]),
    ("本报特约记者 王小明", ["王小明"]),
    ("文/记者 王小明", ["王小明"]),
])
def test_chinese_names_after_the_author_label_are_each_a_writer(line, names):
    """After "作者：" (or "记者", "文/") a run of two- or three-character words,
    apart by spaces or "、", each opening with a common Chinese surname, lists
    the writers ("报道", reports, after them is no name); a role word, a place or a
    Japanese given name among them makes it no list (and two Japanese words
    stay one name, as before)."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("line", ["记者了解到", "记者获悉", "记者看到", "记者采访", "记者从",
                                  "记者日前获悉", "记者近日从", "记者昨天看到"])
def test_a_reporters_act_after_the_label_is_no_name(line):
    """"记者了解到" (the reporter learned) opens a sentence of the story: its
    verb is no writer's name."""
    assert clean_byline(line) == []


def test_chinese_names_after_the_author_label_on_a_page() -> None:
    page = ("<html lang='zh'><head><title>新法律公布</title></head><body><article><h1>新法律公布</h1>"
            "<div class='author'>作者：王小明 李华 张伟</div>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["王小明", "李华", "张伟"]


@pytest.mark.parametrize("line,url,names", [
    ("By Jane Doe, Max News", "https://max.com/news/harbour", ["Jane Doe"]),
    ("By Jane Doe and Max Online", "https://www.max.com/news/harbour", ["Jane Doe"]),
    ("By Jane Doe and Joe Harrington", "https://www.joe.ie/news/harbour", ["Jane Doe", "Joe Harrington"]),
])
def test_the_sites_brand_with_a_desk_word_is_no_writer(line, url, names):
    """"Max News" on max.com is the site's desk credit beside the writer, in
    title case too; "Joe Harrington" on joe.ie, a surname after the brand, is a
    writer."""
    record = parse_article(_story("<p class='byline'>" + line + "</p>"), url)
    assert record is not None and record.authors == names


_REVIEW_PROSE = ("<p>The council approved the budget plan after a long debate on Tuesday evening, with members "
                 "arguing over road repairs, school funding and the cost of the new library that opens next "
                 "spring in the old market hall.</p>")


@pytest.mark.parametrize("row,names", [
    ("<a class='category' href='/opinion/'>Opinion</a> <span>Jane Doe</span>", ["Jane Doe"]),
    ("<span class='tag'>Opinion</span> Jane Doe", ["Jane Doe"]),
    ("<span class='tags'><a href='/t/x'>Energy</a></span> New Mexico", []),
    ("<span class='tags'><a href='/t/x'>Energy</a></span> By Jane Doe", ["Jane Doe"]),
])
def test_a_byline_rows_plain_name_beside_its_category_chip_is_the_writer(row, names):
    """In a row classed "byline" the name left beside the category chip is the
    writer, unmarked; a place left there ("New Mexico") is not."""
    page = ("<html><head><title>Budget plan passes council vote</title></head><body><article>"
            "<h1>Budget plan passes council vote</h1><div class='byline'>" + row + "</div>"
            + _REVIEW_PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://example.com/news/budget-plan")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("href,names", [
    ("https://shop.example/by/acme-tools", []),
    ("https://other.example/by/jane-doe", []),
    ("http://[bad/by/jane-doe", []),
    ("https://news.example/by/jane-doe", ["Jane Doe"]),
    ("https://www.news.example/by/jane-doe", ["Jane Doe"]),
    ("/by/jane-doe", ["Jane Doe"]),
])
def test_a_by_link_names_a_writer_only_on_this_site(href, names):
    """"/by/" is no author word of its own: on another host it is whatever that
    site sorts by (a shop's brand); a "/by/jane-doe" link names a writer only as
    a path or a full address on the page's own host."""
    name = "Acme Tools" if "acme" in href else "Jane Doe"
    record = parse_article(_story(f"<div class='bar'><a href='{href}'>{name}</a></div>"),
                           "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("credit,names", [
    ("<h5 class='wp-block-authorline'>Von Jane Doe</h5>", ["Jane Doe"]),
    ("<div class='card'><button class='author-button'><p class='author-name'>By Jane Doe</p></button></div>",
     ["Jane Doe"]),
    ("<div class='card'><button class='follow'><span class='author'>Jane Doe</span></button></div>", []),
    ("<div class='x'><a href='/av/jane-doe' aria-label='Se alla artiklar av Jane Doe'><p>Jane Doe</p>"
     "<svg><title>chevron-right</title></svg></a></div>", ["Jane Doe"]),
    ("<div class='x'><a href='/people/jane-doe' title='Posts by Jane Doe'>Jane Doe</a></div>", ["Jane Doe"]),
    ("<div class='x'><a href='/people/john-roe' title='Posts by John Roe'>Read more</a></div>", []),
])
def test_more_ways_a_page_marks_its_writer(credit, names):
    """An "authorline" class is a byline's; a byline ("By Jane Doe") inside the
    <button> that opens the writer's card is still one, a name alone in a
    button is not; a link labelled as one writer's list ("Posts by X", "Se alla
    artiklar av X") names X when its text shows X. (Printed under the text, where
    only the page's author marks are read.)"""
    page = _story("").replace("</article>", credit + "</article>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_date_after_vom_ends_the_name() -> None:
    """German themes print "Von Jane Doe Vom 3. Februar 2022" (by ..., of the
    date): the capitalised "Vom" opens the date, it is no part of the name."""
    assert clean_byline("Von Jule Radeck Vom 3. Februar 2022 0") == ["Jule Radeck"]
    assert clean_byline("Von Lisa Vomhof, 3. Mai 2022") == ["Lisa Vomhof"]


_TEASER = ("<article class='card'><a href='/other/story-42'>Another story that the site wants you to read next</a>"
           "<div class='card__byline'>von <a href='/autor/petra-roe'>Petra Roe</a></div></article>")


@pytest.mark.parametrize("where", ["in the text", "beside the story"])
def test_a_teaser_articles_byline_is_not_the_storys(where):
    """A teaser <article> (a card in the text, a list beside the story) credits
    its own story's writer: its byline is not this story's."""
    page = _story("")
    if where == "in the text":
        page = page.replace("</article>", _TEASER + "</article>")
    else:
        page = page.replace("</main>", "</main><div class='more'>" + _TEASER + "</div>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("page", [
    ("<html><head><title>Plum cake</title></head><body><main>"
     "<article class='recipe-header'><h1>Plum cake</h1></article>"
     "<article class='recipe-steps'><div class='recipe-author'>Rezept von "
     "<a href='/user/jane-doe'>Jane Doe</a></div>" + _PROSE * 2 + "</article></main></body></html>"),
    ("<html><head><title>Plum cake</title></head><body><main><article><h1>Plum cake</h1>"
     "<article class='story-body'><div class='byline'>By <a href='/author/jane-doe'>Jane Doe</a></div>"
     + _PROSE * 2 + "</article></article></main></body></html>"),
])
def test_an_author_box_in_the_pages_own_article_boxes_counts(page):
    """A page cut into <article> boxes (a recipe's header, ingredients and
    steps, a story body nested in the headline's) keeps the writer marked in a
    box beside or inside the headline's."""
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("line,names", [
    ("作者简介", []), ("记者节", []), ("作者认为", []), ("记者会上", []),
    ("记者张三", ["张三"]), ("记者 张三 报道", ["张三"]), ("记者：郗小明", ["郗小明"]),
])
def test_a_chinese_label_without_a_colon_needs_a_surname_after_it(line, names):
    """"作者" / "记者" with no colon credit the name after them only when it opens
    with a common surname: "作者简介" (author bio), "记者节" (Journalists' Day)
    and "作者认为" (the author believes) are no names; with a colon any name is."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("line,names", [
    ("By Jane Doe, Chile", ["Jane Doe"]),
    ("By Jane Doe, New Zealand", ["Jane Doe"]),
    ("By Jane Doe and Michael Jordan", ["Jane Doe", "Michael Jordan"]),
])
def test_a_country_after_the_writers_is_a_dateline(line, names):
    """A country printed after the writers names where the story was written;
    a person whose surname is a country's name stays."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("box,names", [
    ("<div class='box'><h3>Über die Autorin</h3><p><strong>Jane Doe</strong> ist Journalistin in Berlin.</p></div>",
     ["Jane Doe"]),
    ("<p><u><em>Über die Autorin:</em></u></p><p><em>Jane Doe (37) ist Pitch Coach und Moderatorin.</em></p>",
     ["Jane Doe"]),
    ("<div class='box'><h3>About the author</h3><p>Jane Doe is a reporter covering cities.</p></div>", ["Jane Doe"]),
    ("<div class='box'><h3>Über die Autorin</h3><p>Die Autorin ist Journalistin in Berlin.</p></div>", []),
    ("<div class='box'><h3>Über uns</h3><p><strong>Jane Doe</strong> ist Journalistin in Berlin.</p></div>", []),
])
def test_an_about_the_author_box_names_the_writer(box, names):
    """With no other mark of the writer, the biography under an "about the
    author" heading opens with the writer's name (in bold, or before "ist" /
    "is"); "Die Autorin ist ..." and an "Über uns" box name nobody."""
    page = _story("").replace("</article>", box + "</article>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_page_address_with_a_lone_surrogate_still_parses() -> None:
    """The parsed tree keeps the page's address for the "/by/" host check; an
    address decoded badly (a lone surrogate) is no error."""
    page = _story("<div class='bar'><a href='https://news.example/by/jane-doe'>Jane Doe</a></div>")
    record = parse_article(page, "https://news.example/a/\udc80story")
    assert record is not None and record.authors == ["Jane Doe"]


# Review of the session's author rules: regressions against the rules before them.
_H1 = "<h1>Council argues over the budget for schools</h1>"
_FILLER = "".join(f"<p>Paragraph {i} of the story tells readers about the council meeting where members argued "
                  "over the new budget and the schools for a long time.</p>" for i in range(8))
_URL = "https://news.example.com/2024/05/04/story-slug"


def _page_authors(inner: str, url: str = _URL, head: str = "") -> list[str]:
    html = (f"<html><head><title>Council argues over the budget for schools</title>{head}</head>"
            f"<body>{inner}</body></html>")
    record = parse_article(html, url, fetched_at="2026-01-01T00:00:00Z")
    assert record is not None
    return record.authors


@pytest.mark.parametrize("name", ["David France", "Kathy Ireland", "Marcos Portugal", "Valéria França",
                                  "Ana Granada"])
def test_a_surname_that_is_a_country_beside_a_tag_chip_is_the_writer(name):
    """A first name and a one-word country with no comma between them is a
    writer as often as a place: in a byline row beside its tag chip it stays."""
    row = f"<div class='byline'><span class='tag'>Opinion</span> {name}</div>"
    assert _page_authors(f"<article>{_H1}{row}{_FILLER}</article>") == [name]


@pytest.mark.parametrize("inner", [
    f"<article>{_H1}<article class='post-body'><div class='byline'>By Jane Doe</div>"
    f"<h3><a href='https://shop.example.org/item'>Item 1: a great gadget</a></h3>{_FILLER}</article></article>",
    f"<article>{_H1}<article class='content'><span class='author'>Jane Doe</span>{_FILLER}"
    f"<h2 id='s1'><a href='#s1'>Section one</a></h2>{_FILLER}</article></article>",
    f"<article>{_H1}{_FILLER}<article class='author-card'><span class='author'>Jane Doe</span> "
    "<a href='https://twitter.com/janedoe'>Follow Jane Doe on Twitter</a></article></article>",
    f"<article>{_H1}{_FILLER}<article class='author-card'><span class='author'>Jane Doe</span> "
    "<a href='mailto:jane.doe@news.example.com'>jane.doe@news.example.com</a></article></article>",
])
def test_a_nested_article_with_anchors_or_links_elsewhere_is_no_teaser(inner):
    """An <article> inside the headline's is the story's own part (its body,
    the writer's card): a heading's anchor ("#s1"), a shop's link or a social
    profile's does not make it another story's teaser."""
    assert _page_authors(inner) == ["Jane Doe"]


def test_a_teaser_article_beside_the_story_still_credits_nobody():
    """An <article> beside the story whose heading links to another page of
    the site is a teaser: its byline is that story's."""
    teaser = ("<article class='card'><h3><a href='/2024/05/03/other-story'>Another story about the town "
              "and its budget</a></h3><span class='author'>John Roe</span></article>")
    assert _page_authors(f"<main><article>{_H1}{_FILLER}</article>{teaser}</main>") == []


@pytest.mark.parametrize("url,head,host", [
    ("file:///home/u/saved/story.html", "", "www.example.com"),
    ("file:///home/u/saved/story.html", "<link rel='canonical' href='https://www.example.com/news/story'>",
     "www.example.com"),
    ("https://amp.example.com/story", "", "news.example.com"),
])
def test_a_by_link_counts_on_a_saved_page_and_on_a_sibling_host(url, head, host):
    """"/by/jane-doe" on the page's registrable domain is its writer's page:
    a page read from a file has its canonical address's site (or, with none,
    any), and "amp.example.com" is the same site as "www.example.com"."""
    inner = f"<article>{_H1}<p><a href='https://{host}/by/jane-doe'>Jane Doe</a></p>{_FILLER}</article>"
    assert _page_authors(inner, url=url, head=head) == ["Jane Doe"]


def test_a_by_link_on_another_site_is_no_writer():
    inner = f"<article>{_H1}<p><a href='https://shop.example.org/by/acme-tools'>Acme Tools</a></p>{_FILLER}</article>"
    assert _page_authors(inner) == []


@pytest.mark.parametrize("inner", [
    f"<article>{_H1}{_FILLER}<h3>About the Author</h3><p>Margaret Atwood is the author of more than fifty "
    "books.</p></article>",
    f"<article>{_H1}{_FILLER}</article><div id='comments'><div class='comment'><h4>About the author</h4>"
    "<p>John Smith is a reader.</p></div></div>",
    f"<article>{_H1}{_FILLER}</article><div class='related'><h3>About the author</h3>"
    "<p>Jane Roe is a mother of three.</p></div>",
    f"<article>{_H1}{_FILLER}<div class='sidebar-box'><h3>About the author</h3>"
    "<p>Jane Roe is a mother of three.</p></div></article>",
    f"<article>{_H1}{_FILLER}<h3>About the author</h3><p>This Book is a well known work on politics.</p></article>",
    f"<article>{_H1}{_FILLER}<h3>About the author</h3><p>Our Guest is a well known writer.</p></article>",
    f"<article>{_H1}{_FILLER}<h3>Sobre el autor</h3><p>Este Libro es una obra conocida.</p></article>",
])
def test_an_about_the_author_box_elsewhere_or_of_a_book_names_nobody(inner):
    """The box credits the story's writer only inside the story, outside a
    comment thread, a related box or a sidebar; a book's author ("X is the
    author of ...") and a phrase ("This Book is", "Our Guest is") are none."""
    assert _page_authors(inner) == []


def test_an_about_the_author_box_in_the_story_still_credits_its_writer():
    inner = f"<article>{_H1}{_FILLER}<h3>About the author</h3><p>Jane Doe is a reporter.</p></article>"
    assert _page_authors(inner) == ["Jane Doe"]


def test_a_posts_by_link_outside_the_story_is_no_writer():
    """A sidebar's "Posts by X" list of the site's writers does not credit
    the story, even when the story names nobody."""
    inner = (f"<div class='row'><article class='col-md-8'>{_H1}{_FILLER}</article><div class='col-md-4'>"
             "<h4>Our writers</h4><a href='/people/john-roe' title='Posts by John Roe'>John Roe</a></div></div>")
    assert _page_authors(inner) == []


@pytest.mark.parametrize("line,names", [
    ("记者 王小明 武汉报道", ["王小明"]),
    ("记者 王小明 温州 报道", ["王小明"]),
    ("作者：王小明 韩国", ["王小明"]),
    ("记者 王小明 宋体", ["王小明"]),
    ("作者 王小明 黄金周", ["王小明"]),
    ("记者 焦鹏", ["焦鹏"]),
    ("作者 俞敏", ["俞敏"]),
    ("记者 华春莹", ["华春莹"]),
    ("记者 司马南", ["司马南"]),
    ("記者 麥小明", ["麥小明"]),
    ("記者 賴清德", ["賴清德"]),
    ("記者 莊小明", ["莊小明"]),
    ("作者简介", []),
    ("记者节", []),
    ("作者认为", []),
])
def test_a_chinese_reporter_line_with_a_place_or_a_rare_surname(line, names):
    """A place glued to "报道" (or before a spaced one) and a word that ends
    like a place, a font or a time is no second writer; one name after the
    label needs no common surname, but a compound of the label is none."""
    assert clean_byline(line) == names


def test_an_about_the_author_box_in_the_storys_own_nested_body_credits_its_writer():
    """A story whose headline sits in a header box and whose text is an
    <article> of its own inside the story's (a hosted blog's post body):
    the box there is still the story's."""
    inner = (f"<article class='post'><div class='wrap'><div class='head'>{_H1}</div>"
             f"<div class='body'><article class='post-body'>{_FILLER}<p><em>Über die Autorin:</em></p>"
             "<p><em>Jane Doe (37) ist Reporterin in Berlin.</em></p></article></div></div></article>")
    assert _page_authors(inner) == ["Jane Doe"]


def test_a_writers_card_nested_in_the_story_with_a_link_to_their_stories_is_no_teaser():
    """A writer's card in the story links to the writer's own list ("More
    stories from Jane Doe"): that long link to another page of the site does
    not make the card another story's teaser."""
    inner = (f"<article>{_H1}{_FILLER}<article class='author-card'><span class='author'>Jane Doe</span> "
             "<a href='/people/jane-doe'>More stories from Jane Doe</a></article></article>")
    assert _page_authors(inner) == ["Jane Doe"]


def test_an_about_the_author_box_on_a_book_review_names_nobody():
    """A page whose structured data is a review (of a book) presents the
    book's author in its "About the author" box, not the reviewer."""
    head = ("<script type='application/ld+json'>{\"@context\": \"https://schema.org\", \"@type\": \"Review\", "
            "\"itemReviewed\": {\"@type\": \"Book\", \"name\": \"The Testaments\"}}</script>")
    inner = f"<article>{_H1}{_FILLER}<h3>About the author</h3><p>Jane Roe is a novelist.</p></article>"
    assert _page_authors(inner, head=head) == []


@pytest.mark.parametrize("name", ["Mary Anne Ireland", "Ana María Portugal", "Juan Carlos España",
                                  "Anna Maria Monaco", "Maria Grazia Francia"])
def test_three_word_names_ending_in_a_one_word_country_are_names(name):
    """A name of three words whose last is a one-word country ("Mary Anne
    Ireland") is a writer beside a tag chip and in an About box: only a
    country of several words ("Auckland New Zealand") makes a place."""
    row = f"<div class='byline'><span class='tag'>Opinion</span> {name}</div>"
    assert _page_authors(f"<article>{_H1}{row}{_FILLER}</article>") == [name]
    bio = f"<h3>About the author</h3><p><strong>{name}</strong> is a reporter on the city desk.</p>"
    assert _page_authors(f"<article>{_H1}{_FILLER}{bio}</article>") == [name]
    assert authors.plain_name("Auckland New Zealand") == []


@pytest.mark.parametrize(("line", "names"), [
    ("作者：王小明、李建国、张伟", ["王小明", "李建国", "张伟"]),
    ("作者：王小明 李建国", ["王小明", "李建国"]),
    ("记者 王小明、刘卫国 报道", ["王小明", "刘卫国"]),
    ("文/王小明、周振国", ["王小明", "周振国"]),
    ("作者：王小明 韩国", ["王小明"]),
])
def test_chinese_given_names_ending_in_guo_do_not_cut_a_writer_list(line, names):
    """"国" ends a country in two characters ("韩国"), a given name in three
    ("李建国"); names set apart by "、" are a list of writers."""
    assert authors._han_list(line) == names


def test_a_story_body_article_with_an_inline_read_more_heading_keeps_its_byline():
    """The story's text in an <article> beside the headline's, holding the
    byline and, after some text, a "Read more" heading linking another story:
    no teaser, the heading comes after a long text."""
    rel = "<h3><a href='/2024/05/01/schools-budget-first-vote'>Read more: the first vote on the schools budget</a></h3>"
    inner = (f"<article class='head'>{_H1}</article><article class='body'><div class='byline'>By Jane Doe</div>"
             f"{_FILLER[:400]}{rel}{_FILLER}</article>")
    assert _page_authors(inner) == ["Jane Doe"]


def test_a_nested_meta_box_with_its_author_and_a_topic_link_is_no_teaser():
    """A short <article> in the story holding its author element, then a long
    topic link, is the story's byline row; only a heading's link makes a box
    after an author element another story's card."""
    meta = ("<article class='meta'><span class='author'>Jane Doe</span> "
            "<a href='/topics/council-and-schools-budget'>Council and schools budget coverage</a></article>")
    assert _page_authors(f"<article>{_H1}{meta}{_FILLER}</article>") == ["Jane Doe"]
    card = ("<article class='card'><h3><a href='/2024/05/01/schools-budget-first-vote'>The first vote on the "
            "schools budget</a></h3><span class='author'>John Roe</span></article>")
    assert _page_authors(f"<article>{_H1}<div class='byline'>By Jane Doe</div>{_FILLER}{card}</article>") == [
        "Jane Doe"]


@pytest.mark.parametrize("bio", ["<p><strong>Margaret Atwood</strong> is the author of more than fifty books.</p>",
                                 "<p><strong>Margaret Atwood</strong> ist Autorin von mehr als fünfzig Büchern.</p>"])
def test_a_bold_book_author_in_an_about_box_names_nobody(bio):
    """The book-author guard ("is the author of", "ist Autorin von") holds
    for a name set in bold, too."""
    assert _page_authors(f"<article>{_H1}{_FILLER}<h3>About the author</h3>{bio}</article>") == []


_CANONICAL = "<link rel='canonical' href='https://www.example.com/2024/05/04/story'>"


@pytest.mark.parametrize("url", ["https://archive.ph/Ab1cD",
                                 "https://www-example-com.cdn.ampproject.org/c/s/www.example.com/2024/05/04/story",
                                 "https://news.yahoo.com/council-argues-120000123.html"])
def test_a_by_link_on_the_canonical_site_counts_on_a_copy_elsewhere(url):
    """An archive, AMP-cache or syndicated copy names its source as canonical:
    a "/by/" link to that site is the writer's page."""
    inner = (f"<article>{_H1}<div class='bar'><a href='https://www.example.com/by/jane-doe'>Jane Doe</a></div>"
             f"{_FILLER}</article>")
    assert _page_authors(inner, url=url, head=_CANONICAL) == ["Jane Doe"]
    assert _page_authors(inner, url=url) == []


# --- credits away from the header (#8): read only when nothing else names a writer

def _story_page(line: str = "", after: str = "") -> str:
    return ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + line + _PROSE * 2 + after + "</article></body></html>")


@pytest.mark.parametrize("after,names", [
    ("<p><em>Von Jane Doe</em></p>", ["Jane Doe"]),
    ("<p>By Jane Doe and John Roe</p>", ["Jane Doe", "John Roe"]),
    ("<p>Von Berlin aus ging es weiter nach Hamburg</p>", []),  # a sentence, not a credit
    ("<p>Von Anfang an</p>", []),  # a phrase: not capitalised as names are
    ("<blockquote><p>Von Jane Doe</p></blockquote>", []),  # a quote
    ("<div class='related'><p><a href='/b'>Other story</a></p><p>Von Jane Doe</p></div>", []),
])
def test_a_by_line_closing_the_story_credits_its_names(after, names):
    """German papers and blogs print the writer under the last paragraph ("Von
    Jane Doe"), with no byline in the header: the line counts when it is a
    by-word and names alone, in the story, not in a quote or teaser list."""
    record = parse_article(_story_page(after=after), "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_by_line_in_a_teaser_link_after_the_story_credits_nobody() -> None:
    teaser = "<p><a href='/other-story'>Other story <span class='author'>von Jane Doe</span></a></p>"
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + _PROSE * 2 + "</article><div>" + teaser + "</div></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("address,names", [
    ("<address><a rel='author' href='/people/jane-doe'>Jane Doe</a></address>", ["Jane Doe"]),
    ("<address><a href='/author/jane-doe'>Jane Doe</a></address>", ["Jane Doe"]),
    ("<address>By <a href='mailto:jd@news.example'>Jane Doe</a></address>", ["Jane Doe"]),
    ("<address>Example GmbH, Musterstraße 1, 12345 Berlin</address>", []),  # a postal address
    ("<address>Customer Service</address>", []),  # a contact desk, reads as a name
    ("<address>Contact Us</address>", []),
    ("<address>Harbour Street</address>", []),
    ("<address>Jane Doe</address>", []),  # uncorroborated: a person or a desk alike
])
def test_the_storys_address_element_names_its_author(address, names):
    """HTML's <address> gives the contact of the nearest <article>'s author:
    counted with a by-word or an author link inside it ("Customer Service" is
    two capitalised words too)."""
    record = parse_article(_story_page(after=address), "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_credit_in_the_story_overrules_a_cms_login_in_the_header() -> None:
    """Drupal's German "Gespeichert von admin" names the account that saved the
    page; the story's own "Ein Beitrag von Jane Doe" names the writer. A
    writer's full name in the header stands."""
    credit = "<p>Ein Beitrag von Jane Doe</p>"
    page = _story_page(line="<p class='submitted'>Gespeichert von <span class='username'>admin</span> am "
                            "<time datetime='2019-07-07T18:44'>7. Juli 2019 - 18:44</time></p>", after=credit)
    record = parse_article(page, "https://blog.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]
    page = _story_page(line="<p class='submitted'>Von John Roe am 7. Juli 2019 - 18:44</p>", after=credit)
    record = parse_article(page, "https://blog.example/a/story")
    assert record is not None and record.authors == ["John Roe"]


def test_a_closing_credit_counts_in_the_article_under_a_page_title_but_not_in_another_story() -> None:
    """A theme that prints the page title above the <article> (Drupal's): that
    <article> is the story and its credit counts; an <article> with an <h1> of
    its own is another story."""
    story = "<article><div class='content'>" + _PROSE * 2 + "<p>Ein Beitrag von Jane Doe</p></div></article>"
    page = ("<html><head><title>A story of note</title></head><body><header><h1>A story of note</h1></header>"
            + story + "</body></html>")
    record = parse_article(page, "https://blog.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]
    other = story.replace("<div class='content'>", "<div class='content'><h1>Another story entirely</h1>")
    record = parse_article(page.replace(story, other), "https://blog.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("head", [
    '<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story of note", "author": '
    '[{"@type": "Person", "name": "Jane Doe"}, {"@type": "Organization", "name": "News.example"}]}</script>',
    "<meta name='author' content='Jane Doe, News Example'>",
])
def test_the_sites_name_beside_a_writer_in_structured_data_is_dropped(head):
    """A structured author list that credits the publisher as if a co-author
    ("Jane Doe", "News.example") names one writer, as a printed byline does."""
    page = ("<html><head><title>A story of note</title>" + head + "<meta property='og:site_name' "
            "content='News Example'></head><body><article><h1>A story of note</h1>" + _PROSE * 2
            + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Doe"]


@pytest.mark.parametrize("line,names", [
    ("<div><span class='author-name'>Jane Doe &nbsp;|</span> <span class='date'>05.04.2025 - Update: "
     "05.04.2025</span></div>", ["Jane Doe"]),
    ("<p><span itemprop='author'>Jane Doe</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>",
     ["Jane Doe"]),
    ("<p><span class='name'>Jane Doe</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", ["Jane Doe"]),
    # unmarked, a place or a league reads as a name as well
    ("<div class='info'><span>Bad Homburg</span> | <span>05.04.2025</span></div>", []),
    ("<div class='info'><span>Buenos Aires</span> | <span>05.04.2025</span></div>", []),
    ("<p><span>Premier League</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    # unmarked, a person's name: a known given name first
    ("<p><span>Jane Doe</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", ["Jane Doe"]),
    ("<div class='info'><span>Fatma Sevinç Çetin</span> | <span>05.04.2025</span></div>", ["Fatma Sevinç Çetin"]),
    ("<div class='info'><span>Hans-Peter Müller</span> | <span>05.04.2025</span></div>", ["Hans-Peter Müller"]),
    ("<div class='info'><span>Bergisch Gladbach</span> | <span>05.04.2025</span></div>", []),
    ("<p><span>Crystal Palace</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),  # a club
    ("<p><span>Paris Saint-Germain</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Max Planck Institut</span> | <time datetime='2024-05-03'>3. Mai 2024</time></p>", []),  # a body
    # a place and its country, a paper or a body named after a place that is also a given name
    ("<p><span>Florence Italy</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Sydney Australia</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Washington Post</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Jordan Times</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Victoria Police</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
    ("<p><span>Los Angeles</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),  # a place
    ("<p><span class='location'>Bad Homburg</span> | <time datetime='2024-05-03'>3. Mai 2024</time></p>", []),
    ("<p><span>Paris, France</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>", []),
])
def test_a_name_in_its_own_element_before_the_date_is_the_writer(line, names):
    """A template's writer field beside its date field ("<span class=author>Jane
    Doe</span> | <span>05.04.2025</span>") credits the writer with no by-word
    when marked as one (an author or name class, itemprop, rel), or unmarked when
    it opens with a known given name; a place or a league label prints so too,
    unmarked, and a place's opener or a location class rules it out (and a name and
    date printed in one text still need the page to name the person elsewhere)."""
    record = parse_article(_story_page(line=line), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("line,names", [
    ("<div><div><span class='name'>Jane Doe</span></div><div><time datetime='2026-05-17'>17.05.2026, 19:06 Uhr"
     "</time></div></div>", ["Jane Doe"]),
    ("<div><span class='kicker'>Politik Inland</span> <time datetime='2026-05-17'>17.05.2026</time></div>", []),
    ("<div><a href='/politik/inland/'>Politik Inland</a> <time datetime='2026-05-17'>17.05.2026</time></div>", []),
    ("<div><span>Los Angeles</span> <time datetime='2026-05-17'>May 17, 2026</time></div>", []),
    ("<div><span>Premier League</span><time datetime='2026-05-17'>May 17, 2026</time></div>", []),
    ("<div><span>Champions League</span><time datetime='2026-05-17'>May 17, 2026</time></div>", []),
    # unmarked, a known given name first
    ("<div><span>Abdul Adhim Kamouss</span> <time datetime='2026-05-17'>17.05.2026, 19:06 Uhr</time></div>",
     ["Abdul Adhim Kamouss"]),
    ("<div><span>Aston Villa</span> <time datetime='2026-05-17'>May 17, 2026</time></div>", []),
])
def test_a_name_field_right_before_the_date_field_is_the_writer(line, names):
    """A writer field and a date field printed with no separator between them
    ("Jane Doe 17.05.2026, 19:06 Uhr" as read): the name in its own element,
    not a section's kicker, a link to a section or a place."""
    record = parse_article(_story_page(line=line), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("line,names", [
    ("<div class='meta'><div><p>Daniel Aragón</p><p><span>Córdoba</span></p></div>"
     "<time datetime='2026-04-25'>25/04/2026</time></div>", ["Daniel Aragón"]),
    ("<div class='meta'><div><p>Jane Doe</p><p>Berlin</p></div><span>05.04.2025</span></div>", ["Jane Doe"]),
    # a place's or a league's field, unmarked: no given name first
    ("<div class='meta'><div><p>Bad Homburg</p><p>Hessen</p></div><span>05.04.2025</span></div>", []),
    ("<div class='meta'><div><p>Premier League</p><p>Round 3</p></div><span>05.04.2025</span></div>", []),
    ("<div class='meta'><div><p>Florence Italy</p></div><span>05.04.2025</span></div>", []),  # a dateline
    # a player's name in a result's row: a score is no place
    ("<div class='meta'><div><p>Jordan Henderson</p><p>Liverpool 2-1 Chelsea</p></div>"
     "<span>05.04.2025</span></div>", []),
    # a name with no date in its row, or with a sentence between
    ("<div class='meta'><div><p>Jane Doe</p><p>Berlin</p></div></div>", []),
    ("<div class='meta'><p>Jane Doe</p><p>spoke to the council about the plans on</p>"
     "<span>05.04.2025</span></div>", []),
])
def test_a_name_alone_in_a_row_with_a_place_and_the_date_is_the_writer(line, names):
    """A template's writer field with no author class, in a row that prints a
    place and then the date ("Daniel Aragón / Córdoba / 25/04/2026"): a person's
    name by its known given name; a place's or a label's field prints so too."""
    record = parse_article(_story_page(line=line), "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_name_field_before_a_date_in_the_pages_language_is_the_writer() -> None:
    """The date after the name field may be printed in any language the date
    finder reads ("20 Nisan 2026" on a Turkish page)."""
    line = ("<div><div><span class='name'>Ayşe Yılmaz</span></div><div><span>20 Nisan 2026</span> • "
            "<span>Güncelleme: 20 Nisan 2026</span></div></div>")
    page = _story_page(line=line).replace("<html>", "<html lang='tr'>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Ayşe Yılmaz"]


@pytest.mark.parametrize("lead,names", [
    ("<p><strong>Jane Doe/John Roe</strong></p>", ["Jane Doe", "John Roe"]),
    ("<p><em>…as the villages count the damage</em></p><p><b>By Jane Doe</b></p>", ["Jane Doe"]),
    ("<p><strong>Jane Doe</strong> said the plans were late.</p>", []),  # a sentence with a bold name
    ("<p><strong>Breaking News</strong></p>", []),  # no person's name
])
def test_a_bold_credit_above_the_text_names_the_writers_over_the_sites_name(lead, names):
    """A paper whose template has no byline field (its byline prints the site's
    name) credits its writers in a bold paragraph above the text."""
    page = ("<html><head><title>A story of note</title><meta property='og:site_name' content='News Example'>"
            "</head><body><div class='theiaStickySidebar'><article><h1>A story of note</h1>"
            "<p class='byline'>by News Example</p>" + lead + _PROSE * 2 + "</article></div></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == (names or ["News Example"])


@pytest.mark.parametrize("lead", ["<p><strong>Key Points</strong></p>", "<p><b>Editor's Note</b></p>",
                                  "<p><strong>Jane Doe</strong></p>"])
def test_a_bold_line_above_the_text_credits_nobody_on_a_page_with_no_byline(lead):
    """The bold credit overrules a byline naming only the site; on a page with
    no author at all a bold label or a person who is the story's subject is no credit."""
    record = parse_article(_story_page(line=lead), "https://news.example/a/story")
    assert record is not None and record.authors == []


def test_a_section_label_before_the_date_is_no_writer_even_if_marked_as_a_name() -> None:
    """A marked name field that prints the page's section is the section."""
    line = "<p><span class='name'>Premier League</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>"
    page = _story_page(line=line).replace("</title>", "</title><meta property='article:section' "
                                                      "content='Premier League'>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


_NAME_FIRST = "<p><span>{}</span> | <time datetime='2024-05-03'>May 3, 2024</time></p>"
_DATE_FIRST = "<p>May 3, 2024 - {}</p>"
_BESIDE = "<div><span>{}</span> <time datetime='2024-05-03'>May 3, 2024</time></div>"
# the date first, the name in an element of its own after it, no separator (read since branch authors)
_DATE_BESIDE = "<div><time datetime='2024-05-03'>May 3, 2024</time> <span>{}</span></div>"


@pytest.mark.parametrize("form", [_NAME_FIRST, _DATE_FIRST, _BESIDE, _DATE_BESIDE])
@pytest.mark.parametrize("name,headline,after", [
    # the headline names it, whole or by its last word
    ("Charlotte Hornets", "Hornets beat the Bulls in overtime", ""),
    ("Mercedes Benz", "Mercedes Benz recalls its new saloon", ""),
    ("Carolina Panthers", "Panthers sign a new quarterback", ""),
    # the story prints it after an article
    ("Charlotte Hornets", "A story of note", "<p>It was a long night for the <b>Charlotte Hornets</b> again.</p>"),
    ("Mercedes Benz", "A story of note", "<p>Der Umsatz der Mercedes Benz AG stieg.</p>"),
    # a link to a tag, topic, team or brand page prints it
    ("Charlotte Hornets", "A story of note", "<p>Tags: <a href='/tag/charlotte-hornets'>Charlotte Hornets</a></p>"),
    ("Dallas Mavericks", "A story of note", "<p><a href='/nba/teams/dallas-mavericks/'>Dallas Mavericks</a></p>"),
    ("Mercedes Benz", "A story of note", "<p><a href='https://cars.example/brands/mercedes-benz'>Mercedes Benz</a>"
     "</p>"),
    # a university's or a club's word after the given name, whatever the form
    ("Florida State", "A story of note", ""),
    ("Victoria Station", "A story of note", ""),
    ("Austin FC", "A story of note", ""),
])
def test_a_franchise_opening_with_a_given_name_beside_the_date_is_no_writer(form, name, headline, after):
    """A team, a brand or a place opening with a given name ("Charlotte Hornets",
    "Mercedes Benz", "Austin FC") printed unmarked beside the date on a page that
    names no writer is what the story is about: the headline names it, the text
    prints it after an article, a tag or team link prints it, or a word after
    the given name is a club's or a university's (review37 N3)."""
    page = _story_page(line=form.format(name), after=after).replace("A story of note", headline)
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("form", [_NAME_FIRST, _DATE_FIRST, _BESIDE, _DATE_BESIDE])
@pytest.mark.parametrize("name,headline,after", [
    ("Jane Doe", "Hornets beat the Bulls in overtime", "<p><a href='/tag/charlotte-hornets'>Charlotte Hornets</a></p>"),
    ("Tyler Perry", "A story of note", "<p><a href='/people/tyler-perry'>Tyler Perry</a></p>"),
    ("Jane Doe", "A story of note", "<p>Jane Doe is a reporter for the Example Times.</p>"),  # her bio
    # a surname that is a word, in the headline as that word: the writer's all the same
    ("Tom Wood", "Wood prices climb in the old town", ""),
    ("Emma Green", "Green party wins the city vote", ""),
    # marked as the writer's field: the headline naming the same word does not matter
    ("<span class='author'>Jane Stone</span>", "Stone wall falls", ""),
])
def test_a_writer_beside_the_date_stays_when_the_page_is_about_something_else(form, name, headline, after):
    """The guards read the name itself: another subject in the headline or the
    tags, or a link to a person's page, leave the writer's name be."""
    page = _story_page(line=form.format(name), after=after).replace("A story of note", headline)
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Jane Stone" if "Stone" in name else name]


def test_a_json_ld_person_named_as_the_sites_host_stays_a_co_author() -> None:
    """On janedoe.substack.com, Jane Doe is a writer: a JSON-LD Person is dropped
    as the site's name only when it equals og:site_name or the publisher's name."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "A story of note", '
          '"author": [{"@type": "Person", "name": "Jane Doe"}, {"@type": "Person", "name": "John Roe"}]}</script>')
    page = _story_page().replace("</title>", "</title>" + ld)
    record = parse_article(page, "https://janedoe.substack.com/p/story")
    assert record is not None and record.authors == ["Jane Doe", "John Roe"]
    named = page.replace("</title>", "</title><meta property='og:site_name' content='Jane Doe'>")
    record = parse_article(named, "https://janedoe.substack.com/p/story")
    assert record is not None and record.authors == ["John Roe"]


def test_a_bold_name_after_the_story_has_begun_credits_nobody() -> None:
    """In an interview the bold names head the answers, after the text began."""
    page = _story_page(after="<p><strong>Jane Doe</strong></p>" + _PROSE)
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("after,names", [
    ("<span class='entry-meta'>28. November 2022</span><p class='entry-meta meta-small'> - Jane Doe</p>",
     ["Jane Doe"]),
    ("<p>– Jane Doe</p>", []),  # a dash and a name outside a meta line: as often a quote's attribution
])
def test_a_signature_in_the_posts_meta_line_names_its_writer(after, names):
    record = parse_article(_story_page(after=after), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("byline,names", [
    # labels of other languages and scripts (Arabic "by the pen of", Greek and
    # Turkish "writer", Japanese "text")
    ("بقلم: أحمد العلي", ["أحمد العلي"]),
    ("بقلم أحمد العلي", ["أحمد العلي"]),
    ("Συντάκτης: Γιώργος Παπαδόπουλος", ["Γιώργος Παπαδόπουλος"]),
    ("Yazar: Ayşe Yılmaz", ["Ayşe Yılmaz"]),
    ("文：山田太郎", ["山田太郎"]),
    # a plural job after a joint byline
    ("Von Lukas Brandt und Eva von Stein, Redakteure", ["Lukas Brandt", "Eva von Stein"]),
    # a Chinese date after the name
    ("作者：王小明 2024年3月5日 10:12", ["王小明"]),
    # Dutch "en" after "Door" is "and"; after other by-words "en" still opens a place
    ("Door Pieter van den Berg en Sanne de Jong", ["Pieter van den Berg", "Sanne de Jong"]),
    ("Por Ana Gómez en Madrid", ["Ana Gómez"]),
    # a date, then a label
    ("05.03.2024 | Autor: Henrik Albers", ["Henrik Albers"]),
    ("2024年3月5日 10時12分 文：山田太郎", ["山田太郎"]),
    # Finnish, Hungarian labels; a Korean name with "reporter" and no by-word
    ("Teksti: Anna Virtanen | Julkaistu 5.3.2024 10:12", ["Anna Virtanen"]),
    ("Szerző: Nagy Eszter | 2024. március 5. 10:12", ["Nagy Eszter"]),
    ("김민수 기자 | 입력 2024.03.05 10:12", ["김민수"]),
    # "published" in Swedish ends the names; a Chinese source credit around the writer's
    ("Av Erik Lindqvist | Publicerad 5 mars 2024 kl 10.12", ["Erik Lindqvist"]),
    ("作者：李华 来源：城东日报", ["李华"]),
    ("2024-03-05 10:12 来源：城东日报 作者：李华", ["李华"]),
    # German club and parish pages: "Eingestellt am … von", a dated label line, an academic
    # title's lower-case parts, "Fotos und Text:" (not "Bericht:", a headline's form: review 20)
    ("Eingestellt am 05.03.2024 von Karl Berger", ["Karl Berger"]),
    ("Datum: 05.03.2024 | Autor: Karl Berger", ["Karl Berger"]),
    ("Von Dr. med. Eva Kramer", ["Dr. med. Eva Kramer"]),
    ("Fotos und Text: Eva Kramer", ["Eva Kramer"]),
])
def test_bylines_of_other_languages_and_orders(byline, names):
    assert clean_byline(byline) == names
    assert looks_like_byline(byline)


def test_a_byline_in_the_texts_aside_fills_in_but_overrules_no_structured_author() -> None:
    """An author box in an <aside> beside the text (tests/fixtures/cms/byline-aside-de) names the
    writer where the page has no author data; where the JSON-LD credits the publisher, that stays."""
    page = (Path(__file__).parent / "fixtures" / "cms" / "byline-aside-de.html").read_text(encoding="utf-8")
    url = "https://www.tagespresse-ost.example/meinung/gastkommentar/chor-jubilaeum/19765800"
    assert parse_article(page, url).authors == ["Theresa Kogler"]
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Chor probt für das Jubiläum", "author": {"@type": "Organization", "name": "Tagespresse Ost"}}'
          '</script><meta property="og:site_name" content="Tagespresse Ost">')
    assert parse_article(page.replace("</head>", ld + "</head>"), url).authors == ["Tagespresse Ost"]


def test_the_post_authors_reply_names_a_person_only() -> None:
    """A comment WordPress marks "bypostauthor" (tests/fixtures/cms/wp-post-author-reply-de) names
    the writer of a post that credits nobody else when its display name is a person's (a known
    given name first); a blog's or team's display name is printed there as often (review 20)."""
    page = (Path(__file__).parent / "fixtures" / "cms" / "wp-post-author-reply-de.html").read_text(encoding="utf-8")
    url = "https://www.lottes-garten.example/2024/03/05/chor-jubilaeum/"
    assert parse_article(page, url).authors == ["Lotte Brauneis"]
    assert parse_article(page.replace(">Lotte Brauneis<", ">Lottes Garten<"), url).authors == []


def test_korean_bylines_name_the_reporters_before_their_title() -> None:
    """The Hangul name right before "기자" (reporter), after the places the story was filed from."""
    assert clean_byline("순천, 광양 구현모 기자 ninek@example.com") == ["구현모"]
    assert clean_byline("김민수 기자·이영희 기자") == ["김민수", "이영희"]
    assert clean_byline("기자회견에서 말했다") != ["기자회견에서"]
    # a rank glued to the title; a photo reporter; "기자" in a sentence (review 20)
    assert clean_byline("김민수 선임기자") == ["김민수"] and clean_byline("박지훈 수습기자") == ["박지훈"]
    assert clean_byline("글 김민수 기자 · 사진 이영희 사진기자") == ["김민수"]
    assert not looks_like_byline("이날 기자 간담회에서 시장은 계획을 설명했다.")
    assert not looks_like_byline("취재 기자 여러 명이 현장을 찾았다.")


def test_a_byline_keeps_the_writers_beside_the_one_the_json_ld_names() -> None:
    """JSON-LD naming one of the byline's writers (not the first): the others, full names
    linked to their author pages, are kept beside it."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "Tool library opens by the river", "author": {"@type": "Person", "name": "Tomás Reyes"}}</script>')
    page = (f"<html><head><title>Tool library opens by the river</title>{ld}</head><body><article>"
            "<h1>Tool library opens by the river</h1><p class='byline'>By <a href='/author/lena-frost/'>Lena Frost</a> "
            "and <a href='/author/tomas-reyes/'>Tomás Reyes</a></p>"
            + "".join(f"<p>{'The library lends drills, tents and sewing machines to neighbours. ' * 3}</p>" for _ in range(4))
            + "</article></body></html>")
    assert parse_article(page, "https://news.example/2024/03/05/tool-library/").authors == ["Lena Frost", "Tomás Reyes"]


def test_a_photo_credit_alone_names_no_writer() -> None:
    assert clean_byline("Foto: Eva Kramer") == [] and clean_byline("Fotos: Eva Kramer") == []


@pytest.mark.parametrize("row, expected", [
    # a writer's card: "More from" / "Mehr von" and the writer's name is the credit
    ("<div class='author-card'>More from <a href='/author/joseph-brean'>Joseph Brean</a></div>",
     ["Joseph Brean"]),
    ("<div class='byline'><strong>Mehr von</strong> <a href='/autor/ulrich-exner'>Ulrich Exner</a></div>",
     ["Ulrich Exner"]),
])
def test_more_from_a_writer_names_the_writer_not_the_heading(row, expected) -> None:
    assert _page_authors(f"<article>{_H1}{row}{_FILLER}</article>") == expected


def test_more_from_a_site_or_a_section_names_no_writer() -> None:
    for line in ("More from Fox News", "More from Politics", "Mehr von Bayern München", "Mehr von"):
        assert clean_byline(line) == [] and not looks_like_byline(line), line
    assert clean_byline("Mehr von Anna Müller und Ben Ott") == ["Anna Müller", "Ben Ott"]


@pytest.mark.parametrize("row, expected", [
    # a name and a newsroom job alone on the line, no label: the writer
    ("<div class='meta'><span>Karim Natour, Redakteurin</span></div>", ["Karim Natour"]),
    ("<p class='info'>Jane Doe, Senior Correspondent</p>", ["Jane Doe"]),
    # a person the story quotes, with an office: no writer
    ("<p class='info'>Angela Merkel, Bundeskanzlerin</p>", []),
])
def test_a_name_with_a_newsroom_job_and_no_label_is_the_writer(row, expected) -> None:
    assert _page_authors(f"<article>{_H1}{row}{_FILLER}</article>") == expected


@pytest.mark.parametrize("name", ["Tolga Yılmaz", "Oğuz Kaya", "Çağla Demir", "Kerem Aydın"])
def test_a_common_turkish_given_name_opens_a_persons_name(name) -> None:
    """Turkish given names are known (Faker's Turkish table lacks many: the list
    also takes Mimesis's and @faker-js/faker's), so a Turkish writer's name
    printed with no by-word under the headline is the page's author."""
    from crawler.parsers.metadata.given_names import opens_with_given_name

    assert opens_with_given_name(name)
    page = ("<html lang='tr'><head><title>Yeni yasa açıklandı</title></head><body><article>"
            "<h1>Yeni yasa açıklandı</h1><div class='x1'>" + name + "</div>" + _PROSE * 2
            + "</article></body></html>")
    record = parse_article(page, "https://haber.example/2024/05/03/yeni-yasa")
    assert record is not None and record.authors == [name]


@pytest.mark.parametrize("line,names", [
    ("Von Anna Sleegers, Frankfurt", ["Anna Sleegers"]),
    ("Von Anna Müller, Frankfurt am Main", ["Anna Müller"]),
    ("Von Anna Müller, Frankfurt/Main", ["Anna Müller"]),
    ("Von Anna Müller und Jörg Weber, Berlin", ["Anna Müller", "Jörg Weber"]),
    ("Par Jean Dupont, Lyon", ["Jean Dupont"]),
    ("By Jane Doe, London", ["Jane Doe"]),
    ("Von Anna Müller, dpa", ["Anna Müller", "dpa"]),
    ("Von Anna Müller, AFP", ["Anna Müller", "AFP"]),
    ("Von Anna Müller, Jörg Weber", ["Anna Müller", "Jörg Weber"]),
    ("By Jane Doe, Reuters", ["Jane Doe", "Reuters"]),
])
def test_the_seat_after_a_bylines_last_comma_is_no_co_author(line, names) -> None:
    """German and French bylines print where the writer files from after the last
    comma ("Von Anna Sleegers, Frankfurt"): a place, not a second writer. Their
    agencies go in capitals or lower case ("AFP", "dpa") and stay; in other
    languages only a known place goes ("By Jane Doe, London", not "Reuters")."""
    assert clean_byline(line) == names


def test_the_seat_after_a_printed_german_byline_on_a_page() -> None:
    page = ("<html lang='de'><head><title>Neues Gesetz</title></head><body><article><h1>Neues Gesetz</h1>"
            "<div class='x1'>Von Anna Sleegers, Frankfurt</div>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://zeitung.example/2024/05/03/neues-gesetz")
    assert record is not None and record.authors == ["Anna Sleegers"]


@pytest.mark.parametrize("href", ["/journalist/marie_merlet", "/auteur/marie-merlet/", "/author/marie-merlet"])
def test_a_name_linked_to_its_writers_page_beside_the_date_is_the_writer(href) -> None:
    """"<a href=/journalist/x>Marie Merlet</a> | lundi 9 décembre 2019": a name in its
    own link to the writer's page, then the date, with no class to mark it (a
    section's link there names no one)."""
    def page(link: str) -> str:
        return ("<html lang='fr'><head><title>Un titre</title></head><body><div><div><h1>Un titre</h1>"
                "<p>" + link + " | lundi 9 décembre 2019 à 09h08</p></div><div>" + _PROSE * 2
                + "</div></div></body></html>")

    record = parse_article(page(f"<a href='{href}'>Marie Merlet</a>"), "https://news.example/a/story")
    assert record is not None and record.authors == ["Marie Merlet"]
    record = parse_article(page("<a href='/politique/'>Politique</a>"), "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("line,names", [
    ("كتب: محمد علي", ["محمد علي"]),
    ("كتبت - سارة أحمد", ["سارة أحمد"]),
])
def test_the_arabic_wrote_label_credits_the_writer(line, names) -> None:
    """Egyptian and Gulf papers credit the writer with "كتب:" / "كتبت:" ("wrote",
    he / she) as others do with "بقلم" (by the pen of)."""
    assert clean_byline(line) == names


def test_a_turkish_compound_with_nur_is_a_given_name() -> None:
    """"Sehernur" is "Seher" and "nur" (light), as Turkish forms many women's names:
    the writer's name beside the date under the headline is read as a person's."""
    page = ("<html lang='tr'><head><title>Yeni yasa açıklandı</title></head><body><article>"
            "<h1>Yeni yasa açıklandı</h1><div><span>Sehernur Karsu &nbsp;|</span> "
            "<span>05.04.2025 - Güncelleme : 05.04.2025</span></div>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://haber.example/tr/ekonomi/yeni-yasa/123")
    assert record is not None and record.authors == ["Sehernur Karsu"]


@pytest.mark.parametrize("line,names", [
    ("Haber: Tolga Yılmaz", ["Tolga Yılmaz"]),
    ("Muhabir: Oğuz Kaya", ["Oğuz Kaya"]),
    ("Haber: Tolga Yılmaz - Foto: Ali Veli", ["Tolga Yılmaz"]),
])
def test_turkish_news_credits_name_the_writer(line, names) -> None:
    """Turkish papers credit the story "Haber:" (news) or "Muhabir:" (reporter),
    beside "Yazar:" and "Yazan:"."""
    assert clean_byline(line) == names


def test_a_spanish_writers_page_under_autores_marks_the_writer() -> None:
    """"/autores/felipe-morales/" is a writer's page on Spanish and Portuguese
    sites (Arc Publishing's scheme) as "/autoren/" and "/autori/" are elsewhere:
    the linked name in a box with no author class is the writer."""
    page = ("<html lang='es'><head><title>Los macrocasos</title></head><body><article><h1>Los macrocasos</h1>"
            "<div><div><img src='/f.png' alt='Felipe Morales Sierra'></div><div><h3>"
            "<a href='/autores/felipe-morales/'>Felipe Morales Sierra</a></h3><div>Periodista Judicial</div>"
            "</div></div>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://noticias.example/judicial/los-macrocasos-article-123/")
    assert record is not None and record.authors == ["Felipe Morales Sierra"]


@pytest.mark.parametrize("label", ["Kuzey Kıbrıs", "Özel Haber", "Güneş Enerjisi", "Barış Süreci", "Deniz Kuvvetleri",
                                   "Can Kaybı", "Nisan Ayı", "Bahar Bayramı", "Sans Frontières"])
def test_a_turkish_label_opening_with_a_word_that_is_also_a_name_credits_nobody(label) -> None:
    """Turkish given names are often common words ("Kuzey" north, "Özel" special, "Barış"
    peace, "Can" life): a section label or a tag that opens with one, printed beside the
    date under the headline, is no writer's name (the names list leaves such words out)."""
    for line in (f"<p>{label} | 05.04.2025</p>", f"<div><span>{label}</span> | <span>05.04.2025</span></div>"):
        page = ("<html lang='tr'><head><title>Yeni yasa açıklandı</title></head><body><article>"
                "<h1>Yeni yasa açıklandı</h1>" + line + _PROSE * 2 + "</article></body></html>")
        record = parse_article(page, "https://haber.example/tr/ekonomi/yeni-yasa/123")
        assert record is not None and record.authors == [], line


@pytest.mark.parametrize("line", ["Haber: Yeni yasa meclisten geçti ve yürürlüğe girdi.",
                                  "Muhabir: yerinde inceleme yaptı"])
def test_a_turkish_news_label_before_a_sentence_credits_nobody(line) -> None:
    """"Haber:" (news) also opens a teaser or a related story's headline, in sentence
    case: a credit only when capitalised names follow, as after "Words:"."""
    assert clean_byline(line) == []
    page = ("<html lang='tr'><head><title>Yeni yasa açıklandı</title></head><body><article>"
            "<h1>Yeni yasa açıklandı</h1><p>" + line + "</p>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://haber.example/tr/ekonomi/yeni-yasa/123")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("label,prose", [
    ("May Elections", "<p>" + "Voters may find the new rules confusing, officials said on Tuesday. " * 12 + "</p>"),
    ("Summer Camp", "<p>" + "Children spend the summer outdoors and learn to swim in the lake. " * 12 + "</p>"),
    ("Deniz Kuvvetleri", "<p>" + "Tatbikat deniz ve hava unsurlarının katılımıyla salı günü yapıldı. " * 12 + "</p>"),
])
def test_a_label_opening_with_a_name_the_page_uses_as_a_word_credits_nobody(label, prose) -> None:
    """"May Elections | 05.04.2025" printed in one text under the headline: "May" is a
    given name, and a word the page's own text prints in lower case ("voters may"): the
    line is a label. (In an element of its own with no author mark, see
    test_a_name_in_its_own_element_before_the_date_is_the_writer.)"""
    page = ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            f"<p>{label} | 05.04.2025</p>" + prose * 2 + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("line,names", [
    ("Von Anna Sleegers, Frankfurt, und Kjell Olsen, Berlin", ["Anna Sleegers", "Kjell Olsen"]),
    ("Von Anna Sleegers, Frankfurt/Main, und Kjell Olsen, Berlin", ["Anna Sleegers", "Kjell Olsen"]),
    ("Von Anna Sleegers, Bad Homburg, und Kjell Olsen, Sankt Augustin", ["Anna Sleegers", "Kjell Olsen"]),
    ("Von Anna Sleegers, Bad Homburg", ["Anna Sleegers"]),
    ("Par Jean Dupont, Lyon, et Marie Curie, Paris", ["Jean Dupont", "Marie Curie"]),
    ("Von Anna Sleegers, Kjell Olsen, Jörg Weber", ["Anna Sleegers", "Kjell Olsen", "Jörg Weber"]),
    ("Von Anna Sleegers, Kjell Olsen und Jörg Weber", ["Anna Sleegers", "Kjell Olsen", "Jörg Weber"]),
])
def test_each_writers_seat_between_commas_is_no_co_author(line, names) -> None:
    """German and French bylines of several writers print each one's seat after their
    name between commas ("Von Anna Sleegers, Frankfurt, und Kjell Olsen, Berlin"): a
    place, not a writer; full names between commas stay writers."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("line", ["كتب: الدليل الكامل للمسافرين إلى القاهرة", "كتب - رحلة في عالم الرواية"])
def test_arabic_books_before_a_title_credits_nobody(line) -> None:
    """"كتب" (wrote) is also "books": before a title ("the complete guide for travellers
    to Cairo", with the article "ال" and a preposition) it heads a books box, not a credit."""
    assert clean_byline(line) == []
    page = ("<html lang='ar'><head><title>قانون جديد</title></head><body><article><h1>قانون جديد</h1>"
            "<p class='date'>2024-05-03</p><p>" + line + "</p>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://akhbar.example/2024/05/03/qanun")
    assert record is not None and record.authors == []


@pytest.mark.parametrize("label,names", [
    ("Fırat Kalkanı", []), ("Tuna Nehri", []), ("Bora Fırtınası", []), ("Ufuk Turu", []), ("Işık Hızı", []),
    ("Sehernur Karsu", ["Sehernur Karsu"]), ("Mehmet Eroğlu", ["Mehmet Eroğlu"]), ("Ayşe Demirci", ["Ayşe Demirci"]),
])
def test_a_turkish_compound_noun_beside_the_date_is_no_writer(label, names) -> None:
    """Many Turkish given names are words ("Fırat" Euphrates, "Tuna" Danube, "Bora" storm):
    a label ending in a compound noun's possessive ("Fırat Kalkanı", the Euphrates Shield)
    beside the date is no writer; a surname ending in "-oğlu", "-ci" or "su" stays one."""
    for line in (f"<p>{label} | 05.04.2025</p>", f"<div><span>{label}</span> | <span>05.04.2025</span></div>"):
        page = ("<html lang='tr'><head><title>Yeni yasa açıklandı</title></head><body><article>"
                "<h1>Yeni yasa açıklandı</h1>" + line + _PROSE * 2 + "</article></body></html>")
        record = parse_article(page, "https://haber.example/tr/ekonomi/yeni-yasa/123")
        assert record is not None and record.authors == names, line


def test_a_romanian_name_ending_like_a_turkish_compound_stays_the_writer() -> None:
    """"Andrei Pleşu" prints "ş" as Turkish does, and ends in a consonant and "u" as a
    Turkish compound noun does ("Ufuk Turu"): on a Romanian page it is a writer's name."""
    page = ("<html lang='ro'><head><title>O lege nouă</title></head><body><article><h1>O lege nouă</h1>"
            "<div><span>Andrei Pleşu</span> | <span>05.04.2025</span></div>" + _PROSE * 2 + "</article></body></html>")
    record = parse_article(page, "https://stiri.example/2024/05/03/lege")
    assert record is not None and record.authors == ["Andrei Pleşu"]


@pytest.mark.parametrize("label", ["L'AUTEUR", "L’AUTEUR", "L'AUTRICE", "L'auteur"])
def test_a_french_author_boxs_elided_label_is_no_part_of_the_name(label):
    # "L'AUTEUR" heading an author box is read with the name after it; the article is
    # elided before the role word, so the label is one word (as "AUTOR" or "AUTHOR" is cut)
    text = "".join(f"<p>Paragraphe {i}. Le conseil a entendu mardi les habitants, les commerçants et "
                   "l'exploitant du ferry pendant de longues heures sur le plan du port.</p>" for i in range(6))
    html = (f"<html lang='fr'><head><title>Le plan du port</title></head><body><article><h1>Le plan du port</h1>"
            f"<div class='author-box'><span class='label'>{label}</span> <a href='/auteur/jeanne-dupont' "
            f"class='author-name'>Jeanne Dupont</a></div>{text}</article></body></html>")
    article = parse_article(html, "https://port.example/2025/07/16/le-plan-du-port")
    assert article is not None and article.authors == ["Jeanne Dupont"]
    assert clean_byline(f"{label} Jeanne Dupont") == ["Jeanne Dupont"]
    assert clean_byline("Jean L'Heureux") == ["Jean L'Heureux"]  # an elided article in a name stays
