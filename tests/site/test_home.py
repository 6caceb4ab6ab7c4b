"""The home page: ITU's WSIS role at a glance and the way into every section, checked against the seeds."""

import pytest

from actionlines.models import ActionLine, Role
from outcomes.models import Paragraph
from resolutions.models import Citation, Resolution

from .shell import element_text, parse

pytestmark = pytest.mark.django_db


def test_home_names_both_summit_phases_with_place_and_dates(client):
    phases = element_text(client.get("/en/"), "main")
    assert "Phase 1 Geneva 10–12 December 2003" in phases
    assert "Phase 2 Tunis 16–18 November 2005" in phases


def test_home_shows_lead_facilitation_shared_with_unesco_and_undp(client):
    response = client.get("/en/")
    html = response.content.decode()
    lead = html[html.index('id="lead-heading"') : html.index('id="lines-heading"')]
    for org in ("itu", "unesco", "undp"):
        assert f'href="/en/focal-points/{org}/"' in lead


def test_home_groups_the_lines_by_itus_role_today(client):
    response = client.get("/en/")
    html = response.content.decode()
    lines = html[html.index('id="lines-heading"') : html.index('id="sections-heading"')]
    facilitator = lines[lines.index("Moderator/facilitator") : lines.index("Co-facilitator")]
    co_facilitator = lines[lines.index("Co-facilitator") : lines.index("Partner")]
    partner = lines[lines.index("Partner") : lines.index("Other WSIS roles of ITU")]
    for n in (2, 5, 6):
        assert f"/en/action-lines/c{n}/" in facilitator
    for n in (1, 3, 4, 7, 11):
        assert f"/en/action-lines/c{n}/" in co_facilitator
    for n in (8, 9):
        assert f"/en/action-lines/c{n}/" in partner
    assert "/en/action-lines/c10/" not in lines


def test_home_lists_itus_other_roles_such_as_ungis_chair(client):
    text = element_text(client.get("/en/"), "main")
    assert "United Nations Group on the Information Society (UNGIS): chair (2006, 2010, 2020)" in text


def test_home_counts_what_is_loaded(client):
    text = parse(client.get("/en/")).text
    assert f"Action lines {ActionLine.objects.count()}" in text
    assert f"Roles of organizations {Role.objects.count()}" in text
    assert f"Outcome-document paragraphs {Paragraph.objects.count()}" in text
    assert f"Resolutions and decisions {Resolution.objects.count()}" in text
    assert f"Citations {Citation.objects.count()}" in text
    assert ActionLine.objects.count() == 11


def test_home_page_title_and_description_are_its_own(client):
    page = parse(client.get("/en/"))
    (description,) = page.find("meta", name="description")
    assert "UNESCO and UNDP" in description["content"]
    assert "ITU and the World Summit on the Information Society" in page.text


def test_public_pages_may_be_cached_by_a_cdn_but_not_the_admin(client, settings):
    response = client.get("/en/")
    assert response["Cache-Control"] == f"public, max-age={settings.PUBLIC_CACHE_SECONDS}"
    admin = client.get("/admin/login/")
    assert "public" not in admin.get("Cache-Control", "")


def test_healthz_answers_ok_in_plain_text_and_is_never_cached(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    assert "no-cache" in response["Cache-Control"]


def test_no_page_carries_inline_script_or_style(client):
    for path in (
        "/en/",
        "/ar/action-lines/",
        "/en/action-lines/c6/",
        "/en/action-lines/plan-2006/",
        "/en/focal-points/",
        "/en/focal-points/bdt/",
        "/en/search/?q=ITU",
        "/en/nope/",
    ):
        html = client.get(path).content.decode()
        assert "<script" not in html
        assert "<style" not in html
        assert " style=" not in html


def test_sitemap_lists_every_public_page_in_all_six_languages(client):
    body = client.get("/sitemap.xml").content.decode()
    for lang in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f"<loc>http://testserver/{lang}/action-lines/c6/</loc>" in body
        assert f"<loc>http://testserver/{lang}/focal-points/unesco/</loc>" in body
        assert f"<loc>http://testserver/{lang}/action-lines/plan-2006/</loc>" in body
        assert f"<loc>http://testserver/{lang}/outcomes/tunis-agenda/96/</loc>" in body
        assert f"<loc>http://testserver/{lang}/resolutions/pp-140/2010/</loc>" in body
    # Django's x-default is the address without a language, which sends each reader to their own.
    assert 'hreflang="x-default" href="http://testserver/action-lines/c6/"' in body
    assert client.get("/action-lines/c6/", HTTP_ACCEPT_LANGUAGE="ru")["Location"] == "/ru/action-lines/c6/"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert "Sitemap: http://testserver/sitemap.xml" in body


def test_home_lists_every_roadmap_and_report_with_the_lines_it_concerns(client):
    from actionlines.models import Publication

    response = client.get("/en/")
    html = response.content.decode()
    section = html[html.index('id="publications-heading"') : html.index('id="sections-heading"')]
    for publication in Publication.objects.all():
        assert publication.title in section
    assert "2011 Update of the WSIS Action Line C6 Roadmap</strong> (2011)" in section
    assert '<a href="/en/action-lines/c6/">C6</a>' in section
