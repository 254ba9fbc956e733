"""Extraction throughput on the default corpus repeated to at least N documents (not a test).

Each repetition gets a distinct trailing sentence so that no cache can return
an earlier result. Prints documents, words, seconds, words/second and peak
memory (resident set size of the process, which includes the spaCy model).

    .venv/bin/python benchmarks/extract_bench.py [--docs 200] [CORPUS_DIR]
    .venv/bin/python benchmarks/extract_bench.py --long 6     # one document: the corpus 6 times over

``--long K`` times one long document (the corpus joined K times) instead: a step whose cost grows
with the square of a document's length shows there long before it shows on short documents.
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from graph.model import EntityRef  # noqa: E402
from loaders.extract import extract  # noqa: E402
from loaders.extract.segment import nlp  # noqa: E402
from loaders.reader import from_text, read_file  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=ROOT / "data" / "corpus")
    ap.add_argument("--docs", type=int, default=200)
    ap.add_argument("--long", type=int, default=0, metavar="K", help="one document: the corpus joined K times")
    args = ap.parse_args(argv)
    base = [read_file(p) for p in sorted(args.corpus.glob("*.txt"))]
    if not base:
        print("no documents", file=sys.stderr)
        return 2
    t0 = time.perf_counter()
    nlp()
    load_s = time.perf_counter() - t0
    known: dict[str, EntityRef] = {}
    words = 0
    n = 0
    t0 = time.perf_counter()
    if args.long:
        doc = from_text("\n\n".join([d.text for d in base] * args.long), name="bench-long")
        extract(doc)
        words, n = doc.words, 1
    while not args.long and n < args.docs:
        for d in base:
            if n >= args.docs:
                break
            doc = from_text(d.text + f"\n\nThis copy is number {n} of the benchmark run.", name=f"bench-{n}")
            x = extract(doc, tuple(known.values()))
            for e in x.entities:
                if e.label != "Event":
                    known.setdefault(e.id, EntityRef(e.id, e.label, e.name, tuple(e.aliases)))
            words += doc.words
            n += 1
    secs = time.perf_counter() - t0
    peak_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"model load        {load_s:8.2f} s")
    print(f"documents         {n:8d}")
    print(f"words             {words:8d}")
    print(f"seconds           {secs:8.2f}")
    print(f"words/second      {words / secs:8.0f}")
    print(f"docs/second       {n / secs:8.2f}")
    print(f"peak RSS          {peak_kib / 1024:8.1f} MiB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
