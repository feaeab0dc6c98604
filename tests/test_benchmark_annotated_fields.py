"""An outside ``fundus``-format set labelled in part: a record's ``annotated`` list
names the metadata fields labelled on that page, the others are not scored."""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks.datasets import load_truth
from benchmarks.report import score_pages
from benchmarks.runner import PageOutput, RunResult
from benchmarks.systems import Prediction


def _write(directory: Path, rows: list[dict]) -> None:
    with (directory / "truth.jsonl").open("w", encoding="utf-8") as out:
        for row in rows:
            out.write(json.dumps(row) + "\n")


def test_only_the_annotated_fields_of_a_record_are_scored(tmp_path: Path) -> None:
    _write(tmp_path, [
        {"id": "a", "url": "", "english": True, "body": "one two three four five",
         "title": "Bridge opens", "authors": [], "published": None, "annotated": ["title"]},
        {"id": "b", "url": "", "english": True, "body": "one two three four five",
         "title": "Road closes", "authors": ["Ann Lee"], "published": "2015-03-09"},
    ])
    kind, truths = load_truth(tmp_path)
    assert kind == "fundus"
    assert truths[0].annotated == frozenset({"title"}) and truths[1].annotated is None
    guess = Prediction(body="one two three four five", title="Bridge opens",
                       authors=["Someone Else"], published="2020-01-01")
    result = RunResult(system="clippings", outputs=[PageOutput(guess), PageOutput(guess)])
    first, second = score_pages(kind, truths, result)
    # labelled in part: the title scored, the unlabelled authors and day not
    assert (first.title_ok, first.authors_ok, first.date_ok) == (True, None, None)
    # no list: every field scored, as on the Fundus set
    assert (second.title_ok, second.authors_ok, second.date_ok) == (False, False, False)
