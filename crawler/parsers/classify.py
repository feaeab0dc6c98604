"""What kind of page is this: one ``article``, a ``listing`` of many (section, tag,
author, search and home pages) or a ``page`` about the site or its offer (about,
contact, legal, shop)? The crawler stores articles and follows the others.

The decision weighs what the page says about itself (JSON-LD ``@type``,
``og:type``) against what it looks like: an article is real sentences with a date
or a byline, or long prose; a listing is a column of linked teaser headlines.
"""

from __future__ import annotations

import re
from itertools import islice
from typing import NamedTuple
from urllib.parse import unquote, urldefrag, urljoin, urlsplit

from crawler.items import Block
from crawler.parsers.bounded_text import short_text
from crawler.parsers.document import Element
from crawler.parsers.vocabulary import (
    ARTICLE_TYPES,
    OTHER_STORIES_MARKS,
    SIDE_BOX_MARKS,
    count_words,
    han_kana_words,
)

# Types that mark a page about many things, never one article.
# (Organization, Person and WebSite nodes sit on article pages too: they say nothing.)
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
# Types of a page about the site, a person or the firm: schema.org's own names.
ABOUT_TYPES = frozenset({"profilepage", "aboutpage", "contactpage", "faqpage"})
# Types of a shop's page: schema.org Product / OpenGraph product (og:type).
SHOP_TYPES = frozenset({"product", "og:product", "product.item", "productgroup"})
# OpenGraph types of a page about the site (or a person) rather than one story.
SITE_PAGE_TYPES = frozenset({"website", "profile"})
# Path words of pages that are prose but not articles, and of listing paths.
NON_ARTICLE_PATH_WORDS = frozenset({
    "about", "about-us", "contact", "contact-us", "privacy", "privacy-policy", "terms",
    "terms-of-service", "terms-of-use", "terms-and-conditions", "cookie-policy", "cookies",
    "imprint", "impressum", "legal", "disclaimer", "faq", "help", "jobs", "careers",
    "advertise", "subscribe", "newsletter", "newsletters", "login", "register", "search",
    "sitemap", "accessibility", "corrections", "ethics", "mentions-legales", "datenschutz",
    "kontakt", "aviso-legal", "privacidad",
})
LISTING_PATH_WORDS = frozenset({
    "tag", "tags", "topic", "topics", "author", "authors", "category", "categories",
    "section", "sections", "page", "archive", "archives", "search", "autor", "thema", "themen",
    # the same listings as translated themes and CMSes name them: "category" in
    # Portuguese, Spanish and Italian ("/categoria/", "/categorias/"), Polish and
    # Czech ("/kategoria/", "/kategorie/"); "authors" in Portuguese and Spanish;
    # "tags" in Spanish and Portuguese ("/etiqueta/"), Polish ("/tagi/")
    "categoria", "categorias", "kategoria", "kategorie", "autores", "etiqueta", "etiquetas", "tagi",
    # Turkish "tag", "category" and "archive" ("/etiket/ekonomi/", "/kategori/spor/", "/arsiv/")
    "etiket", "kategori", "arsiv",
    # Tumblr's tag listings ("/tagged/travel", "/tagged/travel/page/2")
    "tagged",
    # "topics" in Spanish and Portuguese ("/temas/salud", "/tema/eleicoes"), as "topic" and "thema"
    "tema", "temas",
    # an organisation's page of a government site, listing its news ("/government/organisations/x")
    "organisations", "organizations",
})
# A writer's or member's page ("/profile/jane-doe/profile" on Wix, "/profile/jane-doe"
# on forums and community sites; not "profiles", a magazine's section of stories about
# people): a listing by its path as the words above, but a story's folder does not
# stop its own story's evidence (a magazine's "/profile/the-ferry-captain", dated,
# bylined prose, is one story: :func:`_own_story`).
PROFILE_PATH_WORDS = frozenset({"profile"})

_ASIDES = frozenset({"aside", "nav", "footer"})
_SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMERIC_ID = re.compile(r"\d{4,}")
_YEAR = re.compile(r"^(19|20)\d\d$")
# A query naming one record by its number, as the scripts of older CMSes print it
# (PHP-Nuke "sid", Joomla "id", WordPress "p", "nr"/"no" of German and French ones,
# SPIP's "id_article" / "id_breve", and SPIP 2's own "spip.php?article123" /
# "spip.php?breve45", the kind and the number as one key): "/archive/show.php?nr=709"
# shows one story, whatever folder the script sits in (Turkish "haber", news, too:
# "?HaberID=12"). Paging and category keys ("page", "cat", "catid", SPIP's
# "id_rubrique" and "rubrique12", "id_auteur") are not among them.
_ONE_RECORD_QUERY = re.compile(
    r"(?:^|&)(?:(?:id|nr|no|num|p|aid|sid|nid|node|story(?:_?id)?|article(?:_?id)?|artikel(?:_?id)?"
    r"|item(?:_?id)?|news(?:_?id)?|haber(?:_?id)?|post(?:_?id)?|id_(?:article|breve|news|story|post))=\d+"
    r"|(?:article|breve)\d+)"
    r"(?:&|$)", re.IGNORECASE)

MIN_SENTENCE_WORDS = 8      # a block this long reads as a sentence, not a label
MIN_PROSE_BLOCKS = 3        # long prose: this many sentence blocks...
MIN_WORDS_PROSE = 250       # ...and this many words, with no date or byline
MIN_WORDS_BY_URL = 80       # fewer words, but a URL shaped like one article's
MAX_TEASERS_IN_ARTICLE = 8
_TEASER_CHARS = 300         # characters of a teaser headline compared with the body's blocks
_TEASERS_IN_STORY = 2       # teaser cards a story's own text may hold (a "read also" box)
_CARD_SIBLINGS = 3          # elements after a teaser headline read as its card
_TAG_SLUG_WORDS = 5         # a tag or author name has fewer words than an article's slug



class _Address(NamedTuple):
    """A URL split once for the tests of its path: its path's segments, lower case,
    its last one without its extension ("" for none), and its query."""

    segments: list[str]
    last: str
    query: str


def _address(url: str) -> _Address:
    parts = urlsplit(url)
    # (a slug in another script is read as its letters, not its percent-escapes: "/tagged/%D8%B3%D9%81%D8%B1")
    segments = [seg for seg in unquote(parts.path).lower().split("/") if seg]
    return _Address(segments, segments[-1].rsplit(".", 1)[0] if segments else "", parts.query)


def article_like_url(url: str) -> bool:
    """A URL shaped like one article's: a slug of three or more words, or a long
    numeric id, and no path word of a listing or of a site page (about, privacy).

    >>> article_like_url("https://news.example/2024/04/ferry-timetable-approved.html")
    True
    >>> article_like_url("https://news.example/news_view.html?idx=8576")
    True
    >>> article_like_url("https://news.example/about-us/"), article_like_url("https://news.example/tag/new-ferry-routes/")
    (False, False)
    >>> article_like_url("https://news.example/2024/")
    False
    >>> article_like_url("https://blog.example/blog?author=5f2a5474f"), article_like_url("https://a.example/show?author=jo&id=20417")
    (False, True)
    """
    return _article_like(_address(url))


def _article_like(address: _Address) -> bool:
    """:func:`article_like_url` of a split URL."""
    if _in_listing_folder(address):
        return False
    last = address.last
    if last in NON_ARTICLE_PATH_WORDS or last in LISTING_PATH_WORDS or last in PROFILE_PATH_WORDS:
        return False
    if len(_SLUG_WORD.findall(last)) >= 3 or _day_file(address):
        return True
    ids = _NUMERIC_ID.findall(last) + _NUMERIC_ID.findall(_record_part(address.query))
    return any(not _YEAR.match(found) for found in ids)


def _in_listing_folder(address: _Address) -> bool:
    """Whether the URL names a page of a listing's folder ("/tag/x/feed", "/temas/salud/page/2"):
    a listing word among its folders, and the last segment no story's. A day's file under an
    archive's folder ("/archive/2003/05/17/POLI4.HTM") is a story's, and so is a slug of
    three words or an id below the listing's own folder ("/temas/salud/2024/05/vacunas-llegan-al-pais",
    "/tema/salud/nota-123456": :func:`_listing_path`); right under the listing word a slug
    names the listing ("/tagged/first-long-trip").

    >>> def folder(url): return _in_listing_folder(_address(url))
    >>> folder("https://a.example/temas/salud/2024/05/vacunas-llegan-al-pais"), folder("https://a.example/tag/x/page/2")
    (False, True)
    """
    segments = address.segments
    at = next((k for k, seg in enumerate(segments[:-1]) if seg in LISTING_PATH_WORDS), None)
    if at is None or _day_file(address):
        return False
    return at >= len(segments) - 2 or _listing_path(address) is not None


# A query's key naming whose or what stories a page lists ("/blog?author=5f2a5474f",
# "?tag=ferry", "?s=harbour"): its value's figures are no story's number. ("s" with a
# long hexadecimal value is a session's id, vBulletin's "?s=8f14e4..&t=12345": no search.)
_LISTING_KEY = re.compile(r"(?:author|tag|category|cat|topic|q|search)=|s=(?![0-9a-f]{16,}$)", re.IGNORECASE)


def _record_part(query: str) -> str:
    """The query without its pairs of a listing's key (:data:`_LISTING_KEY`): a story's
    number stays ("?cat=3&artno=20417", "?author=jo&id=20417").

    >>> _record_part("cat=3&artno=20417"), _record_part("author=5f2a5474f"), _record_part("s=8f14e45fceea167a5a36dedd4bea2543")
    ('artno=20417', '', 's=8f14e45fceea167a5a36dedd4bea2543')
    """
    return "&".join(pair for pair in query.split("&") if not _LISTING_KEY.match(pair)) if query else ""


_MONTH_OR_DAY = re.compile(r"^(?:0?[1-9]|[12]\d|3[01])$")


# The letters of a file's name that make it a day's index, list or feed, not a story
# ("index2.html", "list.html", "page3.html", "all.html", "rss.xml")
_DAY_INDEX_NAMES = frozenset({"index", "default", "home", "list", "liste", "all", "rss", "feed", "atom"})


def _day_file(address: _Address) -> bool:
    """A file under a day's folders, its name numbered and no index's
    ("/2004/05/16/ekonomi/eko03.html", "/2004/05/16/world/16iraq.html"): an old paper's
    archive files each day's stories so, under short names no slug's words make. A
    name without a figure ("/2004/05/16/ekonomi.html") may be that day's section page.

    >>> _day_file(_address("http://a.example/2004/05/16/spor.html")), _day_file(_address("http://a.example/2004/05/16/x/page2.html"))
    (False, False)
    """
    segments = address.segments
    letters = "".join(c for c in address.last if c.isalpha())
    if (len(segments) < 4 or "." not in segments[-1] or not any(c.isdigit() for c in address.last)
            or letters in _DAY_INDEX_NAMES or letters in LISTING_PATH_WORDS or letters in NON_ARTICLE_PATH_WORDS):
        return False
    return any(_YEAR.match(a) and _MONTH_OR_DAY.match(b) and _MONTH_OR_DAY.match(c)
               for a, b, c in zip(segments, segments[1:], segments[2:-1], strict=False))


def _top_level(address: _Address) -> bool:
    """A path of one segment without digits ("/who-we-are", "/our-story.html")."""
    segments = address.segments
    return len(segments) <= 1 and not any(c.isdigit() for c in "".join(segments)) and not address.query


class Teaser(NamedTuple):
    """A linked teaser headline and the texts printed right after it (its card's
    date line and snippet), each whitespace-collapsed and cut to ``_TEASER_CHARS``.
    ``line``: a bold linked headline with no heading element (:func:`_line_teaser`),
    whose card is printed as one line of text, the headline opening it. ``item``: a
    list item's link and the summary after it (:func:`_item_teasers`). ``listed``:
    a list's or table's row of a linked title and its date (:func:`_dated_rows`)."""

    headline: str
    after: tuple[str, ...]
    line: bool = False
    item: bool = False  # a document list's entry (:func:`_item_teasers`), no headline's element
    listed: bool = False


def teaser_headlines(doc: Element, url: str = "") -> list[Teaser]:
    """Linked h2-h4 headlines outside asides, navigation and footers (a listing
    shows one per teaser), with what follows each in its card; then the links
    printed as headlines with no heading element (:func:`_link_teasers`). Walks only the
    headings and a few siblings of each, and the first links, not the whole tree.
    A link to a place in the page at ``url`` (a subheading's "#section-2", a table
    of contents) opens no teaser (:func:`_elsewhere`)."""
    teasers = []
    for heading in doc.iter("h1", "h2", "h3", "h4"):
        if heading.tag == "h1":
            if not _wrapped_link(heading, url, inside=True):
                continue  # (a page's own headline, or the site's name linked to its home)
        elif not any(_elsewhere(link.get("href"), url) for link in heading.iter("a")) \
                and not _overlay_link(heading, url) and not _wrapped_link(heading, url):
            continue
        if any(ancestor.tag in _ASIDES for ancestor in heading.iterancestors()):
            continue
        teasers.append(_card(heading))
    return teasers + _link_teasers(doc, url) + _item_teasers(doc, url)


_WRAP_LEVELS = 2  # boxes between a card's headline and the link wrapping it


def _wrapped_link(heading: Element, url: str, inside: bool = False) -> bool:
    """Whether a heading is a card's headline by the link to a story wrapping it
    ("<a class=card__link href=..><h3>..</h3></a>", Arc, Next.js and many themes'
    cards), or, ``inside``, holding it: an ``<h1>`` counts only so (Squarespace's blog
    list prints each post's title as "<h1 class=blog-title><a href=..>"), and only to a
    story's address (:func:`article_like_url`), not the site's home."""
    if not inside:
        return any(box.tag == "a" and _elsewhere(box.get("href"), url)
                   for box in islice(heading.iterancestors(), _WRAP_LEVELS))
    return any(_elsewhere(link.get("href"), url) and _story_href(link.get("href") or "")
               for link in islice(heading.iter("a"), 2))


def _elsewhere(href: str | None, url: str) -> bool:
    """Whether ``href`` opens another page than the one at ``url``: not an anchor
    in it ("#section-2", the page's own address with or without a "#fragment", its
    other scheme, "www." or a closing slash: :func:`_same_page`).

    >>> _elsewhere("#s2", "http://x.example/a"), _elsewhere("/a#s2", "http://x.example/a")
    (False, False)
    >>> _elsewhere("https://www.x.example/a/#s2", "http://x.example/a"), _elsewhere("/a?p=2#s2", "http://x.example/a")
    (False, True)
    >>> _elsewhere("/b", "http://x.example/a"), _elsewhere("/b", "")
    (True, True)
    """
    href = (href or "").strip()
    if not href or href.startswith("#"):
        return False
    if not url:
        return True
    try:
        return not _same_page(urldefrag(urljoin(url, href))[0], urldefrag(url)[0])
    except ValueError:  # an address urlsplit refuses ("http://[bad/x"): no anchor of this page
        return True


def _same_page(one: str, other: str) -> bool:
    """Two addresses (no fragment) of one page: the same host but for "www.", path
    but for a closing slash, and query, in either scheme."""
    a, b = urlsplit(one), urlsplit(other)
    return a.netloc.lower().removeprefix("www.") == b.netloc.lower().removeprefix("www.") \
        and a.path.rstrip("/") == b.path.rstrip("/") and a.query == b.query


def _card(heading: Element) -> Teaser:
    """The teaser a headline opens: its text and the texts of the elements after it
    (or after its box, when it is alone in it: "<a><h3>...</h3></a> <p>...</p>"),
    then those after the box of both when no snippet (a text of a sentence's length)
    follows the headline and no other headline follows its box (WordPress prints "<article><header><h2>..</h2>
    <div class=entry-meta>..</div></header><div class=entry-summary>..</div>"):
    at most ``_CARD_SIBLINGS`` texts, as many as right after the headline."""
    texts: list[str] = []
    el: Element | None = heading
    for _ in range(2):  # (the headline's box and the card's: "<header>" and its "<article>")
        if el is None:
            break
        after = list(islice(el.itersiblings(), _CARD_SIBLINGS - len(texts)))
        headed = any(_holds_heading(sibling) for sibling in after)
        if el is not heading and headed:
            break  # (the box of many cards: the next is another story's)
        texts += [short_text(sibling, _TEASER_CHARS) for sibling in after]
        if headed or len(texts) >= _CARD_SIBLINGS or any(len(text.split()) >= MIN_SENTENCE_WORDS for text in texts):
            break  # (headlines side by side, or the card's snippet found: a subheading stops at its paragraph)
        if any(_holds_heading(before) for before in islice(el.itersiblings(preceding=True), _CARD_SIBLINGS)):
            break  # (a box of two headings is no card's header: a story's "<header>" of its "<h1>" and a linked kicker)
        el = el.getparent()
    return Teaser(short_text(heading, _TEASER_CHARS), tuple(texts))


def _holds_heading(el: Element) -> bool:
    """Whether ``el`` is or holds an h1-h4."""
    return el.tag in ("h1", "h2", "h3", "h4") or next(el.iter("h1", "h2", "h3", "h4"), None) is not None


_CARD_LEVELS = 3  # boxes above an unlinked card headline looked in for the card's overlay link


def _overlay_link(heading: Element, url: str = "") -> bool:
    """Whether an unlinked h2-h4 heads a card that one empty link covers, its
    ``aria-label`` or ``title`` naming the headline (Hugo's PaperMod theme, "stretched
    link" cards: "<a class=entry-link aria-label='post link to Headline' href=..></a>")."""
    text = short_text(heading, _TEASER_CHARS).casefold()
    if len(text.split()) < _LINE_HEADLINE_WORDS:
        return False
    for box in islice(heading.iterancestors(), _CARD_LEVELS):
        for link in islice(box.iter("a"), _CARD_SIBLINGS + 1):
            label = (link.get("aria-label") or link.get("title") or "").casefold()
            if text in label and not short_text(link, _TEASER_CHARS) and _elsewhere(link.get("href"), url) \
                    and _story_href(link.get("href") or ""):
                return True
    return False


def _story_href(href: str) -> bool:
    """Whether ``href`` is shaped as a story's address (:func:`article_like_url`): not a
    share button's ("https://x.com/intent/tweet?text=...", an icon-only link whose label
    quotes a subheading) nor an anchor in the page ("#section-2")."""
    try:
        return article_like_url(href)
    except ValueError:  # an address urlsplit refuses ("http://[bad/x")
        return False


_TITLE_LINK = re.compile(r"(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])", re.IGNORECASE)


def _link_teasers(doc: Element, url: str = "") -> list[Teaser]:
    """The teaser headlines the page's first ``_LINKS_READ`` links print with no heading
    element: those classed as a card's title (:func:`_titled_teaser`), then an old
    layout's bold ones (:func:`_line_teaser`). One walk of the links for both."""
    titled: list[Teaser] = []
    lines: list[Teaser] = []
    rows: list[Teaser] = []
    for link in islice(doc.iter("a"), _LINKS_READ):
        if (teaser := _titled_teaser(link, url)) is not None:
            titled.append(teaser)
        if (teaser := _line_teaser(link, url)) is not None:
            lines.append(teaser)
        if (teaser := _dated_row(link, url)) is not None and (not rows or rows[-1].after != teaser.after):
            rows.append(teaser)
    return titled + lines + rows


_ROW_TAGS = frozenset({"li", "tr", "dd", "dt"})
# A row's date in figures, year first or last ("2024-05-02", "2024/5/2", "2024年5月2日",
# "02.05.2024", "2/5/2024", "02.05.24"): how lists and tables of titles print it
_ROW_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}|"
                       r"\d{1,2}[-/.]\s?\d{1,2}[-/.]\s?(?:(?:19|20)\d\d|\d\d))(?!\d)")
_ROW_LEVELS = 4        # boxes between a row and its link ("<tr><td><font><a>")
_ROW_CHARS = 40        # a row's text besides its title: a date, a bullet, a source's name
_ROW_TITLE_WORDS = 3   # a linked title this long (Han and kana two characters a word)


def _dated_row(link: Element, url: str) -> Teaser | None:
    """A list's or table's row that holds one linked title to a story and its date,
    and little else ("<li><a>title</a><span>2024-05-02</span></li>", an old
    portal's "<tr><td>·<a>title</a></td><td>2006-06-15 16:05</td></tr>", a
    government's table of press releases): a listing's line, the card its row's
    text and each of its cells'."""
    href = link.get("href")
    row = next((box for box in islice(link.iterancestors(), _ROW_LEVELS) if box.tag in _ROW_TAGS), None) \
        if href else None
    if row is None or sum(1 for a in islice(row.iter("a"), 3) if a.get("href")) > 1:
        return None
    text = short_text(row, _TEASER_CHARS + _ROW_CHARS)
    if not _ROW_DATE.search(text):  # (the cheap tests first: most links are no dated row's)
        return None
    title = short_text(link, _TEASER_CHARS)
    rest = text.replace(title, "", 1)
    if len(rest.strip()) > _ROW_CHARS or not _ROW_DATE.search(rest) or count_words(title) < _ROW_TITLE_WORDS:
        return None
    if not _elsewhere(href, url) or not _story_href(href or "") \
            or any(ancestor.tag in _ASIDES for ancestor in row.iterancestors()):
        return None
    return Teaser(title, (text, *(short_text(cell, _TEASER_CHARS) for cell in islice(row, _CARD_SIBLINGS))),
                  listed=True)


def _titled_teaser(link: Element, url: str) -> Teaser | None:
    """A teaser headline printed as a link classed as the card's title, no heading
    around it (Substack's "post-preview-title", Ghost's and many themes'
    "card-title" links): three words or more, to a story's address, outside asides,
    navigation and footers; the card is what follows the link."""
    value = link.get("class")  # (most links have no class: no pattern asked)
    href = link.get("href") if value and _TITLE_LINK.search(value) else None
    if not href:
        return None
    text = short_text(link, _TEASER_CHARS)
    if len(text.split()) < _LINE_HEADLINE_WORDS or any(
            ancestor.tag in _ASIDES or ancestor.tag in ("h2", "h3", "h4") for ancestor in link.iterancestors()):
        return None
    if not _story_href(href) or not _elsewhere(href, url):
        return None
    return _card(link)


_ITEMS_READ = 300   # list items of a page read for a document list's entries
# What a document list's entry prints after its link: a summary's paragraph or box (its
# metadata's list and its date beside it). A headline and its date alone is a related or
# "more" box's line (in any language's class: "notas-relacionadas", "lee-tambien", none).
_SUMMARY_PARTS = frozenset({"p", "div"})
_SUMMARY_WORDS = 8  # a summary's words (a date line, "16 de mayo de 2024", has fewer)


def _item_teasers(doc: Element, url: str = "") -> list[Teaser]:
    """A document list's entries, which no heading or title class marks: a list item
    opening with a link of three words or more to a story's address, its summary in an
    element after the link in the item (a paragraph or a box of eight words or more) (a
    government site's "document list" of news and press releases, a university's item list).
    A list of bare links (a related box, a menu) has no card, and none is read in an
    aside, navigation or footer. A link to another site is no entry: a site lists its
    own documents, where a story's reading list or sources link out ("<li><a
    href=https://books.example/..>Title</a><p>Why read it</p></li>")."""
    teasers = []
    for item in islice(doc.iter("li"), _ITEMS_READ):
        first = next((child for child in item if isinstance(child.tag, str)), None)
        if first is None or first.tag != "a" or (item.text or "").strip():
            continue
        after = [el for el in islice(first.itersiblings(), _CARD_SIBLINGS) if isinstance(el.tag, str)]
        card = [short_text(el, _TEASER_CHARS) for el in after]
        text = short_text(first, _TEASER_CHARS)
        if len(text.split()) < _LINE_HEADLINE_WORDS or not any(
                el.tag in _SUMMARY_PARTS and len(c.split()) >= _SUMMARY_WORDS for el, c in zip(after, card, strict=True)):
            continue  # (a link and a note in its line, "<a>..</a> <em>(2020)</em>": a post's list of links)
        href = first.get("href") or ""
        if not _story_href(href) or not _elsewhere(href, url) or not _same_site(href, url):
            continue
        if any(ancestor.tag in _ASIDES for ancestor in item.iterancestors()) or _in_other_box(item):
            continue
        teasers.append(Teaser(text, tuple(c for c in card if c), item=True))
    return teasers


def _same_site(href: str, url: str) -> bool:
    """Whether ``href`` opens a page of the site at ``url`` (its host but for "www.").

    >>> _same_site("/a/b", "http://x.example/c"), _same_site("https://www.x.example/a", "http://x.example/c")
    (True, True)
    >>> _same_site("https://books.example/a", "http://x.example/c"), _same_site("https://books.example/a", "")
    (False, True)
    """
    if not url:
        return True
    try:
        return urlsplit(urljoin(url, href.strip())).netloc.lower().removeprefix("www.") == \
            urlsplit(url).netloc.lower().removeprefix("www.")
    except ValueError:  # an address urlsplit refuses ("http://[bad/x"): no page of the site
        return False


# The class or id of a box of other stories beside a story's text: a related or
# recommended list, a most-read or popular box, a widget or sidebar, "more stories"
# (themes' names for them): its list items are no listing's entries.
_OTHER_BOX = re.compile(f"{OTHER_STORIES_MARKS}|{SIDE_BOX_MARKS}|more-?stories|read-?more|see-?also", re.IGNORECASE)
_BOX_LEVELS = 6  # boxes above a list item looked at for such a name


def _in_other_box(item: Element) -> bool:
    """Whether a list item sits in a box of other stories (:data:`_OTHER_BOX`)."""
    for box in islice(item.iterancestors(), _BOX_LEVELS):
        if _OTHER_BOX.search(f"{box.get('class') or ''} {box.get('id') or ''}"):
            return True
    return False


_BOLD = ("b", "strong")
_LINKS_READ = 600          # links of a page read for bold linked headlines
_LINE_HEADLINE_WORDS = 3   # a bold link this long is a headline, not a menu's label ("Home", "Sport")


def _line_teaser(link: Element, url: str) -> Teaser | None:
    """An old table layout's teaser headline, which no heading element marks: a
    link to a story (:func:`article_like_url`) set in bold (``<b><a>..</a></b>``,
    ``<a><b>..</b></a>``), three words or more, outside asides, navigation and
    footers. Its date line and snippet follow it after a ``<br>`` in the same cell,
    so the card is one line of text that the headline opens."""
    parent = link.getparent()
    bold = parent if parent is not None and parent.tag in _BOLD else (
        link[0] if len(link) == 1 and link[0].tag in _BOLD else None)
    href = link.get("href")
    if bold is None or not _elsewhere(href, url):
        return None
    text = short_text(link, _TEASER_CHARS)
    if len(text.split()) < _LINE_HEADLINE_WORDS or short_text(bold, _TEASER_CHARS) != text:
        return None
    try:
        if not article_like_url(href):
            return None
    except ValueError:  # an address urlsplit refuses ("http://[bad/x")
        return None
    if any(ancestor.tag in _ASIDES for ancestor in link.iterancestors()):
        return None
    if not _ends_its_line(bold if bold is parent else link, text):
        return None
    return Teaser(text, (), True)


_INLINE = frozenset({"font", "span", "b", "strong", "i", "em", "a", "big"})


def _ends_its_line(el: Element, text: str) -> bool:
    """Whether a bold linked headline is a line of its own: a ``<br>`` follows it
    (its wrappers, ``<font>``, ``<span>``, holding nothing else), or nothing does in
    its cell. Not a bold link opening a sentence ("<b><a>Council approves
    budget</a></b> - as we reported, ..."), a story's own text."""
    while (parent := el.getparent()) is not None and parent.tag in _INLINE \
            and not (el.tail or "").strip() and short_text(parent, _TEASER_CHARS) == text:
        el = parent
    if (el.tail or "").strip():
        return False
    after = el.getnext()
    return after is None or after.tag == "br"


def _listing_path(address: _Address) -> str | None:
    """The listing word of a URL like a tag, section, author or archive page
    ("/tag/air-quality/", "/section/science/page/3/"), unless its last segment is
    one article's slug or id ("/themen/gruener-wasserstoff-fuer-die-industrie").

    >>> def path(url): return _listing_path(_address(url))
    >>> path("https://a.example/tag/air-quality/"), path("https://a.example/section/science/page/3/")
    ('tag', 'section')
    >>> path("https://a.example/tag/right-to-repair/")
    'tag'
    >>> path("https://a.example/themen/energie/gruener-wasserstoff-fuer-die-industrie") is None
    True
    >>> path("https://a.example/archive/show.php?nr=709"), path("https://a.example/archive/list.php?cat=7")
    (None, 'archive')
    >>> path("https://a.example/archives/spip.php?article123"), path("https://a.example/archives/spip.php?rubrique4")
    (None, 'archives')
    >>> path("https://a.example/Kategori.aspx?KatID=3&Sayfa=2"), path("https://a.example/category.php") is None
    ('kategori', True)
    >>> path("https://a.example/archive.php?id=709"), path("https://a.example/Page.aspx?pageid=12")
    (None, None)
    """
    segments = address.segments
    word = next((seg for seg in segments if seg in LISTING_PATH_WORDS or seg in PROFILE_PATH_WORDS), None)
    if word is not None and _day_file(address):
        return None  # an old paper's archive folder of days, one story's file ("/archive/2003/05/17/POLI4.HTM")
    if word is None:
        # a script named as the listing it shows ("Kategori.aspx?KatID=3", "tag.php?t=ferry"); not
        # one showing a record ("archive.php?id=709", "arsiv.asp?id=12"), nor "page.php?pageid=12"
        # (a page, where "/page/3/" is a listing's paging)
        scripted = (segments and "." in segments[-1] and address.query and address.last in LISTING_PATH_WORDS
                    and address.last != "page" and not _ONE_RECORD_QUERY.search(address.query))
        return address.last if scripted else None
    if segments[-1] != word and "." in segments[-1] and _ONE_RECORD_QUERY.search(address.query):
        return None  # a script under the folder showing one record ("/archive/show.php?nr=709")
    last = address.last
    # right under the listing word ("/tag/right-to-repair/"), only a long slug is an
    # article's; deeper down, any slug of three words or an id is
    slug_words = _TAG_SLUG_WORDS if len(segments) > 1 and segments[-2] == word else 3
    if len(_SLUG_WORD.findall(last)) >= slug_words or any(
            not _YEAR.match(n) for n in _NUMERIC_ID.findall(last)):
        return None
    return word


def _site_path(address: _Address) -> str | None:
    """Why the URL's last segment names a page about the site ("/about-us",
    "/contact.asp"), else ``None``."""
    return f"site page path /{address.last}" if address.last in NON_ARTICLE_PATH_WORDS else None


def _dated_path(address: _Address) -> bool:
    """Whether a folder of the path is a year ("/2006/03/05/privacy/"): a post's
    permalink, whose one-word slug may be a site page's word."""
    return any(_YEAR.match(seg) for seg in address.segments[:-1])


def _site_page(address: _Address, page_types: set[str]) -> str | None:
    """Why the URL or the page's type marks a page about the site, else ``None``."""
    path = _site_path(address)
    if path:
        return path
    if page_types & SHOP_TYPES:
        return "type " + ", ".join(sorted(page_types & SHOP_TYPES))
    if page_types & SITE_PAGE_TYPES and _top_level(address):
        # og:type "website" at the top of the site: "/who-we-are", the home page
        return "og:type website at the top of the site"
    return None


class _Words:
    """The blocks' words, each block counted once, when first asked (an article
    page asks for its sentence blocks and its words: two counts of every block)."""

    def __init__(self, blocks: list[Block], tokens: list[int] | None = None) -> None:
        self.blocks = blocks
        self.tokens = tokens
        self._each: list[int] | None = None

    def block_counts(self) -> list[int]:
        if self._each is None:
            if self.tokens is None:
                self._each = [count_words(block.text) for block in self.blocks]
            else:  # (each block's ``word_count`` known: only its Han and kana are read)
                self._each = [n + han_kana_words(block.text) for block, n in zip(self.blocks, self.tokens, strict=True)]
        return self._each

    def total(self) -> int:
        return sum(self.block_counts())

    def sentences(self) -> int:
        """Blocks that read as sentences: prose of ``MIN_SENTENCE_WORDS`` words or more."""
        return sum(1 for block, n in zip(self.blocks, self.block_counts(), strict=True)
                   if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS)


def _own_story(address: _Address, page_types: set[str], has_date: bool, has_writer: bool,
               words: _Words, teasers: list[Teaser]) -> bool:
    """Whether the text is one story of its own, whatever teasers follow it: a
    date and a writer, three sentence blocks, a story's address, no declared
    collection without an article type, and the teaser cards outside the text (a
    section front's text is its teasers' snippets: their headlines or what is
    printed right after them are among its blocks)."""
    if not (has_date and has_writer and _article_like(address)):
        return False
    if page_types & LISTING_TYPES and not page_types & ARTICLE_TYPES:
        return False
    if words.sentences() < MIN_PROSE_BLOCKS:
        return False
    texts = {" ".join(block.text.split())[:_TEASER_CHARS] for block in words.blocks}
    # (a document list's entries in such a story's text are its reading list: "<li><a>Title</a><p>Why</p>";
    # a story's list of dated links is its own)
    in_text = sum(1 for teaser in teasers if not teaser.item and not teaser.listed
                  and (teaser.headline in texts or any(after in texts for after in teaser.after)))
    return in_text <= _TEASERS_IN_STORY


# The printer-friendly copy of a story, by its script's or last segment's name or a
# query asking for print (old CMSes: "print.asp?id=12", "/druckversion/", "?print=1",
# "?view=print"): the story again, under another address, stored once at its own.
_PRINT_NAMES = frozenset({"print", "printer", "printable", "printversion", "print-version", "printfriendly",
                          "printer-friendly", "drucken", "druckversion", "druckansicht", "imprimer",
                          "imprimir", "stampa", "drukuj", "wydruk",
                          # Turkish "print!" ("yazdir.asp?id=12", "haber_yazdir.php?id=12")
                          "yazdir"})
# (the query's key in the languages of the names above: "?imprimir=1", Portuguese and
# Spanish; "?stampa=1", Italian; "?drucken=1", German; "?drukuj=1", Polish; "?yazdir=1", Turkish)
_PRINT_QUERY = re.compile(r"(?:^|&)(?:print|printable|printer|druck|drucken|imprimer|imprimir|stampa|drukuj|yazdir)"
                          r"=(?:1|true|yes|y|on|s|sim|si|tak)(?:&|$)"
                          r"|(?:^|&)(?:view|format|output|mode|layout)=(?:print|printer|printable)(?:&|$)",
                          re.IGNORECASE)


def _printable_copy(address: _Address) -> str | None:
    """Why the URL names a printer-friendly copy, else ``None``.

    >>> def copy(url): return _printable_copy(_address(url))
    >>> copy("https://a.example/cgi-bin/print.asp?id=4001"), copy("https://a.example/news/story?print=1")
    ('printer-friendly copy (print)', 'printer-friendly copy (query)')
    >>> copy("https://a.example/2024/05/blueprint-for-the-harbour") is None
    True
    """
    last = address.last
    if last in _PRINT_NAMES:
        return f"printer-friendly copy ({last})"
    if address.query and _PRINT_QUERY.search(address.query):
        return "printer-friendly copy (query)"
    return _print_script(address) or _print_folder(address)


def _print_folder(address: _Address) -> str | None:
    """Why a print word as a folder before the record's number or numbered file names a
    printer-friendly copy: Drupal's print module ("/print/123", "/print/node/123"), an
    old archive's print folder ("/archive/2003/05/17/print/POLI4.HTM"). Not a print
    edition's stories ("/print/2024/05/harbour-budget-approved": a slug of words).

    >>> def copy(url): return _printable_copy(_address(url))
    >>> copy("https://a.example/print/123"), copy("https://a.example/print/2024/05/harbour-budget-approved") is None
    ('printer-friendly copy (/print/)', True)
    """
    segments = address.segments
    at = next((k for k, seg in enumerate(segments[:-1]) if seg in _PRINT_NAMES), None)
    if at is None:
        return None
    rest = [seg.rsplit(".", 1)[0] for seg in segments[at + 1:]]
    if all(seg.isdigit() or seg == "node" for seg in rest) or (
            len(rest) == 1 and "." in segments[-1] and any(c.isdigit() for c in rest[0])
            and len(_SLUG_WORD.findall(rest[0])) <= 1):
        return f"printer-friendly copy (/{segments[at]}/)"
    return None


# The record words a print script's name joins to its print word ("PrintNews.aspx?id=12",
# "article_print.php?id=12", "content_1472033_print.shtml", "eko03_yazdir.html")
_RECORD_WORDS = frozenset({"news", "article", "story", "content", "detail", "details", "page", "view", "doc",
                           "item", "post", "entry", "text"})
_PRINT_JOINED = re.compile(r"(?:{r})?(?:{p})(?:{r})?".format(
    r="|".join(sorted(_RECORD_WORDS)), p="|".join(sorted(_PRINT_NAMES, key=len, reverse=True))))


def _print_script(address: _Address) -> str | None:
    """Why a last segment joining a print word to the record's number or a record word
    names a printer-friendly copy: "content_1472033_print", "eko03_yazdir" (a part with
    digits beside the print word), "news_print" or "PrintNews" with a query naming one
    record ("?id=12"). Not a story's slug ("how-to-print-a-photo": other words in it)."""
    last = address.last
    parts = [p for p in re.split(r"[_-]", last) if p]
    if len(parts) >= 2 and (parts[0] in _PRINT_NAMES or parts[-1] in _PRINT_NAMES):
        rest = parts[1:] if parts[0] in _PRINT_NAMES else parts[:-1]
        numbered = [p for p in rest if any(c.isdigit() for c in p) and not _YEAR.match(p)]
        if all(p in numbered or p in _RECORD_WORDS for p in rest) and (numbered or _ONE_RECORD_QUERY.search(address.query)):
            return f"printer-friendly copy ({last})"
    if "".join(parts) != last.replace("_", "").replace("-", "") or not _ONE_RECORD_QUERY.search(address.query):
        return None
    joined = "".join(parts)
    if joined not in _PRINT_NAMES and _PRINT_JOINED.fullmatch(joined):
        return f"printer-friendly copy ({last})"
    return None


def _text_is_cards(words: _Words, teasers: list[Teaser]) -> bool:
    """Whether the text is mostly its teaser cards' (headlines, date lines,
    snippets): a short listing ("/user/jane", a category's page of three stories,
    an author's bio over them), where a story beside a related box has text of its own."""
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    opening = tuple(teaser.headline for teaser in teasers if teaser.line)  # a card printed as one line
    total = words.total()
    own = sum(n for block, n in zip(words.blocks, words.block_counts(), strict=True)
              if (text := " ".join(block.text.split())[:_TEASER_CHARS]) not in cards
              and not (opening and text.startswith(opening) and _card_lines(block.text, opening, n)))
    return total > 0 and own * _OWN_SHARE < total


def _own_prose(words: _Words, teasers: list[Teaser]) -> bool:
    """Whether the text is long prose and none of the teasers' cards: ``MIN_PROSE_BLOCKS``
    sentence blocks of ``MIN_WORDS_PROSE`` words and nothing else (a story's own, above its box of ten
    related headlines; a listing's sentences are its cards' snippets)."""
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    if any(" ".join(block.text.split())[:_TEASER_CHARS] in cards for block in words.blocks):
        return False
    own = [n for block, n in zip(words.blocks, words.block_counts(), strict=True)
           if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS]
    return len(own) >= MIN_PROSE_BLOCKS and sum(own) >= MIN_WORDS_PROSE and sum(own) == words.total()


# A sentence's end: what prose has and a menu, a breadcrumb, a copyright line have not
_SENTENCE_END = re.compile(r"[.!?;:。！？；…](?:\s|$)|[。！？]")


def _rows_hold_text(words: _Words, rows: list[Teaser]) -> bool:
    """Whether ``_MIN_ROWS`` or more of the dated rows are in the text and the rest
    holds little prose: blocks of a sentence's length that end one, under a third
    of the words (an old portal's page is its rows, menus, breadcrumbs and footer
    when no box stands out; a story above a list of related rows is prose)."""
    cards = {teaser.headline for teaser in rows} | {after for teaser in rows for after in teaser.after}
    held = prose = 0
    for block, n in zip(words.blocks, words.block_counts(), strict=True):
        text = " ".join(block.text.split())[:_TEASER_CHARS]
        if text in cards:
            held += 1
        elif n >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(block.text):
            prose += n
    return held >= _MIN_ROWS and prose * _OWN_SHARE < words.total()


_ROW_WORDS = 8  # a dated row's words: its title's, its date's
# A list's introduction is a line ("The press office publishes its releases here."); a
# text this long is a story's, however short (an unsigned, dated brief beside a box of
# ten "latest news" rows), and as long as the shortest body the crawl stores
_INTRO_WORDS = 40


def _rows_beside_text(words: _Words, rows: list[Teaser]) -> str | None:
    """Why a page whose text is one short block (a list's introduction, the rows
    left out as links) beside ``_MIN_ROWS`` or more dated rows of linked titles
    (a government's table of press releases) is a listing, else ``None``: the rows
    outweigh the text, and it is shorter than ``_INTRO_WORDS``. (Asked only of a page
    naming no writer: a bylined news item is a story however short.)"""
    listed = sum(1 for teaser in rows if teaser.listed)
    if listed < _MIN_ROWS or words.sentences() > 1 or words.total() >= _INTRO_WORDS \
            or listed * _ROW_WORDS <= words.total():
        return None
    return f"{listed} dated rows of linked titles beside {words.total()} words"


_CARD_LINE_WORDS = 60  # a card's line: its headline, date line and snippet (a story's text runs on)


def _card_lines(text: str, headlines: tuple[str, ...], words: int) -> bool:
    """Whether a block that a bold linked headline opens is no longer than its
    cards' lines: at most ``_CARD_LINE_WORDS`` words for each of those headlines it
    holds. An old story's cell opening with its own headline linked to itself runs
    on for hundreds of words."""
    flat = " ".join(text.split())
    return words <= _CARD_LINE_WORDS * max(1, sum(flat.count(headline) for headline in headlines))


_MIN_CARDS = 2     # teaser cards that can make a short listing (one on a listing's later page)
# A listing's later page: "?page=3", "&page=3", "/page/3/" (not WordPress's "?p=123", a post)
_PAGED = re.compile(r"[?&](?:page|pg|seite|pagina)=\d+(?:&|$)|/page/\d+/?(?:$|\?)", re.IGNORECASE)
_OWN_SHARE = 3     # a short listing's text outside its cards: under a third of its words
_MIN_ROWS = 2      # dated rows of linked titles that make a listing (with no prose of its own)


def _listing_address(address: _Address) -> bool:
    """Whether the URL names a listing by its shape: a query of whose or what stories
    it lists and no one record's ("/blog?author=5f2a5474f"), or a folder at the top of the
    site ("/harbour": a section), where one card may be all a listing holds.

    >>> def listing(url): return _listing_address(_address(url))
    >>> listing("https://a.example/blog?author=5f2a"), listing("https://a.example/harbour/"), listing("https://a.example/?p=123")
    (True, True, False)
    >>> listing("https://a.example/news/ferry-vote"), listing("https://a.example/show?tag=x&id=20417")
    (False, False)
    >>> listing("https://a.example/ferry-timetable-argued-over/")
    False
    >>> listing("https://a.example/show.php?cat=3&artno=20417"), listing("https://a.example/t.php?s=8f14e45fceea167a5a36dedd4bea2543&t=12")
    (False, False)
    """
    if address.query:
        rest = _record_part(address.query)
        return rest != address.query and not _ONE_RECORD_QUERY.search(address.query) \
            and not any(not _YEAR.match(found) for found in _NUMERIC_ID.findall(rest))
    return _top_level(address) and not _article_like(address)  # (not WordPress's "/%postname%/")


def _teasers_hold_text(url: str, counted: _Words, teaser_headlines: list[Teaser], dated: bool = False) -> str | None:
    """Why the page's teasers make it a listing (many over few words, unless a dated
    story's own prose; or their cards holding its text), else ``None``."""
    words = counted.total()
    lines = sum(1 for teaser in teaser_headlines if teaser.line)
    rows = [teaser for teaser in teaser_headlines if teaser.listed]
    teasers = len(teaser_headlines) - lines - len(rows)
    if len(rows) >= _MIN_ROWS and _rows_hold_text(counted, rows):
        return f"{len(rows)} dated rows of linked titles and no prose of its own"
    if teasers > MAX_TEASERS_IN_ARTICLE and teasers * 40 > words and not (dated and _own_prose(counted, teaser_headlines)):
        return f"{teasers} linked teaser headlines over {words} words"
    # (one card is enough on a listing's later page, or at a listing's address: an author's,
    # a section's page of one story; not merely at no story's address, "/news/ferry-vote",
    # "/2024/05/04/ferry/": a story there may have one linked subheading or link its title out)
    if (teasers >= _MIN_CARDS or (teasers and (_PAGED.search(url) or _listing_address(_address(url))))) \
            and _text_is_cards(counted, teaser_headlines):
        return f"{teasers} linked teaser headlines and their cards hold the text"
    if lines and _text_is_cards(counted, teaser_headlines):
        # (one is enough: a story's own text never opens each of its lines with another story's headline)
        return f"{lines} bold linked headlines open the lines that hold the text"
    return None


def page_kind(
    *,
    url: str,
    page_types: set[str],
    has_date: bool,
    has_byline: bool,
    blocks: list[Block],
    teaser_headlines: list[Teaser],
    has_writer: bool = False,
    block_tokens: list[int] | None = None,
    canonical: str | None = None,
) -> tuple[str, str]:
    """``(kind, why)`` of a page with a main text: ``article``, ``listing`` or ``page``.

    What the page says about itself decides first (schema.org / OpenGraph types);
    then a column of linked teaser headlines makes a listing; a site page's address
    (about, contact, legal) with no writer named is a page, dated or not; a date or a
    byline over real sentences makes an article however short; a site page (its
    address, a shop's type, the top of the site) is a page; long prose is an
    article; the rest is a page.
    ``block_tokens``: each block's :func:`word_count`, if the caller has them (then
    only the blocks' Han and kana are read again for the count). ``canonical``: the
    URL the page names as its own (a print copy naming its story is the story).
    """
    typed_article, address = page_types & ARTICLE_TYPES, _address(url)  # (the URL split once, for all its tests)
    # (a copy naming its story as canonical is stored, once, under the story's address)
    printable = _printable_copy(address) if not canonical or canonical == url else None
    if printable:
        return "page", printable
    if not typed_article and page_types & ABOUT_TYPES:
        return "page", "type " + ", ".join(sorted(page_types & ABOUT_TYPES))
    counted = _Words(blocks, block_tokens)
    if _own_story(address, page_types, has_date, has_writer, counted, teaser_headlines):
        # one story's own evidence: its date, its writer, its prose, its address; the
        # teasers and item lists beside such a text are its related stories
        return "article", f"dated, bylined prose at a story's URL, {counted.total()} words"
    listing_types = page_types & LISTING_TYPES
    if listing_types and (not typed_article or counted.total() < MIN_WORDS_PROSE):
        # a collection whose teasers are typed as articles is still a collection
        return "listing", "type " + ", ".join(sorted(listing_types))
    if typed_article:
        return "article", "type " + ", ".join(sorted(typed_article))
    words = counted.total()  # (counted only here: a typed page, most pages, needs no count)
    if listing := _teasers_hold_text(url, counted, teaser_headlines, has_date) or (
            f"listing path /{path}/" if (path := _listing_path(address)) else None) or (
            None if has_writer else _rows_beside_text(counted, teaser_headlines)):
        return "listing", listing
    sentences = counted.sentences()
    if (site_path := _site_path(address)) and not has_writer and not _dated_path(address):
        return "page", site_path  # ("/about", "/contact" dated by the date every page of the site prints)
    if (has_date or has_byline) and sentences:
        return "article", ("dated" if has_date else "bylined") + f" prose, {words} words"
    site = _site_page(address, page_types)
    if site:
        return "page", site
    if words >= MIN_WORDS_PROSE and sentences >= MIN_PROSE_BLOCKS:
        return "article", f"prose of {words} words"
    if words >= MIN_WORDS_BY_URL and sentences and _article_like(address):
        return "article", f"article-like URL, {words} words"
    return "page", f"{words} words, {sentences} sentence blocks, no date or byline"
