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
# The project's modules are compiled once first: the suite starts hundreds of
# Python processes, and where bytecode is not written (PYTHONDONTWRITEBYTECODE, as in
# CI) each would compile them again (0.15 CPU-s a process). Four workers keep the two
# cores busy while tests wait on servers and processes (measured: 478 s against 576 s
# with three).
# Most `clippings` runs of the tests are forked from a pre-imported process
# (tests/support/zygote.py); CLIPPINGS_TEST_FORK=0 makes each a new interpreter.
test: lint
	$(BIN)/python -m compileall -q crawler pipelines archive tests/support
	$(BIN)/python -m pytest -q -n 4 --dist loadfile --no-loadscope-reorder

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
