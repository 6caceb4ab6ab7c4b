"""The staff's translation-coverage page: counts per model and language against the English, gaps with links."""

from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from outcomes.models import Source
from wsisportal.l10n.coverage import Cell, coverage_report, model_coverage

pytestmark = pytest.mark.django_db

SIX = ("ar", "zh_hans", "en", "fr", "ru", "es")
RES140_FRENCH = Path(__file__).resolve().parents[1] / "data" / "res140_fr.txt"


@pytest.fixture
def staff_client(client):
    client.force_login(User.objects.create_user("translator", password="a-long-test-password", is_staff=True))
    return client


def title_cells(coverage):
    (title,) = [f for f in coverage.fields if f.name == "title"]
    return {cell.language: (cell.filled, cell.total) for cell in title.cells}


def sources_with_known_titles():
    """One source titled in all six languages, one in English and Arabic only, one with no English title."""
    complete = Source.objects.create(
        key="coverage-complete", year=2020, **{f"title_{code}": f"Title {code}" for code in SIX}
    )
    partial = Source.objects.create(key="coverage-partial", year=2020, title_en="Only English", title_ar="عربي")
    no_english = Source.objects.create(key="coverage-no-english", year=2020, title_en="", title_fr="Seulement")
    return complete, partial, no_english


def test_counts_per_language_count_only_records_with_an_english_value():
    before = title_cells(model_coverage(Source, ["title", "description"]))
    sources_with_known_titles()
    after = title_cells(model_coverage(Source, ["title", "description"]))
    added = {code: (after[code][0] - before[code][0], after[code][1] - before[code][1]) for code in after}
    # Two of the three have an English title; the French one without English is not counted at all.
    assert added == {"ar": (2, 2), "zh-hans": (1, 2), "en": (2, 2), "fr": (1, 2), "ru": (1, 2), "es": (1, 2)}


def test_a_language_missing_one_record_in_a_thousand_never_reads_100_percent():
    assert Cell("fr", 999, 1000).percent == 99 and not Cell("fr", 999, 1000).complete
    assert Cell("fr", 1, 3).percent == 33
    assert Cell("fr", 0, 0).percent is None  # nothing in English: nothing to count


def test_a_record_missing_languages_is_listed_with_what_it_misses_and_a_link_to_edit_it():
    complete, partial, no_english = sources_with_known_titles()
    coverage = model_coverage(Source, ["title", "description"])
    listed = {record.label: record for record in coverage.missing}
    record = listed[str(partial)]
    assert record.url == reverse("admin:outcomes_source_change", args=[partial.pk])
    assert set(record.missing) == {"zh-hans", "fr", "ru", "es"}
    assert record.missing["fr"] == ["title"]
    assert str(complete) not in listed and str(no_english) not in listed


def test_the_coverage_page_shows_the_gaps_with_links_to_their_admin_pages(staff_client):
    _complete, partial, _ = sources_with_known_titles()
    page = staff_client.get(reverse("translation_coverage"))
    assert page.status_code == 200
    html = page.content.decode()
    assert "Translation coverage" in html
    assert f'href="{reverse("admin:outcomes_source_change", args=[partial.pk])}"' in html
    assert "Official texts loaded" in html
    assert "Resolution 140 (Rev. Guadalajara, 2010)" in html


def test_official_texts_are_counted_apart_and_show_a_loaded_french_version():
    call_command("import_official_text", str(RES140_FRENCH), language="fr", revision="pp-140/2010", verbosity=0)
    translated, official = coverage_report()
    assert not any(f.name == "text" for m in translated if m.label == "resolutions.clause" for f in m.fields)
    assert "outcomes.paragraph" in {m.label for m in translated}  # its portal-written ITU note is ours to translate
    clauses = next(o for o in official if o.label == "resolutions.clause")
    res140 = next(t for t in clauses.texts if t.label == "Resolution 140 (Rev. Guadalajara, 2010)")
    loaded = {cell.language: (cell.filled, cell.total) for cell in res140.cells}
    assert loaded["en"] == (74, 74) and loaded["fr"] == (74, 74) and loaded["ar"] == (0, 74)


def test_the_counts_take_the_same_number_of_queries_however_many_records_miss_a_language():
    with CaptureQueriesContext(connection) as few:
        coverage_report()
    for number in range(20):
        Source.objects.create(key=f"coverage-extra-{number}", year=2020, title_en=f"Extra {number}")
    with CaptureQueriesContext(connection) as many:
        coverage_report()
    assert len(many) == len(few)


def test_the_admin_index_links_to_the_coverage_page(staff_client):
    html = staff_client.get(reverse("admin:index")).content.decode()
    assert f'href="{reverse("translation_coverage")}"' in html


def test_a_visitor_who_is_not_staff_is_sent_to_the_login_page(client):
    url = reverse("translation_coverage")
    response = client.get(url)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))
    client.force_login(User.objects.create_user("reader", password="a-long-test-password"))
    response = client.get(url)
    assert response.status_code == 302 and response["Location"].startswith(reverse("admin:login"))
