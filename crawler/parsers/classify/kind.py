"""The decision: :func:`page_kind` weighs what the page says about itself against the
signals of :mod:`.signals`, :mod:`.listing`, :mod:`.site_pages` and :mod:`.print_copies`."""

from __future__ import annotations

from crawler.items import Block
from crawler.parsers.classify.addresses import (
    Address,
    article_like,
    dated_permalink,
    listing_path,
    split_address,
    writer_page_path,
)
from crawler.parsers.classify.listing import (
    PAGED,
    one_long_story,
    rows_beside_text,
    teasers_hold_text,
    topic_hub,
)
from crawler.parsers.classify.print_copies import printable_copy
from crawler.parsers.classify.signals import (
    LISTING_TYPES,
    MIN_PROSE_BLOCKS,
    MIN_WORDS_BY_URL,
    MIN_WORDS_PROSE,
    ONE_SIGN_STORY_WORDS,
    Words,
    long_story,
    own_story,
    story_words,
)
from crawler.parsers.classify.site_pages import ABOUT_TYPES, dated_path, site_page, site_page_path
from crawler.parsers.classify.teasers import MIN_SENTENCE_WORDS, TEASER_CHARS, Teaser
from crawler.parsers.vocabulary import ARTICLE_TYPES


def page_kind(
    *, url: str, page_types: set[str], has_date: bool, has_byline: bool, blocks: list[Block],
    teaser_headlines: list[Teaser], has_writer: bool = False, block_tokens: list[int] | None = None,
    canonical: str | None = None, static: str | None = None, byline: str | None = None,
    title: str | None = None, posts: tuple[str, ...] = (), dateline: str | None = None,
) -> tuple[str, str]:
    """``(kind, why)`` of a page with a main text: ``article``, ``listing`` or ``page``.

    What the page says about itself decides first (schema.org / OpenGraph types);
    then a column of linked teaser headlines makes a listing; a site page's address
    (about, contact, legal) with no writer named is a page, dated or not; a date or a
    byline over real sentences makes an article however short; a site page (its
    address, a shop's type, the top of the site) is a page; long prose is an
    article; the rest is a page. ``block_tokens``: each block's :func:`word_count`, if the
    caller has them (then only the blocks' Han and kana are read again for the count). ``canonical``: the
    URL the page names as its own (a print copy naming its story is the story). ``static``: why the
    markup marks a CMS's static page (:func:`.site_pages.static_page`): undated, a page.
    ``byline``, ``dateline``: the printed lines the writer and the date were read from (a teaser card's
    is no story's own evidence). ``title``: the page's headline (a topic's hub is named, not headlined:
    :func:`.listing.topic_hub`). ``posts``: its whole posts under unlinked titles (:func:`.teasers.dated_posts`)."""
    typed_article, address = page_types & ARTICLE_TYPES, split_address(url)  # (the URL split once, for all its tests)
    # (a copy naming its story as canonical is stored, once, under the story's address)
    printable = printable_copy(address) if not canonical or canonical == url else None
    if printable:
        return "page", printable
    counted = Words(blocks, block_tokens)  # (counted only when asked: a typed page, most pages, needs no count)
    if not typed_article and page_types & ABOUT_TYPES \
            and not _questions_box(page_types, has_date, has_writer, counted, teaser_headlines):
        return "page", "type " + ", ".join(sorted(page_types & ABOUT_TYPES))
    if not typed_article and (hub := topic_hub(title, address, counted, teaser_headlines)):
        return "listing", hub
    if own_story(address, page_types, has_date, has_writer, counted, teaser_headlines):
        # one story's own evidence: its date, its writer, its prose, its address; the
        # teasers and item lists beside such a text are its related stories
        return "article", f"dated, bylined prose at a story's URL, {counted.total()} words" + _outvoted(address, page_types)
    listing_types = page_types & LISTING_TYPES
    if listing_types and (not typed_article or counted.total() < MIN_WORDS_PROSE):
        # a collection whose teasers are typed as articles is still a collection
        return "listing", "type " + ", ".join(sorted(listing_types))
    if typed_article:
        return "article", "type " + ", ".join(sorted(typed_article))
    words = counted.total()
    if listing := teasers_hold_text(url, counted, teaser_headlines, has_date, has_writer, byline, title) or (
            _listing_by_path(url, address, has_date and has_writer, counted, teaser_headlines)) or _writer_listing(
            address, counted, teaser_headlines, (title, dateline) if has_date else None) or (
            _whole_posts(address, posts, counted)) or (
            None if has_writer else rows_beside_text(counted, teaser_headlines)):
        return "listing", listing
    sentences = counted.sentences()
    if (site_path := site_page_path(address)) and not has_writer and not dated_path(address):
        return "page", site_path  # ("/about", "/contact" dated by the date every page of the site prints)
    if (has_date or has_byline) and sentences:
        return "article", ("dated" if has_date else "bylined") + f" prose, {words} words" + _outvoted(address, page_types)
    if site := site_page(address, page_types) or static:
        return "page", site
    if words >= MIN_WORDS_PROSE and sentences >= MIN_PROSE_BLOCKS:
        return "article", f"prose of {words} words"
    if words >= MIN_WORDS_BY_URL and sentences and article_like(address):
        return "article", f"article-like URL, {words} words"
    return "page", f"{words} words, {sentences} sentence blocks, no date or byline"


# The listing words of a CMS's folders, where a post may be filed ("/page/ueber-den-film",
# "/section/harbour-history/", "/archive/ferry-vote"); not a taxonomy's term ("/tag/",
# "/category/", "/thema/": its long text is the term's description, an SEO plugin's), a
# writer's page (its bio and its latest story's date and writer) or a search's results
_FOLDER_PATH_WORDS = frozenset({"page", "section", "sections", "archive", "archives", "arquivo", "arquivos",
                                "arsiv", "ultimas-noticias", "organisations", "organizations"})


def _listing_by_path(url: str, address: Address, signed: bool, counted: Words, teasers: list[Teaser]) -> str | None:
    """Why the path names a listing (:func:`.addresses.listing_path`), else ``None``; not where a
    dated, bylined (``signed``) long story of its own (:func:`.listing.one_long_story`) is the text:
    a path's word does not outvote a story's date, writer and prose (a post filed under a CMS's
    "/page/" or "/archive/" folder: ``_FOLDER_PATH_WORDS``), unless the address is a listing's
    later page."""
    path = listing_path(address)
    # (a number last, or a page's in the query, is a listing's later page or a month's:
    # "/page/2/", "/archive/2024/05/", "/category/harbour/?page=2")
    if path and (not signed or path not in _FOLDER_PATH_WORDS or address.last.isdigit() or PAGED.search(url)
                 or not one_long_story(counted, teasers)):
        return f"listing path /{path}/"
    return None


_WHOLE_POSTS = 3  # whole posts under unlinked titles that make a page a blog's page of posts
_POST_BLOCKS = 2  # sentence blocks under a post's title: a whole post's (a card prints one snippet)


def _whole_posts(address: Address, titles: tuple[str, ...], counted: Words) -> str | None:
    """Why a page printing ``_WHOLE_POSTS`` whole posts or more is a listing: each under its
    unlinked, dated title (:func:`.teasers.dated_posts`), a heading of the text followed by
    ``_POST_BLOCKS`` sentence blocks or more of its own before the next heading (a card's is
    one snippet). A blog's front page or its archive shows its posts so, at no story's
    address (:func:`.addresses.article_like`, :func:`.addresses.dated_permalink`: "/2024/05/16/ferry/"
    is one post's page, "/2024/05/" a month's), and no whole text of its own above the first
    (a post's comments, a live report's entries, a chronicle's sections follow a story's text)."""
    if len(titles) < _WHOLE_POSTS or article_like(address) or dated_permalink(address):
        return None
    wanted, posts, under, own = set(titles), 0, None, 0
    for block, n in zip(counted.blocks, counted.block_counts(), strict=True):
        sentence = block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS
        if block.type == "h":
            posts += under is not None and under >= _POST_BLOCKS
            under = 0 if " ".join(block.text.split())[:TEASER_CHARS] in wanted else None
        elif under is not None and sentence:
            under += 1
        elif sentence and not posts and (own := own + 1) >= _POST_BLOCKS:
            return None  # (the page's own story, above its first titled entry)
    posts += under is not None and under >= _POST_BLOCKS
    return f"{posts} whole posts under unlinked titles, each with its date" if posts >= _WHOLE_POSTS else None


_WRITER_CARDS = 2  # teasers that make a writer's page at its address a listing (:func:`_writer_listing`)


def _writer_listing(address: Address, counted: Words, teasers: list[Teaser],
                    dated: tuple[str | None, str | None] | None = None) -> str | None:
    """Why a writer's page under another word than "author" (:func:`.addresses.writer_page_path`:
    "/staff/jane-doe", "/redaktion/anna-schmidt", "/autoren/") is a listing: it lists
    ``_WRITER_CARDS`` teasers or more beside a text shorter than a brief's own sentences (its
    bio: :data:`.signals.ONE_SIGN_STORY_WORDS`). A story filed under such a folder
    ("/redaktion/kommentar-zur-wahl") runs longer than its related box, or lists none, or is
    a dated brief of ``_WRITER_CARDS`` sentence blocks of its own (none of the cards') under a
    headline that names no one (:func:`_names_someone`), its date line none of the cards'
    (``dated``: a dated page's title and the text its date was read from)."""
    word = writer_page_path(address)
    if word is None or (dated and _own_brief(dated, counted, teasers)):
        return None
    cards = sum(1 for teaser in teasers if not (teaser.item or teaser.boxed))
    # (at a handle's address, "/@janedoe", or a signer's, "/signataires/jean-dupont", one card will
    # do: a platform files no story there, nor a French paper under its bylines' signers)
    if cards < (1 if word in ("@", "signataires") else _WRITER_CARDS) or (own := story_words(counted, teasers)) >= ONE_SIGN_STORY_WORDS:
        return None
    return f"a writer's page /{word}/: {cards} teasers beside {own} words of its own"


def _own_brief(dated: tuple[str | None, str | None], counted: Words, teasers: list[Teaser]) -> bool:
    """Whether a dated page is a brief of its own: its headline names no one, its date line is
    none of the teasers' card lines, and ``_WRITER_CARDS`` of its sentence blocks are none of
    the cards' either."""
    title, dateline = dated
    line = " ".join((dateline or "").split())
    if not title or not line or _names_someone(title) \
            or any(line in text for teaser in teasers for text in (*teaser.before, *teaser.after)):
        return False
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    return sum(1 for block, n in zip(counted.blocks, counted.block_counts(), strict=True)
               if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS
               and " ".join(block.text.split())[:TEASER_CHARS] not in cards) >= _WRITER_CARDS


_NAME_WORDS = 4  # "Jane Doe", "Anna-Lena von der Heide": a writer's page's title
# The small words of names ("Ursula von der Leyen", "Vincent van Gogh", "Ana de Souza")
_NAME_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "di", "du", "dos", "das", "del", "della",
                             "le", "la", "ten", "ter", "bin", "al", "el", "y", "e"})


def _names_someone(title: str) -> bool:
    """Whether ``title`` reads as a person's name: ``_NAME_WORDS`` words or fewer, each a
    capitalised word without digits or a name's particle (:data:`_NAME_PARTICLES`);
    "Kommentar zur Wahl", "Ferry vote passes" are headlines."""
    words = title.split()
    return 0 < len(words) <= _NAME_WORDS and all(
        word in _NAME_PARTICLES or (word[0].isupper() and not any(ch.isdigit() for ch in word)) for word in words)


def _outvoted(address: Address, page_types: set[str]) -> str:
    """What a dated or signed story's own evidence outvoted, for its reason: a folder's
    listing word (:func:`_listing_by_path`), a FAQPage type (:func:`_questions_box`)."""
    path = listing_path(address)
    return (f" over listing path /{path}/" if path else "") + (" over type faqpage" if "faqpage" in page_types else "")


def _questions_box(page_types: set[str], has_date: bool, has_writer: bool, counted: Words,
                   teasers: list[Teaser]) -> bool:
    """Whether a page typed FAQPage, and no other page about the site, is a dated, bylined long
    story (:func:`.signals.long_story`) before its first question: SEO plugins type a post
    FAQPage for the box of questions at its foot; a site's own FAQ opens with its questions,
    and is neither dated nor signed but by its company ("By Acme Ltd · Updated May 16")."""
    if page_types & ABOUT_TYPES != {"faqpage"} or not (has_date and has_writer):
        return False
    first = next((k for k, block in enumerate(counted.blocks) if block.type == "h" and block.text.rstrip().endswith("?")),
                 len(counted.blocks))
    tokens = counted.tokens[:first] if counted.tokens is not None else None
    return long_story(Words(counted.blocks[:first], tokens), teasers)
