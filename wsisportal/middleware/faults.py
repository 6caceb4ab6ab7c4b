"""Faults: the health probe answered whatever the Host header says, and a database that is down or hung costs a
503 page in the reader's language with Retry-After, never a traceback; pages already cached are still served."""

import logging
from pathlib import Path

from django.db import DatabaseError, InterfaceError, OperationalError, connections
from django.http import HttpResponse
from django.utils.cache import add_never_cache_headers

from .errors import error_page

logger = logging.getLogger(__name__)

# Seconds a reader (or a load balancer) is asked to wait before trying again.
RETRY_AFTER = 30


def database_problem(connection) -> str | None:
    """What keeps this database from serving pages, or None. A missing or empty SQLite file is a problem: Django
    would create an empty one on connecting, and every page would fail on it."""
    if connection.vendor == "sqlite" and not connection.is_in_memory_db():
        path = Path(connection.settings_dict["NAME"].removeprefix("file:").split("?")[0])
        if not path.is_file() or path.stat().st_size == 0:
            return f"the SQLite file {path} is missing or empty"
    # A connection broken by an earlier failure is replaced by Django itself: CONN_HEALTH_CHECKS checks it before
    # reuse, and the end of a request closes one that failed.
    try:
        with connection.cursor() as cursor:
            # The schema is there, not merely a server: a database that lost its tables cannot serve a page.
            cursor.execute("SELECT 1 FROM django_migrations LIMIT 1")
            cursor.fetchone()
    except DatabaseError as error:
        return f"{type(error).__name__}: {error}".strip()
    return None


class HealthCheckMiddleware:
    """GET /healthz: 200 "ok" when the database answers, else 503 naming it. Answered first in the chain, before the
    Host header is checked against ALLOWED_HOSTS or http is redirected to https, so the container's loopback
    probe (Host: 127.0.0.1) gets the truth rather than a 400, a 301 and a logged error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info != "/healthz" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        connection = connections["default"]
        problem = database_problem(connection)
        if problem is None:
            response = HttpResponse("ok", content_type="text/plain; charset=utf-8")
        else:
            body = f"unavailable: database {connection.settings_dict['NAME']!s} ({connection.vendor}): {problem}\n"
            response = HttpResponse(body, status=503, content_type="text/plain; charset=utf-8")
            response["Retry-After"] = str(RETRY_AFTER)
        add_never_cache_headers(response)
        return response


def is_unavailable(error: Exception) -> bool:
    """A database that cannot be reached or answers too late, as opposed to a query the portal got wrong."""
    return isinstance(error, OperationalError | InterfaceError)


class DatabaseUnavailableMiddleware:
    """A page whose database is down or hung answers 503 in the reader's language; the error is logged once as a
    warning (no traceback: it is the database's fault, and the health check names it)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not is_unavailable(exception):
            return None
        logger.warning("database unavailable for %s: %s", request.path, exception)
        return unavailable_page(request)


def unavailable_page(request):
    response = error_page(request, "503.html", 503)
    response["Retry-After"] = str(RETRY_AFTER)
    return response
