"""A review of the thirteenth blind site's rules (``tests/test_blind13_rules.py``): pages of other
sites those rules misread, each of an ordinary shape."""

from __future__ import annotations

import json

import pytest

from crawler.parsers import parse_article
from crawler.parsers.classify import article_like_url
from crawler.parsers.metadata.authors import clean_byline

TEXT = "".join(f"<p>The council said on Tuesday that the new road would open next spring after years of delay, "
               f"and residents welcomed the decision at a meeting in the town hall. Work on stage {n} includes "
               f"two bridges over the river and a new cycle lane beside it.</p>" for n in range(1, 7))
TITLE = "New road opens next spring, council says"
URL = "https://daily.example/news/new-road-opens-next-spring-council-says"


@pytest.mark.parametrize("url", ["https://a.example/archive/2010/11/week1.html", "https://a.example/2009/06/p2.html",
                                 "https://a.example/photos/2012/05/gallery2.html"])
def test_a_years_month_folder_is_no_old_papers_day_folder(url: str) -> None:
    """"/2010/11/" is a year and its month (a month's archive pages), not "YYMM/DD" (October 2020's 11th):
    only a folder that is no year reads as a year's last figures and a month ("/news/0405/16/nat04.htm")."""
    assert not article_like_url(url)
    assert article_like_url("https://old.example.in/hindi/news/0405/16/hin05.htm")


def _state_page(story: dict[str, object]) -> str:
    state = {"props": {"pageProps": {"story": {"title": TITLE, **story}}}}
    return (f"<html lang='en'><head><title>{TITLE} - Daily</title></head><body><article><h1>{TITLE}</h1>{TEXT}"
            f"</article><script id='__NEXT_DATA__' type='application/json'>{json.dumps(state)}</script></body></html>")


@pytest.mark.parametrize("story", [
    {"author": "jdoe", "channel": "web"},
    {"author": "5f2a5474f1c2", "section": "news/local"},
    {"authors": [{"name": "https://daily.example/author/jane-doe"}], "category": "uncategorized"},
])
def test_a_framework_states_keys_and_slugs_are_no_writers_or_sections(story: dict[str, object]) -> None:
    """A state's writer given by its login, id or address, and a section given by its slug, its path,
    a delivery channel or the CMS's default category, name no one and no section."""
    article = parse_article(_state_page({"publishedAt": "2024-05-14T08:00:00Z", **story}), URL)
    assert article.authors == []
    assert article.section is None


def test_a_framework_states_channel_is_no_section() -> None:
    """A story's "channel" in the state is its video's channel or the TV station ("News 24 Live"), no section."""
    article = parse_article(_state_page({"channel": {"name": "News 24 Live"}, "author": {"name": "Jane Doe"}}), URL)
    assert (article.authors, article.section) == (["Jane Doe"], None)


@pytest.mark.parametrize("section", ["Politics", "Euro 2024"])
def test_a_framework_states_names_still_read(section: str) -> None:
    article = parse_article(_state_page({"author": {"name": "Jane Doe"}, "section": {"name": section}}), URL)
    assert (article.authors, article.section) == (["Jane Doe"], section)


@pytest.mark.parametrize(("line", "names"), [
    ("מאת אחמד מוחמד וליד חסן", ["אחמד מוחמד וליד חסן"]),
    ("מאת סמיר חסן ואאל עודה", ["סמיר חסן ואאל עודה"]),
    ("מאת יוסי כהן ומירב לוי", ["יוסי כהן", "מירב לוי"]),
])
def test_a_given_name_opening_with_vav_is_no_hebrew_and(line: str, names: list[str]) -> None:
    """"וליד" (Walid), "ורד" (Vered) are given names of their own: their first letter is no glued "and"."""
    assert clean_byline(line) == names


@pytest.mark.parametrize("box", ["<div class='label'>Sponsored by: <a href='https://brand.example/'>Acme</a></div>",
                                 "<p class='label-row'>Foto von: <a href='/fotografen/'>Anna Weber</a></p>",
                                 "<p>Author: <a href='/people/jane-doe'>Jane Doe</a></p>",
                                 "<p>लेखक: <a href='/profile/priya-singh'>प्रिया सिंह</a></p>"])
def test_a_credit_labels_link_is_no_section(box: str) -> None:
    """"Label: <a>X</a>" names the section, but not where the label credits someone ("Sponsored by:")."""
    menu = "<nav><a href='/'>Home</a><a href='/world/'>World</a><a href='/politics/'>Politics</a></nav>"
    html = (f"<html lang='en'><head><title>{TITLE} - Daily</title></head><body>{menu}<article>{box}<h1>{TITLE}</h1>"
            f"{TEXT}</article></body></html>")
    assert parse_article(html, URL).section is None


@pytest.mark.parametrize(("line", "names"), [
    ("लेखक: प्रिया सिंह | फोटो: राजेश कुमार", ["प्रिया सिंह"]),
    ("लेखक: प्रिया सिंह संपादन: राजेश कुमार", ["प्रिया सिंह"]),
    ("लेखक: प्रिया सिंह अपडेट: 17 मई 2024", ["प्रिया सिंह"]),
])
def test_a_hindi_label_after_the_names_ends_them(line: str, names: list[str]) -> None:
    """The next label of a credits line ends the names in Hindi too: "फोटो:" (photo), "संपादन:"
    (editing), "अपडेट:" hold vowel signs, no ``\\w`` letters (:data:`.vocabulary.LETTER`)."""
    assert clean_byline(line) == names


def test_a_hindi_update_label_names_another_day() -> None:
    """"अपडेट:" (updated) before a date names the change's day, as "Updated:" does."""
    from crawler.parsers.metadata.date_labels import other_label
    assert other_label("अपडेट: ") and other_label("अंतिम अपडेट: ")


HI_TITLE = "नई सड़क परियोजना को मिली मंजूरी, अगले महीने से काम"
HI_TEXT = "".join(f"<p>राज्य सरकार के अधिकारियों ने बताया कि नई सड़क परियोजना का काम अगले महीने शुरू होगा और इसे दो साल "
                  f"में पूरा करने का लक्ष्य रखा गया है। स्थानीय लोगों ने इस फैसले का स्वागत किया है। चरण {n} में पुल भी "
                  f"बनेंगे।</p>" for n in range(1, 7))
HE_TITLE = "אושרה סלילת הכביש החדש בגליל התחתון"
HE_TEXT = "".join(f"<p>לדברי ראש המועצה, העבודות על הכביש החדש יתחילו בחודש הבא ויסתיימו בתוך שנתיים. התושבים "
                  f"בירכו על ההחלטה ואמרו כי היא תקל על עומסי התנועה. בשלב {n} ייבנו גם גשרים.</p>" for n in range(1, 7))


@pytest.mark.parametrize(("lang", "title", "text", "line"), [
    ("hi", HI_TITLE, HI_TEXT, "अपडेट: 17 मई 2024, 08:15 | प्रकाशित: 16 मई 2024, 10:30"),
    ("he", HE_TITLE, HE_TEXT, "עודכן: 17.05.24, 08:15 | פורסם: 16.05.24, 10:30"),
])
def test_the_update_printed_before_the_publication(lang: str, title: str, text: str, line: str) -> None:
    """"Updated: ... | Published: ..." in Hindi and Hebrew: the publication's day is the second."""
    html = (f"<html lang='{lang}'><head><title>{title}</title></head><body><article><h1>{title}</h1>"
            f"<p class='meta'>{line}</p>{text}</article></body></html>")
    article = parse_article(html, "https://news.example/news/story-123")
    assert (article.published or "")[:10] == "2024-05-16"


@pytest.mark.parametrize("line", ["फोटो: राजेश कुमार द्वारा", "तस्वीर: राजेश कुमार", "צילום: יוסי כהן"])
def test_a_hindi_or_hebrew_photo_credit_names_no_writer(line: str) -> None:
    """"Photo: X" (Hindi "फोटो:", "तस्वीर:", Hebrew "צילום:"), with the postposed "by" too, credits the
    photographer: no byline, as "Photo: John Roe" is none."""
    from crawler.parsers.metadata.authors import looks_like_byline
    assert not looks_like_byline(line)
    assert clean_byline(line) == []


def test_a_hindi_photo_credit_under_the_headline_is_no_author() -> None:
    html = (f"<html lang='hi'><head><title>{HI_TITLE}</title></head><body><article><h1>{HI_TITLE}</h1>"
            f"<p class='meta'>16 मई 2024</p><figure><img src='/a.jpg'></figure><p>फोटो: राजेश कुमार द्वारा</p>"
            f"{HI_TEXT}</article></body></html>")
    assert parse_article(html, "https://news.example/news/story-123").authors == []


@pytest.mark.parametrize(("line", "name"), [("रोहित चौहान, संवाददाता, नई दिल्ली", "रोहित चौहान"),
                                            ("रोहित चौहान, विशेष संवाददाता, नई दिल्ली", "रोहित चौहान"),
                                            ("יוסי כהן, כתב, תל אביב", "יוסי כהן")])
def test_a_seat_of_two_words_after_the_staff_job_is_no_writer(line: str, name: str) -> None:
    """"Name, correspondent, New Delhi": the seat after the job is a place in two words as well
    ("नई दिल्ली", "תל אביב"), not a second writer."""
    assert clean_byline(line) == [name]


def test_a_hindi_portals_title_names_its_section_first() -> None:
    """"खेल: <headline>" (an old portal's <title>, "Sport: ..."), "खेल" a link of the site's menu: the
    section, as "World: <headline>" is (a caseless script, its vowel signs letters of the name)."""
    headline = "भारत ने रोमांचक मुकाबले में श्रृंखला जीती"
    menu = "".join(f"<a href='/{slug}/'>{name}</a> " for slug, name in
                   [("desh", "देश"), ("videsh", "विदेश"), ("khel", "खेल"), ("vyapar", "व्यापार")])
    html = (f"<html lang='hi'><head><title>खेल: {headline}</title></head><body><div class='menu'>{menu}</div>"
            f"<table><tr><td><b>{headline}</b><br>{HI_TEXT}</td></tr></table></body></html>")
    assert parse_article(html, "https://old.example.in/news/0405/16/spt04.htm").section == "खेल"


@pytest.mark.parametrize(("line", "names"), [("מאת ראש הממשלה נמסר כי הישיבה נדחתה", []),
                                             ("מאת: דוברות המשטרה על האירוע", []),
                                             ("מאת יוסי כהן ומירב לוי", ["יוסי כהן", "מירב לוי"])])
def test_a_sentence_opening_with_the_hebrew_by_names_no_one(line: str, names: list[str]) -> None:
    """"מאת" also opens a sentence ("from the prime minister it was reported that ..."): with a function
    word of the language ("כי", "על") the rest is no name."""
    assert clean_byline(line) == names


@pytest.mark.parametrize(("opening", "wire"), [("नई दिल्ली (भाषा) - राज्य सरकार ने परियोजना को मंजूरी दी।", "भाषा"),
                                               ("नई दिल्ली, 16 मई (आईएएनएस)। राज्य सरकार ने परियोजना को मंजूरी दी।",
                                                "आईएएनएस")])
def test_a_hindi_wires_dateline_credits_the_wire(opening: str, wire: str) -> None:
    """"नई दिल्ली (भाषा) -" opens a wire's story as "NEW DELHI (PTI) —" does: the wire is the credit;
    a party's initials in brackets in a sentence are none."""
    def authors(first: str) -> list[str]:
        html = (f"<html lang='hi'><head><title>{HI_TITLE}</title></head><body><article><h1>{HI_TITLE}</h1>"
                f"<p class='meta'>16 मई 2024</p><p>{first}</p>{HI_TEXT}</article></body></html>")
        return parse_article(html, "https://news.example/news/story-123").authors
    assert authors(opening) == [wire]
    assert authors("राज्य सरकार (भाजपा) ने सड़क परियोजना को मंजूरी दी।") == []
