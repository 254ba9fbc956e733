"""Documents to entities and relationships; builds on ``graph``.

The one entry point for other layers is :func:`loaders.pipeline.ingest`.
"""
