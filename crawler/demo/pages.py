"""Non-article pages of the demo publication: home, section, tag and author listings
(paginated), about, contact and error pages. None of these is an article, though the
about and contact pages are prose and the listings carry headlines and standfirsts.

Teaser links carry ``utm_*`` parameters, as real home pages do; the footer links to
the disallowed staff page, a dead link (404) and a broken live blog (500).
"""

from __future__ import annotations

from crawler.demo import content as C
from crawler.demo.content import Story
from crawler.demo.markup import esc, long_date, nav_links


def chrome(title: str, main: str, *, description: str = "", base: str = "", canonical: str = "",
           body_class: str = "listing") -> str:
    canon = f'\n<link rel="canonical" href="{base}{canonical}">' if canonical else ""
    desc = f'\n<meta name="description" content="{esc(description)}">' if description else ""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{esc(title)}</title>{desc}{canon}
<link rel="alternate" type="application/rss+xml" title="{esc(C.site_name())} (RSS)" href="/feed.xml">
<link rel="alternate" type="application/atom+xml" title="{esc(C.site_name())} (Atom)" href="/atom.xml">
<link rel="stylesheet" href="/static/site.css">
</head>
<body class="{body_class}">
<header class="top">
<a class="top__brand" href="/">{esc(C.site_name())}</a>
<nav class="top__sections"><ul>{nav_links("top__section")}</ul></nav>
</header>
<main class="page">
{main}
</main>
<footer class="bottom">
<ul class="bottom__links">
<li><a href="/about/">About</a></li><li><a href="/contact/">Contact</a></li>
<li><a href="/feed.xml">RSS</a></li><li><a href="/atom.xml">Atom</a></li><li><a href="/sitemap.xml">Sitemap</a></li>
<li><a href="/elections-2019/">Election 2019 hub</a></li>
<li><a href="/private/embargoed-budget-preview">Staff preview</a></li>
</ul>
<p>&copy; 2025 {esc(C.site_name())}</p>
</footer>
</body>
</html>
"""


def teaser(story: Story, source: str) -> str:
    by = " and ".join(story.authors)
    return f"""<div class="teaser">
<a class="teaser__kicker" href="/section/{story.section}/">{esc(story.section_name)}</a>
<h3 class="teaser__headline"><a href="{story.path}?utm_source={source}&amp;utm_medium=teaser">{esc(story.title)}</a></h3>
<p class="teaser__standfirst">{esc(story.description)}</p>
<p class="teaser__meta">By {esc(by)} &middot; {long_date(story.day)}</p>
</div>"""


def pager(prefix: str, number: int, total: int) -> str:
    if total < 2:
        return ""
    links = []
    if number > 1:
        links.append(f'<a rel="prev" href="{C.page_path(prefix, number - 1)}">&laquo; Newer</a>')
    for n in range(1, total + 1):
        links.append(f'<span class="pager__current">{n}</span>' if n == number
                     else f'<a href="{C.page_path(prefix, n)}">{n}</a>')
    if number < total:
        links.append(f'<a rel="next" href="{C.page_path(prefix, number + 1)}">Older &raquo;</a>')
    return f'<nav class="pager" aria-label="Pagination">{" ".join(links)}</nav>'


def listing(title: str, intro: str, items: list[Story], source: str, prefix: str, number: int,
            base: str, state: int, extra: str = "") -> str | None:
    pages = C.paginate(items, C.HOME_PAGE_SIZE if prefix == "/" else C.SECTION_PAGE_SIZE)
    if prefix.startswith(("/tag/", "/author/")):
        pages = [items]
    if not 1 <= number <= len(pages) or not items:
        return None
    popular = "".join(f'<li><a href="{s.path}">{esc(s.title)}</a></li>' for s in C.most_read(state))
    main = f"""<h1 class="page__title">{esc(title)}</h1>
{f'<p class="page__intro">{esc(intro)}</p>' if intro else ''}
<section class="stream">
{chr(10).join(teaser(s, source) for s in pages[number - 1])}
</section>
{pager(prefix, number, len(pages))}
<aside class="rail"><h2>Most read</h2><ol>{popular}</ol>{extra}</aside>"""
    suffix = f" (page {number})" if number > 1 else ""
    return chrome(f"{title}{suffix} | {C.site_name()}", main, description=intro, base=base,
                  canonical=C.page_path(prefix, number))


def home(number: int, base: str, state: int) -> str | None:
    extra = """<h2>From the archive</h2><p><a href="/old/parking-minimums">Parking rules, five years on</a></p>
<p><a href="/2025/07/walking-meetings.php">Walking meetings, revisited</a></p>
<h2>Live</h2><p><a href="/live/">Live updates: the regional transport summit</a></p>"""
    return listing(C.site_name(), "Reporting on science, technology, health, cities, culture and work.",
                   list(C.stories(state)), "home", "/", number, base, state, extra)


def section(slug: str, number: int, base: str, state: int) -> str | None:
    name = C.sections().get(slug)
    if not name:
        return None
    return listing(name, f"The latest from our {name.lower()} desk.", C.in_section(slug, state),
                   "section", f"/section/{slug}/", number, base, state)


def tag(slug: str, base: str, state: int) -> str | None:
    found = C.tags(state).get(slug)
    if not found:
        return None
    return listing(f"Tagged: {found[0]}", "", found[1], "tag", f"/tag/{slug}/", 1, base, state)


def author(slug: str, base: str, state: int) -> str | None:
    found = C.authors(state).get(slug)
    if not found:
        return None
    name, items = found
    intro = f"{name} is a {C.author_role(name).lower()} at {C.site_name()}."
    return listing(name, intro, items, "author", f"/author/{slug}/", 1, base, state)


ABOUT = (
    ("The Meridian Review is an independent publication covering science, technology, health, "
    "cities, culture and work. We were founded by a small group of reporters who wanted to write "
    "slower, more careful stories about the everyday systems that shape people's lives."),
    ("Our reporters spend time with the people closest to a subject before they write about it: "
    "the engineers who run the servers, the nurses on night shifts, the volunteers counting beetles "
    "in suburban gardens. We correct mistakes openly and note every substantial change at the end "
    "of the article concerned."),
    ("We are funded by readers, by a small amount of advertising that is always labelled, and by "
    "sponsored features that are clearly marked and never written by our newsroom. Advertisers have "
    "no say over what we report."),
    ("We use cookies to measure how many people read each story and to show advertising. You can "
    "change your choices at any time from the cookie settings link at the bottom of every page."),
)
CONTACT = (
    ("We read every message we receive, although we cannot always reply individually. If you have a "
    "story we should know about, write to the news desk and tell us as much as you can about where "
    "the information comes from and how we can reach you."),
    ("To report an error in one of our articles, please include the headline and a short explanation "
    "of what is wrong. Corrections are reviewed by an editor who was not involved in the original "
    "story, usually within two working days."),
    ("For advertising and sponsorship enquiries, contact our commercial team, which works separately "
    "from the newsroom. Press and speaking requests should go to the editor's office."),
)


def prose(title: str, paras: tuple[str, ...], path: str, base: str) -> str:
    body = "\n".join(f"<p>{esc(p)}</p>" for p in paras)
    if path == "/contact/":
        body += ('\n<address class="contact-card">News desk: newsdesk@meridian.example<br>'
                 "Corrections: corrections@meridian.example<br>12 Harbour Street, Port Ellis</address>")
    main = f'<div class="static-page"><h1>{esc(title)}</h1>\n{body}\n</div>'
    return chrome(f"{title} | {C.site_name()}", main, description=paras[0][:150], base=base, canonical=path,
                  body_class="static")


def about(base: str) -> str:
    return prose("About us", ABOUT, "/about/", base)


def contact(base: str) -> str:
    return prose("Contact", CONTACT, "/contact/", base)


def error(status: int) -> str:
    if status == 404:
        title, text = "Page not found", "Sorry, we could not find that page. It may have been moved or deleted."
    elif status == 410:
        title, text = "Article removed", "This article has been removed and will not be coming back."
    else:
        title, text = "Something went wrong", "Our server ran into a problem. Please try again later."
    return chrome(f"{title} | {C.site_name()}", f'<div class="error-page"><h1>{title}</h1><p>{text}</p>'
                  '<p><a href="/">Back to the home page</a></p></div>', body_class=f"error error-{status}")
