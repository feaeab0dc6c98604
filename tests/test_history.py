"""Article history (versions and what changed between them) and the word-level diff."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from archive.queries import HISTORY_FIELDS, article_history, text_diff, version_texts
from tests.support.sample_archive import CRAWL_TIMES, HARBOUR, LIBRARY, MARKET, TRAM, seed_archive

T1, T2, T3 = CRAWL_TIMES
VERSION_KEYS = {"content_hash", "first_seen", "last_seen", "title", "crawl_id", "changed_fields"}


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory):
    return seed_archive(tmp_path_factory.mktemp("history") / "history.db")


def test_history_shape_is_exact_and_json_ready(db) -> None:
    history = article_history(db, HARBOUR)
    assert set(history) == {"url", "status", "versions"}
    assert history["url"] == HARBOUR and history["status"] == "live"
    assert all(set(v) == VERSION_KEYS for v in history["versions"])
    assert json.loads(json.dumps(history)) == history


def test_edited_article_lists_changed_fields(db) -> None:
    first, second = article_history(db, HARBOUR)["versions"]
    assert first["changed_fields"] == []  # in record field order
    assert (first["first_seen"], first["last_seen"], first["crawl_id"]) == (T1, T1, 1)
    assert first["title"] == "Ferry timetable to be cut"
    # Second version: new headline, extra paragraph, a modified date; fetched at the
    # canonical URL rather than the RSS link; seen again through a 304 in crawl 3.
    assert second["changed_fields"] == ["url", "title", "modified", "body"]
    assert (second["first_seen"], second["last_seen"], second["crawl_id"]) == (T2, T3, 2)
    assert first["content_hash"] != second["content_hash"]


def test_a_b_a_history(db) -> None:
    history = article_history(db, TRAM)
    hashes = [v["content_hash"] for v in history["versions"]]
    assert len(hashes) == 3 and hashes[0] == hashes[2] != hashes[1]
    assert [v["changed_fields"] for v in history["versions"]] == [[], ["body"], ["body"]]
    assert [v["crawl_id"] for v in history["versions"]] == [1, 2, 3]


def test_unchanged_and_gone(db) -> None:
    market = article_history(db, MARKET)
    assert len(market["versions"]) == 1
    assert (market["versions"][0]["first_seen"], market["versions"][0]["last_seen"]) == (T1, T3)
    library = article_history(db, LIBRARY)
    assert library["status"] == "gone" and len(library["versions"]) == 1


def test_history_accepts_fetched_and_tracking_urls(db) -> None:
    assert article_history(db, HARBOUR + "?utm_source=rss")["url"] == HARBOUR
    assert article_history(db, HARBOUR + "#comments")["url"] == HARBOUR
    shouting = TRAM.replace("https://www.harbourgazette.example", "HTTPS://www.HarbourGazette.example")
    assert article_history(db, shouting)["url"] == TRAM  # scheme and host case do not matter
    assert article_history(db, "https://nowhere.example/x") is None


def test_history_fields_are_record_fields() -> None:
    assert {"title", "description", "body", "authors", "published", "modified", "section",
            "tags", "image"} <= set(HISTORY_FIELDS)
    assert not {"fetched_at", "content_hash", "canonical_url"} & set(HISTORY_FIELDS)


def test_version_texts_diff(db) -> None:
    old, new = version_texts(db, TRAM)[:2]
    assert text_diff(old["body"], new["body"]).count("[-2028,-]{+2029,+}") == 1


# -- text_diff ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("The quick brown fox", "The slow brown fox", "The [-quick-]{+slow+} brown fox"),
        ("a b c", "a c", "a [-b-] c"),
        ("a b", "a b c", "a b {+c+}"),
        ("x a b", "a b", "[-x-] a b"),
        ("a b", "x a b", "{+x+} a b"),
        ("same text", "same text", "same text"),
        ("", "new words", "{+new words+}"),
        ("old words", "", "[-old words-]"),
        ("One two three.\n\nFour five.", "One two three.\n\nFour six.",
         "One two three.\n\nFour [-five.-]{+six.+}"),
        ("to be cut", "cut, two sailings kept", "[-to be cut-]{+cut, two sailings kept+}"),
    ],
)
def test_text_diff_examples(old: str, new: str, expected: str) -> None:
    assert text_diff(old, new) == expected


def _apply(diff: str, side: str) -> list[str]:
    """Rebuild one side's words from a diff."""
    import re

    if side == "new":
        text = re.sub(r"\[-.*?-\]", " ", diff, flags=re.DOTALL)
        text = re.sub(r"\{\+(.*?)\+\}", r" \1 ", text, flags=re.DOTALL)
    else:
        text = re.sub(r"\{\+.*?\+\}", " ", diff, flags=re.DOTALL)
        text = re.sub(r"\[-(.*?)-\]", r" \1 ", text, flags=re.DOTALL)
    return text.split()


words = st.lists(st.sampled_from(["alpha", "beta", "gamma", "delta", "one.", "two,"]), max_size=12)


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_text_diff_keeps_both_sides(a: list[str], b: list[str]) -> None:
    diff = text_diff(" ".join(a), " ".join(b))
    assert _apply(diff, "old") == a
    assert _apply(diff, "new") == b


def test_history_reads_an_archive_from_an_older_clippings_without_changing_it(tmp_path) -> None:
    """Read commands read older archives as they are (no migration): fields a later
    schema step added read as a record without them has; the file keeps every byte."""
    import hashlib
    import subprocess
    import sys

    from tests.support.sample_archive import older_archive

    path = older_archive(tmp_path / "old.db")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    run = [sys.executable, "-m", "crawler.cli", "history", str(path), HARBOUR]
    shown = subprocess.run([*run, "--diff"], capture_output=True, text=True)
    assert (shown.returncode, shown.stderr) == (0, "")
    assert shown.stdout.startswith(f"{HARBOUR} (live), 2 version(s)\n")
    assert "    changed: url, title, modified, body\n" in shown.stdout
    as_json = json.loads(subprocess.run([*run, "--json"], capture_output=True, text=True, check=True).stdout)
    assert [v["changed_fields"] for v in as_json["versions"]] == [[], ["url", "title", "modified", "body"]]
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_a_diff_of_long_texts_changed_throughout_is_bounded_and_still_true() -> None:
    """difflib's matcher over two bodies of 40,000 words, a word in 200 changed, took
    35 s of CPU (``history --diff``, the article page): its time grows faster than the
    square of the words. Past MAX_DIFF_ITEMS words the common start and end are kept
    equal and the middle between the first and last change is one change; the runs
    still spell both texts."""
    from archive.queries import MAX_DIFF_ITEMS, diff_runs

    words = [f"w{n % 97}" for n in range(MAX_DIFF_ITEMS * 3)]
    changed = [("changed" if n % 200 == 100 else word) for n, word in enumerate(words)]
    old, new = " ".join(words), " ".join(changed)
    runs = diff_runs(old, new)
    assert [tag for tag, _ in runs] == ["equal", "delete", "insert", "equal"]
    assert "".join(text for tag, text in runs if tag != "insert") == old
    assert "".join(text for tag, text in runs if tag != "delete") == new
    assert runs[0][1] == " ".join(words[:100]) + " "
