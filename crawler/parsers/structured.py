"""Structured data of a page: JSON-LD nodes, <meta> tags, microdata.

Read-only over the lxml tree and tolerant of broken input: JSON-LD with trailing
commas, control characters, HTML comments / CDATA wrappers or several objects in
one script still yields its nodes; anything unreadable yields nothing. Nothing
here raises.
"""

from __future__ import annotations

import html as html_lib
import json
import re
from dataclasses import dataclass, field
from itertools import islice
from typing import Any
from urllib.parse import urljoin, urlsplit

from crawler.parsers.coins import Coins, read_coins
from crawler.parsers.selectors import ITEMPROP_HOLDERS
from crawler.urls import site_of

__all__ = [
    "Structured", "as_text", "embedded_item", "iter_jsonld_values", "load_jsonld",
    "read_structured", "type_names",
]

# The node whose headline and dates describe the page, best first: the article types
# (:data:`~crawler.parsers.vocabulary.ARTICLE_TYPES`) most used by news sites, then a
# recipe or a video page's own node. (Other article types are not picked as the node.)
_MAIN_NODE_RANK = ("newsarticle", "reportagenewsarticle", "analysisnewsarticle",
                 "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle",
                 "article", "blogposting", "liveblogposting", "report", "techarticle",
                 "scholarlyarticle", "socialmediaposting", "posting", "review", "recipe",
                 "videoobject")
_PAGE_TYPES = frozenset({"webpage", "itempage", "collectionpage", "profilepage", "aboutpage",
                         "searchresultspage", "faqpage", "qapage", "medicalwebpage"})

_TRAILING_COMMA = re.compile(r",\s*([\]}])")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_WRAPPER = re.compile(r"^\s*(?:<!--|//\s*<!\[CDATA\[|<!\[CDATA\[|/\*\s*<!\[CDATA\[\s*\*/)|"
                      r"(?:-->|//\s*\]\]>|\]\]>|/\*\s*\]\]>\s*\*/)\s*$")
_MAX_NODES = 2000


def type_names(node: dict[str, Any]) -> list[str]:
    """Lower-cased ``@type`` values of a JSON-LD node (string or list; URLs trimmed).

    >>> type_names({"@type": ["Person", "http://schema.org/Organization"]})
    ['person', 'organization']
    """
    raw = node.get("@type")
    values = raw if isinstance(raw, list) else [raw]
    out = []
    for value in values:
        if isinstance(value, str) and value:
            out.append(value.rsplit("/", 1)[-1].strip().lower())
    return out


def as_text(value: Any) -> str | None:
    """A JSON-LD / meta value as clean text: entities decoded, whitespace collapsed.

    Lists give their first usable item, dicts their ``name`` / ``@value``.

    >>> as_text("  Caf&eacute;\\n  au lait ")
    'Café au lait'
    >>> as_text([{"@value": "x"}])
    'x'
    """
    if isinstance(value, list):
        for item in value:
            text = as_text(item)
            if text:
                return text
        return None
    if isinstance(value, dict):
        for key in ("name", "@value", "text"):
            if key in value:
                return as_text(value[key])
        return None
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return str(value)
    if not isinstance(value, str):
        return None
    text = value
    if "&" in text:
        text = html_lib.unescape(text)
    if "<" in text and ">" in text:
        text = re.sub(r"<[^>]{0,300}>", " ", text)
    text = " ".join(text.split())  # str.split splits where \s+ matches
    return text or None


def load_jsonld(text: str) -> list[Any]:
    """Parse one ld+json script's text into a list of top-level values, tolerating
    the usual breakage. Returns [] when nothing can be read.

    >>> load_jsonld('<!-- {"a": 1,} -->')
    [{'a': 1}]
    >>> load_jsonld('{"a": 1}{"b": 2}')
    [{'a': 1}, {'b': 2}]
    >>> load_jsonld('nonsense')
    []
    """
    text = text.strip()
    if not text:
        return []
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    text = _WRAPPER.sub("", text).strip().rstrip(";").strip()
    text = _CONTROL.sub(" ", text).replace("\n", " ").replace("\r", " ").replace("\t", " ")
    text = _TRAILING_COMMA.sub(r"\1", text)
    decoder = json.JSONDecoder(strict=False)
    out: list[Any] = []
    pos = 0
    n = len(text)
    while pos < n:
        while pos < n and text[pos] in " ,;\n\r\t":
            pos += 1
        if pos >= n:
            break
        try:
            value, pos = decoder.raw_decode(text, pos)
        except (ValueError, RecursionError):
            break
        out.append(value)
    return out


def iter_jsonld_values(value: Any, out: list[dict[str, Any]], depth: int = 0) -> None:
    """Collect every dict node of a JSON-LD value (through @graph, lists, nesting)."""
    if depth > 12 or len(out) >= _MAX_NODES:
        return
    if isinstance(value, list):
        for item in value:
            iter_jsonld_values(item, out, depth + 1)
    elif isinstance(value, dict):
        out.append(value)
        for key, item in value.items():
            if isinstance(item, (dict, list)) and key != "@context":
                iter_jsonld_values(item, out, depth + 1)


@dataclass(slots=True)
class Structured:
    """Everything machine-readable a page declares."""

    meta: dict[str, list[str]] = field(default_factory=dict)
    """<meta> name / property / itemprop (lower case) -> contents, page order."""
    canonical: str | None = None
    title_tag: str | None = None
    """Text of the document's first <title>."""
    html_lang: str | None = None
    nodes: list[dict[str, Any]] = field(default_factory=list)
    """All JSON-LD dict nodes, depth first."""
    top_nodes: list[dict[str, Any]] = field(default_factory=list)
    """Top-level JSON-LD nodes and @graph members."""
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)
    article: dict[str, Any] | None = None
    """The main article node, if any."""
    webpage: dict[str, Any] | None = None
    jsonld_scripts: list[tuple[str, str]] = field(default_factory=list)
    """``(type attribute, text)`` of every JSON-LD ``<script>``, page order."""
    inline_scripts: list[Any] = field(default_factory=list)
    """Every other ``<script>`` without ``src`` (elements, read only when the body
    falls back to a framework's embedded state: :mod:`.body.embedded`), page order."""
    doc: Any = None
    page_url: str = ""
    """The address the page was fetched from (relative addresses of the page's nodes
    are read against it)."""
    _microdata: dict[str, list[Any]] | None = None
    _itemprop_holders: list[Any] | None = None
    _coins: Coins | None = None
    _coins_read: bool = False

    def itemprop_holders(self) -> list[Any]:
        """Every element with an ``itemprop`` attribute (<meta> too), in page order: one
        walk for the microdata fields, the images' article scope and the headline, read
        on first use (all before the body stage strips the tree)."""
        if self._itemprop_holders is None:
            self._itemprop_holders = ITEMPROP_HOLDERS(self.doc)
        return self._itemprop_holders

    def with_itemprop(self, value: str) -> list[Any]:
        """The elements whose ``itemprop`` is ``value`` exactly (``//*[@itemprop=value]``)."""
        return [el for el in self.itemprop_holders() if el.get("itemprop") == value]

    def itemprop(self, name: str) -> list[Any]:
        """Elements (not <meta>) carrying microdata property ``name`` (lower case),
        read on first use: most pages never need it."""
        if self._microdata is None:
            self._microdata = {}
            _read_microdata(self.doc, self)
        return self._microdata.get(name, [])

    def coins(self) -> Coins | None:
        """The page's COinS citation (:func:`~crawler.parsers.coins.read_coins`),
        read on first use: weak evidence, asked after the rest. Only a citation of
        the page itself, its title one of the page's (:func:`_page_names`): a science
        blog's post cites the paper it discusses so ("ResearchBlogging"), whose
        authors and date are not the post's."""
        if not self._coins_read:
            found = read_coins(self.doc) if self.doc is not None else None
            if found is not None and (not found.title or _key(found.title) not in _page_names(self)[0]):
                found = None
            self._coins, self._coins_read = found, True
        return self._coins

    def first(self, *names: str) -> str | None:
        """First non-empty meta content among ``names`` (in the order given)."""
        for name in names:
            for value in self.meta.get(name, ()):
                text = as_text(value)
                if text:
                    return text
        return None

    def resolve(self, value: Any) -> Any:
        """Follow a bare ``{"@id": ...}`` reference to its @graph node."""
        if isinstance(value, dict) and "@id" in value and len(value) <= 2 and "name" not in value:
            target = self.by_id.get(str(value.get("@id")))
            if target is not None:
                return target
        return value


_MICRODATA_PROPS = frozenset({"author", "datepublished", "datemodified", "headline", "name",
                              "articlesection", "keywords", "inlanguage", "image", "description"})


# Longest meta value (and <title>) read: real ones are far shorter, and every
# later step (title suffixes, bylines, dates) costs time in proportion.
MAX_META_CHARS = 10_000


# Microdata items of a media file: their fields ("author": the photographer or the
# agency, "Jane Roe | Getty Images"; "datePublished": the upload's) are the file's,
# not the page's.
_MEDIA_ITEM = re.compile(r"(?:image|video|audio|media)object\b", re.I)
_ITEM_DEPTH = 30  # ancestors of a <meta itemprop> read for its item


_ITEM_NODES = 5_000  # nodes of a clip's item read for the page's headline


def _in_media_item(el: Any) -> bool:
    """Whether the nearest item (``itemscope``) round ``el`` is an image, or a video or an
    audio that is not the page's own (a clip's page holds its headline, the ``<h1>``, in
    the clip's item: its author and date are the page's)."""
    for anc in islice(el.iterancestors(), _ITEM_DEPTH):
        if anc.get("itemscope") is not None:
            m = _MEDIA_ITEM.search(anc.get("itemtype") or "")
            return m is not None and (m.group(0).lower().startswith("image")
                                      or not any(n.tag == "h1" for n in islice(anc.iter(), _ITEM_NODES)))
    return False


def _read_meta(meta: dict[str, list[str]], el: Any) -> None:
    """One ``<meta>``'s content under each of its keys (lower case; ``http-equiv:`` ones
    prefixed), but an ``itemprop`` of a media item's (:func:`_in_media_item`)."""
    content = el.get("content")
    if content is None:
        return
    content = content[:MAX_META_CHARS]
    for attr in ("property", "name", "itemprop", "http-equiv"):
        key = el.get(attr)
        if key and attr == "itemprop" and _in_media_item(el):
            continue  # a photo's or a clip's own field (its credit as "author")
        if key:
            key = key.strip().lower()
            if attr == "http-equiv":
                key = "http-equiv:" + key
            meta.setdefault(key, []).append(content)


def read_structured(doc: Any, url: str = "") -> Structured:
    """Collect meta tags, canonical link, html lang, JSON-LD nodes and microdata
    (``url``: the page's address, if known)."""
    data = Structured(page_url=url)
    meta = data.meta
    root_lang = doc.get("lang") or doc.get("xml:lang") or doc.get(
        "{http://www.w3.org/XML/1998/namespace}lang")
    data.html_lang = root_lang.strip() if isinstance(root_lang, str) and root_lang.strip() else None
    scripts: list[str] = []
    for el in doc.iter("meta", "link", "script", "title"):
        tag = el.tag
        if tag == "title":
            if data.title_tag is None and el.text:
                data.title_tag = as_text(el.text[:MAX_META_CHARS])
        elif tag == "meta":
            _read_meta(meta, el)
        elif tag == "link":
            rel = (el.get("rel") or "").lower().split()
            if "canonical" in rel and data.canonical is None:
                href = (el.get("href") or "").strip()
                if href:
                    data.canonical = href
        else:
            kind = el.get("type") or ""
            if "ld+json" in kind.lower() and el.text:
                scripts.append(el.text)
                data.jsonld_scripts.append((kind, el.text))
            elif el.get("src") is None:
                data.inline_scripts.append(el)
    for text in scripts[:30]:
        if len(text) > 2_000_000:
            continue
        for value in load_jsonld(text):
            _add_top(data, value)
    for node in data.top_nodes:
        iter_jsonld_values(node, data.nodes)
    for node in data.nodes:
        node_id = node.get("@id")
        if isinstance(node_id, str) and len(node) > 1 and node_id not in data.by_id:
            data.by_id[node_id] = node
    data.article = _pick_article(data)
    for node in data.top_nodes:
        if set(type_names(node)) & _PAGE_TYPES:
            data.webpage = node
            break
    data.doc = doc
    return data


def _add_top(data: Structured, value: Any) -> None:
    if isinstance(value, list):
        for item in value[:200]:
            _add_top(data, item)
    elif isinstance(value, dict):
        graph = value.get("@graph")
        if isinstance(graph, (list, dict)):
            rest = {k: v for k, v in value.items() if k not in ("@graph", "@context")}
            if len(rest) > 1 or (rest and "@type" in rest):
                data.top_nodes.append(value)
            _add_top(data, graph)
        else:
            data.top_nodes.append(value)


_NAMES_PAGE = 3  # the weight of a node naming the page itself (its title or URL)


def _pick_article(data: Structured) -> dict[str, Any] | None:
    """The page's own article node: typed as an article (news types first), with
    a headline, a publication date, an author, at the top level, and, for an
    article type only, naming the page itself (:func:`_names_page`; teaser and
    related-story nodes print their own headlines and URLs, and may come first in
    the source; a clip or review named like the page is not its story); the first of equals."""
    best: dict[str, Any] | None = None
    best_score = -1
    page = _page_names(data)
    for pos, node in enumerate(data.nodes):
        types = type_names(node)
        if not types:
            continue
        rank = len(_MAIN_NODE_RANK)
        for name in types:
            if name in _MAIN_NODE_RANK:
                rank = min(rank, _MAIN_NODE_RANK.index(name))
        if rank == len(_MAIN_NODE_RANK):
            continue
        score = 0
        if node.get("headline"):
            score += 4
        if node.get("datePublished"):
            score += 4
        if node.get("author"):
            score += 2
        if node in data.top_nodes:
            score += 2
        if rank < _MAIN_NODE_RANK.index("review") and _names_page(node, page):
            score += _NAMES_PAGE  # an article's: a clip or review named like the page is not the story
        score = score * 100 - rank * 2 - min(pos, 99) // 50
        if score > best_score:
            best, best_score = node, score
    return best


def _key(text: Any) -> str:
    """A title or URL compared loosely: case, spacing, character references
    ("&#8217;"), typographic quotes, the scheme and a trailing slash aside."""
    if not isinstance(text, str):
        return ""
    key = " ".join(html_lib.unescape(text[:1000]).split()).casefold().translate(_PLAIN_QUOTES).rstrip("/")
    return key.removeprefix("https:").removeprefix("http:")


_PLAIN_QUOTES = str.maketrans("\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u201f", "''''\"\"\"\"")


_TITLE_SEPARATORS = (" - ", " | ", " – ", " — ")

# The page's titles, its addresses (:func:`_page_names`) and the address fetched.
_PageNames = tuple[set[str], dict[str, set[str]], str]


def _page_names(data: Structured) -> _PageNames:
    """The page's own titles (og:title, twitter:title, the <title>) as :func:`_key`
    makes them, the <title> also as the part before a site-name suffix ("Headline -
    Site") and the part after a site-name prefix ("Site | Headline"); and its URLs
    (the address fetched, canonical, og:url) as :func:`_url_key` makes them: each
    address less its query -> the queries it was seen with."""
    titles = {_key(data.first(name)) for name in ("og:title", "twitter:title")}
    title = _key(data.title_tag)
    titles.add(title)
    for sep in _TITLE_SEPARATORS:
        if sep in title:
            titles |= {title.split(sep)[0].strip(), title.rsplit(sep, 1)[-1].strip()}
    urls: dict[str, set[str]] = {}
    for url in (data.page_url, data.canonical, data.first("og:url")):
        key = _url_key(url, data.page_url)
        if key:
            urls.setdefault(key[0], set()).add(key[1])
    return titles - {""}, urls, data.page_url


def _url_key(url: Any, base: str) -> tuple[str, str] | None:
    """An address compared loosely, as (site and path, query): read against the
    page's address when relative ("/world/story"), the scheme, a "www." before the
    host (:func:`crawler.urls.site_of`), a trailing slash, the fragment and case
    aside (:func:`_key`); ``None``
    when there is no address."""
    if not isinstance(url, str) or not url.strip():
        return None
    url = html_lib.unescape(url.strip()[:1000])
    try:
        absolute = urljoin(base, url) if base else url
        parts = urlsplit(absolute)
    except ValueError:  # an unbalanced IPv6 bracket: no address to compare
        return None
    host = site_of(absolute)  # the site as the crawl names it: "www." and a default port aside
    path = _key(parts.path)
    if not host and not path:
        return None
    return host + path, parts.query.casefold()


def _names_page(node: dict[str, Any], page: _PageNames) -> bool:
    """Whether an article node names the page it is on: its headline is the
    page's title, or its URL (``url``, ``mainEntityOfPage``, ``@id``) is one of the
    page's (:func:`_url_key`, the fragment aside). A query tells two addresses apart
    only when both have one ("?id=5", "?id=6"); a tracking query on one side
    ("?ref=home") does not."""
    titles, urls, base = page
    if _key(node.get("headline")) in titles or _key(node.get("name")) in titles:
        return True
    entity = node.get("mainEntityOfPage")
    if isinstance(entity, dict):
        entity = entity.get("@id") or entity.get("url")
    for url in (node.get("url"), entity, node.get("@id")):
        if not isinstance(url, str) or url.lstrip().startswith("#"):
            continue  # a bare "#id" names a node, not an address
        key = _url_key(url, base)
        if key is None or key[0] not in urls:
            continue
        queries = urls[key[0]]
        if not key[1] or "" in queries or key[1] in queries:
            return True
    return False


# The types of an item a story embeds or shows beside it (a clip, a reader's review),
# picked as the page's node for want of an article node.
_EMBEDDED_TYPES = frozenset({"videoobject", "review"})


def embedded_item(data: Structured) -> bool:
    """Whether the page's node (``data.article``) is an embedded item, a video or a
    review that does not name the page (:func:`_names_page`): its dates are the
    clip's or the review's, often older than the story around it."""
    node = data.article
    return (node is not None and set(type_names(node)) <= _EMBEDDED_TYPES
            and not _names_page(node, _page_names(data)))


def _read_microdata(doc: Any, data: Structured) -> None:
    elements = data.itemprop_holders()
    for el in elements[:3000]:
        if el.tag == "meta":
            continue
        for prop in (el.get("itemprop") or "").lower().split():
            if prop in _MICRODATA_PROPS:
                data._microdata.setdefault(prop, []).append(el)  # type: ignore[union-attr]
