"""Charts for the Datasette database page: articles per day by site, and new
articles / new versions per crawl, as stacked-bar geometry an SVG template draws.

Drawn server-side as plain SVG (no JavaScript, nothing fetched from a CDN, so it
renders offline and in tests): datasette-vega 0.6 only charts a query's rows
after the reader picks the columns, and datasette-dashboards needs Vega from a
CDN. Each query reads a bounded window (the last days, the last crawls) through
an index, so the page stays fast at a million articles.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date, timedelta

__all__ = ["Chart", "articles_per_day", "stacked_bars", "versions_per_crawl"]

#: Colour-blind-safe palette (Okabe-Ito), then grey for "other".
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#F0E442", "#000000")
OTHER = "#999999"
WIDTH, HEIGHT, LEFT, BOTTOM, TOP = 900, 260, 48, 36, 12


@dataclass
class Chart:
    """Stacked bars: ``bars`` are ``{x, y, width, height, fill, title}`` in SVG units."""

    title: str
    width: int = WIDTH
    height: int = HEIGHT
    bars: list[dict] = field(default_factory=list)
    legend: list[tuple[str, str]] = field(default_factory=list)
    x_labels: list[dict] = field(default_factory=list)
    y_ticks: list[dict] = field(default_factory=list)


def stacked_bars(title: str, keys: list[str], series: dict[str, dict[str, int]],
                 colours: dict[str, str]) -> Chart:
    """One bar per key (in order), stacked by series (in ``colours`` order)."""
    chart = Chart(title=title, legend=list(colours.items()))
    totals = [sum(series.get(name, {}).get(k, 0) for name in colours) for k in keys]
    peak = max(totals, default=0) or 1
    plot_w, plot_h = WIDTH - LEFT - 8, HEIGHT - BOTTOM - TOP
    step = plot_w / max(len(keys), 1)
    for i, key in enumerate(keys):
        base = 0.0
        for name, fill in colours.items():
            value = series.get(name, {}).get(key, 0)
            if not value:
                continue
            height = value / peak * plot_h
            chart.bars.append({
                "x": round(LEFT + i * step + step * 0.1, 1), "width": round(step * 0.8, 1),
                "y": round(TOP + plot_h - base - height, 1), "height": round(height, 1),
                "fill": fill, "title": f"{key} · {name}: {value:,}",
            })
            base += height
    label_every = max(1, len(keys) // 8)
    chart.x_labels = [{"x": round(LEFT + (i + 0.5) * step, 1), "text": key}
                      for i, key in enumerate(keys) if i % label_every == 0]
    ticks = dict.fromkeys((0, peak // 2 if peak >= 4 else 0, peak))
    chart.y_ticks = [{"y": round(TOP + plot_h - t / peak * plot_h, 1), "text": f"{t:,}"} for t in ticks]
    return chart


def articles_per_day(conn: sqlite3.Connection, days: int = 45, top: int = 7) -> Chart | None:
    """Articles by publication day over the archive's last ``days`` days, the
    ``top`` busiest sites each in a colour, the rest as "other"."""
    (last,) = conn.execute(
        "SELECT max(published_day) FROM articles WHERE published_day <= date('now', '+1 day')"
    ).fetchone()
    if not last or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", last):
        return None
    rows = conn.execute(
        "SELECT published_day, site, count(*) FROM articles "
        "WHERE published_day > date(?, ?) AND published_day <= ? GROUP BY published_day, site",
        [last, f"-{days} days", last],
    ).fetchall()
    per_site: dict[str, int] = {}
    for _, site, count in rows:
        per_site[site] = per_site.get(site, 0) + count
    leaders = sorted(per_site, key=lambda s: (-per_site[s], s))[:top]
    colours = dict(zip(leaders, PALETTE, strict=False))
    series: dict[str, dict[str, int]] = {}
    for day, site, count in rows:
        name = site if site in colours else "other sites"
        series.setdefault(name, {})[day] = series.get(name, {}).get(day, 0) + count
    if "other sites" in series:
        colours["other sites"] = OTHER
    end = date.fromisoformat(last)
    keys = [str(end - timedelta(days=n)) for n in range(days - 1, -1, -1)]
    return stacked_bars(f"Articles per day by site (last {days} days to {last})", keys, series, colours)


#: At most this many versions are classified (new article or new version) per chart.
MAX_CLASSIFIED = 60_000


def versions_per_crawl(conn: sqlite3.Connection, crawls: int = 30) -> Chart | None:
    """New articles and new versions of known articles recorded by each of the
    last ``crawls`` crawls (fewer when they hold more than :data:`MAX_CLASSIFIED`
    versions; the newest crawl's versions only counted when it alone does)."""
    counts = conn.execute(
        "SELECT crawl_id, count(*) FROM versions WHERE crawl_id > "
        "(SELECT max(crawl_id) FROM versions) - ? GROUP BY crawl_id ORDER BY crawl_id DESC", [crawls]
    ).fetchall()
    if not counts:
        return None
    window: list[int] = []
    total = 0
    for crawl, count in counts:
        if window and total + count > MAX_CLASSIFIED:
            break
        window.append(crawl)
        total += count
    series: dict[str, dict[str, int]] = {"new articles": {}, "new versions": {}}
    if total > MAX_CLASSIFIED:  # one huge crawl: count, do not classify
        series = {"versions": {f"#{window[0]}": total}}
    else:
        # A version is an article's first when no version of it was seen before it.
        for crawl, is_new, count in conn.execute(
            "SELECT v.crawl_id, NOT EXISTS (SELECT 1 FROM versions p WHERE p.canonical_url = "
            "v.canonical_url AND p.first_seen < v.first_seen) AS is_new, count(*) FROM versions v "
            "WHERE v.crawl_id >= ? GROUP BY v.crawl_id, is_new", [min(window)]
        ):
            series["new articles" if is_new else "new versions"][f"#{crawl}"] = count
    keys = [f"#{c}" for c in sorted(window)]
    colours = dict(zip(series, PALETTE, strict=False))
    span = f"last {len(keys)} crawls" if len(keys) != 1 else "one crawl"
    return stacked_bars(f"Changes per crawl ({span})", keys, series, colours)
