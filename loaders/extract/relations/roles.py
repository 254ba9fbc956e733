"""Roles, titles and membership read around a person's name: appositions and titles ("Hugh
Williamson, Europe and Central Asia director at Human Rights Watch", "the Chairperson of X, Y",
"Its director, Z"), offices ("Judge X of the Y Court", "X was appointed ..."), group members
("two other union members, A and B"), "X of ORG", and counsel ("his lawyer, Y")."""

from __future__ import annotations

import functools
import re

from graph.model import Entity
from graph.translit import fold
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.relations.backrefs import GENERIC_ORG, NAMED_ORG, last_org_before, last_person_before
from loaders.extract.relations.common import coordinated_before, ents_in, government_of
from loaders.extract.segment import Sentence

# words before "leader"/"president" that make it the title of a body other than the state
_NOT_STATE = (
    r"\b(?:union|opposition|party|community|protest|strike|movement|student|religious|group|youth|rebel|faction|"
    r"team|campaign|tribal|spiritual|club|association|society|association's|union's|party's|bar|miners'?)\s+$"
)

_LEAD_VERBS = r"(?:chaired|led|headed|directed|run|ran|chairs|leads|heads|directs|runs|founded|co-founded|set up)"

_COUNSEL = r"(?:lawyer|lawyers|attorney|attorneys|defence counsel|defense counsel|counsel|defender|advocate)"
_OWNER_ROLES = {
    "founder": "FOUNDED",
    "co-founder": "FOUNDED",
    "director": "LEADS",
    "chairman": "LEADS",
    "chairwoman": "LEADS",
    "chairperson": "LEADS",
    "chair": "LEADS",
    "head": "LEADS",
    "leader": "LEADS",
    "president": "LEADS",
    "editor": "LEADS",
    "editor-in-chief": "LEADS",
    "coordinator": "WORKS_FOR",
    "spokesperson": "WORKS_FOR",
    "spokesman": "WORKS_FOR",
    "spokeswoman": "WORKS_FOR",
    "researcher": "WORKS_FOR",
    "lawyer": "WORKS_FOR",
}


# state offices whose holder works for the government when no body of theirs is named
_OFFICE_ROLES = {"minister", "akim", "governor", "mayor", "khokim", "hokim", "hakim", "khyakim", "ombudsperson",
                 "ombudsman"}  # fmt: skip


@functools.lru_cache(maxsize=1)
def _role_lexicon() -> tuple[list[str], set[str], re.Pattern[str]]:
    """The role nouns of the reference data (longest first), those that lead a body, and a pattern
    that finds any of them."""
    ref = reference()
    roles = sorted(ref.lex.get("role_nouns", ()), key=len, reverse=True)
    leading = set(ref.lex.get("leading_roles", ()))
    role_re = re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")s?\b", re.I)
    return roles, leading, role_re


def appositive_roles(
    sent: Sentence, text: str, b: Builder, res: Resolved, sents: list[Sentence], people: list[tuple[int, int, Entity]]
) -> None:
    """Descriptors by apposition, copula or title before the name, and the WORKS_FOR / LEADS /
    MEMBER_OF they state (a head of state or minister without a body: of the government)."""
    ref = reference()
    roles, leading, role_re = _role_lexicon()
    for s, e, person in people:
        after = text[e : min(sent.end, e + 120)]
        m = re.match(r"\s*,\s*((?:(?!,|;|–|—|\(|“).){3,110}?)(?:,|;|–|—|\.|$)", after)
        if m is None or not role_re.search(m.group(1)):
            # copular: "X is a researcher at Y", "X serves as director of Y"
            m = re.match(
                r"\s+(?:is|was|has been|serves as|works as)\s+((?:a|an|the)\s+(?:(?!,|;|–|—|\(|“).){3,110}?)"
                r"(?:,|;|–|—|\.|$)",
                after,
            )
        desc = None
        # where the descriptor stands, for the organizations it names: none when it comes only
        # from a title the resolver stripped off the name ("Ms", "Colonel")
        dlo = dhi = s
        if m and role_re.search(m.group(1)) and not re.match(r"\s*(?:who|which|that|and)\b", m.group(1)):
            desc = m.group(1).strip()
            dlo, dhi = e + m.start(1), e + m.end(1)
        # a title before the name is read after any earlier name ("U.S. president Donald Trump will
        # welcome President Nursultan Nazarbayev": the second title is "President")
        prev_end = max((e2 for s2, e2, _x in people if e2 <= s), default=sent.start)
        before = text[max(sent.start, s - 80, prev_end) : s]
        mb = re.search(
            r"((?:[A-Z][\w.]*\s+)?(?:[\w.’'-]+\s+){0,5}?)(?:" + "|".join(map(re.escape, roles)) + r")\s*,?\s*$",
            before,
            re.I,
        )
        if desc is None and mb:
            seg = before[mb.start() :].strip(" ,")
            seg = (
                re.sub(r"^.*?\b(?:the|a|an|his|her|their|its)\s+", "", seg, flags=re.I) if len(seg.split()) > 4 else seg
            )
            desc = seg
            dlo, dhi = s - len(before) + mb.start(), s
            if seg and seg in before[mb.start() :]:
                # organizations are read in the title kept ("the trade union leader X"), not in the
                # clause cut before it ("the City Court sentenced ...")
                dlo = s - len(before) + before.rfind(seg)
        for title, _si, ts, _te in res.descriptors.get(person.id, []):
            if ts == s:
                desc = desc or title
        if not desc:
            continue
        desc = re.sub(r"^(?:the|a|an)\s+", "", desc, flags=re.I)
        d = person.properties.setdefault("descriptors", [])
        if desc not in d and len(desc) < 120:
            d.append(desc)
        orgs = [x for x in ents_in(res, sent, dlo, dhi) if x.label == "Organization"]
        if not orgs:
            orgs = _body_referred(res, sent, desc, dlo)
        lead = any(re.search(rf"\b{re.escape(r)}\b", desc, re.I) for r in leading)
        # "a (former) member of the X party": membership, not a post
        member = re.match(r"(?:(?:former|founding|leading|senior|prominent|active)\s+)?members?\b", desc, re.I)
        holders = [person]
        if m is not None and desc == m.group(1).strip():
            # "A and B, members of X": the apposition describes every name of the coordination
            holders += coordinated_before(people, s, text)
        for o in orgs:
            for h in holders:
                if member:
                    b.relate("MEMBER_OF", h, o, sent.index)
                else:
                    b.relate("LEADS" if lead else "WORKS_FOR", h, o, sent.index, {"role": desc})
        head_of_state = re.search(r"\b(?:president|prime minister|leader|ruler)\b", desc, re.I)
        if head_of_state and re.search(_NOT_STATE, desc[: head_of_state.start()], re.I):
            head_of_state = None  # "trade union leader", "opposition leader": not of the state
        # "Minister of Justice, Rustam Shohmurod": a minister works for the government
        minister = re.search(r"\b(?:minister|deputy minister|ambassador)\b", desc, re.I) and not re.search(
            r"\bformer\b", desc, re.I
        )
        if not orgs and (head_of_state or minister):
            # the country in the title or right after the name ("President X of Kazakhstan"), not one
            # the sentence goes on to ("President X's visit to the United States")
            tail = text[e : e + 20] if re.match(r"\s+of\s", text[e : e + 5]) else ""
            named = [w for w in re.findall(r"[A-Z][\w.]+", desc + " " + tail) if ref.country(w)]
            # no country in the title ("President Emomali Rahmon"): the document's country in context
            ctx = res.country_near(s, sents) or res.main_country
            # a head of state or minister the text already placed in a government stays in it
            # ("President X of Kazakhstan ... President X's visit to the United States")
            placed = any(
                k[1] == person.id and b.entities[k[2]].properties.get("kind") == "government"
                for k in b.relations
                if k[0] in ("LEADS", "WORKS_FOR") and k[2] in b.entities
            )
            if not named and ctx and not placed and not re.search(r"\b(?:foreign|former|ex-)\b", desc, re.I):
                g = b.entity(
                    "Organization",
                    fold(f"{ctx} government"),
                    f"{ctx} government",
                    props={"kind": "government", "country": ctx},
                )
                if g.mentions:
                    b.relate("LEADS" if head_of_state else "WORKS_FOR", person, g, sent.index, {"role": desc})
            for w in named:
                c = ref.country(w)
                if c:
                    g = b.entity(
                        "Organization",
                        fold(f"{c} government"),
                        f"{c} government",
                        props={"kind": "government", "country": c},
                    )
                    pos = text.find(w, sent.start, sent.end)
                    if pos >= 0:
                        b.mention(g, pos, pos + len(w), sent.index)
                    if not g.mentions:
                        continue
                    b.relate("LEADS" if head_of_state else "WORKS_FOR", person, g, sent.index, {"role": desc})
                    break


# the kind of body an official named by title alone sits on: its name holds this pattern
_SEATS = {"judge": r"\bCourt\b", "prosecutor": r"\b(?:Prosecutor|Procurator)"}


def _court_before(res: Resolved, sent: Sentence, pos: int, seat: str) -> Entity | None:
    """The one court (or other body whose name matches ``seat``) named in this sentence before
    ``pos`` or else in the sentence before."""
    for si in (sent.index, sent.index - 1):
        courts = {
            x.id: x
            for s, _e, x in res.sent_entities.get(si, [])
            if x.label == "Organization" and (si < sent.index or s < pos) and re.search(seat, x.name)
        }
        if courts:
            return next(iter(courts.values())) if len(courts) == 1 else None
    return None


def _body_referred(res: Resolved, sent: Sentence, desc: str, at: int) -> list[Entity]:
    """The body a title names by a definite noun ("the regional representative of the office",
    "director of the foundation"): the organization of that kind named last before it."""
    m = re.search(r"\b(?:of|at)\s+the\s+([a-z]+)\s*$", desc)
    if m is None or m.group(1) not in NAMED_ORG | GENERIC_ORG:
        return []
    org = last_org_before(res, sent, at, m.group(1) if m.group(1) in NAMED_ORG else None)
    if org is None or (m.group(1) in NAMED_ORG and not re.search(rf"\b{m.group(1)}", org.name, re.I)):
        return []
    return [org]


def which_chaired(
    sent: Sentence, text: str, b: Builder, people: list[tuple[int, int, Entity]], orgs: list[tuple[int, int, Entity]]
) -> None:
    # "ORG, which PERSON has chaired since 2021"
    for _s, oe, org in orgs:
        m = re.match(
            r"\s*,\s*which\s+(?:\w+\s+){0,3}?(?:has|had|have)?\s*(?:long\s+)?" + _LEAD_VERBS + r"\b",
            text[oe : sent.end],
        )
        if m:
            for ps, _pe, p in people:
                if oe < ps < oe + m.end():
                    kind = "FOUNDED" if re.search(r"found|set up", m.group(0)) else "LEADS"
                    b.relate(kind, p, org, sent.index)


def titled_body(
    sent: Sentence,
    text: str,
    b: Builder,
    res: Resolved,
    sents: list[Sentence],
    people: list[tuple[int, int, Entity]],
    orgs: list[tuple[int, int, Entity]],
    orgs_of_doc: list[Entity],
) -> None:
    # "the Chairperson of the Mejlis Committee on ..., Ogulgerek Hojamova" (title with its body
    # before the name); "Deputy Minister of Foreign Affairs Myrat Annagurbanov" -> the Ministry
    for ps, _pe, p in people:
        # the title is read after the person named before ("... Hojamova, and with the Deputy
        # Chairman of the Supreme Court, Batyr A."): never across another name
        prev_end = max((e2 for s2, e2, _x in people if e2 <= ps), default=sent.start)
        before = text[max(sent.start, ps - 200, prev_end) : ps]
        m = re.search(
            r"\b(?P<role>(?:deputy |vice[- ]|acting |first )?(?:chair(?:man|woman|person)?|head|director|"
            r"president|leader|secretary|member|judge|coordinator|minister|commissioner|rector|akim|governor|"
            r"mayor|khokim|hokim|hakim|khyakim|ombudsperson|ombudsman))"
            r"\s+(?:of|at)\s+(?P<body>(?:the\s+)?[A-Z][^;:()“”\"]{2,160}?)\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
            before,
            re.I,
        )
        if m is None:
            continue
        role = m.group("role").lower()
        lo = ps - len(before) + m.start("body")
        if re.search(r",\s*(?:and|with)\b|\band with\b", m.group("body")) or any(
            lo <= s2 < ps for s2, _e2, _x in people
        ):
            continue  # another person between the title and this name
        inside = [x for s, _e, x in orgs if lo <= s < ps]
        lead = role.split()[-1] in (
            "chair",
            "chairman",
            "chairwoman",
            "chairperson",
            "head",
            "director",
            "president",
            "leader",
            "rector",
        ) and not re.match(r"deputy|vice|first", role)
        if inside:
            b.relate("LEADS" if lead else "WORKS_FOR", p, inside[0], sent.index, {"role": m.group(0).strip(" ,")})
        elif role.split()[-1] in _OFFICE_ROLES or (
            # "the Deputy Chairman of Sughd Region, X": an official of a region's administration
            role.split()[-1] in ("chairman", "chairwoman", "chairperson", "chair", "head")
            and re.search(r"\b(?:region|province|oblast|viloyat|velayat)\s*,?\s*$", m.group("body"), re.I)
        ):
            body = re.sub(r"^the\s+", "", m.group("body").strip(" ,"), flags=re.I)
            ministry_re = re.compile(rf"(?:the\s+)?ministry\s+of\s+{re.escape(body)}\b", re.I)
            ministry = next((o for o in orgs_of_doc if ministry_re.match(o.name)), None)
            # "the Minister of Justice, X", "the akim of Ulytau region, X": a state office holder
            # works for the ministry named, else for the government of the country spoken of
            gov = ministry or government_of(b, res, sents, ps, body)
            if gov is not None:
                b.relate("WORKS_FOR", p, gov, sent.index, {"role": m.group(0).strip(" ,")})


def owner_roles(sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]) -> None:
    # "Its director, Marat B.", "X, the bureau's chairman", "the channel's founder, X"
    for ps, pe, p in people:
        before = text[max(sent.start, ps - 60) : ps]
        after = text[pe : min(sent.end, pe + 60)]
        # "founding chairman": the founder who also leads it
        mb = re.search(
            r"\b(?:(?P<its>its|their)|the\s+(?P<noun>[a-z]+)['’]s)\s+(?P<found>(?:co-)?founding\s+)?"
            r"(?P<role>[a-z-]+)\s*,\s*$",
            before,
            re.I,
        )
        ma = re.match(
            r"\s*,\s*(?:(?P<its>its|their)|the\s+(?P<noun>[a-z]+)['’]s)\s+(?P<found>(?:co-)?founding\s+)?"
            r"(?P<role>[a-z-]+)\b",
            after,
            re.I,
        )
        mm = mb or ma
        if mm is None or mm.group("role").lower() not in _OWNER_ROLES:
            continue
        owner = last_org_before(res, sent, ps if mb else pe, mm.group("noun"))
        if owner is not None:
            b.relate(_OWNER_ROLES[mm.group("role").lower()], p, owner, sent.index, {"role": mm.group("role")})
            if mm.group("found"):
                b.relate("FOUNDED", p, owner, sent.index)


# kinship nouns: "his brother, X", "X's wife Y", "the editor's mother, Z"
_KIN = (
    r"(?:(?:grand)?(?:son|daughter|father|mother)|wife|husband|brother|sister|(?:half-|step)(?:brother|sister)|"
    r"nephew|niece|uncle|aunt|cousin|widow|widower|(?:son|daughter|father|mother|brother|sister)-in-law|"
    r"fianc[ée]e?|spouse|parents?|sons|daughters|brothers|sisters)"
)
# what may stand between the owner and the kin noun: "younger", "18-year-old", "late"
_KIN_MODS = r"(?:(?:younger|elder|older|eldest|youngest|late|former|only|\d+-year-old)\s+){0,2}"


def _stem(name: str) -> str:
    """A surname without its gendered ending (Nurmuhammedova -> nurmuhammedov)."""
    last = name.split()[-1].lower() if name.split() else ""
    return re.sub(r"(?<=[ovw])a$", "", last)


def relatives(sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]) -> None:
    """Family ties by apposition: "his brother, X" (the possessive as coreference resolved it),
    "X's wife, Y", "the editor's wife, Y" (a title standing for a person), "Y, X's sister" and
    "Y, the mother of X". When a possessive pronoun's person and the relative have different
    surnames and a person named just before shares the relative's surname, that one is meant
    ("Colonel X summoned his mother, A Y-ova": the mother of the Y spoken of)."""
    owners = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
    for ps, pe, p in people:
        before = text[max(sent.start, ps - 60) : ps]
        mb = re.search(
            rf"(?P<own>\b(?:his|her)|['’]s?)\s+{_KIN_MODS}(?P<kin>{_KIN})\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?$",
            before,
            re.I,
        )
        owner: Entity | None = None
        kin = ""
        if mb:
            kin = mb.group("kin").lower()
            at = ps - len(before) + mb.start("own")
            if mb.group("own").lower() in ("his", "her"):
                owner = next((x for s2, _e2, x in res.possessives.get(sent.index, []) if s2 == at), None)
                owner = _same_family(res, sent, p, owner) if owner is not None else None
            else:
                owner = next((x for _s2, e2, x in owners if e2 == at and x.label == "Person"), None)
        ma = re.match(rf"\s*,\s*(?:the\s+{_KIN_MODS}(?P<kin>{_KIN})\s+of\s+|(?P<kin2>))", text[pe : sent.end], re.I)
        if owner is None and ma and ma.group("kin"):
            kin = ma.group("kin").lower()
            at = pe + ma.end()
            owner = next((x for s2, _e2, x in owners if s2 == at and x.label == "Person"), None)
        if owner is None:
            mp = re.match(rf"\s*,\s*(?P<own>[^,]{{2,40}}?)['’]s?\s+{_KIN_MODS}(?P<kin>{_KIN})\b", text[pe : sent.end])
            if mp:
                kin = mp.group("kin").lower()
                end = pe + mp.end("own")
                owner = next((x for _s2, e2, x in owners if e2 == end and x.label == "Person"), None)
        if owner is not None and owner is not p:
            b.relate("RELATIVE_OF", p, owner, sent.index, {"role": kin})


def _same_family(res: Resolved, sent: Sentence, relative: Entity, owner: Entity) -> Entity:
    stem = _stem(relative.name)
    if len(stem) < 4 or _stem(owner.name) == stem:
        return owner
    kin = {
        x.id: x
        for si in range(sent.index - 3, sent.index + 1)
        for _s, _e, x in res.sent_entities.get(si, [])
        if x.label == "Person" and x is not relative and _stem(x.name) == stem
    }
    # of several, the one the text is about (the most mentioned)
    return max(kin.values(), key=lambda x: len(x.mentions)) if kin else owner


def counsel(sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]) -> None:
    # counsel: "his lawyer, Dana K.", "X's lawyer Y", "Y, who represents X"
    for ps, pe, p in people:
        before = text[max(sent.start, ps - 50) : ps]
        mb = re.search(r"\b(?:his|her|their)\s+(?:\w+\s+)?" + _COUNSEL + r"\s*,?\s*$", before, re.I)
        if mb:
            at = ps - len(before) + mb.start()
            # whom "his"/"her" stands for, as coreference resolved it, else the last person named
            client = next((x for s2, _e2, x in res.possessives.get(sent.index, []) if s2 == at), None)
            client = client or last_person_before(res, sent, at, p)
            if client is not None:
                b.relate("REPRESENTS", p, client, sent.index)
        # "X's lawyer, Y", "X's defence counsel Y": the client is the name right before the possessive
        mp = re.search(r"['’]s?\s+(?:\w+\s+)?" + _COUNSEL + r"\s*,?\s*$", before, re.I)
        if mp:
            poss = ps - len(before) + mp.start()
            owner = next((x for _ps, e2, x in people if e2 == poss and x is not p), None)
            if owner is not None:
                b.relate("REPRESENTS", p, owner, sent.index)
        ma = re.match(r"\s*,\s*(?:who\s+(?:(?:is|was|has\s+been|had\s+been)\s+)?(?:represents|defends|represented|"
                      r"defended|representing|defending)|(?:his|her|their)\s+" + _COUNSEL + r")\b",
                      text[pe : sent.end], re.I)  # fmt: skip
        if ma:
            if re.search(r"(?:represent|defend)\w*\s*$", ma.group(0), re.I):
                nxt = [x for s, _e, x in people if s > pe + ma.end() - 1]
                if nxt:
                    b.relate("REPRESENTS", p, nxt[0], sent.index)
            else:
                client = last_person_before(res, sent, ps, p)
                if client is not None:
                    b.relate("REPRESENTS", p, client, sent.index)


# "Two other union members, A and B, ...", "fellow PNRT members A and B": each a member of the body
_MEMBERS_BEFORE = re.compile(
    r"\b(?:(?:[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix|[Ss]everal|[Ss]ome|\d+)\s+)?(?:other\s+|fellow\s+)?"
    r"(?P<noun>[A-Za-z]+)\s+members?\s*,?\s*$"
)

_MEMBERS_LEAD_WORDS = {"the", "its", "their", "his", "her", "our", "and", "or", "of", "including", "with", "among",
                       "as", "are", "were", "was", "is", "by", "for", "to", "also", "two", "three", "four", "five",
                       "six", "several", "some", "many", "other", "fellow"}  # fmt: skip


def group_members(sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]) -> None:
    i = 0
    while i < len(people):
        ps, pe, p = people[i]
        prev_end = people[i - 1][1] if i else sent.start
        m = _MEMBERS_BEFORE.search(text, max(prev_end, ps - 60), ps)
        i += 1
        if m is None:
            continue
        noun = m.group("noun")
        pw = re.search(r"\b([a-z][\w-]*)\s*$", text[max(sent.start, m.start() - 30) : m.start()])
        if m.start() == m.start("noun") and pw and pw.group(1) not in _MEMBERS_LEAD_WORDS:
            continue  # "opposition party members", "former union members": not (now) of the last one named
        if noun.isupper() and len(noun) > 1:  # an acronym: the body it abbreviates
            body = re.compile(rf"^{re.escape(noun)}$")
        elif noun.lower() in NAMED_ORG:  # "union members": the last union named
            body = re.compile(rf"\b{re.escape(noun.lower())}\b", re.I)
        else:
            continue
        owner = None
        for si in range(sent.index, -1, -1):
            found = [
                (s, x)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Organization"
                and s < ps
                and (body.search(x.name) or any(body.search(a) for a in x.aliases))
            ]
            if found:
                owner = max(found, key=lambda c: c[0])[1]
                break
        if owner is None:
            continue
        group = [p]
        # the coordinated names that follow: "A, B and C"
        while i < len(people) and re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[pe : people[i][0]]):
            ps, pe, p = people[i]
            group.append(p)
            i += 1
        for x in group:
            b.relate("MEMBER_OF", x, owner, sent.index)


_SPONSOR = re.compile(
    r"\b(?:its|their|the\s+(?:law|bill|draft|amendments?)['’]s?)\s+(?:main\s+|chief\s+|principal\s+|original\s+|lead\s+)?"
    r"(?:sponsor|author|drafter|initiator|architect)s?\s*,\s*(?:[\w-]+\s+){0,3}$",
    re.I,
)
_COUNTRY_RAPPORTEUR = re.compile(
    r"\b(?:country\s+(?:co-)?rapporteurs?|(?:co-)?rapporteurs?\s+for\s+[A-Z][\w-]+)\s*,\s*$", re.I
)
_WHO_ROLE = re.compile(
    r"\s*,\s*who\s+(?:(?:has|had|also|now|still|currently)\s+)*(?P<verb>heads|headed|leads|led|chairs|chaired|"
    r"directs|directed|runs|ran|founded|co-founded|set\s+up|works\s+(?:for|at|with)|worked\s+(?:for|at|with))\s+"
    r"(?:the\s+)?",
    re.I,
)
_APPOINTED = re.compile(
    r"\s+(?:was|has\s+been|had\s+been|is|were)\s+(?:(?:appointed|named|designated)\s+(?:as\s+)?(?P<as>the\s+)?|"
    r"elected\s+(?P<to>to\s+)(?:the\s+)?)",
    re.I,
)


def office_phrases(sent: Sentence, text: str, b: Builder, res: Resolved, people: list[tuple[int, int, Entity]]) -> None:
    """Offices stated around a name: "Its main sponsor, deputy X" (of a law), "The country
    rapporteur, X" (of the treaty body), "X was appointed Special Rapporteur on ...", "X was
    elected to the Senate"."""
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    for ps, pe, p in people:
        before = text[max(sent.start, ps - 80) : ps]
        if _SPONSOR.search(before):
            laws = [
                (si, s, x)
                for si in range(sent.index - 2, sent.index + 1)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Law" and s < ps and x.properties.get("jurisdiction") != "international"
            ]
            if laws:
                b.relate("ADOPTED", p, max(laws, key=lambda c: (c[0], c[1]))[2], sent.index)
        if _COUNTRY_RAPPORTEUR.search(before):
            committees = [
                (s, x)
                for si in range(0, sent.index + 1)
                for s, _e, x in res.sent_entities.get(si, [])
                if x.label == "Organization" and s < ps and re.search(r"\bCommittee\b", x.name)
            ]
            if committees:
                b.relate("MEMBER_OF", p, max(committees, key=lambda c: c[0])[1], sent.index, {"role": "rapporteur"})
        # "Judge X of the Medeu District Court", "Prosecutor X of the Almaty City Prosecutor's Office"
        if re.search(r"\b(?:[Jj]udge|[Pp]rosecutor|[Ii]nvestigator)\s+$", before):
            mo = re.match(r"\s*,?\s+(?:of|at|from)\s+(?:the\s+)?", text[pe : sent.end])
            if mo:
                body = next((x for s, _e, x in ents if s == pe + mo.end() and x.label == "Organization"), None)
                if body is not None:
                    b.relate("WORKS_FOR", p, body, sent.index, {"role": before.split()[-1].lower()})
            elif mt := re.search(r"\b(judge|prosecutor)\s+$", before, re.IGNORECASE):
                # "The Mary Provincial Court sentenced him ... Presiding Judge X refused ...": a judge
                # named without a court sits on the one court named just before; likewise a
                # prosecutor ("Deputy Regional Prosecutor X") on the prosecutor's office
                title = mt.group(1).lower()
                court = _court_before(res, sent, ps, _SEATS[title])
                seated = any(
                    k[0] == "WORKS_FOR" and k[1] == p.id and re.search(_SEATS[title], b.entities[k[2]].name)
                    for k in b.relations
                    if k[2] in b.entities
                )
                if court is not None and not seated:  # an official the text already seated elsewhere stays there
                    b.relate("WORKS_FOR", p, court, sent.index, {"role": title})
        # "X, who heads the Bureau", "X, who founded Y in 2010", "X, who works for Y"
        mw = _WHO_ROLE.match(text, pe, sent.end)
        if mw:
            org = next((x for s, _e, x in ents if mw.end() <= s <= mw.end() + 2 and x.label == "Organization"), None)
            if org is not None:
                verb = mw.group("verb").lower()
                kind = "FOUNDED" if "found" in verb or "set up" in verb else "WORKS_FOR" if "work" in verb else "LEADS"
                b.relate(kind, p, org, sent.index)
        m = _APPOINTED.match(text, pe, sent.end)
        if m:
            org = next((x for s, _e, x in ents if m.end() <= s <= m.end() + 4 and x.label == "Organization"), None)
            if org is not None:
                b.relate("MEMBER_OF" if m.group("to") else "WORKS_FOR", p, org, sent.index)


_PARENT_TITLE = re.compile(
    r"\b(?P<acr>[A-Z][A-Za-z.]{1,7})['’]?s?\s+(?:[A-Z][\w-]*\s+){0,3}?(?:Commissioner|Representative|Envoy|"
    r"Secretary-General|Secretary\s+General|Coordinator|Ambassador|Spokes(?:person|man|woman))\b[^,;()]{0,80},\s*$"
)


def parent_org_titles(
    sent: Sentence, text: str, b: Builder, people: list[tuple[int, int, Entity]], orgs_of_doc: list[Entity]
) -> None:
    """ "the UN High Commissioner for Human Rights, Volker T.", "the EU Special Representative for
    Central Asia, X": the holder works for the organization the title opens with."""
    ref = reference()
    for ps, _pe, p in people:
        prev_end = max((e2 for s2, e2, _x in people if e2 <= ps), default=sent.start)
        m = _PARENT_TITLE.search(text[max(sent.start, ps - 120, prev_end) : ps])
        known = ref.known_org(m.group("acr")) if m else None
        if m is None or known is None:
            continue
        parent = next((o for o in orgs_of_doc if o.name == known.name), None)
        if parent is not None:
            b.relate("WORKS_FOR", p, parent, sent.index, {"role": m.group(0).strip(" ,")})


def possessed_units(sent: Sentence, b: Builder, orgs: list[tuple[int, int, Entity]], orgs_of_doc: list[Entity]) -> None:
    """ "RFE/RL's Kyrgyz Service", "the Ministry's Investigation Department": a body named with
    another body's possessive is a unit of that body, when the owner is a body of the document."""
    by_name = {n.lower(): o for o in orgs_of_doc for n in (o.name, *o.aliases)}
    for _s, _e, unit in orgs:
        m = re.match(r"(?:the\s+)?(.+?)['’]s\s+[A-Z]", unit.name)
        owner = by_name.get(m.group(1).lower()) if m else None
        if owner is not None and owner is not unit:
            b.relate("MEMBER_OF", unit, owner, sent.index, {"role": "unit"})


_PARTY = re.compile(r"\b(?:party|movement|union|bloc|coalition|association|bar|faction|caucus)\b", re.I)


def person_of_org(
    sent: Sentence,
    text: str,
    b: Builder,
    people: list[tuple[int, int, Entity]],
    orgs: list[tuple[int, int, Entity]],
) -> None:
    """ "Hugh Williamson of Human Rights Watch said ...": a name followed by "of" and a body is one
    of its people (a member when the body is a party, union or association)."""
    for _ps, pe, p in people:
        m = re.match(r"\s+of\s+(?:the\s+)?", text[pe : pe + 12])
        if m is None:
            continue
        org = next((o for os_, _oe, o in orgs if os_ == pe + m.end()), None)
        if org is None or org.properties.get("kind") == "government":
            continue
        if _PARTY.search(org.name):
            b.relate("MEMBER_OF", p, org, sent.index)
        else:
            b.relate("WORKS_FOR", p, org, sent.index, {"role": "of"})
