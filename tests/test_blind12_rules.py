"""Rules written from the twelfth blind site's first run (``benchmarks/template_sites_blind12.py``:
Japanese and Korean), each on a small page of the shape that failed."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

JA_TEXT = "<br><br>".join(f"　関係者によると、計画は予定通り進んでおり、第一段階は年内にも完了する見通しだという。第{n}段落。"
                          "専門家は、今回の措置によって今後数か月で住民サービスが大きく改善されると指摘している。"
                          for n in range(8))
KO_TEXT = "".join(f"<p>관계자에 따르면 사업은 예정대로 진행되고 있으며 1단계는 연내 마무리될 전망이다. {n}번째 문단. "
                  "전문가들은 이번 조치로 향후 몇 달 안에 주민 서비스가 크게 개선될 것이라고 내다봤다. "
                  "회의에는 경제계와 시민단체 대표들도 참석해 구체적인 제안을 내놓았다.</p>" for n in range(8))
MENU = "".join(f'<tr><td><a href="/{s}/"><font size="2">{n}</font></a></td></tr>'
               for s, n in (("shakai", "社会"), ("seiji", "政治"), ("keizai", "経済"), ("bunka", "文化")))


def _old_page(title: str, above: str) -> str:
    """An early-2000s Japanese paper: a left menu, then in the story's cell ``above`` the
    headline's table, whose first row holds the headline in ``<font size=4>`` and the
    dateline, the second the text."""
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>'
            f'</head><body><table width="760"><tr><td colspan="2"><a href="/"><img src="/logo.gif" alt="毎朝新聞"></a>'
            f'</td></tr><tr><td width="140"><table>{MENU}</table></td><td>{above}<br><table width="100%"><tr><td>'
            f'<font size="4" color="#003366"><b>日銀、追加利上げを見送り</b></font><br><font size="2">2004年5月16日(日) '
            f'10時30分</font><br></td></tr><tr><td><font size="3">{JA_TEXT}</font></td></tr></table></td></tr>'
            f'</table></body></html>')


URL = "https://www.example.jp/news/20040516k0000m040123000c.html"


def test_a_title_opening_with_the_papers_name_and_a_full_width_colon() -> None:
    """"毎朝新聞：見出し" (the paper's name, a full-width colon, no spaces) over a big headline
    line: the headline is the big line, the site's name is no part of it."""
    assert parse_article(_old_page("毎朝新聞：日銀、追加利上げを見送り", ""), URL).title == "日銀、追加利上げを見送り"


def test_a_big_headline_in_a_table_row_over_the_row_of_text() -> None:
    """A <title> naming the paper and section only: the headline is the big line whose
    story is in the table's next row (its own cell holds only it and the dateline)."""
    assert parse_article(_old_page("毎朝新聞 経済", ""), URL).title == "日銀、追加利上げを見送り"


def test_a_trail_joined_by_full_width_angle_marks_names_the_section() -> None:
    """"ホーム ＞ 社会" as two links with no label and no folder holding the story: steps
    joined by angle marks are a trail, no menu."""
    crumb = '<font size="2"><a href="/">ホーム</a> ＞ <a href="/shakai/">社会</a></font>'
    assert parse_article(_old_page("毎朝新聞：日銀、追加利上げを見送り", crumb), URL).section == "社会"


def test_a_section_banner_drawn_as_a_linked_picture() -> None:
    """The section's banner as a picture linked to its page, its ``alt`` the name the
    left menu gives that page."""
    banner = '<a href="/keizai/"><img src="/img/h_keizai.gif" alt="経済" border="0"></a>'
    assert parse_article(_old_page("毎朝新聞：日銀、追加利上げを見送り", banner), URL).section == "経済"


def test_a_pictures_alt_that_no_menu_names_is_no_section() -> None:
    banner = '<a href="/special/"><img src="/img/special.gif" alt="特集" border="0"></a>'
    assert parse_article(_old_page("毎朝新聞：日銀、追加利上げを見送り", banner), URL).section is None


def _portal(tabs: str) -> str:
    return (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>한국은행 기준금리 동결 결정 : 뉴스</title>'
            f'<meta property="og:title" content="한국은행 기준금리 동결 결정"></head><body><header><a href="/">뉴스</a>'
            f'</header><nav class="tabs"><ul>{tabs}</ul></nav><div id="ct"><h2 id="title_area">한국은행 기준금리 동결 결정'
            f'</h2><span class="date">입력 2024.05.16. 오전 10:30</span><article>{KO_TEXT}</article></div></body></html>')


SECTIONS = (("100", "정치"), ("101", "경제"), ("102", "사회"), ("105", "IT/과학"))


def test_a_portals_tab_marked_aria_selected_names_the_section() -> None:
    """Section tabs with the story's marked by WAI-ARIA's ``aria-selected="true"``."""
    tabs = "".join(f'<li><a class="menu_item{" is_active" if s == "101" else ""}" href="/section/{s}"'
                   f'{" aria-selected=true" if s == "101" else ""}>{n}</a></li>' for s, n in SECTIONS)
    assert parse_article(_portal(tabs), "https://news.example.kr/mnews/article/001/0014612345").section == "경제"


def test_a_tab_whose_list_item_carries_aria_current_names_the_section() -> None:
    """``aria-current="page"`` on the tab's list item rather than on its link."""
    tabs = "".join(f'<li{" aria-current=page" if s == "102" else ""}><a href="/section/{s}">{n}</a></li>'
                   for s, n in SECTIONS)
    assert parse_article(_portal(tabs), "https://news.example.kr/mnews/article/001/0014612345").section == "사회"


def test_a_japanese_senior_writers_title_after_the_name_is_no_part_of_it() -> None:
    """JSON-LD naming the writer with the paper's title for him ("山田太郎 編集委員", a
    senior staff writer): the author is the name."""
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "日銀、追加利上げを見送り", "datePublished": "2024-05-16T10:30:00+09:00", '
          '"author": {"@type": "Person", "name": "鈴木翔太 編集委員"}}</script>')
    html = (f'<html lang="ja"><head><meta charset="utf-8"><title>日銀、追加利上げを見送り｜経済新聞</title>{ld}</head>'
            f'<body><article><h1>日銀、追加利上げを見送り</h1><p>{JA_TEXT}</p></article></body></html>')
    assert parse_article(html, "https://www.example.jp/article/DGXZQO1234/").authors == ["鈴木翔太"]


def _old_story(credit_top: str, last_lines: list[str], lang: str = "ja", opening: str = "") -> str:
    """An old paper's story: the headline and dateline in a table row, the text in the next
    row as one box of lines set apart by ``<br><br>`` (its last lines ``last_lines``)."""
    paras = JA_TEXT.split("<br><br>") if lang == "ja" else [
        "관계자에 따르면 사업은 예정대로 진행되고 있으며 1단계는 연내 마무리될 전망이다. 전문가들은 이번 조치로 향후 "
        f"몇 달 안에 주민 서비스가 크게 개선될 것이라고 내다봤다. {n}번째 문단이다." for n in range(8)]
    paras[0] = opening + paras[0]
    text = "<br><br>\n".join([*paras, *last_lines])
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>日銀、追加利上げを見送り - 新聞'
            f'</title></head><body><table width="760"><tr><td><table width="100%"><tr><td><font size="4"><b>'
            f'日銀、追加利上げを見送り</b></font><br><font size="2">2004.05.16 10:30</font><br>{credit_top}</td></tr><tr><td><font size="3">'
            f'{text}</font></td></tr></table></td></tr></table></body></html>')


OLD_URL = "https://www.example.co.kr/w21data/html/news/200405/200405160123.html"


def test_a_bracketed_reporters_credit_under_the_dateline() -> None:
    """"【記者：山田太郎、鈴木花子】" under the dateline: both reporters, the brackets and label no part."""
    page = _old_story('<font size="2">【記者：山田太郎、鈴木花子】</font><br>', [])
    assert parse_article(page, OLD_URL).authors == ["山田太郎", "鈴木花子"]


def test_a_text_credit_on_an_old_storys_last_line() -> None:
    """"文＝鈴木花子" (text by) as the last line but one, over the photographer's "写真＝佐藤健一"."""
    page = _old_story("", ["文＝鈴木花子", "写真＝佐藤健一"])
    assert parse_article(page, OLD_URL).authors == ["鈴木花子"]


def test_a_korean_reporters_line_closing_an_old_storys_lines() -> None:
    """"홍길동 기자 (hong@example.co.kr)" and "이지은·박서준 기자" as an old Korean story's last line."""
    assert parse_article(_old_story("", ["홍길동 기자 (hong@example.co.kr)"], "ko"), OLD_URL).authors == ["홍길동"]
    assert parse_article(_old_story("", ["이지은·박서준 기자"], "ko"), OLD_URL).authors == ["이지은", "박서준"]


def test_a_korean_wire_dateline_opening_the_text() -> None:
    """"[서울=연합뉴스] 홍길동 기자 = ..." opening an old story's text names the reporter; "(서울=뉴시스)
    = ..." with no reporter, the wire."""
    page = _old_story("", [], "ko", "[서울=연합뉴스] 홍길동 기자 = ")
    assert parse_article(page, OLD_URL).authors == ["홍길동"]
    assert parse_article(_old_story("", [], "ko", "(서울=뉴시스) = "), OLD_URL).authors == ["뉴시스"]


def test_korean_reporters_joined_by_a_middle_dot() -> None:
    from crawler.parsers.metadata.authors import korean_reporters

    assert korean_reporters("이지은·박서준 기자") == ["이지은", "박서준"]
    assert korean_reporters("이지은ㆍ박서준ㆍ최유리 기자 abc@example.com") == ["이지은", "박서준", "최유리"]
    assert korean_reporters("김민수 기자·이영희 기자") == ["김민수", "이영희"]


def test_two_syllable_nouns_joined_by_a_middle_dot_before_a_title_are_no_reporters() -> None:
    # "여성·청년 기자" (women's and youth reporter), "경제·사회 기자": a beat, not two
    # names; a name in a middle-dot list has three syllables. One reporter of two
    # syllables with a title of their own is still one.
    from crawler.parsers.metadata.authors import korean_reporters

    assert korean_reporters("여성·청년 기자") == []
    assert korean_reporters("경제ㆍ사회 기자 abc@example.com") == []
    assert korean_reporters("김민수 기자·김현 기자") == ["김민수", "김현"]
    assert parse_article(_old_story("", ["여성·청년 기자"], "ko"), OLD_URL).authors == []


def _portal_story(foot: str, byline: str = "") -> str:
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle", '
          '"headline": "日銀、追加利上げを見送り", "datePublished": "2024-05-16T10:30:00+09:00", '
          '"author": {"@type": "Organization", "name": "毎日新聞"}}</script>')
    paras = "".join(f"<p>{p}</p>" for p in JA_TEXT.split("<br><br>"))
    return (f'<html lang="ja"><head><meta charset="utf-8"><title>日銀、追加利上げを見送り（毎日新聞） - ニュース</title>{ld}'
            f'</head><body><article><h1>日銀、追加利上げを見送り</h1>{byline}<div class="article_body">{paras}'
            f'<p>{foot}</p></div></article></body></html>')


def test_a_reporters_name_in_brackets_closing_a_portals_story() -> None:
    """A portal carrying a paper's story: the JSON-LD credits the paper (an Organization), the
    story closes on its reporter's name in brackets ("【山田太郎】"): the reporter; not a box's
    word in such brackets ("【関連記事】")."""
    url = "https://news.example.jp/articles/5a4515c4e190c550bee29b670cbe9a13580e978f"
    assert parse_article(_portal_story("【山田太郎】"), url).authors == ["山田太郎"]
    assert parse_article(_portal_story("【関連記事】"), url).authors == ["毎日新聞"]


def test_japanese_writers_listed_with_the_ideographic_comma_in_an_author_box() -> None:
    byline = '<div class="author"><a href="/author/sato/">佐藤和也</a>、<a href="/author/kobayashi/">小林裕子</a></div>'
    url = "https://news.example.jp/articles/5a4515c4e190c550bee29b670cbe9a13580e978f"
    assert parse_article(_portal_story("", byline), url).authors == ["佐藤和也", "小林裕子"]


def test_a_senior_writers_job_before_the_name() -> None:
    byline = '<div class="meta">編集委員 鈴木翔太</div>'
    url = "https://news.example.jp/articles/5a4515c4e190c550bee29b670cbe9a13580e978f"
    assert parse_article(_portal_story("", byline), url).authors == ["鈴木翔太"]


def test_a_korean_storys_paragraphs_end_the_header_before_a_list_of_other_posts_days() -> None:
    """A blog entry whose date is printed relative ("3시간 전"), its text in Korean paragraphs of
    about 150 characters (the story's text: a dense script's letters count twice), then a list
    of other posts with their days: no such day is the entry's, the declared one stands."""
    others = "".join(f'<li><a href="/entry/{n}">다른 글 제목 {n}</a><span>2023.0{n}.09</span></li>' for n in range(1, 4))
    html = (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>서울시 폭염 특보 발령</title>'
            f'<meta property="article:published_time" content="2023-09-12T10:24:00+09:00"></head><body>'
            f'<div class="hgroup"><h2 class="title-article">서울시 폭염 특보 발령</h2><span class="writer">임서준</span> '
            f'<span class="date" title="2023. 9. 12. 10:24">3시간 전</span></div><div class="entry-content">{KO_TEXT}'
            f'</div><div class="another_category"><h4>다른 글</h4><ul>{others}</ul></div></body></html>')
    assert parse_article(html, "https://blog.example.kr/entry/abc").published[:10] == "2023-09-12"


def test_a_section_named_by_one_hangul_syllable() -> None:
    """A Korean blog's category "책" (books), one syllable, in its category box over the title."""
    html = (f'<!DOCTYPE html><html lang="ko"><head><meta charset="utf-8"><title>서울시 폭염 특보 발령</title></head><body>'
            f'<div class="hgroup"><span class="category"><a href="/category/book">책</a></span><h2 class="title-article">'
            f'서울시 폭염 특보 발령</h2><span class="writer">임서준</span></div><div class="entry-content">{KO_TEXT}'
            f'</div></body></html>')
    assert parse_article(html, "https://blog.example.kr/entry/abc").section == "책"


def test_the_japanese_credit_doctests() -> None:
    import doctest

    from crawler.parsers.metadata import japanese_credits

    assert doctest.testmod(japanese_credits).failed == 0


@pytest.mark.parametrize("foot", ["【写真特集】", "【用語解説】", "【社説】", "【東京】", "【一問一答】", "【産経ニュース】"])
def test_a_labels_or_a_places_word_in_brackets_closing_a_story_is_no_reporter(foot: str) -> None:
    """Review (s23): a story closing on "【写真特集】" (photo special) over its links, or on a
    two-character label or place ("【社説】", "【東京】"), gave that word as the reporter; the
    JSON-LD's paper stays."""
    url = "https://news.example.jp/articles/5a4515c4e190c550bee29b670cbe9a13580e978f"
    assert parse_article(_portal_story(foot), url).authors == ["毎日新聞"]


def test_a_labels_word_on_an_old_storys_last_line_is_no_reporter() -> None:
    assert parse_article(_old_story("", ["【写真特集】"]), OLD_URL).authors == []
