"""Benchmark of the GraphQL API against the same Cypher run directly (a script, not a test).

    .venv/bin/python benchmarks/api_bench.py [--requests 60] [--people 40000] [--skip-large]

Starts a throwaway Neo4j (free ports, temporary folder) unless NEO4J_URI is
set (then that server is used, and WIPED: it asks first unless --yes), and
measures on two graphs:

(a) the default corpus (data/corpus) loaded by the pipeline;
(b) a generated graph of >= 100,000 nodes and >= 500,000 relationships, the
    same shape as the corpus (documents, people, organizations, places,
    events with participants/places/violations, laws, articles, rights,
    evidence arrays on every fact), written with UNWIND batches.

For each representative query it prints the median and p99 latency through
the API (in-process ASGI with httpx: GraphQL parsing, validation, resolvers,
DataLoaders, JSON), the same for its Cypher run directly (the
:mod:`graph.queries` functions the resolvers call, in the same order, through
the driver), their ratio, and requests per second with 8 concurrent clients.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from api.app import create_app
from api.settings import ApiSettings
from graph import queries as q
from graph.db import Database
from graph.repository import Repository
from graph.server import LocalNeo4j, free_port
from graph.settings import PROJECT_ROOT, GraphSettings

CONCURRENCY = 8


@dataclass
class Case:
    name: str
    query: str
    variables: dict[str, Any]
    direct: Callable[[Database], object]


# --- the queries ------------------------------------------------------------------

ENTITY = """query($id: ID!) { node(id: $id) { ... on Person { name aliases
  organizations { type role organization { name } evidence { sentence } }
  events { role event { name date location { name } violations { article { name } evidence { sentence } } } }
  mentions { surface document { title } } } } }"""
EVENTS = """query($f: EventFilter) { events(first: 20, filter: $f) { totalCount edges { node { name date kind
  location { name } participants { role actor { name } } } } } }"""
SEARCH = "query($t: String!) { search(text: $t, first: 10) { score node { __typename id name } } }"
PATHS = "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxHops: 4, first: 5) { length nodes { name } hops { type evidence { sentence } } } }"  # noqa: E501
NEIGHBORHOOD = """query($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id label name }
  edges { source target type } } }"""
STATS = "{ violationStats(groupBy: RIGHT) { key name violations violators documents } }"


def _direct_entity(pid: str) -> Callable[[Database], object]:
    """What the resolvers of ENTITY send, level by level (one batch per level)."""

    def run(db: Database) -> object:
        person = q.nodes_by_id(db, [pid])[pid]
        orgs = q.related(
            db, "Person", [pid], ("FOUNDED", "LEADS", "MEMBER_OF", "WORKS_FOR"), "OUT", ("Organization",)
        )
        events = q.related(db, "Person", [pid], ("PARTICIPATED_IN",), "OUT", ("Event",))
        q.mentions(db, "Person", [pid])
        ev_ids = [e.node.id for e in events.get(pid, [])]
        if ev_ids:
            q.related(db, "Event", ev_ids, ("OCCURRED_IN",), "OUT", ("Location",))
            q.related(db, "Event", ev_ids, ("VIOLATES",), "OUT")
        return person, orgs

    return run


def _direct_events(f: q.NodeFilter) -> Callable[[Database], object]:
    def run(db: Database) -> object:
        rows = q.list_nodes(db, "Event", f, "DATE", False, 0, 21)
        q.count_nodes(db, "Event", f)
        ids = [r.id for r in rows[:20]]
        q.related(db, "Event", ids, ("OCCURRED_IN",), "OUT", ("Location",))
        q.related(db, "Event", ids, ("PARTICIPATED_IN",), "IN")
        return rows

    return run


def _direct_paths(a: str, b: str) -> Callable[[Database], object]:
    def run(db: Database) -> object:
        found = q.nodes_by_id(db, [a])
        found.update(q.nodes_by_id(db, [b]))
        return q.shortest_paths(db, found[a], found[b], 4, 5)

    return run


def _direct_neighborhood(node_id: str) -> Callable[[Database], object]:
    def run(db: Database) -> object:
        center = q.nodes_by_id(db, [node_id])[node_id]
        return q.neighborhood(db, center, 2, 200)

    return run


def cases(db: Database) -> list[Case]:
    """Parameters picked from the graph itself: its best-connected person, events, a linked pair."""
    hub = q.list_nodes(db, "Person", q.NodeFilter(), "CONNECTIONS", True, 0, 1)[0]
    pair = _linked_pair(db)
    events_ev = q.list_nodes(db, "Event", q.NodeFilter(), "DATE", False, 0, 400)
    dated = sorted(e.props["date"] for e in events_ev if e.props.get("date"))
    year = dated[len(dated) // 2][:4] if dated else "2020"
    f = q.NodeFilter(date_from=year, date_to=year)
    word = max(hub.name.replace("-", " ").split(), key=len)
    search_text = word[:-1] + ("e" if word.endswith("a") else "a")  # a misspelling of its longest word
    return [
        Case("entity with relationships", ENTITY, {"id": hub.id}, _direct_entity(hub.id)),
        Case(
            f"filtered events ({year})", EVENTS, {"f": {"dateFrom": year, "dateTo": year}}, _direct_events(f)
        ),
        Case(
            f"search '{search_text}'", SEARCH, {"t": search_text}, lambda d: q.search(d, search_text, [], 10)
        ),
        Case("paths (2 hops)", PATHS, {"a": pair[0], "b": pair[1]}, _direct_paths(*pair)),
        Case("neighborhood depth 2", NEIGHBORHOOD, {"id": hub.id}, _direct_neighborhood(hub.id)),
        Case(
            "violationStats by right", STATS, {}, lambda d: q.violation_stats(d, "RIGHT", q.ViolationFilter())
        ),
    ]


def _linked_pair(db: Database) -> tuple[str, str]:
    """The best-connected person and an entity two hops away from it (a path of length 2)."""
    hub = q.list_nodes(db, "Person", q.NodeFilter(), "CONNECTIONS", True, 0, 1)[0]
    near = {e.node.id for e in q.related(db, "Person", [hub.id], q.FACT_TYPES, "BOTH").get(hub.id, [])}
    around = q.neighborhood(db, hub, 2, 500)
    far = sorted(n.id for n in around.nodes if n.id not in near and n.id != hub.id)
    if not far:
        raise SystemExit("the best-connected person has nothing two hops away")
    return hub.id, far[0]


# --- measuring --------------------------------------------------------------------


def _stats(samples: list[float]) -> tuple[float, float]:
    s = sorted(samples)
    p99 = s[min(len(s) - 1, round(0.99 * (len(s) - 1)))]
    return statistics.median(s) * 1000, p99 * 1000


async def _api_round(client: httpx.AsyncClient, case: Case) -> float:
    t = time.perf_counter()
    r = await client.post("/graphql", json={"query": case.query, "variables": case.variables})
    elapsed = time.perf_counter() - t
    body = r.json()
    if r.status_code != 200 or body.get("errors"):
        raise SystemExit(f"{case.name}: {body}")
    return elapsed


async def measure(db: Database, settings: GraphSettings, requests: int) -> list[tuple[str, ...]]:
    app = create_app(ApiSettings(), settings)
    rows = []
    transport = httpx.ASGITransport(app=app)
    async with httpx.AsyncClient(transport=transport, base_url="http://bench", timeout=120) as client:
        for case in cases(db):
            for _ in range(3):  # warm up: plans cached, pages in memory
                await _api_round(client, case)
                case.direct(db)
            api = [await _api_round(client, case) for _ in range(requests)]
            direct = []
            for _ in range(requests):
                t = time.perf_counter()
                case.direct(db)
                direct.append(time.perf_counter() - t)
            total = requests * 2

            async def worker(n: int, case: Case = case) -> None:
                for _ in range(n):
                    await _api_round(client, case)

            t = time.perf_counter()
            await asyncio.gather(*(worker(total // CONCURRENCY) for _ in range(CONCURRENCY)))
            rps = (total // CONCURRENCY * CONCURRENCY) / (time.perf_counter() - t)
            a_med, a_p99 = _stats(api)
            d_med, d_p99 = _stats(direct)
            rows.append(
                (
                    case.name,
                    f"{a_med:.1f}",
                    f"{a_p99:.1f}",
                    f"{d_med:.1f}",
                    f"{d_p99:.1f}",
                    f"{a_med / d_med:.2f}",
                    f"{rps:.0f}",
                )
            )
    app.state.db.close()
    return rows


def print_table(title: str, rows: list[tuple[str, ...]]) -> None:
    head = ("query", "API med ms", "API p99 ms", "Cypher med ms", "Cypher p99 ms", "ratio", "req/s x8")
    widths = [max(len(str(r[i])) for r in [head, *rows]) for i in range(len(head))]
    print(f"\n{title}")
    for r in [head, *rows]:
        print(
            "  "
            + "  ".join(
                str(c).ljust(w) if i == 0 else str(c).rjust(w)
                for i, (c, w) in enumerate(zip(r, widths, strict=True))
            )
        )


# --- the generated graph ----------------------------------------------------------

_SYLLABLES = [
    "ab",
    "ai",
    "bek",
    "bol",
    "dar",
    "er",
    "gul",
    "jan",
    "kas",
    "kai",
    "mar",
    "nur",
    "ras",
    "sa",
    "tok",
    "ul",
    "zhan",
    "as",
    "yer",
    "dos",
]
GEN_NODES = """
UNWIND range($from, $to - 1) AS i
WITH i, $syl AS s
WITH i, s[i % 20] + s[(i / 20) % 20] + s[(i / 400) % 20] AS stem
CREATE (n:{label} {{id: $prefix + i, name: $namePrefix + toUpper(substring(stem, 0, 1)) + substring(stem, 1)
                    + CASE WHEN $suffix THEN 'ov ' + i ELSE ' ' + i END,
                    aliases: [], searchKeys: [stem + 'ov']}})
SET n += $props
"""
GEN_DATES = """
MATCH (e:Event) WHERE e.id STARTS WITH 'event:gen-'
WITH e, right('0' + toString(1 + toInteger(rand() * 12)), 2) AS month,
     right('0' + toString(1 + toInteger(rand() * 28)), 2) AS day
SET e.date = toString(2005 + toInteger(rand() * 20)) + '-' + month + CASE WHEN rand() < 0.5 THEN '-' + day
             ELSE '' END,
    e.kind = ['arrest', 'protest', 'trial', 'ban', 'killing'][toInteger(rand() * 5)]
"""
# (type, start prefix/label/count, end prefix/label/count, per start, extra props)
GEN_EDGES = """
UNWIND range($from, $to - 1) AS i
UNWIND range(1, $per) AS k
WITH i, k, toInteger(rand() * $endCount) AS j
MATCH (a:{start} {{id: $startPrefix + i}})
MATCH (b:{end} {{id: $endPrefix + j}})
CREATE (a)-[r:{type}]->(b)
SET r += $props,
    r.evidence = ['Generated sentence ' + i + ' about ' + j + '.'],
    r.evidenceDocs = ['document:gen-' + toString((i + j) % $docs)],
    r.evidenceStarts = [i % 1000], r.evidenceEnds = [i % 1000 + 40]
"""


def generate(db: Database, people: int, log: Callable[[str], None]) -> dict[str, int]:
    """A corpus-shaped graph: 2.5 nodes and 12.75 relationships per person (100,080 and 510,000 at 40,000)."""
    n = {
        "Document": people // 40,
        "Person": people,
        "Organization": people // 8,
        "Location": people // 20,
        "Event": people * 5 // 4,
        "Law": 50,
        "Article": 2000,
        "Right": 30,
    }
    props = {
        "Event": {"datePrecision": "day"},
        "Article": {"instrument": "GEN"},
        "Organization": {"kind": "ngo"},
    }
    Repository(db).setup()
    t = time.perf_counter()
    for label, count in n.items():
        for lo in range(0, count, 20000):
            db.write(
                GEN_NODES.format(label=label),
                **{"from": lo},
                to=min(count, lo + 20000),
                syl=_SYLLABLES,
                prefix=f"{label.lower()}:gen-",
                namePrefix="" if label == "Person" else f"{label} ",
                suffix=label == "Person",
                props=props.get(label, {}),
            )
    db.write(GEN_DATES)
    log(f"  nodes written in {time.perf_counter() - t:.0f}s")
    edges = [
        ("MENTIONED_IN", "Person", "Document", 2),
        ("MENTIONED_IN", "Organization", "Document", 2),
        ("MENTIONED_IN", "Event", "Document", 2),
        ("MENTIONED_IN", "Location", "Document", 2),
        ("PARTICIPATED_IN", "Person", "Event", 3),
        ("PARTICIPATED_IN", "Organization", "Event", 2),
        ("OCCURRED_IN", "Event", "Location", 1),
        ("VIOLATES", "Event", "Article", 1),
        ("WORKS_FOR", "Person", "Organization", 1),
        ("MEMBER_OF", "Person", "Organization", 1),
        ("PART_OF", "Article", "Law", 1),
        ("PROTECTS", "Article", "Right", 1),
        ("LOCATED_IN", "Location", "Location", 1),
    ]
    roles = {"PARTICIPATED_IN": {"role": "participant"}, "WORKS_FOR": {"role": "staff"}}
    for type_, start, end, per in edges:
        t = time.perf_counter()
        batch = max(1, 30000 // per)
        for lo in range(0, n[start], batch):
            db.write(
                GEN_EDGES.format(type=type_, start=start, end=end),
                **{"from": lo},
                to=min(n[start], lo + batch),
                per=per,
                endCount=n[end],
                startPrefix=f"{start.lower()}:gen-",
                endPrefix=f"{end.lower()}:gen-",
                props=roles.get(type_, {}),
                docs=n["Document"],
            )
        log(f"  {type_} {start}->{end}: {n[start] * per:,} in {time.perf_counter() - t:.0f}s")
    db.write(
        "MATCH (p:Person) WHERE p.id STARTS WITH 'person:gen-' WITH p LIMIT 2000 "
        "MATCH (p)-[r:PARTICIPATED_IN]->() SET r.role = 'perpetrator'"
    )
    db.read("CALL db.awaitIndexes(600)")
    return Repository(db).counts()


# --- main -------------------------------------------------------------------------


def throwaway_settings(**overrides: Any) -> GraphSettings:
    """Settings of a throwaway benchmark server: free ports, fixed heap and page cache."""
    return GraphSettings.from_env().replace(
        external_uri="",
        bolt_port=free_port(),
        http_port=free_port(),
        password="rightsgraph-bench",
        heap="1g",
        pagecache="512m",
        **overrides,
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--requests", type=int, default=60, help="sequential requests per query and side")
    ap.add_argument("--people", type=int, default=40000, help="people in the generated graph (scales it)")
    ap.add_argument("--skip-large", action="store_true", help="only the default corpus")
    ap.add_argument("--yes", action="store_true", help="wipe the NEO4J_URI server without asking")
    args = ap.parse_args()

    server: LocalNeo4j | None = None
    tmp = tempfile.TemporaryDirectory(prefix="rightsgraph-bench-")
    if os.environ.get("NEO4J_URI"):
        settings = GraphSettings.from_env()
        if not args.yes and input(f"This wipes {settings.uri}. Continue? [y/N] ").lower() != "y":
            raise SystemExit(1)
    else:
        settings = throwaway_settings()
        server = LocalNeo4j(settings, root=Path(tmp.name))
        print(f"starting a throwaway Neo4j in {tmp.name} ...", flush=True)
        server.start(timeout=300)
    try:
        from loaders.pipeline import load_paths

        with Database(settings) as db:
            repo = Repository(db)
            repo.setup()
            repo.reset()
            t = time.perf_counter()
            report = load_paths(repo, [PROJECT_ROOT / "data" / "corpus"])
            counts = repo.counts()
            nodes = sum(v for k, v in counts.items() if k[0].isupper() and not k.isupper())
            rels = sum(v for k, v in counts.items() if k.isupper())
            print(
                f"(a) default corpus: {len(report.loaded)} documents, {nodes:,} nodes, "
                f"{rels:,} relationships (loaded in {time.perf_counter() - t:.1f}s)",
                flush=True,
            )
            print_table("(a) default corpus", asyncio.run(measure(db, settings, args.requests)))

            if not args.skip_large:
                print("\n(b) generating ...", flush=True)
                repo.reset()
                t = time.perf_counter()
                counts = generate(db, args.people, lambda m: print(m, flush=True))
                nodes = sum(v for k, v in counts.items() if k[0].isupper() and not k.isupper())
                rels = sum(v for k, v in counts.items() if k.isupper())
                print(
                    f"(b) generated graph: {nodes:,} nodes, {rels:,} relationships in "
                    f"{time.perf_counter() - t:.0f}s",
                    flush=True,
                )
                print_table("(b) generated graph", asyncio.run(measure(db, settings, args.requests)))
    finally:
        if server is not None:
            server.stop()
        tmp.cleanup()


if __name__ == "__main__":
    main()
