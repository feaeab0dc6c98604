"""The teaser headlines a listing shows, read from the tree: linked h2-h4 headlines and their
cards, bold linked lines of old table layouts, a document list's entries and dated rows of
linked titles; not the boxes of other stories beside a story's text."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import islice
from typing import NamedTuple
from urllib.parse import urldefrag, urljoin, urlsplit

from crawler.parsers.bounded_text import leading_text, short_text
from crawler.parsers.caseless import Caseless
from crawler.parsers.classify.addresses import article_like_url
from crawler.parsers.document import Element
from crawler.parsers.joined import joined
from crawler.parsers.vocabulary import OTHER_STORIES_MARKS, SIDE_BOX_MARKS, has_words

_ASIDES = frozenset({"aside", "nav", "footer"})
MIN_SENTENCE_WORDS = 8      # a block this long reads as a sentence, not a label
TEASER_CHARS = 300          # characters of a teaser headline compared with the body's blocks
_CARD_SIBLINGS = 3          # elements after a teaser headline read as its card


class Teaser(NamedTuple):
    """A linked teaser headline and the texts printed right after it (its card's
    date line and snippet), each whitespace-collapsed and cut to ``TEASER_CHARS``.
    ``line``: a bold linked headline with no heading element (:func:`_line_teaser`),
    whose card is printed as one line of text, the headline opening it. ``item``: a
    list item's link and the summary after it (:func:`_item_teasers`). ``listed``:
    a list's or table's row of a linked title and its date (:func:`_dated_rows`).
    ``before``: the text printed right above a card's headline in its box (a theme's
    writer or kicker line over the title), for where a card's lines are asked, not its text."""

    headline: str
    after: tuple[str, ...]
    line: bool = False
    item: bool = False  # a document list's entry (:func:`_item_teasers`), no headline's element
    listed: bool = False
    boxed: bool = False  # a link whose box, not itself, is classed as a card's title (:func:`_titled_box`)
    before: tuple[str, ...] = ()


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


_POSTS_LOOKED_AT = 60  # unlinked headings read for whole posts (a blog's front page shows ten or twenty)
# A post's date line: a day with its year in a short line ("May 16, 2024", "Posted 16.05.2024
# by Ann"); not a year alone or a month's ("1990", "March 1990": a chronicle's sections)
_POST_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_POST_DATE_WORDS = 12


def dated_posts(doc: Element, stamp_of: Callable[[str], str | None]) -> tuple[str, ...]:
    """The titles of the whole posts the page prints under unlinked titles, as a blog's front
    page or a diary's page does ("<h2>Title</h2><div>May 16, 2024</div><p>The post...</p>",
    each post in full, its title linked nowhere): h2 and h3 headings outside asides,
    navigation, footers and links, each with a date line of its own over or under it (a
    short line with a day and its year: :func:`_card`) and prose after it; none unless two of
    their days differ (one story's subheadings print no dates, and a live report's entries
    print times of one day, or the same day with another writer; over days, each its time).
    ``stamp_of``: a date line's ISO 8601 day (and time, when it prints one), or ``None``.
    Whether each title heads a whole post or a card's snippet is for the body's blocks to say
    (``kind._whole_posts``)."""
    titles: list[str] = []
    stamps: set[str] = set()
    for heading in islice((h for h in doc.iter("h2", "h3") if not any(True for _ in h.iter("a"))), _POSTS_LOOKED_AT):
        if any(ancestor.tag in _ASIDES or ancestor.tag == "a" for ancestor in heading.iterancestors()):
            continue  # (a card wrapped in its link is a teaser: :func:`_wrapped_link`)
        card = _card(heading)
        stamp = next((found for text in (*card.before, *card.after[:1])
                      if len(text.split()) <= _POST_DATE_WORDS and _POST_YEAR.search(text)
                      and (found := stamp_of(text)) is not None), None)
        if stamp is not None and any(len(text.split()) >= MIN_SENTENCE_WORDS for text in card.after):
            titles.append(short_text(heading, TEASER_CHARS))
            stamps.add(stamp)
    # (a live report over days stamps each entry with its time: "May 15, 2024, 22:05")
    timed = all(len(stamp) > 10 for stamp in stamps)
    return tuple(titles) if len({stamp[:10] for stamp in stamps}) > 1 and not timed else ()


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
        return not _same_page(urldefrag(joined(url, href))[0], urldefrag(url)[0])
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
        texts += [short_text(sibling, TEASER_CHARS) for sibling in after]
        if headed or len(texts) >= _CARD_SIBLINGS or any(len(text.split()) >= MIN_SENTENCE_WORDS for text in texts):
            break  # (headlines side by side, or the card's snippet found: a subheading stops at its paragraph)
        if any(_holds_heading(before) for before in islice(el.itersiblings(preceding=True), _CARD_SIBLINGS)):
            break  # (a box of two headings is no card's header: a story's "<header>" of its "<h1>" and a linked kicker)
        el = el.getparent()
    above = heading.getprevious()
    line = short_text(above, _ABOVE_CHARS + 1) if above is not None and not _holds_heading(above) else ""
    return Teaser(short_text(heading, TEASER_CHARS), tuple(texts), before=(line,) if 0 < len(line) <= _ABOVE_CHARS else ())


_ABOVE_CHARS = 80  # a line over a card's headline (a writer's, a kicker's), not a box of text before it


def _holds_heading(el: Element) -> bool:
    """Whether ``el`` is or holds an h1-h4."""
    return el.tag in ("h1", "h2", "h3", "h4") or next(el.iter("h1", "h2", "h3", "h4"), None) is not None


_CARD_LEVELS = 3  # boxes above an unlinked card headline looked in for the card's overlay link


def _overlay_link(heading: Element, url: str = "") -> bool:
    """Whether an unlinked h2-h4 heads a card that one empty link covers, its
    ``aria-label`` or ``title`` naming the headline (Hugo's PaperMod theme, "stretched
    link" cards: "<a class=entry-link aria-label='post link to Headline' href=..></a>")."""
    text = short_text(heading, TEASER_CHARS).casefold()
    if len(text.split()) < _LINE_HEADLINE_WORDS:
        return False
    for box in islice(heading.iterancestors(), _CARD_LEVELS):
        for link in islice(box.iter("a"), _CARD_SIBLINGS + 1):
            label = (link.get("aria-label") or link.get("title") or "").casefold()
            if text in label and not short_text(link, TEASER_CHARS) and _elsewhere(link.get("href"), url) \
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


# (the same class values on every link of a page: :class:`Caseless` keeps their answers)
_TITLE_LINK = Caseless(r"(?:^|[\s_-])(?:title|headline)(?:$|[\s_-])")


def _link_teasers(doc: Element, url: str = "") -> list[Teaser]:
    """The teaser headlines the page's first ``_LINKS_READ`` links print with no heading
    element: those classed as a card's title (:func:`_titled_teaser`), then an old
    layout's bold ones (:func:`_line_teaser`). One walk of the links for both."""
    titled: list[Teaser] = []
    lines: list[Teaser] = []
    rows: list[Teaser] = []
    for link in islice(doc.iter("a"), _LINKS_READ):
        if not link.get("href"):
            continue  # (each test asks for a link's address: an anchor or a button heads no teaser)
        parent = link.getparent()  # (read once for both tests)
        if (teaser := _titled_teaser(link, url, parent)) is not None:
            titled.append(teaser)
        if (teaser := _line_teaser(link, url, parent)) is not None:
            lines.append(teaser)
        if (teaser := _dated_row(link, url)) is not None and (not rows or rows[-1].after != teaser.after):
            rows.append(teaser)
    return titled + lines + rows


_ROW_TAGS = frozenset({"li", "tr", "dd", "dt"})
# A row's date in figures, year first or last ("2024-05-02", "2024/5/2", "2024年5月2日",
# "02.05.2024", "2/5/2024", "02.05.24"): how lists and tables of titles print it
_ROW_DATE = re.compile(r"(?<!\d)(?:(?:19|20)\d\d[-/.年]\s?\d{1,2}[-/.月]\s?\d{1,2}|"
                       r"\d{1,2}[-/.]\s?\d{1,2}[-/.]\s?(?:(?:19|20)\d\d|\d\d))(?!\d)")
# What every _ROW_DATE match holds in the text before its whitespace is collapsed: figures,
# a separator, one or two figures, a separator, a figure (whitespace runs after each separator)
_ROW_FIGURES = re.compile(r"\d[-/.年]\s*\d\d?[-/.月]\s*\d")
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
    row = _row_of(link) if href else None
    if row is None or _linked(row) > 1:
        return None
    # (the cheap tests first: most links are no dated row's; short_text's collapse is asked
    # only of a text whose pieces print a date's figures, whitespace runs between them)
    read = leading_text(row, 2 * (TEASER_CHARS + _ROW_CHARS) + 1)
    if not _ROW_FIGURES.search(read):
        return None
    text = " ".join(read.split())[:TEASER_CHARS + _ROW_CHARS]  # (short_text of the row)
    if not _ROW_DATE.search(text):
        return None
    title = short_text(link, TEASER_CHARS)
    rest = text.replace(title, "", 1)
    if len(rest.strip()) > _ROW_CHARS or not _ROW_DATE.search(rest) or not has_words(title, _ROW_TITLE_WORDS):
        return None
    if not _elsewhere(href, url) or not _story_href(href or "") \
            or any(ancestor.tag in _ASIDES for ancestor in row.iterancestors()):
        return None
    return Teaser(title, (text, *(short_text(cell, TEASER_CHARS) for cell in islice(row, _CARD_SIBLINGS))),
                  listed=True)


def _linked(row: Element) -> int:
    """How many of the row's first three links have an address."""
    found = 0
    for link in islice(row.iter("a"), 3):
        if link.get("href"):
            found += 1
    return found


def _row_of(link: Element) -> Element | None:
    """The nearest list or table row holding ``link``, up to ``_ROW_LEVELS`` boxes up
    (asked of each of a page's first links: parents in a loop, not an ancestor
    iterator sliced, a third cheaper)."""
    box: Element | None = link
    for _ in range(_ROW_LEVELS):
        box = box.getparent() if box is not None else None
        if box is None or box.tag in _ROW_TAGS:
            return box
    return None


def _titled_teaser(link: Element, url: str, parent: Element | None) -> Teaser | None:
    """A teaser headline printed as a link classed as the card's title, no heading
    around it (Substack's "post-preview-title", Ghost's and many themes'
    "card-title" links, or the one link of a box so classed, g1's "<div class=feed-post-body-title><a
    class=feed-post-link>"): three words or more, to a story's address, outside asides,
    navigation and footers; the card is what follows the link."""
    value = link.get("class")  # (most links have no class: no pattern asked)
    href = link.get("href")
    classed = bool(value and _TITLE_LINK.search(value))
    if not href or not (classed or _titled_box(link, parent)):
        return None
    text = short_text(link, TEASER_CHARS)
    if len(text.split()) < _LINE_HEADLINE_WORDS or any(
            ancestor.tag in _ASIDES or ancestor.tag in ("h2", "h3", "h4") for ancestor in link.iterancestors()):
        return None
    if not _story_href(href) or not _elsewhere(href, url):
        return None
    return _card(link) if classed else _card(link)._replace(boxed=True)


def _titled_box(link: Element, parent: Element | None) -> bool:
    """Whether the link's parent is classed as a card's title (:data:`_TITLE_LINK`) and holds
    nothing but the link ("<div class=feed-post-body-title><a href=..>Headline</a></div>")."""
    if parent is None or parent.tag not in ("div", "span", "p"):
        return False
    value = parent.get("class")
    return bool(value and _TITLE_LINK.search(value)) and len(parent) == 1 \
        and not (parent.text or "").strip() and not (link.tail or "").strip()


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
        if not any(el.tag in _SUMMARY_PARTS for el in after):
            continue  # (the cheap test first: a menu's or a related box's item holds its link alone)
        text = short_text(first, TEASER_CHARS)
        if len(text.split()) < _LINE_HEADLINE_WORDS:
            continue
        card = [short_text(el, TEASER_CHARS) for el in after]
        if not any(el.tag in _SUMMARY_PARTS and len(c.split()) >= _SUMMARY_WORDS for el, c in zip(after, card, strict=True)):
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


def _line_teaser(link: Element, url: str, parent: Element | None) -> Teaser | None:
    """An old table layout's teaser headline, which no heading element marks: a
    link to a story (:func:`article_like_url`) set in bold (``<b><a>..</a></b>``,
    ``<a><b>..</b></a>``), three words or more, outside asides, navigation and
    footers. Its date line and snippet follow it after a ``<br>`` in the same cell,
    so the card is one line of text that the headline opens."""
    bold = parent if parent is not None and parent.tag in _BOLD else _bold_inside(link)
    href = link.get("href")
    if bold is None or not _elsewhere(href, url):
        return None
    text = short_text(link, TEASER_CHARS)
    if len(text.split()) < _LINE_HEADLINE_WORDS or short_text(bold, TEASER_CHARS) != text:
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
_WRAPPERS = frozenset({"font", "span", "big"})
_WRAPPER_LEVELS = 2  # wrappers looked through between a link and its bold ("<a><font size=3><b>")


def _bold_inside(link: Element) -> Element | None:
    """The bold element a link holds alone, as it is or in a wrapper or two that hold only
    it: "<a><b>..</b></a>", and an old layout's "<a><font size=3><b>..</b></font></a>"."""
    el = link
    for _ in range(_WRAPPER_LEVELS + 1):
        if len(el) != 1 or (el.text or "").strip() or (el[0].tail or "").strip():
            return None
        el = el[0]
        if el.tag in _BOLD:
            return el
        if el.tag not in _WRAPPERS:
            return None
    return None



def _ends_its_line(el: Element, text: str) -> bool:
    """Whether a bold linked headline is a line of its own: a ``<br>`` follows it
    (its wrappers, ``<font>``, ``<span>``, holding nothing else), or nothing does in
    its cell. Not a bold link opening a sentence ("<b><a>Council approves
    budget</a></b> - as we reported, ..."), a story's own text."""
    while (parent := el.getparent()) is not None and parent.tag in _INLINE \
            and not (el.tail or "").strip() and short_text(parent, TEASER_CHARS) == text:
        el = parent
    if (el.tail or "").strip():
        return False
    after = el.getnext()
    return after is None or after.tag == "br"
