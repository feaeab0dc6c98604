"""Rules from the eighth blind template-site check (``benchmarks/template_sites_blind8.py``,
issue 8): each for a kind of site (an ASP.NET WebForms page, a Chinese portal's archive,
an old paper's day folders, a wire's dateline), not for the generator's wording."""

from __future__ import annotations

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify import article_like_url
from crawler.parsers.metadata.authors import clean_byline

_FETCHED = "2026-12-07T00:10:00Z"
_PROSE = ("The council approved a new budget for the harbour district on Tuesday evening after a long debate. "
          "Members said the plan would pay for repairs to the old quay and two new ferry berths by next spring. ")
_ZH_PROSE = ("据介绍，今年以来各地积极落实各项政策措施，取得了明显成效，群众满意度不断提高。"
             "专家表示，下一步将进一步加强统筹协调，确保各项任务落到实处，不走过场。"
             "数据显示，相关指标同比增长百分之六点五，增速比上年同期有所加快，结构继续优化。")


def _parse(html: str | bytes, url: str) -> Article:
    article = parse_article(html, url, fetched_at=_FETCHED)
    assert article is not None
    return article


def _webforms_page(byline: str) -> str:
    """An ASP.NET WebForms story: the one server form around the whole page."""
    return ('<html><head><title>Harbour budget approved - Town News</title></head><body>'
            '<form name="aspnetForm" method="post" action="./Story.aspx?id=4411" id="aspnetForm">'
            '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUKMTIzNDU2Nzg5" />'
            '<div id="menu"><a href="/">Home</a> <a href="/Section.aspx?id=1">Local</a></div>'
            '<div id="ctl00_ContentPlaceHolder1_pnlStory"><div class="news_title"><span id="ctl00_ContentPlaceHolder1_'
            'lblTitle">Harbour budget approved</span></div>'
            f'<div class="meta"><span id="ctl00_ContentPlaceHolder1_lblInfo">{byline}</span> | '
            '<span id="ctl00_ContentPlaceHolder1_lblDate">16.05.2016 09:12</span></div>'
            f'<div id="ctl00_ContentPlaceHolder1_divText"><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></div></div>'
            '</form></body></html>')


def test_a_form_around_the_whole_page_is_no_furniture() -> None:
    """ASP.NET WebForms wraps every page in one server form: its headline box, byline and
    date are the story's, not a form's fields (they were read as furniture: no headline
    found over the byline, no writer)."""
    article = _parse(_webforms_page("By Jane Doe"), "http://town.example/Story.aspx?id=4411")
    assert article.authors == ["Jane Doe"]
    assert article.published is not None and article.published.startswith("2016-05-16")


def test_a_reporters_mark_in_turkish_names_the_writer() -> None:
    """A box classed or ided for the reporter in Turkish ("muhabir") holds the writer's
    name as an "author" box does."""
    page = _webforms_page("Ayşe Kaya").replace("lblInfo", "lblMuhabir")
    assert _parse(page, "http://town.example/Story.aspx?id=4411").authors == ["Ayşe Kaya"]


def _old_page(title: str, banner: str, credit: str, url_section: str = "culture") -> str:
    """An early-2000s story in tables: the <title> the site's edition name and a label."""
    return (f'<html><head><title>{title}</title></head><body><table width="760"><tr><td>'
            '<a href="/archive/index.html"><img src="/i/logo.gif" alt="Harbor Herald"></a></td></tr>'
            f'<tr><td>{banner}<font face="Arial" size="4"><b>Council approves the new harbour budget</b></font>'
            f'<br><br><font size="2">{credit}</font><br><br><font size="2">{_PROSE * 3}<br><br>{_PROSE * 2}</font>'
            '</td></tr></table></body></html>')


_OLD_URL = "http://herald.example/2004/05/16/culture/cul03.html"


def test_a_title_of_the_sites_edition_name_and_a_label_heads_with_the_big_line() -> None:
    """"Harbor Herald Online - Culture": the site's name and a word (its web edition's
    name) is the site's part; the headline is the big line the story follows, and the
    label, a folder of the URL, is the section."""
    article = _parse(_old_page("Harbor Herald Online - Culture", "", "By Jane Doe"), _OLD_URL)
    assert article.title == "Council approves the new harbour budget"
    assert article.section == "Culture"


def test_a_bold_banner_printing_the_titles_label_is_no_headline() -> None:
    """Under a label title, a bold line printing the label ("<b>CULTURE ARTS</b>", the
    section's banner) is not the headline: the big line under it is."""
    page = _old_page("Harbor Herald Online - Culture Arts", "<b>CULTURE ARTS</b><br>", "By Jane Doe",)
    article = _parse(page, _OLD_URL.replace("/culture/", "/culture-arts/"))
    assert article.title == "Council approves the new harbour budget"
    assert article.section == "Culture Arts"


@pytest.mark.parametrize("credit,names", [("<b>Jane Doe and John Roe</b> / ANKARA", ["Jane Doe", "John Roe"]),
                                          ("<b>Tolga Kurt</b> / İSTANBUL", ["Tolga Kurt"])])
def test_bold_names_over_the_city_filed_from_are_the_byline(credit: str, names: list[str]) -> None:
    """"<b>Names</b> / CITY" under the headline (Turkish and Spanish papers' credit line
    with no by-word) names the writers; with the city, a name the given-name list lacks
    is a person's by its two capitalised words."""
    assert _parse(_old_page("Harbor Herald Online - Culture", "", credit), _OLD_URL).authors == names


@pytest.mark.parametrize("opening,credit", [("ANKARA (AA) - ", ["AA"]), ("WASHINGTON (AP) — ", ["AP"])])
def test_a_wires_dateline_opening_the_story_is_its_credit(opening: str, credit: list[str]) -> None:
    """A story whose only credit is its dateline's wire in brackets ("WASHINGTON (AP) —")."""
    page = _old_page("Harbor Herald Online - Culture", "", "").replace(
        f'<font size="2">{_PROSE * 3}', f'<font size="2">{opening}{_PROSE * 3}')
    assert _parse(page, _OLD_URL).authors == credit


def _zh_portal(info: str, lead: str) -> bytes:
    """A Chinese portal's archived story in GBK: no metadata, a "you are here" trail of
    text and links, the headline in a big <font>, the source line under it."""
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            '<title>三峡库区启动生态修复工程_南方网</title></head><body>'
            '<table><tr><td><a href="/index.html"><img src="/logo.gif" alt="南方网"></a></td></tr></table>'
            '<table><tr><td><font size="2">当前位置：<a href="/index.html">首页</a> &gt; <a href="/shehui/list.html">'
            '社会新闻</a> &gt; 正文</font></td></tr></table>'
            '<table><tr><td align="center"><font size="5"><b>三峡库区启动生态修复工程</b></font></td></tr>'
            f'<tr><td align="center"><font size="2">{info}</font></td></tr>'
            f'<tr><td>{lead}{_ZH_PROSE}<br><br>{_ZH_PROSE}<br><br>{_ZH_PROSE}</td></tr></table></body></html>')
    return html.encode("gbk")


_ZH_URL = "http://south.example/shehui/2005-03/08/content_1234567.htm"


def test_a_chinese_portals_source_line_names_the_writers_and_its_trail_the_section() -> None:
    """"2005-03-08 10:21:33　来源：南方日报　作者：王小明 李华" under a big <font> headline
    whose <title> ends "_南方网" (a CJK title's site mark needs no spaces); the trail
    "当前位置：首页 > 社会新闻 > 正文" names the section."""
    article = _parse(_zh_portal("2005-03-08 10:21:33　来源：南方日报　作者：王小明 李华　【字号 大 中 小】", ""), _ZH_URL)
    assert article.title == "三峡库区启动生态修复工程"
    assert article.authors == ["王小明", "李华"]
    assert article.section == "社会新闻"


def test_a_chinese_wire_dateline_names_its_reporters() -> None:
    """"新华社重庆3月8日电（记者 王小明 李华）" opening the story credits its reporters."""
    article = _parse(_zh_portal("2005年03月08日 10:21　来源：新华社", "新华社重庆3月8日电（记者 王小明 李华）　"), _ZH_URL)
    assert article.authors == ["王小明", "李华"]


@pytest.mark.parametrize("line,names", [
    ("2005-03-08 来源：人民网　作者：王小明 李华　【打印】", ["王小明", "李华"]),
    ("文/王小明　图/李华", ["王小明"]),
    ("王小明　李华", ["王小明", "李华"]),
    ("田中 一郎", ["田中 一郎"]),
    ("来源：新华社", ["新华社"]),
])
def test_chinese_credit_fields(line: str, names: list[str]) -> None:
    """A credit among a line's fields ends at the next field's label or a bracket; "文/"
    (text) credits the writer, "图/" (pictures) nobody; names alone, each opening with a
    common surname, are a list (a Japanese name printed apart stays one); a byline box's
    "来源：" (source) is the wire's label, not part of its name."""
    assert clean_byline(line) == names


def test_categories_side_by_side_give_the_first() -> None:
    """A post filed under two categories in its meta row ("World, Politics" as two links
    of one make) is in the first: the header's scan backwards from the headline met the
    last one first."""
    page = ('<html><head><title>Ferry plan - Blog</title></head><body><article>'
            '<div class="meta"><span class="blog-categories-list"><a class="blog-categories" href="/blog/category/World">'
            'World</a>, <a class="blog-categories" href="/blog/category/Politics">Politics</a></span></div>'
            f'<h1>Ferry plan</h1><p>{_PROSE}</p><p>{_PROSE}</p></article></body></html>')
    assert _parse(page, "http://blog.example/blog/ferry-plan").section == "World"


@pytest.mark.parametrize("url", ["http://a.example/news/content_1472033_print.shtml",
                                 "http://a.example/news/PrintNews.aspx?id=4411",
                                 "http://a.example/2004/05/16/ekonomi/eko03_yazdir.html",
                                 "http://a.example/haber/yazdir.asp?id=12"])
def test_a_print_scripts_name_joined_to_the_record_names_a_printable_copy(url: str) -> None:
    """The print word joined to the record's number or word in a script's or file's name is
    a printer-friendly copy, stored under its story only."""
    page = f"<html><head><title>Harbour budget approved</title></head><body><h1>Harbour budget approved</h1>" \
           f"<p>By Jane Doe, May 16, 2004</p><p>{_PROSE}</p><p>{_PROSE}</p><p>{_PROSE}</p></body></html>"
    assert _parse(page, url).page_kind == "page"
    assert _parse(page, url.replace("_print", "").replace("_yazdir", "").replace("Print", "")
                  .replace("yazdir", "haber")).page_kind == "article"


def test_a_file_under_a_days_folders_is_a_story() -> None:
    """"/2004/05/16/ekonomi/eko03.html": an old paper's archive names each story by its
    day's folders and a short file name; the day's index is no story."""
    assert article_like_url("http://a.example/2004/05/16/ekonomi/eko03.html")
    assert not article_like_url("http://a.example/2004/05/16/ekonomi/index.html")
    assert not article_like_url("http://a.example/2004/05/ekonomi.html")


@pytest.mark.parametrize("url", ["http://a.example/etiket/ekonomi/", "http://a.example/arsiv/index2.html",
                                 "http://a.example/Kategori.aspx?KatID=3&Sayfa=2"])
def test_turkish_listing_words_and_a_script_named_as_its_listing(url: str) -> None:
    """Turkish "etiket" (tag), "kategori", "arsiv" (archive) name listings as their English
    words do; so does a script named so ("Kategori.aspx?KatID=3")."""
    cards = "".join(f"<li><a href='/2024/05/1{n}/story-number-{n}-of-the-list'>Story number {n} of the list</a>"
                    f" <span>1{n}.05.2024</span></li>" for n in range(3))
    page = f"<html><head><title>Ekonomi</title></head><body><h1>Ekonomi</h1><ul>{cards}</ul></body></html>"
    article = parse_article(page, url, fetched_at=_FETCHED)
    assert article is None or article.page_kind == "listing"
