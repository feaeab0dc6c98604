"""The publication date as a whole (``parse_article``): structured data against the
date printed by the headline, and the search on pages that name none. Small
hand-written pages, one rule each."""

from __future__ import annotations

import pytest

from crawler.parsers import parse_article
from crawler.parsers.document import parse_html
from crawler.parsers.metadata.date_labels import labelled_dates, text_pieces
from crawler.parsers.metadata.dates import find_date_span

URL = "https://news.example.org/world/a-long-story-about-rivers"
FETCHED = "2026-01-10T12:00:00+00:00"
STORY = "<p>" + "The river rose for the third time this winter, and the town watched it. " * 12 + "</p>"


def page(head: str = "", header: str = "", body: str = STORY) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>Rivers rise again</title>{head}</head>"
            f"<body><article><h1>Rivers rise again</h1>{header}{body}</article></body></html>")


def published(html: str, url: str = URL) -> str | None:
    article = parse_article(html, url, fetched_at=FETCHED)
    assert article is not None
    return article.published


def jsonld(date: str) -> str:
    return ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers rise again",'
            f' "datePublished": "{date}"}}</script>')


def test_printed_date_days_away_from_structured_data_wins():
    html = page(jsonld("2019-01-04T08:00:00+01:00"), '<p class="date">Published 14 March 2019</p>')
    assert published(html) == "2019-03-14"


def test_printed_numbers_read_the_other_way_round_keep_the_structured_day():
    # 06/01/2026 read month-first is June 1; day-first it is the structured 6 January
    html = page(jsonld("2026-01-06T13:55:27+01:00"), '<p class="date">06/01/2026 - 13:55</p>')
    assert published(html) == "2026-01-06T13:55:27+01:00"


def test_printed_next_day_without_a_zone_shift_keeps_the_structured_day():
    # a daily paper printing the next morning's issue date: not a time-zone shift
    html = page(jsonld("2026-01-04T19:30:02+02:00"), '<p class="date">5. Januar 2026</p>')
    assert published(html)[:10] == "2026-01-04"


def test_utc_timestamp_late_in_the_day_takes_the_printed_local_day():
    html = page(jsonld("2020-03-04T23:30:00Z"), '<p class="date">March 5, 2020</p>')
    assert published(html) == "2020-03-05"


def test_a_date_inside_a_quotation_or_embed_is_not_the_dateline():
    embed = ('<blockquote class="twitter-tweet"><p>Look at this.</p>'
             '<p>&mdash; A Person (@person) <a href="https://x.example/1">November 3, 2023</a></p></blockquote>')
    html = page(jsonld("2023-11-06T11:45:20+00:00"), embed)
    assert published(html) == "2023-11-06T11:45:20+00:00"


def test_a_sidebar_card_between_headline_and_dateline_neither_ends_nor_dates_the_header():
    aside = ('<aside class="aside-right">' + ''.join(
        f'<article class="card"><h2><a href="/x/{n}">Other story {n}</a></h2>'
        f'<time datetime="2021-0{n}-01T10:00:00Z">1 month ago</time></article>' for n in range(1, 4))
        + '</aside>')
    header = aside + ('<div class="story-meta-datetime"><strong class="date">miércoles, 4 de mayo de 2022</strong>'
                      '<time datetime="2022-05-04T07:59:48-04:00">07:59</time></div>')
    html = page(header=header).replace('lang="en"', 'lang="es"')
    assert published(html) == "2022-05-04T07:59:48-04:00"


@pytest.mark.parametrize(("url", "expected"), [
    ("https://verein.example.de/meldungen/29-10-2021", "2021-10-29"),
    ("https://news.example.org/article/20211103/local/311039909", "2021-11-03"),
    ("https://news.example.org/2021/10/29/rivers-rise-again/", "2021-10-29"),
    ("https://news.example.org/meldungen/29-10-2027", None),  # after the fetch: no date
])
def test_an_undated_page_takes_the_date_its_url_names(url, expected):
    assert published(page(), url) == expected


def test_a_date_labelled_published_anywhere_beats_an_unlabelled_timestamp():
    footer = ('<p class="footer">Letzte &Auml;nderung: 31.10.2023 - 14:49:39<br>Erschienen am: 01.11.2023<br>'
              'Lesungen: 61</p>')
    html = page(body=STORY + footer).replace('lang="en"', 'lang="de"')
    assert published(html) == "2023-11-01"


def test_a_date_labelled_updated_beats_a_cited_date_in_the_text():
    cited = "<p>In: Science, Vol. 371, pp. 260-264, 15. Januar 2021.</p>"
    footer = "<p><b>Aktualisiert am </b>17.01.2021.</p>"
    html = page(body=STORY + cited + footer).replace('lang="en"', 'lang="de"')
    assert published(html) == "2021-01-17"


def test_labelled_dates_skip_comment_threads():
    comments = ('<div id="comments"><p>Posted on March 1, 2021 by a reader</p></div>'
                '<p class="meta">Posted on March 5, 2021</p>')
    doc = parse_html(page(body=STORY + comments))
    found = labelled_dates(list(text_pieces(doc)), "en", "2026-01-10")
    assert (found.published, found.updated) == ("2021-03-05", None)
    assert not any("reader" in piece for piece in text_pieces(doc))


def test_a_printed_date_that_is_the_fetch_day_does_not_replace_the_structured_one():
    # a masthead printing today's date above the headline is not the story's date
    html = page(jsonld("2025-11-04T08:00:00+01:00"), '<p class="date">Saturday, January 10, 2026</p>')
    assert published(html) == "2025-11-04T08:00:00+01:00"


def test_the_printed_date_that_replaces_a_structured_one_is_credited_to_the_page_text():
    html = page(jsonld("2019-01-04T08:00:00+01:00"), '<p class="date">Published 14 March 2019</p>')
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.provenance["published"] == "heuristic"


def test_a_wrapper_that_merely_mentions_comments_is_read():
    html = ('<html><body class="comments-open"><div class="post has-comments"><p>Posted on March 5, 2021</p>'
            + STORY + '</div></body></html>')
    doc = parse_html(html)
    assert labelled_dates(list(text_pieces(doc)), "en", "2026-01-10").published == "2021-03-05"


def test_a_widgets_posted_on_does_not_date_the_page() -> None:
    """Widgets and related lists date other pages; a story's own class
    'commentary' is no comment thread."""
    side = ('<div class="widget-area"><ul><li>Posted on January 5, 2024</li></ul></div>'
            '<div class="related-posts"><p>Posted on February 6, 2024</p></div>')
    story = '<div class="commentary"><h1>A story</h1><p>This entry was posted on June 1, 2020.</p></div>'
    html = f"<html><body>{side}{story}</body></html>"
    doc = parse_html(html)
    labelled = labelled_dates(list(text_pieces(doc)), "en", "2026-01-01")
    assert labelled.published == "2020-06-01"


def test_a_url_naming_the_structured_day_outweighs_one_printed_date_days_away():
    # the URL path and the structured data agree; the date printed by the headline
    # is a later update's (or a sidebar story's)
    html = page(jsonld("2019-11-08T15:30:00-05:00"), '<p class="date">Nov 13, 2019, 10:28am EST</p>')
    assert published(html, "https://news.example.org/2019/11/8/rivers-rise-again") == "2019-11-08T15:30:00-05:00"
    assert published(html) == "2019-11-13T10:28:00-05:00"  # without the URL's word: the printed date


def test_an_undated_header_takes_the_urls_local_day_one_zone_shift_from_a_utc_timestamp():
    # filed under the 18th (US time); the timestamp is the next morning in UTC
    html = page(jsonld("2019-11-19T04:58:46Z"))
    assert published(html, "https://news.example.org/2019/11/18/rivers-rise-again/") == "2019-11-18"
    # a URL date further away is not a zone shift (it may be an event's date)
    assert published(html, "https://news.example.org/2019/11/16/rivers-rise-again/") == "2019-11-19T04:58:46+00:00"


def test_a_date_in_a_widget_after_a_short_story_does_not_date_it():
    widget = ('<section id="sidebar"><div class="widget tabbertabs"><ul class="feature-posts-list">'
              '<li><a href="/2019/11/20/other-story/">Other story</a><br><small>November 20, 2019</small></li>'
              '</ul></div></section>')
    html = page(jsonld("2018-10-09T16:02:36+01:00")).replace("</body>", widget + "</body>")
    assert published(html) == "2018-10-09T16:02:36+01:00"


def test_a_time_element_in_a_related_list_does_not_date_the_story():
    related = ('<div class="related-posts"><a href="/other">Other story</a>'
               '<time datetime="2019-11-20T10:00:00Z">Nov 20, 2019</time></div>')
    html = page(jsonld("2019-01-04T08:00:00+01:00"), related)
    assert published(html) == "2019-01-04T08:00:00+01:00"


def test_a_time_labelled_updated_is_not_the_publication_and_a_yearless_local_day_wins():
    # "Updated Nov 19, 9:41 AM; Posted Nov 18, 8:19 PM": the story went up on the
    # 18th, US time; the structured timestamp is in UTC, the next day
    header = ('<div class="dateline"><span class="dateline__updated"><time datetime="2019-11-19T14:41:32Z">'
              'Updated Nov 19, 9:41 AM;</time></span><span class="dateline__published">'
              '<time datetime="2019-11-19T01:19:34Z">Posted Nov 18, 8:19 PM</time></span></div>')
    html = page(jsonld("2019-11-19T01:19:34Z"), header)
    assert published(html)[:10] == "2019-11-18"


def test_a_dateline_with_a_two_digit_year_dates_an_unstructured_page():
    header = '<p class="meta">Veröffentlicht am 27.04.24 um 07:39 Uhr</p>'
    html = page(header=header).replace('lang="en"', 'lang="de"')
    assert published(html) == "2024-04-27T07:39:00"


def test_a_printed_date_under_another_label_does_not_replace_the_structured_one():
    # a game's release date, an event's day: not the page's publication
    html = page(jsonld("2019-12-02T17:15:20+00:00"), '<div class="release"><b>Release:</b> 14.11.2019</div>')
    assert published(html) == "2019-12-02T17:15:20+00:00"
    html = page(jsonld("2019-12-02T17:15:20+00:00"), '<p class="date">Datum: 14.11.2019</p>')
    assert published(html) == "2019-11-14"  # a bare "Date:" field is the page's


def test_a_deadline_by_the_headline_is_not_the_dateline():
    header = ('<div class="deadline">Deadline: 15. März 2020</div>'
              '<p class="meta">Veröffentlicht am 2. März 2020</p>')
    html = page(header=header).replace('lang="en"', 'lang="de"')
    assert published(html) == "2020-03-02"


def test_a_labelled_dateline_in_another_language_keeps_its_time():
    header = '<p class="meta">发布时间: 2024-05-03 10:00</p>'
    html = page(header=header).replace('lang="en"', 'lang="zh"')
    assert published(html) == "2024-05-03T10:00:00"


def test_an_events_date_by_the_headline_does_not_replace_the_structured_one():
    html = page(jsonld("2024-05-03T09:00:00+02:00"), '<p class="date">Event date: 14 November 2019</p>')
    assert published(html) == "2024-05-03T09:00:00+02:00"


@pytest.mark.parametrize("notice", [
    "<p><b>Deadline:</b> 15 March 2020</p>",
    "<p>Event date: 14 November 2019</p>",
])
def test_an_undated_page_is_not_dated_by_a_deadline_or_an_event(notice):
    assert published(page(body=notice + STORY)) is None


def test_a_zone_shift_to_a_printed_time_keeps_the_moment_in_the_printed_zone():
    # 9:25pm printed against 02:25 UTC the next day: the same moment at -05:00
    html = page(jsonld("2020-02-25T02:25:54+00:00"), '<p class="date">February 24, 2020 | 9:25pm</p>')
    assert published(html) == "2020-02-24T21:25:54-05:00"


def test_a_zone_shift_to_the_urls_day_keeps_the_moment_in_the_pages_own_zone():
    # the story's dateModified is written at -05:00: the UTC timestamp is the 18th there
    html = page('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers rise again",'
                ' "datePublished": "2019-11-19T04:58:46Z", "dateModified": "2019-11-19T09:10:00-05:00"}</script>')
    assert published(html, "https://news.example.org/2019/11/18/rivers-rise-again/") == "2019-11-18T23:58:46-05:00"


def test_a_zone_shift_to_a_bare_day_keeps_the_structured_timestamp_in_the_provenance():
    # no zone on the page gives the 18th: the day is the URL's, the exact moment stays on record
    html = page(jsonld("2019-11-19T04:58:46Z"))
    article = parse_article(html, "https://news.example.org/2019/11/18/rivers-rise-again/", fetched_at=FETCHED)
    assert article is not None
    assert article.published == "2019-11-18"
    assert article.provenance["published_structured"] == "2019-11-19T04:58:46+00:00"


def test_a_yearless_printed_day_moves_a_utc_timestamp_only_as_the_same_moment():
    def header(shown: str) -> str:
        return f'<p class="byline">By Ann Lee</p><time datetime="2019-11-19T01:19:34Z">Posted {shown}</time>'
    # 8:19 PM is 01:19 UTC five hours on: the same moment, on the 18th at -05:00
    assert published(page(jsonld("2019-11-19T01:19:34Z"), header("Nov 18, 8:19 PM"))) == "2019-11-18T20:19:34-05:00"
    # 9:03 PM is no whole number of hours from 01:19: another moment, the timestamp stays
    assert published(page(jsonld("2019-11-19T01:19:34Z"), header("Nov 18, 9:03 PM"))) == "2019-11-19T01:19:34+00:00"
    # a yearless day two days away is no zone shift
    assert published(page(jsonld("2019-11-19T01:19:34Z"), header("Nov 17, 8:19 PM"))) == "2019-11-19T01:19:34+00:00"


@pytest.mark.parametrize(("lang", "footer"), [
    ("ru", "<p>Опубликовано: 03.05.2024</p>"),
    ("hr", "<p>Objavljeno: 03.05.2024.</p>"),
    ("tr", "<p>Yayınlanma: 03.05.2024</p>"),
    ("zh", "<p>发布时间：2024-05-03 10:00</p>"),
    ("sv", "<p>Publicerad: 2024-05-03</p>"),
])
def test_a_date_labelled_published_in_other_languages_beats_a_cited_date_in_the_text(lang, footer):
    cited = "<p>In: Science, Vol. 371, pp. 260-264, 15.01.2021.</p>"
    html = page(body=STORY + STORY + cited + footer).replace('lang="en"', f'lang="{lang}"')
    assert published(html) == "2024-05-03"


@pytest.mark.parametrize(("lang", "box"), [
    ("de", "<ul><li><strong>Datum</strong> 28.04.2023</li><li><strong>Autorin/Autor</strong> Jan Berg</li></ul>"),
    ("en", "<dl><dt>Date</dt><dd>28 April 2023</dd><dt>Author</dt><dd>Jan Berg</dd></dl>"),
])
def test_a_date_field_named_without_a_colon_dates_the_page(lang, box):
    """The box comes after a long story, past the header the headline scan reads."""
    caption = "<figure><img src='a.jpg'><figcaption>Flood at the bridge, 24.04.2023</figcaption></figure>"
    story = "".join(f"<p>The river rose for the {i}th time this winter, and the town watched.</p>" for i in range(170))
    html = page(body=caption + story + box).replace('lang="en"', f'lang="{lang}"')
    assert published(html) == "2023-04-28"


def test_a_date_column_heading_does_not_label_the_rows_dates():
    table = ("<table><tr><th>Datum</th><th>Termin</th></tr><tr><td>12.03.2020</td><td>Konzert</td></tr>"
             "<tr><td>14.03.2020</td><td>Lesung</td></tr></table>")
    pieces = list(text_pieces(parse_html(page(body=STORY + table), URL)))
    assert labelled_dates(pieces, "de", "9999-12-31").published is None


def test_a_stand_line_by_the_headline_dates_a_page_that_prints_no_other_date():
    """htmldate would take the first timestamp in the page's source: a player's clip."""
    header = '<div class="lastchanged">Stand: 08.07.2026 05:00 Uhr</div>'
    player = '<script>var player = {"broadcast": {"start": "2026-07-06T17:00:00+0000"}};</script>'
    html = page(header=header, body=player + STORY).replace('lang="en"', 'lang="de"')
    article = parse_article(html, URL, fetched_at="2026-07-09T00:00:00+00:00")
    assert article is not None and article.published == "2026-07-08"


@pytest.mark.parametrize(("lang", "opening", "earlier", "expected"), [
    ("de", "BERLIN (dpa), 3. Mai 2024 – Die Bundesregierung hat am Freitag ein Gesetz zur Förderung "
           "erneuerbarer Energien beschlossen, das nach langen Verhandlungen zwischen den Koalitionspartnern "
           "zustande kam und weitreichende Folgen hat.",
     "Bereits am 12. März 2024 hatte das Kabinett einen ersten Entwurf vorgelegt, der auf Widerstand stieß.",
     "2024-05-03"),
    ("en", "NEW YORK, May 3, 2024 /PRNewswire/ -- Acme Corp. today announced a river monitoring platform "
           "which gives towns along major rivers an early warning of floods days before they arrive, "
           "and a plan for each.",
     "The platform builds on a pilot that began on March 12, 2024 in three towns along the Hudson.",
     "2024-05-03"),
])
def test_a_story_opening_with_a_dateline_is_dated_by_it(lang, opening, earlier, expected):
    """A paragraph, too long to be read as a dateline line by the headline."""
    html = page(body=f"<p>{opening}</p><p>{earlier}</p>" + STORY).replace('lang="en"', f'lang="{lang}"')
    assert published(html) == expected


def test_an_event_listing_opening_with_a_weekday_is_no_dateline():
    listing = ("<p>Sa., 22.01.2022, 9:00 – 17:00 Uhr: Tag des offenen Hofes, mit Führungen durch die Ställe "
               "und einem Markt für die ganze Familie.</p>")
    notice = "<p>Die Verordnung ist seit dem 30.04.2020 in Kraft und gilt für alle Betriebe im Land.</p>"
    html = page(body=notice + listing + STORY).replace('lang="en"', 'lang="de"')
    assert published(html) == "2020-04-30"


# A page whose date only htmldate finds (a date-classed element after the story)
FILLER = "<p>" + "This paragraph carries enough ordinary words to count as the story's prose for the extractor here. " * 3 + "</p>"
POST_META = '<div class="post-meta"><span class="date">2024-06-10</span></div>'


def test_a_dateline_quoted_from_an_older_story_does_not_date_the_page():
    quoted = ("<p>Five years on, it is worth looking back at the announcement that started it all.</p>"
              "<blockquote><p>WASHINGTON, May 3, 2019 — The agency today announced a sweeping rule that would "
              "change how lenders report loans to the public, officials said.</p></blockquote>")
    assert published(page(body=quoted + FILLER * 3 + POST_META)) == "2024-06-10"


def test_a_dateline_in_a_later_paragraph_does_not_date_the_page():
    later = ("<p>WASHINGTON, May 3, 2019 — The agency today announced a sweeping rule that would "
             "change how lenders report loans to the public, officials said, and the banks that lend "
             "to homeowners will have to publish far more about whom they lend to.</p>")
    assert published(page(body=FILLER + later + FILLER * 2 + POST_META)) == "2024-06-10"


@pytest.mark.parametrize(("lang", "line"), [
    ("de", "<p class='table-note'>Stand: 01.01.2024</p><table><tr><td>Tarif A</td><td>32 ct</td></tr></table>"),
    ("en", "<p>Updated March 5, 2025</p>"),
])
def test_a_stand_or_updated_line_does_not_beat_the_date_htmldate_finds(lang, line):
    """A table's "Stand" dates the table; "Updated" says the page was first published before."""
    html = page(header=line, body=FILLER * 3 + POST_META).replace('lang="en"', f'lang="{lang}"')
    assert published(html) == "2024-06-10"


@pytest.mark.parametrize("box", [
    "<dl class='event'><dt>Veranstaltung</dt><dd>Sommerfest</dd><dt>Datum</dt><dd>28.06.2025</dd></dl>",
    "<table><tr><th>Date</th></tr><tr><td>12 May 2025</td></tr></table>",
])
def test_a_date_field_in_the_story_names_an_events_day(box):
    html = page(body=FILLER * 2 + box + FILLER + POST_META).replace('lang="en"', 'lang="de"')
    assert published(html) == "2024-06-10"


@pytest.mark.parametrize(("lang", "sentence"), [
    ("en", "Install widget 2024.03.31 or later to get the new API. "),
    ("de", "Der Kurs lag bei 2023.10.15 Punkten, als die Börse am Abend schloss. "),
])
def test_a_dotted_year_first_number_in_running_text_is_no_date(lang, sentence):
    """A paragraph too long for a header line: read by the earliest-date scan."""
    body = f"<p>{sentence}" + "More words here make it long enough for a paragraph of prose. " * 3 + "</p>"
    html = page(body=body + FILLER * 3).replace('lang="en"', f'lang="{lang}"')
    assert published(html) is None


@pytest.mark.parametrize(("lang", "sentence", "expected"), [
    ("hu", "A szerződést 2024.03.31. napján írták alá a felek a városházán. ", "2024-03-31"),
    ("en", "Pin the package with widget==2024.03.31 in the requirements file. ", None),
])
def test_dotted_year_first_dates_in_running_text_by_language(lang, sentence, expected):
    body = f"<p>{sentence}" + "More words here make it long enough for a paragraph of prose. " * 3 + "</p>"
    html = page(body=body + FILLER * 3).replace('lang="en"', f'lang="{lang}"')
    assert published(html) == expected


def test_a_sidebars_dates_do_not_date_an_undated_page():
    aside = "<aside><ul><li><a href='/a'>Old post</a> 2019/04/01</li></ul></aside>"
    html = page(body=FILLER * 3).replace("</article>", "</article>" + aside)
    assert published(html) is None


def test_a_version_number_in_a_short_line_by_the_headline_is_no_dateline():
    html = page(body="<p>Install widget 2024.03.31 or later to get the new API.</p>" + FILLER * 3)
    assert published(html) is None


PROSE = ("The government on Tuesday unveiled a new law to promote renewable energy across the country. "
         "The plan aims to speed up the construction of wind and solar farms and simplify permits. ")


@pytest.mark.parametrize("before", [
    "<p class='standfirst'>Ministers say the new rules will double the pace of building wind and solar "
    "farms by 2030.</p>",
    "<p class='byline'>By Jane Doe, Senior Correspondent, and John Smith, Staff Writer in London</p>",
    "<div class='image'><p>Wind turbines off the coast of Norfolk, where three new farms are planned "
    "for the next decade.</p></div>",
])
@pytest.mark.parametrize("leaf", ["p", "div"])
def test_a_dateline_after_a_standfirst_byline_or_caption_dates_the_page(before, leaf):
    story = (f"{before}<{leaf}>LONDON, May 3, 2024 – {PROSE}</{leaf}>"
             f"<p>{PROSE} Parliament first debated it on January 12, 2021.</p>")
    assert published(page(body=story)) == "2024-05-03"


def test_a_dateline_after_an_unmarked_story_paragraph_does_not_date_the_page():
    later = f"<p>LONDON, May 3, 2019 – {PROSE}</p>"
    assert published(page(body=f"<p>{PROSE}</p>" + later + FILLER * 2 + POST_META)) == "2024-06-10"


GESETZ = ("Die Regierung hat am Dienstag ein neues Gesetz zur Förderung erneuerbarer Energien vorgestellt. "
          "Das Vorhaben soll den Ausbau von Wind- und Solaranlagen deutlich beschleunigen und Genehmigungen "
          "vereinfachen. ")


CLIP = "<div class='mediaplayer'><span class='date'>30.04.2024</span> Video: Debatte im Bundestag</div>"


@pytest.mark.parametrize("paragraphs", [
    f"<p>{GESETZ}</p><p>{GESETZ}</p>{CLIP}<p>{GESETZ * 2}</p>",
    f"<p>{GESETZ}</p>{CLIP}<p>{GESETZ}</p><p>{GESETZ}</p>",
])
def test_a_plain_stand_line_right_under_the_headline_beats_an_earlier_clip_date(paragraphs):
    """The first line after the headline is its header row, marked or not; the
    story's first long paragraph then ends the header."""
    html = page(body=f"<p>Stand: 08.05.2024 05:00 Uhr</p>{paragraphs}").replace('lang="en"', 'lang="de"')
    assert published(html, "https://example.de/politik/gesetz") == "2024-05-08"


def test_an_aside_next_to_the_headline_dates_an_undated_page():
    """A post-info box by the headline is the page's own; a sidebar's is not."""
    notes = "<p>We planted tomatoes and beans in the spring and watched them grow all summer long.</p>" * 4
    html = ("<html lang='en'><head><title>Notes on gardening</title></head><body><div class='wrap'>"
            "<h1>Notes on gardening</h1><aside class='postinfo'>Written 2019/04/01</aside>"
            f"<div class='content'>{notes}</div></div>"
            "<aside><ul><li><a href='/a'>Old post</a> 2018/02/01</li></ul></aside></body></html>")
    assert published(html, "https://example.com/gardening-notes") == "2019-04-01"


P = ("The council met on Tuesday evening and debated the spending plan for several hours before the "
     "members voted, with most of the town's residents following the debate on the local radio late into the night.")
BUDGET_URL = "https://example.com/news/budget-plan"


def test_a_deck_above_the_story_does_not_shut_off_the_first_paragraphs_dateline():
    html = ("<article><h1>Budget plan passes council vote</h1><div class='dek'>The plan adds money for "
            "schools and roads, and its backers say it will pass the state senate easily next month.</div>"
            f"<p>SPRINGFIELD, March 5, 2024 — {P}</p><p>{P}</p><p>{P}</p></article><div class='more'>"
            "<a href='/news/other'>Other story</a> <span class='ts'>2024-04-09</span></div>")
    assert published(html, BUDGET_URL) == "2024-03-05"


def test_a_sidebar_next_to_the_headline_does_not_date_the_page():
    html = ("<div class='wrap'><h1>Budget plan passes council vote</h1><aside class='sidebar'><h3>Archive"
            "</h3><ul><li><a href='/2019/'>Older posts, 1 March 2019</a></li></ul></aside><div class='post'>"
            f"<p>Written on 5 March 2024. {P}</p><p>{P}</p><p>{P}</p></div></div>")
    assert published(html, BUDGET_URL) == "2024-03-05"


def test_a_site_logo_headline_does_not_bring_in_the_headers_nav_dates():
    html = ("<header class='site'><h1 class='logo'>Springfield Times</h1><nav><a href='/'>Home</a> "
            "<a href='/archive/2019-03-01'>Archive 1 March 2019</a></nav></header><main><h2>Budget plan "
            f"passes council vote</h2><div class='post'><p>{P} The vote took place on 5 March 2024.</p>"
            f"<p>{P}</p><p>{P}</p></div></main>")
    # the page names no date of its own: the oldest its story prints, not its nav bar's
    assert published(html, BUDGET_URL) == "2024-03-05"


@pytest.mark.parametrize("word", ["Updated", "Last modified", "Zuletzt aktualisiert", "Letzte Änderung",
                                  "Stand", "Mis à jour", "Actualizado", "Bijgewerkt"])
def test_every_updated_label_is_read_as_a_change_by_every_date_finder(word):
    """One list of "updated" words (``vocabulary.UPDATED_WORDS``): the label search,
    the header's "Updated" line, its <time> stamp and the label-word check agree."""
    from crawler.parsers.metadata import header
    from crawler.parsers.metadata.date_labels import other_label
    from crawler.parsers.metadata.header import datelines, updates
    from crawler.parsers.vocabulary import UPDATED_WORDS

    assert word.lower() in UPDATED_WORDS
    doc = parse_html(f"<html><body><p>{word}: 06.05.2024</p>{STORY}</body></html>")
    found = labelled_dates(list(text_pieces(doc)), "de", "2026-01-10")
    assert (found.published, found.updated) == (None, "2024-05-06")
    assert updates.updated_date(f"{word}: 06.05.2024", "de") == "2024-05-06"
    assert other_label(f"{word}: ")
    # a <time> printed under the label is no publication stamp
    scan = header.HeaderScan()
    time_el = parse_html(f'<html><body><time datetime="2024-05-06">{word} 06.05.2024</time></body></html>')
    datelines.read_time_element(scan, time_el.find(".//time"))
    assert scan.time_datetime is None


def test_a_page_builder_block_is_no_widget_region_but_its_post_list_is():
    """Elementor marks every block "elementor-widget": the dateline block above the
    headline is the page's own; its "Posts" block lists other stories."""
    def block(kind: str, inner: str) -> str:
        return f'<div class="elementor-element elementor-widget elementor-widget-{kind}">{inner}</div>'
    dateline = block("heading", '<p class="elementor-heading-title">6. November 2023 / 09:18 Uhr</p>')
    posts = block("posts", '<article><a href="/old">An older story</a><span>3. März 2019</span></article>')
    html = (f'<html lang="de"><head><title>Rivers rise again</title></head><body>{dateline}'
            f'{block("theme-post-title", "<h1>Rivers rise again</h1>")}'
            f'{block("theme-post-content", STORY)}{posts}</body></html>')
    assert published(html)[:10] == "2023-11-06"


def test_a_story_id_opening_with_its_filing_moment_dates_the_page():
    url = "https://news.example.org/news/article/A2023110614320005196"
    assert published(page(), url) == "2023-11-06"
    wayback = "https://web.archive.org/web/20231106143200/https://news.example.org/rivers"
    assert published(page(), wayback) != "2023-11-06"


def test_a_later_day_printed_by_the_headline_yields_to_the_day_the_url_files_the_story_under():
    header = '<div class="article-date"><time datetime="2024-12-04T00:05">2024/12/04 00:05</time></div>'
    url = "https://news.example.org/world/20241203-a-long-story/"
    assert published(page(header=header), url) == "2024-12-03"
    # an earlier printed day stays (the URL may name a later edit's day); no URL day: as printed
    earlier = header.replace("2024-12-04T00:05", "2024-12-02T10:05").replace("2024/12/04", "2024/12/02")
    assert published(page(header=earlier), url)[:10] == "2024-12-02"
    assert published(page(header=header))[:10] == "2024-12-04"
    # a structured timestamp is not overruled by the URL
    assert published(page(jsonld("2024-12-04T00:05:00+09:00")), url)[:10] == "2024-12-04"


@pytest.mark.parametrize(("line", "day"), [
    ("vor 3 Tagen", "2026-01-07"), ("Vor 2 Stunden aktualisiert", None), ("3 days ago", "2026-01-07"),
    ("il y a 2 jours", "2026-01-08"), ("Posted 5 hours ago", "2026-01-10"), ("gestern, 14:30 Uhr", "2026-01-09")])
def test_a_relative_date_is_resolved_against_the_fetch_never_the_clock(line, day):
    """"vor 3 Tagen" counts back from the fetch time the caller names (the crawl names
    each response's), so the same page fetched at the same time gives the same record
    on every run; read with no fetch time named, it dates nothing (it would mean
    another day on every run). An update's stamp dates no publication."""
    header = f'<div class="meta"><span class="date">{line}</span></div>'
    assert published(page(header=header)) == day
    article = parse_article(page(header=header), URL)
    assert article is not None and article.published is None


def test_a_date_after_the_fetch_is_dropped_whatever_the_clock_says():
    """Bounded by the fetch, not by today's clock: the page fetched on 2026-01-10 gives
    the same record on any later day (its "2026-03-01" was no publication date)."""
    article = parse_article(page(jsonld("2026-03-01T08:00:00+00:00")), URL, fetched_at=FETCHED)
    assert article is not None and article.published != "2026-03-01T08:00:00+00:00"
    assert published(page(jsonld("2026-01-11T23:30:00-05:00"))) == "2026-01-11T23:30:00-05:00"  # a zone away


# The published instant in the page's own offset: a UTC timestamp whose day is not
# the day the page prints is written at the offset the page gives evidence of (the
# same moment, never another one); no evidence, no offset.

def german(head: str, header: str) -> str:
    return page(head, header).replace('lang="en"', 'lang="de"')


def test_a_printed_local_time_gives_the_offset_of_a_utc_timestamp():
    html = german(jsonld("2024-05-03T22:30:00Z"), '<p class="date">4. Mai 2024, 00:30 Uhr</p>')
    assert published(html) == "2024-05-04T00:30:00+02:00"


@pytest.mark.parametrize(("stamp", "shown", "expected"), [
    ("2024-05-03T20:15:00Z", "4 May 2024, 02:00", "2024-05-04T02:00:00+05:45"),   # Nepal
    ("2024-05-03T19:00:00Z", "4 May 2024, 00:30", "2024-05-04T00:30:00+05:30"),   # India
    ("2024-05-03T11:30:00Z", "4 May 2024, 01:30", "2024-05-04T01:30:00+14:00"),   # Kiribati
    ("2024-05-04T10:00:00Z", "3 May 2024, 22:00", "2024-05-03T22:00:00-12:00"),   # the westmost
])
def test_a_printed_time_a_quarter_hour_offset_away_within_the_zones_gives_the_offset(stamp, shown, expected):
    html = page(jsonld(stamp), f'<p class="date">{shown}</p>')
    assert published(html) == expected


@pytest.mark.parametrize(("stamp", "shown"), [
    ("2024-05-04T11:00:00Z", "3 May 2024, 22:00"),   # UTC-13: no zone is that far west
    ("2024-05-03T22:30:00Z", "4 May 2024, 00:37"),   # 2 h 7 min: no zone's offset
])
def test_a_printed_time_no_zone_could_show_keeps_the_utc_timestamp(stamp, shown):
    html = page(jsonld(stamp), f'<p class="date">{shown}</p>')
    assert published(html) == stamp.replace("Z", "+00:00")


def test_a_printed_day_takes_the_offset_of_another_timestamp_of_the_page():
    # the printed day has no time; the page's modified metadata is written at +02:00
    head = jsonld("2024-05-03T22:30:00Z") + '<meta property="article:modified_time" content="2024-05-06T09:00:00+02:00">'
    assert published(german(head, '<p class="date">4. Mai 2024</p>')) == "2024-05-04T00:30:00+02:00"
    # the same from a <time datetime> elsewhere on the page
    aside = '<p>Korrektur <time datetime="2024-05-06T09:00:00+02:00">6. Mai</time></p>'
    html = german(jsonld("2024-05-03T22:30:00Z"), '<p class="date">4. Mai 2024</p>' + STORY + aside)
    assert published(html) == "2024-05-04T00:30:00+02:00"


def test_an_offset_that_does_not_give_the_printed_day_is_not_taken():
    # +01:00 (winter time, seen on a January date) puts 22:30 UTC on the 3rd still: the
    # summer day printed is the 4th; the day as printed stands, no offset is made up
    head = jsonld("2024-05-03T22:30:00Z") + '<meta property="article:modified_time" content="2024-01-06T09:00:00+01:00">'
    article = parse_article(german(head, '<p class="date">4. Mai 2024</p>'), URL, fetched_at=FETCHED)
    assert article is not None
    assert article.published == "2024-05-04"
    assert article.provenance["published_structured"] == "2024-05-03T22:30:00+00:00"


def test_another_timestamps_offset_no_zone_uses_is_not_taken():
    # -13:00 would give the printed 3rd, but no zone is that far west: the day as printed
    head = jsonld("2024-05-04T10:30:00Z") + '<meta property="article:modified_time" content="2024-05-06T09:00:00-13:00">'
    assert published(page(head, '<p class="date">3 May 2024</p>')) == "2024-05-03"


def test_a_printed_time_wins_over_another_timestamps_offset():
    # daylight saving: the modified stamp is at +01:00, the printed time says +02:00
    head = jsonld("2024-03-31T22:30:00Z") + '<meta property="article:modified_time" content="2024-03-20T09:00:00+01:00">'
    assert published(german(head, '<p class="date">1. April 2024, 00:30 Uhr</p>')) == "2024-04-01T00:30:00+02:00"


def test_no_evidence_of_an_offset_leaves_the_utc_timestamp_of_the_printed_day():
    html = german(jsonld("2024-05-03T12:30:00Z"), '<p class="date">3. Mai 2024, 14:30 Uhr</p>')
    assert published(html) == "2024-05-03T12:30:00+00:00"  # the days agree: nothing to re-express
    html = german(jsonld("2024-05-03T22:30:00Z"), '<p class="byline">Von Anna Berg</p>')
    assert published(html) == "2024-05-03T22:30:00+00:00"


def test_a_printed_day_two_days_away_is_no_offset():
    head = jsonld("2024-05-03T22:30:00Z") + '<meta property="article:modified_time" content="2024-05-06T09:00:00+02:00">'
    assert published(german(head, '<p class="date">5. Mai 2024, 00:30 Uhr</p>')) == "2024-05-05T00:30:00"


def test_a_timestamp_without_an_offset_or_at_one_takes_no_other_timestamps_offset():
    # no offset: no moment to re-express; the printed day and time as printed
    html = page(jsonld("2024-05-03T22:30:00"), '<p class="date">4 May 2024, 00:30</p>')
    assert published(html) == "2024-05-04T00:30:00"
    # a bare printed day: only a UTC timestamp takes another timestamp's offset
    head = jsonld("2024-05-03T20:30:00-02:00") + '<meta property="article:modified_time" content="2024-05-06T09:00:00+02:00">'
    assert published(page(head, '<p class="date">4 May 2024</p>')) == "2024-05-03T20:30:00-02:00"


def test_an_events_date_the_next_day_does_not_re_express_the_timestamp():
    html = page(jsonld("2024-05-03T22:30:00Z"), '<p class="date">Event date: 4 May 2024, 00:30</p>')
    assert published(html) == "2024-05-03T22:30:00+00:00"


def test_a_utc_modified_time_is_written_at_the_offset_of_the_printed_update():
    script = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers rise again",'
              ' "datePublished": "2024-05-03T08:00:00Z", "dateModified": "2024-05-04T22:15:00Z"}</script>')
    html = page(script, '<p class="date">May 3, 2024</p><p class="updated">Updated May 5, 2024, 00:15</p>')
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None
    assert article.modified == "2024-05-05T00:15:00+02:00"
    assert article.provenance["modified_structured"] == "2024-05-04T22:15:00+00:00"
    # an update line without a time, and no other offset on the page: left as it is
    html = page(script, '<p class="date">May 3, 2024</p><p class="updated">Updated May 5, 2024</p>')
    assert parse_article(html, URL, fetched_at=FETCHED).modified == "2024-05-04T22:15:00+00:00"


# Review of the s17 date rules: each case below was wrong after them (the URL's
# day, the header scan's end at </article>, the short "03.Mär.19" form, a
# related box's date, third-party Elementor post lists).

_PARA = "<p>" + "The council met and discussed many matters of local importance at length. " * 6 + "</p>"


def _story(head: str, url: str) -> str | None:
    html = (f"<html><head><title>T</title></head><body><article><h1>A headline here</h1>{head}"
            f"{_PARA}{_PARA}</article></body></html>")
    return parse_article(html, url, fetched_at="2024-06-10T00:00:00Z").published


@pytest.mark.parametrize(("head", "url", "expected"), [
    # digits opening a slug are no day the story was filed under
    ("<p>January 28, 2024</p>", "https://blog.example.org/2024/01/5-things-to-know-about-tax/", "2024-01-28"),
    ("<time datetime='2024-01-28T10:00:00'>January 28, 2024</time>",
     "https://blog.example.org/2024/01/15-best-restaurants/", "2024-01-28T10:00:00"),
    # an anniversary in the slug, years before the printed day
    ("<p>September 11, 2021</p>", "https://example.org/news/remembering-2001-09-11", "2021-09-11"),
    # a line labelled as the page's own publication beats the URL's day
    ("<p>Posted January 12, 2024</p>", "https://example.org/2024/01/08/council-budget/", "2024-01-12"),
    # an update printed a day later, unlabelled: the URL's day (the rule kept)
    ("<p>January 9, 2024</p>", "https://example.org/2024/01/08/council-budget/", "2024-01-08"),
])
def test_the_url_day_beats_a_printed_one_only_as_the_filing_day(head: str, url: str, expected: str) -> None:
    assert _story(head, url) == expected


@pytest.mark.parametrize("meta", [
    "<div><span>By Jane Doe</span> | <span>March 3, 2024</span></div>",
    "<div class='meta'>Von Jane Doe | 03.03.2024, 14:12 Uhr</div>",
])
def test_an_article_round_the_headline_alone_does_not_end_the_header(meta: str) -> None:
    html = (f"<html><head><title>A headline here</title></head><body><article><h1>A headline here</h1>"
            f"</article>{meta}<div>{_PARA}{_PARA}</div></body></html>")
    record = parse_article(html, "https://example.org/food/a-headline-here", fetched_at="2024-06-10T00:00:00Z")
    assert record.authors == ["Jane Doe"]
    assert record.published is not None and record.published.startswith("2024-03-03")


def test_a_card_before_the_byline_does_not_end_the_header() -> None:
    card = "<article class='card'><a href='/offer'>Subscribe now for one euro</a></article>"
    html = (f"<html><head><title>A headline here</title></head><body><h1>A headline here</h1>{card}"
            f"<div class='meta'>Von Jane Doe | 03.03.2024, 14:12 Uhr</div><div>{_PARA}{_PARA}</div></body></html>")
    record = parse_article(html, "https://example.org/a-headline-here", fetched_at="2024-06-10T00:00:00Z")
    assert record.authors == ["Jane Doe"]
    assert record.published == "2024-03-03T14:12:00"


@pytest.mark.parametrize("text", ["Fr., 3. Okt. 20 Uhr, Stadthalle", "Konzert am 12. Dez. 19 Uhr",
                                  "Sa. 5. Sept. 18 Uhr"])
def test_an_event_time_is_no_short_date(text: str) -> None:
    assert find_date_span(text, "de") is None


def test_the_short_date_form_still_reads() -> None:
    span = find_date_span("Stand: 03.Mär.19", "de")
    assert span is not None and span[0].startswith("2019-03-03")


_LD = ('<script type="application/ld+json">{"@type":"BlogPosting","headline":"Best food in town",'
       '"datePublished":"2024-03-10T09:00:00+00:00"}</script>')


def test_a_related_box_read_through_its_column_gives_no_date() -> None:
    box = ("<div class='col'><div class='related-posts'><div class='inner'><a href='/other'>Another story"
           " entirely</a> March 1, 2024</div></div></div>")
    html = (f"<html><head><title>Best food in town</title>{_LD}</head><body><h1>Best food in town</h1>"
            f"{box}<div>{_PARA}{_PARA}</div></body></html>")
    record = parse_article(html, "https://example.org/best-food-in-town/", fetched_at="2024-06-10T00:00:00Z")
    assert record.published == "2024-03-10T09:00:00+00:00"


def _widget(kind: str, inner: str) -> str:
    return (f'<div class="elementor-element elementor-widget elementor-widget-{kind}">'
            f'<div class="elementor-widget-container">{inner}</div></div>')


@pytest.mark.parametrize("kind", ["eael-post-grid", "jet-listing-grid", "uael-posts"])
def test_an_elementor_add_on_post_list_is_a_widget_region(kind: str) -> None:
    grid = _widget(kind, "<article><h3><a href='/other'>Another story entirely</a></h3>"
                         "<span>March 1, 2024</span></article>")
    title = _widget("theme-post-title", "<h1>Best food in town</h1>")
    html = (f"<html><head><title>Best food in town</title>{_LD}</head><body><div class='elementor'>"
            f"<section>{title}</section><section><div class='elementor-column'>{grid}</div>"
            f"<div class='elementor-column'>{_widget('theme-post-content', _PARA * 3)}</div></section>"
            f"</div></body></html>")
    record = parse_article(html, "https://example.org/best-food-in-town/", fetched_at="2024-06-10T00:00:00Z")
    assert record.published == "2024-03-10T09:00:00+00:00"


@pytest.mark.parametrize("fetched_at", ["2024-13-45T00:00:00Z", "2024-02-30T00:00:00Z", "0000-00-00T00:00:00Z"])
def test_a_malformed_fetch_time_bounds_nothing(fetched_at: str) -> None:
    # a WARC's malformed WARC-Date reaches the parser as it is
    record = parse_article(page(header="<p>May 4, 2024</p>"), URL, fetched_at=fetched_at)
    assert record.published == "2024-05-04"


@pytest.mark.parametrize(("stamp", "printed", "expected"), [
    ("2024-05-04T03:02:00Z", "May 3, 2024 11:47 pm", "2024-05-04T03:02:00+00:00"),  # -03:15: no zone's
    ("2024-05-03T20:00:00Z", "May 4, 2024 1:30 am", "2024-05-04T01:30:00+05:30"),   # India's
])
def test_only_a_zone_s_offset_re_expresses_a_utc_time(stamp: str, printed: str, expected: str) -> None:
    ld = ('<script type="application/ld+json">{"@type":"NewsArticle","headline":"Rivers rise again",'
          f'"datePublished":"{stamp}"}}</script>')
    record = parse_article(page(head=ld, header=f"<p class='date'>{printed}</p>"), URL, fetched_at=FETCHED)
    assert record.published == expected


def test_a_header_article_inside_the_story_does_not_end_the_header() -> None:
    html = (f"<html><head><title>A headline here</title></head><body><article class='story'>"
            f"<article class='story-header'><h1>A headline here</h1></article><p>By Jane Doe</p>"
            f"{_PARA}{_PARA}</article></body></html>")
    record = parse_article(html, "https://example.org/food/a-headline-here", fetched_at="2024-06-10T00:00:00Z")
    assert record.authors == ["Jane Doe"]


# A date line below the headline: a broadcast note (an airing's day, never the page's)
# and a byline's date (the page's, unless a marked box above says otherwise).
AIRED_BELOW = ('<p class="source-origin">Über dieses Thema berichtet: Radio Eins am '
               '<time datetime="2025-04-14T17:50:00+02:00">14.04.2025 um 17:50 Uhr</time>.</p>')
BYLINE_BELOW = ('<p class="source-origin">Von Anna Berg, '
                '<time datetime="2025-04-14T17:50:00+02:00">14.04.2025 um 17:50 Uhr</time></p>')


def broadcast_page(box_class: str, below: str = AIRED_BELOW) -> str:
    above = (f'<section class="meta"><div class="{box_class}"><time datetime="2025-04-15T14:36:37+02:00">'
             '15.04.2025, 14:36 Uhr</time></div></section>')
    return (f'<!doctype html><html lang="de"><head><title>Streiks</title></head><body><article><header>{above}'
            f'<h1>Streiks: ein Problem</h1>{below}</header>{STORY}</article></body></html>')


def test_a_time_above_the_headline_marked_as_the_publication_beats_an_unmarked_one_below():
    assert published(broadcast_page("article-publicationDate notUpdated")) == "2025-04-15T14:36:37+02:00"


@pytest.mark.parametrize("box_class", ["article-date", "publicationDate lastUpdated", "republic-header"])
def test_an_unmarked_or_updated_time_above_the_headline_leaves_the_one_below(box_class):
    assert published(broadcast_page(box_class, BYLINE_BELOW)) == "2025-04-14T17:50:00+02:00"


def test_a_marked_time_above_the_headline_in_a_related_list_leaves_the_one_below():
    html = broadcast_page("publicationDate", BYLINE_BELOW).replace('<section class="meta">', '<section class="related">')
    assert published(html) == "2025-04-14T17:50:00+02:00"


def printed_broadcast_page(box_class: str, below: str = AIRED_BELOW) -> str:
    """:func:`broadcast_page` as templates without ``datetime`` print it: the dates in the text alone."""
    html = broadcast_page(box_class, below)
    for stamp in ('datetime="2025-04-15T14:36:37+02:00"', 'datetime="2025-04-14T17:50:00+02:00"'):
        html = html.replace(f"<time {stamp}>", "<time>")
    return html


def test_a_printed_time_above_the_headline_marked_as_the_publication_beats_a_printed_one_below():
    # the line below dates the radio report on the topic, not the page
    assert published(printed_broadcast_page("article-publicationDate notUpdated")) == "2025-04-15T14:36:00"


@pytest.mark.parametrize("box_class", ["article-date", "publicationDate lastUpdated", "republic-header"])
def test_an_unmarked_or_updated_printed_time_above_the_headline_leaves_the_one_below(box_class):
    assert published(printed_broadcast_page(box_class, BYLINE_BELOW)) == "2025-04-14T17:50:00"


def test_a_marked_time_above_the_headline_printing_no_date_leaves_the_one_below():
    html = printed_broadcast_page("publicationDate", BYLINE_BELOW).replace("15.04.2025, 14:36 Uhr", "14:36 Uhr")
    assert published(html) == "2025-04-14T17:50:00"


def _card_page(card: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>Ferry</title></head><body><article>{card}"
            "<h1>Ferry service approved for island</h1>"
            "<p class='byline'>By Jane Doe, <time datetime='2025-11-04'>4 Nov 2025</time></p>"
            f"{STORY}</article></body></html>")


@pytest.mark.parametrize("card", [
    # a ticker's link to another story, its date marked as published
    "<div class='ticker'><a href='/news/older'>Library closes "
    "<time class='published' datetime='2024-01-03'>3 Jan 2024</time></a></div>",
    # a prev-next box
    "<div class='prev-next'><a href='/news/older'>Library closes for repairs "
    "<time class='published' datetime='2024-01-03'>3 Jan 2024</time></a></div>",
    # a teaser card with a heading (WordPress marks every teaser's date "entry-date published")
    "<div class='card'><h3>Library closes for repairs</h3><span class='posted-on'>"
    "<time class='entry-date published' datetime='2024-01-03'>3 Jan 2024</time></span></div>",
])
def test_a_marked_time_above_the_headline_in_another_storys_card_leaves_the_one_below(card):
    assert published(_card_page(card)) == "2025-11-04"


def test_a_marked_time_in_a_permalink_above_the_headline_still_beats_the_one_below():
    # WordPress wraps the page's own date in a link to the page: no words beside the date
    card = ("<div class='entry-meta'><span class='posted-on'><a href='/ferry' rel='bookmark'>"
            "<time class='entry-date published' datetime='2025-11-03'>3 Nov 2025</time></a></span></div>")
    assert published(_card_page(card)) == "2025-11-03"


def test_a_marked_time_in_a_note_above_the_headline_leaves_the_one_below():
    note = ("<div class='series'><span>Part 2 of the series, first published "
            "<time class='published' datetime='2019-03-01'>1 March 2019</time></span></div>")
    assert published(_card_page(note)) == "2025-11-04"


def test_a_labelled_marked_time_above_the_headline_still_beats_the_one_below():
    label = "<div class='post-meta'>Published on <time class='published' datetime='2025-11-03'>3 Nov 2025</time></div>"
    assert published(_card_page(label)) == "2025-11-03"


def test_a_sentence_opening_with_an_event_day_does_not_date_the_page():
    """"Am 25. Mai 2024 feiert der Chor ..." is the day of an event; a press
    release's dateline set apart by a dash still dates the page."""
    event = ("<p>Am 25. Mai 2024 feiert der Gemischte Chor sein hundertjähriges Bestehen mit einem "
             "großen Konzert in der Stadtkirche und einem Empfang im Gemeindesaal.</p>")
    created = "<p class='item-footer'>Erstellt: 05.03.2024</p>"
    html = page(body=event + STORY + created).replace('lang="en"', 'lang="de"')
    assert published(html) == "2024-03-05"
    release = ("<p>Hamburg, 05.03.2024 – Die Stadtwerke haben am Dienstag ihre neue Radverbindung "
               "zwischen dem Bahnhof und dem Gewerbegebiet für den Verkehr freigegeben.</p>")
    html = page(body=release + STORY).replace('lang="en"', 'lang="de"')
    assert published(html) == "2024-03-05"


def titled_page(title: str, head: str = "", tail: str = "") -> str:
    return (f"<!doctype html><html lang=\"de\"><head><title>{title}</title>{head}</head><body><main>"
            f"<article><h1>{title}</h1>{STORY}{tail}</article></main></body></html>")


@pytest.mark.parametrize("head,tail,expected", [
    ('<meta property="article:modified_time" content="2024-03-02T10:00:00+01:00">', "", "2024-03-02"),
    ("", '<p class="updated">Zuletzt aktualisiert: 02.03.2024</p>', "2024-03-02"),
])
def test_a_title_day_later_than_the_pages_modified_day_is_an_events(head, tail, expected):
    assert published(titled_page("Sommerfest im Stadtpark – 14.07.2024", head, tail)) == expected


def test_the_day_a_title_ends_with_dates_a_page_with_no_earlier_evidence():
    later = '<meta property="article:modified_time" content="2023-06-14T10:00:00+02:00">'
    assert published(titled_page("Post-Vac-Syndrom: Was wissen wir? – DW – 13.06.2023", later)) == "2023-06-13"


@pytest.mark.parametrize(("lang", "line"), [
    ("fr", "Mis à jour le 14/05/2023 à 09h00 | Publié le 12/05/2023 à 10h00"),
    ("en", "Last updated on May 14, 2023 | Posted on May 12, 2023 by Ann Lee"),
    ("de", "Aktualisiert: 14.05.2023, 09:12 Publiziert: 12.05.2023, 14:30"),
    ("pt", "Atualizado em 14/05/2023 às 09h00 | Publicado em 12/05/2023 às 10h00"),
    ("pl", "Aktualizacja: 14.05.2023 09:00 Publikacja: 12.05.2023 10:00"),
])
def test_an_update_printed_before_the_publication_in_the_date_line_is_not_the_dateline(lang, line):
    """Themes print the latest change first; the day after the publication label dates the page."""
    html = page(header=f'<div class="entry-meta">{line}</div>').replace('lang="en"', f'lang="{lang}"')
    assert published(html)[:10] == "2023-05-12"


def test_a_teaser_articles_structured_data_before_the_pages_own_does_not_date_it():
    """Teaser cards may carry their own NewsArticle blocks, earlier in the source than
    the page's; the page's own names its title (or its canonical URL)."""
    def block(headline: str, day: str, url: str) -> str:
        author = '{"@type": "Person", "name": "Ann Lee"}'
        return ('<script type="application/ld+json">{"@type": "NewsArticle", '
                f'"headline": "{headline}", "datePublished": "{day}", "author": {author}, "url": "{url}"}}</script>')
    teaser = block("Bridges closed after the storm", "2019-02-01T08:00:00+01:00", "https://news.example.org/bridges")
    own = block("Rivers rise again", "2019-03-14T08:00:00+01:00", URL)
    assert published(page(body=teaser + STORY + own))[:10] == "2019-03-14"
    own_by_url = block("Rivers rise again, the town watches", "2019-03-14T08:00:00+01:00", URL + "/")
    canonical = f'<link rel="canonical" href="{URL}">'
    assert published(page(canonical, body=teaser + STORY + own_by_url))[:10] == "2019-03-14"


def test_a_recent_posts_widget_inside_the_box_holding_the_dateline_does_not_date_the_story():
    """A page builder's section read as one line: the widget's dates are other posts'."""
    section = ('<section class="elementor-section"><div class="elementor-widget-posts"><div class="elementor-post">'
               '<h3><a href="/old">Bridges closed</a></h3><span class="elementor-post-date">2. April 2023</span>'
               '</div></div><div class="elementor-widget-post-info"><ul class="elementor-post-info">'
               '<li>12. Mai 2023</li><li>Anna Muster</li></ul></div></section>')
    html = (f"<!doctype html><html lang=\"de\"><head><title>Rivers rise again</title></head><body><main>"
            f"<section><h1>Rivers rise again</h1></section>{section}<section>{STORY}</section></main></body></html>")
    assert published(html)[:10] == "2023-05-12"


@pytest.mark.parametrize("item", [
    '{"@type": "VideoObject", "name": "The flood in pictures", "uploadDate": "2019-01-20T10:00:00+01:00",'
    ' "datePublished": "2019-01-20T10:00:00+01:00", "thumbnailUrl": "https://news.example.org/v.jpg"}',
    '{"@type": "Review", "name": "Reader review", "datePublished": "2018-06-02",'
    ' "author": {"@type": "Person", "name": "A reader"}, "reviewBody": "Good."}',
])
def test_an_embedded_clips_or_reviews_structured_date_does_not_date_the_story(item):
    """The page's only JSON-LD node is a clip or a review it shows, not the story:
    the page's article:published_time dates it; the item's date only when nothing else does."""
    block = f'<script type="application/ld+json">{item}</script>'
    meta = '<meta property="article:published_time" content="2019-03-14T08:00:00+01:00">'
    assert published(page(meta + block))[:10] == "2019-03-14"
    assert published(page(body=STORY + block))[:10] == item.split('"datePublished": "')[1][:10]


def test_a_teasers_microdata_date_before_the_story_does_not_date_it():
    """A sidebar marked up as articles comes first in the source; the story's own
    ``datePublished`` is the one in the item holding the headline."""
    teaser = ('<aside><div itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline">Bridges'
              ' closed</h3><meta itemprop="datePublished" content="2019-02-01T08:00:00+01:00"></div></aside>')
    story = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Rivers rise'
             ' again</h1><meta itemprop="datePublished" content="2019-03-14T08:00:00+01:00">'
             f'<div itemprop="articleBody">{STORY}</div></article>')
    html = f"<!doctype html><html lang=\"en\"><head><title>Rivers rise again</title></head><body>{teaser}{story}</body></html>"
    assert published(html)[:10] == "2019-03-14"
    spans = html.replace("<meta itemprop=\"datePublished\" content=\"2019-02-01T08:00:00+01:00\">",
                         '<span itemprop="datePublished">1 February 2019</span>')
    assert published(spans.replace('<meta itemprop="datePublished" content="2019-03-14T08:00:00+01:00">',
                                   '<span itemprop="datePublished">14 March 2019</span>'))[:10] == "2019-03-14"



_LONG = ("Rivers rise again across the valley as the town council meets to decide whether to close the old"
         " stone bridge to all traffic")
_CLIP = ('<script type="application/ld+json">{{"@type": "VideoObject", "name": "{name}", "uploadDate":'
         ' "2023-05-02T08:00:00+00:00", "datePublished": "2023-05-02T08:00:00+00:00",'
         ' "author": {{"@type": "Organization", "name": "Agency TV"}}, "thumbnailUrl": "https://news.example.org/v.jpg"}}</script>')


@pytest.mark.parametrize("own", [
    # the story's headline cut to 110 characters (a common CMS limit), no author
    f'{{"@type": "NewsArticle", "headline": "{_LONG[:110]}", "datePublished": "2023-05-12T10:00:00+00:00"}}',
    # the story nested under the WebPage's mainEntity, its headline longer than the title
    f'{{"@type": "WebPage", "name": "{_LONG}", "mainEntity": {{"@type": "NewsArticle", "headline":'
    f' "{_LONG}, as council meets", "datePublished": "2023-05-12T10:00:00+00:00"}}}}',
])
def test_a_clip_named_like_the_page_does_not_outrank_the_pages_article_node(own):
    """Naming the page marks the story among article nodes; a VideoObject named
    like the page is still the clip, not the story."""
    head = (f'<meta property="og:title" content="{_LONG}">'
            f'<script type="application/ld+json">{own}</script>' + _CLIP.format(name=_LONG))
    html = (f"<!doctype html><html lang=\"en\"><head><title>{_LONG} | Riverside News</title>{head}</head>"
            f"<body><article><h1>{_LONG}</h1><p class=\"byline\">By Ann Lee</p>{STORY}</article></body></html>")
    assert published(html)[:10] == "2023-05-12"


def test_an_itemscope_on_the_body_does_not_make_a_sidebar_date_the_headlines():
    """Themes put ``itemscope itemtype=WebPage`` on <body>; the story's date in its
    own item comes first and stands, not a sidebar's ``datePublished`` in no item of its own."""
    html = ('<!doctype html><html lang="en"><head><title>Rivers rise again</title></head>'
            '<body itemscope itemtype="https://schema.org/WebPage"><header class="page-header">'
            '<h1 class="entry-title">Rivers rise again</h1></header>'
            '<article itemscope itemtype="https://schema.org/BlogPosting"><meta itemprop="headline"'
            ' content="Rivers rise again"><meta itemprop="datePublished" content="2023-05-12T10:00:00+00:00">'
            f'<p class="byline">By <span itemprop="author">Ann Lee</span></p>{STORY}</article>'
            '<aside class="sidebar"><h3>Recent posts</h3><ul><li><a href="/bridge">Bridge closed</a>'
            ' <time itemprop="datePublished" datetime="2023-04-02T09:00:00+00:00">April 2, 2023</time></li>'
            '</ul></aside></body></html>')
    assert published(html)[:10] == "2023-05-12"


@pytest.mark.parametrize("lang, line", [
    ("pt-BR", "12/05/2023 10h00 Atualizado em 14/05/2023 09h00"),
    ("pl", "12 maja 2023, 10:00 Aktualizacja: 14 maja 2023, 09:00"),
    ("pl", "Data utworzenia: 12 maja 2023, 10:00 · Aktualizacja: 14 maja 2023, 09:00"),
    ("en", "May 12, 2023, 10:00 AM Updated: May 14, 2023, 9:00 AM"),
])
def test_a_date_line_printing_the_publication_before_the_update_is_read_up_to_the_update(lang, line):
    """G1-, Onet-style lines: the first date, before the "updated" label, is the publication."""
    html = (f"<!doctype html><html lang=\"{lang}\"><head><title>Rivers rise again</title></head><body><article>"
            f"<h1>Rivers rise again</h1><div class=\"date\">{line}</div>{STORY}</article></body></html>")
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.published[:10] == "2023-05-12"
    assert article.modified is not None and article.modified[:10] == "2023-05-14"


_JL_12 = ('<script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rivers rise again",'
          ' "datePublished": "2023-05-12T08:00:00+01:00"}</script>')


@pytest.mark.parametrize("lang, head, body", [
    ("en", _JL_12, '<p class="meta">May 14, 2023 10:00 AM ET (Updated)</p>'),
    ("de", _JL_12, '<p class="meta">14.05.2023, 09:12 Uhr · aktualisiert</p>'),
    ("en", "", '<div class="meta">May 14, 2023 · Updated</div><div class="byline">By Ann Lee, May 12, 2023</div>'),
    ("en", "", '<p class="meta">May 14, 2023 - Last modified</p><p>Posted <time datetime="2023-05-12">May 12, 2023'
               '</time></p>'),
    ("en", "", '<p class="meta">May 14, 2023 10:00 AM ET (Updated)</p><p class="date">First published May 12, 2023</p>'),
])
def test_a_date_before_a_bare_trailing_updated_label_is_the_update_not_the_publication(lang, head, body):
    """ "May 14, 2023 (Updated)", "14.05.2023 · aktualisiert": the label with no date of
    its own after it names the date before it; the publication is read elsewhere."""
    html = (f"<!doctype html><html lang=\"{lang}\"><head><title>Rivers rise again</title>{head}</head><body><article>"
            f"<h1>Rivers rise again</h1>{body}{STORY}</article></body></html>")
    assert published(html)[:10] == "2023-05-12"


def test_a_publication_line_ending_in_a_relative_update_is_read_up_to_the_label():
    """G1's "12/05/2023 10h00 Atualizado há 2 dias": the label's own stamp is relative."""
    html = ("<!doctype html><html lang=\"pt-BR\"><head><title>Rio sobe de novo</title></head><body><article>"
            "<h1>Rio sobe de novo</h1><p class=\"content-publication-data__updated\">12/05/2023 10h00 "
            f"<span>Atualizado há 2 dias</span></p>{STORY}</article></body></html>")
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.published == "2023-05-12T10:00:00"


def test_a_video_or_review_that_is_the_page_keeps_its_structured_dates():
    """A video page ("Watch: ...") or a review ("X review: verdict") names its node
    loosely; without a published time of the page's own the node dates it, not an
    "Up next" card's <time> or a render date, and its dateModified stands."""
    video = ('<script type="application/ld+json">{"@type": "VideoObject", "name": "Flood in pictures", "uploadDate":'
             ' "2023-05-12T10:00:00+00:00", "datePublished": "2023-05-12T10:00:00+00:00",'
             ' "thumbnailUrl": "https://news.example.org/v.jpg"}</script>')
    up_next = ('<div class="up-next"><h2>Up next</h2><div class="card"><a href="/video/bridge">Bridge closed after the'
               ' storm</a> <time datetime="2023-04-02T09:00:00+00:00">April 2</time></div></div>')
    html = (f"<!doctype html><html lang=\"en\"><head><title>Watch: Flood in pictures | Riverside News</title>{video}"
            f"</head><body><main><div class=\"video-page\"><h1>Watch: Flood in pictures</h1><p class=\"summary\">The"
            f" river rose again.</p>{up_next}{STORY}</div></main></body></html>")
    assert published(html)[:10] == "2023-05-12"
    review = ('<script type="application/ld+json">{"@type": "Review", "name": "Aurora X5", "itemReviewed":'
              ' {"@type": "Product", "name": "Aurora X5"}, "author": {"@type": "Person", "name": "Ann Lee"},'
              ' "datePublished": "2023-05-12", "dateModified": "2023-06-01"}</script>')
    html = (f"<!doctype html><html lang=\"en\"><head><title>Aurora X5 review: the best just got better</title>"
            f"<meta name=\"date\" content=\"2026-01-09\">{review}</head><body><main><article><h1>Aurora X5 review:"
            f" the best just got better</h1><p class=\"byline\">By Ann Lee</p>{STORY}</article></main></body></html>")
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.published[:10] == "2023-05-12"
    assert article.modified == "2023-06-01"


def test_a_page_builders_field_widget_printing_the_posts_own_date_is_read():
    """Elementor single templates print the post's date in JetEngine's
    "jet-listing-dynamic-field" widget: no other story's box (no link, no heading)."""
    section = ('<section class="elementor-section"><div class="elementor-widget-jet-listing-dynamic-field">'
               '<div class="jet-listing-dynamic-field__content">12. Mai 2023</div></div>'
               '<div class="elementor-widget-text-editor">Anna Muster</div></section>')
    html = (f"<!doctype html><html lang=\"de\"><head><title>Der Fluss steigt wieder</title></head><body><main>"
            f"<section class=\"elementor-section\"><h1 class=\"elementor-heading-title\">Der Fluss steigt wieder</h1>"
            f"</section>{section}<section>{STORY}</section></main></body></html>")
    assert published(html)[:10] == "2023-05-12"
    # the field links the date to its day's archive: still the post's own date line
    j1 = ('<!doctype html><html lang="en"><head><title>Rivers rise again</title></head><body><div class="elementor-section">'
          '<h1>Rivers rise again</h1><div class="meta-row"><div class="elementor-widget'
          ' elementor-widget-jet-listing-dynamic-field"><a href="/2023/05/12/">May 12, 2023</a></div>'
          f' <div class="elementor-widget-heading">By Ann Lee</div></div>{STORY}</div></body></html>')
    article = parse_article(j1, URL, fetched_at=FETCHED)
    assert article is not None and article.published == "2023-05-12"
    assert article.provenance["published"] == "heuristic"


@pytest.mark.parametrize("lang, line", [
    ("pt", "Atualizada em 14/05/2023 às 09h00 | Publicada em 12/05/2023 às 10h00"),
    ("pl", "Data aktualizacji: 14.05.2023 09:00 | Opublikowano: 12.05.2023 10:00"),
    ("de", "Aktualisiert am 14.05.2023, 09:12 Uhr – Erstveröffentlichung: 12.05.2023, 14:30 Uhr"),
])
def test_an_update_first_line_with_a_feminine_or_genitive_update_word_is_dated_by_the_publication(lang, line):
    """Portuguese "Atualizada" (a notícia, a matéria), Polish "Data aktualizacji" (of the update);
    German "Erstveröffentlichung" (first publication) as the publication label."""
    html = (f"<!doctype html><html lang=\"{lang}\"><head><title>Rivers rise again</title></head><body><article>"
            f"<h1>Rivers rise again</h1><div class=\"entry-meta\">{line}</div>{STORY}</article></body></html>")
    assert published(html)[:10] == "2023-05-12"


def _teaser_then_own(title: str, own_fields: str, head: str = "") -> str:
    """A teaser's NewsArticle block before the page's own (a headline unlike the
    <title>'s unless ``title`` says so), each with an author."""
    def block(fields: str) -> str:
        return ('<script type="application/ld+json">{"@type": "NewsArticle", "author": {"@type": "Person",'
                f' "name": "Ann Lee"}}, {fields}}}</script>')
    teaser = block('"headline": "Bridges closed after the storm", "datePublished": "2019-02-01T08:00:00+01:00",'
                   ' "url": "https://news.example.org/bridges"')
    own = block(f'"headline": "Rivers rise again", "datePublished": "2019-03-14T08:00:00+01:00"{own_fields}')
    return (f"<!doctype html><html lang=\"en\"><head><title>{title}</title>{head}{teaser}{own}</head>"
            f"<body><article><h1>Rivers rise again</h1>{STORY}</article></body></html>")


@pytest.mark.parametrize("title, own_fields, head", [
    # the site's name first in the <title>
    ("Riverside News - Rivers rise again", "", ""),
    ("Riverside News | Rivers rise again", "", ""),
    # the node's address relative to the page, or differing from it only in form
    ("Riverside News", ', "url": "/world/a-long-story-about-rivers"', ""),
    ("Riverside News", ', "mainEntityOfPage": {"@type": "WebPage", "@id": "/world/a-long-story-about-rivers"}', ""),
    ("Riverside News", ', "@id": "/world/a-long-story-about-rivers#article"', ""),
    ("Riverside News", f', "url": "{URL.replace("://", "://www.")}/"', ""),
    ("Riverside News", f', "url": "{URL}?ref=home#top"', ""),
    ("Riverside News", ', "url": "http://www.news.example.org/w/rivers"',
     '<link rel="canonical" href="/w/rivers/">'),
])
def test_the_pages_own_jsonld_node_is_known_by_a_site_first_title_or_a_relative_or_loose_address(
        title, own_fields, head):
    """The page's own node, after a teaser's: named by the <title> with the site's name
    first, or by an address read against the page's (the fetched one or the canonical)
    with "www.", a trailing slash, a tracking query and the fragment aside."""
    assert published(_teaser_then_own(title, own_fields, head))[:10] == "2019-03-14"


def test_a_query_naming_another_item_does_not_name_the_page():
    """Two addresses that differ in their queries ("?id=5", "?id=6") are two pages."""
    html = _teaser_then_own("Riverside News", ', "url": "https://news.example.org/a.php?id=5"')
    html = html.replace("https://news.example.org/bridges", "https://news.example.org/a.php?id=6")
    assert published(html, "https://news.example.org/a.php?id=5")[:10] == "2019-03-14"
    swapped = html.replace("id=5", "id=X").replace("id=6", "id=5").replace("id=X", "id=6")
    assert published(swapped, "https://news.example.org/a.php?id=5")[:10] == "2019-02-01"


@pytest.mark.parametrize("author", [
    '<div itemprop="author" itemscope itemtype="https://schema.org/Person">By <span itemprop="name">Ann Lee</span>'
    '<meta itemprop="datePublished" content="2019-03-14T08:00:00+01:00"></div>',
    '<div itemprop="author" itemscope>By <span itemprop="name">Ann Lee</span>'
    '<meta itemprop="datePublished" content="2019-03-14T08:00:00+01:00"></div>',
])
def test_the_storys_microdata_date_inside_its_authors_item_is_the_storys(author):
    """A person has no publication date: a ``datePublished`` printed inside the byline's
    Person item belongs to the story's item around it, not to a teaser's before it."""
    teaser = ('<aside><div itemscope itemtype="https://schema.org/NewsArticle"><h3 itemprop="headline">Bridges'
              ' closed</h3><meta itemprop="datePublished" content="2019-02-01T08:00:00+01:00"></div></aside>')
    story = ('<article itemscope itemtype="https://schema.org/NewsArticle"><h1 itemprop="headline">Rivers rise'
             f' again</h1>{author}{STORY}</article>')
    html = f"<!doctype html><html lang=\"en\"><head><title>Rivers rise again</title></head><body>{teaser}{story}</body></html>"
    assert published(html)[:10] == "2019-03-14"


def test_a_publication_label_in_brackets_after_the_update_leaves_no_bracket_in_the_raw_line():
    """"Stand: <update> (Erstveröffentlichung: <publication>)": the line as printed from the label on."""
    line = "Stand: 14.05.2023, 09:12 Uhr (Erstveröffentlichung: 12.05.2023, 14:30 Uhr)"
    html = (f"<!doctype html><html lang=\"de\"><head><title>Rivers rise again</title></head><body><article>"
            f"<h1>Rivers rise again</h1><div class=\"entry-meta\">{line}</div>{STORY}</article></body></html>")
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.published == "2023-05-12T14:30:00"
    assert article.provenance["published_raw"] == "Erstveröffentlichung: 12.05.2023, 14:30 Uhr"


@pytest.mark.parametrize("line", [
    "Last updated on May 14, 2023 | Posted by Margaret Roberts-Smith on May 12, 2023",
    "Updated May 14, 2023 | Published by Margaret Roberts-Smith and John Doe on May 12, 2023",
    "Last updated on May 14, 2023 | Posted in World News and Politics on May 12, 2023",
])
def test_an_update_first_line_with_a_long_byline_before_the_publication_date_is_dated_by_it(line):
    """A theme's "Posted by <writer> on <date>" after the update: a long name (or a
    category) between the label and its date still makes it the publication's."""
    html = page(header=f'<div class="entry-meta">{line}</div>')
    article = parse_article(html, URL, fetched_at=FETCHED)
    assert article is not None and article.published == "2023-05-12" and article.modified == "2023-05-14"


def test_a_numeric_date_the_url_names_with_day_and_month_swapped_is_read_the_urls_way():
    """An English-language page of a European site prints "03/01/2025" day first; read
    month first it is 1 March, and the URL files the story under 2025/01/03: the
    reading the URL names is the page's (the printed time stays)."""
    html = page(header='<div class="byline">By Ann Lee. Published on 03/01/2025 - 13:55</div>')
    assert published(html, "https://news.example.org/2025/01/03/rivers-rise-again") == "2025-01-03T13:55:00"
    # another day in the URL, or a month's name: the printed reading stays
    assert published(html, "https://news.example.org/2025/01/04/rivers-rise-again")[:10] == "2025-03-01"
    named = page(header='<div class="byline">By Ann Lee. Published on March 1, 2025</div>')
    assert published(named, "https://news.example.org/2025/01/03/rivers-rise-again")[:10] == "2025-03-01"


@pytest.mark.parametrize("path", [
    "/n1/2025/0103/c1002-40000000.html",   # year, then month and day as one part
    "/gn/2025/01-03/10300000.shtml",       # year, then month-day
    "/world/2025-01/03/c_1130000000.htm",  # year-month, then day
    "/world/2025/jan/03/rivers-rise-again",  # year, month's name, day
])
def test_a_day_filed_in_the_url_as_news_systems_split_it_dates_a_page_printing_none(path):
    """A page printing no date, filed by day in its URL path in one of the forms news
    systems use besides 2025/01/03: the URL's day."""
    html = page(header='<div class="byline">By Ann Lee</div>')
    assert published(html, "https://news.example.org" + path) == "2025-01-03"


def test_a_printed_time_marked_as_the_update_does_not_date_the_page():
    # a post scheduled the day before it went up: the theme prints the update's stamp first
    header = ("<p><span class='author vcard'><a href='/author/jane-doe/'>Jane Doe</a></span> | "
              "<time class='updated'>May 3, 2024</time><time class='entry-date published'>May 4, 2024</time>"
              " | <a href='/category/news/' rel='tag'>News</a></p>")
    record = parse_article(page(header=header), URL, fetched_at=FETCHED)
    assert (record.published, record.provenance["published_raw"]) == ("2024-05-04", "May 4, 2024")


@pytest.mark.parametrize("classes", ["entry-date published updated", "date"])
def test_a_printed_time_marked_as_the_publication_or_unmarked_dates_the_page(classes: str) -> None:
    # WordPress marks an unrevised post's one date both published and updated
    header = f"<p>By Jane Doe | <time class='{classes}'>May 3, 2024</time> | <a href='/news/'>News</a></p>"
    assert parse_article(page(header=header), URL, fetched_at=FETCHED).published == "2024-05-03"


def _above_page(above: str) -> str:
    return (f"<!doctype html><html lang=\"en\"><head><title>Ferry</title></head><body><div class='k1'>"
            f"<div class='k2'>{above}<h1 class='k3'>Ferry service approved for island</h1></div>"
            f"{STORY}{STORY}</div></body></html>")


@pytest.mark.parametrize(("above", "expected"), [
    # the date row right above the headline, its class names saying nothing
    ("<div class='k4'>6 May 2022 - 2:00 a.m.</div>", ("2022-05-06T02:00:00", "6 May 2022 - 2:00 a.m.")),
    # a kicker holding the date in an element of its own
    ("<span class='k5'>Ferries - <span class='k6'>15 February 2022</span></span>", ("2022-02-15", "15 February 2022")),
])
def test_a_bare_date_right_above_the_headline_dates_the_page(above: str, expected: tuple[str, str]) -> None:
    # the printed line dates the page (before: only the last resort's earliest date in the text, if any)
    record = parse_article(_above_page(above), "https://example.org/ferry", fetched_at=FETCHED)
    assert (record.published, record.provenance.get("published_raw")) == expected


@pytest.mark.parametrize("above", [
    "<div class='k4'>Updated 6 May 2022</div>",                                # an update's
    "<div class='k4'><a href='/older'>6 May 2022</a></div>",                    # a link: another page's
    "<div class='k4'>6 May 2022: the council meets to decide on the ferry route</div>",  # more than a date
    "<div class='k4'>Ferries</div><div class='k7'>6 May 2022</div><p class='k8'>A kicker</p>",  # not right above
])
def test_other_lines_above_the_headline_do_not_date_the_page(above: str) -> None:
    # (the search's last resort may still find the day in the page's text: no printed line names it)
    record = parse_article(_above_page(above), "https://example.org/ferry", fetched_at=FETCHED)
    assert record.provenance.get("published_raw") is None


def _note_page(note: str, stamp: str = 'datetime="2025-04-15T14:36:37+02:00"') -> str:
    above = f'<div class="k1"><time {stamp}>15.04.2025, 14:36 Uhr</time></div>'
    return (f'<!doctype html><html lang="de"><head><title>Streiks</title></head><body><article><header>{above}'
            f'<h1>Streiks: ein Problem</h1><p class="k2">{note}</p></header>{STORY}</article></body></html>')


@pytest.mark.parametrize(("note", "stamp", "expected"), [
    ('Über dieses Thema berichtete Radio Eins am <time datetime="2025-04-14T17:50:00+02:00">'
     '14.04.2025 um 17:50 Uhr</time>.', 'datetime="2025-04-15T14:36:37+02:00"', "2025-04-15T14:36:37+02:00"),
    ("Dieses Thema im Programm: Radio Eins | <time>14.04.2025 | 17:50 Uhr</time>", "", "2025-04-15T14:36:00"),
])
def test_the_airing_in_a_broadcast_note_does_not_date_the_page(note: str, stamp: str, expected: str) -> None:
    record = parse_article(_note_page(note, stamp), "https://example.org/streiks", fetched_at=FETCHED)
    assert record.published == expected


def test_a_published_label_before_a_time_below_the_headline_still_dates_the_page() -> None:
    note = 'Veröffentlicht am <time datetime="2025-04-14T17:50:00+02:00">14.04.2025 um 17:50 Uhr</time>'
    record = parse_article(_note_page(note), "https://example.org/streiks", fetched_at=FETCHED)
    assert record.published == "2025-04-14T17:50:00+02:00"
