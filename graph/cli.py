"""Commands of the graph layer: ``rightsgraph db start|stop|status`` and ``rightsgraph export``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from graph.db import Database
from graph.errors import GraphError
from graph.export import write_jsonl
from graph.server import LocalNeo4j
from graph.settings import GraphSettings

console = Console(stderr=True)
app = typer.Typer(no_args_is_help=True)
db_app = typer.Typer(help="Run the local Neo4j server (skipped when NEO4J_URI points elsewhere).",
                     no_args_is_help=True)
app.add_typer(db_app, name="db")


def fail(exc: Exception) -> typer.Exit:
    console.print(f"[red]error:[/red] {exc}")
    return typer.Exit(1)


def start_database(settings: GraphSettings) -> None:
    """Start the local server unless an external one is configured; wait until it answers."""
    if settings.external:
        with Database(settings) as db:
            db.wait_until_ready(30)
        console.print(f"Using the Neo4j server at {settings.uri} (NEO4J_URI)")
        return
    server = LocalNeo4j(settings)
    with console.status("Starting Neo4j..."):
        st = server.start(log=console.print)
    console.print(f"[green]{st.describe()}[/green]")


@db_app.command("start")
def db_start() -> None:
    """Fetch Neo4j 5.26 Community (first time), start it and wait until Bolt answers."""
    settings = GraphSettings.from_env()
    try:
        start_database(settings)
    except GraphError as exc:
        raise fail(exc) from None
    console.print(f"Bolt: {settings.uri}  user: {settings.user}  password: {settings.password}")


@db_app.command("stop")
def db_stop() -> None:
    """Stop the local server cleanly."""
    settings = GraphSettings.from_env()
    if settings.external:
        console.print("NEO4J_URI is set: rightsgraph did not start that server and will not stop it")
        return
    stopped = LocalNeo4j(settings).stop()
    console.print("Neo4j stopped" if stopped else "Neo4j was not running")


@db_app.command("status")
def db_status() -> None:
    """Tell whether the server runs and where; exit 1 when it does not answer."""
    settings = GraphSettings.from_env()
    if settings.external:
        try:
            with Database(settings) as db:
                db.ping()
            console.print(f"External Neo4j at {settings.uri} answers")
        except GraphError as exc:
            raise fail(exc) from None
        return
    st = LocalNeo4j(settings).status()
    console.print(st.describe())
    if not st.running:
        raise typer.Exit(1)


@app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (APOC JSON lines)")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output", help="file (default: stdout)")] = None,
) -> None:
    """Write the whole graph with its evidence."""
    if fmt != "jsonl":
        raise fail(ValueError(f"unknown format {fmt!r}; choose jsonl"))
    settings = GraphSettings.from_env()
    try:
        with Database(settings) as db:
            if output is None:
                n, e = write_jsonl(db, sys.stdout)
            else:
                with output.open("w", encoding="utf-8") as f:
                    n, e = write_jsonl(db, f)
    except GraphError as exc:
        raise fail(exc) from None
    console.print(f"exported {n} nodes and {e} relationships" + (f" to {output}" if output else ""))
