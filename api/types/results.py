"""Result types of the root fields that are not nodes: search hits, paths, neighborhoods, stats, payloads."""

from __future__ import annotations

import enum

import strawberry
from strawberry.scalars import JSON

from api.types.nodes import Document, Entity, Evidence, Node, to_entity, to_node
from graph.queries import GraphEdgeRecord, HopRecord, NeighborhoodRecord, NodeRecord, PathRecord, StatRecord
from graph.schema import NODE_TYPES


@strawberry.type
class SearchHit:
    node: Entity
    score: float


@strawberry.type(description="One relationship of a path, in the direction it is stored.")
class Hop:
    type: str
    from_id: strawberry.ID = strawberry.field(description="Id of the node the relationship starts at.")
    to_id: strawberry.ID
    forward: bool = strawberry.field(
        description="True when the path walks the relationship in its own direction."
    )
    role: str | None
    evidence: list[Evidence]


@strawberry.type(description="A shortest path between two entities.")
class Path:
    length: int
    nodes: list[Entity]
    hops: list[Hop]

    @classmethod
    def of(cls, p: PathRecord) -> Path:
        hops = []
        for i, h in enumerate(p.hops):
            hops.append(_hop(h, forward=h.start_id == p.nodes[i].id))
        return cls(length=len(p.hops), nodes=[to_entity(n) for n in p.nodes], hops=hops)


def _hop(h: HopRecord, forward: bool) -> Hop:
    return Hop(
        type=h.type,
        from_id=strawberry.ID(h.start_id),
        to_id=strawberry.ID(h.end_id),
        forward=forward,
        role=h.props.get("role") or None,
        evidence=[Evidence.of(e) for e in h.evidence],
    )


@strawberry.type(description="A node of a neighborhood, ready for a graph-drawing library.")
class GraphNode:
    id: strawberry.ID
    label: str = strawberry.field(description="The kind (Person, Event...).")
    name: str
    color: str = strawberry.field(description="Display colour of its kind (as in Neo4j Browser).")
    size: int
    depth: int | None = strawberry.field(description="0 for the center; null when not computed.")
    node: Node

    @classmethod
    def of(cls, rec: NodeRecord, center: str) -> GraphNode:
        nt = NODE_TYPES[rec.label]
        return cls(
            id=strawberry.ID(rec.id),
            label=rec.label,
            name=rec.name,
            color=nt.color,
            size=nt.size,
            depth=0 if rec.id == center else None,
            node=to_node(rec),
        )


@strawberry.type(description="An edge of a neighborhood: `source` and `target` are node ids.")
class GraphEdge:
    id: strawberry.ID
    type: str
    label: str = strawberry.field(description="The type, for libraries that draw a `label`.")
    source: strawberry.ID
    target: strawberry.ID
    role: str | None
    evidence_count: int
    evidence: list[Evidence]
    properties: JSON = strawberry.field(description="Other properties of the relationship.")

    @classmethod
    def of(cls, e: GraphEdgeRecord) -> GraphEdge:
        return cls(
            id=strawberry.ID(e.id),
            type=e.type,
            label=e.type,
            source=strawberry.ID(e.source),
            target=strawberry.ID(e.target),
            role=e.props.get("role") or None,
            evidence_count=len(e.evidence),
            evidence=[Evidence.of(x) for x in e.evidence],
            properties={k: v for k, v in e.props.items() if k != "role"},  # type: ignore[arg-type]
        )


@strawberry.type(
    description="The nodes and edges around an entity, in the `{nodes, edges}` shape of "
    "Cytoscape, vis-network, Sigma or d3-force."
)
class Neighborhood:
    center: Entity
    nodes: list[GraphNode]
    edges: list[GraphEdge]
    truncated: bool = strawberry.field(description="True when `limit` cut nodes off.")

    @classmethod
    def of(cls, n: NeighborhoodRecord) -> Neighborhood:
        return cls(
            center=to_entity(n.center),
            nodes=[GraphNode.of(x, n.center.id) for x in n.nodes],
            edges=[GraphEdge.of(e) for e in n.edges],
            truncated=n.truncated,
        )


@strawberry.enum
class ViolationGroup(enum.Enum):
    ARTICLE = "ARTICLE"
    RIGHT = "RIGHT"
    INSTRUMENT = "INSTRUMENT"
    YEAR = "YEAR"
    PERPETRATOR = "PERPETRATOR"
    LOCATION = "LOCATION"


@strawberry.type(description="Violations counted for one group.")
class ViolationStat:
    key: str = strawberry.field(description="The group's id (or the year).")
    name: str
    node: Node | None = strawberry.field(description="The group's node (null for years).")
    violations: int = strawberry.field(description="VIOLATES relationships in the group.")
    violators: int = strawberry.field(description="Distinct events, laws, organizations or people violating.")
    documents: int = strawberry.field(description="Distinct documents giving evidence.")

    @classmethod
    def of(cls, s: StatRecord) -> ViolationStat:
        return cls(
            key=s.key,
            name=s.name,
            node=to_node(s.node) if s.node else None,
            violations=s.violations,
            violators=s.violators,
            documents=s.documents,
        )


@strawberry.input
class IngestDocumentInput:
    text: str
    title: str | None = None
    source: str | None = None
    published_at: str | None = strawberry.field(default=None, description="YYYY, YYYY-MM or YYYY-MM-DD.")


@strawberry.type
class KindCount:
    kind: str
    count: int


@strawberry.type
class IngestDocumentPayload:
    document: Document
    extracted: list[KindCount] = strawberry.field(
        description="Entities read from the text, per kind, and relationships."
    )
    entities: list[Entity] = strawberry.field(description="The entities stored from it.")
    nodes_written: int
    relationships_written: int


@strawberry.type
class DeleteDocumentPayload:
    id: strawberry.ID
    deleted: bool
