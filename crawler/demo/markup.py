"""Markup helpers shared by the demo site's templates: escaping, date formats,
navigation, bylines, body blocks and share buttons."""

from __future__ import annotations

from datetime import date, datetime
from html import escape
from urllib.parse import quote

from crawler.demo import content as C
from crawler.demo.content import Story


def esc(text: str) -> str:
    return escape(text, quote=True)


def long_date(d: date) -> str:
    """``July 2, 2025``."""
    return f"{d:%B} {d.day}, {d.year}"


def card_date(d: date) -> str:
    """``August 07, 2025`` (zero-padded, as on the seed page's related cards)."""
    return d.strftime("%B %d, %Y")


def parse_stamp(value: str) -> datetime | date:
    if len(value) == 10:
        return date.fromisoformat(value)
    return datetime.fromisoformat(value)


def nav_links(cls: str) -> str:
    return "".join(f'<li class="{cls}"><a href="/section/{slug}/">{esc(name)}</a></li>'
                   for slug, name in C.sections().items())


def author_links(names: tuple[str, ...], *, lower: bool = False, rel: str = "author") -> str:
    links = [f'<a rel="{rel}" href="/author/{C.slugify(n)}/">{esc(n.lower() if lower else n)}</a>'
             for n in names]
    if lower:
        return ", ".join(links)
    if len(links) == 1:
        return links[0]
    return ", ".join(links[:-1]) + " and " + links[-1]


def block_html(kind: str, text: str, *, heading: str = "h2", list_tag: str = "ul",
               quote_cls: str = "") -> str:
    """One body block; lists are grouped by :func:`body_html`."""
    if kind == "p":
        return f"<p>{esc(text)}</p>"
    if kind == "h":
        return f"<{heading}>{esc(text)}</{heading}>"
    if kind == "quote":
        return f'<blockquote class="{quote_cls}"><p>{esc(text)}</p></blockquote>'
    if kind == "pre":
        return f"<pre><code>{esc(text)}</code></pre>"
    raise ValueError(kind)


def figure_html(figure) -> str:
    """A figure inside the body: picture, caption and a credit in its own element."""
    return (f'<figure class="body-figure"><img src="{esc(figure.src)}" alt="{esc(figure.alt)}" '
            f'loading="lazy"><figcaption>{esc(figure.caption)} '
            f'<span class="body-figure__credit">Photo: {esc(figure.credit)}</span></figcaption></figure>')


def body_html(blocks, *, between, heading="h2", list_tag="ul", quote_cls="", first=None,
              figures=()) -> list[str]:
    """Body blocks as HTML fragments; ``between(i, kind)`` returns furniture to insert
    before block ``i``; ``first`` renders the first paragraph specially; ``figures``
    go before the block their ``before`` names."""
    out: list[str] = []
    items: list[str] = []
    for i, (kind, text) in enumerate(blocks):
        if kind == "li":
            items.append(f"<li>{esc(text)}</li>")
            continue
        if items:
            out.append(f"<{list_tag}>{''.join(items)}</{list_tag}>")
            items = []
        out.append(between(i, kind))
        out.extend(figure_html(f) for f in figures if f.before == i)
        if i == 0 and first and kind == "p":
            out.append(first(text))
        else:
            out.append(block_html(kind, text, heading=heading, list_tag=list_tag, quote_cls=quote_cls))
    if items:
        out.append(f"<{list_tag}>{''.join(items)}</{list_tag}>")
    return [x for x in out if x]


def share_buttons(story: Story, base: str, labels: tuple[str, ...], cls: str) -> str:
    url = quote(base + story.path, safe="")
    btns = [f'<button type="button" class="{cls}" data-network="{label.lower()}" '
            f'data-url="{url}">{label}</button>' for label in labels if label != "Email"]
    if "Email" in labels:
        btns.append(f'<a class="{cls}" href="mailto:?subject={quote(story.title)}&amp;body={url}">Email</a>')
    return "\n".join(btns)
