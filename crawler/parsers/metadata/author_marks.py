"""Author names from the page's author markup, for pages whose structured data
and header byline name nobody: ``rel=author`` links, links to an author page
(``/author/jane-doe/``), and short elements whose class names an author or a
byline (WordPress "author vcard", "byline", "article-author", "by-author").

Comment threads, teasers, related-story lists and sidebars carry the same
classes for other people ("comment-author", a related story's "author"): marks
inside them, or inside a link to another page (a teaser card), are skipped, and
the marks inside the headline's story come first.

With no mark at all, a name printed after a label: "Autor:", "Text:", or a
credits block's "Interview" (only beside another credit label, "Fotos:", and
only when the line after it is a name as a whole). Not a press or media
contact: the press officer is no author, and nothing tells a press release
from a story with a contact line under it.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from itertools import chain, islice
from typing import Any
from urllib.parse import urldefrag, urljoin, urlsplit

from lxml import etree

from crawler.parsers.bounded_text import longer_than
from crawler.parsers.box_headings import (
    COMMENT_COUNTED_NOUNS,
    COMMENT_THREAD_HEADINGS,
    COMMENT_THREAD_NOUNS,
    RELATED_HEADING_PREFIXES,
    RELATED_HEADINGS,
    UNRELATED_LIST_HEADINGS,
    opens_comments,
)
from crawler.parsers.caseless import Caseless
from crawler.parsers.metadata.about_author import about_author_names
from crawler.parsers.metadata.authors import (
    clean_byline,
    dedupe,
    ends_with_other_credit,
    letters_key,
    looks_like_byline,
    photo_then_writer,
    plain_name,
)
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.given_names import opens_with_given_name
from crawler.parsers.metadata.name_chunks import cut_at_chunks, without_unlinked_place
from crawler.parsers.metadata.walk import (
    LETTERS,
    SKIP_TAGS,
    attr,
    following,
    has_ancestor,
    marks_of,
    story_of,
    text_of,
    within,
)
from crawler.parsers.metadata.wires import HAN_WIRES
from crawler.parsers.vocabulary import OTHER_STORIES_MARKS, PROMO_MARKS, any_of

__all__ = ["EDITOR_LABEL", "AuthorMarks", "author_link_names", "credited_rest", "holds_categories", "in_other_stories", "in_quote", "labelled_authors", "lead_byline", "lead_marks",
           "live_entry_writers", "marked_authors", "wire_source", "without_categories"]

# Cheap substring tests, narrowed in Python: "uthor" / "yline" catch author, Author,
# byline, Byline, "utor" / "uteur" / "erfasser" the German and French classes (autor,
# Autorin, auteur, verfasser); the hrefs the author-page links (also as XPath tests,
# attribute nodes first: about twice as fast as testing every element).
# ("/journalist": "/journaliste/jeanne-roussel", "/journalist/jane-doe", the pages :data:`_AUTHOR_PAGE`
# accepts; not "/journ" alone: "/journal/" files many sites' stories)
_AUTHOR_HREF_WORDS = ("/aut", "author=", "/writer", "/contributor", "/user", "/penulis", "/signataire", "/journalist")
_AUTHOR_HREFS = " or ".join(f"contains(., '{w}')" for w in _AUTHOR_HREF_WORDS)
# The marks: elements with such a class; links to an author page (``rel=author``, such
# an href) or labelled as a writer's posts ("Posts by X" in the title or aria-label).
_CLASS_MARK = any_of(("uthor", "yline", "utor", "uteur", "erfasser", "olumnist"))
_AUTHOR_HREF = any_of(("/by/", *_AUTHOR_HREF_WORDS))
_POSTS_BY = any_of(("osts by", "rticles by", "eiträge von", "rtikel von", "rtiklar av", "nhalte von", "exte von",
                    "rtikelen van", "rticles de", "rticoli di", "rtículos de", "rtigos de",
                    # "View profile for X", "Profile of X", "Profil von X" (:data:`_PROFILE_FOR`)
                    "rofile for", "rofile of", "rofil von"))


def mark_elements(doc: Any) -> Iterator[Any]:
    """The author marks of the page (an author class or id, an author-page link),
    in document order, read as they are asked for:
    most pages' first marks are near the top, and the readers stop there (an XPath
    union read the whole tree first: 1.1 ms a page on the benchmark pages)."""
    for el in doc.iter(etree.Element):
        value = el.get("class")
        ident = el.get("id")
        if ((value and _CLASS_MARK.search(value)) or (el.tag == "a" and _author_page_link(el))
                or (ident and _CLASS_MARK.search(ident))) and not _in_menu(el):
            yield el


# A site menu's list and items, by the class words menu plugins and themes print
# (WordPress's "menu", "sub-menu", "menu-item"; Bootstrap's "dropdown-menu",
# "navbar-nav"): a columnists' menu links every writer's page ("menu-item-object-guest-author"),
# none of them the story's writer; and its dozens of links would use up the marks read.
_MENU_WORDS = frozenset(["menu", "sub-menu", "submenu", "menu-item", "nav-menu", "dropdown-menu",
                         "navbar-nav", "mega-menu", "megamenu"])
_MENU_DEPTH = 6


def _in_menu(el: Any) -> bool:
    """Whether ``el`` is in a site menu's list (:data:`_MENU_WORDS`, a list or its item up to
    :data:`_MENU_DEPTH` levels up, or an element whose ``role`` is a menu's); not in the
    story's ``<article>``, whose menu is its own (a byline's "dropdown-menu" of the co-writers
    behind "By Jane Doe and 2 others")."""
    if any(node.tag == "article" for node in el.iterancestors()):
        return False
    for depth, node in enumerate(chain((el,), el.iterancestors())):
        if depth > _MENU_DEPTH or node.tag in ("body", "article", "main"):
            return False
        if node.get("role") in ("menu", "menubar", "navigation"):
            return True
        if node.tag in ("ul", "ol", "li") and (value := node.get("class")) \
                and not _MENU_WORDS.isdisjoint(value.lower().split()):
            return True
    return False


def _author_page_link(link: Any) -> bool:
    """A link (with an href) to an author page, by its href or ``rel``, or labelled as
    a writer's posts in its title or aria-label."""
    href = link.get("href")
    return href is not None and (_AUTHOR_HREF.search(href) is not None or link.get("rel") == "author"
                                 or _posts_by(link.get("title")) or _posts_by(link.get("aria-label")))


def _posts_by(value: str | None) -> bool:
    return value is not None and _POSTS_BY.search(value) is not None


# One author's page, not the index itself: "/author/jane-doe", "/autoren/jane-doe",
# "/writers/jane-doe", "/contributors/jane-doe", and WordPress's plain author
# link "?author=12", a search for the writer's stories ("/suche?author=Jane%20Doe"), and
# Drupal's account page, its default author link ("Submitted by <a href=/user/jane-doe>",
# an address on the site: "youtube.com/user/x" is a channel; not "/user/login" nor a
# numbered "/user/12"). Not "/journalisten/": a press service's section for
# journalists ("/journalisten/termine"). Not a contributors' page about
# contributing ("/contributors/guidelines"). Not "/by/x" anywhere on the page: a
# licence ("creativecommons.org/licenses/by/3.0/") or a browse link
# ("/browse/by/region", "/products/by/brand-acme") as often as a writer's page;
# "/by/jane-doe" counts only at the site's root and in the story (:func:`_story_by_link`).
# Italian "/autore/", "/autori/" (Italian WordPress translations' author base, papers' writer pages);
# Spanish and Portuguese "/autores/" (Arc Publishing's and the papers' writer pages).
# One journalist's page, singular ("/journalist/marie-merlet", French "/journaliste/"): a
# paper's page for each of its writers, unlike the plural press-service section above.
# (Indonesian and Malay sites file a writer's page under "/penulis/", writer: "/penulis/jane-doe")
_AUTHOR_PAGE = re.compile(r"/(?:author|autor|auteur|penulis)(?:s|en|es|in|innen|e|i)?/[^/?#\s]|"
                          # (not a reporters' section's dated stories, "/journalist/2012-06/01/content_1.htm")
                          r"/journaliste?/(?!(?:19|20)\d\d\b)[^/?#\s]|"
                          # French papers' writers' pages, "/signataires/jean-dupont/" (the bylines' signers)
                          r"/signataires?/[^/?#\s]|"
                          r"/(?:writer|contributor)s?/(?!(?:guidelines?|apply|submit|join|faq|policy|"
                          r"terms|login|signup|register)(?:[/?#.]|$))[^/?#\s]|"
                          r"[?&]author=[^&#\s]")
# Drupal's account page (see above): every member has one (a script under "/users/" is
# none: "/users/becomeFan.php?of=jane", a follow button), the readers who comment in
# a thread and post in a forum too, so it marks the writer only before the story's
# prose (:func:`_before_prose`), where Drupal prints "Submitted by <a>Jane Doe</a>".
_ACCOUNT_PAGE = re.compile(r"^(?:/[^?#\s]*)?/users?/(?!(?:login|logout|register|password|signup|sign-in|edit|me)"
                           r"(?:[/?#.]|$))(?![^/?#\s]*\.(?:php|aspx?|jsp|cgi|html?)(?:[?#]|$))"
                           r"[^\W\d_][^/?#\s]*/?(?:[?#]|$)")
_PROSE_LEVELS = 8       # ancestors of an account link whose earlier siblings are read...
_PROSE_SIBLINGS = 20    # ...this many of them each...
_PROSE_PARAGRAPHS = 20  # ...and this many paragraphs in each
_PROSE_LINE = 150       # a paragraph longer than this is the story's prose (or a reader's post)
# A writer's page under "/by/" at the site's root: a name's slug ("/by/jane-doe"),
# not a number or a version ("/licenses/by/3.0/"), nor a list's ("/browse/by/region").
_BY_PAGE = re.compile(r"^(?:https?://[^/?#]+)?/by/[^\W\d_]+(?:-[^\W\d_]+)*/?$")


def _story_by_link(el: Any, memo: dict[Any, Any] | None = None) -> bool:
    """A link to a "/by/jane-doe" page of this site inside an <article> / <main>.
    "/by/" is no author word of its own: on another host it is anything that
    site sorts by (a shop's "/by/brand", a link shortener), so a full address
    must name the page's own host (:func:`_on_this_site`)."""
    rel = (el.get("rel") or "").lower()
    href = attr(el, "href").strip()
    return ("license" not in rel and bool(_BY_PAGE.match(href)) and _on_this_site(el, href, memo)
            and has_ancestor(el, ("article", "main")))


def _on_this_site(el: Any, href: str, memo: dict[Any, Any] | None = None) -> bool:
    """Whether a "/by/" ``href`` (a root path or a full http(s) address) is on
    the page's site: a path, or an address on the registrable domain of the
    page's address or of its canonical / og:url address ("amp.x.com" and
    "news.x.com" are both "x.com"; an archive.ph, AMP-cache or syndicated copy
    names its source as canonical). With no site known at all, any address is."""
    if href.startswith("/"):
        return True
    own = _page_sites(el, memo)
    host = _site(href)
    if not host:
        return False
    return not own or host in own


def _site(url: str) -> str | None:
    """The registrable domain of an http(s) ``url`` ("news.bbc.co.uk" ->
    "bbc.co.uk"), from the public suffix list through courlan (installed with
    htmldate): a hand-made rule would take "co.uk" for a site. A host under no
    listed suffix ("news.example", "localhost") keeps its last two labels."""
    try:
        parts = urlsplit(url)
        host = parts.hostname
    except ValueError:  # a malformed address ("http://[x/by/jane")
        return None
    if parts.scheme.lower() not in ("http", "https") or not host:
        return None
    if host.replace(".", "").isdigit() or ":" in host:
        return host  # an IP address
    from courlan import extract_domain  # (a tenth of the parsers' import, for the few pages that ask)

    return extract_domain(url) or ".".join(host.split(".")[-2:])


def _page_sites(el: Any, memo: dict[Any, Any] | None = None) -> frozenset[str]:
    """The page's sites: its address's and its canonical or og:url address's
    (a copy on another host names its source so); empty when none is an
    http(s) address. Kept in ``memo`` (per page) under "sites": a teaser test
    asks for every link, and the canonical address is a walk of the page."""
    if memo is not None and "sites" in memo:
        return memo["sites"]  # type: ignore[no-any-return]
    root = el.getroottree()
    urls = [root.docinfo.URL or ""]
    urls += islice(root.xpath("/descendant::link[@rel='canonical']/@href|/descendant::meta[@property='og:url']/@content"), 4)
    sites = frozenset(site for url in urls if (site := _site(str(url).strip())) is not None)
    if memo is not None:
        memo["sites"] = sites
    return sites


def author_link(el: Any) -> bool:
    """Whether a link leads to a writer: ``rel=author``, an author page, or a
    link labelled as one writer's list (:func:`_labelled_writer_link`); never a
    licence link (``rel=license``)."""
    rel = (el.get("rel") or "").lower()
    if "license" in rel:
        return False
    href = attr(el, "href")
    return (rel == "author" or bool(_AUTHOR_PAGE.search(href)) or _labelled_writer_link(el)
            or (bool(_ACCOUNT_PAGE.search(href)) and _before_prose(el)))


def _before_prose(el: Any) -> bool:
    """Fewer than two paragraphs of prose come before ``el`` in its nearest boxes:
    ``el`` is in the story's header (under its standfirst at most), not in a thread
    or a box after the story (bounded by the ``_PROSE_*`` caps)."""
    seen = 0
    for node in islice(chain((el,), el.iterancestors()), _PROSE_LEVELS):
        for sib in islice(node.itersiblings(preceding=True), _PROSE_SIBLINGS):
            if isinstance(sib.tag, str):
                seen += sum(1 for p in islice(sib.iter("p"), _PROSE_PARAGRAPHS) if longer_than(p, _PROSE_LINE))
                if seen >= 2:
                    return False
    return True


# A link's label naming the writer's list of stories: WordPress's author link
# ("Posts by Jane Doe", German "Beiträge von", the theme's "View all posts by")
# and news sites' ("Articles by", Swedish "Se alla artiklar av") whatever the
# address looks like ("/av/jane-doe", "/people/jane-doe").
_WRITER_LIST = re.compile(r"^\s*(?:(?:view|see|read|show|zeige|se)\s+)?(?:all[ea]?\s+)?"
                          r"(?:posts|articles|stories|beiträge|artikel|artiklar)\s+(?:by|von|av)\s+(.+?)"
                          r"(?:\s+anzeigen)?\s*$", re.I)
# The same label in German "Alle Inhalte von" / "Alle Texte von", Dutch "Alle
# artikelen van", French "Tous les articles de", Italian "Tutti gli articoli di",
# Spanish and Portuguese "Todos los artículos de" / "Todos os artigos de". CMSs
# title topic, section and tag links so too ("Tous les articles de Vie Locale"),
# so it counts only on a link to an author page or in an author-marked box
# (:func:`_in_author_box`; review 20).
_TOPIC_OR_WRITER_LIST = re.compile(r"^\s*(?:alle|tous\s+les|tutti\s+gli|todos\s+los|todos\s+os)\s+"
                                   r"(?:inhalte|texte|artikelen|articles|articoli|artículos|artigos)\s+"
                                   r"(?:von|van|de|di|do|da)\s+(.+?)\s*$", re.I)
_BOX_LEVELS = 3


def _in_author_box(el: Any) -> bool:
    """The link or one of its nearest ancestors has an author class ("byline", "author")."""
    return any(_author_class(attr(box, "class")) for box in islice(chain((el,), el.iterancestors()), _BOX_LEVELS + 1))


def _labelled_only(el: Any) -> bool:
    """A link that leads to a writer only by its "Posts by X" label: outside
    the story it is a sidebar's list of the site's writers, not this story's."""
    return (el.tag == "a" and (el.get("rel") or "").lower() != "author"
            and not _AUTHOR_PAGE.search(attr(el, "href")) and not _story_by_link(el)
            and not _author_class(attr(el, "class")))


# "View profile for X" / "Profile of X" / "Profil von X": a link to a person's page
# (LinkedIn-style article pages, a newsroom's staff card), also on reactions, quoted
# people and related links: the writer's only in a card of its own over the text
# (:func:`_person_card_link`).
_PROFILE_FOR = re.compile(r"^\s*(?:(?:view|see|visit)\s+)?(?:the\s+)?(?:profile\s+(?:for|of)|profil\s+von)\s+(.+?)\s*$",
                          re.I)
_ROW_TEXT = 120


def _person_in_dated_row(el: Any, name: str) -> bool:
    """A topic or writer's-list link ("Alle Inhalte von X") naming a person (a known given
    name first: not "FC Bayern", "Vie Locale") in the story's byline row, its line holding
    the day ("<p><a title='Alle Inhalte von Hanna Lorenz'>Hanna Lorenz</a><br>05.03.2024</p>")."""
    row = el.getparent()
    if row is None or not opens_with_given_name(" ".join(name.split())) or not _before_prose(el):
        return False
    text = text_of(row, _ROW_TEXT + 1, " ")
    return len(text) <= _ROW_TEXT and find_date_span(text) is not None and not _topic_beside(row, el)


_ROW_LINKS = 12


def _topic_beside(row: Any, el: Any) -> bool:
    """Whether another link of the row, titled the same way, names no person ("Olaf
    Scholz · SPD", "Olaf Scholz, Bundestag"): a row of the story's topics, the person
    one of them (the story's subject), no writer."""
    for link in islice(row.iterchildren("a"), _ROW_LINKS):
        m = _TOPIC_OR_WRITER_LIST.match(attr(link, "title")) if link is not el else None
        if m and not opens_with_given_name(" ".join(m.group(1).split())):
            return True
    return False


def _person_card_link(el: Any, name: str) -> bool:
    """A "View profile for X" link that is a person's card over the story's text: a known
    given name first, before the prose, printed with no words of a sentence around it
    (its box holds links and the card's own lines only: "Professor <a>Ann Lee</a> said",
    "<a>Peter Brown</a> and 12 others liked this" are no cards)."""
    box = el.getparent()
    if box is None or not opens_with_given_name(" ".join(name.split())) or not _before_prose(el):
        return False
    if (box.text or "").strip() or any((child.tail or "").strip() for child in box):
        return False
    return not has_ancestor(el, ("p",)) and _card_opens_with(el, box.getparent() if box.getparent() is not None else box, name)


_CARD_NODES = 40


def _card_opens_with(el: Any, card: Any, name: str) -> bool:
    """Whether the name is the first thing ``card`` (the link's box's box) prints, or
    follows only a writer's label ("Written by", "Author"): under "Medically reviewed
    by", "Fact checked by" or "People in this story" the card is another person's."""
    above = set(el.iterancestors())
    parts: list[str] = []
    for node in islice(card.iter(), _CARD_NODES):
        if node is el:
            break
        if not isinstance(node.tag, str) or node.tag in ("script", "style"):
            continue
        parts.append(node.text or "")
        if node is not card and node not in above:
            parts.append(node.tail or "")
        if sum(map(len, parts)) > _ROW_TEXT:
            return False
    before = " ".join(" ".join(parts).split())
    return not before or _LABEL_ONLY.match(before) is not None or looks_like_byline(f"{before} {name}")


def _labelled_writer_link(el: Any) -> bool:
    return _labelled_writer(el) is not None


def _labelled_writer(el: Any) -> str | None:
    """X, for a link whose title or aria-label is "Posts by X" and whose text
    opens with X (an icon's name may follow: "Jane Doe chevron-right")."""
    for key in ("title", "aria-label"):
        label = attr(el, key)
        m = _WRITER_LIST.match(label) if len(label) <= _MAX_TEXT else None  # (bounded: a lazy name group)
        if m is None and len(label) <= _MAX_TEXT:
            m = _TOPIC_OR_WRITER_LIST.match(label)
            m = m if m and (_AUTHOR_PAGE.search(attr(el, "href")) or _in_author_box(el)
                            or _person_in_dated_row(el, m.group(1))) else None
        if m is None and len(label) <= _MAX_TEXT:
            m = _PROFILE_FOR.match(label)
            m = m if m and _person_card_link(el, m.group(1)) else None
        if m:
            name = " ".join(m.group(1).split())
            shown = " ".join(text_of(el, _MAX_TEXT, " ").split())
            return name if shown.casefold().startswith(name.casefold()) else None
    return None


# Regions that credit other people than the story's author. Not "footer": an
# article's footer row ("entry-footer") often holds its byline; the page's own
# <footer> outside the story is skipped by tag. Not the wide caption classes
# ("gallery") of the header scan's furniture test either: a gallery post's whole
# story may sit in a "gallery" wrapper.
# A layout class naming the page's columns ("site__main--no-sidebar",
# "has-sidebar", Genesis's "content-sidebar-wrap") wraps the story itself: no
# sidebar. A "sidebar-wrapper" or "primary-sidebar-wrap" is the sidebar's box.
_OTHER = re.compile(r"comment|widget|(?<!no-)(?<!has-)(?<!with-)(?<!without-)(?<!content-)sidebar|"
                    f"{OTHER_STORIES_MARKS}|{PROMO_MARKS}|newsletter|respond|reply|more-from", re.I)
# A photo credit, caption or image licence ("photo-author", "copyright",
# "media-license-author"): names a photographer.
_CREDIT_HINT = re.compile(r"caption|credit|copyright|licen[cs]e|bildunterschrift|legende|photo|foto|bild",
                          re.I)
_SKIP_TAGS = frozenset({"img", "link", "meta", "script", "style", "body", "html", "article",
                        "main", "section", "figure", "picture", "svg", "input", "textarea",
                        "label", "form", "button"})
_MAX_MARKS = 60
# A teaser <article>: at most this many characters, with a link of a headline's length.
_TEASER_TEXT = 600
_TEASER_LINK = 25
_MAX_LINKS = 20
_MAX_TEXT = 120
_ANCESTORS = 12


def marked_authors(doc: Any, headline: Any, *, story_only: bool = False) -> list[str]:
    """Names of the first usable author mark, preferring marks inside the
    headline's <article>/<main>; with it, the names of marks beside it (same
    parent), so "<a rel=author>A</a>, <a rel=author>B</a>" gives both.

    ``story_only``: marks outside the story (a masthead's author link, a teaser
    list's byline) do not count, nor does any mark on a page with no story
    element; names printed after a label below the headline still do."""
    marks = AuthorMarks(doc, headline)
    return marks.in_story() if story_only else marks.anywhere()


class AuthorMarks:
    """The two questions :func:`marked_authors` answers, asked of one page: the
    marks are read once for both (each mark's names, the per-page memo of
    :func:`_mark_names`), and so is the fallback of labelled names, which both
    answers end with (the metadata stage asks both on a page whose meta author
    the page may overrule: the same XPath, marks and 3,000-element label scan
    twice, a tenth of the stage there)."""

    def __init__(self, doc: Any, headline: Any) -> None:
        self.doc, self.headline = doc, headline
        self._scope = story_of(headline)
        self._around = frozenset(headline.iterancestors()) if headline is not None else frozenset()
        self._memo: dict[Any, Any] = {"headline": headline}  # (and the page's sites, boxes, once read)
        self._pending = islice(mark_elements(doc), _MAX_MARKS)
        self._named: list[tuple[Any, list[str]]] = []
        self._fallback: list[str] | None = None

    def _marks(self) -> Iterator[tuple[Any, list[str]]]:
        """The marks that name someone, with their names, in document order: those
        read so far, then the rest, each read (and kept) when first reached."""
        yield from self._named
        for el in self._pending:
            names = _mark_names(el, self._around, self._memo)
            if names:
                self._named.append((el, names))
                yield el, names

    def _labelled(self) -> list[str]:
        if self._fallback is None:
            self._fallback = labelled_authors(self.doc, self.headline) or about_author_names(self.doc, self.headline)
        return self._fallback

    def anywhere(self) -> list[str]:
        """The first mark in the story, else (no story element) the first mark, else
        the first mark that is not only a "Posts by" link, else labelled names."""
        scope = self._scope
        first_out: tuple[Any, list[str]] | None = None
        for el, names in self._marks():
            if scope is None or within(el, scope):
                return self._with_cards(el, names)
            if first_out is None and not _labelled_only(el):
                first_out = (el, names)
        return self._with_cards(*first_out) if first_out is not None else self._labelled()

    def in_story(self) -> list[str]:
        """The first mark in the story, else labelled names (no story element: no mark
        counts, and none is read)."""
        if self._scope is not None:
            for el, names in self._marks():
                if within(el, self._scope):
                    return self._with_cards(*self._first_card(el, names))
        return self._labelled()

    def _first_card(self, el: Any, names: list[str]) -> tuple[Any, list[str]]:
        """A byline box holding one writer's card after another, each a name and its job
        ("<div class=byline><div class=author><a>A</a><span>Journalist</span></div><div
        class=author>...</div></div>"), whose text the job words cut after the first name:
        its first card's mark, read with the cards beside it (:meth:`_with_cards`); else ``el``."""
        for other, other_names in self._marks():
            if other is el or not within(other, el):
                continue
            card = _card_of(other)
            return (other, other_names) if card is not None and card is not el and within(card, el) else (el, names)
        return el, names

    def _with_cards(self, el: Any, names: list[str]) -> list[str]:
        """The mark's names, its sibling links' (:func:`_with_siblings`) and those of the
        writer cards printed side by side after its own (:func:`_card_of`): a portal's
        "<div class=byline>A 기자</div><div class=byline>B 기자</div>" after the text, a
        header's "<dl class=author>" per writer: each card its own mark. Not a list of other
        stories' cards, each linking its story (:func:`_links_story`): their writers wrote those."""
        found = _with_siblings(el, names)
        card = _card_of(el)
        if card is None or _links_story(card, self._memo) or _readers_cards(card):
            return found
        own = found
        if _other_role_card(text_of(card, _CARD_TEXT, " ")):
            found = []  # (the photographer's card first: the writers' cards after it)
        cards = _next_cards(card)
        budget = _CARD_MARKS * (len(cards) + 1)  # a card holds a few marks (its box, link, name)
        passed = False  # (the marks read before this one come first)
        for other, other_names in self._marks():
            passed = passed or other is el
            if not passed or other is el or other is card or within(other, card):
                continue
            box = next((box for box in cards if other is box or within(other, box)), None)
            if box is None or (budget := budget - 1) < 0 or _links_story(box, self._memo):
                break
            if not _other_role_card(text_of(box, _CARD_TEXT, " ")):
                found.extend(other_names)
        return dedupe(found) or own


_MAX_LEAD_SCAN = 5_000
_PROSE_CHARS = 150


def lead_marks(doc: Any) -> list[str]:
    """For a page with no headline found: the names of the first author mark
    inside an <article> / <main>, or above the page's first paragraph of prose
    (an old theme's "Erstellt von <a href=/author/x>" over the post); not one
    further down outside any story element (an author box beside the posts)."""
    marks = list(islice(mark_elements(doc), _MAX_MARKS))
    if not marks:
        return []
    waiting = set(marks)
    top: set[Any] = set()
    for n, el in enumerate(doc.iter()):
        if n >= _MAX_LEAD_SCAN or not waiting:
            break
        if el in waiting:
            top.add(el)
            waiting.discard(el)
        elif el.tag == "p" and _is_prose(el):
            break
    for el in marks:
        if el in top or has_ancestor(el, ("article", "main")):
            names = _mark_names(el)
            if names:
                return _with_siblings(el, names)
    return []


_LEAD_LINE_TAGS = frozenset(["p", "div", "span", "small", "address"])


def lead_byline(doc: Any) -> list[str]:
    """For a page with no headline element at all: the names of a byline line
    ("Article by Jane Doe, 2 February 2023") printed in an element of its own above
    the first paragraph of prose, outside the page's furniture. Each name must be a
    plain name (:func:`plain_name`): with no headline to stand under, "By train" or
    "By car" over a directions page is a subheading, not a credit."""
    for n, el in enumerate(doc.iter()):
        if n >= _MAX_LEAD_SCAN:
            break
        if el.tag not in _LEAD_LINE_TAGS or len(el) > 3:
            continue
        if el.tag == "p" and _is_prose(el):
            break
        text = text_of(el, _MAX_TEXT + 1, " ")
        if text and len(text) <= _MAX_TEXT and looks_like_byline(text) and not _in_other(el):
            names = clean_byline(text)
            if names and all(plain_name(name) for name in names):
                return names
    return []


# One pass over the links (an attribute's parent, "@href[...]/..", is sorted and
# deduplicated by libxml2: superlinear on a page of thousands of such links).
_AUTHOR_LINKS = f"/descendant::a[@href[{_AUTHOR_HREFS}] or (@href and @rel = 'author')]"


def author_link_names(doc: Any) -> list[str]:
    """The names of the page's links to an author page, wherever they are (an
    "About the author" box in the sidebar too): not a credit for this story on
    their own, but they tell a person's name ("Jane Doe | 05.04.2025") from a
    place's or a section's."""
    names: list[str] = []
    for el in islice(doc.xpath(_AUTHOR_LINKS), _MAX_MARKS):
        if author_link(el):
            text = text_of(el, _MAX_TEXT, " ")
            if text and len(text) <= _MAX_TEXT:
                names.extend(clean_byline(text))
    return names


def _is_prose(el: Any) -> bool:
    size = 0
    for chunk in el.itertext():
        size += len(chunk)
        if size >= _PROSE_CHARS:
            return True
    return False


# A label printed on its own before the name ("<strong>Autor:</strong> <a>Jane
# Doe</a>", "<h4>Author</h4><p>Jane Doe</p>") or opening a short line ("Text: Jane
# Doe" under the story, "责任编辑：焦鹏"). Not "Von" / "By": those open ordinary
# phrases and are the header scan's. Not "Redaktion:": an imprint lists its whole
# desk after it. "Interview": magazines credit an interview's writer so in their
# credits block ("Interview: X", "Fotos: Y"); elsewhere it heads the interview
# and names the guest ("Interview: Angela Merkel"), so it counts only in a
# credits block (:func:`_in_credits`). Spanish "Texto" only with its colon:
# alone it labels a page's font-size buttons ("Texto Ampliar Letra").
# "Interview" also heads the interview itself: the line after it counts only
# when it is a name as a whole, and only in a credits block.
_WHOLE_WORD = "interview"
_LABEL_WORDS = (r"(?:autorin\s*/\s*autor|autor\s*/\s*autorin|autor/in|autor\*in|autor:in|"
                r"text\s*(?:und|&|/)\s*(?:fotos?|bilder)|texto(?=\s*[:：])|"
                # the joint credit the other way round ("Fotos und Text: X")
                r"(?:fotos?|bilder)\s*(?:und|&|/)\s*text|"
                r"autor|autorin|autoren|author|authors|auteur|auteure|autore|autores|verfasser|"
                r"verfasserin|text|texte|" + _WHOLE_WORD + r"|written by|geschrieben von|verfasst von|"
                r"作者|记者|記者|责任编辑|責任編輯|"
                # Indonesian and Malay "writer": Kompas-style credit boxes print it alone before the
                # linked names, no colon ("<div>Penulis <a>Jane Doe</a></div>", "Editor" beside it)
                r"penulis)")
_WHOLE_LABEL = re.compile(r"^\s*" + _WHOLE_WORD, re.I)
# The labels of a credits block's other lines: the writer's, the photographer's,
# the stylist's ("Text: X", "Fotos: Y", "Fotograf / Z"); a label standing alone
# on its line or followed by a colon or slash.
_CREDIT_LABELS = re.compile(
    r"(?:^|(?<=[\n,;|·•]))\s*(?:text|texte|words|autor|autorin|author|fotos?|fotograf|fotografin|fotografie|"
    r"photos?|photography|photographer|bilder|illustrations?|styling|grafik|kamera|produktion|"
    r"redaktion)\s*(?:[:/]|$)", re.I | re.M)
_CREDITS_TEXT = 400
_CREDITS_CHUNKS = 80
# (the lookahead names the label words' first letters: a text that opens otherwise,
# nearly every one, fails there, not after trying each word; 7x faster, same matches)
_LABEL_START = re.compile(r"\s*(?=[atviwgbfp作记記责責])" + _LABEL_WORDS, re.I)
_LABEL_ONLY = re.compile(r"^\s*" + _LABEL_WORDS + r"\s*[:：]?\s*$", re.I)
_LABEL_HEAD = re.compile(r"^\s*" + _LABEL_WORDS + r"\s*[:：]?\s*", re.I)
_LABEL_LINE = re.compile(r"^\s*" + _LABEL_WORDS + r"\s*[:：]\s*(?=\S)", re.I)
_MAX_LABEL_SCAN = 3_000
_SPACE = re.compile(r"\s+")
_COLON = re.compile(r"[:：]")


def labelled_authors(doc: Any, headline: Any = None) -> list[str]:
    """Names printed after an author label, the label being an element's text or
    the text after an element (its tail); the name in the same text, else in
    the element after the label. Read from the headline on when there is one
    (the credits under a story), else from the top."""
    start = following(headline, _MAX_LABEL_SCAN) if headline is not None else doc.iter()
    for el in islice(start, _MAX_LABEL_SCAN):
        text, tail = el.text, el.tail
        # one anchored match per text node, cheap where it fails (nearly always)
        own = bool(text and _LABEL_START.match(text))
        if not own and not (tail and _LABEL_START.match(tail)):
            if text and photo_then_writer(text) and isinstance(el.tag, str) and el.tag not in _SKIP_TAGS \
                    and len(text) <= _MAX_TEXT and not _in_other(el, credits=False) \
                    and (names := clean_byline(_SPACE.sub(" ", text).strip())):
                return names  # "Fotos: Jane Doe, Text: John Roe" in a box of no byline's mark
            continue
        if not isinstance(el.tag, str) or el.tag in _SKIP_TAGS:
            continue
        names = _labelled(el, text, True) if own else []
        if not names and tail and _LABEL_START.match(tail):
            names = _labelled(el, tail, False)
        if names and EDITOR_LABEL.match((text if own else tail) or ""):
            return wire_source(doc, headline) or names
        if names:
            return names
    return []


# The editor in charge's label ("责任编辑：李四"): Chinese pages print it under every story, and
# it is read as the credit only where the page names no other (the evaluation pages' annotators
# took it so, for a magazine's story with no byline); a national wire named as the story's source
# ("来源：新华社", "来源：中新社", "本文来源：", "稿件来源：") is that other credit: the wire's own
# story, edited here; not a photo's, a video's or a chart's data's source ("图片来源：新华社",
# "视频来源：", "数据来源："), which credits that alone.
EDITOR_LABEL = re.compile(r"\s*(?:责任编辑|責任編輯)")
_WIRE_SOURCE = re.compile(r"(?:(?<![\u4e00-\u9fff])|(?<=本文)|(?<=文章)|(?<=稿件)|(?<=新闻)|(?<=新聞))(?:来源|來源)\s*[:：]\s*(" + "|".join(HAN_WIRES) + r")(?![\u4e00-\u9fff])")
_SOURCE_SCAN = 400  # elements read for the source's line


def wire_source(doc: Any, headline: Any) -> list[str]:
    """The national wire a "来源：" line names (:data:`_WIRE_SOURCE`), from the headline on."""
    start = following(headline, _SOURCE_SCAN) if headline is not None else doc.iter()
    for el in islice(start, _SOURCE_SCAN):
        for piece in (el.text, el.tail):
            if piece and (m := _WIRE_SOURCE.search(piece[:200])) and not _in_other(el, credits=False):
                return [m.group(1)]
    return []


def _labelled(el: Any, text: str, own: bool) -> list[str]:
    """Names after a label in ``text`` (``el``'s text when ``own``, else its tail)."""
    if len(text) > 8 * _MAX_TEXT:
        return []
    line = _SPACE.sub(" ", text).strip()
    only = bool(_LABEL_ONLY.match(line))
    # a credits block ("Interview: X", "Fotos: Y") is read by its labels, so a
    # "credits" class does not rule it out as it rules out a photo credit
    if (not only and not _LABEL_LINE.match(line)) or _in_other(el, credits=False):
        return []
    if only and own and el.tag == "a" and not _COLON.search(line):
        return []  # a link named "author" (a tag list's /tags/author/, a menu's "Autoren"): no label
    whole = bool(_WHOLE_LABEL.match(line))
    if whole and not _in_credits(el):
        return []
    if not only:  # "Autor: Jane Doe" ("Interview: ..." loses its label here)
        shown = (_LABEL_LINE.sub("", line, count=1) if whole else line)[:_MAX_TEXT]
    elif not own:  # the label is el's tail: the name follows, after a line break if any
        nxt = el.getnext()
        if nxt is not None and nxt.tag == "br":
            shown = (nxt.tail or "").strip()[:_MAX_TEXT + 1]
        else:
            shown = text_of(nxt, _MAX_TEXT, " ") if nxt is not None else ""
    elif len(el):  # the label and the names in one box ("<div>Penulis <a>Jane Doe</a></div>"): the names
        if _sentence_after(el):
            return []
        shown = _LABEL_HEAD.sub("", text_of(el, _MAX_TEXT, " "), count=1)
    else:
        shown = _after(el)
    if len(shown) > _MAX_TEXT:
        return []
    names = clean_byline(shown)
    # "Dr. Jane Doe", "Example SE"; not "Stiftung Jugend" of "Stiftung Jugend
    # forscht e. V.", nor "Jane Doe" of "Jane Doe über ihr neues Buch"
    if whole and _alnum(" ".join(names)) != _alnum(shown):
        return []
    return names


# A word of four letters or more opening the text after a name: in lower case, the verb of a
# sentence about the one named ("Ahmad Tohari meluncurkan ..."), no joiner ("dan", "and") nor a
# separator before the credit's other parts ("| 3 menit baca", "· Editor")
_NEXT_WORD = re.compile(r"\s*([^\W\d_]{4,})")


def _sentence_after(box: Any) -> bool:
    """Whether the text right after one of a label box's children goes on in a word in lower case:
    "<p>Penulis <a>Ahmad Tohari</a> meluncurkan novel barunya</p>" opens a sentence about the
    writer named, not a credit ("<div>Penulis <a>A</a> dan <a>B</a> | 3 menit baca</div>")."""
    return any((m := _NEXT_WORD.match(child.tail)) is not None and m.group(1).islower()
               for child in islice(box, _CHILDREN) if child.tail)


_CHILDREN = 20


def _in_credits(label: Any) -> bool:
    """Whether ``label`` (or a box of a few levels around it, of short text)
    also holds another credit label: "Interview: X" beside "Fotos: Y" is a
    credits block; "Interview: X" alone heads an interview with X."""
    for depth, node in enumerate((label, *label.iterancestors())):
        if depth > 3 or node.tag in ("body", "html", "article", "main"):
            return False
        chunks, size = [], 0
        for n, chunk in enumerate(node.itertext()):
            if n >= _CREDITS_CHUNKS:
                return False
            chunk = chunk.strip()
            size += len(chunk)
            if size > _CREDITS_TEXT:
                return False  # wider boxes hold more text still
            chunks.append(chunk)
        if _CREDIT_LABELS.search("\n".join(chunks)):
            return True
    return False


def _alnum(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _after(label: Any) -> str:
    """The text printed after a label element, up to the next line break."""
    tail = (label.tail or "").strip()
    if tail and LETTERS.search(tail):
        return tail[:_MAX_TEXT]
    nxt = label.getnext()
    if nxt is None or not isinstance(nxt.tag, str) or nxt.tag in _SKIP_TAGS:
        return ""
    if nxt.tag == "br":
        return (nxt.tail or "").strip()[:_MAX_TEXT]
    text = text_of(nxt, _MAX_TEXT, " ")
    return text if len(text) <= _MAX_TEXT else ""


def _mark_names(el: Any, around: frozenset[Any] = frozenset(), memo: dict[Any, Any] | None = None) -> list[str]:
    memo = {} if memo is None else memo
    tag = el.tag
    if not isinstance(tag, str) or tag in _SKIP_TAGS:
        return []
    by_class = _author_class(attr(el, "class"))
    if not by_class and not _author_class(attr(el, "id")) and not (
            tag == "a" and (author_link(el) or _story_by_link(el, memo))):
        return []
    if tag != "a" and _other_story_box(el, around, by_class):
        # <span id="next-author"> in a "next story" box, or an author box ("author-name", a bio)
        # in a "next-post" box after the story: that story's writer
        return []
    text = text_of(el, _MAX_TEXT, " ") or _photo_name(el)
    if by_class and tag != "a" and (not text or len(text) > _MAX_TEXT):
        text = _box_opening_name(el)  # an author box with the writer's bio and buttons after the name
    if not text or len(text) > _MAX_TEXT or _in_card_link(el) or (tag == "a" and _after_other_credit(el)):
        return []
    if _in_other(el, around=around, button=looks_like_byline(text), memo=memo) or _under_other_heading(el, around, memo) \
            or _in_card_list(el, around, memo):
        return []
    if in_quote(el):
        return []
    if tag != "a" and holds_categories(el):  # a byline row's tag chip ("Opinion") is no name
        text = credited_rest(el)
    if tag == "a" and not _AUTHOR_PAGE.search(attr(el, "href")):
        text = _labelled_writer(el) or text
    if tag == "a" and _INITIALS.match(text):
        text = _named_by_initials(text, attr(el, "title")) or text
    return without_unlinked_place(el, cut_at_chunks(el, clean_byline(text)))


def _after_other_credit(link: Any) -> bool:
    """Whether the text printed just before ``link`` is another person's credit
    label ("Edited by <a href=/author/x>", "<span>Übersetzt von</span> <a>"): the
    profile linked is the editor's or the translator's, not a writer's."""
    prev = link.getprevious()
    before = (prev.tail if prev is not None else link.getparent().text) or ""
    if not before.strip() and prev is not None and isinstance(prev.tag, str):
        before = text_of(prev, 80, " ")
    return ends_with_other_credit(before.rstrip())


# An id or class naming another story's box: "next-story", "next-author", "prev-post",
# "related", "more-stories", "recommended".
_OTHER_STORY_BOX = re.compile(r"(?:^|[\s_-])(?:next|prev|previous|related|recommended)(?:$|[\s_-])|more[_-]?stor",
                              re.I)
# Named for the links to the next and previous posts: such a box may wrap the story's
# own footer too (its author box, then the links), so for a mark by its class it is
# another story's only when a link comes before the mark (that story's headline).
_POST_NAV_BOX = re.compile(r"(?<![^\s_-])(?:next|prev|previous)(?![^\s_-])", re.I)
_BOX_DEPTH = 4
_LINK_BEFORE_SCAN = 300     # elements of a box read before the mark for a link


def _other_story_box(el: Any, around: frozenset[Any] = frozenset(), by_class: bool = False) -> bool:
    """Whether an author mark, or one of its nearest ancestors, is named as another
    story's box (:data:`_OTHER_STORY_BOX`). A mark by its class (``by_class``) is
    asked of its ancestors only, up to the first box holding the headline
    (``around``, the headline's ancestors): such a box is the story's whatever its
    name says (Next.js's root ``<div id="__next">``), and an "author" class with
    another word on the mark itself is no other story's box; a box named for the post
    navigation alone (:data:`_POST_NAV_BOX`) is another story's for such a mark only
    when a link comes before it."""
    nodes = el.iterancestors() if by_class else chain((el,), el.iterancestors())
    for node in islice(nodes, _BOX_DEPTH + (0 if by_class else 1)):
        if by_class and node in around:
            return False
        names = f"{attr(node, 'id')} {attr(node, 'class')}"
        if _OTHER_STORY_BOX.search(names):
            if by_class and _POST_NAV_BOX.search(names) and not _OTHER_STORY_BOX.search(
                    _POST_NAV_BOX.sub(" ", names)) and not _link_before(node, el):
                continue    # the story's own author box, before the post navigation's links
            return True
    return False


def _link_before(box: Any, el: Any) -> bool:
    """Whether a link comes before ``el`` in ``box`` (up to :data:`_LINK_BEFORE_SCAN` elements)."""
    for node in islice(box.iter(), _LINK_BEFORE_SCAN):
        if node is el:
            return False
        if node.tag == "a" and attr(node, "href"):
            return True
    return False


# The writer's name opening an author box as the link to their profile, with the
# bio, a job line and the like or follow buttons after it ("<div
# class=author-info><h3><a href=/in/jane>Jane Doe</a> <a>Follow</a></h3><h4>Reporter
# covering ...</h4>..."): the box read whole is too long for a byline. Only a link:
# a plain heading opening such a box is as often its subject's name (a book's
# author, an interviewee: "<div class=book-author-info><h3>Juli Zeh</h3><p>Juli Zeh,
# born 1974 ...") or a phrase ("Guten Appetit").
_BOX_SCAN = 40


def _box_opening_name(el: Any) -> str:
    """The text that opens an author box when it is a plain name (:func:`plain_name`)
    printed as a link; "" otherwise."""
    first = next((p for p in islice(el.itertext(), _BOX_SCAN) if p.strip()), "").strip()
    if not first or len(first) > _MAX_TEXT:
        return ""
    node = next((n for n in islice(el.iter(), _BOX_SCAN) if isinstance(n.tag, str) and (n.text or "").strip()), None)
    if node is None or (node.text or "").strip() != first:
        return ""
    link = node if node.tag == "a" else node.getparent()
    if link is None or link.tag != "a" or not attr(link, "href") or text_of(link, _MAX_TEXT, " ") != first:
        return ""
    if not (author_link(link) or _profile_slug(attr(link, "href"), first)):
        return ""
    return first if plain_name(first) == [first] else ""


# Path words of a list's page, not a person's: a tag, topic or category link whose
# slug is a name ("/tag/john-smith": the story's subject) opens no author box.
_LIST_SEGMENTS = frozenset(["tag", "tags", "topic", "topics", "category", "categories", "section", "sections",
                            "thema", "themen", "schlagwort", "stichwort", "tema", "temas", "sujet", "sujets",
                            "rubrique", "rubrik", "books", "book", "buch", "buecher", "livre", "libro"])
# The same, and the pages a sports or product site keeps for a team, a club or a
# brand ("/nba/teams/charlotte-hornets", "/marken/mercedes-benz"): a link's text
# there names what the story is about.
_LABEL_SEGMENTS = _LIST_SEGMENTS | frozenset(["team", "teams", "club", "clubs", "verein", "vereine", "brand",
                                              "brands", "marke", "marken", "company", "companies",
                                              "unternehmen", "keyword", "keywords", "label", "labels"])
_LABEL_LINKS = 400  # links read for a label page's


def label_link_names(doc: Any) -> set[str]:
    """The texts (:func:`letters_key`-ed) of the page's links to a tag, topic,
    category, team or brand page ("<a href='/tag/charlotte-hornets'>Charlotte
    Hornets</a>"): what the story is about, not who wrote it."""
    keys: set[str] = set()
    for link in islice(doc.iter("a"), _LABEL_LINKS):
        href = (link.get("href") or "").strip()
        try:
            segments = urlsplit(href).path.lower().split("/")[:-1]
        except ValueError:  # "http://[oops/": no path to read
            continue
        if any(seg in _LABEL_SEGMENTS for seg in segments):
            text = text_of(link, _MAX_TEXT, " ")
            if text and len(text) <= _MAX_TEXT:
                keys.add(letters_key(text))
    return keys


def _profile_slug(href: str, name: str) -> bool:
    """Whether ``href`` reads as the profile page of ``name``: the last segment of its
    path spells one of the name's words ("/in/ingahoeltmann", "/people/jane-doe/",
    "https://x.social/@janedoe"), at least two segments deep on the site or on
    another host, and no tag, topic, category or book list's path. Not the site's
    home or a section ("<a href=/>Example Times</a>", "<a href=/politics>City
    Hall</a>") nor a page of the site's ("/about-us")."""
    parts = urlsplit(href.strip())
    segments = [seg for seg in parts.path.lower().split("/") if seg]
    if not segments or any(seg in _LIST_SEGMENTS for seg in segments[:-1]):
        return False
    if len(segments) < 2 and not parts.netloc:
        return False
    slug = "".join(ch for ch in _folded(segments[-1]) if ch.isalpha())
    words = ("".join(ch for ch in _folded(w) if ch.isalpha()) for w in name.lower().split())
    return bool(slug) and any(len(w) >= 3 and w in slug for w in words)  # ("/team/jane": a given name's slug)


def _folded(text: str) -> str:
    """``text`` without its accents ("Hölttä" -> "Holtta")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _photo_name(el: Any) -> str:
    """An author mark with no text but the writer's photo: the photo's alt when it
    is a plain name (an IndieWeb ``<a class="p-author h-card"><img alt="Jane
    Doe"></a>``); "Photo of Jane Doe", "avatar" and the like name nobody."""
    img = next(el.iter("img"), None) if len(el) else None
    alt = " ".join((img.get("alt") or "").split()) if img is not None else ""
    return alt if alt and plain_name(alt) == [alt] else ""


# A theme's "byline" row ("<div class=byline><span class='byline-part cats'>Wein &
# Geschmack</span> · <span class=date>..") holds the post's categories or tags
# beside the author: read as a whole, or its category part alone ("byline-part
# cats"), it names them ("Wein", "Geschmack"); the author's own element inside it
# is a mark of its own.
_CATEGORY_CLASS = Caseless(r"(?:^|[\s_-])(?:cats?|categor\w*|tags?|rubri\w*)(?:$|[\s_-])")
_MAX_INSIDE = 30


# An avatar's monogram ("PA") on the author link, whose title names the writer
# ("Povilas Aleksandravičius, Professor at ..."): the name in the title.
_INITIALS = re.compile(r"^[^\W\d_a-z]{2,3}$")


def _named_by_initials(initials: str, title: str) -> str | None:
    """The name opening ``title`` when its words' initials are ``initials``."""
    names = clean_byline(title[:_MAX_TEXT * 2]) if title else []
    first = names[0] if names else ""
    if "".join(w[:1] for w in first.split()).upper() == initials.upper():
        return first
    return None


# A quote box's attribution ("<div class=blockquote><blockquote>..</blockquote><p
# class=blockquote__author>Jane Doe, Präsidentin</p>"): the person quoted, not
# the writer, however "author" its class.
_QUOTE = Caseless(r"quote|zitat|citation|testimonial")
_QUOTE_DEPTH = 3


def in_quote(el: Any) -> bool:
    """Whether ``el`` is, or sits within a few levels in, a quote box."""
    for depth, node in enumerate(chain((el,), el.iterancestors())):  # (lazily: a few levels read)
        if depth > _QUOTE_DEPTH or node.tag in ("body", "html", "article", "main"):
            return False
        if node.tag in ("blockquote", "q") or (node.get("class") and _QUOTE.search(attr(node, "class"))):
            return True
    return False


def holds_categories(el: Any) -> bool:
    """Whether an element is or holds a category or tag element (a byline row's)."""
    for n, node in enumerate(el.iter()):
        if n >= _MAX_INSIDE:
            return False
        if isinstance(node.tag, str) and node.get("class") and _CATEGORY_CLASS.search(attr(node, "class")):
            return True
    return False


def without_categories(el: Any, limit: int = _MAX_TEXT) -> str:
    """``el``'s text, whitespace collapsed, without its category and tag
    elements' ("<span class=tag>Opinion</span> By Jane Doe" reads "By Jane
    Doe"); "" when it is one, or past ``limit`` characters or ``_MAX_INSIDE`` elements. (Walked by
    hand: lxml's itertext cannot leave out a subtree but keep its tail.)"""
    pieces: list[str] = []
    size = seen = 0
    stack: list[tuple[Any, bool]] = [(el, False)]
    while stack:
        node, closing = stack.pop()
        if closing:
            piece = node.tail if node is not el else None
        else:
            seen += 1
            if seen > _MAX_INSIDE * 4:
                return ""
            stack.append((node, True))
            if isinstance(node.tag, str) and _CATEGORY_CLASS.search(attr(node, "class")):
                continue  # ``el`` itself a category element: ""
            piece = node.text if isinstance(node.tag, str) else None
            stack.extend((child, False) for child in reversed(node))
        if piece:
            size += len(piece) + 1
            if size > limit:
                return ""
            pieces.append(piece)
    return " ".join(" ".join(pieces).split())


# A byline row's own class or id ("byline", "article-author"): a name left in
# it beside the chip needs no other mark.
_BYLINE_ROW = re.compile(r"byline|uthor|autor|auteur|verfasser", re.I)
# An author's own class ("post-author", "autor"), not a whole byline row's.
_NAMES_AUTHOR = re.compile(r"uthor|autor|auteur|verfasser", re.I)


def credited_rest(el: Any) -> str:
    """A byline row's or author mark's text without its categories
    (:func:`without_categories`), kept only when it still credits somebody: it
    opens with a by-word ("By Jane Doe"), or the element or one inside it is an
    author's own mark (class "post-author", a link to an author page). A row's
    tag chip beside a place or a series ("Energy · New Mexico") names nobody;
    in a row classed as a byline, a plain name beside the chip ("Opinion · Jane
    Doe") is its writer."""
    rest = without_categories(el)
    if not rest or looks_like_byline(rest):
        return rest
    if _BYLINE_ROW.search(attr(el, "class") + " " + attr(el, "id")) and plain_name(rest):
        return rest
    for n, node in enumerate(el.iter()):
        if n >= _MAX_INSIDE:
            break
        if not isinstance(node.tag, str) or _CATEGORY_CLASS.search(attr(node, "class")):
            continue
        if _NAMES_AUTHOR.search(attr(node, "class")) or (
                node.tag == "a" and (author_link(node) or _story_by_link(node))):
            return rest
    return ""


def _in_card_link(el: Any) -> bool:
    """Inside a link to another page that is not an author page: a teaser card
    ("<a href=/other-story><h4>..</h4><span class=author>X</span></a>") credits
    that story's author."""
    for depth, node in enumerate(el.iterancestors()):
        if depth >= _ANCESTORS or node.tag in ("body", "article"):
            return False
        if node.tag == "a":
            href = attr(node, "href")
            return bool(href) and not author_link(node) and not _story_by_link(node)
    return False


# (a column's box naming its columnist, "<div class=columnist><img><strong>Jane Doe</strong>", as an
# opinion page prints it over the column in place of a byline; Danish, Swedish, German "kolumnist")
_AUTHOR_CLASS = re.compile(r"(?:^|[\s_-])(?:author|byline|by-author|autor|autorin|auteur|auteure|verfasser|"
                           r"verfasserin|columnist|kolumnist)(?:$|[\s_-]|name|line|s\b|en\b)|"
                           r"(?:article|post|story|entry|meta)[-_]?author", re.I)


def _author_class(classes: str) -> bool:
    """A class that marks an author name ("author", "author vcard", "article-author",
    "byline"), not an author's photo or bio text ("author-thumbnail", "author-bio"
    hold more than the name and are read through their own name element)."""
    low = classes.lower()
    if any(word in low for word in ("thumb", "avatar", "image", "photo", "img", "bio", "desc")):
        return False
    return bool(_AUTHOR_CLASS.search(classes))


def _in_other(el: Any, *, credits: bool = True, around: frozenset[Any] = frozenset(),
              button: bool = False, memo: dict[Any, Any] | None = None) -> bool:
    """Inside a comment thread, teaser, sidebar... (up to the story's <article>),
    in a nav / aside / figure / form, in the page's own <footer>, or (``credits``)
    in a caption or photo credit close by. Not above a box that holds the
    headline (``around``: its ancestors): whatever its class says (Blogger's
    "widget Blog", an ASP.NET page's <form>), that box holds the story.
    An <article> that does not hold the headline, on a page whose headline is
    in one, may be another story (:func:`_teaser_article`).
    ``button``: the mark reads as a byline ("By Jane Doe"), and a <button>
    around it opens the writer's card (a follow button names nobody so)."""
    memo = {} if memo is None else memo
    for depth, node in enumerate((el, *el.iterancestors())):
        tag = node.tag
        if depth > _ANCESTORS or tag in ("body", "html") or node in around:
            return False
        if (tag in SKIP_TAGS and not (button and tag == "button")) or (
                tag == "footer" and not has_ancestor(node, ("article",))):
            return True
        attrs = marks_of(node)
        if attrs and (_OTHER.search(attrs) or (credits and depth <= 2 and _CREDIT_HINT.search(attrs))):
            return True
        if tag == "article":
            if any(a.tag == "article" for a in around) and _teaser_article(node, around, memo):
                return True
            if not any(a.tag == "article" and a in around for a in node.iterancestors()):
                return False
            # inside the story's <article>: a box between the two may still be another story's ("related-posts")
    return False


# The boxes of other stories and of the readers' comments, by their heading ("Read
# next", "More from Example Times", "You may also like", "Most read", "12 Comments"):
# the writers linked in them wrote those stories or comments (:mod:`.box_headings`).
_OTHER_HEADINGS = frozenset((*RELATED_HEADINGS, *UNRELATED_LIST_HEADINGS, *COMMENT_THREAD_HEADINGS,
                             *COMMENT_THREAD_NOUNS))
_COUNTED_COMMENTS = re.compile(r"^\d+\s+(?:" + "|".join(map(re.escape, COMMENT_THREAD_NOUNS + COMMENT_COUNTED_NOUNS))
                               + r")\b")
_COMMENT_HEADINGS = frozenset((*COMMENT_THREAD_HEADINGS, *COMMENT_THREAD_NOUNS))
_HEADING_TAGS = frozenset(["h1", "h2", "h3", "h4", "h5", "h6"])
_LABEL_TEXT = 100       # a box's heading or label, at most
_HEAD_ROW_REST = 30     # a box's head row: its heading and a link ("See all", "Mehr"), this much text beside it
_HEADING_DEPTH = 7      # ancestors of a mark whose earlier siblings are read for a heading...
_HEADING_SIBLINGS = 30  # ...this many of them each


def _under_other_heading(el: Any, around: frozenset[Any], memo: dict[Any, Any]) -> bool:
    """Whether the nearest heading before an author mark, in its own boxes (not past a
    box holding the headline), heads a box of other stories or of comments ("Read
    next", "More from ...", "Comments", :data:`_OTHER_HEADINGS`) or is another story's
    headline linked to its page (a card's "<h3><a href=/other-story>", its byline
    under it). The story's own headline, "About the author" or a section of its own
    (an earlier sibling holding headings: the related box before the writer's card)
    stops the search: the mark is the story's."""
    name = text_of(el, _MAX_TEXT, " ").casefold()
    prose = False  # a paragraph of prose passed on the way back (:func:`_heading_verdict`)
    for node in islice(chain((el,), el.iterancestors()), _HEADING_DEPTH):
        if node in around or node.tag in ("body", "html"):
            return False
        for sib in islice(node.itersiblings(preceding=True), _HEADING_SIBLINGS):
            if not isinstance(sib.tag, str) or sib.tag in SKIP_TAGS:
                continue
            if sib in around:
                return False  # the box holding the headline: the mark is under the story
            verdict = _heading_verdict(sib, el, name, memo, prose)
            if verdict is not None:
                return verdict
            prose = prose or (sib.tag == "p" and longer_than(sib, _PROSE_LINE))
    return False


def _heading_verdict(sib: Any, mark: Any, name: str, memo: dict[Any, Any], prose: bool = False) -> bool | None:
    """What an earlier sibling of a mark's box says of it (:func:`_under_other_heading`):
    True for another box's heading or another story's linked headline (not the page's
    headline, and a mark under the prose: over it, a blog theme's title linking to the
    post's permalink), False for any other heading or a section holding headings,
    None for neither (read on). With ``prose`` (a paragraph of prose between the
    heading and the mark) only a comment thread's heading is another's: "Latest",
    "More on the plan" or a linked subheading over paragraphs heads the story's own
    section, whose closing byline follows."""
    heading = _first_heading(sib, memo)
    short = text_of(sib, _LABEL_TEXT, " ")
    if heading is None:  # a label of its own ("<div class=title>Read next</div>")
        if not short or len(short) > _LABEL_TEXT or _teaser_line(sib, short, memo):
            return None
        return True if _other_label(short, name, prose) else None
    text = text_of(heading, _LABEL_TEXT, " ")
    if heading is sib or (short and len(short) - len(text) <= _HEAD_ROW_REST and not _holds_list(sib)):
        if _other_label(text, name, prose):
            return True
        return (not prose and heading is not memo.get("headline") and _linked_elsewhere(heading, memo)
                and not _before_prose(mark))
    return False


def _teaser_line(sib: Any, short: str, memo: dict[Any, Any]) -> bool:
    """Whether a line links another story after words of its own ("Related coverage:
    <a>Title</a>", "More from the Planet: <a>Title</a>"): a teaser in the story's
    text, no box's label; the byline after it is the story's."""
    return any(_story_link(a, memo) and text_of(a, _LABEL_TEXT, " ") != short
               for a in islice(sib.iter("a"), _MAX_LINKS))


_HEADING_SCAN = 2_000   # elements of an earlier sibling read for its first heading


def _first_heading(sib: Any, memo: dict[Any, Any]) -> Any:
    """``sib`` if a heading, else the first heading in it (within :data:`_HEADING_SCAN`
    elements), remembered in ``memo``: the marks of a long list share their earlier boxes."""
    if sib.tag in _HEADING_TAGS:
        return sib
    key = ("first heading", sib)
    if key not in memo:
        found = (node for node in islice(sib.iter(), _HEADING_SCAN) if node.tag in _HEADING_TAGS)
        memo[key] = next(found, None)
    return memo[key]


def _holds_list(box: Any) -> bool:
    """Whether a box holds a list (its heading's box of links, not a head row of a
    heading and a "See all" link over the cards after it)."""
    return any(node.tag in ("ul", "ol", "li") for node in islice(box.iter(), _LINK_BEFORE_SCAN))


def in_other_stories(el: Any, headline: Any, memo: dict[Any, Any] | None = None) -> bool:
    """Whether a credit line is in a box of other stories or of comments, by its heading
    (:func:`_under_other_heading`) or as a card of a list of them (:func:`_in_card_list`):
    a "Read next" card's "By Jane Smith" names that story's writer."""
    memo = {"headline": headline} if memo is None else memo
    around = frozenset(headline.iterancestors()) if headline is not None else frozenset()
    return _under_other_heading(el, around, memo) or _in_card_list(el, around, memo)


_CARD_DEPTH = 3         # a card's box: this many levels above its author mark, at most
_CARD_SIBLINGS = 10     # the cards beside it read for another writer's
_STORY_LINK_TEXT = 10   # a story's linked title: this many characters at least


def _in_card_list(el: Any, around: frozenset[Any], memo: dict[Any, Any]) -> bool:
    """Whether an author mark is in a card of a list of other stories with no heading:
    its box links another page of the site before the mark (that story's title), and a
    box of the same tag beside it does too, with its own writer's link ("<li><a
    href=/other-story>Title</a> <a href=/author/x>X</a></li>" repeated). A list of
    co-authors links no story; a byline's section link comes after the name."""
    for node in islice(el.iterancestors(), _CARD_DEPTH):
        if node in around or node.tag in ("body", "html", "article", "main"):
            return False
        if _story_link_before(node, el, memo):
            beside = chain(islice(node.itersiblings(preceding=True), _CARD_SIBLINGS),
                           islice(node.itersiblings(), _CARD_SIBLINGS))
            return any(sib.tag == node.tag and _writer_card(sib, memo) for sib in beside)
    return False


def _story_link_before(box: Any, el: Any, memo: dict[Any, Any]) -> bool:
    """Whether ``box`` links another page of the site, no writer's, before ``el``."""
    for node in islice(box.iter(), _LINK_BEFORE_SCAN):
        if node is el:
            return False
        if node.tag == "a" and _story_link(node, memo):
            return True
    return False


# The class words of readers' cards: comments, replies, a shop's reviews and ratings, testimonials.
_READERS_CLASS = re.compile(r"(?:^|[\s_-])(?:comments?|repl(?:y|ies)|reviews?|testimonials?|ratings?)(?:$|[\s_-])",
                            re.IGNORECASE)


def _readers_cards(card: Any) -> bool:
    """Whether ``card`` or the list holding it is classed as readers' (:data:`_READERS_CLASS`: "<ul
    class=reviews><li class=review-item>"): a buyer's or a commenter's name on each, no writer's."""
    parent = card.getparent()
    return any(_READERS_CLASS.search(node.get("class") or "") for node in (card, parent) if node is not None)


def _links_story(box: Any, memo: dict[Any, Any]) -> bool:
    """Whether ``box`` links a story (:func:`_story_link`: another page of the site by a title's
    words, no writer's page): a teaser's card, no writer's."""
    return any(_story_link(a, memo) for a in islice(box.iter("a"), _MAX_LINKS))


def _writer_card(box: Any, memo: dict[Any, Any]) -> bool:
    """Whether ``box`` links a story (:func:`_story_link`) and a writer's page."""
    links = list(islice(box.iter("a"), _MAX_LINKS))
    return any(author_link(a) for a in links) and any(_story_link(a, memo) for a in links)


def _story_link(link: Any, memo: dict[Any, Any]) -> bool:
    """A link to another page of the site by a title's words (:func:`_other_page`): not a writer's
    page, by its address or by its class ("<a class=author-name href=/profil/jane-doe>")."""
    return (len(text_of(link, _MAX_TEXT, " ")) >= _STORY_LINK_TEXT and not author_link(link)
            and not _author_class(link.get("class") or "") and _other_page(link, memo))


def _linked_elsewhere(heading: Any, memo: dict[Any, Any]) -> bool:
    """Whether a heading is a link (or holds one, or is inside one) to another page of
    the site that is no writer's page: another story's headline on its card."""
    link = heading if heading.tag == "a" else next(heading.iter("a"), None)
    if link is None:
        link = next((a for a in heading.iterancestors() if a.tag == "a"), None)
    return link is not None and not author_link(link) and _other_page(link, memo)


def _other_label(text: str, name: str, prose: bool = False) -> bool:
    """Whether ``text`` heads a box of other stories or comments; not the writer's own
    list ("More from Jane Doe" over the mark naming Jane Doe). With ``prose`` between
    it and the mark, only a comment thread's heading (:func:`_heading_verdict`)."""
    key = " ".join(text.split()).casefold().strip(" :.!»›>|-–—•·*")
    if not key or len(key) > _LABEL_TEXT or (name and name in key):
        return False
    if _COUNTED_COMMENTS.match(key) or key in _COMMENT_HEADINGS or opens_comments(key):
        return True
    return not prose and (key in _OTHER_HEADINGS or key.startswith(RELATED_HEADING_PREFIXES))


_TEASER_WALK = 2_000
_HEADINGS = frozenset(["h2", "h3", "h4"])
# Text before a teaser's linked heading: a kicker, a date, a writer's name. A
# story body says far more before an inline "Read more" heading.
_BEFORE_HEADING = 150


def _teaser_article(node: Any, around: frozenset[Any], memo: dict[Any, Any]) -> bool:
    """An <article> beside the headline's that is another story: it opens with
    a heading that links to another page of the site, or it is a short box
    whose headline is such a link (a card in the text, a teaser list); not a
    page's own parts in <article> boxes (a recipe's ingredients, its steps, a
    story body with its section anchors or an inline "Read more" heading). An
    <article> inside the headline's is a teaser only by the short-box test.
    Memoised per page (``memo``): up to ``_MAX_MARKS`` marks may ask about
    the same box."""
    if node not in memo:
        nested = any(a.tag == "article" for a in node.iterancestors() if a in around)
        memo[node] = (not nested and _linked_heading(node, memo)) or _short_teaser(node, memo)
    return bool(memo[node])


def _linked_heading(node: Any, memo: dict[Any, Any]) -> bool:
    """Whether a heading (h2-h4) in the first ``_TEASER_WALK`` elements of
    ``node`` links to another page of the site (:func:`_other_page`) with
    little text before it (under ``_BEFORE_HEADING`` characters)."""
    before = 0
    for n, (event, el) in enumerate(etree.iterwalk(node, events=("start", "end"))):
        if n >= 2 * _TEASER_WALK or before >= _BEFORE_HEADING:
            return False
        if event == "end":
            before += len((el.tail or "").strip()) if el is not node else 0
            continue
        if el.tag == "a" and _in_heading(el) and _other_page(el, memo):
            return True
        before += len((el.text or "").strip()) if isinstance(el.tag, str) else 0
    return False


def _in_heading(el: Any) -> bool:
    return any(a.tag in _HEADINGS for a in islice(el.iterancestors(), _ANCESTORS))


def _short_teaser(node: Any, memo: dict[Any, Any]) -> bool:
    """A short box with a long link to another page of the site; not one to
    the writer's own list ("More from Jane Doe" in a writer's card). After the
    box's author element only a heading's link is a headline: a card puts its
    title first, a byline row ("<span class=author>Jane Doe</span> <a
    href=/topics/..>") its writer, then a topic."""
    text = text_of(node, _TEASER_TEXT // 2)  # "" when far longer: a part of the page
    if not text or len(text) > _TEASER_TEXT:
        return False
    names = [text_of(el, _MAX_TEXT, " ").strip().casefold() for el in islice(node.iter(), _MAX_INSIDE)
             if isinstance(el.tag, str) and el.tag != "a" and _author_class(attr(el, "class"))]
    after_author = False
    links = 0
    for el in islice(node.iter(), _TEASER_WALK):
        if el.tag != "a":
            after_author = after_author or (isinstance(el.tag, str) and _author_class(attr(el, "class")))
            continue
        links += 1
        shown = text_of(el, _MAX_TEXT, " ")
        if links > _MAX_LINKS:
            return False
        if (len(shown) >= _TEASER_LINK and not author_link(el) and (not after_author or _in_heading(el))
                and _other_page(el, memo) and not any(name and name in shown.casefold() for name in names)):
            return True
    return False


def _other_page(link: Any, memo: dict[Any, Any]) -> bool:
    """Whether a link leads to another page of this site: not an anchor on
    this page ("#s1"), not the page itself, not another site (a shop, a
    social network's profile), not mail."""
    href = attr(link, "href").strip()
    if not href or href.startswith("#"):
        return False
    page = link.getroottree().docinfo.URL or ""
    try:
        full = urljoin(page, href)
    except ValueError:  # a malformed address
        return False
    if page and urldefrag(full)[0] == urldefrag(page)[0]:
        return False
    site = _site(full)
    if site is None:  # "mailto:", "javascript:", or a path on a page read from a file
        return not urlsplit(href).scheme and not _site(page)
    own = _page_sites(link, memo)
    return not own or site in own


# A writer's card side by side with the next writer's: the mark itself or a box up to
# this many levels above it, with a class, followed by boxes of the same tag and class
# (at most :data:`_MAX_CARDS`); the marks read in each card at most :data:`_CARD_MARKS`.
_WRITER_CARD_DEPTH = 3
_MAX_CARDS = 10
_CARD_MARKS = 4


def _card_of(el: Any) -> Any | None:
    """The writer's card holding the mark ``el`` (itself or a box up to :data:`_WRITER_CARD_DEPTH`
    levels up) when the next element after it is a card of the same tag and class, and
    it holds no more than a card's text; ``None`` otherwise."""
    node = el
    for _ in range(_WRITER_CARD_DEPTH + 1):
        if node is None or not isinstance(node.tag, str) or node.tag in ("body", "html"):
            return None
        value = node.get("class")
        if value and (nxt := _next_element(node)) is not None and nxt.tag == node.tag \
                and nxt.get("class") == value:
            return None if longer_than(node, _CARD_TEXT) else node
        node = node.getparent()
    return None


_CARD_TEXT = 2 * _MAX_TEXT


def _next_element(node: Any) -> Any | None:
    """The next sibling element of ``node`` (comments and processing instructions skipped)."""
    nxt = node.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def _next_cards(card: Any) -> list[Any]:
    """The cards of the same tag and class right after ``card``, each of a card's length."""
    cards: list[Any] = []
    nxt = _next_element(card)
    while nxt is not None and len(cards) < _MAX_CARDS and nxt.tag == card.tag \
            and nxt.get("class") == card.get("class") and not longer_than(nxt, _CARD_TEXT):
        cards.append(nxt)
        nxt = _next_element(nxt)
    return cards


def _other_role_card(text: str) -> bool:
    """Whether a card's ``text`` credits someone who did not write: a photographer (:data:`_PHOTO_JOB`),
    or a label of another's job before the name ("Medically reviewed by X", "Fact checked by X",
    "Updated by X", "Edited by X" beside "Written by Jane Doe"), which the byline reader reads
    as no writer's (:func:`.authors.looks_like_byline`, :func:`.authors.clean_byline`).

    >>> _other_role_card("Medically reviewed by Ann Smith"), _other_role_card("Written by Ann Smith")
    (True, False)
    >>> _other_role_card("Ann Smith Reporter"), _other_role_card("John Roe, Fotograf")
    (False, True)
    """
    if _PHOTO_JOB.search(text):
        return True
    return bool(_JOB_BY.match(text)) and not (looks_like_byline(text) and clean_byline(text))


# A card's label: up to three words before a by-word ("Medically reviewed by", "Written by").
_JOB_BY = re.compile(r"^\s*(?:[^\W\d_]+[\s-]+){1,3}(?i:by|von|par|por|door)\s", re.I)
# A photographer's job on a card beside the writers' ("John Roe, Fotograf", "Photos: John Roe";
# a Korean portal's "박영수 사진기자", photo reporter, beside its "조혜진 기자" cards).
_PHOTO_JOB = re.compile(r"(?<![^\W\d_])(?:photograph(?:er|ers|y)?|photos?|fotograf(?:in|en|o|a)?|fotos?|"
                        r"photographe|fotógraf[oa]|bilder?|video|사진기자)(?![^\W\d_])", re.I)


def _with_siblings(el: Any, names: list[str]) -> list[str]:
    """The names of other author links under the same parent (a co-author list)."""
    parent = el.getparent()
    if parent is None or el.tag != "a":
        return names
    found = list(names)
    for n, sib in enumerate(parent.iterchildren("a")):
        if n >= 10:
            break
        if sib is not el and (author_link(sib) or _story_by_link(sib)):
            found.extend(clean_byline(text_of(sib, _MAX_TEXT, " ")))
    return dedupe(found)


# A live blog printed without its JSON-LD (``LiveBlogPosting``; :func:`.values.jsonld_authors`
# reads its entries' writers there): entries of one kind side by side, each stamped with a
# time of day and naming its writer in an author-marked element. Read only on a page that
# says it is live (its address or the entries' box), at least three entries, the writers of
# the first 100 entries, 12 at most (as from the JSON-LD).
_LIVE_WORD = re.compile(r"(?<![^\W_])(?:live|liveblog|liveticker|ticker|direct|en-direct|en-vivo|ao-vivo|diretta)"
                        r"(?![^\W_])", re.I)
_LIVE_MARKS = 200
_LIVE_MIN_ENTRIES = 3
_LIVE_WRITERS = 12
_LIVE_DEPTH = 6
_CLOCK = re.compile(r"(?<!\d)(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)")


def live_entry_writers(doc: Any, url: str, first: list[str]) -> list[str]:
    """The writers a live blog's entries name, in order, each once, when the writer found
    first (``first``, the page's byline) is one of them: the others wrote later entries."""
    groups: dict[tuple[str, str], list[Any]] = {}
    for el in doc.iter(etree.Element):
        value = el.get("class")
        if value and _CLASS_MARK.search(value) and _author_class(value):
            groups.setdefault((el.tag, attr(el, "class")), []).append(el)
            if sum(map(len, groups.values())) >= _LIVE_MARKS:
                break
    for marks in groups.values():
        entries = _entries_of(marks) if len(marks) >= _LIVE_MIN_ENTRIES else None
        if entries is None or not _live_page(url, entries[0].getparent()):
            continue
        names = dedupe(n for el in marks[:100] for n in clean_byline(text_of(el, _ROW_TEXT, " ")))
        keys = {letters_key(n) for n in names}
        if first and all(letters_key(n) in keys for n in first):
            return dedupe([*first, *names])[:_LIVE_WRITERS]
    return []


def _entries_of(marks: list[Any]) -> list[Any] | None:
    """The entries holding the marks: each mark's ancestor at the lowest depth where they
    are distinct siblings of one tag and class, each with a time of day; else None."""
    for depth in range(1, _LIVE_DEPTH + 1):
        boxes = []
        for el in marks:
            box = next(islice(el.iterancestors(), depth - 1, None), None)
            if box is None:
                return None
            boxes.append(box)
        parent = boxes[0].getparent()
        if len(set(boxes)) < len(boxes):
            continue
        if parent is None or any(b.getparent() is not parent or (b.tag, attr(b, "class")) != (boxes[0].tag, attr(boxes[0], "class"))
                                 for b in boxes):
            return None
        if all(_stamped(b) for b in boxes) and not any(_in_other(b) for b in boxes[:1]):
            return boxes
        return None
    return None


def _stamped(box: Any) -> bool:
    return next(box.iter("time"), None) is not None or _CLOCK.search(text_of(box, _ROW_TEXT, " ")) is not None


def _live_page(url: str, box: Any) -> bool:
    """The page says it is live: a word of its address's path, or of its entries' box's class or id."""
    return bool(_LIVE_WORD.search(urlsplit(url).path) or _LIVE_WORD.search(marks_of(box)))
