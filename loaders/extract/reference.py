"""Reference data (``loaders/reference/*.yaml``) loaded once into lookups.

Reference data holds for any document: instruments and their articles, the
rights those articles protect, countries with their adjectives and capitals,
places, well-known international bodies, and the word lists of the rules. It
holds nothing about the people, organizations or events of a particular corpus.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from graph.translit import fold, norm

REFERENCE_DIR = Path(__file__).resolve().parent.parent / "reference"



# Head words of legal-instrument names ("... Covenant", "Criminal Code", "Law on ..."):
# shared by the law reader (citations) and the entity typer (entities).
LAW_HEADS = (
    "Agreement",
    "Treaty",
    "Convention",
    "Covenant",
    "Declaration",
    "Charter",
    "Code",
    "Act",
    "Law",
    "Protocol",
    "Document",
    "Decree",
    "Constitution",
)

@dataclass(frozen=True)
class Instrument:
    code: str
    name: str
    aliases: tuple[str, ...]
    kind: str
    jurisdiction: str
    year: int | None
    articles: dict[str, tuple[str, str]]  # number -> (title, right)


@dataclass(frozen=True)
class Country:
    name: str
    adjectives: tuple[str, ...]
    capitals: tuple[str, ...]
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class KnownOrg:
    name: str
    aliases: tuple[str, ...]
    kind: str
    country: str | None = None  # the country a national body belongs to
    seat: str | None = None  # a city that stands for the body when the text also names it


@dataclass
class Reference:
    instruments: dict[str, Instrument] = field(default_factory=dict)  # code -> instrument
    instrument_by_alias: dict[str, Instrument] = field(default_factory=dict)  # norm(alias) -> instrument
    constitutions: dict[str, dict[str, tuple[str, str]]] = field(default_factory=dict)  # country -> articles
    constitution_years: dict[str, int | None] = field(default_factory=dict)
    statute_rights: dict[str, str] = field(default_factory=dict)
    countries: dict[str, Country] = field(default_factory=dict)  # name -> country
    country_by_form: dict[str, str] = field(default_factory=dict)  # norm(name/alias/adj) -> country name
    country_by_adj: dict[str, str] = field(default_factory=dict)
    capital_of: dict[str, str] = field(default_factory=dict)  # norm(capital) -> country
    places: dict[str, str] = field(default_factory=dict)  # norm(name) -> kind (city/region/venue)
    place_names: dict[str, str] = field(default_factory=dict)  # norm(name) -> canonical spelling
    orgs: dict[str, KnownOrg] = field(default_factory=dict)  # norm(name or alias) -> org
    seat_of: dict[str, KnownOrg] = field(default_factory=dict)  # norm(seat city) -> org it stands for
    lex: dict[str, Any] = field(default_factory=dict)
    treaty_bodies: dict[str, str] = field(default_factory=dict)  # body name -> instrument code

    # -- lookups -------------------------------------------------------------
    def country(self, text: str) -> str | None:
        """Country named by ``text`` (name, alias or adjective), else None."""
        return self.country_by_form.get(norm(text))

    def instrument(self, text: str) -> Instrument | None:
        return self.instrument_by_alias.get(norm(text))

    def place_kind(self, text: str) -> str | None:
        n = norm(text)
        if n in self.country_by_form and n not in self.country_by_adj:
            return "country"
        return self.places.get(n)

    def known_org(self, text: str) -> KnownOrg | None:
        return self.orgs.get(norm(text))


def _load(name: str) -> dict[str, Any]:
    with open(REFERENCE_DIR / name, encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return data or {}


@functools.lru_cache(maxsize=1)
def reference() -> Reference:
    """The reference data, parsed once per process."""
    ref = Reference()
    inst = _load("instruments.yaml")
    for raw in inst["instruments"]:
        arts = {str(k): (str(v[0]), str(v[1])) for k, v in (raw.get("articles") or {}).items()}
        i = Instrument(
            raw["code"],
            raw["name"],
            tuple(raw.get("aliases") or ()),
            raw["kind"],
            raw["jurisdiction"],
            raw.get("year"),
            arts,
        )
        ilo = re.fullmatch(r"ILO Convention (\d+)", i.code)
        if ilo and i.name.endswith(" Convention"):
            # "ILO Convention No. 87 on Freedom of Association and Protection of the Right to Organise"
            title = i.name[: -len(" Convention")]
            extra = tuple(
                f"{p} {ilo.group(1)} on {title}" for p in ("ILO Convention No.", "Convention No.", "ILO Convention")
            )
            i = Instrument(i.code, i.name, (*i.aliases, *extra), i.kind, i.jurisdiction, i.year, i.articles)
        ref.instruments[i.code] = i
        for a in (i.code, i.name, *i.aliases):
            ref.instrument_by_alias[norm(a)] = i
    for country, raw in (inst.get("constitutions") or {}).items():
        ref.constitutions[country] = {str(k): (str(v[0]), str(v[1])) for k, v in (raw.get("articles") or {}).items()}
        ref.constitution_years[country] = raw.get("year")
    ref.statute_rights = {norm(k): v for k, v in (inst.get("statute_rights") or {}).items()}

    geo = _load("countries.yaml")
    for raw in geo["countries"]:
        c = Country(
            raw["name"],
            tuple(raw.get("adj") or ()),
            tuple(raw.get("capital") or ()),
            tuple(raw.get("aliases") or ()),
        )
        ref.countries[c.name] = c
        for form in (c.name, *c.aliases):
            ref.country_by_form[norm(form)] = c.name
        for form in c.adjectives:
            ref.country_by_form.setdefault(norm(form), c.name)
            ref.country_by_adj[norm(form)] = c.name
        for cap in c.capitals:
            ref.capital_of[norm(cap)] = c.name
    for r in geo.get("regions") or ():
        ref.places[norm(r)] = "region"
        ref.place_names[norm(r)] = r
    for cty in geo.get("cities") or ():
        ref.places.setdefault(norm(cty), "city")
        ref.place_names.setdefault(norm(cty), cty)
    for v in geo.get("venues") or ():
        ref.places[norm(v)] = "venue"
        ref.place_names[norm(v)] = v

    for raw in _load("organizations.yaml")["organizations"]:
        o = KnownOrg(
            raw["name"], tuple(raw.get("aliases") or ()), raw.get("kind", "other"), raw.get("country"), raw.get("seat")
        )
        for form in (o.name, *o.aliases):
            ref.orgs[norm(form)] = o
    ref.seat_of = {norm(o.seat): o for o in ref.orgs.values() if o.seat}
    ref.lex = _load("lexicon.yaml")
    ref.treaty_bodies = {str(k): str(v) for k, v in (inst.get("treaty_bodies") or {}).items()
                         if str(v) in ref.instruments}
    return ref


def fold_key(text: str) -> str:
    """Re-exported for callers that only need the reference module."""
    return fold(text)
