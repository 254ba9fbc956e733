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
_DESIGNATE = {"designate", "declare", "label", "recognize", "recognise", "list"}
_MULTI = {
    "crack down": "crackdown",
    "clamp down": "crackdown",
    "hunger strike": "protest",
    "took to the streets": "protest",
    "stopped work": "protest",
    "stop work": "protest",
    "downed tools": "protest",
    "walked out": "protest",
    "take to the streets": "protest",
    "round table": "meeting",
    "criminal case": "trial",
    "held talks": "meeting",
    "hold talks": "meeting",
    "holds talks": "meeting",
    "roundtable": "meeting",
    "entered into force": "legislation",
    "came into force": "legislation",
    "enter into force": "legislation",
    "took effect": "legislation",
    "first reading": "legislation",
    "second reading": "legislation",
    "third reading": "legislation",
    "security operation": "crackdown",
    "broke up": "crackdown",  # "police broke up a picket"
    "break up": "crackdown",
    "broken up": "crackdown",
    "closed down": "ban",  # "the NGO was closed down"
    "close down": "ban",
    "military operation": "crackdown",
    "counter-terrorism operation": "crackdown",
    "according to": "review",
    "called on": "review",
    "calls on": "review",
    "call on": "review",
}


# triggers only as verbs ("police searched the flat", not "a search for justice")
_VERB_ONLY = {"search"}
# forms the small model lemmatizes wrongly ("fined" -> "fin")
_LEMMA_FIX = {"fined": "fine", "fining": "fine"}


def triggers(sent: Sentence) -> list[tuple[Any, str]]:
    trig: dict[str, str] = reference().lex.get("event_triggers", {})
    out: list[tuple[Any, str]] = []
    for tok in sent.span:
        lem = _LEMMA_FIX.get(tok.lower_, tok.lemma_.lower())
        if tok.pos_ not in ("VERB", "NOUN"):
            continue
        after = tok.doc[tok.i + 1 : tok.i + 10]
        if lem in _DESIGNATE and tok.pos_ == "VERB" and any(t.lower_ in ("extremist", "terrorist") for t in after):
            out.append((tok, "ban"))  # "designated the outlet an 'extremist organization'"
        elif lem == "find" and any(t.lower_ == "guilty" for t in after if tok in t.ancestors):
            out.append((tok, "trial"))  # "the court found X guilty": a conviction, not a finding
        elif lem in _ASSEMBLE and tok.pos_ == "VERB" and _crowd_gathers(tok):
            out.append((tok, "protest"))  # "several hundred residents gathered outside the akimat"
        elif lem == "bar" and tok.pos_ == "VERB" and any(c.lower_ == "from" for c in tok.rights):
            out.append((tok, "ban"))  # "relatives have been barred from travelling abroad"
        elif lem == "present" and tok.pos_ == "VERB" and _presents_findings(tok):
            out.append((tok, "meeting"))  # "will present her findings to the Permanent Council on 14 November"
        elif lem == "spend" and tok.pos_ == "VERB" and _stay_in_place(tok):
            out.append((tok, "visit"))  # "she spent two days in Khorog"
        elif lem in trig and not (lem in _VERB_ONLY and tok.pos_ != "VERB"):
            if trig[lem] == "legislation" and _recommended(tok):
                continue  # "urged Kazakhstan to amend the law": asked for, not done
            if trig[lem] == "legislation" and _court_subject(tok):
                out.append((tok, "trial"))  # "a court in Istanbul approved his extradition": a ruling
                continue
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
            # the phrase's verb ("took to the streets"), else its last word ("round table")
            toks = [t for t in sent.span if i <= t.idx - sent.span.start_char < i + len(phrase)]
            if toks:
                out.append((next((t for t in toks if t.pos_ == "VERB"), toks[-1]), kind))
    return [(t, k) for t, k in out if not _not_done(t)]


# verbs that put the infinitive they govern out of the past: a duty, a wish, a plan, a request
_MODAL_HEADS = {"have", "need", "want", "hope", "plan", "intend", "wish", "ought", "seek"}


def _not_done(tok: Any) -> bool:
    """A trigger verb that reports no happening: negated ("police did not detain", "no journalist was
    prosecuted"), an infinitive of a duty, wish or request ("they have to ask", "urged X to amend"), or a
    bare verb with no subject or auxiliary (an item in a list of demands: "- amend the Law on X so
    that ...")."""
    if tok.pos_ != "VERB":
        return False
    kids = list(tok.children)
    if any(c.dep_ == "neg" for c in kids):
        return True
    subj = [c for c in kids if c.dep_ in ("nsubj", "nsubjpass")]
    if any(d.dep_ == "det" and d.lower_ == "no" for s in subj for d in s.children):
        return True
    if tok.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in kids):
        return tok.head.lemma_.lower() in _ASK | _MODAL_HEADS
    bare = not subj and not any(c.dep_ in ("aux", "auxpass") for c in kids)
    return tok.tag_ == "VB" and tok.dep_ == "ROOT" and bare


_ASK = {"urge", "call", "ask", "recommend", "request", "demand", "encourage", "press", "invite", "appeal"}


def _recommended(tok: Any) -> bool:
    """A verb in the infinitive that someone is urged or asked to do ("urged X to amend the law")."""
    return (
        tok.pos_ == "VERB"
        and tok.tag_ == "VB"
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and tok.head.lemma_.lower() in _ASK
    )


def _court_subject(tok: Any) -> bool:
    """The verb's subject is a court or a judge ("the court approved", "Judge X signed")."""
    subj = next((c for c in tok.children if c.dep_ in ("nsubj", "agent")), None)
    if subj is not None and subj.dep_ == "agent":
        subj = next((c for c in subj.children if c.dep_ == "pobj"), None)
    return subj is not None and any(t.lower_ in ("court", "judge", "tribunal") for t in subj.subtree)


_ASSEMBLE = {"gather", "assemble", "congregate"}
# a crowd as a subject: "several hundred residents", "about thirty supporters", "hundreds"
_CROWD_NUM = {"dozens", "hundreds", "thousands", "several", "many", "some", "scores"}


def _crowd_gathers(tok: Any) -> bool:
    """ "Several hundred residents gathered outside the akimat": a crowd assembling (no object; the
    subject a plural noun with a number or quantifier), not "police gathered evidence"."""
    if any(c.dep_ == "dobj" for c in tok.children):
        return False
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return False
    if subj.lower_ in _CROWD_NUM:
        return True
    counted = any(
        t.like_num or t.lower_ in _CROWD_NUM or t.dep_ in ("nummod", "quantmod") for t in subj.subtree if t.i < subj.i
    )
    return subj.tag_ == "NNS" and counted


_FINDINGS = {"findings", "report", "reports", "recommendations", "conclusions", "observations", "results"}


def _presents_findings(tok: Any) -> bool:
    """ "The Director will present her findings to the Permanent Council": a report presented to a
    body (a session), not "presented evidence" or "presents a risk"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    return (
        obj is not None
        and obj.lower_ in _FINDINGS
        and any(c.dep_ in ("prep", "dative") and c.lower_ == "to" for c in tok.children)
    )


def _stay_in_place(tok: Any) -> bool:
    """ "She spent two days in Khorog": time spent at a place (a visit), not money spent on something."""
    obj = next((c for c in tok.children if c.dep_ in ("dobj", "npadvmod")), None)
    units = {"day", "days", "week", "weeks", "hour", "hours", "night", "nights", "month", "months"}
    if obj is None or obj.lower_ not in units:
        return False
    # a named place ("in Khorog"), not a state ("months in pre-trial detention")
    return any(
        c.dep_ == "prep" and c.lower_ in ("in", "at") and any(g.pos_ == "PROPN" for g in c.children)
        for c in tok.rights
    )


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


def _noun_phrase(tok: Any, limit: int = 14) -> str | None:
    """The whole noun phrase a trigger noun heads, as the text words it ("a five-day visit to the
    country", "the conviction of X"): the names the text uses for the event. Not past a comma, a
    bracket or a relative clause, and none when longer than ``limit`` tokens."""
    if tok.pos_ != "NOUN":
        return None
    start = tok.left_edge.i
    end = tok.i + 1
    for t in tok.doc[tok.i + 1 : tok.right_edge.i + 1]:
        in_clause = any(a.dep_ in ("relcl", "acl") and a.head == tok for a in (t, *t.ancestors))
        if t.is_punct or t.is_space or in_clause or t.lower_ in ("which", "who", "that"):
            break
        end = t.i + 1
    if any(t.is_punct or t.is_space for t in tok.doc[start : tok.i]):
        return None
    if end - start > limit or end - start < 2:
        return None
    return tok.doc[start:end].text


def _reports(actor_tokens: list[Any], trig: list[tuple[Any, str]]) -> bool:
    """The actor is who tells of the happening: the subject of the sentence's reporting verb ("X
    documented / said / reported"), or "according to X"."""
    speech = {t.i for t, k in trig if k in _SPEECH and t.pos_ == "VERB"}
    for t in actor_tokens:
        if t.dep_ in ("nsubj", "agent") and t.head.i in speech:
            return True
        if t.dep_ == "pobj" and t.head.lower_ == "to" and t.head.head.lower_ == "according":
            return True
    return False


def _subject_lost(actor_tokens: list[Any], trig: Any) -> bool:
    """ "On 2 February police in Almaty detained X", parsed with "police" under "On": an active verb
    the parse gave no subject, and the actor right before it in its clause, is its subject."""
    if not actor_tokens or trig.pos_ != "VERB" or trig.tag_ not in ("VBD", "VBZ", "VBP"):
        return False
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in trig.children):
        return False
    last = max(t.i for t in actor_tokens)
    between = trig.doc[last + 1 : trig.i]
    return last < trig.i and len(between) <= 2 and not any(t.is_punct or t.pos_ == "VERB" for t in between)


# dependencies that open a clause of their own: its actors are not those of the clause above
_CLAUSE_DEPS = {"ROOT", "ccomp", "advcl", "relcl", "acl", "csubj", "csubjpass", "parataxis", "pcomp"}


def _clause_head(tok: Any) -> int:
    """Index of the head of the clause a token belongs to: its nearest verb that opens a clause,
    taken up through conjoined and controlled verbs ("police detained X and beat him", "began to
    detain"), which share the clause's actors."""
    node = tok
    for _ in range(40):
        if node.pos_ in ("VERB", "AUX") and node.dep_ in _CLAUSE_DEPS | {"conj", "xcomp"}:
            while node.dep_ in ("conj", "xcomp") and node.head.pos_ in ("VERB", "AUX") and node.head.i != node.i:
                node = node.head
            return int(node.i)
        if node.head.i == node.i:
            break
        node = node.head
    return int(node.i)


_TELL = {"tell", "inform", "say", "write", "explain", "report", "complain", "recount", "describe", "assure"}


def _addressee(tok: Any, verb: Any, trig: Any) -> bool:
    """The token stands in the phrase of whom ``verb`` addresses ("told her", "told reporters",
    "said to the court"), not in its subject ("Outlet's editor, X, told ...") nor in an object that
    holds the happening itself ("said X's posts, in which he described the referendum, ...")."""
    node = tok
    for _ in range(10):
        if node.head.i == verb.i:
            if any(a.i == node.i for a in trig.ancestors):
                return False
            return node.dep_ in ("dative", "dobj", "iobj") or (node.dep_ == "prep" and node.lower_ == "to")
        if node.head.i == node.i:
            break
        node = node.head
    return False


def _listener(actor_tokens: list[Any], trigs: list[Any], kind: str) -> bool:
    """The actor only hears or relays the report of the happening: it stands in the clause of a
    verb of speech whose reported content holds the trigger ("X told her that he had been denied
    a lawyer": "her"; "told reporters that police had beaten him": "reporters"), not in the
    trigger's own clause. Its speaker is the reporter (see ``_reports``). Whom a statement itself
    addresses ("wrote to the President asking him to intervene") is part of the statement."""
    if kind in _SPEECH:
        return False
    for trig in trigs:
        key = _clause_head(trig)
        for t in actor_tokens:
            head = t.doc[_clause_head(t)]
            if head.i == key or head.lemma_.lower() not in _TELL:
                return False
            if not any(a.i == head.i for a in trig.ancestors) or not _addressee(t, head, trig):
                return False
    return bool(actor_tokens and trigs)


# verbs of speech whose direct object is the one spoken to ("told Amnesty", "informed the court")
_TELL_OBJ = {"tell", "inform", "assure", "brief", "notify"}


def _root(toks: list[Any]) -> Any:
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in toks}
    return next((t for t in toks if t.head.i not in ids or t.head.i == t.i), toks[0])


def _addressed(toks: list[Any]) -> Any:
    """The verb of speech whose addressee the span is ("told RFE/RL", "said to the court", "told her"),
    or whose outlet it is ("reported from the village for Kezek Media"); else None."""
    if not toks:
        return None
    node = _root(toks)
    if node.dep_ == "pobj" and node.head.lower_ in ("to", "for"):
        node = node.head
    verb = node.head
    if verb.i == node.i or verb.pos_ != "VERB" or verb.lemma_.lower() not in _TELL | _TELL_OBJ:
        return None
    if node.dep_ in ("dative", "iobj") or (node.dep_ == "dobj" and verb.lemma_.lower() in _TELL_OBJ):
        return verb
    outlet = node.lower_ == "for" and verb.lemma_.lower() in ("report", "write")
    if node.dep_ == "prep" and (node.lower_ == "to" or outlet):
        return verb
    return None


def _titled(toks: list[Any]) -> bool:
    """A place named in a title or a body's name ("Deputy Director for Eastern Europe", "the Centre
    for Central Asia"): the object of "for" that qualifies a noun, not where anything happened."""
    if not toks:
        return False
    root = _root(toks)
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head
    return root.dep_ == "pobj" and root.head.lower_ == "for" and root.head.head.pos_ in ("NOUN", "PROPN")


def _role(actor_tokens: list[Any], trig: Any, kind: str) -> str:
    roles: dict[str, list[str]] = reference().lex.get("roles", {})
    subj_role, obj_role = roles.get(kind, ["participant", "participant"])
    if _subject_lost(actor_tokens, trig):
        return subj_role
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
    r"|(?P<n>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+later"
    # counted back: "the day before", "the previous evening", "two days earlier"
    # (not "the day before his arrest": counted from that happening, see ``_anchored``)
    r"|(?P<back>the\s+(?:previous|preceding)\s+(?:day|morning|evening|night|afternoon)"
    r"|the\s+day\s+before(?!\s+(?:his|her|their|its|the|an?|[A-Z]))"
    r"|(?P<nb>a|one|two|three|four|five|six|seven|\d{1,2})\s+days?\s+earlier))\b",
    re.I,
)
_SMALL = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _shift(d: DateMention, m: re.Match[str]) -> str | None:
    """'the following morning', 'two days later': a day counted from the last dated happening."""
    if d.precision != "day":
        return None
    n = (m.group("n") or m.group("nb") or "1").lower()
    k = int(n) if n.isdigit() else _SMALL[n]
    if m.group("back"):
        k = -k
    try:
        day = _dt.date.fromisoformat(d.iso) + _dt.timedelta(days=k)
    except ValueError:
        return None
    return day.isoformat()


_CARRY = 2  # sentences back in the paragraph a date carries over to an undated report
_UNIT_DAYS = {"day": 1, "week": 7}
# weeks, months and years counted from the last dated happening: "three months later", "the following
# year", "later that year", "at the end of the year" (days: ``_FOLLOWING``)
_LATER = re.compile(
    r"\b(?:(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>week|month|year)s?\s+later"
    r"|the\s+(?:following|next)\s+(?P<next>week|month|year)"
    r"|(?:later|earlier)\s+(?:that|the\s+same)\s+(?P<same>year|month)"
    r"|the\s+(?:end|beginning|start|middle|close)\s+of\s+(?:the|that)\s+(?P<same2>year|month))\b",
    re.I,
)


def _later(d: DateMention, m: re.Match[str]) -> tuple[str, str] | None:
    """The date a ``_LATER`` phrase gives, counted from the date ``d`` of the happening before."""
    same = (m.group("same") or m.group("same2") or "").lower()
    if same == "year":
        return d.iso[:4], "year"
    if same == "month":
        return (d.iso[:7], "month") if d.precision != "year" else None
    if m.group("next"):
        return _move(d.iso, d.precision, 1, m.group("next"))
    n_txt = m.group("n").lower()
    n = int(n_txt) if n_txt.isdigit() else _SMALL_N.get(n_txt, 0)
    return _move(d.iso, d.precision, n, m.group("unit")) if n else None


# "three days after his arrest", "Three weeks after Nazarov's arrest", "two months before the trial of X"
_ANCHOR = re.compile(
    r"\b(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+"
    r"(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:after|before))\s+"
    r"(?P<poss>(?i:his|her|their|its|the)\s+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[’']s?\s+)"
    r"(?P<noun>[a-z][\w-]+)"
)
_SMALL_N = {**_SMALL, "an": 1, "eight": 8, "nine": 9, "ten": 10}
_COUNTED = re.compile(
    r"\b(?P<n>(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten)|\d{1,2})\s+"
    r"(?P<unit>(?i:day|week|month|year))s?\s+(?P<dir>(?i:after|before))\s"
)
# "ruled for 30 years before his resignation": a duration, not a date counted from another
_DURATION = re.compile(r"\b(?i:for|over|within|of|past|last|some|about|nearly|almost)\s+$")
# "during Kiai's visit", "while filming the dispersal of the sit-in": at the time of another happening
_DURING = re.compile(
    r"\b(?:(?i:during|amid)|while\s+[a-z]+ing)\s+"
    r"(?P<poss>(?i:his|her|their|its|the)\s+|[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?[’']s?\s+)"
)


def _move(iso: str, precision: str, n: int, unit: str) -> tuple[str, str] | None:
    """``iso`` moved by ``n`` days/weeks/months/years (negative: back), as precise as the unit allows."""
    unit = unit.lower()
    if unit in _UNIT_DAYS:
        if precision != "day":
            return None
        try:
            day = _dt.date.fromisoformat(iso) + _dt.timedelta(days=n * _UNIT_DAYS[unit])
        except ValueError:
            return None
        return day.isoformat(), "day"
    y = int(iso[:4])
    if unit == "year":
        return f"{y + n:04d}", "year"
    if precision == "year":
        return None
    m0 = y * 12 + int(iso[5:7]) - 1 + n
    return f"{m0 // 12:04d}-{m0 % 12 + 1:02d}", "month"


class _Seen:
    """The dated happenings read so far in the document: (sentence, kind, date, precision, entity ids)."""

    def __init__(self) -> None:
        self.items: list[tuple[int, str, str, str, set[str]]] = []
        # items reported by a bare plural noun ("similar raids took place in April and May"):
        # happenings in general, which a singular "the raid" does not refer back to
        self.plural: set[int] = set()

    def add(self, sent: int, kind: str, iso: str, precision: str, ents: set[str], plural: bool = False) -> None:
        if plural:
            self.plural.add(len(self.items))
        self.items.append((sent, kind, iso, precision, ents))

    def singular(self) -> _Seen:
        """The happenings not reported by a plural noun."""
        out = _Seen()
        out.items = [x for i, x in enumerate(self.items) if i not in self.plural]
        return out

    def within(self, kinds: set[str], year: str, other_than: int) -> list[tuple[int, str, str, str, set[str]]]:
        """Happenings of ``kinds`` dated more precisely than a year, in ``year``, outside one sentence."""
        return [
            x for x in self.items if x[1] in kinds and x[0] != other_than and x[3] != "year" and x[2][:4] == year
        ]

    def find(self, kinds: set[str], ents: set[str] | None, before: int, latest: bool) -> tuple[str, str] | None:
        """The first (or latest) dated happening of one of ``kinds`` involving one of ``ents``
        (any, when ``ents`` is None) reported before sentence ``before``, else after it."""
        cands = [x for x in self.items if x[1] in kinds and x[0] != before and (ents is None or x[4] & ents)]
        prior = [x for x in cands if x[0] < before] or cands
        if not prior:
            return None
        pick = max(prior, key=lambda x: x[0]) if latest else min(prior, key=lambda x: (x[2], x[0]))
        return pick[2], pick[3]


def _bare_plural(tok: Any) -> bool:
    """A plural trigger noun without a count ("similar raids"), not "62 votes", "three arrests"."""
    return bool(tok.tag_ == "NNS" and not any(c.dep_ == "nummod" or c.like_num for c in tok.children))


def _year_in_phrase(tok: Any, d: DateMention, seg_start: int) -> bool:
    """The year is a modifier of the trigger noun ("the 2023 Mazhilis elections"), not a time of the
    sentence ("prosecutions ... have risen since 2023"). ``d`` is placed in the sentence's text, which
    starts at ``seg_start`` of the parse."""
    return tok.left_edge.idx - seg_start <= d.start < tok.idx - seg_start


def _refine(ev: Entity, items: list[tuple[int, str, str, str, set[str]]], ents: set[str]) -> None:
    """ "In the 2023 Mazhilis elections, ..." after "the Mazhilis was elected on March 19, 2023": a
    nominal event dated by its year only takes the day of the one happening of its kind that year
    the document dates more precisely (involving an actor or place the phrase names, when it names any)."""
    if ents:
        items = [x for x in items if x[4] & ents]
    dates = {(x[2], x[3]) for x in items}
    if len(dates) == 1:
        ev.properties["date"], ev.properties["datePrecision"] = dates.pop()


# kinds of the happenings a nominal event ("the prosecution of X") may be about; True: the latest
# one (a conviction ends a process), False: the first (a detention starts it)
_COREF: dict[str, tuple[set[str], bool]] = {
    "arrest": ({"arrest"}, False),
    "trial": ({"trial", "sentencing"}, True),
    "sentencing": ({"sentencing", "trial"}, True),
    "killing": ({"killing"}, False),
    "ban": ({"ban"}, False),
    "crackdown": ({"crackdown"}, False),
    "election": ({"election"}, False),
}


def _ents_between(res: Resolved, sent: Sentence, lo: int, hi: int) -> set[str]:
    """Ids of the people, organizations and places the sentence names between two original offsets."""
    return {
        e.id
        for s, _e, e in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
        if lo <= s < hi and e.label in ("Person", "Organization", "Location")
    }


def _anchored(
    sent: Sentence, dates: list[DateMention], res: Resolved, seen: _Seen, trig: list[tuple[Any, str]]
) -> tuple[list[DateMention], set[int]]:
    """Dates counted from another happening: "the death of X on 3 March, three days after his arrest"
    (the arrest: three days before the sentence's date), "Three weeks after X's arrest, police
    detained Y" (Y's detention: three weeks after X's arrest as reported earlier). Returns the dates
    to add and the trigger tokens (indexes) that only refer to the earlier happening."""
    add: list[DateMention] = []
    refer: set[int] = set()
    trig_lex: dict[str, str] = reference().lex.get("event_triggers", {})
    # with a date of its own, the sentence counts back from it instead (``_COUNTED`` below)
    for m in _ANCHOR.finditer(sent.seg) if not dates else ():
        if _DURATION.search(sent.seg, 0, m.start()):
            continue
        noun_tok = next((t for t, _k in trig if t.idx - sent.span.start_char == m.start("noun")), None)
        kind = trig_lex.get(noun_tok.lemma_.lower()) if noun_tok is not None else trig_lex.get(m.group("noun").lower())
        if kind is None:
            continue
        n_txt = m.group("n").lower()
        n = int(n_txt) if n_txt.isdigit() else _SMALL_N.get(n_txt, 0)
        sign = 1 if m.group("dir").lower() == "after" else -1
        base = _referred(sent, m, kind, res, seen)
        if base is None:
            continue
        moved = _move(base[0], base[1], sign * n, m.group("unit"))
        if moved:
            add.append(DateMention(m.start(), m.end("dir"), moved[0], moved[1]))
            if noun_tok is not None:
                refer.add(noun_tok.i)
    for m in _COUNTED.finditer(sent.seg) if dates else ():
        # "entered into force on 19 June, two months after it was approved", "the death of X on
        # 3 March, three days after his arrest": the sentence's date is of its main happening, the
        # one after "after" is counted back from it
        if _DURATION.search(sent.seg, 0, m.start()):
            continue
        start = sent.span.start_char + m.end()
        tok = next((t for t, _k in trig if 0 <= t.idx - start < 40), None)
        own = [d for d in dates if d.end <= m.start() or d.start >= m.end()]
        if tok is None or not own:
            continue
        n_txt = m.group("n").lower()
        n = int(n_txt) if n_txt.isdigit() else _SMALL_N.get(n_txt, 0)
        sign = 1 if m.group("dir").lower() == "after" else -1
        near = min(own, key=lambda d: abs(d.start - m.start()))
        moved = _move(near.iso, near.precision, -sign * n, m.group("unit"))
        if moved:
            pos = tok.idx - sent.span.start_char
            add.append(DateMention(pos, pos + len(tok.text), moved[0], moved[1]))
    if not dates:
        for m in _DURING.finditer(sent.seg):
            # the happening named: a trigger noun among the next two words ("Kiai's recent visit")
            noun_tok = next(
                (t for t, _k in trig if t.pos_ == "NOUN" and 0 <= t.idx - sent.span.start_char - m.end() < 20),
                None,
            )
            if noun_tok is None or len(sent.seg[m.end() : noun_tok.idx - sent.span.start_char].split()) > 1:
                continue
            kind = trig_lex.get(noun_tok.lemma_.lower())
            if kind is None:
                continue
            base = _referred(sent, m, kind, res, seen)
            if base is not None:
                add.append(DateMention(m.start(), m.end(), base[0], base[1]))
                refer.add(noun_tok.i)
                break
    return add, refer


# a law named by its title in a sentence: "the Religion Law", "the Law on Public Associations"
_LAW_TITLE = re.compile(
    r"\b(?:[Tt]he|[Ii]ts|[Tt]his)\s+((?:[A-Z][\w-]*\s+){1,4}(?:Law|Code|Act)"
    r"|Law\s+on\s+[A-Z][\w-]*(?:\s+(?:(?:of|and|the|on|for|from)\s+)*[A-Z][\w-]*)*)"
)


def _law_year(seg: str, text: str) -> str | None:
    """The year the document gives the law a sentence names: "the 2021 Religion Law", "the Law on X,
    adopted in 2015", "the Law on X of 2019" (one year only)."""
    years: set[str] = set()
    for m in _LAW_TITLE.finditer(seg):
        name = r"\s+".join(re.escape(w) for w in m.group(1).split())
        for pat in (
            rf"\b((?:19|20)\d\d)\s+{name}\b",
            rf"\b{name},?\s+(?:(?:which\s+was|was|were)\s+)?(?:adopted|passed|enacted|signed|approved)\s+"
            rf"(?:by\s+[^.;]{{1,40}}?\s+)?in\s+(?:\w+\s+)?((?:19|20)\d\d)\b",
            rf"\b{name}\s+of\s+((?:19|20)\d\d)\b",
        ):
            years.update(x.group(1) for x in re.finditer(pat, text))
    return years.pop() if len(years) == 1 else None


# "the Law on X of " ending right before a date: the date ends the law's name. A month may follow
# a longer title than a year does ("the Law 'On the Procedure for ...' of May 2020").
_LAW_OF = {
    "year": re.compile(r"\b(?:Law|Code|Act)\b[^,.;()]{0,60}\bof\s+$"),
    "month": re.compile(r"\b(?:Law|Code|Act)\b[^,.;()]{0,80}\bof\s+$"),
}
_YEAR_LAW = re.compile(r"\s+(?:[A-Z][\w-]*\s+){0,4}(?:Law|Code|Act)\b")  # "the 2021 Religion Law"


def _in_law_name(seg: str, d: DateMention) -> bool:
    """A year or month that dates a law the sentence names ("the Law on Countering Extremism of 2020",
    "the 2021 Religion Law", "the Law on X of May 2020"), not a happening of its own."""
    law_of = _LAW_OF.get(d.precision)
    if d.start < 0 or law_of is None:
        return False
    if law_of.search(seg[: d.start]):
        return True
    return d.precision == "year" and bool(_YEAR_LAW.match(seg[d.end :]))


def _law_token(sent: Sentence, d: DateMention) -> Any:
    """The "Law" / "Code" / "Act" token of the law whose name a date ends."""
    cands = [
        t
        for t in sent.span
        if t.text in ("Law", "Code", "Act") and t.idx - sent.span.start_char < d.start
    ]
    return cands[-1] if cands else None


def _first_person_past(trig: list[tuple[Any, str]]) -> bool:
    """A trigger verb in the past tense whose subject is the author ("I visited", "we met")."""
    return any(
        t.pos_ == "VERB" and t.tag_ == "VBD" and any(c.dep_ == "nsubj" and c.lower_ in ("i", "we") for c in t.children)
        for t, k in trig
        if k not in _SPEECH
    )


def _referred(sent: Sentence, m: re.Match[str], kind: str, res: Resolved, seen: _Seen) -> tuple[str, str] | None:
    """The date of the earlier happening an anchor phrase names ("Nazarov's arrest", "the dispersal")."""
    poss = m.group("poss").strip()
    ents: set[str] | None = None
    if poss[:1].isupper() and poss.lower() != "the":
        lo = sent.offset + sent.span.start_char + m.start("poss")
        ents = _ents_between(res, sent, lo, lo + len(poss)) or None
        if ents is None:
            return None
    lat = _COREF.get(kind, ({kind}, False))
    return seen.find({kind} | lat[0], ents, sent.index, latest=True)


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
    sentence before it in the same paragraph ("On 6 October police dispersed
    the rally. ... Police detained 14 protesters"). A nominal event left
    undated ("the prosecution of X", "the Kara-Suu detentions") takes the date
    of the document's dated happening of its kind involving the same actor or
    place (see ``_corefer``).
    """
    out: dict[int, list[Entity]] = {}
    prev_dates: tuple[int, int, list[DateMention]] = (-1, -1, [])
    my_cache: dict[int, list[tuple[int, int]]] = {}  # (sentence index, paragraph, dates)
    seen = _Seen()
    nominals: list[tuple[Entity, Any, str, Sentence]] = []
    refinable: list[tuple[Entity, Any, str, Sentence]] = []  # nominals dated by a year in their phrase
    for sent in sents:
        if sent.heading:
            continue
        seg_start = sent.span.start_char
        dates: list[DateMention] = find_dates(
            sent.seg, doc_year, doc_date, _month_years(sents, sent.index, doc_year, my_cache)
        )
        trig = triggers(sent)
        rel = _FOLLOWING.search(sent.seg)
        if not dates and rel and prev_dates[2] and prev_dates[0] >= sent.index - 3:
            shifted = _shift(prev_dates[2][-1], rel)
            if shifted is not None:
                dates = [DateMention(rel.start(), rel.end(), shifted, "day")]
        later = _LATER.search(sent.seg)
        if not dates and later and prev_dates[2] and prev_dates[0] >= sent.index - 3:
            moved = _later(prev_dates[2][-1], later)
            if moved is not None:
                dates = [DateMention(later.start(), later.end(), moved[0], moved[1])]
        extra, refer = _anchored(sent, dates, res, seen, trig)
        dates = sorted(dates + extra, key=lambda d: d.start)
        # a month that dates a law the sentence names ("as required by the Law on X of May 2020") dates
        # the law's adoption, not the happenings of the sentence
        law_dates = [d for d in dates if d.precision == "month" and _in_law_name(sent.seg, d)]
        dates = [d for d in dates if d not in law_dates]
        trig = [(t, k) for t, k in trig if t.i not in refer]
        if dates:
            # a dated sentence sets the time of the ones after it, whether or not it reports a happening
            prev_dates = (sent.index, sent.offset, dates)
        if not trig:
            continue
        if not dates and trig and all(k == "legislation" or k in _SPEECH for _t, k in trig) and any(
            k == "legislation" for _t, k in trig
        ):
            # "Parliament adopted the Religion Law" after "the 2021 Religion Law": the law's year
            law_year = _law_year(sent.seg, text)
            if law_year:
                dates = [DateMention(-(10**6), -(10**6), law_year, "year")]
        if not dates and prev_dates[0] >= sent.index - _CARRY and prev_dates[1] == sent.offset and prev_dates[2]:
            dates = [DateMention(-(10**6), -(10**6), d.iso, d.precision) for d in prev_dates[2][-1:]]
        if not dates and doc_date is not None and _first_person_past(trig):
            # "I visited the colony", "We met the minister": the author's mission, in the document's year
            dates = [DateMention(-(10**6), -(10**6), f"{doc_date.year:04d}", "year")]
        # group triggers by their nearest date
        groups: dict[str | None, list[tuple[Any, str]]] = {}

        def dist(d: DateMention, tok: Any, seg_start: int = seg_start) -> int:
            pos = tok.idx - seg_start
            return min(abs(d.start - pos), abs(d.end - pos))

        for tok, kind in trig:
            near = min(dates, key=lambda d: dist(d, tok)) if dates else None
            groups.setdefault(near.iso if near else None, []).append((tok, kind))
        for d in dates:  # "the 2012 and 2016 elections": every date names a happening
            if d.iso not in groups and not _in_law_name(sent.seg, d):
                tok, kind = min(trig, key=lambda tk: dist(d, tk[0]))
                groups[d.iso] = [(tok, kind)]
        adoptions: set[str] = set()
        for d in law_dates:
            law_tok = _law_token(sent, d)
            if law_tok is not None and d.iso not in groups:
                groups[d.iso] = [(law_tok, "legislation")]
                adoptions.add(d.iso)
                dates.append(d)
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
            noun_phrase = _noun_phrase(tok)
            if noun_phrase:
                b.alias(ev, noun_phrase)
            events.append(ev)
            sent_ents = _ents_between(res, sent, sent.start, sent.end)
            if iso and dm is not None and dm.start >= 0:  # a date the sentence gives, not one carried over
                for _t, k in group:
                    if k not in _SPEECH:
                        seen.add(sent.index, k, iso, dm.precision, sent_ents, plural=_bare_plural(_t))
                in_phrase = dm.precision == "year" and _year_in_phrase(tok, dm, seg_start)
                if in_phrase and tok.pos_ == "NOUN" and kind in _COREF:
                    refinable.append((ev, tok, kind, sent))  # "the 2023 elections": the day may be known
            elif tok.pos_ == "NOUN" and kind in _COREF:
                nominals.append((ev, tok, kind, sent))
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
                if iso in adoptions:
                    break  # the law's adoption: the actors of the sentence are not the legislature
                if ent.label in ("Person", "Organization"):
                    toks = [t for t in sent.span if start - sent.offset <= t.idx < end - sent.offset]
                    heard = _addressed(toks)
                    if heard is not None and (heard.i != tok.i or kind not in _SPEECH):
                        continue  # "..., lawyers told RFE/RL": whom it was told to took no part in it
                    if heard is not None:
                        b.relate("PARTICIPATED_IN", ent, ev, sent.index, {"role": "audience"})
                        continue
                    # "Human Rights Watch documented the arrests of 30 protesters", "according to X"
                    reporter = kind not in _SPEECH and _reports(toks, trig)
                    own = [t for t, k in group if k not in _SPEECH] or [t for t, _k in group]
                    if not reporter and _listener(toks, own, kind):
                        continue  # whom the happening was told to, not who took part in it
                    role = "reporter" if reporter else _role(toks, tok, kind)
                    b.relate("PARTICIPATED_IN", ent, ev, sent.index, {"role": role})
                elif ent.label == "Location":
                    toks = [t for t in sent.span if start - sent.offset <= t.idx < end - sent.offset]
                    if _titled(toks):
                        continue  # "Deputy Director for Eastern Europe": a title, not where it happened
                    b.relate("OCCURRED_IN", ev, ent, sent.index)
        out[sent.index] = events
    _corefer(nominals, seen, res)
    for ev, tok, kind, sent in refinable:
        same_year = seen.within(_COREF[kind][0], str(ev.properties.get("date")), sent.index)
        _refine(ev, same_year, _phrase_ents(res, sent, tok))
    return out


def _phrase_ents(res: Resolved, sent: Sentence, tok: Any) -> set[str]:
    """Ids of the actors and places named in the phrase a trigger token heads."""
    lo = sent.offset + tok.left_edge.idx
    hi = sent.offset + tok.right_edge.idx + len(tok.right_edge.text)
    return _ents_between(res, sent, lo, hi)


def _corefer(nominals: list[tuple[Entity, Any, str, Sentence]], seen: _Seen, res: Resolved) -> None:
    """An undated nominal event ("the prosecution of X for his reporting", "the Kara-Suu
    detentions", "Quash the conviction of X") names a happening the document reports with its
    date elsewhere: the dated happening of a compatible kind involving the actor or place the
    phrase names takes its date to it."""
    for ev, tok, kind, sent in nominals:
        ents = _phrase_ents(res, sent, tok)
        if ev.properties.get("date"):
            continue
        kinds, latest = _COREF[kind]
        found = seen.find(kinds, ents, sent.index, latest) if ents else None
        if found is None and any(d.lower_ in ("the", "these", "those", "this", "that") for d in tok.lefts):
            # "the mass detentions", "The raid on the home of X" (X not named with the raid before):
            # only when every such happening the document dates falls in one month
            pool = seen
            items = [x for x in seen.items if x[1] in kinds and x[0] != sent.index]
            if tok.tag_ == "NN":
                # "The raid on the home of X": one happening told before it, not "similar raids"
                pool = seen.singular()
                items = [x for x in pool.items if x[1] in kinds and x[0] != sent.index]
                items = [x for x in items if x[0] < sent.index] or items
            months = {x[2][:7] for x in items}
            found = pool.find(kinds, None, sent.index, latest) if len(months) == 1 else None
        if found:
            ev.properties["date"], ev.properties["datePrecision"] = found
