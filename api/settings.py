"""Settings of the API, read once from the environment by the app factory.

Every setting is declared in :data:`API_SETTINGS` with its default and help
text (like :data:`graph.settings.GRAPH_SETTINGS`), so documentation can be
generated from, and checked against, this one list.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields

from graph.settings import Setting

API_SETTINGS: tuple[Setting, ...] = (
    Setting("API_HOST", "127.0.0.1", "Interface `rightsgraph serve` listens on."),
    Setting("API_PORT", "8000", "Port `rightsgraph serve` listens on."),
    Setting(
        "API_KEYS",
        "",
        "Comma-separated API keys. Mutations need `Authorization: Bearer <key>`; "
        "with no key configured, mutations are refused.",
    ),
    Setting("API_QUERIES_REQUIRE_KEY", "false", "When true, queries need an API key too."),
    Setting("API_CORS_ORIGINS", "", "Comma-separated origins allowed by CORS (`*` for any); empty: no CORS."),
    Setting("API_MAX_DEPTH", "12", "Deepest selection a GraphQL operation may have."),
    Setting("API_MAX_ALIASES", "30", "Most field aliases a GraphQL document may use (fragments included)."),
    Setting("API_MAX_TOKENS", "2000", "Most tokens a GraphQL document may have."),
    Setting("API_MAX_PAGE", "100", "Largest `first` a connection or list accepts."),
    Setting("API_MAX_NEIGHBORHOOD", "500", "Most nodes `neighborhood` returns."),
    Setting("API_GRAPHIQL", "true", "Serve GraphiQL at /graphql to browsers."),
)

_TRUE = {"1", "true", "yes", "on"}


def _env(name: str) -> str:
    for s in API_SETTINGS:
        if s.env == name:
            return os.environ.get(name, s.default)
    raise KeyError(name)


def _list(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass(frozen=True)
class ApiSettings:
    host: str = "127.0.0.1"
    port: int = 8000
    keys: tuple[str, ...] = ()
    queries_require_key: bool = False
    cors_origins: tuple[str, ...] = ()
    max_depth: int = 12
    max_aliases: int = 30
    max_tokens: int = 2000
    max_page: int = 100
    max_neighborhood: int = 500
    graphiql: bool = True

    @classmethod
    def from_env(cls) -> ApiSettings:
        return cls(
            host=_env("API_HOST"),
            port=int(_env("API_PORT")),
            keys=_list(_env("API_KEYS")),
            queries_require_key=_env("API_QUERIES_REQUIRE_KEY").lower() in _TRUE,
            cors_origins=_list(_env("API_CORS_ORIGINS")),
            max_depth=int(_env("API_MAX_DEPTH")),
            max_aliases=int(_env("API_MAX_ALIASES")),
            max_tokens=int(_env("API_MAX_TOKENS")),
            max_page=int(_env("API_MAX_PAGE")),
            max_neighborhood=int(_env("API_MAX_NEIGHBORHOOD")),
            graphiql=_env("API_GRAPHIQL").lower() in _TRUE,
        )

    def replace(self, **changes: object) -> ApiSettings:
        values = {f.name: getattr(self, f.name) for f in fields(self)}
        values.update(changes)
        return ApiSettings(**values)  # type: ignore[arg-type]
