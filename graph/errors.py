"""Exceptions of the graph layer.

    GraphError                 root of everything ``graph`` raises
    ├── SchemaError            a label, type or edge not in graph.schema
    ├── DatabaseUnavailable    Neo4j cannot be reached (down, wrong URI, auth)
    ├── NotFound               an id that is not in the graph
    ├── ConflictError          an operation that would overwrite data without --force
    └── ServerError            the local Neo4j server could not be provisioned/started/stopped
"""

from __future__ import annotations


class GraphError(Exception):
    """Root of the graph layer's exceptions."""


class SchemaError(GraphError):
    """A label, relationship type or property that the schema does not declare."""


class DatabaseUnavailable(GraphError):
    """Neo4j is not reachable or refused the credentials."""


class NotFound(GraphError):
    """No node with that id."""


class ConflictError(GraphError):
    """The operation would overwrite existing data."""


class ServerError(GraphError):
    """Provisioning, starting or stopping the local Neo4j server failed."""
