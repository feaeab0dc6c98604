"""Rules from the fifth blind check (``benchmarks/template_sites_blind5.py``), each on a
small page of its own: "Filed <date>" ends a byline's names; an English page of no
region whose numeric dates show the day first reads them so; three writers or more
each in an element of their own; a tag the site's menu lists is the section; an old
table layout's column of bold linked headlines is a listing; an about page dated by
the header every page prints is no article."""

from __future__ import annotations

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline
from tests.support.byline_page import authors_of

_PROSE = ("The council met on Tuesday to discuss the new budget for the coming year, and members argued at "
          "length about the schools and the roads. ")


def _parse(page: str, url: str) -> Article | None:
    return parse_article(page, url, fetched_at="2026-12-01T00:00:00Z")


def test_filed_before_a_date_ends_the_names() -> None:
    """"By Jane Doe / Filed 05/03/2006 in Politics" (a wire's or an old paper's line:
    the day the story was filed, then its desk) gave "Filed" as a second writer: the
    date was cut after the names, its label left."""
    assert clean_byline("By Jane Doe and John Roe / Filed 05/03/2006 in Politics") == ["Jane Doe", "John Roe"]
    assert clean_byline("By Jane Doe | Filed: 3 March 2026") == ["Jane Doe"]
    assert clean_byline("By Jane Doe") == ["Jane Doe"]


def _table_story(byline: str, others: str) -> str:
    return ("<html><head><title>Bridge repairs to start in spring :: Evening Wire</title></head><body>"
            "<table><tr><td><font size=\"+2\"><b>Bridge repairs to start in spring</b></font><br>"
            f"<font size=2><i>{byline}</i></font><br><br>"
            + "<br><br>".join(_PROSE * 2 for _ in range(4)) +
            f"</td><td><table><tr><td><b>Comments</b></td></tr>{others}</table></td></tr></table></body></html>")


def test_an_english_page_of_no_region_whose_dates_show_the_day_first() -> None:
    """A page that declares no language (an old table layout, no metadata) was read as
    US English: "02/11/2003" was February 11. A comment under it dated "22/11/2003"
    shows the site writes the day first: the byline's date is 2 November; so does a
    date written out day first ("5 Mar 2006"). A page that also prints "11/22/2003"
    (month first) keeps the US reading, and so does one with no date that tells."""
    comment = "<tr><td>Pete R. - {} 10:22<br>Not before time.</td></tr>"
    url = "https://wire.example/news/story.asp?id=4711"
    british = _parse(_table_story("By Jane Doe / 02/11/2003", comment.format("22/11/2003")), url)
    assert british is not None and british.published is not None and british.published[:10] == "2003-11-02"
    us = _parse(_table_story("By Jane Doe / 02/11/2003", comment.format("11/22/2003")), url)
    assert us is not None and us.published is not None and us.published[:10] == "2003-02-11"
    bare = _parse(_table_story("By Jane Doe / 02/11/2003", comment.format("03/11/2003")), url)
    assert bare is not None and bare.published is not None and bare.published[:10] == "2003-02-11"
    # a date written out day first ("5 Mar 2006", the day's date over every page) tells it too
    written = _parse(_table_story("By Jane Doe / 02/11/2003", comment.format("03/11/2003") + "<tr><td>5 Mar 2006</td></tr>"), url)
    assert written is not None and written.published is not None and written.published[:10] == "2003-11-02"


def test_three_writers_each_in_an_element_of_their_own() -> None:
    """A Drupal "Authors" field prints each writer as a field item with no separator
    ("<div class=field__item><a>Jane Doe</a></div><div ...>"): two were read, three
    gave the first alone (the rest, "John Roe Max Mustermann", was too long for one
    more name and the reading stopped)."""
    items = "".join(f'<div class="field__item"><a href="/users/{n.lower().replace(" ", "-")}">{n}</a></div>'
                    for n in ("Jane Doe", "John Roe", "Max Mustermann"))
    top = (f'<div class="field field--name-field-authors"><div class="field__label">By</div>'
           f'<div class="field__items">{items}</div></div>')
    assert authors_of("en", top=top) == ["Jane Doe", "John Roe", "Max Mustermann"]
    two = top.replace('<div class="field__item"><a href="/users/max-mustermann">Max Mustermann</a></div>', "")
    assert authors_of("en", top=two) == ["Jane Doe", "John Roe"]


def _tagged_post(nav: str) -> str:
    return ("<html lang=\"en\"><head><title>Night buses return - Longhand</title></head><body>"
            f"<nav class=\"publication-nav\">{nav}</nav><article><h1>Night buses return</h1>"
            "<p class=\"meta\">3 Mar 2026 · 5 min read</p>" + f"<p>{_PROSE * 3}</p>" * 4 +
            "<div class=\"post-tags\"><a href=\"/tag/culture/\">Culture</a><a href=\"/tag/night-buses/\">Night buses</a>"
            "</div></article></body></html>")


def test_a_tag_the_site_menu_lists_is_the_story_s_section() -> None:
    """A platform with tags only (Ghost, a Medium publication) makes its sections tags
    and lists them in its menu ("/tag/culture/"): the story's link to one of them is
    its section. A tag the menu does not list ("/tag/night-buses/") names none."""
    nav = '<a href="/tag/politics/">Politics</a><a href="/tag/culture/">Culture</a><a href="/about/">About</a>'
    url = "https://longhand.example/night-buses-return-5d2c9a7e"
    post = _parse(_tagged_post(nav), url)
    assert post is not None and post.section == "Culture"
    untold = _parse(_tagged_post('<a href="/tag/politics/">Politics</a><a href="/about/">About</a>'), url)
    assert untold is not None and untold.section is None


def _row(n: int) -> str:
    return (f'<tr><td><font size=3><b><a href="/news/story.asp?id={4700 + n}">Council approves new harbour plan {n}</a>'
            f'</b></font><br><font size=1>0{n}/03/2006 - Jane Doe</font><br><font size=2>{_PROSE[:90]}...</font></td></tr>')


def test_an_old_layout_column_of_bold_linked_headlines_is_a_listing() -> None:
    """An early-2000s front or archive page prints its teasers as bold links in table
    cells ("<b><a>Headline</a></b><br>date - writer<br>snippet"), no heading element:
    it was stored as an article ("dated prose"). The linked bold headlines open the
    lines that hold its text: a listing. A story with a bold linked related story
    under its own text stays an article."""
    page = ("<html><head><title>Archive :: Evening Wire</title></head><body><table>"
            + "".join(_row(n) for n in range(1, 5)) + "</table></body></html>")
    listing = _parse(page, "https://wire.example/news/archive.asp?page=2")
    assert listing is not None and listing.page_kind == "listing"
    one = _parse(page.replace("".join(_row(n) for n in range(2, 5)), ""), "https://wire.example/news/sport/index.asp")
    assert one is not None and one.page_kind == "listing"
    story = _table_story("By Jane Doe / 22/11/2003", _row(1))
    kept = _parse(story, "https://wire.example/news/story.asp?id=4711")
    assert kept is not None and kept.page_kind == "article"


def test_an_about_page_dated_by_the_site_s_header_is_no_article() -> None:
    """An old site prints the day's date in its header on every page: its "About us"
    page was "dated prose", stored as an article. A site page's address (about,
    contact, legal) with no writer is a page, dated or not."""
    page = ("<html><head><title>About us :: Evening Wire</title></head><body><table><tr><td>"
            "<font size=1>5 Mar 2006</font></td></tr><tr><td><font size=2>The Evening Wire has served the county "
            "since 1998 with news, sport and local events from every town and village.<br><br>"
            "It is published by a small team of reporters and editors in the old mill.</font></td></tr>"
            "</table></body></html>")
    about = _parse(page, "https://wire.example/news/about.asp")
    assert about is None or about.page_kind == "page"


def _us_post(extra: str) -> str:
    return ("<html lang=\"en\"><head><title>Town hall reopens</title></head><body><article><h1>Town hall reopens</h1>"
            "<p class=\"byline\">By Jane Doe | 03/05/2006</p>" + f"<p>{_PROSE}</p>" * 4 + f"</article>{extra}</body></html>")


def test_day_first_evidence_is_read_where_the_page_prints_its_own_dates() -> None:
    """A US blog declaring bare "en" dates its post "03/05/2006" (March 5). A reader's
    comment ("on 5 Mar 2006", "since 22/11/2003"), a related list's date or a footer's
    "Updated 5 Mar 2006" is no evidence of how the site writes its dates: they were,
    and the post was read as 3 May. A date written out month first ("March 5, 2006")
    anywhere says the page is not day first, as a slashed one does."""
    url = "https://townblog.example/2006/town-hall-reopens"
    for extra in ('<div class="comments"><div class="comment"><p>Bob wrote on 5 Mar 2006: great news.</p></div></div>',
                  '<div class="comments"><p>Been waiting since 22/11/2003!</p></div>',
                  "<aside><h3>Related</h3><ul><li><a href=\"/x\">Old story</a> 22/11/2005</li></ul></aside>",
                  "<footer>Last updated 5 Mar 2006</footer>",
                  "<div><p>The vote of 22/11/2003 was repealed on March 5, 2006.</p></div>"):
        post = _parse(_us_post(extra), url)
        assert post is not None and post.published is not None and post.published[:10] == "2006-03-05", extra
    # the story's own header's evidence still tells
    gb = _parse(_us_post("").replace("03/05/2006", "03/05/2006 (updated 22/05/2006)"), url)
    assert gb is not None and gb.published is not None and gb.published[:10] == "2006-05-03"


def test_a_trending_bar_of_tags_names_no_section() -> None:
    """A WordPress news site's bar of the day's tags ("Trending: Donald Trump,
    Ukraine", /tag/ links in a <nav>) lists tags that are topics, not sections: a story
    tagged with one was given it as its section. A bar marked so (its class, its
    label, the word opening it) is not the site's menu."""
    story = ("<html lang=\"en\"><head><title>Night buses return</title></head><body>"
             "<nav class=\"menu\"><a href=\"/news/\">News</a><a href=\"/sport/\">Sport</a></nav>{bar}"
             "<article><h1>Night buses return</h1><p class=\"meta\">March 3, 2026</p>" + f"<p>{_PROSE * 3}</p>" * 4 +
             "<div class=\"post-tags\"><a href=\"/tag/donald-trump/\">Donald Trump</a><a href=\"/tag/buses/\">Buses</a>"
             "</div></article></body></html>")
    tags = "<a href=\"/tag/donald-trump/\">Donald Trump</a><a href=\"/tag/ukraine/\">Ukraine</a>"
    url = "https://news.example/news/night-buses-return"
    for bar in (f"<nav class=\"trending-tags\">{tags}</nav>", f"<nav><span>Trending:</span> {tags}</nav>",
                f"<nav aria-label=\"Hot topics\">{tags}</nav>", f"<nav><i class=\"icon-fire\"></i>Trending: {tags}</nav>"):
        post = _parse(story.format(bar=bar), url)
        assert post is not None and post.section is None, bar
    for menu_bar in (f"<nav class=\"site-nav\">{tags}</nav>", f"<nav class=\"photos-nav\"><ul><li>{tags}</li></ul> hot</nav>"):
        menu = _parse(story.format(bar=menu_bar), url)  # ("hot" in "photos", a list's tail after its links: no label)
        assert menu is not None and menu.section == "Donald Trump", menu_bar


def test_a_dated_permalink_with_a_site_page_s_word_is_a_story() -> None:
    """A blog post at "/2006/03/05/privacy/" (its slug one word that is a site page's)
    with a date and no writer named was a page: a year in the path is a post's
    permalink. A story whose slug holds "about" ("/news/what-we-know-about") never was."""
    post = ("<html lang=\"en\"><head><title>Privacy</title></head><body><article><h1>Privacy</h1>"
            "<p>March 5, 2006</p>" + f"<p>{_PROSE}</p>" * 4 + "</article></body></html>")
    for url in ("https://blog.example/2006/03/05/privacy/", "https://news.example/news/2006/03/05/help.html",
                "https://news.example/news/what-we-know-about"):
        parsed = _parse(post, url)
        assert parsed is not None and parsed.page_kind == "article", url


def _one_cell_story(opening: str) -> str:
    return ("<html><head><title>Bridge repairs to start in spring :: Evening Wire</title></head><body><table><tr><td>"
            f"{opening}By Jane Doe, 22/11/2003<br>" + "<br>".join(_PROSE * 2 for _ in range(4))
            + "</td></tr></table></body></html>")


def test_a_story_opened_by_a_bold_link_is_no_listing() -> None:
    """A bold linked headline made a listing when the block it opens held most of the
    text, one such headline being enough: an old story whose one cell opens with its
    own headline linked to itself ("<b><a href=story.asp?id=4711>..</a></b><br>" then
    hundreds of words), an old story whose text opens with a bold link to an earlier
    one ("<b><a>..</a></b> - as we reported, ..."), a short post whose one paragraph
    opens with a bold link were all stored as listings. A card's line is a headline on
    a line of its own and a card's length; a story's text runs on."""
    url = "https://wire.example/news/story.asp?id=4711"
    own = '<b><a href="/news/story.asp?id=4711">Bridge repairs to start in spring</a></b><br>'
    earlier = '<b><a href="/news/story.asp?id=4600">Council approves bridge budget</a></b> - as we reported, '
    for opening in (own, f"<font size=\"+2\">{own}</font>", earlier):
        story = _parse(_one_cell_story(opening), url)
        assert story is not None and story.page_kind == "article", opening
    post = ("<html lang=\"en\"><head><title>Morning briefing</title></head><body><article><h1>Morning briefing</h1>"
            "<p>By Jane Doe, March 5, 2006</p><p><b><a href=\"/2006/03/04/council-approves-harbour-plan\">Council "
            f"approves harbour plan</a></b> {_PROSE}</p></article></body></html>")
    brief = _parse(post, "https://blog.example/2006/03/05/morning-briefing-what-you-need")
    assert brief is not None and brief.page_kind == "article"


def test_three_writers_with_particles_and_suffixes_each_in_an_element() -> None:
    """The cut a whole name at a time keeps a name's particles and suffix ("Jane van
    der Berg", "John Roe Jr."): a guard for the rule above."""
    names = ("Jane van der Berg", "Ludwig van Beethoven", "John Roe Jr.")
    items = "".join(f'<div class="field__item"><a href="/users/{i}">{n}</a></div>' for i, n in enumerate(names))
    top = f'<div class="field field--name-field-authors"><div class="field__label">By</div><div class="field__items">{items}</div></div>'
    assert authors_of("en", top=top) == list(names)
