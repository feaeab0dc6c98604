"""Author rules of 2026-12-06 (s26): a JSON-LD author the page prints as its editor
("Editor : X" under the story) yields to the byline over the text, and a role word
trimmed off a name leaves no colon on it; on small hand-written pages."""

from __future__ import annotations

from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of

_LD = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Neuer Haushalt beschlossen", '
       '"author": {"@type": "Person", "name": "Heryadi", "url": "https://example.org/author/112/heryadi"}}</script>')
_BYLINE = '<div class="info"><div class="author-2">Naufal Zuhdi</div><span class="datetime">20/1/2026 18:30</span></div>'


def test_a_json_ld_author_printed_as_the_editor_yields_to_the_byline() -> None:
    """A newsroom CMS put the editor who published the story in the JSON-LD author
    ("Heryadi"), printed under the story as "Editor : Heryadi", while the byline over
    the text names the reporter: the byline's name is the writer."""
    editor = '<div class="info-author"> Editor : <a href="https://example.org/author/112/heryadi">Heryadi</a></div>'
    assert authors_of("en", head=_LD, top=_BYLINE, bottom=editor) == ["Naufal Zuhdi"]
    labelled = '<p><span>Edited by</span> <a href="/author/112/heryadi">Heryadi</a></p>'
    assert authors_of("en", head=_LD, top=_BYLINE, bottom=labelled) == ["Naufal Zuhdi"]


def test_a_json_ld_author_not_credited_as_editor_stays() -> None:
    """Without the editor's credit, or when the byline names the same person, the
    JSON-LD author stays; so it does beside another credit's label."""
    assert authors_of("en", head=_LD, top=_BYLINE) == ["Heryadi"]
    editor = '<div class="info-author"> Editor : <a href="https://example.org/author/112/heryadi">Heryadi</a></div>'
    assert authors_of("en", head=_LD, top=_BYLINE.replace("Naufal Zuhdi", "Heryadi"), bottom=editor) == ["Heryadi"]
    other = '<div class="info-author"> Photographer : <a href="/author/112/heryadi">Heryadi</a></div>'
    assert authors_of("en", head=_LD, top=_BYLINE, bottom=other) == ["Heryadi"]


def test_a_role_word_trimmed_off_leaves_no_colon_on_the_name() -> None:
    """"Editor : Heryadi" in an author box gave ": Heryadi": the role word before a
    spaced colon or dash was trimmed and the colon stayed on the name (and the
    JSON-LD's "Heryadi" was shown as the page's ": Heryadi")."""
    editor = '<div class="info-author"> Editor : <a href="https://example.org/author/112/heryadi">Heryadi</a></div>'
    assert authors_of("en", head=_LD, bottom=editor) == ["Heryadi"]
    assert clean_byline("Editor : Jane Doe") == ["Jane Doe"]
    assert clean_byline("Editor - Jane Doe") == ["Jane Doe"]
