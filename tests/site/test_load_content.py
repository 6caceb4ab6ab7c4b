"""Loading content: a malformed fixture is refused, names its file and record, and leaves the database as it was."""

import json

import pytest
from django.core.management import CommandError, call_command

from actionlines.models import Organization
from outcomes.models import Source

pytestmark = pytest.mark.django_db


def write(tmp_path, name, records):
    path = tmp_path / name
    path.write_text(records if isinstance(records, str) else json.dumps(records), encoding="utf-8")
    return path


def load(*paths):
    call_command("load_content", *map(str, paths), no_citations=True, verbosity=0)


GOOD_SOURCE = {"model": "outcomes.source", "fields": {"key": "staff-note", "title_en": "Staff note", "year": 2026}}
GOOD_ORG = {"model": "actionlines.organization", "fields": {"slug": "new-body", "acronym_en": "NB", "kind": "other"}}


def test_a_good_fixture_loads_its_records(tmp_path):
    load(write(tmp_path, "good.json", [GOOD_SOURCE, GOOD_ORG]))
    assert Source.objects.get(key="staff-note").title == "Staff note"
    assert Organization.objects.get(slug="new-body").acronym == "NB"


def test_invalid_json_is_refused_with_the_file_and_line(tmp_path):
    path = write(tmp_path, "broken.json", '[{"model": "outcomes.source",\n "fields": }]')
    with pytest.raises(CommandError) as error:
        load(path)
    assert "broken.json" in str(error.value)
    assert "line 2" in str(error.value)


@pytest.mark.parametrize(
    ("bad", "words"),
    [
        ({"model": "outcomes.nosuchmodel", "fields": {}}, "record 2"),
        ({"model": "actionlines.organization", "fields": {"slug": "x", "kind": "other", "parent": ["nope"]}}, "'x'"),
        ({"model": "outcomes.source", "fields": {"key": "y", "title_en": "Y", "year": "not a year"}}, "'y'"),
        ({"fields": {"key": "z"}}, "record 2"),
    ],
    ids=["unknown model", "reference to a missing record", "invalid value", "no model"],
)
def test_a_bad_record_is_refused_naming_file_and_record_and_nothing_is_kept(tmp_path, bad, words):
    before = Source.objects.count(), Organization.objects.count()
    first = write(tmp_path, "first.json", [GOOD_ORG])
    second = write(tmp_path, "second.json", [GOOD_SOURCE, bad])
    with pytest.raises(CommandError) as error:
        load(first, second)
    message = str(error.value)
    assert "second.json" in message
    assert words in message
    assert "Nothing was loaded" in message
    assert (Source.objects.count(), Organization.objects.count()) == before
    assert not Organization.objects.filter(slug="new-body").exists()


def test_a_record_breaking_a_database_constraint_is_refused_and_nothing_is_kept(tmp_path):
    duplicate = {"model": "actionlines.actionline", "fields": {"slug": "c99", "number": 99, "title_en": "Bad"}}
    path = write(tmp_path, "lines.json", [GOOD_ORG, duplicate])
    with pytest.raises(CommandError) as error:
        load(path)
    assert "lines.json: record 2" in str(error.value)
    assert not Organization.objects.filter(slug="new-body").exists()


def test_loading_the_portal_content_twice_changes_nothing():
    from django.apps import apps

    counts = {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label in {"outcomes", "actionlines", "resolutions"}
    }
    call_command("load_content", verbosity=0)
    assert {
        m._meta.label: m.objects.count()
        for m in apps.get_models()
        if m._meta.app_label in {"outcomes", "actionlines", "resolutions"}
    } == counts
