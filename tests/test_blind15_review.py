"""A review of the fifteenth blind site's rules (French, Greek) on shapes other sites print:
each test failed on the rules as merged."""

from __future__ import annotations

import pytest

from crawler.parsers.metadata.authors import clean_byline

OLD_URL = "http://www.example.fr/web/article/0,1-0@2-3208,36-271829,0.html"


@pytest.mark.parametrize(("byline", "authors"), [
    ("Του Μπαράκ Ομπάμα", ["Μπαράκ Ομπάμα"]),  # a foreign name in Greek letters does not decline
    ("Του Φρανσίσκο Γκόγια", ["Φρανσίσκο Γκόγια"]),
    ("Του Ζαν-Πωλ Σαρτρ", ["Ζαν-Πωλ Σαρτρ"]),
    ("ΤΟΥ ΓΙΩΡΓΟΥ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΓΙΩΡΓΟΣ ΠΑΠΑΔΟΠΟΥΛΟΣ"]),  # (these held: kept as they are)
    ("ΤΗΣ ΜΑΡΙΑΣ ΠΑΠΑΔΟΠΟΥΛΟΥ", ["ΜΑΡΙΑ ΠΑΠΑΔΟΠΟΥΛΟΥ"]),
])
def test_a_greek_byline_declines_greek_names_only(byline: str, authors: list[str]) -> None:
    assert clean_byline(byline) == authors
