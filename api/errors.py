"""Errors of the API and their GraphQL codes.

    ApiError               root; ``code`` goes to ``extensions.code``
    ├── BadUserInput       BAD_USER_INPUT: arguments the API cannot act on
    ├── NotFoundError      NOT_FOUND: an id that is not in the graph
    ├── Unauthenticated    UNAUTHENTICATED: missing or wrong API key
    ├── QueryTooComplex    QUERY_TOO_COMPLEX: depth, aliases, tokens, page or path too large
    ├── DatabaseDown       DATABASE_UNAVAILABLE: Neo4j cannot be reached
    ├── ExtractionFailed   EXTRACTION_FAILED: a readable document the extractor failed on or
    │                      stopped at its time limit (EXTRACT_TIMEOUT); nothing was stored
    └── InternalError      INTERNAL: anything else (message hidden, logged server-side)

:func:`classify` maps any error a resolver may raise (graph, loaders, ours,
GraphQL validation) to one of them; the schema's ``process_errors`` puts the
code on every error of a response and replaces unexpected messages, so no
stack trace or internal detail reaches a client.
"""

from __future__ import annotations

import logging

from graphql import GraphQLError

from graph.errors import DatabaseUnavailable, GraphError, NotFound, SchemaError
from loaders.errors import ExtractionError, LoaderError

log = logging.getLogger("rightsgraph.api")


class ApiError(Exception):
    code = "INTERNAL"


class BadUserInput(ApiError):
    code = "BAD_USER_INPUT"


class NotFoundError(ApiError):
    code = "NOT_FOUND"


class Unauthenticated(ApiError):
    code = "UNAUTHENTICATED"


class QueryTooComplex(ApiError):
    code = "QUERY_TOO_COMPLEX"


class DatabaseDown(ApiError):
    code = "DATABASE_UNAVAILABLE"


class ExtractionFailed(ApiError):
    code = "EXTRACTION_FAILED"


class InternalError(ApiError):
    code = "INTERNAL"


INTERNAL_MESSAGE = "Internal error; it has been logged."

# Messages of Strawberry's/graphql-core's limit rules (they carry no original error).
_TOO_COMPLEX = (
    "exceeds maximum operation depth",
    "aliases found. Allowed",
    "tokens. Parsing aborted",
    "Document contains more than",
)


def classify(error: GraphQLError) -> tuple[str, str]:
    """(code, message to show) for an error of a GraphQL response."""
    exc = error.original_error
    if exc is None:
        # Parse and validation errors: the operation itself is at fault.
        if any(s in error.message for s in _TOO_COMPLEX):
            return QueryTooComplex.code, error.message
        return BadUserInput.code, error.message
    if isinstance(exc, GraphQLError):  # nested (e.g. variable coercion)
        return classify(exc)
    if isinstance(exc, ApiError) and not isinstance(exc, InternalError):
        return exc.code, str(exc)
    if isinstance(exc, DatabaseUnavailable):
        return DatabaseDown.code, "The graph database is unavailable; retry shortly."
    if isinstance(exc, NotFound):
        return NotFoundError.code, str(exc)
    if isinstance(exc, ExtractionError):  # the input was readable: not the client's fault, nor hidden
        return ExtractionFailed.code, str(exc)
    if isinstance(exc, (SchemaError, LoaderError)):
        return BadUserInput.code, str(exc)
    if isinstance(exc, GraphError) and "timed out" in str(exc):
        return QueryTooComplex.code, str(exc)
    if isinstance(exc, (ValueError, TypeError)) and error.path is None:
        return BadUserInput.code, error.message  # argument coercion before execution
    log.error("unexpected error in %s", error.path, exc_info=exc)
    return InternalError.code, INTERNAL_MESSAGE


def apply_code(error: GraphQLError) -> None:
    """Set ``extensions.code`` (and a safe message) on ``error``, in place; idempotent."""
    if error.extensions and "code" in error.extensions:
        return
    code, message = classify(error)
    error.extensions = {**(error.extensions or {}), "code": code}
    error.message = message
