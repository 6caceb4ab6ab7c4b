"""The action-line overview, one action line and the 2006 plan page, checked against the seeds."""

import re

import pytest

from actionlines.models import Activity

from .actionlines_world import grow
from .shell import PAGE_CACHE_QUERIES, element_text, parse

pytestmark = pytest.mark.django_db


# --- overview ---------------------------------------------------------------------------------------------------


def test_overview_lists_the_eleven_lines_in_order_with_their_titles(client):
    response = client.get("/en/action-lines/")
    page = parse(response)
    rows = [a["href"] for a in page.find("a") if re.fullmatch(r"/en/action-lines/c\d+/", a.get("href", ""))]
    assert rows == [f"/en/action-lines/c{n}/" for n in range(1, 12)]
    assert "Information and communication infrastructure" in element_text(response, "c2")
    assert "Ethical dimensions" in element_text(response, "c10")


@pytest.mark.parametrize(
    "line, role, focal_point, lead",
    [
        ("c1", "co-facilitator", "UN-DESA", "BDT"),
        ("c2", "moderator/facilitator", "ITU", "BDT"),
        ("c3", "co-facilitator", "UNESCO", "BDT"),
        ("c4", "co-facilitator", "UNDP", "BDT"),
        ("c5", "moderator/facilitator", "ITU", "TSB"),
        # The 2006 plan names UNDP C6's focal point; ITU became its facilitator, not its focal point.
        ("c6", "moderator/facilitator", "UNDP", "by topic"),
        ("c7", "co-facilitator", "–", "by theme"),
        ("c8", "partner", "UNESCO", "TSB"),
        ("c9", "partner", "UNESCO", "no ITU lead nominated"),
        ("c10", "no role recorded", "UNESCO", "no ITU lead nominated"),
        ("c11", "co-facilitator", "UN-DESA", "CEC"),
    ],
)
def test_overview_row_gives_itus_role_the_focal_point_and_the_lead_unit(client, line, role, focal_point, lead):
    response = client.get("/en/action-lines/")
    page = parse(response)
    cells = _row_cells(response, line)
    assert role in cells[2]
    assert focal_point in cells[3]
    assert lead in cells[4]
    assert page.html_attrs["lang"] == "en"


def _row_cells(response, line):
    """The five cells of a line's own row (the first <tr> of its <tbody>)."""
    html = response.content.decode()
    body = html[html.index(f'<tbody id="{line}">') :]
    row = body[: body.index("</tr>")]
    cells = re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", c).split()) for c in cells]


def test_overview_shows_c7_themes_with_their_focal_points_and_c6_topics_with_their_leads(client):
    response = client.get("/en/action-lines/")
    c7 = element_text(response, "c7")
    for theme, focal in [
        ("E-government", "UN-DESA"),
        ("E-business", "UNCTAD"),
        ("E-learning", "UNDP"),
        ("E-health", "WHO"),
        ("E-employment", "ILO"),
        ("E-environment", "WMO"),
        ("Agriculture", "FAO"),
        ("E-science", "UNESCO"),
    ]:
        assert re.search(rf"{theme} \(theme\) co-facilitator \(2006\) {focal} (BDT|BR)", c7), theme
    c6 = element_text(response, "c6")
    assert "Spectrum management (topic) – – BR" in c6
    assert "Countering spam (topic) – – SPU" in c6
    assert "Internet governance (topic) – – TSB, SPU" in c6


def test_overview_in_french_shows_french_titles(client):
    response = client.get("/fr/action-lines/")
    assert "Infrastructure de l'information et de la communication" in response.content.decode().replace("&#x27;", "'")


# --- one action line ------------------------------------------------------------------------------------------


def test_c6_says_itu_was_co_facilitator_until_2008_and_facilitator_since(client):
    response = client.get("/en/action-lines/c6/")
    # The text as read: a span of years isolated in <bdi> adds no space inside the brackets.
    text = element_text(response, "main")
    assert "ITU: co-facilitator (2006–2008); moderator/facilitator (since 2008)" in text


def test_c6_roles_over_time_name_their_sources(client):
    roles = element_text(client.get("/en/action-lines/c6/"), "roles")
    assert "UNDP Focal point 2006 WSIS implementation plan within ITU (2006)" in roles
    assert "ITU Moderator/facilitator since 2008 Resolution 140 (Rev. Guadalajara, 2010)" in roles
    assert "until 2008 ended" in roles


def test_c6_allocation_gives_each_topic_its_lead_and_assisting_units(client):
    allocation = element_text(client.get("/en/action-lines/c6/"), "allocation")
    assert "Spectrum management: Lead: BR; Assisting: BDT, SPU" in allocation
    assert "Countering spam: Lead: SPU; Assisting: TSB, BDT" in allocation
    assert "Creation of the Internet Governance Forum" in allocation
    assert "First meeting – 11 May 2006" in allocation


def test_c6_topics_each_show_their_own_lead(client):
    response = client.get("/en/action-lines/c6/")
    assert "Lead: BR" in element_text(response, "spectrum-management")
    assert "Lead: BDT" in element_text(response, "e-commerce")
    assert "Lead: TSB, SPU" in element_text(response, "internet-governance")


def test_c7_themes_each_show_their_focal_point_and_e_learning_its_allocation_from_the_c4_row(client):
    response = client.get("/en/action-lines/c7/")
    assert "WHO" in element_text(response, "e-health")
    assert "Lead: BR" in element_text(response, "e-science")
    assert "Lead: BDT" in element_text(response, "e-learning")
    assert "See C4 above" not in element_text(response, "e-learning")


def test_c2_lists_its_roadmaps_and_meetings_in_doha(client):
    response = client.get("/en/action-lines/c2/")
    publications = element_text(response, "publications")
    assert "2010 WSIS Action Line Roadmaps (2010)" in publications
    assert "2011 Update of the WSIS Action Line C2 Roadmap (2011)" in publications
    # The plan prints "9 March": the year is the plan's, and the page says so.
    assert "First meeting, during WTDC-06 – 9 March 2006 (year inferred), Doha" in element_text(response, "allocation")


def test_c6_lists_the_paragraphs_its_plan_rows_cite(client):
    links = parse(client.get("/en/action-lines/c6/")).links()
    for number in (27, 50, 67, 68, 71, 72, 79):
        assert f"/en/outcomes/tunis-agenda/{number}/" in links


@pytest.mark.parametrize(
    "line, anchors",
    [
        ("c6", ["considering__item_g", "considering_further__item_i", "resolves__para_2"]),
        ("c2", ["considering__item_f", "considering_further__item_i", "resolves__para_2", "resolves__para_9"]),
        ("c1", ["resolves__para_3"]),
        ("c9", ["resolves__para_3"]),
    ],
)
def test_line_links_to_the_resolution_clauses_that_name_it(client, line, anchors):
    links = parse(client.get(f"/en/action-lines/{line}/")).links()
    for anchor in anchors:
        assert f"/en/resolutions/pp-140/2010/#{anchor}" in links


def test_c10_is_named_by_no_resolution_clause_and_c5_not_by_the_c6_only_clause(client):
    c10 = element_text(client.get("/en/action-lines/c10/"), "resolutions")
    assert "No loaded resolution text names this line." in c10
    c5_links = parse(client.get("/en/action-lines/c5/")).links()
    assert "/en/resolutions/pp-140/2010/#considering__item_g" not in c5_links


# --- the 2006 plan ------------------------------------------------------------------------------------------------


def test_plan_page_shows_every_activity_in_its_section(client):
    response = client.get("/en/action-lines/plan-2006/")
    page = parse(response)
    for activity in Activity.objects.all():
        assert f"activity-{activity.slug}" in page.ids
        assert activity.title in element_text(response, f"section-{activity.section}")
    assert "para 108-110 + Annex of Tunis Agenda" in element_text(response, "activity-facilitators-meeting")
    assert "Lead: CEC" in element_text(response, "activity-ungis")
    assert "Secretariat: SPU" in element_text(response, "activity-council-wg-wsis")


def test_plan_page_links_each_row_to_the_paragraphs_it_names(client):
    response = client.get("/en/action-lines/plan-2006/")
    assert "TAIS § 120" in element_text(response, "activity-stocktaking-golden-book")
    assert "/en/outcomes/tunis-agenda/120/" in parse(response).links()


# --- queries do not grow with the data ---------------------------------------------------------------------------

PAGE_QUERIES = [
    # Home: + publications' sources, the WSIS processes and their sources; a line: + publications' sources and
    # the resolutions its plan rows name; the plan: + the resolutions its rows name.
    ("/en/", 24),
    ("/en/action-lines/", 10),
    ("/en/action-lines/c6/", 14),
    ("/en/action-lines/c7/", 13),
    ("/en/action-lines/plan-2006/", 7),
    ("/en/focal-points/", 2),
    ("/en/focal-points/itu/", 4),
    ("/en/focal-points/bdt/", 5),
]


@pytest.mark.parametrize("path, queries", PAGE_QUERIES)
def test_page_query_count_is_fixed_and_does_not_grow_with_ten_times_the_rows(
    client, django_assert_num_queries, path, queries
):
    grow(1)
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        assert client.get(path).status_code == 200
    grow(9, start=1)
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        response = client.get(path)
    assert response.status_code == 200
    # The grown rows are on the page: the count stayed fixed while the content grew.
    assert "Grown" in response.content.decode() or "G9" in response.content.decode()


# --- the plan and the lines, as the seeds say them (issue 9) ------------------------------------------------------


def test_plan_opens_with_what_its_source_says_of_itself(client):
    text = parse(client.get("/en/action-lines/plan-2006/")).text
    assert "based on an internal memo circulated by the ITU Secretary-General in May 2006" in text
    assert "In 2006 the ITU Secretary-General set out" not in text


def test_plan_marks_a_year_it_does_not_print_as_inferred(client):
    response = client.get("/en/action-lines/plan-2006/")
    assert "First meeting – 16 May 2006 (year inferred)" in element_text(response, "activity-c1")
    # "First meeting to be held in October 2006": the plan prints this year.
    e_health = element_text(response, "activity-c7-e-health")
    assert "First meeting – October 2006 planned" in e_health and "inferred" not in e_health


def test_plan_says_what_the_plan_says_of_the_ecosoc_meeting_and_the_new_york_consultations(client):
    response = client.get("/en/action-lines/plan-2006/")
    assert "ECOSOC meeting – July 2006, Geneva report to this meeting" in element_text(
        response, "activity-ecosoc-report"
    )
    assert "Consultations, New York taking place" in element_text(response, "activity-public-policy-process")


def test_plan_keeps_the_units_it_names_in_brackets_after_a_tunis_agenda_paragraph(client):
    row = element_text(client.get("/en/action-lines/plan-2006/"), "activity-tunis-agenda-paragraphs")
    assert "93: Technology Watch (TSB)" in row
    assert "91: work on Emergency Telecom Services and Telecoms for Disaster Relief (TSB, BDT)" in row
    assert "Lead" not in row


def test_facilitators_meeting_is_in_close_coordination_with_unesco_and_undp_not_in_partnership(client):
    row = element_text(client.get("/en/action-lines/plan-2006/"), "activity-facilitators-meeting")
    assert "In close coordination with: UNESCO, UNDP" in row
    assert "partnership" not in row


def test_c5_row_links_the_wtdc_resolution_45_its_comments_name(client):
    response = client.get("/en/action-lines/plan-2006/")
    assert "Resolutions named Resolution 45 (WTDC Res. 45)" in element_text(response, "activity-c5")
    assert 'href="/en/resolutions/wtdc-45/"' in response.content.decode()


def test_c1_history_reads_without_a_downgrade_and_names_participation_as_resolves_3_does(client):
    text = parse(client.get("/en/action-lines/c1/")).text
    assert "ITU: co-facilitator (2006, 2007, 2020); participates in implementation (2010)" in text
    assert "partner (2010)" not in text
