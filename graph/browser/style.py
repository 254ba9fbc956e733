"""The Neo4j Browser stylesheet (GraSS), generated from graph.schema.

Entity nodes carry two labels (``Entity`` and their kind). The Browser applies
the rules of a node's labels in stylesheet order, the later winning, and gives
any label without a coloured rule a colour of its own (for the label chips of
a result, say): so ``node.Entity`` has a neutral rule placed *before* the
kinds' rules, and a Person stays blue.
"""

from __future__ import annotations

from graph.schema import ENTITY, NODE_TYPES

STYLE_FILE_NAME = "style.grass"


def grass() -> str:
    """Caption ``name`` on every node; colour and diameter per label from the schema."""
    lines = ["node {", "  diameter: 50px;", "  color: #A5ABB6;", "  border-color: #9AA1AC;",
             "  border-width: 2px;", "  text-color-internal: #FFFFFF;", "  font-size: 10px;",
             "  caption: '{name}';", "}", ""]
    lines += ["relationship {", "  color: #A5ABB6;", "  shaft-width: 1px;", "  font-size: 8px;",
              "  padding: 3px;", "  text-color-external: #000000;", "  text-color-internal: #FFFFFF;",
              "  caption: '<type>';", "}", ""]
    lines += [f"node.{ENTITY} {{", "  color: #A5ABB6;", "  border-color: #9AA1AC;",
              "  text-color-internal: #FFFFFF;", "  caption: '{name}';", "}", ""]
    for t in NODE_TYPES.values():
        lines += [f"node.{t.label} {{", f"  color: {t.color};", f"  border-color: {_darker(t.color)};",
                  f"  diameter: {t.size}px;", "  text-color-internal: #FFFFFF;", "  caption: '{name}';",
                  "}", ""]
    return "\n".join(lines)


def _darker(color: str, factor: float = 0.8) -> str:
    rgb = [int(color[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{int(c * factor):02X}" for c in rgb)
