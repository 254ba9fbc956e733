"""Per-request context: the app's database and settings, the caller's key, fresh DataLoaders.

A new :class:`Context` (and so new DataLoaders, whose caches hold data) is
built for every request: nothing loaded for one caller is served to another.
"""

from __future__ import annotations

import hmac
from collections.abc import Callable
from typing import Any, TypeVar

from starlette.concurrency import run_in_threadpool
from strawberry.fastapi import BaseContext

from api.availability import Availability
from api.errors import Unauthenticated
from api.loaders import Loaders
from api.settings import ApiSettings
from graph.db import Database
from graph.errors import DatabaseUnavailable

T = TypeVar("T")


def bearer_key(authorization: str | None) -> str | None:
    if not authorization:
        return None
    scheme, _, key = authorization.partition(" ")
    return key.strip() if scheme.lower() == "bearer" and key.strip() else None


def key_is_valid(key: str | None, keys: tuple[str, ...]) -> bool:
    """Constant-time comparison against every configured key."""
    if not key:
        return False
    return any(hmac.compare_digest(key.encode(), k.encode()) for k in keys)


class Context(BaseContext):
    def __init__(
        self,
        db: Database,
        settings: ApiSettings,
        availability: Availability,
        authorization: str | None = None,
    ) -> None:
        super().__init__()
        self.db = db
        self.settings = settings
        self.availability = availability
        self.authorized = key_is_valid(bearer_key(authorization), settings.keys)
        self.loaders = Loaders(self)

    def require_key(self) -> None:
        if not self.authorized:
            raise Unauthenticated("this operation needs an API key: Authorization: Bearer <key>")

    async def run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        """Run blocking database work in a worker thread (the event loop keeps serving)."""
        return await run_in_threadpool(self._guarded, fn, *args, **kwargs)

    def _guarded(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        self.availability.check()
        try:
            return fn(*args, **kwargs)
        except DatabaseUnavailable:
            self.availability.down()
            raise
