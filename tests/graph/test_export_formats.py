"""GraphML and CSV exports read back with real readers give the database's graph.

Readers: networkx for GraphML, the csv module for CSV, and ``neo4j-admin
database import full`` into a fresh server for CSV. Run on the default corpus
and on a hand-built sample (written through the repository) whose filters
have known answers.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
from typer.testing import CliRunner

from graph.db import Database
from graph.errors import NotFound, SchemaError
from graph.export import (
    NODES_FILE,
    RELATIONSHIPS_FILE,
    ExportFilter,
    admin_import_args,
    read_csv_array,
    write_csv,
    write_graphml,
    write_jsonl,
)
from graph.repository import Repository
from graph.server import LocalNeo4j, free_port
from tests.browser.sample_graph import write_sample

pytestmark = pytest.mark.neo4j

Nodes = dict[str, tuple[tuple[str, ...], dict[str, Any]]]
Edges = Counter[tuple[str, str, str, str]]


# --- the database's own view ------------------------------------------------------------

def db_graph(db: Database) -> tuple[Nodes, Edges]:
    nodes = {r["id"]: (tuple(sorted(r["labels"])), r["props"]) for r in db.read(
        "MATCH (n) RETURN n.id AS id, labels(n) AS labels, properties(n) AS props")}
    edges: Edges = Counter(edge_key(r["s"], r["t"], r["e"], r["props"]) for r in db.read(
        "MATCH (a)-[r]->(b) RETURN a.id AS s, type(r) AS t, b.id AS e, properties(r) AS props"))
    return nodes, edges


def edge_key(start: str, type_: str, end: str, props: dict[str, Any]) -> tuple[str, str, str, str]:
    return (start, type_, end, json.dumps(props, sort_keys=True, ensure_ascii=False))


def without_empty(props: dict[str, Any]) -> dict[str, Any]:
    """Empty lists and strings dropped: what a reader that cannot tell them from nothing sees."""
    return {k: v for k, v in props.items() if v not in ([], "")}


def loosen(nodes: Nodes, edges: Edges) -> tuple[Nodes, Edges]:
    return ({k: (lbl, without_empty(p)) for k, (lbl, p) in nodes.items()},
            Counter({edge_key(s, t, e, without_empty(json.loads(p))): c
                     for (s, t, e, p), c in edges.items()}))


# --- fixtures -------------------------------------------------------------------------------

@pytest.fixture
def sample_db(scratch_db: Database) -> Database:
    write_sample(Repository(scratch_db))
    return scratch_db


@pytest.fixture(params=["corpus", "sample"])
def any_db(request: pytest.FixtureRequest) -> Database:
    return request.getfixturevalue("corpus_db" if request.param == "corpus" else "sample_db")


# --- GraphML ----------------------------------------------------------------------------

def graphml_graph(path: Path) -> tuple[Nodes, Edges]:
    g = nx.read_graphml(path, force_multigraph=True)
    nodes: Nodes = {}
    for node_id, data in g.nodes(data=True):
        data = dict(data)
        labels = tuple(sorted(x for x in data.pop("labels").split(":") if x))
        data.pop("label")  # the caption (name), for Gephi
        nodes[node_id] = (labels, {k: _decode(v) for k, v in data.items()})
    edges: Edges = Counter()
    for s, e, data in g.edges(data=True):
        data = dict(data)
        type_ = data.pop("label")
        data.pop("id", None)  # networkx keeps the edge id among the attributes
        edges[edge_key(s, type_, e, {k: _decode(v) for k, v in data.items()})] += 1
    return nodes, edges


def _decode(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("["):
        return json.loads(value)
    return value


def test_graphml_reads_back_with_networkx(any_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    with path.open("w", encoding="utf-8") as f:
        n, e = write_graphml(any_db, f)
    nodes, edges = db_graph(any_db)
    assert (n, e) == (len(nodes), sum(edges.values()))
    assert graphml_graph(path) == (nodes, edges)


def test_graphml_declares_every_key_with_a_type(sample_db: Database, tmp_path: Path) -> None:
    path = tmp_path / "graph.graphml"
    with path.open("w", encoding="utf-8") as f:
        write_graphml(sample_db, f)
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(path).getroot()
    keys = {k.get("id"): k for k in root.findall("g:key", ns)}
    assert all(k.get("attr.type") in {"string", "long", "double", "boolean"} for k in keys.values())
    for element, domain in (("node", "node"), ("edge", "edge")):
        for el in root.iter(f"{{{ns['g']}}}{element}"):
            for d in el.findall("g:data", ns):
                assert keys[d.get("key")].get("for") == domain
    # lists are JSON, numbers typed: a reader gets them back as they are stored
    attr = {k.get("attr.name"): k.get("attr.type") for k in keys.values() if k.get("for") == "node"}
    assert attr["aliases"] == "string" and attr["year"] == "long" and attr["labels"] == "string"


# --- CSV ------------------------------------------------------------------------------------

_CONVERT = {"long": int, "int": int, "double": float, "float": float, "boolean": lambda v: v == "true",
            "string": str}


def _typed(value: str, type_: str) -> Any:
    if type_.endswith("[]"):
        return [_CONVERT[type_[:-2]](v) for v in read_csv_array(value)]
    return _CONVERT[type_](value)


def csv_graph(folder: Path) -> tuple[Nodes, Edges]:
    """Read the two files with the csv module, typed by their headers."""
    nodes: Nodes = {}
    with (folder / NODES_FILE).open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        assert header[:2] == ["id:ID", ":LABEL"]
        cols = [h.split(":", 1) for h in header[2:]]
        for row in rows:
            props = {name: _typed(v, t) for (name, t), v in zip(cols, row[2:], strict=True) if v != ""}
            props["id"] = row[0]
            nodes[row[0]] = (tuple(sorted(read_csv_array(row[1]))), props)
    edges: Edges = Counter()
    with (folder / RELATIONSHIPS_FILE).open(encoding="utf-8", newline="") as f:
        rows = csv.reader(f)
        header = next(rows)
        assert header[:3] == [":START_ID", ":END_ID", ":TYPE"]
        cols = [h.split(":", 1) for h in header[3:]]
        for row in rows:
            props = {name: _typed(v, t) for (name, t), v in zip(cols, row[3:], strict=True) if v != ""}
            edges[edge_key(row[0], row[2], row[1], props)] += 1
    return nodes, edges


def test_csv_reads_back_with_the_csv_module(any_db: Database, tmp_path: Path) -> None:
    n, e = write_csv(any_db, tmp_path)
    nodes, edges = db_graph(any_db)
    assert (n, e) == (len(nodes), sum(edges.values()))
    # The csv module reads "" and an empty field alike: compare without empty values.
    assert loosen(*csv_graph(tmp_path)) == loosen(nodes, edges)


def test_csv_headers_are_what_neo4j_admin_import_expects(sample_db: Database, tmp_path: Path) -> None:
    write_csv(sample_db, tmp_path)
    node_header = next(csv.reader((tmp_path / NODES_FILE).open(encoding="utf-8")))
    rel_header = next(csv.reader((tmp_path / RELATIONSHIPS_FILE).open(encoding="utf-8")))
    assert node_header[:2] == ["id:ID", ":LABEL"]
    assert {"name:string", "aliases:string[]", "year:long", "words:long"} <= set(node_header)
    assert rel_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"evidence:string[]", "evidenceStarts:long[]", "role:string"} <= set(rel_header)


@pytest.fixture
def import_server(corpus_db: Database, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LocalNeo4j]:
    """A server of its own (not started) on the corpus server's jars, stopped afterwards."""
    base = corpus_db.settings
    settings = base.replace(bolt_port=free_port(), http_port=free_port())
    server = LocalNeo4j(settings, root=tmp_path_factory.mktemp("neo4j-import"))
    yield server
    server.stop()


def test_csv_reimports_with_neo4j_admin(corpus_db: Database, import_server: LocalNeo4j,
                                        tmp_path: Path) -> None:
    write_csv(corpus_db, tmp_path)
    import_server.admin(*admin_import_args(tmp_path, import_server.settings.database))
    import_server.start(timeout=240)
    with Database(import_server.settings) as imported:
        got = db_graph(imported)
    nodes, edges = db_graph(corpus_db)
    # neo4j-admin reads an empty array field as no property; everything else comes back as stored.
    drop = {k: (lbl, {p: v for p, v in props.items() if v != []}) for k, (lbl, props) in nodes.items()}
    drop_edges = Counter({edge_key(s, t, e, {k: v for k, v in json.loads(p).items() if v != []}): c
                          for (s, t, e, p), c in edges.items()})
    assert got == (drop, drop_edges)


# --- filters -------------------------------------------------------------------------------

def _names(db: Database, flt: ExportFilter) -> tuple[set[str], Counter[tuple[str, str, str]]]:
    buf = io.StringIO()
    write_jsonl(db, buf, flt)
    objs = [json.loads(line) for line in buf.getvalue().splitlines()]
    by_id = {o["id"]: o["properties"].get("name") for o in objs if o["type"] == "node"}
    nodes = set(by_id.values())
    edges = Counter((by_id[o["start"]["id"]], o["label"], by_id[o["end"]["id"]])
                    for o in objs if o["type"] == "relationship")
    return nodes, edges


def test_filter_around_an_entity(sample_db: Database) -> None:
    kiai = sample_db.read("MATCH (p:Person {name: 'Maina Kiai'}) RETURN p.id AS id")[0]["id"]
    nodes, edges = _names(sample_db, ExportFilter(around=kiai, depth=1))
    assert nodes == {"Maina Kiai", "United Nations", "Maina Kiai's visit to Kazakhstan",
                     "Kazakhstan government"}
    assert set(edges) == {("Maina Kiai", "WORKS_FOR", "United Nations"),
                          ("Maina Kiai", "PARTICIPATED_IN", "Maina Kiai's visit to Kazakhstan"),
                          ("Maina Kiai", "CRITICIZED", "Kazakhstan government")}
    nodes2, edges2 = _names(sample_db, ExportFilter(around=kiai, depth=2))
    assert nodes2 == nodes | {"Kazakhstan", "Kassym-Jomart Tokayev"}  # never through the documents
    assert ("Kassym-Jomart Tokayev", "LEADS", "Kazakhstan government") in edges2
    assert _names(sample_db, ExportFilter(around=kiai, depth=0))[0] == {"Maina Kiai"}


def test_filter_by_document(sample_db: Database) -> None:
    doc = sample_db.read("MATCH (d:Document {name: $name}) RETURN d.id AS id",
                         name="UN expert criticizes Kazakhstan")[0]["id"]
    nodes, edges = _names(sample_db, ExportFilter(document=doc))
    assert "Protest leaders jailed" not in nodes and "Criminal Code of Kazakhstan" not in nodes
    assert {"UN expert criticizes Kazakhstan", "Maina Kiai", "Max Bokaev", "ICCPR Article 21"} <= nodes
    # only what this document is evidence for: the charge comes from the other report
    assert ("Max Bokaev", "CHARGED_UNDER", "Criminal Code of Kazakhstan Article 174") not in edges
    assert ("Atyrau land protest", "VIOLATES", "ICCPR Article 21") in edges
    assert edges[("Maina Kiai", "MENTIONED_IN", "UN expert criticizes Kazakhstan")] == 1
    assert all(t != "MENTIONED_IN" or end == "UN expert criticizes Kazakhstan" for _, t, end in edges)


def test_filter_by_label_and_combined(sample_db: Database) -> None:
    nodes, edges = _names(sample_db, ExportFilter(label="Person"))
    assert nodes == {"Maina Kiai", "Max Bokaev", "Kassym-Jomart Tokayev"} and not edges
    entities = _names(sample_db, ExportFilter(label="Entity"))[0]
    assert len(entities) == 14 and "Protest leaders jailed" not in entities
    kiai = sample_db.read("MATCH (p:Person {name: 'Maina Kiai'}) RETURN p.id AS id")[0]["id"]
    assert _names(sample_db, ExportFilter(label="Person", around=kiai, depth=2))[0] == {
        "Maina Kiai", "Kassym-Jomart Tokayev"}
    with pytest.raises(SchemaError):
        _names(sample_db, ExportFilter(label="Nope"))
    with pytest.raises(NotFound):
        _names(sample_db, ExportFilter(around="person:nobody"))
    with pytest.raises(NotFound):
        _names(sample_db, ExportFilter(document="document:none"))


def test_filtered_formats_agree(sample_db: Database, tmp_path: Path) -> None:
    kiai = sample_db.read("MATCH (p:Person {name: 'Maina Kiai'}) RETURN p.id AS id")[0]["id"]
    flt = ExportFilter(around=kiai, depth=2)
    counts = {write_jsonl(sample_db, io.StringIO(), flt), write_graphml(sample_db, io.StringIO(), flt),
              write_csv(sample_db, tmp_path, flt)}
    assert counts == {(6, 5)}


# --- command line ---------------------------------------------------------------------------

def test_export_command_writes_each_format(sample_db: Database, tmp_path: Path,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from api.cli import app

    s = sample_db.settings
    for key, value in {"NEO4J_BOLT_PORT": s.bolt_port, "NEO4J_HTTP_PORT": s.http_port,
                       "NEO4J_PASSWORD": s.password, "RIGHTSGRAPH_HOME": s.home}.items():
        monkeypatch.setenv(key, str(value))
    runner = CliRunner()
    out = runner.invoke(app, ["export", "--format", "graphml", "-o", str(tmp_path / "g.graphml")])
    assert out.exit_code == 0, out.output
    assert nx.read_graphml(tmp_path / "g.graphml").number_of_nodes() == 16
    out = runner.invoke(app, ["export", "--format", "csv", "-o", str(tmp_path / "csv"), "--label", "Person"])
    assert out.exit_code == 0, out.output
    assert len((tmp_path / "csv" / NODES_FILE).read_text(encoding="utf-8").splitlines()) == 1 + 3
    out = runner.invoke(app, ["export", "--format", "csv"])
    assert out.exit_code == 1 and "folder" in out.output
    out = runner.invoke(app, ["export", "--format", "xml"])
    assert out.exit_code == 1
