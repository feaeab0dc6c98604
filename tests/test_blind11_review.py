"""Counter-examples to the eleventh blind site's rules (Chinese and Arabic) on pages of
other shapes than the generator's: a place's statement in bold is no byline, a photo's
source is no story's wire, a tab's soft hyphens are no part of its name, a compound
surname spaced from the given name is one writer."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_author_list

AR_TEXT = "".join("<p>وقال المسؤولون إن الأعمال تسير وفق الجدول الزمني المحدد وإن المرحلة الأولى ستنتهي قريبا. "
                  "ويرى خبراء أن هذه الخطوة ستسهم في تحسين الخدمات المقدمة للمواطنين خلال الأشهر المقبلة.</p>"
                  for _ in range(6))
ZH_TEXT = "".join(f"<p>　　据有关负责人介绍，相关工程目前进展顺利，第一阶段工作预计将于近期完成。第{n}段。"
                  "专家认为，这一举措将在未来几个月内明显改善群众的办事体验和服务质量。</p>" for n in range(8))
ZH_URL = "https://news.example.cn/a/1234567.html"


def _ar_page(lead: str) -> str:
    return ('<html dir="rtl" lang="ar"><head><meta charset="utf-8"><title>الحكومة تعلن خطة لدعم المشروعات الصغيرة'
            '</title></head><body><font size="5"><b>الحكومة تعلن خطة لدعم المشروعات الصغيرة</b></font><br>'
            f'<p><font size="3"><b>{lead}</b></font></p>{AR_TEXT}</body></html>')


def test_a_bold_statement_after_a_place_or_a_speaker_is_no_byline() -> None:
    """Arabic headlines and decks put a statement after a place or a speaker ("واشنطن: لا تغيير
    في السياسة", Washington: no change in policy; "القاهرة: أعلنت الحكومة المصرية", the
    government announced): a sentence, not writers' names; "بيروت: نادر حداد" still is."""
    url = "https://ar.example/details.asp?section=4&article=102345&issueno=8573"
    for lead in ("واشنطن: لا تغيير في السياسة", "القاهرة: أعلنت الحكومة المصرية", "طهران: المفاوضات مستمرة",
                 "وزير الخارجية: نرفض التدخل الأجنبي"):
        assert parse_article(_ar_page(lead), url).authors == [], lead
    assert parse_article(_ar_page("دمشق: محمد عبد الرحمن"), url).authors == ["محمد عبد الرحمن"]
    assert parse_article(_ar_page("بيروت: هدى الخطيب"), url).authors == ["هدى الخطيب"]


def test_a_photos_source_is_no_wire_credit_over_the_editor() -> None:
    """"图片来源：新华社" / "数据来源：中新社" name where the photo or the data came from, not the
    story's source: the editor in charge stays the last-resort credit."""
    for credit in ("图片来源：新华社", "（数据来源：中新社）"):
        html = ('<html lang="zh-CN"><head><meta charset="utf-8"><title>标题</title></head><body>'
                '<h1>国务院部署稳就业新举措</h1><div class="ant-space"><span>2024-05-16 14:30</span></div>'
                f'<div class="text"><p class="pic">{credit}</p>{ZH_TEXT}</div>'
                '<p class="editor">责任编辑：陈磊</p></body></html>')
        assert parse_article(html, ZH_URL).authors == ["陈磊"], credit


def test_a_tabs_soft_hyphens_are_no_part_of_the_section() -> None:
    """A German menu's current tab written with soft hyphens ("In Ak&shy;ti&shy;on") names the
    section "In Aktion"."""
    tabs = "".join(f'<li{" class=on" if s == "aktion" else ""}><a href="/DE/{s}/{s}_node.html">{n}</a></li>'
                   for s, n in (("thw", "Das THW"), ("aktion", "In Ak&shy;ti&shy;on"), ("technik", "Technik"),
                                ("mitmachen", "Mit&shy;ma&shy;chen")))
    text = "".join("<p>Die Helferinnen und Helfer waren am Wochenende im Einsatz und haben die Straßen nach dem "
                   "Unwetter geräumt, Keller ausgepumpt und die Feuerwehr bei der Arbeit unterstützt.</p>"
                   for _ in range(6))
    html = ('<html lang="de"><head><meta charset="utf-8"><title>Einsatz nach dem Unwetter</title></head><body>'
            f'<nav><ul>{tabs}</ul></nav><main><h1>Einsatz nach dem Unwetter im Landkreis</h1>{text}</main></body></html>')
    assert parse_article(html, "https://thw.example/DE/Meldungen/2021/10/meldung_001.html").section == "In Aktion"


def test_a_compound_surname_spaced_from_the_given_name_is_one_writer() -> None:
    """"欧阳 文华" is one name, its compound surname set apart by a space; "吴芳 王雪梅" stays two."""
    assert clean_author_list("欧阳 文华") == ["欧阳 文华"]
    assert clean_author_list("吴芳 王雪梅") == ["吴芳", "王雪梅"]


def test_a_languages_index_file_in_a_menu_is_no_section() -> None:
    """A section folder's index file names its section ("/GB/guoji/index.html" "国际"); a
    language's folder's ("/en/index.html" "English", a menu's language switch) is that
    language's home page, no section, as "/en/" is."""
    from crawler.parsers.metadata.sections import _names_a_section

    assert _names_a_section("/GB/guoji/index.html", "国际")
    assert not _names_a_section("/en/index.html", "English")
    assert not _names_a_section("/de/index.html", "Deutsch")
    assert not _names_a_section("/en/", "English")


def test_a_japanese_name_with_a_space_is_one_writer() -> None:
    """A Japanese page's structured author "高木 文子" (family name, a space, given name) is
    one writer, though both parts open with a Chinese surname's character."""
    assert clean_author_list("高木 文子") == ["高木 文子"]
    assert clean_author_list("林田 文雄") == ["林田 文雄"]
    assert clean_author_list("吴芳 王雪梅") == ["吴芳", "王雪梅"]
