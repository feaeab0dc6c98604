"""Review 26's misfires of the session-25 author rules outside the byline: a
WordPress admin account's real display name over a bold subheading, a Korean
caption read as the closing reporter's line, and the author-link XPaths' cost."""

from __future__ import annotations

import time

from lxml import html

from crawler.parsers import parse_article
from crawler.parsers.metadata import author_marks, extract

_GARDEN = "<p>" + ("Growing tomatoes on a small balcony takes some planning, good soil and a sunny corner, and "
                   "the right pot makes the job much easier. ") * 4 + "</p>"


def _wordpress(bold: str, name: str = "Sarah Miller", slug: str = "admin") -> list[str]:
    page = ('<html lang="en"><head><title>Tomatoes on a balcony</title></head><body><article>'
            '<h1 class="entry-title">Tomatoes on a balcony</h1><div class="entry-meta">Posted on '
            '<time datetime="2024-05-03">May 3, 2024</time> by <span class="author vcard"><a class="url fn n" '
            f'href="https://greenbalcony.example/author/{slug}/">{name}</a></span></div>'
            f'<div class="entry-content"><p><strong>{bold}</strong></p>{_GARDEN}{_GARDEN}</div></article></body></html>')
    record = parse_article(page, "https://greenbalcony.example/tomatoes/", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.authors


def test_an_admin_accounts_real_display_name_keeps_over_a_bold_subheading() -> None:
    """A small site's owner posting under the install account ("/author/admin/")
    with her real display name, over a bold first line ("Key Takeaways"), gave the
    subheading as the author. The account's name yields only when it is no person's
    full name ("Ilanga D") and only to a line printed as a credit (capitals, by-word)."""
    for bold in ("Key Takeaways", "Cape Town", "Maria Lopez", "Editor's Note"):
        assert _wordpress(bold) == ["Sarah Miller"], bold
    assert _wordpress("Mary Jones", "John Smith", "webmaster") == ["John Smith"]
    assert _wordpress("Key Takeaways", "Ilanga D") == ["Ilanga D"]
    assert _wordpress("MTHOBISI SITHOLE", "Ilanga D") == ["MTHOBISI SITHOLE"]


_KO_PROSE = "<p>" + "더불어민주당 후보가 15일 전남 순천시에서 열린 선거 유세에서 국민 통합을 강조했다. " * 6 + "</p>"


def _korean(before: str, after: str = "") -> list[str]:
    page = ("<html lang='ko'><head><title>국민 통합 강조</title></head><body><article><h1>국민 통합 강조</h1>"
            "<p>2024-05-03 10:00</p>" + before + _KO_PROSE * 3 + after + "</article></body></html>")
    record = parse_article(page, "https://news.example.kr/article/1", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.authors


def test_a_korean_caption_without_a_caption_class_names_no_writer() -> None:
    """A picture's caption printed as a plain paragraph ("시민들이 걷고 있다. 고영권
    기자") named its photographer, and beat the story's real closing line."""
    assert _korean("<div><img src='a.jpg'><p>시민들이 걷고 있다. 고영권 기자</p></div>") == []
    assert _korean("<p style='text-align:center'><img src='a.jpg'></p>"
                   "<p style='text-align:center'>▲ 행사 모습 ⓒ 고영권 기자</p>") == []
    assert _korean("<div><img src='a.jpg'><p>시민들이 걷고 있다. 고영권 기자</p></div>",
                   "<p>구현모 기자 ninek@example.kr</p>") == ["구현모"]
    assert _korean("", "<ul><li><p>서울시 예산 논란 - 박지성 기자</p></li></ul>") == []


def test_author_links_are_found_in_linear_time() -> None:
    """The author-page link XPaths took an attribute's parent ("@href[...]/.."),
    which libxml2 sorts and deduplicates: 40,000 "/autos/" links took seconds (the
    same links by an element's predicate, hundredths)."""
    links = "".join(f'<a href="/autos/{i}">Car {i}</a>' for i in range(40000))
    doc = html.fromstring(f"<html><body><div>{links}</div></body></html>")
    for path in (extract._AUTHOR_PAGE_LINKS, author_marks._AUTHOR_LINKS):
        start = time.process_time()
        found = doc.xpath(path)
        assert time.process_time() - start < 1.0, path
        assert len(found) == 40000


_COUNCIL = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members argued "
                    "at length about the schools. ") * 4 + "</p>"


def _after_article(after: str) -> list[str]:
    page = ('<html lang="en"><head><title>Council argues over school budget</title></head><body><article>'
            f'<h1>Council argues over school budget</h1><p>May 3, 2024</p>{_COUNCIL}{_COUNCIL}</article>{after}'
            '</body></html>')
    record = parse_article(page, "https://example.com/news/story", fetched_at="2026-12-06T00:00:00Z")
    assert record is not None
    return record.authors


def test_an_author_id_in_a_next_story_box_names_no_writer() -> None:
    """"<div class=next-story>...<span id=next-author>Mark Twain</span>" after the
    article named the next story's writer once ids marked authors. An element marked
    by its id alone, in (or named as) another story's box, names nobody; a byline id
    still does."""
    assert _after_article('<div class="next-story"><h3><a href="/b">Next: Mayor resigns</a></h3>'
                          '<span id="next-author">Mark Twain</span></div>') == []
    assert _after_article('<div id="byline">By Jane Roe</div>') == ["Jane Roe"]
