"""The citations dataset (CSV and JSON, the same rows both ways) and the re-users' page, whose every example works."""

import csv
import io
import json
import re

import pytest
from django.conf import settings
from django.utils import translation

from resolutions.models import Citation
from wsisportal.opendata.citations import FIELDS
from wsisportal.opendata.models import ReuseTerms

from .shell import LANGUAGES, PAGE_CACHE_QUERIES, parse

pytestmark = pytest.mark.django_db


def _csv_rows(client, lang="en"):
    response = client.get(f"/{lang}/open-data/citations.csv")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert response["Link"] == f'<{settings.CANONICAL_ORIGIN}/{lang}/open-data/>; rel="describedby"'
    reader = csv.DictReader(io.StringIO(response.content.decode("utf-8")))
    assert tuple(reader.fieldnames) == FIELDS
    return list(reader)


def _json(client, lang="en"):
    response = client.get(f"/{lang}/open-data/citations.json")
    assert response.status_code == 200
    return json.loads(response.content)


def test_one_row_per_citation_so_one_per_paragraph_of_a_range(client):
    rows = _csv_rows(client)
    assert len(rows) == Citation.objects.count() == 67
    paragraph_rows = [r for r in rows if r["target_kind"] == "paragraph" and r["resolved"] == "true"]
    # At today's content: 52 resolved paragraph citations (17 from resolution clauses, 35 from plan rows).
    assert len(paragraph_rows) == 52
    range_rows = [r for r in rows if r["words_cited"] == "§§ 113-118 of the Tunis Agenda"]
    assert [r["target"] for r in range_rows] == [f"TAIS § {n}" for n in range(113, 119)]


def test_the_csv_and_the_json_hold_the_same_rows(client):
    def as_text(value):
        return ("true" if value else "false") if isinstance(value, bool) else str(value)

    from_json = [{k: as_text(v) for k, v in row.items()} for row in _json(client)["citations"]]
    assert _csv_rows(client) == from_json


def test_the_rows_name_the_citing_clause_and_the_target_by_their_addresses(client):
    rows = _csv_rows(client)
    row = next(r for r in rows if r["citing_eid"] == "considering__item_h")
    assert row["citing_url"] == f"{settings.CANONICAL_ORIGIN}/en/resolutions/pp-140/2010/#considering__item_h"
    assert row["target_url"] == f"{settings.CANONICAL_ORIGIN}/en/outcomes/tunis-agenda/120/"
    assert row["target_akn"] == "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_120"
    assert (row["start"], row["end"]) == ("93", "118")


def test_the_json_dataset_describes_its_columns_and_carries_the_terms(client):
    data = _json(client, "fr")
    assert [c["name"] for c in data["columns"]] == list(FIELDS)
    assert data["terms"] == {"text": "", "language": None, "status": "not-published"}


def test_the_dataset_is_read_in_a_fixed_number_of_queries(client, django_assert_num_queries):
    with django_assert_num_queries(
        3 + PAGE_CACHE_QUERIES
    ):  # the citations with all they join, plan rows' lines, the terms
        client.get("/en/open-data/citations.json")


def _examples(client, lang):
    response = client.get(f"/{lang}/open-data/")
    assert response.status_code == 200
    return re.findall(r'<a class="example" href="([^"]+)"', response.content.decode())


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_example_the_reusers_page_shows_works(client, lang):
    examples = _examples(client, lang)
    assert len(examples) >= 7
    for example in examples:
        assert example.startswith(settings.CANONICAL_ORIGIN + "/")
        response = client.get(example.removeprefix(settings.CANONICAL_ORIGIN))
        assert response.status_code == 200, example


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_akn_addresses_the_page_shows_lead_to_pages(client, lang):
    page = client.get(f"/{lang}/open-data/").content.decode()
    addresses = re.findall(r'<code dir="ltr">(/akn/[^<]+)</code>', page)
    assert addresses
    for address in addresses:
        assert client.get(address, follow=True).status_code == 200


def test_with_no_terms_published_the_page_says_so_and_states_no_licence(client):
    text = parse(client.get("/en/open-data/")).text
    assert "ITU has not yet published terms of re-use for this data." in text
    assert "licen" not in text.lower()


def test_the_terms_staff_write_are_shown_in_the_readers_language_or_in_english_marked_so(client):
    ReuseTerms.objects.create(
        text_en="Terms as ITU publishes them.", text_fr="Conditions telles que l’UIT les publie."
    )
    assert "Conditions telles que l’UIT les publie." in client.get("/fr/open-data/").content.decode()
    assert '<div class="reuse-terms" lang="en" dir="ltr">' in client.get("/ru/open-data/").content.decode()
    with translation.override("es"):
        assert _json(client, "es")["terms"] == {
            "text": "Terms as ITU publishes them.",
            "language": "en",
            "status": "english-fallback",
        }


def test_there_is_one_text_of_terms(db):
    ReuseTerms.objects.create(text_en="first")
    ReuseTerms(text_en="second").save()
    assert list(ReuseTerms.objects.values_list("text_en", flat=True)) == ["second"]


def test_the_docs_describe_every_column_of_the_dataset():
    docs = (settings.BASE_DIR / "docs" / "opendata.md").read_text(encoding="utf-8")
    assert re.findall(r"^\| `(\w+)` \|", docs, re.MULTILINE) == list(FIELDS)


def test_the_reusers_page_takes_one_query(client, django_assert_num_queries):
    with django_assert_num_queries(1 + PAGE_CACHE_QUERIES):  # the terms of re-use
        client.get("/en/open-data/")


@pytest.mark.parametrize(
    "path",
    [
        "/en/open-data/citations.csv",
        "/en/open-data/citations.json",
        "/en/resolutions/pp-140/2010/data.xml",
        "/en/outcomes/tunis-agenda/120/citations.atom",
        "/en/changes.atom",
    ],
)
def test_head_answers_and_writing_is_refused(client, path):
    assert client.head(path).status_code == 200
    assert client.post(path).status_code == 405
