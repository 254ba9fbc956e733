"""Entity resolution: which candidates are one entity, and its id.

* People: a full name's id is keyed by its transliteration-folded form, so
  "Kassym-Jomart Tokayev" and "Kassym-Jomart Tokaev" are one node in any
  document. A surname alone ("Kiai", "President Tokaev") joins the full name
  of this document that ends with it (the nearest one before it when two do:
  namesakes are not merged blindly), else the one known person of the graph
  with that surname; with two known candidates it stays apart.
* Organizations: acronyms join the name they are defined for in the document
  ("Democratic Choice of Kazakhstan (DVK)"), else a known entity with that
  alias, else the reference list of international bodies.
* Government bodies: "<Country> government" (or police, courts...), with the
  text's forms as aliases.

Every join is written to ``Entity.merges`` with its reason.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence

from graph.model import Entity, EntityRef, make_id
from graph.translit import fold, loose, norm
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved, Typer, _strip_title
from loaders.extract.mentions import Candidate, place_tail
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_ORG_SPELLING = [
    (re.compile(r"\bU\.?N\.?(?=\s+[A-Z])"), "United Nations"),
    (re.compile(r"\bE\.?U\.?(?=\s+[A-Z])"), "European Union"),
    # "the Delegation of the European Union to X" is "the EU Delegation to X"
    (
        re.compile(r"^(?:[Tt]he\s+)?(Delegation|Mission|Embassy)\s+of\s+(?:the\s+)?(.+?)(\s+(?:to|in)\s+.+)?$"),
        r"\2 \1\3",
    ),
    (re.compile(r"\b([Oo])rganisation"), r"\1rganization"),
    (re.compile(r"\b([Pp])rogramme\b"), r"\1rogram"),
    (re.compile(r"\b([Cc])entre\b"), r"\1enter"),
    (re.compile(r"\b([Dd])efence\b"), r"\1efense"),
    (re.compile(r"\b([Ll])abour\b"), r"\1abor"),
    (re.compile(r"\s+&\s+"), " and "),
    (re.compile(r"^(?:[Tt]he\s+)?Office\s+of\s+(?:the\s+)?(?=[A-Z])"), ""),
    (re.compile(r"(?:’s|'s)\s+Office$"), ""),
]


def org_key(name: str) -> str:
    """The id key of an organization: spelling variants (Organisation/Organization,
    Centre/Center, UN/United Nations, EU/European Union) and "Office of the X" / "X's Office",
    "Delegation of the X" / "X Delegation" fold together."""
    for pat, rep in _ORG_SPELLING:
        name = pat.sub(rep, name)
    return fold(name)


# Asks the graph for the entities named by some folded keys (Repository.known_entities).
KnownLookup = Callable[[list[str]], Sequence[EntityRef]]


class KnownIndex:
    """Entities already in the graph, by label and folded name, and people by surname.

    Built from a list (all known entities), or from a ``lookup`` that is asked
    only for the keys this document needs: :meth:`prefetch` asks for its
    candidates' names in one call, and a later :meth:`find` or :meth:`surname`
    of a key not asked yet asks for that one. Either way the answers are the same.
    """

    def __init__(self, known: Sequence[EntityRef] = (), lookup: KnownLookup | None = None) -> None:
        self.by_key: dict[tuple[str, str], EntityRef] = {}
        self._surnames: dict[str, list[EntityRef]] = defaultdict(list)
        self._refs: dict[str, EntityRef] = {}
        self._lookup = lookup
        self._asked: set[str] = set()
        self._add(known)

    def _add(self, refs: Iterable[EntityRef]) -> None:
        for r in refs:
            if r.id in self._refs:
                continue
            self._refs[r.id] = r
            for n in (r.name, *r.aliases):
                self.by_key.setdefault((r.label, fold(n)), r)
            if r.label == "Person" and len(r.name.split()) > 1:
                self._surnames[fold(r.name.split()[-1])].append(r)

    def prefetch(self, keys: Iterable[str]) -> None:
        if self._lookup is None:
            return
        new = sorted({k for k in keys if k} - self._asked)
        if new:
            self._asked.update(new)
            self._add(self._lookup(new))

    def refs(self) -> list[EntityRef]:
        return list(self._refs.values())

    def find(self, label: str, name: str) -> EntityRef | None:
        key = fold(name)
        self.prefetch([key])
        return self.by_key.get((label, key))

    def surname(self, folded: str) -> list[EntityRef]:
        """Known people whose (folded) surname this is."""
        self.prefetch([folded])
        return self._surnames.get(folded, [])


def lookup_keys(cands: Iterable[Candidate]) -> set[str]:
    """The folded keys the typer and resolver ask about for these candidates:
    each whole name, and the last word of each (a surname, for namesake checks)."""
    keys: set[str] = set()
    for c in cands:
        for n in (c.surface, c.name, *c.aliases):
            k = fold(n)
            if k:
                keys.add(k)
                keys.add(k.split()[-1])
    return keys


def resolve_people(
    cands: list[Candidate], typer: Typer, b: Builder, res: Resolved, known: KnownIndex, text: str
) -> None:
    people = []
    for c in cands:
        if typer.label(c.key) != "PERSON":
            continue
        c2, title = _strip_title(c, text)
        if title:
            c2.props["title"] = title
        people.append(c2)
    people = [given_name_before(c, text) for c in people]
    full = [c for c in people if len(c.surface.replace("’s", "").split()) > 1]
    # full names: one entity per folded key
    full_ents: list[tuple[int, str, Entity]] = []  # (pos, folded surname, entity)
    by_loose: dict[str, Entity] = {}  # this document's full names by their loose key
    # a two-word surname said alone ("Mendes Ribeiro" after "Ana Mendes Ribeiro"): the last words
    # of exactly one longer full name of the document
    longer: dict[str, set[str]] = defaultdict(set)
    for c in full:
        words = c.surface.replace("’s", "").split()
        for i in range(1, len(words) - 1):
            longer[fold(" ".join(words[i:]))].add(" ".join(words))
    for c in sorted(full, key=lambda c: c.start):
        name = " ".join(c.surface.split())
        said = name
        if len(longer.get(fold(name), ())) == 1:
            name = next(iter(longer[fold(name)]))
        key = fold(name)
        ref = known.find("Person", name)
        variant = by_loose.get(loose(name)) if ref is None else None
        if variant is not None and fold(variant.name) != key:
            # "Valijon Kurbonov" after "Valijon Kurbanov": same given name, surname differing
            # only by a vowel alternation, in one document
            ent = variant
            b.merge_note(ent, f"'{name}' -> '{ent.name}': vowel variant of a name in the same document")
        else:
            ent = b.entity("Person", key, name, eid=ref.id if ref else None)
        if ref and norm(ref.name) != norm(name):
            b.merge_note(ent, f"'{name}' -> '{ref.name}': transliteration variant of a known name")
        elif norm(ent.name) != norm(name) and variant is None:
            b.merge_note(ent, f"'{name}' -> '{ent.name}': transliteration variant")
        if said != name:
            b.merge_note(ent, f"'{said}' -> '{name}': the last words of a longer name in the same document")
        by_loose.setdefault(loose(name), ent)
        b.mention(ent, c.start, c.end, c.sent)
        res.add(ent, c.start, c.end, c.sent)
        full_ents.append((c.start, fold(name.split()[-1]), ent))
    for c in sorted(people, key=lambda c: c.start):
        if c in full:
            continue
        sn = fold(c.surface)
        local = [(p, e) for p, s, e in full_ents if s == sn]
        vowel = False
        if not local and not known.find("Person", c.surface):
            # "Berdymukhamedov" for "Serdar Berdimuhamedow": a vowel variant of a local surname
            local = [(p, e) for p, s, e in full_ents if loose(s) == loose(sn)]
            vowel = bool(local)
        ent = None  # type: ignore[assignment]
        shared = False  # the bare surname names more than one person: a mention, not an alias
        if local:
            distinct = {e.id for _, e in local}
            before = [(p, e) for p, e in local if p <= c.start]
            ent = (before[-1] if before else local[0])[1]
            why = "surname of a full name in the same document" + (" (vowel variant)" if vowel else "")
            others = [r for r in known.surname(sn) if r.id not in distinct and fold(r.name) != fold(ent.name)]
            if len(distinct) > 1:
                why += " (nearest of several namesakes)"
                shared = True
            elif others:
                why += f" (namesake of {others[0].name} in the graph; not kept as an alias)"
                shared = True
            b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': {why}")
        else:
            cands_known = known.surname(sn)
            exact = known.find("Person", c.surface)
            if exact:
                ent = b.entity("Person", fold(c.surface), exact.name, eid=exact.id)
            elif len(cands_known) == 1 and not _introduced(c, text):
                r = cands_known[0]
                ent = b.entity("Person", fold(r.name), r.name, eid=r.id)
                b.merge_note(ent, f"'{c.surface}' -> '{r.name}': surname of a person already in the graph")
            else:
                ent = b.entity("Person", sn, c.surface)
        b.mention(ent, c.start, c.end, c.sent, alias=not shared)
        res.add(ent, c.start, c.end, c.sent)
        if c.props.get("title"):
            res.descriptors[ent.id].append((c.props["title"], c.sent, c.start, c.end))


def _introduced(c: Candidate, text: str) -> bool:
    """A bare surname the text introduces as someone new ("Sadykova, a lawyer for the centre,
    said"): an indefinite appositive is no sign of the person another document named, so a
    unique surname in the graph is too little to join them."""
    return bool(re.match(r"(?:’s|'s)?\s*,\s*(?:a|an|one)\s", text[c.end : c.end + 12]))


def given_name_before(c: Candidate, text: str) -> Candidate:
    """A surname the tagger read alone ("Gulshat Ovezova, a lawyer ..." tagged "Ovezova") with the
    given name :func:`~loaders.extract.entities.mark_given_names` found before it."""
    s = c.props.get("given_start")
    if s is None or len(c.surface.split()) != 1:
        return c
    return Candidate(text[s : c.end], s, c.end, c.sent, c.label, c.source, props=c.props, dep=c.dep,
                     head_lemma=c.head_lemma)  # fmt: skip


# Institutions every country has one of: a bare mention names the one of the context's country.
_NATIONAL = re.compile(
    r"(?:Supreme|Constitutional|High|Military|Economic) Court|Supreme Council|Constitutional Council|"
    r"Prosecutor[- ]General(?:’s|'s)? Office|General Prosecutor(?:’s|'s)? Office|Central Election Commission|"
    r"Ministry of (?:Justice|Interior|Internal Affairs|Foreign Affairs|Defen[cs]e|Culture|Information)|"
    r"National Bank|Ombudsman(?:’s|'s)? Office"
)


# "Kazakhstan’s Supreme Court", "Tajikistan's Interior Ministry": a country's own body
_COUNTRY_POSS = re.compile(r"(?P<country>[A-Z][\w-]+(?:\s[A-Z][\w-]+)?)(?:’s|'s)\s+(?P<body>[A-Z].*)")
_GOVERNMENT_OF = re.compile(
    r"(?:[Tt]he\s+)?(?:Government|Cabinet of Ministers|Council of Ministers)\s+of\s+(?:the\s+)?(.+)"
)
# The body that is a country's government by another name: a bare mention is the context country's
# government ("Askar X, spokesperson for the Cabinet of Ministers").
_CABINET = re.compile(r"(?:[Tt]he\s+)?(?:Cabinet|Council) of Ministers")

# "<Name> in <City>" where the name is complete without the place; offices, missions and
# branches keep theirs ("OSCE Programme Office in Dushanbe").
_IN_PLACE = re.compile(
    r"(?<!Office)(?<!Mission)(?<!Centre)(?<!Center)(?<!Embassy)(?<!Branch)(?<!Representation)(?<!Bureau)"
    r"(?<!Court)\s+in\s+([A-Z][\w-]+)$"
)


# Heads a bare capitalized mention of which is the state's own body ("the Government", "the
# Police"): left to the government-body rules, never joined to a named organization.
_STATE_HEADS = {"Government", "Cabinet", "Parliament", "Police", "Army", "Guard", "Senate", "Administration"}
_HEAD_VARIANTS = {"Center": "Centre", "Organization": "Organisation", "Program": "Programme"}


_UNIT_AFTER = re.compile(r"\s+(?:department|directorate|headquarters|station)\b")


def _words(name: str) -> tuple[str, ...]:
    return tuple(_HEAD_VARIANTS.get(w, w) for w in re.sub(r"^(?:[Tt]he|UN|United Nations)\s+", "", name).split())


def _inside(short: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """``short`` is a proper run of ``name``'s words ("Working Group" in "Working Group on Arbitrary
    Detention")."""
    n = len(short)
    return len(name) > n and any(name[i : i + n] == short for i in range(len(name) - n + 1))


def _short_form(surface: str, longer: set[tuple[str, ...]], heads: set[str]) -> bool:
    """A short capitalized form ("the Working Group") of a longer name the document gives: two or
    three capitalized words ending with an organization head, found inside that longer name."""
    words = surface.split()
    if not 2 <= len(words) <= 3 or words[-1] not in heads or not all(w[:1].isupper() for w in words):
        return False
    short = _words(surface)
    return any(_inside(short, name) for name in longer)


def _leading_words(surface: str, longer: set[tuple[str, ...]]) -> bool:
    """The first words of a longer organization name ("Adil Soz" for "Adil Soz International
    Foundation for Freedom of Speech"), read by the tagger as a name of its own."""
    words = surface.split()
    ref = reference()
    if len(words) < 2 or not all(w[:1].isupper() for w in words) or ref.country(surface) or ref.place_kind(surface):
        return False
    short = _words(surface)
    return any(len(name) > len(short) + 1 and name[: len(short)] == short for name in longer)


def generic_head_referent(c: Candidate, placed: list[tuple[int, Entity]]) -> Entity | None:
    """The organization a bare head ("the Committee", "the Centre's budget") stands for: the
    nearest one named before the mention with that head in its name (else the first after it);
    none when the text names no such organization. A body the text gave an acronym is referred to
    by the acronym, so it is chosen only when no other fits ("the State Committee for National
    Security (GKNB)" is not "the Committee" of a treaty body's report)."""
    short = _words(c.surface)

    def has(ent: Entity) -> bool:
        return _inside(short, _words(ent.name))

    def acronym(ent: Entity) -> bool:
        return any(re.fullmatch(r"[A-Z]{2,6}", a) for a in ent.aliases)

    ordered = sorted(placed, key=lambda x: x[0])
    for pool in ([e for p, e in ordered if has(e) and not acronym(e)], [e for p, e in ordered if has(e)]):
        before = [e for p, e in ordered if p < c.start and e in pool]
        after = [e for p, e in ordered if p > c.start and e in pool]
        if before or after:
            return before[-1] if before else after[0]
    return None


def apposed_body(c: Candidate, text: str, res: Resolved) -> Entity | None:
    """The named organization a government-body phrase stands in apposition to ("the Jokargy
    Kenes, Karakalpakstan’s parliament, said"): a name right before it and a comma between, with
    the phrase closed by punctuation, not continuing a list ("X, the government and Y")."""
    if c.source != "institution" or re.match(r"\s*,?\s*(?:and|or)\b", text[c.end : c.end + 8]):
        return None
    if not re.match(r"\s*[,.;:)]", text[c.end : c.end + 3]):
        return None
    for (s, e), ent in res.by_span.items():
        if ent.label == "Organization" and e <= c.start and re.fullmatch(r"\s*,\s*(?:the\s+)?", text[e : c.start]):
            if re.search(r"(?:,|\band)\s*(?:the\s+)?$", text[max(0, s - 12) : s]):
                return None  # the name is itself an item of a list
            return ent
    return None


def resolve_orgs(
    cands: list[Candidate],
    acronyms: list[tuple[Candidate, str]],
    typer: Typer,
    b: Builder,
    res: Resolved,
    known: KnownIndex,
    sents: list[Sentence],
) -> None:
    ref = reference()
    from loaders.extract.entities import lawish_end

    acr_full: dict[str, str] = {}
    rejected: set[str] = set()
    for c, acr in acronyms:
        bad = (
            not c.surface[:1].isupper()
            or lawish_end(c.surface)
            or ref.instrument(c.surface) is not None
            or any(
                w[:1].islower() and w not in ("of", "for", "and", "on", "in", "the", "de", "against")
                for w in c.surface.split()
            )
        )  # "Lesbian, gay, bisexual ... (LGBT)": not a name
        if bad:
            rejected.add(norm(acr))
            continue
        acr_full[acr] = c.surface

    def org_entity(name: str, kind: str | None = None, country: str | None = None) -> Entity:
        name = " ".join(name.split())  # a name the text wraps across lines is the same name
        gov = _GOVERNMENT_OF.fullmatch(name)
        if gov and ref.country(gov.group(1)):
            # "Government of Turkmenistan" is "Turkmenistan government"
            country = country or ref.country(gov.group(1))
            ent = org_entity(f"{country} government", kind or "government", country)
            b.alias(ent, name)
            return ent
        ko = ref.known_org(name)
        if name in acr_full:
            name = acr_full[name]
            ko = ref.known_org(name) or ko
        canon = ko.name if ko else name
        kref = known.find("Organization", canon) or known.find("Organization", name)
        ent = b.entity(
            "Organization",
            org_key(canon),
            canon,
            eid=kref.id if kref else None,
            props={"kind": kind or (ko.kind if ko else None), "country": country or (ko.country if ko else None)},
        )
        if norm(name) != norm(canon):
            b.alias(ent, name)
        if ko:
            for a in ko.aliases:
                if a in acr_full or len(a) > 3:
                    continue
        return ent

    for acr, full in acr_full.items():
        ent = org_entity(full)
        b.alias(ent, acr)
        b.merge_note(ent, f"'{acr}' -> '{ent.name}': acronym defined in the text")
    heads = set(ref.lex.get("org_heads", ())) - _STATE_HEADS
    placed: list[tuple[int, Entity]] = []  # (first mention, organization) in text order
    longer = {_words(c.surface) for c in cands if c.label in ("ORG", "ACRDEF") and c.surface not in acr_full}
    bare: list[Candidate] = []
    for c in cands:
        if c.label == "GOV" or c.key in rejected or lawish_end(c.surface):
            continue
        if re.fullmatch(r"[A-Z]+s", c.surface):  # "NGOs"
            continue
        if (
            c.label in ("ORG", "ACRDEF")
            and c.source != "gazetteer"
            and (c.surface in heads or _short_form(c.surface, longer, heads))
        ) or (c.source == "spacy" and typer.label(c.key) != "PERSON" and _leading_words(c.surface, longer)):
            bare.append(c)  # "the Committee", "the Working Group": resolved below to a body the text names
            continue
        if (
            (c.source == "gazetteer" and c.label == "ORG")
            or c.source in ("typenoun", "list", "propagated", "mandate")
            or (c.source == "capchain" and typer.label(c.key) != "PERSON")
            or (c.source == "spacy" and typer.label(c.key) == "ORG")
            or c.label == "ACRDEF"
        ):
            if c.source == "list" and (
                ref.country(c.surface)
                or ref.place_kind(c.surface)
                or typer.label(c.key) == "PERSON"
                or ref.instrument(c.surface)
            ):
                continue
            if ref.instrument(c.surface):
                continue
            surface = " ".join((c.name if c.source in ("gazetteer", "mandate") else c.surface).split())
            owner = _COUNTRY_POSS.fullmatch(surface)
            owner_country = ref.country(owner.group("country")) if owner else None
            if owner and owner_country:
                # "Tajikistan's Interior Ministry": the country's body, named without the possessive
                surface = owner.group("body")
            national = _NATIONAL.fullmatch(re.sub(r"^[Tt]he\s+", "", surface))
            cabinet = _CABINET.fullmatch(surface)
            country = owner_country or (res.institution_country(c.start, sents) if national or cabinet else None)
            if owner_country and not (national or cabinet):
                ent = org_entity(f"{owner_country} {surface}", c.props.get("kind"), owner_country)
                b.alias(ent, surface)
                b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': a country's own body")
                b.mention(ent, c.start, c.end, c.sent)
                res.add(ent, c.start, c.end, c.sent)
                placed.append((c.start, ent))
                continue
            if cabinet and country:
                ent = org_entity(f"{country} government", "government", country)
                b.alias(ent, surface)
                b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': the government by another name, country of context")
            elif national and country:
                # "the Supreme Court": every country has one; name it by the country of the context
                ent = org_entity(f"{national.group(0)} of {country}", "court" if "Court" in surface else None, country)
                b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': national institution, country from context")
            else:
                place = _IN_PLACE.search(surface)
                if place and not place_tail(surface[: place.start()], place.group(1)) and ref.country(place.group(1)):
                    place = None  # "Coalition against Torture in Kyrgyzstan": the country is in the name
                if place and c.source != "gazetteer":
                    # "the Central Asia Rights Institute in Berlin": the name, LOCATED_IN the place
                    ent = org_entity(surface[: place.start()], c.props.get("kind"))
                    loc_start = c.start + place.start(1)
                    loc = b.entity("Location", norm(place.group(1)), place.group(1), props={"kind": "city"})
                    b.mention(loc, loc_start, loc_start + len(place.group(1)), c.sent)
                    res.add(loc, loc_start, loc_start + len(place.group(1)), c.sent)
                    b.relate("LOCATED_IN", ent, loc, c.sent)
                else:
                    ent = org_entity(surface, c.props.get("kind"))
            for a in c.aliases:
                b.alias(ent, a)
            if c.source == "gazetteer" and norm(c.surface) != norm(ent.name):
                b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': known acronym or alias")
            # a later topic of "rapporteurs on X and Y" is a mention, not a name
            b.mention(ent, c.start, c.end, c.sent, alias=not c.props.get("no_alias"))
            res.add(ent, c.start, c.end, c.sent)
            placed.append((c.start, ent))
            member = c.props.get("member")
            if member and res.by_span.get(tuple(member)) is not None:
                # "Bakyt Sydykov of the Yntymak faction"
                b.relate("MEMBER_OF", res.by_span[tuple(member)], ent, c.sent)
    for c in bare:
        head_of = generic_head_referent(c, placed)
        if head_of is not None:
            generic = c.surface in heads or _short_form(c.surface, longer, heads)
            why = "generic head" if generic else "leading words"
            b.merge_note(head_of, f"'{c.surface}' -> '{head_of.name}': {why} of the name given nearest before")
            b.mention(head_of, c.start, c.end, c.sent, alias=not generic)
            res.add(head_of, c.start, c.end, c.sent)
        elif len(c.surface.split()) > 1 and typer.label(c.key) == "ORG":
            # the longer name was not kept as an organization: the short form is a name of its own
            own = org_entity(c.surface, c.props.get("kind"))
            b.mention(own, c.start, c.end, c.sent)
            res.add(own, c.start, c.end, c.sent)
    # government bodies
    for c in cands:
        if c.label != "GOV":
            continue
        seat = ref.seat_of.get(norm(c.surface)) if c.source == "capital" else None
        named = [e for _, e in placed if seat and e.name == seat.name]
        if named:
            # "The European Union should ... Brussels has leverage": the seat stands for the body
            b.merge_note(named[0], f"'{c.surface}' -> '{named[0].name}': seat standing for the body it names")
            b.mention(named[0], c.start, c.end, c.sent, alias=False)
            res.add(named[0], c.start, c.end, c.sent)
            continue
        named_before = apposed_body(c, b.text, res)
        if named_before is not None:
            # "the Jogorku Kenesh, Kyrgyzstan’s parliament": the same body described
            b.merge_note(named_before, f"'{c.surface}' -> '{named_before.name}': in apposition to its name")
            b.mention(named_before, c.start, c.end, c.sent)
            res.add(named_before, c.start, c.end, c.sent)
            continue
        place = c.props.get("place")
        country = c.props.get("country")
        # "a Turkish court": some court of a country, no body; "a Bishkek court" where the text
        # names courts of Bishkek: maybe one of them, no new body
        if c.props.get("indefinite") and (
            not place or any("Court" in e.name and place in e.name.split() for _, e in placed)
        ):
            continue
        if place:
            noun = c.surface.split()[-1] if c.surface.split()[-1][:1].islower() else c.props["suffix"]
            m = [
                w
                for w in c.surface.split()
                if w.lower() in ("court", "courts", "authorities", "police", "judiciary", "parliament", "government")
            ]
            noun = m[0].lower() if m else noun
            local = re.search(r"\b(?:regional|city|district|provincial)\s+(?:akimat|k?hokimiyat)\b", c.surface)
            name = f"{place} {local.group(0)}" if local else f"{place} {noun}"
        else:
            if not country:
                country = res.country_near(c.start, sents)
                if (
                    c.source == "bare"
                    and country != res.main_country
                    and res.country_weight(country) < 3
                    and country != res.section_country(c.start, sents)
                ):
                    country = res.main_country
            if not country:
                continue
            name = f"{country} {c.props['suffix']}"
        ent = org_entity(name, c.props.get("kind"), country)
        # "the Zhezkazgan city police department": the unit word belongs to the mention
        unit = _UNIT_AFTER.match(b.text, c.end) if c.surface[-1:].islower() else None
        if unit:
            c = Candidate(b.text[c.start : unit.end()], c.start, unit.end(), c.sent, c.label, c.source,
                          props=c.props)  # fmt: skip
        if c.source in ("capital",):
            b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': capital standing for its government")
        elif c.source == "country-actor":
            b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': country acting as subject")
        elif c.source == "bare":
            b.merge_note(ent, f"'{c.surface}' -> '{ent.name}': generic institution, country from context")
        b.mention(ent, c.start, c.end, c.sent)
        res.add(ent, c.start, c.end, c.sent)


def resolve_locations(cands: list[Candidate], typer: Typer, b: Builder, res: Resolved) -> None:
    ref = reference()
    for c in cands:
        if c.source == "gazetteer" and c.label in ("LOC", "CAPITAL"):
            kind = c.props.get("kind") or ref.place_kind(c.name) or "city"
            ent = b.entity("Location", norm(c.name), c.name, props={"kind": kind})
            bare = re.fullmatch(r"(.+?)\s+(?:region|oblast|province)", c.name)
            if kind == "region" and bare and ref.place_kind(bare.group(1)) in (None, "region"):
                b.alias(ent, bare.group(1))  # "Sughd region" is also "Sughd" (no city of that name)
        elif c.source == "spacy" and c.label == "LOC" and typer.label(c.key) == "LOC":
            ent = b.entity("Location", norm(c.surface), c.surface, props={"kind": "city"})
        elif c.source == "spacy" and c.surface.endswith((" airport", " Airport")):
            ent = b.entity("Location", norm(c.surface), c.surface, props={"kind": "venue"})
        else:
            continue
        b.mention(ent, c.start, c.end, c.sent)
        res.add(ent, c.start, c.end, c.sent)


__all__ = ["KnownIndex", "make_id", "resolve_locations", "resolve_orgs", "resolve_people"]
