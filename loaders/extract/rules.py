"""Pattern rules for what a general NER model does not know.

* acronym definitions: "Democratic Choice of Kazakhstan (DVK)";
* organizations named by a type noun: "the Respublika newspaper",
  "Oyan, Qazaqstan (‘Wake Up, Kazakhstan’) movement", "watchdog ‘Adil soz’";
* members of a list of organizations: "movements (Ak Zhol and the ...)",
  "organizations like Human Rights Watch, Amnesty International, and ...";
* institutions of a place: "Kazakh authorities", "Kazakhstan’s government",
  "a court in Taldikorgan", "the judiciary in Uzbekistan", and bare
  "the government" / "police" (resolved to the nearest country later).
"""

from __future__ import annotations

import re
from typing import Any

from graph.translit import norm
from loaders.extract.mentions import Candidate, trim
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_NAME = r"[A-Z][\w’'\-/&.+]*(?:[ ,]+(?:(?:of|for|and|on|in|the|de)\s+)*[A-Z][\w’'\-/&.+]*)*"


def _seg(sent: Sentence) -> tuple[str, int]:
    s = sent.span
    return sent.seg, sent.offset + s.start_char


def initials(name: str) -> str:
    words = re.findall(r"[A-Za-z][\w’'-]*", name)
    stop = {"of", "for", "and", "on", "in", "the", "de", "against"}
    return "".join(w[0].upper() for w in words if w.lower() not in stop)


def acronym_matches(full: str, acr: str) -> bool:
    """Is ``acr`` an acronym of ``full``? (letters in order; DVK = Demokraticheskiy Vybor Kazakhstana
    does not spell out in English, so an acronym defined in brackets right after a capitalized
    name is trusted when at least its first letter matches)."""
    a = re.sub(r"[^A-Z]", "", acr.upper())
    ini = initials(full)
    if not a or not ini or len(ini) < 2:
        return False
    if a == ini or a in ini or ini.startswith(a):
        return True
    return a[0] == ini[0]


_ACR_DEF = re.compile(rf"(?P<full>{_NAME})\s*\((?P<acr>[A-Z][A-Za-z./&]{{1,9}})\)")


def _loose_acronym_name(full: str, acr: str) -> str | None:
    """The name an acronym that does not spell out exactly stands for: the longest run of the
    chain's last comma-separated part whose initials hold the acronym's letters in order
    (\"the Criminal Code of X, the Almaty-based X International Bureau for ... (KIBHR)\": the
    Bureau), else of the parts before it (\"Ministry of Culture, Information and Sport (MCIS)\")."""
    parts = full.split(",")
    for k in range(len(parts) - 1, -1, -1):
        words = ",".join(parts[k:]).split()
        for i in range(len(words)):
            cand = " ".join(words[i:])
            if not words[i][:1].isupper() or words[i].endswith("-based"):
                continue
            if _in_order(re.sub(r"[^A-Z]", "", acr.upper()), initials(cand)):
                return cand
    return None


def _in_order(acr: str, ini: str) -> bool:
    """The acronym's letters are the initials' first letter and then some of them in order."""
    if not acr or not ini or acr[0] != ini[0]:
        return False
    it = iter(ini[1:])
    return all(ch in it for ch in acr[1:])


def acronym_definitions(sent: Sentence, text: str) -> list[tuple[Candidate, str]]:
    """(candidate for the full name, acronym) pairs defined in this sentence."""
    seg, base = _seg(sent)
    out: list[tuple[Candidate, str]] = []
    for m in _ACR_DEF.finditer(seg):
        full, acr = m.group("full"), m.group("acr")
        # keep the shortest suffix of the capitalized chain that the acronym spells
        words = full.split()
        best = None
        for i in range(len(words)):
            cand = " ".join(words[i:])
            if cand.split()[0] in ("of", "for", "and", "on", "in", "the", "de"):
                continue
            if initials(cand) == re.sub(r"[^A-Z]", "", acr.upper()):
                best = cand
                break
        if best is None:
            best = _loose_acronym_name(full, acr)
        if best is None:
            if not acronym_matches(full, acr):
                continue
            best = full
        s = base + m.start("full") + full.rfind(best)
        s, e = trim(text, s, s + len(best))
        out.append((Candidate(text[s:e], s, e, sent.index, "ACRDEF", "acronym", aliases=[acr]), acr))
    return out


# people of a body named before it in a sentence's first words ("Members of the X movement")
_MEMBER_NOUNS = {"member", "supporter", "activist", "leader", "founder", "official", "representative", "head",
                 "staff", "volunteer", "lawyer", "journalist", "chairman", "chair", "director"}  # fmt: skip


# Words that open a sentence before a type noun without naming anything ("Her party argues", "Its website")
_DETERMINERS = {"The", "A", "An", "Her", "His", "Its", "Their", "Our", "My", "Your", "This", "That", "These",
                "Those", "Another", "Every", "Each", "Any"}  # fmt: skip


_MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
           "Sunday"}  # fmt: skip (and weekdays: "reported by the outlet Monday")
# a type noun of a medium or body after an article (one or two describing words between) and
# before an unquoted capitalized name, with an optional quoted gloss in brackets
_TYPE_BEFORE = re.compile(
    r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?P<type>newspaper|weekly|daily|magazine|channel|website|news\s+site|outlet|portal|broadcaster|"
    r"party|movement|organi[sz]ation|NGO|foundation|association|coalition)\s+"
    r"(?P<name>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?![\w’'-])"
    r"(?:\s*\([‘“\"'](?P<gloss>[^)]{1,60}?)[’”\"']\))?"
)


def typed_names(sent: Sentence, text: str) -> list[Candidate]:
    """Organizations introduced by a lower-case type noun."""
    types: dict[str, str] = reference().lex.get("org_type_nouns", {})
    seg, base = _seg(sent)
    out: list[Candidate] = []
    tn = "|".join(sorted(map(re.escape, types), key=len, reverse=True))
    # "the Respublika newspaper", "the Oyan, Qazaqstan (‘Wake Up, Kazakhstan’) movement"
    # one describing word may stand between name and type noun ("the Zhasyl Kogal environmental movement")
    desc = (
        r"(?:(?:[a-z]+(?:al|ent|ant|ous|ic|ive|ist)|opposition|youth|student|online|grassroots|rights|human\s+rights"
        r"|news|media|civil\s+society)\s+)?"
    )
    pat = re.compile(
        rf"(?P<name>{_NAME})\s*(?:\((?P<alias>[‘'“\"][^)]+?[’'”\"])\)\s*)?{desc}(?P<type>{tn})\b"
    )
    for m in pat.finditer(seg):
        name = m.group("name")
        lead = re.match(r"(?:[A-Z][a-z]+\s+)+of\s+(?:the\s+)?", name)
        if lead and all(w.lower().rstrip("s") in _MEMBER_NOUNS for w in lead.group(0).split()[:-1] if w != "of"):
            name = name[lead.end() :]  # "Members of the X movement": the movement is X
        if name.split()[0] in _DETERMINERS:
            name = name.split(" ", 1)[1] if " " in name else ""
        if re.search(r"(?:[’']s|s[’'])$", m.group("name")):
            continue  # "Asanbekova’s group": the group of a person, not its name
        if not name or reference().country(name) or reference().place_kind(name):
            continue
        s = base + m.start("name") + m.group("name").rfind(name)
        s, e = trim(text, s, s + len(name))
        aliases = []
        if m.group("alias"):
            aliases.append(m.group("alias").strip("‘’'“”\""))
        aliases.append(f"{text[s:e]} {m.group('type')}")
        out.append(
            Candidate(
                text[s:e],
                s,
                e,
                sent.index,
                "ORG",
                "typenoun",
                aliases=aliases,
                props={"kind": types[m.group("type")]},
            )
        )
    # "my organization, Freedom Now, which"
    pat3 = re.compile(
        r"\b(?:organi[sz]ation|group|NGO|movement|party|newspaper|outlet|charity|foundation)\s*,\s*"
        r"(?P<name>[A-Z][\w’'-]*(?:\s+(?:(?:of|for|and|on|in|the)\s+)*[A-Z][\w’'-]*)*)\s*,"
    )
    for m in pat3.finditer(seg):
        s = base + m.start("name")
        e = s + len(m.group("name"))
        if reference().country(m.group("name")) or reference().place_kind(m.group("name")):
            continue
        out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "typenoun", props={"kind": "ngo"}))
    # names that end in an exclamation mark: "the campaign Prove They Are Alive!",
    # "the unregistered Alga, Kazakhstan! party"
    excl = r"[A-Z][\w’'-]*(?:,?\s+[A-Z][\w’'-]*){0,6}!"
    for pat4 in (
        re.compile(rf"\b(?P<type>{tn})\s+(?P<name>{excl})"),
        re.compile(rf"(?P<name>{excl})\s+(?P<type>{tn})\b"),
    ):
        for m in pat4.finditer(seg):
            name = m.group("name")
            lead = re.match(r"(?:The|A|An)\s+", name)
            off = lead.end() if lead else 0
            s = base + m.start("name") + off
            e = base + m.end("name")
            out.append(
                Candidate(
                    text[s:e],
                    s,
                    e,
                    sent.index,
                    "ORG",
                    "typenoun",
                    aliases=[text[s : e - 1]],
                    props={"kind": types[m.group("type")]},
                )
            )
    # "runs the Telegram channel Aral Tili (“Voice of the Aral”)": a type noun before the name
    for m in _TYPE_BEFORE.finditer(seg):
        name = m.group("name")
        if name.split()[-1] in _DETERMINERS or reference().country(name) or reference().place_kind(name):
            continue
        if any(w in _MONTHS for w in name.split()):
            continue
        s = base + m.start("name")
        e = s + len(name)
        gloss = [m.group("gloss")] if m.group("gloss") else []
        props = {"kind": types.get(m.group("type").split()[-1], "other"), "org_context": True}
        out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "typenoun", aliases=gloss, props=props))
    # "watchdog ‘Adil soz’", "the group 'X'"
    pat2 = re.compile(rf"\b(?P<type>{tn})\s+[‘'“\"](?P<name>[A-Z][^’'”\"]{{1,60}})[’'”\"]")
    for m in pat2.finditer(seg):
        s = base + m.start("name")
        e = s + len(m.group("name"))
        out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "typenoun", props={"kind": types[m.group("type")]}))
    return out


_LIST_HEADS = r"(?:movements|parties|organi[sz]ations|groups|NGOs|unions|outlets|newspapers|media|bodies|agencies)"
_ITEM = r"(?:the\s+)?[A-Z][\w’'\-/&.]*(?:\s+(?:(?:of|for|and|on|in|the)\s+)*[A-Z][\w’'\-/&.]*)*"


def listed_orgs(sent: Sentence, text: str) -> list[Candidate]:
    """Items of a list introduced by a plural organization noun."""
    seg, base = _seg(sent)
    out: list[Candidate] = []
    # a short relative clause may stand between ("outlets that covered the protests, including X and Y")
    pat = re.compile(
        rf"{_LIST_HEADS}(?:\s+(?:that|which|who)\s+[^,.;:()]{{1,60}}?)?\s*(?:\(|,?\s+(?:like|such as|including)\s+)"
        rf"(?P<items>{_ITEM}(?:\s*,\s*(?:and\s+)?{_ITEM})*(?:\s*,?\s*and\s+{_ITEM})?)"
    )
    for m in pat.finditer(seg):
        items = m.group("items")
        pos = m.start("items")
        for part in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+(?=(?:the\s+)?[A-Z])", items):
            if not part:
                continue
            idx = seg.find(part, pos)
            if idx < 0:
                continue
            pos = idx + len(part)
            s, e = trim(text, base + idx, base + idx + len(part))
            if e > s and text[s].isupper():
                # introduced by a plural organization noun: evidence of a body over the tagger's guess
                out.append(Candidate(text[s:e], s, e, sent.index, "ORG", "list", props={"org_context": True}))
    return out


# Branches of the state named by a lower-case word before a generic noun ("tax authorities",
# "migration police"): a body of their own.
_BRANCH = re.compile(
    r"\b(tax|customs|migration|immigration|border|penitentiary|prison|traffic|financial|sanitary|"
    r"environmental|licensing)\s+$",
    re.I,
)


def institutions(sent: Sentence, text: str) -> list[Candidate]:
    """Government bodies named by a generic noun, with the place they belong to when said."""
    ref = reference()
    inst: dict[str, list[str]] = ref.lex.get("institutions", {})
    seg, base = _seg(sent)
    nouns = "|".join(sorted((re.escape(k) for k in inst), key=len, reverse=True))
    out: list[Candidate] = []
    taken: list[tuple[int, int]] = []

    def add(s: int, e: int, noun: str, country: str | None, place: str | None, how: str) -> None:
        suffix, kind = inst[noun.lower()]
        taken.append((s, e))
        props: dict[str, Any] = {"country": country, "place": place, "suffix": suffix, "kind": kind}
        if noun.lower() == "court" and re.search(r"(?:\b[Aa]n?\s+|^\s*)$", text[base:s]):
            props["indefinite"] = True  # "a court in Almaty", a headline's "Bishkek court jails ..."
        cand = Candidate(text[s:e], s, e, sent.index, "GOV", how, props=props)
        out.append(cand)

    # "<Country|Adj>('s) <noun>" ("Kazakh authorities", "Kazakhstan’s government", "Turkmen leadership")
    pat = re.compile(
        rf"\b(?P<place>[A-Z][\w.\-]*(?:\s[A-Z][\w.\-]*)?)(?:’s|'s)?\s+(?:(?:new|current|local|own|central|national|regional|city|district)\s+)?(?P<noun>{nouns})\b"
    )
    for m in pat.finditer(seg):
        place = m.group("place")
        lead = re.match(r"(?:The|A|An)\s+", place)
        if lead:
            place = place[lead.end() :]  # "The Almaty city akimat": the place is Almaty
        country = ref.country(place)
        if country is None and ref.place_kind(place) not in ("city", "region"):
            continue
        s, e = base + m.start() + (lead.end() if lead else 0), base + m.end()
        add(s, e, m.group("noun"), country, None if country else place, "institution")
    # "<noun> in|of <Place>" ("a court in Taldikorgan", "the judiciary in Uzbekistan")
    pat2 = re.compile(
        # a gloss in brackets may stand between: "the district hokimiyat (administration) in Chimbay"
        rf"\b(?:(?P<mod>regional|city|district|local|provincial)\s+)?(?P<noun>(?i:{nouns}))\s+"
        rf"(?:\([a-z\s-]{{1,30}}\)\s+)?(?:in|of)\s+"
        rf"(?P<place>[A-Z][\w\-]*(?:\s[A-Z][\w\-]*)?)"
    )
    for m in pat2.finditer(seg):
        place = m.group("place")
        if m.group("noun")[:1].isupper() and re.search(r"[A-Z][\w’'-]*\s+$", seg[: m.start("noun")]):
            continue  # inside a longer name: "Specialized Economic Court of Ulytau region"
        country = ref.country(place)
        if country is None and ref.place_kind(place) not in ("city", "region"):
            continue
        s, e = base + m.start(), base + m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        add(s, e, m.group("noun"), country, None if country else place, "institution")
    # bare "the government", "authorities", "police", "parliament"
    pat3 = re.compile(rf"\b(?:[Tt]he\s+)?(?P<noun>{nouns})\b")
    for m in pat3.finditer(seg):
        s, e = base + m.start(), base + m.end()
        if any(a < e and s < b for a, b in taken):
            continue
        noun = m.group("noun")
        before = seg[max(0, m.start() - 25) : m.start()].lower()
        # "his government", "their governments", "government officials", "state-run"
        if (
            re.search(
                r"(?:his|her|their|its|our|any|other|western|foreign|local|state|regional|neighbouring|"
                r"central asian|authoritarian|of|these|those)\s+$",
                before,
            )
            and noun.lower() != "police"
        ):
            continue
        if noun.lower() in (
            "state",
            "leaders",
            "leadership",
            "officials",
            "court",
            "courts",
            "governments",
            "authority",
            "judiciary",
            "prosecutors",
            "prosecutor's office",
        ):
            continue
        after = seg[m.end() : m.end() + 12]
        if re.match(r"[-\w]|\s*(?:officials|policy|policies|critics|emails|-)", after):
            continue
        branch = _BRANCH.search(seg[: m.start()])
        if branch and noun.lower() in ("authorities", "police", "service", "services"):
            # "inspected by tax authorities": a branch of the state, not its government
            s = base + branch.start(1)
            add(s, e, noun, None, None, "bare")
            out[-1].props["suffix"] = f"{branch.group(1).lower()} {noun.lower()}"
            continue
        add(s, e, noun, None, None, "bare")
    # a country's capital acting ("Washington should", "Astana has employed", "Moscow gunning")
    for tok in sent.span:
        cap = ref.capital_of.get(tok.text.lower()) if tok.text[:1].isupper() else None
        if cap is None:
            continue
        if tok.dep_ in ("nsubj", "nsubjpass", "dobj", "poss") or (
            tok.i > 0 and tok.nbor(-1).lower_ in ("on", "urge", "urged", "than", "between", "against", "as")
        ):
            s = sent.offset + tok.idx
            e = s + len(tok.text)
            cand = Candidate(
                text[s:e],
                s,
                e,
                sent.index,
                "GOV",
                "capital",
                props={"country": cap, "place": None, "suffix": "government", "kind": "government"},
            )
            out.append(cand)
    return out


def country_actors(sent: Sentence, text: str) -> list[Candidate]:
    """A country acting as subject of a verb ("Kazakhstan invited Maina Kiai") is its government;
    so are the countries listed after "the presidents|leaders|governments of"."""
    ref = reference()
    out: list[Candidate] = []
    lead = re.search(r"\b(?:presidents?|leaders|governments|heads of state)\s+of\b", sent.seg)
    if lead:
        for tok in sent.span:
            if tok.idx - sent.span.start_char < lead.end() or not tok.text[:1].isupper():
                continue
            country = ref.country(tok.text)
            if country and not ref.country_by_adj.get(tok.text.lower()):
                s = sent.offset + tok.idx
                out.append(
                    Candidate(
                        text[s : s + len(tok.text)],
                        s,
                        s + len(tok.text),
                        sent.index,
                        "GOV",
                        "country-actor",
                        props={
                            "country": country,
                            "place": None,
                            "suffix": "government",
                            "kind": "government",
                        },
                    )
                )
    for tok in sent.span:
        if not tok.text[:1].isupper() or tok.dep_ not in ("nsubj",):
            continue
        country = ref.country(tok.text)
        if country is None or ref.country_by_adj.get(tok.text.lower()):
            continue
        verb = tok.head
        if verb.pos_ not in ("VERB", "AUX") or verb.lemma_ in (
            "be",
            "have",
            "remain",
            "rank",
            "seem",
            "become",
        ):
            continue
        s = sent.offset + tok.idx
        e = s + len(tok.text)
        out.append(
            Candidate(
                text[s:e],
                s,
                e,
                sent.index,
                "GOV",
                "country-actor",
                props={"country": country, "place": None, "suffix": "government", "kind": "government"},
            )
        )
    return out


# Places named by their kind: "Mangystau region", "Sughd Oblast", "Ala-Too Square", "Kumtor gold mine",
# "Karaganda penal colony", "Abay Avenue". Not when the name goes on ("Osh District Court").
_PLACE_STOP = {
    "The", "A", "An", "In", "At", "On", "Its", "This", "That", "Their", "His", "Her", "Our", "Every", "Each",
    "Some", "Any", "No", "One", "Another", "State", "National", "Federal", "Regional", "Local", "Former", "New",
}  # fmt: skip
_REGION_HEAD = r"(?:[Rr]egion|[Oo]blast|[Pp]rovince|[Dd]istrict|[Rr]ayon|[Rr]aion|[Vv]alley|[Vv]iloyat|[Vv]elayat)"
_VENUE_HEAD = (
    r"(?:Square|square|Park|park|[Mm]onument|[Mm]emorial|[Ss]tatue|Stadium|stadium|Bazaar|bazaar|Market|Airport|airport|Mosque|mosque|Cathedral|"
    r"Street|street|Avenue|avenue|Prospekt|Prospect|Boulevard|Highway|Bridge|Dam|Reservoir|"
    r"(?:(?:gold|copper|coal|uranium|iron|ore|open-pit)\s+)?(?:[Mm]ine|[Mm]ines)|[Oo]il\s*field|[Gg]as\s+field|[Oo]ilfield|field|"
    r"(?:(?:metallurgical|steel|power|chemical|processing|cement|hydropower)\s+)?(?:[Pp]lant|[Ff]actory)|"
    r"(?:(?:copper|aluminium|aluminum|zinc|lead)\s+)?[Ss]melter|[Rr]efinery|[Pp]enal\s+[Cc]olony|[Cc]olony|[Pp]rison|[Dd]etention\s+[Cc]ent(?:re|er)|"
    r"[Pp]re-?trial\s+[Dd]etention\s+(?:[Cc]ent(?:re|er)|[Ff]acility)|[Dd]etention\s+[Ff]acility|Facility|SIZO)"
)
_SETTLEMENT_HEAD = r"(?:[Vv]illage|[Ss]ettlement|[Kk]ishlak|[Aa]ul)"
_PLACE_RE = re.compile(
    r"(?<![\w’'-])(?P<stem>[A-Z][\w’'-]+(?:[ -][A-Z][\w’'-]+){0,2})\s+"
    r"(?:(?P<region>" + _REGION_HEAD + r")|(?P<settle>" + _SETTLEMENT_HEAD + r")|(?P<venue>" + _VENUE_HEAD + r"))"
    r"(?P<num>\s+No\.?\s*\d+)?(?![\w-])(?!\s+(?:of\s+)?[A-Z][a-z])"
)


def places(sent: Sentence, text: str) -> list[Candidate]:
    """Regions and venues named by a kind word after a capitalized name."""
    ref = reference()
    seg, base = _seg(sent)
    out: list[Candidate] = []
    for m in _PLACE_RE.finditer(seg):
        stem = m.group("stem")
        words = stem.split()
        while words and words[0] in _PLACE_STOP:
            words = words[1:]
        if not words:
            continue
        stem = " ".join(words)
        if m.group("region") and ref.country(stem) and ref.place_kind(stem) != "region":
            continue  # "Kazakh region" is not a region's name
        if any(ref.known_org(w) for w in (stem,)):
            continue
        s = base + m.end("stem") - len(stem)
        e = base + m.end()
        surface = text[s:e]
        kind = "region" if m.group("region") else "city" if m.group("settle") else "venue"
        out.append(Candidate(surface, s, e, sent.index, "LOC", "gazetteer", name=surface, props={"kind": kind}))
    out += _places_by_kind_word(seg, base, sent.index, text)
    # a dateline in capitals: "ALMATY, 14 March 2024 –", "ASHGABAT, 25 October"
    d = _DATELINE.match(seg)
    if d:
        word = d.group(1)
        canon = " ".join(w.capitalize() for w in re.split(r"\s+", word))
        canon = "-".join(p[:1].upper() + p[1:] for p in canon.split("-"))
        dkind = ref.place_kind(canon)
        if dkind:
            s = base + d.start(1)
            name = ref.place_names.get(norm(canon), ref.country(canon) or canon)
            out.append(Candidate(text[s : s + len(word)], s, s + len(word), sent.index, "LOC", "gazetteer",
                                 name=name, props={"kind": dkind}))  # fmt: skip
    return out


_DATELINE = re.compile(r"^\s*([A-Z][A-Z’'-]{2,}(?:\s[A-Z][A-Z’'-]{2,})?),\s")

_STEM = r"[A-Z][\w’'-]+(?:-[A-Z][\w’'-]+)?"
# a place of detention the text names by its kind and town, after "the"
_DETENTION_IN = re.compile(
    r"\bthe\s+(?P<name>(?:pre-?trial\s+)?detention\s+(?:cent(?:re|er)|facility)|penal\s+colony|remand\s+prison|"
    r"prison|psychiatric\s+hospital)\s+in\s+(?P<place>" + _STEM + r")(?![\w’'-])(?!\s+[A-Z])"
)
# "the village of X", "the town of X", "the city of X", "the X region" told by a lowercase kind word
_KIND_OF = re.compile(
    r"\b(?P<kind>village|town|city|settlement|district|region|province)\s+of\s+(?P<name>" + _STEM + r")"
    r"(?![\w’'-])(?!\s+[A-Z])"
)
# two names sharing a plural kind word: "the Karaganda and Pavlodar regions", "the X and Y oil fields"
_KIND_PLURAL = re.compile(
    r"(?<![\w’'-])(?P<a>" + _STEM + r")(?:,\s+(?P<b>" + _STEM + r"))?,?\s+and\s+(?P<c>" + _STEM + r")\s+"
    r"(?:(?P<region>regions|districts|provinces|oblasts|valleys)|(?P<settle>villages|settlements|towns)"
    r"|(?P<venue>(?:(?:oil|gas|gold|copper|coal|uranium)\s+)?(?:fields|mines)))\b"
)


def _places_by_kind_word(seg: str, base: int, sent: int, text: str) -> list[Candidate]:
    """Places the gazetteer lacks but the prose marks as places by a kind word."""
    ref = reference()
    out: list[Candidate] = []

    def add(s: int, e: int, kind: str) -> None:
        name = text[s:e]
        if name in _PLACE_STOP or ref.country(name) or ref.known_org(name):
            return
        kind = ref.place_kind(name) or kind
        out.append(Candidate(name, s, e, sent, "LOC", "gazetteer", name=ref.place_names.get(norm(name), name),
                             props={"kind": kind}))  # fmt: skip

    for m in _DETENTION_IN.finditer(seg):
        if ref.place_kind(m.group("place")) in ("city", "region"):
            # "the pre-trial detention centre in Nukus": an unnamed facility, named by its place
            s, e = base + m.start("name"), base + m.end()
            out.append(Candidate(text[s:e], s, e, sent, "LOC", "gazetteer", name=" ".join(text[s:e].split()),
                                 props={"kind": "venue"}))  # fmt: skip
    for m in _KIND_OF.finditer(seg):
        kind = "region" if m.group("kind") in ("district", "region", "province") else "city"
        add(base + m.start("name"), base + m.end("name"), kind)
    for m in _KIND_PLURAL.finditer(seg):
        kind = "region" if m.group("region") else "city" if m.group("settle") else "venue"
        for g in ("a", "b", "c"):
            if m.group(g):
                add(base + m.start(g), base + m.end(g), kind)
    return out


def coordinated_places(c: Candidate, text: str) -> list[Candidate] | None:
    """An organization candidate that is two known places joined by "and" ("Osh and Jalal-Abad")
    is the two places."""
    m = re.fullmatch(r"(.+?)\s+and\s+(.+)", c.surface)
    if not m:
        return None
    ref = reference()
    parts = [(m.group(1), c.start), (m.group(2), c.start + m.start(2))]
    if not all(ref.place_kind(p) for p, _ in parts):
        return None
    out = []
    for p, s in parts:
        name = ref.place_names.get(norm(p), ref.country(p) or p)
        out.append(
            Candidate(p, s, s + len(p), c.sent, "LOC", "gazetteer", name=name, props={"kind": ref.place_kind(p)})
        )
    return out
