"""`rightsgraph eval`: gold documents loaded into an emptied database and scored."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from graph.db import Database
from loaders.cli import evaluate
from tests.conftest import CORPUS, EVAL

pytestmark = pytest.mark.neo4j


def test_evaluate_scores_the_documents_named_by_gold(scratch_db: Database, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    shutil.copy(EVAL / "gold" / "004_fe495d254833556e.json", gold)
    result = evaluate(scratch_db, gold, CORPUS, tmp_path / "export.jsonl")
    docs = scratch_db.read("MATCH (d:Document) RETURN d.source AS source")
    assert docs == [{"source": "004_fe495d254833556e.txt"}]
    figures = result["figures"]
    assert figures["recall.people"] is not None and figures["recall.people"] > 0.5
    assert (tmp_path / "export.jsonl").stat().st_size > 0


def test_evaluate_names_missing_documents(scratch_db: Database, tmp_path: Path) -> None:
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "x.json").write_text('{"document": "not-there.txt"}')
    with pytest.raises(FileNotFoundError, match=r"not-there\.txt"):
        evaluate(scratch_db, gold, CORPUS, tmp_path / "export.jsonl")
