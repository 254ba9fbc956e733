"""Candidate mentions read from one sentence, before typing and resolution.

A :class:`Candidate` is a surface span with a guessed label and where the
guess came from; :mod:`loaders.extract.entities` decides the final type of
each name from all its candidates ("types by evidence") and resolves them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from graph.translit import norm
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_DETS = {"the", "a", "an", "its", "his", "her", "their", "our", "this", "that", "these", "those"}
_CONNECT = {"of", "for", "and", "on", "in", "against", "the", "de", "&"}
_TRAIL = " \t\n.,;:!?’'\"“”‘()[]–—-"


@dataclass
class Candidate:
    surface: str
    start: int  # original offsets
    end: int
    sent: int
    label: str  # PERSON / ORG / LOC / LAW / NORP / GOV
    source: str  # spacy / gazetteer / rule name
    name: str = ""  # canonical name when a rule knows it (else the surface)
    aliases: list[str] = field(default_factory=list)
    props: dict[str, Any] = field(default_factory=dict)
    dep: str = ""  # dependency of the span's head token
    head_lemma: str = ""  # lemma of the head token's head (the governing word)

    @property
    def key(self) -> str:
        return norm(self.name or self.surface)


_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_DATE_LEAD = re.compile(
    rf"(?:(?:On|In|By|Since)\s+)?(?:\d{{1,2}}\s+)?(?:{_MONTHS})(?:\s+\d{{1,2}})?(?:,?\s+\d{{4}})?,?\s+(?=the\s)"
)


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Trim determiners, possessives, footnote residue and punctuation off a span."""
    while start < end and text[start] in _TRAIL:
        start += 1
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    # possessive
    for suf in ("’s", "'s", "’", "'"):
        if text[start:end].endswith(suf):
            end -= len(suf)
            break
    # A date heading the clause glued on by the tagger ("On 24 September the City Court ..."):
    # a date is never part of a name, and the determiner after it opens the real one.
    m = _DATE_LEAD.match(text[start:end])
    if m:
        start += m.end()
    m = re.match(r"(?i)(the|a|an)\s+", text[start:end])
    if m:
        start += m.end()
    while end > start and text[end - 1] in _TRAIL:
        end -= 1
    span = text[start:end]
    if span.count("(") > span.count(")"):
        end = start + span.rindex("(")
        while end > start and text[end - 1] in _TRAIL:
            end -= 1
    return start, end


def _tok_info(span: Any) -> tuple[str, str]:
    root = span.root
    return root.dep_, root.head.lemma_.lower()


def spacy_candidates(sent: Sentence, text: str) -> list[Candidate]:
    out: list[Candidate] = []
    wanted = {
        "PERSON": "PERSON",
        "ORG": "ORG",
        "GPE": "LOC",
        "LOC": "LOC",
        "FAC": "LOC",
        "NORP": "NORP",
        "LAW": "LAW",
        "EVENT": "EVENT",
    }
    for ent in sent.span.ents:
        lbl = wanted.get(ent.label_)
        if not lbl:
            continue
        s, e = trim(text, sent.offset + ent.start_char, sent.offset + ent.end_char)
        if e <= s or not any(c.isupper() for c in text[s:e]):
            continue
        if lbl == "ORG":
            tail = re.search(r"\s+in\s+([A-Z][\w-]+)$", text[s:e])
            if tail and place_tail(text[s : s + tail.start()], tail.group(1)):
                e = s + tail.start()
        dep, head = _tok_info(ent)
        c = Candidate(text[s:e], s, e, sent.index, lbl, "spacy", dep=dep, head_lemma=head)
        if lbl == "LOC":
            # the word governing the place, past an article: "at the Palais Wilson" -> "at"
            i = ent.start - 1
            while i > sent.span.start and ent.doc[i].lower_ in ("the", "a", "an"):
                i -= 1
            c.props["prev"] = ent.doc[i].lower_ if i >= sent.span.start else ""
        out.append(c)
    return out


def place_tail(name: str, place: str) -> bool:
    """Is "in <place>" after ``name`` a location outside the name ("Human Rights Watch in Bishkek")?
    A country closing a descriptive title belongs to it: "Coalition against Torture in Kyrgyzstan",
    "Bureau for Human Rights in Kazakhstan"."""
    ref = reference()
    kind = ref.place_kind(place) or ("country" if ref.country(place) else None)
    bare = re.sub(r"^(?:[Tt]he\s+)?(?:Office\s+of\s+(?:the\s+)?)?", "", name)
    known = any(ref.known_org(n) for n in (name, bare))  # "OHCHR in Kyrgyzstan": the known body's office there
    if kind == "country" and re.search(r"\s(?:against|for|of|on)\s", name) and not known:
        return False
    return kind in ("city", "country")


def _word_regex(forms: list[str]) -> re.Pattern[str]:
    forms = sorted({f for f in forms if f}, key=len, reverse=True)
    alt = "|".join(re.escape(f) for f in forms)
    return re.compile(rf"(?<![\w/-])(?:{alt})(?![\w/]|’s\w|-(?!based\b)\w)")


_GAZ: dict[str, Any] = {}


def _gazetteer() -> dict[str, Any]:
    if not _GAZ:
        ref = reference()
        forms: dict[str, tuple[str, str, str]] = {}  # surface -> (label, canonical, kind)
        for c in ref.countries.values():
            for f in (c.name, *c.aliases):
                if f.lower().startswith("the "):
                    f = f[4:]
                forms[f] = ("LOC", c.name, "country")
            for f in c.adjectives:
                forms.setdefault(f, ("NORP", c.name, "adjective"))
            for f in c.capitals:
                if f.lower().startswith("the "):
                    f = f[4:]
                forms.setdefault(f, ("CAPITAL", c.name, "city"))
        for n, kind in ref.places.items():
            canon = ref.place_names[n]
            forms.setdefault(canon, ("LOC", canon, kind))
        for o in {id(o): o for o in ref.orgs.values()}.values():
            for f in (o.name, *o.aliases):
                if len(f) <= 2 and f not in ("UN", "EU"):
                    continue
                forms.setdefault(f, ("ORG", o.name, o.kind))
        _GAZ["forms"] = forms
        _GAZ["re"] = _word_regex(list(forms))
    return _GAZ


def gazetteer_candidates(sent: Sentence, text: str) -> list[Candidate]:
    gz = _gazetteer()
    out: list[Candidate] = []
    ptext = sent.ptext
    base = sent.span.start_char
    seg = ptext[base : sent.span.end_char]
    for m in gz["re"].finditer(seg):
        label, canon, kind = gz["forms"][m.group(0)]
        s = sent.offset + base + m.start()
        e = sent.offset + base + m.end()
        c = Candidate(text[s:e], s, e, sent.index, label, "gazetteer", name=canon, props={"kind": kind})
        tok = _token_at(sent, s)
        if tok is not None:
            c.dep, c.head_lemma = tok.dep_, tok.head.lemma_.lower()
            c.props["prev"] = tok.nbor(-1).lower_ if tok.i > 0 else ""
            c.props["next"] = tok.nbor(1).lower_ if tok.i + 1 < len(tok.doc) else ""
        out.append(c)
    return out


def _token_at(sent: Sentence, orig_start: int) -> Any:
    rel = orig_start - sent.offset
    for tok in sent.span:
        if tok.idx <= rel < tok.idx + len(tok.text) or tok.idx >= rel:
            return tok
    return None


_CAP = r"[A-Z][\w’'\-/&.+]*"
# "under" joins a body to the one it answers to: "the Communications Service under the Government of
# Tajikistan", "the Agency for Religious Affairs under the President".
_UNDER = r"under(?=\s+the\s+(?:Government|President|Cabinet|Council|Ministry|Prime)\b)"
# "to" names where a delegation or mission is sent: "the EU Delegation to the Republic of X".
_SENT_TO = r"(?<=Delegation\s)to|(?<=Mission\s)to"
# "in" joins a place, never a time: "the Supreme Court in June 2019" is the court
_WHEN = (
    r"(?!\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|"
    r"Spring|Summer|Autumn|Winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)"
)
_IN = rf"in{_WHEN}"
# nor does "on": "told the Mazhilis on December 17" is the Mazhilis
_ON = rf"on{_WHEN}"
_NUMBERED = {"Article", "Art", "Part", "Paragraph", "Para", "Chapter", "Section", "No", "Resolution", "Law", "Decree",
             "Protocol", "Rule", "Principle", "Item", "Point", "Annex", "Page", "Table", "Figure", "Box"}  # fmt: skip
# a number may follow a name's first word ("Charter 97 Foundation", "Forum 18 News Service")
_CAPN = rf"{_CAP}(?:\s+\d{{1,3}}(?=\s+{_CAP}))?"
_CHAIN = re.compile(
    rf"{_CAPN}(?:\s+(?:(?:of|for|and(?!\s+the\b)|{_ON}|{_IN}|against|the|de|oblast|region|district|{_UNDER}|{_SENT_TO})\s+)*"
    rf"{_CAPN})*"
)
# Heads whose "in <place>" is part of the name (a body's office there): "OSCE Programme Office in X".
_SEATED = {"Office", "Mission", "Centre", "Center", "Embassy", "Branch", "Representation", "Bureau", "Delegation"}
_STOPLEAD = {
    "The",
    "A",
    "An",
    "In",
    "On",
    "For",
    "Of",
    "And",
    "As",
    "While",
    "When",
    "But",
    "If",
    "Since",
    "After",
    "Under",
    "According",
    "With",
    "By",
    "From",
    "At",
    "To",
    "Unlike",
    "Like",
    "Although",
    "During",
    "Before",
    "Meanwhile",
    "Yet",
    "So",
    "Both",
    "All",
    "Every",
    "Each",
    "Even",
    "Only",
    "Instead",
    "Despite",
    "Through",
    "Over",
    "This",
    "That",
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
    "Last",
    "Next",
}
_SEGMENT = re.compile(r"\s+(?:of|for|and|on|in|against)\s+(?:the\s+)?")


def _head(word: str, heads: set[str]) -> bool:
    """An organization head word, possessive, plural or punctuation after it aside ("Union’s",
    "Courts", "News,"): "News" itself is a head, though stripping its "s" leaves "New"."""
    return word in heads or re.sub(r"(?:[’']s?)?[.,]*$", "", word) in heads or word.rstrip("’'s.,") in heads


# describing words that open the names of bodies, never of people
BODY_OPENERS = "Special|National|State|Central|Supreme|Joint|Permanent|Standing|Interdepartmental|Regional|Federal"
# a number that ends a name ("Forum 18", "Group 24"), not a quantity or a decimal
_NOT_A_QUANTITY = r"(?![\d%/-]|[.,:]\d|\s+(?:per|percent|years?|months?|days?|people|members)\b)"


def cap_chains(sent: Sentence, text: str) -> list[Candidate]:
    """Capitalized sequences ending in an organization head word ("Tirek Alliance")."""
    heads = set(reference().lex.get("org_heads", ()))
    out: list[Candidate] = []
    base = sent.offset + sent.span.start_char
    seg = sent.seg
    for m in _CHAIN.finditer(seg):
        words = m.group(0).split()
        # strip trailing connectors and a sentence-initial function word
        while words and words[-1] in _CONNECT:
            words.pop()
        lead = 0
        for i in range(len(words) - 1):
            if words[i + 1].isdigit() and words[i].rstrip("s.") in _NUMBERED:
                lead = i + 2  # "Article 29 Police ...": a numbered provision before a name is no part of it
        while lead < len(words) and (words[lead] in _STOPLEAD or (lead and words[lead] in _CONNECT)):
            lead += 1
        if len(words) - lead < 2:
            continue
        if len(words) - lead > 3 and words[lead + 1] == "the":
            # an imperative opening a recommendation: "Register the Free Workers’ Union ..." (the
            # body has a head word after "the"; "Save the Children" keeps its verb)
            at = base + m.start() + len(" ".join(words[: lead + 1])) - len(words[lead])
            tok = _token_at(sent, at)
            body = words[lead + 2 :]
            if tok is not None and tok.tag_ == "VB" and any(_head(w, heads) for w in body):
                lead += 2
        acro_led = bool(re.fullmatch(r"[A-Z]{2,5}", words[lead])) and not reference().country(words[lead])
        has_head = any(_head(w, heads) for w in words[lead:])
        if not has_head and not (acro_led and len(words) - lead == 2 and words[lead] not in ("UN", "EU", "US")):
            continue
        if has_head:
            # drop leading segments without a head word ("Ryszard Komenda of the UN ... Office")
            chain = " ".join(words[lead:])
            # a body's name may open with a describing word and a plural noun ("Special Procedures of
            # the Human Rights Council", "Joint Forces of ..."): no person's name, nothing to drop
            opened = re.match(rf"(?:{BODY_OPENERS})\s+[A-Z][a-z]+s\s+of\b", chain)
            parts = [] if opened else list(_SEGMENT.finditer(chain))
            cut = 0
            for sep in parts:
                prefix = chain[cut : sep.start()]
                if any(_head(w, heads) for w in prefix.split()):
                    break
                rest = chain[sep.end() :]
                if any(_head(w, heads) for w in rest.split()):
                    cut = sep.end()
            if cut:
                skipped = chain[:cut].split()
                lead += len(skipped)
            # drop a trailing "in <city>"
            tail = re.search(r"\s+in\s+([A-Z][\w-]+)$", " ".join(words[lead:]))
            if (
                tail
                and (len(words) < 3 or words[-3] not in _SEATED)
                and place_tail(" ".join(words[lead:])[: tail.start()], tail.group(1))
            ):
                words = words[: len(words) - 2]
        if len(words) - lead < 2:
            continue
        s = base + m.start() + len(" ".join(words[:lead])) + (1 if lead else 0)
        surf = " ".join(words[lead:])
        e = s + len(surf)
        if text[s:e] != surf:  # irregular spacing: locate the surface in the span
            idx = text.find(surf, base + m.start(), base + m.end() + 1)
            if idx < 0:
                continue
            s, e = idx, idx + len(surf)
        s, e = trim(text, s, e)
        # "Economic Court of Ulytau region": the kind word after a place closes the name
        tail = re.match(r"\s+(?:region|oblast|district|province)\b", text[e : e + 20])
        if tail and (reference().place_kind(text[s:e].split()[-1]) or re.search(r"\bof\s+[A-Z][\w-]+$", text[s:e])):
            e += tail.end()
        numbered = re.match(rf"\s+\d{{1,3}}{_NOT_A_QUANTITY}", text[e : e + 30])
        if numbered and words[-1] in heads:
            e += numbered.end()  # "Forum 18", "the banned opposition Movement 24"
        owner = possessive_owner(text[s:e], heads)
        if owner is not None:
            own_end, whole = owner
            if whole:
                # "the UN Human Rights Office’s Regional Office for Central Asia": the owner is named too
                out.append(Candidate(text[s : s + own_end], s, s + own_end, sent.index, "ORG", "capchain",
                                     props={"nested": True}))  # fmt: skip
            else:
                e = s + own_end  # "the Committee’s Views": the Committee
                if len(text[s:e].split()) < 2:
                    continue
        out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "capchain"))
    # a lone head word and a number after a lower-case word: "the banned opposition Group 24"
    for m in _HEAD_NUMBER.finditer(seg):
        if m.group("head") in heads:
            s, e = base + m.start("head"), base + m.end()
            out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "capchain"))
    return out


_HEAD_NUMBER = re.compile(rf"(?<=[a-z] )(?P<head>[A-Z][a-z]+)\s+\d{{1,3}}{_NOT_A_QUANTITY}")
_POSSESSIVE = re.compile(r"(?:[’']s|s[’'])(?=\s)")


def possessive_owner(surface: str, heads: set[str]) -> tuple[int, bool] | None:
    """A chain with a possessive inside: the owner's length (without the possessive) and whether
    the whole chain is a name too. "the Committee’s Views" names only its owner (no head word after
    the possessive); "the UN Human Rights Office’s Regional Office for Central Asia" is a body whose
    owner, ending with a head word itself, is one too. An owner without a head word is part of the
    name ("the Free Workers’ Union", "Jehovah’s Witnesses": None)."""
    found = list(_POSSESSIVE.finditer(surface))
    if not found:
        return None
    m = found[-1]
    own_end = m.start() + (1 if m.group(0)[0] == "s" else 0)
    owner, rest = surface[:own_end].split(), surface[m.end() :].split()
    if not owner or owner[-1] not in heads:
        return None  # "Jehovah’s Witnesses", "the Miners’ Solidarity": one name
    if any(_head(w, heads) for w in rest):
        return (own_end, True) if len(owner) >= 2 else None
    return own_end, False


def propagate(sents: list[Sentence], text: str, cands: list[Candidate]) -> list[Candidate]:
    """Literal repetitions of organization names that a rule found once ("Oyan, Qazaqstan")."""
    names = {
        c.surface
        for c in cands
        if c.label in ("ORG", "ACRDEF")
        and c.source in ("typenoun", "list", "acronym", "capchain", "byline")
        and (" " in c.surface or "," in c.surface)
    }
    if not names:
        return []
    pat = re.compile(
        r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) + r")(?![\w-])"
    )
    out: list[Candidate] = []
    for sent in sents:
        if sent.heading:
            continue
        for m in pat.finditer(text, sent.start, sent.end):
            out.append(Candidate(m.group(0), m.start(), m.end(), sent.index, "ORG", "propagated"))
    return out
