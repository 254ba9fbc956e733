"""Export the graph, whole or a part of it: JSON lines, GraphML, CSV.

Formats:

* ``jsonl``: APOC's JSON-lines shape, one object a line::

      {"type":"node","id":"person:...","labels":["Person"],"properties":{...}}
      {"type":"relationship","id":"...","label":"VIOLATES","start":{"id":...,"labels":[...]},
       "end":{"id":...,"labels":[...]},"properties":{...}}

  Evidence travels with it: the parallel evidence arrays are folded into
  ``evidence``, a list of objects ``{"text", "document", "start", "end"}``.
* ``graphml``: one file that Gephi, yEd, Cytoscape and networkx read. Keys
  are declared for every property in use (from ``db.schema.*TypeProperties``),
  typed ``string``/``long``/``double``/``boolean``; list values are JSON-encoded
  strings. Nodes carry ``labels`` (``:Person``, as APOC writes it) and
  ``label`` (the name: Gephi's caption); edges carry ``label`` (the type).
* ``csv``: ``nodes.csv`` and ``relationships.csv`` with the headers
  ``neo4j-admin database import full`` expects (``id:ID``, ``:LABEL``,
  ``aliases:string[]``, ``:START_ID``, ``:END_ID``, ``:TYPE``...). Arrays are
  joined with :data:`ARRAY_DELIMITER` (U+001F), because evidence sentences
  hold ``;``, the tool's default; :func:`admin_import_args` gives the options.

Node ids are the graph's own deterministic ``id`` property (stable across
databases); relationship ids are Neo4j element ids. Everything streams: nodes
and relationships are read in pages and written as they come.

A filter (:class:`ExportFilter`) narrows the export to a part of the graph:

* ``document``: what one document says: the document, the entities it
  mentions, their MENTIONED_IN edges to it, the relationships it is evidence
  for, and the reference edges (PART_OF, PROTECTS) between those entities;
* ``label``: nodes of one label (``Entity``: all but documents) and the relationships among them;
* ``around`` with ``depth``: an entity and everything within ``depth`` steps of
  it, not counting steps through documents (every entity of a report is two
  steps from every other one through it), and the relationships among them.

Filters combine: all given conditions hold for every exported node.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any
from xml.sax.saxutils import escape, quoteattr

from graph.db import Database
from graph.errors import NotFound
from graph.schema import ENTITY, EVIDENCE_PROPERTIES, check_label

FORMATS = ("jsonl", "graphml", "csv")
PAGE = 5000

# --- Cypher -------------------------------------------------------------------------

# Paged by element id so a large graph streams in bounded memory.
EXPORT_NODES = """
MATCH (n) WHERE elementId(n) > $after
RETURN elementId(n) AS eid, n.id AS id, labels(n) AS labels, properties(n) AS props
ORDER BY eid LIMIT $limit
"""
EXPORT_EDGES = """
MATCH (a)-[r]->(b) WHERE elementId(r) > $after
RETURN elementId(r) AS eid, type(r) AS type, coalesce(a.id, elementId(a)) AS start, labels(a) AS startLabels,
       coalesce(b.id, elementId(b)) AS end, labels(b) AS endLabels, properties(r) AS props
ORDER BY eid LIMIT $limit
"""
# A filtered export first selects node element ids (ids only), then reads them in pages.
SELECT_ALL = "MATCH (n) RETURN elementId(n) AS eid"
SELECT_LABEL = "MATCH (n:{label}) RETURN elementId(n) AS eid"
SELECT_DOCUMENT = """
MATCH (d:Document {id: $doc})
OPTIONAL MATCH (n)-[:MENTIONED_IN]->(d)
WITH d, collect(elementId(n)) AS mentioned
UNWIND [elementId(d)] + mentioned AS eid
RETURN DISTINCT eid
"""
# Breadth-first, one query a step: distinct nodes, never an enumeration of paths.
SELECT_ONE = "MATCH (n {id: $id}) RETURN elementId(n) AS eid"
NEXT_STEP = """
UNWIND $frontier AS eid
MATCH (a)-[r]-(b) WHERE elementId(a) = eid AND type(r) <> 'MENTIONED_IN' AND NOT b:Document
RETURN DISTINCT elementId(b) AS eid
"""
NODES_BY_EID = """
UNWIND $eids AS eid
MATCH (n) WHERE elementId(n) = eid
RETURN eid, n.id AS id, labels(n) AS labels, properties(n) AS props
"""
# Outgoing relationships of a page of selected nodes whose end is selected too.
EDGES_FROM_EIDS = """
UNWIND $eids AS eid
MATCH (a)-[r]->(b) WHERE elementId(a) = eid AND elementId(b) IN $selected
  AND ($doc IS NULL
       OR (type(r) = 'MENTIONED_IN' AND b.id = $doc)
       OR (type(r) <> 'MENTIONED_IN' AND (r.evidenceDocs IS NULL OR $doc IN r.evidenceDocs)))
RETURN elementId(r) AS eid, type(r) AS type, coalesce(a.id, elementId(a)) AS start, labels(a) AS startLabels,
       coalesce(b.id, elementId(b)) AS end, labels(b) AS endLabels, properties(r) AS props
ORDER BY eid
"""
NODE_PROPERTY_TYPES = """
CALL db.schema.nodeTypeProperties() YIELD propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN propertyName AS name, collect(propertyTypes) AS types
"""
REL_PROPERTY_TYPES = """
CALL db.schema.relTypeProperties() YIELD propertyName, propertyTypes
WHERE propertyName IS NOT NULL
RETURN propertyName AS name, collect(propertyTypes) AS types
"""
DOCUMENT_EXISTS = "MATCH (d:Document {id: $id}) RETURN d.id AS id"


# --- what is exported ---------------------------------------------------------------

@dataclass(frozen=True)
class ExportedNode:
    id: str
    labels: list[str]
    properties: dict[str, Any]


@dataclass(frozen=True)
class ExportedEdge:
    id: str
    type: str
    start: str
    start_labels: list[str]
    end: str
    end_labels: list[str]
    properties: dict[str, Any]


@dataclass(frozen=True)
class ExportFilter:
    document: str | None = None
    label: str | None = None
    around: str | None = None
    depth: int = 1

    @property
    def empty(self) -> bool:
        return self.document is None and self.label is None and self.around is None


def fold_evidence(props: dict[str, Any]) -> dict[str, Any]:
    """Parallel evidence arrays to a list of objects; other properties unchanged."""
    if "evidence" not in props or "evidenceDocs" not in props:
        return props
    out = {k: v for k, v in props.items() if k not in EVIDENCE_PROPERTIES}
    out["evidence"] = [
        {"text": t, "document": d, "start": s, "end": e}
        for t, d, s, e in zip(props["evidence"], props["evidenceDocs"], props["evidenceStarts"],
                              props["evidenceEnds"], strict=False)
    ]
    return out


def _paged(db: Database, query: str) -> Iterator[dict[str, Any]]:
    after = ""
    while True:
        rows = db.read(query, after=after, limit=PAGE)
        yield from rows
        if len(rows) < PAGE:
            return
        after = rows[-1]["eid"]


def _node(r: dict[str, Any]) -> ExportedNode:
    return ExportedNode(r["id"] or r["eid"], r["labels"], r["props"])


def _edge(r: dict[str, Any]) -> ExportedEdge:
    return ExportedEdge(r["eid"], r["type"], r["start"], r["startLabels"], r["end"], r["endLabels"],
                        r["props"])


def select(db: Database, flt: ExportFilter) -> list[str]:
    """Element ids of the nodes a filter keeps (ids only: small even for a large graph)."""
    sets: list[set[str]] = []
    if flt.document is not None:
        if not db.read(DOCUMENT_EXISTS, id=flt.document):
            raise NotFound(f"no document {flt.document!r}")
        sets.append({r["eid"] for r in db.read(SELECT_DOCUMENT, doc=flt.document)})
    if flt.label is not None:
        label = ENTITY if flt.label == ENTITY else check_label(flt.label)  # Entity: every entity
        sets.append({r["eid"] for r in db.read(SELECT_LABEL.format(label=label))})
    if flt.around is not None:
        if flt.depth < 0:
            raise ValueError("depth must be 0 or more")
        start = {r["eid"] for r in db.read(SELECT_ONE, id=flt.around)}
        if not start:
            raise NotFound(f"no node with id {flt.around!r}")
        sets.append(_neighbourhood(db, start, flt.depth))
    if not sets:
        sets.append({r["eid"] for r in db.read(SELECT_ALL)})
    return sorted(set.intersection(*sets))


def _neighbourhood(db: Database, start: set[str], depth: int) -> set[str]:
    seen = set(start)
    frontier = sorted(start)
    for _ in range(depth):
        if not frontier:
            break
        found: set[str] = set()
        for chunk in _chunks(frontier):
            found.update(r["eid"] for r in db.read(NEXT_STEP, frontier=chunk))
        frontier = sorted(found - seen)
        seen |= found
    return seen


def _chunks(items: list[str], size: int = PAGE) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def iter_nodes(db: Database, flt: ExportFilter | None = None,
               selected: list[str] | None = None) -> Iterator[ExportedNode]:
    if flt is None or flt.empty:
        for r in _paged(db, EXPORT_NODES):
            yield _node(r)
        return
    eids = selected if selected is not None else select(db, flt)
    for chunk in _chunks(eids):
        for r in db.read(NODES_BY_EID, eids=chunk):
            yield _node(r)


def iter_edges(db: Database, flt: ExportFilter | None = None,
               selected: list[str] | None = None) -> Iterator[ExportedEdge]:
    if flt is None or flt.empty:
        for r in _paged(db, EXPORT_EDGES):
            yield _edge(r)
        return
    eids = selected if selected is not None else select(db, flt)
    for chunk in _chunks(eids):
        for r in db.read(EDGES_FROM_EIDS, eids=chunk, selected=eids, doc=flt.document):
            yield _edge(r)


def _iter_both(db: Database,
               flt: ExportFilter | None) -> tuple[Iterator[ExportedNode], Iterator[ExportedEdge]]:
    """Node and edge iterators sharing one selection (a filter is evaluated once)."""
    selected = None if flt is None or flt.empty else select(db, flt)
    return iter_nodes(db, flt, selected), iter_edges(db, flt, selected)


# --- property types (headers and GraphML keys must precede the rows) ---------------

_SCALAR = {"String": "string", "Long": "long", "Integer": "long", "Double": "double", "Float": "double",
           "Boolean": "boolean"}


def _column_type(types: list[list[str]]) -> str:
    """One type for a property across labels: ``string``, ``long``, ... or ``string[]``, ``long[]``..."""
    seen = {t for ts in types for t in (ts or [])}
    if not seen:
        return "string"
    arrays = {t[:-5] for t in seen if t.endswith("Array")}
    scalars = {t for t in seen if not t.endswith("Array")}
    if arrays and not scalars:
        inner = {_SCALAR.get(t, "string") for t in arrays}
        return (inner.pop() if len(inner) == 1 else "string") + "[]"
    if scalars and not arrays:
        kinds = {_SCALAR.get(t, "string") for t in scalars}
        return kinds.pop() if len(kinds) == 1 else "string"
    return "string"


@dataclass(frozen=True)
class PropertyTypes:
    nodes: dict[str, str]
    relationships: dict[str, str]


def property_types(db: Database) -> PropertyTypes:
    """Every property key in use on nodes and on relationships, with one type each."""
    nodes = {r["name"]: _column_type(r["types"]) for r in db.read(NODE_PROPERTY_TYPES)}
    rels = {r["name"]: _column_type(r["types"]) for r in db.read(REL_PROPERTY_TYPES)}
    return PropertyTypes(dict(sorted(nodes.items())), dict(sorted(rels.items())))


# --- JSON lines ---------------------------------------------------------------------

def write_jsonl(db: Database, out: IO[str], flt: ExportFilter | None = None) -> tuple[int, int]:
    """Write the graph (or the filtered part); returns (nodes, relationships) written."""
    nodes, edges = _iter_both(db, flt)
    n = e = 0
    for node in nodes:
        out.write(json.dumps({"type": "node", "id": node.id, "labels": node.labels,
                              "properties": fold_evidence(node.properties)}, ensure_ascii=False) + "\n")
        n += 1
    for edge in edges:
        out.write(json.dumps({
            "type": "relationship", "id": edge.id, "label": edge.type,
            "start": {"id": edge.start, "labels": edge.start_labels},
            "end": {"id": edge.end, "labels": edge.end_labels},
            "properties": fold_evidence(edge.properties),
        }, ensure_ascii=False) + "\n")
        e += 1
    return n, e


# --- GraphML ------------------------------------------------------------------------

_GRAPHML_TYPE = {"string": "string", "long": "long", "double": "double", "boolean": "boolean"}
# Names the GraphML writer uses itself; a property of that name is written under "prop_<name>".
_NODE_RESERVED = {"labels", "label"}
_EDGE_RESERVED = {"label"}


def _graphml_value(value: Any) -> str:
    if isinstance(value, list):
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _graphml_keys(types: dict[str, str], domain: str, reserved: set[str]) -> dict[str, tuple[str, str, str]]:
    """property -> (key id, attr.name, attr.type); lists are JSON strings."""
    out = {}
    prefix = "n" if domain == "node" else "e"
    for i, (name, t) in enumerate(types.items()):
        attr = f"prop_{name}" if name in reserved else name
        out[name] = (f"{prefix}{i}", attr, _GRAPHML_TYPE.get(t, "string"))
    return out


def write_graphml(db: Database, out: IO[str], flt: ExportFilter | None = None) -> tuple[int, int]:
    """GraphML (directed, parallel edges allowed); returns (nodes, relationships) written."""
    types = property_types(db)
    nkeys = _graphml_keys(types.nodes, "node", _NODE_RESERVED)
    ekeys = _graphml_keys(types.relationships, "edge", _EDGE_RESERVED)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
              '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
              'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
              'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
              'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
    out.write('  <key id="labels" for="node" attr.name="labels" attr.type="string"/>\n')
    out.write('  <key id="caption" for="node" attr.name="label" attr.type="string"/>\n')
    out.write('  <key id="type" for="edge" attr.name="label" attr.type="string"/>\n')
    for key_id, attr, t in nkeys.values():
        out.write(f'  <key id="{key_id}" for="node" attr.name={quoteattr(attr)} attr.type="{t}"/>\n')
    for key_id, attr, t in ekeys.values():
        out.write(f'  <key id="{key_id}" for="edge" attr.name={quoteattr(attr)} attr.type="{t}"/>\n')
    out.write('  <graph id="rightsgraph" edgedefault="directed">\n')

    def data(key: str, value: Any) -> str:
        return f'<data key="{key}">{escape(_graphml_value(value))}</data>'

    nodes, edges = _iter_both(db, flt)
    n = e = 0
    for node in nodes:
        labels = "".join(f":{lbl}" for lbl in node.labels)
        parts = [data("labels", labels), data("caption", node.properties.get("name", node.id))]
        parts += [data(nkeys[k][0], v) for k, v in sorted(node.properties.items()) if k in nkeys]
        out.write(f'    <node id={quoteattr(node.id)} labels={quoteattr(labels)}>{"".join(parts)}</node>\n')
        n += 1
    for edge in edges:
        parts = [data("type", edge.type)]
        parts += [data(ekeys[k][0], v) for k, v in sorted(edge.properties.items()) if k in ekeys]
        out.write(f'    <edge id={quoteattr(edge.id)} source={quoteattr(edge.start)} '
                  f'target={quoteattr(edge.end)} label={quoteattr(edge.type)}>{"".join(parts)}</edge>\n')
        e += 1
    out.write("  </graph>\n</graphml>\n")
    return n, e


# --- CSV for neo4j-admin database import ------------------------------------------------

ARRAY_DELIMITER = "\x1f"  # U+001F UNIT SEPARATOR: never in text, unlike ';' (the tool's default)
NODES_FILE = "nodes.csv"
RELATIONSHIPS_FILE = "relationships.csv"


def admin_import_args(folder: Path, database: str = "neo4j") -> list[str]:
    """``neo4j-admin`` arguments that import an export folder into ``database`` (which must not exist
    or be stopped and overwritten)."""
    return ["database", "import", "full", database,
            f"--nodes={folder / NODES_FILE}", f"--relationships={folder / RELATIONSHIPS_FILE}",
            "--array-delimiter=U+001F", "--multiline-fields=true", "--overwrite-destination=true",
            f"--report-file={folder / 'import.report'}"]


def _csv_value(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(str(_csv_value(v)) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _csv_line(fields: list[str | None]) -> str:
    """Quote every value, leave missing ones empty: ``""`` is an empty string (or list) to
    neo4j-admin, an empty field no property (Python 3.11's csv module cannot write that difference)."""
    return ",".join("" if f is None else '"' + f.replace('"', '""') + '"' for f in fields) + "\r\n"


def write_csv(db: Database, folder: Path, flt: ExportFilter | None = None) -> tuple[int, int]:
    """``nodes.csv`` and ``relationships.csv`` in ``folder``; returns (nodes, relationships) written.

    The ``id`` property is the ``id:ID`` column (neo4j-admin stores it back as ``id``). Values are
    quoted, missing properties left empty, so empty strings and lists survive a re-import.
    """
    folder.mkdir(parents=True, exist_ok=True)
    types = property_types(db)
    node_cols = [k for k in types.nodes if k != "id"]
    rel_cols = list(types.relationships)
    nodes, edges = _iter_both(db, flt)
    n = e = 0
    with (folder / NODES_FILE).open("w", encoding="utf-8", newline="") as f:
        f.write(_csv_line(["id:ID", ":LABEL", *(f"{k}:{types.nodes[k]}" for k in node_cols)]))
        for node in nodes:
            f.write(_csv_line([node.id, ARRAY_DELIMITER.join(node.labels),
                               *(_csv_value(node.properties.get(k)) for k in node_cols)]))
            n += 1
    with (folder / RELATIONSHIPS_FILE).open("w", encoding="utf-8", newline="") as f:
        f.write(_csv_line([":START_ID", ":END_ID", ":TYPE",
                           *(f"{k}:{types.relationships[k]}" for k in rel_cols)]))
        for edge in edges:
            f.write(_csv_line([edge.start, edge.end, edge.type,
                               *(_csv_value(edge.properties.get(k)) for k in rel_cols)]))
            e += 1
    return n, e


def read_csv_array(value: str) -> list[str]:
    """A CSV array field back to its items (for readers of the export)."""
    return value.split(ARRAY_DELIMITER) if value else []
