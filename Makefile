# Every target sets up .venv from the pinned requirements first, so a fresh clone needs only
# python3 and make. `make test` also installs, with Node.js (npm), the pinned HTML checker its
# tests run (package-lock.json: vnu-jar, which needs Java 17).

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
NODE_READY := node_modules/.ready
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint format check bench edition

setup: $(READY)

$(READY): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

$(NODE_READY): package.json package-lock.json
	@if command -v npm >/dev/null 2>&1; then \
	  npm ci --ignore-scripts --no-audit --no-fund --silent && touch $@; \
	else \
	  echo "npm is missing: the HTML checker is not installed and its test is skipped (install Node.js)"; \
	fi

# The preview keeps running through an editor's mistake and shows it on every page.
SERVE_ADDRESS ?= 127.0.0.1:8000

serve: setup
	SITE_PREVIEW=1 $(BIN)/mkdocs serve --no-strict --dev-addr $(SERVE_ADDRESS)

# Check first, so that a mistake stops the build with its one line, before MkDocs reads
# mkdocs.yml. Build beside the published site, in a folder of this build's own (named by its
# process), and swap only on success:
# a failed build leaves site/ as it was and nothing beside it, and so does a build stopped by
# Ctrl-C or a time limit (the trap stops MkDocs and removes its folder; the swap itself is not
# interrupted).
build: setup
	@$(BIN)/python -m macros.check --before-build
	@new=site.new.$$$$ && trap 'kill $$pid 2>/dev/null; wait $$pid; rm -rf $$new; exit 143' INT TERM HUP && \
	rm -rf $$new && mkdir -m 755 $$new && \
	{ $(BIN)/mkdocs build --strict --site-dir $$new & pid=$$!; \
	  wait $$pid || { rm -rf $$new; exit 1; }; } && \
	trap '' INT TERM HUP && rm -rf site && mv $$new site

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# The tests run side by side, one file to a process (its fixture projects are built once), one
# process more than the machine has cores: much of a browser test's time is spent waiting.
TEST_PROCESSES ?= $(shell echo $$(( $$(nproc) + 1 )))

test: lint build $(NODE_READY)
	$(BIN)/pytest --numprocesses $(TEST_PROCESSES) --dist loadfile

check: setup
	$(BIN)/python -m macros.check

# A new edition, started as a copy of the newest: `make edition YEAR=2024`.
edition: setup
	$(BIN)/python -m macros.new_edition $(YEAR)

# Lighthouse, pinned in bench/package-lock.json, is installed for the benchmark alone (one of its
# packages asks for the "latest" third-party-web: bench/package.json pins it, so `npm ci` installs
# the same files every time).
bench: setup
	npm ci --prefix bench --no-audit --no-fund --silent
	$(BIN)/python -m bench.run
