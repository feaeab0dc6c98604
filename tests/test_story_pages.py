"""The multi-page story link finder (crawler/parsers/story_pages.py): a story's next
page and a later page's first page, in several languages and URL forms; and what is
no story page: a listing's pager, a comments pager, a gallery's next photo, another
site, another story."""

from __future__ import annotations

import pytest

from crawler.parsers.story_pages import StoryPages, story_pages

TEXT = "<article><h1>Headline</h1>" + "<p>A paragraph of the story, long enough to read.</p>" * 5


def page(pager: str, head: str = "") -> str:
    return f"<html><head>{head}</head><body>{TEXT}{pager}</body></html>"


@pytest.mark.parametrize(("url", "html", "expected"), [
    # Chinese portal / WAP: "1 2 3 下一页", story_2.html
    ("http://news.example.cn/a/20240516/1234567.html",
     page('<div class="page"><a href="1234567.html">1</a> <a href="1234567_2.html">2</a> '
          '<a href="1234567_3.html">3</a> <a href="1234567_2.html">下一页</a></div>'),
     "http://news.example.cn/a/20240516/1234567_2.html"),
    # German: /seite-2, "Nächste Seite"
    ("https://zeitung.example.de/politik/streit-um-die-rente-geht-weiter-a-873412",
     page('<nav><a href="/politik/streit-um-die-rente-geht-weiter-a-873412/seite-2">Nächste Seite »</a></nav>'),
     "https://zeitung.example.de/politik/streit-um-die-rente-geht-weiter-a-873412/seite-2"),
    # German: ?seite=2, numbered only
    ("https://blatt.example.de/lokales/neue-bruecke-ueber-den-rhein-eroeffnet.html",
     page('<div class="paging"><span>1</span> <a href="?seite=2">2</a> <a href="?seite=3">3</a></div>'),
     "https://blatt.example.de/lokales/neue-bruecke-ueber-den-rhein-eroeffnet.html?seite=2"),
    # Spanish: ?page=2, "Siguiente"
    ("https://diario.example.es/internacional/2024-05-16/la-crisis-del-gobierno-se-agrava.html",
     page('<div class="paginacion"><a href="?page=2">Página siguiente</a></div>'),
     "https://diario.example.es/internacional/2024-05-16/la-crisis-del-gobierno-se-agrava.html?page=2"),
    # French: "Page suivante", -2.html
    ("https://journal.example.fr/societe/la-greve-des-transports-continue.html",
     page('<p class="pages"><a href="/societe/la-greve-des-transports-continue-2.html">Page suivante</a></p>'),
     "https://journal.example.fr/societe/la-greve-des-transports-continue-2.html"),
    # English WordPress paginated post: rel=next in the head, /slug/2/
    ("https://blog.example.com/2024/05/how-the-harbour-was-rebuilt/",
     page('<div class="page-links">Pages: 1 <a href="/2024/05/how-the-harbour-was-rebuilt/2/">2</a></div>',
          head='<link rel="next" href="https://blog.example.com/2024/05/how-the-harbour-was-rebuilt/2/">'),
     "https://blog.example.com/2024/05/how-the-harbour-was-rebuilt/2/"),
    # "Next page" on an id-only story URL with its query
    ("https://paper.example.com/article.php?id=48213",
     page('<a href="/article.php?id=48213&amp;page=2">Next page</a>'),
     "https://paper.example.com/article.php?id=48213&page=2"),
])
def test_next_page_of_a_story(url: str, html: str, expected: str) -> None:
    found = story_pages(html, url)
    assert found.next_url == expected and found.page == 1 and found.first_url is None


def test_a_middle_page_names_its_first_page_and_its_next() -> None:
    url = "https://zeitung.example.de/politik/streit-um-die-rente-geht-weiter-a-873412/seite-2"
    html = page('<nav><a href="/politik/streit-um-die-rente-geht-weiter-a-873412">1</a> <span>2</span> '
                '<a href="/politik/streit-um-die-rente-geht-weiter-a-873412/seite-3">3</a> '
                '<a href="/politik/streit-um-die-rente-geht-weiter-a-873412/seite-3">Weiter</a></nav>')
    assert story_pages(html, url) == StoryPages(
        page=2, next_url="https://zeitung.example.de/politik/streit-um-die-rente-geht-weiter-a-873412/seite-3",
        first_url="https://zeitung.example.de/politik/streit-um-die-rente-geht-weiter-a-873412")


def test_a_last_page_that_only_links_back_is_a_later_page() -> None:
    """The last page's pager has no next link, only "上一页" and "1": still page 2
    of its story (no link with a page pattern on it: read all the same)."""
    url = "http://m.example.cn/m/a/1234567_2.html"
    html = page('<div class="page"><a href="/m/a/1234567.html">上一页</a> <a href="/m/a/1234567.html">1</a> '
                '<a href="/m/a/1234567_2.html">2</a> <a href="/m/a/1234567_2.html">下一页</a></div>')
    assert story_pages(html, url) == StoryPages(page=2, next_url=None, first_url="http://m.example.cn/m/a/1234567.html")


@pytest.mark.parametrize(("url", "html"), [
    # a listing's pager: section page 2
    ("https://news.example.com/politics/", page('<div class="pager"><a href="/politics/?page=2">2</a> '
                                                '<a href="/politics/?page=2">Next</a></div>',
                                                head='<link rel="next" href="/politics/?page=2">')),
    ("http://news.example.cn/guonei/index.html", page('<a href="/guonei/index_2.html">下一页</a>')),
    ("https://blog.example.com/category/world/", page('<a href="/category/world/page/2/">Older posts</a>'
                                                      '<link rel="next" href="/category/world/page/2/">')),
    ("https://news.example.com/2024/05/", page('<a href="/2024/06/">Next</a>')),  # a month's archive
    # comments pagers
    ("https://blog.example.com/2024/05/how-the-harbour-was-rebuilt/",
     page('<div id="comments"><a href="/2024/05/how-the-harbour-was-rebuilt/comment-page-2/">Next comments</a>'
          '<a href="/2024/05/how-the-harbour-was-rebuilt/2/">2</a></div>')),
    ("https://news.example.com/world/storm-hits-the-coast-48213",
     page('<div class="comment-nav"><a href="?page=2">Next</a></div>')),
    ("https://news.example.com/world/storm-hits-the-coast-48213",
     page('<a href="?cpage=2">Next page</a> <a href="?page=2#comments">2</a>')),
    # photo galleries
    ("https://news.example.com/gallery/storm-hits-the-coast-48213/",
     page('<a href="/gallery/storm-hits-the-coast-48213/2/">Next</a>')),
    ("http://slide.example.cn/news/20240516/1234567.html", page('<a href="1234567_2.html">下一张</a>')),
    ("https://news.example.com/world/storm-hits-the-coast-48213",
     page('<div class="photo-viewer"><a href="?page=2">Next</a></div>')),
    ("https://news.example.com/world/storm-hits-the-coast-48213", page('<a href="?page=2">Next photo</a>')),
    # another host, another story, a page number skipped
    ("https://news.example.com/world/storm-hits-the-coast-48213",
     page('<a href="https://other.example.com/world/storm-hits-the-coast-48213?page=2">Next page</a>')),
    ("https://news.example.com/world/storm-hits-the-coast-48213",
     page('<a href="/world/floods-follow-the-storm-48214">Next</a>', head='<link rel="next" href="/world/x-48214">')),
    ("https://news.example.com/world/storm-hits-the-coast-48213", page('<a href="?page=3">Next</a>')),
    # a link that reads as a page but says nothing of a pager (a related story)
    ("http://news.example.cn/a/20240516/1234567.html", page('<a href="1234567_2.html">相关新闻：另一篇报道</a>')),
])
def test_no_story_page(url: str, html: str) -> None:
    assert story_pages(html, url) == StoryPages()


@pytest.mark.parametrize("url", [
    "https://news.example.com/world/top-10.html",       # a number in a slug: no page 10 of "top"
    "https://news.example.com/world/covid-19.html",
    "https://news.example.com/world/storm-hits-the-coast-48213?page=2",  # no link back to its story
])
def test_a_number_in_a_url_alone_makes_no_later_page(url: str) -> None:
    html = page('<a href="/world/">World</a> <a href="/world/top.html">Top</a>')
    assert story_pages(html, url).page == 1


def test_bad_input_gives_no_pages() -> None:
    for html in ("", b"\x00\xff\xfe", "<html>", "<a href='http://[::1/x?page=2'>Next</a>"):
        assert story_pages(html, "https://news.example.com/world/storm-hits-the-coast-48213") == StoryPages()
    assert story_pages(page('<a href="?page=2">Next</a>'), "https://[::1/world/storm-hits-the-coast-48213") == StoryPages()


def test_a_first_page_at_another_address_than_its_pager_reads_its_canonical() -> None:
    """A listing links a WAP story as ``/m/a/1234567.html?from=wap``, its pager links
    ``/m/a/1234567_2.html``: the page's canonical (``/m/a/1234567.html``) is its own address too."""
    html = page('<div class="page"><a href="/m/a/1234567_2.html">下一页</a></div>',
                head='<link rel="canonical" href="http://m.example.cn/m/a/1234567.html">')
    assert story_pages(html, "http://m.example.cn/m/a/1234567.html?from=wap").next_url == \
        "http://m.example.cn/m/a/1234567_2.html"
    other = page('<div class="page"><a href="/m/a/7654321_2.html">下一页</a></div>',
                 head='<link rel="canonical" href="http://m.example.cn/m/a/1234567.html">')
    assert story_pages(other, "http://m.example.cn/m/a/1234567.html?from=wap").next_url is None


@pytest.mark.parametrize(("url", "html"), [
    # a sequel, or a CMS's second story of one title, linking the first as a related story
    ("https://news.example.com/sport/match-report-city-united-2.html",
     page('<aside class="related"><a href="/sport/match-report-city-united.html">Match report: City v United '
          '(first leg)</a></aside>')),
    ("http://news.example.cn/a/20240516/1234567_2.html", page('<a href="1234567.html">相关新闻：另一篇报道</a>')),
    # a story-like path ending in a number, and no pager back at all
    ("https://blog.example.com/2024/05/storm-warning-issued-for-the-coast/2/", page('<a href="/">Home</a>')),
])
def test_a_link_back_that_is_no_pager_makes_no_later_page(url: str, html: str) -> None:
    """Review: a page's link to the same stem without its page part is a later page's
    only when it reads as a pager's (a previous-page word or arrow, the page's number,
    rel=prev); a related story's headline is none, and a URL alone is none."""
    assert story_pages(html, url) == StoryPages()


@pytest.mark.parametrize("pager", [
    '<a href="/sport/match-report-city-united.html">« Previous</a>',
    '<a href="/sport/match-report-city-united.html">‹</a>',
    '<a href="/sport/match-report-city-united.html">Zurück</a>',
    '<a href="/sport/match-report-city-united.html">[1]</a>',
])
def test_a_pager_link_back_makes_a_later_page(pager: str) -> None:
    url = "https://news.example.com/sport/match-report-city-united-2.html"
    assert story_pages(page(f"<div class='pages'>{pager}</div>"), url) == StoryPages(
        page=2, first_url="https://news.example.com/sport/match-report-city-united.html")
    head = '<link rel="prev" href="/sport/match-report-city-united.html">'
    assert story_pages(page("", head=head), url).first_url == "https://news.example.com/sport/match-report-city-united.html"
