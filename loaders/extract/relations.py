"""Relationships between actors read from one sentence at a time.

* roles and titles: "Hugh Williamson, Europe and Central Asia director at
  Human Rights Watch" -> descriptor + WORKS_FOR; "chair of X", "head of X",
  "President ... of Kazakhstan", "U.S. president Donald Trump" -> LEADS;
* speech and pressure verbs: subject CRITICIZED / CALLED_ON the actors of the
  object; "met (with)", "welcome" -> MET_WITH; "created", "founded" -> FOUNDED;
* places: an organization of a city is LOCATED_IN it; a venue named after a
  city ("Aktau airport") is LOCATED_IN the city; "X, the capital of Y",
  "Russia's state corporation X", "the Osh-based X", "Dushanbe City Court";
* back-references: "Its founder, X" (the topic of the sentence before), "The
  organization also calls on ...", "The president chairs ..." (the person with
  that title); coordinated subjects all act;
* offices: "Its main sponsor, X" of a law (ADOPTED), "approved by the Senate"
  (ADOPTED), "The country rapporteur, X" (MEMBER_OF the committee), "X was
  appointed/elected to ORG", "Judge X of the Y Court", "the UN High
  Commissioner ..., X" (WORKS_FOR the parent body), "the akim of Y region, X"
  (WORKS_FOR the government);
* findings: "the Working Group found that the detention was arbitrary" ->
  CRITICIZED the government concerned;
* groups: "Two other union members, A and B" (MEMBER_OF the union named
  before), "Its founding chairman, X" (LEADS and FOUNDED);
* open letters (:mod:`loaders.extract.letters`): the signatories CALLED_ON the
  addressees when "we call on / urge / ask you";
* "X wrote to A and to B" (CALLED_ON); a call "to repeal / amend / bring into
  line" a law (CRITICIZED the law); "the Committee for X in Tashkent", "the
  Bishkek office of X" (LOCATED_IN);
* the verb lexicon also reads passives ("was criticized by X"), join (MEMBER_OF), represent
  (REPRESENTS), recommend / request (CALLED_ON whom it addresses), judgments ("considers X
  incompatible with ...", "described X as politically motivated") and "expressed concern about X"
  (CRITICIZED X); a call addresses whom it is made on/to, never the people its clause names, and
  whom a criticized happening befell ("the detention of X") is not criticized;
* "X should / must ..." said by a speaker (or in a signed text, by its author): CALLED_ON X;
* "A and B, members of X", "a member of X" (MEMBER_OF); "X of ORG" (WORKS_FOR, MEMBER_OF of a
  party); "X's lawyer, Y", "Y, who is defending X" (REPRESENTS).
"""

from __future__ import annotations

import re

from graph.model import Entity
from graph.translit import fold, norm
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.legal import surname_mentions
from loaders.extract.letters import letter_relations
from loaders.extract.reference import reference
from loaders.extract.resolve import document_author
from loaders.extract.segment import Sentence

# words before "leader"/"president" that make it the title of a body other than the state
_NOT_STATE = (
    r"\b(?:union|opposition|party|community|protest|strike|movement|student|religious|group|youth|rebel|faction|"
    r"team|campaign|tribal|spiritual|club|association|society|association's|union's|party's|bar|miners'?)\s+$"
)
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
_CALL = {"urge", "call", "ask", "press", "demand", "appeal", "push", "invite", "recommend", "request", "exhort"}
# verbs of a call to change a law (its object is then criticized)
# prepositions that introduce whom a call addresses ("call on", "appeal to"), not what it asks for
_ADDRESSEE = {"on", "upon", "to"}
_UNDO_LAW = {"repeal", "amend", "revise", "withdraw", "abolish", "bring", "align", "rescind", "annul", "scrap",
             "decriminalize", "decriminalise", "reform", "overhaul"}  # fmt: skip
_MEET = {"meet", "welcome", "host", "receive"}
_FOUND = {"create", "found", "establish", "form", "launch", "set"}
_HEAD = {"chair", "head", "lead", "direct", "run"}  # only with a direct object that is an organization
_JOIN = {"join"}  # a person or body joining an organization becomes its member
_REPRESENT = {"represent"}  # counsel acting for a client
# "X considers / deems / found Y incompatible with ...": a judgment against Y
_JUDGE = {"consider", "deem", "find", "call", "declare", "describe", "label", "characterize", "characterise"}
_ABOUT = {"about", "at", "over", "regarding", "with", "concerning"}
# "expressed concern about / at / over X": a monitoring body's criticism of X
_CONCERN = {"concern", "alarm", "dismay", "regret", "outrage", "disappointment", "criticism", "indignation"}
_AGAINST = re.compile(
    r"^(?:incompatible|inconsistent|contrary|unlawful|illegal|arbitrary|unconstitutional|discriminatory|"
    r"disproportionate|abusive|unjust|repressive|politically\s+motivated|in\s+(?:breach|violation)\b|"
    r"as\s+(?:an?\s+)?(?:unlawful|illegal|arbitrary|politically|repressive|abusive|unjust|disproportionate|"
    r"discriminatory|violation|breach|attack|assault))",
    re.I,
)
_ADOPT = {"adopt", "pass", "enact", "approve", "sign", "ratify", "amend", "draft"}  # only ever with a Law object


def _ents_in(res: Resolved, sent: Sentence, lo: int, hi: int) -> list[Entity]:
    both = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
    return [e for s, _e, e in both if lo <= s < hi]


def _actor_at(res: Resolved, sent: Sentence, tok_start: int, tok_end: int) -> Entity | None:
    for s, e, ent in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []):
        if (s <= tok_start < e or tok_start <= s < tok_end) and ent.label in ("Person", "Organization"):
            return ent
    return None


_MACRO_REGION = re.compile(
    r"^(?:the\s+)?(?:(?:Central|South|East|West|North|Southeast|Eastern|Western|Northern|Southern|Inner)\s+)?"
    r"(?:Asia|Europe|Africa|America|Middle\s+East|Caucasus|Eurasia|Balkans|Caspian)\b"
)


def _may_lie_in(place: Entity, country: Entity) -> bool:
    """A place named with one country in the sentence lies in it, unless it is itself a country
    (a kind read wrong), a region wider than a country ("Central Asia"), or another country's
    capital."""
    ref = reference()
    if ref.country(place.name) == place.name or _MACRO_REGION.match(place.name):
        return False
    cap = ref.capital_of.get(norm(place.name))
    return cap is None or cap == country.name


def _coordinated_before(people: list[tuple[int, int, Entity]], start: int, text: str) -> list[Entity]:
    """The names joined to the one at ``start`` by commas or "and" right before it ("A, B and C")."""
    out: list[Entity] = []
    for s2, e2, p2 in sorted(people, key=lambda c: -c[0]):
        if e2 > start:
            continue
        if not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[e2:start]):
            break
        out.append(p2)
        start = s2
    return out


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
        # a bare surname the resolver left untagged ("Tazhimuratov, the editor of ...")
        people = sorted(people + surname_mentions(sent, text, b, ents), key=lambda c: c[0])
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
            # a title before the name is read after any earlier name ("U.S. president Donald Trump will
            # welcome President Nursultan Nazarbayev": the second title is "President")
            prev_end = max((e2 for s2, e2, _x in people if e2 <= s), default=sent.start)
            before = text[max(sent.start, s - 80, prev_end) : s]
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
                if seg and seg in before[mb.start() :]:
                    # organizations are read in the title kept ("the trade union leader X"), not in the
                    # clause cut before it ("the City Court sentenced ...")
                    dlo = s - len(before) + before.rfind(seg)
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
            # "a (former) member of the X party": membership, not a post
            member = re.match(r"(?:(?:former|founding|leading|senior|prominent|active)\s+)?members?\b", desc, re.I)
            holders = [person]
            if m is not None and desc == m.group(1).strip():
                # "A and B, members of X": the apposition describes every name of the coordination
                holders += _coordinated_before(people, s, text)
            for o in orgs:
                for h in holders:
                    if member:
                        b.relate("MEMBER_OF", h, o, sent.index)
                    else:
                        b.relate("LEADS" if lead else "WORKS_FOR", h, o, sent.index, {"role": desc})
            head_of_state = re.search(r"\b(?:president|prime minister|leader|ruler)\b", desc, re.I)
            if head_of_state and re.search(_NOT_STATE, desc[: head_of_state.start()], re.I):
                head_of_state = None  # "trade union leader", "opposition leader": not of the state
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
                else "ADOPTED"
                if lem in _ADOPT
                else "LEADS"
                if lem in _HEAD
                else "MEMBER_OF"
                if lem in _JOIN
                else "REPRESENTS"
                if lem in _REPRESENT
                else None
            )
            judged = _judged(tok, sent) if lem in _JUDGE else _concern(tok, sent) if lem == "express" else None
            if judged is not None:
                kind = "CRITICIZED"
            if (
                kind is None
                and lem in ("speak", "talk")
                and any(c.dep_ == "prep" and c.lower_ == "with" for c in tok.children)
            ):
                kind = "MET_WITH"  # "I was able to speak in private with X"
            # "the party had written to the UN High Commissioner and to the Interior Ministry": a letter
            # to an actor is an appeal to it (its recipients only, never what was written)
            to_preps = (  # "and to Y" may hang off the verb as a conjunct
                [c for c in tok.children if c.dep_ in ("prep", "conj") and c.lower_ == "to"] if lem == "write" else []
            )
            if kind is None and to_preps:
                kind = "CALLED_ON"
            if kind is None:
                continue
            subj = [c for c in tok.children if c.dep_ in ("nsubj",)]
            passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
            if not subj and passive:
                # "The law was criticized by HRW", "The EU was urged by X to ...": the agent acts on the subject
                subj = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
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
                src = _noun_antecedent(res, sent, subj[0], sents)
            if src is None:
                continue
            # "Human Rights Watch and the Committee to Protect Journalists urged ...": every conjunct
            srcs = [src]
            # "The OSCE Representative ..., Jan Braathu, expressed ...": the person in apposition acts too
            for cj in list(subj[0].conjuncts) + [c for c in subj[0].children if c.dep_ == "appos"]:
                at = sent.offset + cj.idx
                y = _actor_at(res, sent, at, at + len(cj.text))
                if y is not None and y not in srcs:
                    srcs.append(y)
            objs = to_preps or [
                c for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative", "prt")
            ]
            if judged is not None:
                # only what is judged, not what it is measured against
                # a concern "about the detention of X" is not about X: no people for a concern
                allowed = ("Organization", "Event", "Law") + (("Person",) if lem != "express" else ())
                for x in _ents_in(res, sent, *judged):
                    if x.label in allowed and x not in srcs:
                        for sx in srcs:
                            b.relate("CRITICIZED", sx, x, sent.index)
                continue
            if lem == "recommend":
                # "recommended that the Government ...": whom the recommendation addresses, not its content
                objs = [c for c in tok.children if c.dep_ in ("dative", "dobj")] + [
                    g for c in tok.children if c.dep_ == "ccomp" for g in c.children if g.dep_ == "nsubj"
                ]
                nxt = tok.nbor(1) if tok.i + 1 < len(tok.doc) else None
                if not objs and nxt is not None and nxt.lower_ == "that":
                    # "recommended that the Government of X:" (a list follows): the words up to its verb
                    end = next((t for t in tok.doc[nxt.i + 1 :] if t.pos_ in ("VERB", "AUX") or t.text in ":;"), None)
                    hi = sent.offset + (end.idx if end is not None else sent.span.end_char)
                    for x in _ents_in(res, sent, sent.offset + nxt.idx, hi):
                        if x.label in ("Person", "Organization"):
                            for sx in srcs:
                                b.relate("CALLED_ON", sx, x, sent.index)
            elif kind == "MEMBER_OF" or kind == "REPRESENTS":
                objs = [c for c in tok.children if c.dep_ == "dobj"]
            elif kind == "CALLED_ON" and not to_preps:
                # "called on the authorities to release X": whom the call addresses (the subject of the
                # clause it asks for, when the parse has one), not the people the clause names
                objs = [
                    c for c in objs if c.dep_ not in ("xcomp", "ccomp") and (c.dep_ != "prep" or c.lower_ in _ADDRESSEE)
                ] + [
                    g for c in objs if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ == "nsubj"
                ]
            if (passive and subj and subj[0].head.dep_ == "agent") and kind != "FOUNDED":
                objs = objs + passive
            for o in objs:
                lo, hi = _span_of(o, sent)
                if kind == "CALLED_ON":
                    # "calls on the EU to press for the release of X": the addressee ends where the clause
                    # of what it is asked to do begins
                    clause = [d for d in o.subtree if d.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl")]
                    if clause:
                        hi = min(hi, sent.offset + min(d.left_edge.idx for d in clause))
                for x in _ents_in(res, sent, lo, hi):
                    if kind == "FOUNDED" and x.label != "Organization":
                        continue
                    if kind == "ADOPTED" and (x.label != "Law" or o.dep_ == "prep"):
                        continue
                    if kind == "MEMBER_OF" and x.label != "Organization":
                        continue
                    if kind == "REPRESENTS" and x.label not in ("Person", "Organization"):
                        continue
                    if kind == "LEADS" and (
                        o.dep_ != "dobj"
                        # the organization is the object itself, not a part of it ("headed the UN's office")
                        or _actor_at(res, sent, sent.offset + o.idx, sent.offset + o.idx + len(o.text)) is not x
                    ):
                        continue
                    if kind == "CRITICIZED" and x.label not in (
                        "Person",
                        "Organization",
                        "Event",
                        "Law",
                        "Location",
                    ):
                        continue
                    if kind == "CRITICIZED" and x.label == "Person" and _what_befell(o, x, sent):
                        continue
                    if x.label in ("Article", "Right"):
                        continue
                    for sx in srcs:
                        b.relate(kind, sx, x, sent.index)
            if kind == "CALLED_ON":
                # "called on the government to repeal / amend / bring into line the X Law": a call to
                # undo or change a law criticizes it
                for d in tok.subtree:
                    if d.i == tok.i or d.pos_ != "VERB" or d.lemma_.lower() not in _UNDO_LAW:
                        continue
                    for o in d.children:
                        if o.dep_ != "dobj":
                            continue
                        lo, hi = _span_of(o, sent)
                        for x in _ents_in(res, sent, lo, hi):
                            if x.label == "Law":
                                for sx in srcs:
                                    b.relate("CRITICIZED", sx, x, sent.index)
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
                    country = next(iter(countries.values()))
                    if _may_lie_in(x, country):
                        b.relate("LOCATED_IN", x, country, sent.index)
    surface_relations(sents, text, b, res)
    letter_relations(sents, text, b, res)


# --- patterns over the surface of a sentence (general phrasings the parse often misses) ----------

_LEAD_VERBS = r"(?:chaired|led|headed|directed|run|ran|chairs|leads|heads|directs|runs|founded|co-founded|set up)"
_TALKS = {"talk", "meeting", "discussion", "consultation", "conversation"}
_COUNSEL = r"(?:lawyer|lawyers|attorney|attorneys|defence counsel|defense counsel|counsel|defender|advocate)"
_OWNER_ROLES = {
    "founder": "FOUNDED",
    "co-founder": "FOUNDED",
    "director": "LEADS",
    "chairman": "LEADS",
    "chairwoman": "LEADS",
    "chairperson": "LEADS",
    "chair": "LEADS",
    "head": "LEADS",
    "leader": "LEADS",
    "president": "LEADS",
    "editor": "LEADS",
    "editor-in-chief": "LEADS",
    "coordinator": "WORKS_FOR",
    "spokesperson": "WORKS_FOR",
    "spokesman": "WORKS_FOR",
    "spokeswoman": "WORKS_FOR",
    "researcher": "WORKS_FOR",
    "lawyer": "WORKS_FOR",
}


# state offices whose holder works for the government when no body of theirs is named
_OFFICE_ROLES = {"minister", "akim", "governor", "mayor", "khokim", "hokim", "hakim", "khyakim"}


def _government_of(b: Builder, res: Resolved, sents: list[Sentence], pos: int, body: str) -> Entity | None:
    """The government of the country a title names ("Minister of Foreign Affairs of Uzbekistan"),
    else of the country spoken of around ``pos``; only one the document already mentions."""
    ref = reference()
    named = [c for w in re.findall(r"[A-Z][\w.]+", body) if (c := ref.country(w))]
    ctx = named[0] if named else res.country_near(pos, sents) or res.main_country
    if not ctx:
        return None
    g = b.entity(
        "Organization", fold(f"{ctx} government"), f"{ctx} government", props={"kind": "government", "country": ctx}
    )
    return g if g.mentions else None


def _ents_of(res: Resolved, sent: Sentence, label: str) -> list[tuple[int, int, Entity]]:
    return sorted((x for x in res.sent_entities.get(sent.index, []) if x[2].label == label), key=lambda x: x[0])


def _country_government(b: Builder, res: Resolved, sent: Sentence, loc: Entity) -> Entity | None:
    """A country acted on ("urged Kazakhstan to amend") is its government."""
    if loc.label != "Location" or loc.properties.get("kind") != "country":
        return None
    name = loc.name
    g = b.entity(
        "Organization", fold(f"{name} government"), f"{name} government", props={"kind": "government", "country": name}
    )
    for s, e, x in res.sent_entities.get(sent.index, []):
        if x is loc:
            b.mention(g, s, e, sent.index, alias=False)
            break
    return g if g.mentions else None


def _last_org_before(res: Resolved, sent: Sentence, pos: int, noun: str | None) -> Entity | None:
    """The organization a possessive ("its", "the bureau's") points back to: one whose name holds
    the noun, else the last one named before, in this or the two previous sentences; with no
    noun and none earlier in this sentence, the first one of the sentence before (its topic)."""
    cands: list[tuple[int, Entity]] = []
    for si in range(sent.index - 2, sent.index + 1):
        for s, _e, x in res.sent_entities.get(si, []):
            if x.label == "Organization" and s < pos and x.properties.get("kind") != "government":
                cands.append((s, x))
    cands.sort(key=lambda c: c[0])
    if noun:
        named = [x for _s, x in cands if re.search(rf"\b{re.escape(noun)}", x.name, re.I)]
        # "the channel's founder": else the last one named
        return named[-1] if named else (cands[-1][1] if cands else None)
    if cands and cands[-1][0] < sent.start:
        # "X's website was blocked on the orders of Y. Its founder, Z, ...": a possessive opening
        # the sentence points to the topic of the sentence before (its first organization), not
        # to the last one named in it
        for si in range(sent.index - 1, sent.index - 3, -1):
            firsts = [
                (s, x)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Organization" and x.properties.get("kind") != "government"
            ]
            if firsts:
                return min(firsts, key=lambda c: c[0])[1]
    return cands[-1][1] if cands else None


def _last_person_before(res: Resolved, sent: Sentence, pos: int, exclude: Entity) -> Entity | None:
    cands: list[tuple[int, Entity]] = []
    for si in range(sent.index - 2, sent.index + 1):
        both = res.sent_entities.get(si, []) + res.pronouns.get(si, [])
        for s, _e, x in both:
            if x.label == "Person" and s < pos and x is not exclude:
                cands.append((s, x))
    cands.sort(key=lambda c: c[0])
    return cands[-1][1] if cands else None


def surface_relations(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> None:
    orgs_of_doc = [x for x in b.entities.values() if x.label == "Organization" and x.mentions]
    locs_of_doc = {x.name.lower(): x for x in b.entities.values() if x.label == "Location" and x.mentions}
    for x in list(locs_of_doc.values()):
        for a in x.aliases:  # a capital read as its country ("Dushanbe") is found by that name too
            locs_of_doc.setdefault(a.lower(), x)
    author = document_author(sents, res)
    for sent in sents:
        if sent.heading:
            continue
        people = _ents_of(res, sent, "Person")
        orgs = _ents_of(res, sent, "Organization")
        # "ORG, which PERSON has chaired since 2021"
        for _s, oe, org in orgs:
            m = re.match(r"\s*,\s*which\s+(?:\w+\s+){0,3}?(?:has|had|have)?\s*(?:long\s+)?" + _LEAD_VERBS + r"\b",
                         text[oe : sent.end])
            if m:
                for ps, _pe, p in people:
                    if oe < ps < oe + m.end():
                        kind = "FOUNDED" if re.search(r"found|set up", m.group(0)) else "LEADS"
                        b.relate(kind, p, org, sent.index)
        # "the Chairperson of the Mejlis Committee on ..., Ogulgerek Hojamova" (title with its body
        # before the name); "Deputy Minister of Foreign Affairs Myrat Annagurbanov" -> the Ministry
        for ps, _pe, p in people:
            # the title is read after the person named before ("... Hojamova, and with the Deputy
            # Chairman of the Supreme Court, Batyr A."): never across another name
            prev_end = max((e2 for s2, e2, _x in people if e2 <= ps), default=sent.start)
            before = text[max(sent.start, ps - 200, prev_end) : ps]
            m = re.search(
                r"\b(?P<role>(?:deputy |vice[- ]|acting |first )?(?:chair(?:man|woman|person)?|head|director|"
                r"president|leader|secretary|member|judge|coordinator|minister|commissioner|rector|akim|governor|"
                r"mayor|khokim|hokim|hakim|khyakim))"
                r"\s+(?:of|at)\s+(?P<body>(?:the\s+)?[A-Z][^;:()“”\"]{2,160}?)\s*,?\s*$",
                before,
                re.I,
            )
            if m is None:
                continue
            role = m.group("role").lower()
            lo = ps - len(before) + m.start("body")
            if re.search(r",\s*(?:and|with)\b|\band with\b", m.group("body")) or any(
                lo <= s2 < ps for s2, _e2, _x in people
            ):
                continue  # another person between the title and this name
            inside = [x for s, _e, x in orgs if lo <= s < ps]
            lead = role.split()[-1] in ("chair", "chairman", "chairwoman", "chairperson", "head", "director",
                                        "president", "leader", "rector") and not re.match(r"deputy|vice|first", role)
            if inside:
                b.relate("LEADS" if lead else "WORKS_FOR", p, inside[0], sent.index, {"role": m.group(0).strip(" ,")})
            elif role.split()[-1] in _OFFICE_ROLES:
                body = re.sub(r"^the\s+", "", m.group("body").strip(" ,"), flags=re.I)
                ministry_re = re.compile(rf"(?:the\s+)?ministry\s+of\s+{re.escape(body)}\b", re.I)
                ministry = next((o for o in orgs_of_doc if ministry_re.match(o.name)), None)
                # "the Minister of Justice, X", "the akim of Ulytau region, X": a state office holder
                # works for the ministry named, else for the government of the country spoken of
                gov = ministry or _government_of(b, res, sents, ps, body)
                if gov is not None:
                    b.relate("WORKS_FOR", p, gov, sent.index, {"role": m.group(0).strip(" ,")})
        # "Its director, Marat B.", "X, the bureau's chairman", "the channel's founder, X"
        for ps, pe, p in people:
            before = text[max(sent.start, ps - 60) : ps]
            after = text[pe : min(sent.end, pe + 60)]
            # "founding chairman": the founder who also leads it
            mb = re.search(r"\b(?:(?P<its>its|their)|the\s+(?P<noun>[a-z]+)['’]s)\s+(?P<found>(?:co-)?founding\s+)?"
                           r"(?P<role>[a-z-]+)\s*,\s*$", before, re.I)
            ma = re.match(r"\s*,\s*(?:(?P<its>its|their)|the\s+(?P<noun>[a-z]+)['’]s)\s+(?P<found>(?:co-)?founding\s+)?"
                          r"(?P<role>[a-z-]+)\b", after, re.I)
            mm = mb or ma
            if mm is None or mm.group("role").lower() not in _OWNER_ROLES:
                continue
            owner = _last_org_before(res, sent, ps if mb else pe, mm.group("noun"))
            if owner is not None:
                b.relate(_OWNER_ROLES[mm.group("role").lower()], p, owner, sent.index, {"role": mm.group("role")})
                if mm.group("found"):
                    b.relate("FOUNDED", p, owner, sent.index)
        _group_members(sent, text, b, res, people)
        _office_phrases(sent, text, b, res, people)
        _findings(sent, text, b, res, sents)
        _should_calls(sent, b, res, sents, author)
        _person_of_org(sent, text, b, people, orgs)
        _parent_org_titles(sent, text, b, people, orgs_of_doc)
        # counsel: "his lawyer, Dana K.", "X's lawyer Y", "Y, who represents X"
        for ps, pe, p in people:
            before = text[max(sent.start, ps - 50) : ps]
            mb = re.search(r"\b(?:his|her|their)\s+(?:\w+\s+)?" + _COUNSEL + r"\s*,?\s*$", before, re.I)
            if mb:
                client = _last_person_before(res, sent, ps - len(before) + mb.start(), p)
                if client is not None:
                    b.relate("REPRESENTS", p, client, sent.index)
            # "X's lawyer, Y", "X's defence counsel Y": the client is the name right before the possessive
            mp = re.search(r"['’]s?\s+(?:\w+\s+)?" + _COUNSEL + r"\s*,?\s*$", before, re.I)
            if mp:
                poss = ps - len(before) + mp.start()
                owner = next((x for _ps, e2, x in people if e2 == poss and x is not p), None)
                if owner is not None:
                    b.relate("REPRESENTS", p, owner, sent.index)
            ma = re.match(r"\s*,\s*(?:who\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:represents|defends|represented|"
                          r"defended|representing|defending)|(?:his|her|their)\s+" + _COUNSEL + r")\b",
                          text[pe : sent.end], re.I)  # fmt: skip
            if ma:
                if re.search(r"(?:represent|defend)\w*\s*$", ma.group(0), re.I):
                    nxt = [x for s, _e, x in people if s > pe + ma.end() - 1]
                    if nxt:
                        b.relate("REPRESENTS", p, nxt[0], sent.index)
                else:
                    client = _last_person_before(res, sent, ps, p)
                    if client is not None:
                        b.relate("REPRESENTS", p, client, sent.index)
        # parse-based: "held talks with X", country objects of calls and criticism
        for tok in sent.span:
            lem = tok.lemma_.lower()
            if lem == "hold" and tok.pos_ in ("VERB", "AUX"):
                talks = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TALKS]
                if not talks:
                    continue
                subj = [c for c in tok.children if c.dep_ == "nsubj"]
                if not subj:
                    continue
                pos = sent.offset + subj[0].idx
                src = _actor_at(res, sent, pos, pos + len(subj[0].text))
                if src is None:
                    continue
                preps = [c for t in (tok, talks[0]) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
                if not preps:
                    continue
                # "with X, and with Y": everything from the first "with" to the end of the clause
                lo = min(_span_of(pr, sent)[0] for pr in preps)
                hi = _span_of(tok, sent)[1]
                for x in _ents_in(res, sent, lo, hi):
                    if x.label in ("Person", "Organization"):
                        b.relate("MET_WITH", src, x, sent.index)
        _adopted_by(sent, text, b, res)
        _place_phrases(sent, text, b, res, locs_of_doc)
        # "OSCE Centre in Ashgabat": an organization named after its place
        for _s, _e, org in orgs:
            m = re.search(r"\b(?:in|of)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$", org.name)
            if m and m.group(1).lower() in locs_of_doc:
                loc = locs_of_doc[m.group(1).lower()]
                if loc.properties.get("kind") in ("city", "region", "venue"):
                    b.relate("LOCATED_IN", org, loc, sent.index)
    # a country called on, criticized or met is its government
    by_start = {x.start: x for x in sents}
    for rel in list(b.relations.values()):
        if rel.type not in ("CALLED_ON", "CRITICIZED", "MET_WITH"):
            continue
        dst = b.entities.get(rel.end_id)
        src = b.entities.get(rel.start_id)
        if dst is None or src is None or dst.label != "Location":
            continue
        for ev in list(rel.evidence):
            at = by_start.get(ev.start)
            if at is not None:
                g = _country_government(b, res, at, dst)
                if g is not None:
                    b.relate(rel.type, src, g, at.index)


# "the Declaration, adopted by the General Assembly in 1998", "two months after it was approved by
# the Mazhilis": the actor after "by" adopted the law named before the participle
_ADOPTED_BY = re.compile(
    r"\b(?:adopted|approved|passed|enacted|signed|ratified|endorsed|drafted|proposed|introduced|sponsored|"
    r"initiated|amended)\s+(?:(?:unanimously|overwhelmingly|quickly|later|also|into\s+law)\s+)?by\s+(?:the\s+)?",
    re.I,
)


def _adopted_by(sent: Sentence, text: str, b: Builder, res: Resolved) -> None:
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    for m in _ADOPTED_BY.finditer(text, sent.start, sent.end):
        actor = next(
            (x for s, _e, x in ents if m.end() <= s <= m.end() + 2 and x.label in ("Organization", "Person")), None
        )
        laws = [x for _s, e, x in ents if x.label == "Law" and e <= m.start()]
        if actor is not None and laws:
            b.relate("ADOPTED", actor, laws[-1], sent.index)


# common nouns that introduce an organization's name ("the state broadcaster Khabar")
_ORG_NOUNS = (
    r"(?:corporation|company|firm|agency|broadcaster|newspaper|weekly|daily|outlet|channel|site|portal|bank|"
    r"group|organi[sz]ation|foundation|union|party|movement|ministry|service|committee|court|university|"
    r"institute|centre|center|network|association|operator|producer|giant|monopoly|regulator|watchdog)"
)
_PLACE_OF = re.compile(
    r",\s*(?:the\s+)?(?:capital|(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|district|port|region|province))"
    r"\s+(?:of|in)\s+(?:the\s+)?"
)


def _place_phrases(
    sent: Sentence, text: str, b: Builder, res: Resolved, locs_of_doc: dict[str, Entity]
) -> None:
    """Where a place or organization is, from the phrases that say so: "Nukus, the capital of
    Karakalpakstan", "a town in the Osh region", "Russia's state corporation Rosatom", "the
    Almaty-based news site X", "X, a Bishkek-based group", "Dushanbe City Court"."""
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    locs = [(s, e, x) for s, e, x in ents if x.label == "Location"]
    orgs = [(s, e, x) for s, e, x in ents if x.label == "Organization" and x.properties.get("kind") != "government"]
    # "Nukus, the capital of Uzbekistan's Republic of Karakalpakstan": the first place after the
    # phrase that is not a possessive
    for _s, e, x in locs:
        m = _PLACE_OF.match(text, e, sent.end)
        if m is None:
            continue
        for s2, e2, y in locs:
            if m.end() <= s2 <= m.end() + 60 and y is not x and not re.match(r"['’]s\b", text[e2 : e2 + 2]):
                b.relate("LOCATED_IN", x, y, sent.index)
                break
    # "Russia's state nuclear corporation Rosatom"
    for _s, e, x in locs:
        if reference().country(x.name) != x.name or not re.match(r"['’]s\s", text[e : e + 3]):
            continue
        for s2, _e2, o in orgs:
            if e < s2 and re.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}" + _ORG_NOUNS + r"\s+", text[e:s2]):
                b.relate("LOCATED_IN", o, x, sent.index)
    # "<Place>-based"
    # (a sentence-initial article is not part of the place: "The Khorog-based X")
    for m in re.finditer(
        r"\b(?:(?:The|An?)\s+)?([A-Z][\w.’'-]*?(?:\s+[A-Z][\w-]*)?)-based\b", text[sent.start : sent.end]
    ):
        ms, me = sent.start + m.start(1), sent.start + m.end()
        place = next((y for s2, e2, y in locs if s2 <= ms < e2), None) or locs_of_doc.get(m.group(1).lower())
        if place is None:
            continue
        target = None
        for s2, e2, o in orgs:
            if s2 <= ms < e2 or (me <= s2 and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,3}", text[me:s2])):
                target = o  # "the Osh-based Justice Without Borders", "the Almaty-based news site X"
                break
            if e2 <= ms and re.fullmatch(r"\s*,\s*(?:an?|the)\s+", text[e2:ms]):
                target = o  # "X, an Almaty-based foundation"
        if target is not None:
            b.relate("LOCATED_IN", target, place, sent.index)
    # "the Committee for Religious Affairs in Tashkent", "the bureau's office in Osh": a body and the
    # city right after it; "the Bishkek office of X": the city of a body's office
    for s0, e, o in orgs:
        if re.search(r"\b(?:outside|near|opposite|front\s+of|towards?)\s+(?:the\s+)?$",
                     text[max(sent.start, s0 - 20) : s0]):
            continue  # "pickets outside the Ministry in Almaty": where a happening was, not the body's seat
        m = re.match(r"(?:['’]s)?\s+(?:(?:office|offices|branch|headquarters)\s+)?in\s+(?:the\s+)?", text[e : sent.end])
        city = m and next((y for s2, _e2, y in locs if s2 == e + m.end()), None)
        if city and city.properties.get("kind") == "city":
            b.relate("LOCATED_IN", o, city, sent.index)
    for _s, e, y in locs:
        m = re.match(r"\s+(?:office|offices|branch|headquarters|bureau)\s+of\s+(?:the\s+)?", text[e : sent.end])
        org = m and next((o for s2, _e2, o in orgs if s2 == e + m.end()), None)
        if org and y.properties.get("kind") == "city":
            b.relate("LOCATED_IN", org, y, sent.index)
    # "Dushanbe City Court", "Osh Regional Court": a body named after its place
    for _s, _e, o in orgs:
        m = re.match(r"([A-Z][\w-]+)\s+(?:City|District|Regional|Region|Oblast|Province|Municipal)\b", o.name)
        if m and m.group(1).lower() in locs_of_doc:
            b.relate("LOCATED_IN", o, locs_of_doc[m.group(1).lower()], sent.index)
    # "Aktau airport", "Nukus central square": a venue named after a place of the document
    for _s, _e, v in locs:
        m = re.match(r"([A-Z][\w-]+)\s", v.name)
        if v.properties.get("kind") == "venue" and m and locs_of_doc.get(m.group(1).lower()) not in (None, v):
            b.relate("LOCATED_IN", v, locs_of_doc[m.group(1).lower()], sent.index)


# "The organization also calls on ...", "The ministry said ...", "The president chairs ...": a
# definite subject naming the kind of an actor spoken of before
_GENERIC_ORG = {"organization", "organisation", "group", "ngo", "watchdog"}
_NAMED_ORG = {"ministry", "court", "committee", "commission", "agency", "office", "foundation", "union", "party",
              "movement", "centre", "center", "bureau", "coalition", "network", "council", "institute",
              "association", "service", "parliament", "tribunal", "mission"}  # fmt: skip
_PERSON_ROLE = {"president", "minister", "rapporteur", "ombudsman", "governor", "akim", "mayor", "director",
                "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
                "prosecutor", "judge", "commissioner", "ambassador"}  # fmt: skip


def _noun_antecedent(res: Resolved, sent: Sentence, tok, sents: list[Sentence]) -> Entity | None:  # type: ignore[no-untyped-def]
    noun = tok.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "prep", "poss") for c in tok.children):
        return None  # "the Kazakh president", "the ministry of justice": not a bare back-reference
    pos = sent.offset + tok.idx
    if noun in _GENERIC_ORG:
        return _last_org_before(res, sent, pos, None)
    if noun in _NAMED_ORG:
        org = _last_org_before(res, sent, pos, noun)
        if org is not None and re.search(rf"\b{noun}", org.name, re.I):
            return org
        # "the party" long after the document has named its party: the one so named, or the one
        # named at least twice as often as any other (the document's topic)
        counts: dict[str, int] = {}
        named: dict[str, Entity] = {}
        for si in range(sent.index + 1):
            for s, _e, x in res.sent_entities.get(si, []):
                if x.label == "Organization" and s < pos and re.search(rf"\b{noun}\b", x.name, re.I):
                    named[x.id] = x
                    counts[x.id] = counts.get(x.id, 0) + 1
        ranked = sorted(counts, key=lambda k: -counts[k])
        if ranked and (len(ranked) == 1 or counts[ranked[0]] >= 2 * counts[ranked[1]]):
            return named[ranked[0]]
        return None
    if noun in _PERSON_ROLE:
        for si in range(sent.index, -1, -1):
            found = [
                (s, x)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Person"
                and s < pos
                and any(re.search(rf"\b{noun}\b", d, re.I) for d in x.properties.get("descriptors", []))
            ]
            if found:
                return max(found, key=lambda c: c[0])[1]
    return None


# "Two other union members, A and B, ...", "fellow PNRT members A and B": each a member of the body
_MEMBERS_BEFORE = re.compile(
    r"\b(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|\d+)\s+)?(?:other\s+|fellow\s+)?"
    r"(?P<noun>[A-Za-z]+)\s+members?\s*,?\s*$"
)

_MEMBERS_LEAD_WORDS = {"the", "its", "their", "his", "her", "our", "and", "or", "of", "including", "with", "among",
                       "as", "are", "were", "was", "is", "by", "for", "to", "also", "two", "three", "four", "five",
                       "six", "several", "some", "many", "other", "fellow"}  # fmt: skip


def _group_members(
    sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]
) -> None:
    i = 0
    while i < len(people):
        ps, pe, p = people[i]
        prev_end = people[i - 1][1] if i else sent.start
        m = _MEMBERS_BEFORE.search(text, max(prev_end, ps - 60), ps)
        i += 1
        if m is None:
            continue
        noun = m.group("noun")
        pw = re.search(r"\b([a-z][\w-]*)\s*$", text[max(sent.start, m.start() - 30) : m.start()])
        if m.start() == m.start("noun") and pw and pw.group(1) not in _MEMBERS_LEAD_WORDS:
            continue  # "opposition party members", "former union members": not (now) of the last one named
        if noun.isupper() and len(noun) > 1:  # an acronym: the body it abbreviates
            body = re.compile(rf"^{re.escape(noun)}$")
        elif noun.lower() in _NAMED_ORG:  # "union members": the last union named
            body = re.compile(rf"\b{re.escape(noun.lower())}\b", re.I)
        else:
            continue
        owner = None
        for si in range(sent.index, -1, -1):
            found = [
                (s, x)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Organization" and s < ps
                and (body.search(x.name) or any(body.search(a) for a in x.aliases))
            ]
            if found:
                owner = max(found, key=lambda c: c[0])[1]
                break
        if owner is None:
            continue
        group = [p]
        # the coordinated names that follow: "A, B and C"
        while i < len(people) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[pe : people[i][0]]):
            ps, pe, p = people[i]
            group.append(p)
            i += 1
        for x in group:
            b.relate("MEMBER_OF", x, owner, sent.index)


_SPONSOR = re.compile(
    r"\b(?:its|their|the\s+(?:law|bill|draft|amendments?)['’]s?)\s+(?:main\s+|chief\s+|principal\s+|original\s+|lead\s+)?"
    r"(?:sponsor|author|drafter|initiator|architect)s?\s*,\s*(?:[\w-]+\s+){0,3}$",
    re.I,
)
_COUNTRY_RAPPORTEUR = re.compile(
    r"\b(?:country\s+(?:co-)?rapporteurs?|(?:co-)?rapporteurs?\s+for\s+[A-Z][\w-]+)\s*,\s*$", re.I
)
_WHO_ROLE = re.compile(
    r"\s*,\s*who\s+(?:(?:has|had|also|now|still|currently)\s+)*(?P<verb>heads|headed|leads|led|chairs|chaired|"
    r"directs|directed|runs|ran|founded|co-founded|set\s+up|works\s+(?:for|at|with)|worked\s+(?:for|at|with))\s+"
    r"(?:the\s+)?",
    re.I,
)
_APPOINTED = re.compile(
    r"\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:(?:appointed|named|designated)\s+(?:as\s+)?(?P<as>the\s+)?|"
    r"elected\s+(?P<to>to\s+)(?:the\s+)?)",
    re.I,
)


def _office_phrases(
    sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]
) -> None:
    """Offices stated around a name: "Its main sponsor, deputy X" (of a law), "The country
    rapporteur, X" (of the treaty body), "X was appointed Special Rapporteur on ...", "X was
    elected to the Senate"."""
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    for ps, pe, p in people:
        before = text[max(sent.start, ps - 80) : ps]
        if _SPONSOR.search(before):
            laws = [
                (si, s, x)
                for si in range(sent.index - 2, sent.index + 1)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Law" and s < ps and x.properties.get("jurisdiction") != "international"
            ]
            if laws:
                b.relate("ADOPTED", p, max(laws, key=lambda c: (c[0], c[1]))[2], sent.index)
        if _COUNTRY_RAPPORTEUR.search(before):
            committees = [
                (s, x)
                for si in range(0, sent.index + 1)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Organization" and s < ps and re.search(r"\bCommittee\b", x.name)
            ]
            if committees:
                b.relate("MEMBER_OF", p, max(committees, key=lambda c: c[0])[1], sent.index, {"role": "rapporteur"})
        # "Judge X of the Medeu District Court", "Prosecutor X of the Almaty City Prosecutor's Office"
        if re.search(r"\b(?:[Jj]udge|[Pp]rosecutor|[Ii]nvestigator)\s+$", before):
            mo = re.match(r"\s*,?\s+(?:of|at|from)\s+(?:the\s+)?", text[pe : sent.end])
            if mo:
                body = next((x for s, _e, x in ents if s == pe + mo.end() and x.label == "Organization"), None)
                if body is not None:
                    b.relate("WORKS_FOR", p, body, sent.index, {"role": before.split()[-1].lower()})
        # "X, who heads the Bureau", "X, who founded Y in 2010", "X, who works for Y"
        mw = _WHO_ROLE.match(text, pe, sent.end)
        if mw:
            org = next((x for s, _e, x in ents if mw.end() <= s <= mw.end() + 2 and x.label == "Organization"), None)
            if org is not None:
                verb = mw.group("verb").lower()
                kind = "FOUNDED" if "found" in verb or "set up" in verb else "WORKS_FOR" if "work" in verb else "LEADS"
                b.relate(kind, p, org, sent.index)
        m = _APPOINTED.match(text, pe, sent.end)
        if m:
            org = next((x for s, _e, x in ents if m.end() <= s <= m.end() + 4 and x.label == "Organization"), None)
            if org is not None:
                b.relate("MEMBER_OF" if m.group("to") else "WORKS_FOR", p, org, sent.index)


_PARENT_TITLE = re.compile(
    r"\b(?P<acr>[A-Z][A-Za-z.]{1,7})['’]?s?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Commissioner|Representative|Envoy|"
    r"Secretary-General|Secretary\s+General|Coordinator|Ambassador|Spokes(?:person|man|woman))\b[^,;()]{0,80},\s*$"
)


def _parent_org_titles(
    sent: Sentence, text: str, b: Builder, people: list[tuple[int, int, Entity]], orgs_of_doc: list[Entity]
) -> None:
    """ "the UN High Commissioner for Human Rights, Volker T.", "the EU Special Representative for
    Central Asia, X": the holder works for the organization the title opens with."""
    ref = reference()
    for ps, _pe, p in people:
        prev_end = max((e2 for s2, e2, _x in people if e2 <= ps), default=sent.start)
        m = _PARENT_TITLE.search(text[max(sent.start, ps - 120, prev_end) : ps])
        known = ref.known_org(m.group("acr")) if m else None
        if m is None or known is None:
            continue
        parent = next((o for o in orgs_of_doc if o.name == known.name), None)
        if parent is not None:
            b.relate("WORKS_FOR", p, parent, sent.index, {"role": m.group(0).strip(" ,")})


_FINDING = re.compile(
    r"\s+(?:(?:has|had|have|also)\s+)?(?:found|concluded|determined|established|held)\s+(?:in\s+\d{4}\s+)?that\s+"
    r"(?P<clause>[^;]*?\b(?:arbitrary|unlawful|illegal|violated|violation|breached|breach|tortured|torture|"
    r"ill-treatment|ill-treated|discriminatory)\b)",
    re.I,
)


def _findings(sent: Sentence, text: str, b: Builder, res: Resolved, sents: list[Sentence]) -> None:
    """ "The Working Group on Arbitrary Detention found that the confinement of another blogger had
    been arbitrary": a monitoring body's finding of a violation criticizes the state concerned."""
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    for _s, e, x in ents:
        if x.label not in ("Organization", "Person") or x.properties.get("kind") == "government":
            continue
        if x.label == "Organization" and re.search(r"\b(?:Court|Prosecutor|Police|Ministry)\b", x.name):
            continue  # a state body's finding is not criticism of the state
        m = _FINDING.match(text, e, sent.end)
        if m is None:
            continue
        named = [y for s2, _e2, y in ents if m.start("clause") <= s2 < m.end("clause") and y.label == "Organization"
                 and y.properties.get("kind") == "government"]  # fmt: skip
        gov = named[0] if named else _government_of(b, res, sents, e, m.group("clause"))
        if gov is not None:
            b.relate("CRITICIZED", x, gov, sent.index)


_SPEECH = {"say", "add", "tell", "state", "write", "note", "argue", "stress", "warn", "insist"}
_MODAL_CALL = {"should", "must"}
# a sentence that closes a quotation or ends on its attribution ('..." she said.')
_QUOTE_END = re.compile(r"[”\"]\s*$|\bsaid\.?\s*$|[”\"],?\s+\S+(?:\s+\S+)?\s+(?:said|added)\.\s*$")


def _speaker(sent: Sentence, res: Resolved) -> Entity | None:
    """The actor a sentence quotes ("..., said X", "X told reporters ..."), if it names one."""
    for tok in sent.span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH:
            continue
        for c in tok.children:
            if c.dep_ == "nsubj":
                at = sent.offset + c.idx
                x = _actor_at(res, sent, at, at + len(c.text))
                if x is not None:
                    return x
    return None


def _should_calls(
    sent: Sentence, b: Builder, res: Resolved, sents: list[Sentence], author: Entity | None
) -> None:
    """ "The authorities should free X, said Y", "Y said the EU must press for ...": a speaker
    telling an actor what it should do calls on it. The speaker is the one the sentence quotes, or
    the one the sentence before quoted when this one goes on with the quotation; in a text with an
    author (a byline, a signed statement) an unquoted, unattributed "X should ..." is the author's."""
    calls = []
    for tok in sent.span:
        if tok.lower_ not in _MODAL_CALL or tok.dep_ != "aux" or tok.head.pos_ != "VERB":
            continue
        for c in tok.head.children:
            if c.dep_ == "nsubj":
                # the subject phrase up to its head ("the Kazakh government": the actor is read on 'Kazakh')
                lo = sent.offset + c.left_edge.idx
                x = _actor_at(res, sent, lo, sent.offset + c.idx + len(c.text))
                if x is not None:
                    calls.append(x)
    if not calls:
        return
    speaker = _speaker(sent, res)
    if speaker is None and sent.seg.lstrip()[:1] in "\"“" and sent.index > 0:
        prev = next((s for s in sents if s.index == sent.index - 1), None)
        if prev is not None and prev.offset == sent.offset and _QUOTE_END.search(prev.seg):
            speaker = _speaker(prev, res)
    if (
        speaker is None
        and author is not None
        and not re.search(r"[\"“”]", sent.seg)
        and not any(t.pos_ == "VERB" and t.lemma_.lower() in _SPEECH for t in sent.span)
    ):
        speaker = author
    if speaker is None:
        return
    for x in calls:
        if x is not speaker:
            b.relate("CALLED_ON", speaker, x, sent.index)


def _judged(tok, sent: Sentence) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """What a verb of judgment condemns: "considers Article 402 incompatible with ...", "found the
    detention arbitrary", "deemed the law unconstitutional": the text span of its object up to the
    finding against it (the parse often hangs the finding inside the object or makes the object the
    subject of a small clause); None when no such finding follows."""
    obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
    if obj is None:
        comp = next((c for c in tok.children if c.dep_ in ("oprd", "acomp", "ccomp", "xcomp")), None)
        obj = next((c for c in comp.children if c.dep_ == "nsubj"), None) if comp is not None else None
    if obj is None or obj.i < tok.i:
        return None
    doc = tok.doc
    for t in doc[obj.i + 1 : tok.right_edge.i + 1]:
        if _AGAINST.match(doc[t.i : t.i + 2].text):
            return sent.offset + obj.left_edge.idx, sent.offset + t.idx
        if t.dep_ in ("advcl", "punct") and t.head.i == tok.i:
            break
    return None


_PARTY = re.compile(r"\b(?:party|movement|union|bloc|coalition|association|bar|faction|caucus)\b", re.I)


def _person_of_org(
    sent: Sentence,
    text: str,
    b: Builder,
    people: list[tuple[int, int, Entity]],
    orgs: list[tuple[int, int, Entity]],
) -> None:
    """ "Hugh Williamson of Human Rights Watch said ...": a name followed by "of" and a body is one
    of its people (a member when the body is a party, union or association)."""
    for _ps, pe, p in people:
        m = re.match(r"\s+of\s+(?:the\s+)?", text[pe : pe + 12])
        if m is None:
            continue
        org = next((o for os_, _oe, o in orgs if os_ == pe + m.end()), None)
        if org is None or org.properties.get("kind") == "government":
            continue
        if _PARTY.search(org.name):
            b.relate("MEMBER_OF", p, org, sent.index)
        else:
            b.relate("WORKS_FOR", p, org, sent.index, {"role": "of"})


def _concern(tok, sent: Sentence) -> tuple[int, int] | None:  # type: ignore[no-untyped-def]
    """The span a verb "express" of concern is about: "expressed (serious) concern about X"."""
    obj = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _CONCERN), None)
    if obj is None:
        return None
    about = [p for p in list(obj.children) + list(tok.children) if p.dep_ == "prep" and p.lower_ in _ABOUT]
    if not about:
        return None
    p = about[0]
    return sent.offset + p.idx, sent.offset + p.right_edge.idx + len(p.right_edge.text)


def _what_befell(obj, person: Entity, sent: Sentence) -> bool:  # type: ignore[no-untyped-def]
    """True when a person is named only as whom a criticized happening befell ("condemned the
    detention of X", "criticized the charges against X"): X is not the one criticized."""
    spans = [(m.start, m.end) for m in person.mentions]
    for t in obj.subtree:
        at = sent.offset + t.idx
        if not any(s <= at < e for s, e in spans):
            continue
        cur = t
        # spaCy makes a new Token object per access: compare positions, not identity
        while cur.i != obj.i and cur.head.i != cur.i:
            if cur.dep_ == "pobj" and cur.head.lower_ in ("of", "against", "for") and cur.head.head.pos_ == "NOUN":
                return True
            cur = cur.head
    return False
