"""The page's own card in a news list (:mod:`crawler.parsers.metadata.own_cards`):
a story header that prints no date, the page's date printed only in the card of a
list that links to the page itself. Markup as association and government sites'
CMSs print it (Drupal views, TYPO3 news lists, WordPress "Posted on" links)."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.document import parse_html
from crawler.parsers.metadata.own_cards import own_card_date

URL = "https://www.verband.example.de/menschenrechte-achten"
FETCHED = "2026-01-10T12:00:00+00:00"
STORY = "<p>" + "Der Verband ruft die künftige Regierung auf, die Versorgung zu sichern. " * 10 + "</p>"


def card(href: str, day: str, title: str) -> str:
    return (f'<div class="view-row"><a href="{href}" hreflang="de"><div class="teaser">'
            f'<div class="teaser-date">{day}</div><h2>{title}</h2>'
            f'<p>Ein Appell des Verbands an die Politik, kurz zusammengefasst.</p></div></a></div>')


def page(cards: str, head: str = "", url_title: str = "Menschenrechte achten") -> str:
    return (f'<!doctype html><html lang="de"><head><title>{url_title} | Verband</title>{head}</head><body>'
            f'<main><div class="title"><h1>{url_title}</h1></div><div class="text">{STORY}</div></main>'
            f'<aside><h3>Aktuell</h3>{cards}</aside></body></html>')


def published(html: str, url: str = URL) -> str | None:
    article = parse_article(html, url, fetched_at=FETCHED)
    assert article is not None
    return article.published


def test_the_date_of_the_card_linking_to_the_page_itself_is_its_date():
    cards = (card("/gefluechtete-belarus", "09.11.2021", "Geflüchtete in Belarus")
             + card("/menschenrechte-achten", "10.11.2021", "Menschenrechte achten")
             + card("/suchtberatung-wirkt", "08.11.2021", "Suchtberatung wirkt"))
    assert published(page(cards)) == "2021-11-10"


def test_a_relative_link_is_read_against_the_base_href():
    # TYPO3 sites print <base href> and links relative to it
    url = "https://www.verband.example.de/news/details/lebenszeichen-nach-zwei-monaten/"
    cards = (card("news/details/andere-meldung/", "20.01.2022", "Andere Meldung")
             + '<div class="news-item"><a href="news/details/lebenszeichen-nach-zwei-monaten/" title="Lesen">'
               '<h3>Lebenszeichen nach zwei Monaten</h3><p>Der Sender ist wieder aktiv, freut sich das Team.</p>'
               '<p><time datetime="2022-01-21T11:59:00+01:00">21.01.2022</time></p></a></div>')
    html = page(cards, head='<base href="https://www.verband.example.de/">', url_title="Lebenszeichen")
    assert published(html, url) == "2022-01-21"


def test_a_comment_permalink_to_the_page_is_not_its_card():
    doc = parse_html('<html><body><h1>Menschenrechte achten</h1><ol class="comments"><li>'
                     f'<a href="{URL}#comment-12"><time>12.12.2021</time></a> Danke!</li>'
                     f'<li><a href="{URL}?replytocom=12">Antworten</a> <span>13.12.2021</span></li></ol></body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None


def test_cards_of_the_page_printing_two_days_name_none():
    doc = parse_html('<html><body>' + card("/menschenrechte-achten", "10.11.2021", "Menschenrechte achten")
                     + card("/menschenrechte-achten", "11.11.2021", "Menschenrechte achten") + '</body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None


def test_a_card_box_holding_links_to_other_stories_is_a_list_not_the_card():
    doc = parse_html('<html><body><ul><li><a href="/menschenrechte-achten">Menschenrechte achten</a></li>'
                     '<li><a href="/andere-meldung">Andere Meldung</a> <span>09.11.2021</span></li></ul></body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None


def test_a_day_or_month_first_date_in_a_page_of_no_known_language_is_not_read():
    doc = parse_html('<html><body>' + card("/menschenrechte-achten", "2/11/2021", "Menschenrechte achten")
                     + '</body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, None, "2026-01-10") is None
    assert own_card_date(doc, URL, "de", "2026-01-10") == "2021-11-02"


def test_a_wordpress_posted_on_link_to_the_permalink_dates_the_post():
    url = "https://blog.example.com/mein-erster-beitrag/"
    html = ('<!doctype html><html><head><title>Mein erster Beitrag</title></head><body><div class="post">'
            '<h2 class="entry-title"><a href="https://blog.example.com/mein-erster-beitrag/" rel="bookmark">'
            'Mein erster Beitrag</a></h2><div class="entry-meta"><span>Posted on</span> '
            '<a href="https://blog.example.com/mein-erster-beitrag/" rel="bookmark"><span>March 3, 2024</span></a>'
            '</div><div class="entry-content">' + STORY.replace("Der Verband", "Sie sagte am 1. Januar 2024, der Verband")
            + '</div></div></body></html>')
    assert published(html, url) == "2024-03-03"


def test_a_malformed_address_is_no_card():
    doc = parse_html('<html><body><a href="http://[bad/x"><span>10.11.2021</span></a></body></html>')
    assert doc is not None
    assert own_card_date(doc, "http://[bad/x", "de", "2026-01-10") is None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None


def test_a_link_percent_encoded_otherwise_than_the_page_s_address_is_its_card():
    html = '<html><body><div><a href="{}"><span>10.11.2021</span> Über uns</a></div></body></html>'
    for url, href in [("https://www.verband.example.de/news/%C3%BCber-uns", "/news/über-uns"),
                      ("https://www.verband.example.de/news/über-uns", "/news/%C3%BCber-uns"),
                      ("https://www.verband.example.de/news/%c3%bcber-uns", "/news/%C3%BCber-uns")]:
        doc = parse_html(html.format(href))
        assert doc is not None
        assert own_card_date(doc, url, "de", "2026-01-10") == "2021-11-10", (url, href)


def test_a_box_of_many_elements_around_many_links_to_the_page_is_read_a_bounded_number_of_times(monkeypatch):
    # (a page of 300 links to itself in a box of 3,000 empty elements: each link read the
    # whole box, once per level, and each element's text again: minutes on a bigger one)
    from crawler.parsers.metadata import own_cards

    calls = 0
    real = own_cards._date_alone

    def counted(*args):
        nonlocal calls
        calls += 1
        return real(*args)

    monkeypatch.setattr(own_cards, "_date_alone", counted)
    links = '<div><a href="/menschenrechte-achten">x</a></div>' * 300
    doc = parse_html(f'<html><body><div><div><div>{links}{"<span></span>" * 3000}</div></div></div></body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None
    assert calls <= 12 * 4 * 300


def test_the_story_s_own_time_element_beats_its_card_in_a_list_of_latest_stories():
    # the list shows when the story last changed; the story's <time> (its footer's) when it went up
    story = "<p>" + "The council said the new plan would secure services for the coming years. " * 10 + "</p>"
    html = ('<!doctype html><html lang="en"><head><title>Council plan</title></head><body><main><article>'
            f'<h1>Council plan</h1>{story}{story}<footer><time datetime="2024-05-03T10:00">3 May</time></footer>'
            '</article></main><aside><h3>Latest</h3><ul><li><a href="/news/other">Other story</a> <span>May 5, 2024'
            '</span></li><li><a href="/news/council-plan"><span>May 7, 2024</span><h4>Council plan</h4></a></li></ul>'
            '</aside></body></html>')
    assert published(html, "https://www.example.org/news/council-plan") == "2024-05-03"


def test_a_card_s_date_labelled_as_an_update_is_not_the_page_s():
    doc = parse_html('<html><body><div><a href="/menschenrechte-achten"><span>Updated 12.11.2021</span>'
                     ' Menschenrechte achten</a></div></body></html>')
    assert doc is not None
    assert own_card_date(doc, URL, "de", "2026-01-10") is None


def test_may_address_never_refuses_a_link_to_the_path_it_names() -> None:
    """The substring test before :func:`page_address` (a permalink's search) answers
    False only for a link whose address's path ends otherwise: over every joining of
    the pieces that change how an address is joined (a scheme, a host, a query, ";"
    parameters, dot parts, escapes, the spaces and controls ``urlsplit`` strips)."""
    import itertools

    from crawler.parsers.metadata.own_cards import may_address, page_address

    pieces = ["", "/", "//", ".", "..", "?", ";", ":", "http:", "HTTPS:", "ftp:", "1:", "//h", "story",
              "st", "%6F", "%2F", " ", "\t", "\x01", "a;b", "#"]
    bases = ["http://h/a/story", "http://h/a/story/", "https://www.h/story?x=1"]
    refused = []
    for parts in itertools.product(pieces, repeat=3):
        href = "".join(parts)
        for base in bases:
            address = page_address(href, base)
            tail = address[1].rsplit("/", 1)[-1] if address is not None else ""
            if tail and not may_address(href, (tail,)):
                refused.append((href, base))
    assert refused == []
