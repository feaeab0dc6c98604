"""The fallbacks for pages other than news (tests/test_site_kinds.py) must not open leaks
on news pages: a story whose text is loaded by script gives neither its readers' comments
nor a cookie banner or a footer as its body, and a strip of other stories' teasers between
its headline and its text is not taken for the text."""

from __future__ import annotations

import json

from crawler.parsers import parse_article

_COMMENTS = [
    "This is a total waste of money, the old bridge was perfectly fine and the council should fix the roads first.",
    "I disagree entirely. The old bridge has been closed to lorries for years and the detour adds twenty minutes.",
    "Who is going to pay for this? Our council tax went up again this year and services keep getting cut.",
    "Great news for the town. About time something was done about the traffic in the centre of it.",
]
_STORY = ("The city council voted on Tuesday night to approve a new road bridge over the river, "
          "ending a decade of debate. The bridge will cost 48 million pounds and is due to open in 2030.")


def _script_story(declared: dict[str, str]) -> str:
    """A story page whose text box is empty (filled by script), its readers' comments in
    the HTML below it, ``declared`` its JSON-LD node."""
    comments = "".join(
        f'<li id="comment-{i}" class="comment depth-1"><article class="comment-body">'
        f'<footer class="comment-meta"><b class="fn">reader{i}</b></footer>'
        f'<div class="comment-content"><p>{_COMMENTS[i % 4]}</p></div>'
        f'<div class="reply"><a class="comment-reply-link" href="#">Reply</a></div></article></li>'
        for i in range(12))
    node = json.dumps({"@context": "https://schema.org", "headline": "Council approves new bridge", **declared})
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new bridge - The Daily Example</title>
<meta property="og:type" content="article">
<script type="application/ld+json">{node}</script></head><body>
<main><article class="story"><h1>Council approves new bridge</h1>
<div class="byline">By Jane Smith</div>
<div id="story-body" class="story-body" data-hydrate="true"></div>
<section id="comments" class="comments-area"><h2>12 comments</h2><ol class="comment-list">{comments}</ol></section>
</article></main><footer><p>© 2026 The Daily Example. All rights reserved.</p></footer>
<script src="/app.js"></script></body></html>"""


def _holds_comment(body: str) -> bool:
    return any(comment in body for comment in _COMMENTS)


def test_script_loaded_story_gives_its_declared_text_not_its_comments() -> None:
    html = _script_story({"@type": "NewsArticle", "articleBody": _STORY})
    article = parse_article(html, "https://daily.example/2026/11/02/bridge")
    assert article is not None
    assert _STORY in article.body
    assert not _holds_comment(article.body)


def test_script_loaded_story_gives_no_comments_as_its_body() -> None:
    html = _script_story({"@type": "NewsArticle"})
    article = parse_article(html, "https://daily.example/2026/11/02/bridge")
    assert article is None or not _holds_comment(article.body)


def test_script_loaded_story_without_metadata_gives_no_comments_as_its_body() -> None:
    """No og:type and no JSON-LD: the empty box named as the story's text says the text
    is filled in by a script, and the comments are not a forum thread's posts."""
    html = _script_story({})
    html = html.replace('<meta property="og:type" content="article">', "")
    html = html[:html.index("<script type")] + html[html.index("</script>") + len("</script>"):]
    assert "ld+json" not in html and "og:type" not in html
    article = parse_article(html, "https://daily.example/2026/11/02/bridge")
    assert article is None or not _holds_comment(article.body)


def test_last_resort_reads_no_cookie_banner_newsletter_or_footer() -> None:
    html = """<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Storm closes coastal road for the weekend | Coast News</title></head><body>
<div id="root"></div>
<div id="cookie-banner" class="cookie-consent"><p>We use cookies to give you the best experience on
our website and to analyse our traffic.</p><button>Accept all</button></div>
<div class="newsletter-signup"><p>Sign up to our daily newsletter and get the top stories in your inbox
every morning.</p></div>
<footer class="site-footer"><p>Coast News is published by Example Media Ltd, registered in England and
Wales.</p></footer>
<div id="comments"><p>First! I read this paper every single morning on my way to the office.</p></div>
<script src="/static/js/main.js"></script></body></html>"""
    article = parse_article(html, "https://coast.example/news/storm-closes-road")
    body = article.body if article is not None else ""
    for furniture in ("We use cookies", "daily newsletter", "Example Media Ltd", "every single morning"):
        assert furniture not in body


def _story_under_teasers() -> str:
    """A story whose headline sits above a row of six other stories' teasers (each title a
    link to its story), its four paragraphs below them, a long thread of comments after."""
    teasers = "".join(
        f'<div class="col-md-4"><div class="card"><a href="/news/story-{i}"><h3>Other story number {i}</h3></a>'
        f"<p>A short summary of another story from the news desk number {i}, about the school board vote "
        "and the new budget for next year.</p></div></div>" for i in range(6))
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "The city council voted on Tuesday night to approve a new road bridge over the river, ending a decade of debate.",
        "The bridge will cost 48 million pounds and is due to open in 2030, the council's transport officer said.",
        "Councillors voted 31 to 12 in favour after a four-hour meeting in which residents spoke for and against it.",
        "Construction is expected to start next spring, once the last planning conditions have been met."))
    comments = "".join(
        f'<div class="comment-item"><p>Reader comment number {i}: I think the council has got this completely '
        "wrong and should listen to the residents who live near the river.</p></div>" for i in range(25))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new bridge over the river</title></head><body><div class="container">
<div class="row"><div class="col-12"><h1>Council approves new bridge over the river</h1></div></div>
<div class="row">{teasers}</div>
<div class="row"><div class="col-md-8"><div class="story">{paragraphs}</div></div></div>
<div class="row"><div class="col-12"><div class="reader-comments">{comments}</div></div></div>
</div></body></html>"""


def test_teasers_between_headline_and_story_are_not_the_text() -> None:
    article = parse_article(_story_under_teasers(), "https://news.example/2026/11/02/bridge")
    assert article is not None
    assert "Construction is expected to start next spring" in article.body
    # (the row of teasers is not taken for the text the headline heads: its last ones stay out)
    assert "news desk number 5" not in article.body
    assert "news desk number 4" not in article.body


def test_teasers_titled_by_links_inside_headings_are_not_the_text_either() -> None:
    """The teaser cards' titles set as ``<h3><a>`` instead of ``<a><h3>``."""
    html = _story_under_teasers()
    for i in range(6):
        html = html.replace(f'<a href="/news/story-{i}"><h3>Other story number {i}</h3></a>',
                            f'<h3><a href="/news/story-{i}">Other story number {i}</a></h3>')
    article = parse_article(html, "https://news.example/2026/11/02/bridge")
    assert article is not None
    assert "Construction is expected to start next spring" in article.body
    assert "news desk number 5" not in article.body


def _elementor_widget(kind: str, ident: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-element-{ident} elementor-widget elementor-widget-{kind}" '
            f'data-id="{ident}" data-element_type="widget"><div class="elementor-widget-container">{inner}</div></div>')


def _elementor_column(width: int, ident: str, widgets: list[str]) -> str:
    return (f'<div class="elementor-column elementor-col-{width} elementor-top-column elementor-element '
            f'elementor-element-{ident}"><div class="elementor-widget-wrap elementor-element-populated">'
            f'{"".join(widgets)}</div></div>')


_POST = (
    "Our bakery has been making bread the slow way for thirty years, and this winter we open a second shop.",
    "The new shop on Market Street will sell our sourdough, rye and spelt loaves, and cakes baked every morning.",
    "We have hired four new bakers, two of them apprentices who started with us in September this year.",
    "The opening day is the first Saturday of December. Everyone who comes before noon gets a small loaf.",
)
_SIDEBAR = (
    "Baker Brothers is a family bakery in the third generation. We bake with organic flour from the region.",
    "Monday to Friday from six in the morning until six in the evening, Saturdays until one o'clock.",
)


def test_page_builder_sidebar_column_is_no_part_of_the_text() -> None:
    """An Elementor post: the text in a text-editor widget of a two-thirds column, a sidebar
    column beside it of text-editor widgets ("About us", opening hours); their classes differ
    by their instance ids and by the columns' widths, which are no instance's."""
    post = _elementor_widget("text-editor", "3c4d1a", "".join(f"<p>{p}</p>" for p in _POST))
    side = [_elementor_widget("heading", "3c4d2b", "<h2>About us</h2>"),
            _elementor_widget("text-editor", "3c4d3c", f"<p>{_SIDEBAR[0]}</p>"),
            _elementor_widget("heading", "3c4d4d", "<h2>Opening hours</h2>"),
            _elementor_widget("text-editor", "3c4d5e", f"<p>{_SIDEBAR[1]}</p>")]
    title = _elementor_widget("heading", "3c4d00", "<h1>We are opening a second shop</h1>")
    html = f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>We are opening a second shop - Baker Brothers</title></head><body>
<div data-elementor-type="wp-post" class="elementor elementor-88">
<section class="elementor-section elementor-top-section elementor-element elementor-element-3c4e01">
<div class="elementor-container">{_elementor_column(100, "3c4e02", [title])}</div></section>
<section class="elementor-section elementor-top-section elementor-element elementor-element-3c4e03">
<div class="elementor-container">{_elementor_column(66, "3c4e04", [post])}{_elementor_column(33, "3c4e05", side)}</div>
</section></div></body></html>"""
    article = parse_article(html, "https://bakerbrothers.example/2026/11/second-shop/")
    assert article is not None
    assert all(p in article.body for p in _POST)
    assert not any(s in article.body for s in _SIDEBAR)
