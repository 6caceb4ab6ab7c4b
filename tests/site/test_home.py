"""The home page: ITU's WSIS role at a glance and the way into every section, checked against the seeds."""

import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings

from actionlines.models import ActionLine, Role
from outcomes.models import Paragraph
from resolutions.models import Citation, Resolution

from .shell import element_text, parse, sitemap_text

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
    partner = lines[lines.index("Partner") : lines.index("Other WSIS processes and ITU’s roles in them")]
    for n in (2, 5, 6):
        assert f"/en/action-lines/c{n}/" in facilitator
    for n in (1, 3, 4, 7, 11):
        assert f"/en/action-lines/c{n}/" in co_facilitator
    for n in (8, 9):
        assert f"/en/action-lines/c{n}/" in partner
    assert "/en/action-lines/c10/" not in lines


def test_home_lists_itus_other_roles_such_as_ungis_chair_each_as_its_source_names_it(client):
    text = element_text(client.get("/en/"), "main")
    assert (
        "United Nations Group on the Information Society (UNGIS): invited to chair during the first year (2006); "
        "permanent member (2010); shares the rotating chairmanship (2010); rotating chair (2020)"
    ) in text


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


def test_the_sitemap_index_lists_one_sitemap_per_section_at_the_canonical_origin(client, settings):
    index = client.get("/sitemap.xml", HTTP_HOST="localhost:6666")
    assert index["Content-Type"].startswith("application/xml")
    locations = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    assert f"{settings.CANONICAL_ORIGIN}/sitemap-paragraphs.xml" in locations
    assert len(locations) == 7 and all(loc.startswith(settings.CANONICAL_ORIGIN + "/sitemap-") for loc in locations)
    for loc in locations:
        assert client.get(urlsplit(loc).path).status_code == 200


def test_a_long_section_sitemap_is_split_into_pages_that_the_index_lists(client, settings, monkeypatch):
    from wsisportal.sitemaps import PortalSitemap

    monkeypatch.setattr(PortalSitemap, "limit", 60)
    locations = re.findall(r"<loc>([^<]+)</loc>", client.get("/sitemap.xml").content.decode())
    assert f"{settings.CANONICAL_ORIGIN}/sitemap-paragraphs.xml?p=2" in locations
    second = client.get("/sitemap-paragraphs.xml?p=2")
    assert second.status_code == 200 and second.content.decode().count("<url>") <= 60


def test_sitemap_lists_every_public_page_in_all_six_languages(client, settings):
    body = sitemap_text(client)
    origin = settings.CANONICAL_ORIGIN
    for lang in ("ar", "zh-hans", "en", "fr", "ru", "es"):
        assert f"<loc>{origin}/{lang}/action-lines/c6/</loc>" in body
        assert f"<loc>{origin}/{lang}/focal-points/unesco/</loc>" in body
        assert f"<loc>{origin}/{lang}/action-lines/plan-2006/</loc>" in body
        assert f"<loc>{origin}/{lang}/outcomes/tunis-agenda/96/</loc>" in body
        assert f"<loc>{origin}/{lang}/resolutions/pp-140/2010/</loc>" in body
    # Django's x-default is the address without a language, which sends each reader to their own.
    assert f'hreflang="x-default" href="{origin}/action-lines/c6/"' in body
    assert "testserver" not in body
    assert client.get("/action-lines/c6/", HTTP_ACCEPT_LANGUAGE="ru")["Location"] == "/ru/action-lines/c6/"


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    body = client.get("/robots.txt").content.decode()
    assert "Disallow: /admin/" in body
    assert f"Sitemap: {settings.CANONICAL_ORIGIN}/sitemap.xml" in body


def test_home_lists_every_roadmap_and_report_with_the_lines_it_concerns(client):
    from actionlines.models import Publication

    response = client.get("/en/")
    html = response.content.decode()
    section = html[html.index('id="publications-heading"') : html.index('id="sections-heading"')]
    for publication in Publication.objects.all():
        assert publication.title in section
    # A report the portal shows on an action line's page links there; one it shows nowhere else does not.
    assert (
        '<a class="publication-title" href="/en/action-lines/c6/#roadmap-c6-update-2011">'
        "2011 Update of the WSIS Action Line C6 Roadmap</a> (2011)"
    ) in section
    assert "<strong>Golden Book</strong> (2006)" in section
    assert '<a href="/en/action-lines/c6/">C6</a>' in section


def test_home_never_gives_a_year_to_an_organization_its_source_does_not_name(client):
    text = element_text(client.get("/en/"), "main")
    # 2007: ITU alone is the leading agency; 2014: ITU, UNESCO and UNDP are the lead agencies.
    assert (
        "United Nations Group on the Information Society (UNGIS): leading agency – ITU (2007); "
        "lead agency – ITU, UNESCO, UNDP (2014)"
    ) in text
    assert "Connect the World: ITU-led – ITU (2010, 2014)" in text


def test_home_says_what_the_sources_say_of_the_wsis_forum_2020_and_the_wsis_sdg_matrix(client):
    response = client.get("/en/")
    forum = element_text(response, "process-wsis-forum")
    assert "at the ITU Headquarters in Geneva from 31 August to 4 September 2020" in forum
    assert "draws direct linkages of the WSIS Action Lines with the SDGs" in element_text(
        response, "process-wsis-sdg-matrix"
    )


def test_home_lists_each_report_with_what_its_sources_say_and_which_sources(client):
    text = element_text(client.get("/en/"), "publications-heading")
    main = element_text(client.get("/en/"), "main")
    assert "Roadmaps and reports" in text
    assert "ITU's 2007 page: ITU launched the “Golden Book” project" in main
    assert "Sources: WSIS implementation plan within ITU (2006); ITU implementing WSIS (2007)" in main
