"""The loading pipeline: read -> extract (clean, segment, recognize, resolve) -> write.

:func:`ingest` is the one entry point other layers call (the API's
``ingestDocument`` mutation); :func:`load_paths` is the CLI's batch load.
Only the writer (``graph.repository``) touches the database.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from graph import translit
from graph.errors import GraphError
from graph.model import DocumentRecord, Extraction
from graph.repository import Repository
from loaders.errors import ExtractionError, UnreadableDocument
from loaders.extract import KnownLookup, extract
from loaders.reader import expand, from_text, read_file
from loaders.settings import extract_timeout
from loaders.worker import default_worker


def _extractor_version() -> str:
    """A digest of the extractor's code and reference data.

    Stored on each Document: a document whose content and extractor are both
    unchanged is skipped on reload, and any change to the extraction rules
    makes the next load re-extract (and replace) what it wrote before.
    """
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    files = [Path(translit.__file__)]  # ids are made from its folding
    for folder in (root / "extract", root / "reference"):
        files += sorted(f for f in folder.rglob("*") if f.is_file() and f.suffix in {".py", ".yaml", ".json"})
    for f in files:
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"rightsgraph-extract/{h.hexdigest()[:12]}"


EXTRACTOR_VERSION = _extractor_version()


@dataclass
class LoadReport:
    loaded: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, reason)
    nodes: int = 0
    relationships: int = 0
    words: int = 0
    seconds: float = 0.0


@dataclass(frozen=True)
class IngestResult:
    document_id: str
    extraction: Extraction
    written: dict[str, int]


Progress = Callable[[str], None]  # called with each file's name once it is done


def _extract(doc: DocumentRecord, known: KnownLookup) -> Extraction:
    """Extract in the worker process within the document's time limit (``EXTRACT_TIMEOUT``), or
    in this process when the limit is off. Either way an extractor failure is an ExtractionError
    naming the file, so a batch reports it and goes on."""
    seconds = extract_timeout(doc.words)
    if seconds is not None:
        return default_worker().extract(doc, known, seconds)
    try:
        return extract(doc, known)
    except Exception as exc:  # the extractor's bug must not take down a batch: report the file
        raise ExtractionError(f"{doc.source or doc.id}: extraction failed: {exc!r}") from exc


def ingest(repo: Repository, text: str, *, title: str = "", source: str = "",
           published_at: str | None = None) -> IngestResult:
    """Read, extract and write one document given as text. Raises LoaderError / GraphError."""
    doc = from_text(text, title=title, source=source, published_at=published_at, name=title or "document")
    repo.setup()
    ex = _extract(doc, repo.known_entities)
    written = repo.write(ex, EXTRACTOR_VERSION)
    return IngestResult(doc.id, ex, written)


def load_paths(repo: Repository, paths: Iterable[Path], *, reset: bool = False, force: bool = False,
               progress: Progress | None = None) -> LoadReport:
    """Load files (folders recurse into *.txt); unreadable files are reported and skipped."""
    started = time.perf_counter()
    report = LoadReport()
    files = list(expand(paths))
    repo.setup()
    if reset:
        repo.reset()
    for path in files:
        name = str(path)
        try:
            doc = read_file(path)
            if not force and repo.loaded_with(doc.sha256) == EXTRACTOR_VERSION:
                report.unchanged.append(name)
                continue
            # entities already in the graph (earlier files included) are looked up by name
            ex = _extract(doc, repo.known_entities)
            written = repo.write(ex, EXTRACTOR_VERSION)
        except (UnreadableDocument, ExtractionError) as exc:
            report.skipped.append((name, str(getattr(exc, "reason", exc))))
        except GraphError:
            raise  # the database is gone: stop, what was written stays written
        else:
            report.loaded.append(name)
            report.nodes += written["nodes"]
            report.relationships += written["relationships"]
            report.words += doc.words
        finally:
            if progress:
                progress(name)
    report.seconds = time.perf_counter() - started
    return report
