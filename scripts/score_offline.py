"""Score the extractor on a corpus without Neo4j.

Runs :func:`loaders.extract.extract` over the documents in order (passing the
entities of the earlier ones as ``known``, as the pipeline does), merges
entities by id and relationships by (type, start, end, key), writes an
APOC-shaped JSON-lines export and runs the shared scorer on it.

    .venv/bin/python scripts/score_offline.py [--corpus DIR] [--gold DIR] [--out export.jsonl] [--json]
    .venv/bin/python scripts/score_offline.py --corpus tests/eval/heldout/corpus --gold tests/eval/heldout/gold

(CORPUS_DIR and GOLD_DIR may also be given positionally.)
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import EntityRef, Extraction  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.reader import expand, read_file  # noqa: E402


def build_export(extractions: list[Extraction]) -> list[dict[str, Any]]:
    nodes: dict[str, dict[str, Any]] = {}
    rels: dict[tuple[str, str, str, str], dict[str, Any]] = {}
    for x in extractions:
        d = x.document
        nodes[d.id] = {
            "type": "node",
            "id": d.id,
            "labels": ["Document"],
            "properties": {"id": d.id, "name": d.title, "source": d.source, "path": d.path},
        }
        for e in x.entities:
            n = nodes.setdefault(
                e.id,
                {
                    "type": "node",
                    "id": e.id,
                    "labels": [e.label],
                    "properties": {"id": e.id, "name": e.name, "aliases": [], "evidence": []},
                },
            )
            p = n["properties"]
            for a in [e.name, *e.aliases]:
                if a != p["name"] and a not in p["aliases"]:
                    p["aliases"].append(a)
            for k, v in e.properties.items():
                if isinstance(v, list):
                    p[k] = list(dict.fromkeys([*(p.get(k) or []), *v]))
                else:
                    p.setdefault(k, v)
            for m in e.mentions:
                if m.evidence.text not in p["evidence"]:
                    p["evidence"].append(m.evidence.text)
            rk = ("MENTIONED_IN", e.id, d.id, "")
            rels.setdefault(
                rk,
                {
                    "type": "relationship",
                    "id": f"r{len(rels)}",
                    "label": "MENTIONED_IN",
                    "start": {"id": e.id},
                    "end": {"id": d.id},
                    "properties": {"surfaces": [m.surface for m in e.mentions]},
                },
            )
        for r in x.relations:
            rk = (r.type, r.start_id, r.end_id, r.key)
            rel = rels.setdefault(
                rk,
                {
                    "type": "relationship",
                    "id": f"r{len(rels)}",
                    "label": r.type,
                    "start": {"id": r.start_id},
                    "end": {"id": r.end_id},
                    "properties": {**r.properties, "evidence": [], "evidenceDocs": []},
                },
            )
            for ev in r.evidence:
                if ev.text not in rel["properties"]["evidence"]:
                    rel["properties"]["evidence"].append(ev.text)
                    rel["properties"]["evidenceDocs"].append(ev.document_id)
    return [*nodes.values(), *rels.values()]


def extract_corpus(corpus: Path) -> list[Extraction]:
    """Extract the documents in order, each seeing the entities of the earlier ones (as loading does)."""
    known: dict[str, EntityRef] = {}
    extractions = []
    for path in expand([corpus]):
        x = extract(read_file(path), tuple(known.values()))
        extractions.append(x)
        for e in x.entities:
            prev = known.get(e.id)
            aliases = tuple(dict.fromkeys([*(prev.aliases if prev else ()), *e.aliases]))
            known[e.id] = EntityRef(e.id, e.label, prev.name if prev else e.name, aliases)
    return extractions


def write_export(extractions: list[Extraction], out: Path) -> None:
    rows = build_export(extractions)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def score_corpus(corpus: Path, gold: Path, scorer: Any) -> dict[str, Any]:
    """The scorer's figures for ``corpus`` against the gold files in ``gold`` (no database)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "export.jsonl"
        write_export(extract_corpus(corpus), out)
        golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold.glob("*.json"))]
        figures: dict[str, Any] = scorer.score(scorer.Graph(out), golds)["figures"]
        return figures


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=None)
    ap.add_argument("gold", nargs="?", type=Path, default=None)
    ap.add_argument("--corpus", dest="corpus_opt", type=Path, help="directory of .txt documents")
    ap.add_argument("--gold", dest="gold_opt", type=Path, help="directory of gold .json files")
    # a private file by default: several runs at once (scripts/score_sets.sh in two worktrees)
    # must not read each other's export
    ap.add_argument("--out", type=Path, default=None, help="keep the export here (default: a temporary file)")
    ap.add_argument("--scorer", type=Path, default=Path("/work/shared/eval/score_graph.py"))
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--misses", action="store_true", help="also list missed gold relations and misdated events")
    args = ap.parse_args(argv)
    args.corpus = args.corpus_opt or args.corpus or ROOT / "data" / "corpus"
    args.gold = args.gold_opt or args.gold or Path("/work/shared/gold")
    if args.out is None:
        fd, name = tempfile.mkstemp(prefix="rightsgraph_export_", suffix=".jsonl")
        os.close(fd)
        args.out = Path(name)
    write_export(extract_corpus(args.corpus), args.out)
    cmd = [sys.executable, str(args.scorer), str(args.out), str(args.gold)] + (
        ["--json"] if args.json else []
    )
    rc = subprocess.call(cmd)
    if args.misses:
        print_misses(args.scorer, args.out, args.gold)
    return rc


def print_misses(scorer: Path, export: Path, gold_dir: Path) -> None:
    """Per missed gold relation: predicate, ends, which ends were found, evidence; per misdated event."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score_graph", scorer)
    assert spec and spec.loader
    sg = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(sg)
    graph = sg.Graph(export)
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(gold_dir.glob("*.json"))]
    nodes = list(graph.nodes.values())
    ents: dict[str, set[str]] = {}
    for g in golds:
        for kind in sg.LABEL_OF_KIND:
            for ent in g.get(kind, []):
                ents.setdefault(sg.norm(ent["name"]), set()).update(sg.gold_names(ent))
    print("\n# missed relations")
    for g in golds:
        for r in g.get("relations", []):
            sn = ents.get(sg.norm(r["subject"]), {sg.norm(r["subject"])})
            on = ents.get(sg.norm(r["object"]), {sg.norm(r["object"])})
            s_ids = {n["id"] for n in nodes if sg.matches(sg.Graph.names(n), sn)}
            o_ids = {n["id"] for n in nodes if sg.matches(sg.Graph.names(n), on)}
            ok = any(graph.adj[s] & o_ids for s in s_ids) or any(
                graph.adj[m] & o_ids for s in s_ids for m in graph.adj[s] & graph.events
            )
            if not ok:
                flags = ("S" if s_ids else "-") + ("O" if o_ids else "-")
                print(f"[{r['predicate']}] {flags} {r['subject']} -> {r['object']} | {g['document'][:30]}")
                print(f"    {r.get('evidence', '')[:300]}")
    print("\n# misdated events")
    events = graph.of_label("Event")
    for g in golds:
        for ev in g.get("events", []):
            if not ev.get("date") or ev.get("kind") == "other":
                continue
            names = sg.gold_names(ev)
            hits = [n for n in events if sg.matches(sg.Graph.names(n), names)]
            if not hits and ev.get("evidence"):
                hits = [n for n in events if sg.event_by_evidence(graph, n, [(sg.norm(ev["evidence"]), "")])]
            if not hits:
                continue
            want = str(ev["date"])
            got = [str(n.get("properties", {}).get("date", "") or "") for n in hits]
            if not any(d.startswith(want[:7]) for d in got):
                print(f"want {want} got {got} | {ev['name']} | {g['document'][:30]}")
                print(f"    {ev.get('evidence', '')[:300]}")


if __name__ == "__main__":
    sys.exit(main())
