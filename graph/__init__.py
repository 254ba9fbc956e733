"""Bottom layer: domain model, schema declaration, all Cypher, repository, local Neo4j.

Imports neither ``loaders`` nor ``api``.
"""
