"""Blind measurement for issue 8: two publications (English, Spanish) in four CMS
templates each, served on 127.0.0.1, crawled with the real ``clippings crawl`` and
scored against the generator's truth per template and field.

Written without reading the parsers (``crawler/parsers/``) nor the other template
generator (``benchmarks/template_sites.py``): only ``tests/support/four_templates.py``
for the shape of a served site and its truth. The four templates are modelled on
CMS families far from WordPress classic, Drupal, table-and-font and JSON-LD pages:

* ``ghost``: a Ghost (Casper) blog: primary-tag link above the ``h1``, author card
  with avatar, ``<time datetime>`` and "5 min read"; Open Graph title and
  ``article:tag`` only (no section, no author tag); an AMP copy naming its canonical.
* ``blogger``: a Blogspot template: date header above the posts ("Thursday, May 16,
  2024"), "Posted by X at 3:05 PM", "Labels:" (the first label is the section), a
  ``?m=1`` mobile copy naming its canonical.
* ``magazine``: a Bootstrap 5 / Joomla 4 magazine: category badge, a meta row of
  icons ("16 May 2024", reading time), a "Latest" rail with other stories' days.
* ``portal``: a late-1990s / early-2000s portal: nested tables, ``<font size=+2>``
  headline, "By A and B" in italics, "Thursday, May 16, 2002", the section only as
  the ``<title>`` prefix "World: ...", the masthead's "last updated" day, and a
  printer-friendly copy without a canonical.

Home, section, tag and author listings (paginated), about, contact and legal pages.

    PYTHONPATH=. .venv/bin/python benchmarks/template_sites_blind.py [--misses] [--seed 31]
"""

from __future__ import annotations

import html
import random
import sys
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:  # run as a script: make ``benchmarks`` importable
    sys.path.insert(0, str(ROOT))

from benchmarks.served_pages import ServedSite  # noqa: E402
from benchmarks.template_harness import blind_main  # noqa: E402

TEMPLATES = ("ghost", "blogger", "magazine", "portal")
PER_TEMPLATE = 10
PAGE_SIZE = 6


@dataclass(frozen=True)
class Language:
    code: str
    site: str
    sections: tuple[str, ...]
    months: tuple[str, ...]
    weekdays: tuple[str, ...]
    by: str  # "By"
    and_: str  # "and"
    posted_by: str
    at: str
    labels: str
    read: str  # "min read"
    latest: str
    names: tuple[str, ...]
    subjects: tuple[str, ...]
    verbs: tuple[str, ...]
    objects: tuple[str, ...]
    sentences: tuple[str, ...]
    pages: tuple[tuple[str, str, str], ...]  # (path, title, text)


EN = Language(
    "en", "The Harrowgate Ledger", ("World", "Business", "Sport", "Culture", "Local"),
    ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"),
    ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "By", "and", "Posted by", "at", "Labels", "min read", "Latest",
    ("Margaret Ellison", "Dev Patel", "C. J. Rowntree", "Oluwaseun Adeyemi", "Hannah McAllister",
     "Tomás Ferreira", "Rebecca de Vries", "Liam O'Connor", "Yuki Matsumoto", "Aisha Rahman", "Peter van Dam",
     "Sarah-Jane Whitlock"),
    ("Mayor", "Port authority", "Regional bank", "Theatre company", "County council", "Tech start-up",
     "Fishing fleet", "Ferry operator", "Art gallery", "Rugby club"),
    ("backs", "postpones", "announces", "scraps", "widens", "questions", "finances", "trims", "secures", "launches"),
    ("harbour expansion", "winter festival", "bus network review", "flood defences", "apprentice scheme",
     "new stadium plan", "pension deal", "quarterly results", "heritage trail", "night market"),
    ("Councillors said the plan had been discussed at length over several public meetings",
     "People living nearby told reporters they welcomed the news but wanted more detail",
     "The board will meet again next month to consider the remaining objections in full",
     "Opponents claimed the estimates ignored the rising price of energy and materials",
     "A spokeswoman would not say how many jobs might be lost as a result of the change",
     "Economists called the figures modest but said they matched most expectations",
     "Shop owners on the high street have asked for a clearer timetable of the works",
     "The previous scheme of this size took almost five years to finish completely",
     "Two members abstained, saying the technical report had arrived too late to read"),
    (("/about", "About us", "The Harrowgate Ledger has reported on the town and its coast since 1921."),
     ("/contact", "Contact", "Write to the newsdesk at 14 Quay Street, Harrowgate, or call 01632 960 123."),
     ("/privacy", "Privacy policy", "We use cookies to measure readership. Updated 3 March 2024."),
     ("/terms", "Terms of use", "All content is copyright The Harrowgate Ledger. Published by Ledger Media Ltd.")),
)

ES = Language(
    "es", "El Heraldo del Valle", ("Mundo", "Economía", "Deportes", "Cultura", "Sociedad"),
    ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
     "noviembre", "diciembre"),
    ("lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"),
    "Por", "y", "Publicado por", "a las", "Etiquetas", "min de lectura", "Lo último",
    ("María José de la Fuente", "Javier Ortega", "Lucía Fernández Ruiz", "Andrés Castillo", "Carmen Núñez",
     "José Luis Ibáñez", "Ana Belén Torres", "Raúl Domínguez", "Pilar Sanz", "Íñigo Etxeberria",
     "Marta del Río", "Francisco J. Morales"),
    ("El ayuntamiento", "La diputación", "El puerto", "La universidad", "El hospital", "La cooperativa",
     "El club", "La fundación", "El museo", "La patronal"),
    ("aprueba", "aplaza", "presenta", "rechaza", "amplía", "revisa", "financia", "recorta", "defiende", "inaugura"),
    ("el nuevo presupuesto", "la reforma del puerto", "el plan de movilidad", "la obra del puente",
     "el programa juvenil", "la ampliación de la biblioteca", "el estudio costero", "el convenio salarial",
     "el centro deportivo", "la feria anual"),
    ("Los responsables explicaron que la decisión llega tras meses de consultas públicas",
     "Los vecinos que acudieron a la reunión expresaron tanto apoyo como preocupación",
     "La propuesta pasa ahora a una segunda comisión que deberá informar antes del verano",
     "Los críticos señalaron que las cifras no tienen en cuenta el aumento de los costes",
     "Un portavoz evitó precisar cuántos trabajadores se verán afectados por el cambio",
     "Los analistas calificaron el resultado de prudente y acorde con las previsiones",
     "Los comercios de la zona han pedido un calendario más claro de las obras",
     "El último proyecto comparable de la comarca tardó casi cuatro años en completarse",
     "Varios miembros se abstuvieron porque no habían podido estudiar los informes técnicos"),
    (("/quienes-somos", "Quiénes somos", "El Heraldo del Valle informa sobre la comarca desde 1956."),
     ("/contacto", "Contacto", "Escríbanos a la redacción, calle Mayor 12, o llame al 910 000 000."),
     ("/aviso-legal", "Aviso legal", "Editado por Heraldo Medios S.L. Todos los derechos reservados."),
     ("/privacidad", "Política de privacidad", "Usamos cookies para medir la audiencia. Actualizado el 3 de marzo de 2024.")),
)


@dataclass(frozen=True)
class Story:
    number: int
    template: str
    title: str
    authors: tuple[str, ...]
    day: date
    section: str
    tags: tuple[str, ...]
    paragraphs: tuple[str, ...]
    minute: int

    @property
    def slug(self) -> str:
        return slugify(self.title)

    @property
    def path(self) -> str:
        return {"ghost": f"/{self.slug}/",
                "blogger": f"/{self.day:%Y/%m}/{self.slug[:40].rstrip('-')}.html",
                "magazine": f"/{slugify(self.section)}/{self.number}-{self.slug}",
                "portal": f"/news/{self.day:%Y%m%d}/story{3000 + self.number}.htm"}[self.template]


def slugify(text: str) -> str:
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join("".join(c if c.isalnum() else " " for c in plain).split())


def _e(text: str) -> str:
    return html.escape(text, quote=True)


def stories(lang: Language, seed: int) -> list[Story]:
    rng = random.Random(seed)
    out = []
    for n in range(len(TEMPLATES) * PER_TEMPLATE):
        template = TEMPLATES[n % len(TEMPLATES)]
        title = f"{lang.subjects[n % 10]} {lang.verbs[(n * 3 + n // 10) % 10]} {lang.objects[(n * 7 + n // 10) % 10]}"
        if rng.random() < 0.3:
            title += rng.choice((": what we know", " amid protests", " — for now", ", again")
                                if lang.code == "en" else (": lo que se sabe", " entre protestas", ", otra vez"))
        authors = tuple(rng.sample(lang.names, rng.choice((1, 1, 2, 2, 3))))
        year = rng.randint(2000, 2003) if template == "portal" else rng.randint(2019, 2025)
        day = date(year, 1, 1) + timedelta(days=rng.randrange(365))
        section = lang.sections[rng.randrange(len(lang.sections))]
        tags = (section, *rng.sample(("Politics", "Weather", "Transport", "Opinion", "Schools"), 2))
        paragraphs = tuple(" ".join(f"{rng.choice(lang.sentences)}." for _ in range(3)) for _ in range(5 + n % 4))
        out.append(Story(n + 1, template, title.strip(), authors, day, section, tags, paragraphs,
                         rng.randrange(8, 23) * 60 + rng.randrange(60)))
    return out


def names(lang: Language, authors: tuple[str, ...]) -> str:
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + f" {lang.and_} " + authors[-1]


def long_day(lang: Language, d: date) -> str:
    if lang.code == "en":
        return f"{lang.weekdays[d.weekday()]}, {lang.months[d.month - 1]} {d.day}, {d.year}"
    return f"{lang.weekdays[d.weekday()]}, {d.day} de {lang.months[d.month - 1]} de {d.year}"


def clock(lang: Language, minute: int) -> str:
    h, m = divmod(minute, 60)
    return f"{(h - 1) % 12 + 1}:{m:02d} {'AM' if h < 12 else 'PM'}" if lang.code == "en" else f"{h}:{m:02d}"


def nav(lang: Language) -> str:
    return "".join(f"<li class='nav-item'><a class='nav-link' href='/section/{slugify(s)}/'>{s}</a></li>"
                   for s in lang.sections)


def foot(lang: Language) -> str:
    return " · ".join(f"<a href='{p}'>{_e(t)}</a>" for p, t, _ in lang.pages)


def ghost_page(lang: Language, s: Story, amp: bool = False) -> str:
    """Ghost (Casper): primary tag, author card, reading time; og + article:tag only."""
    body = "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
    tags = "".join(f'<meta property="article:tag" content="{_e(t)}">' for t in s.tags)
    cards = "".join(
        f'<li class="gh-author-image-list-item"><a href="/author/{slugify(a)}/" class="gh-author-avatar">'
        f'<img src="/content/images/{slugify(a)}.jpg" alt="{_e(a)}"></a></li>' for a in s.authors)
    head_link = (f'<link rel="canonical" href="{s.path}">' if amp else f'<link rel="amphtml" href="{s.path}amp/">')
    return f"""<!DOCTYPE html><html lang="{lang.code}"><head><meta charset="utf-8">
<title>{_e(s.title)}</title>{head_link}
<meta property="og:site_name" content="{_e(lang.site)}"><meta property="og:type" content="article">
<meta property="og:title" content="{_e(s.title)}"><meta property="og:description" content="{_e(s.paragraphs[0][:120])}">
<meta property="article:published_time" content="{s.day.isoformat()}T{s.minute // 60:02d}:{s.minute % 60:02d}:00.000Z">
{tags}<meta name="generator" content="Ghost 5.82"></head>
<body class="post-template tag-{slugify(s.section)}"><div class="viewport">
<header id="gh-head" class="gh-head"><a class="gh-head-logo" href="/">{_e(lang.site)}</a>
<nav class="gh-head-menu"><ul class="nav">{nav(lang)}</ul></nav></header>
<main id="site-main" class="site-main"><article class="article post tag-{slugify(s.section)}">
<header class="article-header gh-canvas"><div class="article-tag post-card-tags">
<span class="post-card-primary-tag"><a href="/tag/{slugify(s.section)}/">{_e(s.section)}</a></span></div>
<h1 class="article-title">{_e(s.title)}</h1><p class="article-excerpt">{_e(s.paragraphs[0][:90])}…</p>
<div class="article-byline"><section class="article-byline-content"><ul class="author-list">{cards}</ul>
<div class="article-byline-meta"><h4 class="author-name">{" ".join(f'<a href="/author/{slugify(a)}/">{_e(a)}</a>,' for a in s.authors).rstrip(",")}</h4>
<div class="byline-meta-content"><time class="byline-meta-date" datetime="{s.day.isoformat()}">{s.day.day} {lang.months[s.day.month - 1][:3]} {s.day.year}</time>
<span class="byline-reading-time"><span class="bull">&bull;</span> {len(s.paragraphs)} {lang.read}</span></div></div></section></div>
</header><section class="gh-content gh-canvas">{body}</section></article>
<aside class="read-more-wrap"><h3>{lang.latest}</h3></aside></main>
<footer class="site-footer"><p>{_e(lang.site)} &copy; 2025 · {foot(lang)} · Powered by Ghost</p></footer></div></body></html>"""


def blogger_page(lang: Language, s: Story, mobile: bool = False) -> str:
    """Blogspot: date header, "Posted by X at 3:05 PM", "Labels:", a ``?m=1`` copy."""
    body = "<br />\n<br />\n".join(_e(p) for p in s.paragraphs)
    labels = ", ".join(f"<a href='/search/label/{_e(t)}/' rel='tag'>{_e(t)}</a>" for t in s.tags)
    byline = names(lang, s.authors)
    return f"""<!DOCTYPE html><html dir="ltr" lang="{lang.code}"><head><meta content="text/html; charset=UTF-8" http-equiv="Content-Type">
<meta content="blogger" name="generator"><link href="{s.path}" rel="canonical">
<title>{_e(lang.site)}: {_e(s.title)}</title></head>
<body class="variant-simplicity"><div class="content-outer"><header><div class="header-inner">
<h1 class="title"><a href="/">{_e(lang.site)}</a></h1><p class="description">{_e(lang.sentences[0])}</p></div></header>
<div class="main-inner"><div class="date-outer"><h2 class="date-header"><span>{long_day(lang, s.day)}</span></h2>
<div class="date-posts"><div class="post-outer"><div class="post hentry" itemscope>
<a name="{s.number * 7919}"></a><h3 class="post-title entry-title">{_e(s.title)}</h3>
<div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content" id="post-body-{s.number * 7919}">{body}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1">
<span class="post-author vcard">{lang.posted_by} <span class="fn">{_e(byline)}</span></span>
<span class="post-timestamp">{lang.at} <a class="timestamp-link" href="{s.path}" rel="bookmark"><abbr class="published">{clock(lang, s.minute)}</abbr></a></span>
<span class="post-comment-link"><a class="comment-link" href="{s.path}#comment-form">0 comments</a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">{lang.labels}: {labels}</span></div></div>
</div></div></div></div>
<div class="blog-pager"><a class="home-link" href="/">Home</a>{"" if mobile else f" <a href='{s.path}?m=1'>View mobile version</a>"}</div></div>
<div class="sidebar"><h2>Blog Archive</h2><ul>{nav(lang)}</ul><h2>Pages</h2><p>{foot(lang)}</p></div>
<div class="footer">Simple theme. Powered by <a href="https://www.blogger.com">Blogger</a>.</div></div></body></html>"""


def magazine_page(lang: Language, s: Story, rail: list[Story]) -> str:
    """Bootstrap 5 / Joomla 4 magazine: category badge, icon meta row, a "Latest" rail."""
    body = "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
    people = ", ".join(f"<a href='/author/{slugify(a)}/' class='text-reset'>{_e(a)}</a>" for a in s.authors)
    printed = f"{s.day.day} {lang.months[s.day.month - 1] if lang.code == 'es' else f'{s.day:%B}'} {s.day.year}"
    side = "".join(f"<li class='list-group-item'><a href='{r.path}'>{_e(r.title)}</a>"
                   f"<small class='text-muted d-block'>{r.day.day} {lang.months[r.day.month - 1]} {r.day.year}</small></li>"
                   for r in rail)
    return f"""<!DOCTYPE html><html lang="{lang.code}-{lang.code.upper() if lang.code == 'es' else 'GB'}"><head>
<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{_e(s.title)} - {_e(lang.site)}</title><link href="/media/templates/site/cassiopeia/css/template.min.css" rel="stylesheet"></head>
<body class="site com_content view-article layout-blog itemid-{100 + s.number}">
<nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container"><a class="navbar-brand" href="/">{_e(lang.site)}</a>
<ul class="navbar-nav">{nav(lang)}</ul></div></nav>
<div class="container my-4"><div class="row"><main class="col-lg-8"><div class="com-content-article item-page">
<a href="/section/{slugify(s.section)}/" class="badge bg-danger text-uppercase mb-2">{_e(s.section)}</a>
<div class="page-header"><h2 class="display-6 fw-bold">{_e(s.title)}</h2></div>
<div class="article-meta d-flex gap-3 text-muted small border-bottom pb-2 mb-3">
<span><i class="bi bi-person-fill"></i> {people}</span>
<span><i class="bi bi-calendar3"></i> {printed}</span>
<span><i class="bi bi-clock"></i> {len(s.paragraphs) + 1} {lang.read}</span>
<span><i class="bi bi-eye"></i> {s.number * 37}</span></div>
<figure class="figure"><img src="/images/{s.number}.jpg" class="figure-img img-fluid" alt=""></figure>
<div class="com-content-article__body">{body}</div>
<ul class="tags list-inline">{"".join(f"<li class='list-inline-item'><a href='/tag/{slugify(t)}/' class='badge bg-secondary'>{_e(t)}</a></li>" for t in s.tags[1:])}</ul>
</div></main><aside class="col-lg-4"><h3 class="h5">{lang.latest}</h3><ul class="list-group">{side}</ul></aside></div></div>
<footer class="bg-light py-3"><div class="container small">&copy; 2025 {_e(lang.site)} · {foot(lang)}</div></footer></body></html>"""


def portal_page(lang: Language, s: Story, updated: date, printable: bool = False) -> str:
    """Early-2000s portal: tables, ``<font size=+2>`` headline, italic byline, long date,
    the section only as the ``<title>`` prefix, a masthead "last updated" day."""
    body = "\n<p>".join(_e(p) for p in s.paragraphs)
    left = "<br>".join(f"<a href='/section/{slugify(x)}/'><font color='#ffffff'>{x}</font></a>" for x in lang.sections)
    updated_word = "Last updated" if lang.code == "en" else "Actualizado"
    tools = ("" if printable else
             f"<p><font size=-1><a href='/cgi-bin/print.cgi?story={3000 + s.number}'>"
             f"{'Printer-friendly version' if lang.code == 'en' else 'Versión para imprimir'}</a></font>")
    return f"""<HTML><HEAD><TITLE>{_e(s.section)}: {_e(s.title)}</TITLE>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8"></HEAD>
<BODY BGCOLOR="#FFFFFF" TEXT="#000000" LINK="#000099" VLINK="#660066" MARGINWIDTH=0 MARGINHEIGHT=0>
<TABLE WIDTH=780 BORDER=0 CELLPADDING=0 CELLSPACING=0><TR><TD COLSPAN=3 BGCOLOR="#990000">
<A HREF="/"><IMG SRC="/images/masthead.gif" WIDTH=468 HEIGHT=60 BORDER=0 ALT="{_e(lang.site)}"></A></TD></TR>
<TR><TD COLSPAN=3 BGCOLOR="#CCCCCC"><FONT FACE="Arial,Helvetica" SIZE=1>{updated_word}: {long_day(lang, updated)}</FONT></TD></TR>
<TR><TD WIDTH=120 VALIGN=TOP BGCOLOR="#333366"><FONT FACE="Arial,Helvetica" SIZE=2><B>{left}</B></FONT></TD>
<TD WIDTH=10><IMG SRC="/images/spacer.gif" WIDTH=10 HEIGHT=1></TD>
<TD VALIGN=TOP><FONT FACE="Times New Roman,Times" SIZE=+2><B>{_e(s.title)}</B></FONT><BR>
<I>{lang.by} {_e(names(lang, s.authors))}</I><BR><FONT SIZE=-1>{long_day(lang, s.day)}</FONT>
<P><FONT FACE="Times New Roman,Times" SIZE=3>{body}</FONT>{tools}
</TD></TR><TR><TD COLSPAN=3 ALIGN=CENTER><HR NOSHADE SIZE=1><FONT SIZE=1>Copyright &copy; {s.day.year} {_e(lang.site)}.
{foot(lang)}</FONT></TD></TR></TABLE></BODY></HTML>"""


def listing(lang: Language, title: str, items: list[Story], page: int, base: str) -> str:
    chunk = items[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    cards = "".join(
        f"<article class='post-card'><a class='post-card-tag' href='/section/{slugify(s.section)}/'>{_e(s.section)}</a>"
        f"<h2 class='post-card-title'><a href='{s.path}'>{_e(s.title)}</a></h2>"
        f"<p class='post-card-excerpt'>{_e(s.paragraphs[0][:140])}</p>"
        f"<footer><span>{_e(names(lang, s.authors))}</span> · <time datetime='{s.day.isoformat()}'>"
        f"{s.day.day} {lang.months[s.day.month - 1]} {s.day.year}</time></footer></article>" for s in chunk)
    pager = []
    if page > 1:
        pager.append(f"<a rel='prev' href='{base}{'' if page == 2 else f'page/{page - 1}/'}'>&laquo;</a>")
    pager.append(f"<span>{page}</span>")
    if page * PAGE_SIZE < len(items):
        pager.append(f"<a rel='next' href='{base}page/{page + 1}/'>&raquo;</a>")
    return (f"<!DOCTYPE html><html lang='{lang.code}'><head><meta charset='utf-8'><title>{_e(title)} - {_e(lang.site)}"
            f"</title></head><body><header><a href='/'>{_e(lang.site)}</a><ul>{nav(lang)}</ul></header>"
            f"<main><h1>{_e(title)}</h1><div class='post-feed'>{cards}</div><nav class='pagination'>{' '.join(pager)}"
            f"</nav></main><footer>{foot(lang)}</footer></body></html>")


class BlindSite(ServedSite):
    """One publication: its stories in the four templates, listings, fixed pages."""

    def __init__(self, lang: Language, seed: int) -> None:
        self.lang = lang
        self.stories = stories(lang, seed)
        self.pages: dict[str, str] = {}
        newest = sorted(self.stories, key=lambda s: s.day, reverse=True)
        updated = max(s.day for s in self.stories if s.template == "portal") + timedelta(days=2)
        for s in self.stories:
            self.pages[s.path] = self._render(s, newest, updated)
        self._extras(newest)

    def _render(self, s: Story, newest: list[Story], updated: date) -> str:
        if s.template == "ghost":
            self.pages[s.path + "amp/"] = ghost_page(self.lang, s, amp=True)
            return ghost_page(self.lang, s)
        if s.template == "blogger":
            self.pages[s.path + "?m=1"] = blogger_page(self.lang, s, mobile=True)
            return blogger_page(self.lang, s)
        if s.template == "magazine":
            return magazine_page(self.lang, s, [r for r in newest if r is not s][:5])
        self.pages[f"/cgi-bin/print.cgi?story={3000 + s.number}"] = portal_page(self.lang, s, updated, printable=True)
        return portal_page(self.lang, s, updated)

    def _extras(self, newest: list[Story]) -> None:
        lang = self.lang
        self._listing("/", lang.site, newest)
        for section in lang.sections:
            self._listing(f"/section/{slugify(section)}/", section, [s for s in newest if s.section == section])
        for tag in sorted({t for s in self.stories for t in s.tags}):
            items = [s for s in newest if tag in s.tags]
            self._listing(f"/tag/{slugify(tag)}/", f"Tag: {tag}", items)
            self._listing(f"/search/label/{_e(tag)}/", tag, items)
        for name in lang.names:
            self._listing(f"/author/{slugify(name)}/", name, [s for s in newest if name in s.authors])
        for path, title, text in lang.pages:
            self.pages[path] = (f"<!DOCTYPE html><html lang='{lang.code}'><head><meta charset='utf-8'><title>{_e(title)}"
                                f" - {_e(lang.site)}</title></head><body><header><a href='/'>{_e(lang.site)}</a>"
                                f"<ul>{nav(lang)}</ul></header><main><h1>{_e(title)}</h1><p>{_e(text)}</p></main>"
                                f"<footer>{foot(lang)}</footer></body></html>")

    def _listing(self, base: str, title: str, items: list[Story]) -> None:
        for page in range(1, max(1, -(-len(items) // PAGE_SIZE)) + 1):
            self.pages[base if page == 1 else f"{base}page/{page}/"] = listing(self.lang, title, items, page, base)

    def truth(self) -> dict[str, dict]:
        return {self.base_url + s.path: {"title": s.title, "authors": sorted(s.authors), "day": s.day.isoformat(),
                                         "section": s.section, "template": s.template} for s in self.stories}



def main(argv: list[str] | None = None) -> None:
    blind_main(argv, __doc__.split("\n")[0], BlindSite, (EN, ES), 31, "the English site's seed (the Spanish: +1)",
               TEMPLATES, "blind.db", sort_authors=True)


if __name__ == "__main__":
    main()
