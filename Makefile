# The two commands: `make run` (the demo on the embedded broker) and `make test`.
PYTHON ?= python3.11
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-$(shell cat pyproject.toml | cksum | cut -d' ' -f1)

.PHONY: install system-deps run test lint soak clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@command -v $(PYTHON) >/dev/null || { echo "need $(PYTHON) (set PYTHON=...)"; exit 1; }
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

# Debian packages the integration tests run for real: Prometheus (and promtool), Alertmanager.
system-deps:
	@if command -v prometheus >/dev/null && command -v promtool >/dev/null \
	    && command -v prometheus-alertmanager >/dev/null; then :; \
	elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
	        --no-install-recommends prometheus prometheus-alertmanager >/dev/null; \
	else echo "warning: prometheus/alertmanager missing and cannot apt-get; their tests skip"; fi

run: install
	$(BIN)/tocsin run --demo

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy processors/ alerts/ streams/

test: install system-deps lint
	$(BIN)/python -m pytest -q -p no:cacheprovider

soak: install system-deps
	$(BIN)/python -m pytest -q -m soak --run-soak

clean:
	rm -rf $(VENV) .tocsin .pytest_cache .mypy_cache .ruff_cache
