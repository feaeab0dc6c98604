"""Benchmark datasets on disk: kind detection, truth records and page loading.

Three layouts are supported (see each dataset's README.md):

* ``zyte``: ``ground-truth.json`` (``{id: {articleBody, url}}``) + ``html/<id>.html.gz``;
* ``fundus``: ``truth.jsonl`` (one object per page with ``id``, ``file``, ``url``,
  ``english``, ``title``, ``authors``, ``published``, ``body``, and optionally
  ``annotated``: the metadata fields labelled, the others not scored) + the gzipped pages;
* ``segments`` (trafilatura's evaluation pages): ``truth.jsonl`` whose objects carry
  ``with`` / ``without`` text segments instead of a ``body``, plus ``title``,
  ``authors``, ``published`` where annotated.

Pages are gzip-compressed. They are decoded once, the same way for every system:
UTF-8 when the bytes are valid UTF-8, else by Clippings' own ``decode_html`` (BOM,
declared charset, stray Windows-1252 bytes), so every system gets the same text.

The ``segments`` and ``fundus`` pages are split for tuning: :func:`split_of` puts each page in the
``tuning`` or the ``validation`` half by the SHA-1 of its id, a fixed rule that
does not depend on the page's content or on the order of the file.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["SPLITS", "Truth", "dataset_kind", "load_html", "load_truth", "split_of"]

SPLITS = ("tuning", "validation")
"""The two halves of a ``segments`` dataset (see :func:`split_of`)."""


@dataclass(frozen=True, slots=True)
class Truth:
    """The expected output for one page."""

    id: str
    url: str
    file: str
    """Path of the gzipped page, relative to the dataset directory."""
    body: str
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    published: str | None = None
    english: bool | None = None
    """Language group (Fundus only; ``None`` on the Zyte set)."""
    with_segments: tuple[str, ...] = ()
    """``segments`` sets: text the body must contain."""
    without_segments: tuple[str, ...] = ()
    """``segments`` sets: text the body must not contain."""
    split: str | None = None
    """``segments`` and ``fundus`` sets: ``"tuning"`` or ``"validation"`` (:func:`split_of`)."""
    annotated: frozenset[str] | None = None
    """``fundus`` sets: the metadata fields (``title``, ``authors``, ``published``) labelled
    on this page when the record lists them (``"annotated"``, an outside set labelled in
    part); ``None``: every field is labelled."""


def split_of(page_id: str) -> str:
    """``"tuning"`` when the first byte of SHA-1(page id) is even, else ``"validation"``.

    >>> split_of("0a29620f9c4347758c146ed06dab6f3e"), split_of("breakingbelizenews.com-paho")
    ('tuning', 'validation')
    """
    return SPLITS[hashlib.sha1(page_id.encode("utf-8")).digest()[0] % 2]


def dataset_kind(directory: Path) -> str:
    """``"zyte"``, ``"fundus"`` or ``"segments"``, by the truth file present and its
    first record; ``ValueError`` otherwise."""
    if (directory / "ground-truth.json").is_file():
        return "zyte"
    truth = directory / "truth.jsonl"
    if truth.is_file():
        with truth.open(encoding="utf-8") as lines:
            first = next((json.loads(line) for line in lines if line.strip()), {})
        return "segments" if "with" in first else "fundus"
    raise ValueError(f"{directory}: neither ground-truth.json nor truth.jsonl found")


def _zyte_truth(directory: Path) -> list[Truth]:
    data = json.loads((directory / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Truth(id=key, url=item.get("url", ""), file=f"html/{key}.html.gz",
              body=item.get("articleBody", ""))
        for key, item in sorted(data.items())
    ]


def _fundus_truth(directory: Path) -> list[Truth]:
    rows = []
    with (directory / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            rows.append(Truth(
                id=item["id"], url=item.get("url", ""),
                file=item.get("file") or f"html/{item['id']}.html.gz",
                body=item.get("body", ""), title=item.get("title"),
                authors=list(item.get("authors") or []), published=item.get("published"),
                english=bool(item.get("english")),
                split=split_of(item["id"]),
                annotated=frozenset(item["annotated"]) if "annotated" in item else None,
            ))
    return sorted(rows, key=lambda t: t.id)


def _segments_truth(directory: Path) -> list[Truth]:
    rows = []
    with (directory / "truth.jsonl").open(encoding="utf-8") as lines:
        for line in lines:
            if not line.strip():
                continue
            item = json.loads(line)
            rows.append(Truth(
                id=item["id"], url=item.get("url") or "", file=item["file"], body="",
                title=item.get("title"), authors=list(item.get("authors") or []),
                published=item.get("published"),
                with_segments=tuple(item.get("with") or ()),
                without_segments=tuple(item.get("without") or ()),
                split=split_of(item["id"]),
            ))
    return sorted(rows, key=lambda t: t.id)


_LOADERS = {"zyte": _zyte_truth, "fundus": _fundus_truth, "segments": _segments_truth}


def load_truth(directory: Path, limit: int | None = None) -> tuple[str, list[Truth]]:
    """The dataset kind and its truth records sorted by id (first ``limit`` only)."""
    kind = dataset_kind(directory)
    truths = _LOADERS[kind](directory)
    return kind, truths[:limit] if limit else truths


def decode_page(raw: bytes) -> str:
    """Page bytes as text: UTF-8 if valid, else ``crawler.parsers.document.decode_html``.

    >>> decode_page("café".encode("utf-8"))
    'café'
    >>> decode_page('<meta charset="iso-8859-1">café'.encode("latin-1"))[-4:]
    'café'
    """
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        from crawler.parsers.document import decode_html

        return decode_html(raw)


def load_html(path: Path) -> str:
    """One page: gunzip (when gzipped) and decode (:func:`decode_page`)."""
    raw = path.read_bytes()
    if raw[:2] == b"\x1f\x8b":
        raw = gzip.decompress(raw)
    return decode_page(raw)


_TRUTH_FILES = ("truth.jsonl", "ground-truth.json", "LICENSE", "README.md")


def start_copy(source: Path, target: Path) -> bool:
    """Create ``target`` as a copy of dataset ``source``'s truth and licence files,
    for a tool that then writes every page changed (``write_page``); ``False``, with
    one line on stderr, when ``target`` exists already (never written over)."""
    import shutil
    import sys

    if target.exists():
        print(f"{target}: already exists; choose a new directory", file=sys.stderr)
        return False
    target.mkdir(parents=True)
    for name in _TRUTH_FILES:
        if (source / name).exists():
            shutil.copy2(source / name, target / name)
    return True


def write_page(target: Path, truth: Truth, html: str) -> None:
    """Write one page of a dataset copy, gzipped the way the datasets keep theirs."""
    out = target / truth.file
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(gzip.compress(html.encode("utf-8"), mtime=0))


def copy_parser(doc: str | None, source: str = "a benchmark dataset directory") -> argparse.ArgumentParser:
    """The command line of a tool that writes a changed copy of a dataset
    (``strip_metadata.py``, ``perturb_*.py``): ``SOURCE TARGET``, described by the
    first paragraph of the tool's docstring ``doc``."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n\n")[0])
    parser.add_argument("source", type=Path, help=source)
    parser.add_argument("target", type=Path, help="where the copy goes (created)")
    return parser
