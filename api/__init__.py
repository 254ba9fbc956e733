"""Top layer: GraphQL over FastAPI, and the ``rightsgraph`` command line.

Builds on ``graph``; reaches ``loaders`` only through ``loaders.pipeline.ingest``
(and the loaders' own CLI commands, mounted into the root command).
"""
