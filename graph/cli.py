"""Commands of the graph layer: ``rightsgraph db start|stop|status|dump|restore``, ``rightsgraph export``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from graph.backup import dump, restore
from graph.db import Database
from graph.errors import GraphError
from graph.export import FORMATS, ExportFilter, write_csv, write_graphml, write_jsonl
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


def _local_server(settings: GraphSettings) -> LocalNeo4j:
    if settings.external:
        raise fail(GraphError("NEO4J_URI is set: back up that server with its own tools "
                              "(neo4j-admin database dump on its host)"))
    return LocalNeo4j(settings)


@db_app.command("dump")
def db_dump(
    file: Annotated[Path, typer.Argument(help="dump file to write, e.g. backups/rightsgraph.dump")],
    force: Annotated[bool, typer.Option("--force", help="overwrite an existing file")] = False,
) -> None:
    """Back up the local database with neo4j-admin (the server is stopped meanwhile, then restarted)."""
    settings = GraphSettings.from_env()
    server = _local_server(settings)
    try:
        with console.status("Stopping Neo4j and dumping the database..."):
            result = dump(server, file, force=force)
    except GraphError as exc:
        raise fail(exc) from None
    counted = f", {result.nodes} nodes" if result.nodes is not None else ""
    console.print(f"[green]dumped to {result.path}[/green] ({result.bytes} bytes{counted}, "
                  f"{result.seconds:.0f}s)")


@db_app.command("restore")
def db_restore(
    file: Annotated[Path, typer.Argument(help="dump file written by `rightsgraph db dump`")],
    force: Annotated[bool, typer.Option("--force", help="replace a database that holds data")] = False,
) -> None:
    """Replace the local database with a dump (refuses a non-empty database without --force)."""
    settings = GraphSettings.from_env()
    server = _local_server(settings)
    try:
        with console.status("Restoring the database..."):
            result = restore(server, file, force=force)
    except GraphError as exc:
        raise fail(exc) from None
    console.print(f"[green]restored {result.path}[/green]: {result.nodes} nodes ({result.seconds:.0f}s)")


@app.command("export")
def export(
    fmt: Annotated[str, typer.Option("--format", help="jsonl (APOC JSON lines), graphml (Gephi, yEd) or csv "
                                     "(neo4j-admin database import: a folder with nodes.csv and "
                                     "relationships.csv)")] = "jsonl",
    output: Annotated[Path | None, typer.Option("-o", "--output",
                                                help="file (default: stdout); a folder for csv")] = None,
    document: Annotated[str | None, typer.Option(help="only what this document (id) says")] = None,
    label: Annotated[str | None, typer.Option(help="only nodes of this label, edges among them")] = None,
    around: Annotated[str | None, typer.Option(help="only this entity (id) and its neighbourhood")] = None,
    depth: Annotated[int, typer.Option(help="steps from --around (documents not counted)")] = 1,
) -> None:
    """Write the graph, or a part of it, with its evidence."""
    if fmt not in FORMATS:
        raise fail(ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}"))
    if fmt == "csv" and output is None:
        raise fail(ValueError("--format csv writes two files: give a folder with -o"))
    flt = ExportFilter(document=document, label=label, around=around, depth=depth)
    settings = GraphSettings.from_env()
    try:
        with Database(settings) as db:
            if fmt == "csv":
                assert output is not None
                n, e = write_csv(db, output, flt)
            else:
                writer = write_graphml if fmt == "graphml" else write_jsonl
                if output is None:
                    n, e = writer(db, sys.stdout, flt)
                else:
                    with output.open("w", encoding="utf-8") as f:
                        n, e = writer(db, f, flt)
    except (GraphError, ValueError) as exc:
        raise fail(exc) from None
    console.print(f"exported {n} nodes and {e} relationships" + (f" to {output}" if output else ""))
