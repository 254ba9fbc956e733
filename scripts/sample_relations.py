"""Draw a reproducible random sample of extracted relationships, for judging precision by hand.

The scorer measures relation recall only: a wrong edge costs nothing there. This script prints a
numbered sample of the relationships extracted from a corpus (no database), each with its two ends,
its properties and its evidence sentence, as a Markdown table with an empty verdict column.

    .venv/bin/python scripts/sample_relations.py --corpus tests/eval/blind5/corpus --n 60 --seed 1

Only relationships read from text are drawn (MENTIONED_IN, PART_OF and other bookkeeping edges are
not facts of the text). ``--types`` limits the draw to some types.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.schema import REL_TYPES  # noqa: E402
from scripts.score_offline import extract_corpus  # noqa: E402

# edges that record where a name stands or what an article belongs to, not a fact read from text
_BOOKKEEPING = {"MENTIONED_IN", "PART_OF", "PROTECTS"}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, required=True, help="directory of .txt documents")
    ap.add_argument("--n", type=int, default=60, help="sample size")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--types", default="", help="comma-separated relationship types (default: all)")
    args = ap.parse_args(argv)
    wanted = {t.strip().upper() for t in args.types.split(",") if t.strip()} or set(REL_TYPES) - _BOOKKEEPING
    unknown = wanted - set(REL_TYPES)
    if unknown:
        ap.error(f"unknown relationship types: {sorted(unknown)}")
    extractions = extract_corpus(args.corpus)
    names = {e.id: e.name for x in extractions for e in x.entities}
    pool = [(x.document.title, r) for x in extractions for r in x.relations if r.type in wanted and r.evidence]
    sample = random.Random(args.seed).sample(pool, min(args.n, len(pool)))
    print(f"{len(sample)} of {len(pool)} relationships ({', '.join(sorted(wanted))}), seed {args.seed}\n")
    print("| # | type | from | to | properties | evidence | verdict |")
    print("|---|---|---|---|---|---|---|")
    for i, (_, r) in enumerate(sample, 1):
        props = ", ".join(f"{k}={v}" for k, v in sorted(r.properties.items()))
        ev = " ".join(r.evidence[0].text.split()).replace("|", "/")
        ends = f"{names.get(r.start_id, r.start_id)} | {names.get(r.end_id, r.end_id)}"
        print(f"| {i} | {r.type} | {ends} | {props} | {ev} | |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
