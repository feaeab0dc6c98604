"""Author rules of 2026-12-06 (s27): a desk label with its seat ("Redacción:
Madrid") and a by-word's one given name that reads as a month ("Door Jan Volgen
Twitter"), a staff credit with "our" and the job ("Von unserem Redakteur X") and
the writer's label in Croatian, Hungarian, Lithuanian, Latvian and Indonesian; on
small hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of


def test_a_desk_label_with_its_seat_credits_the_desk() -> None:
    """"Redacción: Madrid" gave "Madrid", a place as the writer: a desk label, its
    colon and one word is the desk and its seat; a full name after the label is
    still the writer."""
    assert authors_of("es", top='<p class="byline">Redacción: Madrid</p>') == ["Redacción"]
    assert clean_byline("Redação: Lisboa") == ["Redação"]
    assert clean_byline("Redaktion: Berlin") == ["Redaktion"]
    assert clean_byline("Redacción: Juan Pérez") == ["Juan Pérez"]
    assert clean_byline("Redacción: EFE") == ["EFE"]  # an agency's credit, as before


def test_a_by_words_given_name_that_reads_as_a_month_is_a_person() -> None:
    """"Door Jan Volgen Twitter" (a Dutch byline, then its follow button) gave no
    writer: "Jan" was read as January. A month's word alone after a by-word is no
    date (a date has its day or year), so it is the writer's given name."""
    assert authors_of("nl", top='<p class="byline">Door Jan Volgen Twitter</p>') == ["Jan"]
    assert clean_byline("Door Jan") == ["Jan"]
    assert clean_byline("By May") == ["May"]
    # a date after the by-word is still none
    assert clean_byline("Door Jan 2024") == []
    assert clean_byline("By Jan 5, 2024") == []
    assert clean_byline("Door Jan Jansen Volgen Twitter") == ["Jan Jansen"]


def test_a_staff_writers_credit_with_our_and_a_job_names_the_writer() -> None:
    """"Von unserem Redakteur Anna Müller", "Par notre correspondant Jean Dupont",
    "Dal nostro inviato Mario Rossi a Kiev" (a paper's credit of its own staff: a
    by-word, "our" and the job) gave nobody: "our" was read as the start of a
    name. The job and the posting's place go, the name stays; a desk after "our"
    stays the credit, and no job after "our" is no staff credit."""
    assert authors_of("de", top="<p>Von unserem Redakteur Anna Müller</p>") == ["Anna Müller"]
    assert authors_of("fr", top="<p>Par notre correspondant Jean Dupont</p>") == ["Jean Dupont"]
    assert authors_of("it", top="<p>Dal nostro inviato Mario Rossi a Kiev</p>") == ["Mario Rossi"]
    assert clean_byline("Von unseren Korrespondenten Anna Müller und Jan Berg") == ["Anna Müller", "Jan Berg"]
    assert clean_byline("De notre envoyée spéciale Marie Curie") == ["Marie Curie"]
    assert clean_byline("From our correspondent Jane Doe") == ["Jane Doe"]
    assert clean_byline("De nuestro corresponsal Juan Pérez") == ["Juan Pérez"]
    assert clean_byline("Do nosso correspondente João da Silva em São Paulo") == ["João da Silva"]
    assert clean_byline("Van onze correspondent Jan Jansen") == ["Jan Jansen"]
    assert clean_byline("Von unserer Redaktion") == ["Redaktion"]
    # the posting's place before the name is no writer
    assert clean_byline("Von unserem Korrespondenten in Berlin, Jan Berg") == ["Jan Berg"]
    assert clean_byline("Par notre correspondant à Berlin, Jean Dupont") == ["Jean Dupont"]


def test_labels_in_croatian_hungarian_baltic_and_indonesian() -> None:
    """"Piše: Ivan Horvat" (Croatian, Serbian, Bosnian, Slovenian "writes"),
    "Írta: Kovács Péter" (Hungarian "wrote"), "Autorius:" / "Autors:" (Lithuanian,
    Latvian "author"), "Oleh:" / "Penulis:" (Indonesian and Malay "by", "writer")
    kept the label on the name. "Oleh" without a colon is a Ukrainian given name."""
    assert authors_of("de", top="<p>Piše: Ivan Horvat</p>") == ["Ivan Horvat"]
    assert clean_byline("Írta: Kovács Péter") == ["Kovács Péter"]
    assert clean_byline("Autorius: Jonas Jonaitis") == ["Jonas Jonaitis"]
    assert clean_byline("Autors: Jānis Bērziņš") == ["Jānis Bērziņš"]
    assert clean_byline("Oleh: Ahmad Santoso") == ["Ahmad Santoso"]
    assert clean_byline("Penulis: Siti Rahma") == ["Siti Rahma"]
    assert clean_byline("Oleh Petrenko") == ["Oleh Petrenko"]


def test_an_author_box_opening_with_the_name_before_a_long_bio_gives_the_name() -> None:
    """An author box holding the writer's name (a heading's link), a follow
    button, a long job line and the like and comment buttons was too long to read
    as a byline and gave nobody: the plain name that opens it as a link (to the
    writer's profile) is the writer. A box opening with a label, or with a name in a
    plain heading (a book's author, an interviewee), names nobody so."""
    box = ('<div class="author-info"><img alt="Inga Hoeltmann"><section><h3><a href="/in/ingahoeltmann">'
           'Inga Hoeltmann</a><a class="author-info__follow-button" href="/login">Follow</a></h3>'
           '<h4>Transformationsbegleiterin und Expertin für Neue Arbeit und Neues Lernen. Schwerpunkte: '
           'Home-Office und Meetings, Führung auf Distanz</h4></section><ul><li><button>Like</button>'
           '<span>319</span></li><li><button>Comment</button><span>160</span></li></ul></div>')
    assert authors_of("de", top=box) == ["Inga Hoeltmann"]
    label = box.replace("Inga Hoeltmann</a>", "Über die Autorin</a>")
    assert authors_of("de", top=label) == []
    unlinked = box.replace('<a href="/in/ingahoeltmann">Inga Hoeltmann</a>', "Inga Hoeltmann")
    assert authors_of("de", top=unlinked) == []


def test_joint_feminine_and_magazine_labels_are_no_part_of_the_name() -> None:
    """"Tekst og foto: Ola Nordmann" (Norwegian, Danish "text and photo"; Dutch
    "Tekst en foto's", Polish "Tekst i zdjęcia") gave "Tekst"; "Autor tekstu: X"
    (Polish "author of the text") gave nobody; "Autora:" / "Auteure :" (the
    feminine author in Spanish, Portuguese, French), "Words: X" (an English
    magazine's credit) and "Kirjoittanut: X" (Finnish "written by", with its colon)
    were no byline on an unmarked line."""
    assert authors_of("de", top="<p>Tekst og foto: Ola Nordmann</p>") == ["Ola Nordmann"]
    assert clean_byline("Tekst en foto's: Jan Jansen") == ["Jan Jansen"]
    assert clean_byline("Tekst i zdjęcia: Jan Kowalski") == ["Jan Kowalski"]
    assert clean_byline("Autor tekstu: Jan Kowalski") == ["Jan Kowalski"]
    assert authors_of("es", top="<p>Autora: María López</p>") == ["María López"]
    assert authors_of("fr", top="<p>Auteure : Marie Curie</p>") == ["Marie Curie"]
    assert authors_of("en", top="<p>Words: Jane Doe</p>") == ["Jane Doe"]
    assert authors_of("de", top="<p>Kirjoittanut: Matti Virtanen</p>") == ["Matti Virtanen"]
