"""The project as a newcomer and CI meet it: migrations complete, settings from the environment."""

import json
import os
import subprocess
import sys
from io import StringIO

import pytest
from django.core.management import call_command


@pytest.mark.django_db
def test_models_and_migrations_agree():
    call_command("makemigrations", "--check", "--dry-run", stdout=StringIO())


def settings_under(env):
    """Read settings in a fresh interpreter, as a deployment with this environment would."""
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        "print(json.dumps([settings.DATABASES['default']['ENGINE'], settings.DATABASES['default']['NAME'],"
        " settings.DEBUG, settings.ALLOWED_HOSTS, settings.SECRET_KEY, settings.LANGUAGE_CODE,"
        " [code for code, _ in settings.LANGUAGES]]))"
    )
    clean = {k: v for k, v in os.environ.items() if k not in {"DATABASE_URL", "DEBUG", "ALLOWED_HOSTS", "SECRET_KEY"}}
    result = subprocess.run(
        [sys.executable, "-c", code],
        env={**clean, "DJANGO_SETTINGS_MODULE": "wsisportal.settings", **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout)


# What `make` exports for a local run (a throwaway key); without one the settings refuse (tests/test_security.py).
LOCAL_KEY = "k" + "0123456789abcdefghij" * 3


def test_a_first_run_needs_only_makes_key_and_uses_sqlite_in_the_project():
    engine, name, debug, hosts, secret, language, languages = settings_under({"SECRET_KEY": LOCAL_KEY})
    assert engine == "django.db.backends.sqlite3"
    assert str(name).endswith("db.sqlite3?mode=rw"), "opened, never created, by a request"
    assert secret == LOCAL_KEY
    assert debug is False
    assert "127.0.0.1" in hosts
    assert language == "en"
    assert languages == ["ar", "zh-hans", "en", "fr", "ru", "es"]


def test_production_settings_come_from_the_environment():
    engine, name, debug, hosts, secret, *_ = settings_under(
        {
            "DATABASE_URL": "postgres://portal@db.example.org:5432/wsis",
            "DEBUG": "0",
            "ALLOWED_HOSTS": "wsis.example.org,www.wsis.example.org",
            "SECRET_KEY": "from-the-environment-" + LOCAL_KEY,
        }
    )
    assert engine == "django.db.backends.postgresql"
    assert name == "wsis"
    assert debug is False
    assert hosts == ["wsis.example.org", "www.wsis.example.org"]
    assert secret == "from-the-environment-" + LOCAL_KEY
