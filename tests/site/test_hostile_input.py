"""A NUL byte or another control character in an address, a query or a form is a 400 page in the reader's
language, on the public site and in the admin, on SQLite and PostgreSQL alike: never a 500 from the database."""

import pytest
from django.contrib.auth.models import User
from django.db import connection

from .shell import parse

pytestmark = pytest.mark.django_db

on_postgresql = pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL refuses NUL in strings")

CONTROLS = ["%00", "%01", "%08", "%0A", "%0D", "%1B", "%1F", "%7F", "%C2%85", "%C2%9F"]


@pytest.fixture
def staff_client(client):
    User.objects.create_user("editor", "editor@example.org", "a-long-test-password", is_staff=True, is_superuser=True)
    assert client.login(username="editor", password="a-long-test-password")
    return client


def assert_bad_request_page(response, lang):
    assert response.status_code == 400
    page = parse(response)
    assert page.html_attrs["lang"] == lang
    assert "error-page" in response.content.decode()
    assert f"/{lang}/" in page.links(), "the 400 page leads back home in the same language"


@pytest.mark.parametrize("control", CONTROLS)
def test_a_control_character_in_a_search_is_a_400_page(client, control):
    assert_bad_request_page(client.get(f"/en/search/?q=spectrum{control}"), "en")


@pytest.mark.parametrize("lang", ["ar", "zh-hans", "fr", "ru", "es"])
def test_the_400_page_speaks_the_language_of_the_address(client, lang):
    response = client.get(f"/{lang}/search/?q=%00")
    assert_bad_request_page(response, lang)
    assert response["Content-Language"] == lang


@pytest.mark.parametrize(
    "url",
    [
        "/en/outcomes/tunis-agenda/96%00/",
        "/en/action-lines/c%006/",
        "/en/resolutions/pp-140/%1B/",
        "/en/search/?q%00=spectrum",
        "/en/?utm%7F=1",
        "/en/search/?q=a&q=b%00",
    ],
)
def test_a_control_character_anywhere_in_the_address_is_a_400(client, url):
    assert client.get(url).status_code == 400


def test_an_address_without_a_language_gets_the_page_in_the_browsers_language(client):
    response = client.get("/sitemap.xml?x=%00", headers={"accept-language": "ru"})
    assert_bad_request_page(response, "ru")


def test_the_400_page_is_not_cached_and_links_no_hostile_address(client):
    response = client.get("/en/search/?q=%00")
    assert "public" not in response["Cache-Control"]
    assert "\x00" not in response.content.decode()


@pytest.mark.parametrize("query", ["spectrum", "télécommunications", "电信", "الاتصالات", "C 6 — § 96"])
def test_printable_text_in_any_script_still_searches(client, query):
    assert client.get("/en/search/", {"q": query}).status_code == 200


@on_postgresql
def test_postgresql_refuses_nul_which_is_why_the_guard_exists():
    with pytest.raises(ValueError, match="NUL"), connection.cursor() as cursor:
        cursor.execute("SELECT %s", ["a\x00b"])


@pytest.mark.parametrize(
    "url",
    [
        "/admin/outcomes/paragraph/?q=%00",
        "/admin/outcomes/paragraph/?document__id__exact=%00",
        "/admin/actionlines/role/?kind__exact=%1F",
        "/admin/actionlines/organization/?parent__id__exact=1%00",
        "/admin/autocomplete/?term=%00&app_label=actionlines&model_name=role&field_name=organization",
        "/admin/autocomplete/?term=itu&app_label=actionlines%00&model_name=role&field_name=organization",
        "/admin/outcomes/paragraph/%00/change/",
    ],
)
def test_admin_filters_searches_and_autocomplete_refuse_control_characters(staff_client, url):
    assert_bad_request_page(staff_client.get(url), "en")


@pytest.mark.parametrize("selected", ["\x00", "1\x00", "\x1b"])
def test_an_admin_bulk_action_on_a_hostile_selection_is_a_400(staff_client, selected):
    response = staff_client.post(
        "/admin/actionlines/organization/",
        {"action": "delete_selected", "_selected_action": [selected], "index": "0"},
    )
    assert_bad_request_page(response, "en")


def test_an_admin_form_may_still_hold_line_breaks_and_tabs():
    from wsisportal.middleware.hostile import CONTROL_IN_TEXT

    assert not CONTROL_IN_TEXT.search("first line\r\n\tsecond line")
    assert CONTROL_IN_TEXT.search("nul\x00")
