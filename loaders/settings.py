"""Settings of the loaders layer, read from the environment when a load starts.

Declared like :data:`graph.settings.GRAPH_SETTINGS` (the README's configuration table is
checked against every list of settings by a test).
"""

from __future__ import annotations

import os

from graph.settings import Setting

LOADER_SETTINGS: tuple[Setting, ...] = (
    Setting(
        "EXTRACT_TIMEOUT",
        "60",
        "Time limit of extracting one document, in seconds per 10,000 words (never less than this). "
        "Extraction runs in a worker process that is stopped at the limit, so a document that makes a "
        "rule loop is reported and skipped instead of stalling the load. 0: extract in-process, no limit.",
    ),
)


def _env(name: str) -> str:
    for s in LOADER_SETTINGS:
        if s.env == name:
            return os.environ.get(name, s.default)
    raise KeyError(name)


def extract_timeout(words: int) -> float | None:
    """The time limit for a document of ``words`` words; None: no limit (in-process extraction).

    The default (60 s per 10,000 words) is about 150 times the measured pace (2,600 words/s on
    2 cores, ``benchmarks/extract_bench.py``): only a runaway rule reaches it."""
    raw = _env("EXTRACT_TIMEOUT")
    try:
        per = float(raw)
    except ValueError as exc:
        raise ValueError(f"EXTRACT_TIMEOUT must be a number of seconds, not {raw!r}") from exc
    if per <= 0:
        return None
    return per * max(1.0, words / 10_000)
