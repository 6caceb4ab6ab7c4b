"""Facts from the seeds that the loaded action-line, organization, 2006-plan and publication fixtures must hold."""

import datetime
import re
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from actionlines.models import (
    ActionLine,
    Activity,
    Assignment,
    Mechanism,
    Meeting,
    Organization,
    Publication,
    Role,
    Theme,
)

pytestmark = pytest.mark.django_db

LANGS = ("en", "fr", "es", "ru", "ar", "zh_hans")
PLAN = "itu-2006-implementation-plan"
PAGE_2007 = "itu-2007-wsis-implementation"
PAGE_2014 = "itu-2014-wsis-roadmaps"
PAGE_2020 = "itu-2020-wsis-gateway"
RES_140 = "res-140-guadalajara-2010"


def roles(organization, kind, source, **subject):
    return Role.objects.filter(organization__slug=organization, kind=kind, source__key=source, **subject)


def unit_slugs(activity, kind, part=""):
    return [
        a.organization.slug
        for a in Assignment.objects.filter(activity__slug=activity, kind=kind, part_en=part).order_by("order")
    ]


# --- action lines, themes, topics -----------------------------------------------------------


def test_action_line_overview_lists_eleven_lines_c1_to_c11():
    assert [(line.slug, line.code) for line in ActionLine.objects.all()] == [(f"c{n}", f"C{n}") for n in range(1, 12)]


@pytest.mark.parametrize(
    ("slug", "title"),
    [
        ("c1", "Role of stakeholders"),
        ("c2", "Information and communication infrastructure"),
        ("c5", "Building confidence and security in the use of ICTs"),
        ("c6", "Enabling environment"),
        ("c8", "Cultural diversity and identity, linguistic diversity and local content"),
        ("c11", "International and regional cooperation"),
    ],
)
def test_action_line_page_shows_the_title_the_seeds_give(slug, title):
    assert ActionLine.objects.get(slug=slug).title_en == title


def test_action_lines_c2_and_c5_show_the_short_names_of_the_2020_page():
    assert ActionLine.objects.get(slug="c2").short_title_en == "ICT infrastructure"
    assert ActionLine.objects.get(slug="c5").short_title_en == "Cybersecurity"


def test_c7_page_lists_its_eight_themes_in_order():
    assert list(Theme.objects.filter(action_line__slug="c7", kind="theme").values_list("slug", flat=True)) == [
        "e-government",
        "e-business",
        "e-learning",
        "e-health",
        "e-employment",
        "e-environment",
        "e-agriculture",
        "e-science",
    ]


def test_c6_page_lists_its_seven_topics_in_order():
    assert list(Theme.objects.filter(action_line__slug="c6", kind="topic").values_list("slug", flat=True)) == [
        "internet-governance",
        "e-commerce",
        "regulatory-issues",
        "national-e-strategies",
        "financing-mechanisms-for-smes",
        "countering-spam",
        "spectrum-management",
    ]


# --- roles over time ----------------------------------------------------------------------------


def test_c6_shows_itu_co_facilitator_in_2006_and_facilitator_since_2008():
    in_plan = roles("itu", "co_facilitator", PLAN, action_line__slug="c6").get()
    before = roles("itu", "co_facilitator", RES_140, action_line__slug="c6").get()
    after = roles("itu", "facilitator", RES_140, action_line__slug="c6").get()
    assert (before.since, before.until) == (None, 2008)
    assert (after.since, after.until) == (2008, None)
    assert "in 2008" in after.wording and "co-facilitator" in before.wording
    with translation.override("en"):
        assert in_plan.period == "2006"
        assert after.period == "since 2008"
        assert before.period == "until 2008"
    assert after.is_current and not before.is_current


@pytest.mark.parametrize(
    ("line", "focal_point"),
    [
        ("c1", "un-desa"),
        ("c3", "unesco"),
        ("c4", "undp"),
        ("c6", "undp"),
        ("c8", "unesco"),
        ("c9", "unesco"),
        ("c10", "unesco"),
        ("c11", "un-desa"),
    ],
)
def test_action_line_shows_its_2006_focal_point_agency(line, focal_point):
    assert [r.organization.slug for r in Role.objects.filter(action_line__slug=line, kind="focal_point")] == [
        focal_point
    ]


def test_c2_shows_itu_as_focal_point_with_apc_as_co_facilitator_in_2006():
    assert roles("itu", "focal_point", PLAN, action_line__slug="c2").exists()
    assert roles("apc", "co_facilitator", PLAN, action_line__slug="c2").exists()


def test_c5_shows_itu_as_focal_point_and_sole_facilitator_in_2006():
    assert roles("itu", "focal_point", PLAN, action_line__slug="c5").exists()
    sole = roles("itu", "facilitator", PLAN, action_line__slug="c5").get()
    assert sole.wording == "ITU is focal point and sole-facilitator."


@pytest.mark.parametrize(
    ("theme", "agency"),
    [
        ("e-government", "un-desa"),
        ("e-business", "unctad"),
        ("e-learning", "undp"),
        ("e-health", "who"),
        ("e-employment", "ilo"),
        ("e-environment", "wmo"),
        ("e-agriculture", "fao"),
        ("e-science", "unesco"),
    ],
)
def test_each_c7_theme_shows_its_focal_point_agency_and_itu_as_co_facilitator(theme, agency):
    assert [r.organization.slug for r in roles(agency, "focal_point", PLAN, theme__slug=theme)] == [agency]
    assert roles("itu", "co_facilitator", PLAN, theme__slug=theme).exists()


def test_2007_page_roles_facilitator_of_c2_c5_and_co_facilitator_of_c1_c4_c6_c7_c11():
    facilitated = roles("itu", "facilitator", PAGE_2007).values_list("action_line__slug", flat=True)
    co_facilitated = roles("itu", "co_facilitator", PAGE_2007).values_list("action_line__slug", flat=True)
    assert sorted(facilitated) == ["c2", "c5"]
    assert sorted(co_facilitated, key=lambda s: int(s[1:])) == ["c1", "c4", "c6", "c7", "c11"]


def test_2014_page_shows_itu_as_sole_facilitator_of_c2_c5_c6():
    sole = roles("itu", "facilitator", PAGE_2014, action_line__isnull=False)
    assert sorted(sole.values_list("action_line__slug", flat=True)) == ["c2", "c5", "c6"]
    assert all("Sole Facilitator" in r.wording for r in sole)


def test_2020_page_shows_co_facilitator_of_five_lines_and_partner_of_c8_c9():
    co = roles("itu", "co_facilitator", PAGE_2020).values_list("action_line__slug", flat=True)
    partner = roles("itu", "partner", PAGE_2020).values_list("action_line__slug", flat=True)
    facilitator = roles("itu", "facilitator", PAGE_2020, action_line__isnull=False)
    assert sorted(co, key=lambda s: int(s[1:])) == ["c1", "c3", "c4", "c7", "c11"]
    assert sorted(partner) == ["c8", "c9"]
    assert sorted(facilitator.values_list("action_line__slug", flat=True)) == ["c2", "c5", "c6"]
    assert facilitator.get(action_line__slug="c6").note_en == "upon UNDP's request"


def test_resolution_140_names_itu_moderator_facilitator_of_c2_c5_c6_and_participant_in_seven_lines():
    facilitated = roles("itu", "facilitator", RES_140).values_list("action_line__slug", flat=True)
    participating = roles("itu", "participant", RES_140)
    assert not roles("itu", "partner", RES_140).exists()
    assert sorted(facilitated) == ["c2", "c5", "c6"]
    lines = participating.values_list("action_line__slug", flat=True)
    assert sorted(lines, key=lambda s: int(s[1:])) == ["c1", "c3", "c4", "c7", "c8", "c9", "c11"]
    # resolves 3 alone: considering f ("a potential partner for a number of other action lines") names no line.
    for role in participating:
        assert role.wording == (
            "participate with other stakeholders, as appropriate, in the implementation of Action Lines"
            " C1, C3, C4, C7, C8, C9 and C11"
        )
        assert "potential partner" not in role.note_en and "resolves 3" in role.note_en


def test_lead_facilitation_with_unesco_and_undp_is_shown_for_all_three_from_resolution_140():
    lead = Role.objects.filter(mechanism__slug="wsis-implementation", kind="lead_facilitator", source__key=RES_140)
    assert sorted(lead.values_list("organization__slug", flat=True)) == ["itu", "undp", "unesco"]


def test_ungis_shows_itu_as_permanent_member_and_rotating_chair():
    assert roles("itu", "member", RES_140, mechanism__slug="ungis").get().name_en == "permanent member"
    assert roles("itu", "chair", PAGE_2020, mechanism__slug="ungis").get().name_en == "rotating chair"
    leading = roles("itu", "lead_facilitator", PAGE_2007, mechanism__slug="ungis").get()
    assert leading.wording.startswith("Leading agency") and leading.name_en == "leading agency"


def test_2020_page_mechanism_roles_stocktaking_project_prize_partnership_forum():
    assert roles("itu", "facilitator", PAGE_2020, mechanism__slug="wsis-stocktaking").exists()
    assert roles("itu", "facilitator", PAGE_2020, mechanism__slug="wsis-project-prize").exists()
    assert roles("itu", "member", PAGE_2020, mechanism__slug="partnership-measuring-ict").exists()
    assert roles("itu", "lead_facilitator", PAGE_2020, mechanism__slug="wsis-forum").exists()


def test_every_role_quotes_its_source_and_has_one_subject():
    assert Role.objects.count() > 80
    for role in Role.objects.select_related("source"):
        assert role.wording, role.pk
        assert role.source.key in {PLAN, PAGE_2007, PAGE_2014, PAGE_2020, RES_140}
        assert sum(x is not None for x in (role.action_line_id, role.theme_id, role.mechanism_id)) == 1


# --- organizations ------------------------------------------------------------------------------

UNEXPANDED = [
    "bdt",
    "tsb",
    "br",
    "spu",
    "cec",
    "wsis-es",
    "csd",
    "apc",
    "kado",
    "who",
    "ilo",
    "wmo",
    "fao",
    "un-desa",
    "cstd",
    "ceb",
    "hlcp",
    "ecosoc",
    "itu-t",
    "tdag",
]


@pytest.mark.parametrize("slug", UNEXPANDED)
def test_focal_points_page_does_not_guess_an_acronym_the_seeds_do_not_expand(slug):
    organization = Organization.objects.get(slug=slug)
    assert organization.acronym_en
    assert all(getattr(organization, f"name_{lang}") == "" for lang in LANGS)


@pytest.mark.parametrize(
    ("slug", "acronym", "name"),
    [
        ("unesco", "UNESCO", "United Nations Educational, Scientific and Cultural Organization"),
        ("undp", "UNDP", "United Nations Development Programme"),
        ("unctad", "UNCTAD", "United Nations Conference on Trade and Development"),
        ("ungis", "UNGIS", "United Nations Group on the Information Society"),
        ("itu", "ITU", "International Telecommunication Union"),
        ("hlsoc", "HLSOC", "High Level Summit Organizing Committee"),
        ("igf", "IGF", "Internet Governance Forum"),
        ("wg-wsis", "WG-WSIS", "Council Working Group on WSIS"),
        ("itu-d", "ITU-D", "ITU Telecommunication Development Sector"),
    ],
)
def test_focal_points_page_expands_the_acronyms_the_seeds_expand(slug, acronym, name):
    organization = Organization.objects.get(slug=slug)
    assert (organization.acronym_en, organization.name_en) == (acronym, name)


def test_itu_is_written_in_its_established_arabic_and_chinese_short_forms():
    itu = Organization.objects.get(slug="itu")
    assert (itu.kind, itu.acronym_ar, itu.acronym_zh_hans) == ("itu", "الاتحاد", "国际电联")


def test_undesa_and_un_desa_are_one_organization_holding_c1_c11_and_e_government():
    assert not Organization.objects.filter(slug="undesa").exists()
    un_desa = Organization.objects.get(slug="un-desa")
    subjects = {str(r.action_line or r.theme.slug) for r in un_desa.roles.select_related("action_line", "theme")}
    assert {"C1 Role of stakeholders", "C11 International and regional cooperation", "e-government"} <= subjects


def test_itu_units_and_bodies_hang_under_itu_as_the_seeds_describe():
    for slug in ("bdt", "tsb", "br", "spu", "cec", "csd", "council", "itu-t", "itu-d"):
        assert Organization.objects.get(slug=slug).parent.slug == "itu", slug
    wg = Organization.objects.get(slug="wg-wsis")
    assert (wg.parent.slug, wg.established) == ("council", 2002)
    assert Organization.objects.get(slug="dedicated-group-internet").parent == wg
    assert Organization.objects.get(slug="itu-t-sg3").parent.slug == "itu-t"


def test_wsis_es_is_not_made_an_itu_unit_the_plan_says_its_tasks_are_absorbed_by_the_secretariat():
    wsis_es = Organization.objects.get(slug="wsis-es")
    assert (wsis_es.kind, wsis_es.parent) == ("other", None)
    assert "absorbed by the ITU secretariat" in wsis_es.description_en


def test_outcome_documents_publication_is_assisted_by_cec_coordination_unit_as_the_plan_writes_it():
    assert not Organization.objects.filter(slug="coordination-unit").exists()
    assisting = Assignment.objects.filter(activity__slug="outcome-documents-publication", kind="assisting")
    assert [(a.organization.slug, a.note_en) for a in assisting] == [("cec", "Coordination Unit"), ("spu", "")]


def test_hlsoc_description_says_it_had_28_un_agencies_and_the_itu_secretary_general_in_the_chair():
    description = Organization.objects.get(slug="hlsoc").description_en
    assert "28 UN agencies" in description and "ITU Secretary-General" in description


def test_organizations_given_only_by_name_have_no_acronym():
    for slug in ("greece", "coordination-committee", "wsis-task-force", "libraries-and-archives-services"):
        organization = Organization.objects.get(slug=slug)
        assert organization.acronym_en == "" and organization.name_en, slug
    assert Organization.objects.get(slug="greece").kind == "government"


# --- the 2006 implementation plan --------------------------------------------------------------


def test_plan_has_every_row_of_the_table_in_its_four_sections():
    sections = list(Activity.objects.values_list("section", flat=True))
    assert len(sections) == 41
    assert [sections.count(s) for s in ("multistakeholder", "un_system", "internet_governance", "other")] == [
        20,
        5,
        3,
        13,
    ]
    assert sections == sorted(sections, key=["multistakeholder", "un_system", "internet_governance", "other"].index)


def test_c5_lead_unit_is_tsb_assisted_by_spu_and_bdt():
    assert unit_slugs("c5", "lead") == ["tsb"]
    assert unit_slugs("c5", "assisting") == ["spu", "bdt"]


def test_c2_lead_unit_is_bdt_with_assisting_units_and_their_notes():
    assert unit_slugs("c2", "lead") == ["bdt"]
    notes = dict(
        Assignment.objects.filter(activity__slug="c2", kind="assisting").values_list("organization__slug", "note_en")
    )
    assert notes == {
        "br": "for standardization issues",
        "tsb": "for standardization issues",
        "spu": "for stocktaking",
        "cec": "general",
    }


def test_c6_topics_show_their_lead_units_spectrum_management_led_by_br():
    spectrum = Assignment.objects.filter(activity__slug="c6", theme__slug="spectrum-management")
    assert [(a.kind, a.organization.slug) for a in spectrum] == [
        ("lead", "br"),
        ("assisting", "bdt"),
        ("assisting", "spu"),
    ]
    assert unit_slugs("c6", "lead", part="Countering spam") == ["spu"]
    assert not Assignment.objects.filter(activity__slug="c6", theme__slug="internet-governance").exists()


def test_c9_and_c10_show_no_itu_lead():
    for slug in ("c9", "c10"):
        assert not Assignment.objects.filter(activity__slug=slug).exists()
        assert Activity.objects.get(slug=slug).comments_en == "Focal point is UNESCO."


def test_c7_e_learning_row_points_to_the_c4_row():
    row = Activity.objects.get(slug="c7-e-learning")
    assert row.see_also.slug == "c4-e-learning"
    assert not row.assignments.exists()
    assert sorted(Activity.objects.get(slug="c4-e-learning").action_lines.values_list("slug", flat=True)) == [
        "c4",
        "c7",
    ]


@pytest.mark.parametrize(
    ("slug", "refs"),
    [
        ("facilitators-meeting", "para 108-110 + Annex of Tunis Agenda"),
        ("igf-creation", "paras 67, 72-79"),
        ("public-policy-process", "paras 68-71"),
        ("international-internet-connectivity", "paras 27 and 50"),
        ("measuring-ict-partnership", "para 114 of Tunis Agenda and para 28 of Plan"),
        ("composite-indices", "para 115 of Tunis Agenda and para 28a of Plan"),
        ("tunis-agenda-paragraphs", "26(g) and 90; 91; 92; 59; 93"),
    ],
)
def test_plan_row_shows_the_paragraphs_it_names_as_written(slug, refs):
    assert Activity.objects.get(slug=slug).paragraph_refs == refs


def test_igf_creation_is_led_by_tsb_with_the_wsis_es_focal_point_for_greece():
    assert unit_slugs("igf-creation", "lead") == ["tsb"]
    focal = Assignment.objects.get(activity__slug="igf-creation", kind="focal_point")
    assert focal.organization.slug == "wsis-es" and "Greece" in focal.note_en


def test_specific_tunis_agenda_paragraphs_are_allocated_to_tsb_and_bdt():
    parts = Assignment.objects.filter(activity__slug="tunis-agenda-paragraphs")
    assert [(a.organization.slug, a.part_en.split(":")[0]) for a in parts] == [
        ("tsb", "26(g) and 90"),
        ("tsb", "91"),
        ("bdt", "91"),
        ("tsb", "92"),
        ("tsb", "59"),
        ("tsb", "93"),
    ]


def test_composite_indices_show_ict_opportunity_index_bdt_and_digital_opportunity_index_spu():
    assert unit_slugs("composite-indices", "lead", part="ICT Opportunity Index") == ["bdt"]
    assert unit_slugs("composite-indices", "lead", part="Digital Opportunity Index") == ["spu"]


def test_connect_the_world_is_led_by_cec_within_the_multistakeholder_partnership_row():
    assert unit_slugs("multistakeholder-partnership", "lead", part="Connect the World") == ["cec"]
    assert unit_slugs("multistakeholder-partnership", "lead") == ["bdt"]


def test_plan_comments_are_the_plans_own_english_text_only():
    wis_day = Activity.objects.get(slug="world-information-society-day")
    assert wis_day.comments_en.startswith("17 May adoped by UNGA as WIS day.")
    for activity in Activity.objects.all():
        assert all(getattr(activity, f"comments_{lang}") == "" for lang in LANGS if lang != "en"), activity.slug


def test_c2_first_meeting_was_held_in_doha_on_9_march_2006():
    first, second = Meeting.objects.filter(activity__slug="c2")
    assert (first.start, first.place_en, first.status) == (datetime.date(2006, 3, 9), "Doha", "held")
    assert second.start == datetime.date(2006, 5, 18)


def test_ungis_first_meeting_was_held_in_geneva_on_14_july_2006():
    meeting = Meeting.objects.get(activity__slug="ungis", title_en="First meeting of UNGIS")
    assert (meeting.start, meeting.place_en, meeting.month_only) == (datetime.date(2006, 7, 14), "Geneva", False)


def test_e_health_first_meeting_is_planned_for_october_2006_month_only():
    meeting = Meeting.objects.get(activity__slug="c7-e-health")
    assert (meeting.status, meeting.start, meeting.month_only) == ("planned", datetime.date(2006, 10, 1), True)


def test_igf_meeting_in_athens_and_bangkok_workshop_dates():
    athens = Meeting.objects.get(activity__slug="igf-creation", place_en="Athens")
    assert (athens.start, athens.end) == (datetime.date(2006, 10, 30), datetime.date(2006, 11, 2))
    bangkok = Meeting.objects.get(activity__slug="measuring-ict-partnership", place_en="Bangkok")
    assert (bangkok.start, bangkok.end, bangkok.status) == (
        datetime.date(2006, 7, 26),
        datetime.date(2006, 7, 28),
        "planned",
    )


def test_stocktaking_report_dates_from_november_2005():
    meeting = Meeting.objects.get(activity__slug="stocktaking-golden-book", title_en__startswith="Stocktaking")
    assert (meeting.start, meeting.month_only) == (datetime.date(2005, 11, 1), True)


# --- publications --------------------------------------------------------------------------------


def test_2010_roadmaps_cover_c2_c5_and_c6_and_were_noted_by_resolution_140():
    roadmaps = Publication.objects.get(slug="roadmaps-2010")
    assert (roadmaps.kind, roadmaps.year) == ("roadmap", 2010)
    assert sorted(roadmaps.action_lines.values_list("slug", flat=True)) == ["c2", "c5", "c6"]
    assert "Res. 140" in roadmaps.note_en and "2009" in roadmaps.note_en


def test_2011_roadmap_updates_for_c2_c6_and_c5_still_to_come():
    updates = Publication.objects.filter(kind="roadmap_update", year=2011)
    assert sorted(updates.values_list("action_lines__slug", flat=True)) == ["c2", "c5", "c6"]
    assert "shortly" in updates.get(action_lines__slug="c5").note_en


def test_reports_carry_the_dates_the_seeds_give():
    assert Publication.objects.get(slug="itu-contribution-2011").period_en == "November 2010 – May 2011"
    assert Publication.objects.get(slug="wsis-plus-5").period_en == "2005–2010"
    assert "5 July 2006" in Publication.objects.get(slug="world-information-society-report").note_en
    assert Publication.objects.get(slug="golden-book").year == 2006
    assert Publication.objects.get(slug="stocktaking-report-2005").year == 2005


# --- six languages -------------------------------------------------------------------------------

ALWAYS = [
    (ActionLine, ("title", "summary")),
    (Theme, ("name",)),
    (Mechanism, ("name",)),
    (Activity, ("title",)),
    (Meeting, ("title",)),
    (Publication, ("title", "note")),
    (Organization, ("description",)),
]
WHERE_ENGLISH = [
    (ActionLine, ("short_title",)),
    (Organization, ("acronym", "name")),
    (Role, ("note",)),
    (Assignment, ("part", "note")),
    (Meeting, ("place",)),
    (Publication, ("period",)),
]


@pytest.mark.parametrize(("model", "fields"), ALWAYS, ids=lambda x: x.__name__ if isinstance(x, type) else "-".join(x))
def test_every_name_and_title_exists_in_all_six_languages(model, fields):
    assert model.objects.exists()
    for record in model.objects.all():
        for field in fields:
            missing = [lang for lang in LANGS if not getattr(record, f"{field}_{lang}")]
            assert not missing, f"{model.__name__} {record.pk} {field}: {missing}"


@pytest.mark.parametrize(
    ("model", "fields"), WHERE_ENGLISH, ids=lambda x: x.__name__ if isinstance(x, type) else "-".join(x)
)
def test_every_filled_label_is_filled_in_all_six_languages(model, fields):
    for record in model.objects.all():
        for field in fields:
            if getattr(record, f"{field}_en"):
                missing = [lang for lang in LANGS if not getattr(record, f"{field}_{lang}")]
                assert not missing, f"{model.__name__} {record.pk} {field}: {missing}"


def test_each_organization_shows_an_acronym_or_a_name_in_every_language():
    for organization in Organization.objects.all():
        for lang in LANGS:
            assert getattr(organization, f"acronym_{lang}") or getattr(organization, f"name_{lang}"), (
                organization.slug,
                lang,
            )


def quoted_parts(wording):
    """The pieces of a role's quoted wording, split where it leaves words out with '...'."""
    return [part.strip() for part in wording.split("...") if part.strip()]


def test_every_resolution_140_role_quotes_words_that_stand_in_its_loaded_text():
    from resolutions.models import Clause

    text = " ".join(
        Clause.objects.filter(section__revision__resolution__slug="pp-140").values_list("text_en", flat=True)
    )
    for role in Role.objects.filter(source__key=RES_140):
        for part in quoted_parts(role.wording):
            assert part in text, (role.pk, part)


def test_every_2006_plan_role_quotes_words_that_stand_in_the_plan_comments():
    comments = " ".join(Activity.objects.values_list("comments_en", flat=True))
    for role in Role.objects.filter(source__key=PLAN):
        for part in quoted_parts(role.wording):
            assert part in comments, (role.pk, part)


def test_res_140_lead_facilitation_is_quoted_word_for_word_with_the_agencies_names():
    wording = roles("unesco", "lead_facilitator", RES_140).get().wording
    assert wording.startswith(
        "ITU, the United Nations Educational, Scientific and Cultural Organization (UNESCO) and the United Nations"
        " Development Programme (UNDP) are playing lead facilitation roles"
    )


def test_unga_shows_only_its_acronym_because_no_seed_expands_it():
    unga = Organization.objects.get(slug="unga")
    assert [getattr(unga, f"name_{lang}") for lang in LANGS] == [""] * 6
    assert "27 March" in unga.description_en


def test_igf_meeting_in_athens_is_shown_as_planned_as_in_the_2006_plan():
    athens = Meeting.objects.get(activity__slug="igf-creation", place_en="Athens")
    assert athens.status == "planned"


def test_switzerland_and_tunisia_are_thanked_for_hosting_the_two_phases_without_a_phase_each():
    for slug in ("switzerland", "tunisia"):
        description = Organization.objects.get(slug=slug).description_en
        assert "two phases of the Summit" in description
        assert "first phase" not in description and "second phase" not in description


def test_wg_wsis_next_meeting_of_june_2007_in_geneva_is_recorded():
    assert "13-14 June 2007 in Geneva" in Organization.objects.get(slug="wg-wsis").description_en


# --- issue 9: every fact as the seeds say it -------------------------------------------------------------------

SEEDS = Path(settings.BASE_DIR) / "docs" / "audit" / "seeds"
SEED_OF_SOURCE = {
    PAGE_2007: "000_f8cd9348b57639e9.txt",
    PAGE_2014: "001_d0a8b1f8772cfd87.txt",
    PAGE_2020: "002_1cc0db948ae24c38.txt",
    RES_140: "003_47b2b07b6f09fca6.txt",
    PLAN: "004_984ccc05bc22f5a7.txt",
}


def seed_text(source_key: str) -> str:
    return (SEEDS / SEED_OF_SOURCE[source_key]).read_text(encoding="utf-8")


def seed_sentences(source_key: str) -> list[str]:
    """The seed's sentences and list items, with its markup and line breaks out of the way."""
    text = re.sub(r"[*#\[\]]|\(#\)", "", seed_text(source_key))
    return [" ".join(part.split()) for part in re.split(r"(?<=[.;:!?])\s+|\n\s*\n|\n\s*[-•]", text) if part.strip()]


@pytest.mark.parametrize("source", sorted(SEED_OF_SOURCE))
def test_every_quoted_wording_stands_in_one_sentence_of_its_seed(source):
    # Parts left out with "..." must stand in the same sentence, in order: no quote joins two clauses.
    sentences = seed_sentences(source)
    for role in Role.objects.filter(source__key=source):
        parts = [" ".join(p.split()) for p in quoted_parts(role.wording)]
        holding = [s for s in sentences if all(p in s for p in parts)]
        assert holding, (role.pk, role.wording)
        sentence = holding[0]
        positions = [sentence.index(p) for p in parts]
        assert positions == sorted(positions), (role.pk, role.wording)


def _stems(words: str) -> list[str]:
    return [w[:5] for w in re.findall(r"[a-z]+", words.lower()) if len(w) >= 4]


def test_every_role_is_named_in_its_sources_own_words():
    # The name a page gives a role (its recorded name, else its kind) is made of words its source uses.
    for role in Role.objects.select_related("source"):
        with translation.override("en"):
            label = role.label
        text = seed_text(role.source.key).lower()
        assert all(stem in text for stem in _stems(label)), (role.pk, label, role.source.key)


def test_roles_carry_the_seeds_names_for_lead_roles():
    named = dict(Role.objects.filter(kind="lead_facilitator").values_list("pk", "name_en"))
    assert named[68] == named[79] == "ITU-led"
    assert named[49] == "leading agency" and named[73] == "lead agency"
    assert named[97] == "Leading Facilitating Organization"
    assert named[39] == "coordinator of the action lines"
    assert all(named.values())


def test_itu_hosted_the_wsis_forums_and_is_sole_facilitator_where_the_seeds_say_so():
    assert sorted(Role.objects.filter(kind="host").values_list("source__key", flat=True)) == [PAGE_2020, RES_140]
    sole = Role.objects.filter(name_en="sole facilitator").values_list("source__key", "action_line__slug")
    assert sorted(sole) == [(PLAN, "c5"), (PAGE_2014, "c2"), (PAGE_2014, "c5"), (PAGE_2014, "c6")]


def test_ungis_chair_of_the_2006_plan_has_no_start_year():
    invited = roles("itu", "chair", PLAN, mechanism__slug="ungis").get()
    assert (invited.since, invited.until, invited.name_en) == (None, None, "invited to chair during the first year")


def test_mechanisms_say_what_the_sources_say_of_them():
    summaries = dict(Mechanism.objects.values_list("slug", "summary_en"))
    assert "31 August to 4 September 2020" in summaries["wsis-forum"]
    assert "first gathering of global leaders" in summaries["summit-organization"]
    assert "global platform for the presentation, exchange and dissemination" in summaries["wsis-stocktaking"]
    matrix = Mechanism.objects.get(slug="wsis-sdg-matrix")
    assert "direct linkages of the WSIS Action Lines with the SDGs" in matrix.summary_en
    assert list(matrix.sources.values_list("key", flat=True)) == [PAGE_2020]


def test_meetings_the_plan_dates_without_a_year_are_marked_inferred():
    inferred = Meeting.objects.filter(year_inferred=True)
    assert inferred.count() == 30
    assert inferred.filter(activity__slug="c1", title_en="First meeting").exists()
    for meeting in Meeting.objects.filter(year_inferred=False, start__isnull=False):
        # Every other dated meeting carries its year in the plan's own words.
        activity = meeting.activity
        assert str(meeting.start.year) in activity.comments_en or meeting.title_en.endswith("2006"), meeting


def test_meetings_the_plan_does_not_say_were_held_say_what_it_says():
    assert Meeting.objects.get(activity__slug="ecosoc-report").status == "report_to"
    assert Meeting.objects.get(activity__slug="public-policy-process").status == "ongoing"


def test_assignments_in_close_coordination_and_units_named_in_brackets():
    close = Assignment.objects.filter(activity__slug="facilitators-meeting", kind="coordination")
    assert sorted(close.values_list("organization__slug", flat=True)) == ["undp", "unesco"]
    assert not Assignment.objects.filter(activity__slug="facilitators-meeting", kind="partner").exists()
    named = Assignment.objects.filter(activity__slug="tunis-agenda-paragraphs")
    assert set(named.values_list("kind", flat=True)) == {"named"}


def test_golden_book_note_is_credited_to_both_its_sources():
    golden = Publication.objects.get(slug="golden-book")
    assert sorted(golden.sources.values_list("key", flat=True)) == sorted([PAGE_2007, PLAN])
    assert golden.note_en.startswith("ITU's 2007 page: ITU launched the “Golden Book” project")
    assert "The 2006 plan: published in February 2006" in golden.note_en


def test_world_telecom_development_reports_titled_as_the_plan_writes_it():
    assert Publication.objects.get(slug="world-telecommunication-development-report-2006").title_en == (
        "World Telecom Development Reports"
    )
    assert Meeting.objects.filter(title_en="Analysis published in World Telecom Development Reports").exists()


def test_c7_theme_agriculture_is_named_as_the_plan_names_it():
    assert Theme.objects.get(slug="e-agriculture").name_en == "Agriculture"


def test_organization_names_are_expansions_a_seed_gives():
    # "Where a seed does not expand an acronym, the portal does not guess one": every full name stands in a seed.
    texts = " ".join(seed_text(key) for key in SEED_OF_SOURCE)
    flat = " ".join(re.sub(r"[-‐]", " ", texts).split()).lower()
    for organization in Organization.objects.exclude(name_en=""):
        name = " ".join(re.sub(r"[-‐]", " ", organization.name_en).split()).lower()
        assert name in flat, organization.slug
