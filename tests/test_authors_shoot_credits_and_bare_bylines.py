"""Two author misses seen on sites no rule was written on (2026-12-06): a fashion
CMS's author meta listing a photo shoot's crew after the writer, and a byline
printed as bare text after the standfirst while a related list links another
writer's author page. Synthetic pages, written for these tests.
"""

from __future__ import annotations

from crawler.parsers import parse_article

URL = "https://example.com/2026/12/graphic-tees"

SHOOT = """<html><head><title>Graphic tees for the holidays</title>
<meta name="sailthru.author" content="Jane Doyle,Sam Lens,Ava Model at Star Models,Bo Stylist,Cy Hair for Brand,Di Face using Glow Cosmetics">
</head><body><article><h1>Graphic tees for the holidays</h1>
<div class="author">Jane Doyle</div>
<p>In a year when so much happened that we are all still trying to make sense of, a tee with a statement on it
makes a lot of sense for the parties ahead, and six artists drew one each for us to wear.</p>
<p>Each shirt was worn to a dinner, a party and a family lunch, and the talk it started was written down for
this story, with the reactions of the people who saw it and the questions they asked about it.</p>
<p>Photographed by Sam Lens; Modeled by Ava Model at Star Models; Styled by Bo Stylist;
Hair by Cy Hair for Brand; Makeup by Di Face using Glow Cosmetics.</p>
</article></body></html>"""


def test_a_meta_list_loses_the_photo_shoot_crew() -> None:
    assert parse_article(SHOOT, URL).authors == ["Jane Doyle"]


def test_a_co_writer_in_the_meta_list_stays() -> None:
    page = SHOOT.replace("Sam Lens,", "Sam Lens,Tom Reece,").replace(
        '"author">Jane Doyle', '"author">Jane Doyle and Tom Reece')
    assert parse_article(page, URL).authors == ["Jane Doyle", "Tom Reece"]


BARE = """<html><head><title>The Anglosphere: new enthusiasm for an old dream | Example Magazine</title></head><body>
<h2 class="page-title">The Anglosphere: new enthusiasm for an old dream</h2>
<div id="post_content"><article class="type-post">
<div class="post-info"><h3 class="page-subtitle">Having cut Britain adrift, some indulge an old fantasy</h3>
 by Duncan Wright / January 19, 2017 /
<a href="#respond">Leave a comment</a></div>
<p>The government is trying to square all sorts of circles, but it cannot conceal the confusion about the
country's place in the world once it has left, and the old idea of a union of English-speaking peoples is back.</p>
<p>Its champions say the idea is modern; its history says otherwise, and the story of how it rose and fell
in the last century tells us much about the hopes that are placed in it today by its new admirers.</p>
</article>
<div class="related"><h2>Related articles</h2><div class="title3">
<a href="https://example.com/author/geoff-other">Geoff Other</a> / December 18, 2004</div></div>
</div></body></html>"""


def test_a_bare_text_byline_under_the_standfirst() -> None:
    article = parse_article(BARE, URL)
    assert article.authors == ["Duncan Wright"]


def test_a_bare_sentence_after_a_heading_is_no_byline() -> None:
    page = BARE.replace(" by Duncan Wright / January 19, 2017 /", " by far the oldest of these dreams /")
    assert "Duncan Wright" not in parse_article(page, URL).authors


HCARD = """<html><head><title>Hackers find a new way in</title></head><body><div class="story">
<h1>Hackers find a new way in</h1>
<cite class="byline vcard">By <span class="fn">JORDAN ROBB and RACHEL MOSS - Technology Writers</span>
| <span class="provider org">AP</span> - <abbr title="2011-08-25T01:40:40Z">1 hr ago</abbr></cite>
<p>Security researchers said on Wednesday that they had found a way into the phones of millions of people,
and that the makers had been told about it weeks ago but had not yet shipped a fix to their customers.</p>
<p>The flaw lets an attacker read messages without the owner knowing, the researchers said, and it can be
used from a distance by anyone who knows the number of the phone they want to look into.</p>
</div></body></html>"""


def test_an_hcard_organisation_beside_the_writers_is_no_author() -> None:
    names = [a.casefold() for a in parse_article(HCARD, URL).authors]
    assert names == ["jordan robb", "rachel moss"]
