VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: demo test test-moments wheel-check bench bench-jobs bench-sensitivity lint typecheck clean

# Awkward moments the whole suite also runs at: the 1st of a month before its Track of the Day,
# a leap day, the turn of a year, and a late evening whose Track of the Day is slower than 60 s.
MOMENTS := 2027-03-01T03:00:00+00:00 2028-02-29T18:00:00+00:00 2026-12-31T23:59:30+00:00 \
	2027-01-03T23:30:00+00:00

$(PY):
	python3 -m venv $(VENV)

$(STAMP): pyproject.toml | $(PY)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

demo: $(STAMP)
	$(PY) examples/demo.py $(ARGS)

# The suite runs on every core (pytest-xdist); `make test ARGS=...` passes pytest options.
# Python keeps the compiled tests (PYTHONDONTWRITEBYTECODE off): the next run does not parse
# and rewrite them again.
PYTEST := PYTHONDONTWRITEBYTECODE= $(PY) -m pytest -q -n auto

test: $(STAMP)
	$(PYTEST) $(ARGS)

test-moments: $(STAMP)
	set -e; for moment in $(MOMENTS); do \
		echo "== the suite as if it were $$moment"; \
		$(PYTEST) -p no:cacheprovider --moment=$$moment; \
	done

# Build the wheel, install it by its name in a clean virtual environment, and check what a user
# imports from it.
wheel-check: $(STAMP)
	rm -rf dist .venv-wheel
	$(PY) -m pip wheel --quiet --no-deps --wheel-dir dist .
	python3 -m venv .venv-wheel
	.venv-wheel/bin/python -m pip install --quiet dist/nadeo_client-*.whl
	cd dist && ../.venv-wheel/bin/python ../tools/check_install.py

lint: $(STAMP)
	$(PY) -m ruff check src tests examples benchmarks tools
	$(PY) -m mypy

# The benchmarks also make clean environments of their own under .venv-bench/ (kept).
bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,bench]'
	$(PY) benchmarks/run.py $(ARGS)

# Only the "requests per job" table (its section of benchmarks/RESULTS.md is replaced).
bench-jobs: $(STAMP)
	$(PY) benchmarks/jobs.py

# The same, and every figure again under the mutant of the library that it must catch.
bench-sensitivity:
	$(MAKE) bench ARGS=--check-sensitivity

clean:
	rm -rf $(VENV) .venv-wheel .venv-bench dist .pytest_cache .mypy_cache .ruff_cache
