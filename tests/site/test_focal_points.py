"""Focal points: every organization with its roles on each line; one organization's page."""

import pytest

from actionlines.models import Organization, Role

from .shell import element_text, parse

pytestmark = pytest.mark.django_db


def test_focal_points_page_lists_every_organization_that_holds_a_role(client):
    response = client.get("/en/focal-points/")
    links = parse(response).links()
    holders = Organization.objects.filter(roles__isnull=False).distinct()
    assert holders.count() >= 10
    for org in holders:
        assert org.get_absolute_url() in links


def test_focal_points_page_gives_each_organizations_roles_by_line(client):
    response = client.get("/en/focal-points/")
    unesco = element_text(response, "unesco")
    assert "C3 Access to information: focal point (2006)" in unesco
    assert "C7 – E-science: focal point (2006)" in unesco
    assert (
        "coordinator of the action lines (2007); lead facilitation role (2010); lead facilitating role (2014); "
        "lead facilitator (2020)"
    ) in unesco
    assert "C7 – E-health: focal point (2006)" in element_text(response, "who")
    itu = element_text(response, "itu")
    assert "C6 Enabling environment: co-facilitator (2006–2008); moderator/facilitator (since 2008)" in itu


def test_organization_page_shows_its_roles_with_sources(client):
    response = client.get("/en/focal-points/undp/")
    page = parse(response)
    assert "UNDP" in page.text
    roles = element_text(response, "main")
    assert "C4 Capacity building Focal point 2006 WSIS implementation plan within ITU (2006)" in roles
    assert "C6 Enabling environment Focal point 2006" in roles
    assert "Coordinator of the action lines 2007 ITU implementing WSIS (2007)" in roles


def test_itu_page_lists_its_units(client):
    response = client.get("/en/focal-points/itu/")
    links = parse(response).links()
    for unit in ("bdt", "tsb", "br", "spu", "cec"):
        assert f"/en/focal-points/{unit}/" in links
    assert Role.objects.filter(organization__slug="itu").count() > 20


def test_unit_page_lists_its_assignments_in_the_2006_plan(client):
    response = client.get("/en/focal-points/br/")
    text = element_text(response, "main")
    assert "Lead: ICT applications" not in text
    assert "Lead: Action Line C6 (Enabling environment) – Spectrum management" in text
    assert "Lead: Action Line C7, theme e-science" in text
    assert "Part of ITU" in text
    assert "/en/focal-points/itu/" in parse(response).links()


def test_unit_assignments_link_to_the_row_on_its_action_line_page(client):
    links = parse(client.get("/en/focal-points/br/")).links()
    assert "/en/action-lines/c6/#activity-c6" in links


def test_organization_without_an_expansion_keeps_its_name_empty(client):
    for org in Organization.objects.filter(name="").exclude(acronym=""):
        page = parse(client.get(org.get_absolute_url()))
        assert org.acronym in page.text


def test_itu_page_gives_each_role_its_sources_words_and_notes(client):
    roles = element_text(client.get("/en/focal-points/itu/"), "main")
    assert "Rotating Chair of the United Nations Group on Information Society (UNGIS)" in roles
    assert "the same page's menu says Chair/Co-Chair" in roles
    assert "Leading Facilitating Organization" in roles


def test_focal_points_page_lists_the_years_of_the_sources_not_an_unbroken_span(client):
    itu = element_text(client.get("/en/focal-points/"), "itu")
    assert "2006–2020" not in itu
    assert "rotating chair (2020)" in itu
