"""The outcome-document pages: the four documents, a document's paragraphs in order with those concerning ITU
marked, and a paragraph with the seeds' note on ITU's role, its sub-paragraphs as anchors and what cites it."""

import re

import pytest
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertInHTML, assertNotContains

from outcomes.models import Paragraph
from resolutions.models import Citation

from .citing_world import build
from .shell import PAGE_CACHE_QUERIES

pytestmark = pytest.mark.django_db


def _main(response) -> str:
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def _cited_by(main: str) -> str:
    """The "cited by" section of a paragraph page (it holds no nested section)."""
    return re.search(r'<section id="cited-by".*?</section>', main, re.DOTALL).group(0)


def test_outcome_documents_page_lists_the_four_documents_in_their_order(client):
    main = _main(client.get("/en/outcomes/"))
    titles = [
        "Geneva Declaration of Principles",
        "Geneva Plan of Action",
        "Tunis Commitment",
        "Tunis Agenda for the Information Society",
    ]
    positions = [main.index(f">{title}</a>") for title in titles]
    assert positions == sorted(positions)
    assert 'href="/en/outcomes/tunis-agenda/"' in main


def test_tunis_agenda_page_lists_its_paragraphs_in_numeric_order_each_linking_to_its_page(client):
    main = _main(client.get("/en/outcomes/tunis-agenda/"))
    numbers = [int(n) for n in re.findall(r'href="/en/outcomes/tunis-agenda/(\d+)/">§ \d+</a>', main)]
    assert numbers[:4] == [26, 27, 50, 59]
    assert numbers == sorted(numbers)
    assert {96, 109, 120, 121} <= set(numbers)
    assertInHTML('<a href="/en/outcomes/tunis-agenda/annex/">Annex</a>', main)
    # Sub-paragraphs link to their anchor on the paragraph's page.
    assertInHTML(
        '<a href="/en/outcomes/tunis-agenda/50/#para_50__subpara_c__point_ii">§ 50 c ii</a>',
        main,
    )


def test_tunis_agenda_page_marks_cited_paragraph_without_a_note_as_concerning_itu(client):
    # Resolution 140, considering m, cites § 83: with its note taken away, the citation alone marks it.
    Paragraph.objects.filter(document__slug="tunis-agenda", eid="para_83").update(
        **{f"itu_note_{lang}": "" for lang in ("en", "fr", "es", "ru", "ar", "zh_hans")}
    )
    main = _main(client.get("/en/outcomes/tunis-agenda/"))
    entry = re.search(
        r'<li class="paragraph-entry([^"]*)">\s*<p class="paragraph-entry__head">'
        r'<a href="/en/outcomes/tunis-agenda/83/">',
        main,
    )
    assert entry and "paragraph-entry--itu" in entry.group(1)


def test_paragraph_120_lists_resolution_140_considering_h_and_resolves_8_as_links_to_their_anchors(client):
    response = client.get("/en/outcomes/tunis-agenda/120/")
    assert response.status_code == 200
    main = _main(response)
    cited_by = _cited_by(main)
    revision_link = '<a class="cited-by__revision" href="/en/resolutions/pp-140/2010/">{}</a>'
    assertInHTML(revision_link.format("Resolution 140 (Rev. Guadalajara, 2010)"), cited_by)
    assertInHTML(
        '<a href="/en/resolutions/pp-140/2010/#considering__item_h"><em class="keyword">considering</em> h</a>',
        cited_by,
    )
    assertInHTML(
        '<a href="/en/resolutions/pp-140/2010/#resolves__para_8"><em class="keyword">resolves</em> 8</a>', cited_by
    )
    # Grouped as the ITU writes it: considering before resolves, one entry for the revision.
    assert cited_by.index("#considering__item_h") < cited_by.index("#resolves__para_8")
    assert cited_by.count("Resolution 140 (Rev. Guadalajara, 2010)") == 1


def test_paragraph_120_says_its_official_text_is_not_loaded_and_shows_the_seeds_note_with_sources(client):
    paragraph = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_120")
    response = client.get("/en/outcomes/tunis-agenda/120/")
    assertContains(response, "The official text of this paragraph is not loaded in the portal.")
    assertContains(response, f"<p>{escape(paragraph.itu_note_en)}</p>", html=True)
    sources = list(paragraph.sources.all())
    assert sources
    for source in sources:
        assertContains(response, f"<cite>{escape(source.title_en)}</cite>", html=True)


def test_paragraph_78_shows_sub_paragraph_a_as_an_anchor_and_names_it_in_cited_by(client):
    main = _main(client.get("/en/outcomes/tunis-agenda/78/"))
    assert 'id="para_78__subpara_a"' in main
    cited_by = _cited_by(main)
    assert "/en/resolutions/pp-140/2010/#considering__item_i" in cited_by
    assertInHTML("<bdi>§ 78 a</bdi>", cited_by)


def test_paragraph_50_holds_its_sub_paragraph_c_ii_as_a_nested_anchor(client):
    main = _main(client.get("/en/outcomes/tunis-agenda/50/"))
    assert 'id="para_50__subpara_c"' in main
    assert 'id="para_50__subpara_c__point_ii"' in main
    assert "/en/resolutions/pp-140/2010/#considering__item_j" in main


def test_paragraph_cited_by_nothing_says_so(client):
    paragraph = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_121")
    Citation.objects.filter(paragraph=paragraph).delete()
    response = client.get("/en/outcomes/tunis-agenda/121/")
    assertContains(
        response, "No resolution clause or implementation-plan activity held by the portal cites this paragraph."
    )


def test_paragraph_cited_by_plan_activity_links_to_the_activity(client):
    build(1)
    response = client.get("/en/outcomes/test-agenda/7/")
    assertContains(response, 'href="/en/action-lines/c1/#activity-test-activity-0">Test activity 0</a>', html=False)


@pytest.mark.parametrize(
    "url",
    ["/en/outcomes/nope/", "/en/outcomes/tunis-agenda/9999/", "/en/outcomes/nope/96/", "/en/outcomes/tunis-agenda/!/"],
)
def test_unknown_document_or_paragraph_is_a_404_not_an_error(client, url):
    assert client.get(url).status_code == 404


def test_sub_paragraph_has_no_page_of_its_own(client):
    # "50c" is not a numbered paragraph: sub-paragraphs are anchors on their paragraph's page.
    assert client.get("/en/outcomes/tunis-agenda/50c/").status_code == 404


@pytest.mark.parametrize(
    ("url", "queries"),
    [("/en/outcomes/", 1), ("/en/outcomes/test-agenda/", 3), ("/en/outcomes/test-agenda/7/", 4)],
)
@pytest.mark.parametrize("scale", [1, 10])
def test_outcome_pages_take_a_fixed_number_of_queries_whatever_the_number_of_rows(
    client, django_assert_num_queries, url, queries, scale
):
    build(scale)  # scale 10: ten times the sub-paragraphs, 100x the citing clauses, ten times the activities
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200


def test_ten_times_the_citations_all_appear_on_the_paragraph_page(client):
    build(10)
    main = _main(client.get("/en/outcomes/test-agenda/7/"))
    cited_by = _cited_by(main)
    assert cited_by.count("/en/resolutions/pp-9000/2010/#considering") == 100
    assert cited_by.count("#activity-test-activity-") == 10
    assertNotContains(client.get("/en/outcomes/test-agenda/7/"), "No resolution clause")


@pytest.mark.parametrize(
    ("written", "target"),
    [
        ("96", "/en/outcomes/tunis-agenda/96/"),
        ("§ 96", "/en/outcomes/tunis-agenda/96/"),
        ("para 96", "/en/outcomes/tunis-agenda/96/"),
        ("50 c ii", "/en/outcomes/tunis-agenda/50/#para_50__subpara_c__point_ii"),
        ("Annex", "/en/outcomes/tunis-agenda/annex/"),
    ],
)
def test_the_go_to_paragraph_form_sends_the_reader_to_the_paragraph(client, written, target):
    response = client.get("/en/outcomes/tunis-agenda/", {"paragraph": written})
    assert response.status_code == 302
    assert response["Location"] == target


@pytest.mark.parametrize("written", ["9999", "", "abc", "§"])
def test_an_unknown_paragraph_number_is_a_404_in_the_readers_language(client, written):
    response = client.get("/fr/outcomes/tunis-agenda/", {"paragraph": written})
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_the_go_to_paragraph_form_is_a_plain_get_form_on_the_document_page(client):
    page = client.get("/en/outcomes/tunis-agenda/").content.decode()
    form = re.search(r'<form class="goto-form".*?</form>', page, re.DOTALL).group(0)
    assert 'method="get"' in form and 'action="/en/outcomes/tunis-agenda/"' in form and 'name="paragraph"' in form


def test_each_cited_paragraph_says_how_many_resolutions_cite_it_and_links_its_cited_by_list(client):
    main = _main(client.get("/en/outcomes/tunis-agenda/"))
    assertInHTML(
        '<a class="cited-count" href="/en/outcomes/tunis-agenda/120/#cited-by">cited by 1 resolution</a>', main
    )
