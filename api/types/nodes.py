"""GraphQL node types: thin adapters over :class:`graph.queries.NodeRecord`.

One type per label of :mod:`graph.schema`; each type's scalar properties are
added from the label's declaration (:func:`declared`), so a property declared
there appears in the API without touching this module. Relationship fields
load through the request's DataLoaders (:mod:`api.loaders`).

Global ids: a node's graph id is already unique across kinds (it starts with
its label, ``person:...``), so it is the ``Node.id`` as is.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from typing import Any, Optional

import strawberry
from strawberry.types import Info

from api.context import Context
from graph.queries import Direction, EdgeRecord, EvidenceRecord, NodeRecord
from graph.schema import ENTITY_LABELS, NODE_TYPES, REL_TYPES, node_type

_PY_TYPES: dict[str, Any] = {
    "str": Optional[str],  # noqa: UP045 (strawberry resolves these at runtime)
    "int": Optional[int],  # noqa: UP045
    "list[str]": Optional[list[str]],  # noqa: UP045
}

# Enums derived from the schema declaration.
EntityKind: Any = strawberry.enum(  # type: ignore[call-overload]
    enum.Enum("EntityKind", {label.upper(): label for label in ENTITY_LABELS}),
    description="A kind of entity (node label).",
)
RelationshipType: Any = strawberry.enum(  # type: ignore[call-overload]
    enum.Enum("RelationshipType", {t: t for t in REL_TYPES if t != "MENTIONED_IN"}),
    description="A relationship type between entities.",
)


@strawberry.enum(description="Direction of a relationship seen from the node it is asked on.")
class RelationDirection(enum.Enum):
    OUT = "OUT"
    IN = "IN"
    BOTH = "BOTH"


def _prop_field(prop: str, annotation: Any) -> Any:
    def resolve(root: Any) -> Any:
        return root.props.get(prop)

    resolve.__annotations__ = {"root": Any, "return": annotation}
    return strawberry.field(resolver=resolve, name=prop)


def declared(label: str) -> Callable[[type], type]:
    """Add a field for each property graph.schema declares on ``label`` (unless defined by hand)."""

    def wrap(cls: type) -> type:
        for prop, type_name in node_type(label).properties.items():
            if prop not in cls.__dict__:
                setattr(cls, prop, _prop_field(prop, _PY_TYPES[type_name]))
        return cls

    return wrap


def _ctx(info: Info) -> Context:
    return info.context  # type: ignore[no-any-return]


# --- interfaces -----------------------------------------------------------------


@strawberry.interface(description="Anything with a global id: `node(id)` fetches it back.")
class Node:
    id: strawberry.ID
    props: strawberry.Private[dict[str, Any]]


@strawberry.interface(
    description="Something the documents talk about: a person, organization, place, event, "
    "law, article or right."
)
class Entity(Node):
    name: str
    aliases: list[str]

    @strawberry.field(description="Number of relationships to other entities (mentions not counted).")
    async def connection_count(self, info: Info) -> int:
        return await _ctx(info).loaders.degree.load(self.id)

    @strawberry.field(description="Every place a document names this entity, with the sentence around it.")
    async def mentions(self, info: Info, document: strawberry.ID | None = None) -> list[Mention]:
        found = await _ctx(info).loaders.mentions.load(self.id)
        return [
            Mention(
                document=to_document(m.document),
                surface=m.surface,
                start=m.start,
                end=m.end,
                sentence=Evidence.of(m.sentence) if m.sentence else None,
            )
            for m in found
            if document is None or m.document.id == document
        ]

    @strawberry.field(description="The documents that mention this entity.")
    async def documents(self, info: Info) -> list[Document]:
        found = await _ctx(info).loaders.mentions.load(self.id)
        docs = {m.document.id: m.document for m in found}
        return [to_document(d) for d in docs.values()]

    @strawberry.field(
        description="Relationships of any type to other entities, with their edge data: the "
        "generic form of the typed relationship fields."
    )
    async def relations(
        self,
        info: Info,
        types: list[RelationshipType] | None = None,  # type: ignore[valid-type]
        direction: RelationDirection = RelationDirection.BOTH,
    ) -> list[Relation]:
        names = [t.value for t in types] if types else [t for t in REL_TYPES if t != "MENTIONED_IN"]
        edges = await _ctx(info).loaders.related(sorted(names), direction.value).load(self.id)
        return [Relation.of(e) for e in edges]


async def _edges(
    info: Info, node_id: str, types: tuple[str, ...], direction: Direction, other: tuple[str, ...] = ()
) -> list[EdgeRecord]:
    return await _ctx(info).loaders.related(types, direction, other).load(node_id)


# --- edge data ------------------------------------------------------------------


@strawberry.type(
    description="A verbatim sentence of a document supporting a fact, with its character span "
    "in the original text."
)
class Evidence:
    document_id: strawberry.ID
    sentence: str
    start: int
    end: int

    @classmethod
    def of(cls, ev: EvidenceRecord) -> Evidence:
        return cls(document_id=strawberry.ID(ev.document_id), sentence=ev.text, start=ev.start, end=ev.end)

    @strawberry.field
    async def document(self, info: Info) -> Document | None:
        rec = await _ctx(info).loaders.node.load(self.document_id)
        return to_document(rec) if rec else None


def _evidence(edge: EdgeRecord) -> list[Evidence]:
    return [Evidence.of(e) for e in edge.evidence]


@strawberry.type(description="One occurrence of an entity's name in a document.")
class Mention:
    document: Document
    surface: str = strawberry.field(description="The words as written.")
    start: int = strawberry.field(description="Character offset of the surface form in the original file.")
    end: int
    sentence: Evidence | None = strawberry.field(description="The sentence it stands in.")


@strawberry.type(description="A relationship seen from one of its ends.")
class Relation:
    type: str
    direction: RelationDirection
    node: Entity = strawberry.field(description="The entity at the other end.")
    role: str | None
    evidence: list[Evidence]

    @classmethod
    def of(cls, e: EdgeRecord) -> Relation:
        return cls(
            type=e.type,
            direction=RelationDirection.OUT if e.outgoing else RelationDirection.IN,
            node=to_entity(e.node),
            role=e.props.get("role"),
            evidence=_evidence(e),
        )


@strawberry.type(
    description="A person (or organization) belonging to, working for, leading or founding an organization."
)
class Membership:
    type: str = strawberry.field(description="MEMBER_OF, WORKS_FOR, LEADS or FOUNDED.")
    role: str | None
    member: Entity
    organization: Organization
    evidence: list[Evidence]


@strawberry.type(description="An actor's part in an event.")
class Participation:
    role: str | None = strawberry.field(
        description="e.g. organizer, perpetrator, victim, target, participant."
    )
    actor: Entity
    event: Event
    evidence: list[Evidence]


@strawberry.type(description="An event, law, organization or person violating an article (or a whole law).")
class Violation:
    violator: Entity
    target: Entity = strawberry.field(description="The article (or law) violated.")
    evidence: list[Evidence]

    @strawberry.field(description="The article violated (null when a whole law is).")
    def article(self) -> Article | None:
        return self.target if isinstance(self.target, Article) else None

    @strawberry.field(description="The law violated as a whole (null when an article is).")
    def law(self) -> Law | None:
        return self.target if isinstance(self.target, Law) else None


@strawberry.type(description="Where an event happened.")
class Placement:
    event: Event
    location: Location
    evidence: list[Evidence]


# --- node types -----------------------------------------------------------------


@strawberry.type(description=node_type("Document").description)
@declared("Document")
class Document(Node):
    name: str = strawberry.field(description="The title.")

    @strawberry.field
    def title(self) -> str:
        return self.name

    @strawberry.field(description="The entities this document mentions.")
    async def entities(
        self,
        info: Info,
        kinds: list[EntityKind] | None = None,  # type: ignore[valid-type]
    ) -> list[Entity]:
        labels = sorted(k.value for k in kinds) if kinds else []
        found = await _ctx(info).loaders.document_entities(labels).load(self.id)
        return [to_entity(r) for r in found]


@strawberry.type(description=node_type("Person").description)
@declared("Person")
class Person(Entity):
    @strawberry.field(description="Organizations this person belongs to, works for, leads or founded.")
    async def organizations(self, info: Info) -> list[Membership]:
        edges = await _edges(
            info, self.id, ("FOUNDED", "LEADS", "MEMBER_OF", "WORKS_FOR"), "OUT", ("Organization",)
        )
        return [
            Membership(
                type=e.type,
                role=e.props.get("role"),
                member=self,
                organization=to_entity(e.node),  # type: ignore[arg-type]
                evidence=_evidence(e),
            )
            for e in edges
        ]

    @strawberry.field(description="Events this person took part in, with their role.")
    async def events(self, info: Info) -> list[Participation]:
        return await _participations(info, self)


async def _participations(info: Info, actor: Entity) -> list[Participation]:
    edges = await _edges(info, actor.id, ("PARTICIPATED_IN",), "OUT", ("Event",))
    return [
        Participation(
            role=e.props.get("role") or None,
            actor=actor,
            event=to_entity(e.node),  # type: ignore[arg-type]
            evidence=_evidence(e),
        )
        for e in edges
    ]


async def _violations(info: Info, node: Entity, direction: Direction) -> list[Violation]:
    edges = await _edges(info, node.id, ("VIOLATES",), direction)
    if direction == "OUT":
        return [Violation(violator=node, target=to_entity(e.node), evidence=_evidence(e)) for e in edges]
    return [Violation(violator=to_entity(e.node), target=node, evidence=_evidence(e)) for e in edges]


@strawberry.type(description=node_type("Organization").description)
@declared("Organization")
class Organization(Entity):
    @strawberry.field(description="People and organizations that belong to, work for, lead or founded it.")
    async def members(self, info: Info) -> list[Membership]:
        edges = await _edges(info, self.id, ("FOUNDED", "LEADS", "MEMBER_OF", "WORKS_FOR"), "IN")
        return [
            Membership(
                type=e.type,
                role=e.props.get("role"),
                member=to_entity(e.node),
                organization=self,
                evidence=_evidence(e),
            )
            for e in edges
        ]

    @strawberry.field(description="Events this organization took part in, with its role.")
    async def events(self, info: Info) -> list[Participation]:
        return await _participations(info, self)

    @strawberry.field(description="Articles this organization is said to violate.")
    async def violations(self, info: Info) -> list[Violation]:
        return await _violations(info, self, "OUT")


@strawberry.type(description=node_type("Location").description)
@declared("Location")
class Location(Entity):
    @strawberry.field(description="Events that happened here.")
    async def events(self, info: Info) -> list[Placement]:
        edges = await _edges(info, self.id, ("OCCURRED_IN",), "IN", ("Event",))
        return [
            Placement(event=to_entity(e.node), location=self, evidence=_evidence(e))  # type: ignore[arg-type]
            for e in edges
        ]


@strawberry.type(description=node_type("Event").description)
@declared("Event")
class Event(Entity):
    @strawberry.field(description="People and organizations that took part, with their role.")
    async def participants(self, info: Info) -> list[Participation]:
        edges = await _edges(info, self.id, ("PARTICIPATED_IN",), "IN")
        return [
            Participation(
                role=e.props.get("role") or None, actor=to_entity(e.node), event=self, evidence=_evidence(e)
            )
            for e in edges
        ]

    @strawberry.field(description="Where it happened (the first place if several are given).")
    async def location(self, info: Info) -> Location | None:
        edges = await _edges(info, self.id, ("OCCURRED_IN",), "OUT", ("Location",))
        return to_entity(edges[0].node) if edges else None  # type: ignore[return-value]

    @strawberry.field(description="Every place given for it, with evidence.")
    async def locations(self, info: Info) -> list[Placement]:
        edges = await _edges(info, self.id, ("OCCURRED_IN",), "OUT", ("Location",))
        return [
            Placement(event=self, location=to_entity(e.node), evidence=_evidence(e))  # type: ignore[arg-type]
            for e in edges
        ]

    @strawberry.field(description="Articles (or laws) this event violated, with evidence.")
    async def violations(self, info: Info) -> list[Violation]:
        return await _violations(info, self, "OUT")


@strawberry.type(description=node_type("Law").description)
@declared("Law")
class Law(Entity):
    @strawberry.field(description="Its articles cited in the documents.")
    async def articles(self, info: Info) -> list[Article]:
        edges = await _edges(info, self.id, ("PART_OF",), "IN", ("Article",))
        return [to_entity(e.node) for e in edges]  # type: ignore[misc]

    @strawberry.field(description="Articles this law is said to violate.")
    async def violations(self, info: Info) -> list[Violation]:
        return await _violations(info, self, "OUT")

    @strawberry.field(description="What is said to violate this law as a whole.")
    async def violated_by(self, info: Info) -> list[Violation]:
        return await _violations(info, self, "IN")


@strawberry.type(description=node_type("Article").description)
@declared("Article")
class Article(Entity):
    @strawberry.field(description="The instrument this article belongs to.")
    async def law(self, info: Info) -> Law | None:
        edges = await _edges(info, self.id, ("PART_OF",), "OUT", ("Law",))
        return to_entity(edges[0].node) if edges else None  # type: ignore[return-value]

    @strawberry.field(description="Events, laws, organizations and people said to violate it, with evidence.")
    async def violated_by(self, info: Info) -> list[Violation]:
        return await _violations(info, self, "IN")

    @strawberry.field(description="The rights it protects.")
    async def rights(self, info: Info) -> list[Right]:
        edges = await _edges(info, self.id, ("PROTECTS",), "OUT", ("Right",))
        return [to_entity(e.node) for e in edges]  # type: ignore[misc]


@strawberry.type(description=node_type("Right").description)
@declared("Right")
class Right(Entity):
    @strawberry.field(description="Articles of every instrument that protect this right.")
    async def articles(self, info: Info) -> list[Article]:
        edges = await _edges(info, self.id, ("PROTECTS",), "IN", ("Article",))
        return [to_entity(e.node) for e in edges]  # type: ignore[misc]


# --- records to types -----------------------------------------------------------

ENTITY_TYPES: dict[str, type[Entity]] = {
    "Person": Person,
    "Organization": Organization,
    "Location": Location,
    "Event": Event,
    "Law": Law,
    "Article": Article,
    "Right": Right,
}
assert set(ENTITY_TYPES) == {lbl for lbl, t in NODE_TYPES.items() if t.entity}, "a declared label has no type"


def to_entity(rec: NodeRecord) -> Entity:
    cls = ENTITY_TYPES[rec.label]
    return cls(
        id=strawberry.ID(rec.id), name=rec.name, aliases=list(rec.props.get("aliases") or []), props=rec.props
    )


def to_document(rec: NodeRecord) -> Document:
    return Document(id=strawberry.ID(rec.id), name=rec.name, props=rec.props)


def to_node(rec: NodeRecord) -> Node:
    return to_document(rec) if rec.label == "Document" else to_entity(rec)


NODE_CLASSES: list[type] = [Document, *ENTITY_TYPES.values()]
