"""Multi-page stories: a page's place in a story split over several pages.

News sites split one story over pages (``story_2.html``, ``?page=2``, ``/seite-2``,
``/slug/2/``) joined by a pager at the end of the text ("1 2 3 下一页", "Nächste
Seite", ``rel="next"``). :func:`story_pages` reads a page's URL and links and says
which page of its story it is, its story's first page and its next page, so the
crawl joins the pages into one record and never stores a later page as a story of
its own.

Strict by construction: a pager link counts only when its URL is the same story's
URL with the page part changed (same host, same path stem, the rest of the query the
same), its page number the next one (or, for a later page's first page, a lower
one), and the link says it is a pager's (``rel=next``, a next-page word, the page
number). The stem must look like a story's (a numeric id or a slug of several
words), not a section, tag, gallery or comments path: a listing's "page 2", a
comments pager (``comment-page-2``, ``?cpage=2``, links inside the comments box)
and a gallery's "next photo" are no story pages. Pure function of (html, url).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

from crawler.parsers.document import parse_html

#: Query parameters that number a story's pages.
PAGE_PARAMS = frozenset({"page", "p", "pg", "paged", "seite", "pagina", "pn", "pageno", "page_no"})
MAX_PAGE = 99
"""Highest page number read (a story of 100 pages is a listing or a trap)."""
MAX_LINKS = 3_000
"""Link tags read at most (a pager is a handful; a page of endless links is no story)."""

_FILE_PAGE = re.compile(r"^(?P<name>.+?)(?P<sep>[_-])(?P<n>\d{1,2})(?P<ext>\.(?:s?html?|php|aspx?|jsp|xhtml))$", re.I)
_DIR_PAGE = re.compile(r"^(?P<stem>.*?)/(?:(?:seite|page|pagina|página|strona|sivu)[-/_]?)?(?P<n>\d{1,2})/?$", re.I)
_NEXT_WORDS = re.compile(
    r"^(?:下一页|下页|下一頁|next|next page|next part|nächste|nächste seite|weiter|page suivante|suivante|suivant"
    r"|siguiente|página siguiente|pagina siguiente|próxima|próxima página|pagina successiva|successiva"
    r"|volgende|volgende pagina|التالي|الصفحة التالية|следующая|следующая страница|次へ|次のページ|다음|다음 페이지"
    r")$", re.I)
_PREV_WORDS = re.compile(
    r"^(?:上一页|上页|上一頁|首页|第一页|prev|previous|previous page|first|first page|back|zurück|vorherige"
    r"|vorherige seite|erste seite|page précédente|précédente|précédent|anterior|página anterior|pagina anterior"
    r"|pagina precedente|precedente|vorige|vorige pagina|السابق|الصفحة السابقة|предыдущая|предыдущая страница"
    r"|前へ|前のページ|이전|이전 페이지)$", re.I)
_BACK_RELS = frozenset({"prev", "previous", "first", "start", "canonical"})
_BRACKETS = " \t\r\n\u00a0[]()|·"
_NEXT_ARROWS = "»›>→ \u00a0"
_NUMBER_TEXT = re.compile(r"^(?:第|seite|page|pagina|página|s\.|p\.)?\s*(\d{1,2})\s*(?:页|頁)?$", re.I)
_NOT_STORY_SEGMENT = re.compile(
    r"^(?:index|default|home|list|lists|liste|archive|archiv|archives|category|categories|tag|tags|topic|topics"
    r"|thema|themen|author|authors|autor|search|suche|section|sections|rubrik|ressort|gallery|galleries|galerie"
    r"|bildergalerie|fotostrecke|photos?|fotos?|bilder|pictures?|pics|slideshow|album|albums|comments?"
    r"|kommentare|video|videos|feed|rss)$", re.I)
_OFF_PAGER = re.compile(r"comment|disqus|reply|gallery|galerie|slideshow|slider|carousel|lightbox|album|photo|foto",
                        re.I)
_PHOTO_WORDS = re.compile(r"下一张|下一图|下一幅|photo|foto|image|bild|picture|slide|imagen|图", re.I)
# What makes a page worth parsing for its pager, read before the page is parsed
# (:func:`_signals`); case-sensitive, each led by a literal, so most pages are passed
# over in a fraction of a millisecond.
_REL_NEXT = re.compile(r"""rel\s*=\s*["']?next\b""")
_PARAM_NAMES = ("page=", "seite=", "pagina=", "paged=", "pageno=", "page_no=")
_PAGE_PARAM = re.compile(r"[?&;](?:amp;)?(?:page|seite|pagina|paged|pageno|page_no)=\d{1,2}(?!\d)")


@dataclass(frozen=True, slots=True)
class StoryPages:
    """A page's place in its story."""

    page: int = 1
    """This page's number in its story (1: the first page, or a story of one page)."""

    next_url: str | None = None
    """The story's next page (absolute, same host), when this page's pager links one."""

    first_url: str | None = None
    """For a later page (``page > 1``): the story's first page."""


@dataclass(frozen=True, slots=True)
class _Reading:
    key: str     # the story's URL without its page part
    number: int  # the page number this URL names
    first: str   # the story's first page's URL


def _readings(url: str) -> list[_Reading]:
    """Every way ``url`` reads as a page of a story: as itself (page 1), and as page N
    of a stem when its query, file name or last path segment carry a number."""
    parts = urlsplit(url)
    host, path = parts.netloc.lower(), parts.path or "/"
    query = parse_qsl(parts.query, keep_blank_values=True)
    plain = urlencode(sorted(query))
    out = [_Reading(f"{host}{path.rstrip('/')}?{plain}", 1, url)]
    for name, value in query:
        if name.lower() in PAGE_PARAMS and value.isascii() and value.isdigit() and len(value) <= 2:
            rest = [(k, v) for k, v in query if k != name]
            first = urlunsplit((parts.scheme, parts.netloc, path, urlencode(rest), ""))
            out.append(_Reading(f"{host}{path.rstrip('/')}?{urlencode(sorted(rest))}", int(value), first))
    head, _, last = path.rpartition("/")
    found = _FILE_PAGE.match(last)
    if found:
        first_path = f"{head}/{found['name']}{found['ext']}"
        first = urlunsplit((parts.scheme, parts.netloc, first_path, parts.query, ""))
        out.append(_Reading(f"{host}{first_path}?{plain}", int(found["n"]), first))
    found = _DIR_PAGE.match(path)
    if found and found["stem"]:
        first = urlunsplit((parts.scheme, parts.netloc, found["stem"] + ("/" if path.endswith("/") else ""),
                            parts.query, ""))
        out.append(_Reading(f"{host}{found['stem'].rstrip('/')}?{plain}", int(found["n"]), first))
    return [r for r in out if 1 <= r.number <= MAX_PAGE]


def _story_stem(key: str) -> bool:
    """A stem that names one story: its last path segment a numeric id or a slug of
    several words, and no section, tag, gallery or comments segment on the path."""
    path, _, query = key.partition("?")
    segments = [s for s in path.split("/")[1:] if s]
    if not segments or any(_NOT_STORY_SEGMENT.match(s.rpartition(".")[0] or s) for s in segments):
        return False
    last = segments[-1].rpartition(".")[0] or segments[-1]
    if re.search(r"\d{5,}", last) or (re.search(r"\d{4}", last) and not last.isdigit()):
        return True  # a story's id (a year alone names an archive)
    if re.search(r"(?:^|=)\d{4,}(?:&|$)", query):
        return True
    words = [w for w in re.split(r"[-_+.]+", last) if w]
    return (len(words) >= 3 and len(last) >= 12) or len(last) >= 24


@dataclass(frozen=True, slots=True)
class _Link:
    url: str
    text: str
    rel: str
    off_pager: bool  # inside a comments box or a gallery


def _links(root: object, base: str) -> list[_Link]:
    """The page's ``<a href>`` and ``<link href>``, absolute, same host, at most :data:`MAX_LINKS`."""
    host = urlsplit(base).netloc.lower()
    out: list[_Link] = []
    for element in root.iter("a", "link"):  # type: ignore[attr-defined]
        if len(out) >= MAX_LINKS:
            break
        href = (element.get("href") or "").strip()
        if not href or href.startswith(("#", "javascript:", "mailto:")):
            continue
        try:
            url = urljoin(base, href)
            parts = urlsplit(url)
        except ValueError:  # "http://[::1": no URL
            continue
        if parts.netloc.lower() != host or "comment" in parts.fragment.lower():
            continue
        text = " ".join("".join(element.itertext()).split()) if element.tag == "a" else ""
        out.append(_Link(url.split("#", 1)[0], text, (element.get("rel") or "").lower(), _off_pager(element)))
    return out


def _off_pager(element: object) -> bool:
    """Inside a comments box or a gallery (an ancestor's class or id says so, 8 up at most)."""
    node = element
    for _ in range(8):
        node = node.getparent()  # type: ignore[attr-defined]
        if node is None or not isinstance(node.tag, str):
            return False
        if _OFF_PAGER.search(f"{node.get('class') or ''} {node.get('id') or ''}"):
            return True
    return False


def _pager_text(text: str) -> tuple[bool, int | None]:
    """(a next-page word, the page number printed) of a link's text."""
    if _PHOTO_WORDS.search(text):
        return False, None
    bare = text.strip(_BRACKETS)
    words = bare.strip(_NEXT_ARROWS)
    number = _NUMBER_TEXT.match(bare)
    is_next = bool(_NEXT_WORDS.match(words)) if words else bool(bare)  # "Next »", "下一页>", "»"
    return is_next, int(number[1]) if number else None


def story_pages(html: str | bytes, url: str) -> StoryPages:
    """This page's number in its story, its next page and (for a later page) its first page.

    >>> page = '<p>Text.</p><div class="pager"><a href="/a/12345_2.html">下一页</a></div>'
    >>> story_pages(page, "https://news.example/a/12345.html").next_url
    'https://news.example/a/12345_2.html'
    >>> story_pages(page, "https://news.example/news/index.html")
    StoryPages(page=1, next_url=None, first_url=None)
    """
    try:
        readings = [r for r in _readings(url) if _story_stem(r.key)]
    except ValueError:  # not a URL ("http://[::1")
        return StoryPages()
    text = html if isinstance(html, str) else html.decode("utf-8", "replace")
    later = any(r.number > 1 for r in readings)
    if not readings or (not later and not _signals(text, readings)):
        return StoryPages()
    root = parse_html(html)
    if root is None:
        return StoryPages()
    links = [link for link in _links(root, url) if not link.off_pager]
    own = _own_reading(readings, links, url)
    owns = [own]
    if own.number == 1:  # a first page at another address (``?from=wap``) than its pager's: its canonical's too
        canonical = next((link.url for link in links if "canonical" in link.rel.split()), None)
        owns += [r for r in _readings(canonical)[:1] if _story_stem(r.key)] if canonical else []
    next_url = next(filter(None, (_next_url(reading, links, url) for reading in owns)), None)
    return StoryPages(page=own.number, next_url=next_url, first_url=own.first if own.number > 1 else None)


def _signals(text: str, readings: list[_Reading]) -> bool:
    """Whether the page's text holds a pager's mark: ``rel=next``, a page parameter
    (``?page=2``), or its own stem with a page part (``1234567_2.html``,
    ``slug/seite-2``, ``slug/2/``). Most pages have none and are not parsed."""
    if _REL_NEXT.search(text):
        return True
    if any(name in text for name in _PARAM_NAMES) and _PAGE_PARAM.search(text):
        return True
    for stem in {r.key.partition("?")[0].rstrip("/").rpartition("/")[2] for r in readings}:
        name = stem.rpartition(".")[0] or stem
        if name and name in text and re.search(
                rf"{re.escape(name)}(?:[_-]\d{{1,2}}\.[A-Za-z]{{2,5}}|/(?:seite|page|pagina|página)?[-/_]?\d{{1,2}}"
                rf"(?![\d.\w-]))", text):
            return True
    return False


def same_story(url: str, other: str) -> bool:
    """Whether two URLs read as pages of one story (the same stem, a story's)."""
    try:
        keys = {r.key for r in _readings(url) if _story_stem(r.key)}
        return any(r.key in keys for r in _readings(other))
    except ValueError:  # not a URL
        return False


def _own_reading(readings: list[_Reading], links: list[_Link], url: str) -> _Reading:
    """The reading of a later page that its links bear out (a pager's link to its first
    page or to a page before it on the same stem: :func:`_pager_back`), else this page
    as a first page."""
    for own in readings:
        if own.number < 2:
            continue
        for link in links:
            if link.url == url:
                continue
            before = [r for r in _readings(link.url) if r.key == own.key and r.number < own.number]
            if before and _pager_back(link, before[0].number):
                first = link.url if before[0].number == 1 else own.first
                return _Reading(own.key, own.number, first)
    # No link bears out a later page: a first page (``/slug/2/`` with no pager back is
    # no page 2; before, a URL read as a later page alone made one).
    return readings[0] if readings[0].number == 1 else _Reading("", 1, url)


def _pager_back(link: _Link, number: int) -> bool:
    """Whether a link to an earlier page reads as a pager's: ``rel=prev`` (first,
    start, the page's canonical), a previous-page word or arrow, or that page's
    number. (A related story at ``slug.html`` linked from ``slug-2.html``, a sequel
    or a CMS's second story of one title, is no pager: before, that page was taken
    for page 2 of the other story and never stored.)"""
    if _BACK_RELS.intersection(link.rel.split()) or _PHOTO_WORDS.search(link.text):
        return bool(_BACK_RELS.intersection(link.rel.split()))
    bare = link.text.strip(_BRACKETS)
    words = bare.strip("«‹<← \u00a0")
    found = _NUMBER_TEXT.match(bare)
    return (bool(_PREV_WORDS.match(words)) if words else bool(bare)) or bool(found and int(found[1]) == number)


def _next_url(own: _Reading, links: list[_Link], url: str) -> str | None:
    """The pager's link to the page after ``own`` on the same stem: ``rel=next``, a
    next-page word or the next page's number."""
    for link in links:
        if link.url == url or not any(r.key == own.key and r.number == own.number + 1
                                      for r in _readings(link.url)):
            continue
        is_next, number = _pager_text(link.text)
        if "next" in link.rel.split() or is_next or number == own.number + 1:
            return link.url
    return None
