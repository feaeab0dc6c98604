"""An eighteenth blind check of #8 ("a crawl of a site in four templates"): two publications,
Danish (a Copenhagen national daily) and Romanian (a Bucharest news portal with a print
heritage), each one site on 127.0.0.1 in four templates. Written without reading the parsers
or their tests; only ``template_harness.py``, ``served_pages.py`` and the site plumbing of
``template_sites_blind14.py`` (for the interface) and its test were read.

- ``table``: an early-2000s paper in nested tables, ``<font>``, ``<b>`` and ``<br>`` (no ``<p>``), no
  metadata, the ``<title>`` naming only the paper and the section. Danish: ISO-8859-1 declared in a
  ``<meta>``, Saxotech-era URLs (``/apps/pbcs.dll/artikel?Avis=DO&Dato=20040516&Kategori=INDLAND
  &Lopenr=...&Ref=AR``), an upper-case section bar ("INDLAND"), "Søndag 16. maj 2004" or
  "Publiceret 16.05.2004 kl. 10:30 | Opdateret 17.05.2004 kl. 12:42", bylines "Af Anne Hansen",
  "Af Anne Hansen og Peter Jensen", "Af <b>ANNE HANSEN</b>" (upper case), a Ritzau story ending
  "/ritzau/", "Foto: X" under a picture. Romanian: windows-1250 declared in a ``<meta>``, ş and ţ
  with the cedilla the old code pages had (the truth as printed), ``/arhiva/2004/05/16/articol.php
  ?id=...``, "Prima pagină » Politică", "Luni, 16 Mai 2004", "de <b>Ion Popescu</b>",
  "<b>Ion Popescu, Maria Ionescu</b>", a Mediafax story ("<b>BUCUREŞTI</b> (Mediafax) - ..."), a
  correspondent's signature in bold italics after the text ("Ion Popescu, Cluj-Napoca").
- ``daily``: the national daily's site (Politiken-like ``/indland/art9051988/Slug``; Adevărul-like
  ``/stiri-interne/politica/<slug>_<hex>.html``): the section in a breadcrumb (even stories) or a
  kicker (odd), ``article:section`` naming the whole news desk ("nyheder" / "știri"), JSON-LD on
  even stories only (UTC, only the first writer, the site for a wire story), writers linked with
  their job titles under them ("Journalist", "Politisk redaktør"), "Af X, Ritzau", a Ritzau-only
  story ("/ritzau/"), "I dag kl. 07.15" with the time in ``<time datetime>``, "Opdateret for 2
  timer siden"; Romanian "de X, Y", "X, corespondent Capitala la Cluj", "Cu informații de la
  Agerpres", a wire story signed "de Redacția" and ending "Sursa: Agerpres", "FOTO Inquam Photos /
  X" in the caption, "CITEȘTE ȘI:" links mid-text; newsletter box, ads, share bars, tag pages,
  author pages, "Læs også" / "Mest læste" boxes naming other stories' writers and days.
- ``regional``: a local edition (``/lokalt/amager/artikel/4052659``) and a news portal
  (``/stiri/actualitate/<id>-<slug>.htm``): "Af X, xyz@oeresund.dk", "Tekst: X · Foto: Y",
  "Af X (tekst) og Y (foto)", "Med bidrag fra Ritzau"; "Autor: X", "Autori: X, Y", "de X | Foto:
  Y", a bare linked name; the update stamp before the publication stamp ("Opdateret 17.05.2024 kl.
  12:42 · Publiceret 16.05.2024 kl. 10:30"), "Publicat: Luni, 16 mai 2024, 10:30 | Ultima
  actualizare: ...", only "acum 10 ore" (time in the attribute) on a fourth of the Romanian stories;
  ``article:published_time`` in UTC; Romanian JSON-LD naming the site as author on odd stories.
- ``magazine``: debate and weekend pieces: "Kronik af X, professor i statskundskab, Aarhus
  Universitet", "Af X, formand for ..., og Y, direktør i ...", "Interview af X · Foto: Y", a
  columnist's box (name, job) with a closing "X er journalist på Øresund."; "author box" with a
  bio, "Un text de X și Y", "Interviu realizat de X" + "Foto: Y", "Text: X | Foto: Y"; the day
  printed without time ("Tirsdag 5. november 2024"), UTC ``article:published_time``, a label and a
  breadcrumb naming the section, opinion disclaimers.

Front pages, section pages (paginated), tag and author pages, about / contact / subscription pages
are no articles. The truth per article: title (the headline as printed), authors (people as a set;
an agency only when no person is printed; photographers, quoted sources and guests' job titles are
no authors), day (the local publication day as printed or, where only a relative stamp is printed,
as the page's time attribute gives it) and section (the one the breadcrumb, kicker or bar names).

The first run (2026-12-08, main at e16d11cb, before any rule was written from this site; found /
title / authors / day / section; seeds 83, 97 and 111 gave the same rows):

| publication | template | seeds 83, 97, 111 |
|---|---|---|
| da | table | 0.00 / 0.00 / 0.00 / 0.00 / 0.00 |
| da | daily | 1.00 / 1.00 / 0.80 / 1.00 / 0.00 |
| da | regional | 1.00 / 1.00 / 0.80 / 1.00 / 1.00 |
| da | magazine | 1.00 / 1.00 / 0.00 / 1.00 / 1.00 |
| da | all | 0.75 / 0.75 / 0.40 / 0.75 / 0.50 |
| ro | table | 1.00 / 1.00 / 0.30 / 1.00 / 1.00 |
| ro | daily | 1.00 / 1.00 / 0.80 / 1.00 / 0.00 |
| ro | regional | 1.00 / 1.00 / 1.00 / 1.00 / 1.00 |
| ro | magazine | 1.00 / 1.00 / 0.50 / 1.00 / 1.00 |
| ro | all | 1.00 / 1.00 / 0.65 / 1.00 / 0.75 |

Nothing was stored twice; non-articles stored: the old papers' front pages (all three pages of
each) on every seed, and one to three Romanian old section pages (``rubrica.php?r=sport``). The
misses: no Danish old story found at all (``/apps/pbcs.dll/artikel?...`` never stored, its front
page stored instead); the daily's section taken from ``article:section`` ("nyheder", "știri") over
the breadcrumb or kicker; two writers linked under each other with their job titles kept as the
first only; "Af X (tekst) og Y (foto)" keeping the photographer; "Kronik af X, professor i
statskundskab, Aarhus Universitet" and "Af X, formand for ..., og Y, direktør i ..." giving the
guests' jobs and workplaces as authors (or only those); the columnist's box, "Interview af X ·
Foto: Y" never read; the old Romanian paper's "<b>X, Y</b>", the signature after the text and the
Mediafax dateline never read ("de <b>X</b>" was); "de Redacția" kept over "Sursa: Agerpres"; "Un text
de X și Y" and "Interviu realizat de X" never read.

After the rules written from it (``tests/test_blind18_rules.py``; CHANGELOG), seeds 83, 97 and 111
alike: every template 1.00 on found, title, authors, day and section, nothing stored twice, no
non-article stored.

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind18.py [--misses] [--seed 83]
"""

from __future__ import annotations

import json
import random
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from functools import partial
from html import escape
from http.server import BaseHTTPRequestHandler
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.template_harness import (
    SEED_HELP,
    ArticlesSite,
    CreditedStory,
    Publication,
    add_listing,
    blind_main,
    coded_handler,
    filler_paragraphs,
    loosely,
    newest_first_pages,
    page_query,
    story_slots,
    story_time,
    unseen_title,
)

TEMPLATES = ("table", "daily", "regional", "magazine")
PER_TEMPLATE = 10
PAGE_SIZE = 4


@dataclass(frozen=True)
class Lang(Publication):
    """A publication's language: its words, names, sections and printed forms."""

    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    agencies: tuple[str, ...]
    jobs: tuple[str, ...]
    guests: tuple[str, ...]
    places: tuple[str, ...]
    words: dict[str, str] = field(default_factory=dict)


DA = Lang(
    code="da",
    sites={"table": "Dagbladet Øresund", "daily": "Øresund.dk", "regional": "Øresund Lokalt",
           "magazine": "Øresund Debat"},
    sections={
        "table": (("INDLAND", "Indland"), ("UDLAND", "Udland"), ("ERHVERV", "Erhverv"), ("SPORT", "Sport")),
        "daily": (("indland", "Indland"), ("politik", "Politik"), ("kultur", "Kultur"), ("oekonomi", "Økonomi")),
        "regional": (("koebenhavn", "København"), ("nordsjaelland", "Nordsjælland"), ("amager", "Amager")),
        "magazine": (("kronik", "Kronik"), ("debatindlaeg", "Debatindlæg"), ("interview", "Interview"),
                     ("klummer", "Klummer")),
    },
    subjects=("Regeringen", "Folketinget", "Københavns Kommune", "DSB", "Region Hovedstaden", "Politiet",
              "Landsholdet", "Det Kgl. Teater", "Vejdirektoratet", "Forsvaret", "Novo Nordisk", "Skat",
              "Metroselskabet", "Rigshospitalet", "Dansk Folkeparti", "Fødevarestyrelsen"),
    predicates=("vil skære i ventetiderne", "får hård kritik for nye planer", "lukker afdelinger på Fyn",
                "melder om rekordår", "indkalder til hastemøde", "må udskyde byggeriet",
                "står over for en milliardregning", "dropper omstridt forslag", "åbner for flere tog",
                "vil have svar fra ministeren", "ansætter 300 nye medarbejdere", "bøjer sig efter protester"),
    fillers=(
        "Det oplyser en talsperson over for avisen.",
        "Sagen har i flere måneder delt vandene på Christiansborg.",
        "Ifølge eksperter kan beslutningen få store konsekvenser for borgerne.",
        "Oppositionen kræver nu, at ministeren stiller i samråd.",
        "Flere borgere har klaget over forholdene i løbet af foråret.",
        "Kommunen forventer at have en løsning klar inden sommerferien.",
        "Det er ikke første gang, at sagen får kritik.",
        "Tallene viser en stigning på næsten 12 procent i forhold til sidste år.",
        "Fagforeningen kalder udmeldingen for et skridt i den rigtige retning.",
        "Ingen af parterne ønsker at kommentere sagen yderligere.",
        "Beslutningen skal godkendes af et flertal i Folketinget.",
        "Der er endnu ikke sat en dato for, hvornår arbejdet går i gang.",
        "Borgmesteren glæder sig over, at der endelig er fundet en aftale.",
        "Det vil koste omkring 450 millioner kroner over fire år.",
    ),
    first=("Anne", "Mette", "Lars", "Søren", "Kirsten", "Jens", "Pia", "Mikkel", "Rasmus", "Line",
           "Jesper", "Camilla", "Henrik", "Ida", "Frederik", "Signe", "Mads", "Louise", "Anne Sofie",
           "Jens Christian", "Trine", "Asger"),
    last=("Hansen", "Nielsen", "Jensen", "Pedersen", "Andersen", "Christensen", "Larsen", "Sørensen",
          "Rasmussen", "Jørgensen", "Petersen", "Madsen", "Kristensen", "Olsen", "Thomsen", "Møller",
          "Kjær", "Lund", "Holm", "Bech-Nielsen", "Damgaard", "Østergaard", "Kragh", "Skovgaard"),
    months=("januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
            "oktober", "november", "december"),
    weekdays=("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag"),
    agencies=("Ritzau",),
    jobs=("journalist", "politisk redaktør", "erhvervsredaktør", "kulturredaktør", "korrespondent",
          "chefredaktør"),
    guests=("professor i statskundskab, Aarhus Universitet", "formand for Danske Gymnasieelever",
            "direktør i Dansk Erhverv", "overlæge, Rigshospitalet", "tidligere minister (V)",
            "lektor ved Københavns Universitet"),
    places=("København", "Hillerød", "Helsingør", "Kastrup", "Roskilde"),
    words={"and": "og", "by": "Af", "photo": "Foto", "updated": "Opdateret", "published": "Publiceret",
           "read_more": "Læs også", "share": "Del artikel", "ad": "ANNONCE", "front": "Forside",
           "news": "Nyheder", "next": "Næste side", "prev": "Forrige side", "more": "Vis flere",
           "tag": "Emne", "about": "Om Øresund", "contact": "Kontakt redaktionen", "subscribe": "Abonnement",
           "newsletter": "Tilmeld dig vores nyhedsbrev", "email": "Din e-mail", "signup": "Tilmeld",
           "cookie": "Vi bruger cookies for at give dig den bedste oplevelse. Accepter alle",
           "most_read": "Mest læste", "comments": "kommentarer", "listen": "Lyt til artiklen",
           "minutes": "min. læsetid", "debate": "Debat", "archive": "Arkiv", "interview": "Interview",
           "hours_ago": "for {n} timer siden", "contrib": "Med bidrag fra", "today": "I dag"},
)

RO = Lang(
    code="ro",
    sites={"table": "Ziarul Capitala", "daily": "Capitala.ro", "regional": "Capitala Știri",
           "magazine": "Capitala Weekend"},
    sections={
        "table": (("politica", "Politică"), ("economie", "Economie"), ("externe", "Externe"), ("sport", "Sport")),
        "daily": (("politica", "Politică"), ("social", "Social"), ("economie", "Economie"), ("cultura", "Cultură")),
        "regional": (("actualitate", "Actualitate"), ("bucuresti", "București"), ("sanatate", "Sănătate")),
        "magazine": (("opinii", "Opinii"), ("interviuri", "Interviuri"), ("reportaj", "Reportaj")),
    },
    subjects=("Guvernul", "Primăria Capitalei", "CFR Călători", "Ministerul Educației", "Banca Națională",
              "Parlamentul", "Poliția Română", "Spitalul Universitar", "Consiliul Județean Cluj",
              "Naționala de fotbal", "Teatrul Național", "Metrorex", "ANAF", "Curtea Constituțională",
              "Ministerul Sănătății", "Romsilva"),
    predicates=("anunță noi măsuri pentru pensionari", "amână din nou licitația", "cere explicații după scandal",
                "pregătește o reformă amplă", "primește critici dure", "deschide o anchetă",
                "taie bugetul pe anul viitor", "renunță la proiectul controversat", "angajează 300 de oameni",
                "introduce reguli noi de la 1 iulie", "se confruntă cu o criză de personal",
                "câștigă procesul cu statul"),
    fillers=(
        "Anunțul a fost făcut într-o conferință de presă.",
        "Decizia a stârnit reacții puternice din partea opoziției.",
        "Potrivit specialiștilor, măsura ar putea afecta mii de familii.",
        "Reprezentanții sindicatelor au anunțat că vor protesta.",
        "Situația nu este nouă, spun locuitorii din zonă.",
        "Autoritățile au promis o soluție până la sfârșitul lunii.",
        "Costul total al proiectului depășește 200 de milioane de lei.",
        "Datele oficiale arată o creștere de aproape 12 la sută față de anul trecut.",
        "Niciuna dintre părți nu a dorit să comenteze informațiile.",
        "Proiectul trebuie aprobat de Parlament în sesiunea de toamnă.",
        "Primarul a declarat că lucrările vor începe cât mai curând.",
        "Ministrul a fost chemat să dea explicații în fața comisiei.",
        "Mai mulți cetățeni au depus plângeri în ultimele luni.",
        "Nu este prima dată când instituția este criticată pentru întârzieri.",
    ),
    first=("Ion", "Andrei", "Maria", "Elena", "Mihai", "Ioana", "Alexandru", "Cristina", "Răzvan", "Oana",
           "Bogdan", "Andreea", "Ștefan", "Irina", "Vlad", "Alina", "Sorin", "Raluca", "Cătălin", "Iulia"),
    last=("Popescu", "Ionescu", "Popa", "Dumitrescu", "Stan", "Stoica", "Gheorghiu", "Munteanu",
          "Constantinescu", "Marinescu", "Țurcanu", "Neagu", "Dobre", "Bălan", "Moldovan", "Șerban",
          "Rădulescu", "Enache", "Vasilescu", "Lăzărescu"),
    months=("ianuarie", "februarie", "martie", "aprilie", "mai", "iunie", "iulie", "august", "septembrie",
            "octombrie", "noiembrie", "decembrie"),
    weekdays=("luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică"),
    agencies=("Agerpres", "Mediafax"),
    jobs=("corespondent Capitala la Cluj", "corespondent Capitala la Iași", "redactor-șef adjunct",
          "editor coordonator", "jurnalist"),
    guests=("profesor la Universitatea din București", "economist-șef al BNR", "fost ministru al Justiției",
            "medic primar, Spitalul Floreasca", "politolog", "președintele Asociației Părinților"),
    places=("București", "Cluj-Napoca", "Iași", "Timișoara", "Constanța"),
    words={"and": "și", "by": "de", "photo": "Foto", "updated": "Actualizat", "published": "Publicat",
           "read_more": "Citește și", "share": "Distribuie", "ad": "PUBLICITATE", "front": "Acasă",
           "news": "Știri", "next": "Pagina următoare", "prev": "Pagina anterioară", "more": "Mai multe",
           "tag": "Tag", "about": "Despre noi", "contact": "Contact redacție", "subscribe": "Abonamente",
           "newsletter": "Abonează-te la newsletter", "email": "Adresa de e-mail", "signup": "Abonează-mă",
           "cookie": "Acest site folosește cookie-uri. Sunt de acord",
           "most_read": "Cele mai citite", "comments": "comentarii", "listen": "Ascultă articolul",
           "minute": "min. de citit", "debate": "Opinii", "archive": "Arhivă", "interview": "Interviu",
           "hours_ago": "acum {n} ore", "contrib": "Cu informații de la", "today": "Azi"},
)


def is_da(lang: Lang) -> bool:
    return lang.code == "da"


@dataclass
class Article(CreditedStory):
    """A story: its style (0-3), photographer, job titles of its writers, path and tags."""

    style: int
    photographer: str
    jobs: list[str] = field(default_factory=list)
    updated: datetime | None = None
    path: str = ""
    tags: list[str] = field(default_factory=list)


# ---------------------------------------------------------------- printed forms


def offset(lang: Lang, d: datetime) -> timedelta:
    summer = 4 <= d.month <= 10
    return timedelta(hours=(2 if summer else 1) if is_da(lang) else (3 if summer else 2))


def iso_local(lang: Lang, d: datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}+{int(offset(lang, d).total_seconds() // 3600):02d}:00"


def iso_utc(lang: Lang, d: datetime) -> str:
    return f"{d - offset(lang, d):%Y-%m-%dT%H:%M:%SZ}"


def long_day(lang: Lang, d: datetime) -> str:
    """"16. maj 2024" (Danish), "16 mai 2024" (Romanian)."""
    month = lang.months[d.month - 1]
    return f"{d.day}. {month} {d.year}" if is_da(lang) else f"{d.day} {month} {d.year}"


def clock(lang: Lang, d: datetime) -> str:
    """"kl. 10.30" (Danish), "10:30" (Romanian)."""
    return f"kl. {d:%H.%M}" if is_da(lang) else f"{d:%H:%M}"


def weekday_day(lang: Lang, d: datetime) -> str:
    """"Søndag 16. maj 2004" (Danish), "Luni, 16 mai 2004" (Romanian)."""
    name = lang.weekdays[d.weekday()].capitalize()
    return f"{name} {long_day(lang, d)}" if is_da(lang) else f"{name}, {long_day(lang, d)}"


def numeric(lang: Lang, d: datetime) -> str:
    """"16.05.2024 kl. 10:30" (Danish), "16.05.2024, 10:30" (Romanian)."""
    return f"{d:%d.%m.%Y} kl. {d:%H:%M}" if is_da(lang) else f"{d:%d.%m.%Y}, {d:%H:%M}"


def cedilla(text: str) -> str:
    """Romanian as the old code pages wrote it: ş and ţ with a cedilla, not a comma."""
    return text.translate(str.maketrans("șțȘȚ", "şţŞŢ"))


def fold(text: str) -> str:
    bare = unicodedata.normalize("NFD", text.replace("ø", "oe").replace("æ", "ae").replace("å", "aa")
                                 .replace("Ø", "Oe").replace("Æ", "Ae").replace("Å", "Aa"))
    return "".join(c for c in bare if not unicodedata.combining(c))


def slug(text: str) -> str:
    return "-".join("".join(c if c.isalnum() else " " for c in fold(text).lower()).split())


def join_names(lang: Lang, names: list[str]) -> str:
    if len(names) < 2:
        return "".join(names)
    return f"{', '.join(names[:-1])} {lang.words['and']} {names[-1]}"


def pages_of(items: list[Article]) -> list[list[Article]]:
    return newest_first_pages(items, PAGE_SIZE)


# ---------------------------------------------------------------- the stories


def _other_day(lang: Lang, rng: random.Random, when: datetime) -> str:
    d = when - timedelta(days=rng.randint(40, 400))
    if is_da(lang):
        return f"Allerede den {d.day}. {lang.months[d.month - 1]} {d.year} blev sagen drøftet i udvalget."
    return f"Încă din {d.day} {lang.months[d.month - 1]} {d.year}, subiectul a fost discutat în comisie."


def _quote(lang: Lang, rng: random.Random) -> str:
    """A paragraph quoting a named source (a person in the text who is no author)."""
    who, job = _people(lang, rng, 1)[0], rng.choice(lang.guests)
    if is_da(lang):
        return f"- Vi tager kritikken meget alvorligt, siger {who}, {job}."
    return f"„Vom lua toate măsurile necesare”, a declarat {who}, {job}."


def _people(lang: Lang, rng: random.Random, count: int) -> list[str]:
    names: list[str] = []
    while len(names) < count:
        name = f"{rng.choice(lang.first)} {rng.choice(lang.last)}"
        if name not in names:
            names.append(name)
    return names


#: Per template and style: how many people write it, and whether an agency is credited
#: (alone, where nobody is named).
BYLINES = {
    "table": ((1, False), (2, False), (0, True), (1, False)),
    "daily": ((1, False), (2, False), (1, True), (0, True)),
    "regional": ((1, False), (2, True), (1, False), (1, False)),
    "magazine": ((1, False), (2, False), (1, False), (1, False)),
}

#: The magazine's section per style: a guest's essay, two guests' letter, an interview, a column.
MAGAZINE = {"da": (("kronik", "Kronik"), ("debatindlaeg", "Debatindlæg"), ("interview", "Interview"),
                   ("klummer", "Klummer")),
            "ro": (("opinii", "Opinii"), ("opinii", "Opinii"), ("interviuri", "Interviuri"),
                   ("reportaj", "Reportaj"))}


def _story(lang: Lang, rng: random.Random, slot: tuple[str, int, int], ident: int, seen: set[str]) -> Article:
    template, number, style = slot
    count, agency = BYLINES[template][style]
    people = _people(lang, rng, count)
    credit = rng.choice(lang.agencies) if agency else None
    year = 2004 if template == "table" else 2024
    when = story_time(rng, year, late=number % 5 == 2)
    section = MAGAZINE[lang.code][style] if template == "magazine" else rng.choice(lang.sections[template])
    if template == "table" and agency and not is_da(lang):
        credit = "Mediafax"
    title = unseen_title(rng, lang.subjects, lang.predicates, seen)
    paras = filler_paragraphs(rng, lang.fillers, partial(_other_day, lang, rng, when))
    paras.insert(2, _quote(lang, rng))
    updated = when + timedelta(days=1, hours=rng.randint(1, 5)) if number % 3 == 0 else None
    article = Article(template, number, ident, section, title, paras, people, credit, when, style,
                      " ".join(_people(lang, rng, 1)), [rng.choice(lang.jobs) for _ in people], updated)
    article.tags = rng.sample(lang.subjects, 2)
    if template == "table" and not is_da(lang):
        article.title, article.people = cedilla(article.title), [cedilla(p) for p in article.people]
        article.section = (article.section[0], cedilla(article.section[1]))
    return article


def make_articles(lang: Lang, rng: random.Random) -> list[Article]:
    seen: set[str] = set()
    arts = [_story(lang, rng, slot, 4051600 + 37 * n + rng.randint(0, 30), seen)
            for n, slot in enumerate(story_slots(rng, TEMPLATES, PER_TEMPLATE))]
    for a in arts:
        a.path = _path(lang, a)
    return arts


def _path(lang: Lang, a: Article) -> str:
    d, sec, s = a.when, a.section[0], slug(a.title)
    if a.template == "table":
        if is_da(lang):
            return (f"/apps/pbcs.dll/artikel?Avis=DO&Dato={d:%Y%m%d}&Kategori={sec}"
                    f"&Lopenr={d:%y%m%d}{a.number:03d}&Ref=AR")
        return f"/arhiva/{d:%Y}/{d:%m}/{d:%d}/articol.php?id={a.ident}"
    if a.template == "daily":
        if is_da(lang):
            return f"/{sec}/art{a.ident + 5000000}/{s.capitalize()}"
        return f"/stiri-interne/{sec}/{s}_{a.ident:x}{a.number:02d}ab12.html"
    if a.template == "regional":
        if is_da(lang):
            return f"/lokalt/{sec}/artikel/{a.ident}"
        return f"/stiri/{sec}/{a.ident}-{s}.htm"
    if is_da(lang):
        return f"/debat/{sec}/ECE{a.ident + 11000000}/{s}/"
    return f"/opinii/{sec}/{s}-{a.ident}"


# ---------------------------------------------------------------- shared page parts


def paginate(pages: dict[str, str], prefix: str, items: list[Article],
             render: Callable[[list[Article], str | None], str], name_of: Callable[[int], str]) -> None:
    add_listing(pages, prefix, pages_of(items), render, name_of)


def card_byline(lang: Lang, a: Article) -> str:
    return join_names(lang, a.people) or (a.credit or "")


def related(lang: Lang, others: list[Article], heading: str, klass: str) -> str:
    """A related-story box: other stories' titles, bylines and days."""
    items = "".join(f'<li><a href="{o.path}">{escape(o.title)}</a> <span class="meta">'
                    f'{escape(card_byline(lang, o))} · {long_day(lang, o.when)}</span></li>' for o in others[:3])
    return f'<aside class="{klass}"><h3>{heading}</h3><ul>{items}</ul></aside>'


def newsletter_box(lang: Lang) -> str:
    w = lang.words
    return (f'<div class="newsletter-signup"><h4>{w["newsletter"]}</h4><form action="/nyhedsbrev">'
            f'<input type="email" placeholder="{w["email"]}"><button>{w["signup"]}</button></form></div>')


def ad_slot(lang: Lang, n: int) -> str:
    return f'<div class="ad ad-{n}"><span class="ad-label">{lang.words["ad"]}</span><div id="div-gpt-ad-{n}"></div></div>'


def share_bar(lang: Lang) -> str:
    return (f'<div class="share"><span>{lang.words["share"]}</span> <a href="https://www.facebook.com/sharer">'
            f'Facebook</a> <a href="https://twitter.com/intent/tweet">X</a> <a href="mailto:?">E-mail</a></div>')


def cookie_banner(lang: Lang) -> str:
    return f'<div id="cookie-consent" class="cmp"><p>{lang.words["cookie"]}</p></div>'


def others_of(a: Article, arts: list[Article]) -> list[Article]:
    rest = [o for o in arts if o is not a]
    return rest[a.number % max(1, len(rest)):] + rest[:a.number % max(1, len(rest))]


# ---------------------------------------------------------------- table: the old paper (2004)


def table_list_path(lang: Lang, sec: str, page: int = 0) -> str:
    if is_da(lang):
        return f"/apps/pbcs.dll/section?Category={sec}" + (f"&Side={page + 1}" if page else "")
    return f"/arhiva/rubrica.php?r={sec}" + (f"&pag={page + 1}" if page else "")


def table_root(lang: Lang) -> str:
    return "/apps/pbcs.dll/frontpage" if is_da(lang) else "/arhiva/index.php"


def table_statics_paths(lang: Lang) -> dict[str, str]:
    if is_da(lang):
        return {"about": "/info/om_avisen.html", "contact": "/info/kontakt.html", "subscribe": "/info/abonnement.html"}
    return {"about": "/arhiva/despre.php", "contact": "/arhiva/contact.php", "subscribe": "/arhiva/abonamente.php"}


def table_text(lang: Lang, text: str) -> str:
    return escape(text if is_da(lang) else cedilla(text))


def table_frame(lang: Lang, title: str, inner: str) -> str:
    """The old paper's page: a logo row, a menu column, the content cell and an ad column."""
    charset = "iso-8859-1" if is_da(lang) else "windows-1250"
    menu = "".join(f'<a href="{escape(table_list_path(lang, s))}"><font face="Verdana" size="1" color="#FFFFFF">'
                   f'<b>{table_text(lang, n.upper())}</b></font></a><br>' for s, n in lang.sections["table"])
    statics = table_statics_paths(lang)
    menu += "".join(f'<a href="{statics[k]}"><font size="1" color="#FFFFFF">{table_text(lang, lang.words[k])}'
                    f'</font></a><br>' for k in ("about", "contact", "subscribe"))
    name = table_text(lang, lang.sites["table"])
    return (f'<HTML><HEAD><META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset={charset}">'
            f'<TITLE>{table_text(lang, title)}</TITLE></HEAD>'
            f'<BODY BGCOLOR="#FFFFFF" TOPMARGIN="0" LEFTMARGIN="0"><TABLE WIDTH="770" BORDER="0" CELLPADDING="0">'
            f'<TR><TD COLSPAN="3" BGCOLOR="#003366"><a href="{table_root(lang)}"><IMG SRC="/gfx/logo.gif" ALT="{name}" '
            f'WIDTH="300" HEIGHT="60" BORDER="0"></a><font color="#FFFFFF" size="1">{name}</font></TD></TR>'
            f'<TR><TD WIDTH="130" VALIGN="top" BGCOLOR="#336699">{menu}</TD>'
            f'<TD WIDTH="500" VALIGN="top"><TABLE CELLPADDING="6"><TR><TD>{inner}</TD></TR></TABLE></TD>'
            f'<TD WIDTH="140" VALIGN="top"><IMG SRC="/annoncer/banner_120x600.gif" WIDTH="120" HEIGHT="600"></TD></TR>'
            f'<TR><TD COLSPAN="3" ALIGN="center"><font size="1">&copy; {name} 2004</font></TD></TR>'
            f'</TABLE></BODY></HTML>')


def table_byline(lang: Lang, a: Article) -> tuple[str, str]:
    """The old byline above the text and the signature below it."""
    people = [table_text(lang, p) for p in a.people]
    if is_da(lang):
        if a.style == 0:
            return f'<font size="2"><b>Af {people[0]}</b></font><br>', ""
        if a.style == 1:
            return f'<font size="2"><b>Af {people[0]} og {people[1]}</b></font><br>', ""
        if a.style == 3:
            return f'<font size="2">Af <b>{people[0].upper()}</b></font><br>', ""
        return "", "<br><br>/ritzau/"
    if a.style == 0:
        return f'<font size="2">de <b>{people[0]}</b></font><br>', ""
    if a.style == 1:
        return f'<font size="2"><b>{people[0]}, {people[1]}</b></font><br>', ""
    if a.style == 3:
        place = table_text(lang, lang.places[a.number % len(lang.places)])
        return "", f'<br><br><div align="right"><b><i>{people[0]}, {place}</i></b></div>'
    return "", ""


def table_dates(lang: Lang, a: Article) -> str:
    if a.number % 2 and a.updated is not None:
        return (f'<font size="1" color="#666666">{lang.words["published"]} {numeric(lang, a.when)} | '
                f'{lang.words["updated"]} {numeric(lang, a.updated)}</font><br>')
    day = weekday_day(lang, a.when)
    if not is_da(lang):
        day = day.replace(lang.months[a.when.month - 1], lang.months[a.when.month - 1].capitalize())
    return f'<font size="1" color="#666666">{table_text(lang, day)}</font><br>'


def table_paras(lang: Lang, a: Article) -> str:
    paras = [table_text(lang, p) for p in a.paras]
    if a.credit and not is_da(lang):
        place = "BUCUREŞTI"
        paras[0] = f"<b>{place}</b> ({a.credit}) - {paras[0]}"
    return "<br><br>".join(paras)


def table_article(lang: Lang, a: Article, others: list[Article]) -> str:
    top, bottom = table_byline(lang, a)
    photo = ""
    if a.number % 3 == 1:
        photo = (f'<IMG SRC="/billeder/{a.ident}.jpg" WIDTH="240" HEIGHT="160" ALIGN="right"><br>'
                 f'<font size="1"><i>{lang.words["photo"]}: {table_text(lang, a.photographer)}</i></font><br>')
    sec = a.section[1].upper() if is_da(lang) else a.section[1]
    crumbs = f'<font size="1" color="#990000"><b>{table_text(lang, sec)}</b></font><br>'
    if not is_da(lang):
        crumbs = (f'<font size="1"><a href="{table_root(lang)}">Prima pagină</a> &raquo; '
                  f'<a href="{escape(table_list_path(lang, a.section[0]))}">{table_text(lang, a.section[1])}</a>'
                  f'</font><br>')
    links = "".join(f'<li><a href="{escape(o.path)}"><font size="2">{table_text(lang, o.title)}</font></a>'
                    for o in others[:3])
    more = "Relaterede artikler" if is_da(lang) else "Alte articole din aceeaşi rubrică"
    tools = ("Send til en ven | Udskriv artikel" if is_da(lang) else "Trimite unui prieten | Versiune printabilă")
    inner = (f'{crumbs}{table_dates(lang, a)}<font face="Georgia" size="5"><b>{table_text(lang, a.title)}</b>'
             f'</font><br><br>{photo}{top}<font face="Verdana" size="2">{table_paras(lang, a)}{bottom}</font>'
             f'<br><br><font size="1">{tools}</font><br><hr size="1"><font size="2"><b>{more}</b></font>'
             f'<ul>{links}</ul>')
    return table_frame(lang, f"{lang.sites['table']} - {a.section[1]}", inner)


def table_list(lang: Lang, title: str, items: list[Article], more: str | None) -> str:
    rows = "".join(f'<TR><TD><font size="1">{long_day(lang, o.when)}</font><br><a href="{escape(o.path)}">'
                   f'<font size="3"><b>{table_text(lang, o.title)}</b></font></a><br><font size="2">'
                   f'{table_text(lang, o.paras[0][:90])}...</font></TD></TR>' for o in items)
    nxt = f'<a href="{escape(more)}">{lang.words["next"]} &gt;&gt;</a>' if more else ""
    return table_frame(lang, f"{lang.sites['table']} - {title}",
                       f'<font size="4"><b>{table_text(lang, title)}</b></font><TABLE>{rows}</TABLE>{nxt}')


def table_static(lang: Lang, title: str, paras: list[str]) -> str:
    body = "<br><br>".join(table_text(lang, p) for p in paras)
    return table_frame(lang, title, f'<font size="4"><b>{table_text(lang, title)}</b></font><br><br>'
                                    f'<font size="2">{body}</font>')


def table_statics(lang: Lang) -> dict[str, str]:
    paths = table_statics_paths(lang)
    if is_da(lang):
        texts = {"about": ["Dagbladet Øresund udkommer hver dag fra redaktionen i Pilestræde i København.",
                           "Ansvarshavende chefredaktør: Kirsten Holm. Redaktionschef: Jens Kragh."],
                 "contact": ["Redaktionen: Pilestræde 34, 1147 København K. Telefon 33 75 75 75.",
                             "Skriv til os på redaktion@oeresund.dk. Nyhedstips modtages døgnet rundt."],
                 "subscribe": ["Få Dagbladet Øresund leveret hver morgen. Hverdagsabonnement fra 249 kr. om måneden.",
                               "Ring til kundeservice på 33 75 75 00 mandag-fredag kl. 7-17."]}
    else:
        texts = {"about": ["Ziarul Capitala apare zilnic din 1990. Redacţia se află în Piaţa Presei Libere nr. 1.",
                           "Director: Mihai Dobre. Redactor-şef: Elena Stan."],
                 "contact": ["Telefon redacţie: 021 224 00 00. Fax: 021 224 00 01.",
                             "E-mail: redactia@capitala.ro. Publicitate: 021 224 00 05."],
                 "subscribe": ["Abonamentele se fac la oficiile poştale sau la sediul redacţiei.",
                               "Preţ abonament lunar: 90.000 lei. Trimestrial: 260.000 lei."]}
    return {paths[k]: table_static(lang, lang.words[k], texts[k]) for k in paths}


def table_pages(lang: Lang, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: table_article(lang, a, others_of(a, arts)) for a in arts}
    root = table_root(lang)
    groups = [(root, lang.sites["table"], arts)]
    groups += [(table_list_path(lang, s), n, [a for a in arts if a.section[0] == s]) for s, n in lang.sections["table"]]
    for prefix, title, items in groups:
        if prefix == root:
            name_of = partial(page_query, root, query="?Side=" if is_da(lang) else "?pag=")
        else:
            name_of = partial(lambda sec, k: table_list_path(lang, sec, k), prefix.split("=")[1])
        paginate(pages, prefix, items, partial(table_list, lang, title), name_of)
    pages.update(table_statics(lang))
    return pages, root


# ---------------------------------------------------------------- daily: the national daily's site


def author_path(lang: Lang, name: str) -> str:
    return f"/profil/{slug(name)}" if is_da(lang) else f"/autor/{slug(name)}"


def tag_path(lang: Lang, tag: str) -> str:
    return f"/emne/{slug(tag)}" if is_da(lang) else f"/tag/{slug(tag)}"


def daily_section_path(lang: Lang, sec: str) -> str:
    return f"/{sec}/" if is_da(lang) else f"/stiri-interne/{sec}/"


def modern_head(lang: Lang, base: str, a: Article, site: str, extra: str = "") -> str:
    return (f'<head><meta charset="utf-8"><title>{escape(a.title)} | {site}</title>'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<link rel="canonical" href="{base}{escape(a.path)}">'
            f'<meta property="og:site_name" content="{site}"><meta property="og:type" content="article">'
            f'<meta property="og:image" content="{base}/img/{a.ident}.jpg">{extra}</head>')


def daily_ld(lang: Lang, base: str, a: Article) -> str:
    """JSON-LD on even stories: the time in UTC, only the first writer (the site itself for a wire story)."""
    if a.number % 2:
        return ""
    site = lang.sites["daily"]
    author = ({"@type": "Person", "name": a.people[0]} if a.people
              else {"@type": "Organization", "name": site})
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
            "datePublished": iso_utc(lang, a.when), "author": author,
            "publisher": {"@type": "Organization", "name": site}, "mainEntityOfPage": base + a.path}
    if a.updated:
        data["dateModified"] = iso_utc(lang, a.updated)
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'


def daily_byline(lang: Lang, a: Article) -> str:
    """Writers linked with their job titles (Danish), "de X, Y" (Romanian); a wire story's agency."""
    links = [f'<a class="author-name" href="{author_path(lang, p)}">{escape(p)}</a>' for p in a.people]
    if is_da(lang):
        if a.style == 2:
            return f'<div class="byline">Af {links[0]}, {a.credit}</div>'
        if not a.people:
            return f'<div class="byline"><span class="author-name">{a.credit}</span></div>'
        cards = "".join(f'<div class="author">{link}<span class="author-title">{job.capitalize()}</span></div>'
                        for link, job in zip(links, a.jobs, strict=True))
        return f'<div class="byline">{cards}</div>'
    if a.style == 2:
        return f'<div class="author-box">{links[0]}, <span class="role">{escape(a.jobs[0])}</span></div>'
    if not a.people:
        return '<div class="author-box">de <span class="author">Redacția</span></div>'
    return f'<div class="author-box">de {", ".join(links)}</div>'


def daily_dates(lang: Lang, a: Article) -> str:
    w = lang.words
    if is_da(lang) and a.number % 4 == 3:
        shown = f"{w['today']} {clock(lang, a.when)}"
    else:
        shown = f"{long_day(lang, a.when)}{' ' if is_da(lang) else ', '}{clock(lang, a.when)}"
    text = f'<time datetime="{iso_local(lang, a.when)}">{shown}</time>'
    if a.updated:
        hours = a.updated.hour % 5 + 1
        text += f' <span class="updated">{w["updated"]} {w["hours_ago"].format(n=hours)}</span>'
    return f'<div class="dateline">{text}</div>'


def daily_inline_link(lang: Lang, o: Article) -> str:
    if is_da(lang):
        return f'<p class="read-also"><strong>Læs også:</strong> <a href="{o.path}">{escape(o.title)}</a></p>'
    return f'<p><strong>CITEȘTE ȘI:</strong> <a href="{o.path}">{escape(o.title)}</a></p>'


def daily_body(lang: Lang, a: Article, others: list[Article]) -> str:
    paras = [f"<p>{escape(p)}</p>" for p in a.paras[1:]]
    paras.insert(1, ad_slot(lang, 2))
    paras.insert(3, daily_inline_link(lang, others[0]))
    paras.insert(5, newsletter_box(lang))
    if a.credit and not is_da(lang):
        paras.append(f"<p>Sursa: {a.credit}</p>" if not a.people
                     else f"<p><em>{lang.words['contrib']} {a.credit}</em></p>")
    if a.credit and is_da(lang) and not a.people:
        paras.append("<p>/ritzau/</p>")
    return "".join(paras)


def daily_top(lang: Lang, a: Article) -> str:
    sec, name = a.section
    href = daily_section_path(lang, sec)
    if a.number % 2:
        return f'<a class="kicker" href="{href}">{escape(name)}</a>'
    crumbs = [f'<a href="/">{lang.words["front"]}</a>']
    if not is_da(lang):
        crumbs.append('<a href="/stiri-interne/">Știri interne</a>')
    crumbs.append(f'<a href="{href}">{escape(name)}</a>')
    return f'<nav class="breadcrumb" aria-label="breadcrumb">{" / ".join(crumbs)}</nav>'


def daily_figure(lang: Lang, a: Article) -> str:
    caption = escape(a.paras[0].split(".")[0]) + "."
    credit = (f"{lang.words['photo']}: {escape(a.photographer)}" if is_da(lang)
              else f"FOTO Inquam Photos / {escape(a.photographer)}")
    return (f'<figure class="lead-image"><img src="/img/{a.ident}.jpg" alt=""><figcaption>{caption} '
            f'<span class="credit">{credit}</span></figcaption></figure>')


def site_nav(lang: Lang, template: str, section_path: Callable[[Lang, str], str]) -> str:
    links = "".join(f'<a href="{section_path(lang, s)}">{escape(n)}</a>' for s, n in lang.sections[template])
    return (f'<header class="site-header"><a class="logo" href="/">{escape(lang.sites[template])}</a>'
            f'<nav class="main-nav">{links}</nav></header>')


def daily_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    extra = (f'<meta property="og:title" content="{escape(a.title)}">'
             f'<meta property="article:section" content="{lang.words["news"].lower()}">{daily_ld(lang, base, a)}')
    w = lang.words
    tags = " ".join(f'<a href="{tag_path(lang, t)}">{escape(t)}</a>' for t in a.tags)
    return (f'<!DOCTYPE html><html lang="{lang.code}">{modern_head(lang, base, a, lang.sites["daily"], extra)}<body>'
            f'{cookie_banner(lang)}{site_nav(lang, "daily", daily_section_path)}{ad_slot(lang, 1)}<main>'
            f'<article class="article">{daily_top(lang, a)}<h1 class="headline">{escape(a.title)}</h1>'
            f'<p class="summary">{escape(a.paras[0])}</p>{daily_figure(lang, a)}<div class="meta">'
            f'{daily_byline(lang, a)}{daily_dates(lang, a)}<button class="listen">{w["listen"]}</button></div>'
            f'{share_bar(lang)}<div class="article-body">{daily_body(lang, a, others)}</div>'
            f'<div class="tags">{w["tag"]}: {tags}</div>{share_bar(lang)}</article>'
            f'{related(lang, others[1:], w["read_more"], "related")}'
            f'{related(lang, others[4:], w["most_read"], "most-read")}</main>{modern_footer(lang, "daily")}</body></html>')


def modern_footer(lang: Lang, template: str) -> str:
    if is_da(lang):
        who = "Ansvarshavende chefredaktør: Kirsten Holm · Redaktionschef: Jens Kragh"
        links = '<a href="/om-os">Om Øresund</a> <a href="/kontakt">Kontakt</a> <a href="/abonnement">Abonnement</a>'
    else:
        who = "Director editorial: Mihai Dobre · Redactor-șef: Elena Stan"
        links = '<a href="/despre-noi">Despre noi</a> <a href="/contact">Contact</a> <a href="/abonamente">Abonamente</a>'
    return f'<footer><p>{escape(lang.sites[template])} © 2024 · {who}</p><p>{links}</p></footer>'


def card(lang: Lang, o: Article) -> str:
    return (f'<article class="card"><a href="{o.path}"><h2>{escape(o.title)}</h2></a><p class="card-meta">'
            f'{escape(card_byline(lang, o))} · {long_day(lang, o.when)}</p></article>')


def modern_list(lang: Lang, template: str, section_path: Callable[[Lang, str], str], title: str,
                items: list[Article], more: str | None) -> str:
    cards = "".join(card(lang, o) for o in items)
    nxt = f'<a class="pagination-next" rel="next" href="{more}">{lang.words["next"]}</a>' if more else ""
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} | '
            f'{escape(lang.sites[template])}</title></head><body>{cookie_banner(lang)}'
            f'{site_nav(lang, template, section_path)}<main><h1>{escape(title)}</h1>'
            f'<div class="list">{cards}</div>{nxt}</main>{newsletter_box(lang)}{modern_footer(lang, template)}</body></html>')


def modern_static(lang: Lang, template: str, section_path: Callable[[Lang, str], str], title: str,
                  paras: list[str]) -> str:
    body = "".join(f"<p>{escape(p)}</p>" for p in paras)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{escape(title)} | '
            f'{escape(lang.sites[template])}</title></head><body>{site_nav(lang, template, section_path)}'
            f'<main><h1>{escape(title)}</h1>{body}</main>{modern_footer(lang, template)}</body></html>')


def modern_statics(lang: Lang) -> dict[str, str]:
    nav = partial(modern_static, lang, "daily", daily_section_path)
    if is_da(lang):
        return {"/om-os": nav("Om Øresund", [
                    "Øresund.dk er Dagbladet Øresunds nyhedssite. Vi har skrevet om København og Danmark siden 1884.",
                    "Redaktionen ledes af chefredaktør Kirsten Holm. Vi følger pressenævnets regler."]),
                "/kontakt": nav("Kontakt redaktionen", [
                    "Har du et tip? Skriv til tip@oeresund.dk eller ring på 33 75 75 75.",
                    "Redaktionen, Pilestræde 34, 1147 København K. Telefonen er åben hverdage kl. 8-16."]),
                "/abonnement": nav("Abonnement", [
                    "Få adgang til alle artikler for 1 kr. den første måned. Derefter 199 kr. om måneden.",
                    "Du kan opsige dit abonnement når som helst. Læs vores handelsbetingelser."])}
    return {"/despre-noi": nav("Despre noi", [
                "Capitala.ro este site-ul cotidianului Capitala, publicat la București din 1990.",
                "Echipa editorială este condusă de Elena Stan. Respectăm Codul deontologic al jurnalistului."]),
            "/contact": nav("Contact", [
                "Redacția: Piața Presei Libere nr. 1, sector 1, București. Telefon: 021 224 00 00.",
                "Pentru sesizări scrieți-ne la redactia@capitala.ro. Programul este de luni până vineri, 9-17."]),
            "/abonamente": nav("Abonamente", [
                "Abonamentul digital costă 19 lei pe lună. Prima lună este gratuită.",
                "Vă puteți dezabona oricând din contul dumneavoastră."])}


def people_pages(lang: Lang, template: str, section_path: Callable[[Lang, str], str], arts: list[Article],
                 path_of: Callable[[Lang, str], str], names: Callable[[Article], list[str]]) -> dict[str, str]:
    """An archive page per writer (or tag) of ``arts``, listing their stories."""
    by: dict[str, list[Article]] = {}
    for a in arts:
        for name in names(a):
            by.setdefault(name, []).append(a)
    return {path_of(lang, name): modern_list(lang, template, section_path, name, items[:PAGE_SIZE], None)
            for name, items in by.items()}


def daily_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: daily_article(lang, base, a, others_of(a, arts)) for a in arts}
    root = "/nyheder/" if is_da(lang) else "/stiri-interne/"
    render = partial(modern_list, lang, "daily", daily_section_path)
    groups = [(root, lang.words["news"], arts)]
    groups += [(daily_section_path(lang, s), n, [a for a in arts if a.section[0] == s]) for s, n in lang.sections["daily"]]
    for prefix, title, items in groups:
        paginate(pages, prefix, items, partial(render, title), partial(page_query, prefix))
    pages.update(people_pages(lang, "daily", daily_section_path, arts, tag_path, lambda a: a.tags))
    pages.update(modern_statics(lang))
    return pages, root


# ---------------------------------------------------------------- regional: the local edition / news portal


def regional_section_path(lang: Lang, sec: str) -> str:
    return f"/lokalt/{sec}/" if is_da(lang) else f"/stiri/{sec}/"


def initials(name: str) -> str:
    parts = fold(name).lower().replace("-", " ").split()
    return (parts[0][0] + parts[-1][:2]) if len(parts) > 1 else parts[0][:3]


def regional_byline(lang: Lang, a: Article) -> str:
    """Danish: "Af X, xyz@oeresund.dk", "Tekst: X · Foto: Y", "Af X (tekst) og Y (foto)"; Romanian:
    "Autor: X", "Autori: X, Y", "de X | Foto: Y"."""
    p, w = [escape(n) for n in a.people], lang.words
    if is_da(lang):
        if a.style == 0:
            return f'<p class="byline">Af {p[0]}, <a href="mailto:{initials(a.people[0])}@oeresund.dk">' \
                   f'{initials(a.people[0])}@oeresund.dk</a></p>'
        if a.style == 1:
            return f'<p class="byline">Af {p[0]} og {p[1]}</p>'
        if a.style == 2:
            return f'<p class="byline">Tekst: {p[0]} · {w["photo"]}: {escape(a.photographer)}</p>'
        return f'<p class="byline">Af {p[0]} (tekst) og {escape(a.photographer)} (foto)</p>'
    if a.style == 0:
        return f'<div class="autor">Autor: <a href="{author_path(lang, a.people[0])}">{p[0]}</a></div>'
    if a.style == 1:
        return f'<div class="autor">Autori: {p[0]}, {p[1]}</div>'
    if a.style == 2:
        return f'<div class="autor">de <strong>{p[0]}</strong> | {w["photo"]}: {escape(a.photographer)}</div>'
    return f'<div class="autor"><a href="{author_path(lang, a.people[0])}">{p[0]}</a></div>'


def regional_dates(lang: Lang, a: Article) -> str:
    """The update stamp first on updated stories (Danish); "Publicat: Luni, 16 mai 2024, 10:30" (Romanian);
    only "acum 3 ore" with the time in an attribute on a fourth of the Romanian stories."""
    w = lang.words
    if is_da(lang):
        text = f'{w["published"]} {numeric(lang, a.when)}'
        if a.updated:
            text = f'{w["updated"]} {numeric(lang, a.updated)} · ' + text
        return f'<p class="dates">{text}</p>'
    if a.style == 3:
        return (f'<time class="ago" datetime="{iso_local(lang, a.when)}">'
                f'{w["hours_ago"].format(n=a.when.hour % 9 + 2)}</time>')
    text = f'{w["published"]}: {weekday_day(lang, a.when)}, {clock(lang, a.when)}'
    if a.updated:
        text += f' | Ultima actualizare: {numeric(lang, a.updated)}'
    return f'<div class="date">{text}</div>'


def regional_head(lang: Lang, base: str, a: Article) -> str:
    """The UTC publication time in ``article:published_time``; JSON-LD naming the site as author on odd Romanian stories."""
    extra = (f'<meta property="og:title" content="{escape(a.title)}">'
             f'<meta property="article:published_time" content="{iso_utc(lang, a.when)}">')
    if not is_da(lang):
        author = ([{"@type": "Person", "name": p} for p in a.people] if a.number % 2 == 0
                  else {"@type": "Organization", "name": lang.sites["regional"]})
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "datePublished": iso_local(lang, a.when), "author": author}
        extra += f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'
    return modern_head(lang, base, a, lang.sites["regional"], extra)


def regional_body(lang: Lang, a: Article, others: list[Article]) -> str:
    paras = [f"<p>{escape(p)}</p>" for p in a.paras]
    paras.insert(2, ad_slot(lang, 3))
    paras.insert(4, related(lang, others[:2], lang.words["read_more"], "inline-related"))
    if a.credit:
        paras.append(f"<p><em>{lang.words['contrib']} {a.credit}.</em></p>")
    return "".join(paras)


def regional_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    sec, name = a.section
    crumb_root = ('<a href="/lokalt/">Lokalt</a>' if is_da(lang) else f'<a href="/">{lang.words["front"]}</a>')
    crumbs = (f'<ol class="breadcrumbs"><li>{crumb_root}</li><li><a href="{regional_section_path(lang, sec)}">'
              f'{escape(name)}</a></li></ol>')
    return (f'<!DOCTYPE html><html lang="{lang.code}">{regional_head(lang, base, a)}<body>{cookie_banner(lang)}'
            f'{site_nav(lang, "regional", regional_section_path)}<div class="container">{crumbs}<article>'
            f'<h1>{escape(a.title)}</h1>{regional_byline(lang, a)}{regional_dates(lang, a)}'
            f'<img src="/img/{a.ident}.jpg" alt="">{share_bar(lang)}<div class="content">'
            f'{regional_body(lang, a, others)}</div><div class="comments">12 {lang.words["comments"]}</div></article>'
            f'<aside class="sidebar">{related(lang, others[2:], lang.words["most_read"], "most-read")}'
            f'{newsletter_box(lang)}{ad_slot(lang, 4)}</aside></div>{modern_footer(lang, "regional")}</body></html>')


def regional_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: regional_article(lang, base, a, others_of(a, arts)) for a in arts}
    root = "/lokalt/" if is_da(lang) else "/stiri/"
    render = partial(modern_list, lang, "regional", regional_section_path)
    groups = [(root, lang.sites["regional"], arts)]
    groups += [(regional_section_path(lang, s), n, [a for a in arts if a.section[0] == s])
               for s, n in lang.sections["regional"]]
    for prefix, title, items in groups:
        paginate(pages, prefix, items, partial(render, title), partial(page_query, prefix))
    return pages, root


# ---------------------------------------------------------------- magazine: debate and weekend pieces


def magazine_section_path(lang: Lang, sec: str) -> str:
    return f"/debat/{sec}/" if is_da(lang) else f"/opinii/{sec}/"


def magazine_byline(lang: Lang, a: Article) -> str:
    """A guest's essay, two guests' letter, an interview, a column, as each language prints them."""
    p, jobs, photo = [escape(n) for n in a.people], [escape(j) for j in a.jobs], escape(a.photographer)
    guests = [escape(lang.guests[(a.ident + k) % len(lang.guests)]) for k in range(2)]
    if is_da(lang):
        if a.style == 0:
            return f'<p class="byline">Kronik af {p[0]}, {guests[0]}</p>'
        if a.style == 1:
            return f'<p class="byline">Af {p[0]}, {guests[0]}, og {p[1]}, {guests[1]}</p>'
        if a.style == 2:
            return f'<p class="byline">Interview af {p[0]} · Foto: {photo}</p>'
        return (f'<div class="columnist"><img src="/img/{slug(a.people[0])}.jpg" alt="{p[0]}">'
                f'<strong>{p[0]}</strong><span>{jobs[0].capitalize()}</span></div>')
    if a.style == 0:
        return (f'<div class="author-box"><a href="{author_path(lang, a.people[0])}"><strong>{p[0]}</strong></a>'
                f'<span class="bio">{guests[0]}</span></div>')
    if a.style == 1:
        return f'<p class="byline">Un text de {p[0]} și {p[1]}</p>'
    if a.style == 2:
        return f'<p class="byline">Interviu realizat de {p[0]}</p><p class="photo-credit">Foto: {photo}</p>'
    return f'<p class="byline">Text: {p[0]} | Foto: {photo}</p>'


def magazine_disclaimer(lang: Lang, a: Article) -> str:
    if a.style not in (0, 1):
        return ""
    if is_da(lang):
        return ('<p class="disclaimer"><em>Dette er et debatindlæg. Indlægget er udtryk for skribentens '
                'holdning.</em></p>')
    return '<p class="disclaimer"><em>Opiniile exprimate aparțin autorului și nu reprezintă poziția redacției.</em></p>'


def magazine_article(lang: Lang, base: str, a: Article, others: list[Article]) -> str:
    sec, name = a.section
    home = f'<a href="/debat/">{lang.words["debate"]}</a>' if is_da(lang) else '<a href="/opinii/">Weekend</a>'
    extra = f'<meta property="article:published_time" content="{iso_utc(lang, a.when)}">'
    bio = ""
    if a.style == 3 and is_da(lang):
        bio = f'<p class="bio"><em>{escape(a.people[0])} er {escape(a.jobs[0])} på Øresund.</em></p>'
    body = "".join(f"<p>{escape(p)}</p>" for p in a.paras[1:])
    return (f'<!DOCTYPE html><html lang="{lang.code}">{modern_head(lang, base, a, lang.sites["magazine"], extra)}'
            f'<body>{site_nav(lang, "magazine", magazine_section_path)}<main class="opinion">'
            f'<div class="crumbs">{home} › <a href="{magazine_section_path(lang, sec)}">{escape(name)}</a></div>'
            f'<span class="label">{escape(name.upper())}</span><h1>{escape(a.title)}</h1>'
            f'<p class="lead">{escape(a.paras[0])}</p>{magazine_byline(lang, a)}'
            f'<p class="date">{weekday_day(lang, a.when)}</p>{magazine_disclaimer(lang, a)}'
            f'<div class="text">{body}</div>{bio}{share_bar(lang)}</main>'
            f'{related(lang, others, lang.words["read_more"], "more-debate")}{modern_footer(lang, "magazine")}</body></html>')


def magazine_pages(lang: Lang, base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    pages = {a.path: magazine_article(lang, base, a, others_of(a, arts)) for a in arts}
    root = "/debat/" if is_da(lang) else "/opinii/"
    render = partial(modern_list, lang, "magazine", magazine_section_path)
    secs = dict(lang.sections["magazine"])
    groups = [(root, lang.sites["magazine"], arts)]
    groups += [(magazine_section_path(lang, s), n, [a for a in arts if a.section[0] == s]) for s, n in secs.items()]
    for prefix, title, items in groups:
        paginate(pages, prefix, items, partial(render, title), partial(page_query, prefix))
    return pages, root


# ---------------------------------------------------------------- the site


def raw_handler(pages: dict[str, str], raw: dict[str, bytes]) -> type[BaseHTTPRequestHandler]:
    """A handler answering ``pages`` in UTF-8 and the old paper's ``raw`` pages as their bytes
    (``text/html``, no charset in the header)."""

    def body(path: str) -> tuple[bytes, str]:
        if path in raw:
            return raw[path], "text/html"
        return pages[path].encode("utf-8"), "text/html; charset=utf-8"

    return coded_handler(lambda path: path in pages or path in raw, body)


def old_bytes(lang: Lang, html: str) -> bytes:
    """An old page as sent: ISO-8859-1 (Danish), windows-1250 (Romanian)."""
    return html.encode("iso-8859-1" if is_da(lang) else "cp1250", "xmlcharrefreplace")


def home_page(lang: Lang, roots: dict[str, str]) -> str:
    items = "".join(f'<li><a href="{escape(roots[t])}">{escape(lang.sites[t])}</a></li>' for t in TEMPLATES)
    return (f'<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8"><title>{lang.sites["daily"]}'
            f'</title></head><body><h1>{lang.sites["daily"]}</h1><ul>{items}</ul>{modern_footer(lang, "daily")}'
            f'</body></html>')


class Site(ArticlesSite):
    """A publication's site in the four templates, served while open."""

    def __enter__(self) -> Site:
        self.raw: dict[str, bytes] = {}
        by = self.start(raw_handler(self.pages, self.raw), make_articles, TEMPLATES)
        lang = self.lang
        old, root = table_pages(lang, by["table"])
        self.old_pages = old
        self.raw.update({path: old_bytes(lang, html) for path, html in old.items()})
        roots = {"table": root}
        self.add_templates((("daily", partial(with_base, daily_pages, self.base_url)),
                            ("regional", partial(with_base, regional_pages, self.base_url)),
                            ("magazine", partial(with_base, magazine_pages, self.base_url))), by, roots, old)
        modern = [a for a in self.articles if a.template != "table"]
        self.pages.update(people_pages(lang, "daily", daily_section_path, modern, author_path, lambda a: a.people))
        self.pages["/"] = home_page(lang, roots)
        return self


def with_base(make: Callable[[Lang, str, list[Article]], tuple[dict[str, str], str]], base: str, lang: Lang,
              _base: str, arts: list[Article]) -> tuple[dict[str, str], str]:
    return make(lang, base, arts)


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.splitlines()[0], Site, (DA, RO), 83, SEED_HELP, TEMPLATES, "blind18.db", same=loosely)


if __name__ == "__main__":
    main()
