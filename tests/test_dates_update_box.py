"""A ``<time>`` in an update's box printed before the post's own date (WordPress's
block theme: "Last updated <time>" over the post date) is no publication date."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.document import parse_html
from crawler.parsers.metadata.extract import extract_metadata
from crawler.parsers.page import ParsedPage

BODY = "<p>" + "The council met on Tuesday to talk about the harbour works at length. " * 6 + "</p>"


def _published(stamps: str) -> str | None:
    html = f"""<html lang="en"><head><title>Harbour works begin again</title></head><body><main>
    <h1>Harbour works begin again</h1><div class="meta">{stamps}</div>
    <div class="content">{BODY * 3}</div></main></body></html>"""
    doc = parse_html(html)
    assert doc is not None
    return extract_metadata(ParsedPage(doc, "https://example.org/harbour-works-begin-again/")).published


@pytest.mark.parametrize("update", [
    # the block theme's modified-date block: marked by its box's class
    "<div class='wp-block-post-date__modified-date wp-block-post-date'>Last updated "
    "<time datetime='2024-02-01T10:02:11+00:00'>February 1, 2024</time></div>",
    # a box with no class: the label before the <time> says it
    "<div>Last updated <time datetime='2024-02-01T10:02:11+00:00'>February 1, 2024</time></div>",
    "<div>Laatst gewijzigd <time datetime='2024-02-01T10:02:11+00:00'>1 februari 2024</time></div>",
])
def test_an_update_box_printed_before_the_post_date_is_not_the_publication(update: str) -> None:
    post = "<div class='wp-block-post-date'><time datetime='2024-01-19T18:39:00+00:00'>January 19, 2024</time></div>"
    assert (_published(update + post) or "")[:10] == "2024-01-19"


def test_a_published_label_before_the_time_keeps_it() -> None:
    stamps = ("<div>Published <time datetime='2024-01-19T18:39:00+00:00'>January 19, 2024</time></div>"
              "<div>Updated <time datetime='2024-02-01T10:02:11+00:00'>February 1, 2024</time></div>")
    assert (_published(stamps) or "")[:10] == "2024-01-19"


def test_a_date_alone_in_its_box_over_an_updated_box_is_the_publication():
    # no <h1> (the headline a styled <div>), no metadata: the day printed alone in its box
    # over the "Updated" box is the first version's, the update's the change's
    text = "The council approved the new budget after a long debate about the bridge and the schools. " * 8
    for stamp in ("May 4, 2022", "Wednesday, May 4, 2022, 12:15 pm"):
        html = ("<html lang='en'><head><title>Budget approved for the town</title></head><body><div class='a'>"
                f"<div class='c'>Budget approved for the town</div><div>{stamp}</div><div>Updated May 6, 2022</div>"
                f"<div class='e'><p>{text}</p></div></div></body></html>")
        record = parse_article(html, "https://example.org/news/budget-approved")
        assert record is not None and (record.published or "")[:10] == "2022-05-04"
