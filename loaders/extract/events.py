"""Events: a sentence that reports a happening (trigger lexicon) becomes an
Event with its date, place, counts and the actors of the sentence as
participants with a role read from the parse (subject of an arrest verb:
perpetrator; its object: victim; ...).

A sentence with dates of different years yields one event per date, the
trigger nearest to each date naming it.
"""

from __future__ import annotations

import datetime as _dt
import re
from typing import Any

from graph.model import Entity, make_id
from graph.translit import fold, norm
from loaders.extract.build import Builder
from loaders.extract.dates import DateMention, DocDate, find_dates
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_SPEECH = {"review"}
_STATE_KINDS = {"arrest", "sentencing", "ban", "trial", "crackdown"}


def gov_id(country: str) -> str:
    return make_id("Organization", fold(f"{country} government"))


_COUNT = re.compile(
    r"\b(?:(?:more than|at least|some|about|nearly|over|up to|around)\s+)?"
    r"(?:\d[\d,]*|dozens|hundreds|thousands|two|three|four|five|six|seven|eight|nine|ten|several)\s+"
    r"(?:of\s+)?(?:people|protesters|demonstrators|activists|civilians|journalists|reporters|persons|"
    r"townspeople|detainees|prisoners|officers|campaigners|cases|dead|news sources)\b[^,;.]{0,25}?"
    r"(?:detained|arrested|killed|dead|jailed|prosecuted|convicted|injured)?"
)
_MULTI = {
    "crack down": "crackdown",
    "clamp down": "crackdown",
    "hunger strike": "protest",
    "according to": "review",
    "called on": "review",
    "calls on": "review",
    "call on": "review",
}


def triggers(sent: Sentence) -> list[tuple[Any, str]]:
    trig: dict[str, str] = reference().lex.get("event_triggers", {})
    out: list[tuple[Any, str]] = []
    for tok in sent.span:
        lem = tok.lemma_.lower()
        if tok.pos_ not in ("VERB", "NOUN"):
            continue
        if lem in trig:
            out.append((tok, trig[lem]))
        elif lem in (
            "reject",
            "accuse",
            "slam",
            "denounce",
            "describe",
            "praise",
            "commend",
            "express",
            "warn",
            "acknowledge",
            "find",
            "document",
            "ask",
            "demand",
            "rebuff",
            "brush",
        ):
            out.append((tok, "review"))
    low = sent.seg.lower()
    for phrase, kind in _MULTI.items():
        i = low.find(phrase)
        if i >= 0:
            for tok in sent.span:
                if tok.idx - sent.span.start_char >= i:
                    out.append((tok, kind))
                    break
    return out


def _phrase(tok: Any) -> str:
    """A short name for the event a trigger token reports."""
    if tok.pos_ == "NOUN":
        left = [t for t in tok.lefts if t.dep_ in ("amod", "compound", "nummod", "nmod")]
        start = min([t.left_edge.i for t in left] + [tok.i])
        end = tok.i + 1
        for ch in tok.rights:
            if ch.dep_ == "prep" and ch.lower_ in ("of", "on", "against", "in", "at"):
                end = min(max(t.i for t in ch.subtree) + 1, ch.i + 6)
                break
        return tok.doc[start:end].text
    subj = [t for t in tok.lefts if t.dep_ in ("nsubj", "nsubjpass")]
    obj = [t for t in tok.rights if t.dep_ in ("dobj", "attr")]
    parts = []
    if subj:
        s = subj[0]
        parts.append(tok.doc[max(s.left_edge.i, s.i - 3) : s.i + 1].text)
    parts.append(tok.text)
    if obj:
        o = obj[0]
        parts.append(tok.doc[max(o.left_edge.i, o.i - 3) : o.i + 1].text)
    return " ".join(parts)


def _role(actor_tokens: list[Any], trig: Any, kind: str) -> str:
    roles: dict[str, list[str]] = reference().lex.get("roles", {})
    subj_role, obj_role = roles.get(kind, ["participant", "participant"])
    for t in actor_tokens:
        node = t
        for _ in range(6):
            if node.head == trig:
                if node.dep_ in ("nsubj", "agent") or (node.dep_ == "pobj" and node.head.lower_ == "by"):
                    return subj_role
                if node.dep_ in ("dobj", "nsubjpass", "pobj", "prep", "poss", "attr", "appos"):
                    return obj_role
                return "participant"
            if node.head == node:
                break
            if node.dep_ == "pobj" and node.head.lower_ == "by" and node.head.head == trig:
                return subj_role
            node = node.head
    return "participant"


def _month_years(
    sents: list[Sentence], i: int, doc_year: int | None, cache: dict[int, list[tuple[int, int]]]
) -> dict[int, int]:
    """Months given a year earlier in the sentence's paragraph ("in July 2022")."""
    out: dict[int, int] = {}
    for prev in sents[max(0, i - 6) : i]:
        if prev.offset != sents[i].offset:
            continue
        if prev.index not in cache:
            cache[prev.index] = [
                (int(d.iso[5:7]), int(d.iso[:4]))
                for d in find_dates(prev.seg, doc_year)
                if d.explicit_year and d.precision != "year"
            ]
        out.update(cache[prev.index])
    return out


_FOLLOWING = re.compile(
    r"\b(?:the\s+(?:following|next)\s+(?:day|morning|evening|night|afternoon)|the\s+day\s+after"
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+later)\b",
    re.I,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _shift(d: DateMention, m: re.Match[str]) -> str | None:
    """'the following morning', 'two days later': a day counted from the last dated happening."""
    if d.precision != "day":
        return None
    n = (m.group("n") or "1").lower()
    k = int(n) if n.isdigit() else _SMALL[n]
    try:
        day = _dt.date.fromisoformat(d.iso) + _dt.timedelta(days=k)
    except ValueError:
        return None
    return day.isoformat()


def extract_events(
    sents: list[Sentence],
    text: str,
    doc_year: int | None,
    b: Builder,
    res: Resolved,
    doc_date: DocDate | None = None,
) -> dict[int, list[Entity]]:
    """Events per sentence index.

    A sentence that reports a happening without a date takes the date of the
    events of the sentence before it in the same paragraph ("The two were
    detained on 6 October ... Police detained 14 protesters").
    """
    out: dict[int, list[Entity]] = {}
    prev_dates: tuple[int, int, list[DateMention]] = (-1, -1, [])
    my_cache: dict[int, list[tuple[int, int]]] = {}  # (sentence index, paragraph, dates)
    for sent in sents:
        if sent.heading:
            continue
        trig = triggers(sent)
        if not trig:
            continue
        seg_start = sent.span.start_char
        dates: list[DateMention] = find_dates(
            sent.seg, doc_year, doc_date, _month_years(sents, sent.index, doc_year, my_cache)
        )
        rel = _FOLLOWING.search(sent.seg)
        if not dates and rel and prev_dates[2] and prev_dates[0] >= sent.index - 3:
            shifted = _shift(prev_dates[2][-1], rel)
            if shifted is not None:
                dates = [DateMention(rel.start(), rel.end(), shifted, "day")]
        if dates:
            prev_dates = (sent.index, sent.offset, dates)
        elif prev_dates[0] == sent.index - 1 and prev_dates[1] == sent.offset and prev_dates[2]:
            dates = [DateMention(-(10**6), -(10**6), d.iso, d.precision) for d in prev_dates[2][-1:]]
        # group triggers by their nearest date
        groups: dict[str | None, list[tuple[Any, str]]] = {}

        def dist(d: DateMention, tok: Any, seg_start: int = seg_start) -> int:
            pos = tok.idx - seg_start
            return min(abs(d.start - pos), abs(d.end - pos))

        for tok, kind in trig:
            near = min(dates, key=lambda d: dist(d, tok)) if dates else None
            groups.setdefault(near.iso if near else None, []).append((tok, kind))
        for d in dates:  # "the 2012 and 2016 elections": every date names a happening
            if d.iso not in groups:
                tok, kind = min(trig, key=lambda tk: dist(d, tk[0]))
                groups[d.iso] = [(tok, kind)]
        events = []
        for iso, group in groups.items():
            dm = next((d for d in dates if d.iso == iso), None)
            main = next(((t, k) for t, k in group if k not in _SPEECH), group[0])
            tok, kind = main
            phrase = " ".join(_phrase(tok).split())
            phrase = re.sub(r"^(?:the|a|an)\s+", "", phrase, flags=re.I)
            name = f"{phrase} ({iso})" if iso and iso not in phrase else phrase
            key = f"{kind} {iso or ''} {norm(phrase)} | {norm(sent.text)}"
            ev = b.entity(
                "Event",
                key,
                name,
                props={
                    "kind": kind if kind not in _SPEECH else "statement",
                    "date": iso,
                    "datePrecision": dm.precision if dm else None,
                },
            )
            counts = [" ".join(m.group(0).split()) for m in _COUNT.finditer(sent.seg)]
            if counts and "counts" not in ev.properties:
                ev.properties["counts"] = counts
            s = sent.offset + tok.idx
            b.mention(ev, s, s + len(tok.text), sent.index, surface=tok.text)
            b.alias(ev, phrase)
            events.append(ev)
            # participants and place
            actors = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
            has_state = any(
                e.label == "Organization" and (e.name.endswith(" government") or e.properties.get("kind") == "court")
                for _, _, e in actors
            )
            if any(k in _STATE_KINDS for _, k in group) and not has_state:
                # "were jailed", "bans on 36 news sources": the state acts, unnamed
                gov = None
                for country in (res.country_near(sent.start, sents), res.main_country):
                    gov = b.entities.get(gov_id(country)) if country else None
                    if gov is not None and gov.mentions:
                        break
                if gov is not None and gov.mentions:
                    b.relate("PARTICIPATED_IN", gov, ev, sent.index, {"role": "perpetrator"})
            for start, end, ent in actors:
                if ent.label in ("Person", "Organization"):
                    toks = [t for t in sent.span if start - sent.offset <= t.idx < end - sent.offset]
                    role = _role(toks, tok, kind)
                    b.relate("PARTICIPATED_IN", ent, ev, sent.index, {"role": role})
                elif ent.label == "Location":
                    b.relate("OCCURRED_IN", ev, ent, sent.index)
        out[sent.index] = events
    return out
