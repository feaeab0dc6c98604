"""Page furniture, as rules that can say why: which lines of the walked text are
not the article (adverts, share bars, bylines, "Read more" teasers...) and why.

:data:`LINE_RULES` is the table the body's line filter applies in order: each
:class:`Rule` has a name, a reason a person can read, an optional word limit
(longer lines never match it) and its test. :func:`furniture_rule` gives the
first rule a line meets, so ``clippings extract --explain`` can show it.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from crawler.parsers.body import boilerplate as bp
from crawler.parsers.body.text import looks_like_date_line, norm_key, parse_card_date
from crawler.parsers.metadata.authors import is_credit_line
from crawler.parsers.page_notes import names_the_article
from crawler.parsers.vocabulary import SENTENCE_END, any_of

__all__ = [
    "LINE_RULES", "SKIP_REASONS", "Dropped", "Line", "Rule", "furniture_rule", "is_furniture_line",
    "is_meta_line", "is_notice_line", "is_page_note", "reason_of",
]


@dataclass(frozen=True, slots=True)
class Dropped:
    """A piece of the page the body left out, and the rule that did."""

    text: str
    rule: str
    reason: str


@dataclass(slots=True)
class Line:
    """One walked line, with what the rules read precomputed (not frozen: one is
    made per line of every page, and a frozen dataclass is slower to build)."""

    text: str
    key: str
    """Lower-cased, collapsed, trailing punctuation off (:func:`norm_key`)."""
    words: list[str]
    kind: str
    """Block kind: ``p``, ``h``, ``li``, ``quote``, ``pre``."""
    link_share: float
    """Share of the line's characters inside links."""
    n: int
    """Number of words."""
    in_sentence: bool = False
    """The line opens with words of its own and runs into its link ("It also
    <a>co-ordinates military plans</a>."): a sentence citing a page, not a teaser."""


@dataclass(frozen=True, slots=True)
class Rule:
    name: str
    reason: str
    test: Callable[[Line], bool]
    max_words: int | None = None
    """Lines with more words never match (checked before ``test``)."""


# Characters that are not text: emoji, ornaments, invisible joiners ("___" and "%" stay).
_ONLY_SYMBOLS = re.compile(r"^(?:[^\x00-\x7f\w]|\s)+$")
_CLOCK = re.compile(r"\d:\d\d")   # a time of day: a time stamp's, not a sentence's
_DURATION = re.compile(r"^\d{1,2}:\d\d(?::\d\d)?$")
# A template token the server or a script replaces with an advert or a widget, left in
# stored or embedded HTML: "$$ARTICLEAD$$", "{{ad_slot}}", "%%BANNER%%", "[[related]]".
# Only a slot's name (upper case, or an advert or widget word): a tutorial's
# "{{ message }}" or a wiki's "[[Main_Page]]" is text.
_PLACEHOLDER = re.compile(r"^(?:\$\$|\{\{|%%|\[\[)\s*([\w.:-]+)\s*(?:\$\$|\}\}|%%|\]\])$")
_SLOT_WORDS = frozenset({"ad", "ads", "advert", "adslot", "banner", "slot", "widget", "related", "promo", "dfp"})

_LINE_PHRASES = frozenset(
    bp.AD_PHRASES + bp.SPONSORED_PHRASES + bp.SHARE_PHRASES + bp.SHARE_LABELS + bp.NEWSLETTER_PHRASES
    + bp.COOKIE_PHRASES + bp.COMMENT_PHRASES + bp.FOLLOW_PHRASES + bp.UI_PHRASES
)
# "5 hours ago", "vor 3 Stunden", "il y a 2 heures": relative time stamps.
_RELATIVE_TIME = re.compile(
    r"^(?:\d+\s*(?:sec|secs|seconds?|min|mins|minutes?|hrs?|hours?|days?|weeks?|months?)\s+ago"
    r"|vor\s+\d+\s+(?:sekunden|minuten|stunden|tagen|wochen)"
    r"|il y a\s+\d+\s+(?:secondes?|minutes?|heures?|jours?)"
    r"|hace\s+\d+\s+(?:segundos?|minutos?|horas?|días?))\b",
    re.IGNORECASE,
)
_AD_WORDS = frozenset({"advertisement", "anzeige", "werbung", "publicité", "publicidad", "reklame"})
_SHARE_WORDS = frozenset(w for p in bp.SHARE_PHRASES for w in p.split())
_READ_MORE = tuple(bp.READ_MORE_PREFIXES)
_CALL_TO_ACTION_OR_NOTICE = tuple(bp.CALL_TO_ACTION_PREFIXES) + tuple(bp.NOTICE_PREFIXES)
_PAYWALL = bp.PAYWALL_MARKERS
_APPEAL_OPENINGS = bp.APPEAL_OPENINGS
_APPEAL_WORDS = bp.APPEAL_WORDS
_READER_PRONOUNS = frozenset(bp.READER_PRONOUNS)
_SITE_PRONOUNS = frozenset(bp.SITE_PRONOUNS)
_DISCLOSURE = bp.DISCLOSURE_MARKERS
_DISCLOSURE_LABELS = frozenset(bp.DISCLOSURE_LABELS)
_DISCLOSURE_DEMONSTRATIVES = frozenset(bp.DISCLOSURE_DEMONSTRATIVES)
_DISCLOSURE_VERBS = frozenset(bp.DISCLOSURE_VERBS)
_DISCLOSURE_OPENING = 6     # words before a disclosure's marker: "Dieser Beitrag enthält Werbung"
_DISCLOSURE_VERB_BEFORE = 2  # words right before the marker read for its verb ("is a sponsored post")
_LABEL_MARKS = (":", ".", ",", "|", "-", "–", "—")
_FORMAL_ADDRESS = frozenset(bp.FORMAL_ADDRESS)
_CHANNEL_WORDS = bp.CHANNEL_WORDS
_CHANNEL_NETWORKS = bp.CHANNEL_NETWORKS
_CHANNEL_POSSESSIVES = frozenset(bp.CHANNEL_POSSESSIVES)
_READER_ADDRESS = frozenset(bp.READER_ADDRESS)
_CHANNEL_NEAR = 3           # words between the site's possessive and its channel ("our new YouTube channel")
# Quoted speech: what someone said, not the site's own words (bounded: no nesting, one pass).
_QUOTED = re.compile(r"“[^”]{0,2000}”|\"[^\"]{0,2000}\"|„[^“”]{0,2000}[“”]|«[^»]{0,2000}»")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:]\s+)")
_COMMENT_IDIOMS = bp.COMMENT_IDIOMS
_DATED_SENTENCE_WORDS = 6   # "The vote is set for March 3, 2025." has eight
_NOTICE_WORDS = 12   # a notice this short needs no pronoun to be one ("Comments are moderated.")
_NEWSLETTER_NOUNS = bp.NEWSLETTER_NOUNS
_NEWSLETTER_VERBS = bp.NEWSLETTER_VERBS
_META_MARKERS = bp.META_MARKERS
_ENTRY_FOOTER = bp.ENTRY_FOOTER_OPENINGS
_EDIT_NOTICE = bp.EDIT_NOTICE_OPENINGS
_EDITORIAL_POLICY = bp.EDITORIAL_POLICY_MARKERS
_READING_TIME = tuple(bp.READING_TIME_MARKERS)
# The same lists as single patterns, for the tests run on every line ("any of these
# in the line": one regex search instead of a generator step per phrase).
_APPEAL_OPENING_IN = any_of(_APPEAL_OPENINGS)
_APPEAL_WORD_IN = any_of(_APPEAL_WORDS)
_DISCLOSURE_IN = any_of(_DISCLOSURE)
_CHANNEL_WORD_IN = any_of(_CHANNEL_WORDS)
_CHANNEL_NETWORK_IN = any_of(_CHANNEL_NETWORKS)
_NEWSLETTER_NOUN_IN = any_of(_NEWSLETTER_NOUNS)
_NEWSLETTER_VERB_IN = any_of(_NEWSLETTER_VERBS)
_READING_TIME_IN = any_of(_READING_TIME)
_PAYWALL_IN = any_of(_PAYWALL)
_META_MARKER_IN = any_of(_META_MARKERS)
_COMMENT_NOUN_IN = any_of(bp.COMMENT_NOUNS)
_MODERATION_IN = any_of(bp.MODERATION_WORDS)
_LABELS = tuple(bp.LABEL_PREFIXES)
_TAG_LIST_WORDS = frozenset(bp.TAG_LIST_WORDS)
_COMMENT_NOUNS = bp.COMMENT_NOUNS
_MODERATION = bp.MODERATION_WORDS


def _share_bar(line: Line) -> bool:
    return all(w.strip(",|/·•") in _SHARE_WORDS or not w.strip(",|/·•") for w in line.words)


def _appeal(line: Line) -> bool:
    key = line.key
    return (_APPEAL_OPENING_IN.search(key) is not None and _APPEAL_WORD_IN.search(key) is not None
            and not _SITE_PRONOUNS.isdisjoint(w.strip(",;:!?.") for w in line.words))


_PRONOUN_PUNCT = ",;:!?.()\"'¿¡„“”«»"
_SENTENCE_STARTS = (".", "!", "?", ":", "\"", "„", "“", "«", "»")


def _speaks_to_reader(line: Line) -> bool:
    """A reader or site pronoun ("your", "we"; not "US", the country), or German
    formal address: "Sie", "Ihr" capitalised inside a sentence."""
    previous = ""
    for raw in line.text.split():
        word = raw.strip(_PRONOUN_PUNCT)
        if word != "US" and word.lower() in _READER_PRONOUNS:
            return True
        if word in _FORMAL_ADDRESS and previous and not previous.endswith(_SENTENCE_STARTS):
            return True
        previous = raw
    return False


def _disclosure(line: Line) -> bool:
    """A disclosure of advertising or affiliate links: the marker opens the line, a
    label set off by punctuation opens it ("Anzeige, enthält ...", "Disclosure:"), a
    demonstrative names the post with a verb of containing right before the marker or
    opening it ("This post contains affiliate links", :data:`bp.DISCLOSURE_VERBS`), or
    the line speaks to the reader ("we may earn a commission"). News about a
    disclosure ("This sponsored post by an influencer broke the rules") is none."""
    key = line.key
    first = _DISCLOSURE_IN.search(key)  # (the first place a marker occurs)
    if first is None:
        return False
    at = first.start()
    if _disclosure_label(line.text):
        return True
    before = [w.strip(_PRONOUN_PUNCT) for w in key[:at].split()]
    if not before:
        return True
    if len(before) <= _DISCLOSURE_OPENING:
        opener = next((i for i, w in enumerate(before) if w in _DISCLOSURE_DEMONSTRATIVES), None)
        if opener is not None:
            words = [w.strip(_PRONOUN_PUNCT) for w in key.split()]
            verb_at = max(opener + 1, len(before) - _DISCLOSURE_VERB_BEFORE)
            if not _DISCLOSURE_VERBS.isdisjoint(words[verb_at:len(before) + 1]):
                return True
    return _speaks_to_reader(line)


def _disclosure_label(text: str) -> bool:
    """The line opens with a disclosure label set off by punctuation ("*Werbung.",
    "Anzeige,", "Disclosure:", "Note -"), not a word of a sentence ("Note that ...")."""
    words = text.split(None, 2)
    if not words:
        return False
    first = words[0].lstrip("*").lower()
    if first.endswith(_LABEL_MARKS):
        return first.rstrip("".join(_LABEL_MARKS)) in _DISCLOSURE_LABELS
    return first in _DISCLOSURE_LABELS and len(words) > 1 and words[1] in _LABEL_MARKS


def _paywall(line: Line) -> bool:
    """A paywall marker in a notice-short line ("This article is for subscribers
    only."), one that opens a sentence of a longer line ("To read the full story,
    subscribe"), or one in a line that addresses the reader ("of your free articles")."""
    key = line.key
    if _PAYWALL_IN.search(key) is None:
        return False
    found = [m for m in _PAYWALL if m in key]
    if line.n <= _NOTICE_WORDS:
        return True
    starts = {m.end() for m in _SENTENCE_OPENING.finditer(key)}
    return any(key.startswith(m, at) for m in found for at in starts) or _addresses_reader(line)


def _addresses_reader(line: Line) -> bool:
    """The reader addressed in the line's own words, not in quoted speech: a
    second-person word ("your", "tu"; not "we", who may be anyone quoted) or German
    formal address inside a sentence."""
    words = [w.strip(_PRONOUN_PUNCT) for w in _QUOTED.sub(" \u201d ", line.text).split()]
    return any(w.lower() in _READER_ADDRESS for w in words) or any(
        w in _FORMAL_ADDRESS and i and not words[i - 1].endswith(_SENTENCE_STARTS)
        for i, w in enumerate(words))


def _channel_promo(line: Line) -> bool:
    """A network's channel with the site's possessive right before it ("our YouTube
    channel", "unseren Telegram-Kanal") or the reader addressed, outside quoted speech."""
    key = line.key
    if _CHANNEL_WORD_IN.search(key) is None or _CHANNEL_NETWORK_IN.search(key) is None:
        return False
    lower = [w.strip(_PRONOUN_PUNCT).lower() for w in _QUOTED.sub(" \u201d ", line.text).split()]
    for i, word in enumerate(lower):
        if any(c in word for c in _CHANNEL_WORDS) and not _CHANNEL_POSSESSIVES.isdisjoint(
                lower[max(0, i - _CHANNEL_NEAR):i]):
            return True
    return _addresses_reader(line)


_STOPS = (".", "!", "?", ".\"", ".”", ".«", ".»")


def _sentence(line: Line, words: int) -> bool:
    """A line of ``words`` words or more that ends as a sentence ends: prose
    ("Anzeige gegen den Fahrer wurde erstattet."), not a label."""
    return line.n >= words and line.text.rstrip().endswith(_STOPS)


def _dated_sentence(line: Line) -> bool:
    """A short sentence that holds a date ("Der Prozess beginnt am 12. Mai 2024."),
    not a date line ("Aktualisiert am 17.01.2021.", "Published on 3 May 2024.")."""
    return (_sentence(line, _DATED_SENTENCE_WORDS) and not _CLOCK.search(line.text)
            and _META_MARKER_IN.search(line.key) is None and not _reading_time(line))


def _site_notice(line: Line) -> bool:
    """A line short enough to be a notice, or one that speaks to the reader or of
    the site: what a longer sentence must do before its words make it furniture
    ("The company declined to comment until the deal was approved" is news)."""
    return line.n <= _NOTICE_WORDS or _speaks_to_reader(line)


def _newsletter(line: Line) -> bool:
    key = line.key
    return (_NEWSLETTER_NOUN_IN.search(key) is not None and _NEWSLETTER_VERB_IN.search(key) is not None
            and (_site_notice(line) or any(key.startswith(v) or f". {v}" in key or f"? {v}" in key
                                           or f"! {v}" in key for v in _NEWSLETTER_VERBS)))


def _comment_policy(line: Line) -> bool:
    key = line.key
    return (_COMMENT_NOUN_IN.search(key) is not None and _MODERATION_IN.search(key) is not None
            and not any(i in key for i in _COMMENT_IDIOMS))


def _meta_markers(line: Line) -> bool:
    """Markers and a date in a line of meta data, not a sentence of the text ("The
    study, published on 5 May 2023 in Nature, found ...": a long line ending as a
    sentence ends is prose)."""
    if line.n > _NOTICE_WORDS and SENTENCE_END.search(line.text):
        return False
    if _META_MARKER_IN.search(line.key) is None:
        return False  # (no marker: the count below is 0)
    markers = sum(m in line.key for m in _META_MARKERS)
    return markers >= 2 or (markers == 1 and parse_card_date(line.text) is not None)


def _placeholder(line: Line) -> bool:
    """A slot's template token, never in preformatted text (code shows such tokens)."""
    match = _PLACEHOLDER.match(line.text.strip())
    if match is None or line.kind == "pre":
        return False
    name = match.group(1)
    return (name.isupper()
            or not _SLOT_WORDS.isdisjoint(re.split(r"[_.:-]+", name.lower())))


def _reading_time(line: Line) -> bool:
    return _READING_TIME_IN.search(line.key) is not None


# The line rules, in the order they are tried (the first that matches names the drop).

def _editorial_policy(line: Line) -> bool:
    """The site's statement about its articles; not a quotation naming "our editorial
    standards" ("... should never have been published," the editor said)."""
    return any(m in line.key for m in _EDITORIAL_POLICY) and not _QUOTED.search(line.text)


# The whole line is the placeholder: its opening, then the host ("of www.youtube.com",
# "von Google Maps zu laden") and the end, nothing more.
_CONSENT_PLACEHOLDER = re.compile(
    r"(?:" + "|".join(map(re.escape, bp.CONSENT_PLACEHOLDER_OPENINGS)) + r")"
    r"(?:\s+(?:of|from|von)\s+[^\s.!?]+(?:\.[^\s.!?]+)*(?:\s+[^\s.!?]+){0,2})?\s*[.!]?")


def _consent_placeholder(line: Line) -> bool:
    """A consent tool's placeholder for a blocked embed, the whole line
    ("Click on the button below to load the content of www.youtube.com.")."""
    return _CONSENT_PLACEHOLDER.fullmatch(line.text.strip().lower()) is not None


def _licence_notice(line: Line) -> bool:
    """The text's licence ("Dieser Text wurde veröffentlicht unter der Lizenz CC-BY-NC-ND")."""
    return any(m in line.key for m in bp.LICENCE_NAMES) and any(m in line.key for m in bp.LICENCE_SUBJECTS)



# A link that shows its own address ("http://amzn.to/2hXQPDr", "www.example.org/report"): a
# source the author cites in the text, not a teaser, which shows a headline or a label.
_BARE_ADDRESS = re.compile(r"\s*(?:https?://|www\.)\S+\s*", re.IGNORECASE)


_AFTER_LAST_DIGIT = re.compile(r"\d(\D*)\Z")  # (linear: \D* stops at the next digit)


def _edit_notice(line: Line) -> bool:
    """"Last edited by X on <date>" and at most four words after its last digit (the
    notice's tail: "9:02 AM", "edited 1 time in total", "1-mal geändert"): a sentence
    of the text opening so goes on past its date ("Last edited by the director on
    3 March 2024, the film lost twenty minutes ...") and stays (review38)."""
    if not line.key.startswith(_EDIT_NOTICE) or parse_card_date(line.text) is None:
        return False
    tail = _AFTER_LAST_DIGIT.search(line.text)
    return tail is not None and len(tail.group(1).split()) <= 4


LINE_RULES: tuple[Rule, ...] = (
    Rule("empty", "no words once whitespace and trailing punctuation are gone",
         lambda line: not line.key),
    Rule("furniture-phrase", "a known furniture phrase (advert, sponsor, share, newsletter, cookie, "
         "comment, follow or interface label)", lambda line: line.key in _LINE_PHRASES),
    Rule("icon", "an icon, an ornament or a video duration (\"💡\", \"◇\", \"2:14\")",
         lambda line: line.kind != "pre" and len(line.key) <= 12
         and bool(_DURATION.match(line.key) or _ONLY_SYMBOLS.match(line.key))),
    Rule("placeholder", "a template token left for an advert or widget (\"$$ARTICLEAD$$\", \"{{ad_slot}}\")",
         _placeholder, max_words=3),
    Rule("relative-time", "a relative time stamp (\"5 hours ago\", \"vor 3 Stunden\")",
         lambda line: bool(_RELATIVE_TIME.match(line.key)), max_words=8),
    Rule("advert-label", "an advertisement label (\"Advertisement · Scroll to continue\")",
         lambda line: line.words[0].strip("*,.:;!") in _AD_WORDS and not _sentence(line, 3), max_words=6),
    Rule("share-bar", "only the names of social networks and share buttons", _share_bar, max_words=12),
    Rule("byline", "a credit line (\"By Jane Doe\"): the byline is the record's authors",
         lambda line: is_credit_line(line.text, line.key, line.n), max_words=12),
    Rule("label", "a short labelled line: tags, category, photo credit, source, copyright (\"Photo: ...\", \"©\")",
         lambda line: line.key.startswith(_LABELS), max_words=12),
    Rule("reading-time", "a reading-time line (\"4 min read\")", _reading_time, max_words=12),
    Rule("date-line", "a date line: the date is the record's published (list items keep theirs)",
         lambda line: line.kind != "li" and looks_like_date_line(line.text) and not _dated_sentence(line),
         max_words=12),
    Rule("read-more", "a \"Read more\" / \"Related:\" / \"See also\" pointer to another page",
         lambda line: line.key.startswith(_READ_MORE) and (line.n <= 30 or line.link_share > 0.5)),
    Rule("call-to-action", "a call to action or a browser notice (\"Follow us on\", \"Please enable JavaScript\")",
         lambda line: line.key.startswith(_CALL_TO_ACTION_OR_NOTICE), max_words=25),
    Rule("consent-placeholder", "a consent tool's placeholder for a blocked embed (\"Click on the button below to load the content of ...\")",
         _consent_placeholder, max_words=20),
    Rule("paywall", "a paywall or metering notice (\"You have read 3 of 5 free articles\")",
         _paywall, max_words=30),
    Rule("appeal", "a plea for support (\"If you value local news, please support us\")",
         _appeal, max_words=40),
    Rule("newsletter", "a newsletter sign-up", _newsletter, max_words=40),
    Rule("channel-promo", "a promotion of the site's own channel (\"Join our Telegram channel\")",
         _channel_promo, max_words=30),
    Rule("disclosure", "a disclosure of advertising or affiliate links (\"This post contains affiliate links\")",
         _disclosure, max_words=30),
    Rule("meta-line", "a line of article meta data (\"Posted by\", \"Filed under\", \"Last updated\" with a date)",
         _meta_markers, max_words=30),
    Rule("editorial-policy", "a publisher's editorial-policy notice (\"we update our articles when new information ...\")",
         _editorial_policy, max_words=60),
    Rule("licence-notice", "the text's licence (\"This text is published under CC BY-NC-ND 4.0\")",
         _licence_notice, max_words=60),
    Rule("entry-footer", "a blog theme's entry footer (\"This entry was posted on <date> and is filed under\")",
         lambda line: line.key.startswith(_ENTRY_FOOTER) and parse_card_date(line.text) is not None, max_words=80),
    Rule("edit-notice", "a forum post's edit notice (\"Last edited by X on <date>, edited 1 time in total\")",
         _edit_notice, max_words=30),
    Rule("tag-list", "a tag list (\"Tags: stock car 2018, stock car brasil\")",
         lambda line: line.words[0] in _TAG_LIST_WORDS and "," in line.key
         and not SENTENCE_END.search(line.text), max_words=30),
    Rule("comment-policy", "a comment-moderation notice",
         _comment_policy, max_words=40),
    Rule("link-teaser", "a line that is all link: a teaser for another page",
         lambda line: line.link_share > 0.8 and line.kind != "li" and not line.in_sentence
         and not _BARE_ADDRESS.fullmatch(line.text), max_words=25),
)


_LONGEST_LIMIT = max(rule.max_words or 0 for rule in LINE_RULES)
# The rules a line of n words can meet, in table order (index n; the last entry
# serves every longer line), so a long paragraph is not tried against short-line rules.
_RULES_BY_LENGTH: tuple[tuple[Rule, ...], ...] = tuple(
    tuple(rule for rule in LINE_RULES if rule.max_words is None or n <= rule.max_words)
    for n in range(_LONGEST_LIMIT + 2)
)

# Why the body walk leaves a whole element out, or the line filter a line that no
# line rule names (rule name -> reason).
SKIP_REASONS: dict[str, str] = {
    "headline": "the headline (the record's title)",
    "description": "the standfirst that is the page's description (the record's description)",
    "related-section": "a related-articles section (its heading says so) or a line of its list",
    "hidden": "hidden on the page (hidden attribute, display:none, visibility:hidden)",
    "media-box": "a caption or credit box around an image or a video",
    "quote-attribution": "a quotation's <cite> attribution",
    "furniture-tag": "an element that is furniture by its tag (nav, aside, footer, header, form, figure...)",
    "furniture-class": "class or id words that mark furniture (share, related, comment, advert, meta...)",
    "link-popup": "a pop-up card of links inside a sentence",
    "consent-banner": "a short cookie or consent banner (its class or id says so): a notice, never the text",
    "dialog": "a dialog laid over the page (<dialog>, role=dialog, aria-modal, a \"modal\" class): a notice, never the text",
    "link-box": "a box that is mostly links (other stories, a menu)",
    "side-column": "a layout's column beside the text's, narrower by its width class or style and holding less text (a page builder's sidebar inside the post's box)",
    "trailing-heading": "a heading at the end with no text after it",
    "kicker": "a short label kept above the headline (a section's kicker, \"NATIONAL\")",
    "cut-copy": "the opening of a paragraph of the text cut off by an ellipsis (a teaser's excerpt of it)",
    "page-note": "a note about the page opening the text (\"This interview has been edited for length\", \"This article is more than five years old\")",
    "comment-thread": "a heading that opens a thread of readers' comments (entries with avatars, a reply form) and the thread",
    "signup-box": "a newsletter sign-up box in the text: an e-mail field or a subscribe form beside a short pitch",
}


def reason_of(name: str) -> str:
    """The reason of a line rule or of a skip, by name.

    >>> reason_of("share-bar")
    'only the names of social networks and share buttons'
    """
    for rule in LINE_RULES:
        if rule.name == name:
            return rule.reason
    return SKIP_REASONS[name]


def furniture_rule(text: str, *, kind: str = "p", link_share: float = 0.0,
                   in_sentence: bool = False, key: str | None = None) -> Rule | None:
    """The first rule of :data:`LINE_RULES` that ``text`` meets, else ``None``.

    >>> furniture_rule("X Linkedin Facebook Reddit Email Bluesky").name
    'share-bar'
    >>> furniture_rule("By 2030 the river will be two degrees warmer than it was in 1990.") is None
    True

    ``key``: ``norm_key(text)``, when the caller has it already.
    """
    # (a plain str kept: lxml's "smart" string of an XPath holds its whole tree)
    return _first_rule(text if type(text) is str else str(text), kind, link_share, in_sentence,
                       key if key is None or type(key) is str else str(key))


@lru_cache(maxsize=4096)  # (a page's walks read many lines twice: its box's and a rival's or a wider box's)
def _first_rule(text: str, kind: str, link_share: float, in_sentence: bool, key: str | None) -> Rule | None:
    """:func:`furniture_rule`, its answer kept per line: a pure function of its arguments."""
    if key is None:
        key = norm_key(text)
    words = key.split()
    n = len(words)
    line = Line(text, key, words, kind, link_share, n, in_sentence)
    for rule in _RULES_BY_LENGTH[min(n, len(_RULES_BY_LENGTH) - 1)]:
        if rule.test(line):
            return rule
    return None


def is_furniture_line(text: str, *, kind: str = "p", link_share: float = 0.0,
                      in_sentence: bool = False) -> bool:
    """True for a line that is page furniture by its words, whatever its markup.

    >>> is_furniture_line("ADVERTISEMENT")
    True
    >>> is_furniture_line("Read more: Why sleep matters", link_share=0.7)
    True
    >>> is_furniture_line("By 2030 the river will be two degrees warmer than it was in 1990.")
    False
    """
    return furniture_rule(text, kind=kind, link_share=link_share, in_sentence=in_sentence) is not None


def is_meta_line(text: str) -> bool:
    """A byline, date or reading-time line ("Published by X", "July 16, 2025 - 3 min Read")."""
    key = norm_key(text)
    n = len(key.split())
    if n > 12:
        return False
    return (
        is_credit_line(text, key, n)
        or _READING_TIME_IN.search(key) is not None
        or looks_like_date_line(text)
    )


def is_page_note(text: str) -> bool:
    """A note about the page where its standfirst would stand, under the headline:
    it names the page's article itself (:func:`crawler.parsers.page_notes.names_the_article`: "Listen to this
    article, read aloud by ...", "This article is more than five years old ...",
    "This article was originally published by ...") or holds two paywall markers
    ("The report is for subscribers only, so log in or subscribe to continue reading").
    The line rules let such long sentences pass in the text, where prose may quote
    them; a standfirst tells the story and names no article. One marker alone may be
    the story's ("Finland, already a member of the EU, ..."), as one meta marker
    alone is no meta line (:func:`_meta_markers`). See :func:`.blocks._lead_before`.

    >>> is_page_note("Listen to this article, read aloud by our automated voice, in about five minutes.")
    True
    >>> is_page_note("The council approved a budget that leaves many questions open for the year.")
    False
    >>> is_page_note("Why this post-war estate is to be listed, and what the listing will change.")
    False
    >>> is_page_note("This text message scam is costing Britons millions of pounds a year, police have warned.")
    False
    """
    key = norm_key(text)
    if names_the_article(key):
        return True
    first = _PAYWALL_IN.search(key)
    return first is not None and _PAYWALL_IN.search(key, first.end()) is not None


_COOKIE_WORDS = ("cookie", "tracking", "tracked")


def is_notice_line(text: str) -> bool:
    """A line of a site's notice: furniture by its words, or a cookie notice (cookies
    or tracking, told to the reader: "This website stores cookies on your computer").

    >>> is_notice_line("If you decline, your information will not be tracked.")
    True
    >>> is_notice_line("Regulators say the firm tracked its users for years.")
    False
    """
    if furniture_rule(text) is not None:
        return True
    key = norm_key(text)
    return any(w in key for w in _COOKIE_WORDS) and _speaks_to_reader(
        Line(text, key, key.split(), "p", 0.0, len(key.split()), False))
