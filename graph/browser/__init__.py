"""Neo4j Browser support: the stylesheet (``.grass``) and the investigator's guide.

Both are derived from the declarations in :mod:`graph.schema` and from the
guide's queries in :mod:`graph.browser.guide`; the files shipped beside this
module (``style.grass``, ``guide.html``) are those renderings, kept in step by
a test, so that they can be dragged into the Browser without running anything.
"""

from graph.browser.guide import GUIDE, guide_html
from graph.browser.style import grass

__all__ = ["GUIDE", "grass", "guide_html"]
