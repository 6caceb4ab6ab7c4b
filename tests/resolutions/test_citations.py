"""Citations in the loaded content: every reference of Resolution 140 (Rev. Guadalajara, 2010) and of the 2006 plan."""

import io

import pytest
from django.core.management import call_command
from django.db import transaction

from actionlines.models import Activity
from outcomes.models import OutcomeDocument, Paragraph
from resolutions.citations import Catalogue, link_all, link_clause
from resolutions.models import Body, Citation, Clause, Resolution, Section
from wsisportal.texts.references import InternalTarget

pytestmark = pytest.mark.django_db

TA = "tunis-agenda"

# Each clause of Res. 140 (Rev. Guadalajara, 2010) that cites something, by anchor, and what it cites, in order:
# "document:eid" for a paragraph, "slug@year" for a resolution's revision, "slug" for a resolution alone.
RES_140_CITES = {
    "recalling__item_a": ["pp-73@1998"],
    "recalling__item_b": ["pp-113@2002"],
    "recalling__item_c": ["pp-decision-8@2002"],
    "considering__item_b": ["geneva-declaration:para_64"],
    "considering__item_c": [f"{TA}:para_102__subpara_b"],
    "considering__item_h": [f"{TA}:para_120"],
    "considering__item_i": [f"{TA}:para_78__subpara_a"],
    "considering__item_j": [f"{TA}:para_27", f"{TA}:para_50"],
    "considering__item_k": [f"{TA}:para_96"],
    "considering__item_l": ["unga-60-252"],
    "considering__item_m": [f"{TA}:para_83"],
    "considering_further__item_g": ["pp-71@2010"],
    "considering_further__item_k": [f"{TA}:para_{n}" for n in range(113, 119)],
    "taking_into_account__item_c": [f"{TA}:para_98"],
    "taking_into_account__item_e": ["pp-140@2006"],
    "endorsing__item_a": ["wtdc-30@2010"],
    "endorsing__item_b": ["pp-139@2010"],
    "endorsing__item_c": ["council-1282@2008"],
    "endorsing__item_f": ["wtsa-75@2008"],
    "recognizing__item_c": ["unga-60-252"],
    "resolves__para_1": [f"{TA}:para_109"],
    "resolves__para_7": ["wtdc-30@2010"],
    "resolves__para_8": [f"{TA}:para_120"],
    "instructs_the_director_of_the_telecommunication_development_bureau__content": ["wtdc-30@2010"],
    "requests_the_council__para_6": ["council-1282@2008"],
}

# What the words of some of those citations are, exactly as the page will turn them into links.
RES_140_WORDS = {
    "considering__item_c": ["§ 102 (b)"],
    "considering__item_i": ["§ 78a of the Tunis Agenda"],
    "considering__item_j": ["§§ 27", "50 of the Tunis Agenda"],
    "considering_further__item_k": ["§§ 113-118 of the Tunis Agenda"] * 6,
    "considering_further__item_g": ["Resolution 71 (Rev. Guadalajara, 2010) of this conference"],
    "endorsing__item_c": ["Resolution 1282 (Rev. 2008)"],
}


def res_140_clauses():
    return Clause.objects.filter(section__revision__resolution__slug="pp-140", section__revision__year=2010)


def res_140_clause(eid):
    return res_140_clauses().get(eid=eid)


def described(citation):
    if citation.paragraph_id:
        return f"{citation.paragraph.document.slug}:{citation.paragraph.eid}"
    if citation.revision_id:
        return f"{citation.resolution.slug}@{citation.revision.year}"
    if citation.resolution_id:
        return citation.resolution.slug
    return f"unresolved: {citation.problem}"


def cites(clause):
    return [described(c) for c in clause.citations.order_by("start", "pk")]


def snapshot():
    return sorted(
        Citation.objects.values_list(
            "pk", "clause", "activity", "cited_text", "start", "end", "target", "paragraph", "resolution", "problem"
        )
    )


def add_clause(text, keyword="considering"):
    section = Section.objects.get(revision__resolution__slug="pp-140", revision__year=2010, keyword_en=keyword)
    return Clause.objects.create(section=section, order=99, label="z)", text=text, text_en=text)


# --- Resolution 140 (Rev. Guadalajara, 2010) ------------------------------------------------------------------------


@pytest.mark.parametrize("eid", sorted(RES_140_CITES))
def test_res_140_clause_links_to_what_it_cites(eid):
    assert cites(res_140_clause(eid)) == RES_140_CITES[eid]


def test_res_140_clauses_that_cite_nothing_show_no_link():
    silent = res_140_clauses().exclude(eid__in=RES_140_CITES)
    assert silent.count() == res_140_clauses().count() - len(RES_140_CITES)
    assert Citation.objects.filter(clause__in=silent).count() == 0


def test_res_140_is_loaded_whole_so_every_expected_clause_exists():
    assert set(RES_140_CITES) <= set(res_140_clauses().values_list("eid", flat=True))


def test_res_140_has_no_unresolved_reference():
    assert [
        (str(c.clause), c.problem)
        for c in Citation.objects.filter(clause__in=res_140_clauses())
        if not c.is_resolved or c.problem
    ] == []


@pytest.mark.parametrize("eid", sorted(RES_140_WORDS))
def test_res_140_citation_words_are_the_words_of_the_clause(eid):
    clause = res_140_clause(eid)
    citations = list(clause.citations.order_by("start", "pk"))
    assert [c.cited_text for c in citations] == RES_140_WORDS[eid]
    for citation in citations:
        assert clause.english_plain[citation.start : citation.end] == citation.cited_text


def test_every_citation_points_at_its_own_words_in_the_english_text():
    # A clause's words are counted without its emphasis marks; a plan row's in the text the citation names.
    for citation in Citation.objects.select_related("clause", "activity"):
        if citation.clause_id:
            text = citation.clause.english_plain
        else:
            text = getattr(citation.activity, "comments_en" if citation.field == "comments" else citation.field)
        assert text[citation.start : citation.end] == citation.cited_text, citation


def test_res_140_internal_cross_references_are_not_linked_to_any_paragraph():
    clause = res_140_clause("instructs_the_secretary_general_and_the_directors_of_the_bureaux__para_1")
    found = Catalogue().references(clause.english_plain)
    assert [type(r.target) for r in found] == [InternalTarget]
    assert clause.citations.count() == 0
    assert res_140_clause("requests_the_council__para_7").citations.count() == 0  # "No. 81 of the Convention"
    assert res_140_clause("resolves__para_9").citations.count() == 0  # "Programme 1"


def test_res_140_targets_read_as_staff_expect():
    assert list(res_140_clause("considering__item_i").citations.values_list("target", flat=True)) == ["TAIS § 78 a"]
    assert list(res_140_clause("endorsing__item_a").citations.values_list("target", flat=True)) == [
        "WTDC Resolution 30 (Rev. Hyderabad, 2010)"
    ]


# --- the 2006 implementation plan --------------------------------------------------------------------------------

# Plan rows, found by the words of their "paragraphs named" column, and the paragraphs those words name.
PLAN_CITES = {
    "26(g)": [f"{TA}:para_26__subpara_g", *(f"{TA}:para_{n}" for n in (90, 91, 92, 59, 93))],
    "108-110": [f"{TA}:para_108", f"{TA}:para_109", f"{TA}:para_110", f"{TA}:annex"],
    "67, 72-79": [f"{TA}:para_{n}" for n in (67, 72, 73, 74, 75, 76, 77, 78, 79)],
    "68-71": [f"{TA}:para_{n}" for n in (68, 69, 70, 71)],
    "27 and 50": [f"{TA}:para_27", f"{TA}:para_50"],
    "para 103": [f"{TA}:para_103"],
    "para 104": [f"{TA}:para_104"],
    "para 106": [f"{TA}:para_106"],
    "para 120": [f"{TA}:para_120"],
    "para 98": [f"{TA}:para_98"],
    "para 121": [f"{TA}:para_121"],
    "para 114": [f"{TA}:para_114", "geneva-plan-of-action:para_28"],
    "para 115": [f"{TA}:para_115", "geneva-plan-of-action:para_28__subpara_a"],
}


@pytest.mark.parametrize("words", sorted(PLAN_CITES))
def test_plan_row_links_to_the_paragraphs_it_names(words):
    (activity,) = Activity.objects.filter(paragraph_refs__contains=words)
    assert [described(c) for c in activity.citations.order_by("start", "pk")] == PLAN_CITES[words]


def test_every_plan_row_that_names_paragraphs_has_them_resolved_or_says_why():
    rows = Activity.objects.exclude(paragraph_refs="")
    assert rows.exists()
    catalogue = Catalogue()
    for activity in rows:
        expected = [
            r
            for r in catalogue.references(activity.paragraph_refs, bare=True)
            if not isinstance(r.target, InternalTarget)
        ]
        citations = list(activity.citations.all())
        assert len(citations) == len(expected), activity.paragraph_refs
        for citation in citations:
            assert citation.is_resolved or citation.problem, citation


def test_every_plan_row_that_names_paragraphs_is_matched_by_the_table_above():
    named = set(Activity.objects.exclude(paragraph_refs="").values_list("paragraph_refs", flat=True))
    unmatched = {refs for refs in named if not any(words in refs for words in PLAN_CITES)}
    assert unmatched == set()


# --- running it again, saving, and what cannot be resolved -------------------------------------------------------


def test_running_link_citations_twice_changes_nothing():
    call_command("link_citations", stdout=io.StringIO())
    before = snapshot()
    out = io.StringIO()
    call_command("link_citations", stdout=out)
    assert snapshot() == before
    assert "0 texts changed" in out.getvalue()


def test_saving_a_clause_relinks_its_citations():
    clause = res_140_clause("considering__item_h")
    clause.text_en = clause.text_en.replace("§ 120", "§ 96")
    clause.save()
    assert cites(clause) == [f"{TA}:para_96"]
    assert clause.citations.get().cited_text == "§ 96 of the Tunis Agenda"


def test_a_new_clause_gets_its_citations_when_saved():
    clause = add_clause("that ITU works with UNESCO, as in §§ 27 and 50 c ii of TAIS and Resolution 75 of the WTSA;")
    assert cites(clause) == [f"{TA}:para_27", f"{TA}:para_50__subpara_c__point_ii", "wtsa-75"]


def test_a_reference_to_a_paragraph_not_in_the_database_is_kept_as_unresolved():
    clause = add_clause("that the Summit said so (§ 200 of the Tunis Agenda);")
    (citation,) = clause.citations.all()
    assert citation.paragraph is None and citation.resolution is None
    assert citation.target == "TAIS § 200"
    assert "not in the database" in citation.problem


def test_a_resolution_not_in_the_database_is_kept_as_unresolved():
    clause = add_clause("recalling Resolution 999 (Busan, 2014) of the Plenipotentiary Conference;")
    (citation,) = clause.citations.all()
    assert not citation.is_resolved
    assert citation.target == "PP Resolution 999 (Busan, 2014)"
    assert "not in the database" in citation.problem


def test_a_sub_paragraph_not_loaded_links_to_its_paragraph_and_says_so():
    clause = add_clause("spectrum (§ 96 c of the Tunis Agenda);")
    (citation,) = clause.citations.all()
    assert described(citation) == f"{TA}:para_96"
    assert "not loaded" in citation.problem and "§ 96 c" in citation.problem


def test_a_revision_not_loaded_links_to_the_resolution_and_says_so():
    clause = add_clause("Resolution 73 (Kyoto, 1994) of the Plenipotentiary Conference;")
    (citation,) = clause.citations.all()
    assert citation.resolution.slug == "pp-73" and citation.revision is None
    assert "1994" in citation.problem


def test_nonsense_paragraph_numbers_are_listed_not_linked():
    clause = add_clause("as in §§ 118-113 of the Tunis Agenda and § 0 of TAIS;")
    citations = list(clause.citations.all())
    assert len(citations) == 2
    assert all(c.paragraph is None and c.resolution is None and c.problem for c in citations)


def test_a_paragraph_whose_document_is_not_said_is_listed_not_guessed():
    clause = add_clause("as its paragraph 5 says;")
    (citation,) = clause.citations.all()
    assert not citation.is_resolved and "which outcome document" in citation.problem


def test_this_conference_means_the_body_of_the_citing_resolution():
    clause = add_clause("Resolution 139 (Rev. Guadalajara, 2010) of this conference;")
    assert cites(clause) == ["pp-139@2010"]


def test_a_number_two_bodies_use_is_told_apart_by_year_or_listed_as_unclear():
    Resolution.objects.create(slug="pp-30", body=Body.PP, number="30", title_en="A second Resolution 30")
    Resolution.objects.create(slug="pp-45", body=Body.PP, number="45", title_en="A second Resolution 45")
    dated = add_clause("in particular Resolution 30 (Rev. Hyderabad, 2010);")
    assert cites(dated) == ["wtdc-30@2010"]
    undated = add_clause("and Resolution 45;", keyword="recognizing")
    (citation,) = undated.citations.all()
    assert not citation.is_resolved and "pp, wtdc" in citation.problem


def test_a_deleted_paragraph_leaves_its_citations_unresolved_not_lost(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        Paragraph.objects.get(document__slug=TA, eid="para_83").delete()
    (citation,) = res_140_clause("considering__item_m").citations.all()
    assert citation.paragraph is None and citation.target == "TAIS § 83"
    assert "not in the database" in citation.problem


def test_adding_a_missing_paragraph_resolves_the_references_to_it(django_capture_on_commit_callbacks):
    clause = add_clause("that the Summit said so (§ 200 of the Tunis Agenda);")
    assert not clause.citations.get().is_resolved
    with django_capture_on_commit_callbacks(execute=True):
        Paragraph.objects.create(document=OutcomeDocument.objects.get(slug=TA), number="200", order=200)
    assert described(clause.citations.get()) == f"{TA}:para_200"


def test_link_all_counts_what_it_finds():
    count = link_all()
    assert count.citations == Citation.objects.count()
    assert count.unresolved == Citation.objects.filter(paragraph=None, resolution=None).count()
    assert count.changed == 0


def test_linking_one_clause_leaves_other_texts_alone():
    other = snapshot()
    clause = res_140_clause("considering__item_k")
    link_clause(clause)
    assert snapshot() == other


def test_a_page_that_saves_many_targets_relinks_once(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as callbacks, transaction.atomic():
        for paragraph in Paragraph.objects.filter(document__slug=TA)[:3]:
            paragraph.save()
    assert callbacks == [link_all]
