"""The ``clippings`` command: crawl, extract, demo, serve, search, stats, export.

Errors a user can cause (a bad argument, a missing file, an unreachable seed) end
in one line on stderr and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import gzip
import json
import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, NoReturn

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
        # Click's standalone mode prints usage screens; handle its exceptions here.
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
    """The archive path, or a one-line error when it is missing or not SQLite."""
    if not Path(path).is_file():
        fail(f"no archive at {path} (crawl into it first: clippings crawl SEED --db {path})")
    try:
        with sqlite3.connect(f"file:{Path(path).resolve()}?mode=ro", uri=True) as conn:
            conn.execute("PRAGMA schema_version").fetchone()
    except sqlite3.DatabaseError as exc:
        fail(f"{path} is not a Clippings archive ({exc})")
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
@click.argument("seeds", nargs=-1)
@db_option
@click.option("--sites", "sites_file", type=click.Path(dir_okay=False),
              help="A sites.toml list: each site with its own seeds, limits and politeness.")
@click.option("--max-pages", type=click.IntRange(min=1), help="Stop after fetching this many pages.")
@click.option("--depth", type=click.IntRange(min=0), help="Follow links at most this deep from the seeds.")
@click.option("--delay", type=click.FloatRange(min=0),
              help="Seconds between requests to one site (default 0.5, adapted by AutoThrottle).")
@click.option("--since", metavar="DATE", help="Skip sitemap and feed entries dated before DATE (YYYY-MM-DD).")
@click.option("--new-only", is_flag=True, help="Do not fetch article URLs the archive already holds.")
@click.option("--ignore-robots", is_flag=True, help="Do not obey robots.txt (only for sites you own).")
@click.option("--processes", type=click.IntRange(min=0),
              help="Processes that parse pages (default: one per core; 0: in the crawl's own).")
@click.option("--redis", "redis_url", metavar="URL",
              help="Distributed: queue the crawl in Redis (redis://HOST:PORT/N) for "
                   "'clippings worker' processes; this command writes the archive.")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def crawl(seeds: tuple[str, ...], db: str, sites_file: str | None, max_pages: int | None,
          depth: int | None, delay: float | None, since: str | None, new_only: bool,
          ignore_robots: bool, processes: int | None, redis_url: str | None, verbose: bool) -> None:
    """Crawl SEEDS (site, sitemap, robots.txt or feed URLs) into the archive.

    Links are followed within the seeds' sites; every article is stored once
    per crawl, every URL fetched is accounted for in the fetches table. A page
    archived before is fetched with a conditional request (a 304 counts as
    unchanged). With --sites, every site of the list is crawled side by side and
    the exit code is 0 only when every site crawled.

    Example:

    \b
        clippings crawl https://example.com/ https://example.com/sitemap.xml --db news.db --max-pages 200
        clippings crawl --sites sites.toml --db news.db
    """
    from crawler.sites import delay_settings

    overrides: dict[str, Any] = {}
    if delay is not None:
        overrides.update(delay_settings(delay))
    if ignore_robots:
        overrides["ROBOTSTXT_OBEY"] = False
    if new_only:
        overrides["CLIPPINGS_NEW_ONLY"] = True
    if processes is not None:
        overrides["CLIPPINGS_PROCESSES"] = processes
    if redis_url:
        check_redis(redis_url)
        if sites_file:
            fail("--redis takes SEEDS, not --sites")
    if since is not None:
        check_date(since, "--since")
    if sites_file:
        if seeds:
            fail("give either SEEDS or --sites, not both")
        crawl_site_list(sites_file, db, overrides=overrides, verbose=verbose, max_pages=max_pages,
                        depth=depth, since=since)
        return
    if not seeds:
        fail("give at least one seed URL, or --sites FILE")
    summary = crawl_and_report(list(seeds), db, max_pages=max_pages, depth=depth,
                               overrides=overrides, verbose=verbose, since=since, redis_url=redis_url)
    if summary.seed_errors:
        fail("; ".join(f"could not crawl seed {url}: {why}" for url, why in summary.seed_errors.items()))


def check_redis(url: str) -> None:
    """A one-line error when Redis is not there (before any crawl starts)."""
    import redis

    from crawler.distributed.frontier import connect

    if not url.startswith(("redis://", "rediss://", "unix://")):
        fail(f"--redis {url!r} is not a redis:// URL")
    try:
        connect(url).ping()
    except (redis.RedisError, ValueError) as exc:
        fail(f"cannot reach Redis at {url}: {exc}")


@cli.command()
@click.option("--redis", "redis_url", metavar="URL", required=True,
              help="The Redis the coordinator queues crawls in (redis://HOST:PORT/N).")
@click.option("--processes", type=click.IntRange(min=0),
              help="Processes that parse pages (default: one per core; 0: in the worker's own).")
@click.option("--once", is_flag=True, help="Stop after one crawl (default: serve crawl after crawl).")
@click.option("--wait", type=click.FloatRange(min=0), metavar="SECONDS",
              help="Give up when no crawl comes within this time (default: wait for ever).")
@click.option("-v", "--verbose", is_flag=True, help="Show Scrapy's log.")
def worker(redis_url: str, processes: int | None, once: bool, wait: float | None, verbose: bool) -> None:
    """Fetch and parse pages for the crawls queued in Redis by 'clippings crawl --redis'.

    Run any number, on any machines that reach Redis and the sites. Workers
    share each site's politeness (concurrency, delay, Crawl-delay, Retry-After)
    and write nothing: records go back to the coordinator, the archive's writer.
    A worker that stops loses nothing: its requests go to the others.

    Example:

    \b
        clippings worker --redis redis://queue-host:6379/0
    """
    from crawler.distributed.worker import run_worker

    check_redis(redis_url)
    if not run_worker(redis_url, once=once, processes=processes, verbose=verbose, wait=wait):
        fail(f"no crawl queued in {redis_url} within {wait:g}s")


def check_date(value: str, option: str) -> None:
    from crawler.spiders.discovery import parse_index_date

    if parse_index_date(value) is None:
        fail(f"{option} {value!r} is not a date (use YYYY-MM-DD)")


def check_seeds(seeds: list[str]) -> None:
    for seed in seeds:
        if not seed.startswith(("http://", "https://")) or not seed.split("://", 1)[1]:
            fail(f"seed {seed!r} is not an http(s) URL")


def quiet(overrides: dict[str, Any], verbose: bool) -> dict[str, Any]:
    settings = {"CLIPPINGS_PROGRESS_INTERVAL": 2.0, **overrides}
    if not verbose:
        # Failures are counted in the summary and kept in the fetches table;
        # Scrapy's own log (tracebacks of refused connections) is for --verbose.
        settings["LOG_LEVEL"] = "CRITICAL"
    return settings


def crawl_and_report(seeds: list[str], db: str, *, max_pages: int | None = None,
                     depth: int | None = None, overrides: dict[str, Any] | None = None,
                     verbose: bool = False, since: str | None = None, redis_url: str | None = None) -> Any:
    """Run one crawl with progress lines on stderr, then print its summary."""
    from crawler.run import crawl_settings, run_crawl

    check_seeds(seeds)
    settings = crawl_settings(db, max_pages=max_pages, depth=depth,
                              overrides=quiet(overrides or {}, verbose))
    click.echo(f"crawling {', '.join(seeds)} into {db}", err=True)
    if redis_url:
        from crawler.distributed.coordinator import run_distributed_crawl

        summary = run_distributed_crawl(seeds, settings, redis_url, since=since)
    else:
        summary = run_crawl(seeds, settings, since=since)
    for line in summary.lines():
        click.echo(line)
    return summary


def crawl_site_list(sites_file: str, db: str, *, overrides: dict[str, Any], verbose: bool,
                    max_pages: int | None, depth: int | None, since: str | None) -> None:
    """Crawl every site of a sites.toml side by side; a table of results; exit 1 if any failed."""
    from crawler.run import CrawlJob, crawl_settings, run_crawls
    from crawler.sites import SitesError, load_sites

    try:
        sites = load_sites(sites_file)
    except SitesError as exc:
        fail(str(exc))
    jobs = []
    for site in sites:
        check_seeds(site.seeds)
        if site.since:
            check_date(site.since, f"{sites_file}: {site.name}: since")
        settings = crawl_settings(db, max_pages=site.max_pages or max_pages,
                                  depth=site.depth if site.depth is not None else depth,
                                  overrides=quiet({**overrides, **site.overrides()}, verbose))
        jobs.append(CrawlJob(name=site.name, seeds=site.seeds, settings=settings, since=site.since or since))
    click.echo(f"crawling {len(jobs)} sites into {db}", err=True)
    summaries = run_crawls(jobs)
    width = max(len(job.name) for job in jobs)
    click.echo(f"{'site':<{width}}  {'crawl':>5}  {'pages':>5}  {'stored':>6}  {'unchanged':>9}  "
               f"{'errors':>6}  {'time':>6}  result")
    for job, summary in zip(jobs, summaries, strict=True):
        result = "ok" if summary.ok else "FAILED: " + (
            "; ".join(f"{url}: {why}" for url, why in summary.seed_errors.items()) or str(summary.finish_reason))
        click.echo(f"{job.name:<{width}}  {summary.crawl_id or '-':>5}  {summary.pages_fetched:>5}  "
                   f"{summary.articles_stored:>6}  {summary.outcomes.get('unchanged', 0):>9}  "
                   f"{summary.outcomes.get('error', 0):>6}  {summary.seconds:>5.1f}s  {result}")
    failed = [job.name for job, summary in zip(jobs, summaries, strict=True) if not summary.ok]
    if failed:
        fail(f"{len(failed)} of {len(jobs)} sites failed: {', '.join(failed)}")


@cli.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--url", help="The page's URL (default: the file's file:// URL).")
@click.option("--explain", is_flag=True,
              help="After each record, one {\"file\", \"dropped\", \"rule\", \"reason\"} line per "
                   "block or line the body left out.")
def extract(files: tuple[str, ...], url: str | None, explain: bool) -> None:
    """Extract the article record from saved pages (.html or .html.gz), as JSON Lines.

    Prints one JSON object per file: the record's fields, or {"file", "error"}
    when the page is not an article (the exit code is then 1). With --explain,
    each text the body left out follows, with the name of the rule that dropped
    it and the rule's reason.

    Example:

    \b
        clippings extract saved/story.html.gz --url https://example.com/story
        clippings extract saved/story.html --explain
    """
    from crawler.parsers import Dropped, parse_article

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
        dropped: list[Dropped] | None = [] if explain else None
        article = parse_article(data, url or path.resolve().as_uri(), explain=dropped)
        if article is None:
            failed = True
            click.echo(json.dumps({"file": name, "error": "not an article page"}))
        else:
            click.echo(json.dumps(article.to_dict(), ensure_ascii=False))
        for item in dropped or ():
            click.echo(json.dumps({"file": name, "dropped": item.text, "rule": item.rule,
                                   "reason": item.reason}, ensure_ascii=False))
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
    _corpus_line(db)
    click.echo(f"browse it: clippings serve {db}")


def _corpus_line(db: str) -> None:
    """The sample site's corpus cases, as the archive now holds them."""
    from archive import open_archive
    from archive.queries import stats as archive_stats

    figures = archive_stats(open_archive(db))
    languages = ", ".join(f"{k} {v}" for k, v in figures["languages"].items())
    access = ", ".join(f"{k} {v}" for k, v in figures["access"].items())
    clusters = figures["clusters"]
    click.echo(f"languages detected: {languages}; access: {access}; near-duplicate clusters: "
               f"{clusters['total']} ({clusters['articles']} articles)")


@cli.command()
@click.argument("dbs", metavar="DB...", nargs=-1, required=True, type=click.Path(dir_okay=False))
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (0.0.0.0: every interface; the archive becomes public).")
@click.option("--port", default=8001, show_default=True, type=click.IntRange(0, 65535))
@click.option("--open", "open_browser", is_flag=True, help="Open the archive in a web browser ($BROWSER).")
def serve(dbs: tuple[str, ...], host: str, port: int, open_browser: bool) -> None:
    """Browse archives in Datasette: article pages with versions and diffs,
    facets, relevance-ranked full-text search, charts, SQL.

    Several archives are served side by side, each under its file name.

    Example:

    \b
        clippings serve demo.db --port 8001 --open
        clippings serve news.db blogs.db --host 0.0.0.0
    """
    from archive.serve import CannotListen, NotAnArchive
    from archive.serve import serve as run_datasette

    paths = [existing_db(db) for db in dbs]
    try:
        run_datasette(paths, port, host, open_browser=open_browser)
    except (NotAnArchive, CannotListen) as exc:
        fail(str(exc))


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
            click.echo(f"            {' '.join(hit['snippet'].split())}")


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
@click.option("--format", "fmt", type=click.Choice(["jsonl", "csv", "parquet"]), default="jsonl",
              show_default=True)
@click.option("-o", "--output", metavar="PATH",
              help="File to write, '-' for stdout (the default) in jsonl and csv; "
                   "for parquet a directory (required), given the .parquet file and a dataset card.")
@click.option("--versions", type=click.Choice(["latest", "all"]), default="latest", show_default=True,
              help="Each article's latest version, or every version (one row each).")
@click.option("--since", metavar="DATE", help="Only versions seen on or after DATE (ISO 8601).")
@click.option("--until", metavar="DATE", help="Only versions first seen on or before DATE (ISO 8601).")
@click.option("--site", help="Only this site (host name).")
@click.option("--status", type=click.Choice(["live", "gone"]), help="Only live or only gone articles.")
@click.option("--language", metavar="CODE",
              help="Only this language (ISO 639-1): the detected one, else the declared one.")
def export(db: str, fmt: Literal["jsonl", "csv", "parquet"], output: str | None, versions: str,
           since: str | None, until: str | None, site: str | None, status: str | None,
           language: str | None) -> None:
    """Export article records: one row per article (latest version) or per version.

    Each row is the record (field names exactly the record's) plus status,
    first_seen, last_seen, version (1, 2, ...), version_count and crawl_id. Lists
    stay lists in JSONL and Parquet (typed, nested), and are JSON text in CSV.

    Example:

    \b
        clippings export demo.db --format jsonl -o articles.jsonl
        clippings export news.db --format parquet --versions all -o corpus/
        clippings export news.db --format csv --site example.com --since 2025-07-01 -o -
    """
    from archive import open_archive
    from archive.export import ExportQuery, export_articles

    query = ExportQuery(versions=versions, since=since, until=until,  # type: ignore[arg-type]
                        site=site, status=status, language=language)
    try:
        query.where()
    except ValueError as exc:
        fail(str(exc))
    database = open_archive(existing_db(db))
    if fmt == "parquet":
        _export_parquet(database, db, output, query)
        return
    if not output or output == "-":
        count = export_articles(database, fmt, sys.stdout, query=query)
        return
    try:
        with open(output, "w", encoding="utf-8", newline="") as out:
            count = export_articles(database, fmt, out, query=query)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"wrote {count} {'versions' if versions == 'all' else 'articles'} to {output}", err=True)


def _export_parquet(database: Any, db: str, output: str | None, query: Any) -> None:
    from archive.parquet import export_parquet

    if not output or output == "-":
        fail("--format parquet needs -o DIRECTORY (Parquet is not streamed to stdout)")
    if Path(output).exists() and not Path(output).is_dir():
        fail(f"{output} is a file: --format parquet writes a directory (a .parquet file and README.md)")
    try:
        summary = export_parquet(database, output, query, archive_name=Path(db).name)
    except OSError as exc:
        fail(f"cannot write {output}: {exc.strerror or exc}")
    click.echo(f"wrote {summary.rows} rows ({summary.figures.articles} articles) to {summary.path}; "
               f"dataset card {summary.card}", err=True)


@cli.command()
@db_argument
@click.argument("url")
@click.option("--json", "as_json", is_flag=True, help="Print exactly one JSON object.")
@click.option("--diff", "show_diff", is_flag=True,
              help="Show which fields changed and a word-level diff between consecutive versions.")
def history(db: str, url: str, as_json: bool, show_diff: bool) -> None:
    """The versions of one article, oldest first: when each was first and last seen.

    URL may be the canonical URL or any URL the article was fetched at.

    Example:

    \b
        clippings history news.db https://example.com/story --diff
    """
    from archive import open_archive
    from archive.queries import (
        HISTORY_FIELDS,
        article_history,
        paragraph_diff,
        text_diff,
        version_texts,
    )

    database = open_archive(existing_db(db))
    found = article_history(database, url)
    if found is None:
        fail(f"{url} is not in {db}")
    if as_json:
        click.echo(json.dumps(found, ensure_ascii=False))
        return
    click.echo(f"{found['url']} ({found['status']}), {len(found['versions'])} version(s)")
    rows = version_texts(database, url) if show_diff else []
    for number, version in enumerate(found["versions"], start=1):
        changed = ", ".join(version["changed_fields"]) or "-"
        click.echo(f"v{number}  {version['first_seen']} .. {version['last_seen']}  crawl {version['crawl_id']}"
                   f"  {version['content_hash'][:12]}  {version['title']}")
        if number > 1:
            click.echo(f"    changed: {changed}")
        if show_diff and number > 1:
            before, after = rows[number - 2], rows[number - 1]
            for name in version["changed_fields"]:
                if name not in HISTORY_FIELDS:
                    continue
                old, new = str(before[name] or ""), str(after[name] or "")
                if name == "body":
                    click.echo("    body:")
                    for line in paragraph_diff(old, new):
                        click.echo(f"      {line}")
                else:
                    click.echo(f"    {name}: {text_diff(old, new)}")


@cli.command()
@db_argument
def reextract(db: str) -> None:
    """Re-run today's parsers over the archive's stored captures (WARC), no network.

    A version whose extraction improved is rewritten in place; no new version
    is made, since the page itself did not change.

    Example:

    \b
        clippings reextract news.db
    """
    from crawler.replay import reextract as run_reextract

    report = run_reextract(existing_db(db))
    for error in report.errors[:20]:
        click.echo(f"  {error}", err=True)
    click.echo(f"re-extracted {sum(report.counts.values())} versions: {report.line()}")


@cli.command("import-warc")
@click.argument("files", nargs=-1, required=True, type=click.Path(dir_okay=False))
@db_option
def import_warc(files: tuple[str, ...], db: str) -> None:
    """Extract the articles of existing WARC files into the archive.

    Reads WARC files from wget --warc-file, Browsertrix, Heritrix or Clippings
    itself, oldest capture first; the capture date becomes fetched_at.

    Example:

    \b
        clippings import-warc crawl.warc.gz --db news.db
    """
    from crawler.replay import import_warcs

    for name in files:
        if not Path(name).is_file():
            fail(f"no such file: {name}")
    try:
        report = import_warcs(list(files), db)
    except Exception as exc:  # warcio raises several types for a file that is not WARC
        fail(f"could not read {', '.join(files)} as WARC: {type(exc).__name__}: {exc}")
    click.echo(f"imported {', '.join(files)} into {db} as crawl {report.crawl_id}: {report.line()}")


def main() -> None:
    cli()


if __name__ == "__main__":
    main()
