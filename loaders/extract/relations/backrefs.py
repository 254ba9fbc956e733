"""Back-references: the actor a possessive ("its founder", "the bureau's chairman"), a definite
noun ("the organization", "the ministry", "the president") or a pronoun-like phrase points to."""

from __future__ import annotations

import re

from graph.model import Entity
from loaders.extract.entities import Resolved
from loaders.extract.segment import Sentence

# "The organization also calls on ...", "The ministry said ...", "The president chairs ...": a
# definite subject naming the kind of an actor spoken of before
GENERIC_ORG = {"organization", "organisation", "group", "ngo", "watchdog"}
NAMED_ORG = {"ministry", "court", "committee", "commission", "agency", "office", "foundation", "union", "party",
              "movement", "centre", "center", "bureau", "coalition", "network", "council", "institute",
              "association", "service", "parliament", "tribunal", "mission"}  # fmt: skip
PERSON_ROLE = {"president", "minister", "rapporteur", "ombudsman", "governor", "akim", "mayor", "director",
                "chairman", "chairwoman", "chairperson", "spokesman", "spokeswoman", "spokesperson",
                "prosecutor", "judge", "commissioner", "ambassador"}  # fmt: skip


def last_org_before(res: Resolved, sent: Sentence, pos: int, noun: str | None) -> Entity | None:
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


def last_person_before(res: Resolved, sent: Sentence, pos: int, exclude: Entity) -> Entity | None:
    cands: list[tuple[int, Entity]] = []
    for si in range(sent.index - 2, sent.index + 1):
        both = res.sent_entities.get(si, []) + res.pronouns.get(si, [])
        for s, _e, x in both:
            if x.label == "Person" and s < pos and x is not exclude:
                cands.append((s, x))
    cands.sort(key=lambda c: c[0])
    return cands[-1][1] if cands else None


def noun_antecedent(res: Resolved, sent: Sentence, tok, sents: list[Sentence]) -> Entity | None:  # type: ignore[no-untyped-def]
    noun = tok.lemma_.lower()
    if not any(c.dep_ == "det" and c.lower_ in ("the", "this") for c in tok.children):
        return None
    if any(c.dep_ in ("compound", "amod", "prep", "poss") for c in tok.children):
        return None  # "the Kazakh president", "the ministry of justice": not a bare back-reference
    pos = sent.offset + tok.idx
    if noun in GENERIC_ORG:
        return last_org_before(res, sent, pos, None)
    if noun in NAMED_ORG:
        org = last_org_before(res, sent, pos, noun)
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
    if noun in PERSON_ROLE:
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
