"""Author misses read on the tuning half of another project's test pages (Postlight's
parser fixtures, ``benchmarks/README.md``); small hand-written pages."""

from __future__ import annotations

from crawler.parsers import parse_article

PROSE = "<p>" + "The council met on Tuesday to debate the new budget and left many questions open. " * 6 + "</p>"


def test_a_photo_s_microdata_author_is_not_the_page_s() -> None:
    """A lead photo set as a microdata ImageObject names its credit as the image's
    ``author`` ("<meta itemprop=author content='Brian Roe | The Denver Post | Getty
    Images'>"): it was read as the page's author meta, three false authors beside the
    writer. Its ``datePublished`` (the upload's) is the file's too."""
    photo = ('<div itemscope itemtype="http://schema.org/ImageObject"><img src="/coal.jpg" alt="Coal">'
             '<meta itemprop="author" content="Brian Roe | The Denver Post | Getty Images">'
             '<meta itemprop="datePublished" content="2016-12-19T14:25:04-0500"></div>')
    page = ('<!doctype html><html lang="en"><head><title>Coal is losing steam</title>'
            '<meta name="author" content="Tom Doe"></head><body><article>'
            f'<h1>Coal is losing steam</h1>{photo}{PROSE}{PROSE}</article></body></html>')
    record = parse_article(page, "https://example.com/2016/12/20/coal-losing-steam.html")
    assert record is not None and record.authors == ["Tom Doe"]


def test_a_clip_page_s_own_video_item_names_the_page_s_author() -> None:
    """A video's page sets the whole story as the microdata VideoObject (its ``<h1>`` is
    the clip's name): the item's ``author`` and ``datePublished`` are the page's. An
    embedded clip's item (no headline in it) stays the file's."""
    page = ('<!doctype html><html lang="en"><head><title>Video: coal is losing steam</title></head><body><main>'
            '<div itemscope itemtype="https://schema.org/VideoObject"><meta itemprop="author" content="Jane Doe">'
            '<meta itemprop="datePublished" content="2016-12-19T14:25:04-05:00">'
            f'<h1 itemprop="name">Video: coal is losing steam</h1><video src="/coal.mp4"></video>'
            f'<div itemprop="description">{PROSE}{PROSE}</div></div></main></body></html>')
    record = parse_article(page, "https://example.com/video/coal-losing-steam")
    assert record is not None and record.authors == ["Jane Doe"]
    assert record.published is not None and record.published.startswith("2016-12-19T14:25")
    clip = ('<div itemscope itemtype="https://schema.org/VideoObject"><video src="/coal.mp4"></video>'
            '<meta itemprop="author" content="Pool | Getty Images"></div>')
    page = ('<!doctype html><html lang="en"><head><title>Coal is losing steam</title>'
            '<meta name="author" content="Tom Doe"></head><body><article>'
            f'<h1>Coal is losing steam</h1>{clip}{PROSE}{PROSE}</article></body></html>')
    record = parse_article(page, "https://example.com/2016/12/20/coal-losing-steam.html")
    assert record is not None and record.authors == ["Tom Doe"]
