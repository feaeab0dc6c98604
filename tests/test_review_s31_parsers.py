"""Review of the s31 parser changes (authors and dates merged 2026-12-06): each
misfire on a small hand-written page, and the bound on a header line's walk."""

from __future__ import annotations

from crawler.parsers import parse_article
from tests.support.byline_page import authors_of


def test_a_list_of_names_with_handles_is_no_writers_credit() -> None:
    """The handle rule ("Jane Doe (@janedoe)" alone under the headline is a blog's
    credit) took the first of a list of people to follow as the writer, the list
    read item by item or as one line ("Jane Doe (@janedoe) John Roe (@johnroe)",
    no joiner between the names). A lone such line still credits its writer."""
    items = ("<li>Jane Doe (@janedoe)</li><li>John Roe (@johnroe)</li><li>Mary Major (@marymajor)</li>")
    assert authors_of("en", top=f"<ul>{items}</ul>") == []
    assert authors_of("en", top=f"<p>Here are the people to follow this year.</p><ul>{items}</ul>") == []
    paragraphs = "<p>Jane Doe (@janedoe)</p><p>John Roe (@johnroe)</p>"
    assert authors_of("en", top=f'<div class="panel">{paragraphs}</div>') == []
    assert authors_of("en", top="<p><em>Kenneth Surin (@kennethsurin)</em></p>") == ["Kenneth Surin"]
    assert authors_of("en", top="<p>Jane Doe (@janedoe), John Roe (@johnroe)</p>") == ["Jane Doe", "John Roe"]


def test_a_header_lines_script_is_cut_within_a_bound() -> None:
    """Each header line holding a script was walked node by node to leave the
    script's text out, and each box around the byline is a line: a header nesting
    thousands of empty nodes was walked once per box (a fuzzed page: 3.7 s more). A
    line walked past the bound is no byline's; a short one is read as before."""
    from lxml import etree

    from crawler.parsers.metadata.header.headline_text import line_text

    script = '<script>pageAuthor = "By Jane Roe, Metro";</script>'
    short = etree.fromstring(f"<div>By <b>Jane Roe</b>{script}<i>x</i></div>")
    assert line_text(short, "By Jane Roe pageAuthor ...") == "By Jane Roe x"
    padded = etree.fromstring(f"<div>By <b>Jane Roe</b>{script}{'<span></span>' * 2_000}</div>")
    assert line_text(padded, "By Jane Roe pageAuthor ...") == ""


def _printed_date(line: str, url: str, lang: str = "en") -> str | None:
    prose = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members "
                     "argued at length about the schools. ") * 4 + "</p>"
    page = (f'<html lang="{lang}"><head><title>Council argues over budget</title></head><body><article>'
            f'<h1>Council argues over budget</h1><div class="date">{line}</div>{prose * 3}</article></body></html>')
    record = parse_article(page, url, fetched_at="2026-12-06T12:00:00Z")
    assert record is not None
    return record.published


def test_a_month_first_site_on_a_day_first_domain_is_read_by_its_url() -> None:
    """An "en" page on a .com.au or .co.uk domain reads "3/5/2024" day first (3
    May); a US-style site there files it under /2024/03/05/: the URL tells which
    way the page writes its dates, as it does for a day-first page read month first.
    Without a URL's day, or with one that names neither reading, the domain's way
    stands."""
    assert _printed_date("3/5/2024", "https://www.example.com.au/2024/03/05/budget") == "2024-03-05"
    assert _printed_date("5/3/2024", "https://www.example.co.uk/2024/05/03/budget") == "2024-05-03"
    assert _printed_date("3/5/2024", "https://www.example.com.au/budget") == "2024-05-03"
    assert _printed_date("3/5/2024", "https://www.example.com.au/2024/05/03/budget") == "2024-05-03"
    assert _printed_date("06/01/2026", "https://www.example.com/2026/01/06/budget") == "2026-01-06"


def test_a_rail_of_teasers_publication_dates_does_not_beat_the_pages_own() -> None:
    """A box named the publication's date ("publish-date", "pubdate") is asked
    before htmldate: a "latest news" rail after the story, each teaser with its
    "publish-date", dated the page by its first teaser. Boxes that name several
    days are left to htmldate (the story's own <time>); one box, or boxes naming
    one day, still date the page."""
    prose = "<p>" + ("The council met on Tuesday to discuss the new budget for the coming year, and members "
                     "argued at length about the schools. ") * 4 + "</p>"
    rail = '<div class="col-right"><h3>Latest</h3>' + "".join(
        f'<div class="item"><a href="/story-{d}">Other story {d}</a> <span class="publish-date">{d} May 2025</span>'
        "</div>" for d in (12, 11, 9)) + "</div>"
    story = ('<html lang="en"><head><title>Council argues</title></head><body><div class="col-main">'
             f'<h1>Council argues</h1>{prose * 3}<div class="post-footer">Filed <time datetime="2024-05-03T10:00:00">'
             "3 May 2024</time></div></div>{rail}</body></html>")
    record = parse_article(story.format(rail=rail), "https://news.example.com/council", fetched_at="2026-12-06T12:00:00Z")
    assert record is not None and record.published is not None and record.published[:10] == "2024-05-03"
    own = story.format(rail="").replace("Filed <time", '<span class="publication-date">4 May 2024</span> <time')
    record = parse_article(own, "https://news.example.com/council", fetched_at="2026-12-06T12:00:00Z")
    assert record is not None and record.published is not None and record.published[:10] == "2024-05-04"


def test_other_credits_and_handles_are_cut_in_linear_time() -> None:
    """The other-credit cut ("Jane Doe Translated by John Roe") and the handle cut
    ("Jane Doe (@janedoe)") quantified a run of spaces or separators before their
    label: every start in a long run was tried against the whole run (200,000
    spaces: hours). The same cuts, each run read once."""
    from lxml import etree

    from crawler.parsers.metadata.authors import _without_other_credit, other_credit_label
    from crawler.parsers.metadata.name_chunks import _chunks

    spaces = " " * 200_000
    assert _without_other_credit("Jane Doe" + spaces + "x") == "Jane Doe" + spaces + "x"
    assert _without_other_credit("Jane Doe" + " ." * 100_000 + " Photos by John Roe") == "Jane Doe"
    assert not other_credit_label("Photos by" + spaces + "x")
    assert _without_other_credit("Jane Doe, Translated by John Roe") == "Jane Doe"
    assert other_credit_label("Photos by:  ")
    # (a name's text nodes are read 300 characters each, 200 of them: 0.8 s, not hours)
    box = etree.fromstring("<div><span>Jane Doe (@janedoe)</span>" + ("<span>" + " " * 290 + "x</span>") * 2 + "</div>")
    assert _chunks(box) == ["jane doe", "x", "x"]
