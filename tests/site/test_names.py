"""One name per thing, in the reader's language: pages name revisions, clauses, paragraphs and roles through their
name functions, never through a model's __str__ (which is for the admin), and no English name is left unmarked."""

import pytest
from django.apps import apps

from .shell import LANGUAGES, PAGE_TYPES, text_outside

pytestmark = pytest.mark.django_db

ADMIN_NAME = "⟦admin name⟧"
PROJECT_APPS = ("outcomes", "actionlines", "resolutions")


@pytest.fixture
def admin_names_only(monkeypatch):
    """Every model of the portal's apps printed through __str__ shows a marker instead of its name."""
    for app in PROJECT_APPS:
        for model in apps.get_app_config(app).get_models():
            monkeypatch.setattr(model, "__str__", lambda self: ADMIN_NAME)


@pytest.mark.parametrize("lang", ["en", "ar"])
@pytest.mark.parametrize("pattern", PAGE_TYPES)
def test_no_page_prints_a_records_admin_name(client, admin_names_only, pattern, lang):
    response = client.get(pattern.format(lang=lang))
    assert response.status_code == 200
    assert ADMIN_NAME not in response.content.decode()


@pytest.mark.parametrize("path", ["/ar/action-lines/c6/", "/ar/search/?q=ITU", "/ar/search/?q=Resolution"])
def test_arabic_pages_name_revisions_in_arabic_outside_english_originals(client, path):
    arabic = text_outside(client.get(path), "en")
    assert "Rev." not in arabic
    assert "Resolution 140" not in arabic


@pytest.mark.parametrize("lang", [code for code in LANGUAGES if code != "en"])
def test_a_clause_named_in_a_list_keeps_its_english_keyword_marked_as_english(client, lang):
    # C6's page lists Res. 140's clauses that name the line; their keywords are official text, in English here.
    english = client.get(f"/{lang}/action-lines/c6/").content.decode()
    assert '<span class="official-original" lang="en" dir="ltr">resolves</span>' in english
