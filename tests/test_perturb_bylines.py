"""benchmarks/perturb_bylines.py: a tuning page's printed byline in another form, same names."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import lxml.html

from benchmarks.datasets import Truth
from benchmarks.perturb_bylines import FORMS, byline_element, fill, labels, main, people, perturb_byline, slug

PAGE = """<html><head><title>Rain due</title></head><body><article><h1>Rain due</h1>
<div class="meta"><span class="by">By Anna Müller and Ben Ott</span> <time>5 April 2025</time></div>
<p>It will rain all week, the forecasters said on Friday.</p></article></body></html>"""
NAMES = ["Anna Müller", "Ben Ott"]


def _truth(page_id: str, names: list[str], split: str | None = "tuning") -> Truth:
    return Truth(id=page_id, url="", file=f"html/{page_id}.html.gz", body="", authors=names,
                 published="2025-04-05", split=split)


def test_people_are_names_of_two_to_four_words() -> None:
    assert people(NAMES)
    assert not people([]) and not people(["Reuters"]) and not people(["Desk 24"])


def test_the_byline_element_is_the_innermost_holding_every_name() -> None:
    root = lxml.html.document_fromstring(PAGE)
    element = byline_element(root, NAMES)
    assert element is not None and element.get("class") == "by"
    assert byline_element(root, ["Carl Dahl"]) is None


def test_a_name_link_is_rewritten_with_the_line_around_it() -> None:
    """Rewriting the link alone would print "By By Jane Doe" or nest a link in a link."""
    root = lxml.html.document_fromstring(PAGE.replace("By Anna Müller and Ben Ott",
                                                      "By <a href='/a'>Anna Müller and Ben Ott</a>"))
    element = byline_element(root, NAMES)
    assert element is not None and element.get("class") == "by"


def test_a_name_link_in_a_longer_line_keeps_its_by_word_and_gets_no_link_or_box() -> None:
    page = PAGE.replace("By Anna Müller and Ben Ott", "By <a href='/a'>Anna Müller and Ben Ott</a> | 5 April 2025, "
                                                      "9:49 am EST, updated 6 April 2025")
    for n in range(20):
        out = perturb_byline(page, _truth(f"p{n}", NAMES))
        assert out is not None and "<a href=\"/autor" not in out and "More from" not in out
        assert not any(f'href="/a">{label} ' in out for label in ("By", "Written by", "Words by", "Story by"))


def test_a_name_inside_a_longer_line_gets_no_label_link_or_box() -> None:
    """ "By <span><strong>More from</strong> <a>Jane Doe</a></span>" is no byline a page prints."""
    page = PAGE.replace("By Anna Müller and Ben Ott", "By <span class='who'>Anna Müller and Ben Ott</span>")
    for n in range(20):
        out = perturb_byline(page, _truth(f"p{n}", NAMES))
        assert out is not None and "<a href=\"/autor" not in out and "More from" not in out
        assert 'class="who"' in out and not any(f'class="who">{label} ' in out for label in ("By", "Written by"))


def test_a_name_nested_after_a_by_word_gets_no_label_link_or_box() -> None:
    page = PAGE.replace("By Anna Müller and Ben Ott", "By <span class='who'><span>Anna Müller and Ben Ott</span></span>")
    for n in range(20):
        out = perturb_byline(page, _truth(f"p{n}", NAMES))
        assert out is not None and "<a href=\"/autor" not in out and "More from" not in out


def test_a_byline_opening_its_line_may_get_any_form() -> None:
    page = PAGE.replace('<span class="by">By Anna Müller and Ben Ott</span>',
                        '<p><span class="by">Anna Müller and Ben Ott</span> | 5 April</p>')
    outs = [perturb_byline(page, _truth(f"p{n}", NAMES)) or "" for n in range(40)]
    assert any("/autor/" in out for out in outs) and any("More from" in out for out in outs)


def test_every_form_keeps_the_names_exactly_and_the_rest_of_the_page() -> None:
    import random

    for form in FORMS:
        root = lxml.html.document_fromstring(PAGE)
        element = byline_element(root, NAMES)
        assert element is not None
        fill(element, form, NAMES, "2025-04-05", random.Random(form))
        text = root.text_content()
        assert "Anna Müller".casefold() in text.casefold() and "It will rain all week" in text, form
        assert "5 April 2025" in text, form
    assert slug("Anna Müller") == "anna-muller"


def test_perturb_byline_is_seeded_by_the_page_id() -> None:
    first = perturb_byline(PAGE, _truth("a", NAMES))
    assert first is not None and first == perturb_byline(PAGE, _truth("a", NAMES))
    assert perturb_byline(PAGE, _truth("a", ["Reuters"])) is None


def test_main_rewrites_tuning_pages_only(tmp_path: Path) -> None:
    source = tmp_path / "src"
    (source / "html").mkdir(parents=True)
    rows = []
    for page_id in ("0a29620f9c4347758c146ed06dab6f3e", "b"):
        (source / "html" / f"{page_id}.html.gz").write_bytes(gzip.compress(PAGE.encode()))
        rows.append({"id": page_id, "file": f"html/{page_id}.html.gz", "url": None, "with": ["It will rain"],
                     "without": [], "authors": NAMES})
    (source / "truth.jsonl").write_text("".join(json.dumps(row) + "\n" for row in rows))
    assert main([str(source), str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "truth.jsonl").read_text() == (source / "truth.jsonl").read_text()
    tuning = gzip.decompress((tmp_path / "out" / rows[0]["file"]).read_bytes()).decode()
    assert "Anna Müller" in tuning and "Ben Ott" in tuning and tuning != PAGE
    # the validation page ("b", by split_of) is copied byte for byte, never rewritten
    assert (tmp_path / "out" / rows[1]["file"]).read_bytes() == (source / rows[1]["file"]).read_bytes()
    assert main([str(source), str(tmp_path / "out")]) == 2     # an existing target is not overwritten


def test_a_byline_holding_a_date_is_left_and_labels_follow_the_page_language() -> None:
    dated = PAGE.replace("and Ben Ott</span> <time>", "and Ben Ott <time>").replace("</time></div>", "</time></span></div>")
    assert byline_element(lxml.html.document_fromstring(dated), NAMES) is None
    assert ("Von", "und") in labels("de") and ("By", "and") not in labels("de")
    assert ("Di", "e") not in labels("en") and ("By", "and") in labels("xx")


def test_capitals_and_handles_are_forms_pages_print() -> None:
    """US papers print "By JANE DOE" in the text (not by CSS); blogs print "Jane Doe
    (@janedoe)". The names read the same when case is folded."""
    import random

    for form, expected in (("capitals", "ANNA MÜLLER"), ("handle", "Anna Müller (@annamuller)")):
        root = lxml.html.document_fromstring(PAGE)
        element = byline_element(root, NAMES)
        assert element is not None
        fill(element, form, NAMES, "2025-04-05", random.Random(form))
        assert expected in root.text_content(), form


def test_a_commenters_name_is_no_byline_to_rewrite() -> None:
    """A name found only in readers' comments is left: the tool wrote a "More from" box
    into a comment's author line."""
    page = PAGE.replace('<span class="by">By Anna Müller and Ben Ott</span>', "").replace(
        "</article>", '<div class="comment-list"><b class="fn">Anna Müller and Ben Ott</b> says:</div></article>')
    assert byline_element(lxml.html.document_fromstring(page), NAMES) is None
    assert perturb_byline(page, _truth("c", NAMES)) is None
