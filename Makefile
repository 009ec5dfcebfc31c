# Every target sets up .venv from the pinned requirements first, so a fresh clone needs only
# python3 and make.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
READY := $(VENV)/.ready
export NO_MKDOCS_2_WARNING := 1

.PHONY: setup serve build test lint format check bench

setup: $(READY)

$(READY): requirements.txt requirements-dev.txt
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

# The preview keeps running through an editor's mistake and shows it on every page.
SERVE_ADDRESS ?= 127.0.0.1:8000

serve: setup
	SITE_PREVIEW=1 $(BIN)/mkdocs serve --no-strict --dev-addr $(SERVE_ADDRESS)

# Build beside the published site, in a folder of this build's own (named by its process), and swap only on success:
# a failed build leaves site/ as it was and nothing beside it, and so does a build stopped by
# Ctrl-C or a time limit (the trap stops MkDocs and removes its folder; the swap itself is not
# interrupted).
build: setup
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

test: lint build
	$(BIN)/pytest

check: setup
	$(BIN)/python -m macros.check

bench: setup
	$(BIN)/python -m bench.run
