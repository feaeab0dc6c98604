"""Which label printed before a date makes it the page's own ("Veröffentlicht am:",
"发布时间:", "Le :") and which another event's ("Event date:", "Deadline:",
"Last updated:"): ``date_labels.other_label``."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.metadata.date_labels import other_label

_BODY = "<p>" + "The council met on Tuesday to discuss the budget for next year. " * 12 + "</p>"


@pytest.mark.parametrize("label", [
    "Опубликовано: ", "发布时间: ", "发布日期：", "发表时间: ", "Le : ", "Objavljeno: ",
    "Yayınlanma: ", "Yayın Tarihi: ", "Publié le : ", "Mis en ligne le : ", "Pubblicato il: ",
    "Publicado el: ", "Gepubliceerd op: ", "Opublikowano: ", "Data publikacji: ", "Дата публикации: ",
    "Fecha de publicación: ", "Date published: ", "Publication date: ", "Erscheinungsdatum: ",
    "Veröffentlichungsdatum: ", "Online seit: ", "Datum: ", "Date: ", "Date & time: ", "公開日: ",
    # a dateline's place, a byline: no label of another event
    "Washington: ", "By Ann Lee | ", "BERLIN: ", "By Ann Lee on: ", "Von Hans Müller am: ",
])
def test_the_pages_own_labels_and_datelines_are_not_another_events(label):
    assert not other_label(label)


@pytest.mark.parametrize("label", [
    "Event date: ", "Release date: ", "Deadline: ", "Release: ", "Termin: ", "Date of birth: ",
    "Geburtsdatum: ", "Veranstaltungsdatum: ", "Erscheinungstermin: ", "Fecha del evento: ",
    "Last updated: ", "Zuletzt aktualisiert: ", "Mis à jour le : ", "Обновлено: ", "更新时间: ",
    "Start date: ", "Expiry date: ", "Closing date: ",
    "Stand: ",  # German "as of": the version shown, as _LABEL reads it (an update)
    # another event's word before the last word, or "<thing> on:"
    "Deadline for applications: ", "Valid until: ", "Gültig bis: ", "Frist für Bewerbungen: ",
    "Concert on: ", "Konzert am: ",
])
def test_labels_of_other_events_and_of_changes_are_other(label):
    assert other_label(label)


@pytest.mark.parametrize("label", [
    "By Ann Lee Date: ",            # a byline run into the field: the name is no label word
    "Rivers rise again\nDate: ",    # a headline on the line before
])
def test_a_word_before_a_date_field_that_is_not_part_of_its_label_leaves_it_the_pages(label):
    assert not other_label(label)


def test_a_lower_case_word_before_the_date_word_names_another_events_date():
    assert other_label("Sale date: ")


def test_a_stand_line_above_the_headline_is_the_update_not_the_publication():
    """"Stand:" dates the version shown (an update): the JSON-LD datePublished stays."""
    ld = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rathaus saniert",'
          ' "datePublished": "2024-05-01T10:00:00+02:00"}</script>')
    html = (f"<html><head>{ld}</head><body><p class=date>Stand: 03.05.2024 14:00 Uhr</p>"
            f"<h1>Rathaus saniert</h1>{_BODY}</body></html>")
    article = parse_article(html, "https://example.de/a/1")
    assert article is not None
    assert article.published == "2024-05-01T10:00:00+02:00"
    assert article.modified == "2024-05-03T14:00:00"  # read as the update it labels


def test_a_job_pages_only_date_under_a_deadline_label_is_not_its_publication():
    html = ("<html><head><title>Engineer wanted</title></head><body><article><h1>Engineer wanted</h1>"
            f"<p>Deadline for applications: 3 May 2025</p>{_BODY}</article></body></html>")
    article = parse_article(html, "https://example.com/jobs/1")
    assert article is not None
    assert article.published is None


@pytest.mark.parametrize("label", ["Jane Doe, Staff Writer on:", "Open Source Desk:", "Ann Lee on:"])
def test_a_byline_or_desk_before_a_date_is_the_pages_own_label(label):
    """A byline or a desk name before "on:" or a colon is no event's label: its date
    dates the page, not a footer's (third review: event-like words inside ordinary
    words, "open", "start", once made these another event's)."""
    html = ("<html><head><title>Council passes budget</title></head><body><article><h1>Council passes budget</h1>"
            f'<div class="byline"><span class="date">{label} May 3, 2024</span></div>{_BODY}</article>'
            '<footer>Page generated <time datetime="2024-06-20">June 20, 2024</time></footer></body></html>')
    article = parse_article(html, "https://example.com/news/council")
    assert article is not None
    assert (article.published or "")[:10] == "2024-05-03"


_LONG_STORY = "".join(f"<p>Paragraph {i} tells what happened in the town and why the people there were surprised"
                      " by it, and what comes next for them all.</p>" for i in range(170))


@pytest.mark.parametrize(("lang", "line"), [
    ("en", "May 3, 2024 (updated May 4, 2024)"),
    ("it", "3 maggio 2024 ( modifica il 4 maggio 2024 | 15:24)"),
    ("en", "<span>May 3, 2024</span> | <span>Updated May 4, 2024</span>"),
    ("de", "03.05.2024, aktualisiert 04.05.2024"),
])
def test_the_date_a_closing_line_prints_before_its_update_is_the_publication(lang, line):
    """A date line below a long story (out of the header's reach) that prints a date,
    then the update it had ("5 gennaio 2025 (modifica il 6 gennaio 2025)"): the first
    is the publication, before any guess from the page's source (a script's server
    time, here)."""
    html = (f'<html lang="{lang}"><head><title>Storm</title><script>var server_now = "2024-06-20T17:53:10Z";'
            f"</script></head><body><nav><a href=\"/\">Home</a></nav><article><h1>Storm hits the coast town hard"
            f"</h1><div>{_LONG_STORY}</div><div><p>{line}</p><p>© All rights reserved</p></div></article>"
            "<footer>Contact</footer></body></html>")
    article = parse_article(html, "https://example.org/news/storm-hits")
    assert article is not None
    assert article.published == "2024-05-03"


@pytest.mark.parametrize("line", [
    "Veranstaltung am 3. Mai 2024 (aktualisiert 4. Mai 2024)",  # no date alone before the update
    "4. Mai 2024 (aktualisiert 3. Mai 2024)",                     # an update is not older than what it revises
])
def test_no_publication_from_a_date_that_is_not_what_the_update_revises(line):
    from crawler.parsers.metadata.date_labels import labelled_dates
    assert labelled_dates([line], "de", "2026-01-01").published is None


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Modifié le 4 mai 2024 - Publié le 3 mai 2024"),
    ("it", "Modificato il 4 maggio 2024 | Pubblicato il 3 maggio 2024"),
    ("es", "Modificado el 4 de mayo de 2024 · Publicado el 3 de mayo de 2024"),
])
def test_a_dateline_printing_its_change_first_in_french_italian_or_spanish_is_dated_by_its_publication(lang, line):
    """The words for a change in these languages ("modifié", "modificato",
    "modificado") are "Updated" labels: the date after them is the change's, the
    publication's is the one after its own label."""
    html = (f'<html lang="{lang}"><head><title>Storm</title></head><body><article><h1>Storm hits the coast</h1>'
            f'<p class="meta">{line}</p>{_BODY}</article></body></html>')
    article = parse_article(html, "https://example.org/news/storm-hits")
    assert article is not None
    assert article.published == "2024-05-03"


@pytest.mark.parametrize(("lang", "line"), [
    ("sv", "Uppdaterad 2024-05-04 11.00 | Publicerad 2024-05-03 10.20"),
    ("nb", "Oppdatert 04.05.2024 Publisert 03.05.2024"),
    ("fi", "Päivitetty 4.5.2024 | Julkaistu 3.5.2024"),
    ("ru", "Обновлено 04.05.2024 | Опубликовано 03.05.2024"),
    ("nl", "Gewijzigd op 4 mei 2024 - Gepubliceerd op 3 mei 2024"),
    ("cs", "Aktualizováno 4. 5. 2024 | Publikováno 3. 5. 2024"),
])
def test_a_dateline_printing_its_change_first_in_the_other_languages_is_dated_by_its_publication(lang, line):
    """The "updated" word of each language whose stems the label reading knows
    (sv, nb, fi, ru, nl, cs) labels a change in a dateline too: the publication's
    date, printed after it, dates the page."""
    html = (f'<html lang="{lang}"><head><title>Storm</title></head><body><article><h1>Storm hits the coast</h1>'
            f'<p class="meta">{line}</p>{_BODY}</article></body></html>')
    article = parse_article(html, "https://example.org/news/storm-hits")
    assert article is not None
    assert (article.published or "")[:10] == "2024-05-03"


@pytest.mark.parametrize("line", ["Aktualisiert am 06.05.2022 | Erstveröffentlichung am 04.05.2022",
                                  "Aktualisiert: 06.05.2022 | Erstveröffentlichung: 04.05.2022"])
def test_the_first_publication_after_the_update_dates_the_page(line):
    # "Erstveröffentlichung" (first publication) is one German word: the publication's label
    text = "<p>" + "Der Gemeinderat hat den neuen Haushalt nach einer langen Debatte beschlossen. " * 8 + "</p>"
    html = (f'<html lang="de"><head><title>Haushalt beschlossen</title></head><body><div class="a">'
            f'<div class="b">Haushalt beschlossen</div><div class="d">{line}</div>{text}</div></body></html>')
    record = parse_article(html, "https://example.org/news/haushalt-beschlossen")
    assert record is not None and (record.published or "")[:10] == "2022-05-04"
