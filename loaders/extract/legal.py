"""Laws, Articles, Rights and VIOLATES edges of a document.

An Article is one node per (instrument, number) across the graph:
``make_id("Article", "ICCPR 21")``; it is PART_OF its Law and PROTECTS the
Right the reference data gives for it. A sentence that states a violation
("violate", "prohibited under", "falls short of") links what it names as the
violator (an actor or law it names first, else the practice it describes, as
an Event of kind ``practice``) to every article or instrument it cites.
"""

from __future__ import annotations

import functools
import re

from graph.model import Entity
from graph.translit import norm
from loaders.extract.build import Builder
from loaders.extract.citations import ArticleCite, LawMention, article_title, find_articles, find_laws
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_OFFICIAL = re.compile(
    r"\b(?:[Jj]udges?|[Ll]awyers?|[Pp]rosecutors?|[Aa]ttorneys?|[Dd]efen[cs]e|[Pp]resident|[Mm]inister|"
    r"[Rr]apporteur|[Dd]irector|[Cc]hair(?:man|woman)?)\b[^,.;]{0,25}$"
)


def _law_entity(b: Builder, m: LawMention) -> Entity:
    ent = b.entity(
        "Law",
        m.key,
        m.name,
        props={
            "kind": m.kind,
            "jurisdiction": m.jurisdiction if m.jurisdiction != "unknown" else None,
            "year": m.year,
            "abbreviation": m.abbreviation,
        },
    )
    for a in m.aliases:
        b.alias(ent, a)
    return ent


@functools.lru_cache(maxsize=1)
def _violation_re() -> re.Pattern[str]:
    verbs = reference().lex.get("violation_verbs", ())
    return re.compile(
        r"\b(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\b"
    )


def _violation_verb(sent_text: str) -> re.Match[str] | None:
    return _violation_re().search(sent_text)


def extract_legal(
    sents: list[Sentence], text: str, b: Builder, res: Resolved, events: dict[int, list[Entity]]
) -> None:
    ref = reference()
    for sent in sents:
        if sent.heading:
            continue
        laws = find_laws(sent, text, lambda pos: res.country_near(pos, sents))
        if not laws:
            continue
        law_ents: dict[int, Entity] = {}
        for m in laws:
            ent = _law_entity(b, m)
            b.mention(ent, m.start, m.end, sent.index)
            res.add(ent, m.start, m.end, sent.index)
            law_ents[id(m)] = ent
            if m.jurisdiction in ref.countries:
                loc = [
                    e
                    for s, _, e in res.sent_entities.get(sent.index, [])
                    if e.label == "Location" and e.name == m.jurisdiction
                ]
                if loc:
                    b.relate("APPLIES_TO", ent, loc[0], sent.index)
        cites: list[ArticleCite] = find_articles(sent, text, laws)
        art_ents: list[Entity] = []
        for c in cites:
            title, right = article_title(c.law, c.number)
            inst = c.law.code
            akey = (
                f"{inst} {c.number}"
                if c.law.kind not in ("statute", "code", "other")
                or c.law.jurisdiction in ("unknown", "international")
                else f"{c.law.jurisdiction} {inst} {c.number}"
            )
            art = b.entity(
                "Article",
                akey,
                f"{inst} Article {c.number}",
                props={"instrument": inst, "number": c.number, "title": title},
            )
            b.mention(art, c.start, c.end, sent.index)
            b.relate("PART_OF", art, law_ents[id(c.law)], None)
            art_ents.append(art)
            if right:
                r = b.entity("Right", norm(right), right)
                b.mention(r, c.start, c.end, sent.index)
                b.relate("PROTECTS", art, r, None)
        # charges under an article: the sentence's events
        if art_ents and re.search(r"\b(?:charg|sentenc|convict|prosecut|jail|imprison)", sent.text, re.I):
            for ev in events.get(sent.index, []):
                for art in art_ents:
                    b.relate("CHARGED_UNDER", ev, art, sent.index)
            # the people charged: those of the sentence (or its pronouns) who are not its judges,
            # lawyers or prosecutors ("Judge X found Y guilty under Article 174")
            for ps, _pe, person in res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []):
                if person.label != "Person" or _OFFICIAL.search(text[max(sent.start, ps - 40) : ps]):
                    continue
                for art in art_ents:
                    b.relate("CHARGED_UNDER", person, art, sent.index)
        vm = _violation_verb(sent.seg)
        if not vm:
            continue
        targets: list[Entity] = list(art_ents)
        cited_laws = {id(c.law) for c in cites}
        after = sent.offset + sent.span.start_char + vm.start()
        for m in laws:
            if id(m) not in cited_laws and m.start >= after:
                targets.append(law_ents[id(m)])
        if not targets:
            continue
        violator = _violator(sent, text, vm, b, res, law_ents, laws)
        for t in targets:
            b.relate("VIOLATES", violator, t, sent.index)


def _violator(
    sent: Sentence,
    text: str,
    vm: re.Match[str],
    b: Builder,
    res: Resolved,
    law_ents: dict[int, Entity],
    laws: list[LawMention],
) -> Entity:
    """What the sentence says violates: a named actor/law/event at its start, else the practice."""
    vstart = sent.offset + sent.span.start_char + vm.start()
    head = text[sent.start : vstart]
    # "..., which is prohibited under": the thing before "which"
    w = re.search(r"[,’']\s*which\s+(?:is\s+|are\s+)?$", head)
    if w:
        q = re.search(r"(?:‘|')([^’']+)’?\s*[,’']?\s*which\s+(?:is\s+|are\s+)?$", head)
        subj_text = q.group(1) if q else head[: w.start()].split(",")[-1]
    else:
        subj_text = head
    subj_text = subj_text.strip(" ,;:–—")
    first_law = next((m for m in laws if m.end <= vstart), None)
    for start, _end, ent in sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0]):
        if start >= vstart:
            break
        if ent.label in ("Organization", "Person", "Event") and start - sent.start < 20:
            return ent
    if first_law is not None and first_law.start - sent.start < 20:
        return law_ents[id(first_law)]
    words = subj_text.split()
    name = " ".join(words[:14]) if words else "practice"
    s = text.find(subj_text, sent.start, vstart + 1) if subj_text else -1
    ev = b.entity(
        "Event",
        f"practice {norm(name)} | {norm(sent.text)}",
        name[:1].upper() + name[1:],
        props={"kind": "practice"},
    )
    if s >= 0 and subj_text:
        b.mention(ev, s, s + len(subj_text), sent.index)
    else:
        b.mention(ev, sent.start, sent.end, sent.index)
    return ev
