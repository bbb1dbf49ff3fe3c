# Two jobs a new user needs; each sets up its own virtual environment in .venv
# with nothing but Python 3.11 (python3 -m venv) and pip.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
EXAMPLE := examples/kpu-penajam-paser-utara-42-2025.yaml

.PHONY: example test schemas bench clean

example: $(VENV)/.installed
	$(BIN)/zi-docs validate $(EXAMPLE)
	$(BIN)/zi-docs render $(EXAMPLE) -o out
	$(BIN)/zi-docs read out/$(notdir $(EXAMPLE:.yaml=.docx)) --summary
	$(BIN)/zi-docs check $(EXAMPLE) out/$(notdir $(EXAMPLE:.yaml=.docx))

# Both cores (or all a machine has), one test file per worker: files share their
# rendered fixtures within a module.
test: $(VENV)/.installed
	$(BIN)/python -m pytest -n auto --dist loadfile

schemas: $(VENV)/.installed
	$(BIN)/zi-docs schema -o schemas
	$(BIN)/python tools/build_model_docs.py
	$(BIN)/zi-docs rules --markdown -o docs/rules.md

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $@

bench: $(VENV)/.installed
	$(BIN)/python benchmarks/run.py

clean:
	rm -rf $(VENV) out .pytest_cache .hypothesis
