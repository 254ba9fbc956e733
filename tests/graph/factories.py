"""Small hand-built extractions for repository tests (no extractor involved)."""

from __future__ import annotations

import hashlib

from graph.model import DocumentRecord, Entity, Evidence, Extraction, Mention, Relation, make_id


def document(text: str, source: str = "doc.txt") -> DocumentRecord:
    digest = hashlib.sha256(text.encode()).hexdigest()
    return DocumentRecord(id=f"document:{digest[:16]}", title=source, text=text, sha256=digest, source=source)


def evidence(doc: DocumentRecord, sentence: str) -> Evidence:
    start = doc.text.index(sentence)
    return Evidence(doc.id, sentence, start, start + len(sentence))


def entity(doc: DocumentRecord, label: str, name: str, sentence: str, surface: str | None = None,
           key: str | None = None, **props: object) -> Entity:
    surface = surface or name
    ev = evidence(doc, sentence)
    start = doc.text.index(surface, ev.start)
    return Entity(make_id(label, key or name.lower()), label, name, aliases=[surface] if surface != name else [],
                  properties=dict(props), mentions=[Mention(surface, start, start + len(surface), ev)])


def sample(text_suffix: str = "") -> Extraction:
    """A protest, its organizer, and the article it is said to violate."""
    s1 = "On 10 May 2018 police detained Max Bokaev at a protest in Atyrau."
    s2 = "The detention violates the ICCPR (Article 21)."
    doc = document(f"{s1} {s2}{text_suffix}")
    person = entity(doc, "Person", "Max Bokaev", s1)
    event = entity(doc, "Event", "Atyrau protest detentions", s1, surface="detained", key="atyrau 2018-05-10",
                   kind="arrest", date="2018-05-10")
    law = entity(doc, "Law", "International Covenant on Civil and Political Rights", s2, surface="ICCPR",
                 key="iccpr")
    article = entity(doc, "Article", "ICCPR Article 21", s2, surface="Article 21", key="ICCPR 21",
                     instrument="ICCPR", number="21")
    return Extraction(
        document=doc,
        entities=[person, event, law, article],
        relations=[
            Relation("PARTICIPATED_IN", person.id, "Person", event.id, "Event", [evidence(doc, s1)],
                     {"role": "victim"}),
            Relation("VIOLATES", event.id, "Event", article.id, "Article", [evidence(doc, s2)]),
            Relation("PART_OF", article.id, "Article", law.id, "Law", []),
        ],
    )
