"""Which element holds the text: the container choice on small hand-written pages.

Each page puts the article's text where the plain score would miss part or all of
it (a dialog outside ``<main>`` with more words, a body cut into sections); each
test checks the exact block list, so a missed or an extra block fails.
"""

from __future__ import annotations

import pytest

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


def test_a_main_without_the_headline_does_not_pull_the_text_into_it():
    # <main> wraps a promotion box only; the story is an <article> beside it
    promo = ("Our spring sale is on: every subscription is half price until the end of the "
             "month, and new readers get the first four weeks for free.")
    html = page(f"""<main class="hero"><div class="box"><p>{promo}</p></div></main>
<article><h1>{TITLE}</h1><p>{P1}</p><p>{P2}</p><p>{P3}</p></article>""")
    # (without a title to follow to its headline: the container choice alone decides)
    assert blocks(html, title=None) == [("p", P1), ("p", P2), ("p", P3)]


P5 = ("Group sessions add a further layer: survivors hear that others share their doubts, and "
      "the therapist can show in the room how a boundary is set and respected by everyone.")
P6 = ("Progress is measured by the person's own goals, reviewed every few weeks, so that the "
      "plan changes as trust grows and old fears lose their hold on everyday intimacy.")


INTRO1 = "Healing after harm is rarely a straight line for anyone."
INTRO2 = "No single method fits every survivor who asks for help."
INTRO3 = "Here is how one clinic combines them over a year of care."


def test_the_opening_part_printed_above_a_body_of_components_is_kept():
    # the story's first part is a field of its own (three short paragraphs, more than a
    # standfirst's two); the rest is a paragraphs component two wrappers down, beside
    # an embedded teaser of another story
    teaser = '<div class="embed"><article><a href="/other">Another story</a><p>Its teaser.</p></article></div>'
    html = page(f"""<main><article class="node">
<h1>{TITLE}</h1>
<div class="field-first"><p>{INTRO1}</p><p>{INTRO2}</p><p>{INTRO3}</p></div>
{teaser}
<div class="entity paragraphs-item"><div class="inner"><div class="field-text">
<p>{P3}</p><p>{P4}</p><p>{P5}</p><p>{P6}</p></div></div></div>
</article></main>""")
    assert blocks(html) == [("p", INTRO1), ("p", INTRO2), ("p", INTRO3), ("p", P3), ("p", P4), ("p", P5), ("p", P6)]


RECIPE_LD = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
             '"name": "Pumpkin dumplings", "recipeIngredient": ["500 g flour", "1 pumpkin"]}</script>')
INTRO = ("Dumplings are a classic of Polish cooking, and similar dishes are eaten in many other "
         "regions of the world: ravioli in Italy, pelmeni in Russia, gyoza in Japan. This autumn "
         "version fills them with pumpkin, garlic and onion fried in butter with sage.")


INTRO2 = ("Serve them straight from the pan with the browned butter poured over and a few "
          "crisp sage leaves on top; a green salad is all they need beside them on the table, "
          "and any left over are good fried the next day.")


def _recipe_page(head: str) -> str:
    steps = "".join(f'<div class="step"><div class="step-info"><p>{text}</p></div></div>' for text in (
        "Make a classic dough of flour, water, salt and an egg, then chill it for twenty minutes.",
        "Dice the pumpkin, fry it with garlic and onion until soft, and season the filling well.",
    ))
    return page(f"""<main><h1>{TITLE}</h1>
<div class="row"><div class="intro-box"><div><p>{INTRO}</p><p>{INTRO2}</p></div></div></div>
<div class="recipe-ingredients"><h2>Ingredients</h2><table>
<tr><td>500 g</td><td>flour</td></tr><tr><td>1</td><td>pumpkin</td></tr></table></div>
<div class="recipe-steps"><div class="steps-list">{steps}</div></div>
</main>""", head=head)


def test_a_recipe_keeps_its_ingredients_and_steps_beside_the_prose_that_scores():
    # the ingredient lines are too short to score and each step sits in its own
    # wrapper: the prose box wins the score, the recipe's own parts come with it
    assert blocks(_recipe_page(RECIPE_LD)) == [
        ("p", INTRO), ("p", INTRO2),
        ("h", "Ingredients"), ("p", "500 g"), ("p", "flour"), ("p", "1"), ("p", "pumpkin"),
        ("p", "Make a classic dough of flour, water, salt and an egg, then chill it for twenty minutes."),
        ("p", "Dice the pumpkin, fry it with garlic and onion until soft, and season the filling well."),
    ]


def test_boxes_named_like_a_recipe_s_parts_count_only_on_a_page_that_declares_a_recipe():
    assert blocks(_recipe_page("")) == [("p", INTRO), ("p", INTRO2)]


def test_a_recipe_declared_in_microdata_counts_too():
    html = _recipe_page("").replace("<main>", '<main itemscope itemtype="https://schema.org/Recipe">')
    assert blocks(html)[2] == ("h", "Ingredients")


def test_recipe_of_gives_the_declared_recipe_or_none():
    # microdata declares a recipe and lists nothing: an empty Recipe, which is still one
    import lxml.html

    from crawler.parsers.body.recipe import Recipe, recipe_of
    doc = lxml.html.document_fromstring('<div itemscope itemtype="https://schema.org/Recipe"><p>x</p></div>')
    assert recipe_of([], doc) == Recipe()
    assert recipe_of([{"@type": "NewsArticle"}], lxml.html.document_fromstring("<p>x</p>")) is None
    declared = recipe_of([{"@type": ["Recipe"], "recipeIngredient": ["500 g flour", "1"]}], doc)
    assert declared is not None and declared.ingredients == frozenset({"500gflour"})


def _nameless_recipe_page(ingredients: str) -> str:
    """A recipe page whose classes say nothing (generated names): the ingredient rows are
    found by the ingredients its JSON-LD lists."""
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
            f'"name": "Pumpkin dumplings", "recipeIngredient": {ingredients}}}</script>')
    rows = "".join(f'<tr><td class="x1"><span>\n      {amount}\n    </span></td><td class="x2">{name}</td></tr>'
                   for amount, name in (("500 g", "flour"), ("1", "pumpkin"), ("2 tbsp", "butter"),
                                        ("1&nbsp;bunch", "sage")))
    return page(f"""<main><h1>{TITLE}</h1>
<div class="sc-a1"><div class="sc-b2"><div><p>{INTRO}</p><p>{INTRO2}</p></div></div></div>
<div class="sc-c3"><h2>Ingredients</h2><div class="sc-d4">For the dough:</div><table>{rows}</table></div>
<div class="sc-e5"><a href="/flour">flour</a> <a href="/butter">butter</a></div>
</main>""", head=head)


def test_a_recipe_s_ingredient_list_is_found_by_the_ingredients_its_structured_data_lists():
    listed = '["500 g flour", "1 pumpkin", "2 tbsp butter", "1 bunch sage"]'
    assert blocks(_nameless_recipe_page(listed)) == [
        ("p", INTRO), ("p", INTRO2), ("h", "Ingredients"), ("p", "For the dough:"),
        ("p", "500 g"), ("p", "flour"), ("p", "1"), ("p", "pumpkin"),
        ("p", "2 tbsp"), ("p", "butter"), ("p", "1 bunch"), ("p", "sage"),
    ]


def test_a_few_ingredients_printed_alike_do_not_make_an_ingredient_list():
    # two found of four listed (the rest printed otherwise): too few to say which box lists them
    listed = '["500 g flour", "1 pumpkin", "a little butter", "fresh sage"]'
    assert blocks(_nameless_recipe_page(listed)) == [("p", INTRO), ("p", INTRO2)]


STEPS = ("Make a classic dough of flour, water, salt and an egg, then chill it for twenty minutes.",
         "Dice the pumpkin, fry it with garlic and onion until soft, and season the filling well.",
         "Fill the dough, boil the dumplings for three minutes and serve them with sage butter.")


def test_a_recipe_s_steps_are_found_by_the_steps_its_structured_data_lists():
    """Steps in boxes named in the page's own language (nothing says "steps"), each with
    its number and a picture button printed inside its sentence: found by their text."""
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
            '"name": "Pumpkin dumplings", "recipeInstructions": ['
            + ", ".join(f'{{"@type": "HowToStep", "text": "{step}"}}' for step in STEPS) + ']}</script>')
    items = "".join(
        f'<div class="przygotowanie-krok"><div class="numer">{n} / 3</div>'
        f'<div class="opis">{step.split(",", 1)[0]},<span class="zdj">Photo</span>{step.split(",", 1)[1]}</div></div>'
        for n, step in enumerate(STEPS, 1))
    html = page(f"""<main><h1>{TITLE}</h1>
<div class="row"><div class="intro-box"><div><p>{INTRO}</p><p>{INTRO2}</p></div></div></div>
<div class="przygotowanie"><h2>Step by step</h2>{items}</div>
</main>""", head=head)
    got = [text for _, text in blocks(html)]
    assert got[:3] == [INTRO, INTRO2, "Step by step"]
    assert any("then chill it for twenty minutes" in text for text in got[3:])
    assert any("serve them with sage butter" in text for text in got[3:])


REVIEW_INGREDIENTS = ("500 g flour", "1 pumpkin", "2 tbsp butter", "1 bunch sage", "2 eggs")


def _found_recipe_page(body: str, after: str = "", before: str = "") -> str:
    """A nameless recipe page (generated class names): its JSON-LD lists the
    ingredients and the steps the parts of ``body`` print."""
    head = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Recipe", '
            '"name": "Pumpkin dumplings", "recipeIngredient": ['
            + ", ".join(f'"{item}"' for item in REVIEW_INGREDIENTS) + '], "recipeInstructions": ['
            + ", ".join(f'"{step}"' for step in STEPS) + ']}</script>')
    return page(f"""{before}<main><h1>{TITLE}</h1>
<div class="sc-a1"><div class="sc-b2"><div><p>{INTRO}</p><p>{INTRO2}</p></div></div></div>
{body}</main>{after}""", head=head)


_FOUND_INGREDIENTS = ('<div class="sc-c3"><h2>Ingredients</h2><ul class="x9">'
                      + "".join(f"<li>{item}</li>" for item in REVIEW_INGREDIENTS) + "</ul></div>")
_FOUND_METHOD = ('<div class="sc-m"><h2>Method</h2>'
                 + "".join(f'<div class="k{n}"><div class="o"><p>{step}</p></div></div>' for n, step in enumerate(STEPS))
                 + "</div>")
_FOUND_BLOCKS = [("p", INTRO), ("p", INTRO2), ("h", "Ingredients"), *(("li", item) for item in REVIEW_INGREDIENTS),
                 ("h", "Method"), *(("p", step) for step in STEPS)]


def test_a_hidden_print_copy_of_a_recipe_is_not_its_ingredient_list_or_method():
    # a print version styled display:none opens the page, its lines as deep as the
    # shown ones: the shown parts are the recipe's, in their place after the prose
    copy = ('<div style="display:none" class="pv"><div><h2>Ingredients</h2><ul>'
            + "".join(f"<li>{item}</li>" for item in REVIEW_INGREDIENTS) + "</ul><h2>Method</h2>"
            + "".join(f"<p>{step}</p>" for step in STEPS) + "</div></div>")
    assert blocks(_found_recipe_page(_FOUND_INGREDIENTS + _FOUND_METHOD, before=copy)) == _FOUND_BLOCKS
    # a print copy alone adds nothing
    assert blocks(_found_recipe_page("", after=copy)) == [("p", INTRO), ("p", INTRO2)]


def test_a_shopping_list_widget_does_not_hide_the_ingredient_list():
    # the widget's checkboxes print each ingredient a level deeper than the list does
    widget = ('<div class="widget"><div class="w1"><div class="w2"><h3>Add to shopping list</h3><form>'
              + "".join(f'<div><label><input type="checkbox"> {item}</label></div>' for item in REVIEW_INGREDIENTS)
              + "<button>Add all</button></form></div></div></div>")
    assert blocks(_found_recipe_page(_FOUND_INGREDIENTS + _FOUND_METHOD, after=widget)) == _FOUND_BLOCKS


def test_ingredients_printed_outside_the_main_column_are_not_the_recipe_s():
    # an article that declares a recipe cooked elsewhere, a shop's box beside it
    shop = ('<div class="col-right"><div><h3>Buy the ingredients</h3><ul>'
            + "".join(f"<li>{item}</li>" for item in REVIEW_INGREDIENTS) + "</ul></div></div>")
    assert blocks(_found_recipe_page("", after=shop)) == [("p", INTRO), ("p", INTRO2)]


def test_a_listing_of_recipe_cards_each_printing_the_ingredients_adds_no_card():
    cards = "".join(
        f'<article class="card"><h2><a href="/r/{n}">Recipe {n}</a></h2><p>A quick dish for weeknights.</p><ul>'
        + "".join(f"<li>{item}</li>" for item in REVIEW_INGREDIENTS) + "</ul></article>"
        for n in range(4))
    assert blocks(_found_recipe_page(cards)) == [("p", INTRO), ("p", INTRO2)]


def test_jump_links_to_a_recipe_s_steps_do_not_hide_its_method():
    # a table of contents above the recipe links each step by its opening words
    toc = '<div class="toc">' + "".join(f'<a href="#s{n}">{step[:40]}</a>' for n, step in enumerate(STEPS)) + "</div>"
    assert blocks(_found_recipe_page(toc + _FOUND_INGREDIENTS + _FOUND_METHOD)) == _FOUND_BLOCKS


def test_steps_written_as_html_in_the_structured_data_are_found():
    # recipeInstructions as one text of HTML list entries (no line breaks), with an entity
    printed = STEPS[0].replace(" and ", " &amp; ", 1)
    html = _found_recipe_page(_FOUND_INGREDIENTS + _FOUND_METHOD.replace(STEPS[0], printed)).replace(
        ", ".join(f'"{step}"' for step in STEPS),
        '"<ol>' + "".join(f"<li>{step}</li>" for step in (printed, *STEPS[1:])) + '</ol>"')
    assert blocks(html) == [*_FOUND_BLOCKS[:-3], ("p", STEPS[0].replace(" and ", " & ", 1)), *_FOUND_BLOCKS[-2:]]


def test_ingredients_with_html_entities_in_the_structured_data_are_found():
    listed = ("500 g flour", "salt &amp; pepper", "1 tbsp oil &amp; butter", "sage &#39;n&#39; thyme")
    html = _found_recipe_page('<div class="sc-c3"><h2>Ingredients</h2><ul>' + "".join(
        f"<li>{item}</li>" for item in listed) + "</ul></div>").replace(
        ", ".join(f'"{item}"' for item in REVIEW_INGREDIENTS), ", ".join(f'"{item}"' for item in listed))
    assert blocks(html)[2:] == [("h", "Ingredients"), ("li", "500 g flour"), ("li", "salt & pepper"),
                                ("li", "1 tbsp oil & butter"), ("li", "sage 'n' thyme")]


def test_a_box_of_buttons_beside_a_found_part_is_not_its_heading():
    # the method's box is taken with the short lines around it (its heading), not a
    # rating and a row of buttons printed beside it in the same wrapper
    controls = ('<div class="t1"><button>Print</button> <a href="/pin">Pin it</a> '
                "<span>Rate this recipe: 4.8 (120 votes)</span></div>")
    html = _found_recipe_page(_FOUND_INGREDIENTS + f'<div class="w">{controls}{_FOUND_METHOD}</div>')
    assert blocks(html) == _FOUND_BLOCKS


def test_a_recipe_s_one_line_description_under_its_headline_opens_the_text():
    """A recipe's description is often one short line under its name ("The creamiest
    cake I know!"): on a page declaring a recipe it is the standfirst at four words (a
    story's needs eight); the same line on a page that declares none stays out."""
    line = "The creamiest dumplings I know!"
    described = f"Pumpkin dumplings - {line.lower()} Over 900 ratings."
    html = _recipe_page(RECIPE_LD).replace(f"<h1>{TITLE}</h1>", f'<h1>{TITLE}</h1><p class="recipe-text">{line}</p>')
    assert blocks(html, description=described)[:2] == [("p", line), ("p", INTRO)]
    plain = _recipe_page("").replace(f"<h1>{TITLE}</h1>", f'<h1>{TITLE}</h1><p class="recipe-text">{line}</p>')
    assert blocks(plain, description=described) == [("p", INTRO), ("p", INTRO2)]


@pytest.mark.parametrize("line", ["Rated 4.8 out of 5 stars.", "Pin this recipe for later!",
                                  "Skip straight to the recipe below.", "Read all 23 reviews here."])
def test_a_short_line_under_a_recipe_s_name_that_is_not_its_description_stays_out(line):
    """A short line under a recipe's name is its description only when the page's
    description says it (review 27): a rating, a "Pin this recipe!" or "Jump to the
    recipe" button line of four to seven words was taken as the standfirst."""
    described = "Pumpkin dumplings - the creamiest dumplings I know! Over 900 ratings."
    html = _recipe_page(RECIPE_LD).replace(f"<h1>{TITLE}</h1>", f'<h1>{TITLE}</h1><p>{line}</p>')
    for got in (blocks(html, description=described), blocks(html)):
        assert got[:2] == [("p", INTRO), ("p", INTRO2)]
        assert ("p", line) not in got


# --- a second extraction compared with the chosen one (crawler.parsers.body.compare) ------

SERIES = ("This series looks at how clinics across the country rebuild care after a crisis. "
          "Each part follows one team for a month.",
          "The series is supported by a grant from a public foundation, which has no say over "
          "what we report or publish.",
          "Write to the desk with your own story; we read every letter and answer most of them.")
STORY = (P1, P2, P3, P4, P1.replace("Integrative", "Holistic"), P2.replace("In practice", "Often"),
         P3.replace("Clients", "Patients"), P4.replace("Because", "As"))


def _wrapped(paragraphs: tuple[str, ...]) -> str:
    """One wrapper pair per paragraph (a page builder's text components)."""
    return "".join(f'<div class="row"><div class="cell"><p>{p}</p></div></div>' for p in paragraphs)


def test_a_story_with_far_more_prose_is_read_when_the_score_preferred_a_short_box():
    # The story's paragraphs sit two wrappers deep each, so the score spreads thin
    # over them, and a short box of a content class wins it (the old result: the
    # box alone). The second extraction, of the best box outside it, reads more than
    # twice the prose and no furniture; its walk keeps the box as a sibling that scores.
    # (The headline heads both columns: in the story's box, see below.)
    series = "".join(f"<p>{p}</p>" for p in SERIES)
    html = page(f"""<h1>{TITLE}</h1><div class="col"><div class="article-content">{series}</div></div>
<div class="page"><div class="story">{_wrapped(STORY)}</div></div>""")
    assert blocks(html) == [("p", p) for p in SERIES + STORY]


def test_a_story_with_far_more_prose_in_the_box_holding_the_headline_is_read_whole():
    # The page above with the <h1> in the story's box (the test's first form): that
    # box is near-equal to the short box and holds the headline, with more paragraphs
    # than it has, so it is the text, whole; the short box beside it, a series note
    # outside the box holding the headline, is left out.
    series = "".join(f"<p>{p}</p>" for p in SERIES)
    html = page(f"""<div class="col"><div class="article-content">{series}</div></div>
<div class="page"><div class="story"><h1>{TITLE}</h1>{_wrapped(STORY)}</div></div>""")
    assert blocks(html) == [("p", p) for p in STORY]


def test_a_box_of_teasers_with_more_words_does_not_replace_the_story():
    teasers = "".join(
        f'<div class="row"><div class="cell"><h3><a href="/story-{i}">{p[:60]}</a></h3><p>{p} '
        f'<a href="/story-{i}">Read the whole story about this here, with pictures</a>.</p></div></div>'
        for i, p in enumerate(STORY))
    series = "".join(f"<p>{p}</p>" for p in SERIES)
    html = page(f"""<div class="col"><h1>{TITLE}</h1><div class="article-content">{series}</div></div>
<div class="grid">{teasers}</div>""")
    assert blocks(html) == [("p", p) for p in SERIES]


def test_an_authors_biography_under_the_post_is_not_taken_for_more_text():
    bio = "".join(f"<p>{p}</p>" for p in STORY)
    html = page(f"""<article class="post"><h1>{TITLE}</h1>
<div class="entry-content"><p>{P1}</p><p>{P2}</p><p>{P3}</p></div>
<div class="section-inner"><div class="author-bio"><div class="author-description">{bio}</div></div></div>
</article>""")
    assert blocks(html) == [("p", P1), ("p", P2), ("p", P3)]


# A short story in the <article> that holds the headline, then a larger box of prose
# that is not the story: the story is the text, whole, however much prose the box has.
BUDGET = "Council approves budget"
BUDGET_STORY = (
    "The town council voted on Tuesday night to approve a budget of twelve million pounds "
    "for the coming year, after a debate that lasted almost four hours.",
    "Councillors from both groups said the plan protects the library and the swimming pool, "
    "but raises parking charges in the centre by a fifth.",
    "The leader of the council said the vote was the hardest of her ten years in office, and "
    "that further savings would be needed next spring.",
    "Residents who spoke at the meeting asked for the bus subsidy to be restored, which the "
    "council agreed to review before the summer recess.",
)
ABOUT_US = "".join(
    f"<p>Since {1900 + i} our newspaper has reported on the life of this valley, its farms, its "
    f"mills and its people, and we remain owned by a trust that reinvests every penny we earn "
    f"in journalism number {i}.</p>" for i in range(12))
NEXT_STORY = "".join(
    f"<p>The mayor announced on Wednesday morning that she would step down after the vote, "
    f"saying the town needed a fresh start and a new leader, part {i}.</p>" for i in range(12))
LETTERS = "".join(
    f"<div class='response'><div class='who'>Reader {i}</div><p>I read this piece this morning "
    f"and honestly I think the council has it wrong again, as it has every year since I moved "
    f"to the town in the nineties. Reader note number {i}.</p></div>" for i in range(14))


def _budget_page(after: str, article: str = "article") -> str:
    story = "".join(f"<p>{p}</p>" for p in BUDGET_STORY)
    return (f"<html><head><title>{BUDGET}</title></head><body><div id='container'>"
            f"<{article}><h1>{BUDGET}</h1><div class='entry-content'>{story}</div></{article}>"
            f"{after}</div></body></html>")


@pytest.mark.parametrize("after", [
    f"<section class='about-us'><h2>About this paper</h2>{ABOUT_US}</section>",
    f"<div class='next-story'><h2>Mayor resigns after vote</h2>{NEXT_STORY}</div>",
    f"<div class='letters'>{LETTERS}</div>",
    f"<div class='responses'><h3>Reader responses</h3>{LETTERS}</div>",
], ids=["about-us", "next-story", "letters", "responses"])
def test_a_larger_box_after_the_article_holding_the_headline_does_not_replace_the_story(after):
    # The old result: the story's first two paragraphs (read as the standfirst of
    # the box), the box, and the story's last two paragraphs lost.
    assert blocks(_budget_page(after), title=BUDGET) == [("p", p) for p in BUDGET_STORY]



def test_a_story_with_far_more_prose_is_read_when_the_headline_sits_in_a_page_header_above_both():
    # As above, with the <h1> in a <header> ahead of both columns: neither box holds
    # it, both follow it (the old result: the series box alone).
    series = "".join(f"<p>{p}</p>" for p in SERIES)
    html = page(f"""<header><h1>{TITLE}</h1></header><div class="col"><div class="article-content">{series}</div></div>
<div class="page"><div class="story">{_wrapped(STORY)}</div></div>""")
    assert blocks(html) == [("p", p) for p in SERIES + STORY]


def test_the_steps_looked_up_are_capped_in_letters_not_only_in_number():
    # each letter of a step kept is a window of the lookup: 100 steps of 2,000 letters
    # (a JSON-LD of a few hundred kB) are cut to whole steps within the cap
    from crawler.parsers.body.recipe import _step_keys
    steps = [f"Step {n}: " + "stir the pot slowly with a wooden spoon " * 60 for n in range(100)]
    keys = _step_keys(steps)
    assert 0 < sum(len(key) for key in keys) <= 20_000
    assert keys[0].startswith("step0stirthepot") and len(keys) < 100
    assert len(_step_keys(list(STEPS))) == 3


def test_steps_given_as_one_text_are_split_only_as_far_as_the_cap(monkeypatch):
    # a method of 5,000 lines: the lines past the 100 steps kept are not split out
    from crawler.parsers.body import recipe
    read = []

    class Counted:
        def split(self, text):
            parts = pattern.split(text)
            read.extend(parts)
            return parts

        def finditer(self, text):
            for found in pattern.finditer(text):
                read.append(found)
                yield found

    pattern = recipe._STEP_BREAK
    monkeypatch.setattr(recipe, "_STEP_BREAK", Counted())
    method = "\n".join(f"Step {n}: stir the pot slowly with a wooden spoon until it thickens" for n in range(5000))
    keys = recipe._step_keys(method)
    assert len(keys) == 100 and keys[0].startswith("step0stir") and keys[-1].startswith("step99stir")
    assert len(read) <= 101
    monkeypatch.undo()
    assert recipe._step_keys("<ol><li>Preheat the oven to 200 degrees now</li>\r\n<li>Mix the flour and the butter well</li></ol>") \
        == ("preheattheovento200degreesnow", "mixtheflourandthebutterwell")


def test_the_recipe_s_boxes_are_put_in_document_order_by_their_paths():
    import lxml.html

    from crawler.parsers.body.recipe import _in_order
    doc = lxml.html.document_fromstring(
        "<html><head><title>t</title></head><body><div id=a><p id=b>x</p><!-- c --><ul id=c><li id=d>y</li></ul></div>"
        "<div id=e><p id=f>z</p></div></body></html>")
    body = doc.find("body")
    ids = "fedcba"
    kept = _in_order(body, {doc.get_element_by_id(i) for i in ids} | {body, doc.find("head")})
    assert kept[0] is body and [el.get("id") for el in kept[1:]] == sorted(ids)   # the head is outside


def test_ingredients_outside_a_main_that_holds_the_text_itself_are_not_the_recipe_s():
    # the <main> holds the paragraphs directly, so it is the chosen text's own box:
    # a shop's box beside it is still outside
    shop = ('<div class="col-right"><div><h3>Buy the ingredients</h3><ul>'
            + "".join(f"<li>{item}</li>" for item in REVIEW_INGREDIENTS) + "</ul></div></div>")
    html = _found_recipe_page("", after=shop).replace(
        '<div class="sc-a1"><div class="sc-b2"><div>', "").replace("</div></div></div>", "", 1)
    assert "<main><h1>" in html and f"<p>{INTRO2}</p>\n" in html
    assert blocks(html) == [("p", INTRO), ("p", INTRO2)]


_ING = ("500 g flour", "1 small pumpkin", "2 tbsp butter", "1 bunch of sage", "1 onion")
_STEPS = ("Make a classic dough of flour, water, salt and an egg, then chill it for twenty minutes.",
          "Dice the pumpkin, fry it with garlic and onion until soft, and season the filling well.",
          "Roll the dough thin, cut circles, fill and fold them, then boil them in salted water.")


def _undeclared_recipe_page(card: str, ingredients: str, method: str) -> str:
    """A blog's recipe with no structured data: the card's parts named, the steps a list."""
    items = "".join(f"<li>{item}</li>" for item in _ING)
    steps = "".join(f"<li>{step}</li>" for step in _STEPS)
    method_box = f'<div class="{method}"><h2>Method</h2><ol>{steps}</ol></div>' if method else ""
    return page(f"""<main><h1>{TITLE}</h1>
<div class="row"><div class="intro-box"><div><p>{INTRO}</p><p>{INTRO2}</p></div></div></div>
<div class="{card}"><div class="{ingredients}"><h2>Ingredients</h2><ul>{items}</ul></div>{method_box}</div>
</main>""")


@pytest.mark.parametrize(("card", "ingredients", "method"), [
    ("recipe-card", "recipe-ingredients", "recipe-method"), ("card", "ingredients-list", "preparation-steps"),
    ("h-recipe", "e-ingredients", "e-instructions"), ("rezept", "zutaten", "zubereitung")])
def test_a_recipe_printed_in_named_parts_keeps_them_without_structured_data(card, ingredients, method):
    got = blocks(_undeclared_recipe_page(card, ingredients, method))
    assert got[:2] == [("p", INTRO), ("p", INTRO2)]
    assert all(("li", item) in got for item in _ING) and all(("li", step) in got for step in _STEPS)


def test_an_ingredient_list_without_a_method_is_no_recipe():
    # a product's ingredients (a food, a cosmetic): one named part alone declares nothing
    got = blocks(_undeclared_recipe_page("product", "product-ingredients", ""))
    assert got == [("p", INTRO), ("p", INTRO2)]
