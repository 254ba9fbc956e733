"""Look at the running local graph in Neo4j Browser, headless, and save a screenshot.

    rightsgraph up            # Neo4j + corpus + API (serves the guide) in another terminal
    .venv/bin/python scripts/browser_check.py [--api http://localhost:8000] [--step "Everything around them"]

Connects with the settings of the environment (NEO4J_*), applies the style,
plays the guide, runs the first query of a step and writes ``out/browser-check.png``.
Needs Debian's chromium (``apt-get install -y chromium``) and the playwright package.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from graph.browser.guide import GUIDE
from graph.settings import PROJECT_ROOT, GraphSettings
from tests.browser.neo4j_browser import BrowserTarget, Neo4jBrowser, chromium_page


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--api", default="http://localhost:8000", help="where the API serves /browser/")
    parser.add_argument("--step", default="Everything around them", choices=[s.title for s in GUIDE])
    parser.add_argument("--block", type=int, default=0, help="which code block of the step (0: first)")
    parser.add_argument("--out", type=Path, default=PROJECT_ROOT / "out" / "browser-check.png")
    args = parser.parse_args()
    s = GraphSettings.from_env()
    slide = 1 + [st.title for st in GUIDE].index(args.step)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with chromium_page() as page:
        nb = Neo4jBrowser(page)
        nb.connect(BrowserTarget(s.http_port, s.bolt_port, s.user, s.password))
        nb.run(f":style {args.api}/browser/style.grass")
        nb.run(":clear")
        nb.run(f":play {args.api}/browser/guide.html")
        frame = nb.newest_frame()
        frame.locator("[data-testid=nextSlide]").wait_for(timeout=20_000)
        for _ in range(slide):
            frame.locator("[data-testid=nextSlide]").click()
        [p for p in frame.locator("pre.runnable").all() if p.is_visible()][args.block].click()
        nb.run_editor()
        nodes = nb.wait_for_graph(timeout=15)
        bar = nb.newest_frame().locator("[data-testid=frameStatusbar]")
        status = "graph" if nodes else bar.inner_text(timeout=15_000) if bar.count() else "no result"
        page.screenshot(path=str(args.out))
    print(f"{args.step}: {nodes} nodes drawn ({status.strip()}); screenshot {args.out}")
    return 0 if nodes or "record" in status else 1


if __name__ == "__main__":
    raise SystemExit(main())
