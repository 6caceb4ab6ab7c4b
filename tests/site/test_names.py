"""One name per thing, in the reader's language: pages name revisions, clauses, paragraphs and roles through their
name functions, never through a model's __str__ (which is for the admin), and no English name is left unmarked."""

import re

import pytest
from django.apps import apps

from outcomes.models import OutcomeDocument
from resolutions.models import Section

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


ARABIC_PAGES = (
    *PAGE_TYPES,
    "/{lang}/resolutions/wtdc-30/",
    "/{lang}/resolutions/council-1282/",
    "/{lang}/search/?q=140",
)


@pytest.fixture
def english_names():
    """Every English section keyword of the loaded texts ("considering further", "resolves"), the word ITU writes
    before a revision's place, and the English abbreviations of the outcome documents."""
    keywords = {k for k in Section.objects.values_list("keyword_en", flat=True) if k}
    abbreviations = set(OutcomeDocument.objects.values_list("abbreviation", flat=True))
    names = "|".join(re.escape(word) for word in sorted(keywords | abbreviations))
    return re.compile(rf"\b({names})\b|Rev\.")


@pytest.mark.parametrize("pattern", ARABIC_PAGES)
def test_an_arabic_page_prints_no_english_clause_or_document_name_outside_an_english_element(
    client, english_names, pattern
):
    arabic = text_outside(client.get(pattern.format(lang="ar")), "en")
    found = english_names.findall(arabic)
    assert not found, f"{pattern}: English names outside lang=en: {sorted(set(found))}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_document_has_a_short_name_in_every_language(lang):
    # Paragraphs are named "TAIS § 96" in English and by the document's short title elsewhere, never a guess.
    column = f"short_title_{lang.replace('-', '_')}"
    assert all(OutcomeDocument.objects.values_list(column, flat=True))


def test_a_paragraph_is_named_by_the_documents_short_title_in_arabic(client):
    page = client.get("/ar/action-lines/c6/").content.decode()
    assert "برنامج عمل تونس § 67" in page
