"""Extraction in a worker process, with a time limit per document.

The extractor is a few thousand lines of rules over a parse; a rule that loops on some unseen
sentence (one did, see tests/loaders/test_relations_termination.py) must not stall a batch load
or an API request forever. A Python thread cannot be stopped, so extraction runs in one
long-lived child process: the parent sends it a document, answers its lookups of entities already in
the graph (the database connection stays in the parent), and waits at most the document's time
limit. At the limit the child is killed, :class:`ExtractionTimeout` is raised for that document,
and the next document starts a fresh child. The child loads the spaCy model once and serves
documents until the parent goes away.

The child is a fresh interpreter (``python -m loaders.worker FD``) rather than a
:mod:`multiprocessing` process: "spawn" would re-run the caller's main script in the child (a
script that loads documents at its top level would load them again), and "fork" is unsafe beside
the database driver's and the server's threads.

Messages (pickled tuples over a socket pair, :class:`multiprocessing.connection.Connection`):

    parent -> child   ("extract", DocumentRecord, known list | None)
    child -> parent   ("lookup", keys)        parent -> child  ("known", [EntityRef, ...])
    child -> parent   ("done", Extraction) | ("error", message)
"""

from __future__ import annotations

import atexit
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Sequence
from multiprocessing.connection import Connection
from pathlib import Path

from graph.model import DocumentRecord, EntityRef, Extraction
from loaders.errors import ExtractionError, ExtractionTimeout
from loaders.extract import KnownLookup

_ROOT = Path(__file__).resolve().parent.parent  # the checkout whose code the child must run


def _serve(conn: Connection) -> None:
    """The child's loop: extract each document it is sent, asking the parent for known entities."""
    from loaders.extract import extract  # imported here: only the child loads spaCy

    def lookup(keys: list[str]) -> Sequence[EntityRef]:
        conn.send(("lookup", list(keys)))
        kind, refs = conn.recv()
        assert kind == "known", kind
        result: Sequence[EntityRef] = refs
        return result

    while True:
        try:
            _kind, doc, known = conn.recv()
        except (EOFError, OSError):  # the parent is gone
            return
        try:
            ex = extract(doc, known if known is not None else lookup)
        except Exception as exc:  # reported to the parent, which names the document
            conn.send(("error", repr(exc)))
        else:
            conn.send(("done", ex))


class ExtractionWorker:
    """One child process that extracts documents, one at a time (callers from several threads
    wait their turn: extraction is CPU-bound, and the machine has few cores)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._proc: subprocess.Popen[bytes] | None = None
        self._conn: Connection | None = None

    def _start(self) -> Connection:
        if self._proc is not None and self._proc.poll() is None and self._conn is not None:
            return self._conn
        self._stop()
        ours, theirs = socket.socketpair()
        env = dict(os.environ)
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(_ROOT), env.get("PYTHONPATH", "")) if p)
        self._proc = subprocess.Popen(
            [sys.executable, "-m", "loaders.worker", str(theirs.fileno())],
            pass_fds=(theirs.fileno(),),
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=_ROOT,
        )
        theirs.close()
        self._conn = Connection(ours.detach())
        return self._conn

    def _stop(self) -> None:
        if self._conn is not None:
            self._conn.close()
        if self._proc is not None:
            if self._proc.poll() is None:
                self._proc.kill()
            self._proc.wait(timeout=5)
        self._proc = self._conn = None

    def close(self) -> None:
        with self._lock:
            self._stop()

    @property
    def pid(self) -> int | None:
        """The child's process id (None before the first document): a test checks restarts."""
        return self._proc.pid if self._proc is not None and self._proc.poll() is None else None

    def extract(self, doc: DocumentRecord, known: Sequence[EntityRef] | KnownLookup, seconds: float) -> Extraction:
        """Extract ``doc`` in the child within ``seconds``; raises ExtractionTimeout at the limit,
        ExtractionError when the extractor fails or the child dies, and whatever ``known`` raises
        (the database's errors) as it is."""
        name = doc.source or doc.title or doc.id
        with self._lock:
            conn = self._start()
            deadline = time.monotonic() + seconds
            try:
                conn.send(("extract", doc, None if callable(known) else list(known)))
                while True:
                    left = deadline - time.monotonic()
                    if left <= 0 or not conn.poll(left):
                        self._stop()
                        raise ExtractionTimeout(
                            f"{name}: extraction did not finish within {seconds:.0f} s and was stopped "
                            "(EXTRACT_TIMEOUT); the document was not stored"
                        )
                    kind, payload = conn.recv()
                    if kind == "lookup":
                        assert callable(known)
                        refs = _answer(known, payload)
                        conn.send(("known", refs))
                    elif kind == "done":
                        result: Extraction = payload
                        return result
                    else:
                        raise ExtractionError(f"{name}: extraction failed: {payload}")
            except (EOFError, OSError) as exc:  # the pipe broke: the child died (out of memory, killed)
                self._stop()
                raise ExtractionError(f"{name}: the extraction worker died ({exc!r})") from exc
            except ExtractionError:
                raise
            except _LookupFailed as failed:
                self._stop()
                raise failed.exc from None
            except BaseException:
                # the lookup failed (database gone) or the caller was interrupted: the child may be
                # half-way through a conversation, so it is not reused
                self._stop()
                raise


class _LookupFailed(Exception):
    """Carries an exception of the parent's lookup past the handler of pipe errors (a database's
    connection errors are OSErrors too)."""

    def __init__(self, exc: BaseException) -> None:
        super().__init__(repr(exc))
        self.exc = exc


def _answer(known: KnownLookup, keys: list[str]) -> list[EntityRef]:
    try:
        return list(known(keys))
    except Exception as exc:
        raise _LookupFailed(exc) from exc


_default: ExtractionWorker | None = None
_default_lock = threading.Lock()


def default_worker() -> ExtractionWorker:
    """The process's shared worker (started on first use, stopped at exit)."""
    global _default
    with _default_lock:
        if _default is None:
            _default = ExtractionWorker()
            atexit.register(_default.close)
        return _default


__all__ = ["ExtractionWorker", "default_worker"]

if __name__ == "__main__":  # the child: python -m loaders.worker FD
    _serve(Connection(int(sys.argv[1])))
