"""What a page's address says of it: a story's slug or number, a listing's folder or query, a day's
archive file (the URL split once, :class:`Address`, for all its tests)."""

from __future__ import annotations

import re
from itertools import pairwise
from typing import NamedTuple
from urllib.parse import unquote, urlsplit

# Path words of pages that are prose but not articles, and of listing paths.
NON_ARTICLE_PATH_WORDS = frozenset({
    "about", "about-us", "contact", "contact-us", "privacy", "privacy-policy", "terms",
    "terms-of-service", "terms-of-use", "terms-and-conditions", "cookie-policy", "cookies",
    "imprint", "impressum", "legal", "disclaimer", "faq", "help", "jobs", "careers",
    "advertise", "subscribe", "newsletter", "newsletters", "login", "register", "search",
    "sitemap", "accessibility", "corrections", "ethics", "mentions-legales", "datenschutz",
    # a newsroom's standards pages ("/about/editorial-policies", "/editorial-standards"), as "ethics"
    "editorial-policy", "editorial-policies", "editorial-standards",
    "kontakt", "aviso-legal", "privacidad",
    # Swedish "about us", "contact us" and "subscribe"; Vietnamese "about" ("giới thiệu"), "contact"
    # ("liên hệ", "liên hệ tòa soạn": the newsroom's) and "subscribe" ("đăng ký", "đặt báo": the paper)
    "om-oss", "kontakta-oss", "prenumerera", "gioi-thieu", "lien-he", "lien-he-toa-soan", "dang-ky", "dat-bao",
    # Indonesian "about us", "contact us", "privacy policy", "terms and conditions", the masthead
    # ("redaksi", the editorial board) and the cyber-media reporting guideline every Indonesian news
    # site prints under Dewan Pers's rules ("Pedoman Pemberitaan Media Siber", dated 3 February 2012)
    "tentang-kami", "hubungi-kami", "kebijakan-privasi", "syarat-dan-ketentuan", "redaksi",
    "pedoman-media-siber", "pedoman-pemberitaan-media-siber",
})
# Path words of a site's service pages that are no story but may name a section a story's
# crumb links to ("Weather" over a storm's story): the weather page ("/weather/", German
# "/wetter/", Swedish "/vader/", Vietnamese "/thoi-tiet/"), read as a site page by its address alone.
SERVICE_PATH_WORDS = frozenset({"weather", "wetter", "vader", "väder", "thoi-tiet"})
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
    # Portuguese "archive" ("/arquivo.htm", "/arquivos/2004/"), a topic's page on Brazilian
    # portals ("/tudo-sobre/petrobras/", "everything about"), and the latest news in
    # Portuguese and Spanish ("/ultimas-noticias/", "/ultimas-noticias/index/feed/pagina-2.ghtml")
    "arquivo", "arquivos", "tudo-sobre", "ultimas-noticias",
    # Indonesian and Malay "index" (a day's list of all stories, "/indeks/2024/05/06/") and "archive"
    "indeks", "arsip",
})
# The listing words above that name a stream of stories, not a taxonomy's term: right under
# them a slug of three words is one story's ("/ultimas-noticias/governo-aprova-reforma",
# "/archive/ferry-vote-passes"), where right under "/tag/" or "/topic/" it names the tag
_STREAM_PATH_WORDS = frozenset({"ultimas-noticias", "archive", "archives", "arquivo", "arquivos", "arsiv", "indeks",
                                "arsip"})
# A file's name that is a listing's as the words above are ("archiv.php", "archivo.html"):
# "archive" in German, Czech and Slovak, Spanish and Italian. (Not as folders: German sites
# move their stories to "/archiv/slug-123", each one story's page.)
_FILE_LISTING_WORDS = LISTING_PATH_WORDS | {"archiv", "archivo", "archivio"}
# The words of a file's name that make it an index of stories beside a listing word:
# "index-news.html", "news-list.php", "all-news.htm" (alone, "index.html" and "news.html"
# may be one story's file: "/2004/05/16/story/index.html")
_FILE_INDEX_WORDS = frozenset({"index", "news", "all", "list", "latest"})
# A writer's or member's page ("/profile/jane-doe/profile" on Wix, "/profile/jane-doe"
# on forums and community sites; not "profiles", a magazine's section of stories about
# people): a listing by its path as the words above, but a story's folder does not
# stop its own story's evidence (a magazine's "/profile/the-ferry-captain", dated,
# bylined prose, is one story: :func:`.signals.own_story`).
PROFILE_PATH_WORDS = frozenset({"profile"})
# The folders of a writer's page under other words than "author": a newsroom's staff
# ("/staff/jane-doe", US papers), its team ("/equipe/jean-dupont", French and Portuguese),
# German "/redaktion/anna-schmidt" and "/autoren/" (the authors), "/journalist/jane-doe"
# (Scandinavian and German papers), "/signataires/jean-dupont" (French papers': the
# bylines' signers, Le Monde's writers' pages). Unlike the listing words above they also file
# stories ("/redaktion/kommentar-zur-wahl"), so the address makes a listing only of a
# page that lists teasers (:func:`writer_page_path`, ``kind._writer_listing``).
WRITER_PAGE_WORDS = frozenset({"staff", "equipe", "équipe", "redaktion", "autoren", "journalist", "journalists",
                               "journalisten", "signataires"})
# A member's handle as a page's last segment, the platforms' writer pages ("/@janedoe", "/@jane.doe")
_HANDLE = re.compile(r"^@[^\W_][\w.-]{0,60}$")
# A writer's name or id as a page's last segment: one to four words ("jane-doe",
# "jean-pierre-dupont"), or a number
_WRITER_NAME = re.compile(r"^(?:[^\W\d_]+(?:[-_.+][^\W\d_]+){0,3}|\d+)$")

SLUG_WORD = re.compile(r"[^\W\d_]{2,}")
_NUMERIC_ID = re.compile(r"\d{4,}")
YEAR = re.compile(r"^(19|20)\d\d$")
# A query naming one record by its number, as the scripts of older CMSes print it
# (PHP-Nuke "sid", Joomla "id", WordPress "p", "nr"/"no" of German and French ones,
# SPIP's "id_article" / "id_breve", and SPIP 2's own "spip.php?article123" /
# "spip.php?breve45", the kind and the number as one key): "/archive/show.php?nr=709"
# shows one story, whatever folder the script sits in (Turkish "haber", news, too:
# "?HaberID=12"). Paging and category keys ("page", "cat", "catid", SPIP's
# "id_rubrique" and "rubrique12", "id_auteur") are not among them.
ONE_RECORD_QUERY = re.compile(
    r"(?:^|&)(?:(?:id|nr|no|num|p|aid|sid|nid|node|story(?:_?id)?|article(?:_?id)?|artikel(?:_?id)?"
    r"|item(?:_?id)?|news(?:_?id)?|haber(?:_?id)?|post(?:_?id)?|id_(?:article|breve|news|story|post))=\d+"
    r"|(?:article|breve)\d+)"
    r"(?:&|$)", re.IGNORECASE)

_TAG_SLUG_WORDS = 5         # a tag or author name has fewer words than an article's slug


class Address(NamedTuple):
    """A URL split once for the tests of its path: its path's segments, lower case,
    its last one without its extension ("" for none), and its query."""

    segments: list[str]
    last: str
    query: str


def split_address(url: str) -> Address:
    parts = urlsplit(url)
    # (a slug in another script is read as its letters, not its percent-escapes: "/tagged/%D8%B3%D9%81%D8%B1")
    segments = [seg for seg in unquote(parts.path).lower().split("/") if seg]
    return Address(segments, segments[-1].rsplit(".", 1)[0] if segments else "", parts.query)


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
    return article_like(split_address(url))


def article_like(address: Address) -> bool:
    """:func:`article_like_url` of a split URL."""
    if _in_listing_folder(address):
        return False
    last = address.last
    if last in NON_ARTICLE_PATH_WORDS or last in LISTING_PATH_WORDS or last in PROFILE_PATH_WORDS:
        return False
    if len(SLUG_WORD.findall(last)) >= 3 or _day_file(address) or _dated_record(address):
        return True
    ids = _NUMERIC_ID.findall(last) + _NUMERIC_ID.findall(_record_part(address.query))
    return any(not YEAR.match(found) for found in ids)


def _dated_record(address: Address) -> bool:
    """A story's number in a folder under a day's folders, a channel's short number last, as
    old portals printed them ("/read/2003/05/15/110800/5131/10/": the day, the time, the
    story's id, the channel's): no listing's page holds a number of four figures after its day.
    Figures only after the day: a word there names a page about the story ("/12345/comments").

    >>> _dated_record(split_address("http://a.example/read/2003/05/15/110800/5131/10/"))
    True
    >>> _dated_record(split_address("http://a.example/2003/05/15/page/2/"))
    False
    """
    segments = address.segments
    for n in range(len(segments) - 3):
        a, b, c = segments[n:n + 3]
        if YEAR.match(a) and _MONTH_OR_DAY.match(b) and _MONTH_OR_DAY.match(c):
            rest = segments[n + 3:]
            return all(seg.isdigit() for seg in rest) and any(_NUMERIC_ID.fullmatch(seg) and not YEAR.match(seg)
                                                              for seg in rest)
    return False


def _in_listing_folder(address: Address) -> bool:
    """Whether the URL names a page of a listing's folder ("/tag/x/feed", "/temas/salud/page/2"):
    a listing word among its folders, and the last segment no story's. A day's file under an
    archive's folder ("/archive/2003/05/17/POLI4.HTM") is a story's, and so is a slug of
    three words or an id below the listing's own folder ("/temas/salud/2024/05/vacunas-llegan-al-pais",
    "/tema/salud/nota-123456": :func:`listing_path`); right under the listing word a slug
    names the listing ("/tagged/first-long-trip").

    >>> def folder(url): return _in_listing_folder(split_address(url))
    >>> folder("https://a.example/temas/salud/2024/05/vacunas-llegan-al-pais"), folder("https://a.example/tag/x/page/2")
    (False, True)
    """
    segments = address.segments
    at = next((k for k, seg in enumerate(segments[:-1]) if seg in LISTING_PATH_WORDS), None)
    if at is None or _day_file(address):
        return False
    return (at >= len(segments) - 2 and segments[at] not in _STREAM_PATH_WORDS) or listing_path(address) is not None


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


def _day_file(address: Address) -> bool:
    """A file under a day's folders, its name numbered and no index's
    ("/2004/05/16/ekonomi/eko03.html", "/2004/05/16/world/16iraq.html"): an old paper's
    archive files each day's stories so, under short names no slug's words make. A
    name without a figure ("/2004/05/16/ekonomi.html") may be that day's section page.

    >>> _day_file(split_address("http://a.example/2004/05/16/spor.html")), _day_file(split_address("http://a.example/2004/05/16/x/page2.html"))
    (False, False)
    >>> _day_file(split_address("http://a.example/news/0405/16/nat04.htm")), _day_file(split_address("http://a.example/news/1234/16/a4.htm"))
    (True, False)
    >>> _day_file(split_address("http://a.example/archive/2010/11/week1.html"))  # (a year and a month: no day's file)
    False
    >>> _day_file(split_address("http://a.example/archive/2002/184/pol3.html"))  # (the year's 184th issue)
    True
    >>> _day_file(split_address("http://a.example/archive/2002/008/pol3.html")), _day_file(split_address("http://a.example/archive/2002/08/pol3.html"))
    (True, False)
    """
    segments = address.segments
    letters = "".join(c for c in address.last if c.isalpha())
    if (len(segments) < 3 or "." not in segments[-1] or not any(c.isdigit() for c in address.last)
            or letters in _DAY_INDEX_NAMES or letters in LISTING_PATH_WORDS or letters in NON_ARTICLE_PATH_WORDS):
        return False
    if any(_YEAR_MONTH.match(a) and _MONTH_OR_DAY.match(b) and not (YEAR.match(a) and int(b) <= 12)
           for a, b in pairwise(segments[:-1])):
        return True  # a year's last two figures and the month in one folder, then the day's: "/news/0405/16/nat04.htm"
    if any(YEAR.match(a) and _EDITION.match(b) for a, b in pairwise(segments[:-1])):
        return True  # a year's folder, then one edition's number no month has: "/archive/2002/184/pol3.html"
    return len(segments) >= 4 and any(YEAR.match(a) and _MONTH_OR_DAY.match(b) and _MONTH_OR_DAY.match(c)
                                      for a, b, c in zip(segments, segments[1:], segments[2:-1], strict=False))


# A folder numbering one edition of a year, as an old paper files each issue's stories under the
# year's folder ("/archive/2002/184/pol3.html": issue 184, or the year's 184th day): 13 to 99, or
# three figures ("008": no month is written so), a figure no month has ("/archive/2010/11/week1.html"
# is November's, a month's list).
_EDITION = re.compile(r"^(?:1[3-9]|[2-9]\d|\d\d\d)$(?<!000)")


# A folder of a year's last two figures and a month's ("0405": May 2004), as old papers file a
# month's days under it ("/hindi/news/0405/16/hin05.htm"). Not a year's four figures before a month's folder
# ("/archive/2010/11/week1.html": 2010's November, where "2010" also reads as October 2020).
_YEAR_MONTH = re.compile(r"^\d\d(?:0[1-9]|1[0-2])$")


def dated_permalink(address: Address) -> bool:
    """A post's address by its date folders: a slug with letters right under a year's and
    a month's folder, or their day's ("/2024/05/16/ferry-vote/", WordPress's default
    permalink; "/news/2024/05/ferry/"), whatever its words; not a listing's or a site
    page's word there ("/2024/05/page/2/"), nor a year's section ("/2024/elections/").

    >>> [dated_permalink(split_address(u)) for u in ("http://a.example/2024/05/16/ferry-vote/",
    ...  "http://a.example/2024/05/ferry", "http://a.example/2024/elections/", "http://a.example/2024/05/16/")]
    [True, True, False, False]
    """
    segments, last = address.segments, address.last
    if len(segments) < 3 or not SLUG_WORD.search(last) or last in LISTING_PATH_WORDS \
            or last in NON_ARTICLE_PATH_WORDS or any(seg in LISTING_PATH_WORDS for seg in segments[:-1]):
        return False
    folders = segments[:-1]
    if len(folders) >= 3 and YEAR.match(folders[-3]) and _MONTH_OR_DAY.match(folders[-2]) \
            and _MONTH_OR_DAY.match(folders[-1]):
        return True
    return bool(YEAR.match(folders[-2]) and _MONTH_OR_DAY.match(folders[-1]) and int(folders[-1]) <= 12)


def headline_address(address: Address) -> bool:
    """An address only one story has: a dated permalink (:func:`dated_permalink`), a record's
    number in its last segment (not a year's), or a slug of a headline's length
    (``_TAG_SLUG_WORDS`` words); a topic's or a section's page is named, never dated or numbered.

    >>> [headline_address(split_address(u)) for u in ("https://a.example/news/2024/05/16/brexit/",
    ...  "https://a.example/news/brexit-123456", "https://a.example/news/brexit", "https://a.example/news/island-ferry-services")]
    [True, True, False, False]
    """
    last = address.last
    return dated_permalink(address) or len(SLUG_WORD.findall(last)) >= _TAG_SLUG_WORDS \
        or any(not YEAR.match(n) for n in _NUMERIC_ID.findall(last))


def top_level(address: Address) -> bool:
    """A path of one segment without digits ("/who-we-are", "/our-story.html")."""
    segments = address.segments
    return len(segments) <= 1 and not any(c.isdigit() for c in "".join(segments)) and not address.query


def listing_path(address: Address) -> str | None:
    """The listing word of a URL like a tag, section, author or archive page
    ("/tag/air-quality/", "/section/science/page/3/"), unless its last segment is
    one article's slug or id ("/themen/gruener-wasserstoff-fuer-die-industrie").

    >>> def path(url): return listing_path(split_address(url))
    >>> path("https://a.example/tag/air-quality/"), path("https://a.example/section/science/page/3/")
    ('tag', 'section')
    >>> path("https://a.example/tag/right-to-repair/"), path("https://a.example/ultimas-noticias/governo-aprova-reforma")
    ('tag', None)
    >>> path("https://a.example/themen/energie/gruener-wasserstoff-fuer-die-industrie") is None
    True
    >>> path("https://a.example/archive/show.php?nr=709"), path("https://a.example/archive/list.php?cat=7")
    (None, 'archive')
    >>> path("https://a.example/archives/spip.php?article123"), path("https://a.example/archives/spip.php?rubrique4")
    (None, 'archives')
    >>> path("https://a.example/Kategori.aspx?KatID=3&Sayfa=2"), path("https://a.example/gazeta/arquivo.htm")
    ('kategori', 'arquivo')
    >>> path("https://a.example/archive.php?id=709"), path("https://a.example/Page.aspx?pageid=12")
    (None, None)
    >>> path("https://a.example/author/85723/"), path("https://a.example/news/85723/")
    ('author', None)
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
                    and address.last != "page" and not ONE_RECORD_QUERY.search(address.query))
        return address.last if scripted or _listing_file(address) else None
    if segments[-1] != word and "." in segments[-1] and ONE_RECORD_QUERY.search(address.query):
        return None  # a script under the folder showing one record ("/archive/show.php?nr=709")
    last = address.last
    if len(segments) > 1 and segments[-2] == word and word in _WRITER_WORDS and last.isdigit():
        return word  # a writer's page by its id ("/author/85723/": Arc's and many CMSs' author pages)
    # right under the listing word ("/tag/right-to-repair/"), only a long slug is an
    # article's; deeper down, any slug of three words or an id is
    # (under a stream's word, "/ultimas-noticias/", any slug of three words is a story's)
    slug_words = _TAG_SLUG_WORDS if len(segments) > 1 and segments[-2] == word and word not in _STREAM_PATH_WORDS else 3
    if len(SLUG_WORD.findall(last)) >= slug_words or any(
            not YEAR.match(n) for n in _NUMERIC_ID.findall(last)):
        return None
    return word


# The listing words of a writer's page: an id right under one names the writer, not a story.
_WRITER_WORDS = frozenset({"author", "authors", "autor", "autores"})


def writer_page_path(address: Address) -> str | None:
    """The word of a writer's folder (:data:`WRITER_PAGE_WORDS`) that the address is the page
    of: the folder itself ("/autoren/") or a name or id right under it ("/staff/jane-doe",
    "/redaktion/12345"), else ``None`` ("/redaktion/2024/kommentar-zur-wahl-123").

    >>> def path(url): return writer_page_path(split_address(url))
    >>> path("https://a.example/staff/jane-doe/"), path("https://a.example/de/autoren/"), path("https://a.example/equipe/jean-pierre-dupont")
    ('staff', 'autoren', 'equipe')
    >>> path("https://a.example/staff/2024/05/ferry-vote-passes"), path("https://a.example/news/jane-doe")
    (None, None)
    >>> path("https://a.example/letters/@janedoe"), path("https://a.example/@janedoe/ferry-vote-passes-1a2b")
    ('@', None)
    """
    segments = address.segments
    if not segments or address.query:
        return None
    if segments[-1] in WRITER_PAGE_WORDS:
        return segments[-1]
    if _HANDLE.match(segments[-1]):
        return "@"  # a member's handle as the page's address ("/@janedoe": Substack, Medium, Mastodon)
    if len(segments) >= 2 and segments[-2] in WRITER_PAGE_WORDS and _WRITER_NAME.match(address.last):
        return segments[-2]
    return None


def _listing_file(address: Address) -> bool:
    """Whether the last segment is a file named as a listing, its words all listing or index
    words, one a listing's ("arquivo.htm", "archive.html", "archiv.php", "tag-index.html") or two
    index words ("index-news.html"), and no query naming one record ("archive.php?id=709").

    >>> def file(url): return _listing_file(split_address(url))
    >>> file("http://a.example/gazeta/arquivo.htm"), file("http://a.example/index-news.html"), file("http://a.example/archiv.php")
    (True, True, True)
    >>> file("http://a.example/index.html"), file("http://a.example/archive/"), file("http://a.example/page.html")
    (False, False, False)
    """
    segments = address.segments
    if not segments or "." not in segments[-1] or ONE_RECORD_QUERY.search(address.query):
        return False
    words = [word for word in re.split(r"[-_.\s]+", address.last) if word]
    if not words or words == ["page"] or any(w not in _FILE_LISTING_WORDS and w not in _FILE_INDEX_WORDS for w in words):
        return False
    return len(words) >= 2 or words[0] in _FILE_LISTING_WORDS


def listing_address(address: Address) -> bool:
    """Whether the URL names a listing by its shape: a query of whose or what stories
    it lists and no one record's ("/blog?author=5f2a5474f"), or a folder at the top of the
    site ("/harbour": a section), where one card may be all a listing holds.

    >>> def listing(url): return listing_address(split_address(url))
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
        return rest != address.query and not ONE_RECORD_QUERY.search(address.query) \
            and not any(not YEAR.match(found) for found in _NUMERIC_ID.findall(rest))
    return top_level(address) and not article_like(address)  # (not WordPress's "/%postname%/")
