# Two entry points on a fresh machine: `make demo` and `make test`. Both create .venv as needed.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= tracker.db

.PHONY: demo test lint typecheck clean install install-dev

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

demo: install
	$(BIN)/tracker --db $(DB) ingest seeds/
	$(BIN)/tracker --db $(DB) timeline
	$(BIN)/tracker --db $(DB) export --format csv --out exports/timeline.csv
	$(BIN)/tracker --db $(DB) export --format json --out exports/timeline.json

test: install-dev
	$(BIN)/python -m pytest -q

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache tracker.db tracker.db-* exports/*.csv exports/*.json
