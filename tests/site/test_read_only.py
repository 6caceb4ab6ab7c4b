"""The public site has no endpoint that writes: only the admin, behind its login, changes anything."""

import pytest

PUBLIC_PAGES = [
    "/",
    "/en/",
    "/fr/action-lines/c6/",
    "/ar/outcomes/tunis-agenda/96/",
    "/en/resolutions/pp-140/2010/",
    "/en/focal-points/unesco/",
    "/en/search/?q=spectrum",
    "/healthz",
    "/sitemap.xml",
]


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PAGES)
@pytest.mark.parametrize("method", ["post", "put", "patch", "delete"])
def test_a_public_page_refuses_to_be_written_to(client, url, method):
    response = getattr(client, method)(url, data={"title": "changed"})
    assert response.status_code == 405
    assert set(response["Allow"].split(", ")) == {"GET", "HEAD"}


@pytest.mark.django_db
@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_a_public_page_still_answers_a_read(client, url):
    assert client.get(url).status_code in {200, 302}
