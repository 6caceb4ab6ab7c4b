"""Every change is recorded: who, when, which fields in which language; loads and imports name their command."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from actionlines.models import ActionLine
from tests.test_admin import form_data
from wsisportal.l10n.history import changes

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client):
    user = User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password")
    client.force_login(user)
    return user


def test_the_loaded_content_starts_its_history_naming_the_command():
    first = ActionLine.objects.get(slug="c4").history.earliest()
    assert (first.history_type, first.history_user, first.history_change_reason) == ("+", None, "load_content")
    assert first.title_fr == ActionLine.objects.get(slug="c4").title_fr  # every language column is recorded


def test_an_admin_change_is_recorded_with_its_author_and_the_language_column_it_changed(client, editor):
    line = ActionLine.objects.get(slug="c4")
    url = reverse("admin:actionlines_actionline_change", args=[line.pk])
    data = form_data(client.get(url))
    data["title_fr"] = "Renforcement des capacités (modifié)"
    assert client.post(url, data).status_code == 302
    latest, previous = line.history.all()[:2]
    assert latest.history_user == editor
    assert [(c.field, c.new) for c in changes(latest, previous)] == [
        ("title_fr", "Renforcement des capacités (modifié)")
    ]
    assert client.get(reverse("admin:actionlines_actionline_history", args=[line.pk])).status_code == 200
