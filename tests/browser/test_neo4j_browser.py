"""Neo4j Browser in a real (headless) Chromium: connect, play the guide, run a guide query, see nodes.

Chromium comes from Debian's packages; when it is missing the test installs it
(``apt-get update && apt-get install -y chromium chromium-driver``, as root)
and skips, with that command in the message, only where it cannot be installed.
Screenshots go to ``out/`` (git-ignored); their paths are printed.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Iterator

import pytest
import uvicorn
from fastapi import FastAPI

from api.browser_routes import router
from graph.browser.guide import GUIDE
from graph.db import Database
from graph.repository import Repository
from graph.schema import NODE_TYPES
from graph.server import LocalNeo4j, free_port, port_open
from graph.settings import PROJECT_ROOT
from tests.browser.neo4j_browser import (
    INSTALL_HINT,
    BrowserTarget,
    Neo4jBrowser,
    chromium_page,
    find_chromium,
)
from tests.browser.sample_graph import write_sample

pytestmark = [pytest.mark.neo4j, pytest.mark.browser]

OUT = PROJECT_ROOT / "out"


def _install_chromium() -> str | None:
    """Debian's chromium, installed if missing and possible; None where it cannot be."""
    found = find_chromium()
    if found or os.environ.get("RIGHTSGRAPH_NO_APT"):
        return found
    if shutil.which("apt-get") is None or os.geteuid() != 0:
        return None
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    install = ["apt-get", "install", "-y", "-q", "chromium", "chromium-driver"]
    for cmd in (["apt-get", "update", "-q"], install):
        try:
            if subprocess.run(cmd, capture_output=True, env=env, timeout=600).returncode != 0:
                return None
        except (OSError, subprocess.TimeoutExpired):
            return None
    return find_chromium()


@pytest.fixture(scope="module")
def chromium() -> str:
    import playwright  # noqa: F401  (a pinned dev dependency: missing it is a broken install, not a skip)
    exe = _install_chromium()
    if exe is None:
        pytest.skip(f"no Chromium and it cannot be installed here: {INSTALL_HINT}")
    return exe


@pytest.fixture(scope="module")
def guide_server() -> Iterator[str]:
    """The API's Browser routes on a free port (the guide's host must answer CORS requests)."""
    app = FastAPI()
    app.include_router(router)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not port_open(port):
        assert time.monotonic() < deadline, "the guide server did not start"
        time.sleep(0.1)
    yield f"http://localhost:{port}"
    server.should_exit = True
    thread.join(10)


def _step(title: str) -> int:
    """Slide index of a guide step (slide 0 is the welcome slide)."""
    return 1 + next(i for i, s in enumerate(GUIDE) if s.title == title)


def _play_and_run(nb: Neo4jBrowser, guide_url: str, slide: int, block: int = 0) -> int:
    """Play the guide, go to ``slide``, click its ``block``-th code block, run it; nodes drawn."""
    nb.run(":clear")
    nb.run(f":play {guide_url}/browser/guide.html")
    frame = nb.newest_frame()
    frame.locator("[data-testid=nextSlide]").wait_for(timeout=20_000)
    for _ in range(slide):
        frame.locator("[data-testid=nextSlide]").click()
    time.sleep(0.5)
    pres = [p for p in frame.locator("pre.runnable").all() if p.is_visible()]
    pres[block].click()  # fills the editor, as an investigator's click does
    nb.run_editor()
    return nb.wait_for_graph()


def test_guide_query_draws_the_graph_in_neo4j_browser(
    chromium: str, scratch_db: Database, scratch_server: LocalNeo4j, guide_server: str,
) -> None:
    write_sample(Repository(scratch_db))
    s = scratch_server.settings
    OUT.mkdir(exist_ok=True)
    shots = {"around": OUT / "browser.png", "path": OUT / "browser-path.png",
             "guide": OUT / "browser-guide.png"}
    with chromium_page() as page:
        nb = Neo4jBrowser(page)
        nb.connect(BrowserTarget(s.http_port, s.bolt_port, s.user, s.password))
        nb.run(f":style {guide_server}/browser/style.grass")
        page.get_by_text("node.Person").first.wait_for(timeout=20_000)  # the stylesheet frame

        nodes = _play_and_run(nb, guide_server, _step("Everything around them"))
        page.screenshot(path=str(shots["around"]))
        print(f"\nscreenshot: {shots['around']} ({nodes} nodes)")
        assert nodes >= 2, "the 'everything around them' query drew no graph"
        person = page.locator("svg g.node").filter(has_text="Kassym")  # captions are names
        assert person.count() >= 1
        fills = [c.get_attribute("fill") for c in person.first.locator("circle").all()]
        assert NODE_TYPES["Person"].color.lower() in {(f or "").lower() for f in fills}  # schema colour

        path_nodes = _play_and_run(nb, guide_server, _step("How are two people connected?"))
        page.screenshot(path=str(shots["path"]))
        print(f"screenshot: {shots['path']} ({path_nodes} nodes)")
        assert path_nodes >= 3  # Kiai - Kazakhstan government - Tokayev

        nb.run(":clear")
        nb.run(f":play {guide_server}/browser/guide.html")
        nb.newest_frame().locator("pre.runnable").first.wait_for(timeout=20_000)
        page.screenshot(path=str(shots["guide"]))
        print(f"screenshot: {shots['guide']}")
    assert all(p.stat().st_size > 10_000 for p in shots.values())


def test_screenshots_are_ignored_by_git() -> None:
    ignored = subprocess.run(["git", "check-ignore", "-q", str(OUT / "browser.png")], cwd=PROJECT_ROOT)
    assert ignored.returncode == 0, "out/ must stay out of git"
