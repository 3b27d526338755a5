# The two commands: `make serve` and `make test`.  Both set everything up first;
# re-running them when nothing changed reinstalls and rebuilds nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

.PHONY: serve test indexes clean

$(INSTALLED): pyproject.toml constraints.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first and alone: the CPU wheel on disk; a looser spec would pull a CUDA build.
	$(BIN)/pip install --quiet torch==2.13.0
	$(BIN)/pip install --quiet -c constraints.txt -e '.[test]'
	touch $@

# Builds indexes/ from corpus/ when missing or stale (a no-op, in about a second, otherwise).
indexes: $(INSTALLED)
	$(BIN)/isecg-kg ingest --quiet

serve: indexes
	$(BIN)/isecg-kg serve

test: indexes
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) indexes/current indexes/builds
