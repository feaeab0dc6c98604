"""The body of pages of kinds the benchmarks' tuning material lacks: company and
association pages, government notices, forums, recipes, product pages (#8, recall
on unseen layouts). Each page is small and hand-written, in the markup such sites
ship, with their furniture (menu, sidebar, footer); the text's sentences must be in
the body and the furniture out.
"""

from __future__ import annotations

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
