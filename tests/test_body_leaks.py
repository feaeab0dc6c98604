"""Boxes that are no story are never presented as the body (tests/fixtures/leaks)."""

from pathlib import Path

from crawler.parsers import parse_article

LEAKS = Path(__file__).parent / "fixtures" / "leaks"
STORY = ("<p>The council voted on Tuesday night to approve a new road bridge over the river, "
         "ending a decade of debate about the crossing.</p>"
         "<p>The bridge will cost 48 million pounds and is due to open in 2030, the council "
         "said in a statement after the vote.</p>"
         "<p>Opponents said the money would be better spent on repairing the town's roads, "
         "which have been neglected for years.</p>")


def _page(body: str) -> str:
    return ("<html lang=en><head><title>Council approves bridge</title></head><body>"
            f"<h1>Council approves bridge</h1>{body}</body></html>")


def test_writer_bio_beside_an_empty_story_box_is_no_body() -> None:
    html = (LEAKS / "news-scriptbody-bio.html").read_text()
    article = parse_article(html, "https://daily.example/news/2026/bridge")
    assert article is None or "covered local politics" not in article.body


def test_session_modal_of_a_script_page_is_no_body() -> None:
    html = (LEAKS / "spa-noscript.html").read_text()
    article = parse_article(html, "https://coast.example/news/storm")
    assert article is None or "session has expired" not in article.body


def test_dialogs_beside_the_story_are_dropped() -> None:
    notice = "Your session has expired. Please sign in again to continue reading the news."
    for box in (f"<dialog open><p>{notice}</p></dialog>",
                f"<div role=dialog><p>{notice}</p></div>",
                f"<div aria-modal=true><p>{notice}</p></div>",
                f"<div class='login-modal'><p>{notice}</p></div>"):
        article = parse_article(_page(f"<article>{STORY}</article>{box}"), "https://daily.example/news/bridge")
        assert article is not None
        assert "road bridge" in article.body and "session has expired" not in article.body, box


def test_a_modal_state_class_is_no_dialog() -> None:
    # Bootstrap sets "modal-open" on <body> while a dialog is shown: a state, the page's text stays
    html = _page(f"<div class='modal-open'>{STORY}</div>")
    article = parse_article(html, "https://daily.example/news/bridge")
    assert article is not None and "road bridge" in article.body


def test_an_empty_story_box_leaves_a_long_text_elsewhere() -> None:
    # an empty "article-body" placeholder beside the text (a long one) does not empty the record
    html = _page(f"<div class='article-body'></div><div class='wrap'>{STORY}</div>")
    article = parse_article(html, "https://daily.example/news/bridge")
    assert article is not None and "road bridge" in article.body


def test_an_empty_story_box_keeps_the_summary_that_is_the_description() -> None:
    summary = "New York is the centre of the pandemic in the United States, and sport has stopped there."
    html = ("<html lang=en><head><title>Sport stops</title>"
            f"<meta name=description content='{summary}'></head><body><h1>Sport stops</h1>"
            f"<div class='post-summary'><p>{summary}</p></div><div class='post-content'></div></body></html>")
    article = parse_article(html, "https://daily.example/sport/stops")
    assert article is not None and "centre of the pandemic" in article.body


def test_cookie_banner_of_an_empty_category_page_is_no_body() -> None:
    html = (LEAKS / "empty-category-cookie.html").read_text()
    article = parse_article(html, "http://127.0.0.1:9999/blog/categorias/kultura/")
    assert article is None or "cookies" not in article.body


def test_cookie_banner_beside_a_short_card_is_dropped() -> None:
    banner = ("<div class='cookie-consent'><p>We use cookies to give you the best experience on our "
              "website and to analyse our traffic, as our privacy policy says.</p><button>Accept</button></div>")
    card = ("<div class='card'><p>The council voted on Tuesday night to approve a new road bridge over "
            "the river, ending a decade of debate.</p></div>")
    article = parse_article(_page(f"<main>{card}{banner}</main>"), "https://daily.example/news")
    assert article is not None and "road bridge" in article.body and "cookies" not in article.body


def test_a_cookie_policy_is_no_banner() -> None:
    policy = "".join(f"<p>Section {n}: this website stores small files called cookies on your device, "
                     "which remember your settings and measure how the pages are read by visitors.</p>"
                     for n in range(6))
    html = _page(f"<div class='cookie-policy'>{policy}</div>")
    article = parse_article(html, "https://daily.example/cookie-policy")
    assert article is not None and "Section 5" in article.body


def test_page_builder_testimonial_and_pricing_modules_are_no_text() -> None:
    html = (LEAKS / "divi-post.html").read_text()
    article = parse_article(html, "https://bakerbrothers.example/2026/second-shop/")
    assert article is not None and "second shop in the old town" in article.body
    assert "best sourdough in the county" not in article.body     # the testimonial
    assert "Bread subscription" not in article.body               # the pricing table


_SHORT_STORY = ("<p>The council voted on Tuesday to approve the new budget after a long debate about "
                "schools and roads, officials said.</p><p>The mayor said the vote was expected and that "
                "work would begin in spring.</p>")


def test_a_story_about_consent_named_by_its_topic_is_no_banner() -> None:
    html = _page(f"<article class='story topic-consent-decree'>{_SHORT_STORY}</article>")
    article = parse_article(html, "https://daily.example/news/2026/budget")
    assert article is not None and "mayor said the vote" in article.body


def test_an_empty_excerpt_box_of_a_related_card_keeps_the_short_story() -> None:
    html = _page(f"<div class='article-text'>{_SHORT_STORY}</div><aside><div class='card'>"
                 "<a href='/other'>Other story</a><div class='entry-content'></div></div></aside>")
    article = parse_article(html, "https://daily.example/news/2026/budget")
    assert article is not None and "mayor said the vote" in article.body


def test_an_empty_paywalled_story_box_keeps_the_free_text() -> None:
    html = _page(f"<div class='free-text'>{_SHORT_STORY}</div><div class='story-body paywall'></div>")
    article = parse_article(html, "https://daily.example/news/2026/budget")
    assert article is not None and "mayor said the vote" in article.body


def test_an_empty_story_box_in_a_menu_card_keeps_the_short_story() -> None:
    html = _page(f"<nav><a href='/news'>News</a><div class='story-body'></div></nav>"
                 f"<div class='lede-text'>{_SHORT_STORY}</div>")
    article = parse_article(html, "https://daily.example/news/2026/budget")
    assert article is not None and "mayor said the vote" in article.body


def test_a_short_cookie_recipe_is_no_cookie_banner() -> None:
    html = _page("<div class='recipe chocolate-chip-cookies'><p>Cream the butter and the sugar, beat in "
                 "two eggs, fold in the flour and the chocolate chips, and bake the cookies for twelve "
                 "minutes at 180 degrees until golden.</p></div>")
    article = parse_article(html, "https://daily.example/food/2026/cookies")
    assert article is not None and "chocolate chips" in article.body
