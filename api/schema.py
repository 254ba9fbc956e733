"""The GraphQL schema: root query and mutation fields, limits, error codes, access control.

``schema`` (built with default settings) is what ``strawberry export-schema
api.schema:schema`` prints to ``schema.graphql``; the app builds its own with
:func:`build_schema` so limits follow its settings.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Annotated, Any

import strawberry
from graphql import ExecutionResult as GraphQLExecutionResult
from graphql import GraphQLError
from strawberry.extensions import MaxAliasesLimiter, MaxTokensLimiter, QueryDepthLimiter, SchemaExtension
from strawberry.types import Info
from strawberry.types.execution import ExecutionContext

from api.context import Context
from api.errors import BadUserInput, NotFoundError, QueryTooComplex, Unauthenticated, apply_code
from api.settings import ApiSettings
from api.types.inputs import (
    ArticleFilter,
    DocumentFilter,
    EntityFilter,
    EventFilter,
    SortDirection,
    SortField,
    ViolationStatsFilter,
)
from api.types.nodes import (
    NODE_CLASSES,
    Article,
    Document,
    EntityKind,
    Event,
    Law,
    Location,
    Node,
    Organization,
    Person,
    Right,
    to_document,
    to_entity,
    to_node,
)
from api.types.pagination import Connection, page_window
from api.types.results import (
    DeleteDocumentPayload,
    IngestDocumentInput,
    IngestDocumentPayload,
    KindCount,
    Neighborhood,
    Path,
    SearchHit,
    ViolationGroup,
    ViolationStat,
)
from graph import queries
from graph.errors import SchemaError
from graph.queries import NodeFilter, NodeRecord
from graph.repository import Repository

MAX_HOPS = 6
MAX_DEPTH = 3


def _ctx(info: Info) -> Context:
    return info.context  # type: ignore[no-any-return]


async def _connection(
    info: Info,
    label: str,
    f: NodeFilter,
    first: int,
    after: str | None,
    sort: SortField,
    direction: SortDirection,
) -> Connection[Any]:
    ctx = _ctx(info)
    skip, limit = page_window(first, after, ctx.settings.max_page)
    if sort is SortField.DATE and label != "Event":
        raise BadUserInput("sort DATE applies to events only")
    records: list[NodeRecord] = await ctx.run(
        queries.list_nodes, ctx.db, label, f, sort.value, direction is SortDirection.DESC, skip, limit + 1
    )

    async def count() -> int:
        return await ctx.run(queries.count_nodes, ctx.db, label, f)

    return Connection.build([to_node(r) for r in records], skip, limit, count)


async def _node(info: Info, node_id: str) -> NodeRecord:
    if queries.label_of(node_id) is None:
        raise NotFoundError(f"no node {node_id!r}")
    rec = await _ctx(info).loaders.node.load(node_id)
    if rec is None:
        raise NotFoundError(f"no node {node_id!r}")
    return rec


def _entity_filter(f: EntityFilter | None) -> NodeFilter:
    return f.to_filter() if f else NodeFilter()


@strawberry.type
class Query:
    @strawberry.field(description="Any node by its global id (null if there is none).")
    async def node(self, info: Info, id: strawberry.ID) -> Node | None:
        if queries.label_of(id) is None:
            return None
        rec = await _ctx(info).loaders.node.load(id)
        return to_node(rec) if rec else None

    @strawberry.field(description="Nodes by global id, in the order asked (null where there is none).")
    async def nodes(self, info: Info, ids: list[strawberry.ID]) -> list[Node | None]:
        if len(ids) > _ctx(info).settings.max_page:
            raise QueryTooComplex(f"at most {_ctx(info).settings.max_page} ids")
        known = [i for i in ids if queries.label_of(i)]
        recs = await _ctx(info).loaders.node.load_many(known)
        found = dict(zip(known, recs, strict=True))
        return [to_node(r) if (r := found.get(i)) else None for i in ids]

    @strawberry.field
    async def people(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EntityFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Person]:
        return await _connection(info, "Person", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def organizations(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EntityFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Organization]:
        return await _connection(info, "Organization", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def locations(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EntityFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Location]:
        return await _connection(info, "Location", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field(description="Events; sorted by date (undated last) unless asked otherwise.")
    async def events(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EventFilter | None = None,
        sort: SortField = SortField.DATE,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Event]:
        return await _connection(info, "Event", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def laws(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EntityFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Law]:
        return await _connection(info, "Law", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def articles(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: ArticleFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Article]:
        return await _connection(info, "Article", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def rights(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: EntityFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Right]:
        return await _connection(info, "Right", _entity_filter(filter), first, after, sort, direction)

    @strawberry.field
    async def documents(
        self,
        info: Info,
        first: int = 20,
        after: str | None = None,
        filter: DocumentFilter | None = None,
        sort: SortField = SortField.NAME,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Document]:
        f = filter.to_filter() if filter else NodeFilter()
        return await _connection(info, "Document", f, first, after, sort, direction)

    @strawberry.field(
        description="Full-text search over names and aliases, tolerant of transliteration "
        "variants (Nazarbaev finds Nazarbayev) and small typos."
    )
    async def search(
        self,
        info: Info,
        text: str,
        kinds: list[EntityKind] | None = None,  # type: ignore[valid-type]
        first: int = 10,
    ) -> list[SearchHit]:
        ctx = _ctx(info)
        _, limit = page_window(first, None, ctx.settings.max_page)
        if not queries.lucene_query(text):
            raise BadUserInput("search text has no word")
        labels = [k.value for k in kinds or []]
        hits = await ctx.run(queries.search, ctx.db, text, labels, limit)
        return [SearchHit(node=to_entity(rec), score=score) for rec, score in hits]

    @strawberry.field(
        description=f"Shortest paths between two entities over fact relationships (documents "
        f"left out), each hop with its evidence. maxHops at most {MAX_HOPS}."
    )
    async def paths(
        self,
        info: Info,
        from_: Annotated[strawberry.ID, strawberry.argument(name="from")],
        to: strawberry.ID,
        max_hops: int = 4,
        first: int = 10,
    ) -> list[Path]:
        ctx = _ctx(info)
        if max_hops > MAX_HOPS:
            raise QueryTooComplex(f"maxHops must be at most {MAX_HOPS}")
        if max_hops < 1:
            raise BadUserInput("maxHops must be at least 1")
        _, limit = page_window(first, None, ctx.settings.max_page)
        if from_ == to:
            raise BadUserInput("from and to are the same node")
        start, end = await _node(info, from_), await _node(info, to)
        if "Document" in (start.label, end.label):
            raise BadUserInput("paths link entities; documents are not part of paths")
        found = await ctx.run(queries.shortest_paths, ctx.db, start, end, max_hops, limit)
        return [Path.of(p) for p in found]

    @strawberry.field(
        description=f"The entities within `depth` (at most {MAX_DEPTH}) relationships of one, "
        "and the relationships among them."
    )
    async def neighborhood(
        self, info: Info, id: strawberry.ID, depth: int = 1, limit: int = 50
    ) -> Neighborhood:
        ctx = _ctx(info)
        if depth > MAX_DEPTH:
            raise QueryTooComplex(f"depth must be at most {MAX_DEPTH}")
        if depth < 1 or limit < 1:
            raise BadUserInput("depth and limit must be at least 1")
        if limit > ctx.settings.max_neighborhood:
            raise QueryTooComplex(f"limit must be at most {ctx.settings.max_neighborhood}")
        center = await _node(info, id)
        if center.label == "Document":
            raise BadUserInput("neighborhood is of an entity, not a document")
        found = await ctx.run(queries.neighborhood, ctx.db, center, depth, limit)
        return Neighborhood.of(found)

    @strawberry.field(description="Events in date order (undated events last).")
    async def timeline(
        self,
        info: Info,
        filter: EventFilter | None = None,
        first: int = 100,
        after: str | None = None,
        direction: SortDirection = SortDirection.ASC,
    ) -> Connection[Event]:
        return await _connection(
            info, "Event", _entity_filter(filter), first, after, SortField.DATE, direction
        )

    @strawberry.field(
        description="Violations (VIOLATES relationships) counted per group, largest first (years in order)."
    )
    async def violation_stats(
        self, info: Info, group_by: ViolationGroup, filter: ViolationStatsFilter | None = None
    ) -> list[ViolationStat]:
        ctx = _ctx(info)
        f = filter.to_filter() if filter else queries.ViolationFilter()
        stats = await ctx.run(queries.violation_stats, ctx.db, group_by.value, f)
        return [ViolationStat.of(s) for s in stats]


def _validate_date(value: str | None) -> None:
    if value:
        try:
            queries.date_bounds(value, end=False)
        except SchemaError as exc:
            raise BadUserInput(f"publishedAt: {exc}") from None


@strawberry.type
class Mutation:
    @strawberry.mutation(
        description="Extract a document given as text and store what it says (same pipeline "
        "as `rightsgraph load`). Needs an API key."
    )
    async def ingest_document(self, info: Info, input: IngestDocumentInput) -> IngestDocumentPayload:
        from loaders.pipeline import ingest  # the one entry point of the loaders the API uses

        ctx = _ctx(info)
        ctx.require_key()
        if not input.text.strip():
            raise BadUserInput("text is empty")
        _validate_date(input.published_at)
        result = await ctx.run(
            ingest,
            Repository(ctx.db),
            input.text,
            title=input.title or "",
            source=input.source or "",
            published_at=input.published_at,
        )
        doc = await ctx.loaders.node.load(result.document_id)
        if doc is None:
            raise NotFoundError(f"document {result.document_id} was not stored")
        ids = list(dict.fromkeys(e.id for e in result.extraction.entities if e.mentions))
        recs = await ctx.loaders.node.load_many(ids)
        counts = result.extraction.counts()
        return IngestDocumentPayload(
            document=to_document(doc),
            extracted=[KindCount(kind=k, count=v) for k, v in counts.items()],
            entities=[to_entity(r) for r in recs if r is not None],
            nodes_written=result.written.get("nodes", 0),
            relationships_written=result.written.get("relationships", 0),
        )

    @strawberry.mutation(description="Remove a document and every fact only it supported. Needs an API key.")
    async def delete_document(self, info: Info, id: strawberry.ID) -> DeleteDocumentPayload:
        ctx = _ctx(info)
        ctx.require_key()
        if queries.label_of(id) != "Document":
            raise BadUserInput(f"{id!r} is not a document id")
        await ctx.run(Repository(ctx.db).delete_document, id)
        return DeleteDocumentPayload(id=id, deleted=True)


class AccessControl(SchemaExtension):
    """Refuse mutations (and queries, when so configured) without a valid API key, before executing."""

    def on_execute(self) -> Iterator[None]:
        ec: ExecutionContext = self.execution_context
        ctx = ec.context
        if isinstance(ctx, Context):
            mutation = ec.operation_type.value == "mutation"
            if (mutation or ctx.settings.queries_require_key) and not ctx.authorized:
                err = Unauthenticated("this operation needs an API key: Authorization: Bearer <key>")
                ec.result = GraphQLExecutionResult(
                    data=None, errors=[GraphQLError(str(err), original_error=err)]
                )
        yield


class ApiSchema(strawberry.Schema):
    def process_errors(
        self, errors: list[GraphQLError], execution_context: ExecutionContext | None = None
    ) -> None:
        """Give every error a code and a safe message (unexpected ones are logged in api.errors)."""
        for error in errors:
            apply_code(error)


def build_schema(settings: ApiSettings) -> strawberry.Schema:
    return ApiSchema(
        query=Query,
        mutation=Mutation,
        types=NODE_CLASSES,
        extensions=[
            lambda: MaxTokensLimiter(max_token_count=settings.max_tokens),
            lambda: QueryDepthLimiter(max_depth=settings.max_depth),
            lambda: MaxAliasesLimiter(max_alias_count=settings.max_aliases),
            AccessControl,
        ],
    )


schema = build_schema(ApiSettings())

__all__ = ["build_schema", "schema"]


if __name__ == "__main__":
    # Same output as `strawberry export-schema api.schema:schema` (which needs strawberry's `cli` extra).
    print(schema.as_str())
