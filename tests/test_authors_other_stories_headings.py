"""An author link in a box of other stories ("Read next", "More from ...", "You may
also like", a related card's linked headline) names that story's writer, not this
one's: on a page with no byline of its own it credited a false author (review of
2026-12-07). The story's own header, its writer's card ("About the author") and a
box of its own after such a box still name the writer; the readers in a comment
thread never do. Real-looking pages, written by hand."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

_URL = "https://www.example-planet.com/2025/03/04/council-approves-harbour-budget"
_PROSE = ("The council approved a new budget for the harbour district on Tuesday evening after a long debate. "
          "Members said the plan would pay for repairs to the old quay and two new ferry berths by next spring. ")


def _page(header: str = "", after_body: str = "", after_article: str = "") -> str:
    """A news page: masthead and menu, the story (headline, ``header`` under it, a
    date, five paragraphs, ``after_body``), ``after_article`` after the story, a footer."""
    body = "".join(f"<p>{_PROSE * 2}</p>" for _ in range(5))
    return ('<!doctype html><html lang="en"><head><meta charset="utf-8">'
            '<title>Council approves harbour budget | The Daily Planet</title></head><body>'
            '<header class="site-header"><a href="/" class="logo">The Daily Planet</a><nav><ul>'
            '<li><a href="/news/">News</a></li><li><a href="/business/">Business</a></li></ul></nav></header>'
            '<main id="content"><article><header class="entry-header"><h1>Council approves harbour budget</h1>'
            f'{header}<time datetime="2025-03-04T18:00:00Z">March 4, 2025</time></header>'
            f'<div class="entry-content">{body}</div>{after_body}</article>{after_article}</main>'
            '<footer class="site-footer"><p>© 2025 The Daily Planet</p></footer></body></html>')


def _authors(html: str) -> list[str]:
    article = parse_article(html, _URL, fetched_at="2026-12-07T00:00:00Z")
    assert article is not None
    return article.authors


_CARD = ('<div class="card"><a href="/2025/03/02/{slug}"><img src="/img/{slug}.jpg" alt=""></a>'
         '<h3><a href="/2025/03/02/{slug}">{title}</a></h3><p class="meta">By <a href="/author/{who}">{name}</a></p></div>')


def _card(slug: str, title: str, who: str, name: str) -> str:
    return _CARD.format(slug=slug, title=title, who=who, name=name)


_CARDS = (_card("ferry-berths", "Two new ferry berths for the harbour", "jane-smith", "Jane Smith")
          + _card("old-quay", "What the old quay's repairs will cost", "bob-jones", "Bob Jones"))
_PLAIN_LIST = ('<ul><li><a href="/2025/03/02/ferry-berths">New ferry berths</a> '
               '<a href="/author/jane-smith">Jane Smith</a></li><li><a href="/2025/03/01/old-quay">The old quay</a> '
               '<a href="/author/bob-jones">Bob Jones</a></li></ul>')


@pytest.mark.parametrize("box", [
    f'<section><h2>Read next</h2>{_PLAIN_LIST}</section>',
    f'<section><h2>More from The Daily Planet</h2><div>{_CARDS}</div></section>',
    f'<div><div class="section-head"><h2>You may also like</h2><a href="/news/">See all</a></div>'
    f'<div class="grid">{_CARDS}</div></div>',
    f'<div><span class="label">Related stories</span>{_PLAIN_LIST}</div>',
    f'<div class="grid">{_card("ferry-berths", "Two new ferry berths for the harbour", "jane-smith", "Jane Smith")}</div>',
])
@pytest.mark.parametrize("where", ["after_body", "after_article"])
def test_a_box_of_other_stories_credits_nobody_here(box: str, where: str) -> None:
    """No byline: the writers linked in a box of other stories, headed as one or
    under each card's linked headline, inside the story or after it, are no author."""
    assert _authors(_page(**{where: box})) == []


_ABOUT = ('<div class="author-card"><img src="/img/maria.jpg" alt=""><h3>About the author</h3>'
          '<p><a href="/author/maria-lopez">Maria Lopez</a> covers the harbour and city hall for The Daily Planet. '
          'She joined the paper in 2019.</p></div>')
_COMMENTS = ('<section id="talk"><h2>3 Comments</h2><ol><li><p><a href="/user/harbourfan">harbourfan</a> said:</p>'
             '<p>About time the quay got fixed.</p></li><li><p><a href="/author/bob-jones">Bob Jones</a> said:</p>'
             '<p>Who pays for it, though?</p></li></ol></section>')


def test_the_writers_own_card_after_the_story_still_names_the_writer() -> None:
    """"About the author" with the writer's page link is the story's own box, also
    after a "Read next" box, and beside a comment thread."""
    related = f'<section><h2>Read next</h2><div>{_CARDS}</div></section>'
    assert _authors(_page(after_body=_ABOUT)) == ["Maria Lopez"]
    assert _authors(_page(after_body=_ABOUT, after_article=related + _COMMENTS)) == ["Maria Lopez"]
    assert _authors(_page(after_article=related + _ABOUT)) == ["Maria Lopez"]
    assert _authors(_page(after_article=_COMMENTS + _ABOUT.replace("<h3>About the author</h3>", ""))) == \
        ["Maria Lopez"]


def test_the_byline_under_the_headline_still_names_the_writer() -> None:
    """The header's byline link names the writer whatever boxes of other stories follow."""
    header = '<p class="byline">By <a href="/author/maria-lopez">Maria Lopez</a></p>'
    related = f'<section><h2>Read next</h2><div>{_CARDS}</div></section>'
    assert _authors(_page(header=header, after_article=related + _COMMENTS)) == ["Maria Lopez"]
    plain = '<div>By <a href="/author/maria-lopez">Maria Lopez</a></div>'
    assert _authors(_page(header=plain, after_body=related)) == ["Maria Lopez"]


def test_a_comment_thread_names_no_writer() -> None:
    """A thread headed "3 Comments" with a reader's profile link: no writer."""
    assert _authors(_page(after_article=_COMMENTS)) == []


def _wordpress(meta: str = "", after: str = "") -> str:
    """A WordPress theme's single post: entry header and meta, the content, ``after``
    the post in <main>, a widget area."""
    body = "".join(f"<p>{_PROSE * 2}</p>" for _ in range(5))
    return ('<html lang="en"><head><title>Council budget &#8211; Planet</title></head><body class="single-post">'
            '<div id="page"><header id="masthead"><p class="site-title"><a href="/">Planet</a></p></header>'
            '<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">'
            '<article id="post-12" class="post-12 post type-post"><header class="entry-header">'
            f'<h1 class="entry-title">Council budget</h1><div class="entry-meta">{meta}<span class="posted-on">'
            '<time class="entry-date published" datetime="2025-03-04T10:00:00+00:00">March 4, 2025</time></span></div>'
            f'</header><div class="entry-content">{body}</div></article>{after}</main></div></div></div></body></html>')


_BLOCK_CARDS = ('<div class="wp-block-group"><h2 class="wp-block-heading">You might also like</h2><ul>'
                + "".join(f'<li><h3 class="wp-block-post-title"><a href="/2025/03/0{n}/{slug}/">{title}</a></h3>'
                          '<div class="wp-block-post-author"><p class="wp-block-post-author__name">'
                          f'<a href="/author/{who}/">{name}</a></p></div></li>'
                          for n, slug, title, who, name in ((2, "ferry", "Two new ferry berths", "jane-smith", "Jane Smith"),
                                                            (1, "quay", "The old quay", "bob-jones", "Bob Jones")))
                + '</ul></div>')
_AUTHOR_INFO = ('<div class="author-info"><div class="author-avatar"><img alt="" src="/a.jpg"></div>'
                '<div class="author-description"><h2 class="author-title">Published by <a href="/author/maria-lopez/" '
                'rel="author">Maria Lopez</a></h2><p class="author-bio">Maria covers the harbour. <a class="author-link" '
                'href="/author/maria-lopez/" rel="author">View all posts by Maria Lopez</a></p></div></div>')


def test_a_wordpress_post_with_related_cards_and_its_writers_box() -> None:
    """A block theme's "You might also like" cards (each card's writer under its linked
    title) after a post with no byline credit nobody; the post's own "author-info" box
    after them, or a byline in the entry meta, names the writer; an "Up next" card's
    author element names nobody."""
    byline = ('<span class="byline"> by <span class="author vcard"><a class="url fn n" href="/author/maria-lopez/">'
              'Maria Lopez</a></span></span>')
    assert _authors(_wordpress(after=_BLOCK_CARDS)) == []
    assert _authors(_wordpress(after=_BLOCK_CARDS + _AUTHOR_INFO)) == ["Maria Lopez"]
    assert _authors(_wordpress(meta=byline, after=_BLOCK_CARDS)) == ["Maria Lopez"]
    up_next = ('<div><div>Up next</div><div><a href="/2025/03/05/next/"><h4>Ferry berths open</h4></a>'
               '<span class="author">Jane Smith</span></div></div>')
    assert _authors(_wordpress(after=up_next)) == []


def test_a_most_read_column_before_the_story_credits_nobody() -> None:
    """A "Most read" column printed before the story in the page's order, its stories'
    writers linked: no writer for a story with no byline; the story's own byline wins."""
    body = "".join(f"<p>{_PROSE * 2}</p>" for _ in range(5))
    page = ('<html lang="en"><head><title>Council budget</title></head><body><div class="wrap"><div class="col-left">'
            '<h3>Most read</h3><ol><li><a href="/2025/03/02/ferry/">Two new ferry berths</a> '
            '<a href="/author/jane-smith/">Jane Smith</a></li></ol></div><div class="col-main"><h1>Council budget</h1>'
            f'<p>{{byline}}March 4, 2025</p>{body}</div></div></body></html>')
    assert _authors(page.replace("{byline}", "")) == []
    assert _authors(page.replace("{byline}", 'By <a href="/author/maria-lopez/">Maria Lopez</a> · ')) == ["Maria Lopez"]


def test_a_bare_list_of_other_stories_with_their_writers_credits_nobody() -> None:
    """No heading, no class: a list whose items each link a story and its writer
    ("<li><a href=/other-story>Title</a> <a href=/author/x>X</a></li>") is a list of
    other stories, after the story or at its end; a byline whose section link follows
    the writer's name still names the writer."""
    assert _authors(_page(after_article=_PLAIN_LIST)) == []
    assert _authors(_page(after_body=_PLAIN_LIST)) == []
    header = ('<div><span>By <a href="/author/maria-lopez">Maria Lopez</a></span> '
              '<span>in <a href="/news/local-politics">Local politics</a></span></div>')
    assert _authors(_page(header=header, after_article=_PLAIN_LIST)) == ["Maria Lopez"]


def test_an_unlinked_by_line_in_a_card_of_another_story_credits_nobody() -> None:
    """"By Jane Smith" printed without a link in a "Read next" card, or in a card under
    its linked headline, at the end of the story: that story's writer, not a by-line
    closing this one; a by-line closing the story's text still names its writer."""
    card = ('<div class="card"><h3><a href="/2025/03/02/ferry">Two new ferry berths for the harbour</a></h3>'
            '<p>By Jane Smith</p></div>')
    assert _authors(_page(after_body=f"<section><h2>Read next</h2>{card}</section>")) == []
    assert _authors(_page(after_body=card)) == []
    closing = "<p><em>By Maria Lopez</em></p>"
    assert _authors(_page(after_body=closing + f"<section><h2>Read next</h2>{card}</section>")) == ["Maria Lopez"]


def test_a_story_article_misparsed_into_a_sidebar_keeps_its_byline() -> None:
    """A page whose sidebar's <aside> is never closed: the parser puts the story's
    <article> (its byline inside; the headline above it in a box of its own, a long
    sidebar between them) inside the aside (a stripped-metadata copy of a Fundus page
    lost its writer so while this rule was written). A box
    above a story's <article> that does not hold the headline is no box of it: the
    byline stands (the search for another story's box above a non-teaser <article>
    goes on only inside the headline's own <article>)."""
    body = "".join(f"<p>{_PROSE * 2}</p>" for _ in range(5))
    page = ('<html lang="en"><head><title>Council budget</title></head><body><div class="container"><div>'
            '<h1>Council approves harbour budget</h1></div></div><div class="wrapper"><div class="row">'
            '<aside class="secondary"><section class="poll"><p>Vote now</p>'
            + "".join(f'<div class="ad"><p>Advertisement</p><a href="/polls/{n}/">Poll number {n} results</a></div>'
                      for n in range(60))
            + '</section><section id="content"><article><div class="meta"><span class="byline"> By Tom Davies </span>'
            f'<span class="source"> - Associated Press - Friday, April 28, 2023</span></div>{body}</article></section>'
            '</div></body></html>')
    assert _authors(page) == ["Tom Davies"]
