"""The order ``make test`` hands test files to its workers (tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import LONGEST_FIRST


def test_every_file_sent_first_is_a_test_file_named_once() -> None:
    """A file renamed or removed would drop out of the order silently."""
    here = Path(__file__).parent
    assert [name for name in LONGEST_FIRST if not (here / name).is_file()] == []
    assert len(set(LONGEST_FIRST)) == len(LONGEST_FIRST)


def test_the_longest_files_are_collected_first_each_file_whole(request: pytest.FixtureRequest) -> None:
    """In a whole run (``make test``) they lead the collection, each file's tests together."""
    files = [item.path.name for item in request.session.items if item.path.parent == Path(__file__).parent]
    runs = list(dict.fromkeys(files))
    assert len(runs) == len([n for n, name in enumerate(files) if n == 0 or files[n - 1] != name])
    if set(LONGEST_FIRST) <= set(runs):
        assert runs[:len(LONGEST_FIRST)] == list(LONGEST_FIRST)
