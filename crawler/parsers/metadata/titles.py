"""Headlines: site-name suffixes / prefixes off, visible headline preferred.

``strip_title_suffix`` removes " | Site", " - Site", " – Site" and "Site: " parts
only when the part is the site's name (og:site_name, JSON-LD publisher, host, the
logo's name, a CJK portal name the page links to its front page) or a domain name
of the site's ("| EXAMPLE.NET" on example.net); a site name holding a separator
itself goes whole. A bare domain of another site goes only from a candidate that
another declared title shows without it, and never after ": " ("Review: Booking.com").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable
from functools import lru_cache
from itertools import islice

__all__ = ["choose_title", "confirmed_form", "is_site_name", "loose_key", "portal_name", "similar", "site_name_keys",
           "site_part", "strip_title_suffix", "title_parts"]

# " :: " is an old site's separator ("Site :: Section :: Headline"), read whole.
# Chinese and Japanese titles join parts without spaces ("标题-新华网", "标题_网易新闻",
# "标题｜站名"): a hyphen or underscore between two CJK characters is a separator.
_SEPARATORS = re.compile(r"\s+::\s+|\s+[|\-–—:·•»«/]\s+|\s*[|·•»«ㅣ｜丨]\s*|:\s+|\s*--\s*"
                         r"|(?<=[\u3000-\u30ff\u3400-\u9fff\uff01-\uff60])[-_－](?=[\u3400-\u9fff])")
_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)
_SPACE = re.compile(r"\s+")
_GENERIC_HOST = frozenset({"www", "com", "co", "org", "net", "news", "de", "uk", "at", "ch", "m",
                           "edition", "amp", "online", "mobile", "nachrichten", "fr", "es", "it"})


_TRANSLIT = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "æ": "ae", "ø": "oe",
                           "å": "aa"})


MAX_TITLE_INPUT = 4_000
_MAX_PARTS = 12  # separators looked at in one title
# WordPress's old default theme (Kubrick) titles every post "Site » Blog Archive »
# Title" (German "Blog Archiv"): the part is the site's, not the headline's.
_ARCHIVE_PARTS = frozenset({"blogarchive", "blogarchiv"})


@lru_cache(maxsize=8192)
def loose_key(text: str, translit: bool = False) -> str:
    """Case-, accent- and punctuation-insensitive form used to compare titles.

    >>> loose_key("Café – “Quoted”!")
    'cafequoted'
    >>> loose_key("Börsen-Zeitung", translit=True)
    'boersenzeitung'
    """
    text = (text or "").casefold()
    if translit:
        text = text.translate(_TRANSLIT)
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return _NON_WORD.sub("", text.casefold())


def site_name_keys(names: Iterable[str | None], host: str | None) -> set[str]:
    """Loose keys that name the site: given names and the host's labels.

    >>> sorted(site_name_keys(["The Guardian"], "www.theguardian.com"))
    ['guardian', 'theguardian', 'theguardiancom']
    """
    keys: set[str] = set()
    for name in names:
        if name:
            key = loose_key(name)
            if key:
                keys.add(key)
                keys.add(loose_key(name, translit=True))
                if key.startswith("the") and len(key) > 6:
                    keys.add(key[3:])
    if host:
        host = host.lower().split(":")[0]
        if host.startswith("www."):
            host = host[4:]
        keys.add(loose_key(host))
        for label in host.split("."):
            if len(label) >= 3 and label not in _GENERIC_HOST:
                keys.add(loose_key(label))
                if label.startswith("the") and len(label) > 6:
                    keys.add(label[3:])
    keys.discard("")
    return keys


def is_site_name(text: str, keys: set[str], *, title_part: bool = False) -> bool:
    """Whether ``text`` names the site (``keys`` from :func:`site_name_keys`).

    The loose key or its transliteration equal to a site key always counts. Beyond
    that, an author value counts when it and a site key (4+ characters) start one
    another ("Example Times Staff"); a ``title_part`` (the "| Site" end of a title)
    only within bounded lengths, or ending with a long site key ("Politik - SPIEGEL ONLINE").

    >>> is_site_name("Example Times Staff", {"exampletimes"})
    True
    >>> is_site_name("Example Times Politics and Business Desk", {"exampletimes"}, title_part=True)
    False
    """
    key = loose_key(text)
    if not key:
        return False
    if key in keys or loose_key(text, translit=True) in keys:
        return True
    if title_part and _municipal_name(text, keys):
        return True
    if not title_part:
        return any(len(k) >= 4 and (key.startswith(k) or k.startswith(key)) for k in keys)
    for site in keys:
        if len(site) >= 4 and key.startswith(site) and len(key) <= len(site) + 12:
            return True
        if len(site) >= 6 and key.endswith(site) and len(key) <= len(site) + 20:
            return True
        if len(key) >= 4 and site.startswith(key) and len(site) <= len(key) + 6:
            return True
    return False


# A town's or a district's own site names itself "Stadt Ahlen", "Gemeinde Weyarn",
# "City of Ames", "Ville de Nyon", "Comune di Lodi" on a host that is the place's name
# ("ahlen.de"): the word for the municipality and the host's name are the site's name,
# however short the place's name (site keys under six characters count whole only).
_MUNICIPAL = re.compile(r"(?:stadt|gemeinde|markt|landkreis|kreis|city of|town of|county of|ville de|"
                        r"commune de|comune di|gemeente|municipio de|ayuntamiento de|gmina|miasto)\s+", re.I)


def _municipal_name(text: str, keys: set[str]) -> bool:
    """``text`` is a municipality's word and a site key ("Stadt Ahlen" on ahlen.de).

    >>> _municipal_name("Stadt Ahlen", {"ahlen"}), _municipal_name("Stadt Ahlen", {"example"})
    (True, False)
    """
    word = _MUNICIPAL.match(text.strip())
    return word is not None and loose_key(text.strip()[word.end():]) in keys


def strip_title_suffix(title: str, site_keys: set[str] | Iterable[str] = ()) -> str:
    """Drop site-name parts at either end of a title.

    >>> strip_title_suffix("Big news today | Example Times", {"exampletimes"})
    'Big news today'
    >>> strip_title_suffix("Example Times: Big news today", {"exampletimes"})
    'Big news today'
    >>> strip_title_suffix("Big news - part two", {"exampletimes"})
    'Big news - part two'
    >>> strip_title_suffix("Ships - Politics - Example Times", {"exampletimes"})
    'Ships - Politics'
    >>> strip_title_suffix("Example Times » Blog Archive » Big news", {"exampletimes"})
    'Big news'
    >>> strip_title_suffix("Big news « Blog Archive « Example Times", {"exampletimes"})
    'Big news'
    >>> strip_title_suffix("Big news - Example Times - All the news", {"exampletimesallthenews"})
    'Big news'
    >>> strip_title_suffix("Big news | Example Times | by Jane Doe", {"exampletimes"})
    'Big news'
    >>> strip_title_suffix("武汉的声音：有英勇的你，才有英雄的城！-新华网", {"新华网"})
    '武汉的声音：有英勇的你，才有英雄的城！'
    >>> strip_title_suffix("Reparaturcafé am 31. Januar: Stadt Ahlen", {"ahlen"})
    'Reparaturcafé am 31. Januar'
    >>> strip_title_suffix("Review: Booking.com", {"example"}), strip_title_suffix("市场-日报", {"example"})
    ('Review: Booking.com', '市场-日报')
    """
    keys = set(site_keys)
    title = _SPACE.sub(" ", title or "").strip()
    if not title:
        return title
    for _ in range(3):
        matches = list(islice(_SEPARATORS.finditer(title), _MAX_PARTS))
        if not matches:
            break
        # the shortest tail naming the site: a site name may hold a separator itself
        # ("Headline - Site - Slogan of the site")
        tail_at = next((m for m in reversed(matches) if m.start() > 0
                        and _site_tail(title[m.end():], keys, ":" not in m.group())), None)
        if tail_at is None and matches[-1].start() > 0 and loose_key(title[matches[-1].end():]) in _ARCHIVE_PARTS:
            tail_at = matches[-1]   # "Post « Blog Archive « Site", its site part cut
        if tail_at is not None:
            title = title[:tail_at.start()].strip()
            continue
        first = matches[0]
        head = title[:first.start()]
        if ((is_site_name(head, keys, title_part=True) or loose_key(head) in _ARCHIVE_PARTS)
                and first.end() < len(title)):
            title = title[first.end():].strip()
            continue
        break
    return title


# A bare domain name ("FASSETTE.NET", "example.co.uk"): a site's name, the page's own
# when it holds a site key. Common top-level domains only: "Node.js" is no site name.
_DOMAIN = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]{1,62}(?:\.[a-z0-9-]{2,63})*\."
                     r"(?:com|net|org|info|biz|de|at|ch|fr|it|es|nl|be|eu|uk|io|co|pl|ru|cn|jp|us|ca|"
                     r"au|br|in|se|no|dk|fi|pt|cz|gr|hu|tv|me|news|online)", re.I)


# A short Chinese / Japanese name ending in "网"/"網" (net, web site), "新闻"/"新聞"
# (news), "报"/"報" (paper), "频道"/"頻道" (channel): the shape of a portal's or
# paper's name ("新华网", "网易新闻", "中国日报"), but of words too ("通报", bulletin;
# "日报", daily): a site name only when the page links it to its front page.
_CJK_SITE = re.compile(r"[\u3400-\u9fff]{1,8}(?:网|網|新闻|新聞|报|報|频道|頻道)")


def portal_name(text: str) -> bool:
    """Whether a front-page link's text has the shape of a CJK portal's name."""
    return bool(_CJK_SITE.fullmatch(text.strip()))


def _names_a_site(part: str, keys: set[str], any_domain: bool = False) -> bool:
    """A title part that is the site's name (``keys``) or a domain name holding a
    site key (with ``any_domain``: any bare domain name).

    >>> _names_a_site("FASSETTE.NET", {"fassette"}), _names_a_site("FASSETTE.NET", {"example"})
    (True, False)
    >>> _names_a_site("FASSETTE.NET", set(), any_domain=True), _names_a_site("Node.js", set(), any_domain=True)
    (True, False)
    """
    part = part.strip()
    if _DOMAIN.fullmatch(part) and (any_domain or _site_domain(part, keys)):
        return True
    return is_site_name(part, keys, title_part=True)


def _site_domain(domain: str, keys: set[str]) -> bool:
    """A domain name whose name or one of its labels is a site key."""
    labels = domain.lower().removeprefix("www.").split(".")
    return loose_key(".".join(labels)) in keys or any(
        len(label) >= 3 and label not in _GENERIC_HOST and loose_key(label) in keys for label in labels[:-1])


def _site_tail(tail: str, keys: set[str], domain: bool = True) -> bool:
    """The end of a title that is the site's: its name, or its exact name followed by
    a slogan or a byline ("| Example Times | by Jane Doe", "| Example | Discover now!").
    Without ``domain`` (after ": "), a domain name is no site tail."""
    if (domain or not _DOMAIN.fullmatch(tail.strip())) and _names_a_site(tail, keys):
        return True
    parts = title_parts(tail)
    return 1 < len(parts) <= 3 and loose_key(parts[0]) in keys and len(tail) <= 80


def title_parts(title: str) -> list[str]:
    """The separated parts of a title (at most ``_MAX_PARTS + 1``).

    >>> title_parts("Site : Big news - More")
    ['Site', 'Big news', 'More']
    """
    parts: list[str] = []
    start = 0
    for m in islice(_SEPARATORS.finditer(title), _MAX_PARTS):
        parts.append(title[start:m.start()])
        start = m.end()
    parts.append(title[start:])
    return [p.strip() for p in parts if p.strip()]


def archive_title_site(title: str | None, url: str = "") -> str | None:
    """The site's name in a WordPress classic-theme title, "Site » Blog Archive » Post":
    the part before the archive part, whatever the host is called (a station's blog on
    its network's host). A theme that puts the post first ("Post « Blog Archive « Site",
    its separators pointing back) names the site last when the first part is the post's
    own slug in ``url`` (else no site: the order is unsure); a first part that is the
    slug is the post, so the other end is the site; a part that is both ends names no site.

    >>> archive_title_site("The Film Gang » Blog Archive » Stand Up Guys")
    'The Film Gang'
    >>> archive_title_site("Stand Up Guys « Blog Archive « The Film Gang", "https://b.example/stand-up-guys/")
    'The Film Gang'
    >>> archive_title_site("The Film Gang « Blog Archive « Stand Up Guys", "https://b.example/?p=12") is None
    True
    >>> archive_title_site("Stand Up Guys » Blog Archive » The Film Gang", "https://b.example/2013/02/stand-up-guys/")
    'The Film Gang'
    >>> archive_title_site("Blog Archive » Stand Up Guys") is None
    True
    """
    text = title or ""
    parts = title_parts(text)
    if len(parts) < 3:
        return None
    backward = "«" in text and "»" not in text
    if loose_key(parts[-2 if backward else 1]) not in _ARCHIVE_PARTS:
        return None
    site, post = (parts[-1], parts[0]) if backward else (parts[0], parts[-1])
    slug = _slug_key(url)
    if slug and loose_key(site) == slug:
        site, post = post, site
    elif backward and loose_key(post) != slug:
        return None     # "A « Blog Archive « B" with no slug saying which end the post is
    return None if loose_key(site) in (loose_key(post), slug) else site


_SLUG_CHARS = 4             # a shorter last path segment ("p", "123") names no post


def _slug_key(url: str) -> str:
    """The loose key of ``url``'s last path segment (a post's slug: "stand-up-guys"),
    without its extension; "" for a number or a short segment."""
    path = url.split("?", 1)[0].split("#", 1)[0]
    segment = next((s for s in reversed(path.split("/")) if s), "").split(".", 1)[0]
    key = loose_key(segment)
    return key if len(key) >= _SLUG_CHARS and not key.isdigit() else ""


def similar(a: str, b: str) -> float:
    """Share of the shorter title's loose key found in the longer one (0..1).

    >>> similar("Big news today", "Big news today | Site")
    1.0
    """
    ka, kb = loose_key(a), loose_key(b)
    if not ka or not kb:
        return 0.0
    if ka == kb:
        return 1.0
    short, long_ = (ka, kb) if len(ka) <= len(kb) else (kb, ka)
    if short in long_:
        return len(short) / len(long_) if len(short) < 0.5 * len(long_) else 1.0
    # common prefix + suffix share
    prefix = 0
    for x, y in zip(short, long_, strict=False):
        if x != y:
            break
        prefix += 1
    suffix = 0
    for x, y in zip(reversed(short), reversed(long_), strict=False):
        if x != y:
            break
        suffix += 1
    return min(1.0, (prefix + suffix) / len(long_))


_EDGE_SEP = re.compile(r"^\s*(?:[|\-–—:·•»«/ㅣ]|::)\s*")


_DIGIT = re.compile(r"\d")


def _site_or_date_tail(tail: str, keys: set[str]) -> bool:
    """Every separated part of ``tail`` names the site or carries a date / number.
    (Another candidate shows the title without ``tail``: a bare domain name after a
    separator other than ":" is a site's, whichever site.)"""
    parts = [p for p in _SEPARATORS.split(tail) if p and p.strip()]
    any_domain = not tail.lstrip().startswith(":")
    return bool(parts) and all(_DIGIT.search(p) or _names_a_site(p, keys, any_domain) for p in parts)


def _trim_against(text: str, others: list[str], keys: set[str], headline: str | None,
                  shown: bool = False) -> str:
    """``text`` cut down to another candidate when it only appends a separated part
    ("Headline | DW | 28.04.2023" next to "Headline"). A part the JSON-LD
    ``headline`` carries too stays, unless it names the site or a date: the
    publisher wrote it into the headline ("Headline - Latest news"). A separated
    part in front is a kicker and stays."""
    best = text
    for other in others:
        if not other or len(other) >= len(best) or len(other) < 8:
            continue
        tail = best[len(other):]
        if best.startswith(other) and _EDGE_SEP.match(tail):
            if (shown or (headline and headline.endswith(tail))) and not _site_or_date_tail(tail, keys):
                continue
            best = other
    return best


_KICKER_SEP = re.compile(r":\s+|\s+[-–—|/]\s+")


def _drop_kicker(text: str) -> tuple[str, str] | None:
    """("Kicker", "Headline") for "Kicker: Headline" (a short leading label)."""
    match = _KICKER_SEP.search(text)
    if match is None or match.start() == 0 or match.start() > 60:
        return None
    rest = text[match.end():].strip()
    return (text[:match.start()], rest) if len(rest.split()) >= 3 else None


def _words(text: str) -> set[str]:
    return {w for w in (loose_key(w) for w in text.split()) if len(w) >= 3}


def _shared_headline(cleaned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """When no two candidates agree but two differ only in their leading labels,
    and those share no word ("Topic A: Headline" / "Other topic - Headline"),
    the part they share is the headline and the labels are kickers."""
    split = [(_drop_kicker(text), source) for text, source in cleaned]
    for i, (a, source) in enumerate(split):
        if a is None:
            continue
        for b, _ in split[i + 1:]:
            if b is not None and loose_key(a[1]) == loose_key(b[1]) \
                    and not _words(a[0]) & _words(b[0]):
                return a[1], source
    return None


_TYPOGRAPHY = str.maketrans({"–": "-", "—": "-", "‒": "-", "―": "-"})


def _typographic_key(text: str) -> str:
    """``text`` with dashes and capitals made alike (what a CMS rewrites in a declared title).

    >>> _typographic_key("Bankstern – der Film") == _typographic_key("BANKSTERN - der film")
    True
    """
    return _SPACE.sub(" ", text.translate(_TYPOGRAPHY)).strip().casefold()


def confirmed_form(forms: list[str], sources: list[str], keys: set[str], otherwise: str | None = None) -> str:
    """The first of ``forms`` (ways to read the visible headline) that a declared
    title agrees with loosely, else ``otherwise`` (default: the last form)."""
    stripped = [strip_title_suffix(s, keys) for s in sources if s]
    declared = {loose_key(s) for s in stripped}
    for form in forms:
        if loose_key(form) in declared:
            return form
    # a declared title with a kicker of its own ("Lockerungen: Headline" for the
    # shown "Nach den Lockerungen" + "Headline") confirms the bare headline
    ends = {loose_key(parts[-1]) for parts in map(title_parts, stripped) if len(parts) > 1}
    if len(forms) > 1 and loose_key(forms[0]) in ends:
        return forms[0]
    return forms[-1] if otherwise is None else otherwise


def _visible_tiebreak(cleaned: list[tuple[str, str]], groups: dict[str, list[int]],
                      best: int) -> str | None:
    """The visible headline, when it ties with one declared title that says
    something else: the page's reader sees the headline (``<h1>``), a share card
    shows ``og:title``. Not when the visible one only adds words to the declared
    one ("I sell Walt Disney World..." for "I sell Disney World..."): then the
    declared title is the headline and the additions are the page's display."""
    tied = [(t, s) for t, s in cleaned if len(groups[loose_key(t) or t]) == best]
    shown = [t for t, s in tied if s == "html"]
    if len(tied) != 2 or len(shown) != 1:
        return None
    declared = next(t for t, s in tied if s != "html")
    words = iter(_words_in_order(shown[0]))
    if all(any(w == v for v in words) for w in _words_in_order(declared)) \
            and not _adds_a_part(shown[0], declared):
        return None
    return shown[0]


_PARENTHETICAL = re.compile(r"\s*\([^()]{1,60}\)")


def _adds_a_part(shown: str, declared: str) -> bool:
    """``shown`` is ``declared`` with a separated part or a parenthesis added
    ("Lemon cake: simply delicious!", "Font size in R (5 Examples)"): words the
    shortened share-card title left out, not words woven into the headline.

    >>> _adds_a_part("Lemon cake from the tray: simply delicious!", "Lemon cake from the tray")
    True
    >>> _adds_a_part("I sell Walt Disney World holidays", "I sell Disney World holidays")
    False
    """
    key = loose_key(declared)
    if loose_key(_PARENTHETICAL.sub("", shown)) == key:
        return True
    parts = title_parts(shown)
    return len(parts) > 1 and loose_key(" ".join(parts[:-1])) == key


def _is_shown(text: str, cleaned: list[tuple[str, str]], members: list[int]) -> bool:
    """``text`` is the visible headline's spelling (source ``html``)."""
    return any(cleaned[i] == (text, "html") for i in members)


_JOINERS = re.compile(r"[\s:|/·•\-–—]+")


def _separators_restored(shown: str, typed: str) -> bool:
    """``typed`` (a declared title) is ``shown`` with the separators or spaces the
    page set as box edges put back: a kicker and a headline in two boxes read as
    "Kicker Headline" or "KickerHeadline" (or "Kicker : Headline" from a separator
    box), where the <title> types "Kicker: Headline". Nothing else may differ.

    >>> _separators_restored("Bei Protesten Bericht: Aktivistin getötet", "Bei Protesten: Bericht: Aktivistin getötet")
    True
    >>> _separators_restored("Kicker : Headline here", "Kicker: Headline here")
    True
    >>> _separators_restored("Kicker – Headline here", "Kicker: Headline here")
    False
    """
    bare, typed_bare = _SPACE.sub("", shown), _SPACE.sub("", typed)
    if typed == shown or not len(bare) <= len(typed_bare) <= len(bare) + 8:
        return False
    pos = 0
    for ch in typed_bare:  # ``shown`` without spaces, a subsequence of ``typed``
        if pos < len(bare) and ch == bare[pos]:
            pos += 1
        elif not _JOINERS.fullmatch(ch):
            return False
    return pos == len(bare)


def _words_in_order(text: str) -> list[str]:
    return [k for k in (loose_key(w) for w in text.split()) if k]


def _declared_end(cleaned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The declared title when the visible headline is it with a kicker in front
    ("Energy region: Climate pioneers?" shown, "Climate pioneers?" declared): the
    publisher's own title leaves the label out (see :func:`_reworded_shown`). Not
    when the shown headline runs on in lower case after the part ("'Ends recession
    debate': economists weigh in"): a quote opening the sentence, no label."""
    shown = next((t for t, s in cleaned if s == "html"), None)
    parts = title_parts(shown) if shown else []
    if len(parts) < 2 or parts[-1][:1].islower():
        return None
    end = loose_key(parts[-1])
    return next(((t, s) for t, s in cleaned if s != "html" and loose_key(t) == end), None)


def _reworded_shown(cleaned: list[tuple[str, str]]) -> tuple[str, str] | None:
    """The visible headline when no declared title agrees with it even loosely
    (quotes, case) and none is its bare end after a kicker ("Kicker: Headline"
    shown for a declared "Headline": the declared one is the headline)."""
    shown = next((c for c in cleaned if c[1] == "html"), None)
    if shown is None:
        return None
    declared = {loose_key(t) for t, s in cleaned if s != "html"}
    parts = title_parts(shown[0])
    if loose_key(shown[0]) in declared or (len(parts) > 1 and loose_key(parts[-1]) in declared):
        return None
    return shown


def choose_title(candidates: list[tuple[str, str]], keys: set[str],
                 shown_first: bool = False) -> tuple[str | None, str | None]:
    """Pick the headline from (text, source) candidates given in priority order.

    Suffixes naming the site are stripped, then candidates that agree loosely
    (case, punctuation, quote style) are grouped; the largest group wins, ties go
    to the earlier candidate, and the group is spelled as its earliest member.
    With ``shown_first`` (the visible headline is marked as the post's title),
    the visible one (source ``html``) wins outright.

    >>> choose_title([("A fine day", "json-ld"), ("A fine day | Site", "opengraph"),
    ...               ("A fine day!", "html")], {"site"})
    ('A fine day', 'json-ld')
    >>> choose_title([("SEO words", "json-ld"), ("Shown title", "opengraph"),
    ...               ("Shown title", "html")], set())
    ('Shown title', 'opengraph')
    """
    cleaned: list[tuple[str, str]] = []
    for text, source in candidates:
        # A headline is read up to MAX_TITLE_INPUT characters (the record keeps fewer).
        text = _SPACE.sub(" ", (text or "")[:MAX_TITLE_INPUT]).strip()
        if text:
            cleaned.append((strip_title_suffix(text, keys), source))
    # a candidate that is only the site's name ("<title>Example Times</title>") is no headline
    cleaned = [c for c in cleaned if loose_key(c[0]) not in keys] or cleaned
    if not cleaned:
        return None, None
    texts = [t for t, _ in cleaned]
    headline = next((t for t, s in cleaned if s == "json-ld"), None)
    cleaned = [(_trim_against(t, texts, keys, headline, s == "html"), s) for t, s in cleaned]
    reworded = _reworded_shown(cleaned) if shown_first else None
    if reworded is not None:
        return reworded
    groups: dict[str, list[int]] = {}
    for i, (text, _) in enumerate(cleaned):
        groups.setdefault(loose_key(text) or text, []).append(i)
    best = max(len(v) for v in groups.values())
    if best == 1:
        shared = _shared_headline(cleaned) or _declared_end(cleaned)
        if shared is not None:
            return shared
    visible = _visible_tiebreak(cleaned, groups, best)
    for text, _source in cleaned:
        members = groups[loose_key(text) or text]
        if len(members) == best and (visible is None or text == visible):
            first = cleaned[members[0]]
            # spelled as the page shows it when the visible headline differs from the
            # declared one only in typography (dashes, capitals)
            shown = next((cleaned[i][0] for i in members if cleaned[i][1] == "html"
                          and _typographic_key(cleaned[i][0]) == _typographic_key(first[0])), first[0])
            # ... and as a declared title types it when the visible one only lost the
            # separators between its boxes
            typed = next((cleaned[i][0] for i in members if cleaned[i][1] != "html"
                          and _separators_restored(shown, cleaned[i][0])), shown)
            return typed if _is_shown(shown, cleaned, members) else shown, first[1]
    return cleaned[0]


def site_part(part: str, site_keys: Collection[str], at_an_end: bool) -> bool:
    """Whether a part of a title names the site: one of its names, or (at the title's
    start or end) one followed by a word, the name of its web edition ("Milliyet
    İnternet - Ekonomi", "Herald Online - Sport", "Le Soir Web - Sports")."""
    if loose_key(part) in site_keys or loose_key(part, translit=True) in site_keys:
        return True
    head = part.rsplit(None, 1)[0] if at_an_end and len(part.split()) >= 2 else ""
    return bool(head) and (loose_key(head) in site_keys or loose_key(head, translit=True) in site_keys)
