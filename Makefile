# Two commands after cloning: `make run` and `make test`. Everything installs itself.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
TEST_STAMP := $(VENV)/.installed-test

# The .qm is committed (it ships in the wheel, which needs no make); edit a .ts, then `make`
# rebuilds it and tests/test_translations_compiled.py checks that it was committed.
QM := resources/translations/descent_lab_ko.qm
TS := $(wildcard resources/translations/ko/*.ts)

.PHONY: run test bench bench-check bytecode lint format clean translations fonts

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet -e .
	touch $@

$(TEST_STAMP): pyproject.toml $(STAMP)
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

# Qt's compiled translations, built from the .ts sources with PySide6's own lrelease.
$(QM): $(TS) $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $(TS) -qm $@

translations: $(QM)

# The Korean interface needs a Hangul font; on Debian as root, install one if none is there.
fonts:
	@fc-list :lang=ko 2>/dev/null | grep -q . || \
	  { [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-nanum) \
	    >/dev/null 2>&1; } || \
	  echo "note: no Korean font found; install one (e.g. fonts-nanum) for the Korean interface"

# Python's compiled modules, as pip writes them when it installs the app, so that a start reads
# them instead of compiling ~150 modules; Python cannot write them where PYTHONDONTWRITEBYTECODE
# is set. A module edited since is compiled afresh, so a stale file is never used.
bytecode: $(STAMP)
	$(PY) -m compileall -q -j 0 engine gui descent_lab resources benchmarks main.py cli.py

run: $(STAMP) $(QM) fonts bytecode
	$(PY) main.py $(ARGS)

test: $(TEST_STAMP) $(QM)
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest

# Prints every figure with its target and its ratio to a baseline; exits 0 when it ran.
bench: $(TEST_STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks

# The same, but exits non-zero when a figure misses its target.
bench-check: $(TEST_STAMP) $(QM) bytecode
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks --check

lint: $(TEST_STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports --no-cache

format: $(TEST_STAMP)
	$(PY) -m ruff check --fix .
	$(PY) -m ruff format .

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache bench-results.json build dist .bench-env
