"""Neo4j Browser assets over HTTP: the guide (``:play`` URL) and the stylesheet.

Neo4j Browser fetches a remote guide with a cross-origin request from its own
origin (``http://localhost:7474``), so these responses carry permissive CORS
headers; the host must also be allowed by ``browser.remote_content_hostname_whitelist``
in neo4j.conf (graph.server sets ``*``). Include with ``app.include_router(router)``.
"""

from __future__ import annotations

from fastapi import APIRouter, Request, Response

from graph.browser import grass, guide_html

router = APIRouter(prefix="/browser", tags=["neo4j-browser"])

CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "GET, OPTIONS",
    "Access-Control-Allow-Headers": "*",
    "Cache-Control": "no-cache",
}


@router.get("/guide.html", response_class=Response)
def guide(request: Request) -> Response:
    """The guide: ``:play http://localhost:8000/browser/guide.html`` in Neo4j Browser.

    Its "apply the style" link points back at this server, whatever host and port it runs on.
    """
    html = guide_html(str(request.base_url))
    return Response(html, media_type="text/html; charset=utf-8", headers=CORS_HEADERS)


@router.get("/style.grass", response_class=Response)
def style() -> Response:
    """The stylesheet: drag into the Browser's style panel, or ``:style`` it (see docs/browser.md)."""
    return Response(grass(), media_type="text/plain; charset=utf-8", headers=CORS_HEADERS)


@router.options("/{path:path}")
def preflight(path: str) -> Response:
    return Response(status_code=204, headers=CORS_HEADERS)
