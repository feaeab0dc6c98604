"""Title misses read on the tuning half of another project's test pages (Postlight's
parser fixtures, ``benchmarks/README.md``); small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article

PROSE = "<p>" + "The council met on Tuesday to debate the new budget and left many questions open. " * 6 + "</p>"
HEADLINE = "The Adorable Reason You Can Set Your Alert Sound to Hummus"


def test_a_logo_link_inside_the_headline_box_is_not_part_of_the_headline() -> None:
    """A sticky bar prints the site's logo link and the story's headline in one
    headline box with nothing between ("<span class=headline><a class=logo>Home</a>The
    ..."): the title was "HomeThe Adorable ...". The logo's text is the site's mark."""
    page = (f'<!doctype html><html lang="en"><head><title>Why hummus? - The Blog - Example.com</title>'
            f'<meta property="og:title" content="{HEADLINE}"></head><body>'
            f'<div class="header-sticky"><span class="headline "><a href="https://example.com/" class="logo">Home</a>'
            f'{HEADLINE}</span></div>'
            f'<div class="post-item"><h2>{HEADLINE}</h2><p class="byline">By Jane Doe</p>{PROSE}{PROSE}</div>'
            f'</body></html>')
    record = parse_article(page, "https://example.com/blog/358592/why-hummus/")
    assert record is not None and record.title == HEADLINE


def test_a_brands_logo_among_the_headlines_words_stays_in_the_headline() -> None:
    """A brand's name set as its logo after the headline's first words ("Why we switched
    to <span class=logo>Linear</span> ...") is a word of the headline, not the site's mark."""
    headline = '<h1>Why we switched to <span class="logo">Linear</span> for tracking bugs</h1>'
    page = (f'<!doctype html><html lang="en"><head><title>Blog</title></head><body><main><article>'
            f'{headline}<p class="byline">By Jane Doe</p>{PROSE}{PROSE}</article></main></body></html>')
    record = parse_article(page, "https://example.com/blog/why-we-switched/")
    assert record is not None and record.title == "Why we switched to Linear for tracking bugs"
