"""The investigator's guide: clickable Cypher for Neo4j Browser, and the same in docs/cypher.md.

The queries are declared once here (:data:`GUIDE`) and rendered twice: as a
Browser guide (:func:`guide_html`, an HTML deck of ``<slide>`` sections whose
``<pre class="runnable" mode="cypher">`` blocks fill the editor when clicked,
played with ``:play <url>``) and as Markdown (:func:`guide_markdown`, written
to ``docs/cypher.md``). A test runs every query against a real graph.

Example values (a name, an article, a place) are literals an investigator edits
in the editor: simpler to follow than ``:param`` for someone new to Cypher.
MENTIONED_IN (entity -> Document) is left out of "how are they linked"
queries: every entity of a report is two steps from every other through it.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from graph.schema import NODE_TYPES, REL_TYPES


@dataclass(frozen=True)
class Query:
    cypher: str
    caption: str


@dataclass(frozen=True)
class Step:
    title: str
    lead: str  # one sentence: what the investigator learns
    text: str  # how to read the result
    queries: tuple[Query, ...] = field(default_factory=tuple)


GUIDE: tuple[Step, ...] = (
    Step(
        "Find a person by any spelling",
        "Names are spelled many ways: Tokayev or Tokaev, Nazarbayev or Nazarbaev.",
        "The full-text index entity_names covers every entity's name, its aliases and their "
        "transliteration-folded forms (Tokayev and Tokaev share one), so any Latin spelling finds "
        "the person. A ~ after a term also finds near spellings, and near names: check the score. "
        "Edit the name and run.",
        (
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Tokaev') YIELD node, score\n"
                  "RETURN node, score\nORDER BY score DESC LIMIT 10",
                  "Everything whose name or alias looks like Tokaev, best match first."),
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Bokayev~') YIELD node, score\n"
                  "WHERE node:Person\n"
                  "RETURN node.name AS name, node.aliases AS aliases, node.descriptors AS descriptors,\n"
                  "       score\n"
                  "ORDER BY score DESC LIMIT 10",
                  "Only people, as a table with the spellings merged into each."),
        ),
    ),
    Step(
        "Everything around them",
        "Who and what a person is linked to, in one picture.",
        "Every relationship but MENTIONED_IN (the link to the reports, see the last slide). "
        "Double-click a node to expand it; click a relationship to read its evidence sentences.",
        (
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Tokaev') YIELD node\n"
                  "WITH node WHERE node:Person LIMIT 1\n"
                  "MATCH p = (node)-[r]-(other)\n"
                  "WHERE type(r) <> 'MENTIONED_IN'\n"
                  "RETURN p",
                  "The person and their neighbours."),
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Tokaev') YIELD node\n"
                  "WITH node WHERE node:Person LIMIT 1\n"
                  "MATCH (node)-[r]-(other)\n"
                  "WHERE type(r) <> 'MENTIONED_IN'\n"
                  "RETURN type(r) AS relationship, head([k IN labels(other) WHERE k <> 'Entity']) AS kind,\n"
                  "       other.name AS other, r.role AS role, r.evidence[0] AS sentence\n"
                  "ORDER BY relationship, other",
                  "The same as a table, with one sentence for each link."),
        ),
    ),
    Step(
        "Violations of an article or a right",
        "Which events, laws or practices violate a given article, and the sentences that say so.",
        "An Article PROTECTS a Right (reference data: UDHR 20, ICCPR 21 and the constitution's "
        "article on assembly all protect freedom of peaceful assembly). VIOLATES edges carry the "
        "sentences of the reports that say so.",
        (
            Query("MATCH p = (x)-[:VIOLATES]->(:Article)-[:PROTECTS]->(right:Right)\n"
                  "WHERE toLower(right.name) CONTAINS 'assembly'\n"
                  "RETURN p",
                  "Everything said to violate an article protecting freedom of assembly."),
            Query("MATCH (x)-[v:VIOLATES]->(a:Article {instrument: 'ICCPR', number: '21'})\n"
                  "RETURN head([k IN labels(x) WHERE k <> 'Entity']) AS kind, x.name AS violation,\n"
                  "       x.date AS date, a.name AS article, v.evidence AS sentences\n"
                  "ORDER BY date",
                  "What violates ICCPR article 21, with the sentences that say so."),
        ),
    ),
    Step(
        "How are two people connected?",
        "The shortest chains of facts between two people.",
        "Paths go through events, organizations and laws, never through the reports themselves "
        "(MENTIONED_IN is excluded). Change both names.",
        (
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Kiai') YIELD node AS a\n"
                  "WITH a WHERE a:Person LIMIT 1\n"
                  "CALL db.index.fulltext.queryNodes('entity_names', 'Tokaev') YIELD node AS b\n"
                  "WITH a, b WHERE b:Person AND a <> b LIMIT 1\n"
                  "MATCH p = allShortestPaths((a)-[*..8]-(b))\n"
                  "WHERE none(r IN relationships(p) WHERE type(r) = 'MENTIONED_IN')\n"
                  "RETURN p LIMIT 25",
                  "All shortest paths of at most 8 steps."),
        ),
    ),
    Step(
        "Who was charged under which law",
        "Prosecutions, with the law or article they were brought under.",
        "CHARGED_UNDER goes from a person, organization or event to a Law or to one of its "
        "Articles (PART_OF its Law).",
        (
            Query("MATCH p = (x)-[:CHARGED_UNDER]->(l)\n"
                  "OPTIONAL MATCH q = (l)-[:PART_OF]->(:Law)\n"
                  "RETURN p, q",
                  "Charges as a graph."),
            Query("MATCH (x)-[c:CHARGED_UNDER]->(l)\n"
                  "OPTIONAL MATCH (l)-[:PART_OF]->(law:Law)\n"
                  "RETURN head([k IN labels(x) WHERE k <> 'Entity']) AS kind, x.name AS charged,\n"
                  "       coalesce(law.name, l.name) AS law,\n"
                  "       CASE WHEN l:Article THEN l.number END AS article, c.evidence[0] AS sentence\n"
                  "ORDER BY law, charged",
                  "Charges as a table, with a sentence for each."),
        ),
    ),
    Step(
        "The timeline of a place",
        "What happened in a place and the places within it, in date order.",
        "Dates keep their precision (year, month, day); undated events come last. "
        "Places within a place are followed through LOCATED_IN.",
        (
            Query("MATCH (place:Location) WHERE place.name = 'Kazakhstan'\n"
                  "MATCH (e:Event)-[:OCCURRED_IN]->(loc:Location)-[:LOCATED_IN*0..3]->(place)\n"
                  "RETURN DISTINCT e.date AS date, e.datePrecision AS precision, e.name AS event,\n"
                  "       e.kind AS kind, loc.name AS place\n"
                  "ORDER BY date",
                  "The timeline as a table."),
            Query("MATCH (place:Location) WHERE place.name = 'Kazakhstan'\n"
                  "MATCH p = (e:Event)-[:OCCURRED_IN]->(:Location)-[:LOCATED_IN*0..3]->(place)\n"
                  "OPTIONAL MATCH q = (actor)-[:PARTICIPATED_IN]->(e)\n"
                  "RETURN p, q",
                  "The same events with who took part in them."),
        ),
    ),
    Step(
        "Which sources support a fact",
        "Every fact carries the sentences, documents and character spans it was read from.",
        "On an evidenced relationship, evidence[i] is the sentence of document evidenceDocs[i] "
        "at characters evidenceStarts[i] to evidenceEnds[i]. MENTIONED_IN links each entity to the "
        "reports that name it.",
        (
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Bokaev') YIELD node\n"
                  "WITH node LIMIT 1\n"
                  "MATCH (node)-[r]-()\n"
                  "WHERE type(r) <> 'MENTIONED_IN' AND r.evidenceDocs IS NOT NULL\n"
                  "UNWIND range(0, size(r.evidenceDocs) - 1) AS i\n"
                  "MATCH (d:Document {id: r.evidenceDocs[i]})\n"
                  "RETURN startNode(r).name AS subject, type(r) AS fact, endNode(r).name AS object,\n"
                  "       d.name AS source, d.publishedAt AS published, r.evidence[i] AS sentence,\n"
                  "       r.evidenceStarts[i] AS start, r.evidenceEnds[i] AS end\n"
                  "ORDER BY fact, object",
                  "Each fact about Bokaev with its source and the exact sentence."),
            Query("CALL db.index.fulltext.queryNodes('entity_names', 'Bokaev') YIELD node\n"
                  "WITH node LIMIT 1\n"
                  "MATCH p = (node)-[:MENTIONED_IN]->(d:Document)\n"
                  "RETURN p",
                  "The reports that mention him (click an edge: surfaces and sentences)."),
        ),
    ),
)


def all_queries() -> list[str]:
    """Every Cypher statement of the guide, in order (what the tests run)."""
    return [q.cypher for step in GUIDE for q in step.queries]


# -- HTML (Neo4j Browser) ----------------------------------------------------------

def _pre(cypher: str) -> str:
    # textContent of the <pre> is what lands in the editor: escape, never rewrite.
    return f'<pre class="pre-scrollable code runnable" mode="cypher">{html.escape(cypher, quote=False)}</pre>'


def _slide(title: str, lead: str, body: str) -> str:
    return (
        '<slide class="row-fluid">\n'
        f'  <div class="col-sm-3">\n    <h3>{html.escape(title)}</h3>\n'
        f'    <p class="lead">{html.escape(lead)}</p>\n  </div>\n'
        f'  <div class="col-sm-9">\n{body}\n  </div>\n'
        "</slide>"
    )


def _legend() -> str:
    cell = '<td style="padding-right:12px;white-space:nowrap">'
    dot = 'display:inline-block;width:12px;height:12px;border-radius:6px;background:'
    nodes = "".join(
        f'<tr>{cell}<span style="{dot}{t.color}"></span> {t.label}</td>'
        f"<td>{html.escape(t.description)}</td></tr>"
        for t in NODE_TYPES.values()
    )
    rels = "".join(
        f"<tr>{cell}<code>{r.type}</code></td>"
        f"<td>{html.escape(r.description)}</td></tr>"
        for r in REL_TYPES.values()
    )
    table = '<table class="table table-condensed">'
    return (f"{table}<tr><th>Label</th><th>What it is</th></tr>{nodes}</table>"
            f"{table}<tr><th>Relationship</th><th>Meaning</th></tr>{rels}</table>")


def guide_html(base_url: str = "http://localhost:8000") -> str:
    """The guide as a Neo4j Browser deck; ``base_url`` is where the API serves ``/browser/style.grass``."""
    style_url = f"{base_url.rstrip('/')}/browser/style.grass"
    intro = (
        "    <p>This graph is built from human-rights reports. Every fact in it carries the sentence it "
        "was read from. Click a grey code block to put it in the editor, then run it (Ctrl+Enter).</p>\n"
        f'    <p>First, <a exec-topic="style {html.escape(style_url)}">apply the rightsgraph style</a> '
        "(captions are names, one colour per kind), or run:</p>\n"
        f"    {_pre(':style ' + style_url)}\n"
        "    <p>The node kinds and relationship types:</p>\n"
        f"    {_legend()}"
    )
    slides = [_slide("rightsgraph", "Follow a person to the events, laws and sources around them.", intro)]
    for step in GUIDE:
        body = [f"    <p>{html.escape(step.text)}</p>"]
        for q in step.queries:
            body.append(f"    <figure>\n      {_pre(q.cypher)}\n"
                        f"      <figcaption>{html.escape(q.caption)}</figcaption>\n    </figure>")
        slides.append(_slide(step.title, step.lead, "\n".join(body)))
    deck = "\n".join(slides)
    return (
        '<article class="guide">\n<carousel class="deck container-fluid">\n'
        f"{deck}\n"
        "</carousel>\n</article>\n"
    )


# -- Markdown (docs/cypher.md) -------------------------------------------------------

def guide_markdown() -> str:
    """The same queries for those who paste Cypher (written to docs/cypher.md)."""
    out = [
        "# Cypher for investigators",
        "",
        "<!-- Generated from graph/browser/guide.py by `python -m graph.browser`; edit there. -->",
        "",
        "The queries of the Neo4j Browser guide (see [browser.md](browser.md)), to paste into "
        "Neo4j Browser, `cypher-shell` or any driver. Example values (a name, an article, a place) "
        "are literals: edit them.",
        "",
        "How the graph stores facts: entities (Person, Organization, Location, Event, Law, Article, Right) "
        "have `id`, `name`, `aliases`; each is linked to the reports that name it by `MENTIONED_IN` "
        "(entity -> Document). Every relationship read from text carries parallel arrays `evidence` "
        "(the sentence), `evidenceDocs` (document id), `evidenceStarts`, `evidenceEnds` (character span "
        "in the original file).",
        "",
    ]
    for i, step in enumerate(GUIDE, 1):
        out += [f"## {i}. {step.title}", "", f"{step.lead} {step.text}", ""]
        for q in step.queries:
            out += [q.caption, "", "```cypher", q.cypher, "```", ""]
    return "\n".join(out)
