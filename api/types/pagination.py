"""Relay-style connections: ``first``/``after``, ``totalCount``, ``edges { cursor node }``, ``pageInfo``.

Cursors are opaque (base64 of an offset into the sorted result). ``totalCount``
is counted only when asked for.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Awaitable, Callable
from typing import Generic, TypeVar

import strawberry

from api.errors import BadUserInput, QueryTooComplex

T = TypeVar("T")
_PREFIX = "rg:"


def encode_cursor(offset: int) -> str:
    return base64.urlsafe_b64encode(f"{_PREFIX}{offset}".encode()).decode()


def decode_cursor(cursor: str) -> int:
    try:
        text = base64.urlsafe_b64decode(cursor.encode()).decode()
        if not text.startswith(_PREFIX):
            raise ValueError(text)
        offset = int(text[len(_PREFIX) :])
        if offset < 0:
            raise ValueError(text)
        return offset
    except (ValueError, UnicodeDecodeError, binascii.Error):
        raise BadUserInput(f"invalid cursor {cursor!r}") from None


def page_window(first: int, after: str | None, max_page: int) -> tuple[int, int]:
    """(skip, limit) for ``first`` rows after the cursor ``after``."""
    if first < 0:
        raise BadUserInput("first must not be negative")
    if first > max_page:
        raise QueryTooComplex(f"first must be at most {max_page}")
    skip = decode_cursor(after) + 1 if after else 0
    return skip, first


@strawberry.type
class PageInfo:
    has_next_page: bool
    has_previous_page: bool
    start_cursor: str | None
    end_cursor: str | None


@strawberry.type
class Edge(Generic[T]):
    cursor: str
    node: T


@strawberry.type
class Connection(Generic[T]):
    edges: list[Edge[T]]
    page_info: PageInfo
    count: strawberry.Private[Callable[[], Awaitable[int]]]

    @strawberry.field(description="Number of rows matching the filter, over all pages.")
    async def total_count(self) -> int:
        return await self.count()

    @classmethod
    def build(
        cls, nodes: list[T], skip: int, first: int, count: Callable[[], Awaitable[int]]
    ) -> Connection[T]:
        """``nodes``: the page fetched with one row more than ``first`` (tells if a next page exists)."""
        page = nodes[:first]
        edges = [Edge(cursor=encode_cursor(skip + i), node=n) for i, n in enumerate(page)]
        info = PageInfo(
            has_next_page=len(nodes) > first,
            has_previous_page=skip > 0,
            start_cursor=edges[0].cursor if edges else None,
            end_cursor=edges[-1].cursor if edges else None,
        )
        return cls(edges=edges, page_info=info, count=count)
