"""Where places and organizations are: a city in the only country a sentence names, an
organization of a city, "X, the capital of Y", "the Almaty-based X", "Dushanbe City Court",
"the Bishkek office of X", "OSCE Centre in Ashgabat"."""

from __future__ import annotations

import re

from graph.model import Entity
from graph.translit import norm
from loaders.extract.build import Builder
from loaders.extract.entities import Resolved
from loaders.extract.reference import reference
from loaders.extract.segment import Sentence

_MACRO_REGION = re.compile(
    r"^(?:the\s+)?(?:(?:Central|South|East|West|North|Southeast|Eastern|Western|Northern|Southern|Inner)\s+)?"
    r"(?:Asia|Europe|Africa|America|Middle\s+East|Caucasus|Eurasia|Balkans|Caspian)\b"
)


def may_lie_in(place: Entity, country: Entity) -> bool:
    """A place named with one country in the sentence lies in it, unless it is itself a country
    (a kind read wrong), a region wider than a country ("Central Asia"), or another country's
    capital."""
    ref = reference()
    if ref.country(place.name) == place.name or _MACRO_REGION.match(place.name):
        return False
    cap = ref.capital_of.get(norm(place.name))
    return cap is None or cap == country.name


def sentence_places(sent: Sentence, b: Builder, ents: list[tuple[int, int, Entity]]) -> None:
    for s, e, x in ents:
        if x.label == "Location" and x.properties.get("kind") == "venue":
            for _s2, _e2, y in ents:
                if y.label == "Location" and y is not x and y.name in x.name:
                    b.relate("LOCATED_IN", x, y, sent.index)
        if x.label == "Organization":
            for s2, _e2, y in ents:
                if y.label == "Location" and s <= s2 < e and y.properties.get("kind") in ("city", "region", "venue"):
                    b.relate("LOCATED_IN", x, y, sent.index)
        if x.label == "Location" and x.properties.get("kind") in ("city", "region", "venue"):
            countries = {
                y.id: y for _s, _e, y in ents if y.label == "Location" and y.properties.get("kind") == "country"
            }
            if len(countries) == 1:
                country = next(iter(countries.values()))
                if may_lie_in(x, country):
                    b.relate("LOCATED_IN", x, country, sent.index)


def named_after_place(
    sent: Sentence, b: Builder, orgs: list[tuple[int, int, Entity]], locs_of_doc: dict[str, Entity]
) -> None:
    # "OSCE Centre in Ashgabat": an organization named after its place
    for _s, _e, org in orgs:
        m = re.search(r"\b(?:in|of)\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)$", org.name)
        if m and m.group(1).lower() in locs_of_doc:
            loc = locs_of_doc[m.group(1).lower()]
            if loc.properties.get("kind") in ("city", "region", "venue"):
                b.relate("LOCATED_IN", org, loc, sent.index)


# common nouns that introduce an organization's name ("the state broadcaster Khabar")
_ORG_NOUNS = (
    r"(?:corporation|company|firm|agency|broadcaster|newspaper|weekly|daily|outlet|channel|site|portal|bank|"
    r"group|organi[sz]ation|foundation|union|party|movement|ministry|service|committee|court|university|"
    r"institute|centre|center|network|association|operator|producer|giant|monopoly|regulator|watchdog)"
)
_PLACE_OF = re.compile(
    r",\s*(?:the\s+)?(?:capital|(?:a|the)\s+(?:[\w-]+\s+)?(?:city|town|village|district|port|region|province))"
    r"\s+(?:of|in)\s+(?:the\s+)?"
)


_SIDE = r"(?:far\s+)?(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center)(?:ern)?"
_LIES_IN = re.compile(
    rf"\s+(?:lies|is\s+(?:located|situated))\s+(?:in|on)\s+(?:the\s+)?(?:{_SIDE}\s+(?:part\s+)?of\s+(?:the\s+)?)?"
    rf"|\s+is\s+in\s+the\s+{_SIDE}\s+(?:part\s+)?of\s+(?:the\s+)?",
    re.I,
)


def place_phrases(sent: Sentence, text: str, b: Builder, res: Resolved, locs_of_doc: dict[str, Entity]) -> None:
    """Where a place or organization is, from the phrases that say so: "Nukus, the capital of
    Karakalpakstan", "a town in the Osh region", "Russia's state corporation Rosatom", "the
    Almaty-based news site X", "X, a Bishkek-based group", "Dushanbe City Court"."""
    ents = sorted(res.sent_entities.get(sent.index, []), key=lambda x: x[0])
    locs = [(s, e, x) for s, e, x in ents if x.label == "Location"]
    orgs = [(s, e, x) for s, e, x in ents if x.label == "Organization" and x.properties.get("kind") != "government"]
    # "Nukus, the capital of Uzbekistan's Republic of Karakalpakstan": the first place after the
    # phrase that is not a possessive
    for _s, e, x in locs:
        m = _PLACE_OF.match(text, e, sent.end)
        if m is None:
            continue
        for s2, e2, y in locs:
            if m.end() <= s2 <= m.end() + 60 and y is not x and not re.match(r"['’]s\b", text[e2 : e2 + 2]):
                b.relate("LOCATED_IN", x, y, sent.index)
                break
    # "Chimbay lies in the north of Karakalpakstan", "X is located in Y": the place right after
    for _s, e, x in locs:
        m = _LIES_IN.match(text, e, sent.end)
        if m is None:
            continue
        where = next((z for s2, _e2, z in locs if s2 == m.end() and z is not x), None)
        if where is not None:
            b.relate("LOCATED_IN", x, where, sent.index)
    # "Russia's state nuclear corporation Rosatom"
    for _s, e, x in locs:
        if reference().country(x.name) != x.name or not re.match(r"['’]s\s", text[e : e + 3]):
            continue
        for s2, _e2, o in orgs:
            if e < s2 and re.fullmatch(r"['’]s\s+(?:[a-z][\w-]*\s+){0,3}" + _ORG_NOUNS + r"\s+", text[e:s2]):
                b.relate("LOCATED_IN", o, x, sent.index)
    # "<Place>-based"
    # (a sentence-initial article is not part of the place: "The Khorog-based X")
    for m in re.finditer(
        r"\b(?:(?:The|An?)\s+)?([A-Z][\w.’'-]*?(?:\s+[A-Z][\w-]*)?)-based\b", text[sent.start : sent.end]
    ):
        ms, me = sent.start + m.start(1), sent.start + m.end()
        place = next((y for s2, e2, y in locs if s2 <= ms < e2), None) or locs_of_doc.get(m.group(1).lower())
        if place is None:
            continue
        target = None
        for s2, e2, o in orgs:
            if s2 <= ms < e2 or (me <= s2 and re.fullmatch(r"\s+(?:[a-z][\w-]*\s+){0,3}", text[me:s2])):
                target = o  # "the Osh-based Justice Without Borders", "the Almaty-based news site X"
                break
            if e2 <= ms and re.fullmatch(r"\s*,\s*(?:an?|the)\s+", text[e2:ms]):
                target = o  # "X, an Almaty-based foundation"
        if target is not None:
            b.relate("LOCATED_IN", target, place, sent.index)
    # "the Committee for Religious Affairs in Tashkent", "the bureau's office in Osh": a body and the
    # city right after it; "the Bishkek office of X": the city of a body's office
    for s0, e, o in orgs:
        if re.search(
            r"\b(?:outside|near|opposite|front\s+of|towards?)\s+(?:the\s+)?$", text[max(sent.start, s0 - 20) : s0]
        ):
            continue  # "pickets outside the Ministry in Almaty": where a happening was, not the body's seat
        m = re.match(r"(?:['’]s)?\s+(?:(?:office|offices|branch|headquarters)\s+)?in\s+(?:the\s+)?", text[e : sent.end])
        city = m and next((y for s2, _e2, y in locs if s2 == e + m.end()), None)
        if city and city.properties.get("kind") == "city":
            b.relate("LOCATED_IN", o, city, sent.index)
    # "Submitted by the Sana Rights Foundation (SRF), Almaty, and X, Vienna", a signature "Y,
    # London": a body, its acronym, then a city set off by commas and closing the list item
    for _s0, e, o in orgs:
        m = re.match(r"(?:\s*\([^()\n]{1,20}\))?\s*,\s*", text[e : sent.end])
        hit = m and next(((e2, y) for s2, e2, y in locs if s2 == e + m.end()), None)
        if not hit or hit[1].properties.get("kind") != "city":
            continue
        end, city = hit
        if re.match(r"\s*(?:[.;]?\s*$|\)|,\s*(?:and|or)\b|,\s*$)", text[end : sent.end]):
            b.relate("LOCATED_IN", o, city, sent.index)
    for _s, e, y in locs:
        m = re.match(r"\s+(?:office|offices|branch|headquarters|bureau)\s+of\s+(?:the\s+)?", text[e : sent.end])
        org = m and next((o for s2, _e2, o in orgs if s2 == e + m.end()), None)
        if org and y.properties.get("kind") == "city":
            b.relate("LOCATED_IN", org, y, sent.index)
    # "Dushanbe City Court", "Osh Regional Court": a body named after its place
    for _s, _e, o in orgs:
        m = re.match(r"([A-Z][\w-]+)\s+(?:City|District|Regional|Region|Oblast|Province|Municipal)\b", o.name)
        if m and m.group(1).lower() in locs_of_doc:
            b.relate("LOCATED_IN", o, locs_of_doc[m.group(1).lower()], sent.index)
    # "Aktau airport", "Nukus central square": a venue named after a place of the document
    for _s, _e, v in locs:
        m = re.match(r"([A-Z][\w-]+)\s", v.name)
        if v.properties.get("kind") == "venue" and m and locs_of_doc.get(m.group(1).lower()) not in (None, v):
            b.relate("LOCATED_IN", v, locs_of_doc[m.group(1).lower()], sent.index)
