"""The ASGI app: GraphQL at /graphql (GraphiQL in a browser), /healthz, /readyz.

``create_app`` is the factory uvicorn calls (``rightsgraph serve``); settings
are read from the environment here, at the edge, unless given. One
:class:`graph.db.Database` per app, closed on shutdown.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool
from strawberry.fastapi import GraphQLRouter

from api.availability import Availability
from api.browser_routes import router as browser_router
from api.context import Context
from api.schema import build_schema
from api.settings import ApiSettings
from graph.db import Database
from graph.errors import DatabaseUnavailable
from graph.settings import GraphSettings


def create_app(settings: ApiSettings | None = None, graph_settings: GraphSettings | None = None) -> FastAPI:
    settings = settings or ApiSettings.from_env()
    graph_settings = graph_settings or GraphSettings.from_env()
    db = Database(graph_settings)
    availability = Availability(db)

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        try:
            yield
        finally:
            db.close()

    app = FastAPI(
        title="rightsgraph",
        description="Human-rights reporting as a knowledge graph, over GraphQL.",
        lifespan=lifespan,
    )
    app.state.db = db
    app.state.settings = settings

    async def get_context(request: Request) -> Context:
        return Context(db, settings, availability, request.headers.get("authorization"))

    router: GraphQLRouter[Context, None] = GraphQLRouter(
        build_schema(settings),
        context_getter=get_context,
        graphql_ide="graphiql" if settings.graphiql else None,
    )
    app.include_router(router, prefix="/graphql")

    @app.get("/healthz")
    async def healthz() -> dict[str, str]:
        """The process is up (says nothing about Neo4j)."""
        return {"status": "ok"}

    @app.get("/readyz")
    async def readyz() -> JSONResponse:
        """Neo4j answers: 200, or 503 with the reason (fast: one probe, no retries)."""
        try:
            await run_in_threadpool(availability.probe)
        except DatabaseUnavailable as exc:
            return JSONResponse({"status": "unavailable", "reason": str(exc)}, status_code=503)
        return JSONResponse({"status": "ready", "neo4j": graph_settings.uri})

    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "OPTIONS"],
            allow_headers=["Authorization", "Content-Type"],
            allow_credentials="*" not in settings.cors_origins,
        )

    app.include_router(browser_router)  # Neo4j Browser guide and style (api.browser_routes)
    return app
