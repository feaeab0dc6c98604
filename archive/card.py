"""The dataset card (``README.md``) written beside an export's Parquet files.

Hugging Face's dataset-card layout: YAML front matter (``configs`` naming the
data files, so ``datasets.load_dataset(DIR)`` finds them; ``language`` from the
detected languages), then the counts, sites, dates, fields (each with the
description ``crawler/items.py`` gives it), a licence note and how the export was
made. Figures are gathered while the rows stream past (:class:`CardFigures`), so
writing the card costs no second pass over the archive.
"""

from __future__ import annotations

import ast
import itertools
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import pyarrow as pa
import pyarrow.parquet as pq

import crawler.items
from archive.durable import written_to_disk
from crawler import __version__
from crawler.items import utc_now_iso

__all__ = [
    "CARD_MARK", "EXPORT_ID_KEY", "VERSION_FIELD_NOTES", "CardFigures", "card_files", "export_id_of", "field_notes",
    "write_card",
]

#: The heading every card starts with: an export may overwrite a card, never another README.
CARD_MARK = "# Clippings export of "

VERSION_FIELD_NOTES = {
    "status": "the article's status in the archive: `live`, or `gone` (answered 404 / 410)",
    "first_seen": "first fetch that returned this version (UTC)",
    "last_seen": "last fetch that returned this version (UTC)",
    "version": "this version's number among the article's versions: 1, 2, ... in order seen",
    "version_count": "how many versions the archive holds for the article",
    "crawl_id": "the crawl (archive `crawls.id`) that first saw this version",
}


@dataclass
class CardFigures:
    """Counts and ranges of the rows written, gathered one row at a time."""

    rows: int = 0
    articles: int = 0
    sites: Counter[str] = field(default_factory=Counter)
    languages: Counter[str] = field(default_factory=Counter)
    access: Counter[str] = field(default_factory=Counter)
    status: Counter[str] = field(default_factory=Counter)
    published: list[str] = field(default_factory=list)
    """[earliest, latest] ``published`` day seen."""
    seen: list[str] = field(default_factory=list)
    """[earliest first_seen, latest last_seen]."""
    _last_url: str | None = None

    def add(self, row: dict[str, Any]) -> None:
        """Count one export row (rows come ordered by canonical URL)."""
        self.rows += 1
        if row["canonical_url"] != self._last_url:
            self.articles += 1
            self._last_url = row["canonical_url"]
        self.sites[row["site"]] += 1
        self.languages[row.get("detected_language") or "unknown"] += 1
        self.access[row.get("access") or "free"] += 1
        self.status[row["status"]] += 1
        _widen(self.published, (row.get("published") or "")[:10])
        _widen(self.seen, row.get("first_seen") or "", row.get("last_seen") or "")


def _widen(bounds: list[str], low: str, high: str | None = None) -> None:
    high = high if high is not None else low
    if not low:
        return
    if not bounds:
        bounds.extend([low, high])
    else:
        bounds[0], bounds[1] = min(bounds[0], low), max(bounds[1], high)


def field_notes() -> dict[str, str]:
    """Each Article field's docstring (first paragraph, one line), read from items.py."""
    source = Path(crawler.items.__file__).read_text(encoding="utf-8")
    tree = ast.parse(source)
    article = next(n for n in tree.body if isinstance(n, ast.ClassDef) and n.name == "Article")
    notes: dict[str, str] = {}
    for node, following in itertools.pairwise(article.body):
        if (isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name)
                and isinstance(following, ast.Expr) and isinstance(following.value, ast.Constant)):
            text = str(following.value.value).split("\n\n")[0]
            notes[node.target.id] = " ".join(text.split()).replace("|", "\\|")
    return notes


def _table(header: tuple[str, ...], rows: list[tuple[Any, ...]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + " --- |" * len(header)]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in rows]
    return lines


def _front_matter(files: list[str], figures: CardFigures, archive_name: str) -> list[str]:
    """YAML front matter: the Hugging Face card metadata and where the data files are."""
    languages = [code for code, _ in figures.languages.most_common() if code != "unknown"]
    return [
        "---",
        "license: other",
        "license_name: publishers-copyright",
        f"language: [{', '.join(languages)}]" if languages else "language: []",
        f"pretty_name: Clippings export of {archive_name}",
        "configs:",
        "- config_name: default",
        "  data_files:",
        *[f"  - {name}" for name in files],
        "---",
        "",
    ]


#: The Parquet metadata key holding the export's id, which its card names too.
EXPORT_ID_KEY = "clippings_export_id"


def export_id_of(file: IO[bytes]) -> str | None:
    """The export id a Parquet file's metadata holds (None: none, or not Parquet)."""
    try:
        metadata = pq.read_schema(file).metadata or {}
    except (pa.ArrowException, OSError, ValueError):
        return None
    found = metadata.get(EXPORT_ID_KEY.encode())
    return found.decode("ascii", "replace") if found else None


_EXPORT_ID = re.compile(r"^Export id: `([0-9a-f]{16})`", re.MULTILINE)
_DATA_FILE = re.compile(r"^  - (\S+\.parquet)$", re.MULTILINE)


def card_files(text: str) -> tuple[str | None, list[str]]:
    """The export id a card names and the data files it describes (its front
    matter's ``data_files``); (None, [...]) for a card without an id (an earlier
    Clippings')."""
    found = _EXPORT_ID.search(text)
    head = text.split("\n---\n", 1)[0]
    return (found.group(1) if found else None), _DATA_FILE.findall(head)


def _how_it_was_made(query: Any, archive_name: str, export_id: str) -> list[str]:
    filters = {k: v for k, v in vars(query).items() if v not in (None, True)}
    return [
        "## How it was made",
        "",
        f"Crawled by Clippings {__version__} (Scrapy, robots.txt obeyed) into the "
        f"SQLite archive `{archive_name}`; exported {utc_now_iso()} with "
        f"`clippings export --format parquet`"
        + (" (" + ", ".join(f"{k}={v}" for k, v in filters.items()) + ")" if filters else "")
        + ". Read it with `duckdb -c \"SELECT * FROM read_parquet('*.parquet')\"` or "
        "`datasets.load_dataset(\"parquet\", data_files=\"*.parquet\")`.",
        "",
        f"Export id: `{export_id}`. Each data file's Parquet metadata holds the same "
        "id (key `clippings_export_id`): a card and a file whose ids differ are not "
        "of one export.",
        "",
    ]


def write_card(path: Path, *, files: list[str], schema: pa.Schema, figures: CardFigures,
               query: Any, archive_name: str, export_id: str) -> None:
    """Write the dataset card for ``files`` (names relative to the card's folder),
    written by the export ``export_id`` (which their Parquet metadata holds), and
    ``fsync`` it."""
    notes = field_notes() | VERSION_FIELD_NOTES
    lines = [
        *_front_matter(files, figures, archive_name),
        f"{CARD_MARK}`{archive_name}`",
        "",
        "News and magazine articles crawled and extracted by Clippings: one row per "
        + ("article version (every version the archive holds)." if query.versions == "all"
           else "article (its latest version)."),
        "",
        "## Counts",
        "",
        *_table(("rows", "articles", "sites"), [(figures.rows, figures.articles, len(figures.sites))]),
        "",
        "Access: " + (", ".join(f"{k} {v}" for k, v in sorted(figures.access.items())) or "none") + ".  ",
        "Status: " + (", ".join(f"{k} {v}" for k, v in sorted(figures.status.items())) or "none") + ".  ",
        "Detected languages: "
        + (", ".join(f"{k} {v}" for k, v in figures.languages.most_common()) or "none") + ".",
        "",
        "## Sites",
        "",
        *_table(("site", "rows"), sorted(figures.sites.items())),
        "",
        "## Dates",
        "",
        f"- published: {' to '.join(figures.published) if figures.published else 'unknown'}",
        f"- archived (first seen to last seen): {' to '.join(figures.seen) if figures.seen else 'none'}",
        "",
        "## Fields",
        "",
        *_table(("field", "type", "description"),
                [(f"`{f.name}`", f"`{f.type}`", notes.get(f.name, "")) for f in schema]),
        "",
        "## Licence",
        "",
        "The texts, headlines and images belong to their publishers and authors; this "
        "export carries no licence to them. Use it where text and data mining of "
        "lawfully accessed works is allowed (research exceptions), keep the `url` of "
        "each row as attribution, and check each site's terms before redistributing. "
        "The export's structure and the extraction are Clippings' (Apache-2.0).",
        "",
        *_how_it_was_made(query, archive_name, export_id),
    ]
    with path.open("w", encoding="utf-8") as card:
        card.write("\n".join(lines))
        written_to_disk(card)
