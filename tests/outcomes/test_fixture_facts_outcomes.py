"""Facts from the seeds that the loaded sources, Summit phases, outcome documents and paragraphs must hold."""

import datetime

import pytest
from django.conf import settings
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from outcomes.models import OutcomeDocument, Paragraph, Source, SummitPhase
from wsisportal.texts.eids import paragraph_eid

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
SEED_KEYS = {
    "itu-2007-wsis-implementation",
    "itu-2014-wsis-roadmaps",
    "itu-2020-wsis-gateway",
    "res-140-guadalajara-2010",
    "itu-2006-implementation-plan",
}
# Every Tunis Agenda paragraph that seeds 001-004 cite or name, ranges spelt out (§§ 68-71, 72-79, 108-110, 112-118).
TUNIS_AGENDA_PATHS = [
    ("26",), ("26", "g"), ("27",), ("50",), ("50", "c"), ("50", "c", "ii"), ("59",), ("67",),
    ("68",), ("69",), ("70",), ("71",), ("72",), ("72", "c"), ("73",), ("74",), ("75",), ("76",), ("77",),
    ("78",), ("78", "a"), ("79",), ("83",), ("90",), ("91",), ("92",), ("93",), ("96",), ("98",),
    ("102",), ("102", "b"), ("103",), ("104",), ("106",), ("108",), ("109",), ("110",),
    ("112",), ("113",), ("114",), ("115",), ("116",), ("117",), ("118",), ("120",), ("121",), ("Annex",),
]  # fmt: skip


def paragraph(slug, *path):
    return Paragraph.objects.get(document__slug=slug, eid=paragraph_eid(path))


def missing_translations(model):
    """Every (record, field) of a model whose English value is set but one of the six languages is empty."""
    fields = translator.get_options_for_model(model).fields
    gaps = []
    for obj in model.objects.all():
        for field in fields:
            values = {lang: getattr(obj, build_localized_fieldname(field, lang)) for lang in LANGUAGES}
            if values["en"] and not all(values.values()):
                gaps.append((str(obj), field, [lang for lang, value in values.items() if not value]))
    return gaps


def test_each_of_the_five_seeds_is_a_source_with_its_page_date():
    sources = {s.key: s for s in Source.objects.all()}
    assert set(sources) >= SEED_KEYS
    assert sources["itu-2007-wsis-implementation"].updated == datetime.date(2007, 4, 2)
    assert sources["itu-2007-wsis-implementation"].title_en == "ITU implementing WSIS"
    assert "Office of the Secretary General" in sources["itu-2007-wsis-implementation"].publisher
    assert sources["itu-2014-wsis-roadmaps"].updated == datetime.date(2014, 12, 12)
    assert sources["itu-2020-wsis-gateway"].year == 2020
    assert sources["itu-2020-wsis-gateway"].updated is None
    assert sources["itu-2006-implementation-plan"].year == 2006
    assert sources["itu-2006-implementation-plan"].title_en == "WSIS implementation plan within ITU"


def test_summit_phases_show_geneva_10_12_december_2003_and_tunis_16_18_november_2005():
    geneva, tunis = SummitPhase.objects.order_by("number")
    assert (geneva.number, geneva.place_en, geneva.start, geneva.end) == (
        1,
        "Geneva",
        datetime.date(2003, 12, 10),
        datetime.date(2003, 12, 12),
    )
    assert (tunis.number, tunis.place_en, tunis.start, tunis.end) == (
        2,
        "Tunis",
        datetime.date(2005, 11, 16),
        datetime.date(2005, 11, 18),
    )
    assert geneva.place_fr == "Genève"
    assert tunis.place_es == "Túnez"


def test_the_four_outcome_documents_are_listed_in_order_with_their_abbreviations():
    rows = list(OutcomeDocument.objects.values_list("slug", "abbreviation", "title_en", "year", "phase__number"))
    assert rows == [
        ("geneva-declaration", "GP", "Geneva Declaration of Principles", 2003, 1),
        ("geneva-plan-of-action", "GPA", "Geneva Plan of Action", 2003, 1),
        ("tunis-commitment", "TC", "Tunis Commitment", 2005, 2),
        ("tunis-agenda", "TAIS", "Tunis Agenda for the Information Society", 2005, 2),
    ]
    assert not OutcomeDocument.objects.exclude(symbol="").exists()


def test_citations_can_name_documents_by_the_other_names_the_seeds_use():
    aliases = {d.slug: d.alias_list() for d in OutcomeDocument.objects.all()}
    assert {"TA", "Tunis Agenda", "Tunis Agenda for the Information Society"} <= set(aliases["tunis-agenda"])
    assert {"Plan", "Plan of Action", "Geneva Plan of Action"} <= set(aliases["geneva-plan-of-action"])
    assert {"Declaration of Principles", "WSIS Declaration of Principles"} <= set(aliases["geneva-declaration"])
    assert "Tunis Commitment" in aliases["tunis-commitment"]


def test_every_tunis_agenda_paragraph_the_seeds_cite_has_a_page():
    paths = [tuple(p.path()) for p in Paragraph.objects.filter(document__slug="tunis-agenda")]
    assert sorted(paths) == sorted(TUNIS_AGENDA_PATHS)


def test_the_tunis_agenda_lists_its_paragraphs_in_document_order_with_the_annex_last():
    paths = [tuple(p.path()) for p in Paragraph.objects.filter(document__slug="tunis-agenda").order_by("order")]
    assert paths == TUNIS_AGENDA_PATHS


def test_paragraph_78_has_sub_paragraph_a_at_anchor_para_78__subpara_a():
    sub = paragraph("tunis-agenda", "78", "a")
    assert sub.eid == "para_78__subpara_a"
    assert sub.parent == paragraph("tunis-agenda", "78")
    assert sub.number == "a"


def test_paragraph_50_c_ii_is_a_point_under_sub_paragraph_c_of_paragraph_50():
    point = paragraph("tunis-agenda", "50", "c", "ii")
    assert point.eid == "para_50__subpara_c__point_ii"
    assert point.parent.eid == "para_50__subpara_c"
    assert point.parent.parent.eid == "para_50"
    assert point.label == "§ 50 c ii"


def test_sub_paragraphs_102_b_26_g_and_72_c_exist():
    assert paragraph("tunis-agenda", "102", "b").eid == "para_102__subpara_b"
    assert paragraph("tunis-agenda", "26", "g").eid == "para_26__subpara_g"
    assert paragraph("tunis-agenda", "72", "c").eid == "para_72__subpara_c"


def test_the_annex_of_the_tunis_agenda_has_anchor_annex():
    annex = paragraph("tunis-agenda", "Annex")
    assert annex.eid == "annex"
    assert annex.parent is None


def test_geneva_declaration_64_and_plan_of_action_28_a_exist():
    assert [p.number for p in Paragraph.objects.filter(document__slug="geneva-declaration")] == ["64"]
    plan = [tuple(p.path()) for p in Paragraph.objects.filter(document__slug="geneva-plan-of-action")]
    assert plan == [("28",), ("28", "a")]
    assert not Paragraph.objects.filter(document__slug="tunis-commitment").exists()


def test_no_paragraph_shows_official_text_because_no_seed_gives_one():
    assert Paragraph.objects.count() == len(TUNIS_AGENDA_PATHS) + 3
    for lang in LANGUAGES:
        field = build_localized_fieldname("text", lang)
        filled = Paragraph.objects.exclude(**{f"{field}__isnull": True}).exclude(**{field: ""})
        assert not filled.exists(), f"{lang}: {list(filled)}"


def test_every_paragraph_anchor_is_the_one_outcomes_eids_computes():
    assert Paragraph.objects.exists()
    for p in Paragraph.objects.all():
        assert p.eid == paragraph_eid(p.path()), p


def test_paragraph_96_note_says_itu_should_ensure_rational_use_of_the_radio_frequency_spectrum():
    p = paragraph("tunis-agenda", "96")
    assert "rational, efficient and economic use of, and equitable access to, the radio-frequency spectrum" in (
        p.itu_note_en
    )
    assert set(p.sources.values_list("key", flat=True)) == {
        "itu-2014-wsis-roadmaps",
        "itu-2020-wsis-gateway",
        "res-140-guadalajara-2010",
    }


def test_paragraph_120_note_names_the_stocktaking_database_maintained_by_itu_from_four_seeds():
    p = paragraph("tunis-agenda", "120")
    assert "WSIS stocktaking database maintained by ITU" in p.itu_note_en
    assert "resolves 8" in p.itu_note_en
    assert "SPU" in p.itu_note_en
    assert set(p.sources.values_list("key", flat=True)) == SEED_KEYS - {"itu-2007-wsis-implementation"}


def test_paragraph_109_note_gives_itu_unesco_and_undp_lead_facilitating_roles():
    note = paragraph("tunis-agenda", "109").itu_note_en
    assert "ITU, UNESCO and UNDP to play lead facilitating roles" in note
    assert "Geneva Plan of Action" in note


def test_paragraph_91_note_gives_the_2006_plan_work_on_emergency_telecom_services_to_tsb_and_bdt():
    p = paragraph("tunis-agenda", "91")
    assert "Emergency Telecom Services" in p.itu_note_en
    assert "(TSB and BDT)" in p.itu_note_en
    assert list(p.sources.values_list("key", flat=True)) == ["itu-2006-implementation-plan"]


def test_internet_connectivity_notes_sit_on_27_50_and_50_c_ii():
    assert "international Internet connectivity" in paragraph("tunis-agenda", "27").itu_note_en
    assert "TSB (Study Group 3)" in paragraph("tunis-agenda", "50").itu_note_en
    assert "§ 50 c ii" in paragraph("tunis-agenda", "50", "c", "ii").itu_note_en


def test_paragraphs_the_seeds_only_cite_have_no_note_and_no_source():
    for path in [("26",), ("50", "c"), ("102",)]:
        p = paragraph("tunis-agenda", *path)
        assert all(not getattr(p, build_localized_fieldname("itu_note", lang)) for lang in LANGUAGES), path
        assert not p.sources.exists(), path


@pytest.mark.parametrize(
    ("path", "cited", "words"),
    [
        (("83",), "considering m), cites § 83", "unremitting multistakeholder effort"),
        (("102", "b"), "considering c), cites § 102 (b)", "each UN agency should act according to its mandate"),
    ],
)
def test_paragraphs_resolution_140_quotes_have_a_note_saying_so(path, cited, words):
    p = paragraph("tunis-agenda", *path)
    assert p.itu_note_en.startswith(f"Resolution 140 (Rev. Guadalajara, 2010), {cited}: ")
    assert words in p.itu_note_en
    assert list(p.sources.values_list("key", flat=True)) == ["res-140-guadalajara-2010"]


def test_every_itu_note_is_in_six_languages_and_names_its_sources():
    assert Paragraph.objects.exclude(itu_note_en="").count() >= 40
    for p in Paragraph.objects.all():
        notes = [getattr(p, build_localized_fieldname("itu_note", lang)) for lang in LANGUAGES]
        if any(notes):
            assert all(notes), p
            assert p.sources.exists(), p


@pytest.mark.parametrize("model", [Source, SummitPhase, OutcomeDocument, Paragraph], ids=lambda m: m.__name__)
def test_every_name_title_and_summary_is_in_all_six_languages(model):
    assert model.objects.exists()
    assert missing_translations(model) == []


def test_every_source_and_document_has_its_title_and_summary():
    assert Source.objects.filter(key__in=SEED_KEYS).count() == len(SEED_KEYS)
    assert OutcomeDocument.objects.count() == 4
    for source in Source.objects.filter(key__in=SEED_KEYS):
        assert source.title_en and source.description_en, source.key
    for document in OutcomeDocument.objects.all():
        assert document.title_en and document.summary_en, document.slug
