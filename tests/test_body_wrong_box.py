"""Body extraction: the box chosen as the text when the markup names nothing (#8).

Hand-written pages in the shape of the restructured tuning pages
(``benchmarks/perturb_structure.py`` then neutral class names), where the wrong box
won: a page whose headline is a big-set line, not an ``<h1>``, with a reader's long
comment below the story; a story set in a one-cell layout table deep in wrappers and
cut by an ad slot into parts of one make. Each test checks the exact block list.
"""

from __future__ import annotations

from tests.test_body import H1, H2, P1, P2, P3, P4, TITLE, blocks, page

COMMENT = ("I have read this twice now and I still think the piece misses the point entirely. "
           "In my own experience the clinics near me never offered anything like this, and the "
           "waiting lists were so long that most people I know simply gave up after a few months. "
           "It is easy to describe an ideal programme on paper; it is much harder to find one that "
           "takes new clients, is covered by insurance and is close enough to reach after work. "
           "Until that changes, articles like this one describe a world most of us never see, "
           "and I would like to read more about how to actually get such care.")


def _headed(comments: str) -> str:
    return page(f"""<div class="c0"><div class="c1"><div class="c2">
<div style="font-size:2em;font-weight:bold">{TITLE}</div>
<div class="c3"><p>{P1}</p><p>{P2}</p></div></div></div>
<div class="c4">{comments}</div></div>""")


def test_a_big_set_headline_heads_the_story_over_a_long_comment():
    # No <h1>: the headline is a line set big by its inline style (an old template,
    # a page builder). The story follows it; a reader's comment below, in boxes that
    # name nothing, has more text than the story: the text is what the headline heads.
    html = _headed(f"""<div class="c5">
<div class="c6"><div class="c7">Jo Bloggs<br>3 May 2021 at 10:14</div><div class="c8"><p>{COMMENT}</p></div></div>
<div class="c6"><div class="c7">Ann Lee<br>3 May 2021 at 11:02</div>
<div class="c8"><p>Thanks for this, very helpful to me and to my sister as well.</p></div></div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2)]
    html = _headed(f"""<ol class="c5">
<li class="c6"><div class="c7"><div class="c8"><p>{COMMENT}</p></div></div></li>
<li class="c6"><div class="c7"><div class="c8"><p>Thanks for this, very helpful to me.</p></div></div></li></ol>""")
    assert blocks(html) == [("p", P1), ("p", P2)]


def _wrapped(levels: int, inner: str) -> str:
    return "<div>" * levels + inner + "</div>" * levels


def test_a_part_deep_in_wrappers_and_a_layout_table_is_read_with_the_parts_beside_it():
    # The text's first part in a one-cell table inside five more wrappers (past the
    # six levels read for a part's wrapper); the next part of its make after an ad slot.
    table = f"<table><tr><td><font size=\"2\"><p>{P1}</p><p>{P2}</p><p>{P3}</p></font></td></tr></table>"
    html = page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="body">
<div class="part">{_wrapped(5, table)}</div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
<div class="part"><h2>{H1}</h2><div class="rich"><p>{P4}</p></div></div>
</div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("h", H1), ("p", P4)]


def test_a_part_of_the_text_s_make_between_two_parts_is_read():
    # Boxes of one make: an ad slot cuts the first from the second, nothing cuts the
    # second from the third (the longest, deep in wrappers): the second, between two
    # parts of the text, is a part too, not a promotion set beside the text.
    table = f"<table><tr><td><font size=\"2\"><p>{P3}</p><p>{P4}</p><p>{H1}</p><p>{P1} {P4}</p></font></td></tr></table>"
    html = page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="body">
<div class="part"><p>{P1}</p></div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
<div class="part"><p>{P2}</p></div>
<div class="part">{_wrapped(5, table)}</div>
</div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4), ("p", H1), ("p", f"{P1} {P4}")]


PETITION = ("We call for a reform of the banking system so that it serves people again. All private banks "
            "should be made to hold far more capital, and the state must stop rescuing them with the money of "
            "taxpayers who never had a say in it. Sign our petition today and ask your friends and family to "
            "sign as well, because only a popular vote can change the law, and every signature brings it closer.")


def test_a_petition_s_prose_in_a_form_is_not_the_story():
    # A side column's petition: its prose above the fields, in a <form>, outscores a
    # short story whose boxes name nothing; the story is the near-equal box in no form.
    html = page(f"""<div class="w"><div class="m"><div class="t">{TITLE}</div>
<div class="s"><p>{P1}</p><p>{P2}</p></div></div>
<div class="side"><ul><li><div class="x"><form action="/sign" method="post">
<div class="q"><p>{PETITION}</p><p>{P3}</p></div>
<input name="first" placeholder="First name"><input name="email" placeholder="Email"><button>Sign</button>
</form></div></li></ul></div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2)]


def test_a_page_set_whole_in_one_form_keeps_its_text():
    # ASP.NET sets the whole page in one <form>: every box is in it, the text too.
    html = page(f"""<form id="aspnetForm" method="post" action="./story.aspx"><div class="w">
<div class="m"><div class="t">{TITLE}</div><div class="s"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>
<div class="side"><p>{P4}</p></div></div></form>""")
    assert blocks(html)[:3] == [("p", P1), ("p", P2), ("p", P3)]


def test_a_headed_section_deep_in_wrappers_is_read_with_the_sections_beside_it():
    # A guide in sections of one make, each a heading over its text's box; the longest
    # section's text sits in a one-cell table five wrappers down; an ad slot between
    # sections: the sections around it are the text's other parts.
    table = f"<table><tr><td><font size=\"2\"><p>{P3}</p><p>{P4}</p><p>{P1} {P4}</p></font></td></tr></table>"
    html = page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="body">
<div class="sec"><h2>{H1}</h2><div class="txt"><p>{P1}</p></div></div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
<div class="sec"><h2>{H2}</h2><div class="txt">{_wrapped(5, table)}</div></div>
<div id="div-gpt-ad-2" style="min-height:250px"></div>
<div class="sec"><h2>The last section</h2><div class="txt"><p>{P2}</p></div></div>
</div></div>""")
    assert blocks(html) == [("h", H1), ("p", P1), ("h", H2), ("p", P3), ("p", P4), ("p", f"{P1} {P4}"),
                            ("h", "The last section"), ("p", P2)]


BLURB = ("The Example Times is an independent newspaper owned by its readers since 1921. We report on "
         "the city, its schools and its courts, and we answer to no one but the people who pay for our "
         "journalism every month. Become a member today and help us keep our reporting free for all.")


def test_a_story_in_a_content_form_keeps_its_text_over_a_blurb_outside():
    # The content column alone set in a <form> (an old ASP.NET template's), the title
    # a plain line in it, no <h1>; a side box outside the form holds an about-us blurb
    # of two paragraphs: the form says the title, it is the story's, not a petition's.
    html = page(f"""<div class="a"><form id="aspnetForm" method="post" action="./story.aspx">
<div class="m"><span class="t">{TITLE}</span>
<div class="s"><p>{P1}</p><p>{P2}</p><p>{P3}</p><p>{P4}</p></div></div></form></div>
<div class="b"><div class="c"><div class="d"><p>{BLURB}</p><p>{BLURB}</p></div></div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


TEASER = "The clinic that closed its doors last spring reopens under new owners this week, with a new team."


def _parts(between: str) -> str:
    return page(f"""<div class="page"><div class="head"><h1>{TITLE}</h1></div>
<div class="body">
<div class="part"><div class="rich"><p>{P1}</p></div></div>
<div id="div-gpt-ad-1" style="min-height:250px"></div>
{between}
<div class="part"><div class="rich"><p>{P2}</p><p>{P3}</p><p>{P4}</p><p>{P1} {P4}</p></div></div>
</div></div>""")


def test_a_related_story_of_the_text_s_make_between_two_parts_is_no_part():
    # Boxes of one make between two parts of the text: a box of prose is a part; a
    # related story's teaser set in the same component (headed by a link to it, or an
    # <article>, or a headline of its own) is another story, not the text going on.
    rest = [("p", P2), ("p", P3), ("p", P4), ("p", f"{P1} {P4}")]
    html = _parts(f'<div class="part"><div class="rich"><p>{TEASER}</p></div></div>')
    assert blocks(html) == [("p", P1), ("p", TEASER), *rest]
    for teaser in (f'<div class="rich"><h3><a href="/news/clinic-reopens">Clinic reopens</a></h3><p>{TEASER}</p></div>',
                   f'<article><h3>Clinic reopens</h3><p>{TEASER}</p></article>',
                   f'<div class="rich"><h1>Clinic reopens</h1><p>{TEASER}</p></div>'):
        assert blocks(_parts(f'<div class="part">{teaser}</div>')) == [("p", P1), *rest]


MOST_READ = ["The council voted on Tuesday to close two of the four public pools for the summer, citing the "
             "cost of repairs and a shortage of lifeguards this year.",
             "Residents who spoke at the meeting said the decision would hit families who cannot afford a "
             "private club, and asked the council to look again.",
             "The school board named a new head for the district after a search of eight months that drew "
             "more than forty applicants from across the state.",
             "A new bakery on Main Street sold out of bread on its first morning, and its owners say they "
             "will hire four more bakers before the holidays."]


def test_a_teaser_of_the_story_in_a_most_read_list_above_it_is_no_headline():
    # No <h1>, the title a plain line over the story; a side column printed before it
    # lists the most read stories, this one first, each a linked heading over a line:
    # that linked heading says the title but heads a teaser, not the text.
    items = "".join(f'<li><h4><a href="/s{i}">{TITLE if i == 0 else f"Story number {i}"}</a></h4><p>{line}</p></li>'
                    for i, line in enumerate(MOST_READ))
    html = page(f"""<div class="l"><div class="lbl">Most read</div><ul class="lst">{items}</ul></div>
<div class="m"><div class="t">{TITLE}</div><div class="s"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]
