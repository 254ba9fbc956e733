"""Legal instruments and the articles a sentence cites.

Forms handled: "the UDHR (Article 21)", "the ICCPR (Articles 9)",
"Kazakhstan’s constitution (Article 32)", "electoral law (Articles 1, 3, 8)",
"Article 174 of the Criminal Code", "criminal code art. 174 ... and art. 274",
"Articles 4, 7 of the trade union law", and instruments named alone
("the OSCE Copenhagen Document", "the 2011 religion law", "the law governing
public assembly").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from typing import Any

from graph.translit import norm
from loaders.extract.reference import LAW_HEADS, reference
from loaders.extract.segment import Sentence

_NUMS = r"\d+[a-z]?(?:\s*(?:,|and|&|–|-|or)\s*\d+[a-z]?)*"
# (a word of its own: not the "art" of "Part 2 of Article 330")
_ART = rf"\b(?:[Aa]rticles?|[Aa]rts?\.|[Aa]rt)\s*(?P<nums>{_NUMS})"
# paragraphs of documents numbered by paragraph ("paragraph 9.3 of the Copenhagen Document", "paras. 9.1, 9.2")
_PNUM = r"\d+(?:\.\d+)*"
_PARA = rf"(?:[Pp]aragraphs?|[Pp]aras?\.?|§§?)\s*(?P<nums>{_PNUM}(?:\s*(?:,|and|&|or)\s*{_PNUM})*)"
# an instrument referred back to: "the Covenant", "that convention", "the same covenant", "the Declaration"
_BACKREF = re.compile(
    r"\b(?:[Tt]he\s+same|[Tt]hat|[Tt]his|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:same\s+)?"
    r"(?P<noun>[Cc]ovenants?|[Cc]onventions?|[Dd]eclaration|[Cc]harter|[Pp]rotocol|Document|[Tt]reaty)(?![\w-])"
)

# Words that say nothing about which law it is.
_EVALUATIVE = {
    "new",
    "restrictive",
    "unpopular",
    "proposed",
    "own",
    "current",
    "such",
    "this",
    "that",
    "these",
    "international",
    "domestic",
    "existing",
    "relevant",
    "draft",
    "onerous",
    "repressive",
    "strict",
    "harsh",
    "controversial",
    "vague",
    "the",
    "a",
    "an",
    "its",
    "their",
    "his",
    "her",
    "other",
    "same",
    "national",
    "local",
    "broad",
    "belated",
    "subsequent",
    "wide",
    "overly",
    "notorious",
    "so-called",
    "several",
    "many",
    "some",
    "any",
    "various",
    "recent",
    "latest",
    "tough",
    "stringent",
    "further",
}
_LAW_NOUNS = {
    "law",
    "laws",
    "code",
    "act",
    "legislation",
    "regulation",
    "regulations",
    "amendments",
    "decree",
    "moratorium",
}
_STATUTE_PREPS = {"on", "for", "about", "against", "regarding"}
# a state of the law or a body of it, or a professional code: never an instrument a text cites
_NOT_AN_INSTRUMENT = re.compile(
    r"(?i)(?:martial|case|common|sharia|customary)\s+law|codes?\s+of\s+(?:conduct|ethics|practice)\b.*"
)
_STATUTE_ACL = {"govern", "regulate", "restrict"}


@dataclass
class LawMention:
    start: int
    end: int
    surface: str
    code: str  # canonical instrument name (Article.instrument)
    name: str  # Law node name
    kind: str
    jurisdiction: str
    key: str  # canonical key for the Law id
    aliases: list[str] = field(default_factory=list)
    year: int | None = None
    abbreviation: str | None = None


@dataclass
class ArticleCite:
    law: LawMention
    number: str
    start: int  # span of the citation text ("Article 21" or "Articles 1, 3, 8")
    end: int


def _nums(s: str) -> list[str]:
    """Article numbers of a list ("21, 22 and 25"); "244-1" (a hyphen and a smaller number, no
    spaces) is one sub-article as codes of the region number them, "19-22" a range's two ends."""
    out: list[str] = []
    for m in re.finditer(r"(\d+[a-z]?)(?:-(\d{1,2})\b(?!\s*-))?", s):
        head, sub = m.group(1), m.group(2)
        if sub and head.isdigit() and int(sub) < int(head):
            out.append(f"{head}-{sub}")
        else:
            out.append(head)
            if sub:
                out.append(sub)
    return out


def _constitution(country: str, start: int, end: int, surface: str) -> LawMention:
    ref = reference()
    return LawMention(
        start,
        end,
        surface,
        f"Constitution of {country}",
        f"Constitution of {country}",
        "constitution",
        country,
        f"constitution {norm(country)}",
        aliases=[surface] if norm(surface) != norm(f"Constitution of {country}") else [],
        year=ref.constitution_years.get(country),
    )


def _statute_key(name: str, jurisdiction: str) -> str:
    words = [
        w
        for w in norm(name).split()
        if w not in ("law", "laws", "on", "of", "the", "and", "mass", "governing", "regulating", "code", "act")
    ]
    stem = words[0][:5] if words else norm(name)
    head = next((w for w in norm(name).split() if w in _LAW_NOUNS), "law")
    head = {"laws": "law", "regulations": "regulation"}.get(head, head)
    return f"statute {norm(jurisdiction)} {stem} {head}"


@functools.lru_cache(maxsize=1)
def _instrument_re() -> re.Pattern[str]:
    ref = reference()
    forms = sorted({a for i in ref.instruments.values() for a in (i.name, *i.aliases)}, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])")


# " on Freedom of Association and Protection of the Right to Organise": capitalized words
# joined by short function words, ending on a capitalized word
_NUMBERED_TITLE = re.compile(
    r"\s+on\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:(?:of|and|the|to|for|in|on)\s+)*[A-Z][\w-]*)*"
)
# 'Law of the Kyrgyz Republic', 'Decree of the Republic of Uzbekistan': who issued it, not its title
_LAW_QUOTED = re.compile(
    r"\b(?P<head>[Ll]aw|Decree|Resolution)(?:\s+No\.?\s*[\w-]+)?\s*[“\"«](?P<t>[Oo]n\s[^”\"»\n]{3,200})[”\"»]"
)
_ISSUER = re.compile(
    r"(?P<head>Law|Decree|Code|Resolution)\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c>[A-Z][\w-]+)(?:\s+Republic)?"
)
_QUOTED_TITLE = re.compile(r"\s*[“\"«](?P<t>[Oo]n\s[^”\"»\n]{3,200})[”\"»]")
_OF_COUNTRY_TAIL = re.compile(r"\s+of\s+(?:the\s+(?:Republic\s+of\s+)?)?([A-Z][\w-]+)(?:\s+Republic)?$")
_SUBJECT_PREP = re.compile(r"\s(?:on|for|about|against|regarding)\s")
# the rest of a capitalized title: "... from False and Inaccurate Information", "... of Conscience"
_TITLE_TAIL = re.compile(r"\s+(?:(?:from|of|and|for|against|on|the|or)\s+)+(?P<word>[A-Z][\w-]*)(?:\s+[A-Z][\w-]*)*")


def _title_end(text: str, end: int, limit: int) -> int:
    """Where a capitalized law title that the parse cut at ``end`` really ends; not into a
    second instrument ("... and the Criminal Code", "... and the ICCPR") or a country ("of Uzbekistan")."""
    ref = reference()
    while m := _TITLE_TAIL.match(text, end, limit):
        chunk = m.group(0)
        if (
            ref.country(m.group("word"))
            or re.search(r"\b(?:" + "|".join(LAW_HEADS) + r"|Article|Articles)\b", chunk)
            or _instrument_re().search(chunk)
        ):
            break
        end = m.end()
    return end


_HEAD_NOUNS = re.compile(r"\b(covenant|convention|declaration|charter|protocol|document|treaty)\b", re.I)


def _instrument_mention(inst: Any, s: int, e: int, text: str, aliases: list[str]) -> LawMention:
    """A mention at [s, e) of a reference instrument."""
    return LawMention(
        s, e, text[s:e], inst.code, inst.name, inst.kind, inst.jurisdiction, f"instrument {inst.code}",
        aliases=aliases, year=inst.year, abbreviation=inst.code if inst.code.isupper() else None,
    )


def _head_noun(name: str) -> str | None:
    """The first instrument noun of a name: 'Optional Protocol to the Convention ...' -> 'protocol'."""
    m = _HEAD_NOUNS.search(name)
    return m.group(1).lower() if m else None


def _body_treaty_first(recent: list[LawMention], noun: str, text: str) -> list[LawMention]:
    """The instruments named before, latest first, except that the treaty of the one treaty body
    the document names comes first: in a text for or by the Human Rights Committee "the Covenant"
    is the ICCPR even when the ICESCR was named last (a heading listing both)."""
    codes = {c for body, c in reference().treaty_bodies.items()
             if body in text and _head_noun(reference().instruments[c].name) == noun}
    latest = list(reversed(recent))
    if len(codes) != 1:
        return latest
    return sorted(latest, key=lambda prev: prev.code not in codes)  # stable: keeps recency otherwise


def _backrefs(seg: str, base: int, text: str, recent: list[LawMention]) -> list[LawMention]:
    """ "the Covenant", "that convention": the last instrument of that kind named before."""
    out: list[LawMention] = []
    for m in _BACKREF.finditer(seg):
        noun = m.group("noun").lower().rstrip("s")
        if m.group(0).split()[0].lower() == "the" and m.group("noun")[0].islower() and "same" not in m.group(0):
            continue  # "the convention" in lower case is too vague without "same"/"that"
        for prev in _body_treaty_first(recent, noun, text):
            if prev.kind == "constitution" or not prev.code:
                continue
            inst = reference().instruments.get(prev.code)
            # The instrument's own head noun decides: "the Convention" is not the
            # "Optional Protocol to the Convention against Torture" (a protocol).
            heads = {_head_noun(n) for n in (prev.name, *(inst.aliases if inst else ()))} - {None}
            if noun in heads or (noun == "treaty" and prev.kind == "treaty" and not heads):
                s, e = base + m.start(), base + m.end()
                out.append(
                    LawMention(
                        s,
                        e,
                        text[s:e],
                        prev.code,
                        prev.name,
                        prev.kind,
                        prev.jurisdiction,
                        prev.key,
                        aliases=[],
                        year=prev.year,
                        abbreviation=prev.abbreviation,
                    )
                )
                break
        else:
            # None named before: a treaty body's own statement refers to its treaty
            # ("the Committee against Torture ... article 12 of the Convention" is CAT);
            # failing that, "the Covenant" in human-rights reporting is the ICCPR.
            code = next((c for body, c in reference().treaty_bodies.items()
                         if body in text and _head_noun(reference().instruments[c].name) == noun), None)
            if code is None and m.group("noun") == "Covenant":
                code = "ICCPR"
            if code in reference().instruments:
                s, e = base + m.start(), base + m.end()
                out.append(_instrument_mention(reference().instruments[code], s, e, text, aliases=[]))
    return out


def find_laws(sent: Sentence, text: str, country_near: Any, recent: list[LawMention] | None = None) -> list[LawMention]:
    """Instruments named in the sentence.

    ``country_near(pos)`` gives the jurisdiction of names that do not say it; ``recent``
    are the instruments named earlier in the document ("the Covenant" refers back to one).
    """
    ref = reference()
    span = sent.span
    seg = sent.seg
    base = sent.offset + span.start_char
    out: list[LawMention] = []

    def taken(s: int, e: int) -> bool:
        return any(m.start < e and s < m.end for m in out)

    # reference instruments by alias
    for m in _instrument_re().finditer(seg):
        s, e = base + m.start(), base + m.end()
        if taken(s, e):
            continue
        inst = ref.instrument(m.group(0))
        assert inst is not None
        # a numbered instrument followed by its subject ("ILO Convention No. 87 on Freedom of
        # Association and Protection of the Right to Organise"): the full title is its name here
        if m.group(0)[-1:].isdigit():
            title = _NUMBERED_TITLE.match(seg, m.end())
            if title:
                # not into the next instrument ("... to Organise and the International Covenant")
                other = _instrument_re().search(seg, m.end())
                stop = other.start() if other and other.start() < title.end() else title.end()
                title = _NUMBERED_TITLE.match(seg[:stop], m.end())
                if title:
                    tail = re.search(r"(?:\s+(?:and|or|the|of|to|for|in|on))+$", title.group(0))
                    e = base + title.end() - (len(tail.group(0)) if tail else 0)
        aliases = [a for a in dict.fromkeys((inst.code, " ".join(text[s:e].split()))) if norm(a) != norm(inst.name)]
        out.append(_instrument_mention(inst, s, e, text, aliases))
    # constitutions
    cpat = re.compile(
        r"(?:(?P<c1>[A-Z][\w\-]+)(?:’s|'s)?\s+(?:own\s+|new\s+)?[Cc]onstitution"
        r"|[Cc]onstitution\s+of\s+(?:the\s+)?(?:Republic\s+of\s+)?(?P<c2>[A-Z][\w\-]+)(?:\s+Republic\b)?"
        r"|(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:new\s+|own\s+)?[Cc]onstitution(?!\s+of\s))(?![\w-])"
    )
    for m in cpat.finditer(seg):
        s, e = base + m.start(), base + m.end()
        if taken(s, e):
            continue
        c = m.group("c1") or m.group("c2")
        country = ref.country(c) if c else country_near(s)
        if c and not country:
            continue
        if not country:
            continue
        surf = text[s:e]
        surf_clean = re.sub(r"^(?:[Tt]he|[Ii]ts|[Tt]heir)\s+", "", surf)
        out.append(_constitution(country, s, e, surf_clean))
    # statutes by their head noun, from the parse
    for tok in span:
        low = tok.lower_
        if low not in _LAW_NOUNS or tok.pos_ not in ("NOUN", "PROPN"):
            continue
        if tok.head.lower_ in _LAW_NOUNS and tok.dep_ in ("compound", "amod") and tok.head != tok:
            continue  # "land code amendments": the head noun carries it
        if (tok.head.lower_ == "rule" and tok.dep_ == "pobj") or (
            tok.dep_ == "pobj" and tok.head.head.lower_ == "rule"
        ):
            continue
        left = [t for t in tok.lefts if t.dep_ in ("compound", "amod", "nmod", "nummod", "npadvmod", "det", "poss")]
        mods: list[Any] = []
        for t in left:
            mods.extend(t.subtree)
        mods = [t for t in mods if t.i < tok.i and not t.is_space]  # not a masked footnote number
        # right complements: "on religious activity", "governing public assembly"
        right_end = tok.i + 1
        for ch in tok.rights:
            if (ch.dep_ == "prep" and ch.lower_ in _STATUTE_PREPS) or (ch.dep_ == "acl" and ch.lemma_ in _STATUTE_ACL):
                right_end = max(t.i for t in ch.subtree) + 1
                break
        content = [
            t
            for t in mods
            if t.lower_ not in _EVALUATIVE
            and t.pos_ not in ("DET", "PRON")
            and t.dep_ not in ("poss", "case")
            and not re.fullmatch(r"\d{4}", t.text)
        ]
        # "Uzbekistan's Criminal Code": a possessive country is the jurisdiction
        poss_country = next((ref.country(t.text) for t in left if t.dep_ == "poss" and ref.country(t.text)), None)
        if not content and right_end == tok.i + 1:
            continue
        if low in ("law", "laws", "legislation") and right_end == tok.i + 1 and _body_of_law(low, left, content):
            continue
        if any(t.ent_type_ in ("PERSON",) for t in mods):
            continue
        # the name: content modifiers, head, complement; the alias: everything from the first modifier
        first = min([t.i for t in mods if t.pos_ not in ("DET",) and t.dep_ not in ("poss", "case")] + [tok.i])
        if poss_country:
            first = min([t.i for t in left if t.dep_ == "poss"] + [first])
        first_content = min([t.i for t in content] + [tok.i])
        doc = tok.doc
        # "counter-terrorism and extremism law": the coordinated modifier belongs to the name
        if (
            tok.dep_ == "conj"
            and first_content >= 2
            and doc[first_content - 1].lower_ == "and"
            and tok.head.i == first_content - 2
            and tok.head.pos_ in ("NOUN", "PROPN")
        ):
            j = tok.head.i
            while (
                j > 0
                and (doc[j - 1].text == "-" or not doc[j - 1].whitespace_)
                and doc[j - 1].is_alpha | (doc[j - 1].text == "-")
            ):
                j -= 1
            first = first_content = j
        s_all = sent.offset + doc[first].idx
        s_name = sent.offset + doc[first_content].idx
        e = sent.offset + doc[right_end - 1].idx + len(doc[right_end - 1].text)
        if taken(s_all, e):
            continue
        cut = text.find(",", s_name, e)
        if cut > 0:
            e = cut
        # "the Law on Public Associations and the Law on Countering Extremism": two instruments
        coord_m = re.search(
            r"\s+and\s+(?:the\s+)?(?:" + "|".join(LAW_HEADS) + r"|law|code)(?![\w-])", text[s_name:e]
        )
        if coord_m:
            e = s_name + coord_m.start()
        elif cut < 0 and tok.text[:1].isupper() and right_end > tok.i + 1:
            # "Law on Protection from False and Inaccurate Information": the parse may end the title early
            e = _title_end(text, e, sent.end)
        # "the Law on Freedom of Assembly of Kazakhstan": the country is the jurisdiction, not the title
        of_tail = _OF_COUNTRY_TAIL.search(text, s_name, e)
        if of_tail and ref.country(of_tail.group(1)) and _SUBJECT_PREP.search(text, s_name, of_tail.start()):
            poss_country = poss_country or ref.country(of_tail.group(1))
            e = of_tail.start()
        # "the so-called 'foreign agents' law": the hedge is not part of the name
        hedge = re.match(r"(?i)so-called\s+", text[s_name:e])
        if hedge:
            s_name += hedge.end()
        # '“false information” law': the opening quote the parse left outside
        quoted = text[s_name:e]
        if s_name > 0 and text[s_name - 1] in "“\"" and (
            quoted.count("”") > quoted.count("“") or quoted.count('"') % 2 == 1
        ):
            s_name -= 1
            s_all = min(s_all, s_name)
        # "the Law on Countering Extremism (2020)": a bracket the name does not close
        if text[s_name:e].count("(") > text[s_name:e].count(")"):
            e = s_name + len(text[s_name:e].rsplit("(", 1)[0].rstrip())
        # "the Law on Countering Extremism of 2020": the year the law was passed, not its title
        year_tail = re.search(r"\s+of\s+((?:19|20)\d\d)$", text[s_name:e])
        if year_tail:
            e = s_name + year_tail.start()
        name = text[s_name:e]
        if _NOT_AN_INSTRUMENT.fullmatch(" ".join(name.split())):
            continue  # "martial law was declared", "the Code of Conduct for journalists"
        if name[:1].isupper() and not any(w[:1].isupper() for w in name.split()[1:]) and tok.i == span.start:
            name = name[0].lower() + name[1:]
        alias_full = text[s_all:e]
        # "the Kazakh Criminal Code": a country's adjective before a code is its jurisdiction
        adj_code = re.match(r"([A-Z][\w-]+)\s+(?=\S+(?:\s+Procedure)?\s+[Cc]ode$)", name)
        if low == "code" and adj_code and norm(adj_code.group(1)) in ref.country_by_adj:
            poss_country = ref.country_by_adj[norm(adj_code.group(1))]
            name = name[adj_code.end() :]
        year = next((int(t.text) for t in mods if re.fullmatch(r"(?:19|20)\d\d", t.text)), None)
        if year_tail and year is None:
            year = int(year_tail.group(1))
        country = poss_country or country_near(s_all) or ""
        kind = {
            "code": "code",
            "decree": "decree",
            "regulation": "other",
            "regulations": "other",
            "moratorium": "other",
        }.get(low, "statute")
        aliases = []
        if norm(alias_full) != norm(name):
            aliases.append(alias_full)
        if right_end > tok.i + 1 and content:  # "five-year moratorium" without its complement
            short = text[s_all : sent.offset + tok.idx + len(tok.text)]
            if norm(short) != norm(name):
                aliases.append(short)
        # "of Kazakhstan", "of the Republic of Uzbekistan", "of the Kyrgyz Republic"
        of_country = re.match(
            r"\s+of\s+(?:the\s+(?:Republic\s+of\s+)?)?([A-Z][\w-]+)(?:\s+Republic\b)?", text[e : e + 50]
        )
        if of_country and ref.country(of_country.group(1)):
            country = ref.country(of_country.group(1)) or country
            e += of_country.end()
        if (
            low == "code"
            and country
            and re.fullmatch(
                r"(?i)(?:criminal|penal|administrative|civil|labou?r|land|"
                r"tax|family|electoral)(?:\s+procedure)?\s+code",
                name,
            )
        ):
            aliases.append(name)
            name = f"{name.title()} of {country}"
        out.append(
            LawMention(
                s_all,
                e,
                text[s_all:e],
                name,
                name,
                kind,
                country or "unknown",
                _statute_key(name, country or "unknown"),
                aliases=aliases,
                year=year,
            )
        )
    # capitalized instruments: "Enhanced Partnership and Cooperation Agreement", "Law on Mass Media"
    cap = re.compile(
        r"(?:[A-Z][\w\-]*\s+(?:(?:and|on|of|for|the)\s+)*)*(?:"
        + "|".join(LAW_HEADS)
        + r")(?![\w-])(?:\s+(?:on|of)\s+(?:the\s+)?[A-Z][\w\-]*(?:\s+[A-Z][\w\-]*)*)?"
    )
    coord_re = re.compile(r"\s+and\s+(?:the\s+)?(?=(?:" + "|".join(LAW_HEADS) + r")\b)")
    pieces: list[tuple[int, int]] = []
    for m in cap.finditer(seg):
        pos = m.start()
        for c in coord_re.finditer(m.group(0)):
            pieces.append((pos, m.start() + c.start()))
            pos = m.start() + c.end()
        pieces.append((pos, m.end()))
    for ps, pe in pieces:
        surf = seg[ps:pe]
        if len(surf.split()) < 2:
            continue
        s, e = base + ps, base + pe
        if taken(s, e) or text[s:e].split()[0] in ("The", "A", "An", "In", "Under"):
            if taken(s, e):
                continue
            first = text[s:e].split()[0]
            s += len(first) + 1
            if len(text[s:e].split()) < 2:
                continue
        if re.search(r"\s(?:on|of)\s", text[s:e]):
            e2 = _title_end(text, e, sent.end)
            if not any(base + q > e and base + q < e2 for q, _ in pieces):
                e = e2
        of_tail = _OF_COUNTRY_TAIL.search(text, s, e)
        if of_tail and ref.country(of_tail.group(1)) and _SUBJECT_PREP.search(text, s, of_tail.start()):
            e = of_tail.start()  # "... of Kazakhstan": the jurisdiction
        name = text[s:e]
        heads = {
            "Bureau",
            "Office",
            "Department",
            "Committee",
            "Council",
            "Commission",
            "Organization",
            "Institute",
            "Union",
            "Party",
            "Movement",
            "Foundation",
            "Alliance",
            "Watch",
            "Ministry",
            "Court",
        }
        if any(w in heads for w in name.split()) or _NOT_AN_INSTRUMENT.fullmatch(" ".join(name.split())):
            continue  # "Kazakhstan International Bureau of Human Rights and Rule of Law", "Code of Conduct"
        if re.match(r"\s+(?:Organi[sz]ation|Secretariat)\b", text[e : e + 20]):
            continue  # "the Collective Security Treaty Organization": the body, not the treaty
        country = country_near(s) or "unknown"
        aliases = []
        # 'Law of the Kyrgyz Republic "On Protection from ..."' (how the region's laws are cited): the
        # quoted title names the law; "the Law of the Republic of X" alone names none
        issuer = _ISSUER.match(text, s)
        if issuer and issuer.end() >= e and ref.country(issuer.group("c")):
            name, e = issuer.group(0), issuer.end()
            title = _QUOTED_TITLE.match(text, e)
            if not title:
                continue
            country = ref.country(issuer.group("c")) or country
            aliases = [name + text[e : title.end()], title.group("t")]
            e = title.end()
            name = f"{issuer.group('head')} on {title.group('t')[3:]}"
        kind = "treaty" if any(w in name for w in ("Agreement", "Treaty", "Convention", "Covenant")) else "statute"
        out.append(
            LawMention(
                s,
                e,
                text[s:e],
                name,
                name,
                kind,
                "international" if kind == "treaty" else country,
                f"named {norm(name)}",
                aliases=aliases,
                year=None,
            )
        )
    # 'the Law "On Mass Media"', 'Law No. 12 "On Public Associations"': the quoted title names the law
    for m in _LAW_QUOTED.finditer(seg):
        s, e = base + m.start(), base + m.end()
        if any(x.start <= s < x.end for x in out):
            continue  # (a law named inside the quotes, "On Amendments to the Law on X", stays its own)
        qtitle = " ".join(m.group("t").split())
        name = f"{m.group('head').capitalize()} on {qtitle[3:]}"
        country = country_near(s) or "unknown"
        out.append(
            LawMention(
                s, e, text[s:e], name, name, "statute", country, _statute_key(name, country),
                aliases=[qtitle, " ".join(text[s:e].split())],
            )
        )  # fmt: skip
    if True:
        for lm in _backrefs(seg, base, text, recent or []):
            if not taken(lm.start, lm.end):
                out.append(lm)
    return out


def _body_of_law(head: str, left: list[Any], content: list[Any]) -> bool:
    """ "its labour laws", "their trade union legislation", "criminal legislation": the body of a
    country's law on a subject, not one instrument a text could cite (lower-case plural or mass
    head owned by the state, or qualified only by a branch of law)."""
    ref = reference()
    branches = set(ref.lex.get("law_branches", ()))
    # "the Russian law", "Russian 'foreign agents' legislation": a country's law in general
    nationals = [t for t in content if t.text[:1].isupper() and norm(t.text) in ref.country_by_adj]
    if nationals and (
        head == "legislation" or all(t in nationals or t.lower_ in branches for t in content)
    ):
        return True
    if head == "law" or any(t.text[:1].isupper() or t.like_num for t in content):
        return False  # "the protest law", "the media law": one statute
    if any(t.dep_ == "poss" and t.lower_ in ("its", "their", "our") for t in left):
        return True
    return bool(content) and all(t.lower_ in branches for t in content)


def _paragraph_law(law: LawMention) -> bool:
    """Instruments cited by numbered paragraph rather than by article (OSCE documents)."""
    return "Document" in law.name or law.code.startswith("OSCE")


# "(Articles 2 and 16 of) the convention", "that covenant": an instrument named before, by its kind
_GENERIC_INSTRUMENT = re.compile(
    r"(?:(?:that|this|said|same)\s+)?(?:covenant|convention|declaration|charter|protocol|treaty|document)s?\b", re.I
)


def find_articles(
    sent: Sentence, text: str, laws: list[LawMention], context: list[LawMention] | None = None
) -> list[ArticleCite]:
    """Articles cited in the sentence, each tied to the instrument it belongs to.

    An article with no instrument in its sentence ("(Articles 21, 22)" after a sentence
    naming the ICCPR) belongs to the last instrument of ``context`` (the sentences before).
    """
    span = sent.span
    seg = sent.seg
    base = sent.offset + span.start_char
    out: list[ArticleCite] = []
    laws_sorted = sorted(laws, key=lambda m: m.start)
    # "<law> (Article 21)", "<law> art. 174", "Article 174 of the Criminal Code"
    for m in re.finditer(_ART, seg):
        s, e = base + m.start(), base + m.end()
        law: LawMention | None = None
        after = seg[m.end() : m.end() + 60]
        # "Article 19 of", "Article 19(3) of", "Article 19, paragraph 3, of", "Article 5 part 2 of"
        of = re.match(
            r"(?:\s*\(\w{1,4}\))*(?:,?\s*(?:paragraph|para\.?|part|clause|§|item|point)\s*\d+(?:\(\w{1,4}\))*)?"
            r",?\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?",  # "of the 1990 Copenhagen Document"
            after,
        )
        if of:
            nxt = [x for x in laws_sorted if x.start >= e and x.start - e <= of.end() + 2]
            law = nxt[0] if nxt else None
            if law is None and not _GENERIC_INSTRUMENT.match(after, of.end()):
                # "Article 3 of the law violates Article 18 of the ICCPR": the article names its own
                # instrument, one not read here; not the sentence's other instrument. (A generic one,
                # "of the convention", is the instrument named before, as below.)
                continue
        else:
            # "articles 19 and 21 ICCPR", "Art. 7 ICCPR": an instrument's short name right after
            direct = re.match(r"(?:\s*\(\w{1,4}\))*\s+", after)
            if direct:
                nxt = [x for x in laws_sorted if x.start == e + direct.end() and x.key.startswith("instrument ")]
                law = nxt[0] if nxt else None
        if law is None:
            prev = [x for x in laws_sorted if x.end <= s]
            if prev:
                law = prev[-1]
        if law is None and len({x.key for x in laws_sorted}) == 1:
            # "violated the prohibition of torture (Art. 7), the right to liberty (art. 9) and freedom
            # of expression (ICCPR, Article 19)": the sentence's one instrument, named after them
            law = laws_sorted[0]
        if law is None and not laws_sorted and context:
            law = context[-1]
        if law is None:
            continue
        for n in _nums(m.group("nums")):
            out.append(ArticleCite(law, n, s, e))
    # "paragraph 9.3 of the Copenhagen Document", "the Copenhagen Document (paragraphs 9.1, 9.2)"
    for m in re.finditer(_PARA, seg):
        s, e = base + m.start(), base + m.end()
        if re.search(r"(?:[Aa]rticles?|[Aa]rts?\.?)\s*\d+[a-z]?\s*,?\s*$", seg[max(0, m.start() - 20) : m.start()]):
            continue  # "Article 19, paragraph 3": a part of the article
        after = seg[m.end() : m.end() + 60]
        if re.match(r"\s+of\s+(?:the\s+)?(?:[Aa]rticle|[Aa]rt)", after):
            continue
        law = None
        of = re.match(r"\s+of\s+(?:the\s+)?(?:(?:19|20)\d\d\s+)?", after)
        if of:
            nxt = [x for x in laws_sorted if x.start >= e and x.start - e <= of.end() + 2]
            law = nxt[0] if nxt else None
        if law is None:
            prev = [x for x in laws_sorted if x.end <= s]
            law = prev[-1] if prev and _paragraph_law(prev[-1]) else None
        if law is None or not _paragraph_law(law):
            continue
        for n in re.findall(_PNUM, m.group("nums")):
            out.append(ArticleCite(law, n, s, e))
    return out


def article_title(law: LawMention, number: str) -> tuple[str | None, str | None]:
    """(title, right) of an article from reference data, when known."""
    ref = reference()
    inst = ref.instruments.get(law.code)
    if inst and number in inst.articles:
        return inst.articles[number]
    if law.kind == "constitution" and law.jurisdiction in ref.constitutions:
        arts = ref.constitutions[law.jurisdiction]
        if number in arts:
            return arts[number]
    if law.kind in ("statute", "code"):
        n = norm(law.name)
        for k, right in sorted(ref.statute_rights.items(), key=lambda kv: -len(kv[0])):
            if re.search(rf"\b{re.escape(k)}\b", n):
                return None, right
    return None, None
