"""Coreference of people for relations and event roles: the person a definite title ("the Special
Rapporteur", "the editor") or a third-person pronoun ("she", "him", "his") points to.

First-person pronouns ("I", "we") are the document's author (:func:`document_author`: its byline
or the person of a short biographical note). A third-person pronoun is chosen by what the text
says of each candidate:

* gender, read from honorifics ("Mr.", "Ms."), gendered nouns of the person's title ("chairwoman",
  "his wife, X") and, for Central Asian and Russian surnames, their gendered endings
  ("-ova"/"-eva" are women's, "-ov"/"-ev" men's); a person with no such evidence fits either;
* salience: the subject of a main clause is preferred to a name buried in an object or an
  apposition ("She met the Minister, Mr. X, ..." -- a later "she" is still the subject), nearer
  sentences to farther ones;
* binding: an object pronoun is never the subject of its own verb ("X told her": her is not X);
* titles: a person introduced with a title ("the UN Special Rapporteur on ..., A. B.", "X, the
  editor of Y") is later the referent of "the Special Rapporteur" or "the editor" when no other
  person of the document holds that title;
* groups: "the three", "the two journalists", "both men" are the people of the last sentence that
  names exactly that many (:func:`groups`);
* "we" in a statement issued by organizations ("Joint statement by A and B") is those
  organizations (:func:`issuers_we`).

Links are never mentions (no alias, no evidence of a name): they only let the relation and event
readers see who acts in a sentence (``res.pronouns``, and ``res.possessives`` for "his"/"her"
before a noun).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from graph.model import Entity
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

__all__ = [
    "document_author",
    "gender_of_people",
    "groups",
    "issuers_we",
    "resolve_coreference",
    "statement_issuers",
    "title_mentions",
]

_THIRD = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}
_SUBJ = ("nsubj", "nsubjpass")
_OBJ = ("dobj", "pobj", "dative", "iobj")
# a pronoun's antecedent is looked for in its sentence and this many before it
_WINDOW = 3

_HON_F = re.compile(r"\b(?:Ms|Mrs|Miss|Madam|Mme)\.?\s*$")
_HON_M = re.compile(r"\b(?:Mr|Sir)\.?\s*$")
# gendered surname endings of Russian and Central Asian (Kazakh, Kyrgyz, Uzbek, Tajik, Turkmen)
# names: Ivanova / Ivanov, Tokayeva / Tokayev, Nurmuhammedova, Kairatkyzy / Kairatuly
# (Turkmen spellings end in -owa / -ow)
_SURNAME_F = re.compile(r"\w{2}(?:ova|eva|owa|ewa|skaya|kyzy|qizi|gyzy)$", re.I)
_SURNAME_M = re.compile(r"\w{2}(?:ov|ev|ow|ew|skiy|skii|uly|ulu|ogly|oglu)$", re.I)
_NOUN_F = {"wife", "mother", "daughter", "sister", "widow", "chairwoman", "spokeswoman", "businesswoman",
           "grandmother", "aunt", "niece", "actress", "policewoman", "congresswoman"}  # fmt: skip
_NOUN_M = {"husband", "father", "son", "brother", "widower", "chairman", "spokesman", "businessman",
           "grandfather", "uncle", "nephew", "policeman", "congressman", "son-in-law"}  # fmt: skip

# titles read as role nouns beyond the shared lexicon's: whom "the investigator" or "the
# prosecutor" of a case points to
_EXTRA_ROLES = (
    "editor-in-chief",
    "investigator",
    "presiding judge",
    "defence lawyer",
    "defense lawyer",
    "chief editor",
)


@dataclass
class _Ref:
    """A reference to a person in the text: a name, a title or a resolved pronoun."""

    pos: int
    sent: int
    person: Entity
    subject: bool  # the subject of a main clause
    speaker: bool = False  # the subject of a verb of speech ("X said", "said X")


@functools.lru_cache(maxsize=1)
def _role_pattern() -> re.Pattern[str]:
    """Any role noun of the shared lexicon or of :data:`_EXTRA_ROLES`, longest first."""
    roles = sorted({*reference().lex.get("role_nouns", ()), *_EXTRA_ROLES}, key=len, reverse=True)
    return re.compile(r"\b(" + "|".join(re.escape(r) for r in roles) + r")\b", re.I)


def gender_of_people(sents: list[Sentence], text: str, res: Resolved) -> dict[str, str]:
    """'m' or 'f' for each person the text genders consistently (honorific before a mention,
    gendered title noun, gendered surname ending); people with no or conflicting evidence are
    left out."""
    votes: dict[str, set[str]] = {}
    for lst in res.sent_entities.values():
        for s, e, ent in lst:
            if ent.label != "Person":
                continue
            v = votes.setdefault(ent.id, set())
            before = text[max(0, s - 8) : s]
            if _HON_F.search(before):
                v.add("f")
            elif _HON_M.search(before):
                v.add("m")
            # "X, his wife" / "her husband, X" say nothing of X's own gender; "X, chairwoman of"
            after = text[e : e + 40]
            m = re.match(r"\s*,\s*(?:the\s+|a\s+)?([\w-]+)\b", after)
            if m and m.group(1).lower() in _NOUN_F:
                v.add("f")
            elif m and m.group(1).lower() in _NOUN_M:
                v.add("m")
    for lst in res.sent_entities.values():
        for _s, _e, ent in lst:
            if ent.label != "Person" or len(ent.name.split()) < 2:
                continue
            last = ent.name.split()[-1]
            if _SURNAME_F.search(last):
                votes.setdefault(ent.id, set()).add("f")
            elif _SURNAME_M.search(last):
                votes.setdefault(ent.id, set()).add("m")
    return {pid: next(iter(v)) for pid, v in votes.items() if len(v) == 1}


# what may stand between a name and the title after it: "X, the editor", "X (Nigeria) is the ..."
_AFTER_NAME = r"\s*(?:,|\(\w[^)]*\)\s+(?:is|was)|is|was|has been)\s+(?:the\s+|a\s+|an\s+)?(?:[\w.’'-]+\s+){0,5}?"


def _person_titles(sents: list[Sentence], text: str, res: Resolved, role_re: re.Pattern[str]) -> dict[str, set[str]]:
    """The role nouns each person is given by a title next to a name: before it ("the UN
    Special Rapporteur on ..., A. B.", "Minister of Justice X"), after it ("X, the editor of Y")
    or by a copula ("X is the Special Rapporteur ...")."""
    titles: dict[str, set[str]] = {}
    for sent in sents:
        # a title is read between names of people (an organization's name may be part of it: "the
        # UN Special Rapporteur on ..., X" when the title was also read as a body)
        ents = sorted((x for x in res.sent_entities.get(sent.index, []) if x[2].label == "Person"), key=lambda x: x[0])
        for i, (s, e, ent) in enumerate(ents):
            prev_end = ents[i - 1][1] if i else sent.start
            before = text[max(prev_end, sent.start, s - 120) : s]
            # the title ends right before the name, or before a phrase of its body ("on the
            # situation of ...", "(Ombudsman)"), a comma and an honorific
            found: list[str] = [
                m.group(1).lower()
                for m in role_re.finditer(before)
                if re.fullmatch(
                    r"(?:\s+(?:of|on|for|at)\s+[^,;:()]{1,90}?)?(?:\s*\([^()]{1,40}\))?\s*,?\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?",
                    before[m.end() :],
                )
            ][-1:]
            next_start = ents[i + 1][0] if i + 1 < len(ents) else sent.end
            after = text[e : min(next_start, sent.end, e + 120)]
            ma = re.match(_AFTER_NAME, after)
            if ma:
                m2 = role_re.match(after, ma.end())
                if m2:
                    found.append(m2.group(1).lower())
            if found:
                titles.setdefault(ent.id, set()).update(found + [_base_title(t) for t in found])
    return titles


def _base_title(title: str) -> str:
    """The title a shorter back-reference uses: "the editor" for an editor-in-chief or chief
    editor, "the rapporteur" for a special rapporteur (never "the minister" for a deputy one)."""
    t = re.sub(r"-in-chief$", "", title)
    return re.sub(r"^(?:chief|special|senior|regional|executive)\s+", "", t)


def title_mentions(
    sents: list[Sentence], text: str, res: Resolved, role_re: re.Pattern[str] | None = None
) -> list[tuple[int, int, int, Entity]]:
    """Definite titles standing for a person named earlier with that title ("The Special
    Rapporteur visited ...", "the editor's wife"): (start, end, sentence, person). A title
    followed by a name is that name's apposition, not a back-reference; a title two people of
    the document hold is left alone."""
    role_re = role_re or _role_pattern()
    titles = _person_titles(sents, text, res, role_re)
    holders: dict[str, list[str]] = {}
    for pid, ts in titles.items():
        for t in ts:
            holders.setdefault(t, []).append(pid)
    people = {ent.id: ent for lst in res.sent_entities.values() for _s, _e, ent in lst if ent.label == "Person"}
    first_pos: dict[str, int] = {}
    for lst in res.sent_entities.values():
        for s, _e, ent in lst:
            if ent.label == "Person":
                first_pos[ent.id] = min(first_pos.get(ent.id, s), s)
    out: list[tuple[int, int, int, Entity]] = []
    for sent in sents:
        if sent.heading:
            continue
        names = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
        for m in re.finditer(r"\b[Tt]he\s+", sent.text):
            rm = _title_at(sent.text, m.end(), role_re)
            if rm is None:
                continue
            lo, hi = sent.start + m.start(), sent.start + rm.end()
            who = holders.get(rm.group(1).lower(), [])
            if len(who) != 1 or first_pos.get(who[0], hi) >= lo or _apposition(text, sent, names, lo, hi):
                continue
            if not _specific(sent, hi, rm.group(1)):
                continue
            seen = _surface_titles(text, res, who[0])
            # "the Deputy Minister" when only a Minister was named; "the head of the Mission" of
            # another body than the one named with the person
            words = re.findall(r"[A-Z][\w.]*", text[lo + 4 : sent.start + rm.start()])
            pm = re.match(r"\s+(?:of|on|for)\s+(?:the\s+)?([\w'’-]+)", text[hi : sent.end])
            if pm:
                words.append(pm.group(1))
            if not all(any(re.search(rf"\b{re.escape(w)}", t, re.I) for t in seen) for w in words):
                continue
            out.append((lo, hi, sent.index, people[who[0]]))
    return out


def _title_at(seg: str, p: int, role_re: re.Pattern[str]) -> re.Match[str] | None:
    """A role noun at ``p``, after at most three capitalized modifiers ("UN Special Rapporteur"),
    and not a plural or the first part of a longer word."""
    for _ in range(4):
        rm = role_re.match(seg, p)
        if rm is not None:
            return None if re.match(r"s\b|[-\w]", seg[rm.end() :]) else rm
        w = re.match(r"(?:U\.?N\.?|[A-Z][a-z]+)\s+", seg[p:])
        if w is None:
            return None
        p += w.end()
    return None


def _specific(sent: Sentence, hi: int, title: str) -> bool:
    """A title standing for its holder: capitalized ("the Director stressed", "met the President"),
    or an actor of the sentence ("the editor was detained", "the editor's wife"); a lower-case
    title in any other place is the office in general ("insulting the president")."""
    if title[:1].isupper():
        return True
    tok = next((t for t in sent.span if sent.offset + t.idx < hi <= sent.offset + t.idx + len(t.text)), None)
    if tok is None:
        return False
    owner = tok.i + 1 < len(tok.doc) and tok.nbor(1).tag_ == "POS"
    return tok.dep_ in _SUBJ or tok.dep_ == "poss" or owner


def _apposition(text: str, sent: Sentence, names: list[tuple[int, int, Entity]], lo: int, hi: int) -> bool:
    """The title introduces a name rather than pointing back: a name follows it ("the Minister of
    Justice, Mr. X", "the lawyer appointed by the court, X"), or it is part of a name."""
    for s, e, _x in names:
        if s < hi and lo < e:
            return True
        if e <= lo and re.fullmatch(r"\s*,\s*", text[e:lo]):
            return True  # "X, the editor of Y": X's own apposition
        if s >= hi and s - hi < 100 and not re.match(r"['’]s?\b", text[hi : hi + 2]):
            # (an owner is no apposition: "the editor's wife, X")
            gap = text[hi:s]
            if re.fullmatch(r"[^.;:]*,\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?|\s*(?:(?:Mr|Ms|Mrs|Dr)\.?\s+)?", gap):
                return True
    return False


def _surface_titles(text: str, res: Resolved, pid: str) -> list[str]:
    """The text right before and after each mention of a person (where its titles are)."""
    out = []
    for lst in res.sent_entities.values():
        for s, e, ent in lst:
            if ent.id == pid:
                out.append(text[max(0, s - 120) : e + 120])
    return out


def _main_subject(tok) -> bool:  # type: ignore[no-untyped-def]
    """A subject of the sentence's main clause (or of a clause coordinated with it)."""
    if tok.dep_ not in _SUBJ:
        return False
    head = tok.head
    while head.dep_ == "conj":
        head = head.head
    return head.dep_ == "ROOT"


def _head_of(sent: Sentence, s: int, e: int):  # type: ignore[no-untyped-def]
    """The token of the span [s, e) whose head lies outside it."""
    toks = [t for t in sent.span if s <= sent.offset + t.idx < e]
    for t in toks:
        if not (s <= sent.offset + t.head.idx < e) or t.head.i == t.i:
            return t
    return toks[-1] if toks else None


def _subject_of_verb(tok):  # type: ignore[no-untyped-def]
    """The subject token of the verb a pronoun depends on (through a preposition), if any."""
    verb = tok.head
    if tok.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    subs = [c for c in verb.children if c.dep_ in _SUBJ]
    while not subs and verb.dep_ in ("conj", "advcl", "xcomp") and verb.head.i != verb.i:
        # "Judge X found Y guilty and sentenced him, barring him from ...": him is not X
        verb = verb.head
        subs = [c for c in verb.children if c.dep_ in _SUBJ]
    if verb.dep_ == "relcl" and (not subs or subs[0].lower_ in ("who", "that", "which")):
        return verb.head  # "Mr. X, who assured her": the relative's antecedent
    return subs[0] if subs else None


def _choose(
    cands: list[_Ref], tok, sent_index: int, subj_tok_pos: int | None, mentioned: dict[str, int]
) -> Entity | None:  # type: ignore[no-untyped-def]
    """The most salient person: by its best reference (a main-clause subject over a name in an
    object or apposition, near over far) plus how often the text has referred to it so far (the
    person a passage is about)."""
    subject = tok.dep_ in _SUBJ
    best: dict[str, float] = {}
    last: dict[str, int] = {}
    people: dict[str, Entity] = {}
    for c in cands:
        if subj_tok_pos is not None and c.pos == subj_tok_pos:
            continue  # binding: "X told her" -- her is not X
        dist = sent_index - c.sent
        # the pronoun's own sentence first (Hobbs), then the nearer sentences
        score = 150.0 if dist == 0 else 120.0 / (2**dist)
        if c.subject:
            score += 60 if subject or dist > 0 else 30
        pid = c.person.id
        people[pid] = c.person
        best[pid] = max(best.get(pid, 0.0), score)
        last[pid] = max(last.get(pid, -1), c.pos)
    if not best:
        return None
    pid = max(best, key=lambda k: (best[k] + 10 * min(mentioned.get(k, 0), 5), last[k]))
    return people[pid]


_FIRST = {"i", "me", "my", "we", "us", "our"}
_BIO = re.compile(r"^\s*(?:[A-Z][\w’'.-]+\s+){1,3}(?:was appointed|is|has been|serves as|was elected)\b")
_BY = re.compile(r"^\s*By\s+[A-Z]")
_STATEMENT_BY = re.compile(r"\b(?:statement|remarks|declaration)\s+(?:by|of)\b", re.I)


def document_author(sents: list[Sentence], res: Resolved) -> Entity | None:
    """The person a first-person text speaks as: its byline ("By X"), else the person a short
    biographical note names ("X is a researcher at ...", "X was appointed Special Rapporteur ...")
    among the first or last sentences."""
    edge = sents[:6] + sents[-6:]
    for sent in sents[:6]:
        # "DUSHANBE (3 May) – End-of-mission statement by the Special Rapporteur ..., X, ...": the
        # person the opening statement line names after "by" (only words capitalized before it, so
        # a statement merely mentioned in a news sentence does not count)
        m = _STATEMENT_BY.search(sent.text)
        if m and not re.search(r"(?:^|\s)[a-z]", sent.text[: m.start()]):
            people = sorted(
                (s, x) for s, _e, x in res.sent_entities.get(sent.index, [])
                if x.label == "Person" and s >= sent.start + m.end()
            )  # fmt: skip
            if people:
                return people[0][1]
    for sent in edge:
        if _BY.match(sent.seg):
            for _s, _e, ent in res.sent_entities.get(sent.index, []):
                if ent.label == "Person":
                    return ent
    for sent in edge:
        if sent.heading or not _BIO.match(sent.seg):
            continue
        first = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
        if first and first[0][2].label == "Person" and first[0][0] - sent.start < 3:
            return first[0][2]
    return None


def first_person(sents: list[Sentence], res: Resolved) -> None:
    """'I', 'me', 'we', 'us' as subjects and objects stand for the document's author, when it has
    one (:func:`document_author`)."""
    author: Entity | bool | None = False  # looked up on the first first-person pronoun only
    for sent in sents:
        if sent.heading:
            continue
        for tok in sent.span:
            if tok.lower_ not in _FIRST or tok.dep_ not in ("nsubj", "nsubjpass", "dobj", "pobj", "dative"):
                continue
            if author is False:
                author = document_author(sents, res)
            if isinstance(author, Entity):
                pos = sent.offset + tok.idx
                res.pronouns[sent.index].append((pos, pos + len(tok.text), author))


def resolve_coreference(sents: list[Sentence], text: str, res: Resolved) -> None:
    """Re-link third-person pronouns (he/she/him/her as subjects and objects in ``res.pronouns``;
    his/her before a noun in ``res.possessives``) and add definite titles to ``res.pronouns``.
    First-person links ("we", "I" for the author, :func:`first_person`) come first; an unresolved "we" of a
    statement organizations issue stands for them (:func:`issuers_we`)."""
    first_person(sents, res)
    issuers_we(sents, text, res)
    gender = gender_of_people(sents, text, res)
    titled = title_mentions(sents, text, res)
    by_sent: dict[int, list[tuple[int, int, Entity]]] = {}
    for lo, hi, si, p in titled:
        by_sent.setdefault(si, []).append((lo, hi, p))
    for si in list(res.pronouns):
        res.pronouns[si] = [x for x in res.pronouns[si] if text[x[0] : x[1]].lower() not in _THIRD]
    refs: list[_Ref] = []
    last_sent: Sentence | None = None
    for sent in sents:
        if sent.heading:
            continue
        prev_attribution = None
        if last_sent is not None and re.match(r"\s*[“\"]", sent.text) and re.search(r"[”\"]", last_sent.text):
            prev_attribution = last_sent.index
        last_sent = sent
        own = [(s, e, x) for s, e, x in res.sent_entities.get(sent.index, []) if x.label == "Person"]
        own += by_sent.get(sent.index, [])
        for lo, hi, p in by_sent.get(sent.index, []):
            res.pronouns[sent.index].append((lo, hi, p))
        here: list[_Ref] = []
        for s, e, x in own:
            head = _head_of(sent, s, e)
            here.append(_Ref(s, sent.index, x, head is not None and _main_subject(head), _speaker(head)))
        for tok in sent.span:
            low = tok.lower_
            if low not in _THIRD:
                continue
            pos = sent.offset + tok.idx
            possessive = tok.dep_ == "poss"
            if not possessive and tok.dep_ not in _SUBJ + _OBJ:
                continue
            g = _THIRD[low]
            window = [r for r in refs if r.sent >= sent.index - _WINDOW] + [r for r in here if r.pos < pos]
            cands = [r for r in window if gender.get(r.person.id, g) == g]
            if _quoted(text, pos):
                # inside a quotation a third person is not the one quoted ("'Instead of locking him
                # up ...,' said X" -- him is not X): the speaker of its sentence, or of the one
                # before when the quote resumes after its attribution ("'...,' X said. 'Y ...'")
                quoting = {r.person.id for r in here if r.speaker}
                if prev_attribution:
                    quoting |= {r.person.id for r in refs if r.speaker and r.sent == prev_attribution}
                cands = [r for r in cands if r.person.id not in quoting]
            subj_pos = None
            if tok.dep_ in _OBJ:
                st = _subject_of_verb(tok)
                if st is not None:
                    subj_pos = _ref_at(here, sent, st)
            mentioned: dict[str, int] = {}
            for r in refs + [r for r in here if r.pos < pos]:
                mentioned[r.person.id] = mentioned.get(r.person.id, 0) + 1
            ref = _clause_subject(tok, sent, here, cands) if possessive else None
            ref = ref or _choose(cands, tok, sent.index, subj_pos, mentioned)
            if ref is None:
                continue
            # a chain genders its person: after "she" is X, "he" is someone else
            gender.setdefault(ref.id, g)
            if possessive:
                res.possessives[sent.index].append((pos, pos + len(tok.text), ref))
            else:
                res.pronouns[sent.index].append((pos, pos + len(tok.text), ref))
                here.append(_Ref(pos, sent.index, ref, _main_subject(tok), _speaker(tok)))
        refs += here
    groups(sents, text, res)


_SPEECH = {"say", "tell", "add", "state", "note", "explain", "write", "comment", "claim", "warn", "argue",
           "stress", "insist", "declare", "ask"}  # fmt: skip


def _speaker(tok) -> bool:  # type: ignore[no-untyped-def]
    return tok is not None and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _SPEECH


def _quoted(text: str, pos: int) -> bool:
    """Whether ``pos`` is inside a quotation of its paragraph."""
    para = max(text.rfind("\n\n", 0, pos), 0)
    seg = text[para:pos]
    return seg.count("“") > seg.count("”") or seg.count('"') % 2 == 1


def _clause_subject(tok, sent: Sentence, here: list[_Ref], cands: list[_Ref]) -> Entity | None:  # type: ignore[no-untyped-def]
    """For "his"/"her": the person who is the subject of its clause ("X did not meet his client",
    "the lawyer appointed by the court, X, did not meet his client"), if a candidate."""
    verb = tok.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    subs = [c for c in verb.children if c.dep_ in _SUBJ]
    if not subs:
        return None
    lo = sent.offset + subs[0].left_edge.idx
    r = subs[0].right_edge
    hi = sent.offset + r.idx + len(r.text)
    allowed = {c.person.id for c in cands}
    inside = {x.person.id: x.person for x in here if lo <= x.pos < hi and x.person.id in allowed}
    return next(iter(inside.values())) if len(inside) == 1 else None


# "Joint statement by A and B", "Statement by A": the organizations a text speaks for
_ISSUED_BY = re.compile(
    r"^\s*(?:(?:joint|public)\s+)?(?:statement|press\s+release|news\s+release|declaration)\s+(?:by|from|of)\b", re.I
)
# the lead of a press release: "..., A and B said today." / "A said in a (joint) statement on 3 May."
_SAID_TODAY = re.compile(r"\bsaid\s+(?:today|in\s+a\s+(?:joint\s+)?statement\b[^.]*)\s*\.?\s*$", re.I)


def statement_issuers(sents: list[Sentence], text: str, res: Resolved) -> list[Entity]:
    """The organizations a statement or press release is issued by: named after "(Joint)
    statement by" or as who "said today" in its opening sentences."""
    for sent in [s for s in sents if s.end - s.start < 400][:8]:
        if _ISSUED_BY.match(sent.text) or _SAID_TODAY.search(sent.text):
            lo = sent.start
            if not _ISSUED_BY.match(sent.text):
                # the actors of the attribution: after the last comma or closing quote before "said"
                m = _SAID_TODAY.search(sent.text)
                end = m.start() if m else len(sent.text)
                cut = max(sent.text.rfind(",", 0, end), sent.text.rfind("”", 0, end))
                lo = sent.start + cut + 1
            orgs = [x for s, _e, x in sorted(res.sent_entities.get(sent.index, []), key=lambda c: c[0])
                    if lo <= s and x.label == "Organization"]  # fmt: skip
            if orgs:
                return list({x.id: x for x in orgs}.values())
    return []


def issuers_we(sents: list[Sentence], text: str, res: Resolved) -> None:
    """'We' and 'us' outside quotations, in a statement issued by organizations and not already
    read as its author: the issuing organizations ("We call on the EU to ...")."""
    issuers: list[Entity] | None = None
    for sent in sents:
        taken = {s for s, _e, _x in res.pronouns.get(sent.index, [])}
        for tok in sent.span:
            if tok.lower_ not in ("we", "us") or tok.dep_ not in _SUBJ + _OBJ:
                continue
            pos = sent.offset + tok.idx
            if pos in taken or _quoted(text, pos):
                continue
            if issuers is None:
                issuers = statement_issuers(sents, text, res)
            for org in issuers:
                res.pronouns[sent.index].append((pos, pos + len(tok.text), org))


_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "both": 2}
# nouns a numbered group of people may carry ("the three journalists", "both men")
_PEOPLE_NOUNS = (
    r"(?:men|women|people|persons|activists|journalists|reporters|bloggers|defendants|co-defendants|detainees|"
    r"prisoners|lawyers|brothers|sisters|members|leaders|students|workers|miners|editors|defenders|"
    r"protesters|protestors|farmers|teachers|believers|opposition\s+figures|human\s+rights\s+defenders)"
)
_GROUP = re.compile(
    rf"\b(?:(?:[Tt]he|[Aa]ll)\s+(?P<n>two|three|four|five|six)(?:\s+(?:\w+\s+)?(?P<noun>{_PEOPLE_NOUNS}))?"
    rf"|[Bb]oth\s+(?P<noun2>{_PEOPLE_NOUNS})|(?P<both>[Bb]oth)\s+(?=were|are|have|had|was|will|face|deny|denied))\b"
)


def groups(sents: list[Sentence], text: str, res: Resolved) -> None:
    """'The three', 'the two journalists', 'both men': the people of the last sentence that names
    people, when it names exactly that many (or a coordination "A, B and C" of that many). A
    number before another noun ("the two organizations") or no such group links nothing."""
    for sent in sents:
        if sent.heading:
            continue
        for m in _GROUP.finditer(sent.text):
            after = sent.text[m.end() : m.end() + 20]
            other_noun = re.match(r"\s+(?:of|[a-z]+(?:s|ies)\b)", after) and not re.match(
                r"\s+(?:were|are|was|have|had|placed|remain|face|deny|denied|held)\b", after
            )
            if m.group("n") and not m.group("noun") and other_noun:
                continue  # "the two organizations", "the three of them": not a bare group of people
            n = _NUMBERS[(m.group("n") or "both").lower()]
            pos = sent.start + m.start()
            group = _group_before(sents, sent, res, pos, n, text)
            end = sent.start + m.start() + len(m.group(0).rstrip())
            for p in group:
                res.pronouns[sent.index].append((pos, end, p))


def _group_before(sents: list[Sentence], sent: Sentence, res: Resolved, pos: int, n: int, text: str) -> list[Entity]:
    by_index = {s.index: s for s in sents}
    for si in range(sent.index, sent.index - 4, -1):
        if si not in by_index:
            continue
        # names only: a pronoun resolved by salience is not sure enough to count a group with
        people = sorted(
            (x for x in res.sent_entities.get(si, []) if x[2].label == "Person" and x[0] < pos), key=lambda c: c[0]
        )
        distinct = list({x.id: x for _s, _e, x in people}.values())
        if not distinct:
            continue
        if len(distinct) == n:
            return distinct
        # the last coordination of exactly n names ("A, a teacher, B and C")
        chain: list[tuple[int, int, Entity]] = []
        for c in people:
            if chain and not re.fullmatch(
                r"[^.;:()]{0,60}?(?:,|\band\b)\s*(?:[\w-]+\s+){0,3}", text[chain[-1][1] : c[0]]
            ):
                chain = []
            chain.append(c)
            if len(chain) > n:
                chain = chain[1:]
        ids = {x.id for _s, _e, x in chain}
        if len(chain) == n and len(ids) == n:
            return [x for _s, _e, x in chain]
        if si != sent.index:
            return []  # the last sentence naming people names another number of them
    return []


def _ref_at(here: list[_Ref], sent: Sentence, tok) -> int | None:  # type: ignore[no-untyped-def]
    """The position of the reference the token ``tok`` belongs to (a name spans several tokens)."""
    lo, hi = sent.offset + tok.left_edge.idx, sent.offset + tok.idx + len(tok.text)
    for r in here:
        if lo <= r.pos < hi or r.pos == sent.offset + tok.idx:
            return r.pos
    return None
