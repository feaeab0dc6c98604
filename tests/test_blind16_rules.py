"""Rules written from the sixteenth blind site's first run (``benchmarks/template_sites_blind16.py``:
Australian English and Indonesian), each on a small page of the shape that failed."""

from __future__ import annotations

import json

import pytest

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.classify.addresses import article_like_url

EN_TEXT = "".join(f"<p>The council will vote on the proposal at its next ordinary meeting, part {n}. Locals packed "
                  "the community hall on Thursday night to have their say about the plan and its cost. Growers say "
                  "the price of fertiliser has almost doubled in two years across the Tablelands.</p>" for n in range(6))
ID_TEXT = "".join(f"<p>Menurut dia, langkah itu diambil setelah berkoordinasi dengan pemerintah daerah setempat, "
                  f"bagian {n}. Warga berharap pemerintah segera turun tangan menyelesaikan persoalan tersebut. "
                  "Hingga berita ini diturunkan, pihak terkait belum memberikan keterangan resmi.</p>" for n in range(6))
EN_TITLE = "Tablelands growers count the cost of a late frost"
ID_TITLE = "Warga Cilincing minta kepastian soal relokasi"


def _parsed(page: str | bytes, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _ld(data: dict) -> str:
    return f'<script type="application/ld+json">{json.dumps(data)}</script>'


def _en_page(head: str, header: str, text: str = EN_TEXT, title: str = EN_TITLE) -> str:
    return (f'<html lang="en-AU"><head><meta charset="utf-8"><title>{title} | The Cairns Times</title>{head}</head>'
            f'<body><main><article><h1>{title}</h1>{header}<time>May 6, 2024 - 3:42PM</time>'
            f'<div class="story-body">{text}</div></article></main></body></html>')


def _id_page(head: str, header: str, text: str = ID_TEXT) -> str:
    return (f'<html lang="id"><head><meta charset="utf-8"><title>{ID_TITLE}</title>{head}</head><body><main>'
            f'<h1>{ID_TITLE}</h1>{header}<div class="date">Senin, 06 Mei 2024 14:32 WIB</div>'
            f'<div class="content">{text}</div></main></body></html>')


EN_URL = "https://cairns.example/news/tablelands-growers-count-the-cost-of-a-late-frost/news-story/8a1f2c"
ID_URL = "https://kabar.example/read/2024/05/06/14320071/warga-cilincing-minta-kepastian-soal-relokasi"


def test_writers_marked_one_by_one_beat_a_meta_naming_the_first() -> None:
    """Two writers printed as separate author links over a ``meta name=author`` naming only the
    first: the byline's author markup names both."""
    header = ('<div class="byline"><a class="author" href="/profile/jane-murphy">Jane Murphy</a>'
              '<a class="author" href="/profile/tahlia-kowalski">Tahlia Kowalski</a></div>')
    page = _en_page('<meta name="author" content="Jane Murphy">', header)
    assert _parsed(page, EN_URL).authors == ["Jane Murphy", "Tahlia Kowalski"]


def test_a_portals_writer_list_before_its_channel_beats_a_meta_naming_the_first() -> None:
    """"A, B, C - detikNews" (single names among them) in the author box; the meta names A."""
    header = '<div class="detail__author">Budi Santoso, Haryanto, Dewi Lestari - kabarNews</div>'
    page = _id_page('<meta name="author" content="Budi Santoso">', header)
    assert _parsed(page, ID_URL).authors == ["Budi Santoso", "Haryanto", "Dewi Lestari"]


def test_a_writer_after_with_is_a_co_writer_and_the_station_no_one() -> None:
    """"By A and B, with C" and the station after it ("ABC Far North"), the JSON-LD naming A and
    B: C is the third writer; "with AAP" names no one."""
    header = ('<div class="byline">By <a href="/x/jane-murphy">Jane Murphy</a> and <a href="/x/liam-tran">Liam Tran'
              '</a>, with <a href="/x/chloe-doyle">Chloe Doyle</a><span class="station">ABC Far North</span></div>')
    ld = _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": EN_TITLE,
              "author": [{"@type": "Person", "name": "Jane Murphy"}, {"@type": "Person", "name": "Liam Tran"}]})
    assert _parsed(_en_page(ld, header), EN_URL).authors == ["Jane Murphy", "Liam Tran", "Chloe Doyle"]
    wire = _en_page("", '<div class="byline">By Jane Murphy, with AAP</div>')
    assert _parsed(wire, EN_URL).authors == ["Jane Murphy"]


def test_a_beat_and_a_stringers_town_are_no_writers() -> None:
    """"By X, Rural Reporter" and Kompas's "Kontributor Bogor, X" name X alone."""
    page = _en_page("", '<p class="byline">By Bridget MacDonald, Rural Reporter</p>')
    assert _parsed(page, EN_URL).authors == ["Bridget MacDonald"]
    page = _id_page("", '<div class="credit">Penulis: Kontributor Bogor, Ayu Simanjuntak | Editor: Agus Salim</div>')
    assert _parsed(page, ID_URL).authors == ["Ayu Simanjuntak"]


@pytest.mark.parametrize("ld", ["", _ld({"@context": "https://schema.org", "@type": "NewsArticle",
                                          "headline": ID_TITLE, "author": {"@type": "Person", "name": "Andi Hidayat"}})])
def test_a_kompas_credit_box_names_its_writers_with_no_colon(ld: str) -> None:
    """"<div>Penulis <a href=/penulis/..>A, B</a></div>" beside "Editor C": the writers, not
    "Penulis A", nor the one a JSON-LD names alone."""
    header = ('<div class="credit-title"><div class="credit-title-item">Penulis <a href="/penulis/andi-hidayat-rizky">'
              'Andi Hidayat, Rizky Wibowo</a></div><div class="credit-title-item">Editor Agus Salim</div></div>')
    page = _id_page(ld, "").replace('<div class="date">', header + '<div class="date">')
    assert _parsed(page, ID_URL).authors == ["Andi Hidayat", "Rizky Wibowo"]


@pytest.mark.parametrize(("opening", "wire"), [
    ("SYDNEY, May 6 AAP - ", "AAP"),
    ("LONDON, May 6 (Reuters) - ", "Reuters"),
    ("<b>Jakarta, Antara</b> - ", "Antara"),
])
def test_a_wire_dateline_with_its_day_or_after_a_comma(opening: str, wire: str) -> None:
    """A wire's story opened "PLACE, Month Day WIRE -" (AAP), "PLACE, Month Day (WIRE) -" (Reuters)
    or "Place, Wire -" (the Indonesian papers' form; Antara is Indonesia's wire)."""
    text = EN_TEXT.replace("<p>", "<p>" + opening, 1)
    page = (f'<html><head><title>{EN_TITLE}</title></head><body><table><tr><td><font size="4"><b>{EN_TITLE}</b>'
            f'</font><br><font size="2">{text}</font></td></tr></table></body></html>')
    assert _parsed(page, "https://old.example/archive/2003/05/06/news/story5012.htm").authors == [wire]


@pytest.mark.parametrize(("credit", "authors"), [
    ("Laporan: Andi Nasution dari Surabaya", ["Andi Nasution"]),
    ("Laporan: Suparman dan Ayu Pratama", ["Suparman", "Ayu Pratama"]),
])
def test_an_old_portals_report_credit(credit: str, authors: list[str]) -> None:
    """"Laporan: X dari Surabaya" (the town filed from) and "X dan Y" (Indonesian "and")."""
    page = _id_page("", f'<div class="byline-line">{credit}</div>')
    assert _parsed(page, ID_URL).authors == authors


def test_a_tribun_report_line_names_all_its_reporters() -> None:
    """"Laporan Wartawan TribunBanua.com, A dan B" opening the text beats the header's "Penulis: A"."""
    header = '<div class="credit">Penulis: Wulan Permana | Editor: Agus Salim</div>'
    text = "<p><strong>Laporan Wartawan TribunBanua.com, Wulan Permana dan Yohanes Harahap</strong></p>" + ID_TEXT
    assert _parsed(_id_page("", header, text), ID_URL).authors == ["Wulan Permana", "Yohanes Harahap"]


def test_the_title_tag_and_the_headline_beat_one_seo_field_in_two_places() -> None:
    """JSON-LD headline and ``og:title`` both an SEO line; the ``<title>`` and the ``<h1>`` the story's."""
    seo = "Tablelands news: Rural latest"
    head = (f'<meta property="og:title" content="{seo}">'
            + _ld({"@context": "https://schema.org", "@type": "NewsArticle", "headline": seo}))
    assert _parsed(_en_page(head, '<p class="byline">By Kate Murphy</p>'), EN_URL).title == EN_TITLE


def test_a_publishers_imprint_makes_no_writer_of_an_about_page() -> None:
    """"Published by Example Media Pty Ltd, 12 Abbott Street" on /about-us: the company, no writer,
    so the page stays the site's page."""
    page = ('<html lang="en-AU"><head><title>About us | The Cairns Times</title></head><body><main><h1>About us</h1>'
            '<p>The Cairns Times has been telling the stories of Far North Queensland since 1883.</p>'
            '<p>Our newsroom of 40 journalists covers Cairns, the Tablelands, Cape York and the Torres Strait.</p>'
            '<p>Published by Tropical Media Pty Ltd, 12 Abbott Street, Cairns QLD 4870.</p></main></body></html>')
    article = _parsed(page, "https://cairns.example/about-us")
    assert article.authors == []
    assert article.page_kind == "page"


@pytest.mark.parametrize("path", ["/pedoman-media-siber", "/kebijakan-privasi", "/about/editorial-policies"])
def test_indonesian_and_newsroom_site_pages(path: str) -> None:
    """The cyber-media guideline every Indonesian news site prints (dated 3 February 2012), the
    privacy policy, a newsroom's editorial policies: site pages, whatever date they print."""
    page = ('<html><head><title>Pedoman</title></head><body><main><h1>Pedoman Pemberitaan Media Siber</h1>'
            + "".join(f"<p>Media siber memiliki karakter khusus sehingga memerlukan pedoman agar pengelolaannya "
                      f"dapat dilaksanakan secara profesional, bagian {n}.</p>" for n in range(4))
            + "<p>Jakarta, 3 Februari 2012. Dewan Pers.</p></main></body></html>")
    assert _parsed(page, "https://kabar.example" + path).page_kind == "page"


def test_a_story_number_under_a_days_folders_before_a_channels() -> None:
    """An old portal's "/read/2003/05/15/110800/5131/10/" is a story's address."""
    assert article_like_url("https://old.example/read/2003/05/15/110800/5131/10/")
    assert not article_like_url("https://old.example/2003/05/15/page/2/")


def test_an_old_section_index_of_two_dated_rows_is_a_listing() -> None:
    """Two linked bold titles, each with its date after a ``<br>``, in an old table layout's
    section page beside its menu and footer: a listing."""
    rows = "".join(f'<TR><TD><font size="2"><a href="/read/2003/0{m}/15/110800/51{m}1/13/"><b>{title}</b></a><br>'
                   f'<font size="1">15/0{m}/2003</font></font></TD></TR>'
                   for m, title in ((4, "Ribuan pemudik gelar operasi pasar murah"), (5, "KPK periksa tiga saksi")))
    page = ('<HTML><HEAD><TITLE>Kabar Nusantara Online - Olahraga</TITLE></HEAD><BODY><TABLE><TR><TD>'
            '<a href="/indeks/index.php"><font size="6"><b>Kabar Nusantara Online</b></font></a></TD></TR><TR><TD>'
            f'<font size="3"><b>Olahraga</b></font><TABLE>{rows}</TABLE><a href="/indeks/olahraga.php?hal=2">'
            'Berikutnya &gt;&gt;</a></TD></TR><TR><TD><font size="1"><a href="/redaksi.php">Redaksi</a> | '
            '<a href="/iklan.php">Pasang Iklan</a><br>&copy; Kabar Nusantara Online 2003</font></TD></TR></TABLE>'
            '</BODY></HTML>')
    assert _parsed(page, "https://old.example/indeks/olahraga.php").page_kind == "listing"
