"""Body container: among boxes of about as much text, the one by the headline.

The pages carry meaningless class names (as generated or foreign ones are to the
class vocabulary) and plain ``<div>`` sectioning, so only their shape tells the
story's box from a sidebar's notice, a comment or a footer's "about us" text.
"""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.body.blocks import extract_body
from crawler.parsers.document import parse_html
from crawler.parsers.page import ParsedPage

URL = "https://blog.example/2024/05/02/scissor-cut/"
TITLE = "Scissor cut at dusk over the old town"

STORY = [
    "It began with a shot from the hand, the camera choosing its own sensitivity for the evening sky.",
    "For an automatic setting that looks decent enough, though the noise shows in the darker corners.",
    "Then the contrail was gone, but leaning on the wall and at a lower setting the roofs came out sharp.",
    "Had the plane been a meteor, a second trail would have made the picture a good deal better.",
]
NOTICE = (
    "The copyright of all texts and photographs on this site lies with the author of the blog. "
    "Anyone who wants to use them elsewhere is asked to write first and to name the source in "
    "full, with a link back to the original post, which is only fair. Links to other sites are "
    "given in good faith; the author has no influence on their content and takes no "
    "responsibility for what they say, now or after any later change to them, and anyone who "
    "finds unlawful content behind such a link is kindly asked to report it at once."
)
COMMENT = (
    "Both pictures are lovely! The first has the better quality, but the second one with the "
    "trail across the sky is simply unbeatable, and the bright star above the roofs must be "
    "Venus, which with a tripod and a long zoom would even show its phase. I tried the same "
    "from my balcony last winter and never got the colours half as warm as these, so thank you "
    "for the tip about leaning on the wall instead of carrying a tripod all evening long."
)


def body(html: str, description: str | None = None) -> list[str]:
    return [b.text for b in extract_body(ParsedPage(parse_html(html), URL), title=TITLE, description=description)]


def test_the_box_holding_the_headline_beats_a_sidebar_notice_and_a_comment() -> None:
    """The story's box holds the headline and a few short paragraphs; a sidebar notice
    and a comment below the story's column each carry about as much text: the three
    used to promote the page's wrapper (their common ancestor), sidebar and comment
    with it."""
    paragraphs = "".join(f"<p>{p}</p>" for p in STORY)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div id="k1"><div class="k2"><a href="/">Blog</a></div>
<div class="k3">
  <div class="k4" id="k5"><h1>{TITLE}</h1><div class="k6">2024-05-02 | photos</div>{paragraphs}</div>
</div>
<div class="k7"><h3>2 comments</h3><ol><li class="k8"><div class="k9"><p>{COMMENT}</p></div></li></ol></div>
<div class="k10">
  <div class="k11"><h3>Recent posts</h3><ul><li><a href="/a">Calm before the storm</a></li>
    <li><a href="/b">Morning sun in the woods</a></li></ul></div>
  <div class="k12"><h3>Copyright</h3><p>{NOTICE}</p></div>
</div></div></body></html>"""
    assert body(html) == STORY


def test_a_box_by_the_headline_beats_a_longer_footer_text() -> None:
    """A short news item under its headline and a longer text in the page's footer:
    the footer's box meets the headline only at ``<body>``, the item's just above it."""
    item = STORY[0] + " " + STORY[1] + " " + STORY[2]
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><div class="k2"><a href="/">News</a></div>
  <div class="k3"><div class="k4"><h1>{TITLE}</h1><div class="k5">May 2, 2024</div>
    <div class="k6"><p>{item}</p></div></div></div></div>
<div class="k7"><div class="k8"><div class="k9"><p>{NOTICE}</p></div>
  <ul><li><a href="/about">About</a></li><li><a href="/privacy">Privacy</a></li></ul></div></div>
</body></html>"""
    assert body(html) == [item]


def test_pieces_in_a_column_away_from_the_headline_do_not_beat_the_box_by_it() -> None:
    """Two notices in a side column, each a little longer than the story, used to
    promote the column (readability's pieces of one text share an ancestor); the
    column does not hold the headline and a box of near-equal text sits by it."""
    item = " ".join(STORY)
    notices = "".join(f'<div class="k9"><div class="k10"><p>{NOTICE.replace("author", name)}</p></div></div>'
                      for name in ("author", "editor"))
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><div class="k2"><h1>{TITLE}</h1><div class="k3"><div class="k4">May 2, 2024</div>
  <div class="k5"><p>{item}</p></div></div></div>
<div class="k8">{notices}</div></div>
</body></html>"""
    assert body(html) == [item]


def test_entries_of_a_list_are_no_pieces_of_the_story() -> None:
    """Comments, each a list item with a paragraph about as long as the story's
    box holds, used to promote the box around story and thread (pieces of one text
    share an ancestor); an entry of a list is an item of its own (a comment, a
    teaser), not a piece of a text split one wrapper per paragraph."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    thread = "".join(f'<li class="k8"><div class="k9">{who}</div><div class="k10"><p>{COMMENT}</p></div></li>'
                     for who in ("Anna", "Ben"))
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><div class="k2"><h1>{TITLE}</h1><div class="k3">May 2, 2024</div></div>
  <div class="k11"><div class="k4">{paragraphs}</div><div class="k12"><a href="/tag/photos">photos</a></div></div>
  <div class="k5"><div class="k6"><h3>2 comments</h3><ol class="k7">{thread}</ol></div></div>
</div></body></html>"""
    assert body(html) == story


def test_a_thread_s_list_is_no_piece_of_the_story() -> None:
    """A thread of comments scores its ``<ol>`` nearly as high as the story's box:
    a list is a set of items of its own, and its box with the story's is no text."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    thread = "".join(f'<li class="k8"><p>{COMMENT.replace("Both", who)}</p></li>'
                     for who in ("Anna:", "Ben:", "Cleo:"))
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><div class="k2"><h1>{TITLE}</h1><div class="k3">May 2, 2024</div></div>
  <div class="k11"><div class="k4">{paragraphs}</div><div class="k12"><a href="/tag/photos">photos</a></div></div>
  <div class="k5"><div class="k6"><h3>3 comments</h3><ol class="k7">{thread}</ol></div></div>
</div></body></html>"""
    assert body(html) == story


def test_boxes_in_an_aside_are_no_pieces_of_the_story() -> None:
    """A side column set as ``<aside>`` (with no class word to tell it) holding more
    text than the story, in boxes each nearly as long as it: an ``<aside>`` is beside
    the text, none of its boxes a piece of it."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    notices = "".join(f'<div class="k9"><p>{NOTICE.replace("author", name)}</p></div>'
                      for name in ("author", "editor", "owner", "host"))
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><div class="k2"><h1>{TITLE}</h1><div class="k3">{paragraphs}</div></div>
  <aside class="k8">{notices}</aside>
</div></body></html>"""
    assert body(html) == story


LEAD = ("Too tired for a long morning routine? These ten small habits, gathered with our readers, "
        "take a minute each and fit into any day.")


def test_a_standfirst_in_the_story_s_own_wrapper_is_kept_whatever_the_wrapper_is_called() -> None:
    """The standfirst sits between the headline and the text, in the ``<article>`` that
    holds the text too; an ad network's mark on that wrapper ("native-ad-slot") made the
    standfirst furniture. A box around the text as well says nothing about its lead."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="page"><h1>{TITLE}</h1>
<article class="node node--article native-ad-slot">
  <div class="field--summary"><p>{LEAD}</p></div>
  <div class="field--story">{paragraphs}</div>
</article></div></body></html>"""
    assert body(html) == [LEAD, *story]


def test_a_standfirst_under_a_headline_set_as_h3_opens_the_text() -> None:
    """A theme with no ``<h1>`` sets the headline as ``<h3>``: the heading whose words
    are the title is the headline, and the standfirst printed under it opens the text
    as it does under an ``<h1>``."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    html = f"""<html><head><title>{TITLE} - Town of Example</title></head><body>
<div class="k1"><div class="k2"><div class="k3"><h3>{TITLE}</h3></div>
  <div class="k4"><p><span>2024-05-02</span> <span>Town news</span></p></div></div>
<div class="k5"><div class="k6"><p>{LEAD}</p></div></div>
<div class="k7"><div class="k8">{paragraphs}</div></div>
</div></body></html>"""
    assert body(html) == [LEAD, *story]


# --- a smaller box by the headline does not beat a longer body (review 20) -------------
# Paragraphs of three sentences, each made of the words below in an order of its own.
_WORDS = ("harbour", "council", "ferry", "winter", "vote", "residents", "nurses", "station", "bakery",
          "inquiry", "flood", "rail", "evening", "library", "bridge", "budget", "market", "clinic",
          "mayor", "pupils", "tunnel", "wardens", "museum", "village", "farmers", "school", "lorry",
          "report", "delay", "plan", "funding", "river")


def _paragraph(n: int) -> str:
    sentences = []
    for s in range(3):
        words = [_WORDS[(n * 7 + s * 5 + i * (3 + s + n % 5)) % len(_WORDS)] for i in range(16)]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)


def _paragraphs(first: int, count: int) -> list[str]:
    return [_paragraph(n) for n in range(first, first + count)]


def _ps(texts: list[str]) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def _page(inner: str) -> str:
    return f"""<html><head><title>{TITLE}</title></head><body>
<div class="k0"><a href="/">The Courier</a><ul><li><a href="/n">News</a></li><li><a href="/s">Sport</a></li></ul></div>
{inner}
<div class="k99"><p>© The Courier 2024. All rights reserved.</p></div></body></html>"""


def test_a_short_box_by_the_headline_does_not_beat_the_long_body_after_it() -> None:
    """Key points (three paragraphs) in the headline's wrapper, the story's six in the
    next one: the key points' box is near-equal and meets the headline lower in the
    tree, but it has fewer paragraphs than the body; it lost the whole body."""
    points, story = _paragraphs(0, 3), _paragraphs(3, 6)
    html = _page(f"""<div class="k1"><div class="k2"><h1>{TITLE}</h1></div>
<div class="k3">{_ps(points)}</div></div>
<div class="k4">{_ps(story)}</div>""")
    assert body(html) == points + story


def test_a_hero_header_s_strap_does_not_beat_the_story_in_main() -> None:
    """A hero ``<header>`` holds the headline, a picture and a strap of four paragraphs;
    the story's nine are in ``<main><article>``: the strap's box was taken for the text."""
    strap, story = _paragraphs(0, 4), _paragraphs(4, 9)
    html = _page(f"""<header class="k1"><div class="k2"><h1>{TITLE}</h1>
<figure><img src="/a.jpg" alt=""><figcaption>The harbour at dawn, seen from the old ferry pier.</figcaption></figure></div>
<div class="k3">{_ps(strap)}</div></header>
<main><article><div class="k4">{_ps(story)}</div></article></main>""")
    assert body(html)[-9:] == story


def test_a_story_in_one_box_per_part_is_read_whole_when_the_first_holds_the_headline() -> None:
    """A story split into sections, one wrapper per part (page builders, Medium), the
    headline in the first: the first part's box holds the headline and is near-equal
    to the best part, but it is one part of three; only it was kept."""
    parts = [_paragraphs(0, 3), _paragraphs(3, 4), _paragraphs(7, 4)]
    sections = "".join(f'<section class="k{i + 3}"><div class="k2">{"<h1>" + TITLE + "</h1>" if i == 0 else ""}'
                       f'{_ps(part)}</div></section>' for i, part in enumerate(parts))
    html = _page(f'<article><div class="k1">{sections}</div></article>')
    assert body(html) == parts[0] + parts[1] + parts[2]


def test_a_cover_block_with_the_headline_does_not_cut_off_the_groups_after_it() -> None:
    """A block editor's cover block holds the headline and two paragraphs, two group
    blocks after it the rest of the story: the cover block alone was kept."""
    cover, first, second = _paragraphs(0, 2), _paragraphs(2, 4), _paragraphs(6, 3)
    html = _page(f"""<div class="k1"><div class="k2"><div class="k3"><h1>{TITLE}</h1>{_ps(cover)}</div></div>
<div class="k4"><div class="k5">{_ps(first)}</div></div>
<div class="k4"><div class="k5">{_ps(second)}</div></div></div>""")
    assert body(html) == cover + first + second


def test_the_answers_of_an_faq_list_are_pieces_of_the_text() -> None:
    """An ``<ol>`` whose entries each hold a question and a box of answer paragraphs:
    the best box is one answer, and its sibling answers sit in the same list; entries
    of the list holding the best are the text (not a thread beside it). Only the first
    answer was kept."""
    answers = [_paragraphs(3 * i, 3) for i in range(3)]
    questions = [f"What does question number {i + 1} about the ferry ask?" for i in range(3)]
    items = "".join(f'<li><p class="k4"><strong>{q}</strong></p><div class="k5">{_ps(a)}</div></li>'
                    for q, a in zip(questions, answers, strict=True))
    html = _page(f'<div class="k1"><h1>{TITLE}</h1><ol>{items}</ol></div>')
    text = " ".join(body(html))
    assert all(a in text for answer in answers for a in answer)


def test_a_listicle_keeps_its_intro_before_the_list() -> None:
    """A one-sentence intro under the headline, then a ``<ul>`` of two items each with
    a heading and three paragraphs: the list holding the best item is a piece of the
    text, so the box with the intro is read; the intro was lost (read as the page's
    description only, the body opening at the first item)."""
    intro = "Harbour residents told us which winter ferry plans they like best, and why."
    items = [_paragraphs(0, 3), _paragraphs(3, 3)]
    entries = "".join(f"<li><h3>Plan number {i + 1}</h3>{_ps(item)}</li>" for i, item in enumerate(items))
    html = _page(f'<div class="k1"><h1>{TITLE}</h1><p>{intro}</p><ul>{entries}</ul></div>')
    article = parse_article(html, URL)
    assert article is not None
    blocks = article.body.split("\n\n")
    assert blocks[0] == intro
    assert all(p in blocks for item in items for p in item)


def test_a_thread_below_a_short_story_is_not_read_as_the_text() -> None:
    """An open thread: a two-paragraph post, then a list of comments, one of them
    longer than the post and the best box. The comments' list is not in the box
    holding the headline, so its entries are no pieces of the text (an FAQ's list,
    in the headline's box, is; see above), and the post's box by the headline wins
    however few paragraphs it has: the smaller-box check is for a best that is no
    entry of a list away from the headline."""
    post = _paragraphs(0, 2)
    comments = [_paragraphs(2, 5), _paragraphs(7, 2), _paragraphs(9, 3), _paragraphs(12, 2)]
    thread = "".join(f'<li><div class="k6"><span>Reader {i}</span> <span>May 3, 2024</span></div>'
                     f'<div class="k7">{_ps(c)}</div></li>' for i, c in enumerate(comments))
    html = _page(f"""<div class="k1"><div class="k2"><h1>{TITLE}</h1><div class="k3">{_ps(post)}</div></div>
<div class="k4"><h3>5 comments</h3><ul class="k5">{thread}</ul></div></div>""")
    text = body(html)
    assert text[:2] == post
    assert not any(p in text for c in comments for p in c)


def test_another_teaser_s_summary_after_a_titled_h3_is_no_standfirst() -> None:
    """No ``<h1>``; a "Popular now" rail before the story lists teasers, each an
    ``<h3>`` and a summary, the first carrying the title. The titled heading's
    standfirst search ends at the next heading of its rank (another teaser starts):
    the next story's summary was read as a second standfirst paragraph."""
    story = _paragraphs(0, 6)
    other = "Residents say the new bakery on the harbour front has changed their mornings for good."
    html = _page(f"""<div class="k1"><div class="k2"><h4>Popular now</h4>
<div class="k3"><h3>{TITLE}</h3><p>Ferry crews and the council agree a plan for the winter timetable at last.</p></div>
<div class="k3"><h3>Bakery opens on the harbour front</h3><p>{other}</p></div></div>
<div class="k4"><div class="k5">{_ps(story)}</div></div></div>""")
    text = body(html)
    assert text[-6:] == story
    assert other not in text


# --- a standfirst printed without its full stop; a stray <h1> after the headline (s26) ---

UNSTOPPED_LEAD = ("The local elections ended not only with a large win for the opposition but also "
                  "with the end of the prime minister's career, who stepped down on election night")


def test_a_standfirst_box_named_a_lead_keeps_a_sentence_printed_without_its_full_stop() -> None:
    """An intro box's sentence of more words than a heading has, printed without its
    closing full stop, is the standfirst all the same (it was left out for want of the
    stop); a short unstopped line in such a box stays a kicker."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><h1>{TITLE}</h1>
  <h2 class="page-intro__subheadline">A landslide for the opposition</h2>
  <div class="page-intro__copy">{UNSTOPPED_LEAD}</div></div>
<div class="k2"><div class="k3">{paragraphs}</div></div>
</body></html>"""
    assert body(html) == [UNSTOPPED_LEAD, *story]


VIDEO_LINE = ("Watch the mayor speak to reporters outside the town hall after the budget vote on "
              "Tuesday evening in full")


def test_a_described_picture_or_video_under_the_headline_is_no_unstopped_standfirst() -> None:
    """A picture's or a video's description under the headline, printed without a full
    stop in a box named "description", was kept as an unstopped standfirst (review 27):
    a line that is the only text of a box holding a picture or a video is its
    caption, stopped or not as captions go. The same line alone in its box stays the
    standfirst."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    for media in ('<img src="/mayor.jpg" alt="">', '<picture><img src="/mayor.jpg" alt=""></picture>',
                  '<video src="/mayor.mp4"></video>'):
        html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><h1>{TITLE}</h1><div class="player">{media}<p class="description">{VIDEO_LINE}</p></div></div>
<div class="k2"><div class="k3">{paragraphs}</div></div>
</body></html>"""
        assert body(html) == story, media
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><h1>{TITLE}</h1><img src="/mayor.jpg" alt=""><p class="description">{VIDEO_LINE}</p></div>
<div class="k2"><div class="k3">{paragraphs}</div></div>
</body></html>"""
    assert body(html) == [VIDEO_LINE, *story]


def test_a_stray_h1_between_the_headline_and_the_text_does_not_end_the_standfirst_search() -> None:
    """A leftover portlet prints an ``<h1>`` of its own after the headline and before
    the text: the standfirst search starts at the ``<h1>`` carrying the title, not at
    the last ``<h1>`` before the text (the portlet's, after the standfirst)."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><h1>{TITLE}</h1><div class="k4"><p>{LEAD}</p></div></div>
<div class="k5"><div class="portlet-body"><h1>This portlet should not exist anymore</h1></div></div>
<div class="k2"><div class="k3">{paragraphs}</div></div>
</body></html>"""
    assert body(html) == [LEAD, *story]


KEY_POINTS = [
    "The minister on the vast potential of the technology against climate change",
    "High storage and transport capacity as its main advantages",
    "The country wants to lead the world market by the end of the decade",
]


def test_a_list_of_key_points_under_the_headline_opens_the_text() -> None:
    """Key points printed as a list between the headline and the text's box are its
    standfirst (the lead search read no list item); a list of links or of one-word
    entries there (a menu, tags) is none."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    points = "".join(f"<li>{p}</li>" for p in KEY_POINTS)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><header class="head"><h1>{TITLE}</h1><ul>{points}</ul></header>
<div class="k2"><div class="k3">{paragraphs}</div></div></div>
</body></html>"""
    assert body(html, description=" ".join(KEY_POINTS)) == [*KEY_POINTS, *story]
    tags = "".join(f"<li>{w}</li>" for w in ("Energy", "Climate", "Industry"))
    links = "".join(f'<li><a href="/{i}">{p}</a></li>' for i, p in enumerate(KEY_POINTS))
    for items in (tags, links):
        html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><header class="head"><h1>{TITLE}</h1><ul>{items}</ul></header>
<div class="k2"><div class="k3">{paragraphs}</div></div></div>
</body></html>"""
        assert body(html) == story


def test_a_numbered_list_of_citations_closing_the_text_is_kept() -> None:
    """A "References" section at the end of a post: a numbered list whose items are
    mostly links, each ending in a full stop after its link (a book's chapter, its
    publisher), is part of the text; a list of teasers' headlines (no stop after the
    link) stays a link box."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    refs = ('<div class="outline-2"><h2>4 References</h2><ol>'
            '<li><a href="http://a.example/twenty.html">At Twenty, Looking Back, Looking Forward</a>.</li>'
            '<li><a href="http://a.example/bc.html">The Complete Audio Desktop</a>. Chapter from the book '
            'entitled <i>Beautiful Code</i>, OReilly.</li></ol></div>')
    teasers = ('<div class="outline-2"><h2>Read next</h2><ol>'
               '<li><a href="/a">Calm before the storm over the harbour</a></li>'
               '<li><a href="/b">Morning sun in the woods above the town</a></li></ol></div>')
    page = """<html><head><title>{t}</title></head><body><h1>{t}</h1>
<div class="post-body">{p}{r}</div><div class="post-footer">Posted by Anna</div></body></html>"""
    got = body(page.format(t=TITLE, p=paragraphs, r=refs))
    assert got[:len(story)] == story
    assert got[-1] == "The Complete Audio Desktop. Chapter from the book entitled Beautiful Code, OReilly."
    assert body(page.format(t=TITLE, p=paragraphs, r=teasers)) == story


PROMO = [
    "Unlimited access to every article on the site",
    "Ad-free reading on all of your devices",
    "Cancel your subscription at any time online",
]


def test_a_list_under_the_headline_that_the_description_does_not_say_is_no_key_points() -> None:
    """Key points sum the story up, and the page's description repeats them; a list of
    phrases under the headline the description does not say (a subscription offer's
    benefits, a table of contents built by a script) is no standfirst (review 27: any
    such list of two to five phrases opened the text)."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    promo = "".join(f"<li>{p}</li>" for p in PROMO)
    html = f"""<html><head><title>{TITLE}</title></head><body>
<div class="k1"><header class="head"><h1>{TITLE}</h1><ul class="benefits">{promo}</ul></header>
<div class="k2"><div class="k3">{paragraphs}</div></div></div>
</body></html>"""
    assert body(html, description="The sun set over the old town in a blaze of orange.") == story
    assert body(html) == story
    points = "".join(f"<li>{p}</li>" for p in KEY_POINTS)
    html = html.replace(promo, points)
    assert body(html, description=f"{KEY_POINTS[0]}. More in the story.") == [*KEY_POINTS, *story]


def test_a_titled_h1_out_of_reach_does_not_hide_the_visible_headline() -> None:
    """A screen-reader ``<h1>`` saying the title at the top, a menu of hundreds of links,
    then the visible headline with a kicker (its words are not the title's): the
    standfirst search stayed at the first ``<h1>`` and ran out of its elements before
    the standfirst (review 27). A later ``<h1>`` is skipped only while the titled one's
    scan is still open; the stray portlet ``<h1>`` right after the standfirst still is."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    menu = "".join(f'<li><a href="/s/{i}">Section {i}</a></li>' for i in range(300))
    html = f"""<html><head><title>{TITLE}</title></head><body>
<header><h1 class="visually-hidden">{TITLE}</h1><nav><ul>{menu}</ul></nav></header>
<div class="k1"><h1><span class="kicker">Photo of the week</span> {TITLE}</h1><div class="k4"><p>{LEAD}</p></div></div>
<div class="k2"><div class="k3">{paragraphs}</div></div>
</body></html>"""
    assert body(html) == [LEAD, *story]


def test_a_numbered_list_of_dated_or_bare_headlines_is_no_citations() -> None:
    """A "most read" list of headlines each followed by its date written with a closing
    full stop (Croatian, Serbian, Slovene, Hungarian: "12.03.2024.") or by a bare full
    stop was kept as a list of citations (review 27): a citation says something after
    its link (a chapter, a publisher, a journal) in one item at least, never a date alone."""
    story = STORY + [p.replace("the", "this") for p in STORY]
    paragraphs = "".join(f"<p>{p}</p>" for p in story)
    heads = ["Calm before the storm over the harbour", "Morning sun in the woods above the town",
             "Night ferry runs late again after the gale"]
    dated = "".join(f'<li><a href="/n/{i}">{h}</a> <span class="date">1{i}.03.2024.</span></li>'
                    for i, h in enumerate(heads))
    bare = "".join(f'<li><a href="/n/{i}">{h}</a>.</li>' for i, h in enumerate(heads))
    page = """<html><head><title>{t}</title></head><body><h1>{t}</h1>
<div class="post-body">{p}<div class="outline-2"><ol>{r}</ol></div></div>
<div class="post-footer">Posted by Anna</div></body></html>"""
    for items in (dated, bare):
        assert body(page.format(t=TITLE, p=paragraphs, r=items)) == story
