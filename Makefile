# PIM Desk — the two commands of the README are `make run` and `make test`; both set up everything.
#
#   make install   create .venv, install PIM Desk with its test tools, build the reference database,
#                  compile the package's bytecode
#   make run       install, then start the desktop app
#   make test      install (and the system tools the tests need), then lint, types, layers, pytest,
#                  and the Linux package with its frozen checks and budgets (make package)
#   make lint      ruff, mypy (core), import-linter
#   make content   rebuild the reference database from resources/content
#   make translations  compile the interface translations (resources/i18n/*.ts → .qm)
#   make translations-stamp [CONTENT_LANG=fr]  stamp the content translations that have no en_hash
#   make translations-check [CONTENT_LANG=fr]  every problem of the content translations
#                      (resources/content/TRANSLATING.md)
#   make i18n-update   refresh the .ts files from the code (then translate the new entries)
#   make bench     run the benchmarks, write bench/results.md
#   make soak      drive the real app for SOAK_MINUTES (30) for release checks, write
#                  bench/soak-results.md
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
TS_FILES := $(wildcard resources/i18n/pimdesk_*.ts)
QM_FILES := $(TS_FILES:.ts=.qm)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: install bytecode run test lint content translations i18n-update bench soak package \
	system-deps clean screenshots translations-stamp translations-check

install: $(STAMP) $(REFDB) translations bytecode

# Users' installs and the frozen app run compiled code; these machines set
# PYTHONDONTWRITEBYTECODE=1, so without this every start would compile the package from source.
bytecode: $(STAMP)
	@$(PY) -m compileall -q pimdesk

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check \
		--config-settings editable_mode=compat -e '.[test,package]'
	@touch $(STAMP)

$(REFDB): $(STAMP) $(CONTENT_SOURCES) $(BUILD_CODE)
	$(PY) db/build_reference.py --out $(REFDB)

content: $(STAMP)
	$(PY) db/build_reference.py --out $(REFDB)

# The compiled catalogues are built, not kept in git: they follow from the .ts sources.
translations: $(QM_FILES)

resources/i18n/%.qm: resources/i18n/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

# The content's translations (resources/content/<lang>/); LANG would clash with the locale.
translations-stamp: $(STAMP)
	$(PY) db/translations.py stamp $(CONTENT_LANG)

translations-check: $(STAMP)
	$(PY) db/translations.py check $(CONTENT_LANG)

i18n-update: $(STAMP)
	$(BIN)/pyside6-lupdate -silent -extensions py -locations none -no-obsolete pimdesk/ui \
		-source-language en $(foreach ts,$(TS_FILES),-ts $(ts))

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
	$(PY) -m compileall -q pimdesk bench
	$(PY) bench/run.py

# The soak test in `make test` drives the app for a minute; this drives it for half an hour.
SOAK_MINUTES ?= 30
soak: install
	SOAK_MINUTES=$(SOAK_MINUTES) $(PY) bench/soak.py

package: install system-deps
	$(PY) packaging/build.py $(if $(ONEFILE),--onefile)

screenshots: install
	$(PY) docs/make_screenshots.py

clean:
	rm -rf build dist $(REFDB) $(QM_FILES) .pytest_cache .mypy_cache .ruff_cache
