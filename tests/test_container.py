"""Which element holds the text: the container choice on small hand-written pages.

Each page puts the article's text where the plain score would miss part or all of
it (a dialog outside ``<main>`` with more words, a body cut into sections); each
test checks the exact block list, so a missed or an extra block fails.
"""

from __future__ import annotations

from tests.test_body import P1, P2, P3, P4, TITLE, blocks, page

LOGIN_FORM = "".join(
    f'<article class="modal"><form class="form"><fieldset><p>{text}</p>'
    f'<label>E-mail address</label><input name="mail"></fieldset></form></article>'
    for text in (
        "Sign up for our free account to save your favourite programmes, follow them on "
        "every device you own and get a reminder before the next episode starts.",
        "Your password must be at least eight characters long and hold a digit, a capital "
        "letter and one of the special characters shown below the entry field here.",
        "We have sent you an e-mail with a link to confirm your address; the link is valid "
        "for 24 hours. If you cannot find it, please check your spam folder first.",
        "Welcome to your new account! From now on you can rate programmes, write comments "
        "and keep a watch list that follows you from your phone to your television set.",
    )
)


def test_a_short_text_in_main_wins_over_a_larger_dialog_beside_main():
    short = ("New York is the centre of the pandemic in the United States. Sport has come to a "
             "standstill too, and nobody knows when the leagues will play again.")
    html = page(f"""<main><article class="video-page"><h1>{TITLE}</h1>
<div class="item-caption"><div class="details"><p class="item-description">{short}</p></div></div>
</article></main>
<div class="b-dialog" id="login-dialog"><div class="loginpanelgroup-wrapper">{LOGIN_FORM}</div></div>""")
    assert blocks(html) == [("p", short)]


def test_without_main_the_scores_alone_decide():
    html = page(f"""<div class="content"><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="sidebar-box"><p>{P4}</p></div>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


def test_a_page_built_of_sections_keeps_the_sections_whose_prose_sits_deeper():
    # an event page: one section of paragraphs, then sections whose text sits two
    # wrappers down (the score of their paragraphs is spread thin over the wrappers)
    links = "".join(f'<li><a href="/company/{i}">Company number {i} of the fair</a></li>' for i in range(8))
    html = page(f"""<main>
<section id="cover"><h1>{TITLE}</h1></section>
<section id="details"><p>{P1}</p><p>{P2}</p><p>{P3}</p></section>
<section id="companies"><div class="wrapper"><ul>{links}</ul></div></section>
<section id="meeting"><div class="wrapper"><div class="top-description"><p>{P4}</p></div></div></section>
</main>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3), ("p", P4)]


def test_a_sibling_section_of_another_story_is_not_added():
    html = page(f"""<main>
<section id="story"><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></section>
<section id="next"><div class="wrapper"><article><h2>Another story</h2><p>{P4}</p></article></div></section>
</main>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]
