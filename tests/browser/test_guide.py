"""The guide, the stylesheet and docs/cypher.md: derived from their sources, served with CORS,
and every guide query finds something in a real graph."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.browser_routes import router
from graph.browser.files import RENDERINGS
from graph.browser.guide import GUIDE, all_queries, guide_html
from graph.browser.style import grass
from graph.db import Database
from graph.repository import Repository
from graph.schema import NODE_TYPES
from tests.browser.sample_graph import write_sample


@pytest.mark.parametrize("path", list(RENDERINGS), ids=lambda p: p.name)
def test_shipped_files_match_their_sources(path) -> None:  # type: ignore[no-untyped-def]
    assert path.read_text(encoding="utf-8") == RENDERINGS[path](), (
        f"{path} is stale: run `python -m graph.browser`")


def test_style_gives_each_label_its_schema_colour_size_and_name_caption() -> None:
    text = grass()
    for t in NODE_TYPES.values():
        block = re.search(rf"node\.{t.label} \{{(.*?)\n\}}", text, re.S)
        assert block, t.label
        assert f"color: {t.color};" in block.group(1)
        assert f"diameter: {t.size}px;" in block.group(1)
        assert "caption: '{name}';" in block.group(1)
    assert "caption: '<type>';" in text  # relationships read as their verb


class _Runnable(HTMLParser):
    """Collect the text of <pre class="... runnable"> blocks and count <slide>s, as the Browser does."""

    def __init__(self) -> None:
        super().__init__()
        self.slides = 0
        self.blocks: list[str] = []
        self._in = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "slide":
            self.slides += 1
        if tag == "pre" and "runnable" in (dict(attrs).get("class") or ""):
            self._in = True
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag == "pre":
            self._in = False

    def handle_data(self, data: str) -> None:
        if self._in:
            self.blocks[-1] += data


def test_guide_is_a_deck_whose_code_blocks_are_the_queries() -> None:
    parser = _Runnable()
    parser.feed(guide_html("http://example.test:8123"))
    assert parser.slides == len(GUIDE) + 1
    assert parser.blocks == [":style http://example.test:8123/browser/style.grass", *all_queries()]
    assert "<script" not in guide_html()


def test_docs_hold_the_same_queries() -> None:
    doc = RENDERINGS[next(p for p in RENDERINGS if p.name == "cypher.md")]()
    for q in all_queries():
        assert f"```cypher\n{q}\n```" in doc


def test_routes_serve_guide_and_style_with_cors() -> None:
    app = FastAPI()
    app.include_router(router)
    client = TestClient(app)
    r = client.get("/browser/guide.html", headers={"Origin": "http://localhost:7474"})
    assert r.status_code == 200 and r.headers["access-control-allow-origin"] == "*"
    assert r.headers["content-type"].startswith("text/html")
    assert "<slide" in r.text and "http://testserver/browser/style.grass" in r.text
    r = client.get("/browser/style.grass")
    assert r.status_code == 200 and r.text == grass() and r.headers["access-control-allow-origin"] == "*"
    r = client.options("/browser/guide.html", headers={"Origin": "http://localhost:7474",
                                                     "Access-Control-Request-Method": "GET"})
    assert r.status_code in (200, 204) and r.headers["access-control-allow-origin"] == "*"


@pytest.mark.neo4j
@pytest.mark.parametrize("query", all_queries(), ids=[f"q{i}" for i in range(len(all_queries()))])
def test_every_guide_query_finds_something_in_the_sample(scratch_db: Database, query: str) -> None:
    write_sample(Repository(scratch_db))
    assert scratch_db.read(query), query


@pytest.mark.neo4j
@pytest.mark.parametrize("query", all_queries(), ids=[f"q{i}" for i in range(len(all_queries()))])
def test_every_guide_query_runs_on_the_corpus(corpus_db: Database, query: str) -> None:
    corpus_db.read(query)  # runs; examples are names of the default corpus, not all present in every load
