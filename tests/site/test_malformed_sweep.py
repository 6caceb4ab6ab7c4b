"""A thousand malformed requests (paths, query strings, headers, methods), made the same way every run, against
one address of every URL pattern: every answer is a 2xx, 3xx or 4xx, never a 5xx."""

import random

import pytest
from django.test import Client

pytestmark = pytest.mark.django_db

# One address per URL pattern: the portal's pages (in two languages), operations, and the admin's entry points.
ADDRESSES = [
    "/",
    "/healthz",
    "/robots.txt",
    "/sitemap.xml",
    "/en/",
    "/ar/search/?q=itu",
    "/en/action-lines/",
    "/fr/action-lines/plan-2006/",
    "/en/action-lines/c6/",
    "/en/focal-points/",
    "/ru/focal-points/unesco/",
    "/en/outcomes/",
    "/zh-hans/outcomes/tunis-agenda/",
    "/en/outcomes/tunis-agenda/96/",
    "/es/resolutions/",
    "/en/resolutions/pp-140/",
    "/en/resolutions/pp-140/2010/",
    "/admin/",
    "/admin/login/",
    "/admin/outcomes/paragraph/",
    "/admin/autocomplete/",
    "/admin/translations/",
]

PATH_DAMAGE = [
    "%00",
    "%",
    "%zz",
    "%ff%fe",
    "%c0%af",
    "%ED%A0%80",
    "%F0%9F%92%A9",
    "/../../../etc/passwd",
    "/%2e%2e/%2e%2e/",
    "//",
    ";jsessionid=1",
    "\u202e",
    "x" * 3000,
    "/" * 200,
    "%0d%0aSet-Cookie:%20a=b",
    "<script>alert(1)</script>",
    "'\"",
    "%5c..%5c",
    "\\",
    "~",
]
QUERY_DAMAGE = [
    "q=%",
    "q=%zz",
    "q=%ff%fe%fd",
    "q=" + "a" * 5000,
    "&&&=&=",
    "q[]=1&q[]=2",
    "page=-1",
    "page=99999999999999999999999",
    "page=1e9",
    "q=%00",
    "q=%E2%80%AE",
    "&".join(f"f{i}=1" for i in range(1200)),
    "q=" + "%C3%A9" * 300,
    "q=*&q=%&q=_",
    "q=' OR 1=1 --",
]
HEADER_DAMAGE = [
    {"HTTP_HOST": "evil.example"},
    {"HTTP_HOST": "127.0.0.1:99999"},
    {"HTTP_HOST": ""},
    {"HTTP_HOST": "a b"},
    {"HTTP_ACCEPT_LANGUAGE": "xx-invalid;q=abc, *;q=nan"},
    {"HTTP_ACCEPT_LANGUAGE": "ar;q=2, " * 100},
    {"HTTP_IF_NONE_MATCH": "garbage"},
    {"HTTP_IF_NONE_MATCH": "*"},
    {"HTTP_IF_MODIFIED_SINCE": "yesterday"},
    {"HTTP_IF_MODIFIED_SINCE": "Mon, 32 Foo 99999 99:99:99 GMT"},
    {"HTTP_ACCEPT_ENCODING": "br;q=nan, gzip;q=x, zstd;q=-1"},
    {"HTTP_COOKIE": "sessionid=%00; csrftoken=\x01; =;;"},
    {"HTTP_COOKIE": "sessionid=" + "a" * 4000},
    {"HTTP_RANGE": "bytes=99-1"},
    {"HTTP_X_FORWARDED_PROTO": "ftp"},
    {"HTTP_X_FORWARDED_FOR": "not-an-address"},
    {"HTTP_REFERER": "\x00"},
    {"HTTP_USER_AGENT": "\x7f" * 10},
    {"CONTENT_TYPE": "multipart/form-data; boundary="},
    {"CONTENT_TYPE": "application/x-www-form-urlencoded; charset=nonsense"},
]
METHODS = ["GET", "HEAD", "OPTIONS", "POST", "PUT", "DELETE", "PATCH", "TRACE", "CONNECT", "PROPFIND", "BREW"]


def malformed_requests(count=1200, seed=11):
    """(method, path, query, extra environ, body): deterministic, so a failure names a request that fails again."""
    rng = random.Random(seed)
    requests = []
    for address in ADDRESSES:
        path, _, query = address.partition("?")
        for damage in PATH_DAMAGE:
            requests.append(("GET", path.rstrip("/") + "/" + damage, query, {}, b""))
        for method in METHODS:
            requests.append((method, path, query, {}, b"a=%00&b=" + b"x" * 50))
        for damage in QUERY_DAMAGE:
            requests.append(("GET", path, damage, {}, b""))
    while len(requests) < count:
        path, _, query = rng.choice(ADDRESSES).partition("?")
        kind = rng.randrange(3)
        if kind == 0:
            requests.append(("GET", path, rng.choice(QUERY_DAMAGE), {}, b""))
        elif kind == 1:
            requests.append((rng.choice(METHODS), path, query, rng.choice(HEADER_DAMAGE), b"--\r\n\x00"))
        else:
            damage = rng.choice(PATH_DAMAGE) + "?" + rng.choice(QUERY_DAMAGE)
            requests.append(("GET", path + damage, "", rng.choice(HEADER_DAMAGE), b""))
    return requests


def test_the_sweep_is_a_thousand_requests_over_every_address():
    requests = malformed_requests()
    assert len(requests) >= 1000
    assert {path.split("?")[0] for _m, path, *_ in requests} >= {a.partition("?")[0] for a in ADDRESSES}


def test_no_malformed_request_gets_a_5xx():
    client = Client(raise_request_exception=False)
    failures = []
    for method, path, query, extra, body in malformed_requests():
        if query:
            path = f"{path}?{query}"
        environ = {"CONTENT_TYPE": "application/x-www-form-urlencoded", **extra}
        response = client.generic(method, path, data=body, **environ)
        if response.status_code >= 500:
            failures.append((response.status_code, method, path[:120], extra))
    assert failures == []
