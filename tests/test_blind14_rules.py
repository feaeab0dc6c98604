"""Rules written from the fourteenth blind site's first run (``benchmarks/template_sites_blind14.py``:
Swedish and Vietnamese), each on a small page of the shape that failed."""

from __future__ import annotations

from html import escape

import pytest
from scrapy.http import HtmlResponse

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_span
from crawler.scaling import _western_reads_as_well, page_encoding

VI_TEXT = "".join(f"<p>Theo nguồn tin của phóng viên, công việc đang được triển khai đúng tiến độ, đoạn {n}. "
                  "Các chuyên gia đánh giá biện pháp này sẽ giúp cải thiện rõ rệt chất lượng dịch vụ cho người dân. "
                  "Tham dự cuộc họp còn có đại diện doanh nghiệp và các tổ chức xã hội.</p>" for n in range(6))
SV_TEXT = "".join(f"<p>Enligt uppgifter till tidningen går arbetet enligt plan, stycke {n}. Experter bedömer att "
                  "åtgärden kommer att förbättra servicen för invånarna märkbart under de kommande månaderna. "
                  "Till mötet kom även företrädare för näringslivet som lade fram konkreta förslag.</p>" for n in range(6))
VI_TITLE = "Bộ Y tế thử nghiệm lâm sàng thuốc mới"


def _parsed(page: str | bytes, url: str) -> Article:
    article = parse_article(page, url)
    assert article is not None
    return article


def _vi_page(signature: str, text: str = VI_TEXT) -> str:
    """A Vietnamese news page: the headline, the dateline, the text, then ``signature``."""
    return (f'<html lang="vi"><head><meta charset="utf-8"><title>{VI_TITLE}</title></head><body><article>'
            f'<h1>{VI_TITLE}</h1><span class="date">Thứ năm, 16/5/2024, 10:30 (GMT+7)</span>'
            f'<div class="fck_detail">{text}{signature}</div></article><footer>© Tin Nhanh</footer></body></html>')


VI_URL = "https://tin.example.vn/bo-y-te-thu-nghiem-lam-sang-thuoc-moi-4765620.html"


@pytest.mark.parametrize(("signature", "authors"), [
    ('<p style="text-align:right;"><strong>Nguyễn Thu Hà</strong></p>', ["Nguyễn Thu Hà"]),
    ('<p style="text-align:right;"><strong>Minh Anh - Hoàng Long</strong></p>', ["Minh Anh", "Hoàng Long"]),
    ('<p align="right"><strong>Phương Thảo</strong> (theo AFP)</p>', ["Phương Thảo"]),
    ('<p style="text-align:right"><strong>Đức Trung</strong> - Ảnh: Lê Minh</p>', ["Đức Trung"]),
    ('<p align="right"><em>Theo TTXVN</em></p>', ["TTXVN"]),
])
def test_a_vietnamese_storys_writer_signed_in_bold_at_its_end(signature: str, authors: list[str]) -> None:
    """The writer's name in bold on a line of its own set flush right under a Vietnamese story's
    text (a pen name too), a wire's "Theo TTXVN" there, not "Theo" read as a given name."""
    assert _parsed(_vi_page(signature), VI_URL).authors == authors


def test_a_bold_name_with_the_story_going_on_after_it_is_no_signature() -> None:
    """A bold, flush-right name with the story's prose after it (a quoted person, a subhead) signs nothing."""
    page = _vi_page("", VI_TEXT[:len(VI_TEXT) // 2] + '<p style="text-align:right"><strong>Minh Anh</strong></p>'
                    + VI_TEXT[len(VI_TEXT) // 2:])
    assert _parsed(page, VI_URL).authors == []


def test_a_windows_1258_page_is_read_composed() -> None:
    """windows-1258 writes a toned letter as its letter and a combining tone mark: the page is
    read in composed form (NFC), so its title and section are the words a reader sees."""
    page = (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1258"><title>'
            f'VnExpress - {VI_TITLE}</title></head><body><table><tr><td><font size="5"><b>{VI_TITLE}</b></font><br>'
            f'Thứ năm, 16/5/2004, 10:30 GMT+7</td></tr><tr><td>{VI_TEXT}</td></tr></table></body></html>')
    data = "".join(_cp1258(c) for c in page).encode("cp1258")
    assert _parsed(data, "https://vnexpress.example/Vietnam/XaHoi/2004/05/3B9A1F2C/").title == VI_TITLE


def _cp1258(char: str) -> str:
    """``char`` as windows-1258 writes it: its tone mark apart where the code page has no letter for it."""
    import unicodedata

    try:
        char.encode("cp1258")
        return char
    except UnicodeEncodeError:
        parts = unicodedata.normalize("NFD", char)
        tones = "".join(c for c in parts if c in "\u0300\u0301\u0303\u0309\u0323")
        return unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones)) + tones


def test_a_tac_gia_label() -> None:
    """"Tác giả: Hải Đăng" (Vietnamese "author:") is the label of the name after it, not a name."""
    page = _vi_page("").replace('<span class="date">', '<div class="byline">Tác giả: <a href="/@haidang">Hải Đăng'
                                                       '</a></div><span class="date">')
    assert _parsed(page, VI_URL).authors == ["Hải Đăng"]


@pytest.mark.parametrize(("text", "day"), [("16 thg 5, 2024", "2024-05-16"), ("ngày 3 tháng 12 năm 2023", "2023-12-03"),
                                           ("16 tháng 5, 2024", "2024-05-16")])
def test_a_vietnamese_day_with_the_months_number(text: str, day: str) -> None:
    found = find_date_span(text)
    assert found is not None and found[0][:10] == day


def test_a_substack_like_posts_printed_day_over_its_utc_time() -> None:
    """A post at half past midnight, local time: its UTC ``article:published_time`` is the
    day before; the printed "16 thg 5, 2024" is the day the reader sees."""
    page = (f'<html lang="vi"><head><meta charset="utf-8"><title>{VI_TITLE}</title><meta property="og:title" '
            f'content="{VI_TITLE}"><meta property="article:published_time" content="2024-05-15T17:30:00.000Z">'
            f'</head><body><article><h1>{VI_TITLE}</h1><div class="post-meta"><a href="/@nguyenthuha">Nguyễn Thu Hà'
            f'</a><div class="post-date">16 thg 5, 2024</div><div>5 phút đọc</div></div>{VI_TEXT}</article>'
            f'</body></html>')
    assert (_parsed(page, "https://bantin.example.vn/p/bo-y-te-thu-nghiem").published or "")[:10] == "2024-05-16"


def _live(h1: str, declared: str, stamps: str) -> str:
    return (f'<html lang="sv"><head><meta charset="utf-8"><title>{escape(declared)} | Expressen</title><meta '
            f'property="og:title" content="{escape(declared)}"><meta property="og:type" content="article"></head>'
            f'<body><main><article><nav class="breadcrumb"><a href="/nyheter/">Nyheter</a> › <a href="/nyheter/sverige/">'
            f'Sverige</a></nav><h1>{escape(h1)}</h1><div class="timestamps">{stamps}</div><div class="byline">'
            f'<a href="/nyheter/skribent/anna-svensson/">Anna Svensson</a></div><div class="body">{SV_TEXT}</div>'
            f'</article></main></body></html>')


LIVE_URL = "https://www.example.se/nyheter/sverige/landslaget-tecknar-avtal-med-utlandsk-partner/"
STAMPS = "<span>Publicerad 21 mars 2024 kl. 01.11</span> <span>Uppdaterad 22 mars 2024 kl. 05.46</span>"


def test_a_reheadlined_live_storys_h1_over_its_first_share_title() -> None:
    """A story re-headlined as it developed, an update's stamp under its h1: the share titles
    (``og:title``, ``<title>``) keep the first headline, the reader sees the h1."""
    page = _live("Landslaget tecknar avtal med utländsk partner", "Göteborgs stad presenterar ny plan för äldreomsorgen",
                 STAMPS)
    assert _parsed(page, LIVE_URL).title == "Landslaget tecknar avtal med utländsk partner"


def test_without_an_update_the_share_title_is_still_the_headline() -> None:
    """No update's stamp: an h1 that words the story otherwise loses to the declared title, as before."""
    page = _live("Landslaget tecknar avtal med utländsk partner", "Göteborgs stad presenterar ny plan för äldreomsorgen",
                 "<span>Publicerad 21 mars 2024 kl. 01.11</span>")
    assert _parsed(page, LIVE_URL).title == "Göteborgs stad presenterar ny plan för äldreomsorgen"


def test_a_nordic_wires_opening_without_a_dash() -> None:
    """"STOCKHOLM (TT) Regeringen ...": the wire's dateline with the text right after the brackets."""
    page = (f'<html><head><meta charset="utf-8"><title>SvD.se: Regeringen lämnar besked</title></head><body><table>'
            f'<tr><td><font size="5"><b>Regeringen lämnar besked</b></font><br>Publicerad 16 maj 2004 kl. 10.30</td></tr>'
            f'<tr><td><p>STOCKHOLM (TT) {SV_TEXT[3:]}</td></tr></table></body></html>')
    assert _parsed(page, "https://www.svd.example/dynamiskt/inrikes/did_7123456.asp").authors == ["TT"]


@pytest.mark.parametrize("path", ["/nyheter/vader/", "/thoi-tiet", "/gioi-thieu/", "/lien-he/", "/lokalt/prenumerera/"])
def test_weather_about_contact_and_subscription_pages_are_no_articles(path: str) -> None:
    """A weather page (forecasts, an "updated" stamp), a Vietnamese about or contact page, a Swedish
    subscription page: dated prose at an address that names a service or a page about the site."""
    page = (f'<html><head><meta charset="utf-8"><title>Vädret i Stockholm</title></head><body><main><h1>Vädret i '
            f'Stockholm</h1><div class="timestamps">Uppdaterad 16 maj 2024 kl. 10.30</div>{SV_TEXT}</main></body></html>')
    article = parse_article(page, "https://www.example.se" + path)
    assert article is None or article.page_kind != "article"


def test_a_writers_page_at_a_handle_is_a_listing() -> None:
    """"/@nguyenthuha" (a platform's writer page): the name, a bio, one post's card, no story."""
    page = (f'<html lang="vi"><head><meta charset="utf-8"><title>Nguyễn Thu Hà - Bản tin</title></head><body><main>'
            f'<h1>Nguyễn Thu Hà</h1><p>Viết về kinh tế và chính sách từ năm 2009. Từng làm việc tại báo Tuổi Trẻ.</p>'
            f'<div class="post-feed"><article class="post-card"><a href="/bantin/p/bo-y-te-thu-nghiem"><h2>{VI_TITLE}'
            f'</h2><p>Theo nguồn tin của phóng viên, công việc đang được triển khai đúng tiến độ và giai đoạn một dự '
            f'kiến hoàn thành.</p></a><footer>Nguyễn Thu Hà · 16/05/2024</footer></article></div></main>'
            f'</body></html>')
    assert _parsed(page, "https://bantin.example.vn/bantin/@nguyenthuha").page_kind != "article"


def test_an_undeclared_latin_page_is_read_as_windows_1252_in_the_crawl() -> None:
    """An old Swedish page in Latin-1 with no charset anywhere: Scrapy's guess from the bytes
    (charset-normalizer: Central European cp1250) is not passed to the parser, whose own
    fallback reads "Åkesson"; a declared charset is still passed."""
    body = ('<html><head><title>SvD.se: Regeringen lämnar besked</title></head><body><h1>Regeringen lämnar besked'
            f'</h1><p><b>Av Lars Åkesson</b></p>{SV_TEXT}<p>Åsa Öberg och Åke Ström</p></body></html>').encode("latin-1")
    response = HtmlResponse(url="https://www.svd.example/dynamiskt/inrikes/did_7123456.asp", body=body,
                            headers={"Content-Type": "text/html"})
    encoding = page_encoding(response)
    assert encoding is None
    article = parse_article(response.body, response.url, encoding=encoding)
    assert article is not None and "Lars Åkesson" in article.authors
    declared = HtmlResponse(url=response.url, body=body, headers={"Content-Type": "text/html; charset=iso-8859-2"})
    assert page_encoding(declared) == declared.encoding


UNDECLARED = {
    "pl": ("cp1250", "Rząd przyjął projekt ustawy o ochronie zdrowia",
               "Według informacji gazety prace przebiegają zgodnie z planem. Eksperci oceniają, że zmiana wyraźnie "
               "poprawi jakość usług dla mieszkańców. Na spotkaniu byli też przedstawiciele przedsiębiorców z Łodzi."),
    "hu": ("cp1250", "A kormány új egészségügyi tervet mutatott be",
           "A szakértők szerint az intézkedés jelentősen javítja a szolgáltatások minőségét a következő "
           "hónapokban, ősszel pedig döntés születik a részletekről. Az ülésen a vállalkozók is részt vettek."),
    "tr": ("cp1254", "Hükümet sağlık yasası tasarısını kabul etti",
               "Gazetenin edindiği bilgilere göre çalışmalar plana uygun şekilde ilerliyor. Uzmanlar bu değişikliğin "
               "önümüzdeki aylarda vatandaşlara sunulan hizmetlerin kalitesini belirgin biçimde artıracağını düşünüyor. "
               "Toplantıya iş dünyasının temsilcileri de katıldı ve somut öneriler sundu. Işık, Şahin ve Çağlar konuştu."),
}


@pytest.mark.parametrize("language", ["pl", "hu", "tr"])
def test_an_undeclared_central_european_or_turkish_page_keeps_its_guess(language: str) -> None:
    """An old Polish or Hungarian (cp1250) or Turkish (cp1254) page with no charset anywhere:
    Scrapy's guess from the bytes is the page's own code page, which reads it ("Rząd", "minőségét",
    "sağlık"); Windows-1252 would read "Rz¹d", "minõségét", "saðlýk"."""
    codec, title, text = UNDECLARED[language]
    body = (f'<html><head><title>{title}</title></head><body><table><tr><td><h1>{title}</h1>'
            f'{"".join(f"<p>{text}</p>" for _ in range(4))}</td></tr></table></body></html>').encode(codec)
    response = HtmlResponse(url="https://www.gazeta.example/kraj/2004/05/16/art123.html", body=body,
                            headers={"Content-Type": "text/html"})
    assert response.encoding == codec
    encoding = page_encoding(response)
    assert encoding == codec
    assert title in _parsed(response.body.decode(codec), response.url).title
    assert _parsed_encoded(response.body, response.url, encoding).title == _parsed(response.body.decode(codec),
                                                                                   response.url).title


def _parsed_encoded(body: bytes, url: str, encoding: str | None) -> Article:
    article = parse_article(body, url, encoding=encoding)
    assert article is not None
    return article


def test_a_portraits_caption_in_bold_flush_right_is_no_signature() -> None:
    """A photo's caption set in a table (an old CMS's caption box: the picture's row, then the
    caption's "Image" paragraph), the portrayed person's name alone in bold and flush right,
    then the writer's own signature: the caption names who is shown, not who wrote."""
    caption = ('<table class="tplCaption" align="center"><tr><td><img src="/2024/05/16/bo-truong.jpg" alt=""></td></tr>'
               '<tr><td><p class="Image" style="text-align:right"><strong>Trần Văn Bình</strong></p></td></tr></table>')
    page = _vi_page('<p class="Normal" style="text-align:right;"><strong>Nguyễn Thu Hà</strong></p>', VI_TEXT + caption)
    assert _parsed(page, VI_URL).authors == ["Nguyễn Thu Hà"]


def test_a_utf8_page_writing_vietnamese_tones_apart_is_read_composed() -> None:
    """A UTF-8 page typed in Unicode's decomposed form (Unikey's "Unicode tổ hợp": "Bộ" as "B",
    "o", the circumflex, the dot below): read composed, as windows-1258 pages are, so the title
    is spelled as the site's other pages and a search of the archive spell it."""
    import unicodedata

    page = unicodedata.normalize("NFD", _vi_page('<p style="text-align:right;"><strong>Nguyễn Thu Hà</strong></p>'))
    article = _parsed(page.encode("utf-8"), VI_URL)
    assert article.title == VI_TITLE and article.authors == ["Nguyễn Thu Hà"]
    assert "Theo nguồn tin" in article.body and unicodedata.is_normalized("NFC", article.body)


def test_a_yoruba_pages_dot_below_apart_is_kept_as_sent() -> None:
    """A dot below written apart is no sign of Vietnamese (Yoruba and Igbo write it so, with tone
    marks no composed letter holds): such a page is kept as sent."""
    title = "Ìjọba àpapọ̀ kéde ètò tuntun fún ètò ìlera"
    text = ("Àwọn onímọ̀ sọ pé ètò yìí yóò mú ìlọsíwájú bá iṣẹ́ ìlera fún àwọn ará ìlú ní oṣù tó ń bọ̀. "
            "Àwọn aṣojú ilé iṣẹ́ aládàáni náà wá sí ìpàdé náà, wọ́n sì gbé àbá kalẹ̀. ")
    sent = title.replace("\u1ecd", "o\u0323")  # ("ọ" as "o" and the dot below)
    assert sent != title
    page = (f'<html lang="yo"><head><meta charset="utf-8"><title>{sent}</title></head><body><article><h1>{sent}</h1>'
            f'<time datetime="2024-05-16">16 May 2024</time>{"".join(f"<p>{text}</p>" for _ in range(5))}</article></body></html>')
    assert _parsed(page.encode("utf-8"), "https://www.iroyin.example/yoruba/ijoba-apapo-kede-eto-tuntun-12345").title == sent


def test_an_undeclared_finnish_page_is_not_read_in_an_old_mac_code_page() -> None:
    """An old Finnish page in Latin-1 with no charset anywhere: charset-normalizer names an old
    Mac or HP Roman code page for it ("Äänestys" as "ƒ‰nestys"), which no web page is written in;
    the parser's own Windows-1252 reads it."""
    title = "Hallitus esittää uuden suunnitelman vanhustenhoidosta"
    text = ("Hallitus esittää uuden suunnitelman vanhustenhoidosta. Äänestys järjestetään ensi viikolla, "
            "ja työllisyysaste on nousussa Pohjois-Pohjanmaalla. ")
    body = (f'<html><head><title>{title}</title></head><body><h1>{title}</h1>'
            f'{"".join(f"<p>{text}</p>" for _ in range(6))}</body></html>').encode("latin-1")
    response = HtmlResponse(url="https://www.lehti.example/kotimaa/2004/05/16/art123.html", body=body,
                            headers={"Content-Type": "text/html"})
    # (w3lib 2.5 hands Scrapy charset-normalizer's guess, an old Mac or HP code page; w3lib 2.6
    # guesses otherwise: whatever the guess, the parser is not told such a code page and reads
    # the page right)
    told = page_encoding(response)
    assert told is None or not told.startswith(("mac", "hp"))
    assert _parsed_encoded(response.body, response.url, told).title == title
    # (the guess itself, as charset-normalizer made it under w3lib 2.5, whatever w3lib runs here)
    for guess in ("mac_iceland", "mac_roman", "hp_roman8"):
        assert _western_reads_as_well(body, guess)
