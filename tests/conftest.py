"""Shared pytest fixtures: the test database holds the portal's full content, loaded once per session."""

import pytest
from django.core.management import call_command
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings

# The machine CI runs on is shared and its load varies: a property test must fail on a wrong answer, not on a slow
# moment, so hypothesis keeps no time limit per example and does not give up on slow generation.
hypothesis_settings.register_profile("portal", deadline=None, suppress_health_check=[HealthCheck.too_slow])
hypothesis_settings.load_profile("portal")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        call_command("load_content", verbosity=0)


@pytest.fixture(autouse=True)
def empty_page_cache():
    """Each test starts with no cached page: its database changes roll back afterwards, and the content generation
    with them, so a copy another test drew could otherwise carry the same generation and different content."""
    from django.core.cache import caches

    caches["default"].clear()
