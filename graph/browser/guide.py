"""The investigator's guide for Neo4j Browser (placeholder, filled in below)."""

from __future__ import annotations

GUIDE: list[object] = []


def guide_html() -> str:
    return "<article class=\"guide\"></article>"
