"""The visible headline element: the h1 (or h2, ``headline`` item, title-like
element) that best matches the page's declared titles, with the tests that set aside
an h1 naming the site, a breadcrumb, a box or a reader-only outline label."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import chain, islice
from typing import Any
from urllib.parse import urlsplit

from crawler.parsers.classify import NON_ARTICLE_PATH_WORDS, article_like_url
from crawler.parsers.metadata.dates import find_date_span
from crawler.parsers.metadata.header.bounds import in_skipped_region
from crawler.parsers.metadata.header.headline_fallbacks import (
    big_line_over_text,
    big_styled,
    emphasised_headline,
    heading_over_text,
    past_label_banner,
)
from crawler.parsers.metadata.header.scan_state import SiteKeys
from crawler.parsers.metadata.titles import loose_key, similar, site_part, title_parts
from crawler.parsers.metadata.walk import (
    LONG_PARAGRAPH,
    attr,
    attrs_of,
    following,
    has_ancestor,
    in_furniture,
    text_of,
)
from crawler.parsers.selectors import style_px
from crawler.parsers.structured import Structured, as_text
from crawler.parsers.vocabulary import UPDATED_PATTERN, han_kana_words


def find_headline(doc: Any, data: Structured, site_keys: SiteKeys = frozenset()) -> tuple[Any, bool]:
    """The visible headline element (the h1 that best matches the declared titles)
    and whether it matches them; else an anchor h1 and False (see :func:`_site_h1`)."""
    refs = _declared_titles(data, site_keys)
    h1s = _shown_h1s(doc, refs, site_keys)
    best, best_score, count, crumbs, part = _scan_h1s(h1s, refs, site_keys)
    if best is None and count == 1:  # one h1 with nothing in common with the <title>
        best = _usable_lone_h1(h1s[0], data, refs, site_keys)
    if best is not None and (best_score >= 0.5 or (count == 1 and _lone_h1(best, data, refs, site_keys))):
        if part and data.title_tag:
            # the h1 matches one part of a title only: it may be the site's name set
            # big ("Headline | Site" under a plain <h1>Site</h1>) over a bold headline
            shown = emphasised_headline(doc, data.title_tag)
            if shown is not None and loose_key(text_of(shown, 300)) != loose_key(text_of(best, 300)):
                return shown, True
            shown = _h2_of_other_part(doc, best, data.title_tag)
            if shown is not None:
                return shown, True
        return best, True
    if crumbs and refs:  # the h1 is a breadcrumb: the shown headline is an h2
        shown = _crumb_h2(doc, refs, site_keys)
        if shown is not None:
            return shown, True
    for el in [el for el in data.with_itemprop("headline") if el.tag != "meta"][:3]:
        text = text_of(el, 300)
        if text and (not refs or max(similar(text, r) for r in refs) >= 0.5):
            return el, True
    if refs:  # older templates: the headline in an h2 / "entry-title" element, or set big by its style
        title_like = [el for el in doc.xpath(_TITLE_LIKE)
                      if el.tag in ("h2", "h3") or _TITLE_CLASS.search(el.get("class") or "")]
        for el in chain(title_like[:30], big_styled(doc, 30)):
            text = text_of(el, 300)
            if text and len(text) <= 400 and max(similar(text, r) for r in refs) >= 0.8:
                return el, True
    # No h1 agrees with the declared titles: still anchor the byline search on the
    # article's h1 (its text is the title only when no share title is declared).
    first_in_article = next((el for el in h1s
                             if text_of(el, 300) and has_ancestor(el, ("article", "main"))), None)
    if first_in_article is not None:
        return first_in_article, (_story_h1(first_in_article, data, refs, site_keys)
                                  or reheadlined(first_in_article, data, site_keys))
    if count > 1 and (first := _first_anchor_h1(h1s, refs, site_keys)) is not None:
        return first, False  # (anchors the byline and date search; its text is not the title)
    labels = count == 0 and bool(refs) and all(_label_title(r, site_keys) for r in refs)
    if count == 0 and data.title_tag:
        shown = emphasised_headline(doc, data.title_tag, site_first=True, site_keys=site_keys)
        if shown is not None:
            return past_label_banner(doc, shown, data.title_tag, site_keys) if labels else shown, True
    if labels:
        shown = heading_over_text(doc)
        if shown is not None:
            return shown, True
    if count == 0 and data.title_tag and (labels or not refs or _short_parts(data.title_tag)
                                          or _in_parts(data.title_tag)):
        shown = big_line_over_text(doc, site_keys)
        if shown is not None and (labels or not refs or _short_parts(data.title_tag)
                                  or _in_parts(data.title_tag, text_of(shown, 300))):
            return shown, True
    return (best, False) if count == 1 and best is not None else (None, False)


def _in_parts(title: str, line: str | None = None) -> bool:
    """Whether the <title> has three parts or more and ``line`` (if given) is a run of
    them holding the longest ("Site - Section - Headline - 26/07/2004", "Site :: Section ::
    Headline": an old daily's title, the headline neither first nor last nor beside the
    site's name alone; not the site's name alone, its masthead set big over a story whose
    headline is no big line)."""
    parts = title_parts(title)[:_MAX_REF_PARTS]
    if len(parts) < 3:
        return False
    if line is None:
        return True
    key = loose_key(line)
    longest = max(range(len(parts)), key=lambda n: len(parts[n]))
    return any(loose_key(" ".join(parts[i:j])) == key for i in range(longest + 1) for j in range(longest + 1, len(parts) + 1))


def _short_parts(title: str) -> bool:
    """A title of two or three parts of one to three words each ("Daily Planet - Sports",
    "Folha do Planalto - Política"), or of one such part (eight Han characters at most):
    a site's name and a section's, or the site's alone, no headline (the big
    line the story's text follows must show one all the same). Names capitalise their
    words but the short joining ones ("do", "de", "of"): a part with a longer word in
    lower case is a short headline in sentence case ("Ponte fica pronta - Jornal da Serra")."""
    parts = title_parts(title)
    if len(parts) == 1:  # the site's name alone ("中华时报", "الشرق العربي": an old paper titling every page so)
        return len(parts[0].split()) <= 3 and han_kana_words(parts[0]) <= 4 and not _lower_word(parts[0])
    return 2 <= len(parts) <= 3 and all(len(p.split()) <= 3 and not _lower_word(p) for p in parts)


def _lower_word(part: str) -> bool:
    """Whether ``part`` holds a word of four letters or more in lower case."""
    return any(len(w) >= 4 and w.isalpha() and w.islower() for w in part.split())


def _label_title(title: str, site_keys: SiteKeys) -> bool:
    """A title that names the site and a section only: its longest part not naming
    the site has one or two words ("Wochenblatt Oberland - Lokales"; "Ferry
    Timetable Approved - Herald" is a headline), and that part is not a page about
    the site ("Contact - Acme": that page's own title)."""
    parts = title_parts(title)[:_MAX_REF_PARTS]
    story = [p for n, p in enumerate(parts) if not site_part(p, site_keys, n in (0, len(parts) - 1))]
    label = max(story or parts, key=len)
    return (len(parts) >= 2 and len(label.split()) <= 2 and han_kana_words(label) <= 2  # (a CJK label: 4 characters)
            and "-".join(label.casefold().split()) not in NON_ARTICLE_PATH_WORDS)


# hAtom's "entry-title" (the microformat WordPress and most blog themes print on the
# post's own title) and the themes' "post-title": the post's title as its author
# wrote it, where og:title / <title> may carry an SEO plugin's rewording.
_POST_TITLE = re.compile(r"(?:^|\s)(?:entry-title|post-title)(?:$|\s)")


def marked_title(el: Any) -> bool:
    """Whether the element is marked up as the post's own title (see ``_POST_TITLE``)."""
    return bool(_POST_TITLE.search(el.get("class") or ""))


def _scan_h1s(h1s: list[Any], refs: list[str], site_keys: SiteKeys) -> tuple[Any, float, int, bool, bool]:
    """The h1 that best matches the declared titles: (element, score, h1s seen,
    whether one sat in a breadcrumb, whether it matched one title part only)."""
    best, best_score, count, crumbs, best_part = None, 0.0, 0, False, False
    for el in h1s:
        count += 1
        text = text_of(el, 300)
        unusable = _unusable_h1(el, text, refs, site_keys)
        if unusable:
            crumbs = crumbs or unusable == "breadcrumb"
            continue
        score = _match_score(text, refs) if refs else 0.6
        part = score == _PART_SCORE
        if marked_title(el):
            score, part = max(score, 0.95), False
        if has_ancestor(el, ("article", "main")):
            score += 0.05
        if score > best_score:
            best, best_score, best_part = el, score, part
    return best, best_score, count, crumbs, best_part


# Utility classes hiding an element from sight but not from screen readers (no
# responsive "sm:not-sr-only" override): such an h1 is mostly an outline label for
# assistive technology ("Navigation", the site's name), at times the headline itself
# when a hero box shows it (see :func:`_reader_headline`).
_READER_ONLY = frozenset({"sr-only", "visually-hidden", "visuallyhidden", "hide-accessible",
                          "screen-reader-text", "element-invisible", "offscreen", "a11y-hidden"})
# Boxes over or beside the page whose heading is no headline (a cookie banner, a
# newsletter sign-up, a "save this article" dialog). A whole class or id token names
# the box ("cookie-banner", "js-modal", "newsletter-signup"); a token where the word
# is a state or feature flag ("modal-enabled", "has-popup-gallery") names none.
# Matched against each run of word characters and hyphens ("lg:cookie-banner" holds
# "cookie-banner") of at most ``_MAX_TOKEN`` characters, in attributes cut at
# MAX_ATTR_CHARS: a 100,000-character class costs no more than a short one.
_BOX = re.compile(
    r"(?:[a-z0-9]+[-_]{1,2})*(?:cookie|consent|gdpr|modal|popup|newsletter)s?"
    r"(?:[-_]{1,2}(?:box|banner|bar|dialog|container|wrapper|wrap|content|inner|overlay|window"
    r"|signup|form|body|header|title|block|module|widget|modal|popup|teaser|promo|cta))*", re.I)
_TOKEN_EDGE = re.compile(r"[^\w-]+")
_MAX_TOKEN = 100
_BOX_ATTRS = ("class", "id", "itemprop", "rel", "data-testid")


def _names_box(attrs: str) -> bool:
    """A whole class / id token names a box (see ``_BOX``)."""
    return any(len(token) <= _MAX_TOKEN and _BOX.fullmatch(token) for token in _TOKEN_EDGE.split(attrs))


def _names_overlay(attrs: str) -> bool:
    return bool(_OVERLAY.search(attrs))


def _shown_h1s(doc: Any, refs: list[str], site_keys: SiteKeys) -> list[Any]:
    """The page's first 15 h1s, less those heading a box (see ``_BOX``) and those
    only screen readers get, unless no usable h1 is shown (an outline label such
    as a nav bar's "Menu" is none) and the hidden one is the headline (see
    :func:`_reader_headline`): when one h1 is left it is a lone h1. A shown h1 is
    also the better anchor for the byline: a hidden one may sit anywhere."""
    if next(doc.iter("h1"), None) is None:
        return _styled_h1(doc, refs, site_keys)
    h1s = [el for el in islice(doc.iter("h1"), 15) if not _in_box(el, _names_box)]
    shown = [el for el in h1s if not _reader_only(el)]
    if len(shown) == len(h1s) or any(
            not _unusable_h1(el, text, refs, site_keys) and not _OUTLINE_LABEL.match(text)
            for el, text in ((el, text_of(el, 300)) for el in shown)):
        return shown
    kept = {el for el in h1s if _reader_only(el) and _reader_headline(el, refs, site_keys)}
    return [el for el in h1s if el in kept or not _reader_only(el)]


def _styled_h1(doc: Any, refs: list[str], site_keys: SiteKeys) -> list[Any]:
    """On a page with no <h1>, its stand-in: of the first five lines set big by their
    inline style (:func:`big_styled`; a page builder's or a WYSIWYG editor's headline,
    ``<div style="font-size:2em">``) that an h1 there could be (of a sentence's
    length, shown, out of the page's furniture and of a box, not the site's name or a
    link home, not an outline label such as "Top menu"), the first set biggest. With a
    declared title of two parts or more ("Headline | Site"), only a line sharing a word
    with its story part: a big promo line ("Subscribe now for 1 euro") or the site's
    banner above an unstyled headline is none. (A title of one part may be the site's
    name or a label, "Blog": it says nothing of the headline.)"""
    usable = []
    stories = [_content_words(_story_part(ref, site_keys)) for ref in refs if len(title_parts(ref)) >= 2]
    for el in big_styled(doc, 5):
        text = text_of(el, 400)
        if len(text.split()) > 40 or _reader_only(el) or in_furniture(el) or _in_box(el, _names_box):
            continue
        if any(stories) and not any(_content_words(text) & words for words in stories):
            continue
        if not _unusable_h1(el, text, refs, site_keys) and not _OUTLINE_LABEL.search(text):
            usable.append(el)
    biggest = max((style_px(el) for el in usable), default=0.0)
    return [el for el in usable if style_px(el) == biggest][:1]


def _reader_only(el: Any) -> bool:
    classes = (el.get("class") or "").split()
    return bool(_READER_ONLY.intersection(classes)) and not any("not-sr-only" in c for c in classes)


# Outline labels a theme gives screen readers ("Navigation", "Main menu", "Search").
_OUTLINE_LABEL = re.compile(r"^(?:(?:main|primary|site|post|top|mobile)\s+)?(?:navigation|nav|menu|search|"
                            r"footer|header|sidebar|content|main content)(?:\s+menu)?$", re.I)


def _reader_headline(el: Any, refs: list[str], site_keys: SiteKeys) -> bool:
    """Whether an h1 only screen readers get is the headline: not a nav bar's, not
    the site's name or an outline label ("Navigation"); one whose words the page
    shows right after it (a hero box), else one of three words or more (a shorter
    one is a label in any language: "Hauptmenü", "Inhalt", "detail") that words
    the story otherwise than the declared titles. A copy of a declared title
    adds no title, and hidden at the top of the page it is a poor byline anchor."""
    text = text_of(el, 300)
    if not text or _OUTLINE_LABEL.match(text) or has_ancestor(el, ("nav",)) \
            or _unusable_h1(el, text, refs, site_keys):
        return False
    if _shown_again(el, text):
        return True
    return len(text.split()) >= 3 and not (refs and max(similar(text, r) for r in refs) >= 0.8)


def _shown_again(el: Any, text: str) -> bool:
    """The h1's words printed again in one of the few elements after it (not
    inside it)."""
    key, inside = loose_key(text), set(el.iterdescendants())
    return any(isinstance(after.tag, str) and after not in inside and loose_key(text_of(after, 300)) == key
               for after in following(el, 40 + len(inside)))


def _in_box(el: Any, names: Callable[[str], bool]) -> bool:
    """Inside a box (``names`` says whether attributes name one) below the story's
    <article> / <main>: a post's own classes ("category-newsletter") and the page's
    ("<body class=modal>") do not count. Attributes are cut at MAX_ATTR_CHARS."""
    for node in islice((el, *el.iterancestors()), 9):
        if node.tag in ("article", "main", "body", "html"):
            return False
        if names(" ".join(filter(None, (attr(node, name) for name in _BOX_ATTRS)))):
            return True
    return False


def _crumb_h2(doc: Any, refs: list[str], site_keys: SiteKeys) -> Any:
    """The headline under an h1 that is a breadcrumb's or nav bar's copy of the
    <title>: the h2 that matches a declared title, else the story's headline h2
    reworded from the <title> (see :func:`_reworded_h2`) standing before the
    story's first paragraph: an h2 after it is a subheading or another story's."""
    story, prose = None, False
    for n, el in enumerate(doc.iter("h2", "p")):
        if n >= _MAX_CRUMB_SCAN:
            break
        if el.tag == "p":
            prose = prose or _prose(el)
            continue
        text = text_of(el, 300)
        if not text:
            continue
        if max(similar(text, r) for r in refs) >= 0.8:
            return el
        if story is None and not prose and _reworded_h2(el, text, refs, site_keys):
            story = el
    return story


_MAX_CRUMB_SCAN = 400


def _prose(el: Any) -> bool:
    """A paragraph of the story: 150 characters or more, not a caption's, a form's
    or a cookie / newsletter box's."""
    size = 0
    for piece in el.itertext():
        size += len(piece.strip())
        if size >= LONG_PARAGRAPH:
            return not in_furniture(el) and not _in_box(el, _names_overlay)
    return False


def _reworded_h2(el: Any, text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h2 that is the shown headline of a CMS whose <title> is an SEO wording of
    it: three words or more, in the story's header (inside an <article> or an
    <hgroup>, or classed or boxed as a title; not in a related-stories box or a
    card's <article> holding no story text), sharing two or more word stems, a
    third of either side's, with one declared title (less the parts naming the site)."""
    if len(text.split()) < 3 or len(text) > 400 or not _story_heading(el) or in_furniture(el):
        return False
    if in_skipped_region(el, set()) or not _in_story_article(el):
        return False
    stems = _stems(text)
    for ref in refs:
        story = _stems(" ".join(p for p in title_parts(ref) if loose_key(p) not in site_keys))
        shared = len(stems & story)
        if shared >= 2 and 3 * shared >= min(len(stems), len(story)):
            return True
    return False


def _in_story_article(el: Any) -> bool:
    """Not inside an <article> that holds no story paragraph (a teaser card) or
    that sits inside another <article>."""
    art = next((a for a in el.iterancestors() if a.tag == "article"), None)
    if art is None:
        return True
    if has_ancestor(art, ("article",)):
        return False
    return any(_prose(p) for p in islice(art.iter("p"), 300))


def _stems(text: str) -> set[str]:
    """The words of five letters or more, cut to their first five ("praise" and
    "praises" meet; "the", "from", "und" never count)."""
    return {w[:5] for w in (loose_key(w) for w in text.split()) if len(w) >= 5}


_TITLE_BOX = re.compile(r"title|headline", re.I)


def _story_heading(el: Any) -> bool:
    """An h2 inside the story (<article>, <hgroup>) or classed, or boxed, as a title."""
    parent = el.getparent()
    return has_ancestor(el, ("article", "hgroup")) or bool(_TITLE_BOX.search(el.get("class") or "")) \
        or (parent is not None and bool(_TITLE_BOX.search(parent.get("class") or "")))


def _first_anchor_h1(h1s: list[Any], refs: list[str], site_keys: SiteKeys) -> Any:
    """On a page of several h1s, none agreeing with the titles and none in an <article>
    or <main> (an old template; a modal's h1 after the story, a newsletter box whose
    class says nothing), the one that may anchor the header search: three words
    at least, not the site's name nor a box's or the furniture's heading, the last
    such before the story's text (:func:`_last_before_text`)."""
    if any(has_ancestor(el, ("article", "main")) for el in h1s):
        return None
    usable = [el for el in h1s if len((text := text_of(el, 300)).split()) >= 3 and not _unusable_h1(el, text, refs, site_keys)
              and not in_furniture(el) and not _names_site(text, site_keys)]
    return _last_before_text(usable) if usable else None


_TEXT_PARAGRAPH = 200  # characters of a paragraph of the story's text
_ORDER_NODES = 20_000  # elements read for the h1s' order against the text


def _last_before_text(h1s: list[Any]) -> Any:
    """Of usable h1s in page order, the last before the page's first paragraph of text
    (a site's slogan set as an h1 over the header's clock comes before the story's
    headline; a modal's after the story), else the first."""
    wanted = {id(el) for el in h1s}
    last = None
    for el in islice(h1s[0].getroottree().iter("h1", "p"), _ORDER_NODES):
        if id(el) in wanted:
            last = el
        elif el.tag == "p" and last is not None and len(text_of(el, _TEXT_PARAGRAPH + 1)) > _TEXT_PARAGRAPH:
            break
    return last if last is not None else h1s[0]


def _story_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> bool:
    """Whether the story's first h1 (inside <article> / <main>) is the headline
    although the <title> says something else: the <title> is then an SEO wording
    (no og:title or JSON-LD headline declares the share title the h1 would lose to).
    Not the site's name or logo, not a box's heading (cookie, newsletter), not a
    one-word label, not one part of the <title> ("Blog Name | Headline"). Inside
    the <article> itself two words are enough (a section's label stands above the
    story, a short headline inside it) and the h1 may word the story otherwise
    unless it names the site; in a <main> only, three, sharing a word with the
    <title>'s story part and not naming the site ("Town Times local news archive")."""
    if data.first("og:title") or (data.article is not None and as_text(data.article.get("headline"))):
        return False
    text = text_of(el, 300)
    size = len(text.split())
    if size < (2 if has_ancestor(el, ("article",)) else 3):
        return False
    key = loose_key(text)
    if any(loose_key(part) == key for ref in refs for part in title_parts(ref)[:_MAX_REF_PARTS]):
        return False
    if _unusable_h1(el, text, refs, site_keys) or in_furniture(el) or _in_box(el, _names_overlay):
        return False
    shares = any(_content_words(text) & _content_words(_story_part(ref, site_keys)) for ref in refs)
    if has_ancestor(el, ("article",)):
        return shares or not _names_site(text, site_keys)
    return shares and not _names_site(text, site_keys)


# The label of an update's stamp: the "updated" words (:data:`.vocabulary.UPDATED_PATTERN`) and
# Vietnamese "cập nhật" (updated), which a live report prints beside its first stamp.
_UPDATE_STAMP = re.compile(r"(?<![^\W\d_])(?:" + UPDATED_PATTERN + r"|cập\s+nhật)(?![^\W\d_])", re.IGNORECASE)
_UPDATE_WINDOW = 30  # elements after the headline read for the update's stamp
_MIN_REHEADLINED_WORDS = 4


def reheadlined(el: Any, data: Structured, site_keys: SiteKeys) -> bool:
    """Whether the story's h1 (inside its ``<article>``, four words or more) is the headline
    although the declared titles (``og:title``, JSON-LD, ``<title>``) word another headline
    (less than half its content words shared: the subject at most) and the header under it
    prints an update's stamp
    ("Publicerad ... Uppdaterad 22 mars 2024 kl. 05.46"): a story re-headlined as it
    developed (a live report's), whose share titles keep the first headline. The reader
    sees the h1; a share title that only words the same story otherwise is still the
    headline (:func:`_story_h1`)."""
    if el.tag != "h1" or not has_ancestor(el, ("article",)) or in_furniture(el):
        return False
    text = text_of(el, 300)
    refs = _declared_titles(data, site_keys)
    if len(text.split()) < _MIN_REHEADLINED_WORDS or not refs or _names_site(text, site_keys):
        return False
    words = _content_words(text)
    if any(2 * len(words & _content_words(_story_part(ref, site_keys))) >= len(words) for ref in refs):
        return False
    story = next(el.iterancestors("article"))
    for node in islice(following(el, _UPDATE_WINDOW), _UPDATE_WINDOW):
        if not isinstance(node.tag, str) or not any(a is story for a in node.iterancestors()):
            break
        line = text_of(node, 120)
        if node.tag != "p" and _UPDATE_STAMP.search(line) and find_date_span(line) is not None:
            return True
    return False


def _story_part(title: str, site_keys: SiteKeys) -> str:
    """A declared title less the parts naming the site; when none does, less its
    last part ("Headline | Site" is the usual order)."""
    parts = title_parts(title)[:_MAX_REF_PARTS]
    kept = [p for p in parts if loose_key(p) not in site_keys and loose_key(p, translit=True) not in site_keys]
    if len(kept) == len(parts) and len(parts) >= 2:
        kept = parts[:-1]
    return " ".join(kept)


def _content_words(text: str) -> set[str]:
    """Words of four letters or more, cut to their first five ("printing" and
    "printers" meet); numbers do not count."""
    return {w[:5] for w in (loose_key(w) for w in text.split()) if len(w) >= 4 and not w.isdigit()}


def _names_site(text: str, site_keys: SiteKeys) -> bool:
    """Whether one to four consecutive words of ``text`` spell a site key
    ("Town Times local news archive" on towntimes.example)."""
    words = [w for w in (loose_key(w) for w in text.split()[:40]) if w]
    for i in range(len(words)):
        joined = ""
        for word in words[i:i + 4]:
            joined += word
            if len(joined) >= 4 and joined in site_keys:
                return True
    return False


def _unusable_h1(el: Any, text: str, refs: list[str], site_keys: SiteKeys) -> str | None:
    """Why an h1 cannot be the headline ("empty", "breadcrumb", "site"; None when it
    can): no text or too much, a breadcrumb's, the site's name or logo."""
    if not text or len(text) > 400:
        return "empty"
    if _in_breadcrumb(el):
        return "breadcrumb"
    if _site_h1(text, refs, site_keys) or _home_h1(el, text, refs):
        return "site"
    return None


def _usable_lone_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> Any:
    """The page's one h1 ``el`` when :func:`_lone_h1` takes it (else None)."""
    if _unusable_h1(el, text_of(el, 300), refs, site_keys) or not _lone_h1(el, data, refs, site_keys):
        return None
    return el


def _lone_h1(el: Any, data: Structured, refs: list[str], site_keys: SiteKeys) -> bool:
    """The page's one h1 is its headline when no og:title or JSON-LD headline is
    declared: a bare <title> is often the site's or section's label (trafilatura
    reads a lone h1 first too). Not when the h1 is one part of the <title>
    ("Blog Name | Headline" with h1 "Blog Name"), nor a short label ("Blog",
    "Press releases") or words of the <title>'s site part standing over a <title>
    that says what the page is (see :func:`_says_more_than_title`)."""
    if data.first("og:title") or (data.article is not None and as_text(data.article.get("headline"))):
        return False
    if in_furniture(el) or _in_box(el, _names_overlay):
        return False  # a form's, a figure's or a cookie / newsletter box's heading
    text = text_of(el, 300)
    key = loose_key(text)
    if any(loose_key(part) == key for ref in refs for part in title_parts(ref)[:_MAX_REF_PARTS]):
        return False
    if refs and _title_shown_in_h2(el, refs):
        return False  # the <title> is shown as the story's h2: the h1 is its section's name
    return not refs or _says_more_than_title(text, refs, site_keys)


def _story_link(href: str) -> bool:
    """Whether ``href`` is empty, an anchor, or shaped as a story's address (a headline
    linked to its own permalink), not a front's ("/", "/blog")."""
    href = href.strip()
    if not href or href.startswith("#"):
        return True
    try:
        return article_like_url(href)
    except ValueError:
        return True


_SHOWN_TITLE_SCAN = 30   # h2s read for one that shows the <title>
_OTHER_PART_SCAN = 400  # elements after a blog header's h1 read for the post's h2


def _h2_of_other_part(doc: Any, h1: Any, title: str) -> Any:
    """Under a <title> of two parts whose shorter one the h1 prints as a link to the
    blog's front ("Blog Name — Headline" over "<h1><a href=/blog>Blog Name</a></h1>", a
    blog theme's header on Tumblr and the like), the h2 after it printing the longer part
    of three words or more: the post's title. An h1 not so linked is the headline over
    its sub-headline ("<h1>Vom Boden aus gedacht</h1><h2>Ann Cotten verwebt ...</h2>").

    >>> import lxml.html
    >>> doc = lxml.html.fromstring("<div><h1><a href='/'>Jane's Notes</a></h1><h2>Ferry timetable approved</h2></div>")
    >>> _h2_of_other_part(doc, doc[0], "Jane's Notes — Ferry timetable approved").text
    'Ferry timetable approved'
    """
    links = list(islice(h1.iter("a"), 2))
    if len(links) != 1 or text_of(links[0], 300) != text_of(h1, 300) or _story_link(links[0].get("href") or ""):
        return None
    parts = title_parts(title)[:_MAX_REF_PARTS]
    mine = loose_key(text_of(h1, 300))
    others = [p for p in parts if loose_key(p) != mine]
    if len(others) != len(parts) - 1 or not others:
        return None
    longest = max(others, key=len)
    if len(longest.split()) < 3 or len(longest) <= len(text_of(h1, 300)):
        return None
    for h2 in following(h1, _OTHER_PART_SCAN):
        if h2.tag == "h2" and not in_furniture(h2) and similar(text_of(h2, 300), longest) >= 0.8:
            return h2
    return None


def _title_shown_in_h2(el: Any, refs: list[str]) -> bool:
    """An h2 of the page says what a declared title says ("<h1>Allergies Health
    Center</h1> ... <h2>Babies Who Eat Peanuts Early May Avoid Allergy</h2>" under
    that <title>): the <title> is the story's headline, shown, not a label."""
    for h2 in islice(el.getroottree().iter("h2"), _SHOWN_TITLE_SCAN):
        text = text_of(h2, 300)
        if text and max(similar(text, r) for r in refs) >= 0.8:
            return True
    return False


def _says_more_than_title(text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h1 that does not resemble the <title> is a headline when it shares no
    word with the <title>'s site part (the parts naming the site, else all but
    the longest part): an h1 of the site part's words is the site's name set big.
    A short h1 (one or two words) is a section's or a page kind's label ("Blog",
    "Welcome") only when the <title>'s story part says more than it ("How I
    rebuilt my kitchen - Jane's Blog" over "Blog"); over a <title> whose story
    part is a label itself ("Sports - Example News" over "Messi retires") it is
    the headline."""
    words = _words(text)
    size = len(text.split())
    for ref in refs:
        parts = title_parts(ref)[:_MAX_REF_PARTS]
        if not parts:
            continue
        named = [p for p in parts if loose_key(p) in site_keys or loose_key(p, translit=True) in site_keys]
        story = max([p for p in parts if p not in named] or parts, key=len)
        if size < 3 and len(story.split()) > max(2, size):
            return False
        if len(parts) < 2:
            continue
        longest = max(parts, key=len)
        for part in named or [p for p in parts if p is not longest]:
            if words & _words(part):
                return False
    return True


def _words(text: str) -> set[str]:
    return {w for w in (loose_key(w) for w in text.split()) if len(w) >= 3}


def _declared_titles(data: Structured, site_keys: SiteKeys) -> list[str]:
    """JSON-LD headline, og:title, twitter:title, <title>; not one that is only
    the site's name (it says nothing about the headline)."""
    return [t for t in (as_text(data.article.get("headline")) if data.article is not None else None,
                        data.first("og:title"), data.first("twitter:title"), data.title_tag)
            if t and loose_key(t) not in site_keys]


def _match_score(text: str, refs: list[str]) -> float:
    """How well an h1 matches the declared titles: as a whole, or as one separated
    part of one ("Headline" in "Headline – SEO words" or "Blog : Headline"; a
    lower score, so an h1 equal to a whole title goes first)."""
    score = max(similar(text, r) for r in refs)
    if score < 0.9 and len(text.split()) >= 2:
        for ref in refs:
            if any(similar(text, part) >= 0.9 for part in title_parts(ref)[:_MAX_REF_PARTS]):
                return _PART_SCORE
    return score


_MAX_REF_PARTS = 6
_OVERLAY = re.compile(r"cookie|consent|gdpr|modal|popup|overlay|newsletter|paywall|dialog", re.I)
_PART_SCORE = 0.9
_LOGO_H1 = re.compile(r"logo|site-?(?:title|name)|brand|masthead", re.I)


def _front_page(href: str) -> bool:
    """A link to a site's front page ("/", "https://example.com/"; not "/?p=12")."""
    if not href or href.startswith("#"):
        return False
    try:
        parts = urlsplit(href)
    except ValueError:
        return False
    return parts.path in ("", "/") and not parts.query


def _home_h1(el: Any, text: str, refs: list[str]) -> bool:
    """A theme's site title while a declared title says something else: an h1
    classed as the logo or site title ("<h1 class=logo>"), or whose text is a link
    to a site's front page ("<h1><a href="/" rel="home">Blog Name</a></h1>")."""
    if _LOGO_H1.search(attrs_of(el)):
        return any(loose_key(r) != loose_key(text) for r in refs)
    links = list(islice(el.iter("a"), 3))
    if len(links) != 1 or text_of(links[0], 300) != text:
        return False
    link = links[0]
    href = (link.get("href") or "").strip()
    if "home" not in (link.get("rel") or "").lower().split() and not _front_page(href):
        return False
    return any(loose_key(r) != loose_key(text) for r in refs)


def _site_h1(text: str, refs: list[str], site_keys: SiteKeys) -> bool:
    """An h1 that is only the site's name (a theme's site title, "Blog Name") while
    a declared title says something else: it would match the "Title | Blog Name"
    <title> as well as the story's own h1 does."""
    if not site_keys or loose_key(text) not in site_keys:
        return False
    return any(loose_key(r) not in site_keys for r in refs)


_CRUMB = re.compile(r"breadcrumb", re.I)


def _in_breadcrumb(el: Any) -> bool:
    """An h1 inside a nav bar or breadcrumb trail: an SEO copy of a declared
    title, not the headline shown above the story."""
    for depth, node in enumerate(chain((el,), el.iterancestors())):
        if depth > 5 or node.tag in ("article", "main", "body"):
            return False  # a trail never wraps the story
        if node.tag == "nav" or _CRUMB.search(node.get("class") or ""):
            return True
    return False


# two cheap contains() tests, narrowed in Python (four in XPath cost ~3 ms on a big page)
# (and an <h3> in the article's own header: some React templates set the headline so,
# "<article><header><h3>Headline</h3><div>28. Jan. 2022 Jane Doe</div>")
_TITLE_LIKE = ("/descendant::h2|/descendant::*/@class[contains(., 'title') or contains(., 'headline')]/..|"
               "/descendant::article/descendant::header/descendant::h3")
_TITLE_CLASS = re.compile(r"entry-title|post-title|article-title|headline")
