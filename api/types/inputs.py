"""Filter and sort inputs, converted to :class:`graph.queries.NodeFilter` / ``ViolationFilter``."""

from __future__ import annotations

import enum

import strawberry

from api.types.nodes import EntityKind
from graph.queries import NodeFilter, ViolationFilter


@strawberry.enum
class SortField(enum.Enum):
    NAME = "NAME"
    DATE = "DATE"
    CONNECTIONS = "CONNECTIONS"


@strawberry.enum
class SortDirection(enum.Enum):
    ASC = "ASC"
    DESC = "DESC"


@strawberry.input(description="Filters of any entity list; every field given narrows the result.")
class EntityFilter:
    name_contains: str | None = strawberry.field(
        default=None, description="Case-insensitive substring of the name."
    )
    alias: str | None = strawberry.field(default=None, description="Exact name or alias, any case.")
    mentioned_in: strawberry.ID | None = strawberry.field(
        default=None, description="Id of a document that mentions it."
    )

    def to_filter(self) -> NodeFilter:
        return NodeFilter(name_contains=self.name_contains, alias=self.alias, mentioned_in=self.mentioned_in)


@strawberry.input(description="Filters of events.")
class EventFilter(EntityFilter):
    date_from: str | None = strawberry.field(
        default=None, description="YYYY, YYYY-MM or YYYY-MM-DD: events whose period ends on or after it."
    )
    date_to: str | None = strawberry.field(
        default=None, description="Events whose period starts on or before it."
    )
    kinds: list[str] | None = strawberry.field(default=None, description="protest, arrest, trial, ...")
    location: strawberry.ID | None = strawberry.field(
        default=None, description="A place id; events in places inside it count."
    )
    participant: strawberry.ID | None = strawberry.field(
        default=None, description="A person or organization id."
    )
    violated_article: strawberry.ID | None = strawberry.field(default=None, description="An article id.")
    violated_right: str | None = strawberry.field(default=None, description="A right's id or name.")
    instrument: str | None = strawberry.field(
        default=None, description="Code (ICCPR), name or id of a legal instrument the event violated."
    )

    def to_filter(self) -> NodeFilter:
        return NodeFilter(
            name_contains=self.name_contains,
            alias=self.alias,
            mentioned_in=self.mentioned_in,
            date_from=self.date_from,
            date_to=self.date_to,
            kinds=tuple(self.kinds or ()),
            location=self.location,
            participant=self.participant,
            violated_article=self.violated_article,
            violated_right=self.violated_right,
            instrument=self.instrument,
        )


@strawberry.input(description="Filters of legal articles.")
class ArticleFilter(EntityFilter):
    instrument: str | None = strawberry.field(default=None, description="Instrument code, e.g. ICCPR.")
    violated: bool | None = strawberry.field(
        default=None, description="true: only articles something is said to violate; false: only the others."
    )

    def to_filter(self) -> NodeFilter:
        return NodeFilter(
            name_contains=self.name_contains,
            alias=self.alias,
            mentioned_in=self.mentioned_in,
            instrument=self.instrument,
            violated=self.violated,
        )


@strawberry.input(description="Filters of documents.")
class DocumentFilter:
    name_contains: str | None = strawberry.field(
        default=None, description="Case-insensitive substring of the title."
    )

    def to_filter(self) -> NodeFilter:
        return NodeFilter(name_contains=self.name_contains)


@strawberry.input(description="Which violations to count.")
class ViolationStatsFilter:
    date_from: str | None = None
    date_to: str | None = None
    instrument: str | None = strawberry.field(default=None, description="Code, name or id of an instrument.")
    right: str | None = strawberry.field(default=None, description="A right's id or name.")
    article: strawberry.ID | None = None
    location: strawberry.ID | None = strawberry.field(
        default=None, description="Events in this place (or inside it)."
    )
    event_kinds: list[str] | None = None
    violator_kinds: list[EntityKind] | None = None  # type: ignore[valid-type]

    def to_filter(self) -> ViolationFilter:
        return ViolationFilter(
            date_from=self.date_from,
            date_to=self.date_to,
            instrument=self.instrument,
            right=self.right,
            article=self.article,
            location=self.location,
            event_kinds=tuple(self.event_kinds or ()),
            violator_labels=tuple(k.value for k in self.violator_kinds or ()),
        )
