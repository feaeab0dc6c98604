"""A news site in four templates, served on 127.0.0.1, with the truth of every article.

Issue 8's acceptance point: one site whose articles come in (a) an early-2000s table
layout (``<font>`` headline, byline and date printed in text, no metadata at all),
(b) a modern semantic template carrying only microdata or only Open Graph tags,
(c) a blog template (date above the ``<h2>``, "Posted by X at 9:15 AM", "Labels:"),
(d) a template with JSON-LD but its own visible layout. Index, section and
paginated pages link them; an about and a contact page are not articles.

``FourTemplateSite().truth()`` gives ``{url: {title, authors, day, section}}``;
``python -m tests.support.four_templates`` serves the site until interrupted.
"""

from __future__ import annotations

import html
import json
import random
import threading
from dataclasses import dataclass
from datetime import date

from benchmarks.served_pages import ServedSite

SITE_NAME = "The Millbrook Courier"
SECTIONS = ("World", "Business", "Sports", "Science", "Local News")
PAGE_SIZE = 8

AUTHORS = (
    ["Ann Lee"], ["Tom Hardy", "Maria Gonzalez"], ["J.R. Whitfield"], ["Søren Kierkegaard", "Ana Lúcia Prado"],
    ["Priya Natarajan"], ["Björn Åkesson", "Li Wei", "Fatima Al-Sayed"], ["K. M. Oduya"], ["Zoë Fontaine"],
    ["Pedro Álvarez", "Nadia Petrova"], ["Hiroshi Tanaka"], ["Grace O'Neill", "David Kim"],
    ["Élodie Marchand"], ["Samuel T. Okafor", "Ingrid Halvorsen", "Mateusz Wiśniewski"], ["Ruth Baker"],
)

SUBJECTS = ("Council", "Harbour board", "School district", "Rail operator", "University lab", "City museum",
            "Farmers' union", "Hospital trust", "Water utility", "Football club")
VERBS = ("approves", "delays", "unveils", "rejects", "expands", "reviews", "funds", "cuts", "defends", "opens")
OBJECTS = ("new budget plan", "river crossing", "summer timetable", "solar project", "youth programme",
           "library extension", "coastal survey", "wage agreement", "training ground", "vaccine study")
SENTENCE_PARTS = (
    "Officials said the decision followed months of public hearings and written submissions",
    "Residents who attended the meeting on Tuesday evening voiced support as well as concern",
    "The proposal now goes to a second committee, which is expected to report before the winter",
    "Critics argued that the figures presented did not account for rising costs of materials",
    "A spokesperson declined to say how many staff would be affected by the change in plans",
    "Independent analysts described the outcome as cautious but broadly in line with forecasts",
    "Local businesses near the site have asked for clearer information about the timetable",
    "The last comparable project in the region took nearly four years to complete in full",
    "Several members abstained, saying they needed more time to study the technical reports",
    "Supporters point to a similar scheme abroad that reduced delays by almost a third",
)


@dataclass(frozen=True)
class Story:
    number: int
    template: str
    title: str
    authors: tuple[str, ...]
    day: date
    section: str
    paragraphs: tuple[str, ...]

    @property
    def path(self) -> str:
        slug = "-".join(self.title.lower().replace("'", "").split()[:6])
        return {"table": f"/cgi-bin/story.pl?id={1000 + self.number}",
                "semantic": f"/news/{self.section.lower().replace(' ', '-')}/{slug}",
                "blog": f"/{self.day:%Y/%m}/{slug}.html",
                "jsonld": f"/articles/{self.number}-{slug}"}[self.template]


def _stories() -> list[Story]:
    rng = random.Random(8)
    templates = ("table", "semantic", "blog", "jsonld")
    stories = []
    for n in range(40):
        title = f"{SUBJECTS[n % 10]} {VERBS[(n * 3 + n // 10) % 10]} {OBJECTS[(n * 7 + 3 * (n // 10)) % 10]}"
        if n % 5 == 2:
            title += f" after {rng.choice(('long', 'heated', 'short', 'quiet'))} debate"
        paragraphs = tuple(
            f"{rng.choice(SENTENCE_PARTS)}, story {n} paragraph {p} notes. "
            f"{rng.choice(SENTENCE_PARTS)}. {rng.choice(SENTENCE_PARTS)}."
            for p in range(6 + n % 4))
        day = date(2023 + n % 2, 1 + (n * 5) % 12, 1 + (n * 11) % 28)
        stories.append(Story(n + 1, templates[n % 4], title, tuple(AUTHORS[n % len(AUTHORS)]), day,
                             SECTIONS[n % len(SECTIONS)], paragraphs))
    return stories


def _names(authors: tuple[str, ...], last: str = " and ") -> str:
    return authors[0] if len(authors) == 1 else ", ".join(authors[:-1]) + last + authors[-1]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _e(text: str) -> str:
    return html.escape(text, quote=True)


NAV_TABLE = ("<table width='100%' bgcolor='#003366' cellpadding='3'><tr>"
             + "".join(f"<td><font face='Verdana' size='1' color='white'><a href='/section/{s.lower().replace(' ', '-')}'>"
                       f"{s}</a></font></td>" for s in SECTIONS)
             + "<td><a href='/'>Home</a></td><td><a href='/about'>About</a></td></tr></table>")


def table_page(s: Story) -> str:
    """(a) Early-2000s table layout: no metadata, everything printed in text."""
    if s.number % 2:
        byline = f"by {_names(s.authors, ', ')} &middot; Posted on {s.day:%m/%d/%Y} in {s.section}"
    else:
        byline = (f"Posted by {_names(s.authors)} on {s.day:%B} {s.day.day}, {s.day.year} | "
                  f"Filed under {s.section}")
    body = "<br><br>\n".join(_e(p) for p in s.paragraphs)
    return f"""<html><head><title>{_e(s.title)} | {SITE_NAME}</title></head>
<body bgcolor="#ffffff"><table width="760" border="0" cellpadding="0" cellspacing="0"><tr><td>
<table width="100%"><tr><td><a href="/"><img src="/img/logo.gif" alt="{SITE_NAME}" border="0"></a></td>
<td align="right"><font face="Arial" size="1">Serving Millbrook since 1887</font></td></tr></table>
{NAV_TABLE}
<table width="100%" cellpadding="6"><tr><td width="150" valign="top" bgcolor="#eeeeee">
<font face="Verdana" size="1"><b>Sections</b><br>
{"<br>".join(f"<a href='/section/{x.lower().replace(' ', '-')}'>{x}</a>" for x in SECTIONS)}</font></td>
<td valign="top"><font face="Times New Roman" size="5"><b>{_e(s.title)}</b></font><br>
<font face="Arial" size="2" color="#666666">{byline}</font><br><br>
<font face="Georgia" size="3">{body}</font><br><br>
<font face="Arial" size="1"><a href="javascript:window.print()">Printer friendly</a> |
<a href="mailto:?subject={_e(s.title)}">Email this</a></font></td></tr></table>
<table width="100%" bgcolor="#cccccc"><tr><td align="center"><font face="Arial" size="1">
Copyright 2004 {SITE_NAME}. All rights reserved. <a href="/contact">Contact us</a></font></td></tr></table>
</td></tr></table></body></html>"""


def semantic_page(s: Story) -> str:
    """(b) Modern semantic markup with only microdata (odd stories) or only og tags (even)."""
    paragraphs = "".join(f"<p>{_e(p)}</p>" for p in s.paragraphs)
    printed = f"{s.day.day} {s.day:%B %Y}"
    if s.number % 2:
        people = "".join(f"<span itemprop='author' itemscope itemtype='https://schema.org/Person'>"
                         f"<a href='/people/{i}'><span itemprop='name'>{_e(a)}</span></a></span> "
                         for i, a in enumerate(s.authors))
        return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(s.title)} - {SITE_NAME}</title></head>
<body><header><a href="/" class="logo">{SITE_NAME}</a><nav>{NAV_TABLE}</nav></header>
<main><article itemscope itemtype="https://schema.org/NewsArticle">
<p class="kicker"><a href="/section/{s.section.lower().replace(' ', '-')}" itemprop="articleSection">{s.section}</a></p>
<h1 itemprop="headline">{_e(s.title)}</h1><p class="byline">By {people}</p>
<time itemprop="datePublished" datetime="{s.day.isoformat()}T08:00:00Z">{printed}</time>
<div itemprop="articleBody">{paragraphs}</div></article></main>
<footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>"""
    og_authors = "".join(f"<meta property='article:author' content='{_e(a)}'>" for a in s.authors)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(s.title)} - {SITE_NAME}</title>
<meta property="og:type" content="article"><meta property="og:title" content="{_e(s.title)}">
<meta property="og:site_name" content="{SITE_NAME}">{og_authors}
<meta property="article:published_time" content="{s.day.isoformat()}T08:00:00Z">
<meta property="article:section" content="{s.section}"></head>
<body><header><a href="/" class="logo">{SITE_NAME}</a><nav>{NAV_TABLE}</nav></header>
<main><article><h1>{_e(s.title)}</h1><p class="meta">{printed}</p>{paragraphs}</article></main>
<footer><a href="/about">About</a> <a href="/contact">Contact</a></footer></body></html>"""


def blog_page(s: Story) -> str:
    """(c) Blog: date header above the h2 title, author and labels after the post."""
    paragraphs = "<br /><br />".join(_e(p) for p in s.paragraphs)
    labels = ", ".join(f"<a href='/search/label/{x}' rel='tag'>{x}</a>" for x in (s.section, "Millbrook"))
    return f"""<!DOCTYPE html><html><head><meta charset="utf-8"><title>{SITE_NAME}: {_e(s.title)}</title></head>
<body><div id="header"><h1><a href="/">{SITE_NAME}</a></h1><p>News and notes from the valley</p></div>
<div id="main"><h2 class="date-header"><span>{s.day:%A}, {s.day:%B} {_ordinal(s.day.day)}, {s.day.year}</span></h2>
<div class="post"><h3 class="post-title">{_e(s.title)}</h3>
<div class="post-body">{paragraphs}</div>
<div class="post-footer"><span class="post-author">Posted by {_names(s.authors)}</span> at
<span class="post-timestamp">9:15 AM</span> <a href="#comments">0 comments</a><br>
<span class="post-labels">Labels: {labels}</span></div></div></div>
<div id="sidebar"><h2>Blog Archive</h2><ul><li><a href="/">Home</a></li><li><a href="/about">About me</a></li></ul></div>
</body></html>"""


def jsonld_page(s: Story) -> str:
    """(d) JSON-LD in the head; the visible layout is its own (headline in a div)."""
    data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": s.title,
            "datePublished": f"{s.day.isoformat()}T14:30:00+02:00", "articleSection": s.section,
            "author": [{"@type": "Person", "name": a} for a in s.authors],
            "publisher": {"@type": "Organization", "name": SITE_NAME}}
    paragraphs = "".join(f"<div class='para'>{_e(p)}</div>" for p in s.paragraphs)
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>{_e(s.title)} :: {SITE_NAME}</title>
<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script></head>
<body><div class="top"><a href="/">{SITE_NAME}</a> {NAV_TABLE}</div>
<div class="story"><div class="crumbs"><a href="/">Home</a> &gt; <a href="/section/{s.section.lower().replace(' ', '-')}">{s.section}</a></div>
<div class="headline-big">{_e(s.title)}</div>
<div class="info">{s.day:%B} {_ordinal(s.day.day)}, {s.day.year} &mdash; {_e(_names(s.authors))}</div>
<div class="text">{paragraphs}</div></div>
<div class="bottom"><a href="/about">About</a> | <a href="/contact">Contact</a></div></body></html>"""


RENDER = {"table": table_page, "semantic": semantic_page, "blog": blog_page, "jsonld": jsonld_page}


def _listing(title: str, stories: list[Story], page: int, base: str) -> str:
    chunk = stories[(page - 1) * PAGE_SIZE: page * PAGE_SIZE]
    items = "".join(f"<tr><td><font size='2'><a href='{_e(s.path)}'>{_e(s.title)}</a></font></td></tr>" for s in chunk)
    more = f"<a href='{base}?page={page + 1}'>Next page &raquo;</a>" if page * PAGE_SIZE < len(stories) else ""
    return (f"<html><head><title>{_e(title)} | {SITE_NAME}</title></head><body>{NAV_TABLE}"
            f"<h2>{_e(title)}</h2><table>{items}</table><p>{more}</p></body></html>")


class FourTemplateSite(ServedSite):
    """The site: ``/`` (paginated), ``/section/<name>`` (paginated), the 40 stories,
    ``/about`` and ``/contact``; anything else 404."""

    def __init__(self) -> None:
        self.stories = _stories()
        by_path = {s.path: s for s in self.stories}
        self.pages: dict[str, str] = {p: RENDER[s.template](s) for p, s in by_path.items()}
        self.pages["/about"] = (f"<html><head><title>About us | {SITE_NAME}</title></head><body>{NAV_TABLE}"
                                f"<h1>About us</h1><p>{SITE_NAME} has served Millbrook since 1887. Write to "
                                "the editor at the address below.</p></body></html>")
        self.pages["/contact"] = (f"<html><head><title>Contact | {SITE_NAME}</title></head><body>{NAV_TABLE}"
                                  "<h1>Contact</h1><p>Phone 555-0100.</p></body></html>")
        newest = sorted(self.stories, key=lambda s: s.day, reverse=True)
        self._add_listing("/", "Front page", newest)
        for section in SECTIONS:
            self._add_listing(f"/section/{section.lower().replace(' ', '-')}", section,
                              [s for s in newest if s.section == section])

    def _add_listing(self, base: str, title: str, stories: list[Story]) -> None:
        pages = max(1, -(-len(stories) // PAGE_SIZE))
        for page in range(1, pages + 1):
            path = base if page == 1 else f"{base}?page={page}"
            self.pages[path] = _listing(title, stories, page, base)

    def truth(self) -> dict[str, dict]:
        """``{absolute url: {title, authors, day, section, template}}`` for every article."""
        return {self.base_url + s.path: {"title": s.title, "authors": list(s.authors), "day": s.day.isoformat(),
                                         "section": s.section, "template": s.template} for s in self.stories}


if __name__ == "__main__":
    with FourTemplateSite() as served:
        print(served.base_url, flush=True)
        threading.Event().wait()
