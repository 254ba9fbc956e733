"""Transliteration folding: one key for the spellings of a Kazakh or Russian name.

``fold("Tokayev") == fold("Tokaev") == fold("Токаев")``. Keys are for
matching and search only, never shown. The rules are reference data that hold
for any document (Cyrillic romanization variants), not a list of names.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

# Cyrillic (Russian and Kazakh letters) to Latin, one common romanization.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u",
    "ү": "u", "һ": "h", "і": "i",
}

# Applied in order to a lower-case ASCII form. Each collapses spellings that
# romanization systems (BGN/PCGN, ISO 9, Kazakh Latin, English press) disagree on.
_RULES: tuple[tuple[str, str], ...] = (
    (r"dzh", "j"),
    (r"zh", "j"),
    (r"kh", "h"),
    (r"ph", "f"),
    (r"ks", "x"),          # Maks / Max
    (r"w", "v"),
    (r"([aeiouy])ye", r"\1e"),  # Tokayev / Tokaev, Nazarbayev / Nazarbaev
    (r"\bye", "e"),        # Yevgeny / Evgeny, Yerlan / Erlan
    (r"iy\b", "i"),        # Dmitriy / Dmitri
    (r"yy\b", "i"),
    (r"ya", "ia"),
    (r"yu", "iu"),
    (r"y", "i"),           # Kassym / Kassim
    (r"(.)\1+", r"\1"),    # Kassym / Kasym, Nazarbayev / Nazarbaev after the rules above
)
_COMPILED = tuple((re.compile(p), r) for p, r in _RULES)


def ascii_lower(text: str) -> str:
    text = "".join(_CYRILLIC.get(c, c) for c in text.lower())
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def fold(text: str) -> str:
    """Transliteration-folded key of a name: lower-case ASCII words, variants collapsed."""
    text = ascii_lower(text).replace("’", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    for pat, rep in _COMPILED:
        text = pat.sub(rep, text)
    return " ".join(text.split())


def search_keys(names: Iterable[str]) -> list[str]:
    """Folded forms of every name, for the full-text index (deduplicated, order kept)."""
    return list(dict.fromkeys(k for k in (fold(n) for n in names) if k))
