"""Author rules of 2026-12-06 (s26): the Czech, Slovak and Slovenian author labels
("Autoři:", "Autorky:", "Autori:", "Avtor:"), French "Texte :" and Spanish
"Redacción:", follow buttons beside the name in seven languages, placeholders for a
missing name and a kind of person in both genders ("Tierfreund/in"); on small
hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of


def test_czech_and_slovak_plural_author_labels_are_no_name() -> None:
    """"Autoři: Jan Novák, Petr Svoboda" (Czech "authors") kept the label with the
    first name ("Autoři: Jan Novák"): only the singular "Autor" and "Autorka" were
    known labels. The plural forms of Czech, Slovak, Croatian and Romanian (also
    Italian "Autori") and Slovenian "Avtor" go like "Autor:"."""
    assert authors_of("de", top='<p class="byline">Autoři: Jan Novák, Petr Svoboda</p>') == [
        "Jan Novák", "Petr Svoboda"]
    assert authors_of("de", top="<p>Autoři: Jan Novák a Petr Svoboda</p>") == ["Jan Novák", "Petr Svoboda"]
    assert authors_of("de", top="<p>Autorky: Jana Nová a Eva Malá</p>") == ["Jana Nová", "Eva Malá"]
    assert authors_of("de", top="<p>Autori: Ján Kováč, Peter Malý</p>") == ["Ján Kováč", "Peter Malý"]
    assert authors_of("de", top="<p>Avtor: Janez Novak</p>") == ["Janez Novak"]
    assert clean_byline("Autoři: Jan Novák") == ["Jan Novák"]
    assert clean_byline("Avtorica: Maja Kos") == ["Maja Kos"]



def test_a_follow_button_beside_the_name_is_no_writer() -> None:
    """A follow button or link printed in the byline beside the name ("Luis Ávila /
    Seguir", "Par Jean Dupont Suivre") gave "Seguir" as a co-author or glued the word
    to the name: only English "Follow" and German "Folgen" were known. Spanish and
    Portuguese "Seguir", French "Suivre", Dutch "Volgen", Polish "Obserwuj", Danish /
    Norwegian "Følg" and Swedish "Följ" end the names the same way."""
    row = ('<ul class="autor"><li><a href="/autor/luis-avila">Luis Ávila</a></li><li> / </li>'
           '<li class="twitter"><a href="https://twitter.com/lavila15" title="Seguir a @lavila15"><b>Seguir</b></a>'
           '</li></ul>')
    assert authors_of("es", top=row) == ["Luis Ávila"]
    assert authors_of("es", top='<p class="byline">Por Luis Ávila / <a href="https://x.com/la">Seguir</a></p>') == [
        "Luis Ávila"]
    assert authors_of("fr", top='<p class="byline">Par Jean Dupont <button>Suivre</button></p>') == ["Jean Dupont"]
    assert authors_of("nl", top='<p class="byline">Door Jan de Vries <a href="https://x.com/jdv">Volgen</a></p>') == [
        "Jan de Vries"]
    assert clean_byline("Anna Nowak Obserwuj") == ["Anna Nowak"]
    assert clean_byline("Ulf Berg Följ") == ["Ulf Berg"]


def test_a_placeholder_for_a_missing_name_is_no_writer() -> None:
    """Blogger prints "Unknown" as the author of a post whose profile hides its name
    (in the post footer's byline, its microdata and the comments); other CMSs and
    templates print "Anonymous", "Unbekannt", "undefined" or "null" where the name is
    missing. None names a person (DESIGN: authors are people)."""
    footer = ('<div class="post-footer"><span class="post-author vcard">Eingestellt von <span class="fn">'
              '<a href="https://www.blogger.com/profile/1799" rel="author" title="author profile">{}</a></span></span></div>')
    assert authors_of("de", bottom=footer.format("Unknown")) == []
    assert authors_of("de", bottom=footer.format("Anna Schmidt")) == ["Anna Schmidt"]
    ld = '<script type="application/ld+json">{{"@type": "NewsArticle", "author": {{"@type": "Person", "name": "{}"}}}}</script>'
    assert authors_of("en", head=ld.format("undefined")) == []
    assert authors_of("en", head=ld.format("Anonymous")) == []
    assert clean_byline("By Unknown") == []
    assert clean_byline("Von Unbekannt") == []
    assert clean_byline("Jane Doe, Unknown") == ["Jane Doe"]


def test_french_texte_and_spanish_redaccion_labels_are_no_name() -> None:
    """"Texte : Jean Dupont" (French spaces its colon) gave "Texte" as the writer, and
    "Redacción: Juan Pérez" in an author box kept the label on the name: only German
    and English "Text", Spanish "Texto" were known. With its colon Spanish
    "Redacción" and Portuguese "Redação" label the writer's credit; alone, "Redacción"
    is still the desk's own credit."""
    assert authors_of("fr", top='<p class="credits">Texte : Jean Dupont</p>') == ["Jean Dupont"]
    assert authors_of("fr", top="<p>Texte : Jean Dupont</p>") == ["Jean Dupont"]
    assert authors_of("es", top='<p class="autor">Redacción: Juan Pérez</p>') == ["Juan Pérez"]
    assert authors_of("es", top="<p>Redacción: Juan Pérez</p>") == ["Juan Pérez"]
    assert authors_of("es", top='<p class="autor">Redacción</p>') == ["Redacción"]
    assert clean_byline("Redação: João Silva") == ["João Silva"]


def test_a_kind_of_person_in_both_genders_is_no_name() -> None:
    """A shop's review printed its "verified pet lover" badge as the review's author
    ("Verifizierte/r Tierfreund/in", in microdata and on the page), which was read as
    the page's writer. A German noun written for both genders with a slash names a
    kind of person, never one; a slash between two names still parts them."""
    review = ('<div itemprop="review" itemscope itemtype="https://schema.org/Review"><span itemprop="author" '
              'content="Verifizierte/r Tierfreund/in"></span><small>Verifizierte/r Tierfreund/in am 8.6.2020</small>'
              '<p class="comment">Super Artikel!</p></div>')
    assert authors_of("de", bottom=review) == []
    assert clean_byline("Verifizierte/r Tierfreund/in") == []
    assert clean_byline("Jane Doe / John Roe") == ["Jane Doe", "John Roe"]
    assert clean_byline("Anna Schmidt/dpa") == ["Anna Schmidt", "dpa"]
