"""The fallbacks for pages other than news (tests/test_site_kinds.py) must not open leaks
on news pages: a strip of other stories' teasers between a story's headline and its text
is not taken for the text."""

from __future__ import annotations

from crawler.parsers import parse_article


def _story_under_teasers() -> str:
    """A story whose headline sits above a row of six other stories' teasers (each title a
    link to its story), its four paragraphs below them, a long thread of comments after."""
    teasers = "".join(
        f'<div class="col-md-4"><div class="card"><a href="/news/story-{i}"><h3>Other story number {i}</h3></a>'
        f"<p>A short summary of another story from the news desk number {i}, about the school board vote "
        "and the new budget for next year.</p></div></div>" for i in range(6))
    paragraphs = "".join(f"<p>{p}</p>" for p in (
        "The city council voted on Tuesday night to approve a new road bridge over the river, ending a decade of debate.",
        "The bridge will cost 48 million pounds and is due to open in 2030, the council's transport officer said.",
        "Councillors voted 31 to 12 in favour after a four-hour meeting in which residents spoke for and against it.",
        "Construction is expected to start next spring, once the last planning conditions have been met."))
    comments = "".join(
        f'<div class="comment-item"><p>Reader comment number {i}: I think the council has got this completely '
        "wrong and should listen to the residents who live near the river.</p></div>" for i in range(25))
    return f"""<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<title>Council approves new bridge over the river</title></head><body><div class="container">
<div class="row"><div class="col-12"><h1>Council approves new bridge over the river</h1></div></div>
<div class="row">{teasers}</div>
<div class="row"><div class="col-md-8"><div class="story">{paragraphs}</div></div></div>
<div class="row"><div class="col-12"><div class="reader-comments">{comments}</div></div></div>
</div></body></html>"""


def test_teasers_between_headline_and_story_are_not_the_text() -> None:
    article = parse_article(_story_under_teasers(), "https://news.example/2026/11/02/bridge")
    assert article is not None
    assert "Construction is expected to start next spring" in article.body
    # (the row of teasers is not taken for the text the headline heads: its last ones stay out)
    assert "news desk number 5" not in article.body
    assert "news desk number 4" not in article.body
