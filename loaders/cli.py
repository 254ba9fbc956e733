"""Commands of the loaders layer: ``load``, ``extract``, ``eval``."""

from __future__ import annotations

import importlib.util
import json
import sys
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from graph.cli import fail, start_database
from graph.db import Database
from graph.errors import GraphError
from graph.export import write_jsonl
from graph.repository import Repository
from graph.server import LocalNeo4j, free_port
from graph.settings import PROJECT_ROOT, GraphSettings
from loaders.errors import LoaderError
from loaders.extract import extract as run_extract
from loaders.pipeline import LoadReport, load_paths
from loaders.reader import expand, read_file

console = Console(stderr=True)
app = typer.Typer()

DEFAULT_CORPUS = PROJECT_ROOT / "data" / "corpus"
SCORER = PROJECT_ROOT / "tests" / "eval" / "score_graph.py"


def print_report(report: LoadReport) -> None:
    for name, reason in report.skipped:
        console.print(f"[yellow]skipped[/yellow] {name}: {reason}")
    rate = report.words / report.seconds if report.seconds else 0.0
    console.print(
        f"loaded {len(report.loaded)}, unchanged {len(report.unchanged)}, skipped {len(report.skipped)} "
        f"in {report.seconds:.1f}s ({rate:,.0f} words/s): {report.nodes} nodes, "
        f"{report.relationships} relationships written"
    )


def load_with_progress(repo: Repository, paths: list[Path], *, reset: bool = False,
                       force: bool = False) -> LoadReport:
    total = len(list(expand(paths)))
    with Progress(TextColumn("[bold]loading"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                  TextColumn("{task.description}"), console=console, transient=True) as bar:
        task = bar.add_task("", total=total)
        report = load_paths(repo, paths, reset=reset, force=force,
                            progress=lambda name: bar.update(task, advance=1, description=Path(name).name))
    return report


@app.command("load")
def load(
    paths: Annotated[list[Path], typer.Argument(help=".txt files or folders (recursive)")],
    reset: Annotated[bool, typer.Option("--reset", help="delete the whole graph first")] = False,
    force: Annotated[bool, typer.Option("--force", help="re-extract documents already loaded")] = False,
) -> None:
    """Extract entities and relationships from documents and write them (idempotent)."""
    missing = [p for p in paths if not p.exists()]
    if missing:
        raise fail(FileNotFoundError(f"no such file or folder: {', '.join(map(str, missing))}"))
    settings = GraphSettings.from_env()
    try:
        with Database(settings) as db:
            report = load_with_progress(Repository(db), paths, reset=reset, force=force)
    except GraphError as exc:
        raise fail(exc) from None
    print_report(report)
    if not report.loaded and not report.unchanged:
        raise typer.Exit(1)


def _jsonable(obj: Any) -> Any:
    return asdict(obj)


@app.command("extract")
def extract_cmd(
    files: Annotated[list[Path], typer.Argument(help=".txt files or folders")],
) -> None:
    """Print what would be written (entities, relationships, evidence) as JSON; touches no database."""
    out = []
    for path in expand(files):
        try:
            doc = read_file(path)
            ex = run_extract(doc, [])
        except LoaderError as exc:
            console.print(f"[yellow]skipped[/yellow] {exc}")
            continue
        out.append({
            "document": {k: v for k, v in asdict(ex.document).items() if k != "text"},
            "entities": [asdict(e) for e in ex.entities],
            "relationships": [asdict(r) for r in ex.relations],
        })
    json.dump(out, sys.stdout, indent=1, ensure_ascii=False)
    sys.stdout.write("\n")


def load_scorer(path: Path = SCORER) -> Any:
    spec = importlib.util.spec_from_file_location("score_graph", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate(db: Database, gold_dir: Path, corpus: Path, export_to: Path) -> dict[str, Any]:
    """Load the documents the gold files name into ``db`` (emptied) and score its export."""
    golds = [json.loads(f.read_text(encoding="utf-8")) for f in sorted(gold_dir.glob("*.json"))]
    if not golds:
        raise FileNotFoundError(f"no gold files in {gold_dir}")
    docs = [corpus / g["document"] for g in golds]
    missing = [str(d) for d in docs if not d.exists()]
    if missing:
        raise FileNotFoundError(f"documents named by the gold files are missing: {missing}")
    repo = Repository(db)
    load_paths(repo, docs, reset=True)
    with export_to.open("w", encoding="utf-8") as f:
        write_jsonl(db, f)
    scorer = load_scorer()
    result: dict[str, Any] = scorer.score(scorer.Graph(export_to), golds)
    return result


@app.command("eval")
def eval_cmd(
    gold_dir: Annotated[Path, typer.Argument(help="folder of gold JSON files (FORMAT.md)")],
    corpus: Annotated[Path, typer.Option(help="where the documents named by the gold files are")] = DEFAULT_CORPUS,
    as_json: Annotated[bool, typer.Option("--json", help="print JSON")] = False,
    export_to: Annotated[Path | None, typer.Option("--export", help="keep the export here")] = None,
) -> None:
    """Load the gold documents into a fresh database and print the scorer's figures."""
    settings = GraphSettings.from_env()
    if settings.external:
        raise fail(GraphError("eval needs a fresh database and would wipe NEO4J_URI's: unset NEO4J_URI"))
    with tempfile.TemporaryDirectory(prefix="rightsgraph-eval-") as tmp:
        # A throwaway server: the user's own graph is never touched.
        s = settings.replace(bolt_port=free_port(), http_port=free_port(), heap="512m", pagecache="128m")
        server = LocalNeo4j(s, root=Path(tmp) / "server")
        try:
            with console.status("Starting a throwaway Neo4j for the evaluation..."):
                server.start(log=console.print)
            with Database(s) as db:
                result = evaluate(db, gold_dir, corpus, export_to or Path(tmp) / "export.jsonl")
        except (GraphError, LoaderError, FileNotFoundError) as exc:
            raise fail(exc) from None
        finally:
            server.stop()
    if as_json:
        print(json.dumps(result, indent=2, sort_keys=True))
        return
    table = Table("figure", "value")
    for k, v in sorted(result["counts"].items()):
        table.add_row(k, str(v))
    for k, v in sorted(result["figures"].items()):
        table.add_row(k, "n/a" if v is None else f"{v:.3f}")
    Console().print(table)


__all__ = ["app", "load_with_progress", "print_report", "start_database"]
