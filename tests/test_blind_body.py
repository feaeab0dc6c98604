"""The blind generators' body check (``benchmarks/blind_body.py``): a site's article pages
read as served, each story's true paragraphs matched to its page, and a body's furniture
line and lost paragraph found by the scoring."""

from __future__ import annotations

from benchmarks.blind_body import GENERATORS, publications, score_body, score_publication
from crawler.parsers import parse_article

PLANTED = "Sign up for our weekly letter and never miss a story"


def _clippings(html: str, url: str) -> str:
    article = parse_article(html, url)
    return article.body if article is not None and article.body else ""


def test_a_planted_furniture_line_and_a_dropped_paragraph_are_found() -> None:
    blind = next(g for g in GENERATORS if g.name == "blind")
    code, pages = next(publications(blind))
    assert code == "en" and len(pages) == 40 and all(page.paras for page in pages)

    def planted(html: str, url: str) -> str:
        lines = _clippings(html, url).splitlines()
        return "\n".join([PLANTED, *lines[1:]])  # a line of furniture in; the first paragraph out

    misses: list[str] = []
    rows = score_publication("blind", code, pages[:4], {"planted": planted}, misses)
    assert [m for m in misses if PLANTED in m and " extra: " in m]
    lost = [m for m in misses if " lost: " in m]
    assert lost and all(page.url in " ".join(misses) for page in pages[:4])
    tally = rows[-1].tallies["planted"]
    assert rows[-1].template == "all" and tally.found < tally.paras and tally.true_lines < tally.lines


def test_a_line_of_true_paragraphs_is_true_and_a_table_bar_is_no_furniture() -> None:
    html = "<table><tr><td>One para.<br><br>Two para.</td></tr></table><p>Menu</p>"
    got = score_body("| One para. Two para. |\nMenu\nTwo", ["One para.", "Two para.", "Not shown"], html)
    assert (got.tally.paras, got.tally.found) == (2, 2)  # a paragraph the page does not print is not counted
    assert (got.tally.lines, got.tally.true_lines, got.extra) == (3, 2, ["Menu"])


def test_a_label_whose_word_a_paragraph_holds_is_no_part_of_it() -> None:
    # "Sport" is not a piece of "The Sports centre ..."; "Sports centre" is (a paragraph
    # split across lines); a line joining a paragraph and furniture costs its furniture's
    # characters in the precision by characters
    html = "<p>The Sports centre opens on Monday.</p><p>Sport</p>"
    got = score_body("Sport\nSports centre\nThe Sports centre opens on Monday. Print", ["The Sports centre opens on Monday."], html)
    assert got.extra == ["Sport", "Print"] and (got.tally.lines, got.tally.true_lines) == (3, 1)
    assert (got.tally.chars, got.tally.extra_chars) == (5 + 13 + 40, 5 + 5)
