"""Relationships between actors read from one sentence at a time.

* roles and titles: "Hugh Williamson, Europe and Central Asia director at
  Human Rights Watch" -> descriptor + WORKS_FOR; "chair of X", "head of X",
  "President ... of Kazakhstan", "U.S. president Donald Trump" -> LEADS;
* speech and pressure verbs: subject CRITICIZED / CALLED_ON the actors of the
  object; "met (with)", "welcome" -> MET_WITH; "created", "founded" -> FOUNDED;
* places: an organization of a city is LOCATED_IN it; a venue named after a
  city ("Aktau airport") is LOCATED_IN the city.
"""

from __future__ import annotations

import re

from graph.model import Entity
from graph.translit import fold
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_CRIT = {
    "criticize",
    "criticise",
    "condemn",
    "slam",
    "denounce",
    "accuse",
    "deplore",
    "blame",
    "lament",
    "reject",
    "brush",
    "rebuff",
    "fault",
    "attack",
    "assail",
}
_CALL = {"urge", "call", "ask", "press", "demand", "appeal", "push", "invite"}
_MEET = {"meet", "welcome", "host", "receive"}
_FOUND = {"create", "found", "establish", "form", "launch", "set"}


def _ents_in(res: Resolved, sent: Sentence, lo: int, hi: int) -> list[Entity]:
    both = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
    return [e for s, _e, e in both if lo <= s < hi]


def _actor_at(res: Resolved, sent: Sentence, tok_start: int, tok_end: int) -> Entity | None:
    for s, e, ent in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []):
        if (s <= tok_start < e or tok_start <= s < tok_end) and ent.label in ("Person", "Organization"):
            return ent
    return None


def _span_of(tok, sent: Sentence) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    lo = sent.offset + tok.left_edge.idx
    r = tok.right_edge
    return lo, sent.offset + r.idx + len(r.text)


def extract_relations(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> None:
    ref = reference()
    roles = sorted(ref.lex.get("role_nouns", ()), key=len, reverse=True)
    leading = set(ref.lex.get("leading_roles", ()))
    role_re = re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")s?\b", re.I)
    for sent in sents:
        if sent.heading:
            continue
        ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
        people = [(s, e, x) for s, e, x in ents if x.label == "Person"]
        # --- descriptors by apposition / title ------------------------------------------
        for s, e, person in people:
            after = text[e : min(sent.end, e + 120)]
            m = re.match(r"\s*,\s*((?:(?!,|;|–|—|\(|“).){3,110}?)(?:,|;|–|—|\.|$)", after)
            if m is None or not role_re.search(m.group(1)):
                # copular: "X is a researcher at Y", "X serves as director of Y"
                m = re.match(
                    r"\s+(?:is|was|has been|serves as|works as)\s+((?:a|an|the)\s+(?:(?!,|;|–|—|\(|“).){3,110}?)"
                    r"(?:,|;|–|—|\.|$)",
                    after,
                )
            desc = None
            if m and role_re.search(m.group(1)) and not re.match(r"\s*(?:who|which|that|and)\b", m.group(1)):
                desc = m.group(1).strip()
                dlo, dhi = e + m.start(1), e + m.end(1)
            before = text[max(sent.start, s - 80) : s]
            mb = re.search(
                r"((?:[A-Z][\w.]*\s+)?(?:[\w.’'-]+\s+){0,5}?)(?:" + "|".join(map(re.escape, roles)) + r")\s*,?\s*$",
                before,
                re.I,
            )
            if desc is None and mb:
                seg = before[mb.start() :].strip(" ,")
                seg = (
                    re.sub(r"^.*?\b(?:the|a|an|his|her|their|its)\s+", "", seg, flags=re.I)
                    if len(seg.split()) > 4
                    else seg
                )
                desc = seg
                dlo, dhi = s - len(before) + mb.start(), s
            for title, _si, ts, _te in res.descriptors.get(person.id, []):
                if ts == s:
                    desc = desc or title
            if not desc:
                continue
            desc = re.sub(r"^(?:the|a|an)\s+", "", desc, flags=re.I)
            d = person.properties.setdefault("descriptors", [])
            if desc not in d and len(desc) < 120:
                d.append(desc)
            orgs = [x for x in _ents_in(res, sent, dlo, dhi) if x.label == "Organization"]
            lead = any(re.search(rf"\b{re.escape(r)}\b", desc, re.I) for r in leading)
            for o in orgs:
                b.relate("LEADS" if lead else "WORKS_FOR", person, o, sent.index, {"role": desc})
            head_of_state = re.search(r"\b(?:president|prime minister|leader|ruler)\b", desc, re.I)
            # "Minister of Justice, Rustam Shohmurod": a minister works for the government
            minister = re.search(r"\b(?:minister|deputy minister|ambassador)\b", desc, re.I) and not re.search(
                r"\bformer\b", desc, re.I
            )
            if not orgs and (head_of_state or minister):
                named = [w for w in re.findall(r"[A-Z][\w.]+", desc + " " + text[e : e + 20]) if ref.country(w)]
                # no country in the title ("President Emomali Rahmon"): the document's country in context
                ctx = res.country_near(s, sents) or res.main_country
                if not named and ctx and not re.search(r"\b(?:foreign|former|ex-)\b", desc, re.I):
                    g = b.entity(
                        "Organization",
                        fold(f"{ctx} government"),
                        f"{ctx} government",
                        props={"kind": "government", "country": ctx},
                    )
                    if g.mentions:
                        b.relate("LEADS" if head_of_state else "WORKS_FOR", person, g, sent.index, {"role": desc})
                for w in named:
                    c = ref.country(w)
                    if c:
                        g = b.entity(
                            "Organization",
                            fold(f"{c} government"),
                            f"{c} government",
                            props={"kind": "government", "country": c},
                        )
                        pos = text.find(w, sent.start, sent.end)
                        if pos >= 0:
                            b.mention(g, pos, pos + len(w), sent.index)
                        if not g.mentions:
                            continue
                        b.relate("LEADS" if head_of_state else "WORKS_FOR", person, g, sent.index, {"role": desc})
                        break
        # --- verbs between actors -------------------------------------------------------------
        for tok in sent.span:
            lem = tok.lemma_.lower()
            if tok.pos_ != "VERB":
                continue
            kind = (
                "CRITICIZED"
                if lem in _CRIT
                else "CALLED_ON"
                if lem in _CALL
                else "MET_WITH"
                if lem in _MEET
                else "FOUNDED"
                if lem in _FOUND
                else None
            )
            if (
                kind is None
                and lem in ("speak", "talk")
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
            ):
                kind = "MET_WITH"  # "I was able to speak in private with X"
            if kind is None:
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            gov = tok
            for _ in range(3):
                if subj or gov.dep_ not in ("xcomp", "ccomp", "conj", "acomp"):
                    break
                # "I was able to speak with X", "X urged ... and called on Y": the governing verb's subject
                gov = gov.head
                subj = [c for c in gov.children if c.dep_ == "nsubj"]
            if not subj:
                continue
            s_lo, s_hi = _span_of(subj[0], sent)
            src = _actor_at(res, sent, sent.offset + subj[0].idx, sent.offset + subj[0].idx + len(subj[0].text))
            if src is None:
                cands = [x for x in _ents_in(res, sent, s_lo, s_hi) if x.label in ("Person", "Organization")]
                src = cands[0] if cands else None
            if src is None:
                continue
            objs = [c for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative", "prt")]
            for o in objs:
                lo, hi = _span_of(o, sent)
                for x in _ents_in(res, sent, lo, hi):
                    if kind == "FOUNDED" and x.label != "Organization":
                        continue
                    if kind == "CRITICIZED" and x.label not in (
                        "Person",
                        "Organization",
                        "Event",
                        "Law",
                        "Location",
                    ):
                        continue
                    if x.label in ("Article", "Right"):
                        continue
                    b.relate(kind, src, x, sent.index)
        # --- places ---------------------------------------------------------------------------
        for s, e, x in ents:
            if x.label == "Location" and x.properties.get("kind") == "venue":
                for _s2, _e2, y in ents:
                    if y.label == "Location" and y is not x and y.name in x.name:
                        b.relate("LOCATED_IN", x, y, sent.index)
            if x.label == "Organization":
                for s2, _e2, y in ents:
                    if (
                        y.label == "Location"
                        and s <= s2 < e
                        and y.properties.get("kind") in ("city", "region", "venue")
                    ):
                        b.relate("LOCATED_IN", x, y, sent.index)
            if x.label == "Location" and x.properties.get("kind") in ("city", "region", "venue"):
                countries = {
                    y.id: y for _s, _e, y in ents if y.label == "Location" and y.properties.get("kind") == "country"
                }
                if len(countries) == 1:
                    b.relate("LOCATED_IN", x, next(iter(countries.values())), sent.index)
