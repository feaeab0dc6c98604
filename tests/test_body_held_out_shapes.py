"""Body extraction on page shapes no benchmark page was written for (#8).

Hand-written pages in the shape of real ones: a story whose ``itemprop=articleBody``
box a script fills, its standfirst printed above it by the server; a page builder's
(Divi's) post whose content box holds a row of a wide story column and a narrow
column of text widgets; a live blog whose entries are ``<article>`` boxes, one of
them far longer than the others.
"""

from __future__ import annotations

import json

from crawler.parsers.body.columns import column_width
from tests.test_body import P1, P2, P3, P4, TITLE, blocks, page

LEDE = ("The city council voted on Tuesday to close the old harbour bridge to cars from next "
        "spring, after an inspection found its supports worn.")


def test_an_empty_article_body_keeps_the_standfirst_printed_above_it():
    # the text box is filled by a script; the server printed the story's opening above it
    html = page(f"""<article class="story"><h1>{TITLE}</h1>
<div class="article-intro"><p>{LEDE}</p></div>
<div class="article-body" itemprop="articleBody"></div>
<div class="author-bio"><p>Jane Doe writes about the city for The Example Times since 2004.</p></div>
</article>""")
    assert blocks(html) == [("p", LEDE)]
    html = page(f"""<article class="story"><h1>{TITLE}</h1><p class="lede">{LEDE}</p>
<div itemprop="articleBody"></div></article>""")
    assert blocks(html) == [("p", LEDE)]


def test_an_empty_article_body_still_gives_no_writer_bio():
    # the bio beside the empty box is named as no standfirst: no body (the earlier rule)
    bio = "Jane Doe has covered local politics for The Example Times since 2010, and radio before that."
    html = page(f"""<article class="story"><h1>{TITLE}</h1>
<div class="writer-info"><p>{bio}</p></div><div itemprop="articleBody"></div></article>""")
    assert blocks(html) == []


SIDE1 = ("Our practice has helped families across the county for over thirty years with care, "
         "patience and respect for every client.")
SIDE2 = ("Call our office today to book a free first consultation with one of our experienced "
         "counsellors, in person or online.")


def _divi(story: str, side: str) -> str:
    return page(f"""<div id="et-main-area"><div id="main-content"><article class="et_pb_post post type-post">
<div class="entry-content"><div class="et_pb_section et_pb_section_0"><div class="et_pb_row et_pb_row_0">
<div class="et_pb_column {story} et_pb_column_0">
<div class="et_pb_module et_pb_post_title et_pb_post_title_0"><h1>{TITLE}</h1></div>
<div class="et_pb_module et_pb_text et_pb_text_0"><div class="et_pb_text_inner"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div></div>
<div class="et_pb_column {side} et_pb_column_1">
<div class="et_pb_module et_pb_text et_pb_text_1"><div class="et_pb_text_inner"><h4>About us</h4><p>{SIDE1}</p></div></div>
<div class="et_pb_module et_pb_text et_pb_text_2"><div class="et_pb_text_inner"><p>{SIDE2}</p></div></div></div>
</div></div></div></article></div></div>""")


def test_a_divi_side_column_is_no_part_of_the_post():
    assert blocks(_divi("et_pb_column_2_3", "et_pb_column_1_3")) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_divi_side_column_is_no_cousin_of_the_text():
    # no content box around the row: the side column's text modules, of the story's
    # module's make, are not its cousins (a column's fraction is a width, no instance's id)
    html = _divi("et_pb_column_2_3", "et_pb_column_1_3").replace('<div class="entry-content">', "<div>")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_columns_of_one_width_are_both_the_text():
    # a text set in two halves: neither column is a sidebar
    got = [text for _, text in blocks(_divi("et_pb_column_1_2", "et_pb_column_1_2"))]
    assert got[:3] == [P1, P2, P3] and SIDE1 in got and SIDE2 in got


def test_a_side_column_by_bootstrap_width_inside_the_content_box():
    html = page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><div class="row">
<div class="col-12 col-md-8"><div class="text-block"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div></div>
<div class="col-12 col-md-4"><div class="text-block"><p>{SIDE1}</p><p>{SIDE2}</p></div></div>
</div></div></article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_column_width_reads_layout_classes_and_styles():
    from lxml import etree
    assert column_width(etree.fromstring('<div class="vc_column_container vc_col-sm-4"/>')) == 4 / 12
    assert column_width(etree.fromstring('<div class="large-8 columns"/>')) == 8 / 12
    assert column_width(etree.fromstring('<div class="wp-block-column" style="flex-basis:66.66%"/>')) == 0.6666
    assert column_width(etree.fromstring('<div class="post-1234 type-post"/>')) is None


UPDATES = [
    ("10:42", "Ferry services suspended",
     ["All ferry crossings to the islands have been suspended until the storm has passed, the operator said."]),
    ("10:15", "Schools closed",
     ["The council has closed every school in the region for the day, and asked parents to keep children home."]),
    ("09:50", "Overnight: gusts and power cuts",
     ["The weather service recorded gusts of 120 km/h on the coast overnight, the strongest for a decade.",
      "Trees have fallen on several roads, and the police ask drivers to stay at home unless it is essential.",
      "About twelve thousand homes are without power after lines came down in the night, the operator said.",
      "Engineers are out, but cannot climb the pylons until the wind drops this afternoon, they added."]),
    ("09:30", "Trains cancelled",
     ["Every train on the coast line is cancelled until noon, and replacement buses are not running either."]),
]


def _live(kind: str, stamp: str = "time") -> str:
    entries = []
    for i, (clock, heading, paragraphs) in enumerate(UPDATES):
        when = (f'<time datetime="2026-11-03T{clock}">{clock}</time>' if stamp == "time"
                else f"<span>{clock}</span>")
        entries.append(f'<article id="update-{i}" class="live-update"><div class="update-meta">{when}</div>'
                       f"<h2>{heading}</h2>" + "".join(f"<p>{p}</p>" for p in paragraphs) + "</article>")
    ld = {"@context": "https://schema.org", "@type": kind, "headline": TITLE}
    return page(f'<div class="page"><h1>{TITLE}</h1>{"".join(entries)}</div>',
                head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')


def test_a_live_blog_gives_every_entry():
    for stamp in ("time", "clock"):
        got = [text for _, text in blocks(_live("LiveBlogPosting", stamp))]
        for _, heading, paragraphs in UPDATES:
            assert heading in got and all(p in got for p in paragraphs), (stamp, heading)


def test_a_microdata_live_blog_gives_every_entry():
    html = _live("NewsArticle").replace('class="live-update"', 'class="live-update" itemprop="liveBlogUpdate" '
                                        'itemscope itemtype="https://schema.org/BlogPosting"')
    got = [text for _, text in blocks(html)]
    assert all(p in got for _, _, paragraphs in UPDATES for p in paragraphs)


# --- counter-examples of the rules above (review) ---------------------------------------

FACT = ("The harbour bridge was built in 1911, carries 14,000 cars a day, and its repair would "
        "cost an estimated 42 million euros over six years, the inspection report says.")


def _row(first: str, first_text: str, second: str, second_text: str, row: str = "row") -> str:
    return page(f"""<article><h1>{TITLE}</h1><div class="entry-content"><div class="{row}">
<div class="{first}"><div class="text">{first_text}</div></div>
<div class="{second}"><div class="text">{second_text}</div></div>
</div></div></article>""")


def test_numbered_columns_are_no_grid():
    # a theme's "col-1", "col-2" number its columns (they would be 1 and 2 twelfths of a
    # row of 3): the shorter first half of the story is no side column
    html = _row("column col-1", f"<p>{P1}</p><p>{P2}</p>", "column col-2", f"<p>{P3}</p><p>{P4}</p><p>{FACT}</p>",
                row="two-columns")
    assert [text for _, text in blocks(html)] == [P1, P2, P3, P4, FACT]


def test_a_story_in_columns_of_near_widths_stays_whole():
    # 7 and 5 twelfths: the story's two parts, no wide text and a narrow sidebar
    html = _row("col-md-7", f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>", "col-md-5", f"<p>{P4}</p><p>{FACT}</p>")
    assert [text for _, text in blocks(html)] == [P1, P2, P3, P4, FACT]


def test_a_fact_box_in_the_narrow_column_is_the_storys():
    html = _row("col-12 col-md-8", f"<p>{P1}</p><p>{P2}</p><p>{P3}</p>",
                "col-12 col-md-4", f'<div class="factbox"><h3>Key facts</h3><p>{FACT}</p></div>')
    assert [text for _, text in blocks(html)] == [P1, P2, P3, "Key facts", FACT]


def test_a_live_blog_cut_by_ads_and_teasers_gives_every_entry():
    # the scorer's run of entries stops at a teaser of another make: the entries after it
    # are the blog's all the same
    updates = [f"Update {n}: crews are clearing fallen trees on the coast road near the harbour, "
               "the council said this morning." for n in range(5)]
    long = " ".join([P1, P2, P3])
    parts = []
    for i, text in enumerate(updates):
        parts.append(f'<div class="live-update"><time datetime="2026-11-03T1{i}:00">1{i}:00</time>'
                     f"<p>{long if i == 2 else text}</p></div>")
        if i == 1:
            parts.append('<div class="ad-slot"><span>Advertisement</span></div>')
        if i == 3:
            parts.append('<div class="live-update teaser"><p><a href="/news/elections">Read next: '
                         "the candidates' debate on housing drew a record audience</a></p></div>")
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": TITLE}
    html = page(f'<main><h1>{TITLE}</h1><div class="live-feed">{"".join(parts)}</div></main>',
                head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    got = [text for _, text in blocks(html)]
    assert [t for t in got if t.startswith("Update")] == updates[:2] + updates[3:]
    assert long in got and not any("debate" in t for t in got)


def test_an_empty_article_body_gives_no_teasers_of_other_stories():
    # "teaser" names a standfirst, and other stories' cards too: those printed after the
    # empty story box, outside its box, are no opening of the story
    teasers = "".join(f'<div class="teaser"><h3><a href="/news/{n}">Story {n}</a></h3><p>{text}</p></div>'
                      for n, text in enumerate((SIDE1, SIDE2)))
    html = page(f"""<article class="story"><h1>{TITLE}</h1>
<div class="article-body" itemprop="articleBody"></div></article>
<div class="more-stories">{teasers}</div>""")
    assert blocks(html) == []


def test_an_empty_article_body_keeps_a_standfirst_in_the_article_header():
    # the standfirst in the article's <header>, the empty box deeper in a sibling wrapper:
    # both in the article's box
    html = page(f"""<main><article><header class="article-header"><div class="head-inner"><h1>{TITLE}</h1>
<div class="article-intro"><p>{LEDE}</p></div></div></header>
<div class="story-content"><div class="inner"><div itemprop="articleBody"></div></div></div></article></main>""")
    assert blocks(html) == [("p", LEDE)]


def test_a_live_blog_stamped_with_ages_gives_every_entry():
    # entries stamped "2 hours ago", no clock: the entry right after the longest one
    # (no ad between: read as a promotion of its make) is the blog's all the same
    updates = [f"Update {n}: crews are clearing fallen trees on the coast road near the harbour, "
               "the council said this morning." for n in range(4)]
    long = " ".join([P1, P2, P3])
    entries = "".join(f'<div class="entry"><span class="ago">{n + 1} hours ago</span>'
                      f"<p>{long if n == 1 else text}</p></div>" for n, text in enumerate(updates))
    ld = {"@context": "https://schema.org", "@type": "LiveBlogPosting", "headline": TITLE}
    html = page(f'<div class="container"><h1>{TITLE}</h1></div><div class="container"><div class="live">{entries}'
                "</div></div>", head=f'<script type="application/ld+json">{json.dumps(ld)}</script>')
    got = [text for _, text in blocks(html)]
    assert [t for t in got if t.startswith("Update")] == [updates[0], updates[2], updates[3]] and long in got


SLIDE_TEXT = (
    ("This pillow is made for readers who sleep on their side and wake with a numb arm every "
     "single morning of the week.",
     "It has a hole at the back to slide your arm into, so you can lean on it without cutting off "
     "the blood to your hand."),
    ("This laundry bag turns the chore everyone puts off into something the children will ask "
     "to do after school.",
     "It folds flat into a drawer when it is empty, and it holds two full loads of towels when "
     "it is not."),
)


def _slides(paragraph: str) -> str:
    # a listicle's slides in boxes of hashed classes (a CSS module's), the later ones hidden
    # until a script shows them, each paragraph set in a <div> (a page builder's)
    shown = f"<div class='k6aa8c1'><h2>1. A lamp</h2>{paragraph.format(P1)}{paragraph.format(P2)}</div>"
    hidden = "".join(
        f"<div class='k6aa8c1 k99d72c' style='display: none;'><h2>{n}. Item</h2>"
        f"{paragraph.format(a)}{paragraph.format(b)}</div>" for n, (a, b) in enumerate(SLIDE_TEXT, 2))
    return page(f"<article><h1>{TITLE}</h1><div class='k46990d'>{shown}{hidden}</div>"
                f"<p>{P3}</p></article>")


def test_hidden_slides_of_hashed_classes_with_div_paragraphs_are_the_text():
    html = _slides("<div><span>{}</span></div>")
    texts = [text for _, text in blocks(html)]
    for a, b in SLIDE_TEXT:
        assert a in texts and b in texts
    assert P3 in texts
    # the same slides with <p> paragraphs were kept before
    assert SLIDE_TEXT[1][1] in [text for _, text in blocks(_slides("<p>{}</p>"))]


def test_a_hidden_box_of_one_div_line_stays_hidden():
    # a pop-up's single line in a <div> (no paragraphs of prose) is no slide
    html = page(f"""<article><h1>{TITLE}</h1><div class="k1"><p>{P1}</p><p>{P2}</p></div>
<div class="k1 k2" style="display:none"><div>Sign up to our newsletter to get the best stories every morning.</div></div>
<p>{P3}</p></article>""")
    assert not any("newsletter" in text for _, text in blocks(html))


def test_the_standfirst_in_the_articles_header_opens_a_text_chosen_with_the_header():
    # the chosen box is the <article> itself (its paragraphs are its own children, or an ad
    # slot cuts its text in parts): its <header> is left out, its standfirst is not
    for standfirst in (f"<p>{LEDE}</p>", f"<h2 class='article--sub-headline'>{LEDE}</h2>"):
        html = page(f"""<article><header class="article-header"><div class="meta"><time>11.11.2021</time>
<a href="/news/">News</a></div><h1>{TITLE}</h1>{standfirst}
<div class="share"><a href="/share">Share</a></div></header><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>""")
        texts = [text for _, text in blocks(html)]
        assert texts[0] == LEDE and P1 in texts
        assert not any("Share" in text or "11.11.2021" in text for text in texts)
    html = page(f"""<article><header><h1>{TITLE}</h1><h2>{LEDE}</h2></header><section class="body">
<div><p>{P1}</p><p>{P2}</p></div><div class="ad" id="div-gpt-ad-1"></div><div><p>{P3}</p><p>{P4}</p></div>
</section></article>""")
    assert [text for _, text in blocks(html)][:2] == [LEDE, P1]


def test_a_caption_in_the_articles_header_is_no_standfirst():
    caption = "The old harbour bridge at dusk, seen from the ferry terminal on the north bank of the river."
    html = page(f"""<article><header><h1>{TITLE}</h1><div class="k3"><img src="/bridge.jpg" alt="">
<div>{caption}</div></div></header><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>""")
    assert caption not in [text for _, text in blocks(html)]


def _card(n: int) -> str:
    return (f"<div class='q1'><a href='/story-{n}'><div class='q2'>Story {n} on the harbour</div></a>"
            f"<div class='q3'>The plan for the harbour's pier number {n} met protests from the fishermen "
            "on the quay this week.</div></div>")


def test_hidden_pages_of_a_teaser_carousel_stay_hidden():
    # a "more stories" carousel of hashed classes in the text's box: its later pages hidden
    # until a script shows them, each card a linked title and a snippet set in a <div>
    pages = (f"<div class='k6'>{_card(1)}{_card(2)}</div>"
             + "".join(f"<div class='k6' style='display:none'>{_card(n)}{_card(n + 1)}</div>" for n in (3, 5)))
    html = page(f"<article><h1>{TITLE}</h1><div class='body'><p>{P1}</p><p>{P2}</p>"
                f"<div class='k5'>{pages}</div><p>{P3}</p><p>{P4}</p></div></article>")
    texts = [text for _, text in blocks(html)]
    assert P4 in texts and not any(f"pier number {n} " in text for text in texts for n in (3, 4, 5, 6))
    # a listicle's hidden slides under a linked product name: two paragraphs, kept
    html = _slides("<div><span>{}</span></div>").replace("<h2>", "<div class='t1'><a href='https://shop.example/p'>") \
        .replace("</h2>", "</a></div>")
    texts = [text for _, text in blocks(html)]
    assert all(a in texts and b in texts for a, b in SLIDE_TEXT)


def test_a_standfirst_printed_twice_opens_the_text_once():
    # the header's standfirst printed twice (a phone's and a desktop's copy) or again as the
    # text's first paragraph: one standfirst, whether the <article> is chosen whole (its
    # header walked for its standfirst) or the text's box is (the standfirst above it)
    for header in (f"<h1>{TITLE}</h1><p class='dek d-md-none'>{LEDE}</p><p class='dek d-none d-md-block'>{LEDE}</p>",
                   f"<h1>{TITLE}</h1><p>{LEDE}</p>"):
        for text in (f"<p>{LEDE}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p>",
                     f"<div class='article-body'><p>{LEDE}</p><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>"):
            got = [text for _, text in blocks(page(f"<article><header>{header}</header>{text}</article>"))]
            assert got == [LEDE, P1, P2, P3], (header, text)


ZH_TITLE = "武汉长江大桥将于明年春季禁止机动车通行"
ZH_LEDE = "市议会周二投票决定，从明年春季起禁止汽车通行这座老港口大桥，因为检查发现其支撑结构已经严重磨损。"
ZH_TEXT = ("这座大桥建于一九五七年，是长江上第一座公路铁路两用桥，多年来一直是城市交通的重要枢纽，每天有数万辆汽车通过。",
           "工程师们表示，修复工作需要至少两年时间，费用预计超过十亿元人民币，市政府正在寻找其他资金来源以支付这笔费用。",
           "附近居民对这一决定表示担忧，他们认为禁止通行将导致周边道路更加拥堵，影响日常出行和商业活动的正常开展。")


def test_a_chinese_standfirst_ending_in_a_full_stop_opens_the_text():
    # "。" ends a sentence as "." does: the header's standfirst is one, whether the <article>
    # is chosen whole or the text's box is
    paragraphs = "".join(f"<p>{p * 2}</p>" for p in ZH_TEXT)
    for text in (paragraphs, f"<div class='article-body'>{paragraphs}</div>"):
        html = (f"<html lang='zh-CN'><head><meta charset='utf-8'><title>{ZH_TITLE}_新华网</title></head><body>"
                f"<article><header><h1>{ZH_TITLE}</h1><p>{ZH_LEDE}</p><div class='meta'>2024-03-12 10:00</div>"
                f"</header>{text}</article></body></html>")
        assert [text for _, text in blocks(html, title=ZH_TITLE)][:2] == [ZH_LEDE, ZH_TEXT[0] * 2]
