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


_POST = ("<p>Most owners try every tactic they read about, and they end the year tired, with a business "
         "that looks much as it did in January, because nothing was tried long enough to work.</p>")


def _quote_page(quote_link: str) -> str:
    return ("<html><head><title>Business focus</title></head><body><article><h1>Business focus</h1>"
            f"{_POST * 3}{quote_link}{_POST * 3}</article></body></html>")


def test_a_click_to_tweet_quote_is_text() -> None:
    """A "click to tweet" quote (WordPress's Social Warfare, Better Click To Tweet): a
    sentence of the story set as a link to a share form that posts it. It was dropped as a
    line that is all link, a teaser for another page; it links to no page, and the post's
    text says the sentence."""
    href = ("https://twitter.com/share?text=Every+online+business+exists+in+the+%27space-time+continuum.%27"
            "&amp;via=writer&amp;url=https://example.com/business-focus/")
    quote = ("<a class='swp_CTT' href='{href}'><span class='sw-ctt-text'>Every online business exists in "
             "the 'space-time continuum.'</span><span class='sw-ctt-btn'>Click To Tweet</span></a>")
    article = parse_article(_quote_page(quote.format(href=href)), "https://example.com/business-focus/")
    assert article is not None
    assert "Every online business exists in the 'space-time continuum.'" in article.body
    assert "Click To Tweet" not in article.body


def test_a_share_button_stays_out() -> None:
    """A share button's label is not what it posts (the headline): still a link, left out."""
    href = "https://twitter.com/intent/tweet?text=Business+focus+for+owners+who+want+to+grow+this+year&amp;url=x"
    button = (f"<p><a href='{href}'>Share this story with your followers on Twitter right now.</a></p>")
    article = parse_article(_quote_page(button), "https://example.com/business-focus/")
    assert article is not None
    assert "followers on Twitter" not in article.body
