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

# Every core the machine has; an idle worker takes tests from a busy one (the OCR and
# benchmark tests are long), which keeps the suite near four minutes on two cores.
test: $(VENV)/.installed
	$(BIN)/python -m pytest -n auto --dist worksteal

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
