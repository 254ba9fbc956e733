"""Clean a document's text for the models without moving a character.

The cleaned text has exactly the length of the original: what is removed is
replaced by spaces, so every offset found in the cleaned text is an offset in
the original file, and evidence is always cut from the original.

Removed: page furniture lines (newsletter sign-ups, photo credits, survey
banners), footnote numbers glued to words or punctuation ("journalists’.143",
"(UDHR)97", "charges247", "society;101"), bullets; a line break inside a
sentence becomes a space (line-wrapped text).
"""

from __future__ import annotations

import functools
import re
from itertools import pairwise

from loaders.extract.reference import reference

# A footnote number: 1-3 digits glued to the end of a word, a closing
# quote/bracket, or sentence punctuation that follows a word. Years and
# decimals are protected by what may precede them.
_FOOTNOTE = re.compile(
    r"(?:(?<=[a-z]{3})|(?<=[)\]’”'\"])|(?<=[a-z)’”'\"\]][.,;:])|(?<=\d{4}[.,;:])|(?<=[a-z][.,;:][’”]))"
    r"(\d{1,3})(?=[\s,;:.)’”]|$)"
)
# "as of late November 2019244": a year with a footnote number glued on.
_YEAR_FOOTNOTE = re.compile(r"(?<=\b(?:19|20)\d\d)(\d{3})(?=[\s,;:.)]|$)")
# A footnote's own number opening a line: "1 Criminal Code of the Kyrgyz Republic, Article 278."
_FOOTNOTE_LINE = re.compile(r"(?m)^[ \t]*(\d{1,3})[ \t]+(?=[A-Z][a-z])")
_BULLET = re.compile(r"[•●▪◦■►]")
_WRAP = re.compile(r"(?<=[a-z,;])\n(?=[a-z])")
_LIST_ITEM = re.compile(r"[ \t]*(?:[-*–•]|\d{1,2}[.)])\s")


def _furniture(line: str) -> bool:
    low = line.strip().lower()
    if not low:
        return False
    prefixes = reference().lex.get("furniture", ())
    # a navigation bar ("REPORT TITLE | Chapters | Download the full report (PDF)") is furniture
    # when one of its cells is
    cells = [c.strip() for c in low.split(" | ")] if " | " in low else [low]
    return any(c.startswith(p) for c in cells for p in prefixes) or (
        "shutterstock" in low or "getty images" in low or "newsletter" in low
    )


def is_furniture(line: str) -> bool:
    """True for a page-furniture line (newsletter sign-up, photo credit, navigation bar)."""
    return _furniture(line)


def _unwrap_hard_wrapped(cleaned: str) -> str:
    """Line breaks of a hard-wrapped text become spaces, whatever the case of the next word
    ("... Court fined" + break + "Ergashev, ...", "Article 35 of" + break + "Uzbekistan's own Constitution").

    A text is hard-wrapped when its longest line has 60-100 characters, at least two line
    breaks fall inside paragraphs and at least half of its lines run to 80% of the longest.
    A break is joined after a line filled to near the wrap width that does not end in a
    colon, before a line that is not blank and not a list item; short lines (headings,
    address lines, signatures) keep their breaks.
    """
    lines = cleaned.split("\n")
    width = max((len(x.rstrip()) for x in lines), default=0)
    inner = sum(1 for a, b in pairwise(lines) if a.strip() and b.strip())
    if not 60 <= width <= 100 or inner < 2:  # wraps are set at 60-100 columns
        return cleaned
    # most lines of a wrapped text run to near the width; an address block or a list of short
    # lines under one long sentence does not
    widths = [len(x.rstrip()) for x in lines if x.strip()]
    if sum(1 for w in widths if w >= 0.8 * width) < 0.5 * len(widths):
        return cleaned
    out = list(cleaned)
    pos = 0
    for line, nxt in pairwise(lines):
        pos += len(line)
        body = line.rstrip()
        if len(body) >= 0.6 * width and not body.endswith(":") and nxt.strip() and not _LIST_ITEM.match(nxt):
            out[pos] = " "
        pos += 1
    return "".join(out)


def mask(text: str) -> str:
    """Cleaned copy of ``text`` with the same length (see module docstring)."""
    out = list(text)
    pos = 0
    for line in text.splitlines(keepends=True):
        if _furniture(line):
            for i in range(pos, pos + len(line.rstrip("\r\n"))):
                out[i] = " "
        pos += len(line)
    cleaned = "".join(out)
    cleaned = _FOOTNOTE.sub(lambda m: " " * len(m.group(0)), cleaned)
    cleaned = _YEAR_FOOTNOTE.sub(lambda m: " " * len(m.group(0)), cleaned)
    cleaned = _FOOTNOTE_LINE.sub(lambda m: " " * len(m.group(0)), cleaned)
    cleaned = _BULLET.sub(" ", cleaned)
    cleaned = _unwrap_hard_wrapped(cleaned)  # before _WRAP, which lengthens the lines it joins
    cleaned = _WRAP.sub(" ", cleaned)
    assert len(cleaned) == len(text)
    return cleaned


@functools.lru_cache(maxsize=1)
def _addressee() -> re.Pattern[str]:
    titles = sorted(reference().lex.get("titles", ()), key=len, reverse=True)
    alt = "|".join(re.escape(t) for t in titles)
    name = r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}"
    return re.compile(rf"^\s*(?:Dear\s+(?:{alt})\.?\s+[A-Z]|(?:{alt})\.?\s+{name}\s*,)")


def addressee(line: str) -> bool:
    """A letter's addressee or salutation line: a title and a name, then a comma ("Mr. Jan Novak,
    Special Envoy for ..."), or "Dear" and a title ("Dear Ms. Novak and Mr. Horak,")."""
    return bool(_addressee().match(line))


def is_heading(line: str) -> bool:
    """A short line without sentence punctuation: a title or section heading (not a letter's
    addressee line, which names people)."""
    s = line.strip()
    if not s:
        return True
    if addressee(s):
        return False
    words = s.split()
    return len(words) < 9 and not re.search(r"[.!?:;”\"’)]$", s)


# The closing of a letter or statement before its list of signatories ("Yours sincerely,", "Signed:")
CLOSING = re.compile(
    r"^\s*(?:Yours\s+(?:sincerely|faithfully|truly)|Sincerely(?:\s+yours)?|Respectfully(?:\s+yours)?|"
    r"(?:Kind|Best|With\s+best)\s+regards|Signed(?:\s+by)?|Co-?signed\s+by|Signatories|"
    r"(?:List\s+of\s+)?(?:signatory|undersigned)\s+organi[sz]ations)\b[\s\w]*[,:.]?\s*$",
    re.I,
)
