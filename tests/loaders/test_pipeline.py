"""The loading pipeline against the real Neo4j: idempotent, robust to bad files."""

from __future__ import annotations

from pathlib import Path

import pytest

from graph.db import Database
from graph.repository import Repository
from loaders.pipeline import ingest, load_paths
from loaders.reader import MAX_BYTES
from tests.conftest import CORPUS

pytestmark = pytest.mark.neo4j


def test_loading_the_corpus_twice_leaves_every_count_unchanged(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    first = load_paths(repo, [CORPUS])
    assert len(first.loaded) == 5 and not first.skipped
    counts = repo.counts()
    assert counts["Document"] == 5 and counts["Person"] > 0 and counts["VIOLATES"] > 0
    second = load_paths(repo, [CORPUS])
    assert len(second.unchanged) == 5 and not second.loaded
    assert repo.counts() == counts
    # Re-extracting (--force) rewrites every document and still changes nothing.
    third = load_paths(repo, [CORPUS], force=True)
    assert len(third.loaded) == 5
    assert repo.counts() == counts


def test_bad_files_are_skipped_by_name_and_the_rest_load(scratch_db: Database, tmp_path: Path) -> None:
    repo = Repository(scratch_db)
    load_paths(repo, [CORPUS / "004_fe495d254833556e.txt"])
    before = repo.counts()
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "empty.txt").write_text("")
    (folder / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 10)
    (folder / "latin1.txt").write_bytes("Déclaration sur la liberté de réunion".encode("latin-1"))
    (folder / "huge.txt").write_bytes(b"word " * (MAX_BYTES // 5 + 10))
    good = (CORPUS / "000_bab94d80fd699cf5.txt").read_text(encoding="utf-8")
    (folder / "good.txt").write_text(good, encoding="utf-8")
    report = load_paths(repo, [folder])
    skipped = dict((Path(n).name, reason) for n, reason in report.skipped)
    assert set(skipped) == {"empty.txt", "binary.txt", "latin1.txt", "huge.txt"}
    assert "empty" in skipped["empty.txt"]
    assert "binary" in skipped["binary.txt"]
    assert "UTF-8" in skipped["latin1.txt"]
    assert "too large" in skipped["huge.txt"]
    assert [Path(n).name for n in report.loaded] == ["good.txt"]
    after = repo.counts()
    assert after["Document"] == before["Document"] + 1
    assert all(after[k] >= v for k, v in before.items())  # nothing already stored is lost


def test_ingest_text_is_idempotent(scratch_db: Database) -> None:
    repo = Repository(scratch_db)
    text = (CORPUS / "004_fe495d254833556e.txt").read_text(encoding="utf-8")
    first = ingest(repo, text, title="HRW on the UPR", source="hrw")
    counts = repo.counts()
    second = ingest(repo, text, title="HRW on the UPR", source="hrw")
    assert first.document_id == second.document_id
    assert repo.counts() == counts


def test_a_document_over_its_time_limit_is_skipped_and_nothing_stored_is_lost(
    scratch_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = Repository(scratch_db)
    load_paths(repo, [CORPUS / "004_fe495d254833556e.txt"])
    before = repo.counts()
    monkeypatch.setenv("EXTRACT_TIMEOUT", "0.01")  # far below what any document needs
    report = load_paths(repo, [CORPUS / "001_979f015643608c17.txt", CORPUS / "004_fe495d254833556e.txt"], force=True)
    assert not report.loaded
    reasons = dict(report.skipped)
    assert len(reasons) == 2 and all("did not finish within" in r for r in reasons.values())
    assert repo.counts() == before
    monkeypatch.setenv("EXTRACT_TIMEOUT", "60")
    assert len(load_paths(repo, [CORPUS / "001_979f015643608c17.txt"]).loaded) == 1
