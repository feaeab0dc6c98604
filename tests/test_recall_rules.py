"""Recall rules of #8 (session 26): text the body left out on pages no rule was written for."""

from __future__ import annotations

from crawler.parsers import parse_article

_SLIDE = ("<div class='slide'><h2>{n}. The {n} look</h2><p>She wore a gown of silver thread to the "
          "premiere in London, its train carried by two assistants up the steps, and the crowd outside "
          "the cinema cheered for several minutes as the photographers called her name again.</p></div>")


def _page(intro: str) -> str:
    slides = "".join(_SLIDE.format(n=n) for n in range(1, 9))
    return ("<html><head><title>Every outfit Zendaya wore, ranked</title></head><body><article>"
            "<h1>Every outfit Zendaya wore, ranked</h1>"
            f"<section class='slideshow-intro'><div>{intro}</div></section>"
            f"<section class='slideshow'><div class='slides'>{slides}</div></section>"
            "</article></body></html>")


def test_a_standfirst_run_of_paragraphs_is_read_from_its_first() -> None:
    """The text's opening paragraphs in a box of their own above the main text (a
    slideshow's intro): the standfirst rule took the third and fourth, and left out the
    first, five words ("Zendaya is a fashion superstar.": under a standfirst's floor), and
    the second, whose second half links to an older story. A run of paragraphs is read
    from its first: the sentences before the standfirst's first paragraph in its box open
    the text too."""
    intro = ("<p><a href='/zendaya-gown'>Zendaya</a> is a fashion superstar.</p>"
             "<p>From her gala looks to her street style, it seems "
             "<a href='/zendaya-daring-outfits'>impossible for her outfits to miss the mark</a>.</p>"
             "<p>And that's largely because she loves to take risks and experiment with out-there "
             "garments, many of which she has worn while promoting the films.</p>"
             "<p>Here's a look at those outfits, ranked from least to most daring.</p>")
    article = parse_article(_page(intro), "https://example.com/zendaya-outfits-ranked-2024-2")
    assert article is not None
    assert article.body.startswith("Zendaya is a fashion superstar.\n\nFrom her gala looks to her street style, "
                                   "it seems impossible for her outfits to miss the mark.\n\nAnd that's largely")


def test_a_byline_or_a_kicker_before_the_standfirst_stays_out() -> None:
    """Only full sentences of the text: a byline and a label set in the standfirst's box
    before it are no opening (the run read back stops at the first line that is none)."""
    intro = ("<p>By Jane Doe</p><p>Fashion</p>"
             "<p>And that's largely because she loves to take risks and experiment with out-there "
             "garments, many of which she has worn while promoting the films.</p>")
    article = parse_article(_page(intro), "https://example.com/zendaya-outfits-ranked-2024-2")
    assert article is not None
    assert article.body.startswith("And that's largely because")
