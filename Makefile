# Two commands on a fresh machine: `make run` and `make test` (see README).
# Both create .venv on first use and reinstall when pyproject.toml changes.

VENV := .venv
BIN := $(VENV)/bin
# The first Python 3.11+ on PATH (override with `make PYTHON=/path/to/python3.12 ...`).
PYTHON ?= $(shell for p in python3 python3.13 python3.12 python3.11; do \
	command -v $$p >/dev/null 2>&1 && $$p -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
	2>/dev/null && echo $$p && break; done)

.PHONY: run test lint format forms icons model screenshots bench bundle bundle-test clean

$(BIN)/python:
	@test -n "$(PYTHON)" || { echo "TrustJournal needs Python 3.11 or newer (python3 --version)."; exit 1; }
	$(PYTHON) -m venv $(VENV) || { echo "Could not create $(VENV): on Debian/Ubuntu, apt-get install python3-venv"; exit 1; }

$(VENV)/.installed-app: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	@touch $@ $(VENV)/.installed-app

run: $(VENV)/.installed-app
	$(BIN)/trustjournal $(ARGS)

lint: $(VENV)/.installed-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

test: lint
	$(BIN)/pytest

format: $(VENV)/.installed-test
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

# Update resources/translations/*.ts from the sources and compile their .qm (docs/translation.md),
# then regenerate trustjournal/gui/forms/ui_*.py and resources_rc.py from ui/*.ui and resources/.
forms: $(VENV)/.installed-test
	$(BIN)/python tools/build_ui.py

# Retrain the suggestion model (trustjournal/core/suggest/weights.json) from the labelled
# notes in bench/suggest_data/ (about two minutes: it first leaves each writer out in turn
# to choose each signal's threshold).
model: $(VENV)/.installed-app
	$(BIN)/python tools/train_suggest.py

# Regenerate the app icon's PNG sizes, .ico and .icns from resources/icons/app.svg.
icons: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/build_icons.py

# The standalone one-folder application for this OS (dist/TrustJournal/), with PyInstaller.
$(VENV)/.installed-bundle: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test,bundle]'
	@touch $@ $(VENV)/.installed-test $(VENV)/.installed-app

bundle: $(VENV)/.installed-bundle
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/trustjournal.spec

# Build the bundle, then run the built executable: --version, a journal, an entry, the window.
bundle-test: bundle
	$(BIN)/python tools/bundle_test.py dist/TrustJournal

# Render the windows (demo journal, light and dark) into docs/screenshots/.
screenshots: $(VENV)/.installed-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python tools/screenshots.py

bench: $(VENV)/.installed-test
	$(BIN)/python bench/run.py
	$(BIN)/python bench/jrnl_compare.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/gui.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/stalls.py
	QT_QPA_PLATFORM=offscreen $(BIN)/python bench/cold_start.py
	$(BIN)/python bench/backup.py
	$(BIN)/python bench/reflection.py

clean:
	rm -rf $(VENV) build dist *.egg-info .pytest_cache .mypy_cache .ruff_cache
