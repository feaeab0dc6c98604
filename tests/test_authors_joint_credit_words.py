"""A joint credit of credit words before the by-word ("Story and photos by X",
"Edited and written by X", "Recherche und Text von X") names X, the writer."""

from __future__ import annotations

import pytest

from tests.support.byline_page import authors_of


@pytest.mark.parametrize("lang, line", [
    ("en", "Story and photos by Jane Doe"),
    ("en", "Edited and written by Jane Doe"),
    ("en", "Words and pictures by Jane Doe"),
    ("en", "Reporting and photos by Jane Doe"),
    ("de", "Text und Fotos von Jane Doe"),
    ("de", "Recherche und Text von Jane Doe"),
    ("fr", "Texte et photos par Jane Doe"),
    ("fr", "Reportage et photos par Jane Doe"),
    ("es", "Texto y fotos por Jane Doe"),
    ("es", "Reportaje y fotos por Jane Doe"),
])
def test_a_joint_credit_before_by_names_the_writer(lang, line):
    assert authors_of(lang, top=f"<p class=byline>{line}</p>") == ["Jane Doe"]
