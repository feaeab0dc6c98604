"""Parser rules of 2026-12-06 (note 31's "Found and not fixed", parser LOWs): joint
and photo-first credits, an editor's credit alone; on small hand-written pages (each
a pure function of the page and its URL)."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of, byline_authors

_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neuer Haushalt beschlossen", '
       '"author": {"@type": "Person", "name": "Anna Becker"}}</script>')


def test_a_joint_text_and_photos_credit_with_its_by_word_names_the_writer() -> None:
    """"Text und Fotos von X" gave "Text": the joint label with its by-word ("von",
    "by") was read as a list of names; it names the one who wrote and took the pictures."""
    assert clean_byline("Text und Fotos von Anna Becker") == ["Anna Becker"]
    assert clean_byline("Text and photos by Anna Becker") == ["Anna Becker"]
    assert clean_byline("Fotos und Text von Anna Becker") == ["Anna Becker"]
    assert byline_authors("Text und Fotos von Anna Becker", "de") == ["Anna Becker"]
    assert authors_of("de", top="<p>Text und Fotos von Anna Becker</p>") == ["Anna Becker"]


def test_a_photo_then_writer_credit_in_an_unmarked_box_names_the_writer() -> None:
    """The photographer credited first, then the writer, on one line of a box no
    byline mark names: the writer's name is read, the photographer's is not."""
    assert authors_of("de", top='<div class="credits">Fotos: Peter Lang, Text: Anna Becker</div>') == ["Anna Becker"]
    assert authors_of("en", bottom="<p>Photos by Peter Lang / Words by Anna Becker</p>") == ["Anna Becker"]
    assert authors_of("de", top='<div class="credits">Fotos: Peter Lang</div>') == []


def test_an_editors_credit_alone_names_no_writer() -> None:
    """"Edited by X" as the page's only credit made the editor the author: an
    editor (or a translator) is no writer. A writer named elsewhere (the JSON-LD
    author, a byline) stays the author."""
    assert clean_byline("Edited by Anna Becker") == []
    assert byline_authors("Edited by Anna Becker") == []
    assert authors_of("en", top="<p>Edited by Anna Becker</p>") == []
    linked = '<div class="byline">Edited by <a href="/author/anna-becker">Anna Becker</a></div>'
    assert authors_of("en", top=linked) == []
    assert authors_of("en", head=_LD, top="<p>Edited by Anna Becker</p>") == ["Anna Becker"]
    assert byline_authors("By John Roe. Edited by Anna Becker") == ["John Roe"]
    assert byline_authors("Words by John Roe, edited by Anna Becker") == ["John Roe"]
