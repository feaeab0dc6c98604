"""Publications in four CMS templates each, served on 127.0.0.1, with their truth (#8).

A blind generalisation check of the crawl and the parsers: written before reading the
parsers, from markup real CMSes print. Three publications (English, German, French),
each with articles in four templates:

- ``table``: an early-2000s table layout: headline in ``<font><b>``, byline and date
  printed in text ("by A, B · Posted on 05/16/2024 in World"), ``<br>`` paragraphs,
  no metadata, a printer-friendly copy of every story;
- ``wordpress``: a classic theme ("Posted on ... by ...", entry-meta, category links);
- ``drupal``: Drupal 7 nodes ("Submitted by X on Date", field-name-body) or Joomla
  articles ("Written by X", "Category: ...", "Published: ...");
- ``modern``: a news CMS with partial JSON-LD or Open Graph only, a visible
  "By A and B" byline, a ``<time>``, the section in breadcrumbs.

Home pages, section listings with pagination, tag and author pages, about, contact and
legal pages link them. Class names and phrasing are drawn from several real-world
variants by a seeded random generator, so the site is deterministic but no single
rule reads it all.

``python benchmarks/template_sites.py`` crawls every publication with the real
``clippings crawl`` and prints per-template, per-field accuracy;
``--serve LANG`` serves one publication until interrupted.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import re
import sys
import tempfile
import threading
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Self

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.served_pages import pages_handler, start_server, stop_server  # noqa: E402
from benchmarks.template_harness import FIELDS, crawl_rows, record  # noqa: E402

TEMPLATES = ("table", "wordpress", "drupal", "modern")
PAGE_SIZE = 10


@dataclass(frozen=True)
class Lang:
    code: str
    site: str
    sections: tuple[str, ...]
    names: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    sentences: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    words: dict[str, str]


EN = Lang(
    "en", "The Harlow Ledger", ("World", "Business", "Sports", "Culture", "Local"),
    ("Ann Whitaker", "Tom Delaney", "Maria Gonzalez", "J. P. Morrow", "Priya Natarajan", "Grace O'Neill",
     "David Kim", "Samuel Okafor", "Ruth Baker", "Hannah McAllister", "Luis Ortega", "Emily Chen"),
    ("Council", "Harbour board", "School district", "Rail operator", "University lab", "City museum",
     "Farmers' union", "Hospital trust", "Water utility", "Football club"),
    ("approves", "delays", "unveils", "rejects", "expands", "reviews", "funds", "cuts", "defends", "opens"),
    ("new budget plan", "river crossing", "summer timetable", "solar project", "youth programme",
     "library extension", "coastal survey", "wage agreement", "training ground", "vaccine study"),
    ("Officials said the decision followed months of public hearings and written submissions",
     "Residents who attended the meeting on Tuesday evening voiced support as well as concern",
     "The proposal now goes to a second committee, which is expected to report before the winter",
     "Critics argued that the figures presented did not account for rising costs of materials",
     "A spokesperson declined to say how many staff would be affected by the change in plans",
     "Independent analysts described the outcome as cautious but broadly in line with forecasts",
     "Local businesses near the site have asked for clearer information about the timetable",
     "Several members abstained, saying they needed more time to study the technical reports"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    {"by": "by", "By": "By", "and": "and", "posted_on": "Posted on", "in": "in", "filed": "Filed under",
     "posted_in": "Posted in", "tagged": "Tagged", "submitted": "Submitted by", "on": "on",
     "written": "Written by", "category": "Category", "published": "Published", "home": "Home",
     "next": "Next page", "older": "Older posts", "about": "About us", "contact": "Contact",
     "legal": "Terms of use", "tags": "Tags", "read": "Read more", "section": "Section",
     "print": "Printer-friendly version", "email": "E-mail this story", "comments": "Leave a comment",
     "author_page": "Articles by", "details": "Details", "updated": "Updated"})

DE = Lang(
    "de", "Rheintaler Rundschau", ("Politik", "Wirtschaft", "Sport", "Kultur", "Region"),
    ("Anna Berger", "Jürgen Hoffmann", "Claudia Weiß", "Mehmet Yılmaz", "Katrin Schäfer", "Lukas Brandt",
     "Sabine Krüger", "Tobias Lange", "Elif Demir", "Friedrich Adler", "Jana Novak", "Peter Zimmermann"),
    ("Stadtrat", "Landesregierung", "Verkehrsverbund", "Klinikum", "Hochschule", "Stadtwerke",
     "Handwerkskammer", "Sportverein", "Museum", "Bauernverband"),
    ("beschließt", "verschiebt", "stellt vor", "lehnt ab", "erweitert", "prüft", "fördert", "kürzt",
     "verteidigt", "eröffnet"),
    ("neuen Haushalt", "Rheinbrücke", "Sommerfahrplan", "Solarprojekt", "Jugendprogramm", "Bibliotheksanbau",
     "Uferstudie", "Tarifvertrag", "Trainingsgelände", "Impfstudie"),
    ("Die Entscheidung folgte nach Angaben der Verwaltung auf monatelange Anhörungen und Stellungnahmen",
     "Anwohner, die am Dienstagabend an der Sitzung teilnahmen, äußerten Zustimmung und Sorgen zugleich",
     "Der Vorschlag geht nun an einen zweiten Ausschuss, der noch vor dem Winter berichten soll",
     "Kritiker bemängelten, dass die vorgelegten Zahlen die steigenden Materialkosten nicht berücksichtigten",
     "Eine Sprecherin wollte nicht sagen, wie viele Beschäftigte von der Änderung betroffen sein werden",
     "Unabhängige Fachleute bezeichneten das Ergebnis als vorsichtig, aber im Rahmen der Erwartungen",
     "Geschäftsleute in der Nähe der Baustelle wünschen sich klarere Informationen zum Zeitplan",
     "Mehrere Mitglieder enthielten sich und verlangten mehr Zeit für die technischen Gutachten"),
    ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
     "November", "Dezember"),
    ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
    {"by": "von", "By": "Von", "and": "und", "posted_on": "Veröffentlicht am", "in": "in",
     "filed": "Rubrik:", "posted_in": "Kategorie:", "tagged": "Schlagwörter:", "submitted": "Eingereicht von",
     "on": "am", "written": "Geschrieben von", "category": "Kategorie", "published": "Veröffentlicht",
     "home": "Startseite", "next": "Nächste Seite", "older": "Ältere Beiträge", "about": "Über uns",
     "contact": "Kontakt", "legal": "Impressum", "tags": "Schlagwörter", "read": "Weiterlesen",
     "section": "Ressort", "print": "Druckversion", "email": "Artikel versenden",
     "comments": "Kommentar schreiben", "author_page": "Artikel von", "details": "Details",
     "updated": "Aktualisiert"})

FR = Lang(
    "fr", "Le Courrier de la Vallée", ("Monde", "Économie", "Sports", "Culture", "Région"),
    ("Élodie Marchand", "Julien Lefèvre", "Camille Dubois", "Mathieu Rousseau", "Inès Benali",
     "François Girard", "Chloé Martin", "Nicolas Fournier", "Aïcha Traoré", "Pierre-Louis Garnier",
     "Sophie Lambert", "Hugo Moreau"),
    ("Le conseil municipal", "La région", "La SNCF", "Le CHU", "L'université", "Le musée",
     "La chambre d'agriculture", "Le club de football", "La métropole", "Le syndicat des eaux"),
    ("adopte", "reporte", "dévoile", "rejette", "agrandit", "examine", "finance", "réduit", "défend", "ouvre"),
    ("le nouveau budget", "le pont sur la Loire", "l'horaire d'été", "le projet solaire",
     "le programme jeunesse", "l'extension de la médiathèque", "l'étude du littoral", "l'accord salarial",
     "le centre d'entraînement", "l'essai vaccinal"),
    ("Selon la mairie, la décision fait suite à plusieurs mois de consultations et de contributions écrites",
     "Les habitants présents à la réunion de mardi soir ont exprimé à la fois leur soutien et leurs craintes",
     "Le projet passe désormais devant une seconde commission, qui doit rendre ses conclusions avant l'hiver",
     "Les opposants estiment que les chiffres présentés ne tiennent pas compte de la hausse des matériaux",
     "Une porte-parole n'a pas souhaité préciser combien d'agents seraient concernés par ce changement",
     "Des analystes indépendants jugent le résultat prudent mais conforme aux prévisions",
     "Les commerçants installés près du chantier réclament des informations plus claires sur le calendrier",
     "Plusieurs élus se sont abstenus, disant avoir besoin de temps pour étudier les rapports techniques"),
    ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
     "novembre", "décembre"),
    ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    {"by": "par", "By": "Par", "and": "et", "posted_on": "Publié le", "in": "dans", "filed": "Rubrique :",
     "posted_in": "Catégorie :", "tagged": "Mots-clés :", "submitted": "Soumis par", "on": "le",
     "written": "Écrit par", "category": "Catégorie", "published": "Publication", "home": "Accueil",
     "next": "Page suivante", "older": "Articles plus anciens", "about": "Qui sommes-nous",
     "contact": "Contact", "legal": "Mentions légales", "tags": "Mots-clés", "read": "Lire la suite",
     "section": "Rubrique", "print": "Version imprimable", "email": "Envoyer à un ami",
     "comments": "Laisser un commentaire", "author_page": "Articles de", "details": "Détails",
     "updated": "Mis à jour"})

LANGS = {"en": EN, "de": DE, "fr": FR}


def slugify(text: str) -> str:
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def _e(text: str) -> str:
    return html.escape(text, quote=True)


@dataclass(frozen=True)
class Story:
    number: int
    template: str
    variant: int
    title: str
    authors: tuple[str, ...]
    moment: datetime
    section: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def slug(self) -> str:
        return "-".join(slugify(self.title).split("-")[:7])

    @property
    def path(self) -> str:
        d, sec = self.moment, slugify(self.section)
        return {"table": (f"/cgi-bin/article.asp?id={4000 + self.number}", f"/archive/show.php?nr={700 + self.number}")[self.variant % 2],
                "wordpress": (f"/{d:%Y/%m/%d}/{self.slug}/", f"/{self.slug}/")[self.variant % 2],
                "drupal": (f"/node/{200 + self.number}", f"/index.php/{sec}/{300 + self.number}-{self.slug}")[self.variant % 2],
                "modern": (f"/{sec}/{d:%Y/%m/%d}/{self.slug}-{self.number}", f"/news/{self.slug}-a{self.number * 7919 % 100000}")[self.variant % 2],
                }[self.template]


# ---------------------------------------------------------------- dates and names

def names(lang: Lang, authors: tuple[str, ...], comma_only: bool = False) -> str:
    if len(authors) == 1:
        return authors[0]
    if comma_only:
        return ", ".join(authors)
    return ", ".join(authors[:-1]) + f" {lang.words['and']} " + authors[-1]


def printed_date(lang: Lang, d: datetime, form: str) -> str:
    """The day as the language prints it: ``numeric``, ``long``, ``long_time``, ``weekday``."""
    month = lang.months[d.month - 1]
    wd = lang.weekdays[d.weekday()]
    if lang.code == "en":
        clock = f"{(d.hour - 1) % 12 + 1}:{d.minute:02d} {'am' if d.hour < 12 else 'pm'}"
        return {"numeric": f"{d:%m/%d/%Y}", "long": f"{month} {d.day}, {d.year}",
                "long_time": f"{month} {d.day}, {d.year} at {clock}",
                "weekday": f"{wd}, {month} {d.day}, {d.year}"}[form]
    if lang.code == "de":
        return {"numeric": f"{d:%d.%m.%Y}", "long": f"{d.day}. {month} {d.year}",
                "long_time": f"{d:%d.%m.%Y}, {d:%H:%M} Uhr",
                "weekday": f"{wd}, {d.day}. {month} {d.year}"}[form]
    return {"numeric": f"{d:%d/%m/%Y}", "long": f"{d.day} {month} {d.year}",
            "long_time": f"{d.day} {month} {d.year} à {d.hour}h{d.minute:02d}",
            "weekday": f"{wd} {d.day} {month} {d.year}"}[form]


# ---------------------------------------------------------------- the stories

def make_stories(lang: Lang, count: int, seed: int) -> list[Story]:
    rng = random.Random(f"{seed}-{lang.code}")
    stories = []
    titles: set[str] = set()
    for n in range(count):
        while True:
            title = f"{rng.choice(lang.subjects)} {rng.choice(lang.verbs)} {rng.choice(lang.objects)}"
            if rng.random() < 0.3:
                title += rng.choice((": " + rng.choice(lang.sections), " (" + str(rng.randint(2, 9)) + ")", "?"))
            if title not in titles:
                titles.add(title)
                break
        title = title[0].upper() + title[1:]
        authors = tuple(rng.sample(lang.names, rng.choice((1, 1, 1, 2, 2, 3))))
        moment = datetime(rng.choice((2022, 2023, 2024)), rng.randint(1, 12), rng.randint(1, 28),
                          rng.randint(6, 20), rng.randint(0, 59))
        paragraphs = tuple(". ".join(rng.sample(lang.sentences, rng.randint(2, 4))) + "."
                           for _ in range(rng.randint(4, 9)))
        tags = tuple(rng.sample([slugify(o).split("-")[-1] for o in lang.objects], 2))
        stories.append(Story(n + 1, TEMPLATES[n % 4], rng.randrange(6), title, authors, moment,
                             rng.choice(lang.sections), tags, paragraphs))
    return stories


# ---------------------------------------------------------------- templates

@dataclass
class Publication:
    lang: Lang
    count: int = 40
    seed: int = 2024
    stories: list[Story] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    base_url: str = ""
    server: ThreadingHTTPServer | None = None

    def __post_init__(self) -> None:
        self.stories = make_stories(self.lang, self.count, self.seed)
        self.build()

    # -- shared furniture
    def nav(self, style: str) -> str:
        w = self.lang.words
        links = [(f"/section/{slugify(s)}", s) for s in self.lang.sections]
        links += [("/about", w["about"]), ("/contact", w["contact"])]
        if style == "table":
            return ("<table width='100%' bgcolor='#1f3a60' cellpadding='2'><tr>" + "".join(
                f"<td><font face='Verdana' size='1' color='#ffffff'><a href='{u}'><b>{_e(t)}</b></a></font></td>"
                for u, t in links) + "</tr></table>")
        return "<ul class='menu'>" + "".join(f"<li><a href='{u}'>{_e(t)}</a></li>" for u, t in links) + "</ul>"

    def aside(self, story: Story) -> str:
        others = [s for s in self.stories if s.number != story.number][story.number % 7::9][:4]
        items = "".join(f"<li><a href='{s.path}'>{_e(s.title)}</a></li>" for s in others)
        return f"<aside class='widget recent'><h3>{_e(self.lang.words['read'])}</h3><ul>{items}</ul></aside>"

    def author_links(self, story: Story, prefix: str, cls: str = "") -> list[str]:
        c = f" class='{cls}'" if cls else ""
        return [f"<a href='{prefix}{slugify(a)}'{c}>{_e(a)}</a>" for a in story.authors]

    def joined(self, parts: list[str]) -> str:
        if len(parts) == 1:
            return parts[0]
        return ", ".join(parts[:-1]) + f" {self.lang.words['and']} " + parts[-1]

    # -- (a) early-2000s table layout
    def table_page(self, s: Story, printable: bool = False) -> str:
        w, lang, v = self.lang.words, self.lang, s.variant
        if v % 3 == 0:
            byline = (f"{w['by']} {_e(names(lang, s.authors, comma_only=True))} &middot; {w['posted_on']} "
                      f"{printed_date(lang, s.moment, 'numeric')} {w['in']} {_e(s.section)}")
        elif v % 3 == 1:
            byline = (f"{w['By']} {_e(names(lang, s.authors))}<br>{printed_date(lang, s.moment, 'long_time')}"
                      f" | {w['filed']} {_e(s.section)}")
        else:
            byline = (f"<i>{printed_date(lang, s.moment, 'weekday')}</i><br>{_e(s.section)} &raquo; "
                      f"{w['by']} <b>{_e(names(lang, s.authors))}</b>")
        sep = "<br><br>\n" if v % 2 else "<br>\n<br>\n"
        body = sep.join(_e(p) for p in s.paragraphs)
        head_size = ("5", "4", "+2")[v % 3]
        title_tag = (f"{_e(s.title)} - {lang.site}", f"{lang.site} :: {_e(s.title)}", _e(lang.site))[v % 3]
        article = f"""<font face="Times New Roman" size="{head_size}"><b>{_e(s.title)}</b></font><br>
<font face="Arial" size="2" color="#555555">{byline}</font><br><br>
<font face="Georgia" size="3">{body}</font>"""
        if printable:
            return (f"<html><head><title>{title_tag}</title></head><body onload='window.print()'>"
                    f"<font size='1'>{lang.site}</font><hr>{article}<hr><font size='1'>&copy; {lang.site}</font>"
                    "</body></html>")
        side = "<br>".join(f"<a href='/section/{slugify(x)}'>{_e(x)}</a>" for x in lang.sections)
        return f"""<html><head><title>{title_tag}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#ffffff" marginwidth="0" marginheight="0"><center><table width="770" border="0" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td><a href="/"><img src="/img/masthead.gif" alt="{lang.site}" border="0" width="400" height="60"></a></td>
<td align="right"><font face="Arial" size="1">{printed_date(lang, datetime(2004, 3, 1), 'weekday')}</font></td></tr></table>
{self.nav("table")}
<table width="100%" cellpadding="5" cellspacing="0"><tr><td width="140" valign="top" bgcolor="#eeeeee">
<font face="Verdana" size="1"><b>{_e(w['section'])}</b><br>{side}</font></td>
<td valign="top">{article}<br><br>
<font face="Arial" size="1"><a href="{s.path.replace('article.asp', 'print.asp').replace('show.php', 'print.php')}">{_e(w['print'])}</a> |
<a href="mailto:?subject={_e(s.title)}">{_e(w['email'])}</a></font></td>
<td width="160" valign="top"><font size="1">{self.aside(s)}</font></td></tr></table>
<table width="100%" bgcolor="#cccccc"><tr><td align="center"><font face="Arial" size="1">
&copy; 2004 {lang.site}. <a href="/contact">{_e(w['contact'])}</a> | <a href="/legal">{_e(w['legal'])}</a></font></td></tr></table>
</td></tr></table></center></body></html>"""

    # -- (b) WordPress classic theme
    def wordpress_page(self, s: Story) -> str:
        w, lang, v = self.lang.words, self.lang, s.variant
        title_cls = ("entry-title", "post-title", "entry-title single-title")[v % 3]
        iso = s.moment.isoformat() + ("+00:00" if v % 2 else "")
        show = printed_date(lang, s.moment, ("long", "numeric", "long")[v % 3])
        who = self.joined([f"<span class='author vcard'>{a}</span>" for a in
                           self.author_links(s, "/author/", "url fn n")])
        if v % 2:
            meta = (f"<span class='posted-on'>{w['posted_on']} <a href='{s.path}' rel='bookmark'>"
                    f"<time class='entry-date published' datetime='{iso}'>{show}</time></a></span>"
                    f"<span class='byline'> {w['by']} {who}</span>")
        else:
            meta = (f"<span class='meta-date'>{show}</span> &middot; <span class='meta-author'>{w['by']} "
                    f"{self.joined(self.author_links(s, '/author/'))}</span>")
        tags = ", ".join(f"<a href='/tag/{t}/' rel='tag'>{t}</a>" for t in s.tags)
        cat = f"<a href='/category/{slugify(s.section)}/' rel='category tag'>{_e(s.section)}</a>"
        body = "".join(f"<p>{_e(p)}</p>\n" for p in s.paragraphs)
        canonical = f"<link rel='canonical' href='{self.base_url}{s.path}'>" if v % 3 != 2 else ""
        return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="UTF-8">
<title>{_e(s.title)} &#8211; {lang.site}</title><meta name="generator" content="WordPress 6.4.3">{canonical}
<link rel='stylesheet' href='/wp-content/themes/twentyfifteen/style.css'></head>
<body class="post-template-default single single-post postid-{s.number} single-format-standard">
<div id="page" class="hfeed site"><header id="masthead" class="site-header"><p class="site-title"><a href="/" rel="home">{lang.site}</a></p>
<nav class="main-navigation">{self.nav("wp")}</nav></header>
<div id="content" class="site-content"><main id="main" class="site-main">
<article id="post-{s.number}" class="post-{s.number} post type-post status-publish hentry category-{slugify(s.section)}">
<header class="entry-header"><h1 class="{title_cls}">{_e(s.title)}</h1><div class="entry-meta">{meta}</div></header>
<div class="entry-content">{body}</div>
<footer class="entry-footer"><span class="cat-links">{w['posted_in']} {cat}</span> <span class="tags-links">{w['tagged']} {tags}</span></footer>
</article>
<nav class="navigation post-navigation"><div class="nav-links"><a href="/" rel="prev">{_e(w['home'])}</a></div></nav>
<div id="comments" class="comments-area"><div id="respond"><h3 class="comment-reply-title">{_e(w['comments'])}</h3></div></div>
</main><div id="secondary" class="widget-area">{self.aside(s)}</div></div>
<footer class="site-footer"><a href="/legal">{_e(w['legal'])}</a> · Proudly powered by WordPress</footer></div></body></html>"""

    # -- (c) Drupal 7 node or Joomla article
    def drupal_page(self, s: Story) -> str:
        w, lang, v = self.lang.words, self.lang, s.variant
        body = "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
        if v % 2 == 0:  # Drupal 7
            when = printed_date(lang, s.moment, ("numeric", "long", "long_time")[v % 3])
            people = self.joined(self.author_links(s, "/user/", "username"))
            article = f"""<h1 class="{('page-title', 'title', 'node-title')[v % 3]}" id="page-title">{_e(s.title)}</h1>
<div id="node-{s.number}" class="node node-article node-promoted view-mode-full clearfix">
<div class="meta submitted">{w['submitted']} {people} {w['on']} {when}</div>
<div class="content"><div class="field field-name-body field-type-text-with-summary field-label-hidden"><div class="field-items"><div class="field-item even" property="content:encoded">{body}</div></div></div>
<div class="field field-name-field-section field-type-taxonomy-term-reference field-label-inline clearfix"><div class="field-label">{_e(w['section'])}:&nbsp;</div><div class="field-items"><div class="field-item even"><a href="/section/{slugify(s.section)}">{_e(s.section)}</a></div></div></div>
<div class="field field-name-field-tags field-label-above"><div class="field-label">{_e(w['tags'])}:&nbsp;</div><div class="field-items">{''.join(f'<div class="field-item"><a href="/tags/{t}">{t}</a></div>' for t in s.tags)}</div></div>
</div><ul class="links inline"><li class="comment-add"><a href="/comment/reply/{200 + s.number}">{_e(w['comments'])}</a></li></ul></div>"""
            gen = '<meta name="Generator" content="Drupal 7 (http://drupal.org)">'
        else:  # Joomla 3
            when = printed_date(lang, s.moment, ("long", "weekday", "numeric")[v % 3])
            people = names(lang, s.authors)
            article = f"""<div class="item-page" itemscope itemtype="https://schema.org/Article">
<div class="page-header"><h2 itemprop="headline">{_e(s.title)}</h2></div>
<dl class="article-info muted"><dt class="article-info-term">{_e(w['details'])}</dt>
<dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">{w['written']} <span itemprop="name">{_e(people)}</span></dd>
<dd class="category-name">{w['category']}: <a href="/index.php/{slugify(s.section)}" itemprop="genre">{_e(s.section)}</a></dd>
<dd class="published"><span class="icon-calendar"></span>{w['published']}: {when}</dd></dl>
<div itemprop="articleBody">{body}</div>
<ul class="pager pagenav"><li class="previous"><a href="/" rel="prev">&lt; {_e(w['home'])}</a></li></ul></div>"""
            gen = '<meta name="generator" content="Joomla! - Open Source Content Management">'
        return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">{gen}
<title>{_e(s.title)} | {lang.site}</title></head>
<body class="html not-front page-node node-type-article"><div id="page-wrapper"><div id="header">
<a href="/" id="logo" title="{_e(w['home'])}">{lang.site}</a><div id="navigation">{self.nav("drupal")}</div></div>
<div id="breadcrumb"><a href="/">{_e(w['home'])}</a></div>
<div id="main"><div id="content" class="column">{article}</div>
<div id="sidebar-second" class="column sidebar"><div class="region">{self.aside(s)}</div></div></div>
<div id="footer"><a href="/legal">{_e(w['legal'])}</a> · <a href="/contact">{_e(w['contact'])}</a></div></div></body></html>"""

    # -- (d) modern news CMS
    def modern_page(self, s: Story) -> str:
        w, lang, v = self.lang.words, self.lang, s.variant
        iso = s.moment.isoformat() + ("+01:00" if lang.code != "en" else "-05:00")
        head = ""
        if v % 3 == 0:  # partial JSON-LD: no author, no section
            data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
                    "datePublished": iso, "publisher": {"@type": "Organization", "name": lang.site}}
            head = f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
        elif v % 3 == 1:  # Open Graph only, title with the site's suffix
            head = (f"<meta property='og:type' content='article'><meta property='og:title' content='{_e(s.title)} | {lang.site}'>"
                    f"<meta property='og:site_name' content='{lang.site}'><meta property='og:url' content='{self.base_url}{s.path}'>"
                    f"<meta property='article:published_time' content='{iso}'>")
        canonical = f"<link rel='canonical' href='{self.base_url}{s.path}'>"
        crumbs = (f"<nav aria-label='breadcrumb' class='{('breadcrumbs', 'c-crumbs', 'trail')[v % 3]}'><ol>"
                  f"<li><a href='/'>{_e(w['home'])}</a></li><li><a href='/section/{slugify(s.section)}'>{_e(s.section)}</a></li>"
                  f"</ol></nav>")
        byline_cls = ("byline", "article__author", "c-meta__by")[v % 3]
        people = self.joined(self.author_links(s, "/authors/"))
        when = printed_date(lang, s.moment, ("long_time", "long", "weekday")[v % 3])
        body = "".join(f"<p class='{('', 'para', 'c-text')[v % 3]}'>{_e(p)}</p>" for p in s.paragraphs)
        related = "".join(f"<li><a href='{o.path}{'&' if '?' in o.path else '?'}utm_source=related'>{_e(o.title)}</a></li>"
                          for o in self.stories[s.number % 5::11][:3] if o.number != s.number)
        return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>{_e(s.title)} | {lang.site}</title>{canonical}{head}</head>
<body><header class="site-head"><a class="brand" href="/">{lang.site}</a><nav>{self.nav("modern")}</nav></header>
<main id="main-content"><article class="{('story', 'article-page', 'c-article')[v % 3]}">{crumbs}
<h1 class="{('headline', 'article__title', 'c-heading')[v % 3]}">{_e(s.title)}</h1>
<div class="{('meta', 'article__meta', 'c-meta')[v % 3]}"><span class="{byline_cls}">{w['By']} {people}</span>
<time datetime="{iso}">{when}</time></div>
<figure><img src="/img/{s.number}.jpg" alt=""><figcaption>{_e(lang.sentences[0][:40])}.</figcaption></figure>
<div class="{('body', 'article__body', 'c-body')[v % 3]}">{body}</div></article>
<section class="related"><h2>{_e(w['read'])}</h2><ul>{related}</ul></section></main>
<footer><a href="/about">{_e(w['about'])}</a> <a href="/legal">{_e(w['legal'])}</a></footer></body></html>"""

    # -- site structure
    def listing(self, title: str, stories: list[Story], base: str, intro: str = "") -> None:
        w = self.lang.words
        pages = max(1, -(-len(stories) // PAGE_SIZE))
        for page in range(1, pages + 1):
            chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
            items = "".join(
                f"<div class='teaser'><h2><a href='{s.path}'>{_e(s.title)}</a></h2>"
                f"<p class='meta'>{printed_date(self.lang, s.moment, 'long')} · {_e(names(self.lang, s.authors))}</p>"
                f"<p>{_e(s.paragraphs[0])}</p><a href='{s.path}'>{_e(w['read'])}</a></div>" for s in chunk)
            more = f"<a href='{base}?page={page + 1}' rel='next'>{_e(w['next'])} &raquo;</a>" if page < pages else ""
            path = base if page == 1 else f"{base}?page={page}"
            self.pages[path] = (f"<!DOCTYPE html><html lang='{self.lang.code}'><head><meta charset='utf-8'><title>{_e(title)} | "
                                f"{self.lang.site}</title></head><body><header><a href='/'>{self.lang.site}</a>"
                                f"{self.nav('list')}</header><main><h1>{_e(title)}</h1>{intro}{items}"
                                f"<nav class='pagination'>{more}</nav></main></body></html>")

    def plain(self, path: str, title: str, text: str) -> None:
        self.pages[path] = (f"<!DOCTYPE html><html lang='{self.lang.code}'><head><meta charset='utf-8'><title>{_e(title)} | "
                            f"{self.lang.site}</title></head><body><header><a href='/'>{self.lang.site}</a>"
                            f"{self.nav('list')}</header><main><h1>{_e(title)}</h1>{text}</main></body></html>")

    def build(self) -> None:
        lang, w = self.lang, self.lang.words
        self.pages = {}
        newest = sorted(self.stories, key=lambda s: s.moment, reverse=True)
        for s in self.stories:
            self.pages[s.path] = {"table": self.table_page, "wordpress": self.wordpress_page,
                                  "drupal": self.drupal_page, "modern": self.modern_page}[s.template](s)
            if s.template == "table":
                self.pages[s.path.replace("article.asp", "print.asp").replace("show.php", "print.php")] = \
                    self.table_page(s, printable=True)
        self.listing(lang.site, newest, "/")
        for section in lang.sections:
            self.listing(section, [s for s in newest if s.section == section], f"/section/{slugify(section)}")
        for s in newest:
            for prefix in ("/author/", "/user/", "/authors/"):
                for a in s.authors:
                    mine = [x for x in newest if a in x.authors]
                    bio = f"<p class='bio'>{_e(a)} — {_e(lang.sentences[len(a) % len(lang.sentences)])}.</p>"
                    self.listing(f"{w['author_page']} {a}", mine, f"{prefix}{slugify(a)}", bio)
            for t in s.tags:
                for prefix in ("/tag/", "/tags/"):
                    self.listing(f"{w['tags']}: {t}", [x for x in newest if t in x.tags], f"{prefix}{t}")
            self.listing(s.section, [x for x in newest if x.section == s.section], f"/category/{slugify(s.section)}")
            self.listing(s.section, [x for x in newest if x.section == s.section], f"/index.php/{slugify(s.section)}")
        filler = " ".join(lang.sentences)
        self.plain("/about", w["about"], f"<p>{lang.site}. {filler}</p><p>{filler}</p>")
        self.plain("/contact", w["contact"], "<p>+1 555 0100</p><form><input name='mail'></form>")
        self.plain("/legal", w["legal"], f"<p>{filler}</p><p>{filler}</p><p>{filler}</p>")

    def truth(self) -> dict[str, dict]:
        return {self.base_url + s.path: {"title": s.title, "authors": sorted(s.authors),
                                         "day": s.moment.date().isoformat(), "section": s.section,
                                         "template": s.template, "variant": s.variant} for s in self.stories}

    def __enter__(self) -> Self:
        # The server starts before the pages are built: canonical links carry its base URL.
        self.server, self.base_url = start_server(pages_handler(self.pages, _served_path))
        self.build()
        return self

    def __exit__(self, *exc: object) -> None:
        stop_server(self.server)


# ---------------------------------------------------------------- crawl and score

def score(truth: dict[str, dict], rows: list[dict]) -> dict:
    """Per template and field: right / total, plus found, stored twice, non-articles stored."""
    urls = Counter(r["canonical_url"] for r in rows)
    got = {r["canonical_url"]: record(r, sort_authors=True) for r in rows}
    result: dict = {"templates": defaultdict(lambda: defaultdict(int)), "misses": [],
                    "twice": sorted(u for u, n in urls.items() if n > 1),
                    "extra": sorted(u for u in urls if u not in truth)}
    for url, want in truth.items():
        cell = result["templates"][want["template"]]
        cell["total"] += 1
        have = got.get(url)
        cell["found"] += have is not None
        for name in FIELDS:
            ok = have is not None and have[name] == want[name]
            cell[name] += ok
            if not ok:
                result["misses"].append((want["template"], want["variant"], name, url,
                                         have and have[name], want[name]))
    return result


def crawl_publication(pub: Publication, workdir: Path) -> list[dict]:
    return crawl_rows(pub.base_url + "/", workdir / f"{pub.lang.code}.db", "--no-warc", timeout=600)


def table(results: dict[str, dict]) -> str:
    lines = ["| publication | template | articles | found | " + " | ".join(FIELDS) + " |",
             "|---|---|---|---|" + "---|" * len(FIELDS)]
    for code, res in results.items():
        cells = res["templates"]
        for template in (*TEMPLATES, "all"):
            if template == "all":
                c: dict[str, int] = defaultdict(int)
                for t in TEMPLATES:
                    for k, n in cells[t].items():
                        c[k] += n
            else:
                c = cells[template]
            tot = c["total"] or 1
            lines.append(f"| {code} | {template} | {c['total']} | {c['found'] / tot:.2f} | "
                         + " | ".join(f"{c[f] / tot:.2f}" for f in FIELDS) + " |")
        lines.append(f"| {code} | stored twice: {len(res['twice'])}, non-articles stored: {len(res['extra'])} |"
                     + " |" * (3 + len(FIELDS)))
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--langs", default="en,de,fr")
    parser.add_argument("--serve", metavar="LANG")
    parser.add_argument("--misses", action="store_true", help="print every wrong field")
    parser.add_argument("--seed", type=int, default=2024, help="another draw of stories and variants")
    args = parser.parse_args()
    if args.serve:
        with Publication(LANGS[args.serve]) as served:
            print(served.base_url, flush=True)
            threading.Event().wait()
    results = {}
    with tempfile.TemporaryDirectory() as tmp:
        for code in args.langs.split(","):
            with Publication(LANGS[code], seed=args.seed) as pub:
                results[code] = score(pub.truth(), crawl_publication(pub, Path(tmp)))
    print(table(results))
    for code, res in results.items():
        print(f"\n{code}: stored twice {res['twice'][:5]}, non-articles {res['extra']}")
        if args.misses:
            for miss in res["misses"]:
                print("  ", *miss)



def _served_path(path: str) -> str:
    """The page a request asks for: no fragment, no ``utm_source`` (listing teasers carry one)."""
    path = path.split("#")[0]
    return re.sub(r"[?&]utm_source=[^&]*", "", path) if "utm_source=" in path else path


if __name__ == "__main__":
    main()
