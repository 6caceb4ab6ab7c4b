"""The resolution pages: resolutions grouped by body, and a revision's structured text with every cited paragraph
and resolution a link in the words themselves, beside a list of what it cites."""

import re

import pytest
from django.utils import translation
from django.utils.html import escape
from pytest_django.asserts import assertContains, assertInHTML, assertNotContains

from resolutions.models import Citation, Clause

from .citing_world import build
from .shell import PAGE_CACHE_QUERIES

pytestmark = pytest.mark.django_db

RES_140_2010 = "/en/resolutions/pp-140/2010/"


def _main(response) -> str:
    content = response.content.decode()
    return content[content.index("<main") : content.index("</main>")]


def _element(main: str, tag: str, element_id: str) -> str:
    """The element with this id, up to its first closing tag (the clauses and sections hold no nested same tag)."""
    return re.search(rf'<{tag} id="{element_id}".*?</{tag}>', main, re.DOTALL).group(0)


def _text(main: str) -> str:
    return re.search(r'<section class="resolution-text".*?</section>\s*</section>\s*<aside', main, re.DOTALL).group(0)


def _target_url(citation) -> str | None:
    if citation.paragraph_id:
        return citation.paragraph.get_absolute_url()
    if citation.revision_id:
        return citation.revision.get_absolute_url()
    if citation.resolution_id:
        return citation.resolution.get_absolute_url()
    return None


def test_resolution_140_2010_links_tunis_agenda_120_in_the_words_of_considering_h(client):
    main = _main(client.get(RES_140_2010))
    clause = _element(main, "li", "considering__item_h")
    assertInHTML('<a class="citation" href="/en/outcomes/tunis-agenda/120/">§ 120 of the Tunis Agenda</a>', clause)
    assert "that the ITU is given specific responsibility for maintaining the WSIS stocktaking database (" in clause


def test_resolution_140_2010_opens_with_the_words_before_its_first_keyword(client):
    english = client.get("/en/resolutions/pp-140/2010/")
    assertContains(
        english, "The Plenipotentiary Conference of the International Telecommunication Union (Guadalajara, 2010),"
    )
    french = client.get("/fr/resolutions/pp-140/2010/").content.decode()
    assert re.search(
        r'<p class="res-opening" lang="en" dir="ltr">(<span [^>]*>)?The Plenipotentiary Conference', french
    )


def test_resolution_140_2010_prints_every_section_and_clause_with_its_anchor(client):
    main = _main(client.get(RES_140_2010))
    for eid in (
        "recalling__item_a",
        "recalling_further__content",
        "considering__item_m",
        "considering_further__item_k",
        "taking_into_account__item_g",
        "noting__content",
        "resolves__para_10",
        "instructs_the_secretary_general_and_the_directors_of_the_bureaux__para_6",
        "requests_the_council__para_7",
        "invites_member_states_sector_members_and_associates__para_2",
        "resolves_to_express__content",
    ):
        assert f'id="{eid}"' in main, eid
    assert '<section id="considering" class="res-section res-section--preambular">' in main
    assert '<section id="resolves" class="res-section res-section--operative">' in main
    assertInHTML('<p class="res-section__keyword"><em>taking into account</em></p>', main)
    # Labels hang apart from the text, as printed: "h)" and "8".
    assertInHTML('<span class="clause__label">h)</span>', _element(main, "li", "considering__item_h"))
    assertInHTML('<span class="clause__label">8</span>', _element(main, "li", "resolves__para_8"))
    # The sections come in the order of the text.
    order = [main.index(f'<section id="{eid}"') for eid in ("recalling", "considering", "noting", "resolves")]
    assert order == sorted(order)


def test_resolution_140_2010_links_every_resolved_citation_and_marks_the_rest(client):
    main = _main(client.get(RES_140_2010))
    text = _text(main)
    clauses = Clause.objects.filter(section__revision__resolution__slug="pp-140", section__revision__year=2010)
    citations = Citation.objects.filter(clause__in=clauses).select_related(
        "paragraph__document", "paragraph__parent", "revision__resolution", "resolution"
    )
    assert citations
    for citation in citations:
        with translation.override("en"):
            href = _target_url(citation)
        if href is None:
            assert f'<span class="citation citation--unresolved">{escape(citation.cited_text)}</span>' in text
            continue
        words = escape(citation.cited_text)
        # A range's paragraphs share its words, which link to the first of them.
        assert re.search(rf'<a class="citation" href="[^"]+">{re.escape(words)}</a>', text), citation
        if citation.cited_text != "§§ 113-118 of the Tunis Agenda" or citation.paragraph.number == "113":
            assert f'<a class="citation" href="{href}">{words}</a>' in text, citation


def test_resolution_140_2010_links_cited_resolutions_to_their_revision_pages(client):
    main = _main(client.get(RES_140_2010))
    assertInHTML(
        '<a class="citation" href="/en/resolutions/pp-73/1998/">'
        "Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference</a>",
        _element(main, "li", "recalling__item_a"),
    )
    assertInHTML(
        '<a class="citation" href="/en/resolutions/wtdc-30/2010/">Resolution 30 (Rev. Hyderabad, 2010)</a>',
        _element(main, "li", "resolves__para_7"),
    )


def test_resolution_140_2010_side_list_groups_cited_paragraphs_resolutions_and_unresolved(client):
    Citation.objects.create(
        clause=Clause.objects.get(eid="noting__content", section__revision__resolution__slug="pp-140"),
        cited_text="information",
        start=74,
        end=85,
        target="nothing",
        problem="test: not in the database",
    )
    main = _main(client.get(RES_140_2010))
    side = re.search(r'<aside class="cited-list".*?</aside>', main, re.DOTALL).group(0)
    assert side.index("Tunis Agenda for the Information Society") < side.index("Resolutions and decisions")
    assert side.index("Resolutions and decisions") < side.index("Not held by the portal")
    assertInHTML('<a href="/en/outcomes/tunis-agenda/120/"><bdi>§ 120</bdi></a>', side)
    item_120 = re.search(r'<li><a href="/en/outcomes/tunis-agenda/120/">.*?</li>', side, re.DOTALL).group(0)
    assert 'href="#considering__item_h"' in item_120
    assert 'href="#resolves__para_8"' in item_120
    for number in range(113, 119):
        assert f'href="/en/outcomes/tunis-agenda/{number}/"' in side
    assertInHTML('<a href="/en/resolutions/pp-decision-8/2002/">Decision 8 (Marrakesh, 2002)</a>', side)
    assertInHTML('<a href="/en/resolutions/unga-60-252/">Resolution 60/252</a>', side)
    # Resolutions before decisions within a body.
    assert side.index("Resolution 71 (Rev. Guadalajara, 2010)") < side.index("Decision 8 (Marrakesh, 2002)")
    unresolved = side[side.index("Not held by the portal") :]
    assert '<span class="citation citation--unresolved" lang="en" dir="ltr">information</span>' in unresolved
    assert 'href="#noting__content"' in unresolved


def test_resolution_140_opens_on_its_2010_text_and_names_the_later_revision_without_one(client):
    main = _main(client.get("/en/resolutions/pp-140/"))
    assert "<h1>Resolution 140 (Rev. Guadalajara, 2010)</h1>" in main
    assert '<li id="considering__item_a"' in main
    assertInHTML(
        '<p class="status-note">The portal does not hold the text of the later revisions: '
        '<a href="/en/resolutions/pp-140/2018/"><bdi>Resolution 140 (2018)</bdi></a></p>',
        main,
    )


def test_the_2018_revision_without_text_says_so_and_links_the_2010_text(client):
    response = client.get("/en/resolutions/pp-140/2018/")
    main = _main(response)
    # The 2020 page cites it as "(Plenipotentiary 2018)": the portal does not call it a revision.
    assert "<h1>Resolution 140 (2018)</h1>" in main
    assertContains(response, "The text of Resolution 140 (2018) is not loaded in the portal.")
    assertInHTML(
        '<p>The portal holds the text of <a href="/en/resolutions/pp-140/2010/">'
        "Resolution 140 (Rev. Guadalajara, 2010)</a>.</p>",
        main,
    )


def _cited_by(client, url) -> str:
    main = _main(client.get(url))
    return re.search(r'<section id="cited-by".*?</section>', main, re.DOTALL).group(0)


@pytest.mark.parametrize(
    ("url", "clauses"),
    [
        # Res. 140 (2010) cites Resolution 30 (Rev. Hyderabad, 2010) three times, Council 1282 twice, Res. 75 once.
        (
            "/en/resolutions/wtdc-30/",
            [
                ("endorsing__item_a", "endorsing a"),
                ("resolves__para_7", "7"),
                ("instructs_the_director_of_the_telecommunication_development_bureau__content", None),
            ],
        ),
        (
            "/en/resolutions/council-1282/",
            [("endorsing__item_c", "endorsing c"), ("requests_the_council__para_6", "6")],
        ),
        ("/en/resolutions/wtsa-75/", [("endorsing__item_f", "endorsing f")]),
    ],
)
def test_a_cited_resolution_lists_each_citing_clause_under_its_revision_and_keyword(client, url, clauses):
    cited_by = _cited_by(client, url)
    assert cited_by.count('class="cited-by__revision"') == 1
    assertInHTML(
        '<a class="cited-by__revision" href="/en/resolutions/pp-140/2010/">'
        "Resolution 140 (Rev. Guadalajara, 2010)</a>",
        cited_by,
    )
    for eid, words in clauses:
        assert f'href="/en/resolutions/pp-140/2010/#{eid}"' in cited_by
        if words:
            assert words in re.sub(r"<[^>]+>", "", cited_by)


def test_a_resolutions_page_names_the_revision_each_clause_cites(client):
    text = re.sub(r"<[^>]+>", "", _cited_by(client, "/en/resolutions/wtdc-30/"))
    assert text.count("(Rev. Hyderabad, 2010)") == 3


def test_a_revisions_page_lists_what_cites_that_revision(client):
    cited_by = _cited_by(client, "/en/resolutions/pp-140/2006/")
    assert 'href="/en/resolutions/pp-140/2010/#taking_into_account__item_e"' in cited_by
    uncited = _cited_by(client, "/en/resolutions/pp-172/")
    assert "cites this resolution" in uncited


def test_cited_by_reads_in_arabic_with_the_keyword_marked_english(client):
    cited_by = _cited_by(client, "/ar/resolutions/wtsa-75/")
    assert "القرار 140" in cited_by
    assert '<span class="official-original" lang="en" dir="ltr">endorsing</span>' in cited_by


def test_revision_history_links_every_revision_and_marks_the_one_shown(client):
    main = _main(client.get(RES_140_2010))
    history = re.search(r'<nav class="revision-history".*?</nav>', main, re.DOTALL).group(0)
    assertInHTML('<a href="/en/resolutions/pp-140/2006/">Antalya, 2006</a>', history)
    assertInHTML('<span aria-current="page">Rev. Guadalajara, 2010</span>', history)
    assertInHTML('<a href="/en/resolutions/pp-140/2018/">2018</a>', history)
    assertInHTML(
        '<p class="status-note">This is not the latest revision: see '
        '<a href="/en/resolutions/pp-140/2018/">Resolution 140 (2018)</a>.</p>',
        history,
    )


def test_resolution_without_any_revision_says_the_portal_holds_none(client):
    response = client.get("/en/resolutions/unga-60-252/")
    assert response.status_code == 200
    assertContains(response, "<h1>Resolution 60/252</h1>", html=True)
    assertContains(response, "The portal holds no revision of this text.")


def test_resolutions_page_groups_resolutions_under_the_body_that_adopted_them(client):
    main = _main(client.get("/en/resolutions/"))
    groups = dict(re.findall(r'<section id="body-(\w+)" class="body-group".*?>(.*?)</section>', main, re.DOTALL))
    assert list(groups) == ["pp", "wtdc", "wtsa", "council", "unga"]
    expected = {
        "pp": ["pp-140", "pp-172", "pp-101", "pp-102", "pp-73", "pp-113", "pp-71", "pp-139", "pp-decision-8"],
        "wtdc": ["wtdc-30", "wtdc-45"],
        "wtsa": ["wtsa-75"],
        "council": ["council-1282", "council-1244", "council-1196", "council-1332", "council-1334"],
        "unga": ["unga-60-252"],
    }
    for body, slugs in expected.items():
        for slug in slugs:
            assert f'href="/en/resolutions/{slug}/"' in groups[body], (body, slug)
    assert "<h2" in main and "Plenipotentiary Conference" in main
    # Numbered in numeric order, resolutions before decisions.
    pp = groups["pp"]
    assert pp.index("/pp-71/") < pp.index("/pp-73/") < pp.index("/pp-101/") < pp.index("/pp-140/")
    assert pp.index("/pp-172/") < pp.index("/pp-decision-8/")
    # Each resolution with its revisions.
    entry = re.search(r'<li class="resolution-entry">\s*<h3><a href="/en/resolutions/pp-140/">.*?</li>', pp, re.DOTALL)
    for year in (2006, 2010, 2018):
        assert f'href="/en/resolutions/pp-140/{year}/"' in entry.group(0)


@pytest.mark.parametrize(
    "url", ["/en/resolutions/pp-999/", "/en/resolutions/pp-140/1990/", "/en/resolutions/pp-999/2010/"]
)
def test_unknown_resolution_or_revision_is_a_404_not_an_error(client, url):
    assert client.get(url).status_code == 404


def test_clause_text_is_escaped_and_only_the_cited_words_are_links(client):
    world = build(1)
    main = _main(client.get("/en/resolutions/pp-9000/2010/"))
    clause = _element(main, "li", world.clauses[0].eid)
    assert "that ITU &amp; others &lt;act&gt; on " in clause
    assert "<act>" not in clause
    assertInHTML('<a class="citation" href="/en/outcomes/test-agenda/7/">§ 7 of the Test Agenda</a>', clause)
    assertInHTML(
        '<a class="citation" href="/en/outcomes/test-agenda/7/#para_7__subpara_x0">§ 7 x0 of the Test Agenda</a>',
        clause,
    )
    assertInHTML('<span class="citation citation--unresolved">Resolution 4242</span>', clause)


def test_citation_whose_words_no_longer_match_the_text_is_not_linked(client):
    world = build(1)
    clause = world.clauses[0]
    Clause.objects.filter(pk=clause.pk).update(text_en="that ITU acts on the paragraphs, words since changed")
    response = client.get("/en/resolutions/pp-9000/2010/")
    assertNotContains(response, '<a class="citation" href="/en/outcomes/test-agenda/7/">')
    assertContains(response, "that ITU acts on the paragraphs, words since changed")


@pytest.mark.parametrize(
    ("url", "queries"),
    [
        # + the conferences the sources describe, and their sources.
        ("/en/resolutions/", 4),
        # + what cites the resolution (or the revision).
        ("/en/resolutions/pp-9000/", 6),
        ("/en/resolutions/pp-9000/2010/", 6),
        ("/en/resolutions/pp-9000/2006/", 3),
        ("/fr/resolutions/pp-9000/2010/", 6),
    ],
)
@pytest.mark.parametrize("scale", [1, 10])
def test_resolution_pages_take_a_fixed_number_of_queries_whatever_the_number_of_rows(
    client, django_assert_num_queries, url, queries, scale
):
    build(scale)  # scale 10: ten sections of ten clauses, four citations each
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        response = client.get(url)
    assert response.status_code == 200


def test_ten_times_the_clauses_are_all_printed_with_their_links(client):
    build(10)
    main = _main(client.get("/en/resolutions/pp-9000/2010/"))
    assert main.count('<li id="considering') == 100
    assert main.count('<a class="citation" href="/en/resolutions/pp-9001/1998/">') == 100


def test_resolutions_page_shows_the_conferences_the_sources_describe(client):
    main = _main(client.get("/en/resolutions/"))
    assert "Plenipotentiary Conference (Antalya, 2006)" in main
    assert "24 November 2006</time>, Antalya (Turkey)" in main
    assert "the seven overall goals for the Union" in main
    assert "World Telecommunication Development Conference (Doha, 2006)" in main
    assert "the Doha Declaration and the Doha Action Plan" in main
    assert '<time datetime="2010-10">October 2010</time>' in main


def test_revision_page_says_at_which_conference_it_was_adopted(client):
    assertContains(
        client.get("/en/resolutions/pp-140/2006/"),
        'Adopted at: <a href="/en/resolutions/#conference-pp-2006">Plenipotentiary Conference (Antalya, 2006)</a>',
        html=True,
    )


def test_a_revision_cited_by_its_year_alone_is_called_neither_original_nor_revised(client):
    response = client.get("/en/resolutions/pp-101/")
    assertContains(response, "<h1>Resolution 101 (2010)</h1>", html=True)
    assertContains(response, "do not say whether it is the original text or a revision")
    assertNotContains(client.get(RES_140_2010), "do not say whether it is the original text")


def test_resolution_140_keeps_the_emphasis_of_its_official_text(client):
    main = _main(client.get(RES_140_2010))
    assert "that ITU has, <em>inter alia</em>, specific responsibility" in main
    assert "as outlined in <em>resolves</em> 1, 2, and 3 above" in main
    assert '"<em>each UN agency should act according to its mandate' in main.replace("&quot;", '"')
    # The emphasis takes nothing from the citations: § 102 (b) is still a link.
    assert 'href="/en/outcomes/tunis-agenda/102/#para_102__subpara_b">§ 102 (b)</a>' in main
    assert "*" not in re.sub(r"<[^>]+>", "", main)


def test_resolution_140_in_arabic_keeps_the_emphasis_of_its_english_original(client):
    html = client.get("/ar/resolutions/pp-140/2010/").content.decode()
    assert "<em>inter alia</em>" in html
