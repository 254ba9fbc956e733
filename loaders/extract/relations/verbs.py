"""Relations read from verbs over the dependency parse: criticism, calls, meetings, founding,
adoption, leading, joining, representing, judgments and concern; "held talks with X"; "X
should ..." said by a speaker; a monitoring body's findings; "adopted by X"; and a country acted
on standing for its government."""

from __future__ import annotations

import re

from graph.model import Entity
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.relations.backrefs import noun_antecedent
from loaders.extract.relations.common import (
    actor_at,
    actor_of_token,
    country_government,
    ents_in,
    government_of,
    span_of,
)
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
# nouns of a call made, sent or filed to someone ("made recommendations to X", "sent a letter to
# Y", "filed a complaint with Z" is read as "to" only)
_CALL_NOUNS = {"recommendation", "appeal", "call", "request", "demand", "plea", "complaint", "petition", "letter"}
_SEND = {"make", "send", "submit", "file", "address", "lodge"}
_TALKS = {"talk", "meeting", "discussion", "consultation", "conversation", "dialogue", "dialog"}


def verb_relations(sent: Sentence, text: str, b: Builder, res: Resolved, sents: list[Sentence]) -> None:
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
        s_lo, s_hi = span_of(subj[0], sent)
        src = actor_of_token(res, sent, subj[0])
        if src is None:
            cands = [x for x in ents_in(res, sent, s_lo, s_hi) if x.label in ("Person", "Organization")]
            src = cands[0] if cands else None
        if src is None:
            src = noun_antecedent(res, sent, subj[0], sents)
        if src is None:
            continue
        # "Human Rights Watch and the Committee to Protect Journalists urged ...": every conjunct
        srcs = [src]
        # a pronoun that stands for several actors ("we": the organizations issuing a statement)
        at = sent.offset + subj[0].idx
        srcs += [y for s2, _e2, y in res.pronouns.get(sent.index, []) if s2 == at and y not in srcs]
        # "The OSCE Representative ..., Jan Braathu, expressed ...": the person in apposition acts too
        for cj in list(subj[0].conjuncts) + [c for c in subj[0].children if c.dep_ == "appos"]:
            y = actor_of_token(res, sent, cj)
            if y is not None and y not in srcs:
                srcs.append(y)
        objs = to_preps or [c for c in tok.children if c.dep_ in ("dobj", "prep", "ccomp", "xcomp", "dative", "prt")]
        ante = _relative_object(res, sent, tok)
        if ante is not None and kind in ("CRITICIZED", "ADOPTED", "CALLED_ON", "MET_WITH", "REPRESENTS"):
            # "the Law on X, which the Majlis amended": the verb acts on the relative's antecedent
            for sx in srcs:
                b.relate(kind, sx, ante, sent.index)
        if judged is not None:
            # only what is judged, not what it is measured against
            # a concern "about the detention of X" is not about X: no people for a concern
            allowed = ("Organization", "Event", "Law") + (("Person",) if lem != "express" else ())
            for x in ents_in(res, sent, *judged):
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
                for x in ents_in(res, sent, sent.offset + nxt.idx, hi):
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
            ] + [g for c in objs if c.dep_ in ("xcomp", "ccomp") for g in c.children if g.dep_ == "nsubj"]
        if (passive and subj and subj[0].head.dep_ == "agent") and kind != "FOUNDED":
            objs = objs + passive
        for o in objs:
            lo, hi = span_of(o, sent)
            if kind in ("CALLED_ON", "MET_WITH"):
                # "calls on the EU to press for the release of X": the addressee ends where the clause
                # of what it is asked to do begins; "met X, whose organization was inspected by Y":
                # whom one met ends where a clause about them begins
                clause = [d for d in o.subtree if d.dep_ in ("xcomp", "ccomp", "acl", "relcl", "advcl")]
                if clause:
                    hi = min(hi, sent.offset + min(d.left_edge.idx for d in clause))
            heads = _heads(o) if lem == "welcome" else None
            for x in ents_in(res, sent, lo, hi):
                if heads is not None and not any(actor_of_token(res, sent, h) is x for h in heads):
                    continue  # "welcomed President X's decree", "welcomed an instruction by Y": not a meeting
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
                    or (actor_of_token(res, sent, o) is not x and not _named_before_kind(res, sent, o, x))
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
                    lo, hi = span_of(o, sent)
                    for x in ents_in(res, sent, lo, hi):
                        if x.label == "Law":
                            for sx in srcs:
                                b.relate("CRITICIZED", sx, x, sent.index)


# kind nouns that may follow an organization's name in its own phrase ("the Nur Otan party")
_KIND_AFTER = {"party", "union", "movement", "organization", "organisation", "group", "coalition", "bloc",
               "foundation", "association", "network", "channel", "newspaper", "outlet", "site", "website"}  # fmt: skip


def _named_before_kind(res: Resolved, sent: Sentence, o, x: Entity) -> bool:  # type: ignore[no-untyped-def]
    """The object is the organization named right before its kind noun ("chairs the ruling X
    party"): the name ends at the token before the head."""
    if o.lemma_.lower() not in _KIND_AFTER or o.i == 0:
        return False
    prev = o.doc[o.i - 1]
    end = sent.offset + prev.idx + len(prev.text)
    return any(e == end and y is x for _s, e, y in res.sent_entities.get(sent.index, []))


def _relative_object(res: Resolved, sent: Sentence, tok) -> Entity | None:  # type: ignore[no-untyped-def]
    """The actor or law a relative clause's object pronoun stands for: the name that ends right
    before "which"/"whom" ("the Law on X of 2020, which the Majlis amended")."""
    if tok.dep_ != "relcl":
        return None
    rel = next((c for c in tok.children if c.dep_ == "dobj" and c.lower_ in ("which", "whom", "that")), None)
    if rel is None:
        return None
    at = sent.offset + rel.idx
    before = [
        (e, x)
        for s2, e, x in res.sent_entities.get(sent.index, [])
        if e <= at and re.fullmatch(r"(?:\s+of\s+\d{4})?\s*,?\s*", sent.text[e - sent.start : at - sent.start])
    ]
    return max(before, key=lambda c: c[0])[1] if before else None


def made_calls(sent: Sentence, b: Builder, res: Resolved) -> None:
    """ "X made (similar) recommendations / an appeal to Y", "X sent a letter / filed a complaint
    to Y": X CALLED_ON Y (a country: its government), as a letter written to Y is."""
    for tok in sent.span:
        if tok.lemma_.lower() not in _SEND or tok.pos_ != "VERB":
            continue
        calls = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _CALL_NOUNS]
        if not calls:
            continue
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        src = actor_of_token(res, sent, subj)
        if src is None:
            continue
        # "to Y" hangs off the verb or off the noun ("a formal complaint to the Head of Y")
        for pr in [*tok.children, *calls[0].children]:
            if pr.dep_ not in ("prep", "dative") or pr.lower_ != "to":
                continue
            lo, hi = span_of(pr, sent)
            for x in ents_in(res, sent, lo, hi):
                y = country_government(b, res, sent, x) if x.label == "Location" else x
                if y is not None and y.label in ("Person", "Organization"):
                    b.relate("CALLED_ON", src, y, sent.index)


def concern_is(sent: Sentence, b: Builder, res: Resolved) -> None:
    """ "X's main concern is the Law on Y": X CRITICIZED what its concern is (up to any clause
    describing it)."""
    for tok in sent.span:
        if tok.lemma_.lower() != "concern" or tok.dep_ != "nsubj" or tok.head.lemma_ != "be":
            continue
        owner = next((c for c in tok.children if c.dep_ == "poss"), None)
        attr = next((c for c in tok.head.children if c.dep_ == "attr"), None)
        if owner is None or attr is None:
            continue
        at = sent.offset + owner.idx
        src = actor_at(res, sent, sent.offset + owner.left_edge.idx, at + len(owner.text))
        if src is None:
            continue
        lo, hi = span_of(attr, sent)
        clause = [d for d in attr.subtree if d.dep_ in ("relcl", "acl", "advcl")]
        if clause:
            hi = min(hi, sent.offset + min(d.left_edge.idx for d in clause))
        for x in ents_in(res, sent, lo, hi):
            if x.label in ("Law", "Event", "Organization") and x is not src:
                b.relate("CRITICIZED", src, x, sent.index)


def _heads(o):  # type: ignore[no-untyped-def]
    """The nouns an object phrase names as such: its head, its conjuncts and their appositions
    ("welcomed the Minister, X, and Y"), not the owners or makers of what it names."""
    out = [o, *o.conjuncts]
    return out + [c for h in out for c in h.children if c.dep_ == "appos"]


def held_talks(sent: Sentence, b: Builder, res: Resolved) -> None:
    """ "X held talks with Y (and with Z)": MET_WITH."""
    for tok in sent.span:
        lem = tok.lemma_.lower()
        if lem == "hold" and tok.pos_ in ("VERB", "AUX"):
            talks = [c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in _TALKS]
            if not talks:
                continue
            subj = _holder(tok)
            if subj is None:
                continue
            src = actor_of_token(res, sent, subj)
            if src is None:
                continue
            preps = [c for t in (tok, talks[0]) for c in t.children if c.dep_ == "prep" and c.lower_ == "with"]
            if not preps:
                continue
            # "with X, and with Y": everything from the first "with" to the end of the clause
            lo = min(span_of(pr, sent)[0] for pr in preps)
            hi = span_of(tok, sent)[1]
            for x in ents_in(res, sent, lo, hi):
                # "a dialogue with Uzbekistan": a country met stands for its government
                y = country_government(b, res, sent, x) if x.label == "Location" else x
                if y is not None and y.label in ("Person", "Organization"):
                    b.relate("MET_WITH", src, y, sent.index)


def _holder(tok):  # type: ignore[no-untyped-def]
    """Who holds the talks: the verb's subject; for "X, which will hold ..." the relative's
    antecedent; for "X is scheduled / plans to hold ..." the governing verb's subject."""
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    if tok.dep_ == "relcl" and (subj is None or subj.lower_ in ("which", "who", "that")):
        return tok.head
    if subj is None and tok.dep_ == "xcomp":
        return next((c for c in tok.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return subj


def governments_for_countries(sents: list[Sentence], b: Builder, res: Resolved) -> None:
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
                g = country_government(b, res, at, dst)
                if g is not None:
                    b.relate(rel.type, src, g, at.index)


# "the Declaration, adopted by the General Assembly in 1998", "two months after it was approved by
# the Mazhilis": the actor after "by" adopted the law named before the participle
_ADOPTED_BY = re.compile(
    r"\b(?:adopted|approved|passed|enacted|signed|ratified|endorsed|drafted|proposed|introduced|sponsored|"
    r"initiated|amended)\s+(?:(?:unanimously|overwhelmingly|quickly|later|also|into\s+law)\s+)?by\s+(?:the\s+)?",
    re.I,
)


def adopted_by(sent: Sentence, text: str, b: Builder, res: Resolved) -> None:
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    for m in _ADOPTED_BY.finditer(text, sent.start, sent.end):
        actor = next(
            (x for s, _e, x in ents if m.end() <= s <= m.end() + 2 and x.label in ("Organization", "Person")), None
        )
        laws = [x for _s, e, x in ents if x.label == "Law" and e <= m.start()]
        if actor is not None and laws:
            b.relate("ADOPTED", actor, laws[-1], sent.index)


# acts of a state body that apply a law to someone: "refused to authorize a march, citing the Law on X"
_ENFORCE = {"refuse", "reject", "deny", "ban", "prohibit", "block", "close", "suspend", "fine", "detain", "arrest",
            "bar", "decline", "dismiss", "liquidate", "revoke", "cancel", "disperse"}  # fmt: skip


def citing_law(sent: Sentence, b: Builder, res: Resolved) -> None:
    """ "The akimat refused to authorize a march, citing the Law on Peaceful Assemblies": who refuses,
    bans or punishes citing a domestic law enforces it (ADOPTED: adopted or enforced). Not a treaty
    or a constitution invoked by a critic ("activists protested, citing the Constitution")."""
    ents = res.sent_entities.get(sent.index, [])
    for tok in sent.span:
        if tok.lower_ != "citing" or tok.head.i == tok.i or tok.head.lemma_.lower() not in _ENFORCE:
            continue
        verb = tok.head
        while verb.dep_ in ("xcomp", "conj") and verb.head.i != verb.i and verb.head.lemma_.lower() in _ENFORCE:
            verb = verb.head
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subj is None:
            continue
        lo, hi = sent.offset + subj.left_edge.idx, sent.offset + subj.idx + len(subj.text)
        actor = next((x for s, _e, x in ents if lo <= s < hi and x.label in ("Organization", "Person")), None)
        c0 = sent.offset + tok.idx
        c1 = sent.offset + tok.right_edge.idx + len(tok.right_edge.text)
        law = next(
            (
                x
                for s, _e, x in ents
                if c0 <= s < c1
                and x.label == "Law"
                and x.properties.get("jurisdiction") != "international"
                and x.properties.get("kind") not in ("treaty", "declaration", "constitution")
            ),
            None,
        )
        if actor is not None and law is not None:
            b.relate("ADOPTED", actor, law, sent.index)


_FINDING = re.compile(
    r"\s+(?:(?:has|had|have|also)\s+)?(?:found|concluded|determined|established|held)\s+(?:in\s+\d{4}\s+)?that\s+"
    r"(?P<clause>[^;]*?\b(?:arbitrary|unlawful|illegal|violated|violation|breached|breach|tortured|torture|"
    r"ill-treatment|ill-treated|discriminatory)\b)",
    re.I,
)


def findings(sent: Sentence, text: str, b: Builder, res: Resolved, sents: list[Sentence]) -> None:
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
        gov = named[0] if named else government_of(b, res, sents, e, m.group("clause"))
        if gov is not None:
            b.relate("CRITICIZED", x, gov, sent.index)


_SPEECH = {"say", "add", "tell", "state", "write", "note", "argue", "stress", "warn", "insist"}
_MODAL_CALL = {"should", "must"}
# a sentence that closes a quotation or ends on its attribution ('..." she said.')
# ('“...,” said X, a researcher at Y.': an attribution with the speaker's title after the quote)
_QUOTE_END = re.compile(
    r"[”\"]\s*$|\bsaid\.?\s*$|[”\"],?\s+\S+(?:\s+\S+)?\s+(?:said|added)\.\s*$"
    r"|[”\"],?\s+(?:said|added)\s+[^“”\"]{2,200}$"
)


def _speaker(sent: Sentence, res: Resolved) -> Entity | None:
    """The actor a sentence quotes ("..., said X", "X told reporters ..."), if it names one."""
    for tok in sent.span:
        if tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH or tok.dep_ in ("relcl", "acl"):
            continue  # "the officials he wrote about": not who the sentence quotes
        for c in tok.children:
            if c.dep_ == "nsubj":
                x = actor_of_token(res, sent, c)
                if x is not None:
                    return x
    return None


def should_calls(sent: Sentence, b: Builder, res: Resolved, sents: list[Sentence], author: Entity | None) -> None:
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
                x = actor_at(res, sent, lo, sent.offset + c.idx + len(c.text))
                if x is not None:
                    calls.append(x)
    if not calls:
        return
    speaker = _speaker(sent, res)
    if speaker is None and sent.seg.lstrip()[:1] in '"“' and sent.index > 0:
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
