#!/usr/bin/env python3
"""Validate an evaluation set's gold files against its documents (stdlib only).

Usage:
    python3 tests/eval/check_gold.py SET_DIR [--words MIN-MAX]     (e.g. tests/eval/blind6)

Written for blind3 and used by every set since (tests/eval/test_gold_files.py runs it on each).
Checks, for every SET_DIR/gold/*.json against SET_DIR/corpus/:
  - the file parses, has the keys FORMAT.md requires, and its `document` exists in corpus/
  - the document has MIN-MAX words (default 500-1200: report-length texts)
  - every evidence string (events, violations, relations) and every alias (people,
    organizations, events, laws) occurs verbatim in the document
  - every person and location name occurs in the document (whitespace-insensitive,
    since one document is line-wrapped)
  - enum values (organization/location/event/law kinds, participant roles, predicates)
    come from FORMAT.md
  - dates are ISO (YYYY, YYYY-MM, YYYY-MM-DD, real calendar dates) or null
  - cross references point at entities annotated in the same file: event participants,
    event locations, relation subjects/objects, violation subject_entity, and violation
    instruments other than UDHR/ICCPR/ICESCR/CAT/Constitution of <Country>
  - no two distinct people/organizations share a normalized name or alias, within a file
    or across files (score_graph.py joins gold entities across documents by name, so a
    collision would merge two different entities); aliases the scorer ignores as
    generic ("the government", "police") are skipped in the cross-entity check
  - event and law names are unique within a file

Exits 1 and lists the problems if any check fails, else prints a summary and exits 0.
"""
from __future__ import annotations

import argparse
import datetime
import json
import re
import sys
from pathlib import Path

WORDS = (500, 1200)  # set by --words

ORG_KINDS = {"ngo", "party", "government", "media", "intergovernmental", "union", "court", "company", "movement", "other"}
LOC_KINDS = {"country", "city", "region", "venue"}
EVENT_KINDS = {"protest", "crackdown", "killing", "arrest", "trial", "sentencing", "election", "visit", "meeting",
               "review", "ban", "legislation", "other"}
ROLES = {"organizer", "participant", "victim", "perpetrator", "target", "observer", "host", "guest", "reporter"}
LAW_KINDS = {"treaty", "declaration", "constitution", "statute", "code", "decree", "other"}
PREDICATES = {"member_of", "leads", "works_for", "founded", "participated_in", "met_with", "criticized", "called_on",
              "charged_under", "imprisoned", "released", "banned", "represents", "located_in", "other"}
FIXED_INSTRUMENTS = {"UDHR", "ICCPR", "ICESCR", "CAT"}
TOP_KEYS = ["document", "people", "organizations", "locations", "events", "laws", "violations", "relations"]

# The scorer's own name normalization, so that the collision check agrees with it.
sys.path.insert(0, str(Path(__file__).resolve().parent))
from score_graph import generic, norm  # noqa: E402

DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def squash(text: str) -> str:
    return " ".join(text.split())


def valid_date(value) -> bool:
    if value is None:
        return True
    if not isinstance(value, str) or not DATE_RE.match(value):
        return False
    parts = [int(p) for p in value.split("-")]
    try:
        if len(parts) == 3:
            datetime.date(*parts)
        elif len(parts) == 2 and not 1 <= parts[1] <= 12:
            return False
    except ValueError:
        return False
    return True


def check_file(path: Path, corpus: Path, problems: list[str], registry: dict) -> dict:
    def bad(msg: str) -> None:
        problems.append(f"{path.name}: {msg}")

    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        bad(f"does not parse: {exc}")
        return {}
    for key in TOP_KEYS:
        if key not in gold:
            bad(f"missing key {key!r}")
    if problems and any(p.startswith(path.name) for p in problems):
        return gold
    doc_name = gold["document"]
    if doc_name != path.stem + ".txt":
        bad(f"document {doc_name!r} does not match the gold file name")
    doc_path = corpus / doc_name
    if not doc_path.is_file():
        bad(f"document {doc_name!r} not found in {corpus}")
        return gold
    text = doc_path.read_text(encoding="utf-8")
    flat = squash(text)
    words = len(text.split())
    if not WORDS[0] <= words <= WORDS[1]:
        bad(f"document has {words} words (expected {WORDS[0]}-{WORDS[1]})")

    def verbatim(s, what):
        if not isinstance(s, str) or not s.strip():
            bad(f"{what}: empty or not a string: {s!r}")
        elif s not in text:
            hint = " (occurs only with different whitespace)" if squash(s) in flat else ""
            bad(f"{what}: not verbatim in document{hint}: {s[:90]!r}")

    # --- entities -------------------------------------------------------------------
    names: dict[str, set[str]] = {k: set() for k in ("people", "organizations", "locations", "events", "laws")}
    for kind in names:
        seen = set()
        for ent in gold.get(kind, []):
            name = ent.get("name")
            if not isinstance(name, str) or not name.strip():
                bad(f"{kind}: entity without a name: {ent}")
                continue
            if name in seen:
                bad(f"{kind}: duplicate name {name!r}")
            seen.add(name)
            names[kind].add(name)
            if kind != "locations":
                aliases = ent.get("aliases")
                if not isinstance(aliases, list):
                    bad(f"{kind} {name!r}: aliases must be a list")
                    aliases = []
                for a in aliases:
                    verbatim(a, f"{kind} {name!r} alias")
                    if a == name:
                        bad(f"{kind} {name!r}: alias repeats the name")
            # case-insensitively: a dateline writes its city in capitals ("ALMATY, 14 March ...")
            if kind in ("people", "locations") and squash(name).lower() not in flat.lower():
                bad(f"{kind}: name {name!r} does not occur in the document")
            if kind == "people" and not isinstance(ent.get("descriptors", []), list):
                bad(f"people {name!r}: descriptors must be a list")
            if kind == "organizations" and ent.get("kind") not in ORG_KINDS:
                bad(f"organization {name!r}: bad kind {ent.get('kind')!r}")
            if kind == "locations" and ent.get("kind") not in LOC_KINDS:
                bad(f"location {name!r}: bad kind {ent.get('kind')!r}")
            if kind == "laws":
                if ent.get("kind") not in LAW_KINDS:
                    bad(f"law {name!r}: bad kind {ent.get('kind')!r}")
                if not isinstance(ent.get("jurisdiction"), str) or not ent.get("jurisdiction"):
                    bad(f"law {name!r}: jurisdiction missing")
                if ent.get("year") is not None and not isinstance(ent.get("year"), int):
                    bad(f"law {name!r}: year must be an int or null")

    all_names = set().union(*names.values())
    actors = names["people"] | names["organizations"] | names["locations"]

    # --- distinct people/organizations must not share a normalized name ---------------
    owner: dict[str, str] = {}
    for kind in ("people", "organizations"):
        for ent in gold.get(kind, []):
            forms = {norm(ent["name"])} | {norm(a) for a in ent.get("aliases", []) if isinstance(a, str)}
            for f in forms:
                if not f:
                    continue
                if f in owner and owner[f] != ent["name"]:
                    if f == norm(ent["name"]) or not generic(f):
                        bad(f"{ent['name']!r} and {owner[f]!r} share the normalized name {f!r}")
                owner.setdefault(f, ent["name"])
                if not generic(f) or f == norm(ent["name"]):
                    registry.setdefault(f, set()).add((norm(ent["name"]), ent["name"], path.name))

    # --- events ----------------------------------------------------------------------
    for ev in gold.get("events", []):
        name = ev.get("name")
        if ev.get("kind") not in EVENT_KINDS:
            bad(f"event {name!r}: bad kind {ev.get('kind')!r}")
        if not valid_date(ev.get("date")):
            bad(f"event {name!r}: bad date {ev.get('date')!r}")
        loc = ev.get("location")
        if loc is not None and loc not in names["locations"]:
            bad(f"event {name!r}: location {loc!r} is not an annotated location")
        for p in ev.get("participants", []):
            if p.get("entity") not in actors:
                bad(f"event {name!r}: participant {p.get('entity')!r} is not an annotated person/organization")
            if p.get("role") not in ROLES:
                bad(f"event {name!r}: bad role {p.get('role')!r}")
        verbatim(ev.get("evidence"), f"event {name!r} evidence")

    # --- violations ------------------------------------------------------------------
    law_forms = {}
    for law in gold.get("laws", []):
        law_forms[law["name"]] = law["name"]
        for a in law.get("aliases", []):
            law_forms[a] = law["name"]
    for i, v in enumerate(gold.get("violations", [])):
        label = f"violation #{i} ({str(v.get('subject'))[:40]!r})"
        if not isinstance(v.get("subject"), str) or not v["subject"].strip():
            bad(f"{label}: subject missing")
        se = v.get("subject_entity")
        if se is not None and se not in names["events"] | names["laws"]:
            bad(f"{label}: subject_entity {se!r} is not an annotated event or law")
        if not isinstance(v.get("articles"), list):
            bad(f"{label}: articles must be a list")
        for a in v.get("articles", []):
            inst = a.get("instrument")
            if not isinstance(inst, str) or not inst:
                bad(f"{label}: article without instrument")
                continue
            if inst in FIXED_INSTRUMENTS:
                pass
            elif re.fullmatch(r"Constitution of [A-Z][A-Za-z ]+", inst):
                if inst not in law_forms:
                    bad(f"{label}: {inst!r} is not an annotated law")
            elif inst not in law_forms:
                bad(f"{label}: instrument {inst!r} is neither UDHR/ICCPR/ICESCR/CAT/Constitution of <Country> nor a law in this file")
            art = a.get("article")
            if art is not None and (not isinstance(art, str) or not re.fullmatch(r"\d+[a-z]?(\.\d+)?(-\d+)?", art)):
                bad(f"{label}: article must be a number string or null, got {art!r}")
        verbatim(v.get("evidence"), f"{label} evidence")

    # --- relations -------------------------------------------------------------------
    for i, r in enumerate(gold.get("relations", [])):
        label = f"relation #{i} ({r.get('subject')} {r.get('predicate')} {r.get('object')})"
        if r.get("predicate") not in PREDICATES:
            bad(f"{label}: bad predicate")
        for end in ("subject", "object"):
            if r.get(end) not in all_names:
                bad(f"{label}: {end} {r.get(end)!r} is not an annotated entity")
        if r.get("subject") == r.get("object"):
            bad(f"{label}: subject and object are the same")
        verbatim(r.get("evidence"), f"{label} evidence")

    # --- measures (unscored, but keep them tidy) -------------------------------------
    for m in gold.get("measures", []):
        if m.get("year") is not None and not isinstance(m.get("year"), int):
            bad(f"measure {m.get('name')!r}: year must be an int or null")
    return gold


def main(argv: list[str]) -> int:
    global WORDS
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_dir", type=Path, help="an evaluation set: a folder with gold/ and corpus/")
    ap.add_argument("--words", default="500-1200", help="document length bounds, MIN-MAX")
    args = ap.parse_args(argv[1:])
    low, high = args.words.split("-")
    WORDS = (int(low), int(high))
    gold_dir = args.set_dir / "gold"
    corpus = args.set_dir / "corpus"
    files = sorted(gold_dir.glob("*.json"))
    problems: list[str] = []
    if not files:
        problems.append(f"no gold files in {gold_dir}")
    registry: dict[str, set] = {}
    golds = [check_file(f, corpus, problems, registry) for f in files]
    docs = {p.name for p in corpus.glob("*.txt")}
    for g in golds:
        docs.discard(g.get("document"))
    for d in sorted(docs):
        problems.append(f"{d}: document has no gold file")
    # across files: one normalized form must not name two different entities
    for form, owners in sorted(registry.items()):
        canon = {c for c, _, _ in owners}
        if len(canon) > 1:
            desc = ", ".join(sorted(f"{n!r} ({f})" for _, n, f in owners))
            problems.append(f"across files: {form!r} names different entities: {desc}")
    if problems:
        for p in problems:
            print("PROBLEM:", p)
        print(f"{len(problems)} problem(s)")
        return 1
    for f, g in zip(files, golds):
        counts = " ".join(f"{k}={len(g.get(k, []))}" for k in TOP_KEYS[1:])
        print(f"ok  {f.name}: {counts}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
