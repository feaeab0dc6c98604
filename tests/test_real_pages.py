"""Real pages from the Zyte and Fundus benchmarks must not regress.

Each fixture in tests/fixtures/pages/ (see SOURCE.md there) is parsed with
``parse_article``; its body shingle F1 must reach the floor pinned in floors.json,
and on Fundus pages title / authors / published day must match where floors.json
says they hold. Raise the floors with ``benchmarks/pin_floors.py``.
"""

from __future__ import annotations

import pytest

from benchmarks.fixture_pages import (
    METADATA_CHECKS,
    Case,
    load_cases,
    load_floors,
    measure,
)
from benchmarks.scoring import unmatched_text

CASES = load_cases()
FLOORS = load_floors()


def test_every_fixture_has_a_floor_and_a_page():
    assert len(CASES) == 11
    assert {c.dataset for c in CASES} == {"zyte", "fundus", "trafilatura-eval"}
    assert sorted(FLOORS) == sorted(c.id for c in CASES)
    for case in CASES:
        assert case.html_path.is_file(), case.html_path


@pytest.mark.parametrize("case", CASES, ids=[c.id[:24] for c in CASES])
def test_real_page(case: Case):
    floor = FLOORS[case.id]
    measured = measure(case)
    body = measured.body
    if measured.segments is not None:  # trafilatura's evaluation pages: text segments
        segments = measured.segments
        lost = [s for s in case.with_segments if s not in measured.predicted_body]
        assert segments.tp >= floor["with_found"], f"segments missing: {lost}"
        assert segments.fp <= floor["without_leaked"], "boilerplate segments in the body"
    else:
        assert body.f1 >= floor["body_f1"], (
            f"body F1 {body.f1:.3f} < floor {floor['body_f1']} "
            f"(P {body.precision}, R {body.recall}); "
            f"extra: {unmatched_text(measured.predicted_body, case.body)!r}; "
            f"missing: {unmatched_text(case.body, measured.predicted_body)!r}"
        )
    expected = {"title": case.title, "authors": list(case.authors or []),
                "published": case.published}
    failed = [
        f"{check}: got {measured.predicted[check]!r}, want {expected[check]!r}"
        for check in METADATA_CHECKS
        if floor.get(check) and not measured.checks[check]
    ]
    assert not failed, "; ".join(failed)
