# PIM Desk — the two commands of the README are `make run` and `make test`; both set up everything.
#
#   make install   create .venv, install PIM Desk with its test tools, build the reference database
#   make run       install, then start the desktop app
#   make test      install (and the system tools the tests need), then lint, types, layers, pytest,
#                  and the Linux package with its frozen checks and budgets (make package)
#   make lint      ruff, mypy (core), import-linter
#   make content   rebuild the reference database from resources/content
#   make bench     run the benchmarks, write bench/results.md
#   make package   build the PyInstaller executable and check it
#   make screenshots  regenerate the README's screenshots from the real app (docs/screenshots)

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
REFDB := db/pimdesk-reference.sqlite
CONTENT_SOURCES := $(shell find resources/content -name '*.toml' 2>/dev/null)
BUILD_CODE := $(shell find pimdesk/content pimdesk/store pimdesk/domain -name '*.py' 2>/dev/null) db/build_reference.py
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install run test lint content bench package system-deps clean screenshots

install: $(STAMP) $(REFDB)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check \
		--config-settings editable_mode=compat -e '.[test,package]'
	@touch $(STAMP)

$(REFDB): $(STAMP) $(CONTENT_SOURCES) $(BUILD_CODE)
	$(PY) db/build_reference.py --out $(REFDB)

content: $(STAMP)
	$(PY) db/build_reference.py --out $(REFDB)

run: install
	env -u QT_QPA_PLATFORM $(BIN)/pimdesk

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy
	$(BIN)/lint-imports

test: install system-deps lint
	$(BIN)/pytest -m "not package"
	$(PY) packaging/build.py
	$(BIN)/pytest -m package

system-deps:
	@sh packaging/system-deps.sh

bench: install system-deps
	$(PY) bench/run.py

package: install system-deps
	$(PY) packaging/build.py $(if $(ONEFILE),--onefile)

screenshots: install
	$(PY) docs/make_screenshots.py

clean:
	rm -rf build dist $(REFDB) .pytest_cache .mypy_cache .ruff_cache
