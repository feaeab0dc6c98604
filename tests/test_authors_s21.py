"""Author rules of 2026-12-05 (s21): small hand-written pages of common CMS
themes, each naming the writer (or nobody) as the theme prints it."""

from __future__ import annotations

from crawler.parsers import parse_article

URL = "https://stadtblatt.example/politik/haushalt"
_PROSE = ("<p>" + "Der Stadtrat hat am Dienstag über den neuen Haushalt beraten und viele Fragen offen "
          "gelassen. " * 5 + "</p><p>" + "Die Verwaltung legte dazu einen Bericht vor, der am Abend lange "
          "diskutiert wurde. " * 5 + "</p>")


def _page(head: str = "", top: str = "", bottom: str = "") -> str:
    return (f"<html><head><title>Neuer Haushalt beschlossen - Stadtblatt</title>{head}</head><body>"
            f"<header><a href='/'>Stadtblatt</a></header><main><article><h1>Neuer Haushalt beschlossen</h1>"
            f"{top}{_PROSE}{bottom}</article></main><footer><p>Impressum</p></footer></body></html>")


def _authors(page: str) -> list[str]:
    article = parse_article(page, URL, fetched_at="2026-01-20T00:00:00Z")
    assert article is not None
    return article.authors


def test_a_tag_list_link_named_author_is_no_label() -> None:
    """A topic list's links ("author", "reader", tags of a story about books): the
    link text "author" is the tag's name, and the next tag no writer."""
    tags = ('<div class="article-tags"><p>Related Topics:</p><div><a href="/tags/books/">books</a> '
            '<a href="/tags/author/">author</a> <a href="/tags/reader/">reader</a> '
            '<a href="/tags/genre/">genre</a></div></div>')
    assert _authors(_page(bottom=tags)) == []
    # a label printed as such still names the writer
    assert _authors(_page(bottom="<p><strong>Autor:</strong> <a href='/team/jane'>Jane Doe</a></p>")) == ["Jane Doe"]


def test_french_dutch_and_italian_written_by_lines() -> None:
    """The themes' translations of "Written by" over the text: French "Rédigé par" /
    "Écrit par", Dutch "Geschreven door", Italian "A cura di"."""
    for line, name in [("Rédigé par Jean Dupont", "Jean Dupont"), ("Écrit par Jean Dupont", "Jean Dupont"),
                       ("Geschreven door Jan de Vries", "Jan de Vries"), ("A cura di Mario Rossi", "Mario Rossi")]:
        assert _authors(_page(top=f"<p>{line}</p>")) == [name], line
    # "Artikel von" / "Bericht von" name a time, a place or an event as often
    for line in ("Ein Artikel von gestern", "Bericht von Mallorca", "Bericht von Jahreshauptversammlung 2024",
                 "Bericht von Tag 3"):
        assert _authors(_page(top=f"<p>{line}</p>")) == [], line


def test_a_desk_beside_the_writer_is_no_co_author() -> None:
    """"Von Jane Doe | Redaktion": the desk the writer belongs to; alone it is the credit."""
    assert _authors(_page(top='<div class="byline">Von Jane Doe | Redaktion</div>')) == ["Jane Doe"]
    assert _authors(_page(top='<div class="byline">Jane Doe, Sport</div>')) == ["Jane Doe"]
    assert _authors(_page(top='<div class="byline">Von Redaktion</div>')) == ["Redaktion"]
    assert _authors(_page(top='<div class="byline">Von Jane Doe und John Roe</div>')) == ["Jane Doe", "John Roe"]


def test_a_structured_name_before_a_spaced_dash() -> None:
    """A meta author "Jane Doe - Stadtblatt" / "Jane Doe – Redakteurin": the name before
    the dash; a double name's hyphen stays."""
    assert _authors(_page(head='<meta name="author" content="Jane Doe - Stadtblatt">')) == ["Jane Doe"]
    assert _authors(_page(head='<meta name="author" content="Jane Doe – Redakteurin">')) == ["Jane Doe"]
    assert _authors(_page(head='<meta name="author" content="Anna Müller-Lüdenscheidt">')) == ["Anna Müller-Lüdenscheidt"]


_BIO = ("<p>Jane Doe schreibt seit vielen Jahren über Kommunalpolitik, Verkehr und Stadtentwicklung und "
        "leitet das Lokalressort der Zeitung; davor war sie Volontärin in Leipzig und Korrespondentin in "
        "Brüssel.</p>")


def test_a_writers_box_names_the_writer_it_opens_with() -> None:
    """A theme's writer box under the text (photo, name, biography) or a profile card
    (name, a follow button, a job line): too long for a byline, it opens with the name."""
    box = f'<div class="author-box"><img src="/jane.jpg" alt=""><h4>Jane Doe</h4>{_BIO}</div>'
    assert _authors(_page(bottom=box)) == ["Jane Doe"]  # the biography opens with the name
    other = _BIO.replace("Jane Doe schreibt", "Sie schreibt")
    assert _authors(_page(bottom=box.replace(_BIO, other))) == []
    assert _authors(_page(bottom=box.replace(_BIO, other).replace('alt=""', 'alt="Jane Doe"'))) == ["Jane Doe"]
    linked = box.replace(_BIO, other).replace("<h4>Jane Doe</h4>", '<h4><a href="/autor/jane-doe">Jane Doe</a></h4>')
    assert _authors(_page(bottom=linked)) == ["Jane Doe"]
    card = ('<div class="author-info"><div class="mini-card"><img alt="Jane Doe"><section><h3>'
            '<a href="https://social.example/in/janedoe">Jane Doe</a><a class="author-info__follow-button" '
            'href="/login">Follow</a></h3><h4>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues '
            'Lernen, Schwerpunkte Home-Office und Meetings</h4></section></div></div>')
    assert _authors(_page(top=card)) == ["Jane Doe"]


def test_a_writers_box_that_opens_with_anything_but_a_name_names_nobody() -> None:
    """"Zur Person: X" presents an interviewee; loose text or a button first, a
    phrase as the heading: no name box."""
    for opening in ("<h4>Zur Person: Lena Vogt</h4>", "Lena Vogt <strong>Lena Vogt</strong>",
                    "<button>Folgen</button><h4>Lena Vogt</h4>", "<h4>Mehr zum Thema</h4>",
                    # a heading of two capitalised words with no photo, link or bio naming it
                    "<h4>About Me</h4>", "<h4>Guten Appetit</h4>", "<h4>Mehr Lesen</h4>", "<h4>Read More</h4>"):
        box = f'<div class="author-box">{opening}{_BIO}</div>'
        assert _authors(_page(bottom=box)) == [], opening
    assert _authors(_page(bottom=f'<aside><div class="author-box"><h4>Lena Vogt</h4>{_BIO}</div></aside>')) == []


def test_dublin_core_and_citation_metas_write_the_surname_first() -> None:
    """dc.creator / citation_author "Doe, Jane" is one person in catalogue order
    (Plone and journal templates); two writers or agencies stay as they are."""
    assert _authors(_page(head='<meta name="DC.creator" content="Doe, Jane">')) == ["Jane Doe"]
    two = '<meta name="citation_author" content="Doe, Jane M."><meta name="citation_author" content="Roe, John">'
    assert _authors(_page(head=two)) == ["Jane M. Doe", "John Roe"]
    assert _authors(_page(head='<meta name="dc.creator" content="Jane Doe, John Roe">')) == ["Jane Doe", "John Roe"]
    assert _authors(_page(head='<meta name="dc.creator" content="Reuters, AFP">')) == ["Reuters", "AFP"]


def test_a_label_in_brackets_closing_the_story() -> None:
    """"(Autor: Jane Doe)" / "(Text: Jane Doe)" under the text, as association and
    regional sites credit a piece; a bracketed remark that opens with a label word
    names nobody."""
    assert _authors(_page(bottom="<p>(Autor: Jane Doe)</p>")) == ["Jane Doe"]
    assert _authors(_page(bottom="<p>Die Sitzung endete spät.<br>(Text: Jane Doe)</p>")) == ["Jane Doe"]
    assert _authors(_page(bottom="<p>(Autor des Buches ist der Stadtarchivar)</p>")) == []


def test_spanish_portuguese_and_italian_posted_on_lines() -> None:
    """The themes' "Posted on <date> by X" in Spanish ("Publicado el 3 de marzo de 2024
    por X"), Portuguese ("Publicado em ... por X") and Italian ("Pubblicato il ... da X")."""
    for line, name in [("Publicado el 3 de marzo de 2024 por Juan Pérez", "Juan Pérez"),
                       ("Publicado em 3 de março de 2024 por Maria Silva", "Maria Silva"),
                       ("Pubblicato il 3 marzo 2024 da Mario Rossi", "Mario Rossi")]:
        assert _authors(_page(top=f'<p class="meta">{line}</p>')) == [name], line


def test_a_name_with_a_weekday_and_month_like_particle_stays_whole() -> None:
    """"Di Maio", "Do Mar": a German weekday's abbreviation before a month's name is
    a date only with the day ("Di, 3. Mai 2024", "Fr, Oktober 18")."""
    assert _authors(_page(top='<p class="byline">Von Luigi Di Maio</p>')) == ["Luigi Di Maio"]
    assert _authors(_page(top='<p class="byline">Von Anna Do Mar, Di, 3. Mai 2024</p>')) == ["Anna Do Mar"]
    assert _authors(_page(top='<p class="byline">Von Jane Doe Fr, Oktober 18, 2019</p>')) == ["Jane Doe"]


def test_a_team_a_desk_with_its_section_or_a_job_beside_the_writer_is_no_co_author() -> None:
    for line in ("Von Jane Doe und Team", "Von Jane Doe, Redaktion Politik", "Jane Doe, Chefredakteurin Stadtblatt",
                 "Von Jane Doe und Redaktionsteam"):
        assert _authors(_page(top=f'<div class="byline">{line}</div>')) == ["Jane Doe"], line
    assert _authors(_page(top='<div class="byline">Von Team Stadtblatt</div>')) == ["Team Stadtblatt"]
