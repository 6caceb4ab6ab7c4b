"""Secure by default: production settings pass Django's deployment checks, refuse to start on a missing or weak
secret key, send https-only rules, a Content-Security-Policy (django-csp, with a report endpoint) and a
Permissions-Policy on every page."""

import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PRODUCTION = {
    "SECRET_KEY": secrets.token_urlsafe(50),
    "ALLOWED_HOSTS": "wsis.example",
    "CANONICAL_ORIGIN": "https://wsis.example",
}


def manage(*args, **env):
    """manage.py in a fresh process with the given environment (none of the test run's own settings)."""
    base = {
        k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "DEBUG", "SECURE_SSL_REDIRECT", "SECURE_SSL"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**base, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checks_with_no_warning():
    result = manage("check", "--deploy", "--fail-level", "WARNING", **PRODUCTION)
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


@pytest.mark.parametrize(
    "key",
    [None, "", "short", "django-insecure-" + "x" * 60, "a" * 60],
    ids=["missing", "empty", "short", "django-insecure", "one-letter"],
)
def test_the_portal_refuses_to_start_without_a_real_secret_key(key):
    env = {k: v for k, v in PRODUCTION.items() if k != "SECRET_KEY"}
    if key is not None:
        env["SECRET_KEY"] = key
    result = manage("check", **env)
    assert result.returncode != 0
    assert "ImproperlyConfigured" in result.stderr and "SECRET_KEY" in result.stderr


def test_debugging_locally_needs_no_key():
    assert manage("check", DEBUG="1").returncode == 0


def test_http_is_redirected_to_https_by_default(settings):
    from django.conf import settings as live

    assert live.SECURE_SSL_REDIRECT is False, "pytest turns the redirect off (tests/secure_defaults.py)"
    result = manage("diffsettings", "--all", **PRODUCTION)
    lines = dict(line.split(" = ", 1) for line in result.stdout.splitlines() if " = " in line)
    assert lines["SECURE_SSL_REDIRECT"] == "True"
    assert lines["SECURE_HSTS_INCLUDE_SUBDOMAINS"] == "True"
    assert lines["SECURE_HSTS_SECONDS"] == "31536000"


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url", ["/en/", "/ar/action-lines/c6/", "/en/search/?q=itu", "/en/no-such-page/", "/admin/login/"]
)
def test_every_page_sends_the_content_security_and_permissions_policies(client, url):
    response = client.get(url)
    csp = response["Content-Security-Policy"]
    assert "default-src 'self'" in csp and "script-src 'self'" in csp and "'unsafe-inline'" not in csp
    assert "report-uri /csp-report" in csp
    policy = response["Permissions-Policy"]
    assert "camera=()" in policy and "geolocation=()" in policy and "microphone=()" in policy


def test_the_policy_can_be_sent_report_only():
    code = "from django.conf import settings as s; print(hasattr(s, 'CONTENT_SECURITY_POLICY_REPORT_ONLY'))"
    result = manage("shell", "-c", code, CSP_REPORT_ONLY="1", **PRODUCTION)
    assert result.stdout.strip().splitlines()[-1] == "True", result.stderr


@pytest.mark.django_db
def test_a_csp_violation_report_is_logged_and_answered_204(client, caplog):
    report = {
        "csp-report": {
            "document-uri": "https://wsis.example/en/",
            "violated-directive": "script-src",
            "blocked-uri": "inline",
        }
    }
    response = client.post("/csp-report", json.dumps(report), content_type="application/csp-report")
    assert response.status_code == 204
    assert "CSP violation on https://wsis.example/en/: script-src blocked inline" in caplog.text


@pytest.mark.django_db
def test_the_report_endpoint_refuses_what_is_not_a_report(client):
    assert client.post("/csp-report", b"\x00not json", content_type="application/csp-report").status_code == 400
    assert client.get("/csp-report").status_code == 405
