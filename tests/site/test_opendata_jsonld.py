"""schema.org Legislation on the resolution, revision and paragraph pages, and each page's data announced in its
head as <link rel="alternate">."""

import json
import re

import pytest
from django.conf import settings

from .shell import LANGUAGES, PAGE_TYPES, sitemap_text

pytestmark = pytest.mark.django_db
ORIGIN = settings.CANONICAL_ORIGIN


def _linked_data(client, path):
    html = client.get(path).content.decode()
    (block,) = re.findall(r'<script type="application/ld\+json">([^<]*)</script>', html)
    return json.loads(block)


def test_the_revision_page_names_its_akn_identifier_its_resolution_sections_and_citations(client):
    data = _linked_data(client, "/en/resolutions/pp-140/2010/")
    assert (data["@context"], data["@type"]) == ("https://schema.org", "Legislation")
    assert data["@id"] == f"{ORIGIN}/en/resolutions/pp-140/2010/"
    assert data["legislationIdentifier"] == "/akn/un/statement/resolution/itu-pp/2010/140"
    assert data["isPartOf"]["legislationIdentifier"] == "/akn/un/statement/resolution/itu-pp/140"
    assert data["inLanguage"] == "en"
    assert "legislationDate" not in data  # no source gives the day it was adopted
    assert f"{ORIGIN}/en/resolutions/pp-140/2010/#considering" in [part["@id"] for part in data["hasPart"]]
    cited = {c["@id"]: c["legislationIdentifier"] for c in data["citation"]}
    assert cited[f"{ORIGIN}/en/outcomes/tunis-agenda/120/"] == "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_120"
    assert data["encoding"]["contentUrl"] == f"{ORIGIN}/en/resolutions/pp-140/2010/data.xml"


def test_the_text_language_is_english_where_the_readers_version_is_not_loaded(client):
    assert _linked_data(client, "/fr/resolutions/pp-140/2010/")["inLanguage"] == "en"


def test_the_resolution_page_names_the_revision_it_shows(client):
    data = _linked_data(client, "/en/resolutions/pp-140/")
    assert data["@id"] == f"{ORIGIN}/en/resolutions/pp-140/"
    assert data["isPartOf"]["@id"] == f"{ORIGIN}/en/resolutions/pp-140/"
    assert f"{ORIGIN}/en/resolutions/pp-140/2010/" in [r["@id"] for r in data["workExample"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_paragraph_page_is_part_of_its_document_with_its_sub_paragraphs(client, lang):
    data = _linked_data(client, f"/{lang}/outcomes/tunis-agenda/78/")
    assert data["legislationIdentifier"] == "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_78"
    assert data["isPartOf"]["@id"] == f"{ORIGIN}/{lang}/outcomes/tunis-agenda/"
    assert f"{ORIGIN}/{lang}/outcomes/tunis-agenda/78/#para_78__subpara_a" in [p["@id"] for p in data["hasPart"]]


def test_linked_data_cannot_close_its_element():
    from wsisportal.opendata.jsonld import script

    assert "</script>" not in script({"name": "</script><script>alert(1)</script>"})


@pytest.mark.parametrize("pattern", [p for p in PAGE_TYPES if "search" not in p])
def test_every_page_announces_its_json(client, pattern):
    path = pattern.format(lang="fr")
    html = client.get(path).content.decode()
    assert f'<link rel="alternate" type="application/json" href="{ORIGIN}{path}data.json">' in html


@pytest.mark.parametrize(
    ("path", "xml"),
    [
        ("/en/resolutions/pp-140/2010/", "/en/resolutions/pp-140/2010/data.xml"),
        ("/en/outcomes/tunis-agenda/", "/en/outcomes/tunis-agenda/data.xml"),
    ],
)
def test_pages_with_akoma_ntoso_announce_it_and_it_is_there(client, path, xml):
    html = client.get(path).content.decode()
    assert f'<link rel="alternate" type="application/akn+xml" href="{ORIGIN}{xml}">' in html
    assert client.get(xml).status_code == 200


def test_a_revision_without_text_announces_no_xml(client):
    assert "application/akn+xml" not in client.get("/en/resolutions/pp-140/2018/").content.decode()


def _lastmod(client, path):
    xml = sitemap_text(client)
    # The origin of the sitemap's locations is the sitemap's business (issue 11): match the path only.
    match = re.search(rf"<loc>https?://[^/<]+{re.escape(path)}</loc>\s*<lastmod>([^<]+)</lastmod>", xml)
    return match and match.group(1)


def test_the_sitemap_dates_each_record_page_by_its_last_change_and_a_revision_by_its_text(client):
    from resolutions.models import Clause, Revision

    revision = Revision.objects.get(resolution__slug="pp-140", year=2010)
    loaded = revision.history.latest().history_date.date().isoformat()
    assert _lastmod(client, "/en/resolutions/pp-140/2010/") == loaded
    assert _lastmod(client, "/en/action-lines/c6/")
    clause = Clause.objects.get(section__revision=revision, eid="considering__item_h")
    clause.save()
    assert _lastmod(client, "/en/resolutions/pp-140/2010/") == clause.history.latest().history_date.date().isoformat()
