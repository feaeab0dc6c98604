"""Newsletter sign-up boxes inside a story's text (an e-mail field or a subscribe form
beside a short pitch) are page furniture: the pitch is dropped with the box, read
while the form's fields still show what it is. Long prose holding a form, and a
comment form under the story, keep their text."""

from __future__ import annotations

from crawler.items import Article
from crawler.parsers import parse_article
from crawler.parsers.body.furniture import Dropped

_URL = "http://example.org/2024/05/03/ferry-timetable-delayed"
_PROSE = ("The ferry company said on Monday that the winter timetable would start two weeks later than planned.",
          "Harbour staff will spend the extra time repairing the ramp, which was damaged in the October storms.",
          "Passengers with season tickets will be refunded for the missed crossings, a spokesman added.",
          "The council has asked the company to publish a full list of the cancelled sailings by Friday.")


def _story(inside: str, after: str = "") -> str:
    paras = [f"<p>{p}</p>" for p in _PROSE]
    return ("<html><head><title>Ferry timetable delayed</title></head><body><header><a href='/'>Harbour News</a>"
            "</header><main><article><h1>Ferry timetable delayed</h1><div class='story-text'>"
            f"{''.join(paras[:2])}{inside}{''.join(paras[2:])}</div>{after}</article></main>"
            "<footer>Harbour News, 12 Quay Street</footer></body></html>")


def _parse(html: str) -> Article:
    article = parse_article(html, _URL)
    assert article is not None
    return article


def _kept_prose(body: str) -> bool:
    return all(p in body for p in _PROSE)


def test_a_box_with_an_email_field_and_a_pitch_is_dropped() -> None:
    box = ("<div class='subscription-widget-wrap'><p>Get our morning briefing in your inbox every weekday.</p>"
           "<form><input type='email' placeholder='Your email address'><button>Subscribe</button></form></div>")
    explain: list[Dropped] = []
    article = parse_article(_story(box), _URL, explain=explain)
    assert article is not None and _kept_prose(article.body)
    assert "briefing" not in article.body and "Subscribe" not in article.body
    assert [d.rule for d in explain if "briefing" in d.text] == ["signup-box"]


def test_a_german_box_found_by_the_fields_name_is_dropped() -> None:
    # no type=email: the field's name says it; a plain <div> pitch, no newsletter word in a class
    box = ("<div class='box-7'><div>Die Nachrichten des Tages jeden Morgen um sechs Uhr in Ihrem Postfach.</div><form action='/go'><input type='text' name='user_email'><button>Los</button>"
           "</form></div>")
    body = _parse(_story(box)).body
    assert _kept_prose(body) and "Postfach" not in body


def test_a_form_posting_to_a_subscribe_endpoint_is_dropped() -> None:
    box = ("<div><h4>Weekly letter</h4><p>Every Friday, the week's harbour news in one letter to you.</p>"
           "<form action='https://lists.example.net/subscribe?u=7'><input type='text' name='addr'>"
           "<input type='submit' value='Go'></form></div>")
    body = _parse(_story(box)).body
    assert _kept_prose(body) and "Every Friday" not in body and "Weekly letter" not in body


def test_prose_holding_an_email_field_is_kept() -> None:
    # a long paragraph with a form in it is the story's text, not a box
    long = (" ".join(_PROSE) + " ") * 2
    box = f"<div><p>{long}</p><form><input type='email' name='email'><button>Send</button></form></div>"
    body = _parse(_story(box)).body
    assert _kept_prose(body) and long.strip()[:80] in body


def test_a_comment_form_under_the_story_does_not_take_the_story() -> None:
    form = ("<div id='respond'><h3>Leave a reply</h3><form action='/wp-comments-post.php'>"
            "<label>Name</label><input name='author'><label>Email</label><input type='email' name='email'>"
            "<label>Comment</label><textarea name='comment'></textarea><button>Post comment</button></form></div>")
    body = _parse(_story("", after=form)).body
    assert _kept_prose(body)


def test_a_lone_sign_up_link_line_is_dropped() -> None:
    # (the line rules had this already: a guard that the box rule leaves it to them)
    line = "<p><a href='/newsletters'>Sign up for our newsletter</a></p>"
    body = _parse(_story(line)).body
    assert _kept_prose(body) and "Sign up" not in body


def test_a_short_story_with_a_form_under_its_paragraphs_is_kept() -> None:
    # the first element holding the field and words is the story's own box: three
    # short paragraphs, under 60 words, are a story, not a pitch
    brief = ("<p>The ferry to the island is cancelled today.</p><p>The sea is too rough, the company said.</p>"
             "<p>Sailings resume tomorrow at nine.</p>")
    html = ("<html><head><title>Ferry cancelled</title></head><body><div class='wrap'><h2>Ferry cancelled</h2>"
            f"<div class='entry'>{brief}<form><input type='email' name='email'><button>Alerts</button></form>"
            "</div></div></body></html>")
    body = _parse(html).body
    assert "cancelled today" in body and "resume tomorrow" in body


def test_a_pitch_line_without_link_or_form_in_other_languages_is_dropped() -> None:
    # the pitch alone on its line, set in bold: the newsletter word and a sign-up verb
    # as a pitch writes it (imperative or infinitive)
    for pitch in ("Jetzt den Newsletter abonnieren!", "Iscriviti alla nostra newsletter", "Zapisz się do newslettera",
                  "Schrijf je in voor onze nieuwsbrief", "Подпишитесь на нашу рассылку", "Bültenimize abone olun"):
        body = _parse(_story(f"<p><strong>{pitch}</strong></p>")).body
        assert _kept_prose(body) and pitch not in body, pitch


def test_a_story_sentence_about_a_newsletter_is_kept() -> None:
    # a past form tells of a newsletter; it asks no one to sign up
    sentence = "Mehr als 5000 Menschen haben den Newsletter der Stadt seit Mai abonniert."
    body = _parse(_story(f"<p>{sentence}</p>")).body
    assert sentence in body
