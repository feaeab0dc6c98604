"""Fourth blind measurement for issue 8: two publications (English (US), Dutch) in four
templates each, served on 127.0.0.1, crawled with the real ``clippings crawl`` and
scored against the generator's truth per template and field.

Written without reading the parsers (``crawler/parsers/``), their tests, or the three
earlier generators beyond their docstrings: only ``tests/support/four_templates.py``,
``benchmarks/served_pages.py`` and how ``template_sites_blind3.py`` runs and scores a
crawl. The four templates are kinds the earlier sites did not cover:

* ``blocktheme``: a WordPress block theme (Twenty Twenty-Four): ``wp-block-post-title``,
  "Written by <author> in <category>" built from ``wp-block-post-author-name`` and a
  ``taxonomy-category wp-block-post-terms`` block, ``wp-block-post-date`` with a
  ``<time datetime>`` in UTC, on some stories a "Last updated" modified-date block
  printed first, a ``taxonomy-post_tag`` terms block under the text, a "Latest posts"
  block and comments with other days; no JSON-LD, no author meta; some posts show no
  writer (truth ``[]``). URL ``/YYYY/MM/DD/slug/``.
* ``arcxp``: a large publisher's layout (Arc XP-like): kicker link above the ``h1``, a
  dek, "By A and B" with each writer's role ("Reporter", "verslaggever") in an author
  strip, "Photography by Z" / "Foto's: Z" (not a writer), "Updated <day, time>" printed
  before "Published <day, time>" (the published day is the truth), a few stories
  published late in the evening (the UTC day is the next), live updates with later
  days; JSON-LD on odd stories only, ``article:published_time`` in UTC on even ones;
  "By Ledger Staff" / "Door onze redactie" on some (truth ``[]``). URL
  ``/<section>/YYYY/MM/DD/slug/``.
* ``press``: a press release on an organisation's newsroom: "Press Release | May 16,
  2024" / "Persbericht | 16 mei 2024", "FOR IMMEDIATE RELEASE", "Media contact:
  <name>, <phone>" (no author: truth ``[]``), quotes "said <name>", a topic in the
  breadcrumb and a "Topic:" row (the section), "Last updated" with a later day at the
  bottom; the Dutch pages carry ``DCTERMS.issued`` / ``DCTERMS.modified`` metas.
  URL without a date.
* ``frontpage``: a FrontPage-era site: ``<center>``, ``<hr>``, ``<h2 align=center>``
  headline, the section as a banner above it (image alt and bold text), the byline
  either under the headline in italics ("By A<br>Staff Writer") or closing the text
  ("— A and B, Staff Writers" / "— A, redacteur"), the day as "Posted 5/16/03" or
  "Friday, May 16, 2003" / "Geplaatst: 16-05-2003", a "Last modified:" footer with a
  later day and a hit counter; URL ``/<section>/030516b.htm``; no canonical.

Home, section, tag and author listings (paginated), about, contact and privacy pages.
Truth: the writers only (not photographers, contacts, commenters or a desk); the
published day as the page prints it (its local day); the section as a reader sees it
(kicker, category term, topic, banner). Titles compared whitespace-normalised,
authors and section without regard to case.

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind4.py [--misses] [--seed 5]

First run, blind (2026-12-06, at 3e3e715: the parsers as main 3e3e715, seed 5), share
of the articles right:

| publication | template | articles | found | title | authors | day | section |
|---|---|---|---|---|---|---|---|
| en | blocktheme | 10 | 1.00 | 1.00 | 1.00 | 0.70 | 1.00 |
| en | arcxp | 10 | 1.00 | 1.00 | 0.50 | 1.00 | 1.00 |
| en | press | 10 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |
| en | frontpage | 10 | 1.00 | 1.00 | 0.30 | 1.00 | 0.00 |
| en | all | 40 | 1.00 | 1.00 | 0.70 | 0.93 | 0.75 |
| nl | blocktheme | 10 | 1.00 | 1.00 | 1.00 | 0.60 | 1.00 |
| nl | arcxp | 10 | 1.00 | 1.00 | 0.70 | 1.00 | 1.00 |
| nl | press | 10 | 1.00 | 1.00 | 0.00 | 1.00 | 1.00 |
| nl | frontpage | 10 | 1.00 | 1.00 | 0.30 | 1.00 | 0.00 |
| nl | all | 40 | 1.00 | 1.00 | 0.50 | 0.90 | 0.75 |

Every article found, none stored twice, no other page stored. The misses and seeds 17
and 29: benchmarks/README.md ("Fourth blind check").
"""

from __future__ import annotations

import html
import json
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.served_pages import ServedSite  # noqa: E402
from benchmarks.template_harness import blind_main, loosely  # noqa: E402

TEMPLATES = ("blocktheme", "arcxp", "press", "frontpage")
PER_TEMPLATE = 10
PAGE_SIZE = 7


@dataclass(frozen=True)
class Language:
    code: str
    html_lang: str
    site: str
    org: str
    sections: tuple[str, ...]
    writers: tuple[str, ...]
    photographers: tuple[str, ...]
    contacts: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    sentences: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    words: dict[str, str]


EN = Language(
    "en", "en-US", "The Harbor City Ledger", "Harbor City Port Authority",
    ("Metro", "Politics", "Business", "Sports", "Arts & Culture"),
    ("Emily Chen", "Daniel Okonkwo", "Jennifer O'Donnell", "Luis García-Ramos", "Keisha Washington",
     "Marcus T. Bell", "Sarah Goldberg", "Anthony DiMarco", "Priya Raman", "Walter J. Hughes III"),
    ("Tyler Nguyen", "Rosa Delgado"), ("Karen Ortiz", "Michael Brandt"),
    ("City council", "Port authority", "School board", "Transit agency", "State senate", "Minor league team",
     "Hospital network", "Art museum", "Water district", "Housing commission"),
    ("approves", "delays", "unveils", "rejects", "expands", "reviews", "funds", "cuts", "defends", "opens"),
    ("downtown bike lanes", "ferry terminal plan", "summer jobs program", "stadium lease", "flood barrier",
     "library hours", "pension deal", "night bus routes", "mural project", "rent relief fund"),
    ("Officials said the decision followed months of public hearings and written comments",
     "Residents who packed the meeting room on Tuesday night voiced both support and concern",
     "The measure now heads to a second committee, which is expected to vote before the fall",
     "Critics argued the projections did not account for the rising cost of steel and labor",
     "A spokesperson declined to say how many employees would be affected by the change",
     "Independent analysts called the outcome cautious but broadly in line with expectations",
     "Business owners near the waterfront have asked for a clearer construction schedule",
     "The last comparable project in the county took nearly four years to finish",
     "Several members abstained, saying they needed more time to read the engineering reports",
     "Supporters point to a similar program in another state that cut delays by a third"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    {"by": "By", "and": "and", "written": "Written by", "in": "in", "updated": "Updated", "published": "Published",
     "role": "Reporter", "roles": "Reporters", "photo": "Photography by", "staff": "By Ledger Staff",
     "press": "Press Release", "immediate": "FOR IMMEDIATE RELEASE", "contact": "Media contact:",
     "topic": "Topic:", "lastupd": "Last updated", "home": "Home", "newsroom": "Newsroom", "tags": "Tags:",
     "latest": "Latest posts", "staffwriter": "Staff Writer", "staffwriters": "Staff Writers",
     "posted": "Posted", "modified": "Last modified:", "visits": "You are visitor number", "said": "said",
     "about": "About us", "contactpage": "Contact", "privacy": "Privacy Policy", "next": "Older stories",
     "reply": "says:", "live": "Update", "tag": "Tag", "author": "Stories by", "at": "at"})

NL = Language(
    "nl", "nl-NL", "De Rijnbode", "Gemeente Rijnstad",
    ("Binnenland", "Politiek", "Economie", "Sport", "Cultuur & Media"),
    ("Jan de Vries", "Anouk van der Berg", "Pieter van den Hoek", "Fatma Yılmaz", "Mohamed El Amrani",
     "Eline Jansen", "Sanne Bakker", "Ruud ter Horst", "Joost van Dijk", "Marieke Smit-de Groot"),
    ("Bram Visser", "Lotte Mulder"), ("Ilse Kramer", "Thijs Hendriks"),
    ("Gemeenteraad", "Havenbedrijf", "Schoolbestuur", "Vervoerder", "Provincie", "Voetbalclub",
     "Ziekenhuis", "Museum", "Waterschap", "Woningcorporatie"),
    ("steunt", "vertraagt", "onthult", "verwerpt", "verruimt", "herziet", "financiert", "schrapt",
     "verdedigt", "presenteert"),
    ("nieuwe fietsroutes", "plan voor veerpont", "zomerbanenproject", "huurcontract stadion", "dijkversterking",
     "bibliotheekuren", "pensioenakkoord", "nachtbussen", "muurschildering", "huurfonds"),
    ("Volgens de gemeente volgde het besluit op maanden van inspraak en schriftelijke reacties",
     "Bewoners die dinsdagavond de vergadering bezochten, uitten zowel steun als zorgen",
     "Het voorstel gaat nu naar een tweede commissie, die voor het najaar een besluit neemt",
     "Critici vinden dat de ramingen geen rekening houden met de stijgende kosten van staal",
     "Een woordvoerder wilde niet zeggen hoeveel medewerkers door de wijziging worden geraakt",
     "Onafhankelijke analisten noemen de uitkomst voorzichtig maar in lijn met de verwachtingen",
     "Ondernemers bij de kade vragen om een duidelijkere planning van de werkzaamheden",
     "Het laatste vergelijkbare project in de regio duurde bijna vier jaar",
     "Enkele leden onthielden zich van stemming omdat ze de rapporten nog wilden lezen",
     "Voorstanders wijzen op een vergelijkbaar project in Duitsland dat vertragingen met een derde verminderde"),
    ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
     "november", "december"),
    ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"),
    {"by": "Door", "and": "en", "written": "Geschreven door", "in": "in", "updated": "Bijgewerkt",
     "published": "Gepubliceerd", "role": "verslaggever", "roles": "verslaggevers", "photo": "Foto's:",
     "staff": "Door onze redactie", "press": "Persbericht", "immediate": "", "contact": "Contactpersoon pers:",
     "topic": "Onderwerp:", "lastupd": "Laatst gewijzigd", "home": "Home", "newsroom": "Nieuws",
     "tags": "Tags:", "latest": "Laatste berichten", "staffwriter": "redacteur", "staffwriters": "redacteuren",
     "posted": "Geplaatst:", "modified": "Laatst gewijzigd:", "visits": "U bent bezoeker nummer",
     "said": "zegt", "about": "Over ons", "contactpage": "Contact", "privacy": "Privacyverklaring",
     "next": "Oudere berichten", "reply": "schreef:", "live": "Update", "tag": "Tag", "author": "Artikelen van",
     "at": "om"})


@dataclass(frozen=True)
class Story:
    number: int
    template: str
    title: str
    dek: str
    authors: tuple[str, ...]
    printed_authors: str  # "", "staff", or "names"
    day: date
    hour: int
    minute: int
    updated: date | None
    section: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]


def slugify(text: str) -> str:
    flat = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in flat).split()[:7])


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def stories(lang: Language, seed: int) -> list[Story]:
    rng = random.Random(seed)
    out = []
    for n in range(PER_TEMPLATE * len(TEMPLATES)):
        template = TEMPLATES[n % len(TEMPLATES)]
        title = f"{lang.subjects[n % 10]} {lang.verbs[(n * 3 + n // 10) % 10]} {lang.objects[(n * 7 + n // 4) % 10]}"
        if n % 6 == 1:
            title = title + "?" if lang.code == "en" else title + ": ‘Het kan niet anders’"
        k = rng.choice((1, 1, 2, 2, 3))
        authors = tuple(rng.sample(lang.writers, k))
        printed = "names"
        if template == "press" or (template in ("blocktheme", "arcxp") and rng.random() < 0.2):
            authors, printed = (), ("" if template != "arcxp" else "staff")
        if template == "blocktheme":
            authors = authors[:1]
        year = 2003 if template == "frontpage" else 2024
        day = date(year, 1, 1) + timedelta(days=rng.randrange(360))
        hour = rng.choice((6, 9, 11, 14, 17, 23)) if template == "arcxp" else rng.randrange(7, 18)
        updated = day + timedelta(days=rng.randrange(1, 20)) if rng.random() < 0.6 else None
        paragraphs = tuple(f"{rng.choice(lang.sentences)} ({n}.{p}). {rng.choice(lang.sentences)}. "
                           f"{rng.choice(lang.sentences)}." for p in range(5 + n % 4))
        out.append(Story(n + 1, template, title, rng.choice(lang.sentences) + ".", authors, printed, day, hour,
                         rng.randrange(60), updated, lang.sections[rng.randrange(len(lang.sections))],
                         tuple(rng.sample(lang.objects, 2)), paragraphs))
    return out


def names(lang: Language, people: tuple[str, ...]) -> str:
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + f" {lang.words['and']} " + people[-1]


def long_day(lang: Language, d: date) -> str:
    if lang.code == "en":
        return f"{lang.months[d.month - 1]} {d.day}, {d.year}"
    return f"{d.day} {lang.months[d.month - 1]} {d.year}"


def summer(d: date) -> bool:
    return 4 <= d.month <= 10


def clock(lang: Language, hour: int, minute: int, d: date) -> str:
    if lang.code == "en":
        zone = "EDT" if summer(d) else "EST"
        return f"{(hour - 1) % 12 + 1}:{minute:02d} {'a.m.' if hour < 12 else 'p.m.'} {zone}"
    return f"{hour:02d}:{minute:02d}"


def offset(lang: Language, d: date) -> timezone:
    return timezone(timedelta(hours=(-4 if lang.code == "en" else 2) - (0 if summer(d) else 1)))


def moment(lang: Language, s: Story) -> datetime:
    return datetime(s.day.year, s.day.month, s.day.day, s.hour, s.minute, tzinfo=offset(lang, s.day))


def story_path(lang: Language, s: Story) -> str:
    slug = slugify(s.title)
    sec = slugify(s.section)
    if s.template == "blocktheme":
        return f"/{s.day:%Y/%m/%d}/{slug}/"
    if s.template == "arcxp":
        return f"/{sec}/{s.day:%Y/%m/%d}/{slug}/"
    if s.template == "press":
        return f"/newsroom/press-releases/{slug}" if lang.code == "en" else f"/actueel/persberichten/{slug}"
    return f"/{sec}/{s.day:%y%m%d}{'abcdefghij'[s.number % 10]}.htm"


def section_path(section: str) -> str:
    return f"/section/{slugify(section)}/"


def author_path(name: str) -> str:
    return f"/author/{slugify(name)}/"


def menu(lang: Language) -> str:
    links = "".join(f"<li><a href='{section_path(x)}'>{_e(x)}</a></li>" for x in lang.sections)
    return f"<nav class='site-nav'><ul><li><a href='/'>{lang.words['home']}</a></li>{links}</ul></nav>"


def footer(lang: Language) -> str:
    w = lang.words
    return (f"<footer><a href='/about/'>{w['about']}</a> · <a href='/contact/'>{w['contactpage']}</a> · "
            f"<a href='/privacy/'>{w['privacy']}</a><p>© 2024 {_e(lang.site)}</p></footer>")


def blocktheme_page(lang: Language, s: Story, others: list[Story], base: str) -> str:
    w = lang.words
    utc = moment(lang, s).astimezone(timezone.utc)
    who = ""
    if s.authors:
        who = (f"<p class='has-small-font-size'>{w['written']}</p><div class='wp-block-post-author-name "
               f"has-small-font-size'><a href='{author_path(s.authors[0])}' target='_self' class="
               f"'wp-block-post-author-name__link'>{_e(s.authors[0])}</a></div>"
               f"<p class='has-small-font-size'>{w['in']}</p>")
    else:
        who = f"<p class='has-small-font-size'>{w['in']}</p>"
    upd = ""
    if s.updated:
        upd = (f"<div class='wp-block-post-date__modified-date wp-block-post-date has-small-font-size'>"
               f"{w['lastupd']} <time datetime='{s.updated.isoformat()}T10:02:11+00:00'>"
               f"{long_day(lang, s.updated)}</time></div>")
    latest = "".join(f"<li><a class='wp-block-latest-posts__post-title' href='{story_path(lang, o)}'>"
                     f"{_e(o.title)}</a><time datetime='{o.day.isoformat()}T08:00:00+00:00' class="
                     f"'wp-block-latest-posts__post-date'>{long_day(lang, o.day)}</time></li>" for o in others)
    comments = (f"<div class='wp-block-comments'><h2 class='wp-block-heading'>2 Responses</h2><ol class="
                f"'wp-block-comment-template'><li class='comment'><div class='wp-block-comment-author-name'>"
                f"{_e(lang.writers[(s.number + 5) % 10].split()[0])} K.</div><div class='wp-block-comment-date'>"
                f"<time datetime='{(s.day + timedelta(days=2)).isoformat()}T19:00:00+00:00'>"
                f"{long_day(lang, s.day + timedelta(days=2))}</time></div><div class='wp-block-comment-content'>"
                f"<p>Thanks for covering this.</p></div></li></ol></div>")
    tags = ", ".join(f"<a href='/tag/{slugify(t)}/' rel='tag'>{_e(t)}</a>" for t in s.tags)
    body = "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="generator" content="WordPress 6.5.3">
<title>{_e(s.title)} – {_e(lang.site)}</title><link rel="canonical" href="{base}{story_path(lang, s)}">
<link rel="alternate" type="application/rss+xml" title="{_e(lang.site)} » Feed" href="/feed/"></head>
<body class="post-template-default single single-post postid-{100 + s.number} wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part"><div class="wp-block-group">
<p class="wp-block-site-title"><a href="/" rel="home">{_e(lang.site)}</a></p>{menu(lang)}</div></header>
<main class="wp-block-group"><div class="wp-block-group"><h1 class="wp-block-post-title">{_e(s.title)}</h1>
<div class="wp-block-group is-layout-flex">{who}<div class="taxonomy-category wp-block-post-terms has-small-font-size">
<a href="/category/{slugify(s.section)}/" rel="tag">{_e(s.section)}</a></div></div>
{upd}<div class="wp-block-post-date has-small-font-size"><time datetime="{utc.isoformat()}">{long_day(lang, s.day)}</time></div></div>
<div class="entry-content wp-block-post-content">{body}</div>
<div class="taxonomy-post_tag wp-block-post-terms"><span class="wp-block-post-terms__prefix">{w['tags']} </span>{tags}</div>
{comments}</main><aside class="wp-block-group"><h2 class="wp-block-heading">{w['latest']}</h2>
<ul class="wp-block-latest-posts__list has-dates wp-block-latest-posts">{latest}</ul></aside>
<footer class="wp-block-template-part">{footer(lang)}</footer></div></body></html>"""


def arc_byline(lang: Language, s: Story) -> tuple[str, str]:
    """The byline line and the author strip (names with roles) of an Arc-like page."""
    w = lang.words
    if s.printed_authors == "staff":
        return f"<span class='byline'>{w['staff']}</span>", ""
    links = [f"<a class='author-name' href='{author_path(a)}' rel='author'>{_e(a)}</a>" for a in s.authors]
    joined = links[0] if len(links) == 1 else ", ".join(links[:-1]) + f" {w['and']} " + links[-1]
    line = f"<span class='byline'>{w['by']} {joined}</span>"
    if s.number % 3 == 0 and len(s.authors) > 1:
        line = f"<span class='byline'>{w['by']} {joined}, {w['roles']}</span>"
    strip = "".join(f"<div class='author-bio'><img src='/img/{slugify(a)}.jpg' alt=''><a href='{author_path(a)}'>"
                    f"{_e(a)}</a><span class='author-role'>{w['role']}</span></div>" for a in s.authors)
    return line, f"<div class='author-strip'>{strip}</div>"


def arc_page(lang: Language, s: Story, base: str) -> str:
    w = lang.words
    at = moment(lang, s)
    line, strip = arc_byline(lang, s)
    photo = (f" | <span class='credit'>{w['photo']} {_e(lang.photographers[s.number % 2])}</span>"
             if s.number % 2 == 0 else "")
    stamps = f"<span class='display-date'>{w['published']} {long_day(lang, s.day)} {w['at']} {clock(lang, s.hour, s.minute, s.day)}</span>"
    live = ""
    if s.updated:
        stamps = (f"<span class='updated-date'>{w['updated']} {long_day(lang, s.updated)} {w['at']} "
                  f"{clock(lang, 9, 12, s.updated)}</span> | " + stamps)
        live = (f"<div class='live-update'><h3>{w['live']} {long_day(lang, s.updated)}, {clock(lang, 9, 12, s.updated)}</h3>"
                f"<p>{_e(s.paragraphs[0])}</p></div>")
    head = f"<meta property='og:title' content='{_e(s.title)}'><meta property='og:type' content='article'>"
    if s.number % 2:
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
                "datePublished": at.isoformat(), "dateModified": (
                    datetime(s.updated.year, s.updated.month, s.updated.day, 9, 12, tzinfo=offset(lang, s.updated)).isoformat()
                    if s.updated else at.isoformat()), "articleSection": s.section,
                "author": [{"@type": "Person", "name": a} for a in s.authors] or
                {"@type": "Organization", "name": lang.site}}
        head += f"<script type='application/ld+json'>{json.dumps(data, ensure_ascii=False)}</script>"
    else:
        head += (f"<meta property='article:published_time' content='"
                 f"{at.astimezone(timezone.utc).strftime('%Y-%m-%dT%H:%M:%S.000Z')}'>")
    body = "".join(f"<p class='article-body-text'>{_e(p)}</p>" for p in s.paragraphs)
    return f"""<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8">
<title>{_e(s.title)} - {_e(lang.site)}</title><link rel="canonical" href="{base}{story_path(lang, s)}">{head}
<script>window.Fusion=window.Fusion||{{}};Fusion.arcSite="ledger";Fusion.deployment="412";</script></head>
<body><div id="fusion-app"><header class="masthead"><a href="/" class="logo">{_e(lang.site)}</a>{menu(lang)}</header>
<main><article class="article-layout"><div class="kicker"><a href="{section_path(s.section)}">{_e(s.section)}</a></div>
<h1 class="headline">{_e(s.title)}</h1><h2 class="dek">{_e(s.dek)}</h2>
<div class="byline-block">{line}{photo}{strip}</div><div class="timestamps">{stamps}</div>
<figure><img src="/img/lead-{s.number}.jpg" alt=""><figcaption>{_e(s.dek)}</figcaption></figure>
<div class="article-body">{live}{body}</div></article>
<aside class="most-read"><h2>Most Read</h2><ol>{"".join(f"<li><a href='/'>{_e(lang.objects[i])}</a></li>" for i in range(4))}</ol></aside>
</main>{footer(lang)}</div></body></html>"""


def press_page(lang: Language, s: Story, base: str) -> str:
    w = lang.words
    contact = lang.contacts[s.number % 2]
    quoted = lang.writers[(s.number * 3) % 10]
    paragraphs = list(s.paragraphs)
    paragraphs.insert(2, f"“{s.dek.rstrip('.')},” {w['said']} {quoted}, director of the program."
                      if lang.code == "en" else f"‘{s.dek.rstrip('.')}’, {w['said']} wethouder {quoted}.")
    body = "".join(f"<p>{_e(p)}</p>" for p in paragraphs)
    head = ""
    if lang.code == "nl":
        head = (f"<meta name='DCTERMS.issued' content='{s.day.isoformat()}'>"
                f"<meta name='DCTERMS.modified' content='{(s.updated or s.day).isoformat()}'>"
                f"<meta name='DCTERMS.creator' content='{_e(lang.org)}'>")
    immediate = f"<p class='release-flag'><strong>{w['immediate']}</strong></p>" if w["immediate"] else ""
    crumbs = (f"<nav class='breadcrumb' aria-label='breadcrumb'><ol><li><a href='/'>{w['home']}</a></li>"
              f"<li><a href='/newsroom/'>{w['newsroom']}</a></li><li><a href='{section_path(s.section)}'>"
              f"{_e(s.section)}</a></li></ol></nav>")
    last = long_day(lang, s.updated or s.day)
    return f"""<!DOCTYPE html><html lang="{lang.html_lang}"><head><meta charset="utf-8">
<title>{_e(s.title)} | {_e(lang.org)}</title>{head}<meta name="description" content="{_e(s.dek)}"></head>
<body class="page-press-release"><div class="usa-banner">An official website of the {_e(lang.org)}</div>
<header class="site-header"><a href="/">{_e(lang.org)}</a>{menu(lang)}</header>{crumbs}
<main id="main-content"><div class="press-release">{immediate}
<div class="release-meta"><span class="release-type">{w['press']}</span> | <span class="release-date">{long_day(lang, s.day)}</span></div>
<h1 class="page-title">{_e(s.title)}</h1><p class="lead">{_e(s.dek)}</p><div class="field-body">{body}</div>
<div class="release-contact"><h2>{w['contact']}</h2><p>{_e(contact)}<br>(555) 01{s.number:02d}<br>
<a href="mailto:press@example.org">press@example.org</a></p></div>
<p class="topics">{w['topic']} <a href="{section_path(s.section)}">{_e(s.section)}</a></p>
<p class="last-updated">{w['lastupd']}: {last}</p></div></main>{footer(lang)}</body></html>"""


def frontpage_page(lang: Language, s: Story) -> str:
    w = lang.words
    d = s.day
    if lang.code == "en":
        printed = f"{w['posted']} {d.month}/{d.day}/{d:%y}" if s.number % 2 else f"{lang.weekdays[d.weekday()]}, {long_day(lang, d)}"
    else:
        printed = f"{w['posted']} {d:%d-%m-%Y}" if s.number % 2 else f"{lang.weekdays[d.weekday()]} {long_day(lang, d)}"
    role = w["staffwriter"] if len(s.authors) == 1 else w["staffwriters"]
    top = bottom = ""
    if s.number % 3 == 0:
        top = f"<p align='center'><i>{w['by']} {_e(names(lang, s.authors))}<br>{role}</i></p>"
    else:
        bottom = f"<p><i>— {_e(names(lang, s.authors))}, {role}</i></p>"
    body = "".join(f"<p><font face='Arial' size='2'>{_e(p)}</font></p>" for p in s.paragraphs)
    modified = s.updated or s.day + timedelta(days=30)
    mod = f"{long_day(lang, modified)}" if lang.code == "en" else f"{modified:%d-%m-%Y}"
    menu_rows = "".join(f"<a href='/{slugify(x)}/index.htm'>{_e(x)}</a><br>" for x in lang.sections)
    return f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 4.0"><meta name="ProgId" content="FrontPage.Editor.Document">
<title>{_e(lang.site)} - {_e(s.section)} - {_e(s.title)}</title></head>
<body bgcolor="#FFFFF0" link="#000080" vlink="#800080"><center><a href="/"><img src="/images/masthead.gif"
alt="{_e(lang.site)}" border="0" width="600" height="80"></a></center>
<table border="0" width="100%" cellspacing="0" cellpadding="4"><tr><td width="140" valign="top" bgcolor="#DDDDCC">
<font face="Arial" size="2"><a href="/">{w['home']}</a><br>{menu_rows}<br><a href="/about/">{w['about']}</a></font></td>
<td valign="top"><center><img src="/images/banner_{slugify(s.section)}.gif" alt="{_e(s.section)}" width="400" height="40"><br>
<font face="Arial" size="4" color="#990000"><b>{_e(s.section)}</b></font></center><hr>
<h2 align="center"><font face="Arial">{_e(s.title)}</font></h2>{top}
<p align="center"><font face="Arial" size="2">{printed}</font></p>{body}{bottom}
<hr><center><font size="1" face="Arial"><a href="/">{w['home']}</a> | <a href="/{slugify(s.section)}/index.htm">{_e(s.section)}</a>
| <a href="/contact/">{w['contactpage']}</a><br>{w['modified']} {mod}<br>{w['visits']} 0{40213 + s.number * 17}</font></center>
</td></tr></table></body></html>"""


def listing(lang: Language, heading: str, items: list[Story], page: int, base: str) -> str:
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    cards = "".join(
        f"<div class='teaser'><a class='teaser-kicker' href='{section_path(s.section)}'>{_e(s.section)}</a>"
        f"<h3><a href='{story_path(lang, s)}'>{_e(s.title)}</a></h3><p>{_e(s.dek)}</p>"
        f"<span class='teaser-date'>{long_day(lang, s.day)}</span></div>" for s in chunk)
    more = (f"<a class='next' href='{base}?page={page + 1}'>{lang.words['next']} &raquo;</a>"
            if page * PAGE_SIZE < len(items) else "")
    return (f"<!DOCTYPE html><html lang='{lang.html_lang}'><head><meta charset='utf-8'><title>{_e(heading)} | "
            f"{_e(lang.site)}</title></head><body><header><a href='/'>{_e(lang.site)}</a>{menu(lang)}</header>"
            f"<main><h1>{_e(heading)}</h1>{cards}<p>{more}</p></main>{footer(lang)}</body></html>")


def info_page(lang: Language, heading: str, text: str) -> str:
    return (f"<!DOCTYPE html><html lang='{lang.html_lang}'><head><meta charset='utf-8'><title>{_e(heading)} | "
            f"{_e(lang.site)}</title></head><body><header><a href='/'>{_e(lang.site)}</a>{menu(lang)}</header>"
            f"<main><h1>{_e(heading)}</h1><p>{_e(text)}</p></main>{footer(lang)}</body></html>")


class Blind4Site(ServedSite):
    """One publication: its 40 stories, listings and site pages, filled once the
    server's base URL is known (the canonical links are absolute)."""

    def __init__(self, lang: Language, seed: int) -> None:
        self.lang = lang
        self.stories = stories(lang, seed)
        self.pages = {}

    def __enter__(self) -> Blind4Site:
        super().__enter__()
        self._fill()
        return self

    def _fill(self) -> None:
        lang, base = self.lang, self.base_url
        newest = sorted(self.stories, key=lambda s: (s.day, s.number), reverse=True)
        for s in self.stories:
            others = [o for o in newest if o.template == "blocktheme" and o is not s][:4]
            self.pages[story_path(lang, s)] = {
                "blocktheme": lambda s=s, others=others: blocktheme_page(lang, s, others, base),
                "arcxp": lambda s=s: arc_page(lang, s, base),
                "press": lambda s=s: press_page(lang, s, base),
                "frontpage": lambda s=s: frontpage_page(lang, s)}[s.template]()
        self._listings("/", lang.site, newest)
        for section in lang.sections:
            mine = [s for s in newest if s.section == section]
            self._listings(section_path(section), section, mine)
            self._listings(f"/category/{slugify(section)}/", section, [s for s in mine if s.template == "blocktheme"])
            self._listings(f"/{slugify(section)}/index.htm", section, [s for s in mine if s.template == "frontpage"])
        for tag in lang.objects:
            self._listings(f"/tag/{slugify(tag)}/", f"{lang.words['tag']}: {tag}",
                           [s for s in newest if s.template == "blocktheme" and tag in s.tags])
        for name in lang.writers:
            self._listings(author_path(name), f"{lang.words['author']} {name}", [s for s in newest if name in s.authors])
        self._listings("/newsroom/", lang.words["newsroom"], [s for s in newest if s.template == "press"])
        w = lang.words
        self.pages["/about/"] = info_page(lang, w["about"], f"{lang.site} has covered the region since 1921.")
        self.pages["/contact/"] = info_page(lang, w["contactpage"], "Newsroom: (555) 0100, news@example.org.")
        self.pages["/privacy/"] = info_page(lang, w["privacy"], "We use cookies to measure our audience. " * 6)

    def _listings(self, path: str, heading: str, items: list[Story]) -> None:
        for page in range(1, max(1, -(-len(items) // PAGE_SIZE)) + 1):
            self.pages[path if page == 1 else f"{path}?page={page}"] = listing(self.lang, heading, items, page, path)

    def truth(self) -> dict[str, dict]:
        return {self.base_url + story_path(self.lang, s): {
            "title": s.title, "authors": list(s.authors), "day": s.day.isoformat(), "section": s.section,
            "template": s.template} for s in self.stories}


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.split("\n")[0], Blind4Site, (EN, NL), 5, "the English site's seed (the Dutch: +1)",
               TEMPLATES, "blind4.db", same=loosely)


if __name__ == "__main__":
    main()
