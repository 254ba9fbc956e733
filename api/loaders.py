"""Per-request DataLoaders: one statement per field and label, whatever the number of rows.

Keys are node ids; the label of a node is read from its id
(:func:`graph.queries.label_of`), so a batch of mixed kinds costs one statement
per kind present, never one per row.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, TypeVar

from strawberry.dataloader import DataLoader

from graph import queries
from graph.queries import Direction, EdgeRecord, MentionRecord, NodeRecord

if TYPE_CHECKING:
    from api.context import Context

T = TypeVar("T")
RelSpec = tuple[tuple[str, ...], Direction, tuple[str, ...]]


def _by_label(ids: Sequence[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for i in ids:
        label = queries.label_of(i)
        if label:
            out[label].append(i)
    return out


class Loaders:
    def __init__(self, ctx: Context) -> None:
        self._ctx = ctx
        self.node: DataLoader[str, NodeRecord | None] = DataLoader(self._nodes)
        self.mentions: DataLoader[str, list[MentionRecord]] = DataLoader(self._grouped(queries.mentions))
        self.degree: DataLoader[str, int] = DataLoader(self._degrees)
        self._related: dict[RelSpec, DataLoader[str, list[EdgeRecord]]] = {}
        self._doc_entities: dict[tuple[str, ...], DataLoader[str, list[NodeRecord]]] = {}

    def related(
        self, types: Sequence[str], direction: Direction, other_labels: Sequence[str] = ()
    ) -> DataLoader[str, list[EdgeRecord]]:
        """The loader of one kind of relationship field (created on first use in this request)."""
        spec: RelSpec = (tuple(types), direction, tuple(other_labels))
        if spec not in self._related:

            def fetch(db: Any, label: str, ids: list[str]) -> dict[str, list[EdgeRecord]]:
                return queries.related(db, label, ids, spec[0], spec[1], spec[2])

            self._related[spec] = DataLoader(self._grouped(fetch))
        return self._related[spec]

    def document_entities(self, labels: Sequence[str] = ()) -> DataLoader[str, list[NodeRecord]]:
        key = tuple(labels)
        if key not in self._doc_entities:

            async def load(ids: list[str]) -> list[list[NodeRecord]]:
                found = await self._ctx.run(queries.document_entities, self._ctx.db, ids, key)
                return [found.get(i, []) for i in ids]

            self._doc_entities[key] = DataLoader(load)
        return self._doc_entities[key]

    # -- batch functions -------------------------------------------------------------
    async def _nodes(self, ids: list[str]) -> list[NodeRecord | None]:
        found = await self._ctx.run(queries.nodes_by_id, self._ctx.db, ids)
        return [found.get(i) for i in ids]

    async def _degrees(self, ids: list[str]) -> list[int]:
        found = await self._ctx.run(queries.degrees, self._ctx.db, ids)
        return [found.get(i, 0) for i in ids]

    def _grouped(
        self, fetch: Callable[[Any, str, list[str]], dict[str, list[T]]]
    ) -> Callable[[list[str]], Any]:
        """A batch function calling ``fetch(db, label, ids)`` once per label among the keys."""

        async def load(ids: list[str]) -> list[list[T]]:
            def work() -> dict[str, list[T]]:
                out: dict[str, list[T]] = {}
                for label, group in _by_label(ids).items():
                    out.update(fetch(self._ctx.db, label, group))
                return out

            found = await self._ctx.run(work)
            return [found.get(i, []) for i in ids]

        return load
