"""The demo publication's content: articles, sections, authors, tags, per site state.

The texts live in ``articles.json`` beside this module; everything here is a pure,
deterministic function of that file and the site state (1 or 2). Pseudo-random
choices (related lists, comment counts, "most read") come from SHA-1 of fixed
strings, never from ``random`` or the clock.

Cases for corpus builders: a wire story syndicated in two sections (near
duplicates), an article in German and one in Japanese, figures with captions and
credits inside the body, and an article behind a paywall in state 1 (a teaser:
the first blocks, a subscribe prompt, ``isAccessibleForFree: false``) that is free
in state 2.

State 2 is the same site some days later: articles listed in ``state2`` of the
JSON are edited in place, ``states: [1]`` articles are gone (404, or the
``gone_status``), ``states: [2]`` articles are new, and every page's sidebars,
related lists and comment counts are reshuffled.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from pathlib import Path

STATES = (1, 2)
DATA_FILE = Path(__file__).with_name("articles.json")

# Paths that exist but are not articles, or that behave badly on purpose.
REDIRECTS = {
    "/old/parking-minimums": "parking-minimums-removed",
    "/2025/07/walking-meetings.php": "walking-meetings-research",
}
ERROR_PAGES = {"/live/": 500, "/elections-2019/": 404}
DISALLOWED_PREFIX = "/private/"

COMMENTERS = ("Helen Barker", "Raj Patel", "Marta Kowalska", "Jonas Weber", "Siobhan Kelly",
              "Ben Carter", "Yuki Tanaka", "Fatima Noor", "Peter Lindholm", "Olu Adebayo")
COMMENT_TEXTS = (
    "Really useful piece, thank you. I shared it with a couple of colleagues.",
    "We tried something similar where I live and the first year was the hardest part.",
    "Would love to see a follow-up in twelve months to find out how things turned out.",
    "I think the article underplays the cost side, but the main point stands.",
    "Clear and fair. More reporting like this, please.",
    "Does anyone know whether the figures quoted here are national or regional?",
    "This matches my experience almost exactly.",
    "Good to read something balanced on this for once.",
)
AUTHOR_ROLES = ("Senior correspondent", "Staff writer", "Contributing editor", "Reporter")


@dataclass(frozen=True)
class Figure:
    """A picture inside the article body, with its caption and credit."""

    src: str  # site-relative path
    alt: str
    caption: str
    credit: str
    before: int  # index of the body block it precedes


@dataclass(frozen=True)
class Story:
    """One article as shown in one state."""

    slug: str
    template: str  # seed | jsonld | opengraph
    section: str  # section slug
    title: str
    description: str
    authors: tuple[str, ...]
    published: str  # YYYY-MM-DD or YYYY-MM-DDThh:mm:ss+HH:MM (or Z)
    modified: str | None
    tags: tuple[str, ...]
    language: str
    blocks: tuple[tuple[str, str], ...]
    image: str | None  # site-relative path
    graph: bool = False
    private: bool = False
    figures: tuple[Figure, ...] = ()
    teaser: bool = False  # state shows a paywall teaser: the first blocks and a prompt
    in_related: bool = True  # offered in other stories' related lists

    @property
    def section_name(self) -> str:
        return sections()[self.section]

    @property
    def path(self) -> str:
        if self.private:
            return f"{DISALLOWED_PREFIX}{self.slug}"
        if self.template == "seed":
            return f"/{self.section}/{self.slug}"
        if self.template == "jsonld":
            return f"/{self.section}/{self.published[:4]}/{self.published[5:7]}/{self.slug}.html"
        return f"/posts/{self.slug}/"

    @property
    def day(self) -> date:
        return date.fromisoformat(self.published[:10])

    @property
    def body(self) -> str:
        return "\n\n".join(text for _, text in self.blocks)

    @property
    def word_count(self) -> int:
        return len(re.findall(r"\w+", self.body))

    @property
    def reading_time(self) -> int:
        """Minutes, as printed by the seed template ("3 min Read")."""
        return max(1, -(-self.word_count // 200))

    @property
    def sort_key(self) -> tuple[str, str]:
        return (self.published[:10] + (self.published[10:16] or "T00:00"), self.slug)


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(DATA_FILE.read_text(encoding="utf-8"))


def site_name() -> str:
    return _data()["site_name"]


def sections() -> dict[str, str]:
    """Section slug -> display name, in navigation order."""
    return dict(_data()["sections"])


def _story(raw: dict, state: int) -> Story:
    edit = raw.get("state2", {}) if state == 2 else {}
    image = raw.get("image", f"/media/{raw['published'][:4]}/{raw['published'][5:7]}/{raw['slug']}.jpg")
    blocks = tuple((t, x) for t, x in edit.get("blocks", raw["blocks"]))
    paywall = raw.get("paywall") or {}
    teaser = state in paywall.get("states", ())
    if teaser:
        blocks = blocks[: paywall["teaser_blocks"]]
    figures = tuple(Figure(**f) for f in raw.get("figures", ()) if f["before"] < len(blocks))
    return Story(
        slug=raw["slug"], template=raw["template"], section=raw["section"],
        title=edit.get("title", raw["title"]), description=raw["description"],
        authors=tuple(raw["authors"]), published=raw["published"],
        modified=edit.get("modified", raw["modified"]), tags=tuple(raw["tags"]),
        language=raw["language"],
        blocks=blocks,
        image=image, graph=bool(raw.get("jsonld_graph")), private=bool(raw.get("private")),
        figures=figures, teaser=teaser, in_related=raw.get("in_related", True),
    )


@lru_cache(maxsize=4)
def stories(state: int) -> tuple[Story, ...]:
    """Articles live in ``state``, newest first."""
    _check(state)
    live = [_story(r, state) for r in _data()["articles"] if state in r["states"]]
    return tuple(sorted(live, key=lambda s: s.sort_key, reverse=True))


@lru_cache(maxsize=1)
def private_stories() -> tuple[Story, ...]:
    """Article-looking pages behind the robots.txt ``Disallow`` (never to be crawled)."""
    return tuple(_story(r, 1) for r in _data()["articles"] if r.get("private"))


@lru_cache(maxsize=4)
def by_path(state: int) -> dict[str, Story]:
    return {s.path: s for s in stories(state)}


def by_slug(slug: str, state: int) -> Story | None:
    return next((s for s in stories(state) if s.slug == slug), None)


@lru_cache(maxsize=4)
def gone(state: int) -> dict[str, int]:
    """Paths of articles that existed in state 1 and are gone in ``state``, with status."""
    live = by_path(state)
    out = {}
    for raw in _data()["articles"]:
        if raw.get("private") or state in raw["states"] or 1 not in raw["states"]:
            continue
        path = _story(raw, 1).path
        if path not in live:
            out[path] = int(raw.get("gone_status", 404))
    return out


def edited_slugs() -> list[str]:
    return [r["slug"] for r in _data()["articles"] if r.get("state2") and 1 in r["states"]]


def slugify(text: str) -> str:
    text = text.translate({ord("ø"): "o", ord("Ø"): "O", ord("æ"): "ae", ord("ß"): "ss", ord("ł"): "l"})
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")


def _rank(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()


RELATED_COUNT = {"seed": 6, "jsonld": 4, "opengraph": 3}


def related(story: Story, state: int) -> list[Story]:
    """The "Related" block: same section first, then others; reshuffled per state."""
    others = [s for s in stories(state) if s.slug != story.slug and s.in_related]
    others.sort(key=lambda s: (s.section != story.section, _rank(state, story.slug, s.slug)))
    return others[: RELATED_COUNT[story.template]]


def read_more(story: Story, state: int) -> Story:
    """The inline "Read more:" teaser inside a JSON-LD template body (not related)."""
    rel = {s.slug for s in related(story, state)}
    pool = [s for s in stories(state) if s.slug != story.slug and s.slug not in rel]
    return min(pool, key=lambda s: _rank("more", story.slug, s.slug))


def most_read(state: int, exclude: str = "") -> list[Story]:
    pool = [s for s in stories(state) if s.slug != exclude]
    return sorted(pool, key=lambda s: _rank("popular", state, s.slug))[:5]


def sponsored(story: Story, state: int) -> list[tuple[str, str, str]]:
    """Sponsored cards: (title, advertiser, off-site looking path)."""
    cards = [
        ("The savings account that rewards you for saving more", "Northgate Bank", "/partners/northgate"),
        ("Five destinations for a slower autumn break", "Railway Holidays", "/partners/rail-holidays"),
        ("Why thousands are switching to a smarter thermostat", "HomeTemp", "/partners/hometemp"),
        ("Meal kits that cut food waste in half", "Pantry Box", "/partners/pantry-box"),
    ]
    cards.sort(key=lambda c: _rank("ad", state, story.slug, c[1]))
    return cards[:2]


def comments(story: Story, state: int) -> list[tuple[str, date, str]]:
    """Reader comments: (name, date, text). State 2 has one more on every article."""
    count = 2 + int(_rank("comments", story.slug)[:2], 16) % 3 + (state == 2)
    out = []
    for i in range(count):
        k = int(_rank("c", story.slug, i)[:8], 16)
        out.append((COMMENTERS[k % len(COMMENTERS)], story.day + timedelta(days=1 + i),
                    COMMENT_TEXTS[(k // 7) % len(COMMENT_TEXTS)]))
    return out


def authors(state: int) -> dict[str, tuple[str, list[Story]]]:
    """Author slug -> (name, stories), names sorted."""
    out: dict[str, tuple[str, list[Story]]] = {}
    for s in stories(state):
        for name in s.authors:
            out.setdefault(slugify(name), (name, []))[1].append(s)
    return dict(sorted(out.items()))


def author_role(name: str) -> str:
    return AUTHOR_ROLES[int(_rank("role", name)[:4], 16) % len(AUTHOR_ROLES)]


def tags(state: int) -> dict[str, tuple[str, list[Story]]]:
    """Tag slug -> (tag, stories), sorted."""
    out: dict[str, tuple[str, list[Story]]] = {}
    for s in stories(state):
        for tag in s.tags:
            out.setdefault(slugify(tag), (tag, []))[1].append(s)
    return dict(sorted(out.items()))


def in_section(section: str, state: int) -> list[Story]:
    return [s for s in stories(state) if s.section == section]


HOME_PAGE_SIZE = 12
SECTION_PAGE_SIZE = 3


def paginate(items: list, size: int) -> list[list]:
    return [items[i:i + size] for i in range(0, len(items), size)] or [[]]


def page_path(prefix: str, number: int) -> str:
    """``/`` + ``page/2/`` style pagination paths (``prefix`` ends with a slash)."""
    return prefix if number == 1 else f"{prefix}page/{number}/"


def listing_paths(state: int) -> list[str]:
    """Every listing page (home, sections, tags, authors), with pagination."""
    paths = [page_path("/", n) for n in range(1, len(paginate(list(stories(state)), HOME_PAGE_SIZE)) + 1)]
    for sec in sections():
        pages = paginate(in_section(sec, state), SECTION_PAGE_SIZE)
        paths += [page_path(f"/section/{sec}/", n) for n in range(1, len(pages) + 1)]
    paths += [f"/tag/{slug}/" for slug in tags(state)]
    paths += [f"/author/{slug}/" for slug in authors(state)]
    return paths


STATIC_PAGES = ("/about/", "/contact/")


def _check(state: int) -> None:
    if state not in STATES:
        raise ValueError(f"state must be one of {STATES}, not {state!r}")
