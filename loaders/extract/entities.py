"""People, organizations and locations: candidates typed by evidence, then resolved.

Typing: a name's type comes from all its candidates in the document (and the
entities already known), not from one noisy tag: "Nazarbayev" tagged ORG in
"Nazarbayev's rule" is a person because "Nursultan Nazarbayev" is one.

Resolution (see :mod:`loaders.extract.resolve`): full names by their
transliteration-folded key; a surname alone to the one full name of the
document (or of the graph) that ends with it; acronyms to the name they are
defined for; government bodies to their country.
"""

from __future__ import annotations

import functools
import itertools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field

from graph.model import Entity, EntityRef
from graph.translit import fold, loose, norm
from loaders.extract import rules
from loaders.extract.clean import CLOSING, addressee
from loaders.extract.mentions import (
    BODY_OPENERS,
    Candidate,
    cap_chains,
    gazetteer_candidates,
    possessive_owner,
    propagate,
    spacy_candidates,
    trim,
)
from loaders.extract.reference import LAW_HEADS, reference
from loaders.extract.segment import Sentence

_NAME_TOKEN = re.compile(r"^[A-Z][a-zà-ÿ’'\-]+(?:-[A-Z][a-zà-ÿ]+)?$")
_EVENTISH = (
    "Review",
    "Games",
    "Olympics",
    "Summit",
    "Spring",
    "Revolution",
    "Election",
    "Elections",
    "War",
    "Day",
    "Week",
    "Year",
    "Dialogue",  # a "Human Rights Dialogue" is a meeting of two parties, not a body
    "Meeting",
    "Session",
)
# Heads that make a name an instrument wherever they stand ("United Nations Declaration on ...").
_INSTRUMENT_WORDS = {"Declaration", "Convention", "Covenant", "Treaty", "Charter"}
# The complement of an instrument's name is not an organization ("Law on Public Associations").
_LAW_OF = re.compile(
    r"\b(?:Law|Laws|Code|Act|Decree|Declaration|Convention|Covenant|Charter|Treaty|Protocol)"
    r"(?:\s+No\.?\s*\d+)?\s+(?:on|of|for|against|concerning)\s+(?:the\s+)?$"
    # a title quoted after a lower-case head: the law “On Mass Media”, decree "On Religious Activity"
    r"|\b(?:[Ll]aws?|[Cc]ode|[Dd]ecree|[Rr]esolution|[Rr]egulations?)\s+[“\"‘']On\s+(?:the\s+)?$"
)


def lawish_end(surface: str) -> bool:
    """A name ending with an event or instrument head ("... Convention", "... Law"), except
    "... Rule of Law" ("Bureau for Human Rights and Rule of Law")."""
    words = surface.split()
    if not words or re.search(r"\b[Rr]ule of [Ll]aw$", surface):
        return False
    return words[-1] in _EVENTISH or words[-1] in LAW_HEADS


# A byline: "By Dina Nurpeisova", "By Dina Nurpeisova, Example News" (the outlet after a comma).
_BYLINE = re.compile(
    r"^\s*By\s+([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,3})\s*(?:,\s*(?P<outlet>[^,]{1,60}?))?\s*$"
)
# A byline without "By": a name and the date of the piece on one line ("Dina Nurpeisova Jan 6, 2026",
# "Dina Nurpeisova | 6 January 2026")
_DATED_BYLINE = re.compile(
    r"^\s*([A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){1,2})\s*[|,·–—-]?\s*"
    r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}"
    r"|\d{1,2}\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{4})\s*$"
)


def _dated_byline(line: str) -> re.Match[str] | None:
    """A dated byline whose words are a person's name (no place, country or organization word)."""
    m = _DATED_BYLINE.match(line)
    if m is None or not _is_name_like(m.group(1)) or any(w in _roles_heads()[1] for w in m.group(1).split()):
        return None
    return m


# the outlet named after a byline's comma: capitalized words or numbers ("Forum 18", "Example News")
_OUTLET = re.compile(r"(?:[A-Z][\w’'&.\-]*|\d{1,4})(?:\s+(?:[A-Z][\w’'&.\-]*|\d{1,4}))*")
# "(END)" closes a wire story
_JUNK_ORG = {"state", "time", "digital", "muzzled", "appendix", "chapter", "box", "newsletter", "survey", "end"}


@dataclass
class Resolved:
    """What the document's actors resolved to, for events and relations."""

    by_span: dict[tuple[int, int], Entity] = field(default_factory=dict)
    sent_entities: dict[int, list[tuple[int, int, Entity]]] = field(default_factory=lambda: defaultdict(list))
    main_country: str | None = None
    country_mentions: list[tuple[int, str]] = field(default_factory=list)  # (pos, country)
    descriptors: dict[str, list[tuple[str, int, int, int]]] = field(default_factory=lambda: defaultdict(list))
    # persons a sentence refers to by "he"/"she" (for relations only, never as mentions)
    pronouns: dict[int, list[tuple[int, int, Entity]]] = field(default_factory=lambda: defaultdict(list))
    # persons a possessive "his"/"her" before a noun refers to ("his brother, X"), by coref.py
    possessives: dict[int, list[tuple[int, int, Entity]]] = field(default_factory=lambda: defaultdict(list))

    def add(self, ent: Entity, start: int, end: int, sent: int) -> None:
        self.by_span[(start, end)] = ent
        self.sent_entities[sent].append((start, end, ent))

    def country_weight(self, country: str | None) -> int:
        return sum(1 for _, c in self.country_mentions if c == country)

    def country_near(self, pos: int, sents: list[Sentence], window: int = 2) -> str | None:
        """The country named nearest before ``pos`` in its sentence or the few before, else the main one."""
        sent_idx = next((s.index for s in sents if s.start <= pos < s.end), None)
        if sent_idx is not None:
            lo = sents[max(0, sent_idx - window)].start
            same = [
                (abs(p - pos), c) for p, c in self.country_mentions if sents[sent_idx].start <= p < sents[sent_idx].end
            ]
            if same:
                return min(same)[1]
            before = [(p, c) for p, c in self.country_mentions if lo <= p < pos]
            if before:
                return before[-1][1]
        return self.section_country(pos, sents) or self.main_country

    def institution_country(self, pos: int, sents: list[Sentence]) -> str | None:
        """The country of a bare national institution ("the Ministry of Justice"): one named before
        it in its sentence, else the chapter's or the document's. A country named only after it
        ("blocked a website over a report on a border incident with Tajikistan") or in an earlier
        sentence is seldom its owner."""
        sent = next((s for s in sents if s.start <= pos < s.end), None)
        if sent is not None:
            before = [(p, c) for p, c in self.country_mentions if sent.start <= p < pos]
            if before:
                return before[-1][1]
        return self.section_country(pos, sents) or self.main_country

    def section_country(self, pos: int, sents: list[Sentence]) -> str | None:
        """The country whose chapter ``pos`` is in: the last heading before it that is a country's
        name ("Kazakhstan" over the Kazakhstan part of a regional report)."""
        ref = reference()
        country = None
        for s in sents:
            if s.start > pos:
                break
            if s.heading and s.text.strip():
                country = ref.country(s.text.strip()) or country
        return country


def _is_name_like(surface: str, given_may_be_place: bool = False) -> bool:
    """Capitalized name words, none a country or place; with ``given_may_be_place`` the first
    word may be a town's name ("Mary Lawlor": Mary is also a city in Turkmenistan)."""
    words = surface.replace("’s", "").split()
    ref = reference()
    if not 1 <= len(words) <= 4:
        return False
    checked = words[1:] if given_may_be_place and len(words) > 1 and not ref.country(words[0]) else words
    if any(ref.country(w) or ref.place_kind(w) for w in checked):
        return False
    return all(_NAME_TOKEN.match(w) or re.fullmatch(r"[A-Z]\.", w) for w in words)


def _strip_title(c: Candidate, text: str) -> tuple[Candidate, str | None]:
    """'President Tokaev' -> 'Tokaev' with descriptor 'President'."""
    titles = sorted(reference().lex.get("titles", ()), key=len, reverse=True)
    for t in titles:
        if c.surface.startswith(t + " ") and len(c.surface) > len(t) + 1:
            s = c.start + len(t) + 1
            nc = Candidate(text[s : c.end], s, c.end, c.sent, c.label, c.source, dep=c.dep, head_lemma=c.head_lemma)
            return nc, t
    return c, None


def collect(sents: list[Sentence], text: str) -> tuple[list[Candidate], list[tuple[Candidate, str]]]:
    cands: list[Candidate] = []
    acr: list[tuple[Candidate, str]] = []
    signed = signatory_lines(sents)
    for s in sents:
        if s.heading and s.index in signed:
            # a signatory line: names with an organization head word, known bodies and acronyms
            # (a bare line is left to the letter reader, which types it in a list of bodies)
            heads = _roles_heads()[1]
            cands += gazetteer_candidates(s, text)
            cands += [c for c in cap_chains(s, text) if any(w in heads for w in c.surface.split())]
            acr += rules.acronym_definitions(s, text)
            continue
        if s.heading:
            continue
        cands += spacy_candidates(s, text)
        cands += gazetteer_candidates(s, text)
        cands += cap_chains(s, text)
        cands += rules.typed_names(s, text)
        cands += rules.listed_orgs(s, text)
        cands += rules.institutions(s, text)
        cands += rules.country_actors(s, text)
        cands += rules.places(s, text)
        cands += based_names(s, text)
        cands += initial_institution(s, text)
        cands += self_named_groups(s, text)
        cands += mandates(s, text)
        cands += appositive_people(s, text)
        cands += portfolio_holders(s, text)
        acr += rules.acronym_definitions(s, text)
    for s in sents:
        if s.heading:
            by = _BYLINE.match(s.seg) or _dated_byline(s.seg)
            if by:
                st = s.offset + s.span.start_char + by.start(1)
                cands.append(
                    Candidate(
                        by.group(1),
                        st,
                        st + len(by.group(1)),
                        s.index,
                        "PERSON",
                        "byline",
                        props={"person_context": True},
                    )
                )
                out = by.groupdict().get("outlet")
                if out and _byline_outlet(out):
                    st = s.offset + s.span.start_char + by.start("outlet")
                    cands.append(
                        Candidate(out, st, st + len(out), s.index, "ORG", "byline", props={"org_context": True})
                    )
    cands = [
        c for c in cands if not (c.label in ("ORG", "PERSON") and _LAW_OF.search(text[max(0, c.start - 40) : c.start]))
    ]
    cands = refine(join_split_names(cands, text), sents, text)
    acr += bracket_acronyms(sents, text, cands, acr)
    cands += propagate(sents, text, cands + [c for c, _ in acr])
    cands += repeated_surnames(sents, text, cands)
    return split_compounds(refine(cands, sents, text), text), acr


def _role_noun(word: str, roles: frozenset[str]) -> bool:
    """A person's role or occupation, also as the end of a compound ("schoolteacher")."""
    w = word.lower()
    return w in roles or any(w.endswith(r) and len(r) >= 5 for r in roles if " " not in r)


def appositive_people(sent: Sentence, text: str) -> list[Candidate]:
    """Names the tagger left untagged in apposition to a role noun: "- Ayan Bekova, a nurse who
    filmed ...", "the defendant Oral Saparov" (a list item or a name whose first word is also a
    town's). The parse must attach the role noun to the name or the name to the role noun, and
    the name must be two to four capitalized proper nouns, none a country or organization word."""
    roles, heads = _roles_heads()
    ref = reference()
    out: list[Candidate] = []
    for tok in sent.span:
        if tok.pos_ != "PROPN" or tok.dep_ == "compound" or tok.ent_type_ not in ("", "PERSON", "GPE", "FAC", "LOC"):
            continue
        role = any(ch.dep_ == "appos" and ch.pos_ == "NOUN" and _role_noun(ch.text, roles) for ch in tok.children)
        role |= tok.dep_ == "appos" and tok.head.pos_ == "NOUN" and _role_noun(tok.head.text, roles)
        if not role:
            continue
        first = tok
        while first.i > sent.span.start and first.nbor(-1).dep_ == "compound" and first.nbor(-1).head == tok:
            first = first.nbor(-1)
        words = [t.text for t in sent.span.doc[first.i : tok.i + 1]]
        if not 2 <= len(words) <= 4 or any(t.pos_ != "PROPN" for t in sent.span.doc[first.i : tok.i + 1]):
            continue
        if any(w in heads or ref.country(w) or w.lower() in roles for w in words) or ref.place_kind(words[-1]):
            continue
        if not all(_NAME_TOKEN.match(w) for w in words):
            continue
        s = sent.offset + first.idx
        e = sent.offset + tok.idx + len(tok.text)
        out.append(Candidate(text[s:e], s, e, sent.index, "PERSON", "appos", props={"person_context": True},
                             dep=tok.dep_, head_lemma=tok.head.lemma_.lower()))  # fmt: skip
    return out


# "Minister of Culture and Information Arman X": a post named by its portfolio, then the holder
_PORTFOLIO_HOLDER = re.compile(
    r"\b(?:Minister|Ministers|Commissioner|Secretary|Chairman|Chair|Head)\s+(?:of|for)\s+(?:the\s+)?"
    r"(?P<portfolio>[A-Z][a-z]+(?:(?:,\s+|\s+and\s+|\s+of\s+(?:the\s+)?|\s+)[A-Z][a-z]+)*?)\s+"
    r"(?P<name>[A-Z][\w’'-]+\s+[A-Z][\w’'-]+)(?=\s*(?:[,.;:)]|\s[a-z]))"
)


def portfolio_of_post(c: Candidate, text: str) -> bool:
    """A span of portfolio words right after "Minister of" ("the Minister of Internal Affairs")."""
    words = set(reference().lex.get("portfolio_words", ()))
    # only the words right before the span: searching the whole text up to it made this quadratic
    post = r"\b(?:Minister|Ministry|Commissioner|Secretary)\s+(?:of|for)\s+(?:the\s+)?$"
    before = re.search(post, text[max(0, c.start - 80) : c.start])
    if not before or c.surface.split()[0] not in words:
        return False
    # the portfolio alone, or the portfolio and its holder the tagger read as one span
    return not any(w in _roles_heads()[1] for w in c.surface.split())


def portfolio_holders(sent: Sentence, text: str) -> list[Candidate]:
    """The holder named right after a post named by its portfolio ("Minister of Culture and
    Information Arman X defended ..."): the portfolio is words of the reference list
    ``portfolio_words``, the name two capitalized words that are none of them."""
    words = set(reference().lex.get("portfolio_words", ()))
    out: list[Candidate] = []
    base = sent.offset + sent.span.start_char
    for m in _PORTFOLIO_HOLDER.finditer(sent.seg):
        portfolio = re.findall(r"[A-Z][a-z]+", m.group("portfolio"))
        name = m.group("name")
        if not all(w in words for w in portfolio) or any(w in words for w in name.split()):
            continue
        if not _is_name_like(name):
            continue
        s = base + m.start("name")
        out.append(Candidate(name, s, s + len(name), sent.index, "PERSON", "appos", props={"person_context": True}))
    return out


def signatory_lines(sents: list[Sentence]) -> set[int]:
    """The short lines after a letter's closing ("Yours sincerely," / "Signed:"): one signatory
    each, names to read though they look like headings."""
    close = next((s.index for s in sents if CLOSING.match(s.text)), None)
    if close is None:
        return set()
    return {s.index for s in sents if s.index > close and s.heading and len(s.text.split()) <= 8}


def _byline_outlet(words: str) -> bool:
    """The part after a byline's comma names an outlet unless it is a role ("Staff Writer",
    "Special Correspondent") or a place ("Bishkek")."""
    ref = reference()
    if not _OUTLET.fullmatch(words) or ref.place_kind(words) or ref.country(words):
        return False
    roles = {str(w).lower() for w in (*ref.lex.get("role_nouns", ()), *ref.lex.get("titles", ()))}
    roles |= {"staff", "writer", "special", "senior", "chief", "contributing", "guest", "freelance"}
    return not all(w.lower().strip(".") in roles or w.lower().rstrip("s") in roles for w in words.split())


def join_split_names(cands: list[Candidate], text: str) -> list[Candidate]:
    """Two person spans the tagger read side by side with only a space between are one name
    ("Ana Lucia" + "Ferreira" for a double surname), not two people."""
    people = sorted((c for c in cands if c.label == "PERSON" and c.source == "spacy"), key=lambda c: c.start)
    drop: set[int] = set()
    out: list[Candidate] = []
    full = {c.surface for c in cands if c.label == "PERSON" and len(c.surface.split()) >= 2}
    for c in cands:
        # a given name the tagger read as something else right before a tagged surname, where
        # the text names that full person elsewhere ("and Aktan" LOC + "Sulaimanov" PERSON)
        if c.label != "PERSON" and c.source == "spacy" and len(c.surface.split()) == 1:
            for p in people:
                if p.sent == c.sent and p.start == c.end + 1 and text[c.start : p.end] in full:
                    people.append(c)
                    break
    people.sort(key=lambda c: c.start)
    for a, b in itertools.pairwise(people):
        joined = text[a.start : b.end]
        if id(a) in drop or a.sent != b.sent or text[a.end : b.start] != " " or len(joined.split()) > 4:
            continue
        drop |= {id(a), id(b)}
        out.append(Candidate(text[a.start : b.end], a.start, b.end, a.sent, "PERSON", "spacy", dep=b.dep,
                             head_lemma=b.head_lemma))  # fmt: skip
    return [c for c in cands if id(c) not in drop] + out


def repeated_surnames(sents: list[Sentence], text: str, cands: list[Candidate]) -> list[Candidate]:
    """A surname standing alone after the tagger read the full name ("Dias Nurmagambetov ...
    Nurmagambetov, who writes for ...") that it did not tag again: a mention to resolve (not
    after another capitalized word, and not where another candidate stands)."""
    surnames = {
        c.surface.split()[-1]
        for c in cands
        if c.label == "PERSON" and 2 <= len(c.surface.split()) <= 4 and _is_name_like(c.surface)
    }
    surnames = {
        s
        for s in surnames
        if len(s) > 3
        and not reference().place_kind(s)
        and not reference().country(s)
        and not re.search(rf"\b{re.escape(s.lower())}\b", text)  # a common word too ("Bishop", "Said")
    }
    if not surnames:
        return []
    alt = "|".join(map(re.escape, sorted(surnames, key=len, reverse=True)))
    pat = re.compile(rf"(?<![\w’'-])(?:{alt})(?![\w-])")
    spans = [(c.start, c.end) for c in cands]
    out: list[Candidate] = []
    for sent in sents:
        if sent.heading:
            continue
        for m in pat.finditer(text, sent.start, sent.end):
            s, e = m.span()
            if re.match(r"\s+[A-Z]", text[e : e + 3]):
                continue  # part of a longer capitalized name
            given = _given_before(text, s)
            if given is not None:
                # "the case of Yerzhan Amirkhanov" with "Yerzhan" mistagged and the surname untagged
                gs = s - len(given) - 1
                if not any(a < e and gs < b and not (a >= gs and b <= s) for a, b in spans):
                    out.append(Candidate(text[gs:e], gs, e, sent.index, "PERSON", "surname"))
                continue
            if any(a < e and s < b for a, b in spans):
                continue
            if re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, s - 30) : s]):
                continue  # part of a longer capitalized name
            out.append(Candidate(m.group(0), s, e, sent.index, "PERSON", "surname"))
    return out


def _given_before(text: str, pos: int) -> str | None:
    """The given name right before a surname at ``pos``: one capitalized name word after a
    lower-case word or punctuation, no title, role, place, country, organization word or month."""
    m = re.search(r"(?:^|[\s(“\"‘]|[a-z,;:]\s)([A-Z][a-z’'-]+) $", text[max(0, pos - 40) : pos])
    if m is None or re.search(r"[A-Z][\w’'-]*\s+$", text[max(0, pos - 40) : pos - len(m.group(1)) - 1]):
        return None
    word = m.group(1)
    ref = reference()
    roles, heads = _roles_heads()
    if (
        not _NAME_TOKEN.match(word)
        or word.lower() in roles
        or word in heads
        or word in _STOPWORDS_CAP
        or ref.country(word)
        or ref.place_kind(word)
        or ref.known_org(word)
        or re.fullmatch(_MONTH, word)
    ):
        return None
    return word


# capitalized words that open a clause, not names
_STOPWORDS_CAP = {"The", "A", "An", "In", "On", "At", "By", "For", "From", "To", "With", "And", "But", "If", "When",
                  "While", "After", "Before", "Since", "As", "Mr", "Ms", "Mrs", "Dr", "Judge", "This", "That",
                  "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}  # fmt: skip


_FUNCTION_WORDS = {"a", "an", "the", "of", "for", "in", "on", "to", "and", "at", "by", "with", "as", "from", "or"}
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "(Berlin, March 14, 2025)", "GENEVA, 2 December 2025": the city a report was filed from
_DATELINE_AFTER = re.compile(rf"\s*,\s*(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH})")
# "the London-based Steppe Post", "the Russia-led Collective Security Treaty Organization": a
# compound adjective of a place or patron, not part of the name
_BASED = re.compile(
    r"^(?:[A-Z][\w’'.]*[\s-])*[A-Z][\w’'.]*-(?:based|led|backed|funded|owned|run|controlled|sponsored|"
    r"aligned|affiliated|linked)\s+"
)


# "the Osh-based Justice Without Borders": a capitalized name after a place adjective
_BASED_NAME = re.compile(
    r"\b[A-Z][\w’'.]*-based\s+(?P<name>[A-Z][\w’'.&-]*(?:\s+(?:(?:of|for|and|on|in|against|the|de)\s+)*"
    r"[A-Z][\w’'.&-]*){0,6})"
)


# Generic institution nouns that name a body on their own (not "Government", "Court": they open
# names too often; not "Prosecutors", "Officials": people)
_INITIAL_NOUNS = {"police", "authorities", "parliament"}


# "a group of relatives calling themselves the Mothers of X", "an initiative known as Y"
_SELF_NAMED = re.compile(
    r"\b(?:group|groups|relatives|mothers|families|activists|initiative|campaign|network|collective|movement|"
    r"association|coalition|organi[sz]ation|alliance)\b(?:\s+[\w’'-]+){0,4}?,?\s+"
    r"(?:calling\s+(?:themselves|itself)|known\s+as|which\s+calls\s+itself|who\s+call\s+themselves|named|called)"
    r"\s+(?:the\s+)?[‘'“\"]?(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|against|the|in|on)\s+)*[A-Z][\w’'-]*){0,6})"
)


# A mandate named by its topic: "the UN Special Rapporteur on the situation of human rights
# defenders", "the OSCE Representative on Freedom of the Media"
_MANDATE = re.compile(
    r"(?:(?P<pre>UN|U\.N\.|United Nations|OSCE|[A-Z]{2,6}\))\s+)?"
    r"(?P<post>[Ss]pecial [Rr]apporteurs?|Independent Expert|Representative|High Commissioner)\s+on\s+"
    r"(?P<topic>(?:the\s+)?[\w’'-]+(?:\s+(?!(?:by|was|were|is|are|has|have|had|said|says|in|at|who|which|that|"
    r"from|during|after|before|wrote|called|urged|visited|will|would)\b)(?!(?<!right\s)(?<!rights\s)to\b)"
    r"[\w’'-]+){0,12})"
)
# where coordinated topics of plural "special rapporteurs on X and Y" part
_TOPIC_SPLIT = re.compile(r"\s+and\s+(?=(?:freedom|the\s+rights?|rights|the\s+situation|the\s+independence|torture)\b)")


def mandates(sent: Sentence, text: str) -> list[Candidate]:
    """UN and OSCE mandates named by their topic, as organizations (the post, not its holder);
    plural "special rapporteurs on X and freedom of Y" names one mandate per topic."""
    out: list[Candidate] = []
    base = sent.offset + sent.span.start_char
    for m in _MANDATE.finditer(sent.seg):
        post = m.group("post")
        topic = m.group("topic")
        if post in ("Representative", "High Commissioner") and not (m.group("pre") and topic[:1].isupper()):
            continue  # "a representative on the board": only a body's Representative on a Topic
        pre = (m.group("pre") or "").strip(")")
        title = "Special Rapporteur" if post.lower().startswith("special rapporteur") else post
        # Special Rapporteurs and Independent Experts are the UN's (special procedures)
        pre = "UN" if pre in ("U.N.", "United Nations") or (not pre and title != "Representative") else pre
        parts = _TOPIC_SPLIT.split(topic) if post.lower().endswith("s") else [topic]
        s, e = trim(text, base + m.start(), base + m.end())
        if m.group("pre") and m.group("pre").endswith(")"):
            s = base + m.start("post")
        for i, part in enumerate(parts):
            name = " ".join(w for w in (pre, title, "on", part) if w)
            if i == 0:
                ps, pe = s, s + len(text[s:e]) - (len(topic) - len(part))
            else:
                ps = base + m.start("topic") + topic.index(part)
                pe = ps + len(part)
            out.append(
                Candidate(text[ps:pe], ps, pe, sent.index, "ORG", "mandate", name=name,
                          props={"kind": "intergovernmental", "no_alias": i > 0})
            )  # fmt: skip
    return out


def self_named_groups(sent: Sentence, text: str) -> list[Candidate]:
    """A name a group gives itself ("relatives calling themselves the Mothers of Karakalpakstan")."""
    out: list[Candidate] = []
    base = sent.offset + sent.span.start_char
    for m in _SELF_NAMED.finditer(sent.seg):
        name = m.group("name")
        if reference().country(name) or reference().place_kind(name):
            continue
        s, e = trim(text, base + m.start("name"), base + m.end("name"))
        out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "typenoun", props={"org_context": True}))
    return out


def initial_institution(sent: Sentence, text: str) -> list[Candidate]:
    """A generic institution noun opening a sentence ("Police detained 14 protesters"): capitalized
    only by its position, it is the bare noun the institution rules read in lower case."""
    inst: dict[str, list[str]] = reference().lex.get("institutions", {})
    toks = [t for t in sent.span if not t.is_space]
    if len(toks) < 2 or not toks[0].text[:1].isupper():
        return []
    noun = toks[0].text.lower()
    if noun not in inst or noun not in _INITIAL_NOUNS or not toks[1].text[:1].islower():
        return []  # "Government" and "Court" open names too often ("Court of Appeal ...")
    if toks[1].dep_ not in ("ROOT", "aux", "auxpass") and toks[0].dep_ not in ("nsubj", "nsubjpass"):
        return []
    suffix, kind = inst[noun]
    s = sent.offset + toks[0].idx
    e = s + len(toks[0].text)
    props = {"country": None, "place": None, "suffix": suffix, "kind": kind}
    return [Candidate(text[s:e], s, e, sent.index, "GOV", "bare", props=props)]


def based_names(sent: Sentence, text: str) -> list[Candidate]:
    """Names after "<Place>-based": organizations (people are not introduced that way), unless
    the words are a role ("the Almaty-based Deputy Director")."""
    roles, _ = _roles_heads()
    out: list[Candidate] = []
    base = sent.offset + sent.span.start_char
    for m in _BASED_NAME.finditer(sent.seg):
        name = m.group("name")
        if any(w.lower() in roles for w in name.split()) or reference().place_kind(name) or reference().country(name):
            continue
        s, e = trim(text, base + m.start("name"), base + m.end("name"))
        out.append(
            Candidate(text[s:e], s, e, sent.index, "ORG", "typenoun", props={"org_context": True})
        )
    return out


def headline(seg: str) -> bool:
    """A title-cased line ("Second Critic Forcibly Held in Psychiatric Hospital"): every content
    word capitalized, so capitalization says nothing about names. An addressee line of a letter
    ("Ms. Jana Novak, Head of the ... Office") is capitalized because it is all names."""
    if addressee(seg):
        return False
    words = re.findall(r"[A-Za-z][\w’'-]*", seg)
    content = [w for w in words if w.lower() not in _FUNCTION_WORDS]
    return len(content) >= 4 and all(w[0].isupper() for w in content)


def _dateline(c: Candidate, text: str) -> bool:
    line_start = text.rfind("\n", 0, c.start) + 1
    return not text[line_start : c.start].strip(" \t(") and bool(_DATELINE_AFTER.match(text, c.end))


_NUMBER_AFTER = re.compile(r"\.?\s+(\d+)\b")


def numbered(c: Candidate, text: str) -> Candidate:
    """An institution's number cut off after "No" ("City Court No. 2", "School No.\\n17") is
    part of its name: the tagger and trim() stop at the abbreviation's full stop."""
    if not re.search(r"\bNo$", c.surface):
        return c
    m = _NUMBER_AFTER.match(text, c.end)
    if not m:
        return c
    e = m.end()
    name = " ".join((c.name + text[c.end : e] if c.name else text[c.start : e]).split())
    return Candidate(text[c.start : e], c.start, e, c.sent, c.label, c.source, name,
                     c.aliases, c.props, c.dep, c.head_lemma)  # fmt: skip


def refine(cands: list[Candidate], sents: list[Sentence], text: str) -> list[Candidate]:
    """Spans cleaned by pattern before typing:

    * a capital in a dateline is where the report was filed, not its government acting;
    * "X-based" before a name is a place adjective: dropped from the name, and a span that is
      only "Almaty-based" is no name at all;
    * an organization span ending with a lower-case type noun ("the ruling Nur Otan party",
      "the State party") is named without it;
    * names read by spaCy or a capitalized chain in a title-cased headline count only when
      the body names them too.
    """
    types = reference().lex.get("org_type_nouns", {})
    heads = set(reference().lex.get("org_heads", ()))
    signed = signatory_lines(sents)  # a signatory's line is capitalized because it is a name
    heads_of = {s.index: headline(s.seg) and s.index not in signed for s in sents}
    body_keys = {c.key for c in cands if not heads_of.get(c.sent)}
    out: list[Candidate] = []
    for c in cands:
        if c.source == "capital" and _dateline(c, text):
            continue
        if c.label in ("ORG", "ACRDEF") and norm(c.surface) in _JUNK_ORG:
            continue  # "the State party" (a treaty body's word for the country)
        if c.label == "ORG":
            c = numbered(c, text)
        if c.label in ("ORG", "ACRDEF", "PERSON"):
            if re.fullmatch(r"[\w’'.-]+-based", c.surface) or "|" in c.surface or re.search(r":\s", c.surface):
                # a span across a page's menu separator ("United Nations Human Rights | Office") or a
                # headline's colon ("Kazakhstan: Union leader jailed")
                continue
            if c.source in ("spacy", "capchain") and portfolio_of_post(c, text):
                continue  # "the Minister of Internal Affairs": a portfolio, not a person
            owner = possessive_owner(c.surface, heads) if c.label == "ORG" and c.source == "spacy" else None
            if owner is not None and not owner[1]:
                # "the Committee’s Views": the Committee
                e = c.start + owner[0]
                c = Candidate(text[c.start : e], c.start, e, c.sent, c.label, c.source, c.name, c.aliases, c.props,
                              c.dep, c.head_lemma)  # fmt: skip
            based = _BASED.match(c.surface)
            if based and c.label != "PERSON":
                s = c.start + based.end()
                c = Candidate(text[s : c.end], s, c.end, c.sent, c.label, c.source, c.name, c.aliases, c.props,
                              c.dep, c.head_lemma)  # fmt: skip
            words = c.surface.split()
            if c.label == "ORG" and len(words) > 1 and words[-1] in types and c.source in ("spacy", "capchain"):
                e = c.start + len(c.surface) - len(words[-1])
                while e > c.start and text[e - 1].isspace():
                    e -= 1
                c = Candidate(text[c.start : e], c.start, e, c.sent, c.label, c.source, c.name, c.aliases,
                              c.props, c.dep, c.head_lemma)  # fmt: skip
        if c.source == "spacy" and c.label in ("ORG", "PERSON"):
            cut = _cut_at_verb(c, text)
            if cut is None:
                continue
            c = cut
        if (
            heads_of.get(c.sent)
            and c.source in ("spacy", "capchain")
            and c.key not in body_keys
            # a person the body names by surname only ("Kazakhstan: Free Activist Max Bokayev" ... "Bokayev")
            and not (c.label == "PERSON" and norm(c.surface.split()[-1]) in body_keys)
        ):
            continue
        out.append(c)
    return out


# lower-case words a name may hold: connectors and name particles
_NAME_LOWER = {"of", "for", "and", "the", "on", "in", "against", "to", "under", "at", "with", "de", "del", "della",
               "da", "do", "dos", "van", "von", "der", "den", "al", "el", "bin", "ibn", "bint", "ul", "ud", "la", "le",
               "du"}  # fmt: skip


def _cut_at_verb(c: Candidate, text: str) -> Candidate | None:
    """A tagged span running into the clause after the name ("the Committee urged Tashkent"):
    cut before the first lower-case word that is no connector or name particle; nothing is left
    when that is the first word."""
    words = list(re.finditer(r"\S+", c.surface))
    cut = next((m for m in words if m.group(0)[:1].islower() and m.group(0).strip("’'.,") not in _NAME_LOWER), None)
    if cut is None:
        return c
    s, e = trim(text, c.start, c.start + cut.start())
    if e <= s:
        return None
    return Candidate(text[s:e], s, e, c.sent, c.label, c.source, c.name, c.aliases, c.props, c.dep, c.head_lemma)


def bracket_acronyms(
    sents: list[Sentence], text: str, cands: list[Candidate], known: list[tuple[Candidate, str]]
) -> list[tuple[Candidate, str]]:
    """An acronym in brackets right after an organization's name is that name's acronym even when
    it spells another language's name: "the World Organisation Against Torture (OMCT)", "the State
    Committee for National Security (GKNB)". Only names with an organization head word."""
    heads = set(reference().lex.get("org_heads", ()))
    defined = {a for _, a in known}
    ends: dict[int, Candidate] = {}
    for c in cands:
        words = c.surface.split()
        if (
            c.label in ("ORG", "ACRDEF")
            and len(words) > 1
            and any(w in heads for w in words)
            and (c.end not in ends or len(c.surface) > len(ends[c.end].surface))
        ):
            ends[c.end] = c
    out: list[tuple[Candidate, str]] = []
    for s in sents:
        if s.heading:
            continue
        for m in re.finditer(r"\(([A-Z]{2,6})\)", text[s.start : s.end]):
            acr = m.group(1)
            if acr in defined or reference().country(acr):
                continue
            before = text[: s.start + m.start()]
            end = len(before.rstrip())
            full = ends.get(end)
            if full is None:
                continue
            out.append(
                (Candidate(full.surface, full.start, full.end, full.sent, "ACRDEF", "acronym", aliases=[acr]), acr)
            )
            defined.add(acr)
    return out


_PERSON_OF = re.compile(r"^(?P<person>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){1,2})\s+of\s+(?:the\s+)?(?P<org>[A-Z].*)$")


# The title of an instrument after its head: "Convention No. 87 on Freedom of Association and
# Protection of the Right to Organise", "Law on ... Provision of Internet Services".
_TITLE_AFTER = re.compile(
    r"\b(?:Law|Laws|Code|Act|Decree|Declaration|Convention|Covenant|Charter|Treaty|Protocol)(?:\s+No\.?\s*\d+)?"
    r"\s+(?:on|of|for|against|concerning)\s+(?:the\s+)?"
    # a comma goes on with a capitalized word only ("Law on Culture, Information and Sport"): after
    # "the Criminal Code of X, the Almaty-based Y Bureau" the title has ended
    r"((?:[A-Z][\w’'-]*)(?:(?:,\s+|\s+(?:(?:of|and|the|on|for|to)\s+)*)[A-Z][\w’'-]*)*)"
)


@functools.lru_cache(maxsize=1)
def _roles_heads() -> tuple[frozenset[str], frozenset[str]]:
    lex = reference().lex
    roles = frozenset(str(r).lower() for r in (*lex.get("role_nouns", ()), *lex.get("titles", ())))
    return roles, frozenset(lex.get("org_heads", ()))


def not_an_org(surface: str) -> bool:
    """Spans that look like organizations but are not: currency codes ("EUR 57/7781"), a dateline
    place in capitals ("ALMATY"), a person's title ("ODIHR Director", "Amnesty International's
    Deputy Director for Europe")."""
    ref = reference()
    words = surface.split()
    if not words or len(surface) < 2:
        return True  # no name is one character ("I" of a first-person text tagged ORG)
    if words[0] in set(ref.lex.get("currencies", ())):
        return True
    if surface.isupper() and len(surface) > 3:
        title = "-".join(p.capitalize() for p in surface.split("-"))
        if ref.place_kind(title) or ref.country(title):
            return True
    roles, heads = _roles_heads()
    if len(words) > 1 and words[-1].lower() in roles and words[-1] not in heads:
        return True  # "ODIHR Director", "HRW researcher"
    pos = re.search(r"(?:’s|'s)\s+(?:(?:Deputy|Acting|Executive|Regional|Senior|Chief)\s+)?(\w+)", surface)
    # "Amnesty International's Deputy Director for Eastern Europe and Central Asia"
    return bool(pos and pos.group(1).lower() in roles and pos.group(1) not in heads)


# what follows a post held by the person named after it: an optional gloss in brackets, a comma,
# an optional honorific, then two capitalized words ("..., Ms. Nigora Ashurova")
_PERSON_AFTER = re.compile(
    r"\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+)?[A-Z][\w’'-]+\s+[A-Z][\w’'-]+"
)


def post_before_person(c: Candidate, text: str) -> bool:
    """A post in apposition to its holder ("the Commissioner for Human Rights (Ombudsman),
    Ms. X Y", "Deputy Minister of Labour, Mr. X Y"): a title, not an organization. Only spans
    that open with a person's title, hold no organization head word ("Director of the X Centre,
    Y Z" keeps the Centre) and are no known body."""
    words = c.surface.split()
    titles = {str(t) for t in reference().lex.get("titles", ())}
    _, heads = _roles_heads()
    if (
        not words
        or words[0].rstrip(".") not in titles
        or any(w in heads for w in words)
        or c.source == "gazetteer"
        or reference().known_org(c.surface)
    ):
        return False
    return bool(_PERSON_AFTER.match(text, c.end))


# People of a body: "Workers of X", "Members of the X" (a plural noun then "of").
_MEMBERS_OF = re.compile(
    r"(Workers|Employees|Members|Staff|Supporters|Activists|Officers|Officials|Relatives|Leaders|Lawyers)"
    r"\s+of\s+(?:the\s+)?(.+)$"
)


def split_compounds(cands: list[Candidate], text: str) -> list[Candidate]:
    """Drop spans that are not organizations; split "<Person> of the <Org>" ("Bakyt Sydykov of the
    Yntymak faction") into the person and the organization, and "<Place> and <Place>" into the places."""
    out: list[Candidate] = []
    types = reference().lex.get("org_type_nouns", {})
    heads = set(reference().lex.get("org_heads", ()))
    titles = [m.span(1) for m in _TITLE_AFTER.finditer(text)]
    orgs = {c.surface for c in cands if c.label in ("ORG", "ACRDEF") and c.source != "spacy"}
    for c in cands:
        if c.label not in ("ORG", "ACRDEF"):
            out.append(c)
            continue
        if not_an_org(c.surface) or post_before_person(c, text):
            continue
        members = _MEMBERS_OF.match(c.surface)
        if members and members.group(2) in orgs:
            # "Workers of Example Oil Services" where the text names the company: its people, not a body
            s = c.start + members.start(2)
            out.append(Candidate(text[s : c.end], s, c.end, c.sent, "ORG", c.source, dep=c.dep,
                                 head_lemma=c.head_lemma))  # fmt: skip
            continue
        places = rules.coordinated_places(c, text)
        if places:
            out += places
            continue
        if any(a <= c.start and c.end <= b for a, b in titles):
            continue  # "Freedom of Association" in "Convention No. 87 on Freedom of Association ..."
        m = _PERSON_OF.match(c.surface)
        if (
            m
            and _is_name_like(m.group("person"))
            and c.source != "gazetteer"
            and not any(w in heads or w.lower() in types for w in m.group("person").split())
            and not re.match(rf"(?:{BODY_OPENERS}|Public|Democratic|People)\b", m.group("person"))
        ):
            org_words = m.group("org").split()
            after = re.match(r"\s+(\w+)", text[c.end : c.end + 30])
            typed = (c.source == "typenoun" and any(a.startswith(c.surface + " ") for a in c.aliases)) or bool(
                after and after.group(1) in types
            )
            if typed or org_words[-1] in heads or org_words[-1].lower() in types:
                ps = c.start
                pe = ps + len(m.group("person"))
                out.append(Candidate(text[ps:pe], ps, pe, c.sent, "PERSON", "rule", props={"person_context": True}))
                os_ = c.start + m.start("org")
                org = m.group("org")
                kind = c.props.get("kind") or types.get(org_words[-1].lower())
                aliases = [a[len(c.surface) - len(org) :] for a in c.aliases if a.startswith(c.surface + " ")]
                if org_words[-1].lower() in types and len(org_words) > 1:
                    aliases.append(" ".join(org_words[:-1]))
                out.append(
                    Candidate(org, os_, os_ + len(org), c.sent, "ORG", "typenoun", aliases=aliases,
                              props={"kind": kind, "member": (ps, pe)})
                )  # fmt: skip
                continue
        out.append(c)
    return out


_PRIORITY = {
    "propagated": 4,
    "gazetteer": 5,
    "acronym": 4,
    "typenoun": 4,
    "institution": 4,
    "list": 3,
    "capchain": 3,
    "appos": 3,
    "spacy": 1,
    "bare": 0,
}


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """Overlapping candidates: the longest wins, then the more reliable source.
    Government readings of a country or capital ("Kazakhstan invited") stand beside the place."""
    side = [c for c in cands if c.source in ("country-actor", "capital") or c.label == "GOV"]
    aside = {id(c) for c in side}  # by identity: list membership compared every field of every pair
    main = sorted(
        (c for c in cands if id(c) not in aside), key=lambda c: (-(c.end - c.start), -_PRIORITY.get(c.source, 1))
    )
    kept: list[Candidate] = []
    for c in main:
        clash = [k for k in kept if k.start < c.end and c.start < k.end]
        # a city or region inside an organization's name is also a place
        # ("Mangistau oblast Interior Department")
        nested_place = c.source == "gazetteer" and c.label == "LOC" and c.props.get("kind") in ("city", "region")
        # the owner of a possessive inside a name ("the X Office’s Regional Office for Y") is a body too
        nested = nested_place or bool(c.props.get("nested"))
        # ... and so is the town of a venue named by it ("the penal colony in Yovon")
        hosts = [k for k in clash if k.label in ("ORG", "ACRDEF") or (nested_place and k.props.get("kind") == "venue")]
        if clash and not (nested and len(hosts) == len(clash)):
            continue
        kept.append(c)
    return sorted(kept + side, key=lambda c: c.start)


class Typer:
    """Decides the label of each name from all its candidates."""

    def __init__(self, cands: list[Candidate], known: Sequence[EntityRef], text: str = "") -> None:
        # words the text also writes in lower case: ordinary English words, not name words
        self.common_words = set(re.findall(r"\b[a-z][a-z’'-]+\b", text))
        self.votes: dict[str, Counter[str]] = defaultdict(Counter)
        self.cands: dict[str, list[Candidate]] = defaultdict(list)
        for c in cands:
            self.votes[c.key][c.label] += 1
            self.cands[c.key].append(c)
        self.known_people = {fold(r.name): r for r in known if r.label == "Person"}
        self.known_surnames: dict[str, list[EntityRef]] = defaultdict(list)
        for r in known:
            if r.label == "Person" and len(r.name.split()) > 1:
                self.known_surnames[fold(r.name.split()[-1])].append(r)
        self._person_surnames: set[str] = set()
        self._loose_surnames: set[str] = set()
        lex = reference().lex
        self.title_words = {
            w.lower().strip(".") for t in (*lex.get("titles", ()), *lex.get("role_nouns", ())) for w in str(t).split()
        } | {"united", "nations", "un", "special", "general", "prosecutor", "ombudsman", "the"}

    @property
    def person_surnames(self) -> set[str]:
        """Folded single names already typed as people (set once the single names are typed)."""
        return self._person_surnames

    @person_surnames.setter
    def person_surnames(self, names: set[str]) -> None:
        # their vowel-loose forms are kept with them: label() asks for them once per candidate
        self._person_surnames = names
        self._loose_surnames = {loose(n) for n in names}

    def common_phrase(self, words: list[str]) -> bool:
        """A capitalized phrase of at least two words the text also writes in lower case
        ("Human Rights Dialogue" where the text speaks of human rights): a heading-cased
        description, not a person's name (one such word may be a name: "Said Karimov")."""
        return sum(w.lower() in self.common_words for w in words) >= 2

    def person_evidence(self, key: str) -> bool:
        for c in self.cands[key]:
            if c.dep in ("nsubj", "nsubjpass") and c.head_lemma in (
                "say",
                "believe",
                "tell",
                "add",
                "note",
                "write",
                "lament",
                "call",
                "highlight",
                "think",
                "argue",
                "remark",
                "report",
                "propose",
            ):
                return True
            if c.props.get("person_context"):
                return True
        return False

    def label(self, key: str) -> str | None:
        v = self.votes[key]
        cs = self.cands[key]
        surface = cs[0].surface
        words = surface.split()
        if v["PERSON"] == 0 and v["ORG"] == 0 and v["LOC"] == 0:
            return None
        if lawish_end(surface):
            return None
        if any(c.source == "gazetteer" and c.label == "ORG" for c in cs):
            return "ORG"  # reference data: "the Chairman of the Halk Maslahaty, X"
        if len(words) > 1 and (
            (words[0] in LAW_HEADS and words[1] in ("on", "of", "for", "against"))
            or any(w in _INSTRUMENT_WORDS for w in words)
        ):
            return None  # "Law on Countering Extremism", "United Nations Declaration on ..."
        if all(w.lower().strip(".") in self.title_words for w in words):
            return None  # "Prosecutor General", "United Nations Special Rapporteur": a post, not a name
        if reference().instrument(surface):
            return None
        heads = set(reference().lex.get("org_heads", ()))
        if len(words) > 1 and any(w in heads for w in words):
            return "ORG"
        if len(words) == 2 and re.fullmatch(r"[A-Z]\w+[’']s", words[0]) and re.fullmatch(r"[A-Z][a-z]+s", words[1]):
            return "ORG"  # "St Mary's Parishioners": a possessive before a plural names a group, not a person
        if any(c.props.get("org_context") for c in cs):
            return "ORG"
        org_words = set(reference().lex.get("org_name_words", ()))
        if len(words) > 1 and any(w in org_words for w in words) and not any(c.props.get("person_context") for c in cs):
            return "ORG"  # "Civic Solidarity noted ...": a body's name of ordinary words
        if _is_name_like(surface) and (
            fold(surface) in self.known_people or (len(words) == 1 and fold(surface) in self.known_surnames)
        ):
            return "PERSON"
        if any(c.props.get("person_context") for c in cs) and _is_name_like(
            surface, given_may_be_place=v["PERSON"] > 0
        ):
            return "PERSON"
        if len(words) == 1 and _is_name_like(surface) and self.person_evidence(key) and v["PERSON"] > 0:
            return "PERSON"
        if len(words) == 1 and fold(surface) in self.person_surnames:
            return "PERSON"
        if len(words) == 1 and _is_name_like(surface) and loose(surface) in self._loose_surnames:
            return "PERSON"  # "Kurbonova added" after "Dilbar Kurbanova": a vowel variant of her surname
        phrase = len(words) > 1 and self.common_phrase(words) and not self.person_evidence(key)
        if (
            len(words) > 1
            and not phrase
            and _is_name_like(surface)
            and (v["PERSON"] > 0 or fold(words[-1]) in self.person_surnames)
        ):
            return "PERSON"
        if (
            len(words) > 1
            and not phrase
            and v["ORG"] > 0
            and v["PERSON"] == 0
            and v["LOC"] == 0
            and _is_name_like(surface)
            and all(c.source == "spacy" for c in cs)
        ):
            return "PERSON"  # "Mukhtar Dzhakishev" tagged ORG: a two-word name with no organization word
        if v["PERSON"] >= max(v["ORG"], v["LOC"]) and v["PERSON"] > 0 and _is_name_like(surface) and not phrase:
            if len(words) > 1 or self.person_evidence(key):
                return "PERSON"
            return None
        if v["ORG"] >= v["LOC"] and v["ORG"] > 0:
            if norm(surface) in _JUNK_ORG or not any(ch.isupper() for ch in surface):
                return None
            if len(words) == 1 and not surface.isupper() and v["ORG"] < 2 and "/" not in surface:
                return None
            if any(reference().country(w) for w in re.split(r"[-\s]", surface)) and not any(w in heads for w in words):
                return None
            if re.search(r"\d", surface) or re.fullmatch(r"[A-Z]+s", surface):
                return None
            return "ORG"
        if v["LOC"] > 0:
            for c in cs:
                if c.props.get("prev") in ("in", "at", "from", "near", "to") and _is_name_like(surface):
                    return "LOC"
            return None
        return None


def mark_leading_words(cands: list[Candidate]) -> None:
    """A tagged name that is the first words of a longer organization name of the document
    ("Erkin Dala" after "Erkin Dala International Foundation for Freedom of Speech") is that
    organization's short name, whatever the tagger guessed, unless the text marks a person
    (run after the person evidence is read)."""
    longer = {
        tuple(c.surface.split())
        for c in cands
        if c.label in ("ORG", "ACRDEF") and c.source != "spacy" and len(c.surface.split()) >= 4
    }
    if not longer:
        return
    for c in cands:
        words = tuple(c.surface.split())
        if c.source != "spacy" or len(words) < 2 or c.props.get("person_context"):
            continue  # a person the text marks stays one ("the physicist Andrei Sakharov")
        if any(len(name) >= len(words) + 2 and name[: len(words)] == words for name in longer):
            c.props["org_context"] = True


def mark_given_names(cands: list[Candidate], sents: list[Sentence]) -> None:
    """A single name the tagger read without the proper noun right before it ("Gulshat Ovezova,
    a lawyer ..." tagged "Ovezova"): that word is its given name when spaCy reads it as a proper
    noun outside any entity and it is no title, role, place, organization word or month."""
    ref = reference()
    roles, heads = _roles_heads()
    taken = {(c.start, c.end) for c in cands}
    for c in cands:
        if c.source != "spacy" or len(c.surface.split()) != 1 or c.label not in ("PERSON", "ORG"):
            continue
        sent = sents[c.sent]
        toks = [t for t in sent.span if t.idx == c.start - sent.offset]
        if not toks or toks[0].i == sent.span.start:
            continue
        prev = toks[0].nbor(-1)
        word = prev.text
        ps = sent.offset + prev.idx
        if (
            prev.pos_ != "PROPN"
            or prev.is_stop
            or re.search(r"(?:ing|ed|ly)$", word)  # "Holding Dzhumabaev in detention ..."
            or prev.ent_type_ not in ("", "PERSON")
            or not _NAME_TOKEN.match(word)
            or word.lower() in roles
            or word in heads
            or ref.country(word)
            or ref.place_kind(word)
            or ref.known_org(word)
            or re.fullmatch(_MONTH, word)
            or any(s <= ps < e for s, e in taken)
        ):
            continue
        c.props["given_start"] = ps


@functools.lru_cache(maxsize=1)
def _type_noun_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Lower-case nouns that say what kind of organization a name is (lexicon ``org_type_nouns``
    and ``org_kind_nouns``), as the word before a name and as the head of an appositive after it;
    the words between article and noun may not be prepositions ("a lawyer with the foundation")."""
    lex = reference().lex
    nouns = {*lex.get("org_type_nouns", {}), *lex.get("org_kind_nouns", ())}
    alt = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    before = re.compile(rf"(?<![A-Za-z])(?:{alt})\s*$")
    after = re.compile(
        rf"^\s*,\s*(?:a|an|the|another)\s+(?:(?!(?:with|of|at|for|in|from|by|and)\b)[\w’'-]+\s+){{0,3}}?"
        rf"(?:{alt})(?=\s*(?:[,.;:)]|$)|\s+(?:that|which|based|in|of|for|with|founded|set|run|registered|"
        rf"and|focused|working|monitoring|known|whose)\b)"
    )  # the type noun heads the appositive: "X, a party member" is a person
    return before, after


def mark_person_context(cands: list[Candidate], sents: list[Sentence]) -> None:
    """Conjunction with a person, apposition to a role noun, '<X> regime': evidence of a person."""
    roles = set(reference().lex.get("role_nouns", ()))
    alt = "|".join(map(re.escape, sorted(roles, key=len, reverse=True)))
    role_before = re.compile(rf"\b(?:{alt})s?\W*$")
    role_of = re.compile(rf"\b(?:{alt})s?\s+(?:of|for|at|with|to)\s+(?:the\s+)?[A-Z\w]")
    role_after = re.compile(rf"^\s*,\s*(?:a|an|the|another)?\s*(?:[\w’'-]+\s*){{0,3}}?({alt})\b")
    body_roles = {*reference().lex.get("leading_roles", ()), "member", "deputy", "spokesperson", "spokesman",
                  "spokeswoman", "representative", "official"}  # fmt: skip
    body_alt = "|".join(map(re.escape, sorted(body_roles, key=len, reverse=True)))
    body_role_of = re.compile(rf"\b(?:{body_alt})s?\s+of\s+the\s*$", re.I)
    mark_given_names(cands, sents)
    type_before, type_after = _type_noun_patterns()
    by_sent: dict[int, list[Candidate]] = defaultdict(list)
    for c in cands:
        by_sent[c.sent].append(c)
    for sidx, cs in by_sent.items():
        sent = sents[sidx]
        doc = sent.span.doc
        for c in cs:
            rel_s = c.start - sent.offset
            toks = [t for t in sent.span if rel_s <= t.idx < c.end - sent.offset]
            if not toks:
                continue
            last = toks[-1]
            nxt = doc[last.i + 1] if last.i + 1 < len(doc) else None
            if nxt is not None and nxt.lower_ in ("regime", "administration") and c.label != "LOC":
                c.props["person_context"] = True
            prev2 = doc[max(0, toks[0].i - 3) : toks[0].i].text.lower()
            if re.search(
                r"(?:\bruling|\bparty\s*,?|\bmovement\s*,?|\bopposition|\bnewspaper|\bweekly|\bdaily|"
                r"\bmagazine|\bwebsite|\bnews (?:site|agency|outlet)|\bbroadcaster|\bchannel|\bgroup|"
                r"\borgani[sz]ation|\bNGO|\bcompany|\bcorporation|\bunion)\s*$",
                prev2,
                re.I,
            ) or (nxt is not None and nxt.lower_ in ("party", "movement", "newspaper", "alliance")):
                c.props["org_context"] = True
            # "deputy chairman of the X", "a member of the X": a body's post or membership before the name
            if c.label != "LOC" and body_role_of.search(doc[max(0, toks[0].i - 4) : toks[0].i].text):
                c.props["org_context"] = True
            # a lower-case type noun right before ("the Bishkek legal clinic Ukuk Koruu") or heading
            # an appositive right after ("Erkin Soz, an Almaty-based foundation that ...")
            if type_before.search(doc[max(0, toks[0].i - 2) : toks[0].i].text) or type_after.match(
                doc[last.i + 1 : last.i + 7].text
            ):
                c.props["org_context"] = True
            # apposition to an institution: "parliament, the Jogorku Kenesh"; but "a spokesman for
            # the District Court, Askar Temirbekov" is apposition to the spokesman
            if re.search(
                r"\b(?:parliament|legislature|government|court|ministry|agency|committee|council|party|"
                r"movement|newspaper|union|service)\s*,\s*(?:the)?\s*$",
                doc[max(0, toks[0].i - 4) : toks[0].i].text,
                re.I,
            ):
                # ... and "the lawyer appointed by the court, Aman X": the parse attaches the name to
                # the role noun, not to the court
                if c.label == "PERSON" and (
                    role_of.search(doc[max(0, toks[0].i - 10) : toks[0].i].text.lower())
                    or (c.dep == "appos" and c.head_lemma in roles)
                ):
                    c.props["person_context"] = True
                else:
                    c.props["org_context"] = True
            # apposition: "activist Talgat Ayan", "another activist, Talgat Ayan", "Name, a journalist"
            first = toks[0]
            prev_words = doc[max(0, first.i - 3) : first.i].text.lower()
            if role_before.search(prev_words):
                c.props["person_context"] = True
            after = doc[last.i + 1 : last.i + 7].text.lower()
            if role_after.match(after):
                c.props["person_context"] = True
        # conjunction with a PERSON-tagged candidate
        persons = [c for c in cs if c.label == "PERSON"]
        for c in cs:
            if re.match(r"[’']", sent.ptext[c.end - sent.offset : c.end - sent.offset + 1]):
                continue  # "Ivan Petrov, Example Corp’s deputy director": apposition, not a list
            for p in persons:
                if p is c:
                    continue
                between = sent.ptext[min(c.end, p.end) - sent.offset : max(c.start, p.start) - sent.offset]
                if re.fullmatch(r"\s*(?:,|and|,\s*and|or|;\s*and)\s*", between):
                    c.props["person_context"] = True
    mark_leading_words(cands)
