"""``python -m graph.browser``: write the stylesheet, the guide and docs/cypher.md from their sources."""

from __future__ import annotations

from graph.browser.files import write_files

if __name__ == "__main__":
    for path in write_files():
        print(f"wrote {path}")
