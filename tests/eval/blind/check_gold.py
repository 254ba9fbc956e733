#!/usr/bin/env python3
"""Sanity checks for the blind test set (tests/eval/blind/).

For every gold/*.json: it parses, its "document" names an existing corpus/*.txt
with the same base name, and every evidence string (events, violations,
relations) occurs verbatim in that document.  Also checks that references
inside the file (event participants, violation subject_entity, relation
subject/object, violation instruments) point at names annotated in the file,
and that the enumerated fields use values from FORMAT.md.

Usage:  python tests/eval/blind/check_gold.py      (exit status 1 on any problem)
"""
import json
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "corpus"
GOLD = HERE / "gold"

ORG_KINDS = {"ngo", "party", "government", "media", "intergovernmental", "union",
             "court", "company", "movement", "other"}
LOC_KINDS = {"country", "city", "region", "venue"}
EVENT_KINDS = {"protest", "crackdown", "killing", "arrest", "trial", "sentencing", "election",
               "visit", "meeting", "review", "ban", "legislation", "other"}
ROLES = {"organizer", "participant", "victim", "perpetrator", "target", "observer", "host",
         "guest", "reporter"}
LAW_KINDS = {"treaty", "declaration", "constitution", "statute", "code", "decree", "other"}
PREDICATES = {"member_of", "leads", "works_for", "founded", "participated_in", "met_with",
              "criticized", "called_on", "charged_under", "imprisoned", "released", "banned",
              "represents", "located_in", "other"}
SHORT_INSTRUMENTS = {"UDHR", "ICCPR", "ICESCR", "CAT"}
DATE_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


def check(path: Path) -> list[str]:
    errs: list[str] = []
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except Exception as exc:  # noqa: BLE001
        return [f"does not parse: {exc}"]
    doc_name = gold.get("document")
    if doc_name != path.with_suffix(".txt").name:
        errs.append(f"document {doc_name!r} does not match file name {path.name!r}")
    doc_path = CORPUS / str(doc_name)
    if not doc_path.is_file():
        return errs + [f"document {doc_name!r} not found in {CORPUS}"]
    text = doc_path.read_text(encoding="utf-8")

    for key in ("people", "organizations", "locations", "events", "laws", "violations", "relations"):
        if not isinstance(gold.get(key), list):
            errs.append(f"missing list {key!r}")
    if errs:
        return errs

    people = {p["name"] for p in gold["people"]}
    orgs = {o["name"] for o in gold["organizations"]}
    locs = {loc["name"] for loc in gold["locations"]}
    events = {e["name"] for e in gold["events"]}
    laws = {law["name"] for law in gold["laws"]}
    law_forms = laws | {a for law in gold["laws"] for a in law.get("aliases", [])}
    measures = {m.get("name") for m in gold.get("measures", [])}
    entities = people | orgs | locs | events | laws

    for group in ("people", "organizations", "locations", "events", "laws"):
        names = [x["name"] for x in gold[group]]
        for dup in sorted({n for n in names if names.count(n) > 1}):
            errs.append(f"{group}: duplicate name {dup!r}")

    # every annotated surface form should occur in the text (names may be normalized
    # descriptive labels, so only aliases are checked for people/orgs/laws)
    for group in ("people", "organizations", "laws"):
        for x in gold[group]:
            for alias in x.get("aliases", []):
                if alias not in text:
                    errs.append(f"{group}: alias {alias!r} of {x['name']!r} not in text")
    for p in gold["people"]:
        if p["name"] not in text:
            errs.append(f"people: name {p['name']!r} not in text")
    for law in gold["laws"]:
        if law["name"] not in text and not any(a in text for a in law.get("aliases", [])):
            errs.append(f"laws: neither name nor any alias of {law['name']!r} in text")
    for o in gold["organizations"]:
        if o.get("kind") not in ORG_KINDS:
            errs.append(f"organizations: bad kind {o.get('kind')!r} for {o['name']!r}")
    for loc in gold["locations"]:
        if loc.get("kind") not in LOC_KINDS:
            errs.append(f"locations: bad kind {loc.get('kind')!r} for {loc['name']!r}")
        if loc["name"].lower() not in text.lower():  # datelines are upper case
            errs.append(f"locations: {loc['name']!r} not in text")
    for law in gold["laws"]:
        if law.get("kind") not in LAW_KINDS:
            errs.append(f"laws: bad kind {law.get('kind')!r} for {law['name']!r}")
        if law.get("year") is not None and not isinstance(law["year"], int):
            errs.append(f"laws: year of {law['name']!r} is not an int or null")

    for e in gold["events"]:
        if e.get("kind") not in EVENT_KINDS:
            errs.append(f"events: bad kind {e.get('kind')!r} for {e['name']!r}")
        if e.get("date") is not None and not DATE_RE.match(str(e["date"])):
            errs.append(f"events: bad date {e.get('date')!r} for {e['name']!r}")
        if e.get("location") is not None and e["location"] not in locs:
            errs.append(f"events: location {e['location']!r} of {e['name']!r} not in locations")
        for part in e.get("participants", []):
            if part["entity"] not in entities:
                errs.append(f"events: participant {part['entity']!r} of {e['name']!r} not annotated")
            if part.get("role") not in ROLES:
                errs.append(f"events: bad role {part.get('role')!r} in {e['name']!r}")
        for alias in e.get("aliases", []):
            if alias not in text:
                errs.append(f"events: alias {alias!r} of {e['name']!r} not in text")

    for v in gold["violations"]:
        se = v.get("subject_entity")
        if se is not None and se not in events | laws | measures:
            errs.append(f"violations: subject_entity {se!r} is not an annotated event/law")
        for art in v.get("articles", []):
            inst = art.get("instrument")
            if inst not in SHORT_INSTRUMENTS and inst not in law_forms and inst not in measures:
                errs.append(f"violations: instrument {inst!r} is not a short code or annotated law")
            if art.get("article") is not None and not isinstance(art["article"], str):
                errs.append(f"violations: article {art.get('article')!r} is not a string or null")

    for r in gold["relations"]:
        if r.get("predicate") not in PREDICATES:
            errs.append(f"relations: bad predicate {r.get('predicate')!r}")
        for end in ("subject", "object"):
            if r.get(end) not in entities:
                errs.append(f"relations: {end} {r.get(end)!r} not annotated")

    for group in ("events", "violations", "relations"):
        for i, x in enumerate(gold[group]):
            ev = x.get("evidence")
            if not ev or ev not in text:
                errs.append(f"{group}[{i}]: evidence not verbatim in document: {ev!r}")
    return errs


def main() -> int:
    files = sorted(GOLD.glob("*.json"))
    texts = sorted(CORPUS.glob("*.txt"))
    bad = 0
    if not files:
        print("no gold files found")
        return 1
    for t in texts:
        if not (GOLD / t.with_suffix(".json").name).is_file():
            print(f"{t.name}: no gold file")
            bad += 1
    for f in files:
        errs = check(f)
        gold = json.loads(f.read_text(encoding="utf-8")) if not errs or "parse" not in errs[0] else {}
        counts = ", ".join(f"{k} {len(gold.get(k, []))}" for k in
                           ("people", "organizations", "locations", "events", "laws", "violations", "relations"))
        print(f"{f.name}: {'OK' if not errs else 'FAIL'} ({counts})")
        for e in errs:
            print(f"  - {e}")
        bad += bool(errs)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
