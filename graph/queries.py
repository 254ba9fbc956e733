"""Read queries of the API: every Cypher string the GraphQL layer needs, and nothing else.

Each function takes a :class:`graph.db.Database` and returns plain records
(:class:`NodeRecord`, :class:`EdgeRecord`...), never driver objects. Batch
functions take a list of ids and answer for all of them in one statement, so
that the API's DataLoaders send one query per field, whatever the number of rows.

Labels and relationship types reach a Cypher string only through
:func:`graph.schema.check_label` / :func:`graph.schema.check_rel_type`; every
value is a query parameter.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from graph.db import Database
from graph.errors import SchemaError
from graph.schema import NODE_TYPES, REL_TYPES, check_label, check_rel_type
from graph.translit import ascii_lower, fold

Direction = Literal["OUT", "IN", "BOTH"]

# Relationships that link facts; MENTIONED_IN links an entity to its sources and is
# left out of traversals (paths, neighborhood) so that two entities are not "linked"
# merely because one report names both.
FACT_TYPES: tuple[str, ...] = tuple(t for t in REL_TYPES if t != "MENTIONED_IN")
_INTERNAL_PROPS = ("searchKeys", "merges")
_LOWER_LABELS = {label.lower(): label for label in NODE_TYPES}


# --- records --------------------------------------------------------------------


@dataclass(frozen=True)
class NodeRecord:
    id: str
    label: str
    props: dict[str, Any]

    @property
    def name(self) -> str:
        return str(self.props.get("name") or self.id)


@dataclass(frozen=True)
class EvidenceRecord:
    """A verbatim sentence of a document, at ``[start, end)`` in its original text."""

    document_id: str
    text: str
    start: int
    end: int


@dataclass(frozen=True)
class EdgeRecord:
    """A relationship seen from one of its ends: ``node`` is the other end."""

    type: str
    outgoing: bool
    props: dict[str, Any]
    evidence: list[EvidenceRecord]
    node: NodeRecord


@dataclass(frozen=True)
class MentionRecord:
    document: NodeRecord
    surface: str
    start: int
    end: int
    sentence: EvidenceRecord | None


@dataclass(frozen=True)
class HopRecord:
    type: str
    start_id: str
    end_id: str
    props: dict[str, Any]
    evidence: list[EvidenceRecord]


@dataclass(frozen=True)
class PathRecord:
    nodes: list[NodeRecord]
    hops: list[HopRecord]


@dataclass(frozen=True)
class GraphEdgeRecord:
    id: str
    type: str
    source: str
    target: str
    props: dict[str, Any]
    evidence: list[EvidenceRecord]


@dataclass(frozen=True)
class NeighborhoodRecord:
    center: NodeRecord
    nodes: list[NodeRecord]
    edges: list[GraphEdgeRecord]
    truncated: bool


@dataclass(frozen=True)
class StatRecord:
    key: str
    name: str
    node: NodeRecord | None
    violations: int
    violators: int
    documents: int


@dataclass(frozen=True)
class NodeFilter:
    """Typed filters on a node list; every set field narrows the result (AND).

    Dates are ISO prefixes (``YYYY``, ``YYYY-MM``, ``YYYY-MM-DD``); an event
    matches a range when its own period (its date at its precision) overlaps it.
    Entity references (location, participant, article, right) are ids; right and
    instrument also accept a name or code.
    """

    name_contains: str | None = None
    alias: str | None = None
    mentioned_in: str | None = None
    ids: tuple[str, ...] | None = None
    date_from: str | None = None
    date_to: str | None = None
    kinds: tuple[str, ...] = ()
    location: str | None = None
    participant: str | None = None
    violated_article: str | None = None
    violated_right: str | None = None
    instrument: str | None = None
    violated: bool | None = None


@dataclass(frozen=True)
class ViolationFilter:
    date_from: str | None = None
    date_to: str | None = None
    instrument: str | None = None
    right: str | None = None
    article: str | None = None
    location: str | None = None
    event_kinds: tuple[str, ...] = ()
    violator_labels: tuple[str, ...] = ()


SortKey = Literal["NAME", "DATE", "CONNECTIONS", "ID"]


# --- helpers --------------------------------------------------------------------


def label_of(node_id: str) -> str | None:
    """The label encoded in an id (``person:...`` -> ``Person``), None if not one of ours."""
    prefix, sep, _ = node_id.partition(":")
    return _LOWER_LABELS.get(prefix) if sep else None


def _labels_expr(labels: Iterable[str]) -> str:
    return "|".join(check_label(x) for x in labels)


def _types_expr(types: Iterable[str]) -> str:
    return "|".join(check_rel_type(t) for t in types)


def _record(labels: Sequence[str], props: dict[str, Any]) -> NodeRecord:
    label = next((lbl for lbl in labels if lbl in NODE_TYPES), labels[0] if labels else "")
    clean = {k: v for k, v in props.items() if k not in _INTERNAL_PROPS}
    return NodeRecord(str(props.get("id", "")), label, clean)


def evidence_of(props: dict[str, Any]) -> list[EvidenceRecord]:
    """Evidence entries of a relationship (parallel arrays, see graph.writer)."""
    texts = props.get("evidence") or []
    docs = props.get("evidenceDocs") or []
    starts = props.get("evidenceStarts") or []
    ends = props.get("evidenceEnds") or []
    return [EvidenceRecord(d, t, s, e) for t, d, s, e in zip(texts, docs, starts, ends, strict=False)]


def _edge_props(props: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in props.items() if not k.startswith("evidence")}


def date_bounds(value: str, *, end: bool) -> str:
    """``2019`` -> ``2019-01-01`` (or ``2019-12-31`` as an end); raises SchemaError if malformed."""
    if not re.fullmatch(r"\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?", value):
        raise SchemaError(f"not an ISO date (YYYY, YYYY-MM or YYYY-MM-DD): {value!r}")
    if len(value) == 4:
        return value + ("-12-31" if end else "-01-01")
    if len(value) == 7:
        return value + ("-31" if end else "-01")
    return value


# An event's own period as two comparable strings (dates are ISO prefixes).
_EVENT_START = "CASE size({v}.date) WHEN 4 THEN {v}.date + '-01-01' WHEN 7 THEN {v}.date + '-01' ELSE {v}.date END"
_EVENT_END = "CASE size({v}.date) WHEN 4 THEN {v}.date + '-12-31' WHEN 7 THEN {v}.date + '-31' ELSE {v}.date END"
_INSTRUMENT_MATCH = (
    "(({a}:Article AND toUpper({a}.instrument) = toUpper($instrument)) OR "
    "({a}:Law AND ({a}.id = $instrument OR toUpper({a}.abbreviation) = toUpper($instrument) "
    "OR toLower({a}.name) = toLower($instrument))))"
)
_RIGHT_MATCH = "({r}.id = $right OR toLower({r}.name) = toLower($right))"
_LOCATION_MATCH = (
    "EXISTS {{ ({v})-[:OCCURRED_IN]->(:Location)-[:LOCATED_IN*0..3]->(place:Location) WHERE place.id = $location }}"
)


def _date_range(v: str, date_from: str | None, date_to: str | None, clauses: list[str],
                params: dict[str, Any]) -> None:
    """Events of ``v`` whose period overlaps [date_from, date_to] (either bound optional).

    Each bound comes twice: a plain range on ``date`` that the event_date index can seek
    (a period overlapping [from, to] has a date string >= from's year and <= to, since ISO
    prefixes sort before their extensions; a null date fails both), then the exact overlap.
    """
    if date_from:
        params["dateFrom"] = date_bounds(date_from, end=False)
        params["dateFromYear"] = params["dateFrom"][:4]
        clauses.append(f"{v}.date >= $dateFromYear AND {_EVENT_END.format(v=v)} >= $dateFrom")
    if date_to:
        params["dateTo"] = date_bounds(date_to, end=True)
        clauses.append(f"{v}.date <= $dateTo AND {_EVENT_START.format(v=v)} <= $dateTo")


def _where(f: NodeFilter) -> tuple[str, dict[str, Any]]:
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.ids is not None:
        clauses.append("n.id IN $ids")
        params["ids"] = list(f.ids)
    if f.name_contains:
        clauses.append("toLower(n.name) CONTAINS toLower($nameContains)")
        params["nameContains"] = f.name_contains
    if f.alias:
        clauses.append("any(a IN coalesce(n.aliases, []) + [n.name] WHERE toLower(a) = toLower($alias))")
        params["alias"] = f.alias
    if f.mentioned_in:
        clauses.append("EXISTS { (n)-[:MENTIONED_IN]->(:Document {id: $mentionedIn}) }")
        params["mentionedIn"] = f.mentioned_in
    _date_range("n", f.date_from, f.date_to, clauses, params)
    if f.kinds:
        clauses.append("n.kind IN $kinds")
        params["kinds"] = list(f.kinds)
    if f.location:
        clauses.append(_LOCATION_MATCH.format(v="n"))
        params["location"] = f.location
    if f.participant:
        clauses.append("EXISTS { (actor)-[:PARTICIPATED_IN]->(n) WHERE actor.id = $participant }")
        params["participant"] = f.participant
    if f.violated_article:
        clauses.append("EXISTS { (n)-[:VIOLATES]->(:Article {id: $violatedArticle}) }")
        params["violatedArticle"] = f.violated_article
    if f.violated_right:
        clauses.append(
            "EXISTS { (n)-[:VIOLATES]->(:Article)-[:PROTECTS]->(r:Right) WHERE " + _RIGHT_MATCH.format(r="r") + " }"
        )
        params["right"] = f.violated_right
    if f.instrument:
        # On articles: their instrument; on anything else: what it violated.
        clauses.append(
            "CASE WHEN n:Article THEN toUpper(n.instrument) = toUpper($instrument) ELSE "
            "EXISTS { (n)-[:VIOLATES]->(t) WHERE " + _INSTRUMENT_MATCH.format(a="t") + " } END"
        )
        params["instrument"] = f.instrument
    if f.violated is not None:
        clauses.append(("" if f.violated else "NOT ") + "EXISTS { ()-[:VIOLATES]->(n) }")
    return (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else "", params


_DEGREE = "(COUNT { (n)--() } - COUNT { (n)-[:MENTIONED_IN]-() })"


def _order(sort: SortKey, descending: bool) -> str:
    direction = "DESC" if descending else "ASC"
    if sort == "NAME":
        return f"toLower(n.name) {direction}, n.id"
    if sort == "DATE":
        # Undated events last in both directions.
        missing = "''" if descending else "'~'"
        return f"coalesce(n.date, {missing}) {direction}, n.id"
    if sort == "CONNECTIONS":
        return f"{_DEGREE} {direction}, n.id"
    return f"n.id {direction}"


# --- nodes ----------------------------------------------------------------------


def nodes_by_id(db: Database, ids: Sequence[str]) -> dict[str, NodeRecord]:
    """Nodes by id, one statement per label present among the ids (labels come from the ids)."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for i in dict.fromkeys(ids):
        label = label_of(i)
        if label:
            by_label[label].append(i)
    out: dict[str, NodeRecord] = {}
    for label, group in by_label.items():
        rows = db.read(
            f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}) "
            "RETURN labels(n) AS labels, properties(n) AS props",
            ids=group,
        )
        for r in rows:
            rec = _record(r["labels"], r["props"])
            out[rec.id] = rec
    return out


def list_nodes(
    db: Database,
    label: str,
    f: NodeFilter,
    sort: SortKey = "NAME",
    descending: bool = False,
    skip: int = 0,
    limit: int = 20,
) -> list[NodeRecord]:
    where, params = _where(f)
    rows = db.read(
        f"MATCH (n:{check_label(label)}){where} "
        f"WITH n ORDER BY {_order(sort, descending)} SKIP $skip LIMIT $limit "
        "RETURN labels(n) AS labels, properties(n) AS props",
        skip=skip,
        limit=limit,
        **params,
    )
    return [_record(r["labels"], r["props"]) for r in rows]


def count_nodes(db: Database, label: str, f: NodeFilter) -> int:
    where, params = _where(f)
    rows = db.read(f"MATCH (n:{check_label(label)}){where} RETURN count(n) AS n", **params)
    return int(rows[0]["n"])


def degrees(db: Database, ids: Sequence[str]) -> dict[str, int]:
    """Number of fact relationships (MENTIONED_IN excluded) of each node."""
    out: dict[str, int] = {}
    by_label: dict[str, list[str]] = defaultdict(list)
    for i in dict.fromkeys(ids):
        if label := label_of(i):
            by_label[label].append(i)
    for label, group in by_label.items():
        for r in db.read(
            f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}) RETURN id, {_DEGREE} AS degree",
            ids=group,
        ):
            out[r["id"]] = int(r["degree"])
    return out


# --- relationships --------------------------------------------------------------


def related(
    db: Database,
    label: str,
    ids: Sequence[str],
    types: Sequence[str],
    direction: Direction,
    other_labels: Sequence[str] = (),
) -> dict[str, list[EdgeRecord]]:
    """For each id, its relationships of ``types`` in ``direction`` with the node at the other end."""
    left, right = {"OUT": ("-", "->"), "IN": ("<-", "-"), "BOTH": ("-", "-")}[direction]
    rels = f":{_types_expr(types)}" if types else ""
    other = f" WHERE m:{_labels_expr(other_labels)}" if other_labels else ""
    rows = db.read(
        f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}}){left}[r{rels}]{right}(m){other} "
        "RETURN id, type(r) AS type, startNode(r) = n AS out, properties(r) AS rel, "
        "labels(m) AS labels, properties(m) AS props "
        "ORDER BY id, type, toLower(m.name), m.id",
        ids=list(dict.fromkeys(ids)),
    )
    out: dict[str, list[EdgeRecord]] = defaultdict(list)
    for r in rows:
        out[r["id"]].append(
            EdgeRecord(
                r["type"],
                bool(r["out"]),
                _edge_props(r["rel"]),
                evidence_of(r["rel"]),
                _record(r["labels"], r["props"]),
            )
        )
    return dict(out)


def _sentence_of(rel: dict[str, Any], start: int) -> EvidenceRecord | None:
    for ev in evidence_of(rel):
        if ev.start <= start < ev.end:
            return ev
    return None


def mentions(db: Database, label: str, ids: Sequence[str]) -> dict[str, list[MentionRecord]]:
    """Each entity's mentions: document, surface form, offsets and the sentence around it."""
    rows = db.read(
        f"UNWIND $ids AS id MATCH (n:{check_label(label)} {{id: id}})-[m:MENTIONED_IN]->(d:Document) "
        "RETURN id, properties(m) AS rel, labels(d) AS labels, properties(d) AS doc "
        "ORDER BY id, d.publishedAt, d.id",
        ids=list(dict.fromkeys(ids)),
    )
    out: dict[str, list[MentionRecord]] = defaultdict(list)
    for r in rows:
        doc = _record(r["labels"], r["doc"])
        rel = r["rel"]
        for surface, start, end in zip(
            rel.get("surfaces") or [], rel.get("starts") or [], rel.get("ends") or [], strict=False
        ):
            out[r["id"]].append(MentionRecord(doc, surface, start, end, _sentence_of(rel, start)))
    return dict(out)


def document_entities(db: Database, doc_ids: Sequence[str], labels: Sequence[str] = ()) -> dict[str, list[NodeRecord]]:
    """The entities each document mentions, by label then name."""
    other = f" WHERE n:{_labels_expr(labels)}" if labels else ""
    rows = db.read(
        f"UNWIND $ids AS id MATCH (d:Document {{id: id}})<-[:MENTIONED_IN]-(n){other} "
        "RETURN id, labels(n) AS labels, properties(n) AS props ORDER BY id, labels(n)[0], toLower(n.name)",
        ids=list(dict.fromkeys(doc_ids)),
    )
    out: dict[str, list[NodeRecord]] = defaultdict(list)
    for r in rows:
        out[r["id"]].append(_record(r["labels"], r["props"]))
    return dict(out)


# --- search ---------------------------------------------------------------------

_LUCENE_SPECIAL = re.compile(r'([+\-&|!(){}\[\]^"~*?:\\/])')


def lucene_query(text: str) -> str:
    """A Lucene query for ``text`` over names, aliases and folded search keys.

    Every word must match (AND); each word matches its raw form, its
    transliteration-folded form (``Nazarbaev`` and ``Nazarbayev`` fold alike),
    a prefix of either, or either within a small edit distance (typos).
    Empty when the text has no word.
    """
    raw_words = re.findall(r"\w+", ascii_lower(text))
    parts: list[str] = []
    for raw in raw_words:
        forms = list(dict.fromkeys(w for w in (raw, fold(raw)) if w))
        terms: list[str] = []
        for w in forms:
            w = _LUCENE_SPECIAL.sub(r"\\\1", w)
            terms.append(w)
            if len(w) >= 3:
                terms.append(f"{w}*")
            if len(w) >= 5:
                terms.append(f"{w}~{1 if len(w) < 8 else 2}")
        parts.append("(" + " OR ".join(dict.fromkeys(terms)) + ")")
    return " AND ".join(parts)


def search(db: Database, text: str, labels: Sequence[str], limit: int) -> list[tuple[NodeRecord, float]]:
    query = lucene_query(text)
    if not query:
        return []
    kinds = [check_label(x) for x in labels]
    rows = db.read(
        "CALL db.index.fulltext.queryNodes('entity_names', $lucene) YIELD node, score "
        "WHERE size($kinds) = 0 OR any(l IN labels(node) WHERE l IN $kinds) "
        "RETURN labels(node) AS labels, properties(node) AS props, score "
        "ORDER BY score DESC, node.id LIMIT $limit",
        lucene=query,
        kinds=kinds,
        limit=limit,
    )
    return [(_record(r["labels"], r["props"]), float(r["score"])) for r in rows]


# --- traversals -----------------------------------------------------------------


def shortest_paths(db: Database, start: NodeRecord, end: NodeRecord, max_hops: int, limit: int) -> list[PathRecord]:
    """All shortest paths of at most ``max_hops`` fact relationships (documents excluded)."""
    if not 1 <= max_hops <= 10:
        raise SchemaError("max_hops must be between 1 and 10")
    rows = db.read(
        f"MATCH (a:{check_label(start.label)} {{id: $start}}), (b:{check_label(end.label)} {{id: $end}}) "
        f"MATCH p = allShortestPaths((a)-[:{_types_expr(FACT_TYPES)}*..{int(max_hops)}]-(b)) "
        "RETURN [x IN nodes(p) | {labels: labels(x), props: properties(x)}] AS nodes, "
        "[r IN relationships(p) | {type: type(r), start: startNode(r).id, end: endNode(r).id, "
        "props: properties(r)}] AS rels LIMIT $limit",
        start=start.id,
        end=end.id,
        limit=limit,
    )
    out = []
    for r in rows:
        nodes = [_record(x["labels"], x["props"]) for x in r["nodes"]]
        hops = [
            HopRecord(h["type"], h["start"], h["end"], _edge_props(h["props"]), evidence_of(h["props"]))
            for h in r["rels"]
        ]
        out.append(PathRecord(nodes, hops))
    return out


def neighborhood(db: Database, center: NodeRecord, depth: int, limit: int) -> NeighborhoodRecord:
    """Nodes within ``depth`` fact relationships of ``center`` (nearest first, at most ``limit``)
    and every fact relationship among them."""
    if not 1 <= depth <= 5:
        raise SchemaError("depth must be between 1 and 5")
    types = _types_expr(FACT_TYPES)
    rows = db.read(
        f"MATCH (c:{check_label(center.label)} {{id: $id}}) "
        f"CALL (c) {{ MATCH (c)-[:{types}*1..{int(depth)}]-(m) WHERE m <> c "
        "  RETURN DISTINCT m LIMIT $limitPlusOne } "
        "WITH c, collect(m) AS found "
        "WITH c, found[..$limit] AS ms, size(found) > $limit AS truncated "
        "WITH c + ms AS ns, truncated "
        "CALL (ns) { UNWIND ns AS a "
        f"  MATCH (a)-[r:{types}]->(b) WHERE b IN ns "
        "  RETURN collect({id: elementId(r), type: type(r), source: a.id, target: b.id, "
        "                  props: properties(r)})[..$edgeLimit] AS edges } "
        "RETURN [x IN ns | {labels: labels(x), props: properties(x)}] AS nodes, edges, truncated",
        id=center.id,
        limit=limit,
        limitPlusOne=limit + 1,
        edgeLimit=limit * 10,
    )
    if not rows:
        return NeighborhoodRecord(center, [center], [], False)
    r = rows[0]
    nodes = [_record(x["labels"], x["props"]) for x in r["nodes"]]
    edges = [
        GraphEdgeRecord(e["id"], e["type"], e["source"], e["target"], _edge_props(e["props"]), evidence_of(e["props"]))
        for e in r["edges"]
    ]
    return NeighborhoodRecord(center, nodes, edges, bool(r["truncated"]))


# --- aggregations ---------------------------------------------------------------

GroupBy = Literal["ARTICLE", "RIGHT", "INSTRUMENT", "YEAR", "PERPETRATOR", "LOCATION"]

# What each grouping matches after (v)-[r:VIOLATES]->(t): a group node `g` or a key.
_GROUPS: dict[str, str] = {
    "ARTICLE": "WITH v, r, t AS g",
    "RIGHT": "MATCH (t)-[:PROTECTS]->(g:Right) WITH v, r, g",
    "INSTRUMENT": "OPTIONAL MATCH (t)-[:PART_OF]->(law:Law) WITH v, r, coalesce(law, t) AS g",
    "LOCATION": "MATCH (v)-[:OCCURRED_IN]->(g:Location) WITH v, r, g",
    # Perpetrators: actors in the perpetrator role of a violating event, or the violator itself.
    "PERPETRATOR": (
        "CALL (v) { MATCH (p)-[:PARTICIPATED_IN {role: 'perpetrator'}]->(v) RETURN p AS g "
        "UNION WITH v WHERE v:Person OR v:Organization RETURN v AS g } WITH v, r, g"
    ),
}


def violation_stats(db: Database, group_by: GroupBy, f: ViolationFilter) -> list[StatRecord]:
    """Counts of VIOLATES relationships (and of distinct violators and source documents) per group."""
    clauses: list[str] = []
    params: dict[str, Any] = {}
    if f.date_from or f.date_to:
        clauses.append("v:Event")
    _date_range("v", f.date_from, f.date_to, clauses, params)
    if f.instrument:
        clauses.append(
            "("
            + _INSTRUMENT_MATCH.format(a="t")
            + " OR EXISTS { (t)-[:PART_OF]->(l:Law) WHERE "
            + _INSTRUMENT_MATCH.format(a="l")
            + " })"
        )
        params["instrument"] = f.instrument
    if f.right:
        clauses.append("EXISTS { (t)-[:PROTECTS]->(rt:Right) WHERE " + _RIGHT_MATCH.format(r="rt") + " }")
        params["right"] = f.right
    if f.article:
        clauses.append("t.id = $article")
        params["article"] = f.article
    if f.location:
        clauses.append(_LOCATION_MATCH.format(v="v"))
        params["location"] = f.location
    if f.event_kinds:
        clauses.append("v:Event AND v.kind IN $eventKinds")
        params["eventKinds"] = list(f.event_kinds)
    if f.violator_labels:
        clauses.append(f"v:{_labels_expr(f.violator_labels)}")
    where = (" WHERE " + " AND ".join(f"({c})" for c in clauses)) if clauses else ""
    head = f"MATCH (v)-[r:VIOLATES]->(t){where} "
    # One row per (group, violation, evidence document): counts are DISTINCT, computed by the server.
    docs = "UNWIND CASE WHEN size(coalesce(r.evidenceDocs, [])) = 0 THEN [null] ELSE r.evidenceDocs END AS doc "
    counts = "count(DISTINCT r) AS violations, count(DISTINCT v) AS violators, count(DISTINCT doc) AS documents"
    if group_by == "YEAR":
        body = (
            "WITH v, r, CASE WHEN v:Event AND v.date IS NOT NULL THEN substring(v.date, 0, 4) END AS year "
            + docs
            + "WITH coalesce(year, 'unknown') AS key, v, r, doc "
            "RETURN key, key AS name, null AS labels, null AS props, " + counts
        )
    else:
        body = (
            _GROUPS[group_by] + " " + docs + "WITH g, v, r, doc "
            "RETURN g.id AS key, coalesce(g.abbreviation, g.name) AS name, labels(g) AS labels, "
            "properties(g) AS props, " + counts
        )
    rows = db.read(head + body, **params)
    out = [
        StatRecord(
            r["key"],
            r["name"],
            _record(r["labels"], r["props"]) if r["props"] else None,
            int(r["violations"]),
            int(r["violators"]),
            int(r["documents"]),
        )
        for r in rows
    ]
    if group_by == "YEAR":
        return sorted(out, key=lambda s: s.key)
    return sorted(out, key=lambda s: (-s.violations, s.name.lower()))


# --- health ---------------------------------------------------------------------


def ping(db: Database) -> None:
    """One trivial statement outside the driver's retry loop: fails in milliseconds when Neo4j is down."""
    db.autocommit("RETURN 1")
