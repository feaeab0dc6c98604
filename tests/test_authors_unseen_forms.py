"""Byline forms no benchmark page was read for (#8: author sets on pages no rule was
written for): co-writers joined by a language's "and" in a dated row, a place beside the
date, Turkish places, the Chinese "文字/" label, a name before a date of figures after a
comma, the Catalan by-word "Per", a live blog's writers, a forum login beside the full
name. Each case failed on the code before the rule."""

from __future__ import annotations

import json

import pytest

from crawler.parsers import parse_article

_TEXT = "".join(
    f"<p>Paragraph {i} of the story tells how the new tool library opened by the river this spring, "
    "with drills, ladders and sewing machines for every member who asks at the desk.</p>" for i in range(5))


def _page(header: str, lang: str = "en", head: str = "") -> bytes:
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">'
            f"<title>A tool library opens - Riverside Courier</title>{head}</head><body>"
            '<header class="site-header"><a href="/">Riverside Courier</a></header><main><article>'
            f'<h1>A tool library opens</h1>{header}<div class="content">{_TEXT}</div></article></main>'
            "<footer>© 2024 Riverside Courier</footer></body></html>").encode()


def _authors(header: str, lang: str = "en", head: str = "") -> list[str]:
    article = parse_article(_page(header, lang, head), "https://www.riverside.example/news/tool-library-opens")
    assert article is not None
    return article.authors


@pytest.mark.parametrize(("line", "lang", "expected"), [
    # co-writers of a dated row joined by the language's "and", as by a comma or "&"
    ("<p>May 5, 2024 | Anna Miller and John Smith</p>", "en", ["Anna Miller", "John Smith"]),
    ("<p>05.05.2024 - Anna Miller und Peter Schmidt</p>", "de", ["Anna Miller", "Peter Schmidt"]),
    ("<p>5 mai 2024 · Claire Martin et Julien Petit</p>", "fr", ["Claire Martin", "Julien Petit"]),
    # each must open with a known given name: a title with "and" is no pair of writers
    ("<p>05.05.2024 | Rock and Roll Hall</p>", "en", []),
    # a place after the date is where, not who
    ("<p>05.05.2024 - Santa Monica</p>", "en", []),
    ("<p>05.05.2024 - New Mexico</p>", "en", []),
])
def test_dated_row_writers(line: str, lang: str, expected: list[str]) -> None:
    assert _authors(line, lang) == expected


@pytest.mark.parametrize("line", [
    "<p>Yeni Mahalle | 05.05.2024</p>",  # "New Quarter"
    "<p>Eski Kale | 05.05.2024</p>",  # "Old Castle"
    "<p>Bağdat Caddesi | 05.05.2024</p>",  # a street
    "<p>05.05.2024 - Taksim Meydanı</p>",  # a square
])
def test_turkish_places_beside_the_date_name_nobody(line: str) -> None:
    assert _authors(line, "tr") == []


def test_a_turkish_writer_beside_the_date_is_still_read() -> None:
    assert _authors("<p>Ahmet Yılmaz | 05.05.2024</p>", "tr") == ["Ahmet Yılmaz"]


@pytest.mark.parametrize(("line", "expected"), [
    ("<p>文字/王小明 攝影/李四</p>", ["王小明"]),  # words by, photographs by
    ("<p>攝影/李四 文字/王小明</p>", ["王小明"]),
    ("<p>文字：王小明</p>", ["王小明"]),
])
def test_chinese_words_by_label(line: str, expected: list[str]) -> None:
    assert _authors(line, "zh-TW") == expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ("<p>Иван Петров, 05.03.2024 10:12</p>", "ru", ["Иван Петров"]),
    ("<p>Anna Miller, 05.03.2024</p>", "en", ["Anna Miller"]),
    # a place before the date, as datelines print it
    ("<p>Berlin Mitte, 05.03.2024</p>", "de", []),
    ("<p>Santa Monica, 05.03.2024</p>", "en", []),
    # a month's name after the comma: a place's dateline
    ("<p>Jordan Valley, May 3, 2024</p>", "en", []),
])
def test_name_then_comma_then_date_of_figures(line: str, lang: str, expected: list[str]) -> None:
    assert _authors(line, lang) == expected


@pytest.mark.parametrize(("line", "lang", "expected"), [
    ('<p class="byline">Per Jordi Puig i Marta Soler</p>', "ca", ["Jordi Puig", "Marta Soler"]),
    ('<p class="byline">Per Jordi Puig</p>', "ca", ["Jordi Puig"]),
    # "Per" is a Swedish given name: not a by-word on a Swedish page, nor before one word
    ('<p class="byline">Per Andersson</p>', "sv", ["Per Andersson"]),
    ('<p class="byline">Per Andersson</p>', "ca", ["Per Andersson"]),
])
def test_catalan_per(line: str, lang: str, expected: list[str]) -> None:
    assert _authors(line, lang) == expected


def _live_blog(writers: list[str]) -> str:
    node = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": "A tool library opens",
            "author": {"@type": "Person", "name": writers[0]}, "datePublished": "2024-05-05T10:00:00Z",
            "liveBlogUpdate": [{"@type": "BlogPosting", "headline": f"Update {i}",
                                "author": {"@type": "Person", "name": name}} for i, name in enumerate(writers)]}
    return f'<script type="application/ld+json">{json.dumps(node)}</script>'


def test_a_live_blog_credits_every_entrys_writer_once() -> None:
    head = _live_blog(["Anna Miller", "John Smith", "Maria Lopez", "John Smith"])
    assert _authors("", head=head) == ["Anna Miller", "John Smith", "Maria Lopez"]


def test_a_live_blogs_writers_are_bounded() -> None:
    names = [f"Anna {surname}" for surname in ["Adams", "Baker", "Clark", "Davis", "Evans", "Fisher", "Green", "Hill", "Irwin", "Jones", "Kelly", "Lewis", "Moore", "Nolan", "Owens", "Price"]]
    assert _authors("", head=_live_blog(names)) == names[:12]


_FORUM_POST = ("<div itemscope itemtype='http://schema.org/DiscussionForumPosting'>"
               "<span class='creator' itemprop='author' itemscope itemtype='http://schema.org/Person'>"
               "<a itemprop='url' href='/u/ksolberg'><span itemprop='name'>ksolberg</span></a> (Kari Solberg)</span>"
               "<time itemprop='datePublished' datetime='2024-07-02T08:30:11Z'>July 2, 2024</time></div>")


def test_a_forum_posts_full_name_beside_its_login() -> None:
    assert _authors(_FORUM_POST) == ["Kari Solberg"]


def test_a_login_alone_stays() -> None:
    post = _FORUM_POST.replace(" (Kari Solberg)", "")
    assert _authors(post) == ["ksolberg"]


def _closing(after: str, lang: str = "pl") -> list[str]:
    """The writers of a page whose story box ends with ``after`` under its text."""
    page = _page("", lang).replace(b"</div></article>", after.encode() + b"</div></article>")
    article = parse_article(page, "https://www.riverside.example/news/tool-library-opens")
    assert article is not None
    return article.authors


_RIGHT = '<p style="text-align: right;">'


@pytest.mark.parametrize(("after", "expected"), [
    # a letter's sign-off: the place and day, then the name, both flush right
    (f"{_RIGHT}<em>Warszawa, 5 marca 2024</em></p>{_RIGHT}<strong>Marta Zielińska</strong></p>", ["Marta Zielińska"]),
    (f"{_RIGHT}Hà Nội, 5/3/2024</p>{_RIGHT}<strong>Nguyễn Thu Hà</strong></p>", ["Nguyễn Thu Hà"]),
    # a name alone set flush right: a book's, a quoted person's as often
    (f"{_RIGHT}<strong>Marta Zielińska</strong></p>", []),
    # a notice's line over it ("Stand:"), or an organisation signing
    (f"{_RIGHT}Stand: 5 marca 2024</p>{_RIGHT}<strong>Marta Zielińska</strong></p>", []),
    (f"{_RIGHT}Warszawa, 5 marca 2024</p>{_RIGHT}<strong>Stadtwerke München</strong></p>", []),
])
def test_a_dated_signature_flush_right(after: str, expected: list[str]) -> None:
    assert _closing(after) == expected


@pytest.mark.parametrize(("after", "expected"), [
    ('<p class="item-credit">Bericht: Eva Kramer</p>', ["Eva Kramer"]),
    ('<p class="item-credit">Bericht: Stadtrat tagt</p>', []),
    ('<p class="item-credit">Bericht: Süddeutsche Zeitung</p>', []),
])
def test_a_reports_closing_credit(after: str, expected: list[str]) -> None:
    assert _closing(after, "de") == expected


def _reply(name: str) -> str:
    return ('<div class="comments"><ol><li class="comment byuser comment-author-x bypostauthor">'
            f'<div class="comment-author vcard"><b class="fn">{name}</b> <span class="says">sagt:</span></div>'
            '<div class="comment-content"><p>Danke dir!</p></div></li></ol></div>')


@pytest.mark.parametrize(("name", "expected"), [
    ("Lotte Brauneis", ["Lotte Brauneis"]),
    ("Team Stadtanzeiger", []),  # a team's or the blog's display name is no writer
    ("Kreativ Küche", []),
])
def test_the_post_authors_own_reply(name: str, expected: list[str]) -> None:
    assert _closing(_reply(name), "de") == expected


def test_the_post_authors_reply_yields_to_a_byline() -> None:
    page = _page('<p class="byline">Von Jana Roth</p>', "de").replace(
        b"</div></article>", _reply("Lotte Brauneis").encode() + b"</div></article>")
    article = parse_article(page, "https://www.riverside.example/news/tool-library-opens")
    assert article is not None and article.authors == ["Jana Roth"]


@pytest.mark.parametrize(("line", "expected"), [
    # a topic link titled as a writer's list, naming a person, in the byline row with the day
    ('<p class="info"><a href="/thema/hanna-lorenz/" title="Alle Inhalte von Hanna Lorenz">Hanna Lorenz</a>'
     "<br/>05.03.2024 | 10:12 Uhr</p>", ["Hanna Lorenz"]),
    # the same link with no day beside it: a kicker's topic, maybe a person the story is about
    ('<div class="kicker"><a href="/thema/hanna-lorenz/" title="Alle Inhalte von Hanna Lorenz">Hanna Lorenz</a></div>',
     []),
    # a club or a section beside the day
    ('<p class="info"><a href="/thema/fc-bayern/" title="Alle Inhalte von FC Bayern">FC Bayern</a>'
     "<br/>05.03.2024</p>", []),
])
def test_a_writers_list_link_in_the_dated_row(line: str, expected: list[str]) -> None:
    assert _authors(line, "de") == expected


_CARD = ('<div class="card"><h3><a href="/in/priya" aria-label="View profile for Priya Natarajan">Priya Natarajan'
         '</a><a href="/login">Follow</a></h3></div>')


def test_a_profile_card_over_the_text() -> None:
    assert _authors('<p><time datetime="2024-03-05">March 5, 2024</time></p>' + _CARD) == ["Priya Natarajan"]


@pytest.mark.parametrize("line", [
    # reactions, a quoted person: a profile link in a sentence
    '<div class="reactions"><a href="/u/peter" aria-label="View profile for Peter Brown">Peter Brown</a>'
    " and 12 others liked this</div>",
    '<p>Professor <a href="/people/ann-lee" title="View profile for Ann Lee">Ann Lee</a> said the plan was overdue.</p>',
])
def test_a_profile_link_in_a_sentence_names_nobody(line: str) -> None:
    assert _authors(line) == []
