# The two commands a newcomer needs: `make run` and `make test`. Everything else here serves them; `make help` lists all.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000
# Test processes: one per core by default; TEST_WORKERS=0 runs in this process (for pdb).
TEST_WORKERS ?= auto

# With DEBUG off (as in production) the portal refuses to start without a real SECRET_KEY: a local run gets a
# throwaway one, new each time make starts, unless the environment gives one. Deployments always set their own.
ifndef SECRET_KEY
SECRET_KEY := $(shell $(PYTHON) -c "import secrets; print(secrets.token_urlsafe(50))")
endif
export SECRET_KEY

.DEFAULT_GOAL := help
.PHONY: help run test test-fast setup content messages catalogues static lint format clean bench

## help: list the targets and what each does
help:
	@awk 'sub(/^## /, "") { i = index($$0, ": "); printf "  %-11s %s\n", substr($$0, 1, i - 1), substr($$0, i + 2) }' $(MAKEFILE_LIST)

## run: set up on a fresh machine (virtualenv, install, migrate, load content, compile translations) and serve
run: setup
	DEBUG=$${DEBUG:-0} SECURE_SSL=0 $(MANAGE) runserver $(HOST):$(PORT)

## test: the whole test suite, in parallel (SQLite unless DATABASE_URL says otherwise)
test: $(VENV)/.test-installed messages static
	$(BIN)/python -m pytest -n $(TEST_WORKERS)

## test-fast: the pure tests, which touch no database or browser: seconds, for while you work
test-fast: $(VENV)/.test-installed
	$(BIN)/python -m pytest -n 0 -m "not django_db and not browser" tests/texts tests/l10n -q

setup: $(VENV)/.installed messages static content

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

## content: the release step: create or migrate the database, load new content (never over staff edits), link citations
content: $(VENV)/.installed
	$(MANAGE) release

## messages: compile the translation catalogues in locale/
messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv -v0

## static: collect static files for whitenoise's manifest storage
static: $(VENV)/.installed
	$(MANAGE) collectstatic --noinput -v0

## catalogues: update every locale/*/django.po from the source after changing interface strings
catalogues: $(VENV)/.installed
	$(MANAGE) makemessages --all --ignore=.venv --ignore=staticfiles --ignore=tests --no-obsolete -v0

## bench: gunicorn (production config) under wrk per page type vs a static file; cold renders at 1x/10x/100x data
bench: $(VENV)/.installed messages static
	$(BIN)/python bench/bench.py $(BENCH_ARGS)

## lint: ruff, ruff format, the import contracts (floors), the template linter and hadolint, as CI runs them
lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports
	$(BIN)/djlint templates wsisportal outcomes actionlines resolutions --lint
	$(BIN)/hadolint Dockerfile

## format: let ruff rewrite what it can
format: $(VENV)/.test-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

## clean: remove the virtualenv, collected static files and the local database
clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache
