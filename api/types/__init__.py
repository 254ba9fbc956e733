"""GraphQL types of the API, one module per concern (nodes, pagination, inputs, results)."""
