"""Staff editing: every model in the admin, tabs per language from our own static files, staff only."""

import pytest
from django.contrib import admin
from django.contrib.auth.models import User
from django.urls import reverse

from actionlines.models import ActionLine
from outcomes.models import OutcomeDocument, Paragraph

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    User.objects.create_user("editor", "editor@example.org", "a-long-test-password", is_staff=True, is_superuser=True)
    assert client.login(username="editor", password="a-long-test-password")
    return client


def form_data(response):
    """The POST data a browser would send back from an admin change page, unchanged."""
    data = {}
    forms = [response.context["adminform"].form]
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name, field in management.fields.items():
            data[management.add_prefix(name)] = (
                management[name].value() if name in management.initial else field.initial
            )
        forms.extend(formset.formset.forms)
    for form in forms:
        for bound in (form[name] for name in form.fields):
            value = bound.value()
            if value is None or value is False:
                continue
            if isinstance(value, list | tuple):
                data[bound.html_name] = [str(v) for v in value]
            elif value is True:
                data[bound.html_name] = "on"
            else:
                data[bound.html_name] = value
    return data


def test_staff_change_a_french_title_and_it_is_stored(staff_client):
    line = ActionLine.objects.get(slug="c4")
    url = reverse("admin:actionlines_actionline_change", args=[line.pk])
    page = staff_client.get(url)
    assert page.status_code == 200
    data = form_data(page)
    data["title_fr"] = "Renforcement des capacités (titre modifié)"
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    line.refresh_from_db()
    assert line.title_fr == "Renforcement des capacités (titre modifié)"
    assert line.title_en == ActionLine.objects.get(slug="c4").title_en  # the English is untouched


def test_the_language_tabs_load_jquery_ui_from_our_own_static_files(staff_client):
    line = ActionLine.objects.get(slug="c2")
    html = staff_client.get(reverse("admin:actionlines_actionline_change", args=[line.pk])).content.decode()
    assert "vendor/jquery-ui/jquery-ui.min" in html
    assert "modeltranslation/js/tabbed_translation_fields." in html
    assert "googleapis" not in html and "cdn" not in html.lower()


def test_staff_search_finds_a_record_by_any_of_its_six_language_titles(staff_client):
    line = ActionLine.objects.get(slug="c5")
    changelist = reverse("admin:actionlines_actionline_changelist")
    for code in ("ar", "zh_hans", "ru"):
        query = getattr(line, f"title_{code}")
        assert query, f"C5 has no {code} title"
        result = staff_client.get(changelist, {"q": query})
        assert list(result.context["cl"].result_list) == [line], code


def test_every_model_has_a_working_changelist_and_add_page(staff_client):
    for model, model_admin in admin.site._registry.items():
        meta = model._meta
        if meta.app_label not in {"outcomes", "actionlines", "resolutions"}:
            continue
        changelist = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_changelist"))
        assert changelist.status_code == 200, meta.label
        if model_admin.has_add_permission(changelist.wsgi_request):
            add = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_add"))
            assert add.status_code == 200, meta.label
        first = model.objects.first()
        if first is not None:
            change = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[first.pk]))
            assert change.status_code == 200, meta.label


def test_only_staff_reach_the_admin(client):
    user = User.objects.create_user("reader", "reader@example.org", "a-long-test-password")
    client.force_login(user)
    response = client.get(reverse("admin:actionlines_actionline_changelist"))
    assert response.status_code == 302
    assert reverse("admin:login") in response["Location"]


def test_staff_see_the_citations_found_in_a_plan_row(staff_client):
    from actionlines.models import Activity

    activity = Activity.objects.get(paragraph_refs__contains="67, 72-79")
    html = staff_client.get(reverse("admin:actionlines_activity_change", args=[activity.pk])).content.decode()
    assert "citations found in the paragraphs named" in html.lower()
    assert "TAIS § 72" in html or "§ 72" in html


def test_every_change_form_of_a_record_with_a_page_links_to_it_and_the_page_answers(staff_client):
    """ "View on site" on the change form of one record of each model that has a page; following it (the admin's
    redirect to get_absolute_url) gives 200."""
    checked = []
    for model in admin.site._registry:
        if model._meta.app_label not in {"outcomes", "actionlines", "resolutions"}:
            continue
        if not hasattr(model, "get_absolute_url"):
            continue
        obj = model._default_manager.order_by("pk").first()
        assert obj is not None, model
        meta = model._meta
        page = staff_client.get(reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk]))
        view_on_site = page.context["original"] and page.context.get("has_absolute_url")
        assert view_on_site, f"{meta.label}: no “view on site”"
        shortcut = reverse("admin:view_on_site", args=[page.context["content_type_id"], obj.pk])
        assert shortcut in page.content.decode()
        target = staff_client.get(shortcut)
        assert target.status_code == 302, meta.label
        assert staff_client.get(target["Location"].split("#")[0]).status_code == 200, (meta.label, target["Location"])
        checked.append(meta.model_name)
    assert {"actionline", "role", "publication", "summitphase", "section", "clause", "citation"} <= set(checked)


def test_a_save_the_database_refuses_is_a_form_error_in_the_staff_members_language(staff_client):
    """The Tunis Agenda has its "Annex"; a paragraph "ANNEX" has another number but the same computed anchor, which
    only the database checks: it is refused on the form, with the data kept and nothing saved."""
    document = OutcomeDocument.objects.get(slug="tunis-agenda")
    assert Paragraph.objects.filter(document=document, number="Annex").exists()
    before = Paragraph.objects.count()
    add = reverse("admin:outcomes_paragraph_add")
    data = {"document": document.pk, "number": "ANNEX", "order": 901}
    response = staff_client.post(add, data, HTTP_ACCEPT_LANGUAGE="fr")
    assert response.status_code == 200
    errors = str(response.context["adminform"].form.non_field_errors())
    assert "La base de données a refusé cette modification" in errors
    assert response.context["adminform"].form["number"].value() == "ANNEX"
    assert Paragraph.objects.count() == before
