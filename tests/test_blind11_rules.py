"""Rules written from the eleventh blind site's first run (``benchmarks/template_sites_blind11.py``:
Simplified Chinese and Arabic), each on a small page of the shape that failed."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_author_list

TEXT = "".join(f"<p>　　据有关负责人介绍，相关工程目前进展顺利，第一阶段工作预计将于近期完成。第{n}段。"
               "专家认为，这一举措将在未来几个月内明显改善群众的办事体验和服务质量。</p>" for n in range(8))
URL = "https://news.example.cn/a/1234567.html"


def _zh(body: str, head: str = "<title>标题</title>") -> str:
    return f'<html lang="zh-CN"><head><meta charset="utf-8">{head}</head><body>{body}</body></html>'


def test_a_channel_link_followed_by_a_trail_mark_names_the_section_without_it() -> None:
    """"<div class=channel><a>时政</a> &gt;</div>" over the headline: the section is "时政", not "时政 >"."""
    html = _zh(f'<div class="channel"><a href="/list_shizheng">时政</a> &gt;</div><h1>国务院部署稳就业新举措</h1>{TEXT}',
               "<title>国务院部署稳就业新举措_澎湃新闻</title>")
    assert parse_article(html, URL).section == "时政"


def test_a_mobile_sites_tab_marked_on_names_the_section() -> None:
    """A bar of section tabs with the story's one marked ``class="on"`` (no aria-current), even
    when the tab's short name is also a word of the headline."""
    on = ' class="on"'
    tabs = "".join(f'<a href="/m/{s}/"{on if s == "tech" else ""}>{n}</a>'
                   for s, n in (("society", "社会"), ("tech", "科技"), ("auto", "汽车"), ("travel", "旅游")))
    html = _zh(f'<div class="tabs">{tabs}</div><div class="content"><h1>中国科学院签署科技合作协议</h1>{TEXT}</div>',
               "<title>中国科学院签署科技合作协议-手机中新网</title>")
    assert parse_article(html, "https://m.example.cn/m/a/1234567.html").section == "科技"


def _old_page(title: str) -> str:
    menu = "".join(f'<tr><td><font size="2"><a href="/GB/{s}/index.html">{n}</a></font></td></tr>'
                   for s, n in (("guonei", "国内"), ("guoji", "国际"), ("caijing", "财经"), ("tiyu", "体育")))
    return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{title}</title>'
            f'</head><body><table><tr><td width="150"><table>{menu}</table></td><td>'
            f'<table width="100%"><tr><td bgcolor="#CC0000"><font color="#FFFFFF"><b>国际</b></font></td></tr></table>'
            f'<p align="center"><font size="5"><b>深圳市推出新一轮减税政策</b></font></p>'
            f'<p align="center"><font size="2">2003年2月17日 20:30　来源：中华时报</font></p>'
            f'<font size="3">{TEXT}</font></td></tr></table></body></html>')


def test_an_old_pages_big_chinese_headline_under_a_title_of_the_site_alone() -> None:
    """A <title> naming only the paper ("中华时报") over a ``<font size=5>`` headline of one
    run of Han characters: the headline is the big line, and the coloured bar over it names
    one of the left menu's sections (whose links open each section folder's index file)."""
    record = parse_article(_old_page("中华时报"), "https://paper.example.cn/GB/guoji/14545/3134957.html")
    assert record.title == "深圳市推出新一轮减税政策"
    assert record.section == "国际"


def test_a_bar_over_the_headline_names_a_section_whose_menu_link_opens_its_index_file() -> None:
    record = parse_article(_old_page("深圳市推出新一轮减税政策"), "https://paper.example.cn/GB/guoji/14545/3134957.html")
    assert record.section == "国际"


def test_chinese_writers_in_one_structured_string_are_each_a_writer() -> None:
    """A JSON-LD author string "吴芳 王雪梅" (the byline's names as one value) is two writers;
    a compound surname makes a four-character name ("欧阳雪梅")."""
    assert clean_author_list("吴芳 王雪梅") == ["吴芳", "王雪梅"]
    assert clean_author_list("欧阳雪梅、高红霞") == ["欧阳雪梅", "高红霞"]
    assert clean_author_list("王小明") == ["王小明"]


def test_a_portals_closing_credit_keeps_its_writer_over_the_editor() -> None:
    """NetEase closes a story with "本文来源：X 作者：Y<br>责任编辑：Z_NN1234": Y wrote it (a
    Chinese name is no lower-case login that the editor's label should replace); with no
    作者, the source wire is the credit."""
    def page(credit: str) -> str:
        return _zh(f'<h1 class="post_title">国务院部署稳就业新举措</h1><div class="post_body">{TEXT}</div>'
                   f'<div class="post_author">{credit}<br>责任编辑：陈静_NN1128</div>',
                   "<title>国务院部署稳就业新举措_网易</title>")
    assert parse_article(page("本文来源：央视新闻 作者：孙国华"), URL).authors == ["孙国华"]
    assert parse_article(page("本文来源：新华社"), URL).authors == ["新华社"]


def test_an_outlets_reporter_and_a_wires_own_dateline() -> None:
    """"中新网记者 周丽 徐晓明" names two reporters of the outlet; "新华社北京5月16日电" opening a
    text with no reporter in brackets is the wire's own story."""
    info = '<div class="info">中新网记者 周丽 徐晓明 | 2024-05-16 14:30 | 来源：中新网</div>'
    html = _zh(f'<h1>国务院部署稳就业新举措</h1>{info}<div class="art">{TEXT}</div>')
    assert parse_article(html, URL).authors == ["周丽", "徐晓明"]
    wire = TEXT.replace("<p>　　据", "<p>　　新华社北京5月16日电 据", 1)
    html = _zh(f'<p align="center"><font size="5"><b>国务院部署稳就业新举措</b></font></p>{wire}',
               "<title>国务院部署稳就业新举措</title>")
    assert parse_article(html, URL).authors == ["新华社"]


AR_TEXT = "".join("<p>وقال المسؤولون إن الأعمال تسير وفق الجدول الزمني المحدد وإن المرحلة الأولى ستنتهي قريبا. "
                  "ويرى خبراء أن هذه الخطوة ستسهم في تحسين الخدمات المقدمة للمواطنين خلال الأشهر المقبلة.</p>"
                  for _ in range(6))


def _ar(body: str) -> str:
    return ('<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>الحكومة تعلن خطة لدعم المشروعات الصغيرة'
            f'</title></head><body>{body}</body></html>')


def test_arabic_wordpress_by_word_and_closing_source() -> None:
    """"بواسطة" is WordPress's Arabic "by"; "المصدر: رويترز" closing the text credits the wire."""
    meta = ('<div class="entry-meta"><span class="byline"> بواسطة <span class="author vcard">'
            '<a class="url fn n" href="/author/1/">نور المصري</a></span></span></div>')
    html = _ar(f'<h1 class="entry-title">الحكومة تعلن خطة لدعم المشروعات الصغيرة</h1>{meta}'
               f'<div class="entry-content">{AR_TEXT}</div>')
    assert parse_article(html, "https://ar.example/2024/05/16/x/").authors == ["نور المصري"]
    html = _ar(f'<h1>الحكومة تعلن خطة لدعم المشروعات الصغيرة</h1><div class="wysiwyg">{AR_TEXT}'
               '<p class="article-source">المصدر: رويترز</p></div>')
    assert parse_article(html, "https://ar.example/news/2024/5/16/story-1").authors == ["رويترز"]


def test_an_arabic_papers_bold_place_and_writers_line_opening_the_text() -> None:
    """"بيروت: نادر حداد" / "القاهرة: أحمد علي وسارة حسن" / "لندن - رويترز" in bold over an old
    paper's text; a photo's "تصوير:" line is no writer's."""
    def page(lead: str) -> str:
        return _ar('<font size="5"><b>الحكومة تعلن خطة لدعم المشروعات الصغيرة</b></font><br>'
                   '<font size="1">تصوير: خالد سعيد</font><br>'
                   f'<p><font size="3"><b>{lead}</b></font></p>{AR_TEXT}')
    url = "https://ar.example/details.asp?section=4&article=102345&issueno=8573"
    assert parse_article(page("بيروت: نادر حداد"), url).authors == ["نادر حداد"]
    assert parse_article(page("القاهرة: أحمد علي وسارة حسن"), url).authors == ["أحمد علي", "سارة حسن"]
    assert parse_article(page("لندن - رويترز"), url).authors == ["رويترز"]


def test_a_writers_page_by_its_id_is_a_listing() -> None:
    """"/author/85723/" (an author page by id, one teaser card on it) is the writer's listing,
    however long its one teaser's Chinese text (now counted by its characters)."""
    card = ('<div class="b-card"><a href="/keji/2024/06/06/9794EQZ9KTW7/"><h2>北京市召开科技创新专项工作会议</h2></a>'
            '<p>会议强调，各级各部门要提高认识，压实责任，扎实推进各项工作，确保取得实效。该计划最早于2023年12月22日公布，'
            '此后经过多轮征求意见。记者从有关部门获悉，相关工作已经全面展开。</p><span class="c-byline">赵艳</span>'
            '<time>2024-06-06 12:33</time></div>')
    html = _zh(f'<main><h1 class="b-section-title">赵艳</h1>{card}</main>', "<title>赵艳 | 华夏在线</title>")
    record = parse_article(html, "https://news.example.cn/author/85723/")
    assert record is None or record.page_kind == "listing"


def test_a_wire_named_as_the_source_beats_the_editor_in_charge() -> None:
    """"来源：新华社" beside the date and "责任编辑：陈磊 图片编辑：王敏" under the text, no writer:
    the wire's own story (the editor in charge is the credit only where no other is printed)."""
    def page(source: str) -> str:
        return _zh(f'<h1>国务院部署稳就业新举措</h1><div class="ant-space"><span>2024-05-16 14:30</span> '
                   f'<span>来源：{source}</span></div><div class="text">{TEXT}</div>'
                   '<p class="editor">责任编辑：陈磊 图片编辑：王敏 校对：黄建国</p>')
    assert parse_article(page("新华社"), URL).authors == ["新华社"]
    assert parse_article(page("半月谈"), URL).authors == ["陈磊"]
