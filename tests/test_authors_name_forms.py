"""Name forms the byline readers must hold on unseen pages: particles in lower
case ("Anna van der Berg", "Omar al-Bashir"), an agency or a job after the names
of a by-line closing the story ("Von Jane Doe (dpa)", "By Jane Doe, Staff Writer")."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.authors import clean_byline, plain_name

_PROSE = "<p>" + "The council met on Tuesday and discussed the budget in great detail. " * 12 + "</p>"


def _page(line: str = "", after: str = "") -> str:
    return ("<html><head><title>A story of note</title></head><body><article><h1>A story of note</h1>"
            + line + _PROSE * 2 + after + "</article></body></html>")


@pytest.mark.parametrize("byline,names", [
    ("By Omar al-Bashir", ["Omar al-Bashir"]),
    ("By Ahmed bin Salman and Omar al-Bashir", ["Ahmed bin Salman", "Omar al-Bashir"]),
    ("By Jane Doe and Ahmed el-Sayed", ["Jane Doe", "Ahmed el-Sayed"]),
    ("Par Jean d'Ormesson", ["Jean d'Ormesson"]),
    ("By Jane Doe al-jazeera", ["Jane Doe"]),  # a lower-case word after the name: no surname
    # a German noble particle after a given name is no by-word ("capital von Jemima Kelly" is)
    ("Anna von Berg", ["Anna von Berg"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("Anna von Berg und Jan Roe", ["Anna von Berg", "Jan Roe"]),
    ("capital von Jemima Kelly", ["Jemima Kelly"]),
    ("Mehr von Jane Doe", ["Jane Doe"]),
])
def test_a_surname_joined_to_its_particle_is_the_names(byline, names):
    """A name's particle is no by-word and no running text. Arabic surnames print their article joined by a hyphen ("al-Bashir",
    "el-Sayed"), French and Italian ones by an apostrophe ("d'Ormesson"): a word
    opening in lower case, but a surname."""
    assert clean_byline(byline) == names


@pytest.mark.parametrize("text,names", [
    ("Anna van der Berg", ["Anna van der Berg"]),
    ("Jan de la Cruz", ["Jan de la Cruz"]),
    ("Omar al-Bashir", ["Omar al-Bashir"]),
    ("Ursula von der Leyen", ["Ursula von der Leyen"]),
    ("Bad von Berg", []),  # no known given name before the particle
    ("Jane van", []),  # a particle ends no name
])
def test_a_plain_name_may_hold_lower_case_particles_after_a_given_name(text, names):
    assert plain_name(text) == names


@pytest.mark.parametrize("after,names", [
    ("<p>By Omar al-Bashir</p>", ["Omar al-Bashir"]),
    ("<p>Von Anna van der Berg und Jan de la Cruz</p>", ["Anna van der Berg", "Jan de la Cruz"]),
    ("<p>Von Anna Müller (dpa)</p>", ["Anna Müller"]),
    ("<p>Von Anna Müller und Jan Roe (dpa/AFP)</p>", ["Anna Müller", "Jan Roe"]),
    ("<p>Von Anna Müller, dpa</p>", ["Anna Müller", "dpa"]),
    ("<p>By Jane Doe, AP</p>", ["Jane Doe", "AP"]),
    ("<p>By Jane Doe, Staff Writer</p>", ["Jane Doe"]),
    # still no credit: a sentence, a code alone, a code before any name
    ("<p>Von Berlin aus ging es weiter nach Hamburg</p>", []),
    ("<p>Von dpa</p>", []),
    ("<p>By AP and Jane Doe</p>", []),
])
def test_a_by_line_closing_the_story_reads_particles_agencies_and_jobs(after, names):
    """The by-line under the story is read as the header's byline reads it: names
    with their particles, an agency's code after them a co-credit (in brackets
    dropped), a job after them the name's."""
    record = parse_article(_page(after=after), "https://news.example/a/story")
    assert record is not None and record.authors == names


@pytest.mark.parametrize("text,names", [
    ("Author of the article: More from Joseph Brean", ["Joseph Brean"]),
    ("Autor: Mehr von Anna Müller", ["Anna Müller"]),
    ("Author: More from Fox News", []),  # a site's box, no person
])
def test_a_more_from_box_after_a_label_names_the_writer(text, names):
    """A screen reader's label before the writer's "More from" box ("Author of
    the article:") leaves the box's name, not its heading's first word ("More")."""
    assert clean_byline(text, strict=True) == names


_DRUPAL = ("<html><head><title>A story of note</title></head><body><div class='region-content'><h1>A story of note</h1>"
           "<article class='node node-blog {cls} article node-full'><div class='node-inner'><header>"
           "<p class='submitted'><span rel='sioc:has_creator'>Gespeichert von <span class='username'>human</span> am "
           "<time datetime='2019-07-07T18:44:31+0200'>7. Juli 2019 - 18:44</time></span></p></header>"
           "<div class='node-content'><div class='field-items'><div class='field-item even'>"
           + _PROSE + "<p>Autor: Margarita Koreneva | 07.07.2019</p>" + _PROSE + "</div></div></div></div></article>"
           "</div></body></html>")


@pytest.mark.parametrize("cls", ["node-promoted", "promoted", ""])
def test_a_labelled_credit_in_the_story_names_the_writer_over_a_cms_login(cls):
    """Drupal's "Gespeichert von human" names the CMS account; the story's own
    "Autor: X | date" line names the writer. Drupal's "node-promoted" class (the
    node is shown on the front page) is the story's own node, not a promo box."""
    record = parse_article(_DRUPAL.format(cls=cls), "https://blog.example/content/story")
    assert record is not None and record.authors == ["Margarita Koreneva"]


@pytest.mark.parametrize("line,names", [
    ("<div><div>Malek Fouda, Redakteurin</div><div>Zuerst veröffentlicht am <time datetime='2026-01-06'>"
     "06/01/2026 - 14:02 MEZ</time></div></div>", ["Malek Fouda"]),
    ("<p>Mathatisi Sebusi, Reporter</p>", ["Mathatisi Sebusi"]),
    ("<p>New York, Reporter</p>", []),  # a place's name
])
def test_a_newsroom_job_vouches_for_a_name_whose_given_name_is_not_listed(line, names):
    """"Name, Redakteurin" under the headline credits the writer though the given
    name list lacks "Malek": the job says it is a person."""
    record = parse_article(_page(line=line), "https://news.example/a/story")
    assert record is not None and record.authors == names


def test_a_bold_story_by_credit_with_its_time_names_the_writers_over_the_sites_name() -> None:
    page = ("<html><head><title>A story of note</title><meta property='og:site_name' content='News Example'>"
            "</head><body><article><h1>A story of note</h1><p class='byline'>by News Example</p>"
            "<p><strong>Story by Mathatisi Sebusi and Mohalenyane Phakela - 08:21</strong></p>" + _PROSE * 2
            + "</article></body></html>")
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Mathatisi Sebusi", "Mohalenyane Phakela"]


@pytest.mark.parametrize("heading", ["Autor:innen", "Autor*innen", "Autor:in"])
def test_a_german_gender_form_heading_names_no_writer_innen(heading):
    """ "Autor:innen" is "authors" in the German gender-inclusive spelling: the box
    under it names the writer, not "innen"."""
    box = ("<div><h2><span>" + heading + "</span></h2><div><a href='https://news.example/de/autoren/tim-ehlers'>"
           "Tim Ehlers</a><p>Geboren 1983, ist seit 2015 Redakteur bei uns.</p></div></div>")
    page = _page(line="<p>Tim Ehlers - 16:23</p>" + box)
    record = parse_article(page, "https://news.example/a/story")
    assert record is not None and record.authors == ["Tim Ehlers"]
