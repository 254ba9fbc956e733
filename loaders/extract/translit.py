"""Normalization and transliteration folding of names.

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

_VOWELS = "aeiou"


def strip_accents(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c))


def norm(text: str) -> str:
    """Lower-case, accents and possessives off, punctuation to spaces, leading 'the' off."""
    text = strip_accents(str(text)).lower().replace("’", "'").replace("‘", "'")
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
