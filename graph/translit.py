"""Normalization and transliteration folding of names (one implementation for the whole project).

Ids of people and organizations are made from ``fold`` (loaders), and the
full-text index holds ``search_keys`` of every name (graph), so a search for
"Nazarbaev" finds the node of "Nazarbayev". Cyrillic input is romanized first.

``norm`` is the comparison form of a surface (case, accents, possessive,
punctuation). ``fold`` additionally collapses the spelling variants that
romanizations of Kazakh/Russian names produce, so that Tokayev and Tokaev,
Nazarbayev and Nazarbaev, Maks and Max, Yerimbetov and Erimbetov get one key:

* ``x`` -> ``ks``; ``kh`` -> ``h``; ``q`` -> ``k``; ``w`` -> ``v``; ``dzh``/``zh`` -> ``j``;
* a ``y`` between two vowels is dropped (Tokayev -> tokaev, Aliyev -> aliev);
* a word-initial ``ye``/``yo``/``yu``/``ya`` loses its ``y``;
* ``iy`` at the end of a word -> ``i`` (Dmitriy -> dmitri); ``ou`` -> ``u``;
* doubled letters are single (Kassym -> kasym).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

_VOWELS = "aeiou"

# Cyrillic (Russian and Kazakh letters) to Latin, one common romanization.
_CYRILLIC = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i",
    "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
    "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y",
    "ь": "", "э": "e", "ю": "yu", "я": "ya", "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u",
    "ү": "u", "һ": "h", "і": "i",
}



def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def ascii_lower(text: str) -> str:
    """Lower-case ASCII: Cyrillic romanized, accents stripped."""
    return strip_accents("".join(_CYRILLIC.get(c, c) for c in str(text).lower()))


def norm(text: str) -> str:
    """Lower-case, accents and possessives off, punctuation to spaces, leading 'the' off."""
    text = ascii_lower(text).replace("’", "'").replace("‘", "'")
    text = re.sub(r"'s\b", "", text)
    text = re.sub(r"^the\s+", "", text)
    text = re.sub(r"[^a-z0-9]+", " ", text)
    return " ".join(text.split())


def _fold_word(w: str) -> str:
    w = w.replace("x", "ks").replace("dzh", "j").replace("zh", "j").replace("kh", "h")
    w = w.replace("q", "k").replace("w", "v").replace("ph", "f")
    w = re.sub(r"^y(?=[aeiou])", "", w)
    w = re.sub(r"(?<=[aeiou])y(?=[aeiou])", "", w)
    w = re.sub(r"iy$", "i", w)
    w = w.replace("ou", "u")
    w = re.sub(r"(.)\1+", r"\1", w)
    return w


def fold(text: str) -> str:
    """Transliteration-folded key of a name (see module docstring)."""
    return " ".join(_fold_word(w) for w in norm(text).split())


def _loosen_word(w: str) -> str:
    w = re.sub(r"(?<=.)y", "i", w)
    w = w.replace("o", "a")
    return re.sub(r"(.)\1+", r"\1", w)


def loose(text: str) -> str:
    """A looser key than :func:`fold`, for names already tied by context (one document).

    It also collapses the vowel alternations that romanizations of Uzbek, Tajik and Turkmen
    names show between sources: ``o`` ~ ``a`` (Kurbonov / Kurbanov, Rahmon / Rahman) and
    ``y`` ~ ``i`` after a letter (Ayzada / Aizada, Berdymukhamedov / Berdimuhamedow).
    Too loose to be an id: it only licenses a join inside a document, and only of names with
    the same number of words (a given name that differs keeps namesakes apart).
    """
    return " ".join(_loosen_word(w) for w in fold(text).split())


def search_keys(names: Iterable[str]) -> list[str]:
    """Folded forms of every name, for the full-text index (deduplicated, order kept)."""
    return list(dict.fromkeys(k for k in (fold(n) for n in names) if k))
