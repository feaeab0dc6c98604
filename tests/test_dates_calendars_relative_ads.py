"""Date rules of 2026-12-06 (s30): Japanese era and Thai Buddhist-era years, an
ad's label ("Publicidad") is no publication label, and a stamp printed as time
before the fetch ("vor 3 Stunden") read against the fetch time the caller names."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.dates import find_date_span
from tests.support.byline_page import PROSE

_FETCHED = "2026-01-20T12:00:00Z"


def _page(top: str, lang: str = "en") -> str:
    body = "".join(f"<p>{PROSE.get(lang, PROSE['en']) * 3}</p>" for _ in range(3))
    return (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Council budget - Stadtblatt'
            f'</title></head><body><main><article><h1>Council budget</h1>{top}{body}</article></main></body></html>')


def _published(top: str, lang: str = "en", fetched_at: str | None = _FETCHED,
               url: str = "https://example.org/news/story") -> str | None:
    article = parse_article(_page(top, lang), url, fetched_at=fetched_at)
    assert article is not None
    return article.published


def test_japanese_era_years() -> None:
    """"令和5年4月22日" (Reiwa 5, as Japanese government and local pages print the
    year) gave no date: only a common-era "2023年" was read."""
    assert find_date_span("令和5年4月22日") == ("2023-04-22", 0)
    assert find_date_span("平成30年4月22日（日）10時05分") == ("2018-04-22T10:05:00", 0)
    assert find_date_span("令和元年5月1日") == ("2019-05-01", 0)  # the era's first year
    assert find_date_span("令和5年13月40日") is None
    assert _published('<p class="date">令和5年4月22日</p>', "ja")[:10] == "2023-04-22"


def test_thai_buddhist_era_years() -> None:
    """Thai pages count years 543 ahead ("22 เมษายน 2566" is 22 April 2023) and were
    not dated; a Thai month's abbreviation, the era's "พ.ศ." and a slashed day-first
    date read too."""
    assert find_date_span("22 เมษายน 2566") == ("2023-04-22", 0)
    assert find_date_span("ประกาศ 22 เม.ย. 2566 14:35 น.") == ("2023-04-22T14:35:00", 7)
    assert find_date_span("1 ม.ค. พ.ศ. 2567") == ("2024-01-01", 0)
    assert find_date_span("22/04/2566", "th") == ("2023-04-22", 0)
    assert find_date_span("32/13/2566") is None
    assert _published('<p class="date">22 เมษายน 2566</p>', "th")[:10] == "2023-04-22"


def test_an_ads_label_is_no_publication_label() -> None:
    """"Publicidad" (Spanish for advertising) opens with "publi", read as the
    publication's label: an ad box's date dated the page over the labelled one."""
    top = ('<div class="publicidad">Publicidad 22/04/2023</div>'
           '<p class="published">Publicado el 3 de marzo de 2024</p>')
    assert _published(top, "es")[:10] == "2024-03-03"
    top = '<div class="publicite">Publicité 22/04/2023</div><p>Publié le 3 mars 2024</p>'
    assert _published(top, "fr")[:10] == "2024-03-03"


def test_a_relative_stamp_is_read_against_the_fetch_time() -> None:
    """A page dated only "vor 3 Stunden" / "2 hours ago" had no date: the day is the
    fetch's less that time, for a fetch time the caller names."""
    assert _published('<p class="date">vor 3 Stunden</p>', "de", "2026-01-20T01:00:00Z") == "2026-01-19"
    assert _published('<p class="date">2 hours ago</p>') == "2026-01-20"
    assert _published('<span class="fecha">hace 3 días</span>', "es") == "2026-01-17"
    assert _published('<time>il y a 5 heures</time>', "fr") == "2026-01-20"
    assert _published('<p class="meta">Jane Doe · 2 days ago</p>') == "2026-01-18"
    article = parse_article(_page('<p class="date">an hour ago</p>'), "https://example.org/news/story",
                            fetched_at="2026-01-20T00:30:00Z")
    assert article is not None and article.provenance["published_raw"] == "an hour ago"
    assert article.published == "2026-01-19"


def test_relative_stamps_that_name_no_publication_day() -> None:
    """No fetch time named (a saved page read later): no day that moves with the
    clock. An update's stamp, a comment's, "3 months ago" (no day) give none, and
    a day in the URL's path comes first."""
    assert _published('<p class="date">2 hours ago</p>', fetched_at=None) is None
    assert _published('<p class="meta">Updated 2 hours ago</p>') is None
    assert _published('<div class="comments"><span class="date">2 hours ago</span></div>') is None
    assert _published('<p class="date">3 months ago</p>') is None
    assert _published('<p class="date">2 hours ago</p>',
                      url="https://example.org/2025/12/01/story") == "2025-12-01"


def test_published_raw_is_the_dates_own_text_run() -> None:
    """The date printed as a plain text run of its row, between other elements,
    ``<br>`` or separators ("<a>#Topic</a> 22 kwietnia 2021 <span>4 min</span>"), is
    the raw date: it was the whole row; a date in an element of its own already was."""
    def raw(top: str, lang: str = "en") -> str | None:
        article = parse_article(_page(top, lang), "https://example.org/news/story", fetched_at=_FETCHED)
        assert article is not None
        return article.provenance.get("published_raw")
    assert raw('<div class="meta"><a href="/topic/x">#Topic</a> 22 kwietnia 2021 '
               '<span>przeczytanie zajmie 4 min</span></div>', "pl") == "22 kwietnia 2021"
    assert raw('<div class="meta">By <a href="/a/jd">Jane Doe</a><br>March 3, 2024<br>5 min read</div>') == \
        "March 3, 2024"
    # a run's part between separators; "by" before the writer's link is no part of the date
    assert raw('<p class="meta">Jane Doe | March 3, 2024 | 5 min read</p>') == "March 3, 2024"
    assert raw('<p class="meta">3. August 2015 · Filed under <a href="/c/x">Leben</a></p>', "de") == "3. August 2015"
    assert raw('<p class="meta">Monday November 18, 2019 7:45 am PST by <a href="/a/jr">Joe Roe</a></p>') == \
        "Monday November 18, 2019 7:45 am PST"
    # a labelled row stays whole (the settling of the day reads its label)
    assert raw('<div class="meta"><span>Jane Doe</span> Posted March 3, 2024 <span>5 min read</span></div>') == \
        "Jane Doe Posted March 3, 2024 5 min read"


def test_an_h3_headline_in_the_articles_header_anchors_the_date_row() -> None:
    """A React template sets the headline as an <h3> in the article's <header>, the
    date row under it; with no <h1> or <h2> the header scan had no anchor: the day
    came from the search over the whole page (htmldate here; on a copy of a tuning
    page with neutral class names, a teaser's earlier date), with no printed date."""
    page = ('<!doctype html><html lang="de"><head><meta charset="utf-8"><title>Pädophilie als politisches '
            'Machtinstrument | Siegessäule</title><meta property="og:title" content="Pädophilie als politisches '
            'Machtinstrument"></head><body><main><article><header><div class="a1">Interview</div>'
            '<h3>Pädophilie als politisches Machtinstrument</h3><div class="a2"><span>28. Jan. 2022</span> '
            '<span>Paula Balov</span></div></header>'
            f'<p>{PROSE["de"] * 4}</p></article><aside><a href="/x"><h4>Eine andere Geschichte</h4>'
            '<div>15. Apr. 2019</div></a></aside></main></body></html>')
    article = parse_article(page, "https://example.org/magazin/story", fetched_at=_FETCHED)
    assert article is not None and article.published == "2022-01-28"
    assert article.provenance["published_raw"] == "28. Jan. 2022"
