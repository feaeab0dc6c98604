"""Listing detection: whether the teasers (:mod:`.teasers`) hold a page's text, outweigh it,
or its dated rows stand beside a list's short introduction."""

from __future__ import annotations

import re

from crawler.parsers.classify.addresses import (
    Address,
    article_like,
    dated_permalink,
    headline_address,
    listing_address,
    split_address,
)
from crawler.parsers.classify.signals import (
    ONE_SIGN_STORY_WORDS,
    Words,
    long_story,
    one_sign_story,
    own_prose,
    short_story,
    story_words,
)
from crawler.parsers.classify.teasers import MIN_SENTENCE_WORDS, TEASER_CHARS, Teaser
from crawler.parsers.vocabulary import has_words

MAX_TEASERS_IN_ARTICLE = 8


def _text_is_cards(words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text is mostly its teaser cards' (headlines, date lines,
    snippets): a short listing ("/user/jane", a category's page of three stories,
    an author's bio over them), where a story beside a related box has text of its own."""
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    opening = tuple(teaser.headline for teaser in teasers if teaser.line)  # a card printed as one line
    total = words.total()
    own = sum(n for block, n in zip(words.blocks, words.block_counts(), strict=True)
              if (text := " ".join(block.text.split())[:TEASER_CHARS]) not in cards
              and not (opening and _CARD_DATE.sub("", text, count=1).startswith(opening)
                       and _card_lines(block.text, opening, n)))
    return total > 0 and own * _OWN_SHARE < total


# A card's date over its bold headline, on the cell's first line ("12/12/2003<br><b><a>Title</a></b>
# <br>snippet", as old layouts list their stories), in figures or with its month's name ("19.
# november 2004", "16 mai 2004", "May 16, 2004"): the line still opens with the card.
_CARD_DATE = re.compile(r"^(?:\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)?\d\d|(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}"
                        r"|\d{1,2}\.?\s[^\W\d_]{3,12}\.?,?\s(?:19|20)\d\d|[^\W\d_]{3,12}\.?\s\d{1,2},?\s(?:19|20)\d\d)"
                        r"(?:,?\s+\d{1,2}[:h.]\d\d)?\s+")


# A sentence's end: what prose has and a menu, a breadcrumb, a copyright line have not
_SENTENCE_END = re.compile(r"[.!?;:。！？；…](?:\s|$)|[。！？]")


def _rows_hold_text(words: Words, rows: list[Teaser]) -> bool:
    """Whether ``_MIN_ROWS`` or more of the dated rows are in the text and the rest
    holds little prose: blocks of a sentence's length that end one, under a third
    of the words (an old portal's page is its rows, menus, breadcrumbs and footer
    when no box stands out; a story above a list of related rows is prose)."""
    # (compared without their spaces: a row's date under its title after a <br>, "<a>Title</a><br>
    # 15/05/2003", is read into the card's text with none between them, into the body's with one)
    cards = {"".join(text.split()) for teaser in rows for text in (teaser.headline, *teaser.after)}
    held = prose = 0
    for block, n in zip(words.blocks, words.block_counts(), strict=True):
        text = " ".join(block.text.split())[:TEASER_CHARS]
        if "".join(text.split()) in cards:
            held += 1
        elif n >= MIN_SENTENCE_WORDS and _SENTENCE_END.search(block.text):
            prose += n
    return held >= _MIN_ROWS and prose * _OWN_SHARE < words.total()


_ROW_WORDS = 8  # a dated row's words: its title's, its date's
# A list's introduction is a line ("The press office publishes its releases here."); a
# text this long is a story's, however short (an unsigned, dated brief beside a box of
# ten "latest news" rows), and as long as the shortest body the crawl stores
_INTRO_WORDS = 40


def rows_beside_text(words: Words, rows: list[Teaser]) -> str | None:
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


def _opens_with_own_text(words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text opens with a sentence block that is none of the cards' (a dated,
    bylined story of one paragraph above its related cards, their snippets taken into the
    text; a listing's text opens with its first card, or with an introduction the crawl asks
    no writer of)."""
    if not words.blocks:
        return False
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    first, n = words.blocks[0], words.block_counts()[0]
    return first.type == "p" and n >= MIN_SENTENCE_WORDS and " ".join(first.text.split())[:TEASER_CHARS] not in cards \
        and _SENTENCE_END.search(first.text) is not None


_CARD_LINE_WORDS = 60  # a card's line: its headline, date line and snippet (a story's text runs on)


def _card_lines(text: str, headlines: tuple[str, ...], words: int) -> bool:
    """Whether a block that a bold linked headline opens is no longer than its
    cards' lines: at most ``_CARD_LINE_WORDS`` words for each of those headlines it
    holds. An old story's cell opening with its own headline linked to itself runs
    on for hundreds of words."""
    flat = " ".join(text.split())
    return words <= _CARD_LINE_WORDS * max(1, sum(flat.count(headline) for headline in headlines))


def _story_address(url: str) -> bool:
    """Whether ``url`` is shaped as one story's: :func:`article_like`, or a dated
    permalink of a short slug (:func:`dated_permalink`, "/2024/05/16/ferry-vote/")."""
    address = split_address(url)
    return article_like(address) or dated_permalink(address)


def _card_byline(byline: str | None, teasers: list[Teaser]) -> bool:
    """Whether the page's byline line is printed on a teaser's card, under or over its
    headline (a section front's writer and day read off its first card, "By Ann Lee ·
    May 16, 2024"): the card's writer, not the page's. A story's own byline is none of its
    related box's lines, even when those print the same writer ("By Ann Lee" under
    "More from Ann Lee")."""
    line = " ".join((byline or "").split())
    return bool(line) and any(line in text for teaser in teasers for text in (*teaser.before, *teaser.after))


def _story_above_box(url: str, counted: Words, teasers: list[Teaser], signs: tuple[bool, bool],
                     byline: str | None, title: str | None) -> bool:
    """Whether the text is a short story's own above a box of related headlines that outnumber
    its words: at a story's address (:func:`_story_address`), its byline line none of the cards'
    (:func:`_card_byline`), with its date and its writer two sentence blocks of its own
    (:func:`.signals.short_story`), with one of them a brief's own sentences
    (:func:`.signals.one_sign_story`: a list's introduction is shorter) under a headline's
    title or at a headline's address (:func:`.addresses.headline_address`). ``signs``: whether
    the page is dated, whether it names its writer."""
    dated, writer = signs
    if not (dated or writer) or not _story_address(url) or _card_byline(byline, teasers):
        return False
    if dated and writer:
        return short_story(counted, teasers)
    # (with one sign, a headline or an address only a story has: a collection's or a category's
    # page, "Garden tools" at "/shop/garden-tools-and-supplies", prints an update's date or its
    # team over its introduction)
    return (has_words(title or "", _LISTING_NAME_WORDS + 1) or headline_address(split_address(url))) \
        and one_sign_story(counted, teasers)


# A listing's name: three words or fewer ("Garden tools", "Summer reading list"); a headline
# says what happened in more ("Ferry timetable approved")
_LISTING_NAME_WORDS = 3


_MIN_CARDS = 2     # teaser cards that can make a short listing (one on a listing's later page)
# A listing's later page: "?page=3", "&page=3", "/page/3/" (not WordPress's "?p=123", a post)
PAGED = re.compile(r"[?&](?:page|pg|seite|pagina)=\d+(?:&|$)|/page/\d+/?(?:$|\?)", re.IGNORECASE)
_OWN_SHARE = 3     # a short listing's text outside its cards: under a third of its words
_MIN_ROWS = 2      # dated rows of linked titles that make a listing (with no prose of its own)


def teasers_hold_text(url: str, counted: Words, teaser_headlines: list[Teaser], dated: bool = False,
                      writer: bool = False, byline: str | None = None, title: str | None = None) -> str | None:
    """Why the page's teasers make it a listing (many over few words, unless a dated
    story's own prose, or a short story's own text on a page with a story's own
    evidence: its date, its ``writer`` and a story's address, the ``byline`` line the
    writer was read from none of the cards' (:func:`_card_byline`); or their cards
    holding its text), else ``None``."""
    words = counted.total()
    lines = sum(1 for teaser in teaser_headlines if teaser.line)
    rows = [teaser for teaser in teaser_headlines if teaser.listed]
    teasers = len(teaser_headlines) - lines - len(rows)
    if len(rows) >= _MIN_ROWS and _rows_hold_text(counted, rows):
        return f"{len(rows)} dated rows of linked titles and no prose of its own"
    # (a box classed as a title makes a teaser only where the cards hold the text: a story's
    # sidebar of ten "one-title" boxes is its related stories)
    headlines = teasers - sum(1 for teaser in teaser_headlines if teaser.boxed)
    if headlines > MAX_TEASERS_IN_ARTICLE and headlines * 40 > words and not (dated and own_prose(counted, teaser_headlines)) \
            and not _story_above_box(url, counted, teaser_headlines, (dated, writer), byline, title):
        return f"{headlines} linked teaser headlines over {words} words"
    # (one card is enough on a listing's later page, or at a listing's address: an author's,
    # a section's page of one story; not merely at no story's address, "/news/ferry-vote",
    # "/2024/05/04/ferry/": a story there may have one linked subheading or link its title out)
    if (teasers >= _MIN_CARDS or (teasers and (PAGED.search(url) or listing_address(split_address(url))))) \
            and _text_is_cards(counted, teaser_headlines) \
            and not (dated and writer and _opens_with_own_text(counted, teaser_headlines) and article_like(split_address(url))):
        return f"{teasers} linked teaser headlines and their cards hold the text"
    if lines and _text_is_cards(counted, teaser_headlines):
        # (one is enough: a story's own text never opens each of its lines with another story's headline)
        return f"{lines} bold linked headlines open the lines that hold the text"
    return None


# A topic's or a section's name: one or two words ("Ferries", "Climate change", "Wahl 2024");
# a story's headline says what happened in more ("Ferry timetable approved")
_HUB_NAME_WORDS = 2


def topic_hub(title: str | None, address: Address, counted: Words, teasers: list[Teaser]) -> str | None:
    """Why a page is a topic's hub, else ``None``: more than ``MAX_TEASERS_IN_ARTICLE`` teaser
    headlines under a name of ``_HUB_NAME_WORDS`` words or fewer, above a text shorter than a
    brief's (:data:`.signals.ONE_SIGN_STORY_WORDS` words of its own sentences). Its byline is
    its editor's and its date its last update's ("By Ann Lee, transport editor · Updated May
    16"): they make no story of its introduction, at whatever address but a headline's
    (:func:`.addresses.headline_address`: a one-word headline's brief, "Brexit", at a day's
    or a record's address)."""
    if not title or has_words(title, _HUB_NAME_WORDS + 1) or headline_address(address):
        return None
    headlines = sum(1 for teaser in teasers if not (teaser.line or teaser.listed or teaser.boxed))
    if headlines <= MAX_TEASERS_IN_ARTICLE or (own := story_words(counted, teasers)) >= ONE_SIGN_STORY_WORDS:
        return None
    return f"a topic's hub: {headlines} linked teaser headlines under its name, {own} words of its own"


def one_long_story(counted: Words, teasers: list[Teaser]) -> bool:
    """Whether a dated, bylined text is one long story (:func:`.signals.long_story`), not a
    blog's page of whole posts: fewer than ``_MIN_CARDS`` teasers in the text whose card prints
    a date line under its linked title (each post's "By Ann Lee · May 16, 2024"). A long
    story's linked subheadings are followed by its prose."""
    if not long_story(counted, teasers):
        return False
    texts = {" ".join(block.text.split())[:TEASER_CHARS] for block in counted.blocks}
    posts = sum(1 for teaser in teasers if teaser.headline in texts and any(_date_line(line) for line in (*teaser.before, *teaser.after)))
    return posts < _MIN_CARDS


# A year in a line: 1900-2099, no figure around it ("May 16, 2024", "16.05.2024", "2024-05-16")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_DATE_LINE_WORDS = 12  # a card's date or byline line, not a sentence of the story


def _date_line(line: str) -> bool:
    return len(line.split()) <= _DATE_LINE_WORDS and _YEAR.search(line) is not None
