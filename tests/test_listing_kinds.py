"""``page_kind`` of listings as CMSes really print them, and of articles that hold
lists of links (crawler/parsers/classify/). Each page is written by hand in the
markup of the system named; names, places and URLs are invented. A listing stored
as an article pollutes the archive; an article called a listing is lost."""

from __future__ import annotations

from pathlib import Path

import pytest

from crawler.parsers import parse_article

KINDS = Path(__file__).parent / "fixtures" / "sitekinds"

_HEADLINES = ("Council approves the new ferry timetable", "Library extends its opening hours in winter",
              "Roadworks close the harbour bridge for a week", "School board names a new head teacher",
              "Volunteers plant two hundred trees by the river", "Market square gets new benches and lights",
              "Swimming pool reopens after the summer repairs", "Town archive puts old maps online")
_SNIPPETS = ("The council voted on Tuesday to add two evening crossings from June.",
             "From November the library stays open until eight on weekdays.",
             "Drivers are asked to use the ring road while the bridge is resurfaced.",
             "The new head teacher starts after the autumn holidays.",
             "The planting was organised by the angling club and two schools.",
             "Twelve benches and new lamps were fitted over the weekend.",
             "The pool had been closed since July for work on its roof.",
             "More than four hundred maps can now be viewed free of charge.")
_PROSE = " ".join(f"The harbour committee met on the {n}th of May to discuss the timetable, and members "
                  f"argued at length about the cost of the evening crossings for the town." for n in range(4, 9))
_ZH_TITLES = ("国务院部署粮食安全保障工作", "北京市启动城市更新试点工作", "教育部公布生态保护补偿办法",
              "深圳市落实冬季供暖保障措施", "财政部出台新措施支持中小企业发展", "交通运输部部署农村公路建设规划")


def _slug(headline: str) -> str:
    return "-".join(headline.lower().split())


def _shell(body: str, title: str = "News", head: str = "") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>{head}</head>"
            f"<body><header><nav><a href='/'>Home</a> <a href='/news/'>News</a> <a href='/sport/'>Sport</a>"
            f"</nav></header>{body}<footer><p>Town Gazette, 1 Market Square</p></footer></body></html>")


def _wp_archive() -> str:
    """WordPress (underscores): each post an <article> whose <header> holds the linked
    title and the date, the excerpt in a sibling div.entry-summary."""
    posts = "".join(
        f"<article class='post type-post hentry'><header class='entry-header'><h2 class='entry-title'>"
        f"<a href='https://gazette.example/2024/05/{n}/story-{n}/' rel='bookmark'>{h}</a></h2>"
        f"<div class='entry-meta'><span class='posted-on'><time datetime='2024-05-{n + 1:02d}'>May {n + 1}, 2024"
        f"</time></span></div></header><div class='entry-summary'><p>{s} <a class='more-link' "
        f"href='https://gazette.example/2024/05/{n}/story-{n}/'>Continue reading</a></p></div></article>"
        for n, (h, s) in enumerate(zip(_HEADLINES[:4], _SNIPPETS, strict=False)))
    return _shell(f"<main id='main'><header class='page-header'><h1>Harbour</h1></header>{posts}</main>",
                  head="<meta property='og:type' content='website'>")


def _card_links(count: int) -> str:
    """Next.js / Arc cards: the link wraps the headline, the summary and the date follow."""
    return "".join(
        f"<article class='Card_card'><a class='Card_link' href='/news/2024/05/{n}/story-{n}'><h3 class='Card_title'>"
        f"{h}</h3></a><p class='Card_summary'>{s}</p><span class='Card_meta'>News · 0{n + 1}.05.2024</span></article>"
        for n, (h, s) in enumerate(zip(_HEADLINES[:count], _SNIPPETS, strict=False)))


def _squarespace(count: int = 4) -> str:
    """Squarespace's blog list: each post's title an <h1> holding its link."""
    items = "".join(
        f"<article class='blog-item'><a href='/blog/2024/5/{n + 1}/{_slug(h)}' class='image-wrapper'><img src='/i/{n}.jpg'>"
        f"</a><div class='blog-basic-grid--text'><time class='blog-date'>5/{n + 1}/24</time><h1 class='blog-title'>"
        f"<a href='/blog/2024/5/{n + 1}/{_slug(h)}'>{h}</a></h1><div class='blog-excerpt'><p>{s}</p></div>"
        f"<a class='blog-more-link' href='/blog/2024/5/{n + 1}/{_slug(h)}'>Read more</a></div></article>"
        for n, (h, s) in enumerate(zip(_HEADLINES[:count], _SNIPPETS, strict=False)))
    return _shell(f"<main><section><h1 class='page-title'>Harbour notes</h1>{items}</section></main>")


def _zh_table() -> str:
    """An early-2000s Chinese portal's front list: the layout tables hold the menu,
    the breadcrumb, rows of "·<a>title</a>" and a date cell, and the footer."""
    rows = "".join(f"<tr><td><font size='2'>·<a href='/old/guonei/2006-0{n + 1}/1{n}/content_30{n}151.shtml' "
                   f"target='_blank'>{t}</a></font></td><td align='right'><font size='2' color='#999999'>"
                   f"2006-0{n + 1}-1{n} 1{n}:05</font></td></tr>" for n, t in enumerate(_ZH_TITLES))
    return ("<html><head><meta http-equiv='Content-Type' content='text/html; charset=utf-8'><title>今日要闻_华夏在线"
            "</title></head><body><table width='778'><tr><td align='center'><font size='2'><a href='/old/index.shtml'>"
            "首页</a> | <a href='/old/guonei/index.shtml'>国内</a> | <a href='/old/guoji/index.shtml'>国际</a> | "
            "<a href='/bbs/index.asp'>论坛</a></font></td></tr></table><table width='778'><tr><td width='570' "
            "valign='top'><table width='100%'><tr><td><font size='2'>您现在的位置：<a href='/old/index.shtml'>华夏在线"
            "首页</a> &gt;&gt; 今日要闻</font></td></tr></table><table width='96%'><tr><td colspan='2' "
            f"bgcolor='#EEEEEE'><b>今日要闻</b></td></tr>{rows}</table></td></tr></table><table width='778'><tr><td "
            "align='center'><font size='2'><a href='/about.html'>关于我们</a> | <a href='/contact.html'>联系我们</a> | "
            "广告服务 | 网站地图<br>Copyright &copy; 2000-2006 华夏在线 All Rights Reserved<br>京ICP证030000号</font>"
            "</td></tr></table></body></html>")


def _zh_list() -> str:
    """A Chinese CMS's 列表 page: <ul> of "<li><a>title</a><span>date</span></li>"."""
    items = "".join(f"<li><a href='/xwzx/gzdt/2024{n + 1:02d}/t2024{n + 1:02d}1{n}_{n}8812.html' target='_blank'>{t}</a>"
                    f"<span>2024-{n + 1:02d}-1{n}</span></li>" for n, t in enumerate(_ZH_TITLES))
    return ("<html><head><meta charset='utf-8'><title>工作动态</title></head><body><div class='top'><a href='/'>首页</a>"
            "</div><div class='main'><div class='position'>当前位置：首页 &gt; 新闻中心 &gt; 工作动态</div>"
            f"<div class='list'><ul>{items}</ul></div><div class='page'>共6条 1/1页</div></div></body></html>")


def _gov_table() -> str:
    """A town's press releases as a table of date and linked title lines (no teaser)."""
    rows = "".join(f"<tr><td>0{n + 1}.05.2024</td><td><a href='/rathaus/presse/detail/{_slug(h)}'>"
                   f"{h}</a></td></tr>" for n, h in enumerate(_HEADLINES[:6]))
    return _shell("<div id='content'><h1>Press releases</h1><p>The town's press office publishes its releases "
                  f"here.</p><table class='contenttable'><tr><th>Date</th><th>Title</th></tr>{rows}</table></div>")


def _related_article(related: str) -> str:
    """A dated story of about 300 words in four paragraphs, no byline, ``related`` after it."""
    paragraph = "<p>" + ". ".join(_PROSE.split(". ")[:3]) + ".</p>"
    return _shell(f"<main><article><h1>Ferry timetable argued over</h1><p class='date'>4 May 2024</p>"
                  f"<div class='entry-content'>{paragraph * 4}</div>{related}</article></main>")


def _related_cards() -> str:
    """A story of about 300 words with no byline, and a "related stories" box of ten
    linked headlines in its article."""
    cards = "".join(f"<div class='related-item'><h3><a href='/news/2024/05/{n}/related-story-{n}'>{h} again</a></h3>"
                    f"</div>" for n, h in enumerate(_HEADLINES + _HEADLINES[:2]))
    return _related_article(f"<section class='related'><h2>Related stories</h2>{cards}</section>")


def _related_rows() -> str:
    """The same story with its related stories as dated rows."""
    rows = "".join(f"<li><a href='/news/2024/05/{n}/related-story-{n}'>{h}</a> <span>0{n + 1}.05.2024</span></li>"
                   for n, h in enumerate(_HEADLINES))
    return _related_article(f"<h2>More on this</h2><ul class='related'>{rows}</ul>")


def _short_item() -> str:
    """A news item of 60 words with a date and a byline, five dated rows under it."""
    rows = "".join(f"<li><a href='/news/2024/05/{n}/other-story-{n}'>{h}</a> <span>0{n + 1}.05.2024</span></li>"
                   for n, h in enumerate(_HEADLINES[:5]))
    return _shell("<main><article><h1>Harbour bridge closed for a week</h1><p class='byline'>By Jane Doe, 4 May "
                  "2024</p><div class='text'><p>The harbour bridge will be closed to all traffic from Monday for a week "
                  "while the road surface is replaced, the town's works department said on Friday.</p><p>Drivers "
                  "are asked to use the ring road. Buses will stop at the market square instead of the harbour, and "
                  "the ferry keeps its timetable.</p></div><h2>Latest</h2><ul>" + rows + "</ul></article></main>")


def _live_blog() -> str:
    """A live blog: many dated entries, none linked to a story of its own."""
    entries = "".join(f"<div class='entry'><p class='time'>0{n + 1}.05.2024 1{n}:00</p><h3>{h}</h3><p>{s} {s}</p>"
                      "</div>" for n, (h, s) in enumerate(zip(_HEADLINES, _SNIPPETS, strict=True)))
    return _shell(f"<main><h1>Live: the town council's budget week</h1><div class='live'>{entries}</div></main>")


def _best_tools() -> str:
    """"Eight best tools": each item a linked heading to the tool's own site and a paragraph."""
    items = "".join(f"<h2><a href='https://tool{n}.example/'>{n + 1}. {h.split()[0]} Planner</a></h2><p>{s} We "
                    f"liked its clear calendar, its export to spreadsheets and its price of ten euros a month.</p>"
                    for n, (h, s) in enumerate(zip(_HEADLINES, _SNIPPETS, strict=True)))
    return _shell("<main><article><h1>The eight best planning tools for clubs</h1><p class='byline'>By Jane Doe, "
                  f"4 May 2024</p><div class='text'><p>{_PROSE}</p>{items}</div></article></main>")


def _qa() -> str:
    """A Q&A: questions in bold, answers in paragraphs, no links."""
    pairs = "".join(f"<p><strong>Question {n}: why did the council change the ferry timetable?</strong></p><p>{_PROSE[:200]}"
                    "</p>" for n in range(1, 5))
    return _shell(f"<main><article><h1>Five questions to the harbour master</h1><p class='date'>4 May 2024</p>{pairs}"
                  "</article></main>")


def _lead_and_list() -> str:
    """A section front: one big lead story (image, headline, a long standfirst), then
    a list of dated linked titles."""
    rows = "".join(f"<li><span class='date'>0{n + 2}.05.2024</span> <a href='/harbour/{_slug(h)}'>{h}</a></li>"
                   for n, h in enumerate(_HEADLINES[1:7]))
    return _shell("<main><h1>Harbour</h1><div class='lead'><img src='/i/lead.jpg'><h2><a href='/harbour/"
                  f"{_slug(_HEADLINES[0])}'>{_HEADLINES[0]}</a></h2><p class='date'>01.05.2024</p><p>{_SNIPPETS[0]} "
                  f"{_SNIPPETS[1]}</p></div><ul class='more'>{rows}</ul></main>")


def _linked_subheading() -> str:
    """A short story whose one subheading links to another page, its paragraphs after it."""
    return _shell("<main><article><h1>Ferry to run later in summer</h1><p class='date'>4 May 2024</p><p>The evening "
                  "ferry will run an hour later from June, the harbour office said on Friday after a vote.</p><h2><a "
                  "href='/harbour/ferry-timetable-summer-2024'>The new timetable</a></h2><p>The last crossing leaves "
                  "the town at ten and returns from the island at half past ten every day.</p><p>Tickets bought "
                  "before June stay valid on all crossings until the end of the year.</p></article></main>")


def _author_page() -> str:
    """An author's page: a short bio, then the author's stories as cards."""
    return _shell("<main><div class='author-bio'><h1>Jane Doe</h1><p>Jane covers the harbour and the council.</p>"
                  f"</div>{_card_links(3)}</main>")


LISTINGS = {
    "wordpress-archive-excerpts": ("https://gazette.example/harbour-news/", _wp_archive),
    "cards-wrapped-in-links": ("https://gazette.example/harbour", lambda: _shell(f"<main><h1>Harbour</h1>{_card_links(3)}</main>")),
    "squarespace-blog-h1-titles": ("https://gazette.example/blog", _squarespace),
    "zh-table-front-list": ("http://www.huaxia.example/old/index.shtml", _zh_table),
    "zh-ul-list-of-dated-titles": ("http://www.gov.example/xwzx/gzdt/", _zh_list),
    "gov-table-of-dated-titles": ("https://www.town.example/rathaus/presse/", _gov_table),
    "wordpress-date-archive": ("https://gazette.example/2024/05/", _wp_archive),
    "section-lead-story-and-dated-list": ("https://gazette.example/harbour/", _lead_and_list),
    "author-page-cards": ("https://gazette.example/people/jane-doe", _author_page),
    "squarespace-author-one-post": ("https://gazette.example/blog?author=5f2a5474f", lambda: _squarespace(1)),
    "section-of-one-card": ("https://gazette.example/harbour", lambda: _shell(f"<main><h1>Harbour</h1>{_card_links(1)}</main>")),
    "paged-cards": ("https://gazette.example/harbour/page/2/", lambda: _shell(f"<main>{_card_links(2)}</main>")),
}

def _one_linked_subheading(title: str, href: str) -> str:
    """A dated, unsigned story whose one subheading links to another page, most of its
    text after that subheading."""
    paragraphs = "".join(f"<p>{s} {s}</p>" for s in _SNIPPETS[1:4])
    return _shell(f"<main><article><h1>Ferry vote</h1><p class='date'>4 May 2024</p><p>{_SNIPPETS[0]}</p>"
                  f"<h2><a href='{href}'>{title}</a></h2>{paragraphs}</article></main>")


def _kicker_in_header() -> str:
    """A WordPress post of one paragraph: its header holds its <h1> and a category linked
    as an <h2> above the date, its text after the header; one related headline below."""
    return _shell("<main><article><header class='entry-header'><h1 class='entry-title'>Bridge closed for a week</h1>"
                  "<h2 class='cat'><a href='/category/harbour/'>Harbour</a></h2><div class='entry-meta'><time datetime="
                  f"'2024-05-04'>May 4, 2024</time></div></header><div class='entry-content'><p>{' '.join(_SNIPPETS[:4])}"
                  "</p></div></article><div class='more'><h3><a href='/2024/05/01/council-approves-ferry-budget/'>"
                  "Council approves ferry budget</a></h3></div></main>")


def _link_post() -> str:
    """A link blog's post: its title links to the story it comments on, at another site."""
    return _shell("<main><article><h1 class='entry-title'><a href='https://news.example/2024/05/ferry-timetable-"
                  "argued-over'>Ferry timetable argued over</a></h1><p class='date'>4 May 2024</p><div class="
                  f"'entry-content'><p>{_SNIPPETS[0]} {_SNIPPETS[2]} {_SNIPPETS[3]}</p></div></article></main>")


def _brief_beside_latest() -> str:
    """An unsigned, dated news brief of 55 words, a "latest news" column of ten dated rows beside it
    (no aside element)."""
    rows = "".join(f"<li><a href='/news/2024/05/{_slug(h)}'>{h}</a> <span>0{n % 9 + 1}.05.2024</span></li>"
                   for n, h in enumerate(_HEADLINES + _HEADLINES[:2]))
    return _shell("<div class='row'><div class='col-8'><article><h1>Harbour bridge closed for a week</h1><p "
                  "class='date'>4 May 2024</p><p>The harbour bridge will be closed to all traffic from Monday for a "
                  "week while the road surface is replaced, the works department said on Friday. Drivers are asked "
                  "to use the ring road instead. Buses will stop at the market square, and the ferry keeps its "
                  "timetable during the works, a spokesman said.</p></article></div><div class='col-4'><h2>Latest "
                  f"news</h2><ul>{rows}</ul></div></div>")


ARTICLES = {
    # (one card makes a listing at a listing's address only: these are no story's by
    # article_like_url, a short slug, a dated path's one word, yet stories)
    "short-slug-story-one-linked-subheading": (
        "https://gazette.example/news/ferry-vote", lambda: _one_linked_subheading("The timetable", "/news/ferry-timetable-2024")),
    "dated-path-story-one-linked-subheading": (
        "https://gazette.example/2024/05/04/ferry/",
        lambda: _one_linked_subheading("Council approves ferry budget", "/2024/05/01/council-approves-ferry-budget/")),
    # (a listing's key beside a story's number, or "s" as a session's id, is no listing's query)
    "category-and-record-query-one-linked-subheading": (
        "https://gazette.example/news/show.php?cat=3&artno=20417",
        lambda: _one_linked_subheading("The timetable", "/news/show.php?cat=3&artno=20400")),
    "session-s-query-one-linked-subheading": (
        "https://forum.example/showthread.php?s=8f14e45fceea167a5a36dedd4bea2543&t=12345",
        lambda: _one_linked_subheading("The timetable thread", "/showthread.php?t=12300")),
    "wordpress-postname-story-one-linked-subheading": (
        "https://gazette.example/ferry-timetable-argued-over/",
        lambda: _one_linked_subheading("The timetable", "/council-approves-ferry-budget/")),
    "one-paragraph-post-with-linked-category-in-header": (
        "https://gazette.example/2024/05/04/harbour-bridge-closed-for-a-week/", _kicker_in_header),
    "link-post-title-linked-out": ("https://blog.example/2024/05/ferries", _link_post),
    "unsigned-brief-beside-ten-latest-rows": ("https://gazette.example/news/2024/05/harbour-bridge-closed",
                                              _brief_beside_latest),
    "related-cards-under-300-words": ("https://gazette.example/news/2024/05/ferry-timetable-argued-over", _related_cards),
    "related-dated-rows-under-300-words": ("https://gazette.example/news/2024/05/ferry-timetable-argued-over", _related_rows),
    "short-item-with-latest-rows": ("https://gazette.example/news/2024/05/harbour-bridge-closed", _short_item),
    "live-blog": ("https://gazette.example/news/2024/05/live-council-budget-week", _live_blog),
    "best-tools-linked-items": ("https://gazette.example/news/2024/05/best-planning-tools", _best_tools),
    "story-with-one-linked-subheading": ("https://gazette.example/news/2024/05/ferry-to-run-later", _linked_subheading),
    "questions-and-answers": ("https://gazette.example/news/2024/05/five-questions-harbour-master", _qa),
}


def _kind(url: str, html: str) -> tuple[str, str]:
    record = parse_article(html, url)
    assert record is not None
    return record.page_kind, record.provenance.get("page_kind", "")


@pytest.mark.parametrize("name", sorted(LISTINGS))
def test_listing_is_a_listing(name: str) -> None:
    url, page = LISTINGS[name]
    kind, why = _kind(url, page())
    assert kind == "listing", why


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_article_with_lists_stays_an_article(name: str) -> None:
    url, page = ARTICLES[name]
    kind, why = _kind(url, page())
    assert kind == "article", why


@pytest.mark.parametrize("name", ["association-blog-archive-de", "government-news-list-de"])
def test_site_kind_list_of_teasers_is_a_listing(name: str) -> None:
    """The body of a page whose best box holds only teasers is those teasers: still a listing."""
    page = KINDS / f"{name}.html"
    url = __import__("json").loads(page.with_suffix(".json").read_text(encoding="utf-8"))["url"]
    kind, why = _kind(url, page.read_text(encoding="utf-8"))
    assert kind == "listing", why
