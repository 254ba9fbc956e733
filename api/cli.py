"""The ``rightsgraph`` command: every layer's commands under one root, plus ``serve`` and ``up``."""

from __future__ import annotations

import os
from typing import Annotated

import typer
import uvicorn
from rich.console import Console
from rich.panel import Panel

import graph.cli as graph_cli
import loaders.cli as loaders_cli
from graph.db import Database
from graph.errors import GraphError
from graph.repository import Repository
from graph.settings import GraphSettings

console = Console(stderr=True)
app = typer.Typer(
    name="rightsgraph",
    help="Human-rights reporting to a Neo4j knowledge graph, served over GraphQL.",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(graph_cli.app)
app.add_typer(loaders_cli.app)


def _run_api(host: str, port: int) -> None:
    uvicorn.run("api.app:create_app", factory=True, host=host, port=port, log_level="info")


@app.command("serve")
def serve(
    host: Annotated[str, typer.Option(help="interface to listen on")] = os.environ.get("API_HOST", "127.0.0.1"),
    port: Annotated[int, typer.Option(help="port")] = int(os.environ.get("API_PORT", "8000")),
) -> None:
    """Serve the GraphQL API (GraphiQL at /graphql in a browser)."""
    _run_api(host, port)


@app.command("up")
def up(
    host: Annotated[str, typer.Option(help="interface to listen on")] = os.environ.get("API_HOST", "127.0.0.1"),
    port: Annotated[int, typer.Option(help="port")] = int(os.environ.get("API_PORT", "8000")),
) -> None:
    """Start Neo4j, load the default corpus (unchanged documents are skipped) and serve the API."""
    settings = GraphSettings.from_env()
    try:
        graph_cli.start_database(settings)
        with Database(settings) as db:
            report = loaders_cli.load_with_progress(Repository(db), [loaders_cli.DEFAULT_CORPUS])
    except GraphError as exc:
        raise graph_cli.fail(exc) from None
    loaders_cli.print_report(report)
    console.print(Panel.fit(
        f"GraphQL API      http://{host}:{port}/graphql  (GraphiQL in a browser)\n"
        f"Health           http://{host}:{port}/healthz   readiness http://{host}:{port}/readyz\n"
        f"Neo4j Browser    http://localhost:{settings.http_port}/browser/\n"
        f"Bolt             {settings.uri}\n"
        f"Credentials      {settings.user} / {settings.password}\n"
        "Stop             Ctrl-C stops the API; `rightsgraph db stop` stops Neo4j",
        title="rightsgraph is up",
    ))
    _run_api(host, port)


if __name__ == "__main__":
    app()
