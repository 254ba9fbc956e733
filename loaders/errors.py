"""Exceptions of the loaders layer.

    LoaderError              root of everything ``loaders`` raises
    ├── UnreadableDocument   empty, binary, undecodable or oversized input (file named)
    └── ExtractionError      the extractor failed on a document
        └── ExtractionTimeout    ... or did not finish within its time limit
"""

from __future__ import annotations


class LoaderError(Exception):
    """Root of the loaders layer's exceptions."""


class UnreadableDocument(LoaderError):
    """A document that cannot be read as text; the message names it and says why."""

    def __init__(self, name: str, reason: str) -> None:
        super().__init__(f"{name}: {reason}")
        self.name = name
        self.reason = reason


class ExtractionError(LoaderError):
    """The extractor failed on a document."""


class ExtractionTimeout(ExtractionError):
    """Extracting a document took longer than its limit (``EXTRACT_TIMEOUT``); it was stopped."""
