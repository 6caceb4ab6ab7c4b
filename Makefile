# The two commands a newcomer needs: `make run` and `make test`. Everything else here serves them.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
MANAGE := $(BIN)/python manage.py
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test setup content messages catalogues static lint format clean

## run: set up on a fresh machine (virtualenv, install, migrate, load content, compile translations) and serve
run: setup
	DEBUG=$${DEBUG:-0} SECURE_SSL=0 $(MANAGE) runserver $(HOST):$(PORT)

## test: the whole test suite (SQLite unless DATABASE_URL says otherwise)
test: $(VENV)/.test-installed messages static
	$(BIN)/python -m pytest

setup: $(VENV)/.installed messages static content

$(VENV)/.installed: requirements.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.test-installed: requirements.txt requirements-test.txt $(VENV)/.installed
	$(BIN)/python -m pip install --quiet -r requirements-test.txt
	touch $@

## content: create or update the database and load every fixture, then link citations
content: $(VENV)/.installed
	$(MANAGE) migrate --noinput
	$(MANAGE) load_content

## messages: compile the translation catalogues in locale/
messages: $(VENV)/.installed
	@command -v msgfmt >/dev/null || { echo "msgfmt not found: install GNU gettext (apt-get install gettext)"; exit 1; }
	$(MANAGE) compilemessages --ignore=.venv -v0

## static: collect static files for whitenoise's manifest storage
static: $(VENV)/.installed
	$(MANAGE) collectstatic --noinput -v0

## catalogues: update locale/*/django.po from the source after changing interface strings
catalogues: $(VENV)/.installed
	$(MANAGE) makemessages $(foreach l,ar zh_Hans fr ru es,-l $(l)) --ignore=.venv --ignore=staticfiles --ignore=tests --no-obsolete -v0

lint: $(VENV)/.test-installed
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(VENV)/.test-installed
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

clean:
	rm -rf $(VENV) staticfiles db.sqlite3 .pytest_cache
