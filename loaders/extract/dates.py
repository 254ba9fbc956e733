"""Dates in a sentence, resolved to ISO strings (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

A month or day without a year ("in March", "on 7 November") takes the
document's year: its publication date when the document gives one, else the
latest year the text reports in the past tense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "january",
            "february",
            "march",
            "april",
            "may",
            "june",
            "july",
            "august",
            "september",
            "october",
            "november",
            "december",
        ],
        1,
    )
}
_M = r"(?P<mon>January|February|March|April|May|June|July|August|September|October|November|December)"

_PATTERNS = [
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_M}\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}}),?\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?:mid-|early\s+|late\s+)?{_M}\s+(?:of\s+)?(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_M}\b"),
    re.compile(rf"\b{_M}\s+(?P<day>\d{{1,2}})\b(?!\s*(?:per|%|people|protesters))"),
    re.compile(
        r"\b(?:mid-|early\s+|late\s+)?(?P<year>(?:19|20)\d\d)(?:[–-]\d\d)?\b(?!\s*(?:Winter|Summer|World)\b)"
    ),
    re.compile(
        rf"(?:\b(?i:in|since|of|during|until|by|from|between|and|or)\s+(?:early\s+|late\s+|mid-)?){_M}\b"
    ),
]


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets relative to the text searched
    end: int
    iso: str
    precision: str  # day / month / year


def find_dates(text: str, doc_year: int | None) -> list[DateMention]:
    out: list[DateMention] = []
    for pat in _PATTERNS:
        for m in pat.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in out):
                continue
            g = m.groupdict()
            year = int(g["year"]) if g.get("year") else doc_year
            if year is None:
                continue
            mon = MONTHS[g["mon"].lower()] if g.get("mon") else None
            day = int(g["day"]) if g.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            if mon and day:
                out.append(DateMention(m.start(), m.end(), f"{year:04d}-{mon:02d}-{day:02d}", "day"))
            elif mon:
                out.append(DateMention(m.start(), m.end(), f"{year:04d}-{mon:02d}", "month"))
            else:
                out.append(DateMention(m.start(), m.end(), f"{year:04d}", "year"))
    return sorted(out, key=lambda d: d.start)


_FUTURE = re.compile(r"\b(?:will|due|next|upcoming|until|plans?|by)\b[^.]{0,30}$", re.I)


def document_year(text: str, published_at: str | None) -> int | None:
    """The year the document speaks from (see module docstring)."""
    if published_at and re.match(r"\d{4}", published_at):
        return int(published_at[:4])
    years = []
    for m in re.finditer(r"\b((?:19|20)\d\d)\b(?!\s*(?:Winter|Summer|World|Olympics|Games))", text):
        if _FUTURE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        years.append(int(m.group(1)))
    return max(years) if years else None
