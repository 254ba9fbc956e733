"""Drive Neo4j Browser in headless Chromium (Debian's package) with Playwright.

Playwright's Python package brings its own driver but no browser: it launches
``/usr/bin/chromium`` (``apt-get install -y chromium``), with the flags this
machine's closed network needs and a fresh profile in a temporary folder.
"""

from __future__ import annotations

import shutil
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_FLAGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
]
INSTALL_HINT = "apt-get update && apt-get install -y chromium chromium-driver"


def find_chromium() -> str | None:
    for path in CHROMIUM_CANDIDATES:
        if Path(path).exists():
            return path
    return shutil.which("chromium")


@dataclass
class BrowserTarget:
    http_port: int
    bolt_port: int
    user: str
    password: str

    @property
    def url(self) -> str:
        return (f"http://localhost:{self.http_port}/browser/"
                f"?dbms=neo4j://{self.user}@localhost:{self.bolt_port}&preselectAuthMethod=NATIVE")


class Neo4jBrowser:
    """One Neo4j Browser page: connect, run commands, read and photograph frames."""

    def __init__(self, page: Any) -> None:
        self.page = page

    def connect(self, target: BrowserTarget, timeout: float = 30.0) -> None:
        self.page.goto(target.url, wait_until="domcontentloaded")
        self.page.fill("[data-testid=password]", target.password, timeout=timeout * 1000)
        self.page.click("[data-testid=connect]")
        self.page.get_by_text("You are connected as user").wait_for(timeout=timeout * 1000)

    def run(self, command: str) -> None:
        """Type a command or Cypher in the main editor and run it."""
        editor = self.page.locator("[data-testid=activeEditor]")
        editor.click()
        self.page.keyboard.press("Control+A")
        self.page.keyboard.press("Delete")
        self.page.keyboard.insert_text(command)
        self.page.click("[data-testid=editor-Run]")

    def run_editor(self) -> None:
        self.page.click("[data-testid=editor-Run]")

    def editor_text(self) -> str:
        return str(self.page.locator("[data-testid=activeEditor]").inner_text())

    def newest_frame(self) -> Any:
        return self.page.locator("[data-testid=frame]").first

    def wait_for_graph(self, timeout: float = 30.0) -> int:
        """Wait until the newest frame draws a graph; return how many nodes it shows."""
        frame = self.newest_frame()
        nodes = frame.locator("svg g.node")
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            n = nodes.count()
            if n:
                time.sleep(1.5)  # let the force layout settle before a screenshot
                return int(nodes.count())
            time.sleep(0.3)
        return 0


@contextmanager
def chromium_page(width: int = 1400, height: int = 1000) -> Iterator[Any]:
    """A page of a fresh headless Chromium with an empty profile, closed afterwards."""
    from playwright.sync_api import sync_playwright

    exe = find_chromium()
    if exe is None:
        raise FileNotFoundError(f"Chromium is not installed: {INSTALL_HINT}")
    profile = tempfile.mkdtemp(prefix="rightsgraph-chromium-")
    try:
        with sync_playwright() as p:
            context = p.chromium.launch_persistent_context(
                profile, executable_path=exe, headless=True, args=CHROMIUM_FLAGS,
                viewport={"width": width, "height": height},
            )
            try:
                yield context.pages[0] if context.pages else context.new_page()
            finally:
                context.close()
    finally:
        shutil.rmtree(profile, ignore_errors=True)
