"""Search: one box on every page, results across lines, themes, paragraphs, resolutions and organizations.

PostgreSQL uses full-text search with the language's own configuration; SQLite a plain substring match.
The tests common to both run on whichever database the suite runs on; CI runs the suite on both.
"""

import re

import pytest
from django.db import connection

from actionlines.models import ActionLine, Organization, Theme
from wsisportal.search import TEXT_SEARCH_CONFIGS, search

from .actionlines_world import grow
from .shell import PAGE_CACHE_QUERIES, parse

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL full-text search")
on_sqlite = pytest.mark.skipif(connection.vendor != "sqlite", reason="SQLite substring search")


def _result_links(client, lang, query):
    response = client.get(f"/{lang}/search/", {"q": query})
    assert response.status_code == 200
    return response, set(parse(response).links())


def test_every_page_has_a_search_box_that_sends_to_the_search_page(client):
    for path in ("/en/", "/fr/action-lines/", "/ar/focal-points/", "/zh-hans/action-lines/plan-2006/"):
        page = parse(client.get(path))
        (form,) = page.find("form", role="search")
        lang = path.split("/")[1]
        assert form["action"] == f"/{lang}/search/"
        assert form["method"] == "get"
        assert page.find("input", type="search", name="q")


def test_searching_spectrum_in_english_finds_the_topic_the_paragraph_and_the_resolution_clause(client):
    _, links = _result_links(client, "en", "spectrum")
    assert "/en/action-lines/c6/#spectrum-management" in links
    assert "/en/outcomes/tunis-agenda/96/" in links
    assert "/en/resolutions/pp-140/2010/#considering__item_k" in links


def test_searching_an_acronym_finds_the_organization(client):
    _, links = _result_links(client, "en", "UNESCO")
    assert "/en/focal-points/unesco/" in links


def test_searching_a_code_finds_the_action_line_first(client):
    response, _ = _result_links(client, "en", "C5")
    page = parse(response)
    results = [href for href in page.links() if href.startswith("/en/action-lines/c")]
    assert results[0] == "/en/action-lines/c5/"


@pytest.mark.parametrize(
    "lang, query, expected",
    [
        ("fr", "spectre", "/fr/action-lines/c6/#spectrum-management"),
        ("es", "espectro", "/es/action-lines/c6/#spectrum-management"),
        ("ru", "спектра", "/ru/action-lines/c6/#spectrum-management"),
        ("ar", "الطيف", "/ar/action-lines/c6/#spectrum-management"),
        ("zh-hans", "频谱", "/zh-hans/action-lines/c6/#spectrum-management"),
    ],
)
def test_search_matches_the_readers_language(client, lang, query, expected):
    _, links = _result_links(client, lang, query)
    assert expected in links


def test_chinese_search_matches_inside_a_word_without_spaces(client):
    # "频谱" is inside "频谱管理" (spectrum management): Chinese has no word breaks to split on.
    results = search("频谱", "zh-hans")
    assert [t.slug for t in results.themes] == ["spectrum-management"]


def test_official_english_texts_are_found_from_another_language(client):
    # Clauses are official English text only; a French reader still finds them with English words.
    _, links = _result_links(client, "fr", "stocktaking")
    assert "/fr/resolutions/pp-140/2010/#resolves__para_8" in links


def test_a_query_with_markup_is_shown_escaped(client):
    response = client.get("/en/search/", {"q": "<b>spectrum</b>"})
    body = response.content.decode()
    assert "<b>spectrum</b>" not in body
    assert "&lt;b&gt;spectrum&lt;/b&gt;" in body


def test_empty_search_shows_the_box_and_a_hint_but_no_results(client):
    response = client.get("/en/search/")
    assert response.status_code == 200
    assert 'class="result-count"' not in response.content.decode()


def test_nothing_found_says_so(client):
    response = client.get("/en/search/", {"q": "zzyzxqv"})
    assert "0 results" in response.content.decode()


def test_every_language_has_a_text_search_configuration():
    assert set(TEXT_SEARCH_CONFIGS) == {"ar", "zh-hans", "en", "fr", "ru", "es"}


@on_sqlite
def test_sqlite_matches_part_of_a_word(client):
    _, links = _result_links(client, "en", "spectr")
    assert "/en/action-lines/c6/#spectrum-management" in links


@on_sqlite
def test_sqlite_requires_every_word_of_the_query(client):
    assert search("spectrum management", "en").themes
    assert not search("spectrum zzyzxqv", "en").themes


@on_postgresql
def test_postgresql_stems_english_words(client):
    # "coordinating" and "coordination" share the English stem "coordin"; a substring match would miss it.
    results = search("coordinating", "en")
    assert results.clauses or results.paragraphs or results.organizations or results.action_lines


@on_postgresql
def test_postgresql_stems_french_words():
    line = ActionLine.objects.get(slug="c6")
    theme = Theme.objects.create(
        slug="test-normes", action_line=line, kind="topic", name="Standards", name_fr="Élaboration des normes"
    )
    assert theme in search("normes", "fr").themes
    assert theme in search("norme", "fr").themes, "French stemming matches the singular"


@on_postgresql
def test_postgresql_uses_the_russian_configuration_for_russian_readers():
    org = Organization.objects.create(
        slug="test-ru", acronym="TST", name="Test", name_ru="Союз электросвязи", kind="other"
    )
    assert org in search("электросвязь", "ru").organizations, "Russian stemming matches another case"


# One query per kind, the outcome documents whose names a reference may use, and the items a reference names.
@pytest.mark.parametrize("query, queries", [("Grown", 7), ("C6", 8)])
def test_search_page_query_count_is_fixed_and_does_not_grow_with_ten_times_the_results(
    client, django_assert_num_queries, query, queries
):
    grow(1)
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        client.get("/en/search/", {"q": query})
    grow(9, start=1)
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        response = client.get("/en/search/", {"q": query})
    assert response.status_code == 200
    if query == "Grown":
        assert "/en/focal-points/grow-org-9/" in parse(response).links()


# How delegates write references, in each language: the item named comes first, above every group.
REFERENCES = [
    ("en", "§ 96", "/en/outcomes/tunis-agenda/96/"),
    ("en", "para 96", "/en/outcomes/tunis-agenda/96/"),
    ("en", "paragraph 96", "/en/outcomes/tunis-agenda/96/"),
    ("en", "TA 96", "/en/outcomes/tunis-agenda/96/"),
    ("en", "Res 140", "/en/resolutions/pp-140/"),
    ("en", "Resolution 30", "/en/resolutions/wtdc-30/"),
    ("en", "C5", "/en/action-lines/c5/"),
    ("fr", "paragraphe 96", "/fr/outcomes/tunis-agenda/96/"),
    ("fr", "Agenda de Tunis 96", "/fr/outcomes/tunis-agenda/96/"),
    ("fr", "Rés. 140", "/fr/resolutions/pp-140/"),
    ("es", "párrafo 96", "/es/outcomes/tunis-agenda/96/"),
    ("es", "Resolución 30", "/es/resolutions/wtdc-30/"),
    ("ru", "пункт 96", "/ru/outcomes/tunis-agenda/96/"),
    ("ru", "Резолюция 140", "/ru/resolutions/pp-140/"),
    ("ru", "С5", "/ru/action-lines/c5/"),
    ("ar", "الفقرة 96", "/ar/outcomes/tunis-agenda/96/"),
    ("ar", "القرار ١٤٠", "/ar/resolutions/pp-140/"),
    ("zh-hans", "第96段", "/zh-hans/outcomes/tunis-agenda/96/"),
    ("zh-hans", "突尼斯议程第96段", "/zh-hans/outcomes/tunis-agenda/96/"),
    ("zh-hans", "第140号决议", "/zh-hans/resolutions/pp-140/"),
    ("zh-hans", "C5", "/zh-hans/action-lines/c5/"),
]


@pytest.mark.parametrize(("lang", "query", "first"), REFERENCES)
def test_a_reference_as_delegates_write_it_puts_the_item_it_names_first(client, lang, query, first):
    response = client.get(f"/{lang}/search/", {"q": query})
    main = response.content.decode().split("<main", 1)[1]
    exact = main.split('<section class="exact-results"', 1)[1].split("</section>", 1)[0]
    assert re.search(r'href="([^"]+)"', exact)[1] == first
    # Nothing in the groups comes before it.
    assert main.index('class="exact-results"') < main.index(first)


def test_results_are_counted_by_kind_and_paged_twenty_at_a_time(client):
    response = client.get("/en/search/", {"q": "ITU"})
    results = response.context["results"]
    counts = {kind: count for kind, _label, count in results.counts}
    assert sum(counts.values()) == results.total > 40
    body = response.content.decode()
    for kind, count in counts.items():
        assert f"?q=ITU&amp;kind={kind}" in body
        assert f"({count})</span>" in body
    assert response.context["page"].paginator.per_page == 20
    assert len(response.context["page"].object_list) == 20
    assert 'rel="next"' in body and "?q=ITU&amp;page=2" in body
    last = client.get("/en/search/", {"q": "ITU", "page": response.context["page"].paginator.num_pages})
    assert 'rel="prev"' in last.content.decode()


def test_choosing_a_kind_lists_only_that_kind_with_its_count(client):
    response = client.get("/en/search/", {"q": "ITU", "kind": "organizations"})
    assert [group.kind for group in response.context["groups"]] == ["organizations"]
    assert '<span aria-current="page">Organizations' in response.content.decode()


def test_a_page_number_out_of_range_shows_the_last_page_not_an_error(client):
    response = client.get("/en/search/", {"q": "ITU", "page": "9999"})
    assert response.status_code == 200
    assert client.get("/en/search/", {"q": "ITU", "page": "x"}).status_code == 200


@pytest.mark.parametrize(
    ("lang", "query", "marked"),
    [
        ("en", "spectrum", "spectrum"),
        ("fr", "spectre", "spectre"),
        ("zh-hans", "频谱", "频谱"),
        ("ar", "الطيف", "الطيف"),
    ],
)
def test_the_matched_words_are_highlighted(client, lang, query, marked):
    body = client.get(f"/{lang}/search/", {"q": query}).content.decode()
    assert re.search(rf"<mark>{marked}</mark>", body, re.IGNORECASE)


def test_a_highlighted_excerpt_stays_escaped(client):
    body = client.get("/en/search/", {"q": "<b>spectrum"}).content.decode()
    assert "<b>" not in body.split("<main", 1)[1]


def test_the_search_page_names_its_two_search_landmarks_apart(client):
    page = parse(client.get("/en/search/", {"q": "ITU"}))
    forms = page.find("form", role="search")
    names = [form.get("aria-label") or form.get("aria-labelledby") for form in forms]
    assert len(forms) == 2 and all(names) and len(set(names)) == 2
