"""Staff roles: editors change everything; a translator changes their language's columns and only them."""

import pytest
from django.contrib.auth.models import Group, User
from django.urls import reverse

from actionlines.models import ActionLine
from tests.test_admin import form_data

pytestmark = pytest.mark.django_db


def member(client, *groups):
    user = User.objects.create_user("staff", "staff@example.org", "a-long-test-password", is_staff=True)
    user.groups.set(Group.objects.filter(name__in=groups))
    client.force_login(user)
    return user


def change_url(line):
    return reverse("admin:actionlines_actionline_change", args=[line.pk])


def test_the_migration_creates_the_editors_and_one_translators_group_per_language():
    names = set(Group.objects.values_list("name", flat=True))
    assert {
        "editors",
        "translators-ar",
        "translators-zh-hans",
        "translators-fr",
        "translators-ru",
        "translators-es",
    } <= names


def test_a_french_translator_changes_the_french_title(client):
    member(client, "translators-fr")
    line = ActionLine.objects.get(slug="c4")
    page = client.get(change_url(line))
    assert page.status_code == 200
    form = page.context["adminform"].form
    assert "title_fr" in form.fields and "title_ar" not in form.fields and "slug" not in form.fields
    html = page.content.decode()
    assert line.title_ar in html and line.title_en in html  # the others shown, read-only
    data = form_data(page)
    data["title_fr"] = "Renforcement des capacités (traduction revue)"
    assert client.post(change_url(line), data).status_code == 302
    assert ActionLine.objects.get(slug="c4").title_fr == "Renforcement des capacités (traduction revue)"


def test_a_french_translators_change_to_the_arabic_column_is_refused_on_the_server(client):
    member(client, "translators-fr")
    line = ActionLine.objects.get(slug="c4")
    data = form_data(client.get(change_url(line)))
    data["title_ar"] = "عنوان آخر"
    response = client.post(change_url(line), data)
    assert response.status_code == 200
    assert "title_ar" in str(response.context["adminform"].form.non_field_errors())
    assert ActionLine.objects.get(slug="c4").title_ar == line.title_ar


def test_a_translator_neither_adds_nor_deletes(client):
    member(client, "translators-fr")
    line = ActionLine.objects.get(slug="c4")
    assert client.get(reverse("admin:actionlines_actionline_add")).status_code == 403
    assert client.get(reverse("admin:actionlines_actionline_delete", args=[line.pk])).status_code == 403


def test_an_editor_changes_every_language(client):
    member(client, "editors")
    line = ActionLine.objects.get(slug="c4")
    data = form_data(client.get(change_url(line)))
    data["title_ar"] = "بناء القدرات (منقح)"
    data["title_fr"] = "Renforcement des capacités (revu)"
    assert client.post(change_url(line), data).status_code == 302
    line.refresh_from_db()
    assert (line.title_ar, line.title_fr) == ("بناء القدرات (منقح)", "Renforcement des capacités (revu)")
