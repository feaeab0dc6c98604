"""Turn run results into per-page scores, summary tables and a worst-pages list."""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from benchmarks.datasets import SPLITS, Truth
from benchmarks.runner import PageOutput, RunResult
from benchmarks.scoring import (
    BodyScore,
    BodySummary,
    SegmentScore,
    authors_match,
    date_match,
    rate,
    score_body,
    score_segments,
    summarize_body,
    summarize_segments,
    title_match,
    unmatched_text,
)
from benchmarks.systems import SPEED_ONLY, fields_of

__all__ = ["PageRow", "failures_md", "fundus_tables", "score_pages", "segments_tables", "summary_json",
           "worst_pages_md", "write_jsonl", "zyte_table"]

SNIPPET = 200


@dataclass(slots=True)
class PageRow:
    """One page scored for one system."""

    truth: Truth
    output: PageOutput
    system: str
    body: BodyScore | None
    """``None`` for speed-only systems and on ``segments`` sets."""
    segments: SegmentScore | None = None
    """``segments`` sets only (``None`` for speed-only systems)."""
    title_ok: bool | None = None
    authors_ok: bool | None = None
    date_ok: bool | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSONL record for this page."""
        pred, truth, body = self.output.prediction, self.truth, self.body
        return {
            "id": truth.id, "url": truth.url, "system": self.system,
            "english": truth.english,
            "precision": body.precision if body else None,
            "recall": body.recall if body else None,
            "f1": body.f1 if body else None,
            "exact": body.exact if body else None,
            "split": truth.split,
            "segments": ([self.segments.tp, self.segments.fn, self.segments.fp, self.segments.tn]
                         if self.segments else None),
            "title_ok": self.title_ok, "authors_ok": self.authors_ok, "date_ok": self.date_ok,
            "pred_title": pred.title, "truth_title": truth.title,
            "pred_authors": pred.authors, "truth_authors": truth.authors,
            "pred_published": pred.published, "truth_published": truth.published,
            "pred_body": pred.body[:SNIPPET], "truth_body": truth.body[:SNIPPET],
            "seconds": round(self.output.seconds, 6), "error": self.output.error,
            "note": pred.note,
        }


def _score_metadata(kind: str, row: PageRow, fields: frozenset[str]) -> None:
    """Title, authors and day checks; on ``segments`` sets only where annotated, on
    ``fundus`` sets only the fields a record's ``annotated`` list names (all without one)."""
    pred, truth = row.output.prediction, row.truth
    annotated_only = kind == "segments"
    labelled = truth.annotated
    if labelled is not None:
        fields = fields & labelled
    if "title" in fields and not (annotated_only and truth.title is None):
        row.title_ok = title_match(pred.title, truth.title)
    if "authors" in fields and not (annotated_only and not truth.authors):
        row.authors_ok = authors_match(pred.authors, truth.authors)
    if "published" in fields and not (annotated_only and truth.published is None):
        row.date_ok = date_match(pred.published, truth.published)


def score_pages(kind: str, truths: list[Truth], result: RunResult) -> list[PageRow]:
    """Score every page of one system's run against the truth."""
    rows = []
    fields = fields_of(result.system)
    scored = result.system not in SPEED_ONLY and "body" in fields
    for truth, output in zip(truths, result.outputs, strict=True):
        pred = output.prediction
        row = PageRow(truth, output, result.system, None)
        if kind == "segments":
            if scored:
                row.segments = score_segments(pred.body, truth.with_segments, truth.without_segments)
        elif scored:
            row.body = score_body(pred.body, truth.body)
        if kind in ("fundus", "segments"):
            _score_metadata(kind, row, fields)
        rows.append(row)
    return rows


def write_jsonl(path: Path, rows: Iterable[PageRow]) -> None:
    """Write per-page records, one JSON object a line."""
    with path.open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row.to_json(), ensure_ascii=False) + "\n")


def _body(rows: list[PageRow]) -> BodySummary | None:
    scores = [r.body for r in rows if r.body is not None]
    return summarize_body(scores) if scores else None


def _f(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def _speed_cells(result: RunResult) -> list[str]:
    errors = sum(1 for o in result.outputs if o.error)
    if result.setup_error:
        return ["—", "—", "—", f"{errors} (setup failed)"]
    return [f"{result.docs_per_second:.1f}", f"{result.peak_mb:.0f}",
            f"{max(0.0, result.peak_mb - result.base_mb):.0f}", str(errors)]


def _table(header: list[str], lines: list[list[str]]) -> str:
    out = ["| " + " | ".join(header) + " |",
           "|" + "|".join("---" if i == 0 else "---:" for i in range(len(header))) + "|"]
    out += ["| " + " | ".join(cells) + " |" for cells in lines]
    return "\n".join(out)


_SPEED_HEADER = ["docs/s", "peak MB", "Δ MB", "errors"]


def zyte_table(results: dict[str, RunResult], rows: dict[str, list[PageRow]]) -> str:
    """Markdown table: F1, P, R, accuracy, speed and memory per system."""
    lines = []
    for name, result in results.items():
        body = _body(rows[name])
        cells = [name] + ([_f(body.f1), _f(body.precision), _f(body.recall), _f(body.accuracy)]
                          if body else ["—"] * 4)
        lines.append(cells + _speed_cells(result))
    return _table(["system", "F1", "P", "R", "accuracy", *_SPEED_HEADER], lines)


def _rate(rows: list[PageRow], check: str) -> float | None:
    """Share of rows where ``check`` holds; ``None`` when the system has no such field."""
    flags = [getattr(r, check) for r in rows]
    known = [bool(f) for f in flags if f is not None]
    return rate(known) if known else None


def _field_cells(rows: list[PageRow]) -> list[str]:
    body = _body(rows)
    return [_f(body.f1 if body else None), _f(_rate(rows, "title_ok")), _f(_rate(rows, "authors_ok")),
            _f(_rate(rows, "date_ok"))]


def fundus_tables(results: dict[str, RunResult], rows: dict[str, list[PageRow]]) -> str:
    """Two markdown tables: overall (with speed) and by language group."""
    overall, groups = [], []
    for name, result in results.items():
        page_rows = rows[name]
        body = _body(page_rows)
        cells = _field_cells(page_rows)
        pr = [_f(body.precision), _f(body.recall)] if body else ["—", "—"]
        overall.append([name, cells[0], *pr, *cells[1:], *_speed_cells(result)])
        english = [r for r in page_rows if r.truth.english]
        other = [r for r in page_rows if not r.truth.english]
        groups.append([name, *_field_cells(english), *_field_cells(other)])
    n_en = sum(1 for r in next(iter(rows.values()), []) if r.truth.english)
    n_all = len(next(iter(rows.values()), []))
    first = _table(["system", "body F1", "P", "R", "title exact", "authors set",
                    "published day", *_SPEED_HEADER], overall)
    fields = ["body F1", "title", "authors", "day"]
    second = _table(["system"] + [f"EN {f}" for f in fields] + [f"other {f}" for f in fields],
                    groups)
    return (f"Overall ({n_all} pages)\n\n{first}\n\n"
            f"By language: EN = English ({n_en} pages), other ({n_all - n_en} pages)\n\n{second}")


def _segment_cells(rows: list[PageRow]) -> list[str]:
    scores = [r.segments for r in rows if r.segments is not None]
    body = summarize_segments(scores) if scores else None
    empty = sum(1 for r in rows if not r.output.prediction.body.strip())
    cells = [_f(body.f1), _f(body.precision), _f(body.recall)] if body else ["—"] * 3
    return [*cells, _f(_rate(rows, "title_ok")), _f(_rate(rows, "authors_ok")),
            _f(_rate(rows, "date_ok")), str(empty)]


def segments_tables(results: dict[str, RunResult], rows: dict[str, list[PageRow]]) -> str:
    """One markdown table per half (tuning, validation), then all pages with speed."""
    header = ["system", "F1", "P", "R", "title exact", "authors set", "published day", "empty"]
    parts = []
    for split in SPLITS:
        lines = [[name, *_segment_cells([r for r in rows[name] if r.truth.split == split])]
                 for name in results]
        count = sum(1 for r in next(iter(rows.values()), []) if r.truth.split == split)
        parts.append(f"{split.capitalize()} half ({count} pages)\n\n{_table(header, lines)}")
    lines = [[name, *_segment_cells(rows[name]), *_speed_cells(result)]
             for name, result in results.items()]
    count = len(next(iter(rows.values()), []))
    parts.append(f"All pages ({count})\n\n{_table(header + _SPEED_HEADER, lines)}")
    return "\n\n".join(parts)


def _cut(text: str | None, limit: int = 160) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failures_md(rows: list[PageRow], split: str = "tuning") -> str:
    """Catalogue of one system's failures on one half: empty outputs, missed and
    leaked segments, and title, author and day misses, one list each."""
    rows = [r for r in rows if r.truth.split == split]
    system = rows[0].system if rows else "?"
    out = [f"# Failures of {system} on the {split} half ({len(rows)} pages)\n"]
    empty = [r for r in rows if not r.output.prediction.body.strip()]
    out.append(f"## Empty output ({len(empty)} pages)\n")
    out += [f"- `{r.truth.id}` {r.truth.url or ''}: {r.output.error or r.output.prediction.note or ''}"
            for r in empty]
    missed = [r for r in rows if r.segments and r.segments.fn and r.output.prediction.body.strip()]
    missed.sort(key=lambda r: (-r.segments.fn, r.truth.id))  # type: ignore[union-attr]
    out.append(f"\n## Missed segments on pages with output ({len(missed)} pages)\n")
    for r in missed:
        body = r.output.prediction.body
        lost = [seg for seg in r.truth.with_segments if seg not in body]
        out.append(f"- `{r.truth.id}` {r.truth.url or ''} ({len(lost)} of "
                   f"{len(r.truth.with_segments)}; body {len(body)} chars)")
        out += [f"  - {_cut(seg)!r}" for seg in lost]
    leaked = [r for r in rows if r.segments and r.segments.fp]
    out.append(f"\n## Leaked boilerplate ({len(leaked)} pages)\n")
    for r in leaked:
        body = r.output.prediction.body
        out.append(f"- `{r.truth.id}` {r.truth.url or ''}")
        out += [f"  - {_cut(seg)!r}" for seg in r.truth.without_segments if seg in body]
    for check, label, attr in (("date_ok", "Day", "published"), ("title_ok", "Title", "title"),
                               ("authors_ok", "Authors", "authors")):
        wrong = [r for r in rows if getattr(r, check) is False]
        out.append(f"\n## {label} misses ({len(wrong)} pages)\n")
        out += [f"- `{r.truth.id}`: got {getattr(r.output.prediction, attr)!r}, "
                f"want {getattr(r.truth, attr)!r}" for r in wrong]
    return "\n".join(out) + "\n"


def worst_pages_md(rows: list[PageRow], count: int = 10) -> str:
    """Markdown list of the ``count`` lowest-F1 pages, with the extra/missing text."""
    scored = [r for r in rows if r.body is not None]
    scored.sort(key=lambda r: (r.body.f1, r.truth.id))  # type: ignore[union-attr]
    parts = [f"# {count} worst pages for {rows[0].system if rows else '?'} (body shingle F1)\n"]
    for rank, row in enumerate(scored[:count], 1):
        body = row.body
        assert body is not None
        pred = row.output.prediction
        parts.append(f"## {rank}. `{row.truth.id}` F1 {body.f1:.3f} "
                     f"(P {_f(body.precision)}, R {_f(body.recall)})\n")
        parts.append(f"- url: {row.truth.url}")
        if row.output.error:
            parts.append(f"- error: `{row.output.error}`")
        if pred.note:
            parts.append(f"- note: {pred.note}")
        reasons = []
        if body.precision is None:
            reasons.append("empty prediction")
        elif body.fp:
            reasons.append(f"low P = extra text ({body.fp} extra shingles)")
        if body.fn:
            reasons.append(f"low R = missing text ({body.fn} missing shingles)")
        parts.append(f"- why: {'; '.join(reasons) or 'exact'}")
        if body.fp:
            parts.append(f"- extra: {unmatched_text(pred.body, row.truth.body, SNIPPET)!r}")
        if body.fn:
            parts.append(f"- missing: {unmatched_text(row.truth.body, pred.body, SNIPPET)!r}")
        if row.title_ok is False:
            parts.append(f"- title: got {pred.title!r}, want {row.truth.title!r}")
        if row.authors_ok is False:
            parts.append(f"- authors: got {pred.authors!r}, want {row.truth.authors!r}")
        if row.date_ok is False:
            parts.append(f"- published: got {pred.published!r}, want {row.truth.published!r}")
        parts.append("")
    return "\n".join(parts)


def _group_json(rows: list[PageRow], kind: str) -> dict[str, Any]:
    body = _body(rows)
    data: dict[str, Any] = {"pages": len(rows)}
    segments = [r.segments for r in rows if r.segments is not None]
    if segments:
        summary = summarize_segments(segments)
        data.update(f1=summary.f1, precision=summary.precision, recall=summary.recall,
                    title=_rate(rows, "title_ok"), authors=_rate(rows, "authors_ok"),
                    published_day=_rate(rows, "date_ok"),
                    empty=sum(1 for r in rows if not r.output.prediction.body.strip()))
    if body is not None:
        data.update(f1=body.f1, precision=body.precision, recall=body.recall,
                    accuracy=body.accuracy)
        if kind == "fundus":
            data.update(title=_rate(rows, "title_ok"), authors=_rate(rows, "authors_ok"),
                        published_day=_rate(rows, "date_ok"))
    return data


def summary_json(kind: str, results: dict[str, RunResult],
                 rows: dict[str, list[PageRow]]) -> dict[str, Any]:
    """Machine-readable summary: scores (overall, and by language on Fundus) and speed."""
    out: dict[str, Any] = {}
    for name, result in results.items():
        page_rows = rows[name]
        entry: dict[str, Any] = {
            "overall": _group_json(page_rows, kind),
            "docs_per_cpu_second": result.docs_per_second,
            "docs_per_wall_second": result.wall_docs_per_second,
            "pass_cpu_seconds": result.pass_seconds,
            "peak_mb": result.peak_mb, "base_mb": result.base_mb,
            "page_errors": sum(1 for o in result.outputs if o.error),
            "setup_error": result.setup_error,
        }
        if kind in ("segments", "fundus"):
            for split in SPLITS:
                entry[split] = _group_json([r for r in page_rows if r.truth.split == split], kind)
        if kind == "fundus":
            entry["english"] = _group_json([r for r in page_rows if r.truth.english], kind)
            entry["other"] = _group_json([r for r in page_rows if not r.truth.english], kind)
        out[name] = entry
    return out
