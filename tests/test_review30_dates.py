"""Review 30 of the s27 date rules: pages they were not written for (a
correspondent's "berichtet aus" or a "broadcast journalist" before the dateline's
<time>, an "Aired on" line printed whole, a teaser list right above the headline);
small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article

FETCHED = "2026-12-06T00:00:00Z"
PROSE = "<p>" + "The council met on Tuesday to debate the new budget and left many questions open. " * 6 + "</p>"


def _dated_page(header: str, body: str = PROSE) -> str:
    return (f'<!doctype html><html lang="de"><head><title>Haushalt beschlossen</title></head><body><article>'
            f'<h1>Haushalt beschlossen</h1>{header}{body}{PROSE}</article></body></html>')


def test_a_correspondents_dateline_is_no_broadcast_note() -> None:
    """"Anna Müller berichtet aus Kiew · <time>" (a correspondent's byline and its
    dateline) was read as a broadcast note, its <time> passed over: the page was
    dated by a date in its text (2024-04-01) or lost its time zone. A note's words
    run up to the <time> ("berichtete X am", "aired on")."""
    stamp = '<time datetime="2025-05-03T10:00:00+02:00">3. Mai 2025, 10:00</time>'
    body = "<p>Am 1. April 2024 hatte der Rat den Plan beschlossen, der nun umgesetzt wird.</p>" + PROSE
    record = parse_article(_dated_page(f"<p>Anna Müller berichtet aus Kiew · {stamp}</p>", body),
                           "https://example.org/politik/haushalt", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-03T10:00:00+02:00"
    line = f"<p>By Jane Doe, broadcast journalist · {stamp}</p>"
    record = parse_article(_dated_page(line), "https://example.org/politik/haushalt", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-03T10:00:00+02:00"
    aired = '<p>Aired on BBC One on <time datetime="2024-01-01">1 January 2024</time></p>' + line
    record = parse_article(_dated_page(aired), "https://example.org/politik/haushalt", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-03T10:00:00+02:00"  # the airing passed over


def test_a_teaser_list_right_above_the_headline_does_not_date_the_page() -> None:
    """A list of teasers (a date above each title) right above the headline: its last
    date was read as the page's bare date line."""
    teasers = ('<section class="k5"><p>3 May 2025</p><h2><a href="/a">Other story</a></h2>'
               '<p>4 May 2025</p><h2><a href="/b">Another story</a></h2></section>')
    page = (f"<!doctype html><html lang=\"en\"><head><title>Ferry</title></head><body><div class='k1'>"
            f"<div class='k2'>{teasers}<h1 class='k3'>Ferry service approved for island</h1></div>"
            f"{PROSE}{PROSE}</div></body></html>")
    record = parse_article(page, "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.provenance.get("published_raw") is None


def test_a_box_of_a_date_and_other_lines_above_the_headline_does_not_date_the_page() -> None:
    """A box right above the headline holding the day's date and a weather report
    (two lines: "6 December 2026", "Berlin 4°C") was read as a bare date line: the
    crawl's day beat the date in the page's address."""
    above = "<div class='k4'><p>6 December 2026</p><p>Berlin 4°C</p></div>"
    page = (f"<!doctype html><html lang=\"en\"><head><title>Ferry</title></head><body><div class='k1'>"
            f"<div class='k2'>{above}<h1 class='k3'>Ferry service approved for island</h1></div>"
            f"{PROSE}{PROSE}</div></body></html>")
    record = parse_article(page, "https://example.org/2025/05/03/ferry", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-03"
    kicker = "<div class='k4'><a href='/ferries'>Ferries</a> - <span>15 February 2022</span></div>"
    record = parse_article(page.replace(above, kicker), "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.published == "2022-02-15"  # a kicker's date, as before


def test_the_only_date_of_a_header_in_an_update_box_still_dates_the_page() -> None:
    """A theme that prints its one date in a box of hAtom's class "updated" ("<span
    class='date updated'>3 May 2025</span>") lost it to the rule that passes over an
    update's box: the page was dated by a date in the story's first paragraph. The
    box's date is the page's where the header prints no other dateline; after a
    publication's <time>, it is still passed over."""
    body = PROSE + "<p>On 1 April 2024 the council had first discussed the plan.</p>"
    header = "<p class='byline'>By Jane Doe</p><span class='date updated'>3 May 2025</span>"
    page = (f"<!doctype html><html lang=\"en\"><head><title>Ferry</title></head><body><article>"
            f"<h1>Ferry service approved for island</h1>{header}<div class='story'>{body}{PROSE}</div>"
            f"</article></body></html>")
    record = parse_article(page, "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-03"
    both = ("<p class='byline'>By Jane Doe <time class='updated'>3 May 2025</time> "
            "<time class='entry-date published'>4 May 2025</time></p>")
    record = parse_article(page.replace(header, both), "https://example.org/ferry", fetched_at=FETCHED)
    assert record is not None and record.published == "2025-05-04"  # the session's case, as before


def test_a_bare_date_line_above_the_headline_is_the_scan_s_date_element() -> None:
    """The bare date line right above the headline (or a kicker's date inside that
    line) sets the scan's date, its raw text and its element, as every dateline does
    (review 34: the element was left unset)."""
    from crawler.parsers.document import parse_html
    from crawler.parsers.metadata import header

    for above, line in (("<p class='k4'>3 May 2025</p>", "//p[@class='k4']"),
                        ("<div class='k4'><a href='/ferries'>Ferries</a> - <span>3 May 2025</span></div>",
                         "//div[@class='k4']/span")):
        doc = parse_html(f"<html><body><div class='k1'><div class='k2'>{above}"
                         f"<h1 class='k3'>Ferry service approved for island</h1></div>{PROSE}</div></body></html>")
        scan = header.scan_header(doc, (doc.xpath("//h1")[0], True), "en")
        assert (scan.date_text, scan.date_raw) == ("2025-05-03", "3 May 2025"), above
        assert scan.date_element is doc.xpath(line)[0], above
