"""Extraction in the worker process: same result as in-process, lookups answered by the
parent, a time limit that stops a runaway document, and failures named by file."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from graph.model import DocumentRecord, EntityRef, Extraction
from loaders.errors import ExtractionError, ExtractionTimeout
from loaders.extract import extract
from loaders.settings import extract_timeout
from loaders.worker import ExtractionWorker
from tests.loaders.conftest import doc
from tests.loaders.test_known_lookup import phrase_lookup

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def worker() -> Iterator[ExtractionWorker]:
    w = ExtractionWorker()
    yield w
    w.close()


def _shape(ex: Extraction) -> tuple[list[tuple[str, str, str]], list[tuple[str, str, str, int]]]:
    ents = sorted((e.id, e.label, e.name) for e in ex.entities)
    rels = sorted((r.type, r.start_id, r.end_id, len(r.evidence)) for r in ex.relations)
    return ents, rels


def test_the_worker_extracts_what_the_process_would(
    worker: ExtractionWorker, corpus_docs: list[DocumentRecord]
) -> None:
    d = corpus_docs[4]
    here = extract(d)
    there = worker.extract(d, (), seconds=120)
    assert _shape(there) == _shape(here)
    assert there.entities and there.relations


def test_lookups_of_known_entities_are_answered_by_the_parent(
    worker: ExtractionWorker, corpus_docs: list[DocumentRecord]
) -> None:
    earlier = extract(corpus_docs[1])  # Tokayev, Nazarbayev, Maks Bokayev
    refs = [EntityRef(e.id, e.label, e.name, tuple(e.aliases)) for e in earlier.entities]
    asked_here: list[list[str]] = []
    asked_there: list[list[str]] = []
    here = extract(corpus_docs[4], phrase_lookup(refs, asked_here))
    there = worker.extract(corpus_docs[4], phrase_lookup(refs, asked_there), seconds=120)
    assert asked_there == asked_here and any("tokaev" in keys for keys in asked_there)
    assert _shape(there) == _shape(here)
    # the variant spelling of the later document resolved to the earlier document's node
    tokayev = next(e.id for e in earlier.entities if e.name.endswith("Tokayev"))
    assert tokayev in {e.id for e in there.entities}


def test_a_document_over_its_limit_is_stopped_and_the_next_one_gets_a_fresh_worker(
    worker: ExtractionWorker, corpus_docs: list[DocumentRecord]
) -> None:
    worker.extract(doc("Amnesty International criticized the verdict."), (), seconds=120)
    first = worker.pid
    with pytest.raises(ExtractionTimeout, match="did not finish within"):
        worker.extract(corpus_docs[1], (), seconds=0.05)
    assert worker.pid is None  # killed, not left running
    ex = worker.extract(doc("Amnesty International criticized the verdict."), (), seconds=120)
    assert ex.entities and worker.pid not in (None, first)


def test_an_extractor_failure_names_the_document_and_the_worker_goes_on(worker: ExtractionWorker) -> None:
    broken = doc("A text.", source="broken.txt")
    object.__setattr__(broken, "text", None)  # the extractor cannot read it
    with pytest.raises(ExtractionError, match=r"broken\.txt: extraction failed"):
        worker.extract(broken, (), seconds=120)
    assert worker.extract(doc("Human Rights Watch said so."), (), seconds=120).entities


def test_a_failing_lookup_propagates_and_retires_the_child(worker: ExtractionWorker) -> None:
    def lookup(keys: list[str]) -> Sequence[EntityRef]:
        raise ConnectionError("database gone")

    with pytest.raises(ConnectionError):
        worker.extract(doc("Sadykov was detained in Almaty."), lookup, seconds=120)
    assert worker.pid is None


def test_the_limit_scales_with_length_and_zero_turns_it_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("EXTRACT_TIMEOUT", "60")
    assert extract_timeout(800) == 60
    assert extract_timeout(50_000) == 300
    monkeypatch.setenv("EXTRACT_TIMEOUT", "0")
    assert extract_timeout(800) is None
    monkeypatch.setenv("EXTRACT_TIMEOUT", "soon")
    with pytest.raises(ValueError, match="EXTRACT_TIMEOUT"):
        extract_timeout(800)


def test_a_script_without_a_main_guard_runs_once(tmp_path: Path) -> None:
    """The child is a fresh interpreter: a caller's script is not re-run in it (multiprocessing's
    "spawn" would re-run a script that loads documents at its top level)."""
    runs = tmp_path / "runs.txt"
    script = tmp_path / "load.py"
    script.write_text(
        "from loaders.reader import from_text\n"
        "from loaders.worker import ExtractionWorker\n"
        f"open({str(runs)!r}, 'a').write('ran\\n')\n"
        "ex = ExtractionWorker().extract(from_text('Amnesty International criticized the verdict.'), (), 120)\n"
        "print(len(ex.entities))\n"
    )
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.returncode == 0, done.stderr
    assert int(done.stdout.strip()) >= 1
    assert runs.read_text() == "ran\n"
