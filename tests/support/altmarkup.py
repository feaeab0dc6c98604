"""Alternative-markup fixtures: demo articles rendered by *other* imaginary CMSes.

Same kinds of page as the three demo templates (seed, jsonld, opengraph), but with
different element nesting, class vocabulary and furniture wording ("Share on
Facebook", "Tweet", "ALSO READ", "Promoted stories"), no ``<article>`` or ``<main>``
where the demo has one, roles after bylines, lazy-loaded images. They keep the
extractor honest: it must work from general rules, not from the demo's class names.

``python -m tests.support.altmarkup`` writes ``tests/fixtures/altmarkup/<name>.html``
and ``<name>.json`` (the expected record, same keys as :mod:`tests.support.demo_truth`,
URLs on ``http://alt.example``).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from crawler.demo import content as C
from crawler.demo.content import Story
from crawler.demo.markup import card_date, esc, long_date
from tests.support.demo_truth import record

BASE = "http://alt.example"
SITE = "alt.example"
FIXTURE_DIR = Path(__file__).resolve().parents[1] / "fixtures" / "altmarkup"
LAZY = "data:image/gif;base64,R0lGODlhAQABAAAAACw="


def _blocks(story: Story, *, p: str, h: str, ul: str, quote: str, furniture: dict[int, str]) -> str:
    out: list[str] = []
    items: list[str] = []
    for i, (kind, text) in enumerate(story.blocks):
        if kind == "li":
            items.append(f"<li>{esc(text)}</li>")
            continue
        if items:
            out.append(ul.format("".join(items)))
            items = []
        out.append(furniture.get(i, ""))
        template = {"p": p, "h": h, "quote": quote, "pre": "<pre>{}</pre>"}[kind]
        out.append(template.format(esc(text)))
    if items:
        out.append(ul.format("".join(items)))
    return "\n".join(x for x in out if x)


def magazine_page(story: Story) -> tuple[str, list[dict[str, Any]]]:
    """Seed-like: section, headline, dek, share, byline, "min read"; divs only."""
    rel = C.related(story, 1)[:4]
    ad = '<div class="dfp-wrapper"><div class="dfp-ad" id="div-gpt-ad-2"><p class="dfp-ad__label">Advertisement</p></div></div>'
    body = _blocks(story, p='<p class="body-text">{}</p>', h='<h3 class="body-subhead">{}</h3>',
                   ul='<ul class="body-list">{}</ul>', quote='<blockquote class="body-quote">{}</blockquote>',
                   furniture={3: ad, 7: ad})
    cards = "\n".join(f"""<div class="teaser-card">
<div class="teaser-card__eyebrow">{esc(r.section_name)}</div>
<a class="teaser-card__link" href="{r.path}?ref=related"><h4>{esc(r.title)}</h4></a>
<div class="teaser-card__blurb">{esc(r.description)}</div>
<div class="teaser-card__date">{card_date(r.day)}</div>
</div>""" for r in rel)
    authors = " &amp; ".join(f'<a class="contributor" href="/people/{C.slugify(n)}">{esc(n)}</a>' for n in story.authors)
    page = f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>{esc(story.title)} — Meridian Magazine</title>
<meta property="og:image" content="{BASE}{story.image}">
<link rel="canonical" href="{BASE}{story.path}">
</head>
<body class="theme-dark">
<div id="wrapper">
<div class="navbar"><a class="navbar-brand" href="/">Meridian Magazine</a>
<div class="navbar-links"><a href="/c/science">Science</a> <a href="/c/tech">Tech</a> <a href="/c/life">Life</a> <a href="/subscribe">Subscribe</a></div></div>
<div class="row">
<div class="col-md-8 content-col">
<div class="eyebrow-wrap"><span class="eyebrow">{esc(story.section_name)}</span></div>
<h1 class="display-headline">{esc(story.title)}</h1>
<div class="subhead-text">{esc(story.description)}</div>
<ul class="sharing-list"><li><a href="#share-fb">Share on Facebook</a></li><li><a href="#share-tw">Tweet</a></li><li><a href="#share-pin">Pin it</a></li><li><a href="#share-mail">Email this</a></li></ul>
<div class="credits">Written by {authors}</div>
<div class="credits-date">{story.day.day} {story.day:%B %Y} &middot; {story.reading_time} min read</div>
<div class="lead-img"><img class="lazyload" src="{LAZY}" data-src="{story.image}" alt=""></div>
<div class="rich-text">
{body}
</div>
<div class="read-next"><div class="read-next__heading">Related stories</div>
{cards}
</div>
</div>
<div class="col-md-4 sidebar-col"><div class="box"><div class="box-title">Trending</div>
<a href="/t/1">The week in pictures</a><br><a href="/t/2">Ten books for the autumn</a></div>
<div class="dfp-wrapper"><div class="dfp-ad"><p class="dfp-ad__label">Advertisement</p></div></div></div>
</div>
<div class="site-foot">Meridian Magazine &middot; <a href="/privacy">Privacy</a> &middot; <a href="/terms">Terms</a></div>
</div></body></html>
"""
    related = [{"url": BASE + r.path, "title": r.title, "section": r.section_name,
                "published": r.day.isoformat(), "summary": r.description} for r in rel]
    return page, related


def newsroom_page(story: Story) -> tuple[str, list[dict[str, Any]]]:
    """JSON-LD-like: structured data, byline with a role, inline "ALSO READ", comments."""
    rel = C.related(story, 1)[:3]
    more = C.read_more(story, 1)
    paras = [i for i, (k, _) in enumerate(story.blocks) if k == "p"]
    furniture = {
        paras[1]: f'<div class="also-read">ALSO READ: <a href="{more.path}">{esc(more.title)}</a></div>',
        paras[-1]: """<div class="promo-newsletter"><strong>Get the morning briefing</strong>
<span>Our editors' pick of the day's news, free.</span><input type="email" placeholder="Your email"><a class="btn" href="/newsletters">Sign me up</a></div>""",
    }
    body = _blocks(story, p="<p>{}</p>", h='<h2 class="crosshead">{}</h2>', ul='<ol class="numbered">{}</ol>',
                   quote='<figure class="quote-box"><blockquote>{}</blockquote></figure>', furniture=furniture)
    ld = {"@context": "http://schema.org", "@type": "NewsArticle", "headline": story.title,
          "description": story.description, "datePublished": story.published,
          "dateModified": story.modified, "author": [{"@type": "Person", "name": n} for n in story.authors],
          "articleSection": [story.section_name], "keywords": list(story.tags),
          "image": {"@type": "ImageObject", "url": f"{BASE}{story.image}", "width": 1600, "height": 900},
          "publisher": {"@type": "Organization", "name": "Meridian Newsroom"}}
    roles = ", ".join(f"{esc(n)}, {C.author_role(n)}" for n in story.authors)
    notes = C.comments(story, 1)
    comments = "\n".join(f"""<div class="dsq-post"><div class="dsq-post__header"><a class="dsq-user" href="/u/{C.slugify(n)}">{esc(n)}</a>
<span class="dsq-when">{d.day}.{d.month:02d}.{d.year}</span></div><div class="dsq-text">{esc(t)}</div><a class="dsq-reply" href="#reply">Reply</a></div>"""
                         for n, d, t in notes)
    links = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in rel)
    tags = " ".join(f'<a class="topic-pill" href="/topics/{C.slugify(t)}">{esc(t)}</a>' for t in story.tags)
    page = f"""<!doctype html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>{esc(story.title)} - Meridian Newsroom</title>
<link rel="canonical" href="{BASE}{story.path}">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
</head><body>
<div id="content">
<div class="masthead-bar"><a href="/">Meridian Newsroom</a> <span class="edition">UK edition</span></div>
<div class="layout">
<div class="layout__main">
<div class="kicker-line"><a href="/{story.section}">{esc(story.section_name)}</a></div>
<h1>{esc(story.title)}</h1>
<h2 class="standfirst">{esc(story.description)}</h2>
<div class="author-strip">By {roles}</div>
<div class="dateline"><span class="date">{story.day.day:02d}.{story.day.month:02d}.{story.day.year}</span></div>
<div class="share-row"><a href="#tw">Tweet</a> <a href="#fb">Share on Facebook</a> <a href="#mail">Share via email</a></div>
<section class="article-body-wrapper"><div class="text-block">
{body}
</div></section>
<div class="topics-row">Topics: {tags}</div>
<div class="related-coverage"><h3>Related coverage</h3><ul>{links}</ul></div>
<div id="disqus_thread" class="discussion"><h3>Discussion ({len(notes)})</h3>
{comments}
</div>
</div>
<div class="layout__rail"><div class="rail-ad">Advertisement</div><div class="rail-box"><h3>Follow us</h3><a href="#tw">Twitter</a> <a href="#ig">Instagram</a></div></div>
</div></div></body></html>
"""
    related = [{"url": BASE + r.path, "title": r.title, "section": None, "published": None, "summary": None}
               for r in rel]
    return page, related


def blog_page(story: Story) -> tuple[str, list[dict[str, Any]]]:
    """OpenGraph-only blog: lower-case byline with "&", promoted stories, no <article>."""
    rel = C.related(story, 1)
    metas = [("og:title", f"{story.title} – Meridian Blog"), ("og:description", story.description),
             ("og:url", BASE + story.path), ("og:image", f"{BASE}{story.image}"), ("og:type", "article"),
             ("article:published_time", story.published), ("article:section", story.section_name)]
    if story.modified:
        metas.append(("article:modified_time", story.modified))
    metas += [("article:tag", t) for t in story.tags]
    head = "\n".join(f'<meta property="{k}" content="{esc(v)}">' for k, v in metas)
    head += "".join(f'\n<meta name="author" content="{esc(n)}">' for n in story.authors)
    ad = '<div class="adsbygoogle-box"><span>Advertisement</span></div>'
    body = _blocks(story, p="<p>{}</p>", h="<h4>{}</h4>", ul='<ul class="wp-list">{}</ul>',
                   quote='<div class="quote-wrap"><blockquote>{}</blockquote></div>', furniture={1: ad, 4: ad})
    likes = "".join(f'<li class="more-posts__item"><a href="{r.path}?utm_campaign=more_posts">'
                    f'<img src="{r.image}" alt=""><span>{esc(r.title)}</span></a></li>' for r in rel)
    promoted = "".join(f'<a class="promoted-link" href="https://promoted.example/{i}" rel="sponsored">{t}</a>'
                       for i, t in enumerate(("You won't believe these garden hacks", "Doctors hate this one trick")))
    page = f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>{esc(story.title)} – Meridian Blog</title>
{head}
</head>
<body class="single-format-standard">
<div class="cc-window cc-banner"><span class="cc-message">This site uses cookies to analyse traffic and personalise ads.</span> <a class="cc-btn" href="#ok">OK, got it</a></div>
<div id="page-container">
<div class="top-header"><div class="logo"><a href="/">meridian blog</a></div><div class="menu"><a href="/">Home</a> <a href="/archive">Archive</a> <a href="/about">About</a></div></div>
<div class="blog-post">
<div class="blog-post__category">{esc(story.section_name)}</div>
<div class="blog-post__title"><h1>{esc(story.title)}</h1></div>
<div class="blog-post__meta">Posted by {" &amp; ".join(esc(n.lower()) for n in story.authors)} on {story.day:%m/%d/%Y}</div>
<div class="blog-post__body">
{body}
</div>
<div class="blog-post__footer">Tags: {", ".join(esc(t) for t in story.tags)}</div>
<div class="social-bar">Like this post? <a href="#fb">Share on Facebook</a> <a href="#tw">Tweet it</a></div>
</div>
<div class="promoted"><div class="promoted__label">Promoted stories</div>{promoted}</div>
<div class="more-posts"><div class="more-posts__title">More posts you'll love</div><ul>{likes}</ul></div>
<div class="footer-widgets">&copy; Meridian Blog {long_date(story.day)[-4:]}</div>
</div></body></html>
"""
    related = [{"url": BASE + r.path, "title": r.title, "section": None, "published": None, "summary": None}
               for r in rel]
    return page, related


def microdata_page(story: Story) -> tuple[str, list[dict[str, Any]]]:
    """schema.org microdata only (no JSON-LD, no OpenGraph), table-era layout."""
    body = _blocks(story, p="<p>{}</p>", h='<h2 class="subtitle">{}</h2>', ul="<ul>{}</ul>",
                   quote="<blockquote>{}</blockquote>",
                   furniture={2: '<div class="banner-468">Advertisement</div>'})
    people = ", ".join(f'<span itemprop="author" itemscope itemtype="https://schema.org/Person">'
                       f'<span itemprop="name">{esc(n)}</span></span>' for n in story.authors)
    page = f"""<!DOCTYPE html>
<html lang="{story.language}"><head><meta charset="utf-8">
<title>Meridian Weekly :: {esc(story.title)}</title>
<link rel="canonical" href="{BASE}{story.path}">
</head><body>
<table class="layout" width="100%"><tr><td class="left-nav" valign="top">
<a href="/">Front page</a><br><a href="/archive">Archive</a><br><a href="/letters">Letters</a><br><a href="/print">Print edition</a>
</td><td class="center" valign="top">
<div itemscope itemtype="https://schema.org/NewsArticle">
<meta itemprop="datePublished" content="{story.published}">
<div class="section-name" itemprop="articleSection">{esc(story.section_name)}</div>
<h1 itemprop="headline">{esc(story.title)}</h1>
<div class="summary" itemprop="description">{esc(story.description)}</div>
<div class="byline">{people} &mdash; {long_date(story.day)}</div>
<div class="tools"><a href="#print">Print</a> | <a href="#mail">E-mail to a friend</a> | <a href="#tw">Tweet</a></div>
<img itemprop="image" src="{story.image}" alt="" class="lead">
<div itemprop="articleBody" class="bodytext">
{body}
</div>
</div>
<p class="closed">Comments are closed for this story.</p>
</td><td class="right-col" valign="top"><div class="banner-160">Advertisement</div>
<div class="poll"><b>Reader poll</b><br>Do you take the night bus? <a href="#yes">Yes</a> / <a href="#no">No</a></div></td></tr></table>
<div class="copyright">&copy; Meridian Weekly. All rights reserved.</div>
</body></html>
"""
    return page, []


FIXTURES = {
    "microdata-table-layout": ("night-buses-service-economy", microdata_page),
    "magazine-seed-style": ("wild-crop-relatives-seed-banks", magazine_page),
    "newsroom-jsonld-style": ("community-pharmacists-first-conversation", newsroom_page),
    "blog-opengraph-style": ("repair-friendly-laptops", blog_page),
}


def render_all() -> dict[str, tuple[str, dict[str, Any]]]:
    """Fixture name -> (HTML, expected record)."""
    out = {}
    for name, (slug, render) in FIXTURES.items():
        story = C.by_slug(slug, 1)
        assert story is not None
        page, related = render(story)
        expected = record(story, 1, BASE, SITE)
        expected["related"] = related
        expected["images"] = []  # lead pictures only: no figure inside the article
        if render in (magazine_page, microdata_page):
            expected["modified"] = None  # neither page states a modification date
        if render is microdata_page:
            expected["reading_time_minutes"] = None  # the page states none
            # its one-sentence summary above the text is classed as no dek: it opens the
            # body as well as being the description (README, "the seed page's annotation")
            expected["body"] = f"{story.description}\n\n{expected['body']}"
            expected["body_blocks"] = [{"type": "p", "text": story.description}, *expected["body_blocks"]]
            expected["word_count"] += len(story.description.split())
        out[name] = (page, expected)
    return out


def main() -> int:
    FIXTURE_DIR.mkdir(parents=True, exist_ok=True)
    for name, (page, expected) in render_all().items():
        (FIXTURE_DIR / f"{name}.html").write_text(page, encoding="utf-8")
        (FIXTURE_DIR / f"{name}.json").write_text(
            json.dumps(expected, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {FIXTURE_DIR / name}.html/.json")
    return 0


if __name__ == "__main__":
    sys.exit(main())
