"""The page-kind signals of a page's text: its words and sentence blocks counted once
(:class:`Words`), one story's own evidence (date, writer, prose, address) and long prose
that is none of the teasers' cards."""

from __future__ import annotations

from crawler.items import Block
from crawler.parsers.classify.addresses import Address, article_like
from crawler.parsers.classify.teasers import MIN_SENTENCE_WORDS, TEASER_CHARS, Teaser
from crawler.parsers.vocabulary import ARTICLE_TYPES, count_words, han_kana_words

# Types that mark a page about many things, never one article.
# (Organization, Person and WebSite nodes sit on article pages too: they say nothing.)
LISTING_TYPES = frozenset({"collectionpage", "itemlist", "searchresultspage"})
MIN_PROSE_BLOCKS = 3        # long prose: this many sentence blocks...
MIN_WORDS_PROSE = 250       # ...and this many words, with no date or byline
MIN_WORDS_BY_URL = 80       # fewer words, but a URL shaped like one article's
TEASERS_IN_STORY = 2       # teaser cards a story's own text may hold (a "read also" box)
_SHORT_STORY_BLOCKS = 2     # sentence blocks of a short story, none of them a teaser's card
# A story's own sentences with one of its signs only (its date or its writer): more than a
# list's introduction of a line or two ("Recipes and reviews from our critics.") says, a
# brief's three or four paragraphs
ONE_SIGN_STORY_WORDS = 150
# A long story's own sentences: a dated, bylined text this long is one story whatever its
# address or declared type says (a post under a CMS's "/page/" folder, an article typed
# FAQPage for its questions box); a listing's introduction or a writer's bio is shorter
LONG_STORY_WORDS = 500


class Words:
    """The blocks' words, each block counted once, when first asked (an article
    page asks for its sentence blocks and its words: two counts of every block)."""

    def __init__(self, blocks: list[Block], tokens: list[int] | None = None) -> None:
        self.blocks = blocks
        self.tokens = tokens
        self._each: list[int] | None = None

    def block_counts(self) -> list[int]:
        if self._each is None:
            if self.tokens is None:
                self._each = [count_words(block.text) for block in self.blocks]
            else:  # (each block's ``word_count`` known: only its Han and kana are read)
                self._each = [n + han_kana_words(block.text) for block, n in zip(self.blocks, self.tokens, strict=True)]
        return self._each

    def total(self) -> int:
        return sum(self.block_counts())

    def sentences(self) -> int:
        """Blocks that read as sentences: prose of ``MIN_SENTENCE_WORDS`` words or more."""
        return sum(1 for block, n in zip(self.blocks, self.block_counts(), strict=True)
                   if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS)


def own_story(address: Address, page_types: set[str], has_date: bool, has_writer: bool,
               words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text is one story of its own, whatever teasers follow it: a
    date and a writer, three sentence blocks, a story's address, no declared
    collection without an article type, and the teaser cards outside the text (a
    section front's text is its teasers' snippets: their headlines or what is
    printed right after them are among its blocks)."""
    if not (has_date and has_writer and article_like(address)):
        return False
    if page_types & LISTING_TYPES and not page_types & ARTICLE_TYPES:
        return False
    if words.sentences() < MIN_PROSE_BLOCKS:
        return False
    return teasers_in_text(words, teasers) <= TEASERS_IN_STORY


def teasers_in_text(words: Words, teasers: list[Teaser]) -> int:
    """How many teasers' headlines or card lines are blocks of the text."""
    texts = {" ".join(block.text.split())[:TEASER_CHARS] for block in words.blocks}
    # (a document list's entries in such a story's text are its reading list: "<li><a>Title</a><p>Why</p>";
    # a story's list of dated links is its own)
    return sum(1 for teaser in teasers if not teaser.item and not teaser.listed
               and (teaser.headline in texts or any(after in texts for after in teaser.after)))


def own_prose(words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text is long prose and none of the teasers' cards: ``MIN_PROSE_BLOCKS``
    sentence blocks of ``MIN_WORDS_PROSE`` words and nothing else (a story's own, above its box of ten
    related headlines; a listing's sentences are its cards' snippets)."""
    if _cards_in_text(words, teasers):
        return False
    own = [n for block, n in zip(words.blocks, words.block_counts(), strict=True)
           if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS]
    return len(own) >= MIN_PROSE_BLOCKS and sum(own) >= MIN_WORDS_PROSE and sum(own) == words.total()


def short_story(words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text is a short story of its own: ``_SHORT_STORY_BLOCKS`` sentence
    blocks or more and none of the teasers' cards (a dated, bylined brief above a box of
    twenty related headlines; a section front's sentences are its cards' snippets).
    Asked only of a page with a story's own evidence: its date, its writer, its address."""
    return words.sentences() >= _SHORT_STORY_BLOCKS and not _cards_in_text(words, teasers)


def story_words(words: Words, teasers: list[Teaser]) -> int:
    """The words of the text's own sentence blocks: prose blocks of ``MIN_SENTENCE_WORDS``
    words or more that are none of the teasers' headlines or card lines (a listing's
    sentences are its cards' snippets)."""
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    return sum(n for block, n in zip(words.blocks, words.block_counts(), strict=True)
               if block.type in ("p", "quote", "li") and n >= MIN_SENTENCE_WORDS
               and " ".join(block.text.split())[:TEASER_CHARS] not in cards)


def long_story(words: Words, teasers: list[Teaser]) -> bool:
    """Whether the text is a long story of its own: ``LONG_STORY_WORDS`` words of its own
    sentences (:func:`story_words`), at least half its words (a story's headings, captions
    and the lines under its linked subheadings are the rest; a listing's are its cards). Asked only of a dated, bylined
    page."""
    own = story_words(words, teasers)
    return own >= LONG_STORY_WORDS and 2 * own >= words.total()


def one_sign_story(words: Words, teasers: list[Teaser]) -> bool:
    """Whether a page with one of a story's signs (its date or its writer) holds a story's
    own text above its related headlines: ``_SHORT_STORY_BLOCKS`` sentence blocks of
    ``ONE_SIGN_STORY_WORDS`` words, none of them a teaser's card (an unsigned, dated brief of
    three paragraphs above a box of ten "more news" headlines; a listing's introduction is
    a line or two)."""
    return words.sentences() >= _SHORT_STORY_BLOCKS and not _cards_in_text(words, teasers) \
        and story_words(words, teasers) >= ONE_SIGN_STORY_WORDS


def _cards_in_text(words: Words, teasers: list[Teaser]) -> bool:
    """Whether a block of the text is a teaser's headline or a line of its card."""
    cards = {teaser.headline for teaser in teasers} | {after for teaser in teasers for after in teaser.after}
    return any(" ".join(block.text.split())[:TEASER_CHARS] in cards for block in words.blocks)
