"""Loading content: staff edits and imported language versions are kept, differences reported; a malformed fixture
is refused, names its file and record, and leaves the database as it was."""

import json
from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.db import DatabaseError
from django.urls import reverse

from actionlines.models import ActionLine, Organization, Publication
from outcomes.models import Source
from resolutions.models import Clause
from tests.test_admin import form_data

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


# --- the database is the truth once staff edit it -------------------------------------------------------------------

FRENCH_RES_140 = Path(__file__).resolve().parent.parent / "data" / "res140_fr.txt"


def load_portal(*args, **options):
    out = StringIO()
    call_command("load_content", *args, stdout=out, **options)
    return out.getvalue()


def test_an_admin_edit_survives_the_loading_step_of_make_run_and_is_reported(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password"))
    line = ActionLine.objects.get(slug="c4")
    url = reverse("admin:actionlines_actionline_change", args=[line.pk])
    data = form_data(client.get(url))
    data["title_fr"] = "Renforcement des capacités (revu)"
    assert client.post(url, data).status_code == 302
    out = load_portal()
    assert ActionLine.objects.get(slug="c4").title_fr == "Renforcement des capacités (revu)"
    assert "actionlines.actionline c4: title_fr: fixture 'Renforcement des capacités', database " in out
    assert "'Renforcement des capacités (revu)'" in out
    assert "1 records differ" in out


def test_imported_french_clauses_survive_the_loading_step():
    call_command("import_official_text", str(FRENCH_RES_140), language="fr", revision="pp-140/2010", stdout=StringIO())
    clauses = Clause.objects.filter(section__revision__resolution__slug="pp-140", section__revision__year=2010)
    french = dict(clauses.values_list("pk", "text_fr"))
    assert sum(1 for text in french.values() if text) == 74
    out = load_portal()
    assert dict(clauses.values_list("pk", "text_fr")) == french
    assert "differ" not in out  # a language version the fixtures do not name is no difference


def test_replace_sets_a_record_back_to_its_fixture_after_confirmation(monkeypatch):
    ActionLine.objects.filter(slug="c4").update(title_fr="Modifié")
    monkeypatch.setattr("builtins.input", lambda prompt: "no")
    with pytest.raises(CommandError, match="not confirmed"):
        load_portal(replace=True)
    assert ActionLine.objects.get(slug="c4").title_fr == "Modifié"
    monkeypatch.setattr("builtins.input", lambda prompt: "yes")
    out = load_portal(replace=True)
    assert "'Modifié'" in out and "lost" in out
    line = ActionLine.objects.get(slug="c4")
    assert line.title_fr == "Renforcement des capacités"
    assert line.history.latest().history_change_reason == "load_content --replace"


def test_replace_is_all_or_nothing(tmp_path):
    ActionLine.objects.filter(slug="c4").update(title_fr="Modifié")
    lines = tmp_path / "lines.json"
    lines.write_text(json.dumps([{"model": "actionlines.actionline", "fields": {"slug": "c4", "title_fr": "F"}}]))
    bad = write(tmp_path, "bad.json", [{"model": "outcomes.source", "fields": {"key": "y", "year": "not a year"}}])
    with pytest.raises(CommandError, match=r"bad\.json"):
        load(lines, bad)
    with pytest.raises(CommandError, match=r"bad\.json"):
        call_command("load_content", str(lines), str(bad), replace=True, yes=True, verbosity=0)
    assert ActionLine.objects.get(slug="c4").title_fr == "Modifié"


def test_content_never_exists_without_its_citations(tmp_path, monkeypatch):
    def fail():
        raise DatabaseError("the linker was stopped")

    monkeypatch.setattr("wsisportal.management.commands.load_content.link_all", fail)
    with pytest.raises(DatabaseError):
        call_command("load_content", str(write(tmp_path, "good.json", [GOOD_SOURCE])), verbosity=0)
    assert not Source.objects.filter(key="staff-note").exists()


# --- dump_content: the database back to fixtures/ -----------------------------------------------------------------

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"


def test_dump_content_writes_the_loaded_fixtures_back_byte_for_byte(tmp_path):
    call_command("dump_content", directory=str(tmp_path), stdout=StringIO())
    written = sorted(p.name for p in tmp_path.iterdir())
    assert written == sorted(p.name for p in FIXTURES.glob("*.json"))
    for name in written:
        assert (tmp_path / name).read_bytes() == (FIXTURES / name).read_bytes(), name


def test_a_staff_edit_becomes_a_one_line_diff_of_its_fixture(tmp_path):
    ActionLine.objects.filter(slug="c4").update(title_fr="Renforcement des capacités (revu)")
    call_command("dump_content", directory=str(tmp_path), stdout=StringIO())
    before = (FIXTURES / "actionlines.json").read_text(encoding="utf-8").splitlines()
    after = (tmp_path / "actionlines.json").read_text(encoding="utf-8").splitlines()
    changed = [(old, new) for old, new in zip(before, after, strict=True) if old != new]
    assert changed == [
        ('      "title_fr": "Renforcement des capacités",', '      "title_fr": "Renforcement des capacités (revu)",')
    ]
    assert (tmp_path / "outcomes.json").read_bytes() == (FIXTURES / "outcomes.json").read_bytes()


def test_a_refused_load_leaves_the_history_as_it_was(tmp_path):
    before = Organization.history.count(), Source.history.count()
    with pytest.raises(CommandError):
        load(
            write(
                tmp_path, "mixed.json", [GOOD_ORG, {"model": "outcomes.source", "fields": {"key": "y", "year": "x"}}]
            )
        )
    assert (Organization.history.count(), Source.history.count()) == before


def test_a_record_staff_deleted_is_not_added_again(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password"))
    publication = Publication.objects.get(slug="golden-book")
    delete = reverse("admin:actionlines_publication_delete", args=[publication.pk])
    assert client.post(delete, {"post": "yes"}).status_code == 302
    out = load_portal()
    assert not Publication.objects.filter(slug="golden-book").exists()
    assert "deleted by staff and not added again" in out and "actionlines.publication golden-book" in out
    load_portal(replace=True, yes=True)
    assert Publication.objects.filter(slug="golden-book").exists()
