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
from loaders.extract.citations import _ART, ArticleCite, LawMention, article_title, find_articles, find_laws
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_OFFICIAL = re.compile(
    r"\b(?:[Jj]udges?|[Ll]awyers?|[Pp]rosecutors?|[Aa]ttorneys?|[Dd]efen[cs]e|[Pp]resident|[Mm]inister|"
    r"[Rr]apporteur|[Dd]irector|[Cc]hair(?:man|woman)?)\b[^,.;]{0,25}$"
)


_CHARGE_VERB = re.compile(
    r"\b(?:sentenced|convicted|charged|jailed|fined|found|prosecuted|arrested|detained|imprisoned|accused|indicted)\b"
)


def _official(before: str) -> bool:
    """The name after ``before`` is a trial official ("Judge X", "his lawyer X"), unless the title
    is the object of the charge ("sentenced the lawyer and journalist X")."""
    m = _OFFICIAL.search(before[-40:])
    if m is None:
        return False
    if _CHARGE_VERB.search(before[-40:], m.start() + 1):
        return False  # "Prosecutors charged him", "Judge X sentenced Y": the name is the one charged
    head = before[: len(before) - 40 + m.start()] if len(before) > 40 else before[: m.start()]
    return not re.search(
        r"\b(?:sentenced|convicted|charged|jailed|fined|found|prosecuted|arrested|detained|imprisoned)\s+"
        r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}$",
        head,
    )


def surname_mentions(
    sent: Sentence, text: str, b: Builder, known: list[tuple[int, int, Entity]]
) -> list[tuple[int, int, Entity]]:
    """ "Saidova was charged with fraud under Article 247": a surname of a person of the document
    (one only) that the sentence's entities do not cover."""
    by_surname: dict[str, list[Entity]] = {}
    for x in b.entities.values():
        if x.label != "Person" or not x.mentions:
            continue
        # the surname of each full form ("Ruslan Jumabayev", also spelt "Ruslan Zhumabaev")
        for surname in dict.fromkeys(n.split()[-1] for n in [x.name, *x.aliases] if len(n.split()) > 1):
            by_surname.setdefault(surname, []).append(x)
    out = []
    for m in re.finditer(r"\b[A-Z][\w’'-]+\b", text[sent.start : sent.end]):
        st, en = sent.start + m.start(), sent.start + m.end()
        people = by_surname.get(m.group(0), [])
        if len(people) == 1 and not any(s <= st < e for s, e, _x in known):
            if _other_given_name(text[sent.start : st], people[0]):
                continue
            out.append((st, en, people[0]))
    return out


_TITLE = re.compile(r"(?:Mr|Ms|Mrs|Dr|Judge|Justice|President|Minister|Deputy|Prosecutor|General|Colonel)\.?")


def _other_given_name(before: str, person: Entity) -> bool:
    """ "Oral Saparbaev" when the document's only Saparbaev is another: the surname follows a given
    name that is not the person's own (nor a title), so it names a namesake the resolver did not tag."""
    m = re.search(r"\b([A-Z][\w’'-]+)\s+$", before)
    own = {w for n in [person.name, *person.aliases] for w in n.split()}
    return bool(m and m.group(1) not in own and not _TITLE.fullmatch(m.group(1)))


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
    return re.compile(r"\b(?:" + "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True)) + r")\b")


@functools.lru_cache(maxsize=1)
def _charge_re() -> re.Pattern[str]:
    cues = reference().lex.get("charge_before_violation", ())
    return re.compile(
        r"\b(?:" + "|".join(re.escape(v) for v in sorted(cues, key=len, reverse=True)) + r")\b[^,;:.]{0,40}$",
        re.I,
    )


# "charged him with", "found the two guilty of", "accused the journalist of"
_CHARGE_OBJ = re.compile(
    r"\b(?:charged?|charging|accused?|accusing|convicted|found|pronounced|declared|suspected|indicted|"
    r"prosecuted|sentenced|jailed|fined|punished|arrested|detained)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:guilty\s+of|with|of|for)\s+$",
    re.I,
)
# a sentence that charges, convicts or punishes someone under the articles it cites ("found X
# guilty ... under Article 165", "received a fine of ... under art. 400", "prison terms for ... (Article 174)")
_CHARGE_CUE = re.compile(
    r"\b(?:charg|sentenc|convict|prosecut|jail|imprison|guilty\b|fined\b|a\s+fine\s+of|(?:prison|jail)\s+terms?\b"
    # a term under an article, as in a list of the sentences ("X, a farmer: five years under Article 244")
    r"|(?:years?|months?)\b[^.;:]{0,40}?\bunder\s+(?:[Aa]rticles?|[Aa]rts?\.))",
    re.I,
)
_CHARGE_SENT = re.compile(r"\b(?:charg|sentenc|convict|prosecut|jail|imprison|fined|arrest|detain)", re.I)


def _chargeable(law: LawMention) -> bool:
    """A law someone can be charged, convicted or fined under: a domestic code, statute or decree,
    not a treaty, a declaration, a constitution or another international instrument."""
    return law.kind not in ("treaty", "declaration", "constitution") and law.jurisdiction != "international"


def _violation_verb(sent_text: str) -> re.Match[str] | None:
    """The first word of the sentence that states a rights violation; a charge of
    violating a law ("charged with violating Article 174", "jailed for violating ...")
    is not one."""
    for m in _violation_re().finditer(sent_text):
        before = sent_text[: m.start()]
        if _charge_re().search(before) or _CHARGE_OBJ.search(before):
            continue
        if re.search(r"\bfor\s+$", before) and _CHARGE_SENT.search(before):
            continue
        return m
    # a recommendation to bring a practice in line with a treaty article ("urged the State party to
    # guarantee ... in line with article 2 of the Convention", "to bring the law into line with
    # Article 22") says the practice falls short of it
    for m in _IN_LINE.finditer(sent_text):
        if _RECOMMEND.search(sent_text[: m.start()]):
            return m
    return None


_RECOMMEND = re.compile(
    r"\b(?:urged?|urges|urging|calls?\s+on|called\s+on|recommend(?:s|ed)?|should|must)\b|^\s*\(?[a-z]\)\s+[a-z]+",
)
_IN_LINE = re.compile(
    r"\b(?:in(?:to)?\s+(?:full\s+)?(?:line|accordance|conformity|compliance)\s+with|as\s+required\s+by|"
    r"(?:redress|remedy|remedies|compensation|reparation)\s+under)\s+(?=(?:the\s+)?(?:[Aa]rticles?|[Aa]rts?\.)\s*\d)"
)


# a violation stated about articles cited in the sentence before ("... Article 21 of the ICCPR.
# The ban violates this right.")
_ANAPHOR = re.compile(
    r"\b(?:this|these|those|such|the\s+same|the\s+above|the\s+said|its|their|that)\s+"
    r"(?:\w+\s+){0,2}?(?:rights?|provisions?|articles?|guarantees?|obligations?|commitments?|standards?|"
    r"principles?|norms?|freedoms?)\b|\b(?:violates?|violated|breach(?:es|ed)?|contravenes?|contravened)\s+(?:it|them)\b",
    re.I,
)


def extract_legal(sents: list[Sentence], text: str, b: Builder, res: Resolved, events: dict[int, list[Entity]]) -> None:
    ref = reference()
    recent: list[LawMention] = []  # instruments named so far in the document
    last_laws: dict[int, list[LawMention]] = {}  # sentence index -> its instruments
    last_arts: dict[int, list[Entity]] = {}  # sentence index -> its cited articles
    for sent in sents:
        if sent.heading:
            continue
        _stance(sent, text, b, res)
        laws = find_laws(sent, text, lambda pos: res.country_near(pos, sents), recent)
        context = [m for i in range(sent.index - 3, sent.index) for m in last_laws.get(i, [])]
        if not laws:
            if context and re.search(_ART, sent.seg):
                pass  # "(Articles 21, 22)" of the instrument named just before
            else:
                _anaphoric_violation(sent, text, b, res, last_arts, events.get(sent.index, []))
                continue
        recent.extend(m for m in laws if m.code)
        last_laws[sent.index] = laws
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
        cites: list[ArticleCite] = find_articles(sent, text, laws, context)
        for c in cites:
            if id(c.law) not in law_ents:
                law_ents[id(c.law)] = _law_entity(b, c.law)
        art_ents: list[Entity] = []
        art_pos: list[int] = []
        for c in cites:
            title, right = article_title(c.law, c.number)
            inst = c.law.code
            akey = (
                f"{inst} {c.number}"
                if c.law.kind not in ("statute", "code", "other") or c.law.jurisdiction in ("unknown", "international")
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
            art_pos.append(c.start)
            if right:
                r = b.entity("Right", norm(right), right)
                b.mention(r, c.start, c.end, sent.index)
                b.relate("PROTECTS", art, r, None)
        # charges under an article: the sentence's events; nobody is charged under a treaty or a
        # constitution ("the conviction contravened articles 14 and 19 of the ICCPR")
        charge_arts = [a for a, c in zip(art_ents, cites, strict=True) if _chargeable(c.law)]
        if charge_arts and _CHARGE_CUE.search(sent.text):
            for ev in events.get(sent.index, []):
                for art in charge_arts:
                    b.relate("CHARGED_UNDER", ev, art, sent.index)
            # the people charged: those of the sentence (or its pronouns) who are not its judges,
            # lawyers or prosecutors ("Judge X found Y guilty under Article 174")
            charged = res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, [])
            for ps, _pe, person in charged + surname_mentions(sent, text, b, charged):
                if person.label != "Person" or _official(text[max(sent.start, ps - 60) : ps]):
                    continue
                for art in charge_arts:
                    b.relate("CHARGED_UNDER", person, art, sent.index)
        if art_ents:
            last_arts[sent.index] = art_ents
        vm = _violation_verb(sent.seg)
        if not vm:
            continue
        after = sent.offset + sent.span.start_char + vm.start()
        # articles cited after the violation word are what is violated; those before it are
        # the violator's own ("Article 3 of the law violates Article 18 of the ICCPR"), unless
        # none follows ("Article 21 of the ICCPR is violated by ...")
        after_arts = [a for a, p in zip(art_ents, art_pos, strict=True) if p >= after]
        targets: list[Entity] = list({a.id: a for a in after_arts or art_ents}.values())
        cited_laws = {id(c.law) for c in cites}
        cited_keys = {c.law.key for c in cites}
        for m in laws:
            # an instrument named alone after the violation word; not one whose articles are cited
            # ("articles 14 and 19 of the International Covenant ... (ICCPR)")
            if id(m) not in cited_laws and m.key not in cited_keys and m.start >= after:
                targets.append(law_ents[id(m)])
        if not targets:
            _anaphoric_violation(sent, text, b, res, last_arts, events.get(sent.index, []))
            continue
        violator = _violator(sent, text, vm, b, res, law_ents, laws, events.get(sent.index, []))
        for t in targets:
            b.relate("VIOLATES", violator, t, sent.index)
        if violator.label in ("Law", "Event"):
            # "X said that the law violates ...", "'The law breaches ...,' said X": X criticized the law
            speaker = _speaker(sent, text, res, after)
            if speaker is not None:
                b.relate("CRITICIZED", speaker, violator, sent.index)


# words of an actor's stance against a law: "deeply concerned by the law's impact", "voted against
# the bill", "called the draft repressive"
_AGAINST = re.compile(
    r"\b(?:concern(?:ed|s)?|alarm(?:ed|ing)?|troubl(?:ed|ing)|worr(?:ied|ying)|regrett?(?:ed|s)?|"
    r"voted\s+against|opposed|opposes|unconstitutional|repressive|draconian|restrictive|vague|incompatible|"
    r"frighten|intimidate|stigmati[sz]e[sd]?|chilling|flawed|criticized|criticised|condemned)\b",
    re.I,
)
_SAID_OF = re.compile(r"\b(?:said|says|wrote|writes|argued|argues|stated|warned|added|told\s+[\w\s]{0,30}?)\b")


def _stance(sent: Sentence, text: str, b: Builder, res: Resolved) -> None:
    """ "The US State Department said it was 'deeply concerned' by the law's impact", "One of the
    deputies who voted against, X, said the bill 'was written to frighten'": the speaker CRITICIZED
    the law the sentence speaks of."""
    seg = text[sent.start : sent.end]
    if _quoted_stance(sent, text, b, res):
        return
    said = _SAID_OF.search(seg)
    if said is None or not _AGAINST.search(seg):
        return
    sp = sent.start + said.start()
    ents = sorted(res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []), key=lambda x: x[0])
    speakers = [(s, e, x) for s, e, x in ents if x.label in ("Person", "Organization") and e <= sp and sp - e < 60]
    if not speakers or sp - speakers[-1][1] >= 40:
        return
    speaker = speakers[-1][2]
    between = text[speakers[-2][1] : speakers[-1][0]] if len(speakers) > 1 else ""
    if re.fullmatch(r"\s+(?:of|from|at|with)\s+(?:the\s+)?", between):
        speaker = speakers[-2][2]  # "X of the Y faction said": X speaks
    after = text[sp : sent.end]
    laws = [x for s, _e, x in ents if x.label == "Law" and s >= sp]
    law = laws[0] if laws else None
    ref = re.search(r"\b(?:the|this|that)\s+(?:(?:new|draft|proposed|controversial)\s+)?(law|bill|draft|legislation)"
                    r"(?:['’]s)?\b", after, re.I)
    if law is None and ref is not None:
        law = _document_law(sent, res, ref.group(0))
    if law is not None and _AGAINST.search(after):
        b.relate("CRITICIZED", speaker, law, sent.index)


# a sentence that opens with a quote and then names its speaker: "'...,' she said", "'...,' said X"
_QUOTE_FIRST = re.compile(r"^\s*[“\"](?P<q>[^”\"]{10,400}?)[,.!?]?\s*[”\"]\s*,?\s*")
_QUOTED_LAW = re.compile(
    r"\b(?:the|this|that)\s+(?:(?:new|draft|proposed|controversial|amended)\s+)?(?:law|bill|draft|legislation)\b", re.I
)


def _quoted_stance(sent: Sentence, text: str, b: Builder, res: Resolved) -> bool:
    """ "'The law is vague and will be used against critics,' she said": the stance against a law is
    stated only inside the quote; its speaker (named or a pronoun, right before or after the
    reporting verb that follows the quote) CRITICIZED the law the quote names."""
    seg = text[sent.start : sent.end]
    m = _QUOTE_FIRST.match(seg)
    if m is None or not _AGAINST.search(m.group("q")):
        return False
    at = sent.start + m.end()
    ents = sorted(res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []), key=lambda x: x[0])
    who = _attributed(ents, at, text, sent.end)
    if who is None or who.label not in ("Person", "Organization"):
        return False
    q0, q1 = sent.start + m.start("q"), sent.start + m.end("q")
    laws = [x for st, _e, x in ents if x.label == "Law" and q0 <= st < q1]
    ref = _QUOTED_LAW.search(m.group("q"))
    law = laws[0] if laws else (_document_law(sent, res, ref.group(0)) if ref else None)
    if law is None:
        return False
    b.relate("CRITICIZED", who, law, sent.index)
    return True


_SAY = r"(?:said|says|added|told\s+[\w\s]{0,30}?|wrote|writes|argued|argues|stressed|noted|warned|stated)"


def _speaker(sent: Sentence, text: str, res: Resolved, vstart: int) -> Entity | None:
    """Who states the violation: the actor before a reporting verb ahead of it ("X wrote that the
    draft was incompatible with ..."), or the one a quote is attributed to ("'...,' said X")."""
    ents = sorted(res.sent_entities.get(sent.index, []) + res.pronouns.get(sent.index, []), key=lambda x: x[0])
    actors = [(st, en, x) for st, en, x in ents if x.label in ("Person", "Organization")]
    rep = list(_REPORTING.finditer(text, sent.start, vstart))
    if rep:
        before = [x for st, en, x in actors if en <= rep[-1].start() and rep[-1].start() - en < 40]
        if before:
            return before[-1]
    for m in re.finditer(r"[,.!?]\s*[\"”]\s*,?\s*", text[vstart : sent.end]):
        who = _attributed(actors, vstart + m.end(), text, sent.end)
        if who is not None:
            return who
    return None


def _attributed(cands: list[tuple[int, int, Entity]], at: int, text: str, end: int) -> Entity | None:
    """The first of ``cands`` (sorted by start) a quote closing at ``at`` is attributed to:
    "'...,' said X" or "'...,' X said"."""
    said = re.match(_SAY + r"\s+(?:the\s+)?", text[at:end])
    if said:
        lo = at + said.end()
        return next((x for st, _e, x in cands if lo <= st <= lo + 2), None)
    return next(
        (x for st, en, x in cands if at <= st <= at + 5 and re.match(r"\s*" + _SAY + r"\b", text[en:end])), None
    )


def _anaphoric_violation(
    sent: Sentence,
    text: str,
    b: Builder,
    res: Resolved,
    last_arts: dict[int, list[Entity]],
    sent_events: list[Entity] | None = None,
) -> None:
    """ "The ban violates these rights": the articles cited in one of the two sentences before."""
    vm = _violation_verb(sent.seg)
    if not vm or not _ANAPHOR.search(sent.seg[vm.start() :]):
        return
    arts = last_arts.get(sent.index - 1) or last_arts.get(sent.index - 2)
    if not arts:
        return
    violator = _violator(sent, text, vm, b, res, {}, [], sent_events)
    for t in {a.id: a for a in arts}.values():
        b.relate("VIOLATES", violator, t, sent.index)


_REPORTING = re.compile(
    r"\b(?:said|says|say|stressed|stresses|wrote|writes|argued|argue|argues|noted|notes|stated|states|found|"
    r"finds|concluded|concludes|warned|warns|believes?|believed|insisted|insists|added|adds|considers?|"
    r"considered|maintained|maintains|pointed\s+out|emphasi[sz]ed|emphasi[sz]es|observed|observes|claimed|"
    r"claims|ruled|rules|declared|asserted|asserts|contended|contends|recalled|reiterated|underlined|"
    r"told\s+(?:[\w’'-]+\s+){1,4}?|agreed|agree|complained|alleged|alleges)"
    r"\s+(?:(?:for\s+years|repeatedly|again|also|publicly|in\s+\d{4})\s+)*that\s+"
)
_URGED = re.compile(
    r"\b(?:urged?|urges|calls?\s+on|called\s+on|recommend(?:s|ed)?)\s+(?:[\w’'-]+\s+){0,4}?(?:to|that)\s+"
    r"(?:(?:the\s+)?(?:State\s+party|government|authorities)\s+(?:should\s+)?)?"
)
_CONCERN = re.compile(r"\b(?:concerned|concern|alarmed|disturbed)\s+(?:about|at|over|by)\s+(?:the\s+fact\s+that\s+)?")
_RELATIVE = re.compile(r",\s*(?:which|who|whose|adopted|passed|signed|approved)\b[^,]*,")
_LAW_REF = re.compile(
    r"(?:[Tt]he|[Tt]his|[Tt]hat|[Ss]uch|[Ii]ts)\s+(?:[\w’'-]+\s+){0,5}?"
    r"(?P<head>law|laws|bill|draft|amendments?|legislation|code|decree|act|statute)$"
)
_DOMESTIC = {"statute", "code", "decree", "other", "law", "bill"}


def _document_law(
    sent: Sentence, res: Resolved, phrase: str, window: int = 1000, exclude: str | None = None
) -> Entity | None:
    """The document's domestic law a phrase refers to ("the draft", "the 2021 false information law"):
    the one sharing most words with the phrase, else the one named last (this sentence or before)."""
    stop = {"the", "this", "that", "such", "its", "law", "laws", "bill", "draft", "amendments", "amendment", "on",
            "of", "legislation", "code", "decree", "act", "statute", "and", "new"}  # fmt: skip
    words = {w for w in re.findall(r"[a-z]+", phrase.lower()) if w not in stop}
    year = re.search(r"\b(19|20)\d\d\b", phrase)
    head_code = bool(re.search(r"\bcodes?\b", phrase, re.I))
    best: tuple[int, bool, int, int, int, int] | None = None
    found: Entity | None = None
    seen: dict[str, int] = {}
    first: dict[str, int] = {}
    for idx in range(max(0, sent.index - window), sent.index + 1):
        for _s, _e, ent in res.sent_entities.get(idx, []):
            seen[ent.id] = seen.get(ent.id, 0) + 1
            first.setdefault(ent.id, -idx)
    for idx in range(max(0, sent.index - window), sent.index + 1):
        for start, _e, ent in res.sent_entities.get(idx, []):
            if (
                ent.label != "Law"
                or ent.id == exclude
                or ent.properties.get("jurisdiction") == "international"
                or ent.properties.get("kind") in ("treaty", "declaration", "constitution", "convention", "covenant")
            ):
                continue
            if idx == sent.index and start >= sent.end:
                continue
            name_words = set(re.findall(r"[a-z]+", " ".join([ent.name, *ent.aliases]).lower()))
            score = len(words & name_words)
            if words and not score:
                continue
            if year and str(ent.properties.get("year") or "") not in ("", year.group(0)):
                continue
            # the words it shares, then (for "the law", "the draft") a law that is not a code: reports
            # cite the Criminal Code often but say "the law" of the statute they are about; then the
            # law most spoken of
            not_code = head_code or ent.properties.get("kind") != "code"
            # a bare "the law" is the topic of the report: the statute it introduced first
            key = (score, not_code, first[ent.id] if not words else 0, seen[ent.id], idx, start)
            if best is None or key > best:
                best, found = key, ent
    return found


def _violator(
    sent: Sentence,
    text: str,
    vm: re.Match[str],
    b: Builder,
    res: Resolved,
    law_ents: dict[int, Entity],
    laws: list[LawMention],
    sent_events: list[Entity] | None = None,
) -> Entity:
    """What the sentence says violates: a named actor/law/event at its start, else the practice."""
    vstart = sent.offset + sent.span.start_char + vm.start()
    subj_from = sent.start
    # "The Director stressed that such exit bans are ...", "Lawyers have argued for years that the
    # law ... breaches": the subject is the complement of the reporting verb
    rep = list(_REPORTING.finditer(text, sent.start, vstart))
    if rep:
        subj_from = rep[-1].end()
    elif vm.re is _IN_LINE:
        # "It urged the State party to guarantee ...": the practice recommended, not who urges
        urge = _URGED.search(text, sent.start, vstart)
        if urge:
            subj_from = urge.end()
    else:
        # "The Committee remained concerned about X, which may amount to ...": X, not the Committee
        worry = list(_CONCERN.finditer(text, sent.start, vstart))
        if worry:
            subj_from = worry[-1].end()
    # "By blocking the website, the ministry violated ...": the act in the gerund clause
    by_clause = re.match(r"\s*By\s+(?=\w+ing\b)([^,;]+),", text[subj_from:vstart])
    if by_clause:
        subj_from += by_clause.start(1)
        vstart = subj_from + len(by_clause.group(1))
    head = text[subj_from:vstart]
    # ", which allows the Ministry to block websites without a court decision,": not the subject
    head = _RELATIVE.sub(lambda m: " " * len(m.group(0)), head)
    # "..., which is prohibited under": the thing before "which"
    w = re.search(r"[,’']\s*which\s+(?:is\s+|are\s+)?$", head)
    if w:
        q = re.search(r"(?:‘|')([^’']+)’?\s*[,’']?\s*which\s+(?:is\s+|are\s+)?$", head)
        subj_text = q.group(1) if q else head[: w.start()].split(",")[-1]
    else:
        subj_text = head
        # "..., but the government banned the march, in violation of it": the clause before
        if re.match(
            r"(?:in\s+(?:violation|breach|contravention)|contrary|counter)\b", vm.group(0)
        ) and "," in head.strip(" ,"):
            parts = [p for p in head.strip(" ,").split(",") if p.strip()]
            subj_text = re.sub(r"^\s*(?:but|and|yet|so|while|whereas)\s+", "", parts[-1], flags=re.I)
    subj_text = subj_text.strip(" ,;:–—")
    if vm.re is _IN_LINE:
        # "(b) reopen ...": the practice recommended
        subj_text = re.sub(r"^\(?[a-z]\)\s*", "", subj_text)
    # "The ban is", "Such restrictions amount to a": the copula and determiners are not the practice
    for _ in range(3):
        subj_text = re.sub(
            r"\s+(?:is|are|was|were|be|been|being|has|have|had|would|will|may|might|could|clearly|also|"
            r"therefore|thus|itself|themselves|amounts?\s+to|amounted\s+to|constitutes?|constituted|represents?|"
            r"represented|a|an|the|clear|flagrant|gross|serious|direct|blatant|further|another|in|not|"
            r"and|but|which|that)$",
            "",
            subj_text,
            flags=re.I,
        ).strip(" ,;:–—")
    cited = {id(m) for m in laws if text[m.end : m.end + 14].lstrip(" (").lower().startswith(("art", "par"))}
    cited |= {
        id(m)
        for m in laws
        if re.search(
            r"(?:[Aa]rticles?|[Aa]rts?\.?|[Pp]aragraphs?)\s*[\d.,\sand]+of\s+(?:the\s+)?$",
            text[max(sent.start, m.start - 40) : m.start],
        )
    }
    subj_text = subj_text.strip("“”\"‘’' ")
    if re.match(r"(?:[Tt]he\s+)?(?:[\w-]+\s+)?rights?\b", subj_text):
        # "The rights to peaceful assembly ... cannot be reduced to ...": the rights are the object;
        # the violator is the law named just before
        law = _document_law(sent, res, "", window=2)
        if law is not None:
            return law
    for start, _end, ent in sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0]):
        if start >= vstart:
            break
        if start < subj_from:
            continue
        lead = text[subj_from:start]
        if ent.label == "Event" and start - subj_from < 20:
            return ent
        # an actor is the violator only as the sentence's subject ("The authorities ...", "Judge X
        # violated ..."), not inside its subject phrase ("The arrest of Ivan Petrov")
        if (
            ent.label in ("Organization", "Person")
            and re.fullmatch(r"\s*(?:[Tt]he\s+)?(?:[A-Z]\w+\s+)?", lead)
            and not re.match(r"[’']s?\s", text[_end : _end + 3])  # "X's detention": the detention
        ):
            return ent
    first_law = next((m for m in laws if subj_from <= m.start and m.end <= vstart and id(m) not in cited), None)
    if first_law is not None and first_law.start - subj_from < 20:
        own = law_ents[id(first_law)]
        if first_law.name[:1].islower():
            # "the 2021 false information law": the named law of the document it describes
            named = _document_law(sent, res, first_law.name, exclude=own.id)
            if named is not None and named.name[:1].isupper():
                return named
        return own
    ref_law = _LAW_REF.match(subj_text)
    if ref_law:
        # "the draft", "the law", "the 2021 false information law": the document's law it names
        law = _document_law(sent, res, subj_text)
        if law is not None:
            return law
    words = subj_text.split()
    name = " ".join(words[:14]) if words else "practice"
    s = text.find(subj_text, sent.start, vstart + 1) if subj_text else -1
    # "The prosecution of X for his reporting violates ...": the event the sentence's own head noun
    # reports (which carries its date), not a second node for the same phrase
    # "the ...", "his ...", "Amanov's ..." (not "such bans")
    definite = re.match(r"(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|[A-Z][\w-]*[’']s)\s", subj_text) is not None
    for ev in sent_events or []:
        if ev.properties.get("kind") in (None, "statement", "other") or s < 0 or not definite:
            continue
        if any(s <= m.start < s + len(subj_text) and len(text[s : m.start].split()) <= 3 for m in ev.mentions):
            b.alias(ev, subj_text)
            return ev
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
