"""Cache-Control for the public pages, so a CDN can carry the load; the admin and anything personal stay uncached."""

from django.conf import settings
from django.utils.cache import patch_cache_control


class PublicCacheMiddleware:
    """Mark successful anonymous GET/HEAD responses of the public site as cacheable for PUBLIC_CACHE_SECONDS."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            request.method in ("GET", "HEAD")
            and response.status_code == 200
            and not response.has_header("Cache-Control")
            and not response.cookies
            and not request.path.startswith("/admin/")
        ):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        return response
