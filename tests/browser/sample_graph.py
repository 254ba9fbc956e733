"""A small investigation written through the repository: two reports about the same people.

Written with :class:`graph.repository.Repository` from :mod:`graph.model` types
(no extractor involved), so the export, backup and Browser tests do not wait on
the loaders. Every query of the Browser guide finds something in it.
"""

from __future__ import annotations

import hashlib

from graph.model import DocumentRecord, Entity, Evidence, Extraction, Mention, Relation, make_id
from graph.repository import Repository

REPORT_1 = (
    "Kazakhstan: protest leaders jailed. "
    "On 21 May 2016 police in Atyrau detained Max Bokaev, "
    "who organized a peaceful protest against land reform. "
    "Bokaev was sentenced under article 174 of the Criminal Code of Kazakhstan. "
    "The dispersal violated ICCPR Article 21, which protects freedom of peaceful assembly. "
    "Atyrau is a city in western Kazakhstan."
)
REPORT_2 = (
    "UN expert criticizes Kazakhstan. "
    "UN Special Rapporteur Maina Kiai visited Kazakhstan in January 2014. "
    "Kiai criticized the Kazakhstan government for restricting peaceful protest. "
    "President Kassym-Jomart Tokayev leads the Kazakhstan government. "
    "Maks Bokayev remains in prison; his detention at the Atyrau protest violated ICCPR Article 21."
)


def _document(text: str, title: str) -> DocumentRecord:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return DocumentRecord(id=f"document:{digest[:16]}", title=title, text=text, sha256=digest,
                          source=f"{title}.txt", published_at="2020-01-01")


class _Builder:
    """Entities and relations of one document, located by their surface in a sentence."""

    def __init__(self, doc: DocumentRecord) -> None:
        self.doc = doc
        self.entities: list[Entity] = []
        self.relations: list[Relation] = []

    def sentence(self, fragment: str) -> Evidence:
        start = self.doc.text.index(fragment)
        # the sentence holding the fragment: from the previous ". " to the next "."
        s = self.doc.text.rfind(". ", 0, start)
        s = 0 if s < 0 else s + 2
        e = self.doc.text.index(".", start + len(fragment) - 1) + 1
        return Evidence(self.doc.id, self.doc.text[s:e], s, e)

    def entity(self, label: str, name: str, surface: str, key: str | None = None, **props: object) -> Entity:
        start = self.doc.text.index(surface)
        ev = self.sentence(surface)
        ent = Entity(make_id(label, key or name.lower()), label, name,
                     aliases=[surface] if surface != name else [], properties=dict(props),
                     mentions=[Mention(surface, start, start + len(surface), ev)])
        self.entities.append(ent)
        return ent

    def rel(self, type_: str, a: Entity, b: Entity, fragment: str | None, **props: object) -> None:
        evidence = [self.sentence(fragment)] if fragment else []
        self.relations.append(Relation(type_, a.id, a.label, b.id, b.label, evidence, dict(props)))

    def extraction(self) -> Extraction:
        return Extraction(self.doc, self.entities, self.relations)


def extractions() -> list[Extraction]:
    d1 = _Builder(_document(REPORT_1, "Protest leaders jailed"))
    kz = d1.entity("Location", "Kazakhstan", "Kazakhstan", kind="country")
    atyrau = d1.entity("Location", "Atyrau", "Atyrau", kind="city")
    bokaev = d1.entity("Person", "Max Bokaev", "Max Bokaev", key="max bokaev", descriptors=["protest leader"])
    protest = d1.entity("Event", "Atyrau land protest", "peaceful protest", key="atyrau 2016-05-21",
                        kind="protest", date="2016-05-21", datePrecision="day")
    code = d1.entity("Law", "Criminal Code of Kazakhstan", "Criminal Code of Kazakhstan",
                     key="kz criminal code", kind="code", jurisdiction="Kazakhstan")
    art174 = d1.entity("Article", "Criminal Code of Kazakhstan Article 174", "article 174",
                       key="KZ-CC 174", instrument="KZ-CC", number="174")
    iccpr = d1.entity("Law", "International Covenant on Civil and Political Rights", "ICCPR", key="iccpr",
                      kind="treaty", jurisdiction="international", year=1966, abbreviation="ICCPR")
    art21 = d1.entity("Article", "ICCPR Article 21", "ICCPR Article 21", key="ICCPR 21",
                      instrument="ICCPR", number="21", title="Right of peaceful assembly")
    right = d1.entity("Right", "Freedom of peaceful assembly", "freedom of peaceful assembly")
    d1.rel("OCCURRED_IN", protest, atyrau, "police in Atyrau detained")
    d1.rel("LOCATED_IN", atyrau, kz, "Atyrau is a city")
    d1.rel("PARTICIPATED_IN", bokaev, protest, "who organized", role="organizer")
    d1.rel("CHARGED_UNDER", bokaev, art174, "sentenced under article 174")
    d1.rel("VIOLATES", protest, art21, "The dispersal violated")
    d1.rel("PART_OF", art174, code, None)
    d1.rel("PART_OF", art21, iccpr, None)
    d1.rel("PROTECTS", art21, right, None)

    d2 = _Builder(_document(REPORT_2, "UN expert criticizes Kazakhstan"))
    kz2 = d2.entity("Location", "Kazakhstan", "Kazakhstan", kind="country")
    kiai = d2.entity("Person", "Maina Kiai", "Maina Kiai", descriptors=["UN Special Rapporteur"])
    un = d2.entity("Organization", "United Nations", "UN", key="united nations", kind="intergovernmental")
    visit = d2.entity("Event", "Maina Kiai's visit to Kazakhstan", "visited", key="kiai visit 2014-01",
                      kind="visit", date="2014-01", datePrecision="month")
    gov = d2.entity("Organization", "Kazakhstan government", "Kazakhstan government", kind="government",
                    country="Kazakhstan")
    tokayev = d2.entity("Person", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", descriptors=["President"])
    bokayev = d2.entity("Person", "Max Bokaev", "Maks Bokayev", key="max bokaev")
    protest2 = d2.entity("Event", "Atyrau land protest", "Atyrau protest", key="atyrau 2016-05-21",
                         kind="protest", date="2016-05-21", datePrecision="day")
    art21b = d2.entity("Article", "ICCPR Article 21", "ICCPR Article 21", key="ICCPR 21",
                       instrument="ICCPR", number="21")
    d2.rel("WORKS_FOR", kiai, un, "UN Special Rapporteur Maina Kiai", role="Special Rapporteur")
    d2.rel("PARTICIPATED_IN", kiai, visit, "Maina Kiai visited", role="visitor")
    d2.rel("OCCURRED_IN", visit, kz2, "visited Kazakhstan")
    d2.rel("CRITICIZED", kiai, gov, "Kiai criticized")
    d2.rel("LEADS", tokayev, gov, "Tokayev leads", role="President")
    d2.rel("PARTICIPATED_IN", bokayev, protest2, "Maks Bokayev remains", role="organizer")
    d2.rel("VIOLATES", protest2, art21b, "his detention at the Atyrau protest violated")
    return [d1.extraction(), d2.extraction()]


def write_sample(repo: Repository) -> None:
    repo.setup()
    for ex in extractions():
        repo.write(ex, extractor="sample-1")
