"""Byline reading on pages no rule was written for (#8): writers' cards printed side by
side (a Korean portal's reporter boxes after the text, a header's ``<dl class=author>`` per
writer), a columnists' menu of author links before the story, an author box headed by the
role word with its article ("DER AUTOR", "Die Autorin", "THE AUTHOR"), and the Dutch "en"
(and) between two writers with no "Door". Each case failed on the code before the rule."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline

_TEXT = "".join(
    f"<p>Paragraph {i} of the story tells how the new tool library opened by the river this spring, "
    "with drills, ladders and sewing machines for every member who asks at the desk.</p>" for i in range(5))
_KO_TEXT = ("(서울=연합뉴스) 조혜진 기자 = 회의에는 경제계와 시민단체 대표들도 참석해 향후 과제에 대한 구체적인 제안을 내놓았다. "
            "협상 사정에 밝은 한 관계자는 위원회가 다음 주 다시 회의를 열어 논의할 예정이라고 전했다.<br><br>" * 6)


def _authors(body: str, lang: str = "en", url: str = "https://www.riverside.example/news/tool-library-opens",
             before: str = "") -> list[str]:
    html = (f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>A tool library opens</title>'
            f"</head><body>{before}{body}</body></html>")
    article = parse_article(html.encode(), url)
    assert article is not None
    return article.authors


def test_a_portals_reporter_cards_after_the_text_each_name_a_writer():
    # a Naver-like portal prints one box per reporter after the text, each linking the
    # reporter's page: the second box's reporter wrote the story too
    cards = "".join(f'<div class="byline"><a href="/journalist/{slug}"><span class="byline_s">{name} 기자</span></a>'
                    "<button>구독</button></div>" for slug, name in (("cho54", "조혜진"), ("kim18", "김지은")))
    body = (f'<div class="media_end_head"><h2 id="title_area"><span>새 재난 대비 계획 공개</span></h2></div>'
            f'<article id="dic_area">{_KO_TEXT}cho54@yna.co.kr</article>{cards}'
            '<div class="copyright">&lt;저작권자(c) 연합뉴스, 무단전재 및 재배포 금지&gt;</div>')
    assert _authors(body, "ko", "https://news.example.kr/mnews/article/001/0000799370?sid=100") == ["조혜진", "김지은"]


def test_a_portals_photo_reporters_card_after_the_text_names_no_writer():
    # the photo reporter's box ("사진기자") beside the reporters' ("기자"): the photographs' credit
    cards = "".join(f'<div class="byline"><a href="/journalist/{slug}"><span class="byline_s">{name} {job}</span></a>'
                    "<button>구독</button></div>" for slug, name, job in (("cho54", "조혜진", "기자"),
                                                                          ("park07", "박영수", "사진기자"),
                                                                          ("kim18", "김지은", "기자")))
    body = (f'<div class="media_end_head"><h2 id="title_area"><span>새 재난 대비 계획 공개</span></h2></div>'
            f'<article id="dic_area">{_KO_TEXT}cho54@yna.co.kr</article>{cards}'
            '<div class="copyright">&lt;저작권자(c) 연합뉴스, 무단전재 및 재배포 금지&gt;</div>')
    assert _authors(body, "ko", "https://news.example.kr/mnews/article/001/0000799370?sid=100") == ["조혜진", "김지은"]


def test_a_headers_writer_cards_side_by_side_each_name_a_writer():
    # one <dl class="author"> per writer in the story's header, each linking the writer's page
    cards = "".join(f'<dl class="author"><a href="/author/{n}"><dt class="name">{name}</dt>'
                    f'<dd class="email">{n}@courier.example</dd></a></dl>'
                    for n, name in ((1, "Jane Doe"), (2, "John Roe"), (3, "Ann Lee")))
    body = f'<main><article><h1>A tool library opens</h1><header>{cards}</header>{_TEXT}</article></main>'
    assert _authors(body) == ["Jane Doe", "John Roe", "Ann Lee"]


def test_one_card_alone_and_cards_of_other_stories_name_no_co_writer():
    one = '<dl class="author"><a href="/author/1"><dt class="name">Jane Doe</dt></a></dl>'
    body = (f'<main><article><h1>A tool library opens</h1><header>{one}<div class="date">May 3, 2024</div></header>'
            f'{_TEXT}</article></main>')
    assert _authors(body) == ["Jane Doe"]


def test_a_columnists_menu_names_no_writer():
    # a WordPress menu of the paper's columnists ("menu-item-object-guest-author") before the
    # story: its links are no byline (a story that prints none was credited to the first
    # columnist), and its 70 links are not counted among the marks read before the story's
    names = [f"{first} {last}" for first in ("Ian", "Emma", "Simon", "Vicky", "Susie", "Poorna", "Sarah")
             for last in ("Birrell", "Barnett", "Kelner", "Walker", "Spratt", "Dent", "Bell", "Carson", "White", "Hatfield")]
    menu = "".join(f'<li class="menu-item menu-item-type-post_type menu-item-object-guest-author">'
                   f'<a href="/author/{name.lower().replace(" ", "-")}">{name}</a></li>' for name in names)
    before = f'<div class="menu-header-container"><ul class="menu"><li class="menu-item">Opinion<ul class="sub-menu">{menu}</ul></li></ul></div>'
    body = f'<main><article><h1>A tool library opens</h1>{_TEXT}</article></main>'
    assert _authors(body, before=before) == []
    byline = '<div class="author-box"><a href="/author/jane-doe">Jane Doe</a></div>'
    assert _authors(body.replace("</article>", byline + "</article>"), before=before) == ["Jane Doe"]


@pytest.mark.parametrize("label", ["DER AUTOR", "DIE AUTORIN", "Der Autor", "Die Autorin:", "THE AUTHOR",
                                   "About the author", "Über den Autor", "Zum Autor", "Zur Autorin:"])
def test_an_author_box_headed_by_the_role_word_and_its_article_names_the_writer(label):
    text = _TEXT.replace("Paragraph", "Absatz")
    body = (f"<main><article><h1>A tool library opens</h1>{text}<div class='author-box'><span class='label'>{label}</span> "
            f"<a href='/autor/jan-meier' class='author-name'>Jan Meier</a></div></article></main>")
    assert _authors(body, "de") == ["Jan Meier"]
    assert clean_byline(f"{label} Jan Meier") == ["Jan Meier"]


def test_a_name_that_holds_the_role_word_stays_whole():
    assert clean_byline("Diego Autor") == ["Diego Autor"]
    assert clean_byline("L'AUTEUR Jeanne Dupont") == ["Jeanne Dupont"]


@pytest.mark.parametrize(("line", "names"), [
    ("Sanne Bakker en Joost van Dijk", ["Sanne Bakker", "Joost van Dijk"]),
    ("Ruud ter Horst en Sanne Bakker", ["Ruud ter Horst", "Sanne Bakker"]),
    ("Sanne Bakker en Joost van Dijk | 22 mei 2003", ["Sanne Bakker", "Joost van Dijk"]),
])
def test_the_dutch_and_joins_two_writers_with_no_by_word(line, names):
    body = (f"<main><article><h1>A tool library opens</h1><div class='byline'>{line}</div>{_TEXT}"
            "</article></main>")
    assert _authors(body, "nl") == names


@pytest.mark.parametrize("line", ["Par Jean Dupont en Bretagne", "Por Juan Pérez en Santiago de Chile",
                                  "Por Ana Gil en Buenos Aires", "Por Ana Gil en San Francisco"])
def test_en_before_a_place_is_still_in(line):
    assert len(clean_byline(line)) == 1


@pytest.mark.parametrize(("lang", "line", "names"), [
    # a Spanish byline's post in a place whose first word is a given name too (Santa, Villa,
    # Mar): the "en" of "Por" is "in", no Dutch "and" before a second writer
    ("es", "Por Juan Pérez en Santa Cruz", ["Juan Pérez"]),
    ("es", "Por María López en Santa Fe", ["María López"]),
    ("es", "Por Ana Gil en Villa María", ["Ana Gil"]),
    ("es", "Por Ana Gil en Mar del Plata", ["Ana Gil"]),
    ("es", "Ana Gil en Santa Clara", ["Ana Gil"]),
    # the Dutch "and" still joins two writers
    ("nl", "Sanne Bakker en Joost van Dijk", ["Sanne Bakker", "Joost van Dijk"]),
])
def test_en_before_a_place_named_like_a_person_is_in(lang, line, names):
    assert clean_byline(line) == names
    body = (f"<main><article><h1>A tool library opens</h1><div class='byline'>{line}</div>{_TEXT}"
            "</article></main>")
    assert _authors(body, lang) == names


_FR_TEXT = "".join(f"<p>Paragraphe {i}. Le conseil a entendu mardi les habitants, les commerçants et l'exploitant "
                   "du ferry pendant de longues heures sur le plan du port.</p>" for i in range(6))


@pytest.mark.parametrize(("lang", "header", "after", "names"), [
    # the French papers' staff credit with the post before the name ("De notre envoyée spéciale
    # à Kiev, X" read as a range "from ... to ...")
    ("fr", "<p class='byline'>De notre envoyée spéciale à Kiev, Jeanne Dupont</p>", "", ["Jeanne Dupont"]),
    ("fr", "<p>De notre correspondant à Berlin, Jean Martin</p>", "", ["Jean Martin"]),
    # the job and post opening the byline box, in capitals, before the linked name
    ("fr", "<div class='byline'><span class='role'>L'ENVOYÉE SPÉCIALE À KIEV</span> "
           "<a href='/auteur/jeanne-dupont'>Jeanne Dupont</a></div>", "", ["Jeanne Dupont"]),
    ("fr", "<div class='byline'>Notre correspondant à Berlin <a href='/auteur/jean-martin'>Jean Martin</a></div>", "",
     ["Jean Martin"]),
    # the name, then the posted job, no label: over or after the text
    ("fr", "<p>Jeanne Dupont, envoyée spéciale à Kiev</p>", "", ["Jeanne Dupont"]),
    ("fr", "", "<p>Jean Martin, correspondant à Berlin</p>", ["Jean Martin"]),
    ("es", "<p>Juan Pérez, enviado especial a Kiev</p>", "", ["Juan Pérez"]),
    # the Italian correspondent's, the job before the post and the name, or after the name
    ("it", "<div class='byline'>Il corrispondente a Mosca <a href='/autore/marco-bianchi'>Marco Bianchi</a></div>", "",
     ["Marco Bianchi"]),
    ("it", "<p>Marco Bianchi, corrispondente a Mosca</p>", "", ["Marco Bianchi"]),
])
def test_a_posted_writers_job_and_post_beside_the_name(lang, header, after, names):
    body = f"<main><article><header><h1>Le plan du port</h1>{header}</header>{_FR_TEXT}{after}</article></main>"
    assert _authors(body, lang, "https://port.example/2025/07/16/le-plan-du-port") == names


def test_a_posted_writers_job_alone_and_a_range_name_nobody():
    assert clean_byline("L'ENVOYÉE SPÉCIALE À KIEV") == []
    assert clean_byline("De Paris à Lyon") == []
    assert clean_byline("Correspondent in New York Jane Doe") == ["Jane Doe"]


@pytest.mark.parametrize(("lang", "line", "names"), [
    # an opinion or review page's kicker on the byline, before a capitalised name
    ("en", "Opinion by Jane Doe", ["Jane Doe"]),
    ("en", "Perspective by Jane Doe", ["Jane Doe"]),
    ("en", "Review by Jane Doe", ["Jane Doe"]),
    ("de", "Eine Kritik von Anna Müller", ["Anna Müller"]),
    # a theme's "posted on DATE by X" in French with the time ("à 14h20"), in Italian ("da")
    ("fr", "Publié le 3 mai 2024 à 14h20 par Jean Dupont", ["Jean Dupont"]),
    ("it", "Pubblicato il 3 maggio 2024 da Mario Rossi", ["Mario Rossi"]),
    ("it", "Pubblicato il 3 maggio 2024 da Mario Rossi e Giulia Bianchi", ["Mario Rossi", "Giulia Bianchi"]),
    ("pt", "Publicado em 3 de maio de 2024 às 14h20 por Ana Souza", ["Ana Souza"]),
])
def test_a_kicker_or_a_dated_posting_line_before_the_writer(lang, line, names):
    body = f"<main><article><header><h1>A tool library opens</h1><p>{line}</p></header>{_TEXT}</article></main>"
    assert _authors(body, lang) == names


def test_a_kicker_before_running_words_is_no_byline():
    from crawler.parsers.metadata.authors import looks_like_byline
    assert not looks_like_byline("Review by the committee found problems")
    assert not looks_like_byline("Opinion by the editorial board")
    assert not looks_like_byline("Pubblicato il 3 marzo 2024 da Roma")  # "from Rome"


def test_a_photographers_card_beside_the_writers_names_no_writer():
    cards = "".join(f'<dl class="author"><a href="/author/{n}"><dt class="name">{name}</dt><dd>{job}</dd></a></dl>'
                    for n, name, job in ((1, "Jane Doe", "Reporter"), (2, "John Roe", "Photographer"),
                                         (3, "Ann Lee", "Reporter")))
    body = f'<main><article><h1>A tool library opens</h1><header>{cards}</header>{_TEXT}</article></main>'
    assert _authors(body) == ["Jane Doe", "Ann Lee"]


def test_a_photographers_card_before_the_writers_names_no_writer():
    # the photographer's card first: its mark is read first, the writers' cards after it
    cards = "".join(f'<dl class="author"><a href="/author/{n}"><dt class="name">{name}</dt><dd>{job}</dd></a></dl>'
                    for n, name, job in ((2, "John Roe", "Photographer"), (1, "Jane Doe", "Reporter"),
                                         (3, "Ann Lee", "Reporter")))
    body = f'<main><article><h1>A tool library opens</h1><header>{cards}</header>{_TEXT}</article></main>'
    assert _authors(body) == ["Jane Doe", "Ann Lee"]


@pytest.mark.parametrize(("line", "names"), [
    # the dateline's city after the writers and a separator (Reuters' "By X and Y | WASHINGTON",
    # El Mundo's "Por X | Madrid") is where they wrote from, no co-writer
    ("By Howard Schneider and Lindsay Dunsmuir | WASHINGTON", ["Howard Schneider", "Lindsay Dunsmuir"]),
    ("By Jane Doe | LONDON", ["Jane Doe"]),
    ("By Jane Doe | New York", ["Jane Doe"]),
    # after "and" a name stays, whatever else it names
    ("By Jane Doe and Victoria", ["Jane Doe", "Victoria"]),
    ("Anna Müller, Regina Meier", ["Anna Müller", "Regina Meier"]),
])
def test_a_datelines_city_after_the_writers_is_no_writer(line, names):
    assert clean_byline(line) == names
    body = f"<main><article><header><h1>A tool library opens</h1><p class='byline'>{line}</p></header>{_TEXT}</article></main>"
    if line.startswith("By "):
        assert _authors(body) == names


@pytest.mark.parametrize(("lang", "meta", "names"), [
    # a theme's posting line closes with the story's categories after a bar: no writer
    ("it", "3 maggio 2024 di Mario Rossi | Cronaca", ["Mario Rossi"]),
    ("it", "Pubblicato il 3 maggio 2024 da Mario Rossi | Cronaca, Politica", ["Mario Rossi"]),
    ("en", "Posted on May 3, 2024 by Jane Doe | Uncategorized", ["Jane Doe"]),
    ("de", "3. Mai 2024 von Anna Müller | Politik", ["Anna Müller"]),
    # a wire after the bar is a credit, a second name a co-writer
    ("en", "May 3, 2024 by Jane Doe | Reuters", ["Jane Doe", "Reuters"]),
    ("en", "May 3, 2024 by Jane Doe | Ann Lee", ["Jane Doe", "Ann Lee"]),
])
def test_a_posting_lines_categories_after_a_bar_name_no_writer(lang, meta, names):
    assert clean_byline(meta) == names
    line = meta.replace(names[0], f"<a href='/author/{names[0].lower().replace(' ', '-')}'>{names[0]}</a>")
    body = (f"<main><article><header><h1>A tool library opens</h1><div class='entry-meta'>{line}</div></header>"
            f"{_TEXT}</article></main>")
    assert _authors(body, lang) == names


def test_other_stories_cards_side_by_side_name_no_co_writers():
    # a list of other stories after the text, each card printing its writer's link before its
    # linked title: the cards are no writers' cards printed side by side, so the second and
    # third stories' writers are never the story's co-writers (the first card's writer, read
    # when the story prints no byline, is a leftover of the mark fallback)
    teasers = "".join(f"<li class='post'><div class='meta'><a href='/author/{slug}'>{name}</a></div>"
                      f"<a href='/news/2024/05/0{i}/story-{i}'>Another story number {i} about the town</a></li>"
                      for i, (slug, name) in enumerate((("ann-lee", "Ann Lee"), ("tom-roe", "Tom Roe"),
                                                        ("eva-kraus", "Eva Kraus"))))
    body = f"<main><article><h1>A tool library opens</h1>{_TEXT}</article></main><ul class='posts'>{teasers}</ul>"
    authors = _authors(body)
    assert "Tom Roe" not in authors and "Eva Kraus" not in authors


@pytest.mark.parametrize(("lang", "heading", "kicker"), [
    ("en", "Customer reviews", "Review by"),
    ("en", "User reviews", "By"),
    ("de", "Kundenbewertungen", "Eine Kritik von"),
])
def test_readers_reviews_after_the_text_name_no_writer(lang, heading, kicker):
    # a product page's readers' reviews after the story, each opening with its buyer's
    # credit: a thread of comments with a rating, none of them the story's writer
    reviews = "".join(f"<div class='review'><div class='stars'>★★★★☆</div><p>{kicker} {name}</p><p>Works great, "
                      "the battery lasts all day and the grip is comfortable enough for long jobs.</p></div>"
                      for name in ("Sarah Klein", "Tom Baker", "Mia Roth"))
    long_text = _TEXT.replace("at the desk.", "at the desk, and the volunteers who run it hope to add a "
                              "bicycle repair corner next year.")
    body = f"<main><article><h1>Acme Drill X2</h1>{long_text}<h2>{heading}</h2>{reviews}</article></main>"
    assert _authors(body, lang) == []


_FR_LONG = _FR_TEXT.replace("du port.</p>", "du port, avant un vote attendu dans la soirée par toute la ville.</p>")


@pytest.mark.parametrize("lead", [
    # a standfirst's sentence that opens with a posted writer's job is no posting line
    "The correspondent in Washington, Jane Doe, said the talks had failed.",
    "Correspondant à Berlin depuis 2019, Jean Martin couvre la politique allemande.",
    "Notre correspondant à Berlin a appris que le gouvernement allait céder.",
])
def test_a_sentence_opening_with_a_posted_job_is_no_byline(lead):
    from crawler.parsers.metadata.authors import looks_like_byline
    assert not looks_like_byline(lead)
    header = (f"<header><h1>Le plan du port</h1><p class='chapo'>{lead}</p>"
              "<p class='byline'>Par <a href='/auteur/claire-petit'>Claire Petit</a></p></header>")
    assert _authors(f"<main><article>{header}{_FR_LONG}</article></main>", "fr",
                    "https://port.example/2025/07/16/le-plan-du-port") == ["Claire Petit"]


@pytest.mark.parametrize("line", ["Die Autorin lebt in Berlin und schreibt über Stadtplanung.",
                                  "El autor es profesor de historia en Sevilla."])
def test_an_author_boxs_bio_sentence_after_the_role_word_names_no_lower_case_word(line):
    assert not any(name[:1].islower() for name in clean_byline(line))


# paragraphs long enough that the header's reading ends at the text
_LONG_TEXT = _TEXT.replace("at the desk.", "at the desk, and the volunteers who run it hope to add a "
                           "bicycle repair corner next year.")


def test_a_menu_inside_the_story_is_no_site_menu():
    # the story's own dropdown of its writers ("By Jane Doe and 2 others" opening a Bootstrap
    # "dropdown-menu" of their pages) after the text: the story's credit, not the site's menu
    items = "".join(f"<li><a class='dropdown-item' href='/author/{slug}'>{name}</a></li>"
                    for slug, name in (("jane-doe", "Jane Doe"), ("john-roe", "John Roe"), ("ann-lee", "Ann Lee")))
    credit = (f"<div class='post-authors'><div class='dropdown'><button class='dropdown-toggle'>Jane Doe and 2 others"
              f"</button><ul class='dropdown-menu'>{items}</ul></div></div>")
    body = f"<main><article><h1>A tool library opens</h1>{_LONG_TEXT}{credit}</article></main>"
    assert _authors(body)[:1] == ["Jane Doe"]


@pytest.mark.parametrize(("label", "names"), [
    # a health or explainer site's credit cards after the text: the writer's card, then a
    # reviewer's, a fact checker's or an updater's, each a card of the same class
    ("Medically reviewed by", ["Jane Doe"]),
    ("Fact checked by", ["Jane Doe"]),
    ("Updated by", ["Jane Doe"]),
    # a second writer's card stays
    ("Written by", ["Jane Doe", "Ann Smith"]),
])
def test_a_reviewers_card_beside_the_writers_names_no_writer(label, names):
    cards = (f"<div class='byline-item'>Written by <a class='author' href='/author/jane-doe'>Jane Doe</a></div>"
             f"<div class='byline-item'>{label} <a class='author' href='/author/ann-smith'>Ann Smith</a></div>")
    body = f"<main><article><h1>A tool library opens</h1>{_LONG_TEXT}{cards}</article></main>"
    assert _authors(body) == names


@pytest.mark.parametrize(("lang", "subheading"), [
    # a story's subheading naming the criticism's or the review's source, no kicker: German
    # nouns and bodies are capitalised, so only a person's name after the kicker is a writer's
    ("de", "Kritik von Grünen und Linken"),
    ("de", "Kritik von Umweltverbänden"),
    ("en", "Review by Ofsted"),
])
def test_a_subheading_naming_a_criticisms_source_is_no_kicker(lang, subheading):
    text = "".join(f"<p>Absatz {i}: Der Rat hat am Dienstag die Anwohner, die Händler und den Betreiber der Fähre "
                   "lange angehört, bevor er über den Plan für den Hafen abstimmte, der im Herbst beginnen soll "
                   "und viel Geld kostet.</p>" for i in range(6))
    body = (f"<main><article><h1>Der Plan für den Hafen</h1><p class='lead'>Der Rat stimmt zu.</p>"
            f"<h2>{subheading}</h2>{text}<p class='autor'>Anna Müller</p></article></main>")
    assert _authors(body, lang, "https://www.zeitung.example/politik/2024/05/03/hafenplan") == ["Anna Müller"]


@pytest.mark.parametrize("subheading", ["Correspondent Banking Under Pressure", "Our Correspondent Writes"])
def test_a_title_case_subheading_opening_with_a_posted_job_is_no_byline(subheading):
    body = (f"<main><article><h1>A tool library opens</h1><h2>{subheading}</h2>{_LONG_TEXT}"
            "<p class='author'>Jane Doe</p></article></main>")
    assert _authors(body) == ["Jane Doe"]


def test_readers_review_cards_side_by_side_name_no_co_writers():
    # a shop's list of readers' reviews in the story, no heading, each card with the buyer's
    # name: side by side as writers' cards are, but the list is the readers' (the first buyer,
    # read when the story prints no byline, is a leftover of the mark fallback)
    cards = "".join(f"<li class='review-item'><span class='author'>{name}</span> <span class='stars'>★★★★</span>"
                    "<p>Good drill, strong battery and a solid case for the price.</p></li>"
                    for name in ("Sarah Klein", "Tom Baker", "Mia Roth"))
    body = f"<main><article><h1>Acme Drill X2</h1>{_LONG_TEXT}<ul class='reviews'>{cards}</ul></article></main>"
    authors = _authors(body)
    assert "Tom Baker" not in authors and "Mia Roth" not in authors
