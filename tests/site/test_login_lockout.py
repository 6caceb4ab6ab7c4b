"""The admin gate: five failed logins lock out the user and the address for a cool-off, with a clear message."""

from datetime import timedelta

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import User
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")
PASSWORD = "a-long-test-password"


@pytest.fixture
def staff():
    return User.objects.create_user("staff", "staff@example.org", PASSWORD, is_staff=True)


def attempt(client, username="staff", password="wrong password", **headers):
    return client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"}, **headers)


def test_the_sixth_wrong_password_is_locked_out_and_the_right_one_refused_until_the_cool_off(client, staff):
    for _ in range(4):
        assert attempt(client).status_code == 200  # the login form again, with its error
    assert attempt(client).status_code == 429  # the fifth failure locks
    locked = attempt(client)
    assert locked.status_code == 429
    assert "Too many failed logins (5)" in locked.content.decode()
    assert attempt(client, password=PASSWORD).status_code == 429  # even the right password
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=31))
    assert attempt(client, password=PASSWORD).status_code == 302  # the cool-off is over


def test_an_address_is_locked_out_after_five_failures_whatever_the_names(client, staff):
    for name in ("a", "b", "c", "d", "e"):
        attempt(client, username=name)
    assert attempt(client, password=PASSWORD).status_code == 429


def test_the_lockout_says_so_in_the_staff_members_language(client, staff):
    for _ in range(5):
        attempt(client)
    html = attempt(client, HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    assert "Trop de connexions échouées (5)" in html


def test_axes_reset_unlocks_at_once(client, staff):
    for _ in range(5):
        attempt(client)
    call_command("axes_reset", verbosity=0)
    assert attempt(client, password=PASSWORD).status_code == 302


def test_behind_the_proxy_the_client_address_comes_from_the_configured_header(client, staff, settings):
    settings.CLIENT_IP_HEADER = "X-Forwarded-For"
    for name in ("a", "b", "c", "d", "e"):
        attempt(client, username=name, HTTP_X_FORWARDED_FOR="198.51.100.7, 203.0.113.9")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.9"}
    # Another client behind the same proxy is not locked out by the first one's failures.
    assert attempt(client, password=PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.10").status_code == 302


def test_a_staff_session_ends_after_a_working_day_without_a_request(settings):
    assert settings.SESSION_COOKIE_AGE == 8 * 60 * 60
    assert settings.SESSION_SAVE_EVERY_REQUEST
