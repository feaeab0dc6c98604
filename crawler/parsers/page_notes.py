"""Notes about the page where its standfirst would stand, by their words: lines that
name the page's article itself ("Listen to this article", "This article is more than
five years old", "This story is available exclusively to subscribers").

Both the body (which refuses such a line as the text's lead, :func:`.body.furniture.is_page_note`)
and the header scan (which refuses it as the standfirst, :func:`.metadata.header.dek.find_dek`)
ask this; it lives here, below both, so that neither imports the other's rules.
"""

from __future__ import annotations

import re

__all__ = [
    "ARTICLE_SELF_NAMES", "ARTICLE_SELF_PREPOSITIONS", "ARTICLE_SELF_VERBS", "INTERVIEW_SELF_NAMES",
    "INTERVIEW_SELF_VERBS", "names_the_article",
]

# The page's own article named by a demonstrative ("this article", "dieser Beitrag",
# "cet article"): what a site's notes about the page say (a licence, "Listen to this
# article", "This story is for subscribers only", "This article is more than five
# years old", "This article was republished from ..."). The standfirst printed under
# the headline tells the story and names no article (``blocks._lead_before``). "This
# story" is a news site's word for its article, "this page" a site's for any of its
# pages ("This page was last reviewed by ...", "This page contains affiliate links").
ARTICLE_SELF_NAMES: tuple[str, ...] = (
    "this text", "this article", "this post", "this story", "this content", "this page",
    "dieser text", "dieser artikel", "dieser beitrag", "diese seite", "ce texte", "cet article",
    "cette page", "este texto", "este artículo", "esta página",
)
# A self-name is the article only when the sentence is about it: the phrase is its
# subject, followed by a verb of the notes above ("This article is more than five years
# old", "This story was republished", "This article contains affiliate links", "This
# story first appeared in", "Dieser Artikel erschien zuerst", "Cet article a été publié",
# "Este artículo fue publicado") or by punctuation or the line's end, or it follows a
# preposition ("Listen to this article", "An earlier version of this story", "in this
# article we explain"). The same words opening a longer noun phrase are news: "This
# text message scam", "This post office closure", "this Article 50 process", "Dieser
# Text der Verfassung", "Este texto legal" (review 24).
ARTICLE_SELF_VERBS: tuple[str, ...] = (
    # a note's verbs: its age and access (is/was), its history (has/first/originally/
    # appeared), its disclosures (contains/includes/may/does: "This article may contain
    # affiliate links", "This article does not constitute advice"), its audio (will)
    "is", "was", "has", "contains", "includes", "first", "originally", "may", "will", "appeared", "does",
    "ist", "war", "wurde", "enthält", "erschien", "erscheint", "kann",
    "est", "a", "contient", "peut",
    "es", "fue", "ha", "contiene", "puede",
)
ARTICLE_SELF_PREPOSITIONS: tuple[str, ...] = (
    "to", "in", "of", "from", "for", "on",
    "zu", "aus", "von",
    "à", "de", "dans", "en",
    "a",
)

# The page's text named as the talk it prints ("This interview has been edited for
# length and clarity", "This conversation has been condensed", "Dieses Interview wurde
# gekürzt", "Cet entretien a été édité"): the note an interview carries where its
# standfirst would stand. Only as the subject opening the line (or a sentence of it,
# "Editor's note: This interview ...") and before a passive verb of editing, never after
# a preposition: "In this interview, the minister explains ..." is a standfirst telling
# the story, and "This interview is her first since the election" may be one too.
INTERVIEW_SELF_NAMES: tuple[str, ...] = (
    "this interview", "this conversation", "this transcript", "this q&a", "this discussion",
    "dieses interview", "dieses gespräch", "cet entretien", "cette interview", "cette conversation",
    "esta entrevista", "esta conversación",
)
INTERVIEW_SELF_VERBS: tuple[str, ...] = (
    "has been", "have been", "was", "were", "wurde", "ist", "a été", "fue", "ha sido",
)


# The article named by a demonstrative, a whole phrase ("this post", not "this poster"
# nor "this post-war"), as the sentence's subject (a verb, a punctuation mark or the
# line's end follows: "This article is ...", "this article, read aloud") or after a
# preposition ("Listen to this article"), not as the start of a longer noun phrase
# ("This text message scam", "this Article 50 process"): :data:`ARTICLE_SELF_VERBS`.
# Fixed alternations, no nested quantifier: linear.
def _alternation(words: tuple[str, ...]) -> str:
    return "(?:" + "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True)) + ")"


_SELF = _alternation(ARTICLE_SELF_NAMES)
_ARTICLE_SELF_NAME = re.compile(
    r"(?:(?<![\w-])(?:"
    + _alternation(ARTICLE_SELF_PREPOSITIONS) + r" " + _SELF + r"(?![\w-])"
    + r"|" + _SELF + r"(?: " + _alternation(ARTICLE_SELF_VERBS) + r"(?![\w-])|\s?[^\w\s'’-]|$)))"
    + r"|(?:^|[.:!?] )" + _alternation(INTERVIEW_SELF_NAMES) + r" " + _alternation(INTERVIEW_SELF_VERBS)
    + r"(?![\w-])")


def names_the_article(key: str) -> bool:
    """Whether a line, lower-cased with its white space collapsed, names the page's
    article itself, as a note about the page does (:data:`ARTICLE_SELF_NAMES`).

    >>> names_the_article("listen to this article, read aloud by our automated voice")
    True
    >>> names_the_article("this article is more than five years old")
    True
    >>> names_the_article("this text message scam is costing britons millions")
    False
    >>> names_the_article("why this post-war estate is to be listed")
    False
    >>> names_the_article("this interview has been edited for length and clarity.")
    True
    >>> names_the_article("editor's note: this conversation was condensed.")
    True
    >>> names_the_article("in this interview, the minister explains why the budget must wait")
    False
    """
    return _ARTICLE_SELF_NAME.search(key) is not None
