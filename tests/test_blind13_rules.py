"""Rules written from the thirteenth blind site's first run (``benchmarks/template_sites_blind13.py``:
Hindi and Hebrew), each on a small value or page of the shape that failed."""

from __future__ import annotations

import json
from datetime import datetime, timezone
from types import SimpleNamespace

import pytest

from crawler.parsers import parse_article
from crawler.parsers.classify import article_like_url
from crawler.parsers.metadata import framework_state
from crawler.parsers.metadata.authors import clean_byline, looks_like_byline
from crawler.parsers.metadata.dates import find_date_in_text

HI_TEXT = "".join(f"<p>राज्य सरकार के अधिकारियों ने बताया कि नई सड़क परियोजना का काम अगले महीने शुरू होगा और इसे दो साल में "
                  f"पूरा करने का लक्ष्य रखा गया है। स्थानीय लोगों ने इस फैसले का स्वागत किया है और कहा है कि इससे यातायात "
                  f"की समस्या काफी हद तक कम होगी। परियोजना के {n}वें चरण में पुलों का निर्माण भी किया जाएगा।</p>"
                  for n in range(1, 7))
HE_TEXT = "".join(f"<p>לדברי ראש המועצה, העבודות על הכביש החדש יתחילו בחודש הבא ויסתיימו בתוך שנתיים. התושבים "
                  f"בירכו על ההחלטה ואמרו כי היא תקל מאוד על עומסי התנועה באזור. בשלב ה-{n} ייבנו גם גשרים חדשים "
                  f"מעל הנחל.</p>" for n in range(1, 7))
HI_TITLE = "नई सड़क परियोजना को मिली मंजूरी, अगले महीने से काम"
HE_TITLE = "אושרה סלילת הכביש החדש בגליל התחתון"


@pytest.mark.parametrize(("line", "names"), [
    ("लेखक: प्रिया सिंह", ["प्रिया सिंह"]),
    ("द्वारा: अनीता वर्मा", ["अनीता वर्मा"]),
    ("כתב: משה לוי", ["משה לוי"]),
    ("מאת: נועה גולן", ["נועה גולן"]),
])
def test_hindi_and_hebrew_byline_labels_go(line: str, names: list[str]) -> None:
    """Hindi "writer:" and "by:", Hebrew "reporter:" and "by:" are labels, not part of the name."""
    assert clean_byline(line) == names


def test_the_hebrew_by_word_and_its_glued_and() -> None:
    """"מאת" with no colon is a by-word; the "and" glued to the second writer's name ("ומירב")
    joins two names of two words each, while a surname opening with the letter stays whole."""
    assert clean_byline("מאת יוסי כהן ומירב לוי") == ["יוסי כהן", "מירב לוי"]
    assert clean_byline("מאת משה וקנין") == ["משה וקנין"]
    assert clean_byline("דני מזרחי ו תמר ביטון") == ["דני מזרחי", "תמר ביטון"]


def test_the_hindi_postposed_by_and_its_and() -> None:
    """Hindi prints "by" after the names ("A और B द्वारा"): a byline of two writers."""
    assert looks_like_byline("सुनील शर्मा और प्रिया सिंह द्वारा")
    assert clean_byline("सुनील शर्मा और प्रिया सिंह द्वारा") == ["सुनील शर्मा", "प्रिया सिंह"]


@pytest.mark.parametrize("line", ["रोहित चौहान, संवाददाता, जयपुर", "יוסי כהן, כתבנו לענייני חינוך"])
def test_a_name_then_the_staff_job_and_its_seat(line: str) -> None:
    """"Name, correspondent, City" and "Name, our education reporter": one writer, his job and seat no names."""
    assert looks_like_byline(line)
    assert clean_byline(line) == [line.split(",")[0]]


@pytest.mark.parametrize(("text", "day"), [
    ("रविवार, १६ मई २००४", "2004-05-16"),
    ("17 अक्टूबर 2024, 9:32 AM IST", "2024-10-17"),
    ("3 सितम्बर, 2004", "2004-09-03"),
    ("16 במאי 2024", "2024-05-16"),
    ("יום חמישי, 3 בדצמבר 2023", "2023-12-03"),
])
def test_hindi_and_hebrew_month_names(text: str, day: str) -> None:
    found = find_date_in_text(text)
    assert found is not None and found[:10] == day


def _page(lang: str, head: str, body: str, url_title: str = "") -> str:
    rtl = ' dir="rtl"' if lang == "he" else ""
    return (f'<!DOCTYPE html><html lang="{lang}"{rtl}><head><meta charset="utf-8"><title>{url_title}</title>{head}'
            f'</head><body><header><a href="/">Site</a></header><main>{body}</main><footer>©</footer></body></html>')


def test_a_hindi_update_beside_the_publication_is_no_publication() -> None:
    """"अपडेट:" (updated) before "प्रकाशित:" (published) in the story's time row: the day is the publication's."""
    body = (f'<article><h1>{HI_TITLE}</h1><div class="times"><span>अपडेट: 19 मई 2024, 8:15 AM IST</span> | '
            f'<span>प्रकाशित: 16 मई 2024, 10:30 AM IST</span></div>{HI_TEXT}</article>')
    record = parse_article(_page("hi", "", body, HI_TITLE), "https://tv.example.in/jaipur/video/khabar-552211")
    assert record is not None and (record.published or "")[:10] == "2024-05-16"


def test_a_section_label_then_its_link() -> None:
    """A category box printing a label and its colon before the one link: the link's text is the section."""
    body = (f'<article><span class="post-category">श्रेणी: <a href="/topics/samaj">समाज</a></span><h1>{HI_TITLE}</h1>'
            f'<p class="by">लेखक: प्रिया सिंह</p>{HI_TEXT}</article>')
    record = parse_article(_page("hi", "", body, HI_TITLE), "https://blog.example.in/posts/nayi-sadak-pariyojana-manjuri")
    assert record is not None and record.section == "समाज"


@pytest.mark.parametrize("name", ["देश", "कोटा"])
def test_a_devanagari_kicker_with_vowel_signs(name: str) -> None:
    """A kicker in Devanagari whose letters are joined by vowel signs (no two ``\\w`` side by side) is a name."""
    body = f'<article><a class="kicker" href="/desh">{name}</a><h1>{HI_TITLE}</h1>{HI_TEXT}</article>'
    record = parse_article(_page("hi", "", body, HI_TITLE), "https://news.example.in/desh/story/sadak-552211")
    assert record is not None and record.section == name


def _state_page(lang: str, title: str, text: str, story: dict, others: list[dict]) -> str:
    seo = {"title": title, "description": "…", "image": "/og.jpg"}  # (the same title, no story's fields)
    state = {"props": {"pageProps": {"seo": seo, "post": story, "relatedPosts": others}}, "page": "/post/[id]"}
    return (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}</title>'
            f'<meta property="og:title" content="{title}"></head><body><div id="__next"><main><h1 class="t_x1">'
            f'{title}</h1><div class="meta_m2"></div><div class="body_b3">{text}</div></main></div>'
            f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(state, ensure_ascii=False)}</script>'
            f'</body></html>')


def test_the_framework_states_epoch_read_in_the_pages_zone() -> None:
    """No date printed: the story's own object in the framework state dates it, not a related
    story's; its epoch (UTC) read in Israel's time, where the story went up at 00:40 on the 16th."""
    moment = int(datetime(2024, 5, 15, 21, 40, tzinfo=timezone.utc).timestamp())
    story = {"title": HE_TITLE, "pubDate": moment}
    others = [{"title": "כותרת של כתבה אחרת לגמרי", "pubDate": moment - 90 * 86400}]
    record = parse_article(_state_page("he", HE_TITLE, HE_TEXT, story, others), "https://news.example.co.il/item/771928")
    assert record is not None and (record.published or "")[:10] == "2024-05-16"


def test_the_framework_states_section_and_writers() -> None:
    """Nothing printed names the section or the writer: the story's object in the state does."""
    story = {"headline": HI_TITLE, "authors": [{"name": "सीमा यादव"}], "section": {"name": "शिक्षा", "slug": "edu"}}
    others = [{"headline": "दूसरी ख़बर का शीर्षक यहाँ है", "authors": [{"name": "अमित वर्मा"}], "section": {"name": "खेल"}}]
    record = parse_article(_state_page("hi", HI_TITLE, HI_TEXT, story, others),
                           "https://news.example.in/edu/story/news-879316-2024-03-22")
    assert record is not None and record.section == "शिक्षा" and record.authors == ["सीमा यादव"]


def test_the_framework_state_is_parsed_once_per_page(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fields and the date settling both read the story's object in the state: its script's
    JSON is parsed once for the page. (The module's ``json`` wrapped to count its parses.)"""
    parses: list[str] = []

    def counted(text: str) -> object:
        parses.append(text)
        return json.loads(text)

    monkeypatch.setattr(framework_state, "json", SimpleNamespace(loads=counted, dumps=json.dumps))
    moment = int(datetime(2024, 3, 22, 5, 30, tzinfo=timezone.utc).timestamp())
    story = {"headline": HI_TITLE, "pubDate": moment, "authors": [{"name": "सीमा यादव"}], "section": {"name": "शिक्षा"}}
    record = parse_article(_state_page("hi", HI_TITLE, HI_TEXT, story, []), "https://news.example.in/edu/story/news-879316")
    assert record is not None and record.section == "शिक्षा" and record.authors == ["सीमा यादव"]
    assert (record.published or "")[:10] == "2024-03-22" and record.provenance.get("published") == "state"
    assert len(parses) == 1


def test_a_follow_button_in_an_author_card_is_no_name() -> None:
    """An author card's button ("फॉलो करें", follow) is no second writer."""
    body = (f'<article><h1>{HI_TITLE}</h1><div class="author-card"><img src="/a.jpg" alt=""><div class="by">लेखक: '
            f'<a href="/author/priya-singh/">प्रिया सिंह</a></div><p>पत्रकार, शिक्षा पर लिखती हैं।</p>'
            f'<button>फॉलो करें</button> <span>12 लेख</span></div>{HI_TEXT}</article>')
    record = parse_article(_page("hi", "", body, HI_TITLE), "https://blog.example.in/posts/nayi-sadak-pariyojana-manjuri")
    assert record is not None and record.authors == ["प्रिया सिंह"]


def test_an_old_layouts_text_closing_on_a_labelled_credit() -> None:
    """An old layout's text set apart in ``<br>`` lines, its last line a label and the writer's name."""
    lines = "<br><br>".join([*(p[3:-4] for p in HI_TEXT.split("</p>") if p), "लेखक: राम गुप्ता"])
    body = (f'<table><tr><td><font size="5"><b>{HI_TITLE}</b></font><br><font size="2">रविवार, १६ मई २००४</font>'
            f'</td></tr><tr><td><font size="3">{lines}</font></td></tr></table>')
    record = parse_article(_page("hi", "", body, "Dainik - National"), "https://old.example.in/2004/05/16/nat/nat04.htm")
    assert record is not None and record.authors == ["राम गुप्ता"]


def test_an_old_papers_year_and_month_folder_then_the_days() -> None:
    """"/news/0405/16/nat04.htm": a year's last figures and the month in one folder, then the
    day's, a numbered file: one story's address, and two dated rows linking there a listing."""
    assert article_like_url("https://old.example.in/hindi/news/0405/16/hin05.htm")
    assert not article_like_url("https://old.example.in/hindi/news/0405/16/")
    rows = "".join(f'<tr><td>&#149; <a href="/news/0405/{d}/nat0{d % 9}.htm">{t}</a></td><td>{d}/05/2004</td></tr>'
                   for d, t in ((16, HI_TITLE), (12, "राज्य सरकार ने किसानों के लिए नई योजना की घोषणा की")))
    record = parse_article(_page("hi", "", f"<b>राष्ट्रीय</b><table>{rows}</table>", "Dainik - National"),
                           "https://old.example.in/national/index2.htm")
    assert record is None or record.page_kind != "article"


def test_a_picture_banner_linked_to_a_java_pages_query() -> None:
    """A section banner as a picture linked to "LiArt.jhtml?contrassID=economy", the left menu
    linking each section by its query on that one page: the banner's ``alt`` is the section."""
    menu = "".join(f'<tr><td><a href="/pages/LiArt.jhtml?contrassID={s}">{n}</a></td></tr>'
                   for s, n in (("news", "חדשות"), ("sport", "ספורט"), ("economy", "כלכלה")))
    body = (f'<table><tr><td><table>{menu}</table></td><td><a href="/pages/LiArt.jhtml?contrassID=sport">'
            f'<img src="/i/s.gif" alt="ספורט"></a><br><table><tr><td><font size="5"><b>{HE_TITLE}</b></font><br>'
            f'16/05/2004</td></tr><tr><td><font size="3">{HE_TEXT}</font></td></tr></table></td></tr></table>')
    record = parse_article(_page("he", "", body, HE_TITLE), "https://old.example.co.il/pages/ShArt.jhtml?itemNo=423456")
    assert record is not None and record.section == "ספורט"


def test_a_stories_banner_over_a_titles_site_wide_label() -> None:
    """An old site titling every page "Paper - News" (a label its menu lists): the story's own
    banner, a picture linked to the Sport page over the headline, names its section."""
    menu = "".join(f'<tr><td><a href="/{s}/">{n}</a></td></tr>' for s, n in (("news", "News"), ("sport", "Sport"),
                                                                               ("economy", "Economy")))
    text = "".join(f"<p>The harbour board met on Tuesday to decide the ferry timetable for the summer months, "
                   f"and its members agreed on the plan after a long debate about the costs ({n}).</p>" for n in range(6))
    page = (f'<html><head><title>Harbor Ledger - News</title></head><body><table><tr><td><a href="/"><img '
            f'src="/logo.gif" alt="Harbor Ledger"></a></td></tr><tr><td><table>{menu}</table></td><td><a href="/sport/">'
            f'<img src="/i/sport.gif" alt="Sport"></a><br><table><tr><td><font size="5"><b>Harbor team wins the '
            f'regatta final</b></font><br>05/16/2004</td></tr><tr><td>{text}</td></tr></table></td></tr></table>'
            f'</body></html>')
    record = parse_article(page, "https://ledger.example/stories/2004/05/16/regatta04.html")
    assert record is not None and record.section == "Sport"
