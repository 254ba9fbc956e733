"""Read source files into :class:`graph.model.DocumentRecord`.

Strict on input: a file that is empty, binary, not UTF-8 (or UTF-16 with a
BOM) or larger than ``MAX_BYTES`` raises :class:`UnreadableDocument` naming
the file, so that the pipeline can skip it and load the rest.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from graph.model import DocumentRecord, slug
from loaders.errors import UnreadableDocument
from loaders.extract.clean import is_furniture

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


# lines at the top of a page that are not its title: a byline, a bare date or "Published ...",
# a link, an agency line ("FORUM 18 NEWS SERVICE, Oslo, Norway")
_NOT_TITLE = re.compile(
    r"^(?:by\s+[A-Z]|(?:published|posted|updated|date|dated|last\s+modified)\b|https?://|www\.|"
    r"[\w ,.:/-]{0,30}\b(?:19|20)\d\d\b[\w ,.:/-]{0,15}$|"
    r"(?-i:(?:[A-Z0-9&]{2,}\s+){1,5}[A-Z0-9&]{2,},))",
    re.I,
)
_TITLE_LINES = 8  # a headline is among the first lines of a page, or there is none
_TITLE_CHARS = 160
_MINOR = {"a", "an", "and", "as", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"}


def _navigation(line: str) -> bool:
    """A navigation bar or breadcrumb ("Home > News > ...", "Site | Section | Page"); one " | "
    separating title-cased cells is a site name ("United Nations Human Rights | Office of the High
    Commissioner"), while "Opinion | Central Asia's reformers still jail their critics" is a headline."""
    if line.count(" > ") >= 2 or line.count(" | ") >= 2:
        return True
    if " | " in line:
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in _MINOR]
        return all(w[0].isupper() for w in words)
    return False


def document_title(text: str, fallback: str) -> str:
    """The document's headline: the first of its top lines that reads like one (4-30 words, not
    ending a sentence with a full stop, not page furniture, navigation, a byline or a date), with
    a wrapped continuation line joined. A text that opens with prose gets its first line cut at a
    word boundary; an empty one, ``fallback``."""
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()][:_TITLE_LINES]
    kept = [
        (i, ln)
        for i, ln in enumerate(lines)
        if not is_furniture(ln) and not _NOT_TITLE.match(ln) and not _navigation(ln) and len(ln.split()) > 1
    ]
    for i, ln in kept:
        if i + 1 < len(lines) and lines[i + 1][:1].islower() and len(lines[i + 1].split()) <= 8:
            ln = f"{ln} {lines[i + 1]}"  # a headline wrapped onto a second line
        words = len(ln.split())
        if 4 <= words <= 30 and not ln.endswith(".") and len(ln) <= _TITLE_CHARS:
            return ln
    first = kept[0][1] if kept else lines[0] if lines else fallback
    if len(first) <= _TITLE_CHARS:
        return first
    cut = first[:_TITLE_CHARS].rsplit(" ", 1)[0].rstrip(" ,;:–-")
    return cut + "…"


def from_text(
    text: str,
    *,
    title: str = "",
    source: str = "",
    path: str = "",
    published_at: str | None = None,
    name: str = "document",
) -> DocumentRecord:
    """A document given as text (API ingestion); validated like a file."""
    text = decode(text.encode("utf-8"), name)
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    if not title:
        title = document_title(text, name)
    return DocumentRecord(
        id=document_id(digest),
        title=title,
        text=text,
        sha256=digest,
        source=source,
        path=path,
        published_at=published_at,
    )


def read_file(path: Path) -> DocumentRecord:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(str(path), exc.strerror or str(exc)) from None
    text = decode(data, str(path))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    title = document_title(text, path.stem)
    return DocumentRecord(
        id=document_id(digest), title=title, text=text, sha256=digest, source=path.name, path=str(path)
    )


def expand(paths: Iterable[Path]) -> Iterator[Path]:
    """Files named, and ``.txt`` files under folders named (recursively, sorted)."""
    for p in paths:
        if p.is_dir():
            yield from sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES)
        else:
            yield p


__all__ = ["MAX_BYTES", "decode", "document_id", "document_title", "expand", "from_text", "read_file", "slug"]
