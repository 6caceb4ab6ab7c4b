"""Faults: with the database down or hung, pages answer a 503 in the reader's language with Retry-After and never a
traceback, /healthz names the database and never says "ok" about a missing or empty SQLite file, everything
recovers by itself, and the loopback health probe is answered whatever ALLOWED_HOSTS says."""

import logging
import socket
import time

import pytest
from django.db import OperationalError, connection, connections
from django.db.utils import ConnectionHandler

from wsisportal.middleware import faults

from .shell import parse

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL's statement_timeout")


def unused_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def postgres_at(port: int, timeout: int = 1):
    """A connection to a PostgreSQL that is not there (nothing listens) or hangs (a socket that never answers)."""
    settings = {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "wsis",
        "USER": "postgres",
        "HOST": "127.0.0.1",
        "PORT": str(port),
        "OPTIONS": {"connect_timeout": timeout},
    }
    return ConnectionHandler({"default": settings})["default"]


def sqlite_at(path):
    return ConnectionHandler({"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": f"file:{path}?mode=rw"}})[
        "default"
    ]


def test_healthz_answers_the_loopback_probe_whatever_allowed_hosts_says(client, settings, caplog):
    settings.ALLOWED_HOSTS = ["wsis.example"]
    settings.SECURE_SSL_REDIRECT = True
    with caplog.at_level(logging.WARNING):
        response = client.get("/healthz", HTTP_HOST="127.0.0.1:8000")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert caplog.records == [], "a health probe logs nothing"
    assert client.get("/en/", HTTP_HOST="127.0.0.1:8000").status_code == 400, "other pages keep the Host check"


def test_a_database_nobody_listens_on_is_named_by_the_health_check():
    problem = faults.database_problem(postgres_at(unused_port()))
    assert problem and "OperationalError" in problem


def test_a_hung_database_fails_the_health_check_within_the_connect_timeout():
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(8)  # accepts the TCP handshake, never says a word
    try:
        started = time.monotonic()
        problem = faults.database_problem(postgres_at(listener.getsockname()[1], timeout=1))
        assert problem and "timeout" in problem.lower()
        assert time.monotonic() - started < 5
    finally:
        listener.close()


def test_a_missing_sqlite_file_is_reported_and_not_created(tmp_path):
    missing = tmp_path / "db.sqlite3"
    assert "missing or empty" in faults.database_problem(sqlite_at(missing))
    assert not missing.exists()


def test_an_empty_sqlite_file_is_not_ok(tmp_path):
    empty = tmp_path / "db.sqlite3"
    empty.touch()
    assert "missing or empty" in faults.database_problem(sqlite_at(empty))


def test_a_sqlite_file_without_the_schema_is_not_ok(tmp_path):
    import sqlite3

    path = tmp_path / "db.sqlite3"
    sqlite3.connect(path).execute("CREATE TABLE other (x)").connection.close()
    assert "no such table" in faults.database_problem(sqlite_at(path))


def test_healthz_is_a_503_naming_the_database_when_it_is_down(client, monkeypatch):
    down = postgres_at(unused_port())
    monkeypatch.setattr(faults, "connections", {"default": down})
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response["Retry-After"] == str(faults.RETRY_AFTER)
    body = response.content.decode()
    assert body.startswith("unavailable: database wsis (postgresql)")
    assert "no-cache" in response["Cache-Control"]


@pytest.fixture
def database_down(monkeypatch):
    """Every new query fails as a lost PostgreSQL server's would; undo() brings the database back."""

    def refuse(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(connections["default"], "create_cursor", refuse)
    return monkeypatch.undo


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans"])
def test_a_page_is_a_503_in_the_readers_language_while_the_database_is_down(client, lang, database_down, caplog):
    response = client.get(f"/{lang}/action-lines/c6/")
    assert response.status_code == 503
    assert response["Retry-After"] == str(faults.RETRY_AFTER)
    assert parse(response).html_attrs["lang"] == lang
    assert "error-page" in response.content.decode()
    assert "Traceback" not in caplog.text and all(record.exc_info is None for record in caplog.records)
    assert any(r.levelname == "WARNING" and "database unavailable" in r.getMessage() for r in caplog.records)


def test_pages_recover_by_themselves_when_the_database_returns(client, database_down):
    assert client.get("/en/search/?q=itu").status_code == 503
    database_down()
    assert client.get("/en/search/?q=itu").status_code == 200


@on_postgresql
def test_a_statement_that_runs_too_long_is_cancelled_and_counts_as_unavailable(settings):
    assert "statement_timeout" in settings.DATABASES["default"]["OPTIONS"]["options"]
    assert settings.DATABASES["default"]["OPTIONS"]["connect_timeout"] > 0
    with pytest.raises(OperationalError) as cancelled, connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 50")
        cursor.execute("SELECT pg_sleep(2)")
    assert faults.is_unavailable(cancelled.value)


def test_connections_are_checked_before_reuse(settings):
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
