"""A page that prints its day without a year ("Written on Mar 17") and ships its story's
fields in a script that assigns the state to a variable ("var GLOBALS = {...}",
"window.__INITIAL_STATE__ = {...};"), not in a JSON script: the story's object there dates it."""

from __future__ import annotations

import json

from crawler.parsers import parse_article

TITLE = "The Open Journalism Project: Better Student Journalism"
TEXT = "<p>" + "We interviewed student journalists in fifteen newsrooms about what their work lacks. " * 8 + "</p>"


def _page(script: str) -> str:
    return (f'<!DOCTYPE html><html lang="en"><head><title>{TITLE} — Medium</title></head><body>'
            f'<div class="c1"><h1>{TITLE}</h1><div class="c2">Pippin Lee on Mar 17</div>{TEXT}'
            f'<div class="c3">Written on Mar 17 by Pippin Lee</div></div><script>{script}</script></body></html>')


def _state() -> dict:
    story = {"id": "fb39f4b1f0a8", "title": TITLE, "createdAt": 1425538922974, "firstPublishedAt": 1426609660294}
    other = {"id": "9a1", "title": "Another story entirely, from years before", "firstPublishedAt": 1344986320107}
    return {"baseUrl": "https://medium.com", "embedded": {"value": story}, "relatedPosts": [other]}


def test_the_state_a_script_assigns_dates_the_page():
    script = f"\n  // <![CDATA[\n  var GLOBALS = {json.dumps(_state())}\n  // ]]>\n"
    record = parse_article(_page(script), "https://medium.com/@pippinlee/the-open-journalism-project-fb39f4b1f0a8")
    assert record is not None
    assert (record.published or "")[:10] == "2015-03-17" and record.provenance.get("published") == "state"


def test_a_window_property_assigned_with_code_after_it_dates_the_page():
    script = f'window["__INITIAL_STATE__"] = {json.dumps(_state())};\nrender(window.__INITIAL_STATE__);'
    record = parse_article(_page(script), "https://medium.com/@pippinlee/the-open-journalism-project-fb39f4b1f0a8")
    assert record is not None and (record.published or "")[:10] == "2015-03-17"


def test_a_script_that_is_no_assignment_of_an_object_is_not_read():
    script = f"render({json.dumps(_state())});"
    record = parse_article(_page(script), "https://medium.com/@pippinlee/the-open-journalism-project-fb39f4b1f0a8")
    assert record is not None and record.provenance.get("published") != "state"
