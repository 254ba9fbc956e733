#!/usr/bin/env python3
"""Validate the dev3 gold files against FORMAT.md and their documents.

Usage: python3 tests/eval/dev3/check_gold.py [--quiet]

Checks, per gold file:
  - it parses as JSON, has the FORMAT.md keys, and its `document` exists in corpus/
  - every evidence string (events, violations, relations) and every alias occurs verbatim
  - enum values (organization/location/event/law kinds, roles, predicates) come from FORMAT.md
  - dates are null, YYYY, YYYY-MM or YYYY-MM-DD (and real calendar dates)
  - cross references (participants, event locations, relation ends, subject_entity,
    instruments) name something annotated in the same file
  - no two distinct people, organizations or scored events share a normalized name/alias
And for the set: every corpus document has a gold file and is 700-1000 words.
Names shared by gold entities of different files are listed as notes (the scorer joins them).
Exit status 1 on any problem. Standard library only.
"""
from __future__ import annotations

import datetime
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

ORG_KINDS = {"ngo", "party", "government", "media", "intergovernmental", "union", "court", "company", "movement", "other"}
LOC_KINDS = {"country", "city", "region", "venue"}
EVENT_KINDS = {"protest", "crackdown", "killing", "arrest", "trial", "sentencing", "election", "visit", "meeting",
               "review", "ban", "legislation", "other"}
ROLES = {"organizer", "participant", "victim", "perpetrator", "target", "observer", "host", "guest", "reporter"}
LAW_KINDS = {"treaty", "declaration", "constitution", "statute", "code", "decree", "other"}
PREDICATES = {"member_of", "leads", "works_for", "founded", "participated_in", "met_with", "criticized", "called_on",
              "charged_under", "imprisoned", "released", "banned", "represents", "located_in", "other"}
CORE_INSTRUMENTS = {"UDHR", "ICCPR", "ICESCR", "CAT"}
CANONICAL = {
    "UDHR": {"universal declaration of human rights"},
    "ICCPR": {"international covenant on civil and political rights"},
    "ICESCR": {"international covenant on economic social and cultural rights"},
    "CAT": {"convention against torture",
            "convention against torture and other cruel inhuman or degrading treatment or punishment"},
}
TOP_KEYS = {"document", "people", "organizations", "locations", "events", "laws", "violations", "relations"}
OPTIONAL_KEYS = {"measures"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

# The scorer's own name normalization, so that the collision check agrees with it.
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from score_graph import generic, norm  # noqa: E402


def scored_names(ent: dict) -> set[str]:
    names = {norm(ent["name"])} | {norm(a) for a in ent.get("aliases") or []}
    return {n for n in names if n and not generic(n)}


def valid_date(d) -> bool:
    if d is None:
        return True
    if not isinstance(d, str) or not DATE_RE.match(d):
        return False
    parts = [int(x) for x in d.split("-")]
    try:
        datetime.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    except ValueError:
        return False
    return True


def check_file(path: Path, problems: list[str]) -> dict | None:
    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        g = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as e:
        bad(f"does not parse: {e}")
        return None
    missing = TOP_KEYS - set(g)
    extra = set(g) - TOP_KEYS - OPTIONAL_KEYS
    if missing:
        bad(f"missing keys {sorted(missing)}")
    if extra:
        bad(f"unexpected keys {sorted(extra)}")
    doc = g.get("document")
    if doc != path.stem + ".txt":
        bad(f"document {doc!r} does not match file name")
    docpath = CORPUS / str(doc)
    if not docpath.is_file():
        bad(f"document {doc!r} not found in corpus/")
        return g
    text = docpath.read_text(encoding="utf-8")

    def verbatim(s, where: str) -> None:
        if not isinstance(s, str) or not s.strip():
            bad(f"{where}: empty or non-string")
        elif s not in text:
            bad(f"{where}: not verbatim in document: {s[:90]!r}")

    for k in TOP_KEYS - {"document"}:
        if not isinstance(g.get(k, []), list):
            bad(f"{k} is not a list")
            return g

    # names per kind
    names: dict[str, set[str]] = {}
    for kind in ("people", "organizations", "locations", "events", "laws"):
        names[kind] = set()
        for i, ent in enumerate(g.get(kind, [])):
            if not isinstance(ent, dict) or not isinstance(ent.get("name"), str) or not ent["name"].strip():
                bad(f"{kind}[{i}] has no name")
                continue
            names[kind].add(ent["name"])
            aliases = ent.get("aliases", [])
            if kind != "locations":
                if not isinstance(aliases, list):
                    bad(f"{kind} {ent['name']!r}: aliases is not a list")
                    aliases = []
                for a in aliases:
                    verbatim(a, f"{kind} {ent['name']!r} alias")
                if a_dupes := {a for a in aliases if aliases.count(a) > 1}:
                    bad(f"{kind} {ent['name']!r}: duplicate aliases {sorted(a_dupes)}")
    entity_names = set().union(*names.values())

    for p in g.get("people", []):
        if not isinstance(p.get("descriptors", []), list):
            bad(f"person {p.get('name')!r}: descriptors is not a list")
    for o in g.get("organizations", []):
        if o.get("kind") not in ORG_KINDS:
            bad(f"organization {o.get('name')!r}: kind {o.get('kind')!r}")
    for loc in g.get("locations", []):
        if loc.get("kind") not in LOC_KINDS:
            bad(f"location {loc.get('name')!r}: kind {loc.get('kind')!r}")
    for ev in g.get("events", []):
        n = ev.get("name")
        if ev.get("kind") not in EVENT_KINDS:
            bad(f"event {n!r}: kind {ev.get('kind')!r}")
        if not valid_date(ev.get("date")):
            bad(f"event {n!r}: bad date {ev.get('date')!r}")
        if ev.get("location") is not None and ev["location"] not in names["locations"]:
            bad(f"event {n!r}: location {ev['location']!r} not among locations")
        for part in ev.get("participants", []):
            if part.get("entity") not in entity_names:
                bad(f"event {n!r}: participant {part.get('entity')!r} not annotated")
            if part.get("role") not in ROLES:
                bad(f"event {n!r}: role {part.get('role')!r}")
        verbatim(ev.get("evidence"), f"event {n!r} evidence")
    law_forms = set()
    for law in g.get("laws", []):
        if law.get("kind") not in LAW_KINDS:
            bad(f"law {law.get('name')!r}: kind {law.get('kind')!r}")
        if not isinstance(law.get("jurisdiction"), str) or not law["jurisdiction"]:
            bad(f"law {law.get('name')!r}: no jurisdiction")
        if law.get("year") is not None and not isinstance(law.get("year"), int):
            bad(f"law {law.get('name')!r}: year {law.get('year')!r} is not an int or null")
        law_forms.add(law["name"])
        law_forms.update(law.get("aliases") or [])
    for i, v in enumerate(g.get("violations", [])):
        if not isinstance(v.get("subject"), str) or not v["subject"]:
            bad(f"violations[{i}]: no subject")
        se = v.get("subject_entity")
        if se is not None and se not in names["events"] | names["laws"]:
            bad(f"violations[{i}]: subject_entity {se!r} is not an event or law of this file")
        for a in v.get("articles", []):
            inst = a.get("instrument")
            if not (inst in CORE_INSTRUMENTS or (isinstance(inst, str) and inst.startswith("Constitution of"))
                    or inst in law_forms):
                bad(f"violations[{i}]: instrument {inst!r} is not UDHR|ICCPR|ICESCR|CAT|Constitution of ...|a law of this file")
            if isinstance(inst, str) and (inst in CORE_INSTRUMENTS or inst.startswith("Constitution of")):
                wanted = {norm(inst)} | CANONICAL.get(inst, set())
                if not any(norm(x) in wanted for x in law_forms):
                    bad(f"violations[{i}]: instrument {inst!r} has no matching entry in laws")
            art = a.get("article")
            if art is not None and not isinstance(art, str):
                bad(f"violations[{i}]: article {art!r} is not a string or null")
        verbatim(v.get("evidence"), f"violations[{i}] evidence")
    for i, r in enumerate(g.get("relations", [])):
        if r.get("predicate") not in PREDICATES:
            bad(f"relations[{i}]: predicate {r.get('predicate')!r}")
        for end in ("subject", "object"):
            if r.get(end) not in entity_names:
                bad(f"relations[{i}]: {end} {r.get(end)!r} not annotated")
        if r.get("subject") == r.get("object"):
            bad(f"relations[{i}]: subject equals object")
        verbatim(r.get("evidence"), f"relations[{i}] evidence")

    # distinct entities must not share a normalized (scored) name
    for kind in ("people", "organizations", "events", "laws", "locations"):
        seen: dict[str, tuple[int, str]] = {}
        for idx, ent in enumerate(g.get(kind, [])):
            if kind == "events" and ent.get("kind") == "other":
                continue
            for n in scored_names(ent):
                if n in seen and seen[n][0] != idx:
                    bad(f"{kind}: {seen[n][1]!r} and {ent['name']!r} share the normalized name {n!r}")
                seen.setdefault(n, (idx, ent["name"]))
    pe = {n: p["name"] for p in g.get("people", []) for n in scored_names(p)}
    for o in g.get("organizations", []):
        for n in scored_names(o):
            if n in pe:
                bad(f"person {pe[n]!r} and organization {o['name']!r} share the normalized name {n!r}")
    return g


def main(argv: list[str]) -> int:
    quiet = "--quiet" in argv
    problems: list[str] = []
    golds = {}
    for path in sorted(GOLD.glob("*.json")):
        g = check_file(path, problems)
        if g is not None:
            golds[path.name] = g
    for doc in sorted(CORPUS.glob("*.txt")):
        if not (GOLD / (doc.stem + ".json")).is_file():
            problems.append(f"{doc.name}: no gold file")
        words = len(doc.read_text(encoding="utf-8").split())
        if not 700 <= words <= 1000:
            problems.append(f"{doc.name}: {words} words, outside 700-1000")
    if not golds:
        problems.append("no gold files found")

    # notes: names that the scorer will join across files
    notes = []
    for kind in ("people", "organizations", "laws"):
        owner: dict[str, set[tuple[str, str]]] = {}
        for fname, g in golds.items():
            for ent in g.get(kind, []):
                for n in scored_names(ent):
                    owner.setdefault(n, set()).add((fname, ent["name"]))
        for n, own in sorted(owner.items()):
            if len({f for f, _ in own}) > 1 and len({e for _, e in own}) >= 1:
                notes.append(f"{kind}: {n!r} in " + "; ".join(f"{f} ({e})" for f, e in sorted(own)))
    if not quiet:
        for fname, g in golds.items():
            counts = ", ".join(f"{k} {len(g.get(k, []))}" for k in sorted(TOP_KEYS - {"document"}))
            print(f"{fname}: {counts}")
        if notes:
            print("\nnotes: names shared across files (score_graph joins them into one gold entity):")
            for n in notes:
                print("  " + n)
    if problems:
        print(f"\n{len(problems)} problem(s):", file=sys.stderr)
        for p in problems:
            print("  " + p, file=sys.stderr)
        return 1
    print("\nOK: all gold files valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
