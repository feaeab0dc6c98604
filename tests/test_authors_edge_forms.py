"""Author rules of 2026-12-06 (s25): a lower-case co-author of a known form, an
Italian correspondent's dateline, and a review's "Written by X, and set in ..."
sentence; a bold credit over an admin account's byline, and a Korean reporter's closing
line; each on a small hand-written page."""

from __future__ import annotations

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline, looks_like_byline
from tests.support.byline_page import authors_of


def test_a_lower_case_phrase_after_and_is_no_co_author() -> None:
    """A lower-case last co-author after "and" was kept for a while ("By Gloria
    Steinem and bell hooks"), but a lower-case common-noun phrase ("and editorial
    board", "y agencias internacionales", "und dpa afp") is far more common in a
    byline than a name printed in lower case (review 26): running words after a name
    are no co-author, whatever the joiner."""
    for line in ("By Jane Doe and the team", "By Jane Doe and other contributors", "By Jane Doe and his colleagues",
                 "By Jane Doe and produced locally", "By Jane Doe and wire services", "By Jane Doe and staff reports",
                 "By Jane Doe, the paper's city hall reporter", "By Jane Doe and many more",
                 "By Jane Doe and editorial board", "By Jane Doe and summer interns", "By Jane Doe and ai tools"):
        assert clean_byline(line) == ["Jane Doe"], line
    assert clean_byline("Por María López y agencias internacionales") == ["María López"]
    assert clean_byline("Von Anna Schmidt und dpa afp") == ["Anna Schmidt"]
    assert clean_byline("Door Jan de Vries en onze verslaggevers") == ["Jan de Vries"]


def test_an_italian_correspondents_dateline_names_no_place() -> None:
    """"Mario Rossi, inviato a Roma" ("our correspondent in Rome") gave Roma as a
    writer: " a " is also a joiner ("and" in Czech and Slovak). After a role word
    it is the preposition, and the words after it are where the story was filed
    (Spanish and Portuguese "enviado a" alike); elsewhere it still joins names."""
    box = '<p class="byline">{}</p>'
    assert authors_of("it", top=box.format("di Mario Rossi, inviato a Roma")) == ["Mario Rossi"]
    assert authors_of("it", top="<p>di Mario Rossi, inviata a Parigi</p>") == ["Mario Rossi"]
    assert authors_of("it", top='<p class="autore">Mario Rossi inviato a Roma</p>') == ["Mario Rossi"]
    assert clean_byline("Por Juan Pérez, enviado especial a Kiev") == ["Juan Pérez"]
    assert clean_byline("di Mario Rossi, inviato a Roma e Luca Bianchi") == ["Mario Rossi", "Luca Bianchi"]
    assert clean_byline("Autor: Jan Novák a Petr Svoboda") == ["Jan Novák", "Petr Svoboda"]
    # Czech and Slovak "a" after a job that is a Czech word too joins two names
    assert clean_byline("Jana Nová, editor a Petr Novák") == ["Jana Nová", "Petr Novák"]
    assert clean_byline("Ján Kováč, fotograf a Peter Malý") == ["Ján Kováč", "Peter Malý"]


def test_written_by_and_set_in_a_reviews_sentence_names_no_participle() -> None:
    """"Written by Sally Rooney, and set in Dublin, the novel follows ..." gave
    Sally Rooney and "set": the running clause after the comma was not seen past the
    place it names ("in Dublin"), and an "and" opening it read as a credit's tail.
    A proper noun after a preposition stays in the clause; an "and" before a
    lower-case word opens no credit. The review's sentence names nobody, in a byline
    box too (as "Scritto da X, ambientato a Napoli, il romanzo segue ..." of s23); a
    bio after the name in a byline box still goes and leaves the name."""
    line = "Written by Sally Rooney, and set in Dublin, the novel follows two students."
    assert authors_of("en", top=f"<p>{line}</p>", title="Normal People review") == []
    assert not looks_like_byline(line)
    assert authors_of("en", top=f'<p class="byline">{line}</p>') == []
    assert "set" not in clean_byline(line)
    assert authors_of("en", top='<p class="byline">By Jane Doe, who lives in Boston with her family.</p>') == [
        "Jane Doe"]
    # a byline's own tail still keeps the writer
    assert clean_byline("By Jane Doe, and John Roe in London.") == ["Jane Doe", "John Roe"]
    assert looks_like_byline("By Jane Doe, with additional reporting by John Roe and Max Moe.")


def test_a_bold_credit_over_the_text_beats_the_admin_accounts_byline() -> None:
    """"by <a href=/author/admin/>Ilanga D</a>" (WordPress prints the display name
    of the account the post was filed under, here the installation's "admin") over a
    story whose first line credits the writer in bold ("<p><strong>MTHOBISI
    SITHOLE</strong></p>") gave the account's name: the bold credit names the writer,
    as it does where the byline names only the site. Only a display name that is no
    person's full name yields, and only to a line printed as a credit (in capitals,
    after a by-word; review 26). A byline linking a writer's own page stays."""
    lead = "<p><strong>JANE ROE</strong></p>"
    admin = '<p class="meta">by <span class="author vcard"><a href="/author/admin/" rel="author">Stadt D</a></span></p>'
    assert authors_of("en", top=admin + lead) == ["JANE ROE"]
    assert authors_of("en", top=admin + "<p><strong>By Jane Roe</strong></p>") == ["Jane Roe"]
    own = admin.replace("/author/admin/", "/author/stadt-d/")
    assert authors_of("en", top=own + lead) == ["Stadt D"]
    assert authors_of("en", top=admin) == ["Stadt D"]  # no credit over the text: the account's name as before


_KO_PROSE = "<p>" + "더불어민주당 후보가 15일 전남 순천시에서 열린 선거 유세에서 국민 통합을 강조했다. " * 6 + "</p>"


def _korean_authors(after: str) -> list[str]:
    page = ("<html lang='ko'><head><title>국민 통합 강조</title></head><body><div class='wrap'><div class='top'>"
            "<h1 class='title'>국민 통합 강조</h1></div><div class='body'>" + _KO_PROSE * 3 + after
            + "</div></div></body></html>")
    record = parse_article(page, "https://news.example.kr/article/1")
    assert record is not None
    return record.authors


def test_a_korean_reporters_line_closing_the_story_names_the_writer() -> None:
    """Korean papers close a story with the reporter's line and no by-word ("순천,
    광양 <strong>구현모</strong> 기자 ninek@…"): with no byline on top it named
    nobody. The line opens with the name (or the place the story was filed from);
    a caption ending with its photographer's name ("... 있다. 고영권 기자") or a photo
    credit's box names no writer."""
    line = "<div class='writer'><span class='name'> 순천, 광양 <strong> 구현모 </strong> 기자" \
           "<span class='email'> ninek@example.kr </span></span></div>"
    assert _korean_authors(line) == ["구현모"]
    assert _korean_authors("<p>김민수 기자</p>") == ["김민수"]
    caption = "<div class='caption'>후보가 시민들에게 큰절을 올리고 있다. 고영권 기자</div>"
    assert _korean_authors(caption) == []
    assert _korean_authors("<div class='photo-credit'>고영권 기자</div>") == []
    assert _korean_authors("<p>이날 기자 간담회에서 후보는 말했다.</p>") == []


def test_an_author_id_marks_the_writer_as_an_author_class_does() -> None:
    """"<storefront-html id=authors><span>Jane Roe</span></storefront-html>" (a
    component framework's field box, outside the story's <article>) named nobody: the
    author marks read the class alone, while the header scan reads class and id
    alike. An id naming the author or the byline marks the element as such a class
    does, with the same guards (a comment thread's, a teaser's)."""
    box = '<div class="meta"><storefront-html id="authors"><span>Jane Roe</span></storefront-html></div>'
    assert authors_of("en", bottom=box) == ["Jane Roe"]
    assert authors_of("en", bottom='<div id="byline">By Jane Roe</div>') == ["Jane Roe"]
    assert authors_of("en", bottom='<section id="comments"><p id="comment-author">Max Moe</p></section>') == []
    assert authors_of("en", bottom='<div id="author-bio">Jane Roe has covered the city council since 2010 and '
                                   'writes about housing.</div>') == []
