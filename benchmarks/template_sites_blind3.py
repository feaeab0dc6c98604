"""Third blind measurement for issue 8: two publications (Italian, Polish) in four
templates each, served on 127.0.0.1, crawled with the real ``clippings crawl`` and
scored against the generator's truth per template and field.

Written without reading the parsers (``crawler/parsers/``), their tests, or the two
earlier generators beyond their docstrings: only ``tests/support/four_templates.py``
(the shape of a served site and its truth), ``benchmarks/served_pages.py`` and how
``template_sites_blind.py`` runs and scores its crawl. The four templates are kinds
the earlier sites did not cover:

* ``newsletter``: a Substack-style post: ``h1`` title and ``h3`` subtitle, an author
  card ("Giulia Ferrante e Marco De Santis", avatars), the day as "16 mag 2024" /
  "16 maj 2024", like and share buttons, subscribe boxes, a comments thread with the
  commenters' names and days; Open Graph and ``<meta name=author>`` (first author
  only), no JSON-LD; the section only as the highlighted tab of the publication's
  section bar (``aria-current="page"``); URL ``/p/<slug>``.
* ``nextjs``: a Next.js news app: hashed class names, the article in
  ``__NEXT_DATA__`` JSON and server-rendered HTML, no JSON-LD; section link above the
  ``h1``, "di A e B" / author links, ``<time dateTime>`` in UTC (``Z``) while the page
  prints the local day and hour; a few stories published just after local midnight,
  so the UTC day is the day before; a "most read" rail with relative times.
* ``hugo``: a Hugo static blog (PaperMod-like): "16 maggio 2024 · 4 min · Name" meta
  row, the category as a link in the meta row (odd stories) or in a "Categorie:" /
  "Kategorie:" taxonomy list under the post next to the tags (even), ``article:
  published_time`` at midnight UTC, Hugo's microdata metas, a "Leggi anche" list.
* ``oldpaper``: a 2000s newspaper in tables, not the portal kind: a left menu of
  sections with the current one highlighted (not a link), the site's edition date
  in the masthead (another day); Italian: a section strip in capitals above the
  headline, "di MARIO ROSSI" in capitals, the dateline "ROMA -" opening the text and
  the day in parentheses at the end "(16 maggio 2004)", the URL path naming the
  section; Polish: "Data publikacji: 16.05.2004", the writer in capitals at the end
  of the text, ``artykul.asp?id=N`` URLs, the section only as the highlighted menu item.

Some stories are signed "Redazione" / "Redakcja" (the newsroom: no person, truth
``[]``) or not signed at all. Home, section, category, tag and author listings
(paginated, teaser cards with relative days "2 ore fa" / "3 dni temu"), the
newsletter's archive, about, contact, privacy and legal pages. Titles are compared
whitespace-normalised; authors and section without regard to case (the old paper
prints both in capitals).

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind3.py [--misses] [--seed 73]

First run, blind (2026-12-06, at 8b0b234: the parsers as main 5567139), share of the
articles right:

| publication | template | articles | found | title | authors | day | section |
|---|---|---|---|---|---|---|---|
| it | newsletter | 10 | 1.00 | 1.00 | 0.60 | 1.00 | 0.00 |
| it | nextjs | 10 | 1.00 | 1.00 | 0.90 | 1.00 | 1.00 |
| it | hugo | 10 | 1.00 | 1.00 | 0.10 | 1.00 | 0.00 |
| it | oldpaper | 10 | 1.00 | 1.00 | 1.00 | 0.00 | 0.00 |
| it | all | 40 | 1.00 | 1.00 | 0.65 | 0.75 | 0.25 |
| pl | newsletter | 10 | 1.00 | 1.00 | 0.60 | 1.00 | 0.00 |
| pl | nextjs | 10 | 1.00 | 1.00 | 1.00 | 1.00 | 1.00 |
| pl | hugo | 10 | 1.00 | 1.00 | 0.20 | 1.00 | 0.00 |
| pl | oldpaper | 10 | 1.00 | 1.00 | 0.00 | 1.00 | 0.00 |
| pl | all | 40 | 1.00 | 1.00 | 0.45 | 1.00 | 0.25 |

Every article found, none stored twice, no other page stored. The misses and seeds 11
and 41: benchmarks/README.md ("Third blind check").
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

TEMPLATES = ("newsletter", "nextjs", "hugo", "oldpaper")
PER_TEMPLATE = 10
PAGE_SIZE = 6


@dataclass(frozen=True)
class Language:
    code: str
    site: str
    newsletter: str
    sections: tuple[str, ...]
    months: tuple[str, ...]          # "16 maggio 2024" (genitive in Polish)
    short_months: tuple[str, ...]    # "16 mag 2024"
    weekdays: tuple[str, ...]
    names: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    sentences: tuple[str, ...]
    words: dict[str, str]


IT = Language(
    code="it", site="Il Corriere del Lago", newsletter="La Lettera del Lago",
    sections=("Politica", "Economia", "Cronaca", "Cultura", "Sport"),
    months=("gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre",
            "ottobre", "novembre", "dicembre"),
    short_months=("gen", "feb", "mar", "apr", "mag", "giu", "lug", "ago", "set", "ott", "nov", "dic"),
    weekdays=("lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica"),
    names=("Giulia Ferrante", "Marco De Santis", "Chiara Lo Bianco", "Alessandro Villa", "Francesca D'Amico",
           "Luca Moretti", "Elena Sartori", "Paolo Di Giacomo", "Sara Conti", "Giovanni Battista Rinaldi",
           "Matteo Esposito", "Valentina Greco"),
    subjects=("Il Comune", "La Regione", "Il sindacato", "L'università", "La Procura", "Il museo civico",
              "L'azienda dei trasporti", "L'ospedale", "Il consorzio", "La squadra"),
    verbs=("approva", "rinvia", "presenta", "respinge", "amplia", "rivede", "finanzia", "taglia", "difende",
           "inaugura"),
    objects=("il nuovo bilancio", "il ponte sul fiume", "l'orario estivo", "il progetto solare",
             "il piano per i giovani", "la nuova biblioteca", "lo studio sulla costa", "l'accordo sui salari",
             "il campo di allenamento", "la ricerca sul vaccino"),
    sentences=(
        "La decisione arriva dopo mesi di audizioni pubbliche e di osservazioni presentate per iscritto",
        "I cittadini presenti all'incontro di martedì sera hanno espresso sostegno ma anche preoccupazione",
        "La proposta passa ora a una seconda commissione, che dovrebbe riferire prima dell'inverno",
        "Secondo i critici le cifre presentate non tengono conto dell'aumento del costo dei materiali",
        "Un portavoce non ha voluto dire quanti dipendenti saranno coinvolti dal cambiamento",
        "Gli analisti indipendenti hanno definito il risultato prudente ma in linea con le previsioni",
        "I commercianti della zona chiedono informazioni più chiare sui tempi dei lavori",
        "L'ultimo progetto paragonabile nella regione ha richiesto quasi quattro anni per essere completato",
        "Diversi consiglieri si sono astenuti, dicendo di aver bisogno di più tempo per studiare le relazioni",
        "I sostenitori citano un progetto simile all'estero che ha ridotto i ritardi di quasi un terzo"),
    words={"and": " e ", "by": "di", "staff": "Redazione", "read": "min di lettura", "subscribe": "Iscriviti",
           "share": "Condividi", "comments": "Commenti", "reply": "Rispondi", "like": "Mi piace",
           "home": "Prima pagina", "about": "Chi siamo", "contact": "Contatti", "privacy": "Privacy",
           "legal": "Note legali", "next": "Pagina successiva", "older": "Articoli meno recenti",
           "hours_ago": "{n} ore fa", "days_ago": "{n} giorni fa", "read_also": "Leggi anche",
           "most_read": "I più letti", "categories": "Categorie", "tags": "Tag", "article": "articolo",
           "author": "autore", "archive": "archivio", "city": "ROMA", "published": "Pubblicato il",
           "sections": "Sezioni", "print": "Stampa", "send": "Invia", "edition": "Edizione di",
           "newsletter_pitch": "Ricevi ogni settimana la nostra lettera nella tua casella di posta.",
           "email": "Il tuo indirizzo email", "archive_title": "Archivio", "tagline": "Notizie dal lago dal 1998"},
)

PL = Language(
    code="pl", site="Gazeta Nadwiślańska", newsletter="List z Nadwiśla",
    sections=("Kraj", "Świat", "Gospodarka", "Kultura", "Sport"),
    months=("stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września",
            "października", "listopada", "grudnia"),
    short_months=("sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru"),
    weekdays=("poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela"),
    names=("Anna Wiśniewska", "Piotr Zieliński", "Katarzyna Wójcik-Nowak", "Tomasz Lewandowski",
           "Magdalena Dąbrowska", "Michał Kamiński", "Agnieszka Szymańska", "Łukasz Woźniak",
           "Joanna Kozłowska", "Grzegorz Jabłoński", "Ewa Mazur", "Jan Krawczyk"),
    subjects=("Rada miasta", "Urząd marszałkowski", "Związek zawodowy", "Uniwersytet", "Prokuratura",
              "Muzeum narodowe", "Spółka kolejowa", "Szpital wojewódzki", "Spółdzielnia", "Klub piłkarski"),
    verbs=("przyjmuje", "odkłada", "przedstawia", "odrzuca", "rozszerza", "analizuje", "finansuje", "ogranicza",
           "broni", "otwiera"),
    objects=("nowy budżet", "most na rzece", "letni rozkład jazdy", "projekt solarny", "program dla młodzieży",
             "rozbudowę biblioteki", "badanie wybrzeża", "porozumienie płacowe", "boisko treningowe",
             "badanie szczepionki"),
    sentences=(
        "Decyzja zapadła po miesiącach konsultacji społecznych i pisemnych uwag mieszkańców",
        "Mieszkańcy obecni na wtorkowym spotkaniu wyrazili poparcie, ale także obawy",
        "Projekt trafi teraz do drugiej komisji, która ma przedstawić opinię przed zimą",
        "Krytycy twierdzą, że przedstawione liczby nie uwzględniają rosnących kosztów materiałów",
        "Rzecznik nie chciał powiedzieć, ilu pracowników obejmie ta zmiana",
        "Niezależni analitycy ocenili wynik jako ostrożny, ale zgodny z prognozami",
        "Przedsiębiorcy z okolicy proszą o jaśniejsze informacje na temat harmonogramu prac",
        "Ostatni podobny projekt w regionie trwał prawie cztery lata",
        "Kilku radnych wstrzymało się od głosu, mówiąc, że potrzebują więcej czasu na analizę raportów",
        "Zwolennicy wskazują na podobny program za granicą, który skrócił opóźnienia o prawie jedną trzecią"),
    words={"and": " i ", "by": "Autor:", "staff": "Redakcja", "read": "min czytania", "subscribe": "Subskrybuj",
           "share": "Udostępnij", "comments": "Komentarze", "reply": "Odpowiedz", "like": "Lubię to",
           "home": "Strona główna", "about": "O nas", "contact": "Kontakt", "privacy": "Polityka prywatności",
           "legal": "Regulamin", "next": "Następna strona", "older": "Starsze wpisy",
           "hours_ago": "{n} godz. temu", "days_ago": "{n} dni temu", "read_also": "Przeczytaj także",
           "most_read": "Najczęściej czytane", "categories": "Kategorie", "tags": "Tagi", "article": "artykul",
           "author": "autor", "archive": "archiwum", "city": "WARSZAWA", "published": "Data publikacji:",
           "sections": "Działy", "print": "Drukuj", "send": "Wyślij", "edition": "Wydanie z dnia",
           "newsletter_pitch": "Co tydzień nasz list prosto do Twojej skrzynki.",
           "email": "Twój adres e-mail", "archive_title": "Archiwum", "tagline": "Wiadomości znad Wisły od 1991"},
)


@dataclass(frozen=True)
class Story:
    number: int
    template: str
    title: str
    subtitle: str
    authors: tuple[str, ...]   # the people credited (truth)
    staff: bool                # signed by the newsroom
    moment: datetime           # local time of publication (naive)
    section: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]

    @property
    def day(self) -> date:
        return self.moment.date()


def slugify(text: str) -> str:
    text = text.replace("ł", "l").replace("Ł", "L")
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def stories(lang: Language, seed: int) -> list[Story]:
    rng = random.Random(seed)
    out: list[Story] = []
    used: set[str] = set()
    for n in range(len(TEMPLATES) * PER_TEMPLATE):
        template = TEMPLATES[n % len(TEMPLATES)]
        title = ""
        while not title or title in used:  # no two stories share a headline
            title = f"{rng.choice(lang.subjects)} {rng.choice(lang.verbs)} {rng.choice(lang.objects)}"
        used.add(title)
        roll = rng.random()
        count = 0 if roll < 0.08 else 1 if roll < 0.6 else 2 if roll < 0.9 else 3
        authors = tuple(rng.sample(lang.names, count))
        staff = count == 0 and rng.random() < 0.6
        year = rng.choice((2003, 2004)) if template == "oldpaper" else rng.choice((2023, 2024))
        hour = rng.choice((0, 0, 1, 7, 9, 12, 16, 19, 22)) if template == "nextjs" else rng.randrange(6, 22)
        moment = datetime(year, rng.randrange(1, 13), rng.randrange(1, 29), hour, rng.randrange(0, 60))
        paragraphs = tuple(f"{rng.choice(lang.sentences)} ({n}.{p}). {rng.choice(lang.sentences)}. "
                           f"{rng.choice(lang.sentences)}." for p in range(5 + n % 4))
        tags = tuple(rng.sample([slugify(o).split("-")[-1] for o in lang.objects], 2))
        out.append(Story(n + 1, template, title, rng.choice(lang.sentences) + ".", authors, staff, moment,
                         rng.choice(lang.sections), tags, paragraphs))
    return out


def names(lang: Language, authors: tuple[str, ...], upper: bool = False) -> str:
    people = [a.upper() if upper else a for a in authors]
    return people[0] if len(people) == 1 else ", ".join(people[:-1]) + lang.words["and"] + people[-1]


def long_day(lang: Language, d: date) -> str:
    return f"{d.day} {lang.months[d.month - 1]} {d.year}"


def offset(d: date) -> int:
    """Central European time: +2 from April to October, else +1 (close enough)."""
    return 2 if 4 <= d.month <= 10 else 1


def story_path(lang: Language, s: Story) -> str:
    slug = slugify(s.title)
    if s.template == "newsletter":
        return f"/p/{slug}"
    if s.template == "nextjs":
        return f"/{lang.words['article']}/{4000 + s.number}/{slug}"
    if s.template == "hugo":
        return f"/blog/{s.moment:%Y/%m}/{slug}/"
    if lang.code == "it":
        return f"/archivio/{s.moment:%Y/%m/%d}/{slugify(s.section)}/art_{800 + s.number}.html"
    return f"/archiwum/artykul.asp?id={800 + s.number}"


def section_path(lang: Language, template: str, section: str) -> str:
    slug = slugify(section)
    return {"newsletter": f"/s/{slug}", "nextjs": f"/{slug}", "hugo": f"/categories/{slug}/",
            "oldpaper": f"/{lang.words['archive']}/{slug}/"}[template]


def author_path(lang: Language, name: str) -> str:
    return f"/{lang.words['author']}/{slugify(name)}/"


def head(lang: Language, title: str, extra: str = "") -> str:
    return (f"<!DOCTYPE html><html lang=\"{lang.code}\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{_e(title)}</title>"
            f"{extra}</head>")


def menu(lang: Language) -> str:
    links = "".join(f"<li><a href=\"{section_path(lang, 'nextjs', s)}\">{s}</a></li>" for s in lang.sections)
    return (f"<header class=\"site-header\"><a class=\"logo\" href=\"/\">{lang.site}</a><nav><ul>{links}"
            f"<li><a href=\"/newsletter\">Newsletter</a></li><li><a href=\"/blog/\">Blog</a></li></ul></nav></header>")


def footer(lang: Language) -> str:
    w = lang.words
    links = " · ".join(f"<a href=\"/{slugify(w[k])}\">{w[k]}</a>" for k in ("about", "contact", "privacy", "legal"))
    return f"<footer class=\"site-footer\">{links}<p>© {lang.site}</p></footer>"


def others(lang: Language, s: Story, count: int, seed: int) -> list[str]:
    """Names that are not the story's writers (commenters)."""
    pool = [n for n in lang.names if n not in s.authors]
    return random.Random(seed * 1000 + s.number).sample(pool, count)


def newsletter_page(lang: Language, s: Story) -> str:
    """A Substack-style post: section only as the highlighted tab of the section bar."""
    w = lang.words
    by = f" - by {s.authors[0]}" if s.authors else ""
    meta = (f"<meta property=\"og:title\" content=\"{_e(s.title)}\"><meta property=\"og:description\" "
            f"content=\"{_e(s.subtitle)}\"><meta property=\"og:type\" content=\"article\">"
            f"<meta property=\"og:site_name\" content=\"{lang.newsletter}\"><meta name=\"twitter:card\" "
            f"content=\"summary_large_image\">" + (f"<meta name=\"author\" content=\"{_e(s.authors[0])}\">"
                                                  if s.authors else ""))
    tabs = "".join(
        f"<a class=\"nav-tab active\" aria-current=\"page\" href=\"{section_path(lang, 'newsletter', x)}\">{x}</a>"
        if x == s.section else f"<a class=\"nav-tab\" href=\"{section_path(lang, 'newsletter', x)}\">{x}</a>"
        for x in lang.sections)
    people = [f"<div class=\"profile-hover-card-target\"><img class=\"avatar\" src=\"/img/{slugify(a)}.jpg\" "
              f"alt=\"\" width=\"36\"><a href=\"{author_path(lang, a)}\">{_e(a)}</a></div>" for a in s.authors]
    if s.staff:
        people = [f"<div class=\"profile-hover-card-target\"><a href=\"/newsletter\">{w['staff']}</a></div>"]
    byline = (people[0] if len(people) == 1 else
              "<span>, </span>".join(people[:-1]) + f"<span>{w['and']}</span>" + people[-1]) if people else ""
    day = f"{s.day.day} {lang.short_months[s.day.month - 1]} {s.day.year}"
    paras = [f"<p>{_e(p)}</p>" for p in s.paragraphs]
    pitch = (f"<div class=\"subscription-widget-wrap\"><p>{w['newsletter_pitch']}</p><form><input type=\"email\" "
             f"placeholder=\"{w['email']}\"><button>{w['subscribe']}</button></form></div>")
    paras.insert(2, pitch)
    commenters = others(lang, s, 2, 7)
    comments = "".join(
        f"<div class=\"comment\"><div class=\"comment-meta\"><a class=\"commenter-name\" href=\"/profile/{i}\">"
        f"{_e(c)}</a> <span class=\"comment-date\">{(s.day + timedelta(days=i + 1)).day} "
        f"{lang.short_months[(s.day + timedelta(days=i + 1)).month - 1]}</span></div><div class=\"comment-body\">"
        f"<p>{_e(lang.sentences[(s.number + i) % 10])}.</p></div><a>{w['reply']}</a></div>"
        for i, c in enumerate(commenters))
    return (head(lang, f"{s.title}{by} - {lang.newsletter}", meta)
            + f"<body><div class=\"pub-header\"><a class=\"pub-logo\" href=\"/newsletter\">{lang.newsletter}</a>"
            f"<button class=\"button primary\">{w['subscribe']}</button></div>"
            f"<nav class=\"pub-sections\"><a class=\"nav-tab\" href=\"/newsletter\">Home</a>{tabs}"
            f"<a class=\"nav-tab\" href=\"/archive\">{w['archive_title']}</a></nav>"
            f"<div class=\"single-post-container\"><article class=\"typography newsletter-post post\">"
            f"<div class=\"post-header\"><h1 class=\"post-title\">{_e(s.title)}</h1>"
            f"<h3 class=\"subtitle\">{_e(s.subtitle)}</h3><div class=\"post-meta\"><div class=\"byline-wrapper\">"
            f"{byline}</div><div class=\"pencraft pc-reset meta-EgzBVA\">{day}</div></div>"
            f"<div class=\"post-ufi\"><button class=\"like-button\">{w['like']} 42</button>"
            f"<a class=\"comments-link\" href=\"#comments\">7</a><button>{w['share']}</button></div></div>"
            f"<div class=\"available-content\"><div class=\"body markup\">{''.join(paras)}</div></div>"
            f"{pitch}</article><div class=\"comments-section\" id=\"comments\"><h4>{w['comments']}</h4>"
            f"{comments}</div></div>{footer(lang)}</body></html>")


def utc_moment(s: Story) -> datetime:
    return (s.moment - timedelta(hours=offset(s.day))).replace(tzinfo=timezone.utc)


def nextjs_page(lang: Language, s: Story, rail: list[Story], now: datetime) -> str:
    """A Next.js app: hashed classes, __NEXT_DATA__, UTC dateTime, local day printed."""
    w = lang.words
    path = story_path(lang, s)
    stamp = utc_moment(s).strftime("%Y-%m-%dT%H:%M:%S.000Z")
    data = {"props": {"pageProps": {"article": {
        "id": 4000 + s.number, "title": s.title, "standfirst": s.subtitle, "publishedAt": stamp,
        "updatedAt": stamp, "section": {"name": s.section, "slug": slugify(s.section)},
        "authors": [{"name": a, "slug": slugify(a)} for a in s.authors], "tags": list(s.tags)}},
        "__N_SSP": True}, "page": f"/{w['article']}/[id]/[slug]",
        "query": {"id": str(4000 + s.number), "slug": slugify(s.title)}, "buildId": "x8Fh2kLq", "isFallback": False,
        "gssp": True, "scriptLoader": []}
    links = [f"<a class=\"Byline_author__H3vZs\" href=\"{author_path(lang, a)}\">{_e(a)}</a>" for a in s.authors]
    joined = (links[0] if len(links) == 1 else ", ".join(links[:-1]) + w["and"] + links[-1]) if links else ""
    if lang.code == "it" and links:
        joined = f"<span class=\"Byline_by__2LkQp\">di </span>{joined}"
    elif s.staff:
        joined = f"<span class=\"Byline_staff__p0Q2e\">{w['staff']}</span>"
    printed = f"{long_day(lang, s.day)}, {s.moment:%H:%M}"
    most = "".join(f"<li class=\"MostRead_item__4RtqS\"><a href=\"{story_path(lang, r)}\">{_e(r.title)}</a>"
                   f"<span class=\"MostRead_time__b0Kd2\">{relative(lang, r, now)}</span></li>" for r in rail)
    paras = "".join(f"<p class=\"Paragraph_p__x1Lmq\">{_e(p)}</p>" for p in s.paragraphs)
    meta = (f"<meta name=\"description\" content=\"{_e(s.subtitle)}\"><meta property=\"og:title\" "
            f"content=\"{_e(s.title)}\"><meta property=\"og:type\" content=\"article\"><meta property=\"og:image\" "
            f"content=\"/_next/image?url=%2Fimg%2F{s.number}.jpg&amp;w=1200&amp;q=75\">"
            f"<link rel=\"canonical\" href=\"{path}\"><meta name=\"next-head-count\" content=\"8\">"
            f"<link rel=\"preload\" href=\"/_next/static/css/9a1c2e.css\" as=\"style\">")
    return (head(lang, f"{s.title} | {lang.site}", meta)
            + f"<body><div id=\"__next\"><div class=\"Layout_wrapper__k2Jd9\">{menu(lang)}"
            f"<main class=\"Article_main__3xQ1a\"><div class=\"Article_header__Zp0aQ\">"
            f"<a class=\"Article_kicker__9fJ2k\" href=\"{section_path(lang, 'nextjs', s.section)}\">{s.section}</a>"
            f"<h1 class=\"Article_title__1bS0x\">{_e(s.title)}</h1><p class=\"Article_standfirst__mX0Tq\">"
            f"{_e(s.subtitle)}</p><div class=\"Byline_root__a8Kd1\">{joined}</div>"
            f"<time class=\"Byline_date__7Yc0d\" dateTime=\"{stamp}\">{printed}</time></div>"
            f"<div class=\"Article_body__Qw8Lx\">{paras}</div><aside class=\"MostRead_root__Lp2xD\">"
            f"<h2 class=\"MostRead_title__0aS1c\">{w['most_read']}</h2><ol>{most}</ol></aside></main>"
            f"{footer(lang)}</div></div><script id=\"__NEXT_DATA__\" type=\"application/json\">"
            f"{json.dumps(data, ensure_ascii=False)}</script><script src=\"/_next/static/chunks/main-3f2a.js\" "
            f"defer></script></body></html>")


def relative(lang: Language, s: Story, now: datetime) -> str:
    gap = now - s.moment
    if gap < timedelta(days=1):
        return lang.words["hours_ago"].format(n=max(1, gap.seconds // 3600))
    if gap < timedelta(days=8):
        return lang.words["days_ago"].format(n=gap.days)
    return long_day(lang, s.day)


def hugo_page(lang: Language, s: Story, related: list[Story]) -> str:
    """A Hugo (PaperMod-like) post: category in the meta row (odd) or the taxonomy list (even)."""
    w = lang.words
    blog = f"Blog · {lang.site}"
    who = s.authors if s.authors else (w["staff"],) if s.staff else ()
    people = (who[0] if len(who) == 1 else ", ".join(who[:-1]) + " & " + who[-1]) if who else ""
    words = sum(len(p.split()) for p in s.paragraphs)
    category = f"<a href=\"{section_path(lang, 'hugo', s.section)}\">{s.section}</a>"
    row = [f"<span title=\"{s.day} 00:00:00 +0000 UTC\">{long_day(lang, s.day)}</span>",
           f"{max(1, words // 200)} {w['read']}", *([_e(people)] if people else [])]
    if s.number % 2:
        row.append(f"in {category}")
    tags = "".join(f"<li><a href=\"/tags/{t}/\">{t}</a></li>" for t in s.tags)
    taxonomy = (f"<div class=\"post-taxonomies\"><span>{w['categories']}:</span> {category}</div>"
                if not s.number % 2 else "")
    also = "".join(f"<li><a href=\"{story_path(lang, r)}\">{_e(r.title)}</a> <small>{long_day(lang, r.day)}"
                   f"</small></li>" for r in related)
    meta = (f"<meta name=\"description\" content=\"{_e(s.subtitle)}\"><meta property=\"og:title\" "
            f"content=\"{_e(s.title)}\"><meta property=\"og:description\" content=\"{_e(s.subtitle)}\">"
            f"<meta property=\"og:type\" content=\"article\"><meta property=\"article:published_time\" "
            f"content=\"{s.day}T00:00:00+00:00\"><meta property=\"article:modified_time\" "
            f"content=\"{s.day}T00:00:00+00:00\"><meta itemprop=\"name\" content=\"{_e(s.title)}\">"
            f"<meta itemprop=\"datePublished\" content=\"{s.day}T00:00:00+00:00\"><meta itemprop=\"wordCount\" "
            f"content=\"{words}\"><meta itemprop=\"keywords\" content=\"{','.join(s.tags)}\">"
            f"<meta name=\"generator\" content=\"Hugo 0.125.4\">")
    return (head(lang, f"{s.title} | {blog}", meta)
            + f"<body class=\"\" id=\"top\"><header class=\"header\"><nav class=\"nav\"><div class=\"logo\">"
            f"<a href=\"/blog/\" accesskey=\"h\">{blog}</a></div><ul id=\"menu\"><li><a href=\"/categories/\">"
            f"<span>{w['categories']}</span></a></li><li><a href=\"/tags/\"><span>{w['tags']}</span></a></li>"
            f"<li><a href=\"/\"><span>{lang.site}</span></a></li></ul></nav></header><main class=\"main\">"
            f"<article class=\"post-single\"><header class=\"post-header\"><h1 class=\"post-title entry-hint-parent\">"
            f"{_e(s.title)}</h1><div class=\"post-description\">{_e(s.subtitle)}</div><div class=\"post-meta\">"
            + "&nbsp;·&nbsp;".join(row) + "</div></header><div class=\"post-content\">"
            + "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
            + f"<h3>{w['read_also']}</h3><ul>{also}</ul></div><footer class=\"post-footer\">{taxonomy}"
            f"<ul class=\"post-tags\">{tags}</ul><nav class=\"paginav\"><a class=\"prev\" href=\""
            f"{story_path(lang, related[0])}\"><span class=\"title\">« </span><br><span>{_e(related[0].title)}"
            f"</span></a></nav></footer></article></main><footer class=\"footer\"><span>© {s.day.year} "
            f"<a href=\"/blog/\">{blog}</a></span> · <span>Powered by <a href=\"https://gohugo.io/\">Hugo</a>"
            f"</span></footer></body></html>")


def old_menu(lang: Language, current: str) -> str:
    rows = []
    for x in lang.sections:
        if x == current:
            rows.append(f"<tr><td bgcolor=\"#1d3f6e\" class=\"menuon\"><font face=\"Verdana\" size=\"2\" "
                        f"color=\"#ffffff\"><b>&raquo; {x}</b></font></td></tr>")
        else:
            rows.append(f"<tr><td class=\"menu\"><font face=\"Verdana\" size=\"2\"><a href=\""
                        f"{section_path(lang, 'oldpaper', x)}\">{x}</a></font></td></tr>")
    w = lang.words
    return (f"<table width=\"140\" cellpadding=\"3\" cellspacing=\"0\" border=\"0\"><tr><td class=\"menutit\">"
            f"<font face=\"Verdana\" size=\"1\"><b>{w['sections'].upper()}</b></font></td></tr>{''.join(rows)}"
            f"<tr><td><font face=\"Verdana\" size=\"1\"><a href=\"/\">{w['home']}</a><br><a href=\"/"
            f"{w['archive']}/\">{w['archive_title']}</a></font></td></tr></table>")


def oldpaper_page(lang: Language, s: Story, same: list[Story], edition: date) -> str:
    """A 2000s newspaper in tables: highlighted menu item, byline in capitals."""
    w = lang.words
    body = "<br><br>\n".join(_e(p) for p in s.paragraphs)
    writers = names(lang, s.authors, upper=True) if s.authors else ""
    if lang.code == "it":
        top = (f"<table width=\"100%\" bgcolor=\"#c00000\" cellpadding=\"2\"><tr><td><font face=\"Arial\" size=\"2\" "
               f"color=\"#ffffff\"><b>{s.section.upper()}</b></font></td></tr></table><br>")
        under = f"<font face=\"Arial\" size=\"2\"><b>di {writers}</b></font><br><br>" if writers else ""
        text = f"<b>{w['city']}</b> - {body}<br><br>({long_day(lang, s.day)})"
        more_title = f"Altri articoli di {s.section}"
        title = f"{lang.site} - {s.title}"
    else:
        top = ""
        under = f"<font face=\"Arial\" size=\"1\" color=\"#666666\">{w['published']} {s.day:%d.%m.%Y}</font><br><br>"
        sign = writers or ("(red.)" if s.staff else "")
        text = body + (f"<br><br><div align=\"right\"><b>{sign}</b></div>" if sign else "")
        more_title = "Inne artykuły z tego działu"
        title = f"{s.title} - {lang.site}"
    more = "".join(f"<a href=\"{story_path(lang, r)}\">{_e(r.title)}</a> <font size=\"1\">"
                   f"({r.day:%d.%m.%Y})</font><br>" for r in same)
    edition_line = f"{lang.weekdays[edition.weekday()]} {long_day(lang, edition)}"
    return (f"<html><head><title>{_e(title)}</title><meta http-equiv=\"Content-Type\" content=\"text/html; "
            f"charset=utf-8\"></head><body bgcolor=\"#ffffff\" topmargin=\"0\" leftmargin=\"0\">"
            f"<table width=\"780\" border=\"0\" cellspacing=\"0\" cellpadding=\"0\" align=\"center\"><tr><td "
            f"colspan=\"2\"><a href=\"/\"><img src=\"/img/testata.gif\" alt=\"{lang.site}\" width=\"780\" "
            f"height=\"90\" border=\"0\"></a></td></tr><tr><td colspan=\"2\" bgcolor=\"#1d3f6e\"><font "
            f"face=\"Verdana\" size=\"1\" color=\"#ffffff\">&nbsp;{edition_line}</font></td></tr><tr>"
            f"<td width=\"140\" valign=\"top\" bgcolor=\"#eef2f7\">{old_menu(lang, s.section)}</td>"
            f"<td width=\"640\" valign=\"top\"><table width=\"100%\" cellpadding=\"8\"><tr><td>{top}"
            f"<font face=\"Georgia\" size=\"5\"><b>{_e(s.title)}</b></font><br><font face=\"Arial\" size=\"2\">"
            f"<i>{_e(s.subtitle)}</i></font><br><br>{under}<font face=\"Georgia\" size=\"3\">{text}</font>"
            f"<br><br><font face=\"Arial\" size=\"1\"><a href=\"javascript:window.print()\">{w['print']}</a> | "
            f"<a href=\"mailto:?subject={_e(s.title)}\">{w['send']}</a></font><hr size=\"1\"><font face=\"Arial\" "
            f"size=\"2\"><b>{more_title}</b><br>{more}</font></td></tr></table></td></tr><tr><td colspan=\"2\" "
            f"align=\"center\" bgcolor=\"#dddddd\"><font face=\"Arial\" size=\"1\">&copy; {edition.year} "
            f"{lang.site} - <a href=\"/{slugify(w['about'])}\">{w['about']}</a> | <a href=\"/"
            f"{slugify(w['contact'])}\">{w['contact']}</a></font></td></tr></table></body></html>")


def listing(lang: Language, title: str, items: list[Story], page: int, base: str, now: datetime) -> str:
    w = lang.words
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    cards = "".join(
        f"<div class=\"card\"><a class=\"card-section\" href=\"{section_path(lang, 'nextjs', s.section)}\">"
        f"{s.section}</a><h2 class=\"card-title\"><a href=\"{story_path(lang, s)}\">{_e(s.title)}</a></h2>"
        f"<p class=\"card-excerpt\">{_e(s.paragraphs[0][:140])}…</p><p class=\"card-meta\">"
        + (" · ".join(f"<a href=\"{author_path(lang, a)}\">{_e(a)}</a>" for a in s.authors) + " · " if s.authors
           else "") + f"<span class=\"card-time\">{relative(lang, s, now)}</span></p></div>" for s in chunk)
    more = ""
    if page * PAGE_SIZE < len(items):
        nxt = f"{base}page/{page + 1}/" if base.endswith("/") else f"{base}?page={page + 1}"
        more = f"<a class=\"next\" rel=\"next\" href=\"{nxt}\">{w['next']} »</a>"
    return (head(lang, f"{title} | {lang.site}") + f"<body>{menu(lang)}<main><h1 class=\"page-title\">"
            f"{_e(title)}</h1><div class=\"cards\">{cards}</div><nav class=\"pagination\">{more}</nav></main>"
            f"{footer(lang)}</body></html>")


INFO = {
    "it": {"about": "Il Corriere del Lago è un quotidiano indipendente fondato nel 1998. La redazione lavora "
                    "tra Como e Lecco e pubblica ogni giorno notizie, inchieste e approfondimenti sul territorio. "
                    "Il giornale è edito da una cooperativa di giornalisti e non riceve contributi pubblici. "
                    "Crediamo in un'informazione verificata, chiara e rispettosa dei lettori.",
           "contact": "Per segnalazioni scrivete alla redazione all'indirizzo redazione@corrieredellago.example "
                      "oppure telefonate al numero 031 000 000 dal lunedì al venerdì dalle 9 alle 18. "
                      "Per la pubblicità rivolgetevi all'ufficio commerciale.",
           "privacy": "Questa informativa descrive come trattiamo i dati personali degli utenti che visitano il "
                      "sito. I dati raccolti tramite i cookie tecnici servono al funzionamento del sito; i cookie "
                      "di profilazione sono installati solo con il consenso dell'utente, che può revocarlo in ogni "
                      "momento. Il titolare del trattamento è la cooperativa editrice.",
           "legal": "Testata registrata presso il Tribunale di Como. Direttore responsabile: Anna Colombo. "
                    "Tutti i contenuti sono protetti dal diritto d'autore; la riproduzione anche parziale è "
                    "vietata senza autorizzazione scritta dell'editore."},
    "pl": {"about": "Gazeta Nadwiślańska to niezależny dziennik regionalny założony w 1991 roku. Redakcja "
                    "pracuje w Toruniu i Włocławku i codziennie publikuje wiadomości, reportaże i analizy. "
                    "Wydawcą jest spółdzielnia dziennikarzy, która nie korzysta z dotacji publicznych. "
                    "Wierzymy w rzetelną, sprawdzoną i przejrzystą informację.",
           "contact": "Informacje prosimy przesyłać na adres redakcja@nadwislanska.example lub zgłaszać "
                      "telefonicznie pod numerem 56 000 00 00 od poniedziałku do piątku w godzinach 9-17. "
                      "W sprawie reklam prosimy o kontakt z działem handlowym.",
           "privacy": "Niniejsza polityka opisuje, w jaki sposób przetwarzamy dane osobowe użytkowników "
                      "serwisu. Pliki cookie niezbędne służą działaniu strony, a pliki analityczne instalujemy "
                      "wyłącznie za zgodą użytkownika, którą można w każdej chwili wycofać. Administratorem "
                      "danych jest wydawca dziennika.",
           "legal": "Dziennik wpisany do rejestru prasowego Sądu Okręgowego w Toruniu. Redaktor naczelna: "
                    "Barbara Nowicka. Wszystkie materiały są chronione prawem autorskim; ich kopiowanie bez "
                    "pisemnej zgody wydawcy jest zabronione."},
}


def info_page(lang: Language, key: str) -> str:
    w = lang.words
    return (head(lang, f"{w[key]} | {lang.site}") + f"<body>{menu(lang)}<main class=\"page\"><h1>{w[key]}</h1>"
            f"<p>{INFO[lang.code][key]}</p></main>{footer(lang)}</body></html>")


class Blind3Site(ServedSite):
    """One publication: its 40 stories in four templates, listings and site pages."""

    def __init__(self, lang: Language, seed: int) -> None:
        self.lang = lang
        self.stories = stories(lang, seed)
        newest = sorted(self.stories, key=lambda s: s.moment, reverse=True)
        self.now = newest[0].moment + timedelta(hours=3)
        self.pages: dict[str, str] = {story_path(lang, s): self._render(s, newest) for s in self.stories}
        self._extras(newest)

    def _render(self, s: Story, newest: list[Story]) -> str:
        lang = self.lang
        mine = [o for o in newest if o.template == s.template and o is not s]
        if s.template == "newsletter":
            return newsletter_page(lang, s)
        if s.template == "nextjs":
            return nextjs_page(lang, s, [o for o in newest if o is not s][:4], self.now)
        if s.template == "hugo":
            return hugo_page(lang, s, mine[s.number % 5: s.number % 5 + 3])
        same = [o for o in newest if o.section == s.section and o is not s][:3]
        edition = max(o.day for o in self.stories if o.template == "oldpaper") + timedelta(days=2)
        return oldpaper_page(lang, s, same, edition)

    def _extras(self, newest: list[Story]) -> None:
        lang, w = self.lang, self.lang.words
        self._listing("/", lang.site, newest)
        for template in TEMPLATES:
            for section in lang.sections:
                self._listing(section_path(lang, template, section), section,
                              [s for s in newest if s.section == section])
        for base, template in (("/newsletter", "newsletter"), ("/archive", "newsletter"), ("/blog/", "hugo"),
                               (f"/{w['archive']}/", "oldpaper")):
            self._listing(base, w["archive_title"] if base != "/blog/" else "Blog",
                          [s for s in newest if s.template == template])
        tags = sorted({t for s in self.stories for t in s.tags})
        for tag in tags:
            self._listing(f"/tags/{tag}/", f"#{tag}", [s for s in newest if tag in s.tags])
        for name in sorted({a for s in self.stories for a in s.authors}):
            self._listing(author_path(lang, name), name, [s for s in newest if name in s.authors])
        index = {"/tags/": (w["tags"], [(f"/tags/{t}/", t) for t in tags]),
                 "/categories/": (w["categories"], [(section_path(lang, "hugo", x), x) for x in lang.sections])}
        for path, (title, links) in index.items():
            items = "".join(f"<li><a href=\"{href}\">{_e(text)}</a></li>" for href, text in links)
            self.pages[path] = (head(lang, f"{title} | {lang.site}") + f"<body>{menu(lang)}<main><h1>{title}</h1>"
                                f"<ul class=\"terms\">{items}</ul></main>{footer(lang)}</body></html>")
        for key in ("about", "contact", "privacy", "legal"):
            self.pages[f"/{slugify(w[key])}"] = info_page(lang, key)

    def _listing(self, base: str, title: str, items: list[Story]) -> None:
        for page in range(1, max(1, -(-len(items) // PAGE_SIZE)) + 1):
            path = base if page == 1 else f"{base}page/{page}/" if base.endswith("/") else f"{base}?page={page}"
            self.pages[path] = listing(self.lang, title, items, page, base, self.now)

    def truth(self) -> dict[str, dict]:
        """``{absolute url: {title, authors, day, section, template}}`` for every article."""
        return {self.base_url + story_path(self.lang, s): {
            "title": s.title, "authors": list(s.authors), "day": s.day.isoformat(), "section": s.section,
            "template": s.template} for s in self.stories}


def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.split("\n")[0], Blind3Site, (IT, PL), 73, "the Italian site's seed (the Polish: +1)",
               TEMPLATES, "blind3.db", same=loosely)


if __name__ == "__main__":
    main()
