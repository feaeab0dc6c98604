"""Article metadata: structured data first (JSON-LD, OpenGraph, meta, microdata),
then the visible page around the headline (byline, dateline, section label).

``extract_metadata`` never mutates the tree and never raises; each field's source
is recorded in ``provenance``. Sources, first found wins:

- title: JSON-LD headline, og:title and the visible h1 (on a page without one: a line
  set big by <font size>, bold or an inline font-size), site-name suffixes stripped,
  grouped when they agree loosely; the largest group wins (ties: JSON-LD, og, h1;
  a tie of one declared title with an h1 that rewords it: the h1). An h1 marked
  as the post's title (``entry-title``) beats an SEO rewording; a lone h1 of three
  words or more beats a bare <title>, a shorter one (a section's label) does not;
  an h1 that is the site's name or logo never counts. With no og:title or JSON-LD
  headline, the story's first h1 (in the <article>: two words or more; in <main>:
  three) beats a <title> that words the story otherwise (SEO). h1s heading a
  cookie / newsletter box are not counted, nor are h1s only screen readers get
  unless one is the headline (it matches a declared title, a hero box shows it
  again, or no other usable h1 is shown); an h1 that copies the <title> into a
  breadcrumb or nav bar gives way to the story's reworded h2 above its text.
  A kicker box opening the h1 (set apart by a <br> or block, or classed as a
  kicker) is left out unless a declared title carries it; kicker and headline in
  two boxes are spelled with the separator the <title> types ("Kicker: Headline");
  a lone declared title that is the shown "Kicker: Headline" without its kicker wins.
- authors: JSON-LD author (Person lists, @id references); meta author & co.;
  twitter:label "Written by"; microdata; the visible byline; author markup; a
  labelled credit (author_marks). A structured value that only names the
  publisher / an organisation gives way to a byline naming people; a meta or
  microdata author, to a printed by-word byline naming someone else.
  A byline printed in capitals takes a mixed-case spelling of the same name found
  elsewhere on the page (author box, rel=author link, meta author), if any.
- published: JSON-LD datePublished; article:published_time; other date metas;
  microdata; <time datetime> after the headline; a printed date after the headline.
- modified: JSON-LD dateModified; modified-time metas; microdata; a printed
  "Updated ..." line after the headline (not dated before the publication).
- section: JSON-LD articleSection; article:section & co.; microdata; a label or a
  breadcrumb trail above the headline, a badge linked there to a section listing,
  else the story's first rel=category link, a labelled field or a blog's labels
  line; else a <title> prefix naming a section of the site's menu ("World: ...").
  tags: JSON-LD keywords; article:tag; keywords metas; a visible tag list.
- language: <html lang>, content-language, og:locale, JSON-LD inLanguage.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from typing import Any
from urllib.parse import urljoin, urlsplit

from lxml import etree

from crawler.parsers.bounded_text import longer_than, text_head
from crawler.parsers.caseless import Caseless
from crawler.parsers.joined import joined
from crawler.parsers.language import MAX_CHARS, detect_language
from crawler.parsers.metadata.author_marks import (
    EDITOR_LABEL,
    AuthorMarks,
    author_link_names,
    label_link_names,
    labelled_authors,
    lead_byline,
    lead_marks,
    live_entry_writers,
    wire_source,
)
from crawler.parsers.metadata.authors import (
    clean_author_list,
    clean_byline,
    clean_name,
    dated_name,
    dedupe,
    dedupe_names,
    desk_alone,
    desk_credit,
    is_organisation_name,
    letters_key,
    looks_like_byline,
    name_first,
    plain_name,
)
from crawler.parsers.metadata.closing_credits import (
    address_names,
    closing_byline,
    closing_line_credit,
    closing_wire,
    lead_bold_names,
    lead_credit,
    opening_byline,
    post_author_reply,
    report_line_credit,
    set_off_credit,
    source_agency,
    wire_opening_credit,
)
from crawler.parsers.metadata.date_labels import BESIDE, owned_text_pieces
from crawler.parsers.metadata.dates import (
    ONE_LANGUAGE_SCRIPTS,
    named_month_days,
    normalise_date,
    parse_reading_time,
)
from crawler.parsers.metadata.framework_state import StateMemo, state_story
from crawler.parsers.metadata.given_names import is_given_name, names_a_body, opens_with_given_name
from crawler.parsers.metadata.greek_bylines import read_as_genitive
from crawler.parsers.metadata.header import (
    HeaderScan,
    find_headline,
    find_tags,
    reheadlined,
    scan_header,
)
from crawler.parsers.metadata.places import is_place
from crawler.parsers.metadata.sections import (
    MenuLinks,
    banner_section,
    category_link_section,
    current_item_section,
    current_tab_section,
    menu_tag_section,
    names_no_category,
    title_label_section,
    title_middle_section,
    title_section,
)
from crawler.parsers.metadata.titles import (
    archive_title_site,
    choose_title,
    confirmed_form,
    is_site_name,
    loose_key,
    portal_name,
    site_name_keys,
    strip_title_suffix,
    title_parts,
)
from crawler.parsers.metadata.values import (
    first_node_value,
    image_url,
    jsonld_authors,
    keywords,
    microdata_authors,
    microdata_text,
    site_names,
    twitter_labelled,
)
from crawler.parsers.metadata.walk import LONG_PARAGRAPH, attrs_of, story_scope, text_of
from crawler.parsers.metadata.wires import WIRES
from crawler.parsers.page import ParsedPage
from crawler.parsers.structured import Structured, as_text, embedded_item, type_names

__all__ = ["Metadata", "date_language", "extract_metadata", "normalise_language"]


@dataclass(slots=True)
class Metadata:
    """Metadata of one page (see the module docstring for the sources)."""

    canonical_url: str | None = None
    title: str | None = None
    description: str | None = None
    section: str | None = None
    tags: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    modified: str | None = None
    language: str | None = None
    image: str | None = None
    reading_time_minutes: int | None = None
    page_types: set[str] = field(default_factory=set)
    has_byline: bool = False
    authors_over_text: bool = False
    """The authors come from a byline-like line over a page with no headline
    (:func:`lead_byline`): names, but no evidence of an article for the page's kind."""
    shown_as_of: str | None = None
    """The "Stand:" date printed in the header row (``HeaderScan.as_of_text``)."""
    shown_updated: str | None = None
    """The "Updated ..." date printed by the headline (``HeaderScan.updated_text``)."""
    date_language: str | None = None
    """The language printed dates are read in: ``language``, but "en-GB" for an "en"
    page (no region) on the domain of a country whose English press writes the day
    first (:func:`date_language`), or for an English page (or one of no language)
    whose own numeric dates are written day first (:func:`day_first_english`); on a
    page that declares no language, the story's own (:func:`_story_language`)."""
    stamp_offsets: list[str] = field(default_factory=list)
    """The non-zero UTC offsets ("+02:00") the page's machine timestamps are written
    at, first seen first: evidence of the page's own zone (:mod:`.date_search`)."""
    provenance: dict[str, str] = field(default_factory=dict)
    state_stories: StateMemo = field(default_factory=dict, repr=False, compare=False)
    """The story's object in the page's framework state, as looked up so far
    (:func:`.framework_state.state_story`): read by the fields and by the date settling."""


_LANG = re.compile(r"^([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|\d{3}))?\b")
# Publication-date meta names, most trusted first (JSON-LD datePublished beats all).
_PUBLISHED_META = ("article:published_time", "article:published:time", "article_published_time",
                   "article:published", "og:published_time", "og:article:published_time",
                   "published_time", "article.published", "datepublished", "pubdate",
                   "publishdate", "publish-date", "publish_date", "date", "dc.date",
                   "dc.date.issued", "dcterms.date", "dcterms.created", "dc.date.created",
                   "parsely-pub-date", "sailthru.date", "article_date_original",
                   "original-publish-date", "cxenseparse:recs:publishtime", "article.created",
                   "release_date", "displaydate", "publication_date", "pdate", "ptime",
                   "date_published", "publication-date", "citation_publication_date",
                   "citation_online_date", "prism.publicationdate", "og:pubdate",
                   "dc.date.published", "datecreated")
# The page's own publication metas, as strong as its JSON-LD node.
_OWN_PUBLISHED_META = ("article:published_time", "og:article:published_time", "og:published_time")
_MODIFIED_META = ("article:modified_time", "article:modified", "og:updated_time", "article:updated_time",
                  "datemodified", "dc.date.modified", "dcterms.modified", "last-modified",
                  "lastmod", "parsely-updated", "modified_time")
_AUTHOR_META = ("author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
                "dcterms.creator", "byl", "cxenseparse:author", "article.author", "twitter:creator")


def normalise_language(value: str | None) -> str | None:
    """BCP 47 form of a language tag: ``en_us`` -> ``en-US``, ``de`` -> ``de``.

    >>> normalise_language("en_US"), normalise_language("DE-at"), normalise_language("x")
    ('en-US', 'de-AT', None)
    """
    if not value or not isinstance(value, str):
        return None
    match = _LANG.match(value.strip())
    if not match:
        return None
    lang, script, region = match.groups()
    out = lang.lower()
    if script:
        out += "-" + script.title()
    if region:
        out += "-" + region.upper()
    return out


def _abs(url: str, value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip()
    if not value or value.startswith(("data:", "javascript:")):
        return None
    try:
        return urljoin(url, value)
    except ValueError:
        return None


_CAPS_NAME = re.compile(r"[^\W\d_]{2}")


def _in_capitals(name: str) -> bool:
    return name.isupper() and len(name.split()) >= 2 and bool(_CAPS_NAME.search(name))


def _proper_case(doc: Any, data: Structured, names: list[str]) -> list[str]:
    """Byline names printed in capitals ("DENISE OKAFOR"), each replaced by a
    mixed-case spelling of the same words found elsewhere on the page (author
    meta, an author box, a rel=author link); kept as printed when there is none."""
    texts = [v for name in _AUTHOR_META for v in data.meta.get(name, ()) if isinstance(v, str)]
    body = doc.find("body") if hasattr(doc, "find") else None
    if body is not None:  # text chunks joined with spaces: "<h5>Jane Doe</h5><p>Reporter"
        chunks, size = [], 0
        for chunk in body.itertext():
            chunks.append(chunk)
            size += len(chunk)
            if size > _PROPER_CASE_SCAN:
                break
        texts.append(" ".join(chunks))
    out = []
    for name in names:
        found = None
        if _in_capitals(name):
            pattern = re.compile(r"(?<!\w)" + r"\s+".join(re.escape(w) for w in name.split()) + r"(?!\w)",
                                 re.IGNORECASE)
            for text in texts:
                for m in pattern.finditer(text):
                    spelt = " ".join(m.group(0).split())
                    if not spelt.islower() and not any(len(w) > 2 and w.isupper() for w in spelt.split()):
                        found = spelt
                        break
                if found:
                    break
        out.append(found or name)
    return out


_PROPER_CASE_SCAN = 2_000_000  # characters of page text searched for a name's spelling


def _choose_title(data: Structured, head: HeaderScan | None, keys: set[str], md: Metadata) -> None:
    main: list[tuple[str, str]] = []
    if data.article is not None:
        text = as_text(data.article.get("headline")) or as_text(data.article.get("name"))
        if text:
            main.append((text, "json-ld"))
    og = data.first("og:title")
    if og:
        main.append((og, "opengraph"))
    if head is not None and head.headline:
        shown = head.headline
        if head.headline_core:  # "Kicker Headline" in two blocks: the form a source confirms
            # (unconfirmed: the bare headline when the kicker is set apart as a label box)
            forms = [head.headline_core, head.headline]
            shown = confirmed_form(forms, [t for t, _ in main], keys,
                                   otherwise=forms[0] if head.headline_labelled else forms[1])
        main.append((shown, "html"))
    main = _title_tag_over_seo_pair(main, data.title_tag, keys)
    if len(main) < 2:
        coins = data.coins()
        extras = ((data.first("twitter:title"), "meta"), (coins.title if coins is not None else None, "coins"),
                  (data.title_tag, "meta"))
        main.extend((text, source) for text, source in extras if text)
    title, source = choose_title(main, keys, shown_first=head is not None and head.headline_marked)
    if title:
        md.title, md.provenance["title"] = title, source or "meta"


def _title_tag_over_seo_pair(main: list[tuple[str, str]], title_tag: str | None,
                             keys: set[str]) -> list[tuple[str, str]]:
    """The candidates with the JSON-LD headline and ``og:title`` counted once where they
    agree with each other but not with the visible headline, and the ``<title>`` counted
    beside the headline where it says the same: one SEO field fills both declared titles
    ("Atherton news: Business latest"), while the page's own title and its ``<h1>`` name
    the story ("Atherton hospital staff push for a new water deal | The Cairns Times"). Not an
    ``<h1>`` of fewer words than the declared line: a template's section or site name printed as
    the page's ``<h1>`` and ``<title>`` ("Local News | Cairns Times") over the story's headline."""
    sources = [s for _, s in main]
    if sources != ["json-ld", "opengraph", "html"] or not title_tag \
            or len(main[2][0].split()) < len(main[0][0].split()):
        return main
    declared, og, shown = (loose_key(strip_title_suffix(t, keys)) for t, _ in main)
    # (the <title>'s first part: "Headline | Site" where the site's name is not known as one)
    if declared != og or declared == shown or shown not in {loose_key(strip_title_suffix(title_tag, keys)),
                                                            loose_key(title_parts(title_tag)[0])}:
        return main
    return [main[0], main[2], (title_tag, "meta")]


def extract_metadata(page: ParsedPage) -> Metadata:
    """Metadata of an article page; never mutates the tree."""
    md = Metadata()
    _extract(page, md)
    return md


@dataclass(slots=True)
class _Sources:
    """What every field reads: the page, its structured data, the headline area
    and the site's own names."""

    page: ParsedPage
    data: Structured
    headline: Any
    head: HeaderScan | None
    site_keys: set[str]
    menus: MenuLinks | None = None
    """The links of the page's menus, read once (:class:`MenuLinks`)."""
    author_marks: AuthorMarks | None = None
    """The page's author markup (:class:`AuthorMarks`), read once when first asked."""
    marks: list[str] | None = None
    """Its names (:func:`marked_authors`)."""
    story_marks: list[str] | None = None
    """The same, inside the story only: what may overrule the metadata."""
    labels: frozenset[str] = frozenset()
    """The page's section and tags (:func:`letters_key`-ed): labels, not people."""


def _author_marks(src: _Sources) -> AuthorMarks:
    if src.author_marks is None:
        src.author_marks = AuthorMarks(src.page.doc, src.headline)
    return src.author_marks


def _marked(src: _Sources) -> list[str]:
    if src.marks is None:
        src.marks = _author_marks(src).anywhere()
    return src.marks


def _marked_in_story(src: _Sources) -> list[str]:
    if src.story_marks is None:
        src.story_marks = _author_marks(src).in_story()
    return src.story_marks


def _story_language(headline: Any) -> str | None:
    """On a page that declares no language: the language of the text around the
    headline (its box's first ``MAX_CHARS`` characters), if one holds most of it, for
    reading the dates printed there: "Publié le 11/02/2023" on an undeclared French
    page is 11 February, not November 2 (a numeric date is read month-first only in
    US English, the reading of a page of no language). The record's ``language``
    stays as declared."""
    box = headline.getparent() if headline is not None else None
    found = detect_language(text_head(box, MAX_CHARS)) if box is not None else None
    return found[0] if found is not None and found[1] >= _STORY_LANGUAGE_SHARE else None


_STORY_LANGUAGE_SHARE = 0.6


def _extract(page: ParsedPage, md: Metadata) -> None:
    data = page.structured
    _page_types(data, md)
    _canonical_url(data, page.url, md)
    _language(data, md)
    keys = site_name_keys([*site_names(data, page.host), *home_link_names(page.doc, page.url),
                           archive_title_site(data.title_tag, page.url)], page.host)
    anchor = find_headline(page.doc, data, keys)
    md.date_language = date_language(md.language, page.host or "")
    # The header's printed dates: on a page that declares no language, read in the
    # story's own (:func:`_story_language`); English ones day first where the page's
    # own numeric dates show it writes them so (:func:`day_first_english`).
    reading = md.date_language or _story_language(anchor[0])
    if day_first_english(reading, page.doc):
        reading = "en-GB"
    md.date_language = reading  # (the whole page's dates too: its <title>'s "12/07/2000")
    menus = MenuLinks(page.doc, page.host) if page.doc is not None else None
    head = scan_header(page.doc, anchor, reading, page.host, menus)
    if anchor[1] and head.headline and not head.headline_marked and reheadlined(anchor[0], data, keys):
        head.headline_marked = True  # the h1 a developing story was re-headlined with: no declared title outvotes it
    src = _Sources(page, data, anchor[0], head, keys, menus)
    _choose_title(data, head, keys, md)
    _description(src, md)
    _section(src, md)
    _tags(src, md)
    src.labels = frozenset(letters_key(v) for v in (md.section or "", *md.tags))
    _authors(src, md)
    _state_fields(page, md)
    _dates(src, md)
    _image(data, page.url, md)
    _reading_time(src, md)
    md.has_byline = bool(head is not None and (head.byline_raw or head.date_raw))


def _state_fields(page: ParsedPage, md: Metadata) -> None:
    """The section and the writers the markup left for a script to render, from the story's
    object in the page's framework state (:func:`state_story`), where the markup gave none."""
    if md.section and md.authors:
        return
    state = state_story(page.doc, md.title, md.state_stories)
    if state is None:
        return
    if not md.section and (section := state.section()):
        md.section, md.provenance["section"] = section, "state"
    if not md.authors and not (md.provenance.get("byline_raw") or "").strip() and (names := state.authors()):
        md.authors, md.provenance["authors"] = names, "state"


def home_link_names(doc: Any, url: str, limit: int = 60) -> list[str]:
    """The site's own name as its logo shows it: the image's alt text or the text of
    a logo / brand link to the site's front page, among the first ``limit`` links
    (a plain "News" link to "/" is not a name, a plain link shaped as a CJK portal's
    name, "新华网", is). A <title> suffix equal to one of these is the site's name."""
    names: list[str] = []
    try:
        root = urlsplit(url)
    except ValueError:  # "http://[oops/": no host to compare links with
        return names
    for n, link in enumerate(doc.iter("a")):
        if n >= limit or len(names) >= 3:
            break
        href = link.get("href") or ""
        if _DEEP_HREF.match(href) and "/." not in href and not _INDEX_FILE.search(href):
            # a path below the root: not the front page (unless a folder's index file)
            continue
        try:
            target = urlsplit(joined(url, href))
        except ValueError:
            continue
        if target.netloc != root.netloc or not _front_path(target.path) or target.query:
            continue
        alts = " ".join(img.get("alt") or "" for img in link.iter("img")).strip()
        parent = link.getparent()
        hints = attrs_of(link) + " " + (attrs_of(parent) if parent is not None else "")
        # rel="home": the theme's site-title link (WordPress "<h1 class=site-title><a rel=home>")
        logo = bool(alts) or bool(_LOGO_HINT.search(hints)) or "home" in (link.get("rel") or "").lower().split()
        text = (text_of(link, 80, " ") or alts) if logo else ""
        if not logo and portal_name(shown := text_of(link, 80, " ")):
            text = shown  # "<a href=/>新华网</a>": a CJK portal's name, not a word such as "News"
        if text and len(text) <= 60 and text.casefold() not in _HOME_WORDS:
            names.append(text)
    return names


def _front_path(path: str) -> bool:
    """A path of a site's front page: the root, or a folder's index file
    ("/index.php", "/arquivo/index.asp": an old site whose pages all live in one
    folder links its logo to that folder's index)."""
    return path in ("", "/") or _INDEX_FILE.search(path) is not None


_INDEX_FILE = re.compile(r"(?:^|/)(?:index|default)\.(?:php3?|s?html?|aspx?|jsp|cfm)\Z", re.I)


#: An href whose path, resolved against any base, has a first segment that is neither
#: empty nor a dot segment (with no ``/.`` anywhere): it is never "" or "/", so the
#: link is no front-page link, and ``urljoin`` / ``urlsplit`` (most of the cost of
#: :func:`home_link_names`) are skipped. Whitespace, controls, ``:``, ``?``, ``#``
#: and ``\\`` in the path (which ``urlsplit`` strips, or which make the URL another
#: kind) go the long way; a query or fragment after such a path, without whitespace,
#: controls or ``\\`` ("/share?u=https://..."), leaves the path as it is (a third of
#: the links that went the long way).
_DEEP_HREF = re.compile(r"(?:[A-Za-z][A-Za-z0-9+.-]*://[^\x00-\x20/?#\\]*/)?/?"
                        r"[^\x00-\x20/.?#\\:;][^\x00-\x20?#\\:]*(?:[?#][^\x00-\x20\\]*)?\Z")
_LOGO_HINT = re.compile(r"logo|brand|site-?(?:name|title)|masthead", re.I)


_HOME_WORDS = frozenset({"home", "homepage", "home page", "start", "startseite", "accueil", "inicio",
                         "portada", "voorpagina", "forside", "etusivu", "front page", "zur startseite",
                         "ana sayfa", "logo"})


def _page_types(data: Structured, md: Metadata) -> None:
    for node in data.top_nodes:
        md.page_types.update(type_names(node))
    og_type = data.first("og:type")
    if og_type:
        md.page_types.add(og_type.lower())


def _canonical_url(data: Structured, url: str, md: Metadata) -> None:
    if data.canonical:
        md.canonical_url, md.provenance["canonical_url"] = _abs(url, data.canonical), "html"
    elif data.first("og:url"):
        md.canonical_url, md.provenance["canonical_url"] = _abs(url, data.first("og:url")), "opengraph"


def _language(data: Structured, md: Metadata) -> None:
    for value, source in ((data.html_lang, "html"), (data.first("http-equiv:content-language",
                          "content-language", "language", "dc.language"), "meta"),
                          (data.first("og:locale"), "opengraph"),
                          (as_text(first_node_value(data, "inLanguage")), "json-ld")):
        lang = normalise_language(value)
        if lang:
            md.language, md.provenance["language"] = lang, source
            return
    for code, letters in ONE_LANGUAGE_SCRIPTS:
        if len(letters.findall(data.title_tag or "")) >= _SCRIPT_LETTERS:
            # Thai, Lao and Khmer scripts each write their language alone: an undeclared page
            # titled in one is in that language, which its dates need (a numeric date's year is
            # the Buddhist era's on a Thai, Lao or Khmer page only)
            md.language, md.provenance["language"] = code, "script"
            return


# Country domains whose English-language press writes numeric dates day first ("6/1/2026"
# is 6 January): the United Kingdom, Ireland, Australia, New Zealand, India, South
# Africa, Singapore, Malaysia, Hong Kong, Pakistan, Bangladesh, Sri Lanka, Nigeria,
# Kenya, Ghana, Malta, Cyprus. Not the United States' or the Philippines' (month first),
# nor Canada's (both).
_DAY_FIRST_ENGLISH = frozenset({"uk", "ie", "au", "nz", "in", "za", "sg", "my", "hk", "pk", "bd", "lk",
                                "ng", "ke", "gh", "mt", "cy"})


def date_language(language: str | None, host: str) -> str | None:
    """The language a page's printed dates are read in: ``language``, but "en-GB"
    (day first) for a bare "en" on a day-first country's domain.

    >>> date_language("en", "www.mirror.co.uk"), date_language("en", "www.nytimes.com"), date_language("de", "x.uk")
    ('en-GB', 'en', 'de')
    """
    if language is not None and language.lower() == "en" and host.rsplit(".", 1)[-1].lower() in _DAY_FIRST_ENGLISH:
        return "en-GB"
    return language


# A slashed numeric date, day and month in either order ("22/11/2003", "5/3/06").
_SLASHED_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/(?:\d{4}|\d{2})(?![\d/])")
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
# An English date written out day first ("5 Mar 2006", "Tuesday 3 March 2026") or
# month first ("March 5, 2006").
_WRITTEN_DAY_FIRST = re.compile(r"(?<!\d)\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH + r",?\s+(?:19|20)\d\d(?!\d)", re.I)
_WRITTEN_MONTH_FIRST = re.compile(r"(?<![a-z])" + _MONTH + r"\s+\d{1,2}(?:st|nd|rd|th)?,\s*(?:19|20)\d\d(?!\d)", re.I)
_ORDER_CHARS = 50_000  # the page's text read for its dates' order
_BESIDE_DATES = BESIDE | {"footer"}


def day_first_english(reading: str | None, doc: Any) -> bool:
    """Whether a page read as English of no region (``reading`` "en", or None: no
    language declared or found) writes its dates day first: one of its slashed
    dates reads only so ("22/11/2003": no 22nd month) or it writes a date out day
    first ("5 Mar 2006"), and none of its dates is month first ("11/22/2003",
    "March 5, 2006"), read where the page dates itself (:func:`_own_dates_text`: its
    bylines, datelines, <time> elements and date <meta>, not its story's paragraphs).
    A site prints every date one way, so its ambiguous
    "02/11/2003" (the byline's) is 2 November too:
    a British, Irish or Australian page that declares no "en-GB" and sits on no
    country's domain (a ".com", an old site with no metadata at all).

    >>> from lxml import html
    >>> day_first_english("en", html.fromstring("<p>Filed 02/11/2003</p><p>Comment 22/11/2003</p>"))
    True
    >>> day_first_english(None, html.fromstring("<p>5 Mar 2006</p><p>Filed 02/11/2003</p>"))
    True
    >>> day_first_english("en", html.fromstring("<p>02/11/2003</p><p>11/22/2003</p>"))
    False
    >>> day_first_english("en", html.fromstring("<p>5 Mar 2006</p><p>March 5, 2006</p>"))
    False
    >>> day_first_english("de", html.fromstring("<p>22/11/2003</p>"))
    False
    """
    if reading is not None and reading.casefold() != "en":
        return False
    metas = _date_meta_values(doc)
    if not any(_SLASHED_DATE.search(value) for value in metas) and not _prints_slashed_date(doc):
        return False  # (no slashed date anywhere in the page: its own dates' text has none either)
    text = _own_dates_text(doc, metas)
    slashed = [(int(m.group(1)), int(m.group(2))) for m in _SLASHED_DATE.finditer(text)]
    if not slashed:
        return False  # no numeric date to read either way
    day_first = any(12 < first <= 31 and 1 <= second <= 12 for first, second in slashed)
    month_first = any(12 < second <= 31 and 1 <= first <= 12 for first, second in slashed)
    if month_first or _WRITTEN_MONTH_FIRST.search(text):
        return False
    return day_first or bool(_WRITTEN_DAY_FIRST.search(text))


# A numeric date written day first in every language: dotted ("01.11.2023", "1. 11. 2023").
_DOTTED_DATE = re.compile(r"(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?![\d.])")


def fields_month_first(fields: list[str], printed: str) -> bool:
    """Whether date fields with a slashed numeric date that reads either way are
    written month first, by the page's own dates (``printed``: :func:`_own_dates_text`):
    one of its slashed dates reads only month first ("11/22/2003"), or it prints
    day first (dotted) or with the month's name the day a field's date names read
    month first ("11/01/2023" beside "01.11.2023", "12/03/1999" beside "3 de diciembre
    de 1999"), or a field gives it a 12-hour time ("12/03/1999 10:42:00 AM", a US
    server's default: day-first locales write 24-hour times). Without such evidence
    the page's language decides.

    >>> fields_month_first(["11/01/2023 12:43:42"], "Erstellt am: 01.11.2023")
    True
    >>> fields_month_first(["12/03/1999"], "Publicado em 12.03.1999"), fields_month_first(["12/03/1999"], "")
    (False, False)
    >>> fields_month_first(["12/03/1999"], "Comentado 11/22/2003")
    True
    >>> fields_month_first(["12/03/1999"], "3. Dezember 1999"), fields_month_first(["12/03/1999"], "12. März 1999")
    (True, False)
    >>> fields_month_first(["12/03/1999 10:42:00 AM"], ""), fields_month_first(["12/03/1999 10:42:00"], "")
    (True, False)
    """
    slashed = [(int(m.group(1)), int(m.group(2))) for m in _SLASHED_DATE.finditer(printed)]
    if any(12 < second <= 31 and 1 <= first <= 12 for first, second in slashed):
        return True
    shown = {(int(m.group(3)), int(m.group(2)), int(m.group(1))) for m in _DOTTED_DATE.finditer(printed)}
    shown |= named_month_days(printed)
    for value in fields:
        for m in _FIELD_DATE.finditer(value[:_META_CHARS]):
            first, second = int(m.group(1)), int(m.group(2))
            if first != second and ((int(m.group(3)), first, second) in shown or m.group(4)):
                return True
    return False


# A field's slashed date, and a 12-hour time after it ("3/12/2024 10:42:00 AM", .NET's
# US default): day-first locales write their times 24-hour.
_FIELD_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)(?![\d/])"
                         r"(\s+\d{1,2}:\d\d(?::\d\d)?\s?[AaPp]\.?[Mm]\b)?")


def _date_meta_values(doc: Any) -> list[str]:
    """The values of the page's date <meta> elements (the first ``_META_SCAN``), each
    its first ``_META_CHARS`` characters."""
    return [value for meta in itertools.islice(doc.iter("meta"), _META_SCAN)
            if "date" in (meta.get("name") or meta.get("property") or meta.get("itemprop") or "").lower()
            and (value := (meta.get("content") or "")[:_META_CHARS])]


# The page's text nodes with a slash, but a script's or a style's own text.
_SLASHED_TEXTS = etree.XPath("/descendant::text()[contains(., '/')][not(parent::script or parent::style)]", smart_strings=False)


def _prints_slashed_date(doc: Any) -> bool:
    """Whether a text node of the page holds a slashed date (:data:`_SLASHED_DATE`):
    each piece :func:`_own_dates_text` joins is one stripped, and a date is digits
    and slashes, so the space joining two pieces starts or ends no date. One XPath
    in libxml2 instead of the walk of the page's text, on the many pages that print
    none (a script's text is no piece, and holds the dates of its addresses)."""
    return any(_SLASHED_DATE.search(text) for text in _SLASHED_TEXTS(doc))


def _own_dates_text(doc: Any, metas: list[str] | None = None) -> str:
    """The page's text where it dates itself, its first ``_ORDER_CHARS`` characters:
    its date <meta> values (``metas``, when the caller has them: :func:`_date_meta_values`),
    then its text outside a comment thread, a related list or
    a widget, an aside, a menu or a footer outside the story (:func:`owned_text_pieces`:
    a US page's reader writes "22/11/2003" in a comment, its footer "Updated 5 Mar
    2006"), and there its dating places (:func:`_dating_place`), not the story's
    paragraphs: a US story telling of "the ruling of 22/11/2003" in London, or
    quoting "5 March 2006", still writes its own dates month first."""
    pieces = list(metas) if metas is not None else _date_meta_values(doc)
    size = sum(len(piece) + 1 for piece in pieces)
    paragraphs: dict[Any, bool] = {}
    for owner, piece in owned_text_pieces(doc, _BESIDE_DATES):
        if size >= _ORDER_CHARS:
            break
        if _dating_place(owner, piece, paragraphs):
            pieces.append(piece)
            size += len(piece) + 1
    return " ".join(pieces)


_META_SCAN = 200   # <meta> elements read for a date's
_META_CHARS = 100  # characters of a <meta> value read
# An element's class or id marking where a page dates itself: a byline, a dateline,
# a meta row, a stamp.
_DATING_MARK = Caseless(r"date|time|publish|posted|datum|fecha|meta|byline|dateline|stamp|author|info")
_PROSE_TAGS = ("p", "blockquote")


def _dating_place(owner: Any, piece: str, paragraphs: dict[Any, bool]) -> bool:
    """Whether a text ``piece`` printed in ``owner`` is where the page dates itself: in
    a <time> element, or a short piece (a line of :data:`LONG_PARAGRAPH` characters
    at most) outside a paragraph of the story's (a <p> or a quote of as many
    characters or more, not marked as a byline's or a date's: :data:`_DATING_MARK`).
    ``paragraphs`` keeps each paragraph's answer."""
    if owner.tag == "time" or next(owner.iterancestors("time"), None) is not None:
        return True
    if len(piece) >= LONG_PARAGRAPH:
        return False
    block = owner if owner.tag in _PROSE_TAGS else next(owner.iterancestors(*_PROSE_TAGS), None)
    if block is None:
        return True
    if block not in paragraphs:
        paragraphs[block] = bool(_DATING_MARK.search(attrs_of(block))) or not longer_than(block, LONG_PARAGRAPH - 1)
    return paragraphs[block]


_SCRIPT_LETTERS = 3  # a title's characters of the script that say the page's language (not one quoted word's)


def _description(src: _Sources, md: Metadata) -> None:
    data, art, head = src.data, src.data.article, src.head
    for get, source in ((lambda: as_text(art.get("description")) if art else None, "json-ld"),
                        (lambda: data.first("og:description"), "opengraph"),
                        (lambda: data.first("description", "twitter:description"), "meta"),
                        (lambda: microdata_text(data, "description"), "microdata"),
                        (lambda: head.dek if head is not None else None, "heuristic")):
        value = get()
        if value:
            md.description, md.provenance["description"] = value, source
            break


_WRITTEN_BY = ("written by", "verfasst von", "geschrieben von", "écrit par", "escrito por", "author")


def _authors(src: _Sources, md: Metadata) -> None:
    """Structured sources first; a byline naming people beats a structured value
    that only names the publisher (or an organisation), kept as the last resort."""
    prov, data, head = md.provenance, src.data, src.head
    authors, source, weak = _structured_authors(src)
    if not authors:
        written = twitter_labelled(data, _WRITTEN_BY)
        authors, source = (clean_author_list(written) if written else []), "meta"
    if not authors and data.itemprop("author"):
        # (the site's own name after the writer's, "Doug Stanglin, USA TODAY", is no co-author)
        authors, source = _without_site(microdata_authors(data.itemprop("author")), src.site_keys), "microdata"
    if not authors and (linked := _author_page_names(src)):
        authors, source = linked, "opengraph"  # article:author's writer's page, linked under the writer's name
    if not authors and (coins := data.coins()) is not None and coins.authors:
        authors, source = clean_author_list(coins.authors), "coins"  # a citation plugin's, weak
    if not authors and _head_authors(src) and not (weak is not None and head is not None and head.byline_aside):
        authors, source = _byline_authors(src, _header_names(src)), "heuristic"
        if authors and all(_login_name(a) for a in authors):  # "Gespeichert von admin": the CMS account
            # a credit in the story names the writer: a by-line, or a labelled one ("Autor: Jane Doe | 07.07.2019";
            # not any author mark: a blog's author card prints the account's display name)
            authors = closing_byline(src.headline) or [n for n in labelled_authors(src.page.doc, src.headline)
                                                       if not _login_name(n)] or authors
    if authors and head is not None and EDITOR_LABEL.match(head.byline_raw or ""):
        authors = wire_source(src.page.doc, src.headline) or authors  # "责任编辑：" yields to "来源：新华社"
    if not authors:  # author links and classes: an organisation credit yields to a full name only
        marked = _marked(src)
        if weak is None or any(len(name.split()) >= 2 for name in marked):
            authors, source = _byline_authors(src, marked), "heuristic"
    if not authors:  # a by-line closing the story, the story's <address>
        authors, source = closing_byline(src.headline) or closing_line_credit(src.headline) \
            or address_names(src.headline, partial(_named_elsewhere, src)) or wire_opening_credit(src.headline), "heuristic"
    if not authors:
        authors, source = _wire_or_lead_credit(src, weak), "heuristic"
    if not authors and weak is None:  # the post's author replying in its comments
        authors, source = post_author_reply(src.page.doc), "heuristic"
    if not authors and src.headline is None:  # no headline element: a byline line over the text
        authors, source = lead_byline(src.page.doc), "heuristic"
        md.authors_over_text = bool(authors)
    authors, source = _person_over_account(src, *_wire_over_desk(src, authors, source, md.language))
    if (not authors or _site_over_desk(src, authors, weak)) and weak is not None:
        authors, source = weak
    if source != "heuristic" and any(" " not in a for a in authors):
        authors = _as_displayed(src, authors)
    if source in ("meta", "microdata") or (source == "json-ld" and authors
                                           and all(a.casefold() in _CMS_ACCOUNTS for a in authors)):
        authors, source = _shown_over(src, authors, source)
    if source in ("json-ld", "meta") and authors:
        authors = _coauthors_shown(src, authors)
        if (source == "json-ld" and len(authors) == 1 and (shown := _head_authors(src)) and letters_key(authors[0]) not in map(letters_key, shown)
                and _editor_credited(src.page.doc, authors[0])):
            authors, source = _byline_authors(src, shown), "heuristic"  # the JSON-LD names the editor
    if source == "heuristic" and authors and data.article is None:  # a live blog's later writers
        authors = live_entry_writers(src.page.doc, src.page.url, authors) or authors
    authors, source = _reporters_over(src, authors, source)
    if authors:
        prov["authors"] = source
    md.authors = dedupe_names(authors)
    if head is not None and head.byline_raw:
        prov["byline_raw"] = head.byline_raw


def _wire_or_lead_credit(src: _Sources, weak: tuple[list[str], str] | None) -> list[str]:
    """Where no writer was found: a source line's wire ("Quelle: dpa", "Sursa: Agerpres") where no
    author is declared, or the wire's own mark closing the text ("/ritzau/"), or an old layout's
    bold line of names over the text; one signing the text's end ("(APA, 14.1.2024)") over a
    declared site's or desk's name (alone, "(dpa)" may be no writer's credit)."""
    if weak is not None:
        return closing_wire(src.headline)
    return source_agency(src.headline) or closing_wire(src.headline, slashed=True) or lead_bold_names(src.headline)


def _reporters_over(src: _Sources, authors: list[str], source: str) -> tuple[list[str], str]:
    """The reporters an Indonesian opening credit line names ("Laporan Wartawan Tribunnews.com,
    Jane Doe dan John Roe") where the writers found are among them, or none was found: the
    header's "Penulis: Jane Doe" names the one who filed the story, the line all who reported it."""
    reporters = report_line_credit(src.headline)
    if reporters and {letters_key(a) for a in authors} <= {letters_key(r) for r in reporters}:
        return reporters, "heuristic"
    return authors, source


def _site_over_desk(src: _Sources, authors: list[str], weak: tuple[list[str], str] | None) -> bool:
    """Whether the names found on the page are only the site's where the structured data names
    its desk ("Polizeiticker Schweiz" shown, "Redaktion Polizeiticker Schweiz" in the JSON-LD):
    the desk's credit says more and stays."""
    return (weak is not None and bool(weak[0]) and all(desk_credit(w) for w in weak[0])
            and all(is_site_name(a, src.site_keys) for a in authors))


def _wire_over_desk(src: _Sources, authors: list[str], source: str, language: str | None) -> tuple[list[str], str]:
    """A desk's credit alone ("Newsroom", "Redaktion") yields to the writer a credit set off
    over the text names ("<p><strong>By JANE DOE</strong></p>": :func:`.closing_credits.set_off_credit`;
    Irish "Le" on a page in Irish, ``language``), or to the news agency a source line of the story
    names ("Πηγή: ΑΠΕ-ΜΠΕ", "Quelle: dpa"): the wire's story, rewritten."""
    if len(authors) == 1 and desk_alone(authors[0]):
        if writers := set_off_credit(src.headline, (language or "").casefold().startswith("ga")):
            return writers, "heuristic"
        if wire := source_agency(src.headline):
            return wire, "heuristic"
    return authors, source


def _person_over_account(src: _Sources, authors: list[str], source: str) -> tuple[list[str], str]:
    """A person credited over the text beats a credit naming only the site, a CMS
    account or a wire account."""
    if authors and all(is_site_name(a, src.site_keys) for a in authors) and (lead := lead_credit(src.headline)):
        return lead, "heuristic"  # "<p><b>Jane Doe</b></p>" over the text, not the site's name
    if authors and not any(_person_name(a) for a in authors) and (lead := lead_credit(src.headline, True)) \
            and _account_names(src, authors):
        authors, source = lead, "heuristic"  # the admin account's "Ilanga D", a credit "<b>MTHOBISI SITHOLE</b>"
    if authors and all(_wire_account(a) for a in authors) and (lead := opening_byline(src.headline, _wire_account)):
        authors, source = lead, "heuristic"  # "By: CNN Wire" over "<div>By Jane Doe</div>" opening the text
    return authors, source


# The accounts CMSs create at installation, which SEO plugins print as the
# JSON-LD author when the post was filed under them (WordPress's "admin",
# Joomla's "Super User", Drupal's "admin"): no writer; a byline on the page wins.
_CMS_ACCOUNTS = frozenset(["admin", "administrator", "webmaster", "super user", "root", "siteadmin"])


_MAX_ACCOUNT_LINKS = 60
_AUTHOR_PAGE_LINKS = "/descendant::a[contains(@href, '/aut')]"


_MAX_AUTHOR_PAGES = 4
_MAX_PAGE_LINKS = 3_000


def _author_page_names(src: _Sources) -> list[str]:
    """The writers an ``article:author`` meta names by the address of their page on
    the site ("https://www.slate.fr/source/titiou-lecoq", as Open Graph defines the
    property: profile URLs), each read from a link of the page to that address whose
    text is one name spelling the address's last part ("<a href=/source/titiou-lecoq
    rel=author>Titiou Lecoq</a>" in the author box beside or after the story)."""
    wanted: dict[tuple[str, str], str] = {}
    for value in src.data.meta.get("article:author", ())[:_MAX_AUTHOR_PAGES]:
        parts = urlsplit(value or "")
        slug = parts.path.rstrip("/").rsplit("/", 1)[-1]
        if parts.scheme in ("http", "https") and len(letters_key(slug)) >= 4:
            wanted[(parts.netloc.removeprefix("www."), parts.path.rstrip("/"))] = letters_key(slug)
    found: dict[str, str] = {}
    for link in itertools.islice(src.page.doc.iter("a") if wanted else (), _MAX_PAGE_LINKS):
        target = urlsplit(urljoin(src.page.url, link.get("href") or ""))
        key = wanted.get((target.netloc.removeprefix("www."), target.path.rstrip("/")))
        if key is not None and key not in found and len(got := clean_byline(text_of(link, 120, " "))) == 1 \
                and letters_key(got[0]) == key:
            found[key] = got[0]
    return [found[k] for k in wanted.values() if k in found]


def _wire_account(name: str) -> bool:
    """A wire's account as a syndicating station's byline field prints it: a news agency
    ("AP", "Reuters") or a wire's name ("CNN Wire", "AP Wires", "CNN Newsource")."""
    folded = name.casefold()
    return folded in WIRES or folded.rsplit(" ", 1)[-1] in ("wire", "wires", "newsource")


def _person_name(name: str) -> bool:
    """Whether ``name`` reads as a person's full name ("Sarah Miller"): two words
    or more, each capitalised and longer than an initial. An account's display
    name that is one ("the site owner filed under admin") is kept; a login, an
    initial's ("Ilanga D") or a one-word name may yield to a credit."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and len(w.rstrip(".")) >= 2 for w in words)


def _account_names(src: _Sources, names: list[str]) -> bool:
    """Whether every name is the text of a link to a CMS account's author page
    ("<a href=/author/admin/>Ilanga D</a>": WordPress prints the display name of
    the account the post was filed under, the site's own installation account):
    a bold credit over the text ("<p><b>Jane Doe</b></p>") names the writer then."""
    shown: set[str] = set()
    for link in itertools.islice(src.page.doc.xpath(_AUTHOR_PAGE_LINKS), _MAX_ACCOUNT_LINKS):
        path = urlsplit((link.get("href") or "").strip()).path.rstrip("/").casefold()
        head, _, slug = path.rpartition("/")
        if slug in _CMS_ACCOUNTS and head.endswith(("/author", "/autor", "/auteur")):
            shown.add(text_of(link, 120, " ").strip().casefold())
    return bool(shown) and all(name.casefold() in shown for name in names)


def _login_name(name: str) -> bool:
    """A CMS account's login as a theme prints it ("admin", "human", "redaktion"):
    one word, no capital letter, in a script that has capitals (a Chinese or an Arabic
    name, "孙国华", is in none: no sign of a login).

    >>> _login_name("human"), _login_name("Henry"), _login_name("jane doe"), _login_name("孙国华")
    (True, False, False, False)
    """
    return " " not in name and name == name.lower() and name != name.upper()


def _structured_authors(src: _Sources) -> tuple[list[str], str, tuple[list[str], str] | None]:
    """Authors from JSON-LD, then author metas, with their source; and the first
    value found that only names the site or an organisation (``weak``)."""
    data, keys = src.data, src.site_keys
    weak: tuple[list[str], str] | None = None
    found, orgs_only = jsonld_authors(data, data.article)
    found = _without_site_tail(found, src)
    if found:
        if orgs_only or all(is_site_name(a, keys) or desk_credit(a) or desk_alone(a) for a in found):
            weak = (found, "json-ld")  # (a desk, "Redaktion Sport", gives way to a printed byline too)
        else:
            return _without_site(found, keys, src), "json-ld", weak
    for name in _AUTHOR_META:
        values = [v for v in data.meta.get(name, ()) if v and "://" not in v]
        if name in _DC_CREATOR:
            printed = _printed_on(src)  # (the page's text joined once, not once per creator)
            values = [uninverted(v, printed) if n < _MAX_DC_CREATORS else v for n, v in enumerate(values)]
        found = _without_site_tail(clean_author_list(values), src)
        if name in _DC_CREATOR:  # the publishing body (:func:`.authors.is_organisation_name`): no writer at all
            found = [a for a in found if not is_organisation_name(a)]
        if len(found) > 1:
            found = _without_shoot_credits(found, src)
        if found:
            source = "opengraph" if name.startswith("article:") else "meta"
            # "Example News (www.example.com)": the publisher crediting itself
            if (all(is_site_name(a, keys) or desk_alone(a) for a in found) or _names_host(values, src.page.host)
                    or _names_dc_publisher(found, data) or _title_suffix_names(found, data.title_tag)):
                weak = weak or (found, source)
                continue
            return _without_site(found, keys), source, weak
    return [], "", weak


# Dublin Core's creator element, which catalogues (and the CMS plugins that copy
# them) write as a personal name inverted: "Gillman, Steve".
_DC_CREATOR = ("dc.creator", "dcterms.creator")
_INVERTED = re.compile(r"^\s*([^\W\d_][\w'’-]+)\s*,\s*([^\W\d_][\w'’.-]*)\s*$")


def uninverted(value: str, printed: Callable[[str], bool]) -> str:
    """A Dublin Core creator written surname first, "Surname, Given", in reading
    order; anything else as it is (two people, "Jane Doe, John Roe", or a name and
    a role, "Doe, Reporter"): only when the part after the comma is one given name,
    the part before is not, and the page prints the name in reading order
    (``printed``): "Reuters, London" is an agency and its city, no "London Reuters".

    >>> shown = "By Steve Gillman".__contains__
    >>> uninverted("Gillman, Steve", shown), uninverted("Jane Doe, John Roe", shown)
    ('Steve Gillman', 'Jane Doe, John Roe')
    >>> uninverted("Doe, Reporter", shown), uninverted("Steve, Jane", shown), uninverted("Reuters, London", shown)
    ('Doe, Reporter', 'Steve, Jane', 'Reuters, London')
    """
    m = _INVERTED.match(value)
    if m and is_given_name(m.group(2)) and not is_given_name(m.group(1)):
        name = f"{m.group(2)} {m.group(1)}"
        return name if printed(name) else value
    return value


# Creators turned round, at most: a catalogue record credits a handful of people; a
# page of a thousand creator metas cost a second per 200 of them when each joined the
# page's text anew.
_MAX_DC_CREATORS = 20


# The roles a photo shoot's credits name beside the writer ("Photographed by X;
# Modeled by Y at Z Models; Styled by W; Hair by V; Makeup by U; Nails by T"):
# fashion and beauty CMSs list the whole shoot in their author meta
# (``sailthru.author``), the writer first.
_SHOOT_ROLE = re.compile(
    r"(?:photographed|photography|photos?|modell?ed|styled|styling|hair|make-?up|nails|grooming|"
    r"prop styling|set design|casting)\s+by\s*:?\s*$", re.IGNORECASE)


def _without_shoot_credits(names: list[str], src: _Sources) -> list[str]:
    """A meta's list of names without those the page prints only after a photo
    shoot's role ("Photographed by X", "Hair by Y"): the shoot's crew, not the
    story's writers. The first name (the writer's place) always stays."""
    text = " ".join(" ".join(src.page.doc.itertext()).split())
    kept = names[:1]
    for name in names[1:]:
        starts = [m.start() for m in re.finditer(re.escape(name), text)]
        if not starts or not all(_SHOOT_ROLE.search(text[max(0, i - 30):i]) for i in starts):
            kept.append(name)
    return kept


def _printed_on(src: _Sources) -> Callable[[str], bool]:
    """Whether the page's text prints a name (whitespace collapsed); the text is
    joined on the first question only."""
    text: list[str] = []

    def printed(name: str) -> bool:
        if not text:
            text.append(" ".join(" ".join(src.page.doc.itertext()).split()))
        return name in text[0]
    return printed


# Dublin Core's publisher element: by its definition the entity that makes the
# resource available, the publishing house ("Ediciones El País"), which older news
# CMSs print as the page's meta author too.
_DC_PUBLISHER = ("dc.publisher", "dcterms.publisher")


def _names_dc_publisher(names: list[str], data: Structured) -> bool:
    """Every meta author is the page's Dublin Core publisher: the publishing house
    credited, no writer (a byline naming people wins; kept as the last resort)."""
    publishers = {loose_key(v) for name in _DC_PUBLISHER for v in data.meta.get(name, ()) if v}
    publishers.discard("")
    return bool(publishers) and all(loose_key(n) in publishers for n in names)


# A dash with spaces round it ("Jane Doe - Stadtblatt"); a double name's hyphen
# ("Müller-Lüdenscheidt") has none.
_SPACED_DASH = re.compile(r"\s[-–—]\s")
_HOST_NOISE = frozenset(["www", "m", "amp", "co", "com", "org", "net", "gov", "ac", "edu"])


_TITLE_SEPARATOR = re.compile(r"\s(?:[|–—:·•]|-|::)\s")


def _title_suffix_names(names: list[str], title_tag: str | None) -> bool:
    """Whether the one author a meta names is the ``<title>``'s last part, after a
    separator ("Stadtrat tagt | Limmattaler Zeitung" and ``meta name=author`` "Limmattaler
    Zeitung"): the site's name, as a CMS fills the author meta of a story no one signed.

    >>> _title_suffix_names(["Limmattaler Zeitung"], "Stadtrat tagt | Limmattaler Zeitung")
    True
    >>> _title_suffix_names(["Jane Doe"], "Stadtrat tagt | Limmattaler Zeitung"), _title_suffix_names(["Jane Doe"], "Jane Doe")
    (False, False)
    """
    if len(names) != 1 or not title_tag:
        return False
    parts = _TITLE_SEPARATOR.split(title_tag)
    return len(parts) > 1 and loose_key(parts[-1]) == loose_key(names[0]) != ""


def _without_site_tail(names: list[str], src: _Sources) -> list[str]:
    """Structured names with the site's name after a spaced dash cut off ("Jane Doe -
    Stadtblatt" -> "Jane Doe"): only when the part after the dash is the site's name
    (og:site_name, or the host name's main label, compared without case and spaces)
    and the part before it a name of two words or more. "Stadtblatt Online - Jane
    Doe", "Redaktion Politik - Jane Doe" stay as they are.

    >>> _fold_site("Stadt Blatt"), _host_label("www.stadtblatt.co.uk")
    ('stadtblatt', 'stadtblatt')
    """
    site = {_fold_site(src.data.first("og:site_name") or ""), _host_label(src.page.host)} - {""}
    out = []
    for name in names:
        parts = _SPACED_DASH.split(name, maxsplit=1)
        head = parts[0].strip()
        if len(parts) == 2 and _fold_site(parts[1]) in site and len(head.split()) >= 2 and clean_name(head) == head:
            name = head
        out.append(name)
    return out


def _fold_site(name: str) -> str:
    return "".join(name.split()).casefold()


def _host_label(host: str | None) -> str:
    """The host name's main label ("www.stadtblatt.co.uk" -> "stadtblatt")."""
    labels = [label for label in (host or "").lower().split(".")[:-1] if label not in _HOST_NOISE]
    return labels[-1] if labels else ""


def _without_site(names: list[str], keys: set[str], src: _Sources | None = None) -> list[str]:
    """A structured author list without the site's own name beside its writers
    ("Jane Doe", "Example.com"): the publisher credited as if a co-author. With
    ``src`` (a JSON-LD list), a Person is kept unless it is og:site_name or the
    publisher's name exactly: "Jane Doe" writes on janedoe.substack.com."""
    people: set[str] = set()
    declared: set[str] = set()
    if src is not None:
        people = _jsonld_people(src.data)
        declared = {letters_key(n) for n in site_names(src.data)}

    def site(name: str) -> bool:
        key = letters_key(name)
        return is_site_name(name, keys) and (key not in people or key in declared)
    return [n for n in names if not site(n)] or names


def _jsonld_people(data: Structured) -> set[str]:
    """The letters keys of the article's JSON-LD authors typed Person."""
    raw = data.article.get("author") if data.article is not None else None
    found = set()
    for item in (raw if isinstance(raw, list) else [raw])[:40]:
        item = data.resolve(item)
        if isinstance(item, dict) and "person" in type_names(item) and (name := as_text(item.get("name"))):
            found.add(letters_key(name))
    return found


def _names_host(values: list[str], host: str | None) -> bool:
    """Every value prints the page's own domain ("Deutsche Welle (www.dw.com)"),
    as whole labels: "ft.com" is not in "Jane Doe (microsoft.com)".

    >>> _names_host(["Deutsche Welle (www.dw.com)"], "www.dw.com"), _names_host(["A (microsoft.com)"], "ft.com")
    (True, False)
    """
    domain = (host or "").lower().removeprefix("www.")
    if "." not in domain:
        return False
    printed = re.compile(r"(?<![\w.-])(?:[\w-]+\.)*" + re.escape(domain) + r"(?![\w-]|\.[\w-])")
    return all(printed.search(v[:1_000].lower()) for v in values)


def _shown_over(src: _Sources, names: list[str], source: str) -> tuple[list[str], str]:
    """A meta author is often the CMS account that uploaded the page, and an
    itemprop=author may belong to another item on it (a reviewed book, a
    comment): where the story's own author markup or its header byline names
    someone else, the page as shown wins (on a page with no headline found, the
    author markup in an <article> / <main> or above the first paragraph: an old
    theme's "Erstellt von <a href=/author/x>" over the post)."""
    head = src.head
    # a header byline opened by a by-word or label ("By X", "Autor: X"); one read
    # from an author class alone may be a teaser's below the story
    printed = head is not None and bool(head.byline_raw) and not head.byline_aside and (
        source == "microdata" or looks_like_byline(head.byline_raw or ""))
    shown = _head_authors(src) if printed else []
    shown = shown or _marked_in_story(src)
    if not shown and src.headline is None:
        shown = lead_marks(src.page.doc)
    given = [letters_key(n) for n in names]
    if source == "microdata" and shown and _logins_of(src, shown) and all(_person_name(n) for n in names):
        return names, source  # the author element's login ("ksolberg (Kari Solberg)"), read as the byline
    if shown and not any(k.startswith(g) or g.startswith(k) for k in map(letters_key, shown) for g in given):
        return _byline_authors(src, shown), "heuristic"
    return names, source


# An editor's credit printed before a name ("Editor : <a>Heryadi</a>", "Edited by X"):
# English, Spanish and Portuguese, Indonesian "Penyunting". Not German "Redakteur"
# (a journalist's title, the writer's own credit).
_EDITOR_LABEL = re.compile(r"(?:^|[\s|·•,;(])(?i:editor|editora|edited\s+by|editado\s+por|penyunting)\s*[:：-]?\s*$")
_MAX_EDITOR_SCAN = 20_000


def _logins_of(src: _Sources, shown: list[str]) -> bool:
    """Whether every name shown is a login (:func:`_login_name`) that an ``itemprop=author``
    element opens with ("<span itemprop=author><a>ksolberg</a> (Kari Solberg)</span>"): the
    element's full name is the writer, its login only the account's."""
    opened = {text_of(el, 120, " ").split(" (")[0].strip() for el in src.data.itemprop("author")[:20]}
    return all(_login_name(n) and n in opened for n in shown)


def _editor_credited(doc: Any, name: str) -> bool:
    """Whether the page prints ``name`` as its editor's ("Editor : Heryadi" under
    the story): a newsroom CMS puts the editor who published the story in the
    JSON-LD author while the byline over the text names the reporter."""
    key = letters_key(name)
    for el in itertools.islice(doc.iter(), _MAX_EDITOR_SCAN):
        if not isinstance(el.tag, str) or not el.text or len(el.text) > 80 or letters_key(el.text) != key:
            continue
        prev, parent = el.getprevious(), el.getparent()
        if prev is not None:
            before = prev.tail if (prev.tail or "").strip() else text_of(prev, 80, " ")
        else:
            before = parent.text if parent is not None else ""
        if before and _EDITOR_LABEL.search(before[-80:]):
            return True
    return False


def _coauthors_shown(src: _Sources, names: list[str]) -> list[str]:
    """The header byline's names where the JSON-LD or ``<meta name=author>`` gives
    only one of them: Ghost's structured data names a post's primary author alone,
    and so do SEO plugins beside a co-authors plugin, Substack's author meta (and
    some newsroom CMSs name the last writer only). The byline must hold that name
    and each other name be a full name linking to its author page (not a place, a
    role or a desk), or the byline be the story's author markup naming them all, the
    structured names first ("<span class=author>A</span> <span class=author>B</span>",
    "<div class=detail__author>A, B, C - detikNews</div>": a portal's meta names the
    first writer only; "By A and B, with C" whose JSON-LD names A and B). A station
    or desk after the names ("ABC Far North", :func:`_acronym_led`) is none of them."""
    shown = [n for n in _head_authors(src) if not _acronym_led(n)]
    keys = [letters_key(n) for n in shown]
    given = [letters_key(n) for n in names]
    if len(jsonld_authors(src.data, src.data.article)[0]) > len(names):
        return names
    if not shown and len(names) == 1:
        return _linked_coauthors(src, names, shown, keys)
    if len(shown) <= len(names) or not set(given) <= set(keys):
        return names
    # (not a wire's desk left by the job's cut: "TOM KRISHER, AP Auto Writer" gives "AP Auto"; nor,
    # where the byline links some of its names to author pages, a name it does not link)
    if keys[:len(given)] == given and not any(_wire_desk(n) for n in shown[len(given):]) \
            and [letters_key(n) for n in _marked_in_story(src) if not _acronym_led(n)] == keys \
            and _links_all_or_none(src, keys) and not _other_job(src):
        return _byline_authors(src, shown)
    if len(names) > 1:
        return names
    return _linked_coauthors(src, names, shown, keys)


# A job beside a name that is no writer's (the photographer's, the editor's, the video's): a
# byline printing one ("Jane Doe, Mark Evans (photographer)") credits more than the writers, and
# the metadata naming fewer names them (Indonesian "fotografer", "penyunting", "redaktur").
_OTHER_JOB = re.compile(r"(?<![^\W\d_])(?:photograph(?:er|ers|y)?|photos?|pictures|images|fotos?|fotograf\w*|"
                        r"video|illustrat\w*|graphics|edit(?:or|ors|ed)|penyunting|redaktur)(?![^\W\d_])", re.I)
_MAX_BYLINE_RAW = 400


def _other_job(src: _Sources) -> bool:
    """Whether the header's byline prints a job that is no writer's (:data:`_OTHER_JOB`)."""
    raw = src.head.byline_raw if src.head is not None else None
    return bool(raw and _OTHER_JOB.search(raw[:_MAX_BYLINE_RAW]))


# The words after a wire's name that make it the wire's desk ("Reuters Staff", "Antara News")
_DESK_WORDS = frozenset(["news", "staff", "wire", "wires", "desk", "foto", "photo", "tv"])


def _wire_desk(name: str) -> bool:
    """Whether ``name`` is a wire's desk: a wire's initials first ("AP Auto" of "AP Auto Writer",
    "Ap National" as a byline in capitals is respelt), a wire's name alone or before a desk's word
    ("Antara News"); not a person given a wire's name ("Antara Sengupta": a Bengali given name).

    >>> _wire_desk("AP Auto"), _wire_desk("Ap Sports"), _wire_desk("Antara News"), _wire_desk("Antara Sengupta")
    (True, True, True, False)
    """
    words = name.split()
    return bool(words) and words[0].casefold() in WIRES and (
        words[0].isupper() or len(words[0]) <= _INITIALS or len(words) == 1 or words[1].casefold() in _DESK_WORDS)


_INITIALS = 4  # letters of a wire's initials ("AP", "AFP", "IANS")


def _links_all_or_none(src: _Sources, keys: list[str]) -> bool:
    """Whether the page links every one of the byline's names (``keys``) to an author page, or none."""
    linked = _linked_keys(src)
    return all(k in linked for k in keys) or not any(k in linked for k in keys)


def _linked_keys(src: _Sources) -> set[str]:
    """The letters keys of the names the page links to author pages (a Greek byline links
    the names it prints in the genitive, "Της <a>Ελένης Τσακίρη</a>": their nominative too)."""
    links = author_link_names(src.page.doc)
    return {letters_key(n) for n in links} | {letters_key(g) for n in links if (g := read_as_genitive(n))}


def _linked_coauthors(src: _Sources, names: list[str], shown: list[str], keys: list[str]) -> list[str]:
    """The byline's names (else a labelled credit's: "Penulis <a href=/penulis/..>A, B</a>")
    where each beside the structured one is a full name linking to its author page."""
    if not shown:
        shown = labelled_authors(src.page.doc, src.headline)
        keys = [letters_key(n) for n in shown]
        if len(shown) < 2 or keys[0] != letters_key(names[0]):
            return names
    linked = _linked_keys(src)
    others = [n for n, k in zip(shown, keys, strict=True) if k != letters_key(names[0])]
    # a full name each: a desk's account ("Redaktion", "admin") links to an author page too
    if all(letters_key(n) in linked and len(n.split()) >= 2 for n in others):
        return _byline_authors(src, shown)
    return names


def _acronym_led(name: str) -> bool:
    """Whether ``name`` opens with an acronym of three capitals or more before words in
    mixed case: a broadcaster's station or desk printed after the writers ("ABC Far North",
    "BBC Sport", "CNN Wire"), no person (a byline in capitals, "KATE MURPHY", is all capitals).

    >>> _acronym_led("ABC Far North"), _acronym_led("KATE MURPHY"), _acronym_led("Kate Murphy")
    (True, False, False)
    """
    words = name.split()
    return (len(words) >= 2 and len(words[0]) >= 3 and words[0].isalpha() and words[0].isupper()
            and not all(w.isupper() for w in words))


def _as_displayed(src: _Sources, names: list[str]) -> list[str]:
    """Login names in the metadata ("gabor_munier") as the page prints them
    ("Gàbor Muniér"): a byline or author-link name with the same letters."""
    shown = _head_authors(src) or _marked(src)
    by_key = {letters_key(s): s for s in shown if " " in s}
    return [by_key.get(letters_key(n), n) if " " not in n else n for n in names]


def _header_names(src: _Sources) -> list[str]:
    """The header byline's names. A name read from a dateline alone, with no
    by-word ("01.11.2023 - Handel Example Praxis"), that holds the site's own
    name is a section label and the site, not a person."""
    head = src.head
    if head is None:
        return []
    raw = head.byline_raw or ""
    if raw and not looks_like_byline(raw) and dated_name(raw):
        return [a for a in _head_authors(src) if not is_site_name(a, src.site_keys, title_part=True)]
    return _head_authors(src)


def _head_authors(src: _Sources) -> list[str]:
    """The header byline's names; a name printed before a date with no by-word
    or author class ("Jane Doe | 05.04.2025") only when the page names the same
    person elsewhere: a place ("Los Angeles | May 3, 2024") or a section
    ("Lokales Stuttgart | 05.04.2025") prints so too."""
    head = src.head
    if head is None or not head.authors:
        return []
    raw = head.byline_raw or ""
    first = name_first(raw) or (head.name_alone and raw.startswith(head.authors[0]))  # or "Jane Doe 05.04.2025"
    if not head.byline_dated or _named_elsewhere(src, head.authors):
        return head.authors
    name = head.authors[0]
    if first:
        # a writer field of its own beside the date, marked as one ("<span class='author'>Jane Doe</span> |
        # <span>05.04.2025</span>"): a person's name (no place opener, no "City, Country") that is
        # not the page's section or a tag; unmarked, "Bad Homburg" or "Premier League" prints so too
        person = head.name_marked or (opens_with_given_name(name) and not _turkish_compound(src, name))
        # printed in one text with the date ("Jane Doe | 14.03.2023"), a known given name
        # first that is no city's name ("Paris Match", "Florence Italy" print so) nor a word
        # the page's text prints in lower case ("May Elections", "Summer Camp")
        given = name.split()[0]
        alone = head.name_alone or (opens_with_given_name(name) and not is_place(given)
                                    and not _common_word(src, given))
        if not (alone and person and plain_name(name)):
            return []
    elif names_a_body(name):  # "11.12.2019 - Austin FC": a club's, a place's or a body's name
        return []
    # unmarked, a franchise or a brand opening with a given name ("Charlotte Hornets", "Mercedes
    # Benz") prints so too: the page's label, or what its headline or its tag links are about
    if _page_label(src, name) or (not head.name_marked and _page_subject(src, name)):
        return []
    return head.authors


# An article before a name makes it a thing's, not a person's ("the Charlotte
# Hornets", "die Mercedes Benz"): in the languages whose papers write no article
# before a person's name.
_ARTICLE = r"(?<!\w)(?:the|The|die|Die|der|den|dem|des|les|Les|los|Los|las|Las|gli|Gli)\s+"
_TEXT_READ = 400  # text pieces of the page read for the name after an article


# The last word of a Turkish compound noun carries the possessive "-(s)ı / -(s)i / -(s)u /
# -(s)ü" ("Fırat Kalkanı" the Euphrates Shield, "Tuna Nehri" the Danube, "Bora Fırtınası",
# "Ufuk Turu"), and many Turkish given names are words ("Fırat", "Tuna", "Bora", "Ufuk"): a
# label so printed beside the date is no writer. Surnames end so after "l", "c", "ç" or "d"
# ("Karslı", "Avcı", "Demirci", "Topçu", "Aydoğdu"), in "-oğlu" or in "su" (water: "Karsu",
# "Akarsu"), which stay names.
_TURKISH_POSSESSIVE = re.compile(r"[bfgğhjkmnprsştvyz][ıiuü]$")
_TURKISH_SURNAME_ENDS = ("oğlu", "oglu", "su")
# (the letters only Turkish and Azerbaijani print: Romanian prints "ş" too, "Andrei Pleşu")
_TURKISH_LETTERS = re.compile(r"[ıİğĞ]")


def _turkish_compound(src: _Sources, name: str) -> bool:
    """Whether ``name``, on a Turkish page (or printed with Turkish letters), ends with a
    compound noun's possessive ("Fırat Kalkanı", "Tuna Nehri"), not a surname."""
    last = name.split()[-1].lower()
    if not _TURKISH_POSSESSIVE.search(last) or last.endswith(_TURKISH_SURNAME_ENDS):
        return False
    return (src.page.doc.get("lang") or "").lower().startswith("tr") or bool(_TURKISH_LETTERS.search(name))


def _common_word(src: _Sources, word: str) -> bool:
    """Whether the page's text prints ``word`` in lower case: a given name that is a
    common word of the page's language ("May", "Grace", "Summer", Turkish "Umut" hope)
    and opens a label as often as a name ("May Elections | 05.04.2025")."""
    body = src.page.doc.find("body")
    text = " ".join(itertools.islice(body.itertext(), _TEXT_READ)) if body is not None else ""
    lower = word.lower()
    return lower != word and re.search(r"(?<!\w)" + re.escape(lower) + r"(?!\w)", text) is not None


def _page_subject(src: _Sources, name: str) -> bool:
    """Whether ``name`` is what the page is about: its headline names it, not as its
    column's writer (:func:`_headline_credit`: "Anna Berg: Why I left") (or its
    last word, a plural nickname: "Hornets beat the Bulls"), the page's text prints it after an
    article ("the Charlotte Hornets"), or a link to a tag, topic, team or brand
    page prints it ("<a href='/tag/charlotte-hornets'>Charlotte Hornets</a>")."""
    headline = text_of(src.headline, 400, " ") if src.headline is not None else ""
    last = name.split()[-1]
    # (the last word alone only as a franchise's plural nickname: a surname that is a word,
    # "Mark Stone" under "Stone wall falls", "Emma Green" under "Green party wins", is the writer's)
    nickname = len(last) >= 4 and last.endswith("s") and not last.endswith("ss")
    if (name in headline and not _headline_credit(headline, name)) or (
            nickname and re.search(r"(?<!\w)" + re.escape(last) + r"(?!\w)", headline)):
        return True
    body = src.page.doc.find("body")
    text = " ".join(" ".join(itertools.islice(body.itertext(), _TEXT_READ)).split()) if body is not None else ""
    if re.search(_ARTICLE + re.escape(name) + r"(?!\w)", text):
        return True
    return letters_key(name) in label_link_names(src.page.doc)


# A headline that credits a column's writer: the name opening it before a colon or a
# dash ("Anna Berg: Why I left the council", "Anna Berg – Mein Jahr im Rat"), closing it
# after one ("Why I left the council | Anna Berg"), or after a by-word opening the
# headline or naming a column's genre ("Von Anna Berg: ...", "Eine Kolumne von Anna
# Berg", "A column by Anna Berg"). Not the name as the sentence's subject ("Mercedes
# Benz recalls ..."), nor after a by-word that is a sentence's "of" or "by" ("Rücktritt
# von Anna Berg", "Die Rede von Anna Berg im Wortlaut", "Meeting disrupted by Anna Berg").
_CREDIT_BEFORE = re.compile(r"^\s*[:|–—-]\s*\S")
_CREDIT_AFTER = re.compile(r"[:|–—-]\s*$")
# The genres a headline credits so, in the languages of the by-words: a column, an
# essay, a guest piece, a commentary, a review, a gloss, a text or a piece ("Ein Text von").
_COLUMN_WORDS = (r"columns?|essay|commentary|op-ed|opinion|review|letter|kolumne|gastbeitrag|gastkommentar|"
                 r"kommentar|glosse|analyse|rezension|kritik|text|beitrag|chronique|tribune|éditorial|billet|"
                 r"columna|tribuna|opinión|artículo|rubrica|editoriale|commento|commentaar|opinie|krönika|kronikk")
_CREDIT_BY = re.compile(r"^\s*(?:(?:(?:a|an|the|eine?|die|der|das|une?|la|le|el|il|una|het|en|ett)\s+)?"
                        r"(?:[^\W\d_]+\s+)?(?:" + _COLUMN_WORDS + r")\s+)?"
                        r"(?:by|von|par|por|di|door|av|af)\s*$", re.IGNORECASE)


# The quotation a news headline attributes to the person it names ('Olaf Scholz: "We
# will manage"', '„Wir schaffen das" – Olaf Scholz'): the speaker, the story's subject.
_QUOTE_MARKS = frozenset("\"'“”„‟«»‹›‘’‚「」『』")
_SEPARATORS = " :|–—-"


def _headline_credit(headline: str, name: str) -> bool:
    """Whether ``headline`` prints ``name`` as its column's writer (:data:`_CREDIT_BEFORE`),
    not as the speaker of a quotation beside it (:data:`_QUOTE_MARKS`)."""
    at = headline.find(name)
    before, after = headline[:at], headline[at + len(name):]
    if after.lstrip(_SEPARATORS)[:1] in _QUOTE_MARKS or before.rstrip(_SEPARATORS)[-1:] in _QUOTE_MARKS:
        return False
    by = _CREDIT_BY.match(before) is not None
    return ((not before.strip() and bool(_CREDIT_BEFORE.match(after)))
            or (not after.strip(" .") and (by or bool(_CREDIT_AFTER.search(before))))
            or (by and bool(_CREDIT_BEFORE.match(after))))


def _page_label(src: _Sources, name: str) -> bool:
    """``name`` is the page's section or one of its tags (a label, not a person)."""
    return letters_key(name) in src.labels


def _named_elsewhere(src: _Sources, names: list[str]) -> bool:
    """Every name is also given by the JSON-LD, an author meta, microdata or the
    page's author markup (an author class or a labelled credit in the story, a
    link to the person's author page anywhere: a sidebar's "About Jane Doe")."""
    data = src.data
    found = list(jsonld_authors(data, data.article)[0])
    for name in _AUTHOR_META:
        found.extend(clean_author_list([v for v in data.meta.get(name, ()) if v and "://" not in v]))
    if data.itemprop("author"):
        found.extend(microdata_authors(data.itemprop("author")))
    keys = {letters_key(n) for n in [*found, *_marked(src), *author_link_names(src.page.doc)]}
    return all(letters_key(n) in keys for n in names)


def _byline_authors(src: _Sources, authors: list[str]) -> list[str]:
    """The visible byline's names: a publisher credit beside people dropped, names
    printed in capitals spelt as elsewhere on the page."""
    if len(authors) > 1:  # "Jane Doe / SITE.COM", "Jane Doe, MDR THÜRINGEN": the publisher credit goes
        capitals = all(_in_capitals(a) for a in authors)  # "By JOE HARRINGTON and JANE DOE" on joe.ie
        authors = [a for a in authors if not _publisher_credit(a, src.site_keys, capitals)] or authors
        orgs = _hcard_orgs(src.page.doc)
        authors = [a for a in authors if a.casefold() not in orgs] or authors
    if any(_in_capitals(a) for a in authors):  # "By DENISE OKAFOR": as spelt elsewhere
        authors = _proper_case(src.page.doc, src.data, authors)
    return authors


# An element of class "org": the hCard microformat's organisation, beside its
# "fn" (the person): "<cite class="byline vcard">By <span class=fn>Jane Doe</span>
# | <span class="provider org">AP</span></cite>" credits the agency, not a writer.
_HCARD_ORG = "//*[contains(concat(' ', normalize-space(@class), ' '), ' org ')]"
_MAX_HCARD_ORGS = 20


def _hcard_orgs(doc: Any) -> frozenset[str]:
    """The case-folded texts of the page's hCard organisation elements."""
    return frozenset(" ".join(text_of(el, 120, " ").split()).casefold()
                     for el in itertools.islice(doc.xpath(_HCARD_ORG), _MAX_HCARD_ORGS))


def _publisher_credit(name: str, keys: set[str], all_capitals: bool = False) -> bool:
    """The site's name, or its brand in capitals opening a regional or desk
    credit ("MDR THÜRINGEN", "NDR Info" on mdr.de / ndr.de): a broadcaster
    credits its regional studio beside the writer; the brand in title case
    only with desk words after it ("Max News"). A short key (under four
    letters) counts as the first word only, and in capitals: "Max Müller" on
    max.de is a writer; so is "JOE HARRINGTON" on joe.ie in a byline printing
    every name in capitals (``all_capitals``: the case tells nothing there).

    >>> _publisher_credit("MDR THÜRINGEN", {"mdr"}), _publisher_credit("Mdra Smith", {"mdr"})
    (True, False)
    >>> _publisher_credit("Max Müller", {"max"}), _publisher_credit("JOE HARRINGTON", {"joe"}, True)
    (False, False)
    >>> _publisher_credit("Max News", {"max"}), _publisher_credit("Joe Harrington", {"joe"})
    (True, False)
    """
    if is_site_name(name, keys):
        return True
    words = name.split()
    if len(words) < 2 or loose_key(words[0]) not in keys:
        return False
    if not words[0].isupper():  # "Max News" on max.com: the brand and a desk word, no surname
        return all(w.casefold() in _BRAND_WORDS for w in words[1:])
    return not (all_capitals and _in_capitals(name))


# The words a site's brand takes for its news desk or edition ("Max News", "Joe
# Online", "Bild Digital"): never a surname of their own.
_BRAND_WORDS = frozenset(["news", "online", "info", "today", "digital", "live", "tv", "radio", "nachrichten",
                          "aktuell", "magazine", "magazin", "media", "daily", "newsroom", "staff", "team",
                          "redaktion"])


def _dates(src: _Sources, md: Metadata) -> None:
    """Structured sources first, then the page as printed."""
    data, art, head, prov = src.data, src.data.article, src.head, md.provenance
    lang = _field_language(src, md.date_language)  # a date field's "12/03/1999": day first?
    # a clip's or a review's node not naming the page gives way to the page's own
    # published time of the same strength (a video or review page names its node
    # loosely, "Watch: ...", "X review: ...": it stays the page's node otherwise)
    embedded = embedded_item(data) and any(normalise_date(data.first(name)) for name in _OWN_PUBLISHED_META)
    own, item = (None, art) if embedded else (art, None)

    def jsonld(key: str, node: dict[str, Any] | None = own) -> Callable[[], tuple[str | None, str]]:
        return lambda: (normalise_date(as_text(node.get(key)), lang) if node is not None else None, "json-ld")

    published, date_source = _first_date(
        jsonld("datePublished"), jsonld("dateCreated"),
        lambda: _date_from_meta(data, _PUBLISHED_META, lambda: _headline_scope_date(src, "datepublished", lang),
                                lang),
        lambda: (normalise_date(as_text(data.webpage.get("datePublished")), lang)
                 if data.webpage is not None else None, "json-ld"),
        lambda: (_headline_scope_date(src, "datepublished", lang) or _date_from_microdata(data, "datepublished", lang),
                 "microdata"),
        lambda: (_coins_day(data), "coins"),
        lambda: (head.time_datetime if head is not None else None, "html"),
        lambda: (head.date_text if head is not None else None, "heuristic"),
        jsonld("datePublished", item),
    )
    md.published = published
    if date_source:
        prov["published"] = date_source
    if head is not None and head.date_raw:
        shown = head.date_shown if head.date_shown is not None and head.date_shown in head.date_raw else None
        prov["published_raw"] = shown or head.date_raw
    modified, date_source = _first_date(
        jsonld("dateModified"),
        lambda: _date_from_meta(data, _MODIFIED_META, language=lang),
        lambda: (_date_from_microdata(data, "datemodified", lang), "microdata"),
        # a printed "Updated ..." line; one dated before the publication is not it
        lambda: (head.updated_text if head is not None and head.updated_text and (
            not published or head.updated_text[:10] >= published[:10]) else None, "heuristic"),
        jsonld("dateModified", item),
    )
    md.modified = modified
    if date_source:
        prov["modified"] = date_source
    md.shown_as_of = head.as_of_text if head is not None else None
    md.shown_updated = head.updated_text if head is not None else None
    md.stamp_offsets = _stamp_offsets(src)


def _coins_day(data: Structured) -> str | None:
    """The day of the page's COinS citation (:meth:`Structured.coins`), a full one
    only: a citation's "2024" or "2024-03" names no day."""
    coins = data.coins()
    return normalise_date(coins.date) if coins is not None and coins.date and _FULL_DAY.match(coins.date) else None


_FULL_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")
_MAX_TIME_ELEMENTS = 30  # <time datetime> elements read for their offsets
_STAMP_KEYS = ("dateModified", "datePublished", "dateCreated", "uploadDate")


def _stamp_values(src: _Sources) -> list[str | None]:
    """The page's timestamps as written: its JSON-LD dates, its date metas, then its
    <time datetime> elements in document order."""
    art, data = src.data.article, src.data
    values = [as_text(art.get(key)) for key in _STAMP_KEYS] if art is not None else []
    values += [data.first(name) for name in (*_MODIFIED_META, *_PUBLISHED_META)]
    times = itertools.islice(src.page.doc.iter("time"), _MAX_TIME_ELEMENTS)
    return values + [el.get("datetime") for el in times]


def _field_language(src: _Sources, language: str | None) -> str | None:
    """The language the page's date fields are read in: the page's own (a numeric
    "12/03/1999" day first outside US English, as its printed dates), or ``None``
    (month first) when a field holds such a date and the page's own dates show its
    fields are written month first (:func:`fields_month_first`: a server's US default
    beside day-first printed dates)."""
    if language is None or language.casefold() in ("en", "en-us") or src.page.doc is None:
        return language
    fields = [value for value in _stamp_values(src) if value and _SLASHED_DATE.search(value[:_META_CHARS])]
    return None if fields and fields_month_first(fields, _own_dates_text(src.page.doc)) else language


def _stamp_offsets(src: _Sources) -> list[str]:
    """The distinct non-zero UTC offsets of the page's timestamps (:func:`_stamp_values`)."""
    offsets: list[str] = []
    for value in _stamp_values(src):
        stamp = normalise_date(value) if value else None
        offset = stamp[19:] if stamp is not None and len(stamp) == 25 else ""
        if offset and offset not in ("+00:00", "-00:00") and offset not in offsets:
            offsets.append(offset)
    return offsets


def _section(src: _Sources, md: Metadata) -> None:
    data, art, head, prov = src.data, src.data.article, src.head, md.provenance
    section = as_text(art.get("articleSection")) if art is not None else None
    if section:
        prov["section"] = "json-ld"
    else:
        section = data.first("article:section", "og:article:section", "section",
                             "parsely-section", "cxenseparse:recs:category", "category")
        if section:
            prov["section"] = "opengraph" if data.meta.get("article:section") else "meta"
            if _desk_wide(section) and head is not None and head.section and not _desk_wide(head.section) \
                    and src.menus is not None and src.menus.linked(head.section):
                section, prov["section"] = head.section, "heuristic over a desk-wide meta section"
        elif microdata_text(data, "articlesection"):
            section, prov["section"] = microdata_text(data, "articlesection"), "microdata"
        elif head is not None and head.section:
            section, prov["section"] = head.section, "heuristic"
        else:
            page = src.page
            section = (title_section(page.doc, data.title_tag, page.url, page.host, md.title, src.menus)
                       or _title_label_or_banner(src, md)
                       or _shown_section(src, md)
                       or title_middle_section(page.doc, data.title_tag, page.url, page.host, md.title, src.menus,
                                               src.headline))
            if section:
                prov["section"] = "heuristic"
    if section and names_no_category(section):
        section = None  # WordPress's default category: filed nowhere
        prov.pop("section", None)
    md.section = section


# "News" in the languages a site declares it in: the desk every story of a news site is filed
# under (its CMS's one ``article:section`` for all), not the section its page shows
_NEWS_DESK = frozenset({"news", "nyheder", "nyheter", "nieuws", "nachrichten", "noticias", "notícias", "notizie",
                        "actualités", "știri", "stiri", "ştiri", "wiadomości", "zprávy", "správy", "uutiset",
                        "haberler", "новости", "ειδήσεις", "hírek", "vijesti", "novice", "uudised", "naujienos"})


def _desk_wide(section: str) -> bool:
    """Whether a declared section is the news desk's (:data:`_NEWS_DESK`), every story's: the
    section the header shows over the headline (a breadcrumb's, a kicker's) says more where a
    link of the page names it too (the site's menu, the trail: a section's listing), not a
    topic's kicker ("«Evnukkmakeren»:", a story's own label)."""
    return section.strip().casefold() in _NEWS_DESK


def _title_label_or_banner(src: _Sources, md: Metadata) -> str | None:
    """The label of a <title> naming only the site and a label (:func:`title_label_section`), unless
    the story's own banner over the headline names another section of the menu (:func:`banner_section`:
    "Paper - News" titles every page of an old site, the story's banner picture links to "Sport")."""
    page = src.page
    label = title_label_section(page.doc, src.data.title_tag, page.url, page.host, md.title, src.site_keys,
                                src.menus, src.headline)
    if label is None or src.headline is None:
        return label
    banner = banner_section(src.headline, page.host, src.menus)
    return banner if banner is not None and banner.casefold() != label.casefold() else label


def _shown_section(src: _Sources, md: Metadata) -> str | None:
    """The section the page's furniture shows (:mod:`.sections`): a category link in
    the story, a tag link of the story that the site's menu lists, the section bar's
    current tab, the old menu's current item, a banner over the headline naming a
    menu's section."""
    page, headline = src.page, md.title or ""
    if page.doc is None:
        return None
    scope = story_scope(src.headline) if src.headline is not None else None
    return ((category_link_section(scope, page.host) if scope is not None else None)
            or (menu_tag_section(scope, page.host) if scope is not None else None)
            or current_tab_section(page.doc, page.url, page.host, headline, src.headline)
            or current_item_section(page.doc, headline)
            or (banner_section(src.headline, page.host, src.menus) if src.headline is not None else None))


def _tags(src: _Sources, md: Metadata) -> None:
    data, art = src.data, src.data.article
    tags: list[str] = []
    source = ""
    if art is not None:
        tags, source = keywords(art.get("keywords")), "json-ld"
    if not tags:
        tags, source = [t for v in data.meta.get("article:tag", ()) for t in keywords(v)], "opengraph"
    if not tags:
        tags = keywords(data.first("news_keywords", "keywords", "parsely-tags", "sailthru.tags"))
        source = "meta"
    if not tags:
        tags, source = find_tags(src.page.doc, src.headline), "html"
    if tags:
        md.provenance["tags"] = source
    md.tags = dedupe(tags)[:50]


def _image(data: Structured, url: str, md: Metadata) -> None:
    art = data.article
    image = data.first("og:image", "og:image:url", "og:image:secure_url")
    source = "opengraph"
    if not image and art is not None:
        image, source = image_url(art.get("image")), "json-ld"
    if not image:
        image, source = data.first("twitter:image", "twitter:image:src", "thumbnail"), "meta"
    if not image:
        image, source = _microdata_image(data), "microdata"
    if image:
        md.image, md.provenance["image"] = _abs(url, image), source


def _microdata_image(data: Structured) -> str | None:
    for el in data.itemprop("image")[:3]:
        image = el.get("src") or el.get("content") or el.get("href") or el.get("data-src")
        if not image:
            inner = el.xpath(".//*[@itemprop='url']|.//img")
            image = (inner[0].get("content") or inner[0].get("src")) if inner else None
        if image and not image.startswith("data:"):
            return image
    return None


_READING_TIME_LABELS = ("reading time", "est. reading", "lesezeit", "lesedauer",
                        "temps de lecture", "tiempo de lectura")


def _reading_time(src: _Sources, md: Metadata) -> None:
    art, head, prov = src.data.article, src.head, md.provenance
    minutes = None
    if head is not None and head.reading_minutes:
        minutes, prov["reading_time_minutes"] = head.reading_minutes, "html"
    elif art is not None and isinstance(art.get("timeRequired"), str):
        minutes = parse_reading_time(art["timeRequired"])
        if minutes:
            prov["reading_time_minutes"] = "json-ld"
    if minutes is None:
        stated = twitter_labelled(src.data, _READING_TIME_LABELS)
        minutes = parse_reading_time(stated + " read") if stated else None
        if minutes:
            prov["reading_time_minutes"] = "meta"
    md.reading_time_minutes = minutes


def _first_date(*tries: Callable[[], tuple[str | None, str]]) -> tuple[str | None, str | None]:
    """The first date found, trying each source in order, with the source's name."""
    for attempt in tries:
        value, source = attempt()
        if value:
            return value, source
    return None, None


def _date_from_meta(data: Structured, names: tuple[str, ...], scoped: Callable[[], str | None] | None = None,
                    language: str | None = None) -> tuple[str | None, str]:
    """The first meta tag of ``names`` holding a date; its source name. A
    ``datePublished`` meta is a microdata property (``<meta itemprop>``), which
    teasers carry too: ``scoped`` gives the headline's own where they disagree."""
    for name in names:
        value = normalise_date(data.first(name), language)
        if value:
            if name == "datepublished" and scoped is not None:
                value = scoped() or value
            return value, "opengraph" if name.startswith(("article:", "og:")) else "meta"
    return None, "meta"


_MAX_ITEMPROP_DATES = 50  # dated microdata properties read
_MAX_ITEMPROP_HOLDERS = 3000  # microdata holders looked through (as the microdata reader)


def _headline_scope_date(src: _Sources, prop: str, language: str | None = None) -> str | None:
    """When the page's microdata dates ``prop`` (``<meta itemprop>`` too) name
    different days, the one in the item holding the headline: a teaser list or a
    sidebar marked up as articles comes first in many templates' source. ``None``
    when they agree or none is the headline's."""
    headline = src.headline
    if headline is None:
        return None
    dated: list[tuple[Any, str]] = []
    for el in src.data.itemprop_holders()[:_MAX_ITEMPROP_HOLDERS]:
        if len(dated) >= _MAX_ITEMPROP_DATES:
            break
        if prop in (el.get("itemprop") or "").lower().split():
            value = normalise_date(el.get("datetime") or el.get("content") or text_of(el, 100), language)
            if value:
                dated.append((el, value))
    if len({value[:10] for _, value in dated}) < 2:
        return None
    # the page's own item (an itemscope on <body>/<html>, a theme's WebPage) holds
    # every date: it says nothing of which is the headline's
    around = {a for a in headline.iterancestors() if a.tag not in _PAGE_WIDE}
    for el, value in dated:
        scope = next((a for a in el.iterancestors() if a.get("itemscope") is not None and not _party(a)), None)
        if scope is not None and scope in around:
            return value
    return None


_PAGE_WIDE = frozenset({"body", "html"})
# Items that have no publication date of their own: a person, an organisation (an
# author's or publisher's item). A ``datePublished`` inside one (the story's date
# printed in the byline's item, sloppy but common markup) is the enclosing item's.
_PARTY_TYPES = frozenset({"person", "organization", "newsmediaorganization", "corporation"})
_PARTY_PROPS = frozenset({"author", "creator", "publisher", "contributor", "editor"})


def _party(scope: Any) -> bool:
    """Whether an itemscope is a person's or an organisation's (by its type, or, with
    none, by the property it fills): not the item a date inside it belongs to."""
    kinds = (scope.get("itemtype") or "").split()
    if kinds:
        return all(kind.rstrip("/").rsplit("/", 1)[-1].casefold() in _PARTY_TYPES for kind in kinds)
    return bool(set((scope.get("itemprop") or "").casefold().split()) & _PARTY_PROPS)


def _date_from_microdata(data: Structured, prop: str, language: str | None = None) -> str | None:
    """A date from the first elements carrying ``itemprop=prop``."""
    for el in data.itemprop(prop)[:3]:
        value = normalise_date(el.get("datetime") or el.get("content") or el.xpath("string()"), language)
        if value:
            return value
    return None
