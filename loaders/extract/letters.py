"""Joint and open letters: who writes to whom.

A letter names its addressees in an address block ("To:" and one line per
addressee: "Ms. Jane Roe, Head of the X Office") and/or a salutation ("Dear
Ms. Roe and Mr. Doe,"), and its signatories in a list after the closing
("Yours sincerely," then one organization per line).  Its requests are made in
the first person to the second ("We therefore call on you to:", "we urge you
to ..."): every signatory CALLED_ON every addressee.  An addressee's title
after the name gives WORKS_FOR / LEADS its organization.

Addressees the name finder missed (an address line is not prose) are read from
the block when an honorific marks them or the salutation repeats their surname.
"""

from __future__ import annotations

import re

from graph.model import Entity
from graph.translit import fold
from loaders.extract.build import Builder
from loaders.extract.clean import CLOSING
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.resolve import org_key
from loaders.extract.segment import Sentence

_HONORIFIC = (
    r"(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Ambassador|H\.\s?E|Sir|Dame|Judge|Commissioner|Minister|"
    r"Senator|Excellency)"
)
_NAME_WORD = r"[A-Z][\w'’-]+"
_ADDRESS_LINE = re.compile(
    rf"^\s*(?P<hon>(?:{_HONORIFIC}\.?\s+)*)(?P<name>{_NAME_WORD}(?:\s+(?:{_NAME_WORD}|de|da|van|von|der|del|dos))*"
    rf"\s+{_NAME_WORD})\s*(?:,\s*(?P<title>.*))?$"
)
_TO = re.compile(r"^\s*To\s*:\s*(?P<rest>.*)$", re.S)
_DEAR = re.compile(r"^\s*Dear\b(?P<rest>.*)$", re.S)
_CLOSING = CLOSING
# "We therefore call on you to:", "we urge you", "to ask you to raise ..."
_CALL_YOU = re.compile(
    r"\bwe\b[^.;]{0,200}?\b(?:call(?:ing)?\s+(?:up)?on|urg(?:e|ing)|ask(?:ing)?|request(?:ing)?|"
    r"appeal(?:ing)?\s+to|implor(?:e|ing)|press(?:ing)?)\s+you\b",
    re.I,
)
_LEAD_TITLE = re.compile(
    r"^(?:[\w ]+,\s*)?(?:Head|Chair(?:man|woman|person)?|Director|President|Leader)\s+of\s+(?:the\s+)?$", re.I
)


# the rest of an office's name after its parent organization, to the end of the line: " Delegation
# to the Kyrgyz Republic", " Programme Office in Bishkek" (a type noun among its capitalized words)
_BODY_AFTER = re.compile(
    r"(?=(?:\s+[A-Z][\w’'-]*)*?\s+(?:Delegation|Office|Mission|Centre|Center|Representation|Embassy|Bureau)\b)"
    r"(?:\s+(?:[A-Z][\w’'-]*|of|for|to|in|on|and|the))+\s*$"
)


def _line_ents(res: Resolved, sent: Sentence, label: str) -> list[tuple[int, int, Entity]]:
    return sorted((s, e, x) for s, e, x in res.sent_entities.get(sent.index, []) if x.label == label)


def _addressees(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> list[Entity]:
    """Addressees of the block after a "To:" line (up to the salutation), else of the salutation."""
    start = next((i for i, s in enumerate(sents[:15]) if _TO.match(text[s.start : s.end])), None)
    dear = next((s for s in sents[:25] if _DEAR.match(text[s.start : s.end])), None)
    salutation = text[dear.start : dear.end] if dear is not None else ""
    found: list[Entity] = []
    if start is None:
        if dear is not None:
            found = [x for _s, _e, x in _line_ents(res, dear, "Person")]
        return found
    prev_end = sents[start].start
    for sent in sents[start : start + 12]:
        line = text[sent.start : sent.end]
        if sent is dear or (sent.index > sents[start].index and len(line) > 200):
            break
        if found and "\n\n" in text[prev_end : sent.start]:
            break  # a blank line ends the block
        if re.search(r"[.!?][\"”’]?$", line.rstrip()) and not re.search(r"\b(?:Mr|Mrs|Ms|Dr|St)\.$", line.rstrip()):
            break  # a sentence of prose, not an address line
        prev_end = sent.end
        m = _TO.match(line)
        off = sent.start + (m.start("rest") if m else 0)
        body = m.group("rest") if m else line
        if not body.strip():
            continue
        people = [(s, e, x) for s, e, x in _line_ents(res, sent, "Person") if s < off + 60]
        who: Entity | None = None
        name_end = off
        if people:
            _s, name_end, who = people[0]
        else:
            am = _ADDRESS_LINE.match(body)
            if am is not None:
                name = " ".join(am.group("name").split())
                surname = name.split()[-1]
                # an honorific or the salutation's use of the surname marks a person's name
                if am.group("hon") or re.search(rf"\b{re.escape(surname)}\b", salutation):
                    who = b.entity("Person", fold(name), name)
                    s0 = off + am.start("name")
                    name_end = off + am.end("name")
                    b.mention(who, s0, name_end, sent.index)
                    res.add(who, s0, name_end, sent.index)
        orgs = [(s, e, x) for s, e, x in _line_ents(res, sent, "Organization") if s >= name_end]
        if who is None:
            if orgs and orgs[0][0] - off < 12:  # "To: The UN Special Rapporteur on ..."
                found.append(orgs[0][2])
            continue
        found.append(who)
        role = text[name_end : sent.end].strip(" ,")
        for s, e, org in orgs[:1]:
            title = text[name_end:s].lstrip(" ,")
            body = _BODY_AFTER.match(text, e, sent.end)
            if _LEAD_TITLE.match(title) and body is not None and body.group(0).strip():
                # "Head of the EU Delegation to the Kyrgyz Republic": the office the title names, a
                # body of the organization it opens with (an address line is not prose, so no
                # finder reads it)
                name = " ".join(text[s : body.end()].split()).rstrip(" ,.")
                office = b.entity("Organization", org_key(name), name)
                b.mention(office, s, s + len(text[s : body.end()].rstrip(" ,.")), sent.index)
                res.add(office, s, body.end(), sent.index)
                b.relate("LEADS", who, office, sent.index, {"role": role})
                b.relate("WORKS_FOR", who, org, sent.index, {"role": role})
                continue
            kind = "LEADS" if _LEAD_TITLE.match(title) and text[e : sent.end].strip(" ,.") == "" else "WORKS_FOR"
            b.relate(kind, who, org, sent.index, {"role": role})
            parent = _parent_body(org, s, text, sent, b, res)
            if parent is not None:
                # "Head of the OSCE Centre in Dushanbe", "EU Special Representative for ...": the
                # office or mandate belongs to the organization its name opens with
                b.relate("WORKS_FOR", who, parent, sent.index, {"role": role})
    return found


def _parent_body(org: Entity, start: int, text: str, sent: Sentence, b: Builder, res: Resolved) -> Entity | None:
    """The international body an office's or mandate's name opens with ("OSCE Centre in
    Dushanbe" -> OSCE), from reference data, mentioned where its name stands; else None."""
    first = org.name.split()[0]
    known = reference().known_org(first)
    if (
        known is None
        or len(org.name.split()) < 2
        or org_key(known.name) == org_key(org.name)
        or text[start : start + len(first)] != first  # the mention must show the parent's name
    ):
        return None
    parent = b.entity("Organization", org_key(known.name), known.name, props={"kind": known.kind})
    b.alias(parent, first)
    b.mention(parent, start, start + len(first), sent.index)
    res.add(parent, start, start + len(first), sent.index)
    return parent


# a bare name line of a signatory list ("ARTICLE 19", "Freedom Now"): a few capitalized words
_NAME_LINE = re.compile(r"^[A-Z][\w&’'.-]*(?:\s+(?:[A-Z0-9][\w&’'.-]*|of|for|and|the|on|in))*\s*$")


def _signatories(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> list[Entity]:
    """Organizations listed one per line after the letter's closing. In a list of at least three
    organizations, a further bare name line that no finder typed is one too."""
    close = next((i for i, s in enumerate(sents) if _CLOSING.match(text[s.start : s.end])), None)
    if close is None:
        return []
    out: list[Entity] = []
    bare: list[Sentence] = []
    for sent in sents[close + 1 :]:
        line = text[sent.start : sent.end]
        if ":" in line or len(line) > 200:
            continue  # "Contact: ...", a paragraph
        ents = res.sent_entities.get(sent.index, [])
        orgs = _line_ents(res, sent, "Organization")
        if orgs and orgs[0][0] - sent.start < 4:
            if orgs[0][2] not in out:
                out.append(orgs[0][2])
        elif not any(x.label in ("Person", "Organization") for _s, _e, x in ents) and _NAME_LINE.match(line.strip()):
            bare.append(sent)
    if len(out) >= 3:
        for sent in bare:
            name = " ".join(text[sent.start : sent.end].split())
            if len(name.split()) > 6:
                continue
            org = b.entity("Organization", org_key(name), name)
            b.mention(org, sent.start, sent.end, sent.index)
            res.add(org, sent.start, sent.end, sent.index)
            out.append(org)
    return out


def letter_relations(sents: list[Sentence], text: str, b: Builder, res: Resolved) -> None:
    addressees = _addressees(sents, text, b, res)
    signatories = _signatories(sents, text, b, res)
    if not addressees or not signatories:
        return
    for sent in sents:
        if _CALL_YOU.search(text, sent.start, sent.end):
            for src in signatories:
                for dst in addressees:
                    b.relate("CALLED_ON", src, dst, sent.index)
