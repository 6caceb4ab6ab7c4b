"""Facts from the seeds that the loaded resolutions, revisions and the text of Resolution 140 (2010) must hold."""

import pytest
from django.conf import settings
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from resolutions.models import Clause, Resolution, Revision
from wsisportal.texts.eids import clause_eid, section_eid
from wsisportal.texts.scripts import split_emphasis

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]
OTHER_LANGUAGES = [code for code in LANGUAGES if code != "en"]
RES_140_SECTIONS = [
    ("recalling", 3),
    ("recalling further", 1),
    ("considering", 13),
    ("considering further", 11),
    ("taking into account", 7),
    ("noting", 1),
    ("endorsing", 6),
    ("bearing in mind", 1),
    ("recognizing", 3),
    ("resolves", 10),
    ("instructs the Secretary-General and the Directors of the Bureaux", 6),
    ("instructs the Directors of the Bureaux", 1),
    ("instructs the Director of the Telecommunication Development Bureau", 1),
    ("requests the Council", 7),
    ("invites Member States, Sector Members and Associates", 2),
    ("resolves to express", 1),
]


def res_140_2010():
    return Revision.objects.get(resolution__slug="pp-140", year=2010)


def clause(section_keyword, label):
    return Clause.objects.get(section__revision=res_140_2010(), section__keyword_en=section_keyword, label=label)


def test_every_resolution_and_decision_the_seeds_name_is_listed():
    assert set(Resolution.objects.values_list("slug", flat=True)) >= {
        "pp-140", "pp-172", "pp-101", "pp-102", "pp-73", "pp-113", "pp-decision-8", "pp-71", "pp-139",
        "wtdc-30", "wtdc-45", "wtsa-75",
        "council-1282", "council-1244", "council-1196", "council-1332", "council-1334",
        "unga-60-252",
    }  # fmt: skip


def test_resolution_140_has_revisions_antalya_2006_guadalajara_2010_and_2018_as_the_2020_page_cites_it():
    rows = list(
        Revision.objects.filter(resolution__slug="pp-140")
        .order_by("year")
        .values_list("year", "qualifier", "place_en")
    )
    # "Resolution 140 (Plenipotentiary 2018)": the 2020 page does not say the 2018 text is a revision.
    assert rows == [(2006, "original", "Antalya"), (2010, "revised", "Guadalajara"), (2018, "cited", "")]
    assert str(res_140_2010()) == "Resolution 140 (Rev. Guadalajara, 2010)"


def test_revisions_the_seeds_cite_by_year_alone_are_neither_original_nor_revised():
    # "(Plenipotentiary 2010)", "WTDC-06 Res. 45": no seed says whether these texts are new or revised.
    cited = Revision.objects.filter(qualifier="cited").select_related("resolution")
    assert sorted((r.resolution.slug, r.year) for r in cited) == [
        ("pp-101", 2010),
        ("pp-102", 2010),
        ("pp-140", 2018),
        ("pp-172", 2010),
        ("wtdc-45", 2006),
    ]
    assert {str(r) for r in cited} >= {"Resolution 101 (2010)", "Resolution 45 (2006)", "Resolution 140 (2018)"}


def test_resolution_140_title_is_itus_role_in_implementing_the_wsis_outcomes():
    res = Resolution.objects.get(slug="pp-140")
    assert res.title_en == "ITU's role in implementing the outcomes of the World Summit on the Information Society"
    assert (res.body, res.number, res.kind) == ("pp", "140", "resolution")


def test_resolutions_show_the_designation_the_seeds_print():
    designations = {str(r) for r in Revision.objects.select_related("resolution")}
    assert {
        "Resolution 73 (Minneapolis, 1998)",
        "Resolution 113 (Marrakesh, 2002)",
        "Decision 8 (Marrakesh, 2002)",
        "Resolution 71 (Rev. Guadalajara, 2010)",
        "Resolution 139 (Rev. Guadalajara, 2010)",
        "Resolution 30 (Rev. Hyderabad, 2010)",
        "Resolution 75 (Johannesburg, 2008)",
        "Resolution 1282 (Rev. 2008)",
        "Resolution 1332 (modified 2016)",
        "Resolution 1334 (modified 2015)",
    } <= designations


def test_decision_8_is_a_decision_of_the_plenipotentiary_conference():
    decision = Resolution.objects.get(slug="pp-decision-8")
    assert (decision.kind, decision.body, decision.number, decision.name) == ("decision", "pp", "8", "Decision 8")


def test_council_resolution_1196_has_no_revision_because_no_seed_dates_it():
    # "The WG-WSIS was created in 2002 (see Resolution 1196)": the year is the group's, not the resolution's.
    res = Resolution.objects.get(slug="council-1196")
    assert not res.revisions.exists()
    assert "created in 2002" in res.summary_en


def test_un_general_assembly_resolution_60_252_has_no_revision_because_no_seed_dates_it():
    res = Resolution.objects.get(slug="unga-60-252")
    assert (res.body, res.number) == ("unga", "60/252")
    assert not res.revisions.exists()
    assert "overall review of the implementation of the Summit outcomes in 2015" in res.summary_en


def test_titles_the_seeds_give_for_172_1334_wtdc_30_and_wtsa_75():
    titles = dict(Resolution.objects.values_list("slug", "title_en"))
    assert titles["pp-172"] == "Overall Review of the Implementation of the WSIS Outcomes"
    assert titles["council-1334"] == "ITU Role in the overall review of the implementation of the outcomes of the WSIS"
    assert titles["wtdc-30"].startswith("Role of the ITU Telecommunication Development Sector in implementing")
    assert titles["wtsa-75"].startswith("ITU-T's contribution in implementing the outcomes")
    assert titles["pp-101"] == "Internet Protocol-based networks"


def test_resolutions_without_a_seed_title_say_what_the_seeds_say_of_them():
    for slug in ["pp-73", "pp-113", "pp-decision-8", "pp-71", "pp-139", "council-1196", "council-1244", "wtdc-45"]:
        res = Resolution.objects.get(slug=slug)
        assert res.title_en == "", slug
        assert res.summary_en, slug
    assert "Tunis phase of WSIS" in Resolution.objects.get(slug="council-1244").summary_en


def test_resolution_140_2010_has_16_sections_in_printed_order():
    sections = list(res_140_2010().sections.order_by("order"))
    assert [s.keyword_en for s in sections] == [keyword for keyword, _count in RES_140_SECTIONS]
    assert [s.part for s in sections] == ["preambular"] * 9 + ["operative"] * 7


def test_each_section_of_resolution_140_has_as_many_clauses_as_printed():
    counts = [(s.keyword_en, s.clauses.count()) for s in res_140_2010().sections.order_by("order")]
    assert counts == RES_140_SECTIONS


def test_clauses_are_labelled_as_printed():
    sections = {s.keyword_en: s for s in res_140_2010().sections.all()}
    considering = list(sections["considering"].clauses.order_by("order").values_list("label", flat=True))
    assert considering == [f"{letter})" for letter in "abcdefghijklm"]
    resolves = list(sections["resolves"].clauses.order_by("order").values_list("label", flat=True))
    assert resolves == [str(n) for n in range(1, 11)]
    assert list(sections["noting"].clauses.values_list("label", "eid")) == [("", "noting__content")]


def test_considering_h_gives_itu_the_stocktaking_database_under_paragraph_120():
    text = clause("considering", "h)").text_en
    assert text == (
        "that the ITU is given specific responsibility for maintaining the WSIS stocktaking database "
        "(§ 120 of the Tunis Agenda);"
    )


def test_resolves_8_keeps_the_stocktaking_database_within_available_resources():
    text = clause("resolves", "8").text_en
    assert text.startswith("that ITU should, within available resources, continue to maintain")
    assert text.endswith("as instructed in § 120 of the Tunis Agenda;")


def test_considering_c_quotes_paragraph_102_b_in_italics_as_printed():
    assert clause("considering", "c)").text_en == (
        'that the Tunis Agenda stated that "*each UN agency should act according to its mandate and competencies, '
        "and pursuant to decisions of their respective governing bodies, and within existing approved "
        'resources*" (§ 102 (b));'
    )


def test_considering_further_k_cites_paragraphs_113_to_118():
    assert clause("considering further", "k)").text_en.endswith("(§§ 113-118 of the Tunis Agenda),")


def test_instructs_the_secretary_general_1_keeps_resolves_in_italics_as_printed():
    text = clause("instructs the Secretary-General and the Directors of the Bureaux", "1").text_en
    assert text == (
        "to take all necessary measures for ITU to fulfil its role, as outlined in *resolves* 1, 2, and 3 above, "
        "in accordance with the appropriate roadmaps;"
    )


def test_resolves_to_express_thanks_switzerland_and_tunisia():
    text = clause("resolves to express", "").text_en
    assert text.startswith("its warmest thanks and deepest gratitude to the Governments of Switzerland and Tunisia")
    assert text.endswith("and other relevant United Nations agencies.")


# The words Resolution 140 (Rev. Guadalajara, 2010) italicizes inside its clauses, as the seed marks them.
RES_140_EMPHASIS = {
    "considering__item_c": ["each UN agency should act according to its mandate"],
    "considering__item_j": ["inter alia"],
    "considering__item_m": ["building an inclusive development-oriented information society will require"],
    "instructs_the_secretary_general_and_the_directors_of_the_bureaux__para_1": ["resolves"],
    "instructs_the_secretary_general_and_the_directors_of_the_bureaux__para_2": ["resolves"],
    "requests_the_council__para_2": ["resolves"],
}


def test_clauses_keep_the_emphasis_the_official_text_prints_and_no_other_markup():
    found = {}
    for c in Clause.objects.filter(section__revision=res_140_2010()):
        plain, spans = split_emphasis(c.text_en)
        assert "*" not in plain and not c.text_en.startswith("- "), c.eid
        assert c.text_en == c.text_en.strip() and "  " not in c.text_en, c.eid
        assert not c.text_en.startswith("The Plenipotentiary Conference of the International"), c.eid
        if spans:
            found[c.eid] = [plain[start:end] for start, end in spans]
    assert set(found) == set(RES_140_EMPHASIS)
    for eid, starts in RES_140_EMPHASIS.items():
        assert [run[: len(start)] for run, start in zip(found[eid], starts, strict=True)] == starts, eid


def test_section_and_clause_anchors_are_the_ones_outcomes_eids_computes():
    for section in res_140_2010().sections.all():
        assert section.eid == section_eid(section.keyword_en)
        for c in section.clauses.all():
            assert c.eid == clause_eid(section.eid, c.label)
    assert clause("considering", "h)").eid == "considering__item_h"
    assert clause("resolves", "8").eid == "resolves__para_8"


def test_official_text_of_resolution_140_is_english_only():
    revision = res_140_2010()
    assert revision.opening_en == (
        "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),"
    )
    assert all(not getattr(revision, build_localized_fieldname("opening", lang)) for lang in OTHER_LANGUAGES)
    for section in res_140_2010().sections.all():
        assert all(not getattr(section, build_localized_fieldname("keyword", lang)) for lang in OTHER_LANGUAGES)
        for c in section.clauses.all():
            assert c.text_en, c.eid
            assert all(not getattr(c, build_localized_fieldname("text", lang)) for lang in OTHER_LANGUAGES), c.eid


@pytest.mark.parametrize("model", [Resolution, Revision], ids=lambda m: m.__name__)
def test_every_title_summary_and_place_is_in_all_six_languages(model):
    # A revision's opening words are official text, loaded per language, not translated by the portal.
    fields = [f for f in translator.get_options_for_model(model).fields if f != "opening"]
    assert model.objects.exists()
    for obj in model.objects.all():
        for field in fields:
            values = {lang: getattr(obj, build_localized_fieldname(field, lang)) or "" for lang in LANGUAGES}
            if values["en"]:
                assert all(values.values()), (str(obj), field, values)
            else:
                assert not any(values.values()), (str(obj), field, values)


def test_every_resolution_has_a_title_or_a_summary():
    assert Resolution.objects.count() >= 18
    for res in Resolution.objects.all():
        assert res.title_en or res.summary_en, res.slug
