# Clippings: `make demo` and `make test` do all the set-up on a fresh clone.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: install demo test bench lint clean

install: $(STAMP)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: install
	$(BIN)/clippings demo --db demo.db

# The import contracts and linters run first: a broken layer fails the tests.
test: lint
	$(BIN)/python -m pytest -q -n 3 --dist loadfile --no-loadscope-reorder

$(VENV)/.bench: $(STAMP)
	$(BIN)/pip install --quiet -e '.[dev,bench]'
	touch $(VENV)/.bench

bench: $(VENV)/.bench
	$(BIN)/python benchmarks/extraction.py ../shared/benchmarks/zyte-article
	$(BIN)/python benchmarks/extraction.py ../shared/benchmarks/fundus-articles
	$(BIN)/python benchmarks/extraction.py ../shared/benchmarks/trafilatura-eval-dev

lint: install
	$(BIN)/ruff check crawler pipelines archive tests benchmarks
	$(BIN)/mypy crawler pipelines archive
	$(BIN)/lint-imports

clean:
	rm -rf $(VENV) demo.db demo.db-* .pytest_cache .import_linter_cache
