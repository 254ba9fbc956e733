"""Accumulates entities, mentions and relations of one document, with ids.

Ids are ``make_id(label, canonical key)``; the same key read twice gives the
same node, and a mention is recorded once per span.
"""

from __future__ import annotations

from typing import Any

from graph.model import Entity, Evidence, Mention, Relation, make_id
from graph.schema import NODE_TYPES, REL_TYPES
from loaders.extract.segment import Sentence


class Builder:
    def __init__(self, doc_id: str, text: str, sents: list[Sentence]) -> None:
        self.doc_id = doc_id
        self.text = text
        self.sents = sents
        self.entities: dict[str, Entity] = {}
        self.relations: dict[tuple[str, str, str, str], Relation] = {}
        self._spans: dict[str, set[tuple[int, int]]] = {}

    def evidence(self, sent: int) -> Evidence:
        s = self.sents[sent]
        return Evidence(self.doc_id, self.text[s.start : s.end], s.start, s.end)

    def sent_at(self, pos: int) -> int:
        for s in self.sents:
            if s.start <= pos < s.end:
                return s.index
        return -1

    def entity(
        self, label: str, key: str, name: str, *, eid: str | None = None, props: dict[str, Any] | None = None
    ) -> Entity:
        eid = eid or make_id(label, key)
        ent = self.entities.get(eid)
        if ent is None:
            ent = Entity(id=eid, label=label, name=name)
            self.entities[eid] = ent
            self._spans[eid] = set()
        allowed = NODE_TYPES[label].properties
        for k, v in (props or {}).items():
            if k in allowed and v not in (None, "", []) and k not in ent.properties:
                ent.properties[k] = v
        return ent

    def mention(
        self, ent: Entity, start: int, end: int, sent: int, surface: str | None = None, alias: bool = True
    ) -> None:
        """A mention of ``ent``; its surface becomes an alias unless ``alias`` is false (a bare
        surname that other people of the document or graph also bear)."""
        if (start, end) in self._spans[ent.id] or sent < 0 or end <= start:
            return
        self._spans[ent.id].add((start, end))
        surface = surface if surface is not None else self.text[start:end]
        ent.mentions.append(Mention(surface, start, end, self.evidence(sent)))
        if alias:
            self.alias(ent, surface)

    def alias(self, ent: Entity, alias: str) -> None:
        alias = " ".join(alias.split())
        if alias and alias != ent.name and alias not in ent.aliases:
            ent.aliases.append(alias)

    def merge_note(self, ent: Entity, note: str) -> None:
        if note not in ent.merges:
            ent.merges.append(note)

    def relate(
        self, type_: str, src: Entity, dst: Entity, sent: int | None, props: dict[str, Any] | None = None
    ) -> None:
        if src.id == dst.id:
            return
        rt = REL_TYPES[type_]
        if src.label not in rt.sources or dst.label not in rt.targets:
            return
        props = {k: v for k, v in (props or {}).items() if k in rt.properties and v not in (None, "")}
        key = str(props.get(rt.key, "")) if rt.key else ""
        rkey = (type_, src.id, dst.id, key)
        ev = [self.evidence(sent)] if sent is not None and sent >= 0 else []
        if rt.evidenced and not ev:
            return
        rel = self.relations.get(rkey)
        if rel is None:
            self.relations[rkey] = Relation(type_, src.id, src.label, dst.id, dst.label, ev, props)
        else:
            for e in ev:
                if e not in rel.evidence:
                    rel.evidence.append(e)
