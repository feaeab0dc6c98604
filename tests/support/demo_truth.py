"""What a careful human would extract from each demo article: the expected records.

``expected_articles(base_url, state)`` gives one dict per article live in that state,
with the Article fields a parser must get right (``fetched_at``, ``content_hash`` and
``provenance`` are left out: they are not properties of the page). The same data,
with site-relative URLs, is kept in ``truth-state1.json`` / ``truth-state2.json``;
regenerate them with ``python -m tests.support.demo_truth --write`` after editing content.

The truth is computed from ``articles.json`` and the same selection functions the
templates use, never by parsing the rendered HTML. Rules followed:

- title: the headline without " | Site" / " - Site"; description: the dek / meta
  description; section: the visible label (= articleSection / article:section).
- tags: the visible tags (= keywords / article:tag); seed pages show none.
- authors: proper-cased names (the opengraph byline prints them lower case; the
  ``author`` meta has the proper case); never commenters or "Published by".
- published / modified: ``YYYY-MM-DD`` when the page only gives a day, else the full
  timestamp with offset (``Z`` -> ``+00:00``); seed pages show no modified date.
- reading_time_minutes: only the seed template states one ("N min Read").
- detected_language: the language the body is written in (the declared tag's
  primary subtag: the demo declares every page truthfully).
- access: ``truncated`` for a paywall teaser (its body is the teaser's blocks),
  else ``free``.
- images: the figures inside the article: the seed template's hero figure (its
  caption is a credit only), the JSON-LD template's illustration (a caption, no
  credit), and the story's body figures (caption, and the credit without
  "Photo:"); the OpenGraph template's thumbnail is no figure.
- related: only the Related / More from / You may also like block; never the inline
  "Read more:" teaser, sponsored cards or "Most read"; fields the card does not
  show are None; URLs without the ``utm_*`` parameters.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from crawler.demo import content as C
from crawler.demo.content import Story
from crawler.urls import site_of

HERE = Path(__file__).resolve().parents[1] / "fixtures" / "demo"
FIELDS = ("url", "canonical_url", "site", "title", "description", "section", "tags", "authors",
          "published", "modified", "language", "detected_language", "body", "body_blocks", "word_count",
          "reading_time_minutes", "image", "images", "related", "access")


def truth_file(state: int) -> Path:
    return HERE / f"truth-state{state}.json"


def _iso(value: str | None) -> str | None:
    if not value:
        return None
    return value[:-1] + "+00:00" if value.endswith("Z") else value


def _related(story: Story, state: int, base: str) -> list[dict[str, Any]]:
    out = []
    for r in C.related(story, state):
        entry = {"url": base + r.path, "title": r.title, "section": None, "published": None, "summary": None}
        if story.template == "seed":
            entry.update(section=r.section_name, published=r.day.isoformat(), summary=r.description)
        elif story.template == "jsonld":
            entry["published"] = r.day.isoformat()
        out.append(entry)
    return out


def _images(story: Story, base: str) -> list[dict[str, Any]]:
    out = []
    if story.image and story.template == "seed":
        out.append({"url": base + story.image, "alt": None, "caption": None,
                    "credit": f"{C.site_name()} archive"})
    elif story.image and story.template == "jsonld":
        out.append({"url": base + story.image, "alt": story.title,
                    "caption": f"Illustration for {C.site_name()}", "credit": None})
    out += [{"url": base + f.src, "alt": f.alt or None, "caption": f.caption, "credit": f.credit}
            for f in story.figures]
    return out


def record(story: Story, state: int, base: str, site: str) -> dict[str, Any]:
    """The expected record of one article page (``base`` = "" for relative URLs)."""
    return {
        "url": base + story.path,
        "canonical_url": base + story.path,
        "site": site,
        "title": story.title,
        "description": story.description,
        "section": story.section_name,
        "tags": list(story.tags),
        "authors": list(story.authors),
        "published": _iso(story.published),
        "modified": None if story.template == "seed" else _iso(story.modified),
        "language": story.language,
        "detected_language": story.language.split("-")[0],
        "body": story.body,
        "body_blocks": [{"type": t, "text": x} for t, x in story.blocks],
        "word_count": story.word_count,
        "reading_time_minutes": story.reading_time if story.template == "seed" else None,
        "image": base + story.image if story.image else None,
        "images": _images(story, base),
        "related": _related(story, state, base),
        "access": "truncated" if story.teaser else "free",
    }


def expected_articles(base_url: str, state: int = 1) -> list[dict[str, Any]]:
    """One expected record per article live in ``state``, newest first."""
    base = base_url.rstrip("/")
    return [record(s, state, base, site_of(base)) for s in C.stories(state)]


def all_article_paths(state: int = 1) -> list[str]:
    """Site-relative paths of every article live in ``state``."""
    return [s.path for s in C.stories(state)]


def non_article_paths(state: int = 1) -> list[str]:
    """Listing, tag, author, about and contact pages: 200 answers, never stored."""
    return C.listing_paths(state) + list(C.STATIC_PAGES)


def disallowed_paths() -> list[str]:
    """Pages behind robots.txt ``Disallow: /private/``: linked from every page, never
    to be fetched (they look like articles)."""
    return [s.path for s in C.private_stories()]


def redirects(state: int = 1) -> dict[str, str]:
    """Path -> article path it answers 301 to."""
    out = {}
    for path, slug in C.REDIRECTS.items():
        target = C.by_slug(slug, state)
        if target:
            out[path] = target.path
    return out


def error_paths(state: int = 1) -> dict[str, int]:
    """Linked or formerly live paths that answer an error status (404, 410, 500)."""
    return {**C.ERROR_PAGES, **C.gone(state)}


def changes(state: int = 2) -> dict[str, list[str]]:
    """How ``state`` differs from state 1: article paths edited, deleted, new, unchanged
    (unchanged = same title and body; their related lists and sidebars still move)."""
    before = {s.path: s for s in C.stories(1)}
    after = {s.path: s for s in C.stories(state)}
    same = [p for p in after if p in before and (after[p].title, after[p].body) == (before[p].title, before[p].body)]
    return {
        "edited": [p for p in after if p in before and p not in same],
        "deleted": [p for p in before if p not in after],
        "new": [p for p in after if p not in before],
        "unchanged": same,
    }


def truth_document(state: int) -> dict[str, Any]:
    """Everything above for one state, with site-relative URLs (the JSON files)."""
    return {
        "site_name": C.site_name(),
        "state": state,
        "note": "URLs are site-relative: prefix the server's base URL; site is the host name.",
        "articles": [record(s, state, "", "127.0.0.1") for s in C.stories(state)],
        "non_article_paths": non_article_paths(state),
        "disallowed_paths": disallowed_paths(),
        "redirects": redirects(state),
        "error_paths": error_paths(state),
        "changes_from_state1": changes(state),
    }


def render_json(state: int) -> str:
    return json.dumps(truth_document(state), ensure_ascii=False, indent=1) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write or check the demo site's truth files.")
    parser.add_argument("--write", action="store_true", help="rewrite truth-state*.json")
    parser.add_argument("--check", action="store_true", help="exit 1 if a file is out of date")
    args = parser.parse_args(argv)
    stale = []
    for state in C.STATES:
        text, path = render_json(state), truth_file(state)
        if args.write:
            path.write_text(text, encoding="utf-8")
            print(f"wrote {path}")
        elif not path.exists() or path.read_text(encoding="utf-8") != text:
            stale.append(path.name)
    if stale:
        print("out of date: " + ", ".join(stale) + " (run python -m tests.support.demo_truth --write)")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
