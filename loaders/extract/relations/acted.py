"""The general fallback over the parse: an actor who did something to another actor (ACTED_ON).

"The Almaty City Court fined A", "the Union expelled him", "officers of the NSC took B", "B was
detained by the police", "the department sued the church": for a content verb (not a copula, an
auxiliary or a verb of speech) whose subject (``nsubj``; or the "by"-agent of a passive, whose
subject is then the object) is an actor and whose direct object (``dobj``; the passive subject) is
an actor, the subject ACTED_ON the object, with the verb's lemma on the edge. A participle with
an agent acts on the noun it describes ("X, detained by the police") or on whom had it done ("B
had his licence suspended by the W").

Precision first:

* an end is an actor only when the head word of the subject or object is that actor's name (or a
  pronoun the coreference resolved, or "officers / members / agents of X" standing for X; a
  country stands for its government): "the detention of X" is not X, and "the lawyer of X" is not X;
  coordinated heads ("A and B") all count;
* only the verb's own subject: a verb with no subject takes its governing verb's only through
  "to" complements and coordinated verbs ("refused to register X", "detained A and beat B"),
  never through a relative clause or a clause of speech; a relative clause's "who" / "which"
  stands for the noun it hangs on;
* advice is not an act: "the authorities should release X" gives nothing (that is CALLED_ON);
* negation is kept: "the court did not summon X" is an ACTED_ON edge with ``negated`` true, so
  a reader can filter it out (an investigator may want to know that a body refused to act);
* "officers / members / agents of X" stand for X only as the subject ("detained six employees
  of X" did not detain X); a country only as the subject ("left / visited Tajikistan" is not an
  act on its government); an apposition only when it names a person ("my brother, X": the parse
  hangs lists of bodies on any noun); "A and B ... C and D respectively" pairs in order;
* a pair another reader already linked in the same sentence (in either direction) is left alone.

The evidence is the sentence.
"""

from __future__ import annotations

from spacy.tokens import Token

from graph.model import Entity
from loaders.extract.build import Builder
from loaders.extract.coref import _SPEECH as _COREF_SPEECH
from loaders.extract.entities import Resolved
from loaders.extract.relations.common import country_government
from loaders.extract.relations.verbs import _CALL
from loaders.extract.relations.verbs import _SPEECH as _VERB_SPEECH
from loaders.extract.segment import Sentence

__all__ = ["acted_on"]

_SPEECH = _COREF_SPEECH | _VERB_SPEECH
# nouns of people acting for a body: "officers of the NSC", "members of the Union"
# (subjects only: "detained employees of X" did not detain X)
_AGENTS = {"officer", "member", "agent", "official", "representative", "staff", "personnel", "investigator", "guard",
           "operative", "inspector", "prosecutor"}  # fmt: skip
_ADVICE = {"should", "must", "ought", "shall"}
_RELATIVE = {"who", "which", "that", "whom"}
# spaCy's small model lemmatizes "fined" as "fin"
_LEMMA_FIX = {"fin": "fine"}
_NOT_ACTS = {"be", "have", "do", "become", "seem", "remain", "get"}


def acted_on(sents: list[Sentence], b: Builder, res: Resolved) -> None:
    # pairs already linked, by sentence (the evidence start): any type, either direction
    linked: set[tuple[int, frozenset[str]]] = set()
    for rel in b.relations.values():
        for ev in rel.evidence:
            linked.add((ev.start, frozenset((rel.start_id, rel.end_id))))
    for sent in sents:
        if sent.heading:
            continue
        for tok in sent.span:
            if tok.pos_ != "VERB" or tok.lemma_.lower() in _SPEECH | _NOT_ACTS:
                continue
            if any(c.dep_ == "aux" and c.lower_ in _ADVICE for c in tok.children):
                continue
            subj_toks, obj_toks = _ends(tok)
            srcs = _actors(subj_toks, sent, b, res, subject=True)
            dsts = _actors(obj_toks, sent, b, res, subject=False)
            if not srcs or not dsts:
                continue
            negated = _negated(tok)
            verb = _LEMMA_FIX.get(tok.lemma_.lower(), tok.lemma_.lower())
            srcs = [g for x in srcs if (g := _government(x, sent, b, res)) is not None]
            dsts = [g for x in dsts if (g := _government(x, sent, b, res)) is not None]
            pairs = [(s, d) for s in srcs for d in dsts]
            if len(srcs) == len(dsts) > 1 and any(t.lower_ == "respectively" for t in tok.subtree):
                pairs = list(zip(srcs, dsts, strict=True))  # "A and B, who represent C and D respectively"
            for s, d in pairs:
                if s is d or (sent.start, frozenset((s.id, d.id))) in linked:
                    continue
                b.relate("ACTED_ON", s, d, sent.index, {"verb": verb, "negated": negated})


def _ends(tok: Token) -> tuple[list[Token], list[Token]]:
    """The subject and object tokens of a verb (heads only)."""
    subj = [c for c in tok.children if c.dep_ == "nsubj"]
    passive = [c for c in tok.children if c.dep_ == "nsubjpass"]
    objs = [c for c in tok.children if c.dep_ == "dobj"]
    agents = [p for a in tok.children if a.dep_ == "agent" for p in a.children if p.dep_ == "pobj"]
    if passive:
        # "B was detained by the police": the agent acts on the passive subject
        subj, objs = agents, passive
    elif agents and tok.dep_ == "acl" and tok.tag_ == "VBN":
        # "B, detained by the police, ...": the agent acts on the noun the participle describes;
        # "B had his licence suspended by the W": on whom had it done
        subj, objs = agents, [tok.head]
        have = tok.head.head
        if tok.head.dep_ == "dobj" and have.lemma_.lower() in ("have", "get"):
            objs = [c for c in have.children if c.dep_ == "nsubj"]
    elif not subj:
        gov = tok
        for _ in range(2):
            if gov.dep_ not in ("xcomp", "conj") or gov.head.pos_ not in ("VERB", "AUX"):
                break
            # "refused to register X", "detained A and beat B": the governing verb's subject
            if gov.dep_ == "conj" and any(c.dep_ in ("nsubjpass",) for c in gov.head.children):
                break
            if gov.dep_ == "xcomp" and (
                gov.head.lemma_.lower() in _CALL
                or any(
                    c.dep_ in ("dobj", "dative") or (c.dep_ == "prep" and c.lower_ in ("on", "upon"))
                    for c in gov.head.children
                )
            ):
                break  # "called on the authorities to release X": the addressee would act, not the caller
            gov = gov.head
            subj = [c for c in gov.children if c.dep_ == "nsubj"]
            if subj or gov.lemma_.lower() in _SPEECH:
                break
        if gov.lemma_.lower() in _SPEECH:
            subj = []
    if tok.dep_ == "relcl":
        # "the court, which fined A": the relative pronoun stands for the noun the clause hangs on
        subj = [tok.head if s.lower_ in _RELATIVE else s for s in subj]
        objs = [tok.head if o.lower_ in _RELATIVE else o for o in objs]
    return _with_conjuncts(subj), _with_conjuncts(objs)


def _with_conjuncts(toks: list[Token]) -> list[Token]:
    """The heads with their conjuncts ("A and B") and appositions ("my brother, X")."""
    out: list[Token] = []
    for t in toks:
        for x in (t, *t.conjuncts, *(c for h in (t, *t.conjuncts) for c in h.children if c.dep_ == "appos")):
            if all(x.i != y.i for y in out):
                out.append(x)
    return sorted(out, key=lambda x: x.i)


def _actors(toks: list[Token], sent: Sentence, b: Builder, res: Resolved, subject: bool) -> list[Entity]:
    out: list[Entity] = []
    for t in toks:
        x = _actor_of(t, sent, b, res)
        if x is not None and x.label == "Location" and not subject:
            x = None  # "visited / left Tajikistan", "promised a New Kazakhstan": not its government
        if x is not None and t.dep_ == "appos" and x.label != "Person":
            x = None  # "my brother, X" and "the pastor, X" only: the parse hangs lists on any noun
        if x is None and subject and t.dep_ != "appos" and t.lemma_.lower() in _AGENTS:
            # "officers of the NSC": the body they act for
            of = [
                p for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"
            ]
            x = _actor_of(of[0], sent, b, res) if of else None
            if x is not None and x.label != "Organization":
                x = None
        if x is not None and x not in out:
            out.append(x)
    return out


def _actor_of(t: Token, sent: Sentence, b: Builder, res: Resolved) -> Entity | None:
    """The actor whose name (or resolved pronoun) the head word ``t`` is part of."""
    at = sent.offset + t.idx
    end = at + len(t.text)
    for s, e, x in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []):
        if not s <= at < e or end > e:
            continue
        if x.label in ("Person", "Organization"):
            return x
        if x.label == "Location" and x.properties.get("kind") == "country":
            return x  # made its government only once the verb has both ends (_government)
    return None


def _government(x: Entity, sent: Sentence, b: Builder, res: Resolved) -> Entity | None:
    """A country acting or acted on stands for its government."""
    return country_government(b, res, sent, x) if x.label == "Location" else x


def _negated(tok: Token) -> bool:
    """ "did not reply", "never fined", "refused to register" (the governing verb's negation too)."""
    if any(c.dep_ == "neg" for c in tok.children):
        return True
    head = tok.head
    return bool(
        tok.dep_ == "xcomp"
        and (any(c.dep_ == "neg" for c in head.children) or head.lemma_.lower() in ("refuse", "decline", "fail"))
    )
