"""Extraction quality on the default corpus, measured by the shared scorer (issue 3's bars).

The scorer (tests/eval/score_graph.py) and the gold annotations (tests/eval/gold/) are
copies of ../shared/eval and ../shared/gold. The graph scored is the one the suite
loaded through the real pipeline into the real Neo4j, exported as JSON lines.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from graph.db import Database
from graph.export import write_jsonl
from loaders.cli import load_scorer
from tests.conftest import EVAL

pytestmark = pytest.mark.neo4j

# figure -> (bar, direction): at least the bar, or at most it.
BARS: dict[str, tuple[float, str]] = {
    "recall.people": (0.95, ">="),
    "recall.organizations": (0.90, ">="),
    "recall.laws": (0.85, ">="),
    "recall.locations": (0.85, ">="),
    "recall.events": (0.75, ">="),
    "precision.people": (0.90, ">="),
    "precision.organizations": (0.85, ">="),
    "precision.laws": (0.85, ">="),
    "fragmentation.people": (0.03, "<="),
    "fragmentation.organizations": (0.03, "<="),
    "overmerge.people": (0.02, "<="),
    "overmerge.organizations": (0.02, "<="),
    "violation.recall": (0.95, ">="),
    "violation.subject": (0.80, ">="),
    "relation.recall": (0.75, ">="),
    "event.dated": (0.80, ">="),
}


@pytest.fixture(scope="module")
def figures(corpus_db: Database, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    export = tmp_path_factory.mktemp("eval") / "export.jsonl"
    with export.open("w", encoding="utf-8") as f:
        write_jsonl(corpus_db, f)
    scorer = load_scorer()
    golds = [json.loads(p.read_text(encoding="utf-8")) for p in sorted((EVAL / "gold").glob("*.json"))]
    result: dict[str, Any] = scorer.score(scorer.Graph(Path(export)), golds)
    print(json.dumps(result["figures"], indent=1, sort_keys=True))
    return result["figures"]


@pytest.mark.parametrize("figure", sorted(BARS))
def test_figure_meets_its_bar(figures: dict[str, Any], figure: str) -> None:
    bar, direction = BARS[figure]
    value = figures[figure]
    assert value is not None, f"{figure}: nothing to measure"
    if direction == ">=":
        assert value >= bar, f"{figure} = {value:.3f} < {bar}"
    else:
        assert value <= bar, f"{figure} = {value:.3f} > {bar}"


def test_scorer_copy_is_the_shared_one() -> None:
    shared = EVAL.parent.parent.parent / "shared" / "eval" / "score_graph.py"
    if not shared.exists():
        pytest.skip("../shared is not beside this checkout")
    assert shared.read_text() == (EVAL / "score_graph.py").read_text()
