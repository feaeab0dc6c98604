"""Review 26's misfires of the session-25 date rules, each on a shortened copy of
the reviewer's page."""

from __future__ import annotations

from crawler.parsers import parse_article

_PROSE = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members argued "
                  "at length about the schools. ") * 4 + "</p>"


def test_a_documents_date_and_update_in_the_body_does_not_date_the_page() -> None:
    """A linked document's "12 March 2019 | Updated 2 April 2024" in the story's text
    dated the page 2019-03-12 and stopped the label scan before the post's own
    "Posted on May 3, 2024". The paired day counts only before the story's running
    text, and a published label anywhere still wins."""
    page = ('<html lang="en"><head><title>Our new permit rules explained</title></head><body><div class="post">'
            '<h2 class="title">Our new permit rules explained</h2><div class="text">' + _PROSE
            + '<p><a href="/docs/form-a.pdf">Form A (PDF)</a><br>12 March 2019 | Updated 2 April 2024</p>' + _PROSE
            + '</div><div class="postmeta">Posted on May 3, 2024 by Sarah Miller</div></div></body></html>')
    record = parse_article(page, "https://permits.example.org/new-permit-rules", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-05-03"
    page = ('<html lang="en"><head><title>Guide to permits</title></head><body><article><h1>Guide to permits</h1>'
            + _PROSE * 2 + '<ul><li><a href="/r.pdf">Permit form</a><br>12 March 2019 | Updated 2 April 2024</li>'
            '</ul>' + _PROSE + '<div class="entry-date">2024-05-03</div></article></body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None and record.published is not None
    assert record.published[:10] == "2024-05-03"
