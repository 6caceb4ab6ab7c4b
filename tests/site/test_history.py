"""Every change is recorded: who, when, which fields in which language; loads and imports name their command."""

from io import StringIO
from pathlib import Path

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command
from django.urls import reverse

from actionlines.models import ActionLine
from resolutions.models import Clause
from tests.test_admin import form_data
from wsisportal.l10n.history import changes

pytestmark = pytest.mark.django_db

FRENCH = Path(__file__).resolve().parent.parent / "data" / "res140_fr.txt"


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


def test_the_history_page_shows_each_change_field_by_field_in_the_fields_words(client, editor):
    line = ActionLine.objects.get(slug="c4")
    url = reverse("admin:actionlines_actionline_change", args=[line.pk])
    data = form_data(client.get(url))
    data["title_fr"] = "Renforcement des capacités (modifié)"
    client.post(url, data)
    html = client.get(reverse("admin:actionlines_actionline_history", args=[line.pk])).content.decode()
    assert "Title [fr]" in html
    assert "Renforcement des capacités (modifié)" in html
    assert "Short title [ar]" not in html  # an empty column saved as NULL is no change
    assert "load_content" in html


def test_an_import_is_recorded_with_no_person_and_the_command_as_the_reason():
    call_command("import_official_text", str(FRENCH), language="fr", revision="pp-140/2010", stdout=StringIO())
    clause = Clause.objects.filter(section__revision__resolution__slug="pp-140", section__revision__year=2010).first()
    latest = clause.history.latest()
    assert (latest.history_user, latest.history_change_reason) == (None, "import_official_text fr res140_fr.txt")
    assert [c.field for c in changes(latest, latest.prev_record)] == ["text_fr"]


def test_a_refused_import_leaves_the_history_as_it_was(tmp_path):
    before = Clause.history.count()
    broken = tmp_path / "broken.txt"
    broken.write_text("considérant\na) rien\n", encoding="utf-8")
    with pytest.raises(CommandError):
        call_command("import_official_text", str(broken), language="fr", revision="pp-140/2010", stdout=StringIO())
    assert Clause.history.count() == before


def history_form_data(response):
    form = response.context["adminform"].form
    return {form[n].html_name: form[n].value() for n in form.fields if form[n].value() not in (None, False)}


def test_staff_revert_a_clause_to_an_earlier_version_and_its_citations_follow(client, editor):
    clause = Clause.objects.get(
        section__revision__resolution__slug="pp-140", section__revision__year=2010, eid="considering__item_j"
    )
    cited = sorted(clause.citations.values_list("target", flat=True))
    assert cited
    original = clause.history.latest()
    clause.text_en = "a clause that cites nothing any more;"
    clause.save()
    assert not clause.citations.exists()
    url = reverse("admin:resolutions_clause_simple_history", args=[clause.pk, original.history_id])
    page = client.get(url)
    assert page.status_code == 200
    assert client.post(url, history_form_data(page)).status_code == 302
    clause.refresh_from_db()
    assert clause.text_en == original.text_en
    assert sorted(clause.citations.values_list("target", flat=True)) == cited
    assert clause.history.latest().history_user == editor


def test_the_recent_changes_page_filters_by_model_person_and_language(client, editor):
    line = ActionLine.objects.get(slug="c4")
    url = reverse("admin:actionlines_actionline_change", args=[line.pk])
    data = form_data(client.get(url))
    data["title_fr"] = "Renforcement des capacités (modifié)"
    client.post(url, data)
    call_command("import_official_text", str(FRENCH), language="fr", revision="pp-140/2010", stdout=StringIO())
    page = reverse("recent_changes")

    def shown(**filters):
        response = client.get(page, filters)
        assert response.status_code == 200
        return [(e.model._meta.model_name, e.record.history_user) for e in response.context["entries"]]

    assert ("actionline", editor) in shown()
    assert set(shown(person=editor.pk)) == {("actionline", editor)}
    assert set(shown(model="resolutions.clause", person="commands")) == {("clause", None)}
    assert ("actionline", editor) in shown(language="fr")
    assert ("actionline", editor) not in shown(language="ar")
    html = client.get(page, {"person": editor.pk}).content.decode()
    assert "Title [fr]" in html
    assert "Action line:" in html  # the kind of record, by name
    assert client.get(page, {"model": "auth.user"}).status_code == 400


def test_only_staff_see_the_recent_changes(client):
    assert client.get(reverse("recent_changes")).status_code == 302
