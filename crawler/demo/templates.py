"""Article page templates of the demo publication: ``seed``, ``jsonld``, ``opengraph``.

Each template imitates a different CMS, with its own markup and class vocabulary, so
an extractor has to work from general rules. Every function returns a whole HTML
document as ``str``; links are site-relative except where real pages make them
absolute (canonical, og:url, JSON-LD). Share buttons are ``<button>`` or ``mailto:``
and sponsored links go to ``*.example`` hosts, so nothing here points off 127.0.0.1
at a host that resolves.
"""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from crawler.demo import content as C
from crawler.demo.content import Story
from crawler.demo.markup import (
    author_links,
    body_html,
    card_date,
    esc,
    long_date,
    nav_links,
    parse_stamp,
    share_buttons,
)

# --- template "seed": the page the project was described from ----------------------

def render_seed(story: Story, state: int, base: str) -> str:
    canonical = base + story.path
    since = 0  # paragraphs since the last ad pair

    def ads(i: int, kind: str) -> str:
        # Pairs of ad slots between two paragraphs, as on the seed page.
        nonlocal since
        previous = story.blocks[i - 1][0] if i else ""
        if kind == "p" and previous == "p" and since >= 3:
            since = 1
            slot = '<div class="ad-container"><div class="ad-unit" data-slot="mid">ADVERTISEMENT</div></div>'
            return slot + "\n" + slot
        since += kind == "p"
        return ""

    body = "\n".join(body_html(story.blocks, figures=story.figures, between=ads, heading="h2"))
    cards = "\n".join(
        f"""<li class="related-card">
<a class="related-card__section" href="/section/{r.section}/">{esc(r.section_name)}</a>
<h3 class="related-card__headline"><a href="{r.path}">{esc(r.title)}</a></h3>
<p class="related-card__summary">{esc(r.description)}</p>
<span class="related-card__date">{card_date(r.day)}</span>
</li>""" for r in C.related(story, state))
    byline = " and ".join(f'<a href="/author/{C.slugify(n)}/">{esc(n)}</a>' for n in story.authors)
    lead = (f'<figure class="hero-media"><img src="{story.image}" alt="" width="1200" height="675">'
            f'<figcaption class="hero-media__credit">Photograph: {esc(C.site_name())} archive</figcaption></figure>'
            if story.image else "")
    og_image = f'\n<meta property="og:image" content="{base}{story.image}">' if story.image else ""
    return f"""<!DOCTYPE html>
<html lang="{story.language}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(story.title)} - {esc(C.site_name())}</title>
<meta name="description" content="{esc(story.description)}">
<link rel="canonical" href="{canonical}">{og_image}
<link rel="stylesheet" href="/static/magazine.css">
<link rel="alternate" type="application/rss+xml" title="{esc(C.site_name())}" href="/feed.xml">
</head>
<body class="magazine article-page">
<a class="skip" href="#content">Skip to main content</a>
<header class="mag-header">
<div class="mag-header__logo"><a href="/">{esc(C.site_name())}</a></div>
<nav class="mag-header__menu" aria-label="Sections"><ul>{nav_links("mag-header__item")}</ul></nav>
<form class="mag-header__search" role="search" action="/search" method="get"><input type="search" name="q" placeholder="Search"></form>
</header>
<main id="content" class="mag-main">
<div class="mag-story">
<div class="mag-story__top">
<a class="mag-story__category" href="/section/{story.section}/">{esc(story.section_name)}</a>
<h1 class="mag-story__headline">{esc(story.title)}</h1>
<p class="mag-story__excerpt">{esc(story.description)}</p>
<div class="social-share" aria-label="Share this story">
{share_buttons(story, base, ("X", "Linkedin", "Facebook", "Reddit", "Email", "Bluesky"), "social-share__button")}
</div>
<div class="mag-story__info">
<div class="mag-story__author">Published by {byline}</div>
<div class="mag-story__date">{long_date(story.day)} - {story.reading_time} min Read</div>
</div>
</div>
{lead}
<div class="mag-story__text">
{body}
</div>
</div>
<div class="related-rail">
<h2 class="related-rail__title">Related Articles</h2>
<ul class="related-rail__list">
{cards}
</ul>
</div>
</main>
{_mag_footer()}
</body>
</html>
"""


def _mag_footer() -> str:
    return f"""<footer class="mag-footer">
<ul class="mag-footer__links"><li><a href="/about/">About us</a></li><li><a href="/contact/">Contact</a></li>
<li><a href="/feed.xml">RSS</a></li><li><a href="/private/embargoed-budget-preview">Staff preview</a></li></ul>
<p class="mag-footer__legal">&copy; 2025 {esc(C.site_name())}. All rights reserved.</p>
</footer>"""


# --- template "jsonld": a news CMS with structured data -----------------------------

def _jsonld(story: Story, base: str) -> str:
    people = [{"@type": "Person", "name": n, "url": f"{base}/author/{C.slugify(n)}/"} for n in story.authors]
    publisher = {"@type": "NewsMediaOrganization", "name": C.site_name(),
                 "logo": {"@type": "ImageObject", "url": f"{base}/static/logo.png"}}
    article: dict[str, Any] = {
        "@type": "NewsArticle", "headline": story.title, "description": story.description,
        "author": people, "datePublished": story.published,
        "dateModified": story.modified, "articleSection": story.section_name,
        "inLanguage": story.language, "mainEntityOfPage": base + story.path,
        "image": [base + story.image] if story.image else None, "publisher": publisher,
    }
    article = {k: v for k, v in article.items() if v is not None}
    if story.teaser:
        article["isAccessibleForFree"] = False
        article["hasPart"] = {"@type": "WebPageElement", "isAccessibleForFree": False,
                              "cssSelector": ".story__paywalled"}
    if story.graph:
        article["keywords"] = list(story.tags)
        article["@id"] = base + story.path + "#article"
        if len(people) == 1:
            article["author"] = people[0]
        crumbs = {"@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": base + "/"},
            {"@type": "ListItem", "position": 2, "name": story.section_name,
             "item": f"{base}/section/{story.section}/"}]}
        data = {"@context": "https://schema.org", "@graph": [
            {"@type": "WebSite", "@id": base + "/#website", "name": C.site_name(), "url": base + "/"},
            {"@type": "WebPage", "@id": base + story.path, "url": base + story.path, "name": story.title},
            article, crumbs]}
    else:
        article["keywords"] = ", ".join(story.tags)
        data = {"@context": "https://schema.org", **article}
    return json.dumps(data, ensure_ascii=False, indent=1).replace("</", "<\\/")


def _news_time(value: str, lang: str) -> str:
    stamp = parse_stamp(value)
    d = stamp.date() if isinstance(stamp, datetime) else stamp
    day = f"{d.day} {d:%B %Y}" if lang == "en-GB" else long_date(d)
    if isinstance(stamp, datetime):
        hour = stamp.strftime("%H:%M") if lang == "en-GB" else stamp.strftime("%I:%M %p").lstrip("0")
        return f"{day}, {hour}"
    return day


def render_jsonld(story: Story, state: int, base: str) -> str:
    more = C.read_more(story, state)
    paras = [i for i, (k, _) in enumerate(story.blocks) if k == "p"]
    teaser_at, signup_at = paras[len(paras) // 2], paras[-2]

    def furniture(i: int, kind: str) -> str:
        if i == teaser_at:
            return f'<p class="inline-promo"><strong>Read more:</strong> <a href="{more.path}">{esc(more.title)}</a></p>'
        if i == signup_at:
            return """<aside class="nl-signup">
<h4 class="nl-signup__title">Sign up for our newsletter</h4>
<p class="nl-signup__blurb">The week's best reporting, in your inbox every Friday morning.</p>
<form class="nl-signup__form" action="/newsletter" method="post"><label for="nl-email">Email address</label>
<input type="email" id="nl-email" name="email" placeholder="you@example.com" required><button type="submit">Subscribe</button></form>
</aside>"""
        return ""

    body = "\n".join(body_html(story.blocks, figures=story.figures, between=furniture, heading="h3", quote_cls="pullquote"))
    updated = ""
    if story.modified and story.modified != story.published:
        updated = (f'<span class="meta-updated">Updated <time class="updated" datetime="{story.modified}">'
                   f"{_news_time(story.modified, story.language)}</time></span>")
    rel = "\n".join(f'<li class="more-list__item"><a href="{r.path}">{esc(r.title)}</a> '
                    f'<time datetime="{r.published[:10]}">{long_date(r.day)}</time></li>'
                    for r in C.related(story, state))
    notes = C.comments(story, state)
    comments = "\n".join(f"""<li class="comment">
<div class="comment__head"><span class="comment__author">{esc(name)}</span> <time class="comment__date" datetime="{day.isoformat()}">{long_date(day)}</time></div>
<div class="comment__body"><p>{esc(text)}</p></div>
</li>""" for name, day, text in notes)
    tags = "".join(f'<li><a rel="tag" href="/tag/{C.slugify(t)}/">{esc(t)}</a></li>' for t in story.tags)
    popular = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in C.most_read(state, story.slug))
    image = (f'<figure class="article-figure"><img src="{story.image}" alt="{esc(story.title)}">'
             f'<figcaption>Illustration for {esc(C.site_name())}</figcaption></figure>' if story.image else "")
    return f"""<!doctype html>
<html lang="{story.language}">
<head>
<meta charset="utf-8">
<title>{esc(story.title)} | {esc(C.site_name())}</title>
<meta name="description" content="{esc(story.description)}">
<link rel="canonical" href="{base}{story.path}">
<script type="application/ld+json">
{_jsonld(story, base)}
</script>
<link rel="stylesheet" href="/static/news.css">
</head>
<body class="news-single">
<div id="page" class="site">
<header class="site-header" role="banner">
<p class="site-title"><a href="/" rel="home">{esc(C.site_name())}</a></p>
<nav class="primary-nav"><ul class="menu">{nav_links("menu-item")}</ul></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> &rsaquo; <a href="/section/{story.section}/">{esc(story.section_name)}</a></nav>
<div class="site-content">
<main id="main" class="site-main">
<article class="story">
<header class="story__header">
<div class="story__section"><a href="/section/{story.section}/">{esc(story.section_name)}</a></div>
<h1 class="story__headline">{esc(story.title)}</h1>
<p class="story__dek">{esc(story.description)}</p>
<div class="story__meta">
<span class="story__byline">By {author_links(story.authors)}</span>
<time class="published" datetime="{story.published}">{_news_time(story.published, story.language)}</time>
{updated}
</div>
<div class="story__share"><span class="story__share-label">Share this article</span>
{share_buttons(story, base, ("Facebook", "X", "WhatsApp"), "share-btn")}
<button type="button" class="share-btn share-btn--copy">Copy link</button></div>
</header>
{image}
<div class="story__body">
{body}
</div>
{_paywall_prompt() if story.teaser else ""}
<footer class="story__footer"><h4 class="story__tags-label">Topics</h4><ul class="story__tags">{tags}</ul></footer>
</article>
<section class="more-list"><h2 class="more-list__title">More from {esc(story.section_name)}</h2>
<ul>{rel}</ul></section>
<section id="comments" class="comments"><h2 class="comments__title">{len(notes)} comments</h2>
<ol class="comments__list">{comments}</ol>
<form class="comments__form" action="/comments" method="post"><label for="c-text">Join the conversation</label><textarea id="c-text" name="text"></textarea><button type="submit">Post comment</button></form>
</section>
</main>
<aside class="site-sidebar"><section class="widget-popular"><h3>Most read</h3><ol>{popular}</ol></section>
<section class="widget-follow"><h3>Follow us</h3><p><button type="button">Facebook</button> <button type="button">Instagram</button> <a href="/feed.xml">RSS</a></p></section></aside>
</div>
{_news_footer()}
</div>
</body>
</html>
"""


def _paywall_prompt() -> str:
    """What a reader without a subscription sees where the teaser stops."""
    return """<div class="paywall-prompt">
<p class="paywall-prompt__title">Subscribe to continue reading</p>
<p>Get unlimited access to every article, from £1 a week.</p>
<p>Already a subscriber? <a href="/login">Log in</a></p>
</div>"""


def _news_footer() -> str:
    return f"""<footer class="site-footer"><nav><a href="/about/">About</a> | <a href="/contact/">Contact us</a> | <a href="/sitemap.xml">Sitemap</a> | <a href="/atom.xml">Atom feed</a> | <a href="/private/embargoed-budget-preview">Embargoed (staff)</a></nav>
<p>&copy; 2025 {esc(C.site_name())}</p></footer>"""


# --- template "opengraph": a blog theme with only OpenGraph metadata ----------------

def render_opengraph(story: Story, state: int, base: str) -> str:
    def ad(i: int, kind: str) -> str:
        if i == 2:
            return '<div class="advert-box"><small class="advert-box__label">Advertisement</small><div class="advert-box__slot" data-ad="incontent"></div></div>'
        if i == len(story.blocks) - 1:
            title, who, path = C.sponsored(story, state)[0]
            return (f'<div class="promo-card promo-card--inline"><span class="promo-card__tag">Sponsored</span> '
                    f'<a rel="sponsored nofollow" href="https://partners.example{path}?placement=article">{esc(title)}</a> '
                    f'<span class="promo-card__by">Presented by {esc(who)}</span></div>')
        return ""

    def lead(text: str) -> str:
        head, dot, rest = text.partition(". ")
        return f"<p><strong>{esc(head + dot.strip())}</strong> {esc(rest)}</p>" if rest else f"<p>{esc(text)}</p>"

    body = "\n".join(body_html(story.blocks, figures=story.figures, between=ad, heading="h2", list_tag="ol",
                               quote_cls="wp-block-quote", first=lead))
    title_full = f"{story.title} | {C.site_name()}"
    metas = [("og:site_name", C.site_name()), ("og:type", "article"), ("og:title", title_full),
             ("og:description", story.description), ("og:url", base + story.path)]
    if story.image:
        metas.append(("og:image", base + story.image))
    metas.append(("article:published_time", story.published))
    if story.modified:
        metas.append(("article:modified_time", story.modified))
    metas.append(("article:section", story.section_name))
    metas += [("article:tag", t) for t in story.tags]
    meta_html = "\n".join(f'<meta property="{k}" content="{esc(v)}">' for k, v in metas)
    posted = f"Posted on {story.day:%m/%d/%Y}"
    if story.modified:
        posted += f' <span class="post__updated">(updated {parse_stamp(story.modified):%m/%d/%Y})</span>'
    likes = "\n".join(f"""<div class="also-like__item"><a href="{r.path}?utm_source=related&amp;utm_medium=also_like">
<img src="{r.image or '/static/placeholder.png'}" alt="" loading="lazy"><span class="also-like__title">{esc(r.title)}</span></a></div>"""
                      for r in C.related(story, state))
    promos = "\n".join(f'<div class="promo-card"><span class="promo-card__tag">Sponsored</span><a rel="sponsored nofollow" '
                       f'href="https://partners.example{p}?placement=sidebar">{esc(t)}</a><span class="promo-card__by">{esc(w)}</span></div>'
                       for t, w, p in C.sponsored(story, state))
    popular = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in C.most_read(state, story.slug))
    tags = ", ".join(f'<a rel="tag" href="/tag/{C.slugify(t)}/">{esc(t)}</a>' for t in story.tags)
    thumb = f'<div class="post__thumb"><img src="{story.image}" alt=""></div>' if story.image else ""
    return f"""<!DOCTYPE html>
<html lang="{story.language}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title_full)}</title>
<meta name="description" content="{esc(story.description)}">
<meta name="author" content="{esc(', '.join(story.authors))}">
{meta_html}
<meta name="twitter:card" content="summary_large_image">
<link rel="canonical" href="{base}{story.path}">
<link rel="stylesheet" href="/static/blog.css">
</head>
<body class="post-template-default single single-post">
<div id="cookie-law-info-bar" class="cookie-bar" role="dialog" aria-live="polite">
<p>We use cookies to give you the best experience on our website and to show you relevant ads. By continuing to browse, you agree to our use of cookies. <a href="/about/">Read more</a></p>
<button type="button" class="cookie-bar__accept">Accept</button> <button type="button" class="cookie-bar__settings">Cookie settings</button>
</div>
<div class="wrapper">
<div class="topbar"><span class="topbar__tagline">Independent journalism since 2009</span></div>
<header class="blog-header"><a class="blog-header__logo" href="/">{esc(C.site_name())}</a>
<nav class="blog-header__nav"><ul>{nav_links("nav-item")}</ul></nav></header>
<div class="content-area">
<div id="primary" class="primary">
<div class="post" id="post-{sum(map(ord, story.slug))}">
<div class="post__cats"><a class="post__cat" href="/section/{story.section}/">{esc(story.section_name)}</a></div>
<h1 class="post__title">{esc(story.title)}</h1>
<div class="post__byline">by {author_links(story.authors, lower=True)} <span class="sep">&middot;</span> <span class="post__date">{posted}</span></div>
{thumb}
<div class="post__content">
{body}
</div>
<div class="post__tags">Filed under: {tags}</div>
<div class="post__share">Share: {share_buttons(story, base, ("Facebook", "Twitter", "Pinterest", "Email"), "post__share-link")}</div>
</div>
<div class="also-like"><h3 class="also-like__heading">You may also like</h3>
<div class="also-like__grid">
{likes}
</div></div>
</div>
<div id="secondary" class="widget-area">
<section class="widget widget--sponsored"><h4 class="widget__title">Sponsored</h4>
{promos}
</section>
<section class="widget"><h4 class="widget__title">Popular posts</h4><ul>{popular}</ul></section>
</div>
</div>
<footer class="blog-footer"><p><a href="/about/">About</a> &middot; <a href="/contact/">Contact</a> &middot; <a href="/feed.xml">Subscribe via RSS</a> &middot; <a href="/private/embargoed-budget-preview">Drafts</a></p>
<p class="blog-footer__copy">&copy; 2025 {esc(C.site_name())} &middot; Proudly powered by a blog engine</p></footer>
</div>
</body>
</html>
"""


RENDERERS = {"seed": render_seed, "jsonld": render_jsonld, "opengraph": render_opengraph}


def render_article(story: Story, state: int, base: str) -> str:
    return RENDERERS[story.template](story, state, base)
