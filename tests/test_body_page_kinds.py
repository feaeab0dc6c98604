"""The body of pages of kinds the benchmarks' tuning material lacks: company and
association pages, government notices, forums, recipes, product pages (#8, recall
on unseen layouts). Each page is small and hand-written, in the markup such sites
ship, with their furniture (menu, sidebar, footer); the text's sentences must be in
the body and the furniture out.
"""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article

NAV = """<header class="site-header"><div class="logo"><a href="/">Meier &amp; Partner</a></div>
<nav class="main-nav"><ul><li><a href="/">Home</a></li><li><a href="/about">About us</a></li>
<li><a href="/services">Services</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>"""
FOOT = """<footer class="site-footer"><div><h4>Contact</h4><p>12 Mill Road, Springfield<br>Phone 555-0100</p></div>
<ul><li><a href="/imprint">Imprint</a></li><li><a href="/privacy">Privacy policy</a></li></ul>
<p class="copyright">© 2024 Meier &amp; Partner. All rights reserved.</p></footer>"""


def _body(html: str, url: str = "https://meier-partner.example/services") -> str:
    record = parse_article(html, url)
    assert record is not None
    return record.body


def _widget(inner: str, kind: str = "text-editor") -> str:
    return (f'<div class="elementor-element elementor-element-3f2a1c elementor-widget elementor-widget-{kind}">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


def _section(*widgets: str) -> str:
    return ('<section class="elementor-section elementor-top-section elementor-element">'
            '<div class="elementor-container elementor-column-gap-default">'
            '<div class="elementor-column elementor-col-100 elementor-top-column">'
            f'<div class="elementor-widget-wrap elementor-element-populated">{"".join(widgets)}</div>'
            '</div></div></section>')


SERVICES = [
    "We advise sole traders, freelancers and small companies on all questions of tax law, "
    "from the first business plan to the annual accounts.",
    "We take over your monthly bookkeeping, payroll and VAT returns, so that you can "
    "concentrate on your customers.",
    "We prepare your annual accounts and tax returns and represent you in dealings with the tax office.",
]


def test_a_page_builder_page_cut_into_widgets_is_read_through_their_wrappers() -> None:
    # a company page built with a page builder (Elementor): each paragraph in its own
    # text widget, each widget in a "widget-container" inside a "widget-wrap"; those
    # wrappers name a layout box around any widget, not a sidebar's widget, and the
    # text inside them is the page's (it gave an empty body, then the footer's address)
    html = f"""<html><head><title>Our services</title></head><body>{NAV}
<div class="elementor elementor-12">
{_section(_widget('<h1 class="elementor-heading-title">Tax advice for small businesses</h1>', "heading"))}
{_section(_widget(f'<p>{SERVICES[0]}</p>'))}
{_section(_widget('<h2 class="elementor-heading-title">Bookkeeping</h2>', "heading"), _widget(f'<p>{SERVICES[1]}</p>'))}
{_section(_widget('<h2 class="elementor-heading-title">Annual accounts</h2>', "heading"), _widget(f'<p>{SERVICES[2]}</p>'))}
{_section(_widget('<a href="/contact" class="elementor-button">Make an appointment</a>', "button"))}
</div>{FOOT}</body></html>"""
    body = _body(html)
    assert all(text in body for text in SERVICES)
    assert "Bookkeeping" in body
    assert "Mill Road" not in body and "Make an appointment" not in body


def test_a_sidebar_s_widget_wrapper_is_still_furniture() -> None:
    # the same wrapper words with a sidebar's ("sidebar-widget-wrap") name its place
    aside = ('<div class="sidebar-widget-wrap"><h3>About the firm</h3><p>Meier &amp; Partner has advised '
             'small businesses in Springfield since 1990 and employs twelve tax advisers.</p></div>')
    html = f"""<html><head><title>Our services</title></head><body>{NAV}
<div class="page"><div class="content"><h1>Tax advice</h1>{''.join(f'<p>{t}</p>' for t in SERVICES)}{aside}</div></div>
{FOOT}</body></html>"""
    body = _body(html)
    assert all(text in body for text in SERVICES)
    assert "since 1990" not in body


def test_a_short_notice_is_not_traded_for_the_footer_s_blurb() -> None:
    # an association's short news item (under 200 characters of text) above a footer
    # holding a longer "About the association" blurb: the footer outweighs the text,
    # but a footer is no place for the text, so the short text stays the body
    notice = ["On Saturday 30 volunteers planted 400 m of new hedge along Mill Lane.",
              "The hawthorn and blackthorn plants came from a local nursery.", "Thanks to everyone who helped!"]
    blurb = ("The Springfield Nature Association was founded in 1978 and today has more than 4,000 members "
             "who care for meadows, hedges and ponds in the district. We run guided walks, school projects "
             "and practical conservation days throughout the year, and we speak up for nature in local "
             "planning decisions.")
    html = f"""<html><head><title>Hedge planting day</title></head><body>{NAV}
<div id="main"><h1>Hedge planting day</h1><div class="text">{''.join(f'<p>{t}</p>' for t in notice)}</div></div>
<footer class="site-footer"><div class="about-blurb"><h4>About the association</h4><p>{blurb}</p></div>
<p>© 2024 Springfield Nature Association</p></footer></body></html>"""
    body = _body(html, "https://nature-springfield.example/news/hedge-planting-day")
    assert body == "\n\n".join(notice)


QA = [("How long does delivery take?", "Orders placed before noon are shipped the same day and usually arrive within two working days."),
      ("Can I return an item?", "You can return any unused item within 30 days for a full refund of the purchase price."),
      ("Do you ship abroad?", "We ship to all countries of the European Union, and the shipping costs are shown at checkout.")]
INTRO = "Here you find the answers to the questions our customers ask most often."


def _faq(items: str) -> str:
    return f"""<html><head><title>FAQ</title></head><body>{NAV}
<main><h1>Frequently asked questions</h1><p>{INTRO}</p>{items}</main>{FOOT}</body></html>"""


FAQ_PAGES = {
    # a <details> per question: the disclosure element holds the answer
    "details": "".join(f"<details class='faq-item'><summary>{q}</summary><p>{a}</p></details>" for q, a in QA),
    # an accordion's panels hidden until their title is clicked, set without a <p>
    "hidden-toggle": "".join(f"<div class='toggle'><h3 class='toggle-title'>{q}</h3>"
                             f"<div class='toggle-content' hidden>{a}</div></div>" for q, a in QA),
    # the answer box named so, hidden by its style
    "faq-answer": "".join(f"<div class='faq-item'><h3 class='faq-question'>{q}</h3>"
                          f"<div class='faq-answer' style='display: none'><p>{a}</p></div></div>" for q, a in QA),
    # a government page's accordion, one paragraph a panel
    "accordion": "<div class='accordion'>" + "".join(
        f"<h3 class='accordion__title'>{q}</h3><div class='accordion__content' id='a{n}' style='display:none;'>"
        f"<p>{a}</p></div>" for n, (q, a) in enumerate(QA)) + "</div>",
}


@pytest.mark.parametrize("kind", sorted(FAQ_PAGES))
def test_an_faq_s_answers_a_reader_opens_are_the_text(kind: str) -> None:
    # an FAQ or a government page sets each answer in a box a reader opens (a
    # <details>, an accordion's collapsed panel): one paragraph each, so not the two
    # paragraphs of prose that keep a hidden box of a story's slides; the panel's mark
    # (accordion, toggle, collapse, answer) or the <details> says a reader opens it
    body = _body(_faq(FAQ_PAGES[kind]), "https://shop.example/faq")
    assert body.startswith(INTRO)
    assert all(a in body for _, a in QA)
    assert "Recent posts" not in body and "Mill Road" not in body


def test_a_collapsed_menu_or_notice_stays_out() -> None:
    # hidden boxes a reader opens that hold links or a site's notice are no answer
    menu = ("<div class='collapse' hidden><ul><li><a href='/a'>Opening hours of all our shops in the region</a></li>"
            "<li><a href='/b'>Our delivery terms and the prices for express delivery</a></li></ul></div>")
    notice = ("<details><summary>Cookies</summary><p>We use cookies to give you the best experience on our "
              "website, and by continuing to browse you agree to our use of cookies.</p></details>")
    body = _body(_faq(menu + notice + FAQ_PAGES["faq-answer"]), "https://shop.example/faq")
    assert all(a in body for _, a in QA)
    assert "Opening hours" not in body and "cookies" not in body


TIPS = ["Drink a glass of water first thing in the morning.", "Go for a ten minute walk after lunch.",
        "Keep your phone out of the bedroom at night.", "Eat one more portion of vegetables every day.",
        "Write down three things you are grateful for.", "Stretch for five minutes before bed."]
ABOUT_ME = ("I am Anna, a mother of three from Leeds, and I write about family life, cooking on a budget and "
            "the small adventures we have at weekends. Thanks for stopping by and feel free to say hello.")


def _tips_page(items: str) -> str:
    return f"""<html><head><title>Six small habits</title></head><body>{NAV}
<div class="wrap"><div class="content"><h1>Six small habits for a healthier year</h1>{items}</div>
<aside class="sidebar"><div class="widget"><h3>About this blog</h3><p>{ABOUT_ME}</p></div></aside></div>
{FOOT}</body></html>"""


def test_a_text_that_is_a_list_of_short_sentences_is_the_body() -> None:
    # a page of tips or steps set as a list, each item a short sentence (under the
    # hundred characters that score a list item as a paragraph): the sidebar's one
    # paragraph was the body, and not one tip
    body = _body(_tips_page("<ul class='tips'>" + "".join(f"<li>{t}</li>" for t in TIPS) + "</ul>"),
                 "https://family-blog.example/six-small-habits")
    assert body == "\n\n".join(TIPS)


def test_a_list_of_links_or_labels_is_no_text() -> None:
    # a ticker's entries ("... (11.39 Uhr)"), a list of links: no full stop, or a link
    ticker = ["Several children killed in attacks on the camp (11.39 Uhr)",
              "Palestinian shot dead by settlers near the village (11.13 Uhr)",
              "Death toll in the West Bank rises to 640 people (05.19 Uhr)"]
    links = [f"<a href='/t{n}'>{t}</a>" for n, t in enumerate(TIPS)]
    for items in (ticker, links):
        body = _body(_tips_page("<ul>" + "".join(f"<li>{t}</li>" for t in items) + "</ul>"),
                     "https://family-blog.example/six-small-habits")
        assert "11.39" not in body and "Drink a glass" not in body


NOTICE = ["Der Bebauungsplan Nr. 12 liegt vom 2. bis 30. Mai im Rathaus öffentlich aus.",
          "Während dieser Zeit kann jedermann Stellungnahmen schriftlich oder zur Niederschrift abgeben.",
          "Gez. Müller, Bürgermeister"]


def test_a_notice_set_one_paragraph_a_table_row_is_read_whole() -> None:
    # a council's notice in an old table layout: a heading, then one paragraph a row;
    # the best-scored cell was the body alone (the other rows are not its siblings)
    rows = "".join(f"<tr><td>{t}</td></tr>" for t in NOTICE)
    html = f"""<html><head><title>Amtliche Bekanntmachung</title></head><body>
<table class="layout"><tr><td class="left"><ul><li><a href="/">Start</a></li><li><a href="/rathaus">Rathaus</a></li></ul></td>
<td class="main"><table class="content"><tr><td><h2>Bebauungsplan Nr. 12: öffentliche Auslegung</h2></td></tr>{rows}</table>
</td></tr></table></body></html>"""
    body = _body(html, "https://gemeinde.example/bekanntmachungen/bebauungsplan-12")
    assert body == "\n\n".join(["Bebauungsplan Nr. 12: öffentliche Auslegung", *NOTICE])


def test_a_data_table_beside_the_text_is_not_taken_for_a_column() -> None:
    # rows of several cells are a grid of data: the cell's siblings rule as before
    html = f"""<html><head><title>Amtliche Bekanntmachung</title></head><body><div class="main">
<h1>Amtliche Bekanntmachung</h1><p>{NOTICE[0]}</p><p>{NOTICE[1]}</p>
<table><tr><td>Montag</td><td>8 bis 12 Uhr und nach Vereinbarung mit dem Bauamt im Rathaus</td></tr>
<tr><td>Dienstag</td><td>14 bis 18 Uhr</td></tr></table></div>{FOOT}</body></html>"""
    body = _body(html, "https://gemeinde.example/bekanntmachungen/bebauungsplan-12")
    assert body.startswith(f"{NOTICE[0]}\n\n{NOTICE[1]}")


SERVICE_LINES = ["We repair leaking taps and pipes the same day.", "Boiler servicing for all common makes.",
                 "Bathroom renovation from planning to tiling.", "Emergency service at weekends and on holidays.",
                 "Free quotes for every job over 500 euros.", "Call us on 555-0123 or write to us."]


def test_a_company_page_of_short_div_lines_is_the_body() -> None:
    # a craftsman's page: one short sentence a <div> (under the 80 characters that
    # score a <div> as a paragraph); the footer's longer "about us" blurb was the body
    blurb = ("Springfield Plumbing is a family business founded in 1985. We are a certified member of the "
             "regional craft chamber and train two apprentices every year, because good craftsmen are hard "
             "to find and we want to keep our trade alive in the town.")
    html = f"""<html><head><title>Services</title></head><body>{NAV}
<div id="main"><h1>Our services</h1><div class="text">{''.join(f'<div>{t}</div>' for t in SERVICE_LINES)}</div></div>
<footer class="site-footer"><div class="about"><p>{blurb}</p></div></footer></body></html>"""
    body = _body(html, "https://plumbing.example/services")
    assert body == "\n\n".join(SERVICE_LINES)


def test_boxes_named_in_the_site_s_own_language() -> None:
    # a German association's page names its boxes in German: the readers' comments
    # ("kommentare") outweigh the short text ("artikel-inhalt"); the words are the
    # English ones' ("comments", "article-content") in the site's language
    text = ["Am Samstag haben dreißig Mitglieder am Mühlbach eine neue Hecke aus Weißdorn gepflanzt.",
            "Die Pflanzen stammen aus einer Baumschule in der Region und wurden vom Landkreis bezahlt."]
    comments = "".join(
        f"<div class='eintrag'><b>Leser {n}</b><p>Eine tolle Aktion, vielen Dank an alle Helfer, die bei dem "
        f"kalten Wetter mit angepackt haben, und an den Landkreis für die Unterstützung der Arbeit {n}.</p></div>"
        for n in range(6))
    html = f"""<html><head><title>Heckenpflanzung am Mühlbach</title></head><body>{NAV}
<div class="seite"><h1>Heckenpflanzung am Mühlbach</h1><div class="artikel-inhalt">{''.join(f'<p>{t}</p>' for t in text)}</div>
<div id="kommentare"><h2>Kommentare</h2>{comments}</div></div>{FOOT}</body></html>"""
    body = _body(html, "https://naturverein.example/aktuelles/heckenpflanzung")
    assert body == "\n\n".join(text)


def test_an_opinion_piece_named_kommentar_is_the_text() -> None:
    # "Kommentar" is also the genre of an opinion piece: a box so named is the text
    text = ["Die Stadt hat beim Bau der Brücke zu lange gezögert, und nun zahlen die Pendler den Preis dafür.",
            "Wer jetzt noch auf einen schnellen Ersatz hofft, kennt die Planungsverfahren in diesem Land nicht."]
    html = f"""<html><head><title>Die Brücke</title></head><body>{NAV}
<div class="seite"><h1>Die Brücke</h1><article class="artikel kommentar">{''.join(f'<p>{t}</p>' for t in text)}</article></div>
{FOOT}</body></html>"""
    body = _body(html, "https://zeitung.example/meinung/die-bruecke")
    assert body == "\n\n".join(text)


TEAM = [("Anna Meier", "Anna founded the studio in 2008 after ten years as an architect in Zurich and leads all large projects."),
        ("Tom Berg", "Tom plans kitchens and bathrooms and knows every supplier in the region by name."),
        ("Lea Roth", "Lea keeps our building sites on schedule and is the first contact for our customers.")]


def _team_page(card: str) -> str:
    cards = "".join(card.format(name=n, bio=b) for n, b in TEAM)
    return f"""<html><head><title>Our team</title></head><body>{NAV}
<main><h1>Our team</h1><p>Twelve people work in our studio in the old town.</p><div class="team-grid">{cards}</div></main>
{FOOT}</body></html>"""


def test_a_team_page_s_bios_are_its_text() -> None:
    # a company's team page: a card a person, each with a "team-bio" paragraph; one
    # "bio" under a story is the author's box, a series of them is the page's text
    html = _team_page('<div class="team-member"><h3>{name}</h3><p class="team-bio">{bio}</p></div>')
    body = _body(html, "https://studio.example/team")
    assert all(bio in body for _, bio in TEAM)


def test_related_cards_and_one_author_bio_stay_furniture() -> None:
    # cards whose headline is a link are teasers of other pages; one bio is the author's
    html = _team_page('<div class="related-post"><h3><a href="/p">{name}</a></h3><p class="related-excerpt">{bio}</p></div>')
    assert not any(bio in _body(html, "https://studio.example/team") for _, bio in TEAM)
    story = f"""<html><head><title>Our new studio</title></head><body>{NAV}<main><h1>Our new studio</h1>
<div class="story"><p>{SERVICES[0]}</p><p>{SERVICES[1]}</p><p>{SERVICES[2]}</p>
<div class="author"><h4>Anna Meier</h4><p class="author-bio">{TEAM[0][1]}</p></div></div></main>{FOOT}</body></html>"""
    assert TEAM[0][1] not in _body(story, "https://studio.example/news/new-studio")


def test_a_disclosed_box_is_read_for_a_block_a_bounded_number_of_elements(monkeypatch):
    # An accordion's panel of thousands of inline elements (no block in it): whether
    # the panel is a paragraph set without a <p> is read from its first elements only.
    from lxml import html as lxml_html

    from crawler.parsers import selectors as sel
    from crawler.parsers.body import blocks as body_blocks

    looked: list[int] = []

    class Counted(frozenset):
        def __contains__(self, tag: object) -> bool:
            looked.append(1)
            return super().__contains__(tag)

    monkeypatch.setattr(sel, "BLOCK_TAGS", Counted(sel.BLOCK_TAGS))
    spans = "".join(f"<b>word {i}</b>" for i in range(20000))
    panel = lxml_html.fromstring(f"<details><summary>More</summary><div>{spans}</div></details>")
    body_blocks._disclosed_prose(panel, {})
    assert 0 < len(looked) <= body_blocks._LEAF_SCAN + 1
