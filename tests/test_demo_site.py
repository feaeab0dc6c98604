"""The bundled demo publication: what it serves, in both states, and that its truth
(tests/fixtures/demo/truth*.json) matches the pages. Real HTTP on 127.0.0.1, stdlib clients."""

from __future__ import annotations

import http.client
import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import urlsplit
from urllib.robotparser import RobotFileParser

import pytest
from lxml import html as lxml_html

from crawler.demo import content
from crawler.demo.server import DemoSite, serve_demo
from crawler.urls import canonicalize_url
from tests.support import demo_truth as truth
from tests.support.altmarkup import FIXTURE_DIR, render_all

SITEMAP_NS = "{http://www.sitemaps.org/schemas/sitemap/0.9}"
ATOM_NS = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def server():
    with serve_demo() as srv:
        yield srv


@pytest.fixture
def state2(server):
    server.set_state(2)
    try:
        yield server
    finally:
        server.set_state(1)


def fetch(server, path: str, method: str = "GET", headers: dict[str, str] | None = None):
    """(status, headers, body) of one request, redirects not followed."""
    conn = http.client.HTTPConnection(server.host, server.port, timeout=5)
    try:
        conn.request(method, path, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, resp.headers, resp.read()
    finally:
        conn.close()


def article_urls_in_sitemaps(server) -> set[str]:
    status, _, body = fetch(server, "/sitemap.xml")
    assert status == 200
    found = set()
    for loc in ET.fromstring(body).iter(f"{SITEMAP_NS}loc"):
        status, _, child = fetch(server, urlsplit(loc.text).path)
        assert status == 200
        found |= {u.text for u in ET.fromstring(child).iter(f"{SITEMAP_NS}loc")}
    return found


def test_serves_on_a_free_loopback_port(server):
    assert re.fullmatch(r"http://127\.0\.0\.1:\d+", server.base_url)
    assert server.port > 0 and server.state == 1


def test_every_truth_path_answers_html(server):
    paths = truth.all_article_paths(1) + truth.non_article_paths(1)
    assert len(truth.all_article_paths(1)) >= 30
    for path in paths:
        status, headers, body = fetch(server, path)
        assert status == 200, path
        assert headers["Content-Type"] == "text/html; charset=utf-8", path
        assert headers["ETag"] and headers["Last-Modified"], path
        assert body.lstrip().lower().startswith(b"<!doctype html>"), path


def test_truth_records_have_the_contract_fields(server):
    records = truth.expected_articles(server.base_url, 1)
    assert {r["url"] for r in records} == {server.base_url + p for p in truth.all_article_paths(1)}
    sections, templates = set(), set()
    for r in records:
        assert tuple(r) == truth.FIELDS
        assert r["site"] == server.base_url.split("//")[1]  # host and port
        assert r["url"] == r["canonical_url"]
        assert r["word_count"] == len(re.findall(r"\w+", r["body"]))
        # Long articles, save a paywall teaser and Japanese (few \w+ runs per sentence).
        assert r["word_count"] >= (40 if r["access"] == "truncated" or r["language"] == "ja" else 240)
        assert r["body"] == "\n\n".join(b["text"] for b in r["body_blocks"])
        assert {b["type"] for b in r["body_blocks"]} <= {"p", "h", "li", "quote", "pre"}
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?", r["published"])
        assert r["authors"] and r["title"] and r["description"]
        sections.add(r["section"])
        templates.add(content.by_path(1)[r["url"][len(server.base_url):]].template)
    assert len(sections) >= 5 and templates == {"seed", "jsonld", "opengraph"}
    assert len({r["body"] for r in records}) == len(records)
    assert {len(r["authors"]) for r in records} >= {1, 2, 3}
    assert any(r["language"] == "en-GB" for r in records)
    # The corpus builders' cases: other languages, a paywall teaser, figures with credits.
    assert {"de", "ja"} <= {r["detected_language"] for r in records}
    assert [r["access"] for r in records].count("truncated") == 1
    assert any(i["caption"] and i["credit"] for r in records for i in r["images"])


@pytest.mark.parametrize("state", [1, 2])
def test_truth_matches_the_rendered_pages(state):
    site, base = DemoSite(state), "http://127.0.0.1:8"
    for record in truth.expected_articles(base, state):
        page = site.get(record["url"][len(base):], base)
        doc = lxml_html.fromstring(page.body)
        text = re.sub(r"\s+", " ", doc.text_content())
        assert doc.xpath("normalize-space(//h1)") == record["title"]
        assert doc.xpath("//link[@rel='canonical']/@href") == [record["canonical_url"]]
        assert doc.xpath("/html/@lang") == [record["language"]]
        for block in record["body_blocks"]:
            assert re.sub(r"\s+", " ", block["text"]) in text, block["text"][:40]
        for link in record["related"]:
            assert doc.xpath("//a[starts-with(@href, $p)]", p=urlsplit(link["url"]).path)
        if record["reading_time_minutes"]:
            assert f"{record['reading_time_minutes']} min Read" in text


def test_truth_files_are_up_to_date():
    for state in content.STATES:
        assert truth.truth_file(state).read_text(encoding="utf-8") == truth.render_json(state), (
            "run: python -m tests.support.demo_truth --write")


def test_robots_disallows_the_linked_private_page(server):
    status, headers, body = fetch(server, "/robots.txt")
    assert status == 200 and headers["Content-Type"].startswith("text/plain")
    robots = RobotFileParser()
    robots.parse(body.decode().splitlines())
    private = truth.disallowed_paths()
    assert private
    for path in private:
        assert not robots.can_fetch("Clippings", server.base_url + path)
        assert fetch(server, path)[0] == 200  # it exists and looks like an article
    assert robots.can_fetch("Clippings", server.base_url + truth.all_article_paths(1)[0])
    assert robots.site_maps() == [server.base_url + "/sitemap.xml"]
    home = fetch(server, "/")[2].decode()
    assert f'href="{private[0]}"' in home


@pytest.mark.parametrize("state", [1, 2])
def test_sitemaps_list_exactly_the_articles(server, state):
    server.set_state(state)
    try:
        expected = {server.base_url + p for p in truth.all_article_paths(state)}
        assert article_urls_in_sitemaps(server) == expected
    finally:
        server.set_state(1)


def test_feeds_parse_and_point_at_articles(server):
    articles = {server.base_url + p for p in truth.all_article_paths(1)}
    status, headers, body = fetch(server, "/feed.xml")
    assert status == 200 and headers["Content-Type"] == "application/rss+xml; charset=utf-8"
    links = [canonicalize_url(e.text) for e in ET.fromstring(body).iter("link")]
    assert links[0] == server.base_url + "/"
    assert set(links[1:]) <= articles and len(links[1:]) == 20
    status, headers, body = fetch(server, "/atom.xml")
    assert status == 200 and headers["Content-Type"].startswith("application/atom+xml")
    entries = ET.fromstring(body).findall(f"{ATOM_NS}entry")
    assert {e.find(f"{ATOM_NS}id").text for e in entries} <= articles


def test_redirects_answer_301_to_the_article(server):
    for old, target in truth.redirects(1).items():
        status, headers, _ = fetch(server, old)
        assert status == 301
        assert headers["Location"] == server.base_url + target
    home = fetch(server, "/")[2].decode()
    assert 'href="/old/parking-minimums"' in home


def test_error_pages_answer_their_status(server):
    assert truth.error_paths(1) == {"/live/": 500, "/elections-2019/": 404}
    for path, code in truth.error_paths(1).items():
        status, _, body = fetch(server, path)
        assert status == code and b"<h1>" in body
    assert fetch(server, "/no/such/page")[0] == 404
    assert fetch(server, "/page/1/")[0] == 404
    home = fetch(server, "/")[2].decode()
    assert 'href="/live/"' in home and 'href="/elections-2019/"' in home


def test_listing_teasers_carry_utm_parameters(server):
    doc = lxml_html.fromstring(fetch(server, "/")[2])
    hrefs = doc.xpath("//h3//a/@href")
    assert hrefs and all("utm_source=home&utm_medium=teaser" in h for h in hrefs)
    last = len(content.paginate(list(content.stories(1)), content.HOME_PAGE_SIZE))
    assert last >= 3
    assert fetch(server, f"/page/{last}/")[0] == 200 and fetch(server, f"/page/{last + 1}/")[0] == 404


def test_state_two_edits_deletes_adds_and_reshuffles(server, state2):
    changes = truth.changes(2)
    # Edited: four articles, and the paywall teaser that state 2 shows in full.
    assert (len(changes["edited"]), len(changes["deleted"]), len(changes["new"])) == (5, 3, 4)
    before = {r["url"]: r for r in truth.expected_articles(server.base_url, 1)}
    after = {r["url"]: r for r in truth.expected_articles(server.base_url, 2)}
    for path in changes["edited"]:
        url = server.base_url + path
        assert (before[url]["title"], before[url]["body"]) != (after[url]["title"], after[url]["body"])
        page = fetch(server, path)[2].decode()
        assert lxml_html.fromstring(page).xpath("normalize-space(//h1)") == after[url]["title"]
    statuses = {fetch(server, p)[0] for p in changes["deleted"]}
    assert statuses == {404, 410}
    for path in changes["new"]:
        assert fetch(server, path)[0] == 200
    site = DemoSite()
    for path in changes["unchanged"]:
        url = server.base_url + path
        assert (before[url]["title"], before[url]["body"]) == (after[url]["title"], after[url]["body"])
        assert site.get(path, server.base_url, 1).body != fetch(server, path)[2]
    server.set_state(1)
    assert fetch(server, changes["deleted"][0])[0] == 200
    assert fetch(server, changes["new"][0])[0] == 404


def test_conditional_requests_answer_304(server, state2):
    path = truth.changes(2)["edited"][0]
    server.set_state(1)
    _, headers, _ = fetch(server, path)
    etag, modified = headers["ETag"], headers["Last-Modified"]
    status, h304, body = fetch(server, path, headers={"If-None-Match": etag})
    assert status == 304 and body == b"" and h304["ETag"] == etag
    assert fetch(server, path, headers={"If-Modified-Since": modified})[0] == 304
    assert fetch(server, path, headers={"If-None-Match": '"stale"'})[0] == 200
    server.set_state(2)
    assert fetch(server, path, headers={"If-None-Match": etag})[0] == 200
    assert fetch(server, path, headers={"If-Modified-Since": modified})[0] == 200
    assert fetch(server, path, method="HEAD")[2] == b""


def test_requests_are_recorded_with_headers(server):
    fetch(server, "/about/?utm_source=test", headers={"X-Probe": "yes"})
    method, path, headers = server.requests[-1]
    assert (method, path, headers.get("X-Probe")) == ("GET", "/about/?utm_source=test", "yes")


def test_altmarkup_fixtures_are_up_to_date():
    rendered = render_all()
    assert len(rendered) >= 3
    for name, (page, record) in rendered.items():
        assert (FIXTURE_DIR / f"{name}.html").read_text(encoding="utf-8") == page
        saved = json.loads((FIXTURE_DIR / f"{name}.json").read_text(encoding="utf-8"))
        assert saved == record and tuple(saved) == truth.FIELDS
        assert saved["url"].startswith("http://alt.example/")
        assert Path(FIXTURE_DIR / f"{name}.html").stat().st_size > 2000
