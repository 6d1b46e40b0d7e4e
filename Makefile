# pyvapix developer commands. Every target creates the environment it needs (.venv).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test generate check-generated typecheck lint bench docs docs-serve clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[sim,codegen,test,docs]"
	touch $(STAMP)

demo: $(STAMP)  ## start the simulator, drive a door over JSON and over SOAP, stop
	$(BIN)/python examples/demo.py

test: $(STAMP)  ## the whole test suite (slow tests included)
	$(BIN)/python -m pytest

generate: $(STAMP)  ## rewrite generated/ from specs/
	$(BIN)/pyvapix generate

check-generated: $(STAMP)  ## fail when generated/ differs from a fresh generation
	$(BIN)/pyvapix generate --check

typecheck: $(STAMP)  ## mypy --strict over the runtime, the generated code and the generator
	$(BIN)/python tools/typecheck.py -p pyvapix
	$(BIN)/python tools/typecheck.py examples bench tools

lint: $(STAMP)
	$(BIN)/ruff check src/pyvapix codegen tests examples bench tools
	$(BIN)/ruff format --check src/pyvapix codegen tests examples bench tools

bench: $(STAMP)  ## performance targets against hand-written lxml, zeep and xsdata
	$(BIN)/python -m bench.run

docs: $(STAMP)  ## the documentation site into site/; the reference is generated from specs/
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

docs-serve: $(STAMP)  ## preview the site on http://127.0.0.1:8000, rebuilt on every change
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs serve

clean:
	rm -rf $(VENV) build dist site .pytest_cache .mypy_cache .ruff_cache .hypothesis
