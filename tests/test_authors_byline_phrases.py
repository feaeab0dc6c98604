"""Author rules of 2026-12-05 (s23): the byline leftovers of reviews 21 and 22 (L3,
L4), each on a small hand-written page."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline, italian_by, looks_like_byline
from tests.support.byline_page import authors_of


def _authors(lang: str, top: str = "", bottom: str = "", title: str = "Neuer Haushalt beschlossen") -> list[str]:
    return authors_of(lang, top=top, bottom=bottom, title=title)


def test_a_curators_credit_in_a_byline_box_keeps_the_person() -> None:
    """"A cura di Vittorio Sgarbi e Palazzo Reale" in a byline box: the person is
    the credit, the palace is not (it named nobody, and before that the palace alone);
    as an unmarked line it is an exhibition's credit and names nobody."""
    box = '<p class="byline">{}</p>'
    assert _authors("it", top=box.format("A cura di Vittorio Sgarbi e Palazzo Reale")) == ["Vittorio Sgarbi"]
    assert _authors("it", top=box.format("A cura di Mario Rossi e Museo Civico")) == ["Mario Rossi"]
    assert _authors("fr", top=box.format("Écrit par Jean Dupont et Fondation Cartier")) == ["Jean Dupont"]
    assert _authors("it", top="<p>A cura di Vittorio Sgarbi e Palazzo Reale</p>") == []
    assert not looks_like_byline("A cura di Vittorio Sgarbi e Palazzo Reale")


def test_four_names_after_a_short_line_by_word_are_all_kept() -> None:
    """A byline of four names ("A cura di A, B, C e D") gave the last three: the
    by-phrase is read for up to six names; a longer list is no credit rather than
    a list without its first name."""
    four = "A cura di Mario Rossi, Giulia Bianchi, Luca Verdi e Anna Neri"
    want = ["Mario Rossi", "Giulia Bianchi", "Luca Verdi", "Anna Neri"]
    assert _authors("it", top=f'<p class="byline">{four}</p>') == want
    assert _authors("it", top=f"<p>{four}</p>") == want
    assert _authors("en", top='<p class="byline">By Ann Lee, Carl Dent, Eva Fox and Gus Hill</p>') == [
        "Ann Lee", "Carl Dent", "Eva Fox", "Gus Hill"]
    seven = "A cura di " + ", ".join(f"Nome{c} Cognome{c}" for c in "ABCDEF") + " e Nome Ultimo"
    assert clean_byline(seven) == []
    # a date after the names: read once it is cut
    assert clean_byline("A cura di Mario Rossi e Giulia Bianchi 12 maggio 2023") == ["Mario Rossi", "Giulia Bianchi"]


def test_a_given_name_before_and_is_a_person_even_if_it_reads_as_a_month() -> None:
    """"Geschreven door Jan en Piet Jansen" gave "Piet Jansen": "Jan" read as January.
    Read as printed: "Jan" and "Piet Jansen" (two people; the shared surname is not
    added, a name the line does not print, as "By John and Mary Smith" gives "John")."""
    assert _authors("nl", top='<p class="byline">Geschreven door Jan en Piet Jansen</p>') == ["Jan", "Piet Jansen"]
    assert clean_byline("By May and John Smith") == ["May", "John Smith"]
    assert clean_byline("By Jane Doe, Jan 5 2024") == ["Jane Doe"]  # a date stays a date


def test_italian_di_opening_a_byline_is_by() -> None:
    """Italian "Di Luigi Di Maio" ("By Luigi Di Maio") kept "Di"; a surname opening
    with "Di" ("Di Maio", "Luigi Di Maio") stays whole, and only an Italian page
    reads so. Two words after it ("Di Mario Rossi", "Di Stefano Rossi") may be a
    "Di" surname and a name printed whole: read as "By" only when the markup prints
    the name apart (review 23 LOW-1)."""
    box = '<p class="byline">{}</p>'
    assert _authors("it", top=box.format("Di Luigi Di Maio")) == ["Luigi Di Maio"]
    assert _authors("it", top=box.format("Di Maria Grazia Cucinotta e Luigi Di Maio")) == [
        "Maria Grazia Cucinotta", "Luigi Di Maio"]
    assert _authors("it", top=box.format("Luigi Di Maio")) == ["Luigi Di Maio"]
    assert _authors("it", top=box.format("Di Maio")) == ["Di Maio"]
    assert _authors("en", top=box.format("Di Luigi Di Maio")) == ["Di Luigi Di Maio"]
    assert _authors("it", top="<p>Di Maria Grazia Cucinotta</p>") == ["Maria Grazia Cucinotta"]
    # a sentence opening with a name after "Di" ("About Mario Draghi ...") is no byline
    assert _authors("it", top="<p>Di Mario Draghi si parla molto in questi giorni.</p>") == []


def test_italian_di_before_two_words_is_read_whole_unless_the_name_stands_apart() -> None:
    """"Di Stefano Rossi", "Di Caprio Leonardo" in a byline box gave "Stefano Rossi",
    "Caprio Leonardo": "Di Stefano", "Di Caprio" are surnames as often as "Di" is the
    by-word, and the line is read whole (as before s23) unless the markup sets the
    name apart from the "Di" (review 23 LOW-1)."""
    box = '<p class="byline">{}</p>'
    assert _authors("it", top=box.format("Di Stefano Rossi")) == ["Di Stefano Rossi"]
    assert _authors("it", top=box.format("Di Caprio Leonardo")) == ["Di Caprio Leonardo"]
    assert _authors("it", top=box.format('Di <a href="/autore/stefano-rossi">Stefano Rossi</a>')) == [
        "Stefano Rossi"]
    assert italian_by("Di Stefano Rossi", "it", True) == "Di Stefano Rossi"
    assert italian_by("Di Stefano Rossi", "it", True, {"Stefano Rossi"}) == "di Stefano Rossi"


def test_an_italian_sentence_about_someone_is_no_byline() -> None:
    """"Di X, ..." opens an Italian sentence ("About X ..."): as the page's first
    short paragraph, with no byline box, it named X the writer (review 23 HIGH-1).
    Outside a byline box "Di" is "By" only on a line of names alone (a date aside)."""
    for line in ("Di Mario Draghi, ex presidente della BCE, si parla molto.",
                 "Di Matteo Salvini (Lega) si è discusso a lungo ieri sera in aula.",
                 "Di Maria Elena Boschi, ex ministra, si parla molto.",
                 "Di Maria Elena Boschi (Iv) si è discusso a lungo ieri.",
                 "Di Elly Schlein (Pd) e Giuseppe Conte (M5s) si è parlato.",
                 "Di Giorgia Meloni | Roma", "Di Maria Elena Boschi | Roma",
                 "Di Maria Elena Boschi e Giuseppe Conte."):
        assert _authors("it", top=f"<p>{line}</p>") == [], line
        assert italian_by(line, "it") == line, line
    assert _authors("it", top="<p>Di Maria Elena Boschi - 12 maggio 2023</p>") == ["Maria Elena Boschi"]
    # in a byline box the line is the byline, a job after the name included
    assert _authors("it", top='<p class="byline">Di Maria Elena Boschi, giornalista</p>') == [
        "Maria Elena Boschi"]


def test_a_bylines_tail_keeps_the_writer() -> None:
    """"By X, with additional reporting by Y." and its German, Spanish, French forms
    as an unmarked line gave nobody: the running-clause rule ("Written by X, the
    show follows ...") read the credit's tail as a review's sentence (review 23
    MEDIUM-1). A plain by-word's line is a byline, and a tail opening with "with",
    "mit", "con", "avec" ... is the byline's own."""
    for lang, line, name in (
            ("en", "By Jane Doe, with additional reporting by John Roe and Max Moe.", "Jane Doe"),
            ("en", "Written by Jane Doe, with additional reporting by the team.", "Jane Doe"),
            ("en", "By Jane Doe, with the assistance of our regional desk.", "Jane Doe"),
            ("en", "By Jane Doe, the first of three parts.", "Jane Doe"),
            ("de", "Von Jane Doe, mit Material von dpa und afp.", "Jane Doe"),
            ("es", "Por Jane Doe, con información de las agencias internacionales.", "Jane Doe"),
            ("fr", "Par Jane Doe, avec les correspondants de la rédaction.", "Jane Doe")):
        assert _authors(lang, top=f"<p>{line}</p>") == [name], line
        assert _authors(lang, top=f'<p class="byline">{line}</p>') == [name], line
        assert looks_like_byline(line), line
    for line in ("Von Jane Doe, mit Material von dpa", "Por Jane Doe, con información de Reuters",
                 "Par Jane Doe, avec AFP"):
        assert clean_byline(line) == ["Jane Doe"], line
    # the review's sentence still names nobody
    assert not looks_like_byline("Written by Phoebe Waller-Bridge, the show follows a young woman.")


def test_a_co_author_in_a_script_without_case_is_kept() -> None:
    """A co-author written in Arabic, Hebrew or Korean after a Latin name was dropped
    as "running words" (none capitalised): a word is lower-case only when its letters
    have case and are all small (review 23 MEDIUM-4)."""
    box = '<p class="byline">{}</p>'
    assert _authors("en", top=box.format("By Jane Doe and محمد علي")) == ["Jane Doe", "محمد علي"]
    assert _authors("en", top=box.format("By Jane Doe and דוד כהן")) == ["Jane Doe", "דוד כהן"]
    assert _authors("en", top=box.format("By Jane Doe, Max Roe and 김 철수")) == ["Jane Doe", "Max Roe", "김 철수"]
    assert _authors("en", top='<p class="byline">By Jane Doe, the paper\'s city hall reporter</p>') == ["Jane Doe"]


def test_written_by_in_a_reviews_sentence_names_the_works_writer() -> None:
    """"Written by X, the show follows ...": a review's sentence about the work, not
    the byline; a byline's job after the comma still ends the name."""
    line = ("Written by Phoebe Waller-Bridge, the show follows a young woman navigating life and grief "
            "in London, and it is very funny.")
    assert _authors("en", top=f"<p>{line}</p>", title="Fleabag review") == []
    assert _authors("en", top="<p>Written by Phoebe Waller-Bridge, the show follows a young woman.</p>") == []
    assert _authors("en", top="<p>Written by Jane Doe, Staff Writer</p>") == ["Jane Doe"]
    assert clean_byline("By Jane Doe, special to the Daily Planet") == ["Jane Doe"]
    assert clean_byline("Por Juan Pérez, corresponsal en la ciudad de México.") == ["Juan Pérez"]
    assert not looks_like_byline(line)
    # in a byline box the name is the writer's and the clause (a bio) goes, no pieces of it as writers
    assert _authors("en", top='<p class="byline">By Jane Doe, who has covered city hall for ten years.</p>') == [
        "Jane Doe"]
    assert _authors("en", top='<div class="byline">By <a href="/author/jane-doe">Jane Doe</a>, the paper\'s city '
                              'hall reporter since 2010 and a long-time resident.</div>') == ["Jane Doe"]
    assert clean_byline("By Jane Doe, staff writer for the city desk at the paper.") == ["Jane Doe"]


def test_long_adversarial_name_lines_are_no_credit() -> None:
    """The name-list pattern after "A cura di" / "Di" on long adversarial lines: no
    credit and no byline (their time is measured by benchmarks/robustness.py, not here)."""
    for line in ("A cura di " + "Ab " * 2000, "A cura di " + "Ab, " * 2000 + "x",
                 "A cura di " + "Ab Cd e " * 700 + "x", "Di " + "Ab Cd e " * 700 + "x"):
        assert not looks_like_byline(line), line[:40]
        assert italian_by(line, "it") == line, line[:40]
        if line.startswith("A cura"):
            assert clean_byline(line) == [], line[:40]


def test_a_plain_by_words_lead_sentence_names_nobody() -> None:
    """"Par X, le maire, la décision a été prise ..." (a passive agent and an
    apposition opening the lead) as the page's first short paragraph named X the
    writer: a plain by-word's line was a byline whatever followed (review 24
    MEDIUM-A). Outside a byline box only a short tail or a credit's tail keeps the
    line a byline; in a byline box the name is read and the clause (a bio) goes."""
    for lang, line, name in (
            ("fr", "Par Jean Dupont, le maire, la décision a été prise sans consulter le conseil municipal.",
             "Jean Dupont"),
            ("es", "Por Isabel Díaz Ayuso, la presidenta regional, la medida fue anunciada el martes por la tarde.",
             "Isabel Díaz Ayuso"),
            ("nl", "Door Dick Schoof, de premier, is het kabinet dinsdag bijeengeroepen voor overleg.", "Dick Schoof"),
            ("en", "By Jane Doe, the city council was told on Tuesday that the budget would be cut.", "Jane Doe")):
        assert _authors(lang, top=f"<p>{line}</p>") == [], line
        assert not looks_like_byline(line), line
        assert _authors(lang, top=f'<p class="byline">{line}</p>') == [name], line
    # a byline's own short tail or job stays a byline
    assert _authors("en", top="<p>By Jane Doe, staff writer.</p>") == ["Jane Doe"]
    assert _authors("en", top="<p>By Jane Doe, the first of three parts.</p>") == ["Jane Doe"]
    assert _authors("es", top="<p>Por Juan Pérez, corresponsal en la ciudad de México.</p>") == ["Juan Pérez"]


def test_an_italian_reviews_sentence_names_no_participle_or_place() -> None:
    """"Scritto da Elena Ferrante, ambientato a Napoli, il romanzo segue ..." gave
    Elena Ferrante, "ambientato" and "Napoli": the long clause of running words after
    the place was skipped as a name's tail instead of making the line no credit
    (review 24 MEDIUM-C). A review's sentence names nobody, in a byline box too."""
    for line in ("Scritto da Elena Ferrante, ambientato a Napoli, il romanzo segue due amiche per sessant'anni.",
                 "Scritto da Elena Ferrante, e ambientato a Napoli, il romanzo segue due amiche per sessant'anni."):
        assert _authors("it", top=f"<p>{line}</p>", title="L'amica geniale") == [], line
        assert clean_byline(line) == [], line
    # running words after a name in a byline box still go, the name stays
    assert _authors("en", top='<p class="byline">By Jane Doe, the paper\'s city hall reporter</p>') == ["Jane Doe"]


def test_a_section_arrow_or_a_dash_before_the_by_word_keeps_the_byline() -> None:
    # old table layouts: "<i>date</i><br>Section » by <b>Name</b>", "date - by Name"
    cases = {
        "World » by Tom Delaney": ["Tom Delaney"],
        "Friday, September 9, 2022 World » by Tom Delaney": ["Tom Delaney"],
        "September 9, 2022 - by Tom Delaney": ["Tom Delaney"],
        "Politik › von Jana Novak und Claudia Weiß": ["Jana Novak", "Claudia Weiß"],
        "Samedi 28 juillet 2024 Monde » par Chloé Martin et Élodie Marchand": ["Chloé Martin", "Élodie Marchand"],
    }
    for text, names in cases.items():
        assert looks_like_byline(text), text
        assert clean_byline(text) == names, text
