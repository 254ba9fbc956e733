"""The rendered files shipped with the project, and where they live.

``style.grass`` and ``guide.html`` sit beside this module (package data: they
can be dragged into Neo4j Browser without running anything); ``docs/cypher.md``
holds the guide's queries for those who paste Cypher. A test fails when one of
them differs from its rendering; ``python -m graph.browser`` rewrites them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from graph.browser.guide import guide_html, guide_markdown
from graph.browser.style import grass
from graph.settings import PROJECT_ROOT

HERE = Path(__file__).resolve().parent
STYLE_FILE = HERE / "style.grass"
GUIDE_FILE = HERE / "guide.html"
CYPHER_DOC = PROJECT_ROOT / "docs" / "cypher.md"

RENDERINGS: dict[Path, Callable[[], str]] = {
    STYLE_FILE: grass,
    GUIDE_FILE: guide_html,
    CYPHER_DOC: guide_markdown,
}


def write_files() -> list[Path]:
    for path, render in RENDERINGS.items():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(render(), encoding="utf-8")
    return list(RENDERINGS)
