#!/usr/bin/env python3
"""Sanity checker for the blind2 gold annotations.

Checks, for every gold/*.json:
  - it parses, has the FORMAT.md top-level keys, and "document" names an existing corpus/*.txt
    with the same base name;
  - every evidence string (events, violations, relations) and every alias (people,
    organizations, events, laws) occurs verbatim in the document;
  - every person/organization/law/location has its name or at least one alias verbatim in the text
    (organization names such as "Uzbekistan government" are normalized names and need an alias);
  - enum values (kinds, roles, predicates, instruments), ISO-ish dates, law years;
  - cross references: event participants, event locations, relation subjects/objects and
    violation subject_entity refer to entities named in the same file;
  - no two different entities of the same kind (people, organizations, non-'other' events), across
    all blind2 files, share a normalized name or alias (the scorer merges gold entities by shared
    names, so a shared alias would silently merge two people with the same surname).

Usage: python3 tests/eval/blind2/check_gold.py   (exit status 0 when everything passes)
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

TOP_KEYS = {"document", "people", "organizations", "locations", "events", "laws", "violations", "relations"}
ORG_KINDS = {"ngo", "party", "government", "media", "intergovernmental", "union", "court", "company", "movement", "other"}
LOC_KINDS = {"country", "city", "region", "venue"}
EVENT_KINDS = {"protest", "crackdown", "killing", "arrest", "trial", "sentencing", "election", "visit", "meeting",
               "review", "ban", "legislation", "other"}
ROLES = {"organizer", "participant", "victim", "perpetrator", "target", "observer", "host", "guest", "reporter"}
LAW_KINDS = {"treaty", "declaration", "constitution", "statute", "code", "decree", "other"}
PREDICATES = {"member_of", "leads", "works_for", "founded", "participated_in", "met_with", "criticized", "called_on",
              "charged_under", "imprisoned", "released", "banned", "represents", "located_in", "other"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# The scorer's own name normalization, so that the collision check agrees with it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from score_graph import GENERIC_WORDS, norm  # noqa: E402


def names_of(ent: dict) -> set[str]:
    out = {norm(ent["name"])} | {norm(a) for a in ent.get("aliases", []) or []}
    return {n for n in out if n and not all(w in GENERIC_WORDS for w in n.split())}


def check_file(path: Path, errors: list[str], registry: dict) -> dict:
    def err(msg: str) -> None:
        errors.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        err(f"does not parse: {exc}")
        return {}
    missing = TOP_KEYS - set(gold)
    if missing:
        err(f"missing keys {sorted(missing)}")
    doc = gold.get("document", "")
    if doc != path.with_suffix(".txt").name:
        err(f"document {doc!r} does not match file name")
    txt_path = CORPUS / doc
    if not txt_path.is_file():
        err(f"document {doc!r} not found in corpus/")
        return gold
    text = txt_path.read_text(encoding="utf-8")

    def verbatim(s: str, what: str) -> None:
        if not isinstance(s, str) or not s:
            err(f"{what}: empty or not a string")
        elif s not in text:
            err(f"{what}: not verbatim in text: {s!r}")

    def check_named(kind: str, ent: dict, *, need_surface: bool = True) -> None:
        for a in ent.get("aliases", []) or []:
            verbatim(a, f"{kind} {ent['name']!r} alias")
        if a_dup := [a for a in ent.get("aliases", []) if a == ent["name"]]:
            err(f"{kind} {ent['name']!r}: alias repeats the name {a_dup}")
        if need_surface and ent["name"] not in text and not any(a in text for a in ent.get("aliases", []) or []):
            err(f"{kind} {ent['name']!r}: neither name nor any alias occurs verbatim")

    entity_names: set[str] = set()
    for kind in ("people", "organizations", "locations", "events", "laws"):
        seen = set()
        for ent in gold.get(kind, []):
            name = ent.get("name")
            if not name:
                err(f"{kind}: entry without name: {ent}")
                continue
            if name in seen:
                err(f"{kind}: duplicate name {name!r}")
            seen.add(name)
            entity_names.add(name)

    for p in gold.get("people", []):
        check_named("person", p)
        if not isinstance(p.get("descriptors", []), list):
            err(f"person {p['name']!r}: descriptors must be a list")
    for o in gold.get("organizations", []):
        check_named("organization", o)
        if o.get("kind") not in ORG_KINDS:
            err(f"organization {o['name']!r}: bad kind {o.get('kind')!r}")
    location_names = set()
    for loc in gold.get("locations", []):
        location_names.add(loc["name"])
        check_named("location", loc)
        if loc.get("kind") not in LOC_KINDS:
            err(f"location {loc['name']!r}: bad kind {loc.get('kind')!r}")
    law_names = set()
    for law in gold.get("laws", []):
        law_names.add(law["name"])
        check_named("law", law)
        if law.get("kind") not in LAW_KINDS:
            err(f"law {law['name']!r}: bad kind {law.get('kind')!r}")
        if law.get("year") is not None and not isinstance(law.get("year"), int):
            err(f"law {law['name']!r}: year must be int or null")
        if not law.get("jurisdiction"):
            err(f"law {law['name']!r}: no jurisdiction")
    event_names = set()
    for ev in gold.get("events", []):
        event_names.add(ev["name"])
        check_named("event", ev, need_surface=False)
        if ev.get("kind") not in EVENT_KINDS:
            err(f"event {ev['name']!r}: bad kind {ev.get('kind')!r}")
        d = ev.get("date")
        if d is not None and not DATE_RE.match(str(d)):
            err(f"event {ev['name']!r}: bad date {d!r}")
        if ev.get("location") is not None and ev["location"] not in location_names:
            err(f"event {ev['name']!r}: location {ev['location']!r} not in locations")
        for part in ev.get("participants", []):
            if part.get("entity") not in entity_names:
                err(f"event {ev['name']!r}: participant {part.get('entity')!r} not an entity of this file")
            if part.get("role") not in ROLES:
                err(f"event {ev['name']!r}: bad role {part.get('role')!r}")
        verbatim(ev.get("evidence"), f"event {ev['name']!r} evidence")

    instruments_ok = {"UDHR", "ICCPR", "ICESCR", "CAT", "Constitution of Kazakhstan"} | law_names
    for i, v in enumerate(gold.get("violations", [])):
        verbatim(v.get("evidence"), f"violation #{i} evidence")
        se = v.get("subject_entity")
        if se is not None and se not in event_names | law_names:
            err(f"violation #{i}: subject_entity {se!r} is not an event or law of this file")
        if not v.get("subject"):
            err(f"violation #{i}: empty subject")
        for art in v.get("articles", []):
            if art.get("instrument") not in instruments_ok:
                err(f"violation #{i}: unknown instrument {art.get('instrument')!r}")
            a = art.get("article")
            if a is not None and not isinstance(a, str):
                err(f"violation #{i}: article must be a string or null: {a!r}")
    for m in gold.get("measures", []) or []:
        if m.get("evidence") is not None:
            verbatim(m["evidence"], f"measure {m.get('name')!r} evidence")
    for i, r in enumerate(gold.get("relations", [])):
        verbatim(r.get("evidence"), f"relation #{i} evidence")
        if r.get("predicate") not in PREDICATES:
            err(f"relation #{i}: bad predicate {r.get('predicate')!r}")
        for side in ("subject", "object"):
            if r.get(side) not in entity_names:
                err(f"relation #{i}: {side} {r.get(side)!r} not an entity of this file")

    # Register names for the cross-file collision check.
    for kind in ("people", "organizations", "events"):
        for ent in gold.get(kind, []):
            if kind == "events" and ent.get("kind") == "other":
                continue
            for n in names_of(ent):
                registry.setdefault((kind, n), set()).add(f"{path.name}:{ent['name']}")
    return gold


def main() -> int:
    errors: list[str] = []
    registry: dict = {}
    golds = sorted(GOLD.glob("*.json"))
    texts = sorted(CORPUS.glob("*.txt"))
    if not golds:
        errors.append("no gold files")
    for t in texts:
        if not (GOLD / (t.stem + ".json")).is_file():
            errors.append(f"{t.name}: no gold file")
    stats = []
    for g in golds:
        gold = check_file(g, errors, registry)
        if gold:
            text = (CORPUS / gold.get("document", "")).read_text(encoding="utf-8") if (CORPUS / gold.get("document", "")).is_file() else ""
            stats.append((g.name, len(text.split()), {k: len(gold.get(k, [])) for k in sorted(TOP_KEYS - {"document"})}))
    for (kind, n), owners in sorted(registry.items()):
        if len(owners) > 1:
            errors.append(f"{kind}: normalized name {n!r} shared by different entities {sorted(owners)}")
    for name, words, counts in stats:
        print(f"{name}: {words} words; " + ", ".join(f"{k}={v}" for k, v in counts.items()))
    if errors:
        print(f"\n{len(errors)} problem(s):")
        for e in errors:
            print("  -", e)
        return 1
    print("\nOK: all gold files pass")
    return 0


if __name__ == "__main__":
    sys.exit(main())
