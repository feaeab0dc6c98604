"""robots.txt, sitemaps (an index and one sitemap per month) and the RSS and Atom feeds.

Sitemaps list exactly the articles live in the state; feeds carry the newest
``FEED_SIZE`` of them, with ``utm_*`` parameters on the RSS item links as feed
services add them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import format_datetime
from xml.sax.saxutils import escape

from crawler.demo import content as C
from crawler.demo.content import Story
from crawler.demo.markup import parse_stamp

FEED_SIZE = 20


def robots(base: str) -> str:
    return (f"# robots.txt for {C.site_name()}\n"
            "User-agent: *\n"
            f"Disallow: {C.DISALLOWED_PREFIX}\n\n"
            f"Sitemap: {base}/sitemap.xml\n")


def _stamp(value: str) -> datetime:
    parsed = parse_stamp(value)
    if isinstance(parsed, datetime):
        return parsed
    return datetime(parsed.year, parsed.month, parsed.day, tzinfo=UTC)


def _iso(value: str) -> str:
    return _stamp(value).isoformat().replace("+00:00", "Z")


def months(state: int) -> dict[str, list[Story]]:
    """``YYYY-MM`` -> articles published that month."""
    out: dict[str, list[Story]] = {}
    for s in C.stories(state):
        out.setdefault(s.published[:7], []).append(s)
    return dict(sorted(out.items()))


def sitemap_index(base: str, state: int) -> str:
    entries = []
    for month, items in months(state).items():
        last = max(_iso(s.modified or s.published) for s in items)
        entries.append(f"<sitemap><loc>{base}/sitemaps/posts-{month}.xml</loc><lastmod>{last}</lastmod></sitemap>")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
            + "\n".join(entries) + "\n</sitemapindex>\n")


def sitemap(month: str, base: str, state: int) -> str | None:
    items = months(state).get(month)
    if not items:
        return None
    urls = "\n".join(f"<url><loc>{base}{s.path}</loc><lastmod>{_iso(s.modified or s.published)}</lastmod>"
                     "<changefreq>weekly</changefreq></url>" for s in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + urls + "\n</urlset>\n")


def rss(base: str, state: int) -> str:
    items = C.stories(state)[:FEED_SIZE]
    newest = max(_stamp(s.modified or s.published) for s in items)
    out = []
    for s in items:
        creators = "".join(f"<dc:creator>{escape(a)}</dc:creator>" for a in s.authors)
        out.append(f"""<item>
<title>{escape(s.title)}</title>
<link>{base}{s.path}?utm_source=rss&amp;utm_medium=feed</link>
<guid isPermaLink="true">{base}{s.path}</guid>
<pubDate>{format_datetime(_stamp(s.published))}</pubDate>
{creators}
<category>{escape(s.section_name)}</category>
<description>{escape(s.description)}</description>
</item>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>{escape(C.site_name())}</title>
<link>{base}/</link>
<atom:link href="{base}/feed.xml" rel="self" type="application/rss+xml"/>
<description>Reporting on science, technology, health, cities, culture and work.</description>
<language>en</language>
<lastBuildDate>{format_datetime(newest)}</lastBuildDate>
{chr(10).join(out)}
</channel>
</rss>
"""


def atom(base: str, state: int) -> str:
    items = C.stories(state)[:FEED_SIZE]
    newest = max(_iso(s.modified or s.published) for s in items)
    out = []
    for s in items:
        people = "".join(f"<author><name>{escape(a)}</name></author>" for a in s.authors)
        out.append(f"""<entry>
<title>{escape(s.title)}</title>
<link rel="alternate" type="text/html" href="{base}{s.path}"/>
<id>{base}{s.path}</id>
<published>{_iso(s.published)}</published>
<updated>{_iso(s.modified or s.published)}</updated>
{people}
<category term="{escape(s.section_name, {'"': '&quot;'})}"/>
<summary>{escape(s.description)}</summary>
</entry>""")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en">
<title>{escape(C.site_name())}</title>
<id>{base}/</id>
<link rel="self" href="{base}/atom.xml"/>
<link rel="alternate" type="text/html" href="{base}/"/>
<updated>{newest}</updated>
{chr(10).join(out)}
</feed>
"""


def media_bytes() -> bytes:
    """A 1x1 GIF served for every ``/media/`` and ``/static/*.png`` path."""
    return (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\xff\xff\xff\x00\x00\x00!\xf9\x04\x01\x00\x00\x00\x00"
            b",\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")

