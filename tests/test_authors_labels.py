"""Author rules of 2026-12-06 (s26): the Czech, Slovak and Slovenian author labels
("Autoři:", "Autorky:", "Autori:", "Avtor:") on a small hand-written page."""

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

