#!/bin/bash
# Score the extractor offline on several evaluation sets and print one table.
#   scripts/score_sets.sh [SET...]    (default: every development set; "gold" = default corpus)
# Run from a checkout (or worktree); uses that checkout's code and .venv.
set -euo pipefail
cd "$(dirname "$0")/.."
sets=${*:-"gold heldout blind blind2 dev3 blind3 blind4"}
tmp=$(mktemp -d)
for s in $sets; do
  if [ "$s" = gold ]; then a=(--gold tests/eval/gold); else a=(--corpus "tests/eval/$s/corpus" --gold "tests/eval/$s/gold"); fi
  .venv/bin/python scripts/score_offline.py "${a[@]}" --json > "$tmp/$s.json" 2>/dev/null
done
.venv/bin/python - "$tmp" $sets <<'PY'
import json, sys
tmp, sets = sys.argv[1], sys.argv[2:]
d = {s: json.load(open(f"{tmp}/{s}.json"))["figures"] for s in sets}
keys = sorted(d[sets[0]])
print("%-30s" % "figure" + "".join("%9s" % s for s in sets))
for k in keys:
    print("%-30s" % k + "".join("%9.3f" % d[s].get(k, float("nan")) for s in sets))
PY
rm -rf "$tmp"
