"""Review of the sixteenth blind site's rules (``tests/test_blind16_rules.py``): pages of other
sites those rules must leave as they were."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify.addresses import article_like_url
from crawler.parsers.metadata.authors import clean_byline

EN_TEXT = "".join(f"<p>The council will vote on the proposal at its next ordinary meeting, part {n}. Locals packed "
                  "the community hall on Thursday night to have their say about the plan and its cost. Growers say "
                  "the price of fertiliser has almost doubled in two years across the Tablelands.</p>" for n in range(6))
EN_TITLE = "Tablelands growers count the cost of a late frost"
EN_URL = "https://cairns.example/news/tablelands-growers-count-the-cost-of-a-late-frost/news-story/8a1f2c"


def _parsed(page: str, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def test_a_section_name_in_the_h1_and_the_title_tag_is_no_headline() -> None:
    """The template prints the section as the page's ``<h1>`` and ``<title>`` ("Local News"); the
    JSON-LD headline and ``og:title`` agree on the story's headline: theirs is the title."""
    head = (f'<title>Local News | Cairns Times</title><meta property="og:title" content="{EN_TITLE}">'
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": EN_TITLE}))
    page = (f'<html lang="en-AU"><head>{head}</head><body><header><h1>Local News</h1></header><main><article>'
            f'<time>May 6, 2024 - 3:42PM</time><div class="story-body">{EN_TEXT}</div></article></main></body></html>')
    assert _parsed(page, EN_URL).title == EN_TITLE


ID_TEXT = "".join(f"<p>Menurut dia, langkah itu diambil setelah berkoordinasi dengan pemerintah daerah setempat, "
                  f"bagian {n}. Warga berharap pemerintah segera turun tangan menyelesaikan persoalan tersebut. "
                  "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.</p>" for n in range(6))
ID_TITLE = "Ahmad Tohari luncurkan novel baru di Jakarta"
ID_URL = "https://kabar.example/read/2024/05/06/14320071/ahmad-tohari-luncurkan-novel-baru-di-jakarta"


def test_penulis_opening_a_sentence_labels_no_writer() -> None:
    """"Penulis <a>Ahmad Tohari</a> meluncurkan ..." ("the writer Ahmad Tohari launches ..."): the
    story's first sentence names its subject, not its writer, though "Penulis" labels one in a
    credit box ("<div>Penulis <a>Jane Doe</a></div>")."""
    lead = ('<p>Penulis <a href="/tag/ahmad-tohari">Ahmad Tohari</a> meluncurkan novel terbarunya di Jakarta '
            'pada Senin pagi.</p>')
    page = (f'<html lang="id"><head><meta charset="utf-8"><title>{ID_TITLE}</title></head><body><main>'
            f'<h1>{ID_TITLE}</h1><div class="date">Senin, 06 Mei 2024 14:32 WIB</div>'
            f'<div class="content">{lead}{ID_TEXT}</div></main></body></html>')
    assert _parsed(page, ID_URL).authors == []


def test_a_person_after_a_verb_and_with_is_no_co_writer() -> None:
    """"Jane Murphy speaks with Grace Tame" (a video's or a podcast's credit line): Grace Tame is the
    one spoken to; "By Jane Murphy and Liam Tran, with Chloe Doyle" still credits three."""
    assert clean_byline("Jane Murphy speaks with Grace Tame") == ["Jane Murphy"]
    assert clean_byline("By Jane Murphy, who sat down with Grace Tame") == ["Jane Murphy"]
    assert clean_byline("By Jane Murphy and Liam Tran, with Chloe Doyle") == ["Jane Murphy", "Liam Tran", "Chloe Doyle"]


@pytest.mark.parametrize("byline", [
    '<span class="author">Jane Murphy</span>, <span class="author">Mark Evans</span> (photographer)',
    '<span class="author">Jane Murphy</span> and <span class="author">Mark Evans</span> (Editor)',
    '<span class="author">Jane Murphy, Reporter</span><span class="author">Mark Evans, Photographer</span>',
])
@pytest.mark.parametrize("head", [
    _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": EN_TITLE,
         "author": {"@type": "Person", "name": "Jane Murphy"}}),
    '<meta name="author" content="Jane Murphy">'])
def test_the_metadata_leaving_out_a_photographer_or_an_editor_is_kept(byline: str, head: str) -> None:
    """The byline's author markup names the writer and the photographer (or the editor), their
    jobs printed beside them; the metadata names the writer alone, rightly."""
    page = (f'<html lang="en-AU"><head><title>{EN_TITLE}</title>{head}</head><body><main><article><h1>{EN_TITLE}</h1>'
            f'<div class="byline">{byline}</div><time>May 6, 2024 - 3:42PM</time><div class="story-body">{EN_TEXT}</div>'
            '</article></main></body></html>')
    assert _parsed(page, EN_URL).authors == ["Jane Murphy"]


def test_dan_joins_two_names_only() -> None:
    """Indonesian "dan" (and) between two names; not "Dan", a given name in a byline in lower case
    ("by mary dan smith"), nor "dan kawan-kawan", "dan tim" (and colleagues, and the team)."""
    assert clean_byline("Andi Nasution dan Siti Rahma") == ["Andi Nasution", "Siti Rahma"]
    assert clean_byline("by mary dan smith") == ["mary dan smith"]
    assert clean_byline("Penulis: Budi Santoso dan kawan-kawan") == ["Budi Santoso"]
    assert clean_byline("Penulis: Budi Santoso dan tim") == ["Budi Santoso"]


@pytest.mark.parametrize("path", ["/indeks/2024/05/06/1001/2", "/arsip/2024/05/06/1234/2", "/2024/05/06/12345/comments"])
def test_a_days_listing_with_a_number_is_no_dated_record(path: str) -> None:
    """An old portal's story number under a day's folders ("/read/2003/05/15/110800/5131/10/") is
    all figures after the day; a day's page of the Indonesian index ("indeks") or archive ("arsip")
    and a story's comments page are no story's address."""
    assert not article_like_url("https://kabar.example" + path)
    assert article_like_url("https://kabar.example/read/2003/05/15/110800/5131/10/")


def test_a_co_writer_whose_given_name_is_a_wires_is_a_co_writer() -> None:
    """"By Priya Singh and Antara Sengupta", the meta naming the first: Antara (Indonesia's wire) is a
    given name too; a wire's desk left by the job's cut ("AP Auto") is no co-writer."""
    header = ('<div class="byline">By <span class="author">Priya Singh</span> and <span class="author">Antara Sengupta'
              '</span></div>')
    page = (f'<html lang="en"><head><title>{EN_TITLE}</title><meta name="author" content="Priya Singh"></head><body><main>'
            f'<article><h1>{EN_TITLE}</h1>{header}<time>May 6, 2024 - 3:42PM</time><div class="story-body">{EN_TEXT}'
            '</div></article></main></body></html>')
    assert _parsed(page, EN_URL).authors == ["Priya Singh", "Antara Sengupta"]


def test_a_report_line_run_on_into_its_dateline_names_the_reporter_only() -> None:
    """"Laporan Wartawan Tribunnews.com, Reza Deni TRIBUNNEWS.COM, JAKARTA - Polisi ..." in one text
    (no line break kept): the dateline after the name is no part of it."""
    lead = ('<p>Laporan Wartawan Tribunnews.com, Reza Deni TRIBUNNEWS.COM, JAKARTA - Polisi menangkap dua orang '
            'pada Senin malam.</p>')
    page = (f'<html lang="id"><head><meta charset="utf-8"><title>{ID_TITLE}</title></head><body><main>'
            f'<h1>{ID_TITLE}</h1><div class="date">Senin, 06 Mei 2024 14:32 WIB</div>'
            f'<div class="content">{lead}{ID_TEXT}</div></main></body></html>')
    assert _parsed(page, ID_URL).authors == ["Reza Deni"]


@pytest.mark.parametrize("line", ["Published by News Corp Australia", "Posted by Fairfax Media Limited",
                                  "Published by Nine Entertainment Co.", "Posted by Example Media Pty Ltd"])
def test_a_company_posting_is_no_writer(line: str) -> None:
    """A company named in an English posting line ("Published by News Corp Australia"): the
    publisher, not a writer, as "Pty Ltd" already was; "Published by Jane Doe" still names her."""
    assert clean_byline(line) == []
    assert clean_byline("Published by Jane Doe") == ["Jane Doe"]


def test_a_credit_box_with_its_reading_time_after_the_name_still_credits() -> None:
    """"<div>Penulis <a>Jane Doe</a> | 3 menit baca</div>": the reading time after a separator is no
    sentence going on from the name (:func:`test_penulis_opening_a_sentence_labels_no_writer`)."""
    box = '<div class="credit">Penulis <a href="/penulis/dewi-lestari">Dewi Lestari</a> | 3 menit baca</div>'
    page = (f'<html lang="id"><head><meta charset="utf-8"><title>{ID_TITLE}</title></head><body><main>'
            f'<h1>{ID_TITLE}</h1>{box}<div class="date">Senin, 06 Mei 2024 14:32 WIB</div>'
            f'<div class="content">{ID_TEXT}</div></main></body></html>')
    assert _parsed(page, ID_URL).authors == ["Dewi Lestari"]
