"""The headings of a page's boxes of other stories and of its readers' comments
("Related articles", "Read next", "More from ...", "Most read", "12 Comments"), as
data: the body extractor drops such boxes (:mod:`.body.boilerplate` re-exports these),
the related-links reader reads them, and the author reader skips the writers they
credit (an author link in a "Read next" card names that story's writer)."""

from __future__ import annotations

import re

# Headings that introduce a block of links to other articles picked for this one
# ("Related articles", "Read next", "More from ..."). The site-wide lists of
# other stories ("Most read", "Latest") are :data:`UNRELATED_LIST_HEADINGS`: the body
# and the author reader drop both (their union), the related-links reader reads only
# these.
RELATED_HEADINGS: tuple[str, ...] = (
    "related articles", "related article", "related stories", "related story", "related posts",
    "related", "related content", "related coverage", "related news", "related reading",
    "related topics", "you may also like", "you might also like", "you may like",
    "you might be interested in", "you may be interested in", "we recommend", "recommended",
    "recommended for you", "recommended stories", "recommended articles", "read more",
    "read next", "read this next", "up next", "more stories", "more news", "more articles",
    "more from", "more in", "more on", "more like this", "you may also be interested in", "also on",
    "você pode gostar", "você também pode gostar", "veja também", "leia mais", "saiba mais",
    "también te puede interesar", "puede interesarte", "más noticias",
    "ti potrebbe interessare", "potrebbe interessarti anche", "das könnte dich auch interessieren",
    "weitere themen", "ähnliche artikel", "empfohlene artikel", "zum weiterlesen", "mehr lesen",
    "vous pourriez aimer", "à lire également", "ook interessant", "don't miss", "further reading",
    "see also", "also read", "what to read next", "keep reading", "continue reading",
    "das könnte sie auch interessieren", "mehr zum thema", "weitere artikel",
    "auch interessant", "lesen sie auch", "à lire aussi", "sur le même sujet", "lire aussi",
    "vous aimerez aussi", "noticias relacionadas", "te puede interesar", "artículos relacionados",
    "leia também", "notícias relacionadas", "articoli correlati", "potrebbe interessarti",
    "leggi anche", "gerelateerde artikelen", "lees ook", "relaterade artiklar", "läs också",
    "czytaj także", "читайте также", "похожие статьи",
    # Polish "see also" / "read also"; Spanish "you may be interested in", formal and conditional
    "zobacz również", "zobacz też", "czytaj również", "przeczytaj także", "przeczytaj również",
    "le puede interesar", "le podría interesar", "te podría interesar", "関連記事", "相关文章", "相关新闻",
)

# Headings that open the thread of readers' comments under a story ("Comments",
# "51 Kommentare", "Top rated comments", "3 Responses to “Title”"): the lines after
# one are the readers', not the story's. Nouns of a comments thread, alone or after a
# count ("1 comment", "Kommentare (34)", "5 Kommentare zu ..."); "response" and
# "comment" only after a count ("Response", "Comment" head sections of a story).
COMMENT_THREAD_NOUNS: tuple[str, ...] = (
    "comments", "kommentare", "commentaires", "comentarios", "comentários", "commenti",
    "reacties", "kommentarer", "komentarze", "комментарии",
)
COMMENT_COUNTED_NOUNS: tuple[str, ...] = (
    "comment", "responses", "response", "replies", "reply", "kommentar", "commentaire",
    "comentario", "comentário", "commento", "reactie", "komentarz",
)
COMMENT_THREAD_HEADINGS: tuple[str, ...] = (
    "leave a comment", "leave a reply", "post a comment", "add a comment",
    "join the conversation", "join the discussion", "no comments yet", "no responses yet",
    "no response so far", "no responses so far", "reader comments", "readers' comments",
    "top rated comments", "top comments", "latest comments", "user comments",
    "comments are closed", "kommentar schreiben", "schreibe einen kommentar",
    "laisser un commentaire", "deja un comentario", "lascia un commento",
    # a shop's or a review page's readers' reviews, a thread of comments with a rating ("Review
    # by Sarah Klein ★★★★☆" is a buyer's, not the story's writer)
    "customer reviews", "user reviews", "reader reviews", "readers' reviews", "kundenbewertungen",
    "kundenrezensionen", "avis clients", "avis des clients", "opiniones de clientes", "reseñas de clientes",
    "recensioni dei clienti", "avaliações de clientes", "klantbeoordelingen",
)

# Openings of related-list headings ("More from Technology", "More posts you'll love").
RELATED_HEADING_PREFIXES: tuple[str, ...] = (
    "more from ", "more on ", "more in ", "more stories", "more posts", "more articles",
    "more news", "more like this", "you may also", "you might also", "you'll also", "you will also",
    "related ", "recommended for", "read more ", "read next", "mehr zum thema", "mehr aus ",
    "plus de ", "à lire ", "más de ", "leia mais", "ook interessant",
)

# Link-list headings that are page furniture but not links related to the article: the
# site's own lists of other stories (most read, latest, editors' picks). None is in
# :data:`RELATED_HEADINGS` (a heading is one or the other).
UNRELATED_LIST_HEADINGS: tuple[str, ...] = (
    "most read", "most popular", "popular", "trending", "trending now", "latest",
    "latest news", "latest stories", "top stories", "editor's picks", "editors' picks",
    "meistgelesen", "les plus lus", "lo más leído", "meest gelezen", "häufig gelesen",
    "am meisten gelesen", "meistgelesene artikel", "beliebteste artikel", "mest lästa", "mest lest",
    "più letti", "i più letti", "mais lidas", "najczęściej czytane", "самое читаемое",
    # the title of WordPress's "Recent Posts" widget (a site-wide list of its newest
    # posts), in the translations WordPress ships; other builders reuse it
    "recent posts", "articles récents", "entradas recientes", "neueste beiträge", "articoli recenti",
    "posts recentes", "recente berichten", "ostatnie wpisy",
)


# A comments thread's heading, its noun alone or with its count ("Comments (3)",
# "51 Kommentare", "3 responses to “Title”"), for :func:`opens_comments`.
_COMMENT_THREAD = re.compile(
    r"(?:\d+\s+)?(?:" + "|".join(map(re.escape, COMMENT_THREAD_NOUNS)) + r")(?:\s*\(\d+\))?"
    r"|\d+\s+(?:" + "|".join(map(re.escape, COMMENT_THREAD_NOUNS + COMMENT_COUNTED_NOUNS)) + r")"
    r"(?:\s*\(\d+\))?(?:\s+(?:to|on|for|zu|für|sur|à|a|en|su|op)\s.{1,200})?")
_COMMENT_HEADINGS = frozenset(COMMENT_THREAD_HEADINGS)


def opens_comments(key: str) -> bool:
    """A heading (lower-cased, collapsed, its end's punctuation stripped) that opens the
    readers' comments: "Comments", "51 Kommentare", "Kommentare (34)", "3 responses to
    “Title”", "Leave a reply". The body extractor ends the text there; the author reader
    credits no one under it.

    >>> [opens_comments(k) for k in ("comments", "12 kommentare", "1 comment", "comment", "reactions")]
    [True, True, True, False, False]
    """
    return key in _COMMENT_HEADINGS or _COMMENT_THREAD.fullmatch(key) is not None
