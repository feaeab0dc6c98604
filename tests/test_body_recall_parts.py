"""Body recall: parts of the story the walk dropped by their box's class (#8).

Hand-written pages in the shape of real ones, from the losses on the tuning
halves of the benchmark sets: a subheading in a CMS's "component" box between
two of the story's paragraphs.
"""

from __future__ import annotations

import pytest

from tests.test_body import P1, P2, P3, P4, TITLE, blocks, page


def _story(box: str) -> str:
    return page(f"""<article><h1>{TITLE}</h1><div class="article-body">
<p>{P1}</p><p>{P2}</p>{box}<p>{P3}</p><p>{P4}</p></div></article>""")


def test_a_subheading_in_a_component_box_between_paragraphs_is_kept():
    # "cmp" reads as a consent manager's box; here it is the CMS's component, around a
    # subheading in the story's run of paragraphs.
    html = _story('<div class="v-c-cmp"><h3 class="v-cmp-suh">A turn in the second half</h3></div>')
    assert blocks(html) == [("p", P1), ("p", P2), ("h", "A turn in the second half"), ("p", P3), ("p", P4)]


def test_a_subheading_classed_as_furniture_itself_between_paragraphs_is_kept():
    html = _story('<h2 class="related-title">What the study found</h2>')
    assert ("h", "What the study found") in blocks(html)


def test_a_box_of_links_between_paragraphs_is_still_dropped():
    html = _story('<div class="related"><h3><a href="/news/other">Another story of the day</a></h3></div>')
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_a_furniture_box_with_more_than_a_heading_is_still_dropped():
    html = _story('<div class="share-box"><h3>Share this</h3><span>Facebook</span></div>')
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_a_classed_heading_after_the_last_paragraph_is_still_dropped():
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body">
<p>{P1}</p><p>{P2}</p><p>{P3}</p><div class="v-c-cmp"><h3>Most read</h3></div></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_stray_h1_after_the_headline_does_not_hide_the_standfirst():
    # A page with no metadata whose <title> names the site only: nothing tells the
    # headline from a leftover portlet's <h1> between it and the text but its id.
    lead = ("The local elections ended with a landslide for the opposition and with the career "
            "of the prime minister, who stepped down on the night of the vote")
    html = f"""<!DOCTYPE html><html lang="en"><head><title>The Example Foundation - detail</title></head>
<body><div class="intro"><h1 class="page-headline">Local elections in the north</h1>
<div class="page-intro__copy">{lead}</div></div>
<h1 id="legacy-social-media-portlet">This portlet should not exist anymore</h1>
<div class="main-text"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></body></html>"""
    assert blocks(html, title=None)[0] == ("p", lead)


def test_a_heading_under_a_title_that_goes_on_with_the_site_name_opens_the_standfirst():
    # No metadata and no <h1>: the headline is an <h3> and the <title> adds the site's name.
    lead = ("Plenty of fun awaits the volunteers at the repair cafe when they get broken "
            "appliances going again, and the regular visitors have known it for a long time.")
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Repair cafe on 31 January: City of Ahlen</title></head>
<body><div class="news"><h3>Repair cafe on 31 January</h3><div class="teaser-text"><p>{lead}</p></div>
<div class="news-text-wrap"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    assert blocks(html, title="Repair cafe on 31 January: City of Ahlen")[0] == ("p", lead)


def test_a_heading_saying_only_the_title_s_first_words_is_no_headline():
    lead = ("Plenty of fun awaits the volunteers at the repair cafe when they get broken "
            "appliances going again, and the regular visitors have known it for a long time.")
    html = f"""<!DOCTYPE html><html lang="en"><head><title>Repair cafe: the volunteers who fix your toaster and your old radio</title></head>
<body><div class="news"><h3>Repair cafe</h3><div class="teaser-text"><p>{lead}</p></div>
<div class="news-text-wrap"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></body></html>"""
    assert ("p", lead) not in blocks(html, title="Repair cafe: the volunteers who fix your toaster and your old radio")


def test_a_table_s_caption_in_the_story_is_kept():
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<table><caption><span class="label">Table 6-1.</span> Example symptoms and causes</caption>
<tr><th>Symptom</th><th>Cause</th></tr><tr><td>Slow answers</td><td>Busy processors</td></tr></table>
<p>{P2}</p><p>{P3}</p></div></article>""")
    assert "Table 6-1. Example symptoms and causes" in [text for _, text in blocks(html)]


def test_a_picture_s_caption_is_still_left_out():
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<figure><img src="/a.jpg" alt=""><figcaption>The clinic's garden in spring. Photo: Jane Roe</figcaption></figure>
<p>{P2}</p><p>{P3}</p></div></article>""")
    assert not any("garden" in text for _, text in blocks(html))


QUOTE = ("Recovery is not a straight line, and the people we work with deserve care that "
         "follows them through every turn of it.")


def _quoted(figure: str) -> str:
    return page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<p>The clinic's director put it this way when the program opened:</p>{figure}
<p>{P2}</p><p>{P3}</p></div></article>""")


def test_a_quotation_set_in_a_figure_is_kept_and_its_attribution_left_out():
    # The HTML standard's markup for a quote with its speaker: a <figure> holding the
    # <blockquote>, the name in its <figcaption>. A decorative quotation mark may
    # close the quote after its paragraph.
    html = _quoted(f"""<figure><blockquote><p>{QUOTE}</p><span aria-hidden="true">„</span></blockquote>
<figcaption><p>Jane Roe, director of the clinic</p></figcaption></figure>""")
    texts = [text for _, text in blocks(html)]
    assert any(QUOTE in text for text in texts)
    assert not any("Jane Roe" in text for text in texts)


def test_a_pull_quote_in_a_figure_repeating_the_text_is_still_left_out():
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<figure class="wp-block-pullquote"><blockquote><p>{QUOTE}</p><cite>Jane Roe</cite></blockquote></figure>
<p>{P2} As the director said: {QUOTE}</p><p>{P3}</p></div></article>""")
    assert sum(text.count(QUOTE) for _, text in blocks(html)) == 1


def test_a_figure_with_a_picture_and_a_short_quote_is_still_left_out():
    html = _quoted("""<figure><img src="/a.jpg" alt=""><blockquote>Care first.</blockquote>
<figcaption>The clinic's motto over its door. Photo: Jane Roe</figcaption></figure>""")
    assert not any("motto" in text or "Care first" in text for _, text in blocks(html))



def test_a_short_text_in_the_box_a_skip_link_jumps_to_is_not_furniture():
    # "skip" marks a skip link; the id of the box it jumps to ("skip-main") names the
    # page's main content. A log-in panel's notices outscore a video's short text.
    login = ("<div class='login-panel'><h2>Log in</h2><p>Please fill in all required fields marked "
             "with a star before you continue.</p><p>This e-mail address does not seem to be valid; it "
             "must contain an @ and an existing domain.</p><p>Forgot your password? You will receive an "
             "e-mail from us shortly with information on how to reset it.</p></div>")
    text = ("The clinic opened its new garden for patients on Monday, after two years of planning. "
            "Its staff expect the first groups of visitors in the spring, when the beds are in flower.")
    html = page(f"""{login}<main id="skip-main"><div class="video"><h1>{TITLE}</h1>
<p>{text}</p></div></main>""")
    assert blocks(html) == [("p", text)]


def test_the_text_s_second_part_after_a_share_bar_in_a_box_of_the_body_s_class_is_kept():
    # The body's class names both parts ("entry-content"): the share bar between them
    # cut the text, and the part after it was left out once the first part was
    # chosen by its class.
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="share-bar"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div>
<div class="entry-content"><p>{P4}</p></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_a_box_of_the_body_s_class_with_another_story_is_still_left_out():
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="share-bar"><a href="/share/fb">Facebook</a> <a href="/share/x">X</a></div>
<div class="entry-content"><article><h1>Another story</h1><p>{P4}</p></article></div></article>""")
    assert ("p", P4) not in blocks(html)


@pytest.mark.parametrize("said", [f"“{QUOTE}”", f'"{QUOTE}"', f"…{QUOTE[10:]}", QUOTE.upper()])
def test_a_pull_quote_in_a_figure_in_quotation_marks_is_still_left_out(said: str) -> None:
    # A pull quote sets the text's sentence in quotation marks, or from its middle
    # after an ellipsis: it repeats the text all the same (review of 99e3c6a2).
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<figure><blockquote><p>{said}</p></blockquote><figcaption>Jane Roe</figcaption></figure>
<p>{P2} As the director said: {QUOTE}</p><p>{P3}</p></div></article>""")
    assert sum(text.casefold().count(QUOTE[12:60].casefold()) for _, text in blocks(html)) == 1


def test_teaser_cards_in_boxes_of_the_body_s_class_after_a_share_bar_are_left_out():
    # A related list set in boxes of the text's class, each headed by a link to
    # another story: no part of the text (review of d015f4ff).
    cards = "".join(f'<div class="entry-content"><h3><a href="/2024/05/other-{i}">Another story number {i} '
                    f'about the city budget</a></h3><p>{P4}</p></div>' for i in range(3))
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="share-bar"><a href="/share/fb">Facebook</a></div>{cards}</article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_comments_in_boxes_of_the_body_s_class_after_a_comments_heading_are_left_out():
    comments = "".join(f'<div class="entry-content"><p class="comment-author">Reader {i} says:</p><p>{P4}</p></div>'
                       for i in range(3))
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<h2>Comments</h2>{comments}</article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]
