"""The shared vocabularies: each group written once, and every reader built from it."""

from __future__ import annotations

import re

import pytest

from crawler.parsers.body import boilerplate as bp
from crawler.parsers.box_headings import RELATED_HEADINGS, UNRELATED_LIST_HEADINGS
from crawler.parsers.classify import teasers
from crawler.parsers.metadata import author_marks, date_search, relative_dates
from crawler.parsers.metadata.header import bounds
from crawler.parsers.vocabulary import OTHER_STORIES_MARKS, PROMO_MARKS, SIDE_BOX_MARKS


def test_related_and_site_list_headings_are_apart() -> None:
    # a heading is a related list's or a site-wide list's, never both (the body and the
    # author reader take their union, the related-links reader the first alone)
    assert not set(RELATED_HEADINGS) & set(UNRELATED_LIST_HEADINGS)


def _search(pattern: object, text: str) -> bool:
    return bool(pattern.search(text))  # type: ignore[attr-defined]


OTHER_STORIES_READERS = [teasers._OTHER_BOX, relative_dates._OTHER, author_marks._OTHER, bounds.SKIP_HINT,
                         bounds._OTHER_STORIES, date_search._NOT_OWN_DATE]


@pytest.mark.parametrize("name", ["related-posts", "Recommended", "most-popular", "mostRead", "most-read"])
def test_every_reader_skips_a_box_of_other_stories(name: str) -> None:
    assert re.search(OTHER_STORIES_MARKS, name, re.I)
    assert all(_search(p, name) for p in OTHER_STORIES_READERS)


def test_side_and_promo_boxes() -> None:
    for reader in (teasers._OTHER_BOX, relative_dates._OTHER, bounds._WIDGET, date_search._NOT_OWN_DATE):
        assert _search(reader, "widget-area") and _search(reader, "sidebar")
    for reader in (relative_dates._OTHER, author_marks._OTHER, bounds.SKIP_HINT, bounds._WIDGET):
        assert _search(reader, "promo-box") and _search(reader, "teaser")
        assert not _search(reader, "node-promoted")  # Drupal's class for the story's own node
    assert re.fullmatch(SIDE_BOX_MARKS, "sidebar") and re.fullmatch(PROMO_MARKS, "teaser")


def test_token_groups_are_shared() -> None:
    # the consent, comment and standfirst words each list holds, written once
    assert set(bp.CONSENT_TOKENS) - {"cookiebar"} <= set(bp.STRONG_FURNITURE_TOKENS) & set(bp.FURNITURE_TOKENS)
    assert {"kommentare", "komentarze"} <= set(bp.STRONG_FURNITURE_TOKENS) & set(bp.FURNITURE_TOKENS)
    assert set(bp.LEAD_TOKENS) - {"intro", "teaser", "description", "subheadline", "subhead"} <= set(
        bp.FURNITURE_TOKENS)
    assert {"related", "recirculation"} <= set(bp.RELATED_CONTAINER_TOKENS) & set(bp.FURNITURE_TOKENS)
