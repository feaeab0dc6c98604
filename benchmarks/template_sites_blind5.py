"""Fifth blind check of #8's four-template site: two publications (en-GB, de) in
four templates no earlier blind site used, served on 127.0.0.1 and crawled with the
real ``clippings crawl`` (``benchmarks/template_harness.py`` scores it).

Written before reading the parsers, from markup real sites print:

- ``drupal``: a Drupal 7/8 news theme (``field--name-field-*`` wrappers, "Submitted by
  X on date" with the RDF ``dc:date`` span, taxonomy term links for section and tags,
  breadcrumb, comment permalinks ``/comment/N`` that render the node with its
  canonical), listings paged with ``?page=N``;
- ``mag``: a Django/Wagtail magazine (clean semantic HTML, "Words by X" and
  "Photographs by Y", the date in ``<p class="meta">``, the section as the menu's
  highlighted item, one story dated only by its URL);
- ``pub``: a Medium/Ghost-like platform page (author card above the body, reading
  time, claps, JSON-LD with the headline only, links carrying ``?source=`` tracking);
- ``classic``: an early-2000s table layout (nested tables, ``<font>``, ``<b>``,
  ``<br><br>`` paragraphs, ``<title>`` "Headline :: Site", no metadata at all).

Every template has a paged listing, section pages, author pages and about/contact
pages; articles carry related stories with other stories' dates and bylines, share
buttons, a newsletter box, a cookie notice and comments. The truth per article:
title, authors (as printed; the photographer is not an author; a desk byline is the
desk as printed), the day of publication (ISO) and the section as printed.

    python benchmarks/template_sites_blind5.py --seed 17 --misses
"""

from __future__ import annotations

import html
import json
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from benchmarks.served_pages import send_body, start_server, stop_server
from benchmarks.template_harness import blind_main

TEMPLATES = ("drupal", "mag", "pub", "classic")
PER_TEMPLATE = 10
E = html.escape


@dataclass(frozen=True)
class Lang:
    code: str
    html_lang: str
    sites: dict[str, str]
    sections: dict[str, str]          # slug -> name as printed
    months: tuple[str, ...]
    short_months: tuple[str, ...]
    weekdays: tuple[str, ...]
    names: tuple[str, ...]
    commenters: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    sentences: tuple[str, ...]
    words: dict[str, str]
    desk: str

    def long(self, d: datetime) -> str:
        if self.code == "en":
            return f"{self.weekdays[d.weekday()]} {d.day} {self.months[d.month - 1]} {d.year}"
        return f"{self.weekdays[d.weekday()]}, {d.day}. {self.months[d.month - 1]} {d.year}"

    def short(self, d: datetime) -> str:
        if self.code == "en":
            return f"{d.day} {self.short_months[d.month - 1]} {d.year}"
        return f"{d.day}. {self.months[d.month - 1]} {d.year}"

    def stamp(self, d: datetime) -> str:
        if self.code == "en":
            zone = "BST" if 4 <= d.month <= 10 else "GMT"
            return f"{d.day} {self.short_months[d.month - 1]} {d.year} {d.hour:02d}.{d.minute:02d} {zone}"
        return f"{d.day}. {self.months[d.month - 1]} {d.year}, {d.hour:02d}:{d.minute:02d} Uhr"

    def numeric(self, d: datetime) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year}" if self.code == "en" else f"{d.day:02d}.{d.month:02d}.{d.year}"

    def day_month(self, d: datetime) -> str:
        return f"{d.day} {self.months[d.month - 1]}" if self.code == "en" else f"{d.day}. {self.months[d.month - 1]}"

    def joined(self, names: list[str]) -> str:
        if len(names) == 1:
            return names[0]
        return ", ".join(names[:-1]) + f" {self.words['and']} " + names[-1]


EN = Lang(
    code="en", html_lang="en-GB",
    sites={"drupal": "The Northern Courier", "mag": "Kestrel Review", "pub": "Longhand",
           "classic": "Wessex Evening Wire"},
    sections={"politics": "Politics", "business": "Business", "culture": "Culture",
              "science": "Science", "sport": "Sport"},
    months=("January", "February", "March", "April", "May", "June", "July", "August",
            "September", "October", "November", "December"),
    short_months=("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    weekdays=("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    names=("Harriet Ashworth", "Tom Okafor", "Siobhan Gallagher", "Rhys Llewellyn", "Priya Raman",
           "Callum McKenzie", "Eleanor Whitfield", "Dominic Ferreira", "Niamh O'Sullivan", "Ben Hadley",
           "Imogen Clarke", "Kwame Mensah", "Lucy Fairbairn", "Jonathan Pryce-Evans", "Aisha Rahman",
           "Gareth Davies", "Fiona MacLeod", "Oliver Stanton", "Ruth Abernethy", "Sam Whitaker",
           "Hannah Cole", "Martin de Souza", "Zoe Lindqvist", "Edward Pike"),
    commenters=("mike_h", "Sarah T.", "JohnnyB1974", "northern_lass", "Pete Robson", "grumpy_of_leeds",
                "A. Reader", "Wendy Marsh"),
    subjects=("Council", "Ministers", "Rail operators", "The museum", "Scientists", "Union leaders",
              "The water regulator", "Hospital trust", "The orchestra", "Farmers", "Local club",
              "University researchers"),
    verbs=("delay decision on", "back plan for", "warn over", "unveil", "reject", "call for review of",
           "face questions over", "win approval for", "scale back", "rethink"),
    objects=("coastal flood defences", "bus route cuts", "new stadium stand", "river clean-up scheme",
             "winter fuel payments", "library closures", "estuary wind farm", "school meals pilot",
             "ticket price rise", "heritage lottery bid", "bird flu controls", "late-night licensing"),
    sentences=("The proposals were first put forward in {month}, when {person} described them as overdue.",
               "\u201cWe have been asking for this for years,\u201d said {person}, who chairs the residents\u2019 group.",
               "A consultation closed on {day_month}, with more than 2,000 responses.",
               "{person}, a spokesperson, said the figures would be published in the spring.",
               "Critics say the timetable leaves little room for scrutiny.",
               "The cost has risen from \u00a312m to almost \u00a319m since the scheme was approved.",
               "Opposition members have asked for a full report by {day_month}.",
               "It is the third time in two years that the issue has come before the committee.",
               "Officials insisted that no final decision had been taken.",
               "\u201cThis is about fairness, not money,\u201d {person} told the meeting.",
               "The report, seen by this paper, runs to 140 pages.",
               "Similar schemes in Bristol and Newcastle were paused last year."),
    words={"and": "and", "by": "By", "home": "Home", "read": "min read", "related": "Related stories",
           "more": "More from", "comments": "Comments", "about": "About us", "contact": "Contact",
           "newsletter": "Sign up to our morning briefing", "cookie": "We use cookies to improve your experience.",
           "accept": "Accept all", "share": "Share", "submitted": "Submitted by", "on": "on",
           "words": "Words by", "photos": "Photographs by", "updated": "Updated", "filed": "Filed",
           "in": "in", "next": "Next page", "prev": "Previous page", "latest": "Latest",
           "section": "Section", "tags": "Tags", "reply": "Reply", "follow": "Follow",
           "published_in": "Published in", "claps": "claps", "responses": "responses",
           "correction": "this article was amended to correct the date of the council vote.",
           "archive": "Archive", "email": "Email this story", "staff": "Our staff"},
    desk="Newsdesk",
)

DE = Lang(
    code="de", html_lang="de",
    sites={"drupal": "Rheinischer Kurier", "mag": "Lichtung Magazin", "pub": "Feder",
           "classic": "Oberland-Bote Online"},
    sections={"politik": "Politik", "wirtschaft": "Wirtschaft", "kultur": "Kultur",
              "wissen": "Wissen", "sport": "Sport"},
    months=("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
            "Oktober", "November", "Dezember"),
    short_months=("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."),
    weekdays=("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    names=("Anna Müller", "Jörg Weiß", "Katharina Schröder", "Lukas Bäumer", "Sophie Krämer",
           "Matthias Großmann", "Lena Hoffmann", "Felix von Arnim", "Özlem Yılmaz", "Hans-Peter Kühn",
           "Miriam Strauß", "Tobias Engel", "Clara Neumann", "Jan-Ole Petersen", "Deniz Aydın",
           "Franziska Lehmann", "Stefan Brückner", "Paula Wendt", "Moritz Fähnrich", "Ute Schäfer-Lang",
           "Benedikt Vogt", "Henrike Albers", "Nils Osterkamp", "Greta Sommerfeld"),
    commenters=("hansi1960", "Gertrud K.", "Bürger_aus_Köln", "M. Schulze", "rheinländer", "Petra W.",
                "kritischer_leser", "Uwe Brandt"),
    subjects=("Stadtrat", "Landesregierung", "Bahnbetreiber", "Museum", "Forscher", "Gewerkschaft",
              "Stadtwerke", "Klinikverbund", "Philharmonie", "Landwirte", "Traditionsverein", "Hochschule"),
    verbs=("verschiebt Entscheidung über", "unterstützt Pläne für", "warnt vor", "stellt vor:",
           "lehnt ab:", "fordert Prüfung von", "gerät unter Druck wegen", "erhält Zusage für",
           "kürzt", "überdenkt"),
    objects=("Hochwasserschutz am Rhein", "Buslinien im Umland", "neue Stadiontribüne", "Sanierung der Altstadt",
             "Heizkostenzuschuss", "Schließung von Bibliotheken", "Windpark im Hunsrück", "Schulessen-Projekt",
             "Ticketpreise", "Denkmalförderung", "Maßnahmen gegen Vogelgrippe", "Sperrstunde"),
    sentences=("Die Pläne wurden erstmals im {month} vorgestellt, damals nannte {person} sie überfällig.",
               "\u201eWir fordern das seit Jahren\u201c, sagte {person}, Sprecherin der Bürgerinitiative.",
               "Die Anhörung endete am {day_month} mit mehr als 2000 Stellungnahmen.",
               "{person}, Sprecher der Verwaltung, kündigte die Zahlen für das Frühjahr an.",
               "Kritiker halten den Zeitplan für zu knapp.",
               "Die Kosten sind seit dem Beschluss von 12 auf fast 19 Millionen Euro gestiegen.",
               "Die Opposition verlangt bis zum {day_month} einen vollständigen Bericht.",
               "Es ist das dritte Mal in zwei Jahren, dass sich der Ausschuss damit befasst.",
               "Eine endgültige Entscheidung sei noch nicht gefallen, hieß es.",
               "\u201eEs geht um Gerechtigkeit, nicht um Geld\u201c, sagte {person} in der Sitzung.",
               "Der Bericht, der dieser Zeitung vorliegt, umfasst 140 Seiten.",
               "Ähnliche Vorhaben in Bonn und Mainz wurden im vergangenen Jahr gestoppt."),
    words={"and": "und", "by": "Von", "home": "Startseite", "read": "Min. Lesezeit", "related": "Mehr zum Thema",
           "more": "Mehr von", "comments": "Kommentare", "about": "Über uns", "contact": "Kontakt",
           "newsletter": "Jetzt den Newsletter abonnieren", "cookie": "Wir verwenden Cookies, um Ihr Erlebnis zu verbessern.",
           "accept": "Alle akzeptieren", "share": "Teilen", "submitted": "Veröffentlicht von", "on": "am",
           "words": "Text:", "photos": "Fotos:", "updated": "Aktualisiert am", "filed": "",
           "in": "", "next": "Nächste Seite", "prev": "Vorherige Seite", "latest": "Neueste Artikel",
           "section": "Ressort", "tags": "Schlagworte", "reply": "Antworten", "follow": "Folgen",
           "published_in": "Veröffentlicht in", "claps": "Applaus", "responses": "Antworten",
           "correction": "In einer früheren Fassung war das Datum der Ratssitzung falsch angegeben.",
           "archive": "Archiv", "email": "Artikel versenden", "staff": "Redaktion"},
    desk="Lokalredaktion",
)


def slugify(text: str) -> str:
    table = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ı": "i"})
    out = "".join(c if c.isalnum() else "-" for c in text.casefold().translate(table))
    return "-".join(p for p in out.split("-") if p)[:70]


@dataclass
class Story:
    template: str
    n: int
    title: str
    authors: list[str]
    published: datetime
    section: str                       # slug
    path: str = ""
    photographer: str | None = None
    updated: datetime | None = None
    url_date_only: bool = False
    desk: bool = False
    paras: list[str] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)
    related: list[Story] = field(default_factory=list)
    minutes: int = 4


def make_stories(lang: Lang, rng: random.Random) -> dict[str, list[Story]]:
    combos = [(s, v, o) for s in lang.subjects for v in lang.verbs for o in lang.objects]
    rng.shuffle(combos)
    staff = list(lang.names)
    rng.shuffle(staff)
    out: dict[str, list[Story]] = {}
    for t_index, template in enumerate(TEMPLATES):
        writers = staff[t_index * 6:(t_index + 1) * 6]
        if template == "classic":
            start, span = datetime(2003, 1, 6, 7, 30), 4 * 365
        else:
            start, span = datetime(2025, 5, 1, 6, 0), 330
        days = sorted(rng.sample(range(span), PER_TEMPLATE))
        stories = []
        for n, day in enumerate(days):
            s, v, o = combos.pop()
            title = f"{s} {v} {o}"
            if n == 3:
                title = (f"\u2018It felt like nobody was listening\u2019: {s.lower()} {v} {o}" if lang.code == "en"
                         else f"\u201eNiemand hat zugehört\u201c \u2013 {s} {v} {o}")
            count = 3 if n == 5 else 2 if n in (2, 7) else 1
            authors = rng.sample(writers, count)
            when = start + timedelta(days=day, hours=rng.randrange(0, 13), minutes=rng.randrange(0, 60))
            story = Story(template, n, title, authors, when, rng.choice(list(lang.sections)))
            story.minutes = rng.randrange(3, 12)
            story.tags = rng.sample([lang.objects[i].split()[-1].capitalize() for i in range(len(lang.objects))], 3)
            others = [x for x in lang.names if x not in writers]
            story.paras = [rng.choice(lang.sentences).format(
                person=rng.choice(others), month=rng.choice(lang.months),
                day_month=lang.day_month(when + timedelta(days=rng.randrange(-40, 40))))
                for _ in range(rng.randrange(16, 26))]
            story.paras = [" ".join(story.paras[i:i + 3]) for i in range(0, len(story.paras), 3)]
            story.comments = [(rng.choice(lang.commenters), when + timedelta(days=rng.randrange(0, 4), hours=rng.randrange(1, 20)),
                               rng.choice(lang.sentences[4::4]).format(person="", month="", day_month=""))
                              for _ in range(rng.randrange(1, 4))]
            stories.append(story)
        if template == "drupal":
            stories[6].authors, stories[6].desk = [lang.desk], True
            stories[4].updated = stories[4].published + timedelta(days=2, hours=3)
        if template == "mag":
            for story in stories:
                story.photographer = rng.choice([x for x in lang.names if x not in story.authors])
            stories[8].url_date_only = True
            stories[1].updated = stories[1].published + timedelta(days=1, hours=5)
        out[template] = stories
    for stories in out.values():
        for story in stories:
            story.related = rng.sample([x for x in stories if x is not story], 3)
    return out


# -- common furniture -----------------------------------------------------------------

def cookie(lang: Lang) -> str:
    return (f'<div id="cookie-notice" class="cookie-banner" role="dialog"><p>{E(lang.words["cookie"])}</p>'
            f'<button>{E(lang.words["accept"])}</button></div>')


def share(lang: Lang, url: str) -> str:
    return (f'<div class="share-links"><span>{E(lang.words["share"])}</span>'
            f'<a href="https://www.facebook.com/sharer/sharer.php?u={E(url)}">Facebook</a>'
            f'<a href="https://twitter.com/intent/tweet?url={E(url)}">X</a>'
            f'<a href="mailto:?subject=&body={E(url)}">Email</a></div>')


def newsletter(lang: Lang) -> str:
    return (f'<aside class="newsletter-signup"><h3>{E(lang.words["newsletter"])}</h3>'
            '<form action="/newsletter" method="post"><input type="email" name="email">'
            '<button>OK</button></form></aside>')


def comments_html(lang: Lang, story: Story, date_fmt) -> str:
    items = "".join(f'<li class="comment"><span class="comment-author">{E(who)}</span> '
                    f'<span class="comment-date">{E(date_fmt(when))}</span><p>{E(text)}</p>'
                    f'<a href="#" class="reply">{E(lang.words["reply"])}</a></li>'
                    for who, when, text in story.comments)
    return f'<section id="comments" class="comments"><h2>{E(lang.words["comments"])} ({len(story.comments)})</h2><ol>{items}</ol></section>'


def page(lang: Lang, title: str, head: str, body: str) -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang.html_lang}"><head><meta charset="utf-8">'
            f'<title>{E(title)}</title>{head}</head><body>{body}</body></html>')


# -- (a) Drupal ---------------------------------------------------------------------------

class Drupal:
    prefix = "/news"

    def __init__(self, lang: Lang, stories: list[Story], base: str):
        self.lang, self.stories, self.base = lang, stories, base
        self.site = lang.sites["drupal"]
        for i, story in enumerate(stories):
            story.path = f"{self.prefix}/{story.section}/{slugify(story.title)}"
            story.nid = 1200 + 37 * i  # type: ignore[attr-defined]

    def author_path(self, name: str) -> str:
        return f"/users/{slugify(name)}"

    def byline_link(self, name: str) -> str:
        if name == self.lang.desk:
            return f'<span class="username">{E(name)}</span>'
        return f'<a href="{self.author_path(name)}" class="username" typeof="sioc:UserAccount" property="foaf:name">{E(name)}</a>'

    def frame(self, title: str, main: str, head: str = "", active: str = "") -> str:
        lang = self.lang
        nav = "".join(f'<li class="menu-item{" menu-item--active-trail" if s == active else ""}">'
                      f'<a href="{self.prefix}/{s}"' + (' class="is-active"' if s == active else "") + f'>{E(n)}</a></li>'
                      for s, n in lang.sections.items())
        return page(lang, f"{title} | {self.site}", head,
                    f'<div class="dialog-off-canvas-main-canvas">{cookie(lang)}'
                    f'<header role="banner" class="header"><div class="region region-header"><div class="block-system-branding-block">'
                    f'<a href="{self.prefix}" rel="home" class="site-logo">{E(self.site)}</a></div></div>'
                    f'<nav role="navigation" class="block-main-menu"><ul class="menu">'
                    f'<li class="menu-item"><a href="{self.prefix}">{E(lang.words["latest"])}</a></li>{nav}</ul></nav></header>'
                    f'<div class="layout-container"><main role="main"><div class="region region-content">{main}</div></main>'
                    f'<aside class="layout-sidebar-second">{newsletter(lang)}</aside></div>'
                    f'<footer role="contentinfo" class="site-footer"><ul class="menu"><li><a href="/about-us">{E(lang.words["about"])}</a></li>'
                    f'<li><a href="/contact">{E(lang.words["contact"])}</a></li><li><a href="{self.prefix}/rss.xml">RSS</a></li></ul>'
                    f'<p>\u00a9 {self.site} 2026. Powered by Drupal</p></footer></div>')

    def teaser(self, story: Story) -> str:
        lang = self.lang
        by = lang.joined(story.authors)
        return (f'<div class="views-row"><article class="node node--type-article node--view-mode-teaser">'
                f'<h2 class="node__title"><a href="{story.path}" rel="bookmark">{E(story.title)}</a></h2>'
                f'<div class="views-field views-field-created"><span class="field-content">{E(lang.short(story.published))}</span></div>'
                f'<div class="views-field views-field-field-byline">{E(lang.words["by"])} {E(by)}</div>'
                f'<div class="field field--name-body field--type-text-with-summary"><p>{E(story.paras[0][:140])}\u2026</p></div>'
                f'</article></div>')

    def article(self, story: Story) -> str:
        lang, w = self.lang, self.lang.words
        url = self.base + story.path
        sname = lang.sections[story.section]
        iso = story.published.strftime("%Y-%m-%dT%H:%M:%S+00:00")
        when = lang.stamp(story.published) if lang.code == "de" else \
            f"{lang.long(story.published)} - {story.published:%H:%M}"
        if len(story.authors) == 1:
            meta = (f'<footer class="node__meta"><div class="node__submitted">'
                    f'<span property="dc:date dc:created" content="{iso}" datatype="xsd:dateTime">'
                    f'{E(w["submitted"])} {self.byline_link(story.authors[0])} {E(w["on"])} {E(when)}</span></div></footer>')
        else:
            items = "".join(f'<div class="field__item"><a href="{self.author_path(a)}" hreflang="{lang.html_lang}">{E(a)}</a></div>'
                            for a in story.authors)
            meta = (f'<div class="field field--name-field-authors field--type-entity-reference field--label-inline">'
                    f'<div class="field__label">{E(w["by"])}</div><div class="field__items">{items}</div></div>'
                    f'<div class="field field--name-field-published-date field--type-datetime field--label-hidden">'
                    f'<time datetime="{iso}" class="datetime">{E(when)}</time></div>')
        correction = ""
        if story.updated:
            correction = (f'<div class="field field--name-field-correction"><p><strong>{E(w["updated"])} '
                          f'{E(lang.day_month(story.updated))}</strong>: {E(w["correction"])}</p></div>')
        body = "".join(f"<p>{E(p)}</p>" for p in story.paras)
        tags = "".join(f'<div class="field__item"><a href="/taxonomy/term/{40 + i}" hreflang="{lang.html_lang}">{E(t)}</a></div>'
                       for i, t in enumerate(story.tags))
        related = "".join(f'<div class="views-row"><a href="{r.path}">{E(r.title)}</a> '
                          f'<span class="views-field-created">{E(lang.short(r.published))}</span> '
                          f'<span class="views-field-byline">{E(w["by"])} {E(lang.joined(r.authors))}</span></div>'
                          for r in story.related)
        coms = "".join(f'<article class="comment js-comment" id="comment-{story.nid * 10 + i}">'  # type: ignore[attr-defined]
                       f'<footer class="comment__meta"><span class="comment__author">{E(who)}</span> '
                       f'<span class="comment__time">{E(lang.stamp(when))}</span> '
                       f'<a href="/comment/{story.nid * 10 + i}#comment-{story.nid * 10 + i}" class="permalink" rel="bookmark">Permalink</a></footer>'  # type: ignore[attr-defined]
                       f'<div class="field--name-comment-body"><p>{E(text)}</p></div></article>'
                       for i, (who, when, text) in enumerate(story.comments))
        main = (f'<nav class="breadcrumb" role="navigation" aria-labelledby="system-breadcrumb"><ol>'
                f'<li><a href="/">{E(w["home"])}</a></li><li><a href="{self.prefix}/{story.section}">{E(sname)}</a></li></ol></nav>'
                f'<div data-drupal-messages-fallback class="hidden"></div>'
                f'<h1 class="page-title"><span class="field field--name-title field--type-string field--label-hidden">{E(story.title)}</span></h1>'
                f'<article role="article" about="{story.path}" class="node node--type-article node--promoted node--view-mode-full">'
                f'{meta}<div class="node__content">{correction}'
                f'<div class="field field--name-field-section field--type-entity-reference field--label-hidden field__item">'
                f'<a href="{self.prefix}/{story.section}" hreflang="{lang.html_lang}">{E(sname)}</a></div>'
                f'<div class="clearfix text-formatted field field--name-body field--type-text-with-summary field--label-hidden field__item">{body}</div>'
                f'<div class="field field--name-field-tags field--type-entity-reference field--label-above"><div class="field__label">{E(w["tags"])}</div>'
                f'<div class="field__items">{tags}</div></div>{share(lang, url)}</div>'
                f'<section class="field field--name-comment field--type-comment"><h2>{E(w["comments"])}</h2>{coms}</section></article>'
                f'<div class="block-views-blockrelated-articles-block-1"><h2>{E(w["related"])}</h2>{related}</div>')
        head = (f'<link rel="canonical" href="{url}"><link rel="shortlink" href="{self.base}/node/{story.nid}">'  # type: ignore[attr-defined]
                f'<meta name="Generator" content="Drupal 8 (https://www.drupal.org)">'
                f'<meta property="og:site_name" content="{E(self.site)}"><meta property="og:type" content="article">'
                f'<meta property="og:title" content="{E(story.title)}"><meta property="og:url" content="{url}">')
        return self.frame(story.title, main, head, story.section)

    def pages(self) -> dict[str, str]:
        lang, w = self.lang, self.lang.words
        out: dict[str, str] = {}
        newest = sorted(self.stories, key=lambda s: s.published, reverse=True)
        chunks = [newest[i:i + 4] for i in range(0, len(newest), 4)]
        for k, chunk in enumerate(chunks):
            pager = '<nav class="pager"><ul class="pager__items">' + "".join(
                f'<li class="pager__item{" is-active" if j == k else ""}"><a href="{self.prefix}' + (f'?page={j}' if j else '') + f'">{j + 1}</a></li>'
                for j in range(len(chunks))) + (f'<li class="pager__item--next"><a href="{self.prefix}?page={k + 1}" rel="next">{E(w["next"])} \u203a</a></li>' if k + 1 < len(chunks) else '') + '</ul></nav>'
            out[self.prefix + (f"?page={k}" if k else "")] = self.frame(
                w["latest"], f'<h1 class="page-title">{E(w["latest"])}</h1><div class="view-content">{"".join(self.teaser(s) for s in chunk)}</div>{pager}')
        for slug, name in lang.sections.items():
            mine = [s for s in newest if s.section == slug]
            out[f"{self.prefix}/{slug}"] = self.frame(name, f'<h1 class="page-title">{E(name)}</h1><div class="view-content">'
                                                      f'{"".join(self.teaser(s) for s in mine)}</div>', active=slug)
        for name in {a for s in self.stories for a in s.authors if not s.desk}:
            mine = [s for s in newest if name in s.authors]
            out[self.author_path(name)] = self.frame(name, f'<div class="profile"><h1 class="page-title">{E(name)}</h1>'
                                                     f'<div class="field--name-field-biography"><p>{E(name)} {E(w["staff"])}.</p></div></div>'
                                                     f'<div class="view-content">{"".join(self.teaser(s) for s in mine)}</div>')
        for story in self.stories:
            out[story.path] = self.article(story)
            for i in range(len(story.comments)):
                out[f"/comment/{story.nid * 10 + i}"] = out[story.path]  # type: ignore[attr-defined]
        out["/about-us"] = self.frame(w["about"], f'<h1 class="page-title">{E(w["about"])}</h1><div class="field--name-body"><p>'
                                      f'{E(self.site)} {E(lang.sentences[7])} {E(lang.sentences[11])}</p></div>')
        out["/contact"] = self.frame(w["contact"], f'<h1 class="page-title">{E(w["contact"])}</h1><form class="contact-message-form">'
                                     '<input name="name"><textarea name="message"></textarea><button>Send</button></form>')
        return out


# -- (b) Wagtail magazine -----------------------------------------------------------------

class Magazine:
    prefix = "/mag"

    def __init__(self, lang: Lang, stories: list[Story], base: str):
        self.lang, self.stories, self.base = lang, stories, base
        self.site = lang.sites["mag"]
        for story in stories:
            story.path = f"{self.prefix}/{story.published:%Y/%m/%d}/{slugify(story.title)}/"

    def author_path(self, name: str) -> str:
        return f"{self.prefix}/contributors/{slugify(name)}/"

    def frame(self, title: str, main: str, head: str = "", active: str = "") -> str:
        lang = self.lang
        nav = "".join(f'<li><a href="{self.prefix}/{s}/"' + (' class="active" aria-current="page"' if s == active else "") + f'>{E(n)}</a></li>'
                      for s, n in lang.sections.items())
        return page(lang, f"{title} \u2014 {self.site}", head,
                    f'{cookie(lang)}<header class="site-header"><a class="logo" href="{self.prefix}/">{E(self.site)}</a>'
                    f'<nav class="primary-nav" aria-label="Sections"><ul>{nav}</ul></nav></header>'
                    f'<main id="main">{main}</main>'
                    f'<footer class="site-footer">{newsletter(lang)}<nav><a href="{self.prefix}/about/">{E(lang.words["about"])}</a> '
                    f'<a href="{self.prefix}/contact/">{E(lang.words["contact"])}</a></nav><p>\u00a9 {E(self.site)}</p></footer>')

    def card(self, story: Story) -> str:
        lang = self.lang
        date = "" if story.url_date_only else f'<p class="meta">{E(lang.short(story.published))}</p>'
        return (f'<article class="card"><a href="{story.path}"><img src="/static/img/{story.n}.jpg" alt="">'
                f'<h3>{E(story.title)}</h3></a><p class="card-byline">{E(lang.joined(story.authors))}</p>{date}</article>')

    def article(self, story: Story) -> str:
        lang, w = self.lang, self.lang.words
        url = self.base + story.path
        meta = f"{story.minutes} {w['read']}"
        if not story.url_date_only:
            meta = f"{lang.long(story.published)} \u00b7 " + meta
        if story.updated:
            meta += (f" \u00b7 Stand: {lang.stamp(story.updated)}" if lang.code == "de"
                     else f" \u00b7 {w['updated']} {lang.day_month(story.updated)}")
        body = "".join(f"<p>{E(p)}</p>" for p in story.paras[:2])
        body += f'<figure class="block-image"><img src="/media/images/{story.n}-2.jpg" alt=""><figcaption>{E(story.paras[-1][:60])}</figcaption></figure>'
        body += f"<blockquote><p>{E(story.paras[1][:90])}</p></blockquote>"
        body += "".join(f"<p>{E(p)}</p>" for p in story.paras[2:])
        byline = (f'<p class="byline">{E(w["words"])} <a href="{self.author_path(story.authors[0])}">{E(story.authors[0])}</a>'
                  + "".join((f' {E(w["and"])} ' if i == len(story.authors) - 1 else ", ") + f'<a href="{self.author_path(a)}">{E(a)}</a>'
                            for i, a in enumerate(story.authors) if i) +
                  f'<br>{E(w["photos"])} {E(story.photographer or "")}</p>')
        related = "".join(self.card(r) for r in story.related)
        main = (f'<article class="article-page"><header class="article-header">'
                f'<h1>{E(story.title)}</h1><p class="standfirst">{E(story.paras[0][:120])}</p>{byline}'
                f'<p class="meta">{E(meta)}</p></header>'
                f'<figure class="hero"><img src="/media/images/{story.n}.jpg" alt=""><figcaption>{E(w["photos"])} {E(story.photographer or "")}</figcaption></figure>'
                f'<div class="rich-text">{body}</div>{share(lang, url)}</article>'
                f'<section class="related"><h2>{E(w["related"])}</h2>{related}</section>'
                f'{comments_html(lang, story, lang.short)}')
        head = (f'<link rel="canonical" href="{url}"><meta name="description" content="{E(story.paras[0][:150])}">'
                f'<meta property="og:title" content="{E(story.title)}"><meta property="og:image" content="{self.base}/media/images/{story.n}.jpg">'
                '<meta name="twitter:card" content="summary_large_image">')
        return self.frame(story.title, main, head, story.section)

    def pages(self) -> dict[str, str]:
        lang, w = self.lang, self.lang.words
        out: dict[str, str] = {}
        newest = sorted(self.stories, key=lambda s: s.published, reverse=True)
        chunks = [newest[i:i + 4] for i in range(0, len(newest), 4)]
        for k, chunk in enumerate(chunks):
            links = "".join(f'<a href="{self.prefix}/' + (f'?page={j + 1}' if j else '') + ('"' + (' aria-current="page"' if j == k else "")) + f'>{j + 1}</a>'
                            for j in range(len(chunks)))
            out[f"{self.prefix}/" + (f"?page={k + 1}" if k else "")] = self.frame(
                self.site, f'<section class="grid">{"".join(self.card(s) for s in chunk)}</section><nav class="pagination">{links}</nav>')
        for slug, name in lang.sections.items():
            out[f"{self.prefix}/{slug}/"] = self.frame(name, f'<h1>{E(name)}</h1><section class="grid">'
                                                       f'{"".join(self.card(s) for s in newest if s.section == slug)}</section>', active=slug)
        for name in {a for s in self.stories for a in s.authors}:
            out[self.author_path(name)] = self.frame(name, f'<h1>{E(name)}</h1><p class="bio">{E(name)} \u2014 {E(w["staff"])}.</p><section class="grid">'
                                                     f'{"".join(self.card(s) for s in newest if name in s.authors)}</section>')
        for story in self.stories:
            out[story.path] = self.article(story)
        out[f"{self.prefix}/about/"] = self.frame(w["about"], f'<h1>{E(w["about"])}</h1><div class="rich-text"><p>{E(self.site)} \u2014 '
                                                  f'{E(lang.sentences[7])}</p><p>{E(lang.sentences[11])}</p></div>')
        out[f"{self.prefix}/contact/"] = self.frame(w["contact"], f'<h1>{E(w["contact"])}</h1><p>editors@example.org</p>')
        return out


# -- (c) Medium / Ghost-like platform -------------------------------------------------------

class Platform:
    prefix = "/pub"

    def __init__(self, lang: Lang, stories: list[Story], base: str, rng: random.Random):
        self.lang, self.stories, self.base = lang, stories, base
        self.site = lang.sites["pub"]
        for story in stories:
            story.path = f"{self.prefix}/{slugify(story.title)}-{rng.getrandbits(48):012x}"
            story.claps = rng.choice(["87", "312", "1.2K", "4.5K", "29"])  # type: ignore[attr-defined]

    def handle(self, name: str) -> str:
        return slugify(name).replace("-", "")

    def author_path(self, name: str) -> str:
        return f"{self.prefix}/@{self.handle(name)}"

    def frame(self, title: str, main: str, head: str = "") -> str:
        lang = self.lang
        tags = "".join(f'<a href="{self.prefix}/tag/{s}/">{E(n)}</a>' for s, n in lang.sections.items())
        return page(lang, title, head,
                    f'<div id="root"><div class="metabar"><a href="{self.prefix}/" aria-label="{E(self.site)} home">{E(self.site)}</a>'
                    f'<a href="{self.prefix}/m/signin?operation=login">Sign in</a><a href="{self.prefix}/m/signin?operation=register">Get started</a></div>'
                    f'<nav class="publication-nav">{tags}<a href="{self.prefix}/about/">{E(lang.words["about"])}</a></nav>'
                    f'{main}<footer class="site-footer"><a href="{self.prefix}/about/">{E(lang.words["about"])}</a> '
                    f'<a href="{self.prefix}/contact/">{E(lang.words["contact"])}</a> <a href="{self.prefix}/help">Help</a></footer>{cookie(lang)}</div>')

    def tracked(self, story: Story, source: str) -> str:
        return f"{story.path}?source={source}-----{story.n}-----0---------------------"

    def preview(self, story: Story, source: str) -> str:
        lang = self.lang
        return (f'<article class="post-card"><div class="post-card-meta"><a href="{self.author_path(story.authors[0])}?source={source}">'
                f'{E(lang.joined(story.authors))}</a></div><a href="{self.tracked(story, source)}"><h2>{E(story.title)}</h2>'
                f'<p>{E(story.paras[0][:110])}</p></a><span>{E(lang.short(story.published))}</span> \u00b7 '
                f'<span>{story.minutes} {E(lang.words["read"])}</span></article>')

    def article(self, story: Story) -> str:
        lang, w = self.lang, self.lang.words
        url = self.base + story.path
        sname = lang.sections[story.section]
        card = (f'<div class="author-card"><a href="{self.author_path(story.authors[0])}?source=post_page-----byline">'
                f'<img class="avatar" alt="{E(story.authors[0])}" src="/pub/img/{self.handle(story.authors[0])}.png" width="44" height="44"></a>'
                f'<div><div class="author-names">' + f" {E(w['and'])} ".join(
                    f'<a href="{self.author_path(a)}?source=post_page-----byline" rel="noopener follow">{E(a)}</a>' for a in story.authors) +
                f' \u00b7 <button class="follow">{E(w["follow"])}</button></div>'
                f'<div class="post-meta"><span>{E(w["published_in"])} <a href="{self.prefix}/">{E(self.site)}</a></span> \u00b7 '
                f'<span>{story.minutes} {E(w["read"])}</span> \u00b7 <span data-testid="storyPublishDate">{E(lang.short(story.published))}</span></div></div></div>')
        actions = (f'<div class="post-actions"><button aria-label="clap">\U0001F44F</button><span>{story.claps}</span>'  # type: ignore[attr-defined]
                   f'<button aria-label="responses">\U0001F4AC</button><span>{len(story.comments)}</span>'
                   f'<button aria-label="bookmark">Save</button><button aria-label="share">{E(w["share"])}</button></div>')
        body = "".join(f'<p class="pw-post-body-paragraph" id="p{i}">{E(p)}</p>' for i, p in enumerate(story.paras))
        more = "".join(self.preview(r, "read_next_recirc") for r in story.related)
        responses = "".join(f'<div class="response"><a href="{self.prefix}/@{slugify(who)}">{E(who)}</a> '
                            f'<span>{E(lang.short(when))}</span><p>{E(text)}</p></div>' for who, when, text in story.comments)
        main = (f'<article><div class="post-header"><h1 class="pw-post-title" data-testid="storyTitle">{E(story.title)}</h1>'
                f'{card}{actions}</div><section class="post-body">{body}</section>'
                f'<div class="post-tags"><a href="{self.prefix}/tag/{story.section}/" class="primary-tag">{E(sname)}</a>'
                + "".join(f'<a href="{self.prefix}/tag/{slugify(t)}/">{E(t)}</a>' for t in story.tags[:2]) +
                f'</div>{actions}</article>'
                f'<section class="written-by"><h2>{E(w["more"])} {E(story.authors[0])}</h2><p>{E(story.authors[0])} writes about cities.</p></section>'
                f'<section class="responses"><h2>{E(w["responses"])} ({len(story.comments)})</h2>{responses}</section>'
                f'<section class="recommended"><h2>{E(w["related"])}</h2>{more}</section>')
        ld = json.dumps({"@context": "https://schema.org", "@type": "Article", "headline": story.title})
        by = f" | by {story.authors[0]}"
        head = (f'<link rel="canonical" href="{url}"><meta property="og:title" content="{E(story.title)}">'
                f'<meta property="og:type" content="article"><meta property="og:site_name" content="{E(self.site)}">'
                f'<meta name="description" content="{E(story.paras[0][:150])}">'
                f'<script type="application/ld+json">{ld}</script>')
        return self.frame(f"{story.title}{by} | {self.site}", main, head)

    def pages(self) -> dict[str, str]:
        lang, w = self.lang, self.lang.words
        out: dict[str, str] = {}
        newest = sorted(self.stories, key=lambda s: s.published, reverse=True)
        chunks = [newest[i:i + 4] for i in range(0, len(newest), 4)]
        for k, chunk in enumerate(chunks):
            nav = (f'<a class="older-posts" href="{self.prefix}/page/{k + 2}/">Older posts \u2192</a>' if k + 1 < len(chunks) else "")
            nav += (f'<a class="newer-posts" href="{self.prefix}/' + (f'page/{k}/' if k > 1 else '') + '">\u2190 Newer posts</a>') if k else ""
            out[f"{self.prefix}/" + (f"page/{k + 1}/" if k else "")] = self.frame(
                self.site, f'<header class="pub-header"><h1>{E(self.site)}</h1></header><div class="post-feed">'
                f'{"".join(self.preview(s, "collection_home") for s in chunk)}</div><nav class="pagination">{nav}</nav>')
        for slug, name in lang.sections.items():
            out[f"{self.prefix}/tag/{slug}/"] = self.frame(f"{name} \u2013 {self.site}", f'<h1>{E(name)}</h1><div class="post-feed">'
                                                           f'{"".join(self.preview(s, "tag_archive") for s in newest if s.section == slug)}</div>')
        for name in {a for s in self.stories for a in s.authors}:
            out[self.author_path(name)] = self.frame(f"{name} \u2013 Medium", f'<div class="profile"><h1>{E(name)}</h1><p>2.1K Followers</p>'
                                                     f'<button>{E(w["follow"])}</button></div><div class="post-feed">'
                                                     f'{"".join(self.preview(s, "user_profile") for s in newest if name in s.authors)}</div>')
        for story in self.stories:
            out[story.path] = self.article(story)
        out[f"{self.prefix}/about/"] = self.frame(f"{w['about']} \u2013 {self.site}", f'<h1>{E(w["about"])}</h1><p>{E(self.site)}: {E(lang.sentences[7])}</p>')
        out[f"{self.prefix}/contact/"] = self.frame(f"{w['contact']} \u2013 {self.site}", f'<h1>{E(w["contact"])}</h1><p>hello@example.org</p>')
        return out


# -- (d) early-2000s table layout -------------------------------------------------------------

class Classic:
    prefix = "/classic"

    def __init__(self, lang: Lang, stories: list[Story], base: str):
        self.lang, self.stories, self.base = lang, stories, base
        self.site = lang.sites["classic"]
        for i, story in enumerate(stories):
            story.sid = 4711 + 13 * i  # type: ignore[attr-defined]
            story.path = f"{self.prefix}/{story.section}/story.asp?id={story.sid}"  # type: ignore[attr-defined]

    def byline(self, story: Story) -> str:
        lang = self.lang
        names = lang.joined(story.authors)
        if lang.code == "en":
            return (f"By {E(names)} / {lang.words['filed'].capitalize()} {lang.numeric(story.published)} "
                    f"in {E(lang.sections[story.section])}")
        return f"Von {E(names)} | {lang.numeric(story.published)} | Ressort: {E(lang.sections[story.section])}"

    def frame(self, title: str, main: str) -> str:
        lang = self.lang
        left = "".join(f'<tr><td><font face="Verdana, Arial" size="2"><a href="{self.prefix}/{s}/index.asp">{E(n)}</a></font></td></tr>'
                       for s, n in lang.sections.items())
        return (f'<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>{E(title)}</title></head>'
                f'<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0">'
                f'<table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td colspan="2" bgcolor="#003366">'
                f'<a href="{self.prefix}/default.asp"><img src="{self.prefix}/images/logo.gif" border="0" alt="{E(self.site)}"></a>'
                f'<font face="Arial" size="1" color="#FFFFFF">{E(lang.short(datetime(2006, 3, 5)))}</font></td></tr>'
                f'<tr><td width="140" valign="top" bgcolor="#E0E8F0"><table width="100%" border="0" cellpadding="3">'
                f'<tr><td><font face="Verdana, Arial" size="2"><b><a href="{self.prefix}/default.asp">{E(lang.words["home"])}</a></b></font></td></tr>'
                f'{left}<tr><td><font face="Verdana, Arial" size="2"><a href="{self.prefix}/archive.asp">{E(lang.words["archive"])}</a></font></td></tr>'
                f'<tr><td><font face="Verdana, Arial" size="2"><a href="{self.prefix}/about.asp">{E(lang.words["about"])}</a></font></td></tr>'
                f'<tr><td><font face="Verdana, Arial" size="2"><a href="{self.prefix}/contact.asp">{E(lang.words["contact"])}</a></font></td></tr>'
                f'<tr><td><form action="{self.prefix}/subscribe.asp" method="post"><font face="Verdana" size="1">{E(lang.words["newsletter"])}</font><br>'
                f'<input type="text" name="email" size="12"><input type="submit" value="OK"></form></td></tr></table></td>'
                f'<td valign="top" width="620"><table width="100%" border="0" cellpadding="8"><tr><td>{main}</td></tr></table></td></tr>'
                f'<tr><td colspan="2" align="center"><font face="Arial" size="1">Copyright &copy; 2006 {E(self.site)}. All rights reserved. '
                f'<a href="{self.prefix}/about.asp">{E(lang.words["about"])}</a> | <a href="{self.prefix}/contact.asp">{E(lang.words["contact"])}</a></font></td></tr>'
                f'</table></body></html>')

    def headline_row(self, story: Story) -> str:
        lang = self.lang
        return (f'<tr><td><font face="Arial" size="3"><b><a href="{story.path}">{E(story.title)}</a></b></font><br>'
                f'<font face="Arial" size="1" color="#666666">{E(lang.numeric(story.published))} - {E(lang.joined(story.authors))}</font><br>'
                f'<font face="Arial" size="2">{E(story.paras[0][:120])}...</font></td></tr>')

    def article(self, story: Story) -> str:
        lang, w = self.lang, self.lang.words
        body = "<br><br>\n".join(E(p) for p in story.paras)
        related = "".join(f'<tr><td><font face="Arial" size="1">&#187; <a href="{r.path}">{E(r.title)}</a> ({E(lang.numeric(r.published))})</font></td></tr>'
                          for r in story.related)
        coms = "".join(f'<tr><td bgcolor="#F4F4F4"><font face="Arial" size="1"><b>{E(who)}</b> - {E(lang.numeric(when))} {when:%H:%M}</font><br>'
                       f'<font face="Arial" size="2">{E(text)}</font></td></tr>' for who, when, text in story.comments)
        main = (f'<font face="Arial" size="1"><a href="{self.prefix}/default.asp">{E(w["home"])}</a> &gt; '
                f'<a href="{self.prefix}/{story.section}/index.asp">{E(lang.sections[story.section])}</a></font><br><br>'
                f'<font face="Georgia, Times New Roman" size="+2"><b>{E(story.title)}</b></font><br>'
                f'<font face="Arial" size="2"><i>{self.byline(story)}</i></font><br><br>'
                f'<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td valign="top">'
                f'<font face="Times New Roman" size="3">{body}</font></td>'
                f'<td width="160" valign="top"><table width="160" border="1" cellpadding="4" cellspacing="0" bordercolor="#CCCCCC">'
                f'<tr><td bgcolor="#003366"><font face="Arial" size="2" color="#FFFFFF"><b>{E(w["related"])}</b></font></td></tr>{related}</table></td></tr></table>'
                f'<br><font face="Arial" size="1"><a href="{self.prefix}/email.asp?id={story.sid}">{E(w["email"])}</a></font><br><br>'  # type: ignore[attr-defined]
                f'<table width="100%" border="0" cellpadding="4" cellspacing="1"><tr><td><font face="Arial" size="2"><b>{E(w["comments"])}</b></font></td></tr>{coms}</table>')
        return self.frame(f"{story.title} :: {self.site}", main)

    def pages(self) -> dict[str, str]:
        lang, w = self.lang, self.lang.words
        out: dict[str, str] = {}
        newest = sorted(self.stories, key=lambda s: s.published, reverse=True)
        out[f"{self.prefix}/default.asp"] = self.frame(
            f"{self.site} :: {w['home']}", f'<table width="100%" border="0" cellpadding="4">{"".join(self.headline_row(s) for s in newest[:4])}</table>'
            f'<font face="Arial" size="2"><a href="{self.prefix}/archive.asp?page=2">{E(w["archive"])} &gt;&gt;</a></font>')
        chunks = [newest[i:i + 4] for i in range(0, len(newest), 4)]
        for k, chunk in enumerate(chunks):
            links = " ".join(f'<a href="{self.prefix}/archive.asp?page={j + 1}">{j + 1}</a>' if j != k else f"<b>{j + 1}</b>" for j in range(len(chunks)))
            out[f"{self.prefix}/archive.asp" + (f"?page={k + 1}" if k else "")] = self.frame(
                f"{w['archive']} :: {self.site}", f'<table width="100%" border="0" cellpadding="4">{"".join(self.headline_row(s) for s in chunk)}</table>'
                f'<font face="Arial" size="2">{links}</font>')
        for slug, name in lang.sections.items():
            out[f"{self.prefix}/{slug}/index.asp"] = self.frame(
                f"{name} :: {self.site}", f'<font face="Arial" size="+1"><b>{E(name)}</b></font><table width="100%" border="0" cellpadding="4">'
                f'{"".join(self.headline_row(s) for s in newest if s.section == slug)}</table>')
        for story in self.stories:
            out[story.path] = self.article(story)
            out[f"{self.prefix}/email.asp?id={story.sid}"] = self.frame(  # type: ignore[attr-defined]
                f"{w['email']} :: {self.site}", f'<form method="post"><font face="Arial" size="2">{E(w["email"])}: <b>{E(story.title)}</b></font><br>'
                '<input name="to"><input type="submit" value="Send"></form>')
        out[f"{self.prefix}/about.asp"] = self.frame(f"{w['about']} :: {self.site}", f'<font face="Arial" size="2">{E(self.site)} - {E(lang.sentences[7])}<br><br>{E(lang.sentences[11])}</font>')
        out[f"{self.prefix}/contact.asp"] = self.frame(f"{w['contact']} :: {self.site}", '<font face="Arial" size="2">Tel. 01234 567890<br>news@example.org</font>')
        return out


# -- the served site ---------------------------------------------------------------------------

class Site:
    def __init__(self, lang: Lang, seed: int, base_url: str):
        self.lang, self.base_url = lang, base_url
        rng = random.Random(seed)
        self.stories = make_stories(lang, rng)
        builders = [Drupal(lang, self.stories["drupal"], base_url), Magazine(lang, self.stories["mag"], base_url),
                    Platform(lang, self.stories["pub"], base_url, rng), Classic(lang, self.stories["classic"], base_url)]
        self.pages: dict[str, str] = {}
        for builder in builders:
            self.pages.update(builder.pages())
        fronts = "".join(f'<li><a href="{b.prefix}' + ("/default.asp" if b.prefix == "/classic" else "/" if b.prefix != "/news" else "")
                         + f'">{E(b.site)}</a></li>' for b in builders)
        self.pages["/"] = page(lang, "Network", "", f"<h1>Network</h1><ul>{fronts}</ul>")

    def truth(self) -> dict[str, dict]:
        out = {}
        for template, stories in self.stories.items():
            for s in stories:
                out[self.base_url + s.path] = {"template": template, "title": s.title, "authors": list(s.authors),
                                               "day": s.published.date().isoformat(), "section": self.lang.sections[s.section]}
        return out


def handler_for(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            parts = urlsplit(self.path)
            key = parts.path + (f"?{parts.query}" if parts.query else "")
            text = site.pages.get(key)
            if text is None and parts.path.startswith("/pub/") and parts.query.startswith("source="):
                text = site.pages.get(parts.path)  # the platform ignores its tracking parameter
            if text is None:
                send_body(self, 404, b"<html><body><h1>Not found</h1></body></html>")
            else:
                send_body(self, 200, text.encode("utf-8"))

        def log_message(self, *args: object) -> None:
            pass

    return Handler


@contextmanager
def serve(lang: Lang, seed: int) -> Iterator[Site]:
    server, base_url = start_server(BaseHTTPRequestHandler)
    site = Site(lang, seed, base_url)
    server.RequestHandlerClass = handler_for(site)  # the pages need the URL; nothing is asked before the crawl
    try:
        yield site
    finally:
        stop_server(server)


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], serve, (EN, DE), 17,
               "the seed (the German site uses seed + 1)", TEMPLATES, "blind5.db")


if __name__ == "__main__":
    main()
