# Homeward. `make run` serves the demo; `make test` runs every test. Needs only python3.11, git, make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_ENV := HOMEWARD_DEBUG=1

.PHONY: run test install lint format typecheck check messages screenshot clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: install
	mkdir -p var
	$(DEMO_ENV) $(BIN)/python manage.py migrate --noinput
	$(DEMO_ENV) $(BIN)/python manage.py demo_data
	@echo "Homeward: open http://127.0.0.1:8000 and sign in with a demo login above."
	$(DEMO_ENV) $(BIN)/python manage.py runserver 127.0.0.1:8000

test: install
	$(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

typecheck: install
	$(DEMO_ENV) $(BIN)/mypy .

check: lint typecheck
	$(DEMO_ENV) $(BIN)/python manage.py makemigrations --check --dry-run

# Needs GNU gettext (xgettext, msgfmt): extract the strings, then compile after translating.
messages: install
	$(DEMO_ENV) $(BIN)/python manage.py makemessages --locale ru --locale uz --no-obsolete --ignore '.venv/*' --ignore 'bench/*'
	$(DEMO_ENV) $(BIN)/python manage.py compilemessages --ignore '.venv/*'

screenshot: install
	$(BIN)/python scripts/screenshot.py docs/home.png

clean:
	rm -rf $(VENV) var staticfiles .mypy_cache .ruff_cache .pytest_cache
