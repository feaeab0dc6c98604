"""Body extraction: text the page splits or names oddly, kept whole (#8).

Hand-written pages in the shape of real ones: a generated id that reads as a
furniture word, a story cut into containers by an ad or a sign-up box, a
standfirst set as a heading. Each test checks the exact block list.
"""

from __future__ import annotations

from crawler.parsers.body.container import Page, prose_part
from crawler.parsers.body.text import class_words
from crawler.parsers.document import parse_html
from tests.test_body import H1, P1, P2, P3, P4, TITLE, blocks, page


def test_a_generated_id_gives_no_class_words():
    # Org mode names a section "outline-container-orgd7109ad": "orgd" + "ad" is no ad.
    assert class_words("outline-container-orgd7109ad") == ["outline", "container", "org"]
    assert class_words("post-5f2ad31c") == ["post"]
    # an ad slot's size keeps its "ad"
    assert class_words("ad300x250 ad728") == ["ad", "x", "ad"]
    assert class_words("div-gpt-ad-1607445236742-0") == ["div", "gpt", "ad"]


def test_a_section_with_a_generated_id_is_text():
    html = page(f"""<div class="post hentry"><h1>{TITLE}</h1><div class="post-body entry-content">
<div id="outline-container-org1f2a3b4" class="outline-2"><h2>1 Introduction</h2>
<div class="outline-text-2"><p>{P1}</p><p>{P2}</p></div></div>
<div id="outline-container-orgd7109ad" class="outline-2"><h2>2 Advice and Emacs Lisp</h2>
<div class="outline-text-2"><p>{P3}</p><p>{P4}</p></div></div></div></div>""")
    assert blocks(html) == [("h", "1 Introduction"), ("p", P1), ("p", P2),
                            ("h", "2 Advice and Emacs Lisp"), ("p", P3), ("p", P4)]


def test_a_short_last_part_of_the_top_class_after_an_ad_is_text():
    # The text is cut into parts of one class by an ad slot; the last part is a
    # short paragraph, far under a fifth of the first part's score.
    short = "The clinic opens its second site in the spring, the board said on Monday."
    first = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, P1[::-1], P2[::-1]))
    html = page(f"""<article><h1>{TITLE}</h1><div class="wrap">
<div class="text-part">{first}</div>
<div class="ad-slot"><p>Advertisement</p></div>
<div class="text-part"><p>{short}</p></div>
<div class="text-part" hidden><p>{P4} This part is hidden.</p></div>
</div><div class="promo"><p>Subscribe to our newsletter for the best of the week, every week.</p></div>
</article>""")
    got = blocks(html)
    assert got[-1] == ("p", short)
    assert len(got) == 7


def test_a_standfirst_set_as_a_heading_opens_the_text():
    dek = "Charged with the pension reform, the commissioner won the trust of the president."
    html = page(f"""<article class="articleContent"><h1>{TITLE}</h1>
<div class="articleContent-body"><div class="articleContent-lead"><h2>{dek}</h2></div>
<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>""")
    assert blocks(html) == [("h", dek), ("p", P1), ("p", P2), ("p", P3)]
    # the page's description repeating it makes no dek of it (as above the text's box);
    # a class naming a dek does
    assert blocks(html, description=dek) == [("h", dek), ("p", P1), ("p", P2), ("p", P3)]
    marked = html.replace("articleContent-lead", "articleContent-lead articleContent-standfirst")
    assert blocks(marked, description=dek) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_long_standfirst_of_two_paragraphs_opens_the_text():
    # 155 words in two paragraphs: over a standfirst's length above the text, but
    # inside the text's own box, at its opening, it is the text's.
    chapo = [f"{P1} {P2}", f"{P3} {P4} {P1}"]
    text = [P4, P2, P1, P3, f"{P2} {P1}", f"{P4} {P3}"]
    rest = "".join(f"<p>{p}</p>" for p in text)
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-content">
<div class="chapo"><p>{chapo[0]}</p><p>{chapo[1]}</p></div>
{rest}</div></article>""")
    assert blocks(html) == [("p", chapo[0]), ("p", chapo[1])] + [("p", p) for p in text]


def test_a_summary_box_of_boxes_or_a_list_at_the_opening_is_not_a_standfirst():
    items = "".join(f"<li>{p[:90]}.</li>" for p in (P1, P2, P3, P4))
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-content">
<div class="summary"><p class="summary-title">In short:</p><ul>{items}</ul></div>
<p>{P1}</p><p>{P2}</p><p>{P3}</p></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_paragraph_opening_with_a_drop_cap_is_text_whatever_its_class_says():
    cls = "has-dropcap has-dropcap__lead-standard-heading"
    html = page(f"""<article><h1>{TITLE}</h1><div class="article__body">
<p>{P1}</p><p>{P2}</p><h2>A second part</h2><p class="{cls}">{P3}</p><p>{P4}</p>
<p class="{cls}">{P2} {P1}</p></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("h", "A second part"), ("p", P3), ("p", P4),
                            ("p", f"{P2} {P1}")]


def test_a_teaser_wrapper_around_the_article_body_is_text():
    # What shows before a paywall sits in a "teaser-content" box around the text's
    # first parts; the rest of the story follows in parts of its own.
    parts = "".join(f'<div class="article-body"><p>{p}</p></div>'
                    for p in (P3, P4, f"{P3} {P4}", f"{P4} {P1}", f"{P2} {P3}"))
    html = page(f"""<article><h1>{TITLE}</h1><div class="metered-content">
<div class="teaser-content"><div class="article-body"><p>{P1}</p></div>
<div class="article-body"><p>{P2}</p></div></div>
{parts}</div></article>""")
    got = blocks(html)
    assert got[:2] == [("p", P1), ("p", P2)]
    assert len(got) == 7


def test_a_control_set_as_a_box_is_no_line_of_the_text():
    # A "button" styled from a div (a recipe step's image toggle, a call to action):
    # its label is not text.
    html = page(f"""<article><h1>{TITLE}</h1><div class="article-body"><p>{P1}</p>
<div class="step"><div class="image-button">Show the picture</div><p>{P2}</p></div>
<p>{P3}</p><div class="cta-btn"><a href="/offer">Get the offer</a></div></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_promotion_in_the_texts_own_component_class_is_not_text():
    # nothing stands between the text and the box: not a part the text was cut into
    first = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
    promo = ("Support our local journalism: subscribe today for just one pound a week and get "
             "unlimited access to every story.")
    html = page(f"""<article><h1>{TITLE}</h1><div class="body">
<div class="component">{first}</div>
<div class="component"><p>{promo}</p></div>
</div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_only_a_drop_cap_class_marks_text_not_a_word_that_holds_the_letters():
    from crawler.parsers.body.container import _verdict_of

    assert _verdict_of("has-drop-cap")[0] == 2
    assert _verdict_of("comments backdrop-caption")[0] < 0      # "backdrop-cap...": still the comments


def test_a_class_values_verdict_puts_its_names_parts_together():
    """Each class name says its part alone (kept per name), the value's verdict puts
    them together: a body container's name wins wherever it stands, furniture
    otherwise; a post's name excuses a holder's word ("widget") but not furniture that
    names what it is; a text widget's "widget" and a post's taxonomy terms say nothing."""
    from crawler.parsers.body.container import _verdict_of

    assert _verdict_of("sidebar article-body") == _verdict_of("article-body sidebar") == (2, False)
    assert _verdict_of("post entrycontent") == (2, False)
    assert _verdict_of("sidebar") == (-1, False) and _verdict_of("newsletter-signup") == (-2, False)
    assert _verdict_of("story-widget story-tweet") == (0, True)   # a post's wrapper: it must hold one
    assert _verdict_of("widget") == (-1, False)
    assert _verdict_of("article-widget article-widget-text") == (0, False)
    assert _verdict_of("tag-sidebar") == (-1, False)
    assert _verdict_of("hentry tag-sidebar category-news") == (0, False)
    assert _verdict_of("main-story") == (1, False) and _verdict_of("col-md-8 row") == (0, False)


def test_bare_parts_of_the_text_cut_by_an_ad_slot_are_text():
    # a hand-written or old template: the text's parts are bare <div>s (no class, no
    # id), an ad network's slot between them; the short parts after the slot are
    # the text going on, not a box beside it
    short = "The clinic opens its second site in the spring, the board said on Monday."
    first = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4, P1[::-1], P2[::-1]))
    slot = ('<div id="div-gpt-ad-{0}" style="min-height:250px"><script>'
            "googletag.cmd.push(function(){{googletag.display('div-gpt-ad-{0}');}});</script></div>")
    html = page(f"""<div id="page"><h1>{TITLE}</h1><div id="story">
<div>{first}</div>{slot.format(1)}<div><p>{short}</p></div>{slot.format(2)}<div><p>{P3[::-1]}</p></div>
</div><div><p>Subscribe to our newsletter for the best of the week, every week.</p></div></div>""")
    got = blocks(html)
    assert got[-2:] == [("p", short), ("p", P3[::-1])]
    assert len(got) == 8


def test_a_bare_box_beside_the_text_with_nothing_between_is_not_a_part():
    first = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
    promo = ("Support our local journalism: subscribe today for just one pound a week and get "
             "unlimited access to every story.")
    html = page(f"""<h1>{TITLE}</h1><div id="story"><div>{first}</div><div><p>{promo}</p></div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_a_bare_comments_box_after_an_ad_slot_is_not_a_part():
    # review38: a bare box of readers' comments after the slot is no part of the text
    first = "".join(f"<p>{p}</p>" for p in (P1, P2, P3, P4))
    slot = '<div id="div-gpt-ad-1" style="min-height:250px"></div>'
    comments = ("<h3>2 Comments</h3><p>John: a fine piece, I really agree with everything you say here and more.</p>"
                "<p>Mary: nonsense, the council is wasting our money again and again on this scheme.</p>")
    html = page(f"""<h1>{TITLE}</h1><div id="story"><div>{first}</div>{slot}<div>{comments}</div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_parts_of_a_text_cut_by_ad_slots_around_a_wrapped_top_are_text():
    # The scorer's best box is the lone child of its part's wrapper: the text's other
    # parts are the wrapper's siblings (readability.js climbs to the wrapper), each
    # with a tenth of the text or more.
    first = "The theatre tour reached its tenth city on Sunday, with every seat of the hall taken."
    last = ("Schools in the region now hold readings of the play, the ministry said on Monday. "
            "The tour ends in the capital in June, where two more nights have been added.")
    middle = "<br><br>".join(f"<font>{p}</font>" for p in (P1, P2, P3, P4))
    ad = '<div id="div-gpt-ad-{n}" style="min-height:250px"></div>'
    html = page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="col"><div class="story">
<div><p>{first}</p></div>{ad.format(n=1)}
<div><div>{middle}</div></div>{ad.format(n=2)}
<div><p>{last}</p></div>
</div></div></div>""")
    assert blocks(html) == [("p", first), ("p", P1), ("p", P2), ("p", P3), ("p", P4), ("p", last)]


def test_a_note_of_the_wrapped_tops_make_is_no_part():
    # a part of the same make with under a tenth of the text: a source line
    source = "Source: the agency."
    html = page(f"""<div class="page"><h1>{TITLE}</h1><div class="section">
<div class="con"><div class="box"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div>
<div class="con teaser"><p>Read also: our coverage of the election.</p></div>
<div class="con"><div class="box"><p>{source}</p></div></div>
</div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_the_last_part_after_an_ad_slot_ending_in_a_share_bar_is_text():
    # the part's paragraph is short beside the share bar's links: the bar is dropped
    # by its class, the paragraph is the text's last
    last = "Her last day is April 1, and no replacement has been named."
    share = "".join(f'<li><a href="https://social.example/{n}">Click to share on {n} (Opens in new window)</a></li>'
                    for n in ("Facebook", "Twitter", "LinkedIn", "Reddit"))
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content">
<div><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
<div><p>{last}</p><div class="social-share"><h3>Share this:</h3><ul>{share}</ul></div></div>
</div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", last)]


def test_a_part_in_a_one_cell_layout_table_is_read_with_the_parts_beside_it():
    # the first part's text set in a one-cell table (an old editor's layout): the
    # table is a wrapper; the next part of the part's make follows it, after an ad slot
    html = page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="body">
<div class="part"><div class="rich"><table><tr><td><font size="2"><p>{P1}</p><p>{P2}</p><p>{P3}</p>
</font></td></tr></table></div></div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
<div class="part"><h2>{H1}</h2><div class="rich"><p>{P4}</p></div></div>
</div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("h", H1), ("p", P4)]


def test_a_linked_heading_over_a_section_of_prose_is_text():
    # A link digest or a weekly edition: each entry's title links to what it is
    # about, and sentences of its own follow it. The title heads its section; the
    # link-teaser rule is for a title over a snippet (or over nothing).
    html = page(f"""<article><h1>{TITLE}</h1><div class="issue">
<div class="item"><h3><a href="https://elsewhere.example/a">Consent-minded care in clinics</a></h3>
<p>{P1}</p><p>{P4}</p><p><a href="https://elsewhere.example/a">The study</a> by <a href="/p/1">Ann Lee</a></p></div>
<div class="item"><h3><a href="https://elsewhere.example/b">Assessment that honors goals</a></h3>
<p>{P2} {P3}</p></div></div></article>""")
    assert [b for b in blocks(html) if b[0] == "h"] == [
        ("h", "Consent-minded care in clinics"), ("h", "Assessment that honors goals")]


def test_a_linked_heading_over_a_snippet_is_still_a_teaser():
    # Another story's card in the text: its linked title over one sentence.
    snippet = "A clinic opens its second site in the spring."
    html = page(f"""<article><h1>{TITLE}</h1><div class="story"><p>{P1}</p><p>{P2}</p>
<div class="card"><h3><a href="/other-story">Clinic to open a second site</a></h3><p>{snippet}</p></div>
<p>{P3}</p><p>{P4}</p></div></article>""")
    assert ("h", "Clinic to open a second site") not in blocks(html)


def _plain_box_story(opening: str) -> str:
    # A story set in plain boxes (no <article>): its opening part, then a teaser (an
    # ad for another story), then the larger part the scorer chooses, in a box of
    # another make.
    rest = "".join(f"<p>{p}</p>" for p in (P3, P4, P1[::-1], P2[::-1], P3[::-1], P4[::-1]) * 3)
    return page(f"""<div class="main-col"><div class="pane"><h1>{TITLE}</h1>
<div class="node node-article"><div class="field-date">23.12.2022</div>
<div class="field-story field-story-article">{opening}</div>
<div class="entity list-hero"><div class="node node-article node-teaser"><a href="/a">
<div class="eye-catcher">Advertisement</div><div class="article-content">Personality: Shower thoughts,
what people think of there when the water runs and the day has not yet begun for them</div></a></div></div>
<div class="entity paragraphs-content"><div class="content"><div class="field-story">{rest}</div></div></div>
</div></div></div>""")


def test_the_opening_part_of_a_story_set_in_plain_boxes_opens_the_text():
    # As inside an <article>: the box holding the headline is the story's own.
    opening = ("The first of the ideas: go outside, since nature lifts the mood in every form.", P1, P2)
    got = blocks(_plain_box_story("".join(f"<p>{p}</p>" for p in opening)))
    assert got[:4] == [*(("p", p) for p in opening), ("p", P3)]


def test_key_points_above_a_story_set_in_plain_boxes_stay_out():
    # A list of key points is the story's summary, left out as the standfirst's rule does.
    points = "".join(f"<li>{p}</li>" for p in (P1, P2))
    got = blocks(_plain_box_story(f"<p>Key points</p><ul>{points}</ul>"))
    assert got[0] == ("p", P3) and ("p", P1) not in got



def test_paragraphs_split_by_line_breaks_count_as_paragraphs_of_a_part():
    # A small CMS writes a part's paragraphs straight into its box, split by <br><br>:
    # each double break starts a paragraph, as a <p> would (an opening part needs two).
    html = page(f"""<article><h1>{TITLE}</h1><div class="part">{P1}<br><br><b>2.</b> {P2}</div>
<div class="line">{P3}<br>{P4}</div></article>""")
    root = parse_html(html).find("body")
    scores = Page(root)
    scores.collect()
    part, line = (next(el for el in root.iter("div") if el.get("class") == name) for name in ("part", "line"))
    assert prose_part(scores, part, 150.0, 2)
    assert not prose_part(scores, line, 150.0, 2)     # a single <br>: lines of one paragraph
