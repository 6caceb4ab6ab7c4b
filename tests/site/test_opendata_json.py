"""Each page's JSON twin: same facts as the page in each language, absolute links, the official-text status of
every text, read-only, JSON errors (never a 500), fixed query counts, and an OpenAPI document that validates."""

import json
import re
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.core.cache import caches
from django.utils import translation
from openapi_spec_validator import validate

from outcomes.models import Paragraph

from .shell import LANGUAGES, PAGE_CACHE_QUERIES, PAGE_TYPES, parse

pytestmark = pytest.mark.django_db

# Every page type but search (whose results are the query's, not a page's facts).
PAGES = tuple(p for p in PAGE_TYPES if "search" not in p)


def _data(client, path):
    response = client.get(path)
    assert response.status_code == 200, (path, response.content[:300])
    assert response["Content-Type"].startswith("application/json")
    return json.loads(response.content)


def _urls(value):
    if isinstance(value, dict):
        for key, item in value.items():
            if key in ("url", "page") and isinstance(item, str):
                yield item
            else:
                yield from _urls(item)
    elif isinstance(value, list):
        for item in value:
            yield from _urls(item)


def _texts(value):
    if isinstance(value, dict):
        if set(value) == {"text", "language", "status"}:
            yield value
        for item in value.values():
            yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("pattern", PAGES)
def test_every_page_has_json_beside_it_in_its_language_with_absolute_links_to_pages_that_exist(client, pattern, lang):
    path = pattern.format(lang=lang)
    data = _data(client, path + "data.json")
    assert data["language"] == lang
    assert data["page"] == settings.CANONICAL_ORIGIN + path
    urls = set(_urls(data))
    assert all(u.startswith(settings.CANONICAL_ORIGIN + "/") for u in urls)
    for linked in {urlsplit(u).path for u in urls if urlsplit(u).path.startswith(f"/{lang}/")}:
        assert client.get(linked).status_code == 200, linked


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_revision_json_gives_the_clauses_the_page_shows_with_their_eids_and_citations(client, lang):
    path = f"/{lang}/resolutions/pp-140/2010/"
    data = _data(client, path + "data.json")
    page_ids = parse(client.get(path)).ids
    eids = [clause["eid"] for section in data["sections"] for clause in section["clauses"]]
    assert eids and set(eids) <= page_ids
    considering_h = next(c for s in data["sections"] for c in s["clauses"] if c["eid"] == "considering__item_h")
    (citation,) = considering_h["citations"]
    assert citation["words"] == "§ 120 of the Tunis Agenda"
    # Named as the page names it: "TAIS § 120" in English, the document's short title in the reader's language.
    with translation.override(lang):
        name = Paragraph.objects.get(document__slug="tunis-agenda", eid="para_120").name
    assert citation["target"] == {
        "kind": "paragraph",
        "name": name,
        "url": f"{settings.CANONICAL_ORIGIN}/{lang}/outcomes/tunis-agenda/120/",
    }


@pytest.mark.parametrize(("lang", "status", "language"), [("en", "loaded", "en"), ("fr", "english-fallback", "en")])
def test_each_official_text_says_whether_it_is_the_readers_version_or_the_english_in_its_place(
    client, lang, status, language
):
    texts = list(_texts(_data(client, f"/{lang}/resolutions/pp-140/2010/data.json")))
    assert texts
    assert {(t["status"], t["language"]) for t in texts} == {(status, language)}


def test_a_paragraph_whose_text_is_not_loaded_says_so_rather_than_giving_an_empty_text(client):
    # No outcome paragraph's official text is loaded at today's content: the pages show the portal's notes only.
    data = _data(client, "/fr/outcomes/tunis-agenda/96/data.json")
    assert data["text"] == {"text": "", "language": None, "status": "not-loaded"}


def test_the_paragraph_json_names_every_revision_that_cites_it_as_the_page_does(client):
    data = _data(client, "/en/outcomes/tunis-agenda/120/data.json")
    assert data["name"] == "TAIS § 120"
    assert "Resolution 140 (Rev. Guadalajara, 2010)" in [c["revision"]["name"] for c in data["cited_by"]]
    assert "Resolution 140 (Rev. Guadalajara, 2010)" in client.get("/en/outcomes/tunis-agenda/120/").content.decode()


def test_the_action_line_json_names_itus_role_and_focal_points_as_the_page_does(client):
    data = _data(client, "/en/action-lines/c6/data.json")
    page = parse(client.get("/en/action-lines/c6/")).text
    assert data["code"] == "C6"
    assert data["itu_role"]["role"] in page
    for org in data["focal_points"]:
        assert org["name"] in page


def test_revision_dates_no_source_gives_are_null_not_guessed(client):
    data = _data(client, "/en/resolutions/data.json")
    revisions = [rev for body in data["bodies"] for res in body["resolutions"] for rev in res["revisions"]]
    assert revisions and all(rev["date"] is None for rev in revisions)


@pytest.mark.parametrize(
    ("path", "status"),
    [
        ("/xx/data.json", 404),
        ("/en/outcomes/no-such-document/data.json", 404),
        ("/en/outcomes/tunis-agenda/9999/data.json", 404),
        ("/en/outcomes/tunis-agenda/%25%25/data.json", 404),
        ("/en/resolutions/pp-140/1800/data.json", 404),
        ("/en/resolutions/pp-140/not-a-year/data.json", 400),
        ("/en/action-lines/c99/data.json", 404),
        ("/en/focal-points/nobody/data.json", 404),
        ("/en/no-such-section/data.json", 404),
        ("/en/action-lines/c6/data.yaml", 404),
    ],
)
def test_bad_addresses_get_a_json_error_never_a_500(client, path, status):
    # An address without a language is first sent to the reader's language, as every page is.
    response = client.get(path, follow=True)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    assert json.loads(response.content)["detail"]


def test_the_error_says_what_is_missing_in_the_readers_language(client):
    detail = json.loads(client.get("/fr/action-lines/c99/data.json").content)["detail"]
    assert detail != "There is no action line at this address."


@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_the_data_is_read_only(client, method):
    assert getattr(client, method)("/en/action-lines/c6/data.json").status_code == 405


def test_head_answers_like_get_and_the_data_is_cached_like_the_pages(client):
    head = client.head("/en/action-lines/c6/data.json")
    assert head.status_code == 200
    assert head["Content-Type"].startswith("application/json")
    assert f"max-age={settings.PUBLIC_CACHE_SECONDS}" in client.get("/en/action-lines/c6/data.json")["Cache-Control"]


def test_the_openapi_document_validates_and_describes_every_twin(client):
    response = client.get("/openapi.json")
    assert response.status_code == 200
    document = json.loads(response.content)
    validate(document)
    assert document["servers"] == [{"url": settings.CANONICAL_ORIGIN}]
    paths = set(document["paths"])
    for pattern in PAGES:
        assert any(p.replace("{lang}", "en").count("/") == (pattern + "data.json").count("/") for p in paths)
    assert all(set(operations) == {"get"} for operations in document["paths"].values())


# The same query counts as the pages (measured side by side): each twin reads through the page's own selector.
QUERIES = {
    "/en/data.json": 24,
    "/en/action-lines/data.json": 10,
    "/en/action-lines/c6/data.json": 14,
    "/en/action-lines/plan-2006/data.json": 7,
    "/en/focal-points/data.json": 2,
    "/en/focal-points/unesco/data.json": 5,
    "/en/outcomes/data.json": 1,
    "/en/outcomes/tunis-agenda/data.json": 3,
    "/en/outcomes/tunis-agenda/96/data.json": 3,
    "/en/resolutions/data.json": 4,
    # A resolution opens on its latest loaded text, as its page does; both read what cites them too.
    "/en/resolutions/pp-140/data.json": 6,
    "/en/resolutions/pp-140/2010/data.json": 6,
}


@pytest.mark.parametrize(("path", "queries"), QUERIES.items())
def test_each_twin_answers_in_a_fixed_number_of_queries(client, django_assert_num_queries, path, queries):
    client.get(path)  # warm: the first answer may read what later ones have cached
    caches["default"].clear()  # but not the whole answer: the page cache would leave one query to count
    with django_assert_num_queries(queries + PAGE_CACHE_QUERIES):
        client.get(path)


def _named_links(value):
    if isinstance(value, dict):
        if isinstance(value.get("url"), str) and ("name" in value or "title" in value or "code" in value):
            yield value["url"]
        for key, item in value.items():
            # A plan row's lines: the data names them all, a line's page does not repeat the row's other lines.
            if not (key == "action_lines" and "paragraphs_named" in value):
                yield from _named_links(item)
    elif isinstance(value, list):
        for item in value:
            yield from _named_links(item)


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans"])
@pytest.mark.parametrize("pattern", PAGES)
def test_every_thing_the_json_links_is_linked_or_shown_on_the_page_itself(client, pattern, lang):
    path = pattern.format(lang=lang)
    data = _data(client, path + "data.json")
    response = client.get(path)
    page = parse(response)
    hrefs = set(re.findall(r'href="([^"]+)"', response.content.decode()))
    shown = (data.get("revision") or {}).get("url")  # the revision a resolution's page shows
    for url in set(_named_links(data)):
        parts = urlsplit(url)
        local = parts.path + (f"#{parts.fragment}" if parts.fragment else "")
        if parts.path == path or url == shown:
            assert not parts.fragment or parts.fragment in page.ids, url
        elif parts.fragment in page.ids:
            continue  # shown on this page itself, as a plan row is on every line's page and the plan's
        else:
            assert local in hrefs, url
