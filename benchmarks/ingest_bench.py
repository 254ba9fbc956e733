"""Benchmark of ingesting one document into a large graph (a script, not a test).

    .venv/bin/python benchmarks/ingest_bench.py [--people 40000] [--repeat 5]

Starts a throwaway Neo4j (free ports, temporary folder), generates the graph of
``benchmarks/api_bench.py`` (100,080 nodes and 510,000 relationships at the
default size), then for each default-corpus document ingests it the way the
API's ``ingest`` mutation does and prints, per document, the median of
``--repeat`` runs of:

- ``lookup``: asking the graph for the entities the document's names point at
  (``Repository.known_entities(keys)``, what ingestion does);
- ``full read``: reading every entity of the graph (what ingestion did before);
- ``ingest``: the whole ``loaders.pipeline.ingest`` call (extract + lookup + write).
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.api_bench import generate, throwaway_settings
from graph.db import Database
from graph.repository import Repository
from graph.server import LocalNeo4j
from graph.settings import PROJECT_ROOT
from loaders.extract.entities import collect, dedupe
from loaders.extract.resolve import lookup_keys
from loaders.extract.segment import sentences
from loaders.pipeline import ingest
from loaders.reader import read_file


def _ms(samples: list[float]) -> str:
    return f"{statistics.median(samples) * 1000:8.1f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--people", type=int, default=40000, help="people in the generated graph (scales it)")
    ap.add_argument("--repeat", type=int, default=5, help="runs per document and measure")
    args = ap.parse_args()

    tmp = tempfile.TemporaryDirectory(prefix="rightsgraph-bench-")
    settings = throwaway_settings(query_timeout=300.0)  # the full read takes seconds
    server = LocalNeo4j(settings, root=Path(tmp.name))
    print(f"starting a throwaway Neo4j in {tmp.name} ...", flush=True)
    server.start(timeout=300)
    try:
        with Database(settings) as db:
            repo = Repository(db)
            repo.setup()
            counts = generate(db, args.people, lambda m: print(m, flush=True))
            nodes = sum(v for k, v in counts.items() if k[0].isupper() and not k.isupper())
            rels = sum(v for k, v in counts.items() if k.isupper())
            print(f"generated graph: {nodes:,} nodes, {rels:,} relationships\n", flush=True)
            print(f"{'document':<34}{'keys':>6}{'found':>7}{'lookup ms':>11}{'full read ms':>14}{'ingest ms':>11}")
            for path in sorted((PROJECT_ROOT / "data" / "corpus").glob("*.txt")):
                doc = read_file(path)
                keys = sorted(lookup_keys(dedupe(collect(sentences(doc.text), doc.text)[0])))
                look, full, whole = [], [], []
                found = 0
                for _ in range(args.repeat):
                    t = time.perf_counter()
                    found = len(repo.known_entities(keys))
                    look.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    repo.known_entities()
                    full.append(time.perf_counter() - t)
                    t = time.perf_counter()
                    ingest(repo, doc.text, title=path.name, source=path.name)
                    whole.append(time.perf_counter() - t)
                print(f"{path.name:<34}{len(keys):>6}{found:>7}{_ms(look):>11}{_ms(full):>14}{_ms(whole):>11}",
                      flush=True)
    finally:
        server.stop()
        tmp.cleanup()


if __name__ == "__main__":
    main()
