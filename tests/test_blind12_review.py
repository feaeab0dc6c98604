"""A review of the twelfth blind site's rules (``tests/test_blind12_rules.py``): pages of
shapes those rules must leave alone, each checked through ``parse_article``."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from tests.test_blind12_rules import JA_TEXT

URL = "https://www.example.jp/news/20240516k0000m040123000c.html"


def _no_h1(title: str, line: str, head: str = "") -> str:
    """A page with no <h1>: the headline shown as a bold line ``line``, under a <title> ``title``."""
    paras = "".join(f"<p>{p}</p>" for p in JA_TEXT.split("<br><br>"))
    return (f'<html><head><meta charset="utf-8"><title>{title}</title>{head}</head><body><div id="main">'
            f'<div class="head"><b>{line}</b></div><div class="body">{paras}</div></div></body></html>')


@pytest.mark.parametrize("title", ["速報：大地震、死者多数", "訃報：山田太郎さん死去", "习近平：坚持改革开放不动摇",
                                   "岸田首相：増税は行わない", "新华网：坚持改革开放不动摇"])
def test_a_label_or_a_speaker_before_a_full_width_colon_is_no_sites_name(title: str) -> None:
    """A breaking-news or obituary label ("速報：", "訃報：") or a speaker ("习近平：") opens the
    <title> before a full-width colon as often as a site's name: with a bold line showing the
    rest, the <title> stays whole unless the part before the colon names the site."""
    line = title.split("：", 1)[1]
    assert parse_article(_no_h1(title, line), URL).title == title


def test_the_sites_name_before_a_full_width_colon_is_still_cut() -> None:
    head = '<meta property="og:site_name" content="新华网">'
    assert parse_article(_no_h1("新华网：坚持改革开放不动摇", "坚持改革开放不动摇", head), URL).title == "坚持改革开放不动摇"


def _banner_row(banner: str) -> str:
    """An old table paper: the section's banner set big in its own row, the story's headline
    in bold in the next row's cell over its dateline and text; the <title> names the site and
    the section only."""
    return (f'<html><head><meta charset="utf-8"><title>毎朝新聞 経済</title></head><body><table width="760">'
            f'<tr><td><img src="/logo.gif" alt="毎朝新聞"></td></tr><tr><td><table width="100%"><tr>'
            f'<td bgcolor="#003366"><font size="5" color="#ffffff"><b>{banner}</b></font></td></tr>'
            f'<tr><td><font size="3"><b>日銀、追加利上げを見送り</b></font><br><font size="2">2004年5月16日</font>'
            f'<br><br><font size="3">{JA_TEXT}</font></td></tr></table></td></tr></table></body></html>')


@pytest.mark.parametrize("banner", ["経済ニュース", "毎朝新聞 インターネット版"])
def test_a_big_banner_alone_in_the_row_over_the_storys_row_is_no_headline(banner: str) -> None:
    """The boxes round a big line are read for the text after them only up to its own box
    when they hold nothing else, further up when they hold its dateline: a section's or the
    paper's banner alone in its row is no headline (the <title> stands)."""
    assert parse_article(_banner_row(banner), URL).title == "毎朝新聞 経済"


KO_URL = "https://news.example.kr/mnews/article/001/0014612345"


def _portal(widget: str) -> str:
    from tests.test_blind12_rules import KO_TEXT, SECTIONS

    tabs = "".join(f'<li><a href="/section/{s}">{n}</a></li>' for s, n in SECTIONS)
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한국은행 기준금리 동결 결정 : 뉴스</title>'
            f'<meta property="og:title" content="한국은행 기준금리 동결 결정"></head><body><header><a href="/">뉴스</a>'
            f'</header><nav class="tabs"><ul>{tabs}</ul></nav><div id="ct"><h2 id="title_area">한국은행 기준금리 동결 결정'
            f'</h2><span class="date">입력 2024.05.16. 오전 10:30</span><article>{KO_TEXT}</article></div>{widget}'
            f'</body></html>')


@pytest.mark.parametrize("hrefs", [["/main/ranking/popularDay.naver", "/main/ranking/memoDay.naver",
                                    "/main/ranking/ageDay.naver", "/main/ranking/office.naver"],
                                   [f"/mnews/article/comment/001/0014612345?sort={k}" for k in ("new", "fav", "old", "rep")]])
def test_a_widgets_aria_selected_tab_after_the_story_names_no_section(hrefs: list[str]) -> None:
    """A ranking box's or a comment thread's tabs after the story, the first marked
    ``aria-selected="true"``: no section (the portal's own bar, over the headline, marks none)."""
    names = ["많이 본 뉴스", "댓글 많은 뉴스", "연령별 랭킹", "언론사별 랭킹"]
    widget = '<div class="rank_box"><ul>' + "".join(
        f'<li><a href="{h}" role="tab" aria-selected="{"true" if i == 0 else "false"}">{n}</a></li>'
        for i, (h, n) in enumerate(zip(hrefs, names, strict=True))) + "</ul></div>"
    assert parse_article(_portal(widget), KO_URL).section is None


ZH_TEXT = "".join(f"<p>据介绍，该项目总投资约120亿元，建成后将成为华东地区最大的综合物流枢纽。第{n}段。相关负责人表示，"
                  "项目将按计划推进，力争年底前完成一期工程建设并投入试运行。</p>" for n in range(8))


@pytest.mark.parametrize("over", ['<span class="label">热</span>', '<a href="/hot/" class="tag">荐</a>',
                                  '<div><a href="/2023/0912/c1001-40075122.html">上</a></div>'])
def test_a_one_character_badge_or_pager_step_over_the_headline_is_no_section(over: str) -> None:
    """One Han character names a section ("车"), but not a badge's ("热" hot, "荐" recommended)
    nor a pager's step ("上" previous)."""
    html = (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>华东最大物流枢纽开工建设_新闻中心</title>'
            f'</head><body><div class="nav"><a href="/">首页</a> <a href="/gn/">国内</a> <a href="/gj/">国际</a> '
            f'<a href="/cj/">财经</a></div><div class="article">{over}<h1>华东最大物流枢纽开工建设</h1>'
            f'<p class="info">2023年09月12日 10:24　来源：人民日报</p>{ZH_TEXT}</div></body></html>')
    assert parse_article(html, "https://news.example.cn/2023/0912/c1001-40075123.html").section is None


def test_a_chinese_pages_two_standfirst_paragraphs_do_not_end_the_header_before_its_date_line() -> None:
    """Two standfirst paragraphs of a Chinese page ("summary", 127 characters each) over the
    date and source line: a standfirst's letters count once, the header is read on to that
    line (not to a list of other stories' days after the text)."""
    standfirst = ("国家发展改革委日前印发通知，要求各地加快推进重大项目建设，确保年度目标任务顺利完成。通知指出，各地要进一步优化"
                  "审批流程，强化要素保障，推动项目早开工、早见效，为稳定经济增长提供有力支撑。各地发展改革部门要加强调度，及时协调"
                  "解决项目推进中遇到的困难和问题。")
    others = "".join(f'<li><a href="/a/{k}.html">其他新闻标题{k}</a> 2023-08-0{k}</li>' for k in range(1, 5))
    html = (f'<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>华东最大物流枢纽开工建设_新闻中心</title></head>'
            f'<body><div class="article"><h1>华东最大物流枢纽开工建设</h1>{2 * f"<p class=summary>{standfirst}</p>"}'
            f'<p class="info">2023年09月12日 10:24　来源：人民日报　作者：张伟</p>{ZH_TEXT}<div class="more"><ul>{others}'
            f'</ul></div></div></body></html>')
    article = parse_article(html, "https://news.example.cn/article/40075123.html")
    assert (article.published, article.authors) == ("2023-09-12T10:24:00", ["张伟"])
