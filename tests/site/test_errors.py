"""404 and 500 pages: in the portal's design and the reader's language, never a 500 for an unknown address."""

import pytest
from django.test import RequestFactory
from django.utils import translation

from wsisportal.views.operations import server_error

from .shell import parse

pytestmark = pytest.mark.django_db

UNKNOWN = (
    "/{lang}/action-lines/c12/",
    "/{lang}/action-lines/no-such-line/",
    "/{lang}/focal-points/no-such-organization/",
    "/{lang}/no-such-section/",
    "/{lang}/outcomes/tunis-agenda/9999/",
    "/{lang}/outcomes/no-such-document/",
    "/{lang}/resolutions/pp-9999/",
)


@pytest.mark.parametrize("lang", ["en", "ar", "zh-hans", "fr"])
@pytest.mark.parametrize("pattern", UNKNOWN)
def test_unknown_address_is_a_404_page_in_the_readers_language(client, pattern, lang):
    response = client.get(pattern.format(lang=lang))
    assert response.status_code == 404
    page = parse(response)
    assert page.html_attrs["lang"] == lang
    assert page.html_attrs["dir"] == ("rtl" if lang == "ar" else "ltr")
    assert "error-page" in response.content.decode()
    assert page.find("form", role="search"), "the 404 page keeps the header with the search box"
    assert f"/{lang}/" in page.links(), "the 404 page leads back home in the same language"


def test_404_is_not_cached_as_a_public_page(client):
    response = client.get("/en/action-lines/c12/")
    assert "public" not in response.get("Cache-Control", "")


def test_500_page_is_drawn_in_the_portal_design_in_the_readers_language():
    request = RequestFactory().get("/ru/action-lines/")
    with translation.override("ru"):
        response = server_error(request)
    assert response.status_code == 500
    body = response.content.decode()
    assert '<html lang="ru" dir="ltr">' in body
    assert 'class="error-page"' in body
    assert "/static/" in body and "portal" in body


def test_500_handler_is_the_portals_own():
    from wsisportal import urls

    assert urls.handler500 == "wsisportal.views.operations.server_error"
