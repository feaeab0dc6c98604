"""A heading between the story's prose and its closing byline heads a section of the
story, not a box of other stories: "Latest", "More on the plan" or a subheading
linked to a topic page over paragraphs, and a small "Read next" box with its list
before the byline, left the writer uncredited (review of authfix, 2026-12-07). A
comment thread's heading still makes its readers no authors. Written by hand."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.author_marks import in_other_stories

_URL = "https://www.example-planet.com/2025/03/04/council-approves-harbour-budget"
_PROSE = ("The council approved a new budget for the harbour district on Tuesday evening after a long debate. "
          "Members said the plan would pay for repairs to the old quay and two new ferry berths by next spring. ")
_BODY = "".join(f"<p>{_PROSE * 2}</p>" for _ in range(3))
_BYLINE = '<p>By <a href="/author/jane-doe">Jane Doe</a></p>'


def _page(story: str) -> str:
    """A news page whose story holds a headline, a date, three paragraphs, then ``story``."""
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<title>Council approves harbour budget | The Daily Planet</title></head><body>'
            '<header class="site-header"><a href="/" class="logo">The Daily Planet</a><nav><ul>'
            '<li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li></ul></nav></header>'
            '<main><article><h1>Council approves harbour budget</h1>'
            f'<time datetime="2025-03-04T18:00:00Z">March 4, 2025</time>{_BODY}{story}</article></main>'
            '<footer class="site-footer"><p>© 2025 The Daily Planet</p></footer></body></html>')


def _authors(html: str) -> list[str]:
    article = parse_article(html, _URL, fetched_at="2026-12-07T00:00:00Z")
    assert article is not None
    return article.authors


@pytest.mark.parametrize("story", [
    f"<h2>Latest</h2>{_BODY}{_BYLINE}",
    f"<h2>More on the harbour plan</h2><p>{_PROSE}</p>{_BYLINE}",
    f'<h2><a href="/topics/harbour">The harbour plan</a></h2>{_BODY}{_BYLINE}',
    f'<div class="inline"><h4>Read more</h4><a href="/2025/03/02/ferry">Ferry berths open</a></div><p>{_PROSE}</p>{_BYLINE}',
    '<section class="related"><h2>Read next</h2><ul><li><a href="/2025/03/02/ferry">Ferry berths</a></li></ul>'
    f'</section>{_BYLINE}',
    # a teaser line in the text, its label's words then another story's link
    f'<p>Related coverage: <a href="/2025/03/02/explained">Harbour budget explained</a></p>{_BYLINE}',
    f'<p><strong>More from The Daily Planet:</strong> <a href="/2025/03/02/explained">Harbour budget explained</a></p>{_BYLINE}',
])
def test_closing_byline_after_a_section_heading_is_the_writer(story: str) -> None:
    assert _authors(_page(story)) == ["Jane Doe"]


def test_readers_after_a_comment_heading_are_no_authors_even_after_their_posts() -> None:
    from lxml import html as lxml_html
    doc = lxml_html.fromstring(_page(
        f'<h3>2 Comments</h3><p><a href="/author/ann-lee">Ann Lee</a></p><p>{_PROSE}</p>'
        '<p><a href="/author/bob-roe">Bob Roe</a></p>'), base_url=_URL)
    headline = doc.find(".//h1")
    readers = [a for a in doc.iter("a") if a.get("href", "").startswith("/author/")]
    assert [in_other_stories(a, headline) for a in readers] == [True, True]


def _thread_page(heading: str) -> str:
    """A page with no byline whose story is followed by a readers' thread under ``heading``."""
    thread = ''.join(f'<li><div><a href="/author/{slug}">{name}</a> said:</div><p>{said}</p></li>'
                     for slug, name, said in (("ann-lee", "Ann Lee", "Great news for the harbour."),
                                              ("bob-roe", "Bob Roe", "About time.")))
    return _page("").replace("</article>", f'</article><section class="thread"><h3>{heading}</h3><ol>{thread}</ol></section>')


@pytest.mark.parametrize("heading", ["Comments (2)", "Kommentare (2)", "Commentaires (2)", "3 Comments"])
def test_a_thread_headed_with_its_count_after_the_noun_credits_no_reader(heading: str) -> None:
    # The body extractor's reading of a thread's heading ("Kommentare (34)"), shared
    assert _authors(_thread_page(heading)) == []


@pytest.mark.parametrize(("line", "writers"), [
    ("摄影：王小明 文：李华", ["李华"]),   # photographs: X, text: Y
    ("图/王小明 文/李华", ["李华"]),       # pictures / X, text / Y
    ("图：王小明 记者 李华", ["李华"]),    # pictures: X, reporter Y
    ("摄影：王小明", []),
])
def test_a_writer_credited_after_the_photographer_is_the_author(line: str, writers: list[str]) -> None:
    from crawler.parsers.metadata.authors import clean_byline
    assert clean_byline(line) == writers
