"""The ``clippings`` command: crawl, extract, demo, serve, search, stats, export.

Errors a user can cause (a bad argument, a missing file, an unreachable seed) end
in one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import gzip
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, NoReturn

import click

from crawler import __version__

F = Callable[..., Any]


class UserError(click.ClickException):
    """An error the user can fix; shown as one line."""

    def show(self, file: Any = None) -> None:
        click.echo(f"clippings: error: {self.format_message()}", err=True)


class CleanGroup(click.Group):
    """A click group whose usage errors are one line, not a usage screen."""

    def main(self, *args: Any, **kwargs: Any) -> Any:
        kwargs.setdefault("standalone_mode", True)
        try:
            return super().main(*args, **{**kwargs, "standalone_mode": False})
        except click.exceptions.Exit as exc:
            sys.exit(exc.exit_code)
        except click.exceptions.Abort:
            click.echo("clippings: aborted", err=True)
            sys.exit(1)
        except click.UsageError as exc:
            hint = f" (see 'clippings {exc.ctx.info_name} --help')" if exc.ctx and exc.ctx.parent else ""
            click.echo(f"clippings: error: {exc.format_message()}{hint}", err=True)
            sys.exit(2)
        except click.ClickException as exc:
            exc.show()
            sys.exit(exc.exit_code)


def fail(message: str) -> NoReturn:
    raise UserError(message)


def existing_db(path: str) -> str:
    """The archive path, or a one-line error when it does not exist."""
    if not Path(path).is_file():
        fail(f"no archive at {path} (crawl into it first: clippings crawl SEED --db {path})")
    return path


def db_argument(fn: F) -> F:
    """The archive path argument shared by the read commands."""
    return click.argument("db", metavar="DB", type=click.Path(dir_okay=False))(fn)


def db_option(fn: F) -> F:
    """The ``--db`` option shared by the write commands."""
    return click.option("--db", "db", default="clippings.db", show_default=True,
                        type=click.Path(dir_okay=False), help="SQLite archive to write to.")(fn)


@click.group(cls=CleanGroup)
@click.version_option(__version__, prog_name="clippings")
def cli() -> None:
    """Crawl news and magazine sites into a SQLite archive of clean article records."""


@cli.command()
@click.argument("seeds", nargs=-1, required=True)
@db_option
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after fetching this many pages.")
@click.option("--depth", type=click.IntRange(min=0), help="Follow links at most this deep from the seeds.")
@click.option("--delay", type=click.FloatRange(min=0), help="Seconds between requests to one site (default 0.5, adapted by AutoThrottle).")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only for sites you own).")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def crawl(seeds: tuple[str, ...], db: str, max_pages: int | None, depth: int | None,
          delay: float | None, ignore_robots: bool, verbose: bool) -> None:
    """Crawl SEEDS (site, sitemap, robots.txt or feed URLs) into the archive.

    Links are followed within the seeds' sites; every article is stored once,
    every URL fetched is accounted for in the fetches table.

    Example:

    \b
        clippings crawl https://example.com/ https://example.com/sitemap.xml --db news.db --max-pages 200
    """
    overrides: dict[str, Any] = {}
    if delay is not None:
        overrides.update(DOWNLOAD_DELAY=delay, AUTOTHROTTLE_START_DELAY=max(delay, 0.1))
    if ignore_robots:
        overrides["ROBOTSTXT_OBEY"] = False
    summary = crawl_and_report(list(seeds), db, max_pages=max_pages, depth=depth,
                               overrides=overrides, verbose=verbose)
    if summary.seed_errors:
        fail("; ".join(f"could not crawl seed {url}: {why}" for url, why in summary.seed_errors.items()))


def check_seeds(seeds: list[str]) -> None:
    for seed in seeds:
        if not seed.startswith(("http://", "https://")) or "://" not in seed or len(seed.split("://", 1)[1]) == 0:
            fail(f"seed {seed!r} is not an http(s) URL")


def crawl_and_report(seeds: list[str], db: str, *, max_pages: int | None = None,
                     depth: int | None = None, overrides: dict[str, Any] | None = None,
                     verbose: bool = False) -> Any:
    """Run one crawl with progress lines on stderr, then print its summary."""
    from crawler.run import crawl_settings, run_crawl

    check_seeds(seeds)
    settings_overrides = {"CLIPPINGS_PROGRESS_INTERVAL": 2.0, **(overrides or {})}
    if not verbose:
        settings_overrides.update(LOG_LEVEL="ERROR", LOG_ENABLED=True)
    settings = crawl_settings(db, max_pages=max_pages, depth=depth, overrides=settings_overrides)
    click.echo(f"crawling {', '.join(seeds)} into {db}", err=True)
    summary = run_crawl(seeds, settings)
    for line in summary.lines():
        click.echo(line)
    return summary


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The page's URL (default: the file's file:// URL).")
def extract(files: tuple[str, ...], url: str | None) -> None:
    """Extract the article record from saved pages (.html or .html.gz), as JSON Lines.

    Prints one JSON object per file: the record's fields, or {"file", "error"}
    when the page is not an article (the exit code is then 1).

    Example:

    \b
        clippings extract saved/story.html.gz --url https://example.com/story
    """
    from crawler.parsers import parse_article

    failed = False
    for name in files:
        path = Path(name)
        if not path.is_file():
            fail(f"no such file: {name}")
        data = path.read_bytes()
        if name.endswith(".gz"):
            try:
                data = gzip.decompress(data)
            except (OSError, EOFError) as exc:
                fail(f"{name}: not a readable gzip file ({exc})")
        article = parse_article(data, url or path.resolve().as_uri())
        if article is None:
            failed = True
            click.echo(json.dumps({"file": name, "error": "not an article page"}))
        else:
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
    if failed:
        sys.exit(1)


@cli.command()
@click.option("--db", default="demo.db", show_default=True, type=click.Path(dir_okay=False),
              help="SQLite archive to write to.")
@click.option("--port", default=8765, show_default=True, type=click.IntRange(0, 65535),
              help="Port for the sample site on 127.0.0.1 (0: any free port).")
def demo(db: str, port: int) -> None:
    """Serve the bundled sample site on 127.0.0.1 and crawl it into DB.

    No internet needed. Afterwards, browse the archive with `clippings serve`.

    Example:

    \b
        clippings demo --db demo.db
    """
    from crawler.demo.server import serve_demo

    try:
        server = serve_demo(port=port)
    except OSError:
        server = serve_demo(port=0)
    with server:
        click.echo(f"sample site at {server.base_url}/", err=True)
        crawl_and_report([server.base_url + "/"], db,
                         overrides={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_START_DELAY": 0.0,
                                    "RANDOMIZE_DOWNLOAD_DELAY": False})
    click.echo(f"browse it: clippings serve {db}")


@cli.command()
@db_argument
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
def serve(db: str, port: int) -> None:
    """Browse the archive in Datasette on 127.0.0.1: facets, full-text search, SQL.

    Example:

    \b
        clippings serve demo.db --port 8001
    """
    from archive.serve import serve as run_datasette

    run_datasette(existing_db(db), port)


@cli.command()
@db_argument
@click.argument("query")
@click.option("--limit", default=10, show_default=True, type=click.IntRange(min=1))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per hit.")
def search(db: str, query: str, limit: int, as_json: bool) -> None:
    """Full-text search over titles, descriptions and bodies.

    QUERY uses SQLite FTS5 syntax: words, "exact phrases", OR, NOT, prefix*.

    Example:

    \b
        clippings search demo.db "heat pump" --limit 5
    """
    from archive import open_archive
    from archive.queries import search as run_search

    try:
        hits = run_search(open_archive(existing_db(db)), query, limit=limit)
    except Exception as exc:  # FTS5 syntax errors come back as OperationalError
        fail(f"search {query!r} failed: {exc}")
    if as_json:
        for hit in hits:
            click.echo(json.dumps(hit, ensure_ascii=False))
        return
    if not hits:
        click.echo("no matches")
    for hit in hits:
        day = (hit.get("published") or "")[:10] or "----------"
        click.echo(f"{day}  {hit.get('title')}\n            {hit.get('canonical_url')}")
        if hit.get("snippet"):
            click.echo(f"            {hit['snippet']}")


@cli.command()
@db_argument
@click.option("--json", "as_json", is_flag=True, help="Print the figures as one JSON object.")
def stats(db: str, as_json: bool) -> None:
    """Counts: articles (live / gone), versions, crawls, fetch outcomes, sites.

    Example:

    \b
        clippings stats demo.db
    """
    from archive import open_archive
    from archive.queries import stats as archive_stats

    figures = archive_stats(open_archive(existing_db(db)))
    if as_json:
        click.echo(json.dumps(figures, indent=2, ensure_ascii=False))
        return
    for key, value in figures.items():
        if isinstance(value, dict):
            click.echo(f"{key}:")
            for name, count in value.items():
                click.echo(f"  {name}: {count}")
        else:
            click.echo(f"{key}: {value}")


@cli.command()
@db_argument
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv"]), default="jsonl", show_default=True)
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="File to write (default: stdout).")
def export(db: str, fmt: str, output: str | None) -> None:
    """Export one Article record per article (its latest version).

    Field names are exactly the record's; lists stay lists in JSONL and are JSON
    text in CSV.

    Example:

    \b
        clippings export demo.db --format jsonl -o articles.jsonl
    """
    from archive import open_archive
    from archive.export import export_articles

    database = open_archive(existing_db(db))
    if output:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = export_articles(database, fmt, out)
        click.echo(f"wrote {count} articles to {output}", err=True)
    else:
        export_articles(database, fmt, sys.stdout)


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
