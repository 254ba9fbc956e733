"""Read source files into :class:`graph.model.DocumentRecord`.

Strict on input: a file that is empty, binary, not UTF-8 (or UTF-16 with a
BOM) or larger than ``MAX_BYTES`` raises :class:`UnreadableDocument` naming
the file, so that the pipeline can skip it and load the rest.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.model import DocumentRecord, slug
from loaders.errors import UnreadableDocument

MAX_BYTES = 5 * 1024 * 1024  # a 5 MiB plain-text report is ~800k words: beyond that, split it
SUFFIXES = (".txt",)


def document_id(sha256: str) -> str:
    """Documents are identified by content: the same text under another name is the same document."""
    return f"document:{sha256[:16]}"


def decode(data: bytes, name: str) -> str:
    if not data.strip():
        raise UnreadableDocument(name, "empty file")
    if len(data) > MAX_BYTES:
        raise UnreadableDocument(name, f"too large ({len(data):,} bytes; limit {MAX_BYTES:,})")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UnreadableDocument(name, f"invalid UTF-16: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        raise UnreadableDocument(name, "binary content (NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise UnreadableDocument(
            name, f"not UTF-8 (byte {exc.start}: {exc.reason}); convert it, e.g. iconv -t UTF-8"
        ) from None
    # Control characters other than whitespace mean this is not prose.
    bad = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t\f")
    if bad > 8:
        raise UnreadableDocument(name, "binary content (control characters), not a text document")
    return text


def from_text(text: str, *, title: str = "", source: str = "", path: str = "",
              published_at: str | None = None, name: str = "document") -> DocumentRecord:
    """A document given as text (API ingestion); validated like a file."""
    text = decode(text.encode("utf-8"), name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not title:
        title = next((line.strip() for line in text.splitlines() if line.strip()), name)[:200]
    return DocumentRecord(id=document_id(digest), title=title, text=text, sha256=digest,
                          source=source, path=path, published_at=published_at)


def read_file(path: Path) -> DocumentRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(str(path), exc.strerror or str(exc)) from None
    text = decode(data, str(path))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = next((line.strip() for line in text.splitlines() if line.strip()), path.stem)[:200]
    return DocumentRecord(id=document_id(digest), title=title, text=text, sha256=digest,
                          source=path.name, path=str(path))


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and ``.txt`` files under folders named (recursively, sorted)."""
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


__all__ = ["MAX_BYTES", "decode", "document_id", "expand", "from_text", "read_file", "slug"]
