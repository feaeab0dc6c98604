"""A sixth blind check of issue 8 (a site in four templates, one an early-2000s table
layout: every article found once; title, authors, day and section right on >= 95%).

Written without reading the parsers, their tests or the earlier generators. Two
publications, each one site on 127.0.0.1 in four templates:

- ``en``: an English-language paper as an Indian or Australian one writes it ("Posted 5
  March 2026, 9:12am AEDT", "Updated: Mar 05, 2026, 09:12 IST", "By A, B | Agencies",
  agency-only bylines, dates in the old archive written DD/MM/YYYY);
- ``fr``: a French regional paper ("Publié le 5 mars 2026 à 09h12", "Par Jeanne Dupont
  et Luc Martin", "Mis à jour le ...", an SPIP-era archive in ISO-8859-1).

The templates: ``wordpress`` (a classic theme: entry-meta, ``rel="author"``, ``rel="category
tag"``, sidebar widgets, comments, ``?replytocom=`` links), ``builder`` (a Wix-like
site-builder blog: generated class names, no semantic markup, the only date relative
with the absolute one in a ``title`` attribute, the byline in its own small block),
``amp`` (the sport section as AMP pages with JSON-LD NewsArticle, linked both as
``?outputType=amp`` and plain, one canonical), ``table`` (an early-2000s archive in
nested tables and ``<font>``, no metadata).

The truth per article: title, authors (people; an agency-only byline is the agency as
printed), day (ISO date of publication, local time as printed) and section.

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind6.py [--misses] [--seed 17]
"""

from __future__ import annotations

import html
import random
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import ClassVar

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.served_pages import send_body, start_server, stop_server
from benchmarks.template_harness import blind_main, loosely

TEMPLATES = ("wordpress", "builder", "amp", "table")
PER_TEMPLATE = 10
PER_PAGE = 4
esc = html.escape
CURRENT = ' aria-current="page"'


@dataclass(frozen=True)
class Lang:
    code: str
    site: str
    html_lang: str
    names: tuple[str, ...]
    agency: str
    sections: dict[str, tuple[str, ...]]
    months: tuple[str, ...]
    short_months: tuple[str, ...]


EN = Lang("en", "The Southern Meridian", "en-IN",
          ("Priya Raghavan", "Arjun Mehta", "Sanjana Iyer", "Rohan Kapoor", "Meera Nair", "Liam O'Connor",
           "Chloe Nguyen", "Jack Thompson", "Aisha Khan", "Harpreet Singh", "Tom McIlroy", "Sarah Whitfield",
           "Vikram Sethi", "Deborah Quinlan"),
          "PTI",
          {"wordpress": ("National", "Business", "World"), "builder": ("Lifestyle", "Travel", "Food"),
           "amp": ("Sport",), "table": ("National", "Sport", "Opinion")},
          ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
          ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"))
FR = Lang("fr", "Le Courrier du Littoral", "fr-FR",
          ("Jeanne Dupont", "Luc Martin", "Sophie Lefèvre", "Étienne Moreau", "Camille Girard",
           "Nicolas Bertrand", "Hélène Rousseau", "Yann Le Goff", "Amélie Fournier", "Karim Benali",
           "Marie-Claire Dubois", "Jean-Baptiste Roux", "Océane Marchand", "Thierry Vasseur"),
          "AFP",
          {"wordpress": ("Politique", "Économie", "Société"), "builder": ("Culture", "Voyages", "Gastronomie"),
           "amp": ("Sports",), "table": ("Politique", "Région", "Faits divers")},
          ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
          ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."))
LANGS = (EN, FR)

# headline pools: (patterns, fillers) per kind of section
EN_WORDS = {
    "place": ["Chennai", "Pune", "Geelong", "Hobart", "Kochi", "Townsville", "Mysuru", "Ballarat", "Jaipur",
              "Cairns", "Nagpur", "Wollongong", "Madurai", "Bendigo"],
    "body": ["City council", "State government", "Reserve Bank", "Transport minister", "Water authority",
             "Farmers' union", "High Court", "Health department", "Opposition leader", "Port authority",
             "Tourism board", "Electricity regulator"],
    "verb": ["approves", "delays", "rejects", "unveils", "defends", "scraps", "reviews", "expands", "backs",
             "questions"],
    "thing": ["plan for new metro line", "budget for coastal roads", "ban on single-use plastics",
              "monsoon relief package", "bushfire recovery fund", "hospital upgrade", "solar subsidy scheme",
              "school funding formula", "stadium redevelopment", "desalination plant", "heritage rail link",
              "rent relief measures"],
    "team": ["Southern Strikers", "Harbour City", "Deccan Chargers", "Coastal Kings", "Riverina Rams",
             "Malabar United", "Eastern Suns", "Bay Warriors"],
    "topic": ["slow travel", "monsoon cooking", "rooftop gardens", "night markets", "coastal walks",
              "filter coffee", "bush camping", "street food", "small-batch gin", "heritage homestays"],
}
FR_WORDS = {
    "place": ["Saint-Malo", "Brest", "Lorient", "Quimper", "Vannes", "La Rochelle", "Royan", "Concarneau",
              "Granville", "Dieppe", "Boulogne-sur-Mer", "Arcachon"],
    "body": ["Le conseil municipal", "La préfecture", "La région", "Le département", "L'agglomération",
             "Le tribunal administratif", "La chambre d'agriculture", "Le syndicat des pêcheurs",
             "L'opposition", "Le gouvernement"],
    "verb": ["adopte", "repousse", "rejette", "dévoile", "défend", "abandonne", "réexamine", "étend", "soutient"],
    "thing": ["le projet de tramway", "le budget des routes littorales", "l'interdiction des plastiques",
              "le plan de soutien aux pêcheurs", "la rénovation de l'hôpital", "le parc éolien en mer",
              "la réforme des cantines", "le nouveau stade", "l'usine de dessalement", "la ligne ferroviaire",
              "les aides au logement", "la zone à faibles émissions"],
    "team": ["Stade Brestois", "FC Lorient", "Stade Lavallois", "Vannes OC", "Stade Rochelais", "FC Nantes",
             "Stade Rennais", "RC Vannes"],
    "topic": ["les fruits de mer", "les jardins partagés", "les marchés nocturnes", "les sentiers côtiers",
              "les cidres fermiers", "les phares", "les balades à vélo", "les galettes", "les spectacles de rue",
              "les maisons d'hôtes"],
}
HEADLINES = {
    "en": {
        "news": ["{body} {verb} {thing} in {place}", "{body} {verb} {thing} after marathon sitting",
                 "'We will not back down': {body} {verb} {thing}", "{place} residents split as {body} {verb} {thing}",
                 "Explained: why the {body} {verb} {thing}"],
        "sport": ["{team} beat {team2} by {n} runs in {place} thriller", "{team} hold {team2} to a draw in {place}",
                  "Captain ruled out as {team} prepare for {team2}", "{team} coach defends selections after loss to {team2}",
                  "{team} clinch title with win over {team2}"],
        "life": ["The complete guide to {topic} in {place}", "Why {topic} is having a moment",
                 "{n} ways to enjoy {topic} this season", "A weekend of {topic} in {place}",
                 "What {place} taught me about {topic}"],
    },
    "fr": {
        "news": ["{place} : {body} {verb} {thing}", "{body} {verb} {thing} après un long débat",
                 "« Nous ne céderons pas » : {body} {verb} {thing}", "À {place}, {body} {verb} {thing}",
                 "Pourquoi {body} {verb} {thing}"],
        "sport": ["Le {team} s'impose face au {team2} ({n}-1)", "Le {team} et le {team2} se neutralisent à {place}",
                  "Le {team} battu par le {team2} malgré un bon début", "Le {team} file vers le titre après sa victoire sur le {team2}",
                  "Blessé, le capitaine du {team} manquera le choc contre le {team2}"],
        "life": ["Le guide complet pour découvrir {topic} à {place}", "Pourquoi {topic} séduisent de plus en plus",
                 "{n} idées pour profiter de {topic} cette saison", "Un week-end autour de {topic} à {place}",
                 "Ce que {place} m'a appris sur {topic}"],
    },
}
KIND = {"National": "news", "Business": "news", "World": "news", "Opinion": "news", "Politique": "news",
        "Économie": "news", "Société": "news", "Région": "news", "Faits divers": "news",
        "Sport": "sport", "Sports": "sport"}
SENTENCES = {
    "en": ["The decision came after months of consultation with residents and business groups.",
           "Officials said the first stage would be completed within eighteen months.",
           "Critics argued the cost estimates had not been independently checked.",
           "A spokesperson for the department declined to comment on the timeline.",
           "Local traders said they had been waiting for clarity since the proposal was first floated in 2019.",
           "The figures, released on Tuesday, show a sharp rise compared with the previous quarter.",
           "Several councillors said they would push for an independent review.",
           "\"We have listened carefully and we believe this is the right balance,\" the minister said.",
           "The plan will be debated again when parliament resumes next month.",
           "Residents packed the town hall, with many forced to stand at the back.",
           "An earlier version of the scheme was shelved during the pandemic.",
           "The opposition described the announcement as too little, too late.",
           "Analysts expect the measure to add modestly to growth over the coming year.",
           "Volunteers spent the weekend clearing debris from the foreshore.",
           "The inquiry, first announced on 12 January 2024, is due to report by the end of the year."],
    "fr": ["La décision intervient après plusieurs mois de concertation avec les habitants.",
           "Les services de l'État assurent que la première tranche sera livrée d'ici dix-huit mois.",
           "Les opposants estiment que le coût du projet a été largement sous-évalué.",
           "Contactée, la mairie n'a pas souhaité s'exprimer sur le calendrier.",
           "Les commerçants attendaient une réponse depuis le lancement de la concertation en 2019.",
           "Les chiffres publiés mardi montrent une nette hausse par rapport au trimestre précédent.",
           "Plusieurs élus ont réclamé une expertise indépendante.",
           "« Nous avons écouté tout le monde et nous pensons avoir trouvé le bon équilibre », explique l'adjoint.",
           "Le dossier reviendra devant l'assemblée le mois prochain.",
           "La salle des fêtes était comble, de nombreux habitants ont dû rester debout.",
           "Une première version du projet avait été abandonnée pendant la crise sanitaire.",
           "L'opposition dénonce « une annonce tardive et insuffisante ».",
           "Les économistes tablent sur un effet modeste mais durable sur l'emploi local.",
           "Des bénévoles ont passé le week-end à nettoyer la plage après la tempête.",
           "L'enquête, annoncée le 12 janvier 2024, doit rendre ses conclusions avant la fin de l'année."],
}


@dataclass
class Story:
    template: str
    section: str
    title: str
    authors: list[str]
    agency_suffix: bool
    published: datetime
    updated: datetime | None
    paras: list[str]
    slug: str
    ident: int
    path: str = ""
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)


def cut(text: str, chars: int) -> str:
    """``text`` cut at a word's end within ``chars``, with an ellipsis, as a dek or a card prints it."""
    return text if len(text) <= chars else text[:chars].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def tag_of(s: Story) -> str:
    """The story's tag: its title's first word of four letters or more."""
    return next(w.strip("«»':,") for w in s.title.split() if len(w.strip("«»':,")) > 3)


def tz_for(lang: Lang, when: datetime, template: str) -> timezone:
    if lang.code == "fr":
        summer = 4 <= when.month <= 10
        return timezone(timedelta(hours=2 if summer else 1))
    if template in ("wordpress",):  # the Australian desk: AEDT in summer, AEST in winter
        return timezone(timedelta(hours=11 if (when.month >= 10 or when.month <= 3) else 10))
    return timezone(timedelta(hours=5, minutes=30))  # IST


def slugify(text: str) -> str:
    import unicodedata
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    out = "".join(c.lower() if c.isalnum() else "-" for c in plain)
    return "-".join(p for p in out.split("-") if p)[:70]


class Site:
    """One publication: its stories and every page of its four templates."""

    def __init__(self, lang: Lang, seed: int) -> None:
        self.lang = lang
        self.rng = random.Random(seed)
        self.base_url = ""
        self.now = datetime(2026, 3, 20, 10, 0)
        self.stories: list[Story] = []
        self.gen = ["_" + "".join(self.rng.choice("abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                                  for _ in range(5)) for _ in range(40)]
        self._make_stories()

    # --- stories ---------------------------------------------------------------------------
    def _headline(self, section: str, used: set[str]) -> str:
        words = EN_WORDS if self.lang.code == "en" else FR_WORDS
        kind = KIND.get(section, "life")
        while True:
            pattern = self.rng.choice(HEADLINES[self.lang.code][kind])
            team, team2 = self.rng.sample(words["team"], 2)
            title = pattern.format(team=team, team2=team2, n=self.rng.randint(2, 9),
                                   **{k: self.rng.choice(v) for k, v in words.items() if k != "team"})
            if self.lang.code == "fr" and not pattern.startswith("{body}"):
                low = {w: w[0].lower() + w[1:] for w in words["body"]}
                title = pattern.format(team=team, team2=team2, n=self.rng.randint(2, 9),
                                       **{k: low.get(v, v) for k, v in ((k, self.rng.choice(v)) for k, v in words.items())
                                          if k != "team"})
            title = title.replace(" de les ", " des ").replace(" de le ", " du ")
            title = title[0].upper() + title[1:]
            if title not in used:
                used.add(title)
                return title

    def _authors(self, template: str, i: int) -> tuple[list[str], bool]:
        if template == ("amp" if self.lang.code == "en" else "wordpress") and i == 3:
            return [self.lang.agency], False
        count = 3 if i in (2, 7) else 2 if i in (1, 5, 8) else 1
        agency_suffix = template == "builder" and self.lang.code == "en" and i in (1, 6)
        return self.rng.sample(self.lang.names, count), agency_suffix

    def _when(self, template: str, i: int) -> datetime:
        if template == "table":
            start, span = datetime(2003, 2, 1), 1300
        elif template == "builder":
            start, span = self.now - timedelta(days=70), 69
        elif template == "amp":
            start, span = datetime(2026, 1, 2), 70
        else:
            start, span = datetime(2025, 9, 1), 190
        day = start + timedelta(days=self.rng.randint(0, span))
        hour = self.rng.choice((0, 1, 5, 6, 7, 8, 9, 11, 13, 15, 17, 19, 21, 22, 23))
        local = day.replace(hour=hour, minute=self.rng.randint(0, 59))
        if template == "builder" and local > self.now - timedelta(hours=2):
            local = self.now - timedelta(hours=3 + i)
        return local.replace(tzinfo=tz_for(self.lang, local, template))

    def _make_stories(self) -> None:
        used: set[str] = set()
        ident = 1000 + self.rng.randint(0, 500)
        for template in TEMPLATES:
            sections = self.lang.sections[template]
            for i in range(PER_TEMPLATE):
                section = sections[i % len(sections)]
                title = self._headline(section, used)
                authors, suffix = self._authors(template, i)
                published = self._when(template, i)
                updated = None
                if template in ("wordpress", "amp") and i % 3 == 1:
                    updated = published + timedelta(days=self.rng.randint(1, 3), hours=self.rng.randint(1, 6))
                paras = []
                for _ in range(self.rng.randint(6, 9)):
                    paras.append(" ".join(self.rng.sample(SENTENCES[self.lang.code], self.rng.randint(2, 4))))
                ident += self.rng.randint(3, 40)
                story = Story(template, section, title, authors, suffix, published, updated, paras, slugify(title), ident)
                for _ in range(self.rng.randint(0, 3) if template in ("wordpress", "builder") else 0):
                    who = self.rng.choice(("Darren K", "ravi_b", "Margaret from Hobart", "Sunil", "Jo Parker",
                                           "Pierrot29", "Anne-Laure", "Gégé", "Marc L."))
                    when = published + timedelta(hours=self.rng.randint(2, 60))
                    story.comments.append((who, when, self.rng.choice(SENTENCES[self.lang.code])))
                story.path = self._path(story)
                self.stories.append(story)

    def _path(self, s: Story) -> str:
        p = s.published
        if s.template == "wordpress":
            return f"/{p:%Y/%m/%d}/{s.slug}/"
        if s.template == "builder":
            return f"/post/{s.slug}"
        if s.template == "amp":
            return f"/{slugify(s.section)}/{s.slug}-{s.ident}"
        if self.lang.code == "en":
            return f"/archives/{p:%Y/%m/%d}/stories/{p:%Y%m%d}{s.ident:05d}0100.htm"
        return f"/archives/article.php3?id_article={s.ident}"

    def of(self, template: str, section: str | None = None, author: str | None = None) -> list[Story]:
        mine = [s for s in self.stories if s.template == template and section in (None, s.section)
                and (author is None or author in s.authors)]
        return sorted(mine, key=lambda s: s.published, reverse=True)

    def truth(self) -> dict[str, dict]:
        return {self.base_url + s.path: {"template": s.template, "title": s.title, "authors": s.authors,
                                         "day": s.published.date().isoformat(), "section": s.section}
                for s in self.stories}

    def related(self, story: Story, n: int = 3) -> list[Story]:
        others = [s for s in self.stories if s.template == story.template and s is not story]
        return random.Random(story.ident).sample(others, n)

    # --- words and dates ---------------------------------------------------------------------
    def joined(self, names: list[str]) -> str:
        word = " and " if self.lang.code == "en" else " et "
        return names[0] if len(names) == 1 else ", ".join(names[:-1]) + word + names[-1]

    def long_date(self, d: datetime) -> str:
        m = self.lang.months[d.month - 1]
        return f"{d.day} {m} {d.year}"

    def clock(self, d: datetime) -> str:
        if self.lang.code == "fr":
            return f"{d.hour:02d}h{d.minute:02d}"
        return f"{d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"

    def zone(self, d: datetime) -> str:
        off = d.utcoffset() or timedelta()
        return {timedelta(hours=11): "AEDT", timedelta(hours=10): "AEST", timedelta(hours=5, minutes=30): "IST",
                timedelta(hours=1): "CET", timedelta(hours=2): "CEST"}[off]

    def relative(self, d: datetime) -> str:
        gap = self.now - d.replace(tzinfo=None)
        hours = int(gap.total_seconds() // 3600)
        en = self.lang.code == "en"
        if hours < 24:
            n, unit = hours, ("hour", "heure")
        elif gap.days < 7:
            n, unit = gap.days, ("day", "jour")
        elif gap.days < 30:
            n, unit = gap.days // 7, ("week", "semaine")
        else:
            n, unit = gap.days // 30, ("month", "mois")
        if en:
            return f"{n} {unit[0]}{'s' if n > 1 else ''} ago"
        word = unit[1] if n == 1 or unit[1] == "mois" else unit[1] + "s"
        return f"il y a {n} {word}"

    def slug_of(self, name: str) -> str:
        return slugify(name)

    def t(self, en: str, fr: str) -> str:
        return en if self.lang.code == "en" else fr

    # --- WordPress (a classic theme) ---------------------------------------------------------
    def wp_meta(self, s: Story, link: bool = True) -> str:
        iso = s.published.isoformat()
        shown = self.long_date(s.published) if self.lang.code == "fr" else \
            f"{self.lang.months[s.published.month - 1]} {s.published.day}, {s.published.year}"
        up = ""
        if s.updated:
            up = f'<time class="updated" datetime="{s.updated.isoformat()}">{esc(self.long_date(s.updated))}</time>'
        authors = (" " + self.t("and", "et") + " ").join(
            f'<span class="author vcard"><a class="url fn n" href="/author/{self.slug_of(a)}/" rel="author">{esc(a)}</a></span>'
            for a in s.authors)
        return (f'<div class="entry-meta"><span class="posted-on">{self.t("Posted on", "Publié le")} '
                f'<a href="{s.path}" rel="bookmark"><time class="entry-date published" datetime="{iso}">{esc(shown)}</time>{up}</a>'
                f'</span><span class="byline"> {self.t("by", "par")} {authors}</span></div>')

    def wp_printed(self, s: Story) -> str:
        """The line the paper prints under the headline besides the theme's meta."""
        p = s.published
        if self.lang.code == "fr":
            line = f"Publié le {self.long_date(p)} à {self.clock(p)}"
            if s.updated:
                line += f" · Mis à jour le {self.long_date(s.updated)} à {self.clock(s.updated)}"
        else:
            line = f"Posted {self.long_date(p)}, {self.clock(p)} {self.zone(p)}"
            if s.updated:
                u = s.updated
                line = f"Updated {self.long_date(u)}, {self.clock(u)} {self.zone(u)}; first " + line[0].lower() + line[1:]
        return f'<p class="story-timestamp"><small>{esc(line)}</small></p>'

    def wp_sidebar(self) -> str:
        recent = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a> <span class="post-date">'
                         f'{esc(self.long_date(s.published))}</span></li>' for s in self.of("wordpress")[:5])
        cats = "".join(f'<li class="cat-item"><a href="/category/{slugify(c)}/">{esc(c)}</a> ({len(self.of("wordpress", c))})</li>'
                       for c in self.lang.sections["wordpress"])
        months = sorted({(s.published.year, s.published.month) for s in self.of("wordpress")}, reverse=True)
        arch = "".join(f'<li><a href="/{y}/{m:02d}/">{esc(self.lang.months[m - 1].capitalize())} {y}</a></li>' for y, m in months)
        comments = [(c, s) for s in self.of("wordpress") for c in s.comments][:4]
        rc = "".join(f'<li class="recentcomments"><span class="comment-author-link">{esc(c[0])}</span> '
                     f'{self.t("on", "dans")} <a href="{s.path}#comments">{esc(s.title)}</a></li>' for c, s in comments)
        return (f'<aside id="secondary" class="sidebar widget-area" role="complementary">'
                f'<section id="search-2" class="widget widget_search"><form role="search" method="get" class="search-form" action="/">'
                f'<input type="search" class="search-field" name="s"><button type="submit">{self.t("Search", "Rechercher")}</button></form></section>'
                f'<section id="recent-posts-2" class="widget widget_recent_entries"><h2 class="widget-title">{self.t("Recent Posts", "Articles récents")}</h2><ul>{recent}</ul></section>'
                f'<section id="recent-comments-2" class="widget widget_recent_comments"><h2 class="widget-title">{self.t("Recent Comments", "Commentaires récents")}</h2><ul id="recentcomments">{rc}</ul></section>'
                f'<section id="archives-2" class="widget widget_archive"><h2 class="widget-title">Archives</h2><ul>{arch}</ul></section>'
                f'<section id="categories-2" class="widget widget_categories"><h2 class="widget-title">{self.t("Categories", "Catégories")}</h2><ul>{cats}</ul></section>'
                f'<section id="mc4wp-2" class="widget widget_mc4wp_form_widget"><h2 class="widget-title">{self.t("Get our morning newsletter", "Recevez notre lettre du matin")}</h2>'
                f'<form class="mc4wp-form"><p>{self.t("The day’s top stories in your inbox before 7am.", "L’essentiel de l’actualité chaque matin avant 7h.")}</p><input type="email" name="EMAIL"><input type="submit" value="{self.t("Subscribe", "Je m’abonne")}"></form></section>'
                f'<section id="meta-2" class="widget widget_meta"><h2 class="widget-title">Meta</h2><ul><li><a href="/wp-login.php">Log in</a></li><li><a href="/feed/">Entries feed</a></li></ul></section>'
                f'</aside>')

    def wp_page(self, title: str, main: str, body_class: str, head: str = "") -> str:
        nav = "".join(f'<li class="menu-item menu-item-type-taxonomy"><a href="/category/{slugify(c)}/">{esc(c)}</a></li>'
                      for c in self.lang.sections["wordpress"])
        nav += (f'<li class="menu-item"><a href="/magazine">{self.t("Magazine", "Magazine")}</a></li>'
                f'<li class="menu-item"><a href="/{slugify(self.lang.sections["amp"][0])}/">{esc(self.lang.sections["amp"][0])}</a></li>'
                f'<li class="menu-item"><a href="/archives/{"index.htm" if self.lang.code == "en" else "index.php3"}">{self.t("Archive 2003-2006", "Archives 2003-2006")}</a></li>'
                f'<li class="menu-item"><a href="/about/">{self.t("About us", "Qui sommes-nous")}</a></li>'
                f'<li class="menu-item"><a href="/contact/">Contact</a></li>')
        return (f'<!DOCTYPE html>\n<html lang="{self.lang.html_lang}"><head><meta charset="UTF-8">'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<title>{esc(title)} &#8211; {esc(self.lang.site)}</title>'
                f'<link rel="alternate" type="application/rss+xml" title="{esc(self.lang.site)} &raquo; Feed" href="/feed/">'
                f"<link rel='stylesheet' id='twentysixteen-style-css' href='/wp-content/themes/twentysixteen/style.css?ver=3.1' media='all'>"
                f'<meta name="generator" content="WordPress 6.4.3">{head}</head>'
                f'<body class="{body_class}"><div id="page" class="site"><div class="site-inner">'
                f'<a class="skip-link screen-reader-text" href="#content">{self.t("Skip to content", "Aller au contenu")}</a>'
                f'<header id="masthead" class="site-header"><div class="site-header-main"><div class="site-branding">'
                f'<p class="site-title"><a href="/" rel="home">{esc(self.lang.site)}</a></p>'
                f'<p class="site-description">{self.t("News from the coast since 1978", "L’actualité du littoral depuis 1978")}</p></div>'
                f'<div id="site-header-menu" class="site-header-menu"><nav id="site-navigation" class="main-navigation" aria-label="Primary Menu">'
                f'<div class="menu-primary-container"><ul id="menu-primary" class="primary-menu">{nav}</ul></div></nav></div></div></header>'
                f'<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">{main}</main></div>'
                f'{self.wp_sidebar()}</div>'
                f'<footer id="colophon" class="site-footer"><nav class="main-navigation" aria-label="Footer Primary Menu"><ul class="primary-menu">{nav}</ul></nav>'
                f'<div class="site-info"><span class="site-title"><a href="/" rel="home">{esc(self.lang.site)}</a></span>'
                f'<a href="/privacy-policy/" class="privacy-policy-link">{self.t("Privacy Policy", "Politique de confidentialité")}</a>'
                f'<a href="https://wordpress.org/" class="imprint">{self.t("Proudly powered by WordPress", "Fièrement propulsé par WordPress")}</a></div></footer>'
                f'</div></div><div id="cookie-law-info-bar" data-nosnippet="true"><span>{self.t("We use cookies to give you the best experience. By continuing you accept our use of cookies.", "Nous utilisons des cookies pour vous offrir la meilleure expérience. En poursuivant, vous acceptez leur utilisation.")}'
                f' <a role="button" class="cli_action_button" id="cookie_action_close_header">{self.t("Accept", "Accepter")}</a></span></div></body></html>')

    def wp_excerpt(self, s: Story) -> str:
        cat = slugify(s.section)
        return (f'<article id="post-{s.ident}" class="post-{s.ident} post type-post status-publish format-standard hentry category-{cat}">'
                f'<header class="entry-header"><h2 class="entry-title"><a href="{s.path}" rel="bookmark">{esc(s.title)}</a></h2></header>'
                f'<div class="entry-summary"><p>{esc(s.paras[0][:160])} [&hellip;]</p></div>'
                f'<footer class="entry-footer">{self.wp_meta(s)}<span class="cat-links"><span class="screen-reader-text">{self.t("Categories", "Catégories")} </span>'
                f'<a href="/category/{cat}/" rel="category tag">{esc(s.section)}</a></span></footer></article>')

    def wp_listing(self, stories: list[Story], base: str, page: int, title: str, body_class: str) -> str | None:
        pages = max(1, -(-len(stories) // PER_PAGE))
        if page > pages:
            return None
        chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
        nav = '<nav class="navigation pagination"><div class="nav-links">'
        if page > 1:
            prev = base if page == 2 else f"{base}page/{page - 1}/"
            nav += f'<a class="prev page-numbers" href="{prev}">{self.t("Previous page", "Page précédente")}</a>'
        for n in range(1, pages + 1):
            nav += (f'<span aria-current="page" class="page-numbers current">{n}</span>' if n == page else
                    f'<a class="page-numbers" href="{base if n == 1 else f"{base}page/{n}/"}">{n}</a>')
        if page < pages:
            nav += f'<a class="next page-numbers" href="{base}page/{page + 1}/">{self.t("Next page", "Page suivante")}</a>'
        nav += "</div></nav>"
        header = f'<header class="page-header"><h1 class="page-title">{esc(title)}</h1></header>' if title else ""
        return self.wp_page(title or self.lang.site, header + "".join(self.wp_excerpt(s) for s in chunk) + nav,
                            body_class + (f" paged paged-{page}" if page > 1 else ""))

    def wp_story(self, s: Story) -> str:
        cat = slugify(s.section)
        body = "".join(f"<p>{esc(p)}</p>" for p in s.paras)
        share = (f'<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">{self.t("Share this:", "Partager :")}</h3><ul>'
                 f'<li><a class="share-facebook" href="{s.path}?share=facebook">Facebook</a></li>'
                 f'<li><a class="share-twitter" href="{s.path}?share=twitter">X</a></li>'
                 f'<li><a class="share-email" href="mailto:?subject={esc(s.title)}">Email</a></li></ul></div>')
        rel = "".join(f'<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a href="{r.path}">{esc(r.title)}</a></h4>'
                      f'<p class="jp-relatedposts-post-date">{esc(self.long_date(r.published))}</p>'
                      f'<p class="jp-relatedposts-post-context">{self.t("In", "Dans")} &quot;{esc(r.section)}&quot;</p></div>' for r in self.related(s))
        comments = ""
        if s.comments:
            items = "".join(
                f'<li id="comment-{s.ident + k}" class="comment"><article class="comment-body"><footer class="comment-meta">'
                f'<div class="comment-author vcard"><b class="fn">{esc(who)}</b> <span class="says">{self.t("says:", "dit :")}</span></div>'
                f'<div class="comment-metadata"><a href="{s.path}#comment-{s.ident + k}"><time datetime="{when.isoformat()}">'
                f'{esc(self.long_date(when))} {self.t("at", "à")} {self.clock(when)}</time></a></div></footer>'
                f'<div class="comment-content"><p>{esc(text)}</p></div>'
                f'<div class="reply"><a rel="nofollow" class="comment-reply-link" href="{s.path}?replytocom={s.ident + k}#respond">{self.t("Reply", "Répondre")}</a></div></article></li>'
                for k, (who, when, text) in enumerate(s.comments))
            comments = (f'<div id="comments" class="comments-area"><h2 class="comments-title">'
                        f'{len(s.comments)} {self.t("thoughts on", "réflexions sur")} &ldquo;{esc(s.title)}&rdquo;</h2><ol class="comment-list">{items}</ol>')
        comments = (comments or '<div id="comments" class="comments-area">') + (
            f'<div id="respond" class="comment-respond"><h2 id="reply-title" class="comment-reply-title">{self.t("Leave a Reply", "Laisser un commentaire")}</h2>'
            f'<form action="/wp-comments-post.php" method="post" id="commentform"><textarea name="comment"></textarea>'
            f'<input name="author" type="text"><input name="email" type="email"><input type="submit" value="{self.t("Post Comment", "Publier le commentaire")}"></form></div></div>')
        crumbs = (f'<nav class="yoast-breadcrumbs"><span><span><a href="/">{self.t("Home", "Accueil")}</a></span> » '
                  f'<span><a href="/category/{cat}/">{esc(s.section)}</a></span> » <span class="breadcrumb_last" aria-current="page">{esc(s.title)}</span></span></nav>')
        others = self.of("wordpress")
        k = others.index(s)
        postnav = '<nav class="navigation post-navigation"><div class="nav-links">'
        if k + 1 < len(others):
            postnav += f'<div class="nav-previous"><a href="{others[k + 1].path}" rel="prev"><span class="meta-nav">{self.t("Previous", "Précédent")}</span> <span class="post-title">{esc(others[k + 1].title)}</span></a></div>'
        if k > 0:
            postnav += f'<div class="nav-next"><a href="{others[k - 1].path}" rel="next"><span class="meta-nav">{self.t("Next", "Suivant")}</span> <span class="post-title">{esc(others[k - 1].title)}</span></a></div>'
        postnav += "</div></nav>"
        main = (f'{crumbs}<article id="post-{s.ident}" class="post-{s.ident} post type-post status-publish format-standard has-post-thumbnail hentry category-{cat}">'
                f'<header class="entry-header"><h1 class="entry-title">{esc(s.title)}</h1></header>'
                f'{self.wp_meta(s)}{self.wp_printed(s)}'
                f'<div class="post-thumbnail"><img width="1200" height="675" src="/wp-content/uploads/{s.published:%Y/%m}/{s.slug}-1200x675.jpg" class="attachment-post-thumbnail wp-post-image" alt=""></div>'
                f'<div class="entry-content">{body}{share}<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>{self.t("Related", "Sur le même sujet")}</em></h3>{rel}</div></div>'
                f'<footer class="entry-footer"><span class="cat-links"><span class="screen-reader-text">{self.t("Categories", "Catégories")} </span>'
                f'{self.t("Posted in", "Publié dans")} <a href="/category/{cat}/" rel="category tag">{esc(s.section)}</a></span>'
                f'<span class="tags-links">{self.t("Tagged", "Étiqueté")} <a href="/tag/{slugify(tag_of(s))}/" rel="tag">{esc(tag_of(s))}</a></span></footer></article>'
                f'{postnav}{comments}')
        head = (f'<link rel="canonical" href="{self.base_url}{s.path}">'
                f"<link rel='shortlink' href='{self.base_url}/?p={s.ident}'>"
                f'<meta property="og:type" content="article"><meta property="og:title" content="{esc(s.title)}">'
                f'<meta property="og:site_name" content="{esc(self.lang.site)}">')
        return self.wp_page(s.title, main, f"post-template-default single single-post postid-{s.ident} single-format-standard", head)

    def wp_info(self, slug: str) -> str:
        texts = {"about": (self.t("About us", "Qui sommes-nous"), self.t(
            f"{self.lang.site} has covered the coast since 1978. Our newsroom of 40 journalists publishes seven days a week.",
            f"{self.lang.site} couvre le littoral depuis 1978. Notre rédaction de 40 journalistes publie sept jours sur sept.")),
            "contact": ("Contact", self.t("Write to newsdesk@meridian.example or call the newsroom on 1800 555 010.",
                                          "Écrivez à redaction@courrier-littoral.example ou appelez le 02 98 00 00 00.")),
            "privacy-policy": (self.t("Privacy Policy", "Politique de confidentialité"), self.t(
                "We collect only the data needed to deliver our newsletters and measure readership.",
                "Nous ne collectons que les données nécessaires à l’envoi de nos lettres et à la mesure d’audience."))}
        title, text = texts[slug]
        main = (f'<article class="page type-page status-publish hentry"><header class="entry-header"><h1 class="entry-title">{esc(title)}</h1></header>'
                f'<div class="entry-content"><p>{esc(text)}</p><p>{esc(text)}</p></div></article>')
        return self.wp_page(title, main, "page-template-default page")

    def wp_feed(self) -> str:
        items = "".join(f"<item><title>{esc(s.title)}</title><link>{self.base_url}{s.path}</link>"
                        f"<pubDate>{s.published.strftime('%a, %d %b %Y %H:%M:%S %z')}</pubDate>"
                        f"<dc:creator><![CDATA[{s.authors[0]}]]></dc:creator><category><![CDATA[{s.section}]]></category>"
                        f"<description><![CDATA[{s.paras[0]}]]></description></item>" for s in self.of("wordpress"))
        return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">'
                f"<channel><title>{esc(self.lang.site)}</title><link>{self.base_url}/</link>"
                f"<description>News</description>{items}</channel></rss>")

    # --- the site builder (Wix-like) -----------------------------------------------------------
    def g(self, n: int) -> str:
        return self.gen[n % len(self.gen)]

    def comp(self, n: int, inner: str, extra: str = "") -> str:
        return f'<div id="comp-{self.g(n).lower()[1:]}{n}" class="{self.g(n)} {self.g(n + 7)}"{extra}>{inner}</div>'

    def builder_tooltip(self, d: datetime) -> str:
        if self.lang.code == "fr":
            return f"{d.day} {self.lang.months[d.month - 1]} {d.year} à {d.hour:02d}:{d.minute:02d}"
        return f"{self.lang.short_months[d.month - 1]} {d.day:02d}, {d.year} {d.hour:02d}:{d.minute:02d} {self.zone(d)}"

    def builder_byline(self, s: Story) -> str:
        names = ", ".join(s.authors) if self.lang.code == "en" else self.joined(s.authors)
        return self.t("By ", "Par ") + names + (" | Agencies" if s.agency_suffix else "")

    def builder_page(self, title: str, inner: str, path: str) -> str:
        cats = self.lang.sections["builder"]
        menu = "".join(f'<li class="{self.g(3)}"><a data-testid="linkElement" href="{href}" class="{self.g(4)}">'
                       f'<div class="{self.g(5)}"><p class="{self.g(6)}">{esc(text)}</p></div></a></li>'
                       for href, text in [("/", self.t("Home", "Accueil")), ("/magazine", "Magazine"),
                                          *((f"/magazine/categories/{slugify(c)}", c) for c in cats),
                                          ("/about-us", self.t("About", "À propos")), ("/contact-us", "Contact")])
        header = self.comp(1, f'<div class="{self.g(8)}"><div class="{self.g(9)}">'
                              f'<p class="font_0 wixui-rich-text__text"><span style="font-size:34px;">{esc(self.lang.site)}</span></p>'
                              f'<p class="font_8"><span style="letter-spacing:0.1em;">{self.t("THE WEEKEND MAGAZINE", "LE MAGAZINE DU WEEK-END")}</span></p></div>'
                              f'<nav aria-label="Site" class="{self.g(10)}"><ul class="{self.g(11)}">{menu}</ul></nav></div>')
        footer = self.comp(30, f'<div class="{self.g(31)}"><p class="font_9">© 2026 {esc(self.lang.site)}. '
                               f'{self.t("Proudly created with Wix.com", "Fièrement créé avec Wix.com")}</p>'
                               f'<div class="{self.g(32)}"><p class="font_8">{self.t("Join our mailing list", "Inscrivez-vous à notre lettre")}</p>'
                               f'<form><input type="email" placeholder="Email"><button>{self.t("Join", "S’inscrire")}</button></form></div>'
                               f'<ul class="{self.g(33)}"><li><a href="https://www.facebook.com/meridian">Facebook</a></li>'
                               f'<li><a href="https://www.instagram.com/meridian">Instagram</a></li></ul></div>')
        cookie = self.comp(35, f'<div class="{self.g(36)}"><p>{self.t("This website uses cookies. By using the site you accept our use of cookies.", "Ce site utilise des cookies. En le parcourant, vous en acceptez l’utilisation.")}</p>'
                               f'<button class="{self.g(37)}">{self.t("Accept", "Accepter")}</button></div>', ' role="dialog"')
        return (f'<!DOCTYPE html><html lang="{self.lang.html_lang[:2]}"><head><meta charset="utf-8">'
                f'<title>{esc(title)} | {esc(self.lang.site)}</title>'
                f'<meta name="viewport" content="width=device-width, initial-scale=1">'
                f'<meta name="generator" content="Wix.com Website Builder">'
                f'<link rel="canonical" href="{self.base_url}{path}">'
                f'<meta property="og:title" content="{esc(title)} | {esc(self.lang.site)}">'
                f'<meta property="og:url" content="{self.base_url}{path}"><meta property="og:site_name" content="{esc(self.lang.site)}">'
                f'<meta property="og:type" content="website">'
                f'<script>window.viewerModel = {{"site":{{"siteId":"{self.g(2)}"}}}};</script></head>'
                f'<body><div id="SITE_CONTAINER"><div id="main_MF" class="{self.g(12)}"><div id="SCROLL_TO_TOP" class="{self.g(13)}"></div>'
                f'<div id="BACKGROUND_GROUP"></div><header id="SITE_HEADER" class="{self.g(14)}">{header}</header>'
                f'<main id="PAGES_CONTAINER" tabindex="-1"><div id="SITE_PAGES"><div class="{self.g(15)}">'
                f'<div class="{self.g(16)}"><section class="{self.g(17)}"><div class="{self.g(18)}">{inner}</div></section></div>'
                f'</div></div></main><footer id="SITE_FOOTER" class="{self.g(19)}">{footer}</footer>{cookie}</div></div></body></html>')

    def builder_card(self, s: Story) -> str:
        return self.comp(20, f'<a href="{s.path}" class="{self.g(21)}"><div class="{self.g(22)}"><img src="/media/{s.ident}.jpg" alt=""></div>'
                             f'<div class="{self.g(23)}"><p class="{self.g(24)}">{esc(s.section)}</p>'
                             f'<p class="{self.g(25)}" style="font-size:22px;font-weight:700">{esc(s.title)}</p>'
                             f'<p class="{self.g(26)}">{esc(s.paras[0][:140])}…</p>'
                             f'<div class="{self.g(27)}"><span class="{self.g(28)}">{esc(s.authors[0])}</span>'
                             f'<span class="{self.g(29)}" title="{esc(self.builder_tooltip(s.published))}">{esc(self.relative(s.published))}</span></div></div></a>')

    def builder_listing(self, stories: list[Story], base: str, page: int, title: str) -> str | None:
        pages = max(1, -(-len(stories) // PER_PAGE))
        if page > pages:
            return None
        chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
        nav = "".join(f'<a href="{base if n == 1 else f"{base}/page/{n}"}" class="{self.g(38)}"'
                      f'{CURRENT if n == page else ""}>{n}</a>' for n in range(1, pages + 1))
        if page < pages:
            nav += f'<a href="{base}/page/{page + 1}" class="{self.g(39)}" aria-label="Next page">›</a>'
        inner = (self.comp(40, f'<h2 class="font_2"><span>{esc(title)}</span></h2>')
                 + "".join(self.builder_card(s) for s in chunk)
                 + self.comp(41, f'<nav class="{self.g(1)}" aria-label="Pagination">{nav}</nav>'))
        path = base if page == 1 else f"{base}/page/{page}"
        return self.builder_page(title, inner, path)

    def builder_story(self, s: Story) -> str:
        label = self.comp(42, f'<a href="/magazine/categories/{slugify(s.section)}" class="{self.g(3)}">'
                              f'<span class="{self.g(4)}" style="text-transform:uppercase;font-size:12px">{esc(s.section)}</span></a>')
        heading = self.comp(43, f'<div class="{self.g(5)} wixui-rich-text" data-testid="richTextElement">'
                                f'<p class="font_2 wixui-rich-text__text"><span style="font-size:40px;font-weight:bold;">{esc(s.title)}</span></p></div>')
        who = self.comp(44, f'<div class="{self.g(6)}"><img src="/media/avatar-{self.slug_of(s.authors[0])}.png" alt="" class="{self.g(7)}">'
                            f'<div class="{self.g(8)}"><span class="{self.g(9)}" style="font-size:13px">'
                            + f'{esc(self.builder_byline(s))}</span>'
                            f'<span class="{self.g(11)}"> · </span><span class="{self.g(12)}" style="font-size:13px" '
                            f'title="{esc(self.builder_tooltip(s.published))}">{esc(self.relative(s.published))}</span>'
                            f'<span class="{self.g(13)}"> · {2 + s.ident % 7} {self.t("min read", "min de lecture")}</span></div></div>')
        body = "".join(self.comp(50 + k, f'<p class="font_8 wixui-rich-text__text"><span style="font-size:17px">{esc(p)}</span></p>')
                       for k, p in enumerate(s.paras))
        share = self.comp(45, f'<div class="{self.g(14)}"><button aria-label="Share via Facebook">f</button>'
                              f'<button aria-label="Share via Twitter">X</button><button aria-label="Copy link">🔗</button></div>')
        profiles = self.comp(46, "".join(f'<a href="/profile/{self.slug_of(a)}/profile" class="{self.g(15)}"><span>{esc(a)}</span></a>'
                                         for a in s.authors if a != self.lang.agency))
        recent = self.comp(47, f'<p class="font_8">{self.t("Recent Posts", "Articles récents")}</p>'
                               + "".join(self.builder_card(r) for r in self.related(s))
                               + f'<a href="/magazine" class="{self.g(16)}">{self.t("See All", "Tout voir")}</a>')
        comments = self.comp(48, f'<p class="font_8">{self.t("Comments", "Commentaires")}</p>' + "".join(
            f'<div class="{self.g(17)}"><span class="{self.g(18)}">{esc(who)}</span>'
            f'<span class="{self.g(19)}" title="{esc(self.builder_tooltip(when))}">{esc(self.relative(when))}</span>'
            f'<p class="{self.g(20)}">{esc(text)}</p></div>' for who, when, text in s.comments if when.replace(tzinfo=None) < self.now)
            + f'<div class="{self.g(21)}"><p>{self.t("Write a comment...", "Écrire un commentaire...")}</p></div>')
        inner = label + heading + who + body + share + profiles + recent + comments
        return self.builder_page(s.title, inner, s.path)

    def builder_profile(self, name: str) -> str | None:
        mine = self.of("builder", author=name)
        if not mine:
            return None
        inner = (self.comp(40, f'<h2 class="font_2"><span>{esc(name)}</span></h2><p class="font_8">{self.t("Writer", "Rédacteur")}</p>')
                 + "".join(self.builder_card(s) for s in mine))
        return self.builder_page(name, inner, f"/profile/{self.slug_of(name)}/profile")

    def builder_info(self, slug: str) -> str:
        title = {"about-us": self.t("About", "À propos"), "contact-us": "Contact"}[slug]
        text = self.t("The Weekend Magazine is the features arm of the paper: food, travel and the way we live.",
                      "Le magazine du week-end, c’est la cuisine, les voyages et l’art de vivre sur le littoral.")
        return self.builder_page(title, self.comp(40, f'<h2 class="font_2">{esc(title)}</h2><p class="font_8">{esc(text)}</p>'), "/" + slug)

    # --- AMP (the sport section) ---------------------------------------------------------------
    def amp_stamp(self, d: datetime) -> str:
        if self.lang.code == "fr":
            return f"{self.long_date(d)} à {self.clock(d)}"
        return f"{self.lang.short_months[d.month - 1]} {d.day:02d}, {d.year}, {d.hour:02d}:{d.minute:02d} {self.zone(d)}"

    def amp_dates(self, s: Story) -> str:
        if self.lang.code == "fr":
            line = f"Publié le {self.amp_stamp(s.published)}"
            if s.updated:
                line += f", mis à jour le {self.amp_stamp(s.updated)}"
            return f'<div class="article-dates"><span>{esc(line)}</span></div>'
        if s.updated:
            return (f'<div class="article-dates"><span class="upd">Updated: {esc(self.amp_stamp(s.updated))}</span>'
                    f'<span class="first">First published: {esc(self.amp_stamp(s.published))}</span></div>')
        return f'<div class="article-dates"><span class="upd">Updated: {esc(self.amp_stamp(s.published))}</span></div>'

    def amp_page(self, title: str, inner: str, canonical: str, ld: str = "") -> str:
        sport = self.lang.sections["amp"][0]
        side = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in [
            ("/", self.t("Home", "Accueil")), *((f"/category/{slugify(c)}/", c) for c in self.lang.sections["wordpress"]),
            (f"/{slugify(sport)}/", sport), ("/magazine", "Magazine")])
        return (f'<!doctype html><html ⚡ lang="{self.lang.html_lang[:2]}"><head><meta charset="utf-8">'
                f'<script async src="https://cdn.ampproject.org/v0.js"></script>'
                f'<script async custom-element="amp-ad" src="https://cdn.ampproject.org/v0/amp-ad-0.1.js"></script>'
                f'<script async custom-element="amp-social-share" src="https://cdn.ampproject.org/v0/amp-social-share-0.1.js"></script>'
                f'<script async custom-element="amp-sidebar" src="https://cdn.ampproject.org/v0/amp-sidebar-0.1.js"></script>'
                f'<title>{esc(title)} | {esc(sport)} | {esc(self.lang.site)}</title>'
                f'<link rel="canonical" href="{self.base_url}{canonical}">'
                f'<meta name="viewport" content="width=device-width,minimum-scale=1,initial-scale=1">{ld}'
                f'<style amp-custom>body{{font-family:Georgia,serif}}.byline{{font-size:13px}}</style>'
                f'<style amp-boilerplate>body{{-webkit-animation:-amp-start 8s steps(1,end) 0s 1 normal both}}</style></head>'
                f'<body><amp-sidebar id="menu" layout="nodisplay" side="left"><nav><ul>{side}</ul></nav></amp-sidebar>'
                f'<header class="amp-header"><button on="tap:menu.toggle" class="hamburger">☰</button>'
                f'<a href="/" class="logo"><amp-img src="/static/logo.png" width="180" height="40" alt="{esc(self.lang.site)}"></amp-img></a></header>'
                f'<amp-ad width="320" height="50" type="doubleclick" data-slot="/1234/sport_top"><div placeholder>{self.t("Advertisement", "Publicité")}</div></amp-ad>'
                f'<main>{inner}</main>'
                f'<amp-consent id="consent" layout="nodisplay"><div class="consent-ui">{self.t("We and our partners use cookies to personalise ads.", "Nos partenaires et nous utilisons des cookies pour personnaliser les publicités.")}'
                f'<button on="tap:consent.accept">{self.t("I agree", "J’accepte")}</button></div></amp-consent>'
                f'<footer class="amp-footer"><ul>{side}</ul><p>© 2026 {esc(self.lang.site)}</p>'
                f'<a href="/about/">{self.t("About us", "Qui sommes-nous")}</a></footer></body></html>')

    def amp_ld(self, s: Story) -> str:
        import json
        kind = "Organization" if s.authors == [self.lang.agency] else "Person"
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": self.base_url + s.path,
                "headline": s.title, "articleSection": s.section,
                "image": [f"{self.base_url}/static/{s.ident}.jpg"],
                "datePublished": s.published.isoformat(), "dateModified": (s.updated or s.published).isoformat(),
                "author": [{"@type": kind, "name": a} for a in s.authors],
                "publisher": {"@type": "Organization", "name": self.lang.site,
                              "logo": {"@type": "ImageObject", "url": f"{self.base_url}/static/logo.png"}}}
        crumbs = {"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": self.t("Home", "Accueil"), "item": self.base_url + "/"},
            {"@type": "ListItem", "position": 2, "name": s.section, "item": f"{self.base_url}/{slugify(s.section)}/"}]}
        return "".join(f'<script type="application/ld+json">{json.dumps(d, ensure_ascii=False)}</script>' for d in (data, crumbs))

    def amp_card(self, s: Story, amp_link: bool) -> str:
        href = s.path + ("?outputType=amp" if amp_link else "")
        by = self.t("By ", "Par ") + self.joined(s.authors)
        return (f'<li class="card"><a href="{href}"><amp-img src="/static/{s.ident}-thumb.jpg" width="120" height="80" layout="fixed" alt=""></amp-img>'
                f'<h3>{esc(s.title)}</h3></a><p class="meta">{esc(by)} · {esc(self.amp_stamp(s.published))}</p></li>')

    def amp_story(self, s: Story) -> str:
        sport = slugify(s.section)
        by = self.t("By ", "Par ") + ", ".join(
            f'<a href="/{sport}/writers/{self.slug_of(a)}/">{esc(a)}</a>' if a != self.lang.agency else esc(a) for a in s.authors[:-1])
        last = s.authors[-1]
        last_html = f'<a href="/{sport}/writers/{self.slug_of(last)}/">{esc(last)}</a>' if last != self.lang.agency else esc(last)
        by = (by + self.t(" and ", " et ") if len(s.authors) > 1 else by) + last_html
        body = ""
        for k, p in enumerate(s.paras):
            body += f"<p>{esc(p)}</p>"
            if k == 2:
                body += (f'<amp-ad width="300" height="250" type="doubleclick" data-slot="/1234/sport_mid">'
                         f'<div placeholder>{self.t("Advertisement", "Publicité")}</div><div fallback></div></amp-ad>')
        share = ("".join(f'<amp-social-share type="{t}" width="40" height="40"></amp-social-share>' for t in ("facebook", "twitter", "whatsapp", "email")))
        more = "".join(self.amp_card(r, amp_link=False) for r in self.related(s))
        crumbs = (f'<nav class="breadcrumb"><a href="/">{self.t("Home", "Accueil")}</a> › '
                  f'<a href="/{sport}/">{esc(s.section)}</a></nav>')
        inner = (f'{crumbs}<article><h1 class="headline">{esc(s.title)}</h1>'
                 f'<p class="standfirst">{esc(cut(s.paras[0], 120))}</p>'
                 f'<div class="byline">{by}</div>{self.amp_dates(s)}'
                 f'<div class="share">{share}</div>'
                 f'<amp-img src="/static/{s.ident}.jpg" width="1200" height="675" layout="responsive" alt=""></amp-img>'
                 f'<div class="article-body">{body}</div></article>'
                 f'<section class="newsletter"><h2>{self.t("Sport in your inbox", "Le sport dans votre boîte mail")}</h2>'
                 f'<p>{self.t("Scores, analysis and the week’s big moments every Monday.", "Résultats, analyses et temps forts chaque lundi.")}</p></section>'
                 f'<section class="more"><h2>{self.t("More from", "Plus de")} {esc(s.section)}</h2><ul>{more}</ul></section>')
        return self.amp_page(s.title, inner, s.path, self.amp_ld(s))

    def amp_listing(self, stories: list[Story], base: str, page: int, title: str) -> str | None:
        pages = max(1, -(-len(stories) // PER_PAGE))
        if page > pages:
            return None
        chunk = stories[(page - 1) * PER_PAGE: page * PER_PAGE]
        nav = "".join(f'<a href="{base if n == 1 else f"{base}page/{n}/"}">{n}</a>' for n in range(1, pages + 1) if n != page)
        inner = (f'<h1>{esc(title)}</h1><ul class="cards">{"".join(self.amp_card(s, amp_link=True) for s in chunk)}</ul>'
                 f'<nav class="pages">{nav}</nav>')
        return self.amp_page(title, inner, base if page == 1 else f"{base}page/{page}/")

    # --- the early-2000s table layout ------------------------------------------------------------
    def tb_section_url(self, section: str, page: int = 1) -> str:
        if self.lang.code == "en":
            return f"/archives/{slugify(section)}{'' if page == 1 else f'-{page}'}.htm"
        n = self.lang.sections["table"].index(section) + 3
        return f"/archives/rubrique.php3?id_rubrique={n}" + ("" if page == 1 else f"&debut_articles={(page - 1) * PER_PAGE}")

    def tb_author_url(self, name: str) -> str:
        if self.lang.code == "en":
            return f"/archives/columnists/{self.slug_of(name)}.htm"
        return f"/archives/auteur.php3?id_auteur={self.lang.names.index(name) + 2}"

    def tb_home_url(self) -> str:
        return "/archives/index.htm" if self.lang.code == "en" else "/archives/index.php3"

    def tb_about_url(self) -> str:
        return "/archives/about.htm" if self.lang.code == "en" else "/archives/apropos.php3"

    def tb_columnists(self) -> str:
        if self.lang.code != "en":
            return ""
        names = sorted({a for s in self.of("table", "Opinion") for a in s.authors})
        return "<b>Columnists</b><br>" + "".join(f'<a href="{self.tb_author_url(a)}"><font color="#003366">{esc(a)}</font></a><br>'
                                                 for a in names) + "<br>"

    def tb_day(self, d: datetime) -> str:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"

    def tb_page(self, title: str, inner: str) -> str:
        links = "".join(f'<a href="{self.tb_section_url(c)}"><font color="#003366">{esc(c)}</font></a><br>'
                        for c in self.lang.sections["table"])
        left = (f'<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td bgcolor="#336699"><font face="Verdana" size="1" color="#FFFFFF"><b>'
                f'{self.t("SECTIONS", "RUBRIQUES")}</b></font></td></tr><tr><td><font face="Verdana" size="1">'
                f'<a href="{self.tb_home_url()}"><font color="#003366">{self.t("Archive home", "Accueil des archives")}</font></a><br>{links}<br>'
                f'{self.tb_columnists()}<a href="{self.tb_about_url()}"><font color="#003366">{self.t("About the archive", "À propos")}</font></a><br>'
                f'<a href="/"><font color="#003366">{self.t("Today’s paper", "Le site du jour")}</font></a></font></td></tr>'
                f'<tr><td bgcolor="#EEEEEE"><font face="Verdana" size="1"><b>{self.t("E-mail edition", "Lettre électronique")}</b><br>'
                f'{self.t("Get the headlines every morning", "Les titres chaque matin")}<br><form><input type="text" size="12" name="email"> <input type="submit" value="OK"></form></font></td></tr></table>')
        charset = "iso-8859-1" if self.lang.code == "fr" else "windows-1252"
        return (f'<HTML><HEAD><TITLE>{esc(title)} - {esc(self.lang.site)}</TITLE>'
                f'<META http-equiv="Content-Type" content="text/html; charset={charset}">'
                f'<SCRIPT language="JavaScript">function popup(u){{window.open(u,"p","width=600,height=500")}}</SCRIPT></HEAD>'
                f'<BODY bgcolor="#FFFFFF" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">'
                f'<TABLE width="760" border="0" cellpadding="0" cellspacing="0" align="center">'
                f'<TR><TD colspan="2" bgcolor="#003366"><IMG src="/archives/images/masthead.gif" width="760" height="80" alt="{esc(self.lang.site)}"></TD></TR>'
                f'<TR><TD width="150" valign="top" bgcolor="#E6E6E6">{left}</TD>'
                f'<TD width="610" valign="top"><TABLE width="100%" border="0" cellpadding="8"><TR><TD>{inner}</TD></TR></TABLE></TD></TR>'
                f'<TR><TD colspan="2" align="center"><HR size="1"><font face="Verdana" size="1">Copyright &copy; 2006 {esc(self.lang.site)}. '
                f'{self.t("All rights reserved. Best viewed with Internet Explorer 5.0 at 800x600.", "Tous droits réservés. Site optimisé pour Internet Explorer 5 en 800x600.")}'
                f'<br><IMG src="/cgi-bin/counter.gif?page=archive" width="80" height="15" alt=""></font></TD></TR></TABLE></BODY></HTML>')

    def tb_byline(self, s: Story) -> str:
        if self.lang.code == "en":
            return f"By {self.joined(s.authors)} / {self.tb_day(s.published)}"
        return f"Par {self.joined(s.authors)} - {self.tb_day(s.published)} - Rubrique : {s.section}"

    def tb_byline_html(self, s: Story) -> str:
        if self.lang.code == "en":
            return esc(self.tb_byline(s))
        names = [f'<a href="{self.tb_author_url(a)}">{esc(a)}</a>' for a in s.authors]
        return f"Par {self.joined(names)} - {self.tb_day(s.published)} - Rubrique : {esc(s.section)}"

    def tb_row(self, s: Story) -> str:
        who = self.t("By ", "Par ") + self.joined(s.authors)
        return (f'<TR><TD valign="top"><font face="Arial" size="2"><a href="{s.path}"><b>{esc(s.title)}</b></a></font><br>'
                f'<font face="Arial" size="1" color="#666666">{self.tb_day(s.published)} - {esc(who)}</font></TD></TR>')

    def tb_story(self, s: Story) -> str:
        label = (f'<TABLE width="100%" cellpadding="3" cellspacing="0" border="0"><TR><TD bgcolor="#CC0000">'
                 f'<font face="Arial" size="2" color="#FFFFFF"><b>{esc(s.section.upper())}</b></font></TD></TR></TABLE>'
                 if self.lang.code == "en" else
                 f'<font face="Verdana" size="1"><a href="{self.tb_home_url()}">Accueil</a> &gt; '
                 f'<a href="{self.tb_section_url(s.section)}">{esc(s.section)}</a></font><br>')
        body = "<br><br>\n".join(esc(p) for p in s.paras)
        more = "".join(self.tb_row(r) for r in self.related(s))
        inner = (f'{label}<br><font size="+2" face="Georgia, Times New Roman"><b>{esc(s.title)}</b></font><br>'
                 f'<font face="Arial" size="2"><b>{self.tb_byline_html(s)}</b></font><br><br>'
                 f'<font face="Georgia, Times New Roman" size="3">{body}</font><br><br>'
                 f'<font face="Verdana" size="1"><a href="javascript:popup(\'/archives/print.asp?id={s.ident}\')">'
                 f'{self.t("Printer-friendly version", "Version imprimable")}</a> | '
                 f'<a href="mailto:?subject={esc(s.title)}">{self.t("E-mail this story", "Envoyer cet article")}</a></font><br><br>'
                 f'<TABLE width="100%" border="0" cellpadding="2" cellspacing="0"><TR><TD bgcolor="#DDDDDD"><font face="Arial" size="2"><b>'
                 f'{self.t("Other stories", "Dans la même rubrique")}</b></font></TD></TR>{more}</TABLE>')
        return self.tb_page(s.title, inner)

    def tb_listing(self, section: str, page: int) -> str | None:
        stories = self.of("table", section)
        pages = max(1, -(-len(stories) // PER_PAGE))
        if page > pages:
            return None
        rows = "".join(self.tb_row(s) for s in stories[(page - 1) * PER_PAGE: page * PER_PAGE])
        nav = " | ".join(f'<a href="{self.tb_section_url(section, n)}">{n}</a>' if n != page else f"<b>{n}</b>"
                         for n in range(1, pages + 1))
        inner = (f'<font face="Arial" size="4"><b>{esc(section)}</b></font><br><br><TABLE width="100%" border="0" cellpadding="4">{rows}</TABLE>'
                 f'<br><font face="Verdana" size="1">{self.t("Pages", "Pages")} : {nav}</font>')
        return self.tb_page(section, inner)

    def tb_home(self) -> str:
        rows = "".join(self.tb_row(s) for s in self.of("table")[:5])
        inner = (f'<font face="Arial" size="4"><b>{self.t("The archive, 2003-2006", "Les archives, 2003-2006")}</b></font><br>'
                 f'<font face="Verdana" size="2">{self.t("Stories from our first website, kept as they were published.", "Les articles de notre premier site, tels qu’ils ont été publiés.")}</font><br><br>'
                 f'<TABLE width="100%" border="0" cellpadding="4">{rows}</TABLE>'
                 f'<form action="/cgi-bin/search.pl"><input type="text" name="q"> <input type="submit" value="{self.t("Search", "Chercher")}"></form>')
        return self.tb_page(self.t("Archive", "Archives"), inner)

    def tb_author(self, name: str) -> str | None:
        mine = self.of("table", author=name)
        if not mine:
            return None
        inner = (f'<font face="Arial" size="4"><b>{esc(name)}</b></font><br><TABLE width="100%" border="0" cellpadding="4">'
                 f'{"".join(self.tb_row(s) for s in mine)}</TABLE>')
        return self.tb_page(name, inner)

    def tb_about(self) -> str:
        text = self.t("This archive holds the stories of our website from 2003 to 2006. Photographs were not kept.",
                      "Ces archives rassemblent les articles de notre site de 2003 à 2006. Les photographies n’ont pas été conservées.")
        return self.tb_page(self.t("About the archive", "À propos"), f'<font face="Verdana" size="2">{esc(text)}</font>')

    # --- every page, by path ---------------------------------------------------------------------
    def pages(self) -> dict[str, tuple[str, bytes]]:
        out: dict[str, tuple[str, bytes]] = {}

        def put(path: str, text: str | None, kind: str = "text/html; charset=utf-8", encoding: str = "utf-8") -> None:
            if text is not None:
                out[path] = (kind, text.encode(encoding, "xmlcharrefreplace"))

        def paged(base: str, render, sep: str = "page/", end: str = "/") -> None:  # type: ignore[no-untyped-def]
            n = 1
            while (text := render(n)) is not None:
                put(base if n == 1 else f"{base}{sep}{n}{end}", text)
                n += 1

        wp = self.of("wordpress")
        paged("/", lambda n: self.wp_listing(wp, "/", n, "", "home blog"))
        for c in self.lang.sections["wordpress"]:
            base = f"/category/{slugify(c)}/"
            paged(base, lambda n, c=c, base=base: self.wp_listing(self.of("wordpress", c), base, n,
                                                                   self.t("Category: ", "Catégorie : ") + c, "archive category"))
        for name in (*self.lang.names, self.lang.agency):
            base = f"/author/{self.slug_of(name)}/"
            mine = self.of("wordpress", author=name)
            if mine:
                paged(base, lambda n, mine=mine, base=base, name=name: self.wp_listing(
                    mine, base, n, self.t("Author: ", "Auteur : ") + name, "archive author"))
        for y, m in {(s.published.year, s.published.month) for s in wp}:
            mine = [s for s in wp if (s.published.year, s.published.month) == (y, m)]
            base = f"/{y}/{m:02d}/"
            paged(base, lambda n, mine=mine, base=base, y=y, m=m: self.wp_listing(
                mine, base, n, f"{self.t('Month: ', 'Mois : ')}{self.lang.months[m - 1].capitalize()} {y}", "archive date"))
        for word in {tag_of(s) for s in wp}:
            mine = [s for s in wp if tag_of(s) == word]
            base = f"/tag/{slugify(word)}/"
            paged(base, lambda n, mine=mine, base=base, word=word: self.wp_listing(mine, base, n, "Tag: " + word, "archive tag"))
        for s in wp:
            put(s.path, self.wp_story(s))
        for slug in ("about", "contact", "privacy-policy"):
            put(f"/{slug}/", self.wp_info(slug))
        put("/feed/", self.wp_feed(), "application/rss+xml; charset=UTF-8")
        put("/wp-login.php", self.wp_page("Log In", '<form id="loginform"><input name="log"><input name="pwd" type="password"></form>', "login"))

        bl = self.of("builder")
        paged("/magazine", lambda n: self.builder_listing(bl, "/magazine", n, "Magazine"), "/page/", "")
        for c in self.lang.sections["builder"]:
            base = f"/magazine/categories/{slugify(c)}"
            paged(base, lambda n, c=c, base=base: self.builder_listing(self.of("builder", c), base, n, c), "/page/", "")
        for name in self.lang.names:
            put(f"/profile/{self.slug_of(name)}/profile", self.builder_profile(name))
        for s in bl:
            put(s.path, self.builder_story(s))
        for slug in ("about-us", "contact-us"):
            put("/" + slug, self.builder_info(slug))

        sport = self.lang.sections["amp"][0]
        base = f"/{slugify(sport)}/"
        paged(base, lambda n: self.amp_listing(self.of("amp"), base, n, sport))
        for name in self.lang.names:
            mine = self.of("amp", author=name)
            if mine and name != self.lang.agency:
                put(f"{base}writers/{self.slug_of(name)}/", self.amp_listing(mine, f"{base}writers/{self.slug_of(name)}/", 1, name))
        for s in self.of("amp"):
            put(s.path, self.amp_story(s))

        enc = "iso-8859-1" if self.lang.code == "fr" else "cp1252"
        kind = "text/html"

        def old(path: str, text: str | None) -> None:
            put(path, text, kind, enc)
        old(self.tb_home_url(), self.tb_home())
        old(self.tb_about_url(), self.tb_about())
        for c in self.lang.sections["table"]:
            n = 1
            while (text := self.tb_listing(c, n)) is not None:
                old(self.tb_section_url(c, n), text)
                n += 1
        for name in self.lang.names:
            old(self.tb_author_url(name), self.tb_author(name))
        for s in self.of("table"):
            old(s.path, self.tb_story(s))
        put("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nDisallow: /cgi-bin/\n", "text/plain")
        return out


class Handler(BaseHTTPRequestHandler):
    site_pages: ClassVar[dict[str, tuple[str, bytes]]] = {}

    def log_message(self, *args: object) -> None:
        pass

    def redirect(self, status: int, location: str) -> None:
        self.send_response(status)
        self.send_header("Location", location)
        self.end_headers()

    def do_GET(self) -> None:
        path, _, query = self.path.partition("?")
        page = self.site_pages.get(self.path)
        params = dict(p.partition("=")[::2] for p in query.split("&")) if query else {}
        if page is None and "share" in params:
            self.redirect(302, "https://www.facebook.com/sharer/sharer.php?u=" + path)
            return
        if page is None and path == "/" and "p" in params:
            needle = f"postid-{params['p']} ".encode()
            target = next((k for k, v in self.site_pages.items() if needle in v[1]), None)
            if target:
                self.redirect(301, target)
                return
        if page is None and params and params.keys() <= {"replytocom", "outputType"}:
            page = self.site_pages.get(path)
        if page is None:
            send_body(self, 404, b"<html><head><title>Page not found</title></head><body><h1>404 Not Found</h1></body></html>")
        else:
            send_body(self, 200, page[1], page[0])


@contextmanager
def serve(lang: Lang, seed: int) -> Iterator[Site]:
    """The publication's site served on 127.0.0.1 (a free port) while the block runs."""
    site = Site(lang, seed)
    handler = type("SiteHandler", (Handler,), {"site_pages": {}})
    server, site.base_url = start_server(handler)
    handler.site_pages = site.pages()
    try:
        yield site
    finally:
        stop_server(server)


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0] if __doc__ else "", serve, LANGS, 17,
               "the first publication's seed (the n-th uses seed + n)", TEMPLATES, "blind6.db", loosely)


if __name__ == "__main__":
    main()
