"""Public pages cached per URL (the language is in it) in Django's cache, never stale: each copy carries the
content generation and the code version it was drawn from, and is served only while both are current. ETag and
Last-Modified come from them, so a browser or CDN revalidates with a 304. Staff, sessions and writes are never
cached. With the database down, the last copy of a page is still served."""

import hashlib
import logging
from pathlib import Path

from compression_middleware.middleware import MIN_IMPROVEMENT, MIN_LEN, compressor, compressors
from django.conf import settings
from django.core.cache import caches
from django.db import DatabaseError
from django.http import HttpResponse
from django.utils import translation
from django.utils.cache import get_conditional_response, patch_vary_headers
from django.utils.http import http_date, quote_etag

from ..generation.models import current
from .faults import unavailable_page
from .headers import outside_public_site

logger = logging.getLogger(__name__)

# Query strings that may be cached: a search and its pages, a sitemap's pages (p); any other query is drawn but
# not kept, so random query strings cannot fill the cache.
CACHED_PARAMETERS = frozenset({"q", "page", "p"})
MAX_CACHED_QUERY = 256
# Headers of the stored response that belong to one exchange, not to the page.
PER_RESPONSE = {"set-cookie", "date", "content-length", "content-encoding"}


def _code_version() -> tuple[str, float]:
    """A digest of what draws a page besides the database (code, templates, compiled catalogues, static manifest)
    and its newest change: a new release never serves a copy an older one drew."""
    root = Path(settings.BASE_DIR)
    digest = hashlib.blake2b(digest_size=8)
    newest = 0.0
    folders = ["wsisportal", "outcomes", "actionlines", "resolutions", "templates", "locale"]
    files = sorted(
        p for folder in folders for p in (root / folder).rglob("*") if p.suffix in {".py", ".html", ".mo", ".txt"}
    )
    manifest = Path(settings.STATIC_ROOT) / "staticfiles.json"
    for path in [*files, manifest]:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
            newest = max(newest, path.stat().st_mtime)
    return digest.hexdigest(), newest


CODE_VERSION, CODE_TIME = _code_version()


def is_cacheable(request) -> bool:
    if request.method not in ("GET", "HEAD") or outside_public_site(request.path):
        return False
    if settings.SESSION_COOKIE_NAME in request.COOKIES or "HTTP_AUTHORIZATION" in request.META:
        return False  # anything personal is drawn for its reader alone
    query = request.META.get("QUERY_STRING", "")
    if query and (len(query) > MAX_CACHED_QUERY or not set(request.GET) <= CACHED_PARAMETERS):
        return False
    path = request.path_info
    return bool(translation.get_language_from_path(path)) or path in ("/robots.txt",) or path.startswith("/sitemap")


def page_key(request) -> str:
    return "page:" + hashlib.blake2b(request.get_full_path().encode(), digest_size=16).hexdigest()


def encodings(content: bytes) -> dict[str, bytes]:
    """The page compressed once, when it is drawn, in each encoding the compression middleware offers (Brotli,
    zstd, gzip), so that a cached page costs no compression."""
    if len(content) < MIN_LEN:
        return {}
    encoded = {name: compress(content) for name, compress, _stream in compressors}
    return {name: body for name, body in encoded.items() if len(body) < len(content) - MIN_IMPROVEMENT}


def is_storable(response) -> bool:
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and "private" not in cache_control
        and "no-store" not in cache_control
        and "cookie" not in response.get("Vary", "").lower()
    )


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    @property
    def cache(self):
        return caches[settings.PAGE_CACHE]

    def __call__(self, request):
        if not is_cacheable(request):
            return self.get_response(request)
        key = page_key(request)
        stored = self._read(key)
        try:
            generation, changed_at = current()
        except DatabaseError as error:
            if stored:
                logger.warning("database unavailable, serving the cached %s: %s", request.path, error)
                return self._respond(request, stored, "stale")
            logger.warning("database unavailable for %s: %s", request.path, error)
            return unavailable_page(request)
        version = f"{CODE_VERSION}-{generation}"
        if stored and stored["version"] == version:
            return self._respond(request, stored, "hit")
        response = self.get_response(request)
        if not is_storable(response):
            return response
        last_modified = max(changed_at.timestamp(), CODE_TIME)
        response["ETag"] = quote_etag(version)
        response["Last-Modified"] = http_date(last_modified)
        stored = {
            "version": version,
            "last_modified": last_modified,
            "status": response.status_code,
            "headers": [(k, v) for k, v in response.items() if k.lower() not in PER_RESPONSE],
            "content": response.content,
            "encoded": encodings(response.content),
        }
        self._write(key, stored)
        return self._respond(request, stored, "miss")

    def _respond(self, request, stored, state):
        encoding = compressor(request.META.get("HTTP_ACCEPT_ENCODING", ""))[0]
        body = stored["encoded"].get(encoding)
        response = HttpResponse(stored["content"] if body is None else body, status=stored["status"])
        for header, value in stored["headers"]:
            response[header] = value
        response["Content-Length"] = str(len(response.content))
        if body is not None:
            # Strong ETags name exact bytes; a compressed copy of the page is weakly the same.
            response["Content-Encoding"] = encoding
            response["ETag"] = "W/" + response["ETag"]
        if stored["encoded"]:
            patch_vary_headers(response, ("Accept-Encoding",))
        return self._conditional(request, response, stored, state)

    def _conditional(self, request, response, stored, state):
        response["X-Page-Cache"] = state
        last_modified = int(stored["last_modified"])
        return get_conditional_response(request, etag=response["ETag"], last_modified=last_modified, response=response)

    def _read(self, key):
        try:
            return self.cache.get(key)
        except Exception as error:  # a cache server that is down costs a render, never a page
            logger.warning("page cache unreadable: %s", error)
            return None

    def _write(self, key, stored):
        try:
            self.cache.set(key, stored, timeout=settings.PAGE_CACHE_SECONDS)
        except Exception as error:
            logger.warning("page cache unwritable: %s", error)
