# Two commands set everything up: `make run` and `make test`.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
BIN    := $(VENV)/bin

.PHONY: run test install install-test bench clean

$(PY):
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip

# Reinstall whenever pyproject.toml changes.
# Editable installs do not byte-compile the project (pip does for installed packages):
# compile it here, so start-up does not recompile every module when bytecode writing is off.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e . --config-settings editable_mode=compat
	$(PY) -m compileall -q annotations tui
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(PY)
	$(PY) -m pip install -q -e '.[test]' --config-settings editable_mode=compat
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

run: install
	@$(PY) -m compileall -q annotations tui
	$(BIN)/presslens open seeds/

test: install-test
	$(BIN)/lint-imports --no-cache
	$(PY) -m pytest -q -n 2 -p no:cacheprovider

bench: install
	$(PY) bench/startup.py
	$(PY) bench/extract.py
	$(PY) bench/store.py
	$(PY) bench/export.py
	$(PY) bench/scale.py
	$(PY) bench/team.py
	$(PY) bench/compare.py
	$(PY) bench/quality.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
