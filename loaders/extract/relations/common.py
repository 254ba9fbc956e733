"""Helpers every relation reader shares: the actors a sentence names in a span, the span of a
parse subtree, the government of a country."""

from __future__ import annotations

import re

from spacy.tokens import Token

from graph.model import Entity
from graph.translit import fold
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence


def ents_in(res: Resolved, sent: Sentence, lo: int, hi: int) -> list[Entity]:
    both = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
    return [e for s, _e, e in both if lo <= s < hi]


def actor_at(res: Resolved, sent: Sentence, tok_start: int, tok_end: int) -> Entity | None:
    for s, e, ent in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []):
        if (s <= tok_start < e or tok_start <= s < tok_end) and ent.label in ("Person", "Organization"):
            return ent
    return None


def actor_of_token(res: Resolved, sent: Sentence, tok: Token) -> Entity | None:
    """The person or organization a parse token names (or a pronoun standing for one)."""
    at = sent.offset + tok.idx
    return actor_at(res, sent, at, at + len(tok.text))


def coordinated_before(people: list[tuple[int, int, Entity]], start: int, text: str) -> list[Entity]:
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


def span_of(tok, sent: Sentence) -> tuple[int, int]:  # type: ignore[no-untyped-def]
    lo = sent.offset + tok.left_edge.idx
    r = tok.right_edge
    return lo, sent.offset + r.idx + len(r.text)


def government_of(b: Builder, res: Resolved, sents: list[Sentence], pos: int, body: str) -> Entity | None:
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


def ents_of(res: Resolved, sent: Sentence, label: str) -> list[tuple[int, int, Entity]]:
    return sorted((x for x in res.sent_entities.get(sent.index, []) if x[2].label == label), key=lambda x: x[0])


def country_government(b: Builder, res: Resolved, sent: Sentence, loc: Entity) -> Entity | None:
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
