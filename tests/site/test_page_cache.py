"""The page cache is never stale: a page is drawn once per content generation and code version, served from the
cache after that, and drawn anew at once after any change (also on a second server sharing Redis); ETag and
Last-Modified give 304s; pages are compressed; staff, sessions and other hosts' ports never reach a cached copy."""

import gzip
from email.utils import parsedate_to_datetime

import brotli
import pytest
from django.contrib.auth.models import User
from django.core.cache import caches
from django.db import OperationalError, connections, transaction

from actionlines.models import ActionLine, Activity
from wsisportal.generation.models import current
from wsisportal.middleware.pagecache import PageCacheMiddleware

pytestmark = pytest.mark.django_db

PAGE = "/en/action-lines/c6/"


@pytest.fixture(autouse=True)
def empty_cache():
    caches["default"].clear()
    yield
    caches["default"].clear()


def test_a_page_is_drawn_once_then_served_from_the_cache_with_one_query(client, django_assert_num_queries):
    first = client.get(PAGE)
    assert first["X-Page-Cache"] == "miss"
    with django_assert_num_queries(1):  # is the copy current? nothing else
        second = client.get(PAGE)
    assert second["X-Page-Cache"] == "hit"
    assert second.content == first.content
    assert second["Content-Language"] == "en"


def test_an_edit_shows_on_the_next_request(client):
    assert b"Edited title for the test" not in client.get(PAGE).content
    line = ActionLine.objects.get(slug="c6")
    line.title_en = "Edited title for the test"
    line.save()
    response = client.get(PAGE)
    assert response["X-Page-Cache"] == "miss"
    assert b"Edited title for the test" in response.content


def test_a_delete_and_a_many_to_many_change_each_start_a_new_generation():
    before = current()[0]
    activity = Activity.objects.filter(action_lines__isnull=False).first()
    line = activity.action_lines.first()
    activity.action_lines.remove(line)
    after_remove = current()[0]
    assert after_remove > before
    activity.delete()
    assert current()[0] > after_remove


def test_a_change_that_rolls_back_keeps_the_generation():
    before = current()
    with pytest.raises(RuntimeError), transaction.atomic():
        ActionLine.objects.filter(slug="c6").get().save()
        raise RuntimeError("the change fails")
    assert current() == before


def test_a_staff_account_or_its_session_never_reaches_the_cache(client):
    User.objects.create_user("editor", "e@example.org", "a-long-test-password", is_staff=True)
    client.get(PAGE)
    client.login(username="editor", password="a-long-test-password")
    response = client.get(PAGE)
    assert "X-Page-Cache" not in response
    assert "X-Page-Cache" not in client.get("/admin/")


def test_only_searches_keep_their_query_string_in_the_cache(client):
    client.get("/en/search/?q=spectrum")
    assert client.get("/en/search/?q=spectrum")["X-Page-Cache"] == "hit"
    client.get("/en/?utm_source=mail")
    assert "X-Page-Cache" not in client.get("/en/?utm_source=mail")


def test_a_page_has_an_etag_and_last_modified_and_answers_304(client):
    response = client.get(PAGE)
    etag, modified = response["ETag"], response["Last-Modified"]
    assert parsedate_to_datetime(modified)
    assert client.get(PAGE, HTTP_IF_NONE_MATCH=etag).status_code == 304
    assert client.get(PAGE, HTTP_IF_NONE_MATCH=f"W/{etag}").status_code == 304
    assert client.get(PAGE, HTTP_IF_MODIFIED_SINCE=modified).status_code == 304
    ActionLine.objects.get(slug="c6").save()
    changed = client.get(PAGE, HTTP_IF_NONE_MATCH=etag)
    assert changed.status_code == 200 and changed["ETag"] != etag


@pytest.mark.parametrize(("encoding", "decompress"), [("br", brotli.decompress), ("gzip", gzip.decompress)])
def test_pages_are_compressed_for_browsers_that_accept_it(client, encoding, decompress):
    plain = client.get(PAGE).content
    response = client.get(PAGE, HTTP_ACCEPT_ENCODING=encoding)
    assert response["Content-Encoding"] == encoding
    assert int(response["Content-Length"]) == len(response.content), "a wrong length leaves a browser waiting"
    assert decompress(response.content) == plain
    assert len(response.content) < len(plain) / 3
    assert "Accept-Encoding" in response["Vary"]
    assert "Cookie" not in response["Vary"]


def test_the_admin_is_never_compressed(client):
    assert "Content-Encoding" not in client.get("/admin/login/", HTTP_ACCEPT_ENCODING="br, gzip")


def test_with_the_database_down_a_cached_page_is_still_served(client, monkeypatch):
    client.get(PAGE)

    def refuse(*args, **kwargs):
        raise OperationalError("could not connect to server")

    monkeypatch.setattr(connections["default"], "create_cursor", refuse)
    response = client.get(PAGE)
    assert response.status_code == 200 and response["X-Page-Cache"] == "stale"
    assert client.get("/en/action-lines/c7/").status_code == 503


def test_a_port_in_the_host_header_never_reaches_a_page(client, settings):
    settings.CANONICAL_ORIGIN = "https://wsis.example"
    forged = client.get(PAGE, HTTP_HOST="127.0.0.1:6666").content.decode()
    assert ":6666" not in forged and 'href="https://wsis.example/fr/action-lines/c6/"' in forged
    assert ":6666" not in client.get(PAGE).content.decode()
    assert ":6666" not in client.get("/robots.txt", HTTP_HOST="localhost:6666").content.decode()
    assert ":6666" not in client.get("/sitemap.xml", HTTP_HOST="localhost:6666").content.decode()


class SecondServer(PageCacheMiddleware):
    """The page cache of another server: its own connection to the same Redis."""

    cache = property(lambda self: caches["second"])


def test_servers_sharing_redis_see_an_edit_at_once(client, settings, rf):
    pytest.importorskip("redis")
    import redis

    try:
        redis.Redis.from_url("redis://127.0.0.1:6379/2").ping()
    except redis.ConnectionError:
        pytest.skip("no Redis at 127.0.0.1:6379")
    shared = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": "redis://127.0.0.1:6379/2"}
    settings.CACHES = {
        "default": {**shared, "KEY_PREFIX": "test-page-cache"},
        "second": {**shared, "KEY_PREFIX": "test-page-cache"},
    }
    caches["default"].clear()
    first = client.get(PAGE)  # server one draws it and shares the copy
    assert first["X-Page-Cache"] == "miss"

    second_server = SecondServer(lambda request: pytest.fail("server two should not draw the page"))
    assert second_server(rf.get(PAGE)).content == first.content

    line = ActionLine.objects.get(slug="c6")
    line.title_en = "Edited on server one"
    line.save()
    drawn = []
    second_server = SecondServer(lambda request: drawn.append(request) or client.get(PAGE))
    assert b"Edited on server one" in second_server(rf.get(PAGE)).content
    caches["default"].clear()
