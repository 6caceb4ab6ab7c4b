"""Staff see the citations of a clause and every unresolved reference in the admin; nobody else does."""

import pytest
from django.contrib.auth.models import User
from django.urls import reverse

from resolutions.models import Citation, Clause, Section

pytestmark = pytest.mark.django_db

UNRESOLVED_URL = "admin:resolutions_citation_unresolved"


@pytest.fixture
def staff_client(client):
    client.force_login(User.objects.create_superuser("editor", "editor@example.org", "a-long-test-password"))
    return client


def res_140_clause(eid):
    return Clause.objects.get(section__revision__resolution__slug="pp-140", section__revision__year=2010, eid=eid)


def clause_citing_a_missing_paragraph():
    section = Section.objects.get(revision__resolution__slug="pp-140", revision__year=2010, keyword_en="considering")
    text = "that the Summit said so (§ 200 of the Tunis Agenda);"
    return Clause.objects.create(section=section, order=99, label="z)", text_en=text)


def change_form_data(response):
    """What a browser sends back from a clause's change page, unchanged (language tabs and inline included)."""
    data = {}
    forms = [response.context["adminform"].form]
    for formset in response.context["inline_admin_formsets"]:
        management = formset.formset.management_form
        for name in management.fields:
            data[management.add_prefix(name)] = management[name].value()
        forms.extend(formset.formset.forms)
    for form in forms:
        for name in form.fields:
            value = form[name].value()
            if value not in (None, False):
                data[form[name].html_name] = value
    return data


def test_staff_see_a_clauses_citations_with_links_to_what_they_cite(staff_client):
    clause = res_140_clause("considering__item_j")
    page = staff_client.get(reverse("admin:resolutions_clause_change", args=[clause.pk]))
    html = page.content.decode()
    assert page.status_code == 200
    for citation in clause.citations.select_related("paragraph"):
        assert citation.cited_text in html
        assert reverse("admin:outcomes_paragraph_change", args=[citation.paragraph.pk]) in html
    assert reverse("admin:resolutions_section_change", args=[clause.section.pk]) in html  # the link back


def test_staff_see_every_unresolved_reference_and_why(staff_client):
    clause = clause_citing_a_missing_paragraph()
    page = staff_client.get(reverse(UNRESOLVED_URL))
    html = page.content.decode()
    assert page.status_code == 200
    assert "TAIS § 200" in html
    assert clause.citations.get().problem in html
    assert reverse("admin:resolutions_clause_change", args=[clause.pk]) in html


def test_the_citation_list_leads_to_the_unresolved_page_and_filters_by_resolved(staff_client):
    clause_citing_a_missing_paragraph()
    changelist = reverse("admin:resolutions_citation_changelist")
    page = staff_client.get(changelist)
    assert reverse(UNRESOLVED_URL) in page.content.decode()
    unresolved = staff_client.get(changelist, {"resolved": "no"}).context["cl"].result_list
    assert [c.target for c in unresolved] == ["TAIS § 200"]
    resolved = staff_client.get(changelist, {"resolved": "yes"}).context["cl"].result_list
    assert len(resolved) == Citation.objects.exclude(paragraph=None, resolution=None).count()


def test_staff_search_citations_by_the_words_cited(staff_client):
    page = staff_client.get(reverse("admin:resolutions_citation_changelist"), {"q": "78a"})
    assert [c.target for c in page.context["cl"].result_list] == ["TAIS § 78 a"]


def test_staff_saving_a_clause_in_the_admin_relinks_it(staff_client):
    clause = res_140_clause("considering__item_h")
    url = reverse("admin:resolutions_clause_change", args=[clause.pk])
    data = change_form_data(staff_client.get(url))
    data["text_en"] = clause.text_en.replace("§ 120", "§ 98")
    response = staff_client.post(url, data)
    assert response.status_code == 302, response.context and response.context["adminform"].form.errors
    assert [c.paragraph.eid for c in clause.citations.all()] == ["para_98"]


def test_staff_cannot_type_in_a_citation_by_hand(staff_client):
    assert staff_client.get(reverse("admin:resolutions_citation_add")).status_code == 403


@pytest.mark.parametrize("name", [UNRESOLVED_URL, "admin:resolutions_citation_changelist"])
def test_a_reader_who_is_not_staff_is_sent_to_the_login_page(client, name):
    client.force_login(User.objects.create_user("reader", "reader@example.org", "a-long-test-password"))
    response = client.get(reverse(name))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_a_reader_who_is_not_staff_does_not_see_a_clauses_citations(client):
    clause = res_140_clause("considering__item_j")
    response = client.get(reverse("admin:resolutions_clause_change", args=[clause.pk]))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_staff_filter_citations_by_kind_of_target(staff_client):
    changelist = reverse("admin:resolutions_citation_changelist")
    paragraphs = staff_client.get(changelist, {"kind": "paragraph"}).context["cl"].result_list
    resolutions = staff_client.get(changelist, {"kind": "resolution"}).context["cl"].result_list
    assert paragraphs and all(c.paragraph_id and not c.resolution_id for c in paragraphs)
    assert resolutions and all(c.resolution_id and not c.paragraph_id for c in resolutions)
    assert len(paragraphs) + len(resolutions) == Citation.objects.count()


def test_after_saving_a_clause_staff_are_told_which_references_were_linked_and_which_not(staff_client):
    clause = clause_citing_a_missing_paragraph()
    clause.text_en = "recalling § 96 of the Tunis Agenda and § 200 of the Tunis Agenda;"
    clause.save()
    url = reverse("admin:resolutions_clause_change", args=[clause.pk])
    response = staff_client.post(url, change_form_data(staff_client.get(url)), follow=True)
    shown = [str(m) for m in response.context["messages"]]
    assert any(m.startswith("References linked: ") and "TAIS § 96" in m for m in shown), shown
    assert any(m.startswith("References not resolved: ") and "§ 200" in m for m in shown), shown
