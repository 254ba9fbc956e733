"""Dates in a sentence, resolved to ISO strings (``YYYY-MM-DD``, ``YYYY-MM`` or ``YYYY``).

A month or day without a year ("in March", "on 7 November") takes, in order:
the year written earlier in the same sentence ("in 2022 ... in October of that
year"), the year given to the same month in the context (the paragraph before:
"in July 2022 ... on 1 and 2 July"), else the document's year. The document's
date comes from its publication date, a dateline ("Bishkek, 12 February 2024",
"Published: 3 May 2021") or "said today 4 November"; its year otherwise from
"two years ago, in July 2022" or the latest year the text reports in the past
tense.

Relative dates are resolved against the document's date when the document gives
one: weekdays ("on Tuesday", "last Tuesday": the latest such day before the
document's date), "today", "yesterday", "this/last/next year", "this/last
month", "N years ago". A range ("from 20 November to 1 December 2023",
"1 and 2 July", "20 November – 1 December 2023") is one date: its start, with
the year of its end.
"""

from __future__ import annotations

import datetime as _dt
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
WEEKDAYS = {d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
_MON = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_M = rf"(?P<mon>{_MON})"
_Y = r"(?P<year>(?:19|20)\d\d)"
_D = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_TO = r"\s*(?:-|–|—|to|until|and|through)\s*"
_MA = r"(?P<abbr>Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_WD = r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = {
    "one": 1, "a": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

# (pattern, kind): kind "abs" has day/mon/year groups; the others are relative
_PATTERNS: list[tuple[re.Pattern[str], str]] = [
    # ranges first: the start of the range, with the end's month/year when the start lacks them
    (re.compile(rf"\b{_D}\s+{_M}{_TO}\d{{1,2}}\s+(?P<mon2>{_MON}),?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_D}{_TO}\d{{1,2}}\s+{_M},?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_M}\s+{_D}{_TO}(?:{_MON}\s+)?\d{{1,2}},?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_D}\s+(?:of\s+)?{_M},?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_M}\s+{_D},?\s+{_Y}\b"), "abs"),
    # abbreviated months of news style: "Jan. 5, 2027", "5 Sept 2026", "Feb. 2" (without a year only
    # with the abbreviation's full stop, so that "Mar 3" in a table or a name is not read)
    (re.compile(rf"\b{_MA}\.?\s+{_D},?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_D}\s+{_MA}\.?,?\s+{_Y}\b"), "abs"),
    (re.compile(rf"\b{_MA}\.\s+{_D}\b"), "abs"),
    # numeric dates: ISO "2025-03-12" and the region's day-first "12.03.2025"
    (re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d)\b"), "abs"),
    (re.compile(r"\b(?P<day>[0-3]\d)\.(?P<mnum>0[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d)\b"), "abs"),
    (re.compile(rf"\b(?:mid-|early\s+|late\s+)?{_M}\s+(?:of\s+)?{_Y}\b"), "abs"),
    (re.compile(rf"\b{_D}{_TO}\d{{1,2}}\s+{_M}\b"), "abs"),
    (re.compile(rf"\b{_D}\s+(?:of\s+)?{_M}\b"), "abs"),
    (re.compile(rf"\b{_M}\s+{_D}\b(?!\s*(?:per|%|people|protesters))"), "abs"),
    # (not a weekday used attributively: "a Sunday morning meeting", "every Friday")
    (
        re.compile(rf"(?<!\ba\s)(?<!\ban\s)(?<!\bevery\s)(?<!\beach\s)\b(?:(?P<last>last|this|past|next)\s+|on\s+)?{_WD}\b(?!\s*,?\s+\d)"),
        "weekday",
    ),
    (re.compile(r"\b(?i:(?P<rel>yesterday|today))\b"), "day"),
    (re.compile(r"\b(?P<n>\w+)\s+years?\s+ago\b", re.I), "ago"),
    # "two weeks ago", "three days ago", "last week", "earlier this week"
    (re.compile(r"\b(?P<n>\w+)\s+(?P<unit>days?|weeks?)\s+ago\b", re.I), "ago_short"),
    (re.compile(r"\b(?P<which>last|this|past)\s+week\b", re.I), "week"),
    (re.compile(r"\b(?P<which>this|last|past|next)\s+(?P<unit>year|month)\b(?!\s+of)", re.I), "this"),
    # "since last spring", "next autumn": the year of that season
    (re.compile(r"\b(?P<which>this|last|past|next)\s+(?P<season>spring|summer|autumn|fall|winter)\b", re.I), "season"),
    (
        re.compile(
            r"\b(?:mid-|early\s+|late\s+)?(?P<year>(?:19|20)\d\d)(?:[–-]\d\d)?\b(?!\s*(?:Winter|Summer|World)\b)"
        ),
        "abs",
    ),
    (
        re.compile(
            rf"(?:\b(?i:in|since|of|during|until|by|from|between|and|or|for|before|after)\s+(?:early\s+|late\s+|mid-)?)"
            rf"{_M}\b"
        ),
        "abs",
    ),
    # a month naming a happening: "the June presidential election", "the March protests"
    (
        re.compile(
            rf"\b(?i:the)\s+{_M}(?=\s+(?:[a-z-]+\s+){{0,2}}(?:elections?|vote|referendum|protests?|rall(?:y|ies)|"
            r"demonstrations?|strikes?|summit|session|talks|unrest|events|uprising|riots)\b)"
        ),
        "abs",
    ),
]


@dataclass(frozen=True)
class DateMention:
    start: int  # offsets relative to the text searched
    end: int
    iso: str
    precision: str  # day / month / year
    explicit_year: bool = True  # the year is written in the text (not taken from context)


@dataclass(frozen=True)
class DocDate:
    year: int
    month: int | None = None
    day: int | None = None

    def date(self) -> _dt.date | None:
        if self.month and self.day:
            try:
                return _dt.date(self.year, self.month, self.day)
            except ValueError:
                return None
        return None


def _iso(y: int, m: int | None = None, d: int | None = None) -> tuple[str, str]:
    if m and d:
        return f"{y:04d}-{m:02d}-{d:02d}", "day"
    if m:
        return f"{y:04d}-{m:02d}", "month"
    return f"{y:04d}", "year"


# the last month of each season (winter: the February that ends it)
_SEASON_END = {"spring": 5, "summer": 8, "autumn": 11, "fall": 11, "winter": 2}
# wording before a date that puts it ahead of the document's date: "scheduled for Thursday",
# "will appear in court on 20 January", "due on", "postponed until"
_AHEAD = re.compile(
    r"\b(?:will|shall|scheduled|due|set\s+for|expected|planned|postponed|adjourned|is\s+to|are\s+to|"
    r"upcoming|until|till)\b[^.;\"“”]{0,80}$",  # not from inside a quote before: '"We will ...," X said on 8 May'
    re.I,
)


def _season(g: dict[str, str | None], doc: DocDate) -> tuple[str, str] | None:
    """The year of "last spring", "this summer", "next winter" (a winter by the year it ends in)."""
    if doc.month is None:
        return None
    which, end = str(g["which"]).lower(), _SEASON_END[str(g["season"]).lower()]
    if which == "this":
        return _iso(doc.year)
    if which == "next":
        return _iso(doc.year if doc.month < end - 2 else doc.year + 1)
    return _iso(doc.year if doc.month > end else doc.year - 1)  # "last", "past": the latest one ended


def _relative(
    kind: str, g: dict[str, str | None], doc: DocDate | None, ahead: bool = False
) -> tuple[str, str] | None:
    """A relative date against the document's date; ``ahead``: the wording before it looks forward
    ("the next hearing is scheduled for Thursday")."""
    if doc is None:
        return None
    today = doc.date()
    if kind == "season":
        return _season(g, doc)
    if kind == "weekday":
        if today is None:
            return None
        wd = WEEKDAYS[str(g["wd"]).lower()]
        which = (g.get("last") or "").lower()
        if which == "next" or (ahead and which in ("", "on")):
            delta = (wd - today.weekday()) % 7 or 7
            d = today + _dt.timedelta(days=delta)
        else:  # "on Tuesday", "last Tuesday": the latest such day before the document's date
            delta = (today.weekday() - wd) % 7 or 7
            d = today - _dt.timedelta(days=delta)
        return _iso(d.year, d.month, d.day)
    if kind == "day":
        if today is None:
            return None
        d = today - _dt.timedelta(days=1 if str(g["rel"]).lower() == "yesterday" else 0)
        return _iso(d.year, d.month, d.day)
    if kind == "ago":
        n = str(g["n"]).lower()
        k = int(n) if n.isdigit() else _NUM.get(n)
        return _iso(doc.year - k) if k and k < 100 else None
    if kind in ("ago_short", "week"):
        if today is None:
            return None
        if kind == "week":
            days = 7 if str(g["which"]).lower() in ("last", "past") else 0
        else:
            n = str(g["n"]).lower()
            k = int(n) if n.isdigit() else _NUM.get(n)
            if not k or k > 60:
                return None
            days = k * (7 if str(g["unit"]).lower().startswith("week") else 1)
        d = today - _dt.timedelta(days=days)
        return _iso(d.year, d.month, d.day) if kind == "ago_short" and days < 7 else _iso(d.year, d.month)
    if kind == "this":
        which, unit = str(g["which"]).lower(), str(g["unit"]).lower()
        step = {"this": 0, "last": -1, "past": -1, "next": 1}[which]
        if unit == "year":
            return None if which == "past" else _iso(doc.year + step)
        if doc.month is None:
            return None
        m = doc.month + step
        y = doc.year + (m - 1) // 12
        return _iso(y, (m - 1) % 12 + 1)
    return None


def find_dates(
    text: str,
    doc_year: int | None,
    doc_date: DocDate | None = None,
    month_years: dict[int, int] | None = None,
) -> list[DateMention]:
    """Dates in ``text``. ``month_years``: the year the context gives each month
    ("in July 2022" earlier in the paragraph), for a month written without one."""
    out: list[DateMention] = []
    for pat, kind in _PATTERNS:
        for m in pat.finditer(text):
            if any(d.start < m.end() and m.start() < d.end for d in out):
                continue
            g = m.groupdict()
            # "until December 3": the preposition is inside the match of a month's pattern
            ahead = bool(_AHEAD.search(text, max(0, m.start() - 100), m.start())) or bool(
                re.match(r"(?i)(?:until|till)\s", m.group(0))
            )
            if kind != "abs":
                r = _relative(kind, g, doc_date, ahead)
                if r:
                    out.append(DateMention(m.start(), m.end(), r[0], r[1], True))
                continue
            mon = (
                MONTHS[g["mon"].lower()]
                if g.get("mon")
                else int(g["mnum"])
                if g.get("mnum")
                else _month(g["abbr"])
                if g.get("abbr")
                else None
            )
            explicit = bool(g.get("year"))
            if explicit:
                year: int | None = int(g["year"])
            else:
                # "in 2022 ... in October of that year": the year written before it in the sentence
                before = [d for d in out if d.explicit_year and d.end <= m.start()]
                if before:
                    year = int(max(before, key=lambda d: d.end).iso[:4])
                elif mon and month_years and mon in month_years:
                    year = month_years[mon]
                else:
                    year = doc_year
                    if year is not None and mon and doc_date is not None and doc_date.year == year:
                        year += _year_shift(doc_date, mon, int(g["day"]) if g.get("day") else None, ahead)
            if year is None:
                continue
            day = int(g["day"]) if g.get("day") else None
            if day is not None and not 1 <= day <= 31:
                continue
            iso, prec = _iso(year, mon, day)
            out.append(DateMention(m.start(), m.end(), iso, prec, explicit))
    return sorted(out, key=lambda d: d.start)


def _year_shift(doc: DocDate, mon: int, day: int | None, ahead: bool) -> int:
    """A month (and day) written without a year is the latest such one before the document's date
    ("detained on October 14" in a January report: last year's), or with wording that looks ahead the
    next one ("will appear in court on 20 January" in a December report): -1, 0 or +1."""
    if doc.month is None:
        return 0
    if not ahead and (mon > doc.month or (mon == doc.month and day and doc.day and day > doc.day)):
        return -1
    if ahead and (mon < doc.month or (mon == doc.month and day and doc.day and day < doc.day)):
        return 1
    return 0


_FUTURE = re.compile(r"\b(?:will|due|next|upcoming|until|plans?|by)\b[^.]{0,30}$", re.I)
_DMY = rf"(?:{_D}\s+{_M},?\s+{_Y})"
_MDY = rf"(?:{_M}\s+{_D},?\s+{_Y})"
# datelines may set the month in capitals ("BISHKEK / BRUSSELS, 2 SEPTEMBER 2025 –") or abbreviate
# it ("Jan 6, 2026", "Sept. 3, 2025")
_MON_ABBR = r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?"
_M_ANYCASE = rf"(?P<mon>(?i:{_MON}|{_MON_ABBR}))"
_DMY_LINE = _DMY.replace(_M, _M_ANYCASE)
_MDY_LINE = _MDY.replace(_M, _M_ANYCASE)
# a time of publication after the date: "March 20, 2025 14:05 GMT", "12 May 2024, 9:30 am"
_CLOCK = r"(?:,?[ \t]+\d{1,2}[:.]\d\d(?:[ \t]*[AaPp]\.?[Mm]\.?)?(?:[ \t]+[A-Z]{2,5}(?:[+-]\d{1,2})?)?)?"
# numeric dates of a dateline: "2025-03-12", "12.03.2025"
_ISO_LINE = r"(?:(?P<year>(?:19|20)\d\d)-(?P<mnum>0[1-9]|1[0-2])-(?P<day>[0-3]\d))"
_DOT_LINE = r"(?:(?P<day>[0-3]\d)\.(?P<mnum>0[1-9]|1[0-2])\.(?P<year>(?:19|20)\d\d))"
_WD_LINE = r"(?:(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday),?[ \t]+)?"
_DATELINE = (
    [
        # "Bishkek, 12 February 2024", "ALMATY, 21 November 2024", "12 February 2024",
        # "Wednesday 12 March 2025", "12 March 2025 | News"
        re.compile(
            rf"^[ \t]*(?:[A-Z][\w.'’ /-]{{1,40}},[ \t]*)?{_WD_LINE}{form}{_CLOCK}[ \t]*(?:\|[^\n]*)?$", re.M
        )
        for form in (_DMY_LINE, _MDY_LINE)
    ]
    + [
        # a press release's dateline opening its first paragraph: "ALMATY, 14 March 2024 – The ...",
        # "(Berlin, March 14, 2025) – An Uzbek court ...", "Tashkent (AFP) March 12, 2025 - ..."
        re.compile(
            rf"^[ \t]*(?P<paren>\()?[A-Z][\w.'’ /-]{{1,40}}(?:,|[ \t]+\([A-Za-z/ -]{{2,20}}\),?)[ \t]*{form}"
            rf"(?(paren)\))[ \t]*[–—-]",
            re.M,
        )
        for form in (_DMY_LINE, _MDY_LINE)
    ]
    + [
        # the date in brackets after the place (UN press releases): "DUSHANBE (2 October 2026) – ..."
        re.compile(rf"^[ \t]*[A-Z][\w.'’ /-]{{1,40}}?[ \t]+\([ \t]*{form}[ \t]*\)[ \t]*[–—-]", re.M)
        for form in (_DMY_LINE, _MDY_LINE)
    ]
    + [
        # "Published: 3 May 2021", "Posted on Wednesday, May 3, 2021", "Date: 2021-05-03", "Published 03.05.2021";
        # a submission's or letter's header: "Submitted on 2 May 2021 by ...", "Sent: 3 May 2021"
        re.compile(
            rf"\b(?:Published|Posted|Updated|Issued|Dated?|Submitted|Sent|Released|Transmitted)\b(?:\s+on)?:?\s+{_WD_LINE}{form}"
        )
        for form in (_DMY, _MDY, _ISO_LINE, _DOT_LINE)
    ]
    + [
        # a byline ending in the date: "Aruzhan Tolegenova Jan 6, 2026", "By A. Writer 6 January 2026"
        re.compile(
            rf"^[ \t]*(?:By[ \t]+)?[A-Z][\w.'’-]+(?:[ \t]+[A-Z][\w.'’-]+){{0,3}}[ \t]+{_WD_LINE}{form}{_CLOCK}[ \t]*$",
            re.M,
        )
        for form in (_DMY_LINE, _MDY_LINE)
    ]
)
_TODAY = [
    re.compile(rf"\b(?:said|says|stated|announced|reported)\s+today,?\s+{form}\b")
    for form in (rf"{_D}\s+{_M}", rf"{_M}\s+{_D}")
]


def _month(name: str) -> int:
    """A month's number from its name or abbreviation ("March", "MAR", "Sept.")."""
    low = name.lower().rstrip(".")
    return MONTHS.get(low) or next(i for m, i in MONTHS.items() if m.startswith(low[:3]))


def _fields(m: re.Match[str]) -> tuple[int | None, int, int]:
    g = m.groupdict()
    mon = _month(g["mon"]) if g.get("mon") else int(g["mnum"])
    return (int(g["year"]) if g.get("year") else None), mon, int(g["day"])


def document_date(text: str, published_at: str | None) -> DocDate | None:
    """The date the document speaks from, as precise as it gives it (see module docstring)."""
    if published_at:
        m = re.match(r"(\d{4})(?:-(\d\d)(?:-(\d\d))?)?", published_at)
        if m:
            return DocDate(int(m.group(1)), int(m.group(2)) if m.group(2) else None,
                           int(m.group(3)) if m.group(3) else None)  # fmt: skip
    head = text[:2000]
    for pat in _DATELINE:
        m = pat.search(head)
        if m:
            y, mo, d = _fields(m)
            if y:
                return DocDate(y, mo, d)
    m = next((x for x in (p.search(text) for p in _TODAY) if x), None)
    year = _year_from_text(text)
    if m and year:
        _, mo, d = _fields(m)
        return DocDate(year, mo, d)
    return DocDate(year) if year else None


def _year_from_text(text: str) -> int | None:
    years = []
    for m in re.finditer(r"\b((?:19|20)\d\d)\b(?!\s*(?:Winter|Summer|World|Olympics|Games))", text):
        if _FUTURE.search(text[max(0, m.start() - 40) : m.start()]):
            continue
        years.append(int(m.group(1)))
    # "Two years ago, in July 2022": the document speaks from 2024
    for m in re.finditer(r"\b(\w+)\s+years?\s+ago\b[^.;]{0,40}?\b((?:19|20)\d\d)\b", text, re.I):
        n = m.group(1).lower()
        k = int(n) if n.isdigit() else _NUM.get(n)
        if k and k < 50:
            years.append(int(m.group(2)) + k)
    return max(years) if years else None


def document_year(text: str, published_at: str | None) -> int | None:
    """The year the document speaks from (see module docstring)."""
    d = document_date(text, published_at)
    return d.year if d else None
