# The two commands: `make serve` and `make test`.  Both set everything up first;
# re-running them when nothing changed reinstalls and rebuilds nothing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
INSTALLED := $(VENV)/.installed

VENDOR := src/isecg_kg/web/static/vendor
ASSETS := $(VENDOR)/.installed

.PHONY: serve test lint indexes assets browser stores clean

# pip prints one line per package (Collecting, Downloading with a bar in a terminal, Installing), so
# a first run shows what it is doing; an up-to-date .venv skips this rule.
$(INSTALLED): pyproject.toml constraints.txt
	@echo "== set-up 1/3: Python packages into $(VENV)/ (the first time: a few minutes, about 1 GB)"
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	# torch first and alone: the CPU wheel on disk; a looser spec would pull a CUDA build.
	$(BIN)/pip install --progress-bar on torch==2.13.0
	$(BIN)/pip install --progress-bar on -c constraints.txt -e '.[test]'
	touch $@

# Builds indexes/ from corpus/ when missing or stale (a no-op, in about a second, otherwise).  Progress:
# bars in a terminal, a log line every tenth of each step otherwise.
indexes: $(INSTALLED)
	@echo "== set-up 2/3: indexes/ from corpus/ (the first time: a minute or more, most of it loading and running the embedding model)"
	$(BIN)/isecg-kg ingest

# Web assets (YASGUI, cytoscape) from the npm registry, served by the app itself: no CDN.
$(ASSETS): package.json package-lock.json
	@echo "== set-up 3/3: web assets (YASGUI, cytoscape) from the npm registry"
	@command -v npm >/dev/null || { echo "npm not found: the web assets need Node.js and npm (Debian: apt-get install nodejs npm)"; exit 1; }
	npm ci --no-audit --no-fund --loglevel=error
	mkdir -p $(VENDOR)
	cp node_modules/@zazuko/yasgui/build/yasgui.min.js node_modules/@zazuko/yasgui/build/yasgui.min.css $(VENDOR)/
	cp node_modules/cytoscape/dist/cytoscape.min.js $(VENDOR)/
	touch $@

assets: $(ASSETS)

# Debian's chromium and chromedriver for the browser tests.
browser:
	@command -v chromium >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >/dev/null; }

# Debian's Virtuoso open source, one of the two remote stores the tests run against (Oxigraph server, the
# other, comes with the test extras); the tests start it on a free 127.0.0.1 port with a temporary
# database, and stop it.  The package's own server (port 8890, dba password "dba") is not needed: stopped
# if the install started it.
stores:
	@command -v virtuoso-t >/dev/null || { apt-get update -qq && \
	  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password password dba" | debconf-set-selections && \
	  echo "virtuoso-opensource-7 virtuoso-opensource-7/dba-password-again password dba" | debconf-set-selections && \
	  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq virtuoso-opensource >/dev/null && \
	  { service virtuoso-opensource-7 stop >/dev/null 2>&1 || true; }; }

serve: indexes assets
	$(BIN)/isecg-kg serve

# The lint and type gate: ruff on all the code, mypy on the core packages' public surface (the
# constructors and typed records other layers use).
TYPED := src/isecg_kg/records.py src/isecg_kg/text.py src/isecg_kg/settings.py src/isecg_kg/indexes.py \
	src/isecg_kg/iris.py src/isecg_kg/ingest/__init__.py src/isecg_kg/ingest/model.py src/isecg_kg/kg/__init__.py \
	src/isecg_kg/kg/store.py src/isecg_kg/search/__init__.py src/isecg_kg/search/engine.py src/isecg_kg/qa/__init__.py \
	src/isecg_kg/sparql/__init__.py src/isecg_kg/sparql/endpoint.py src/isecg_kg/params.py \
	src/isecg_kg/search/params.py src/isecg_kg/qa/params.py src/isecg_kg/sparql/params.py src/isecg_kg/sparql/formats.py
lint: $(INSTALLED)
	$(BIN)/ruff check src tests bench
	$(BIN)/mypy $(TYPED)

test: lint indexes assets browser stores
	$(BIN)/python -m pytest

clean:
	rm -rf $(VENV) indexes/current indexes/builds
