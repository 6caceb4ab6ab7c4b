"""Response rules: a public site that only reads, Permissions-Policy, and cache headers that let a CDN carry the
load while the admin and anything personal stay uncached."""

from django.conf import settings
from django.http import HttpResponseNotAllowed
from django.utils.cache import patch_cache_control

CSP = "; ".join(
    [
        "default-src 'self'",
        "img-src 'self' data:",
        "style-src 'self'",
        "script-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


class ContentSecurityPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        return response


# The portal uses no powerful browser feature; saying so stops an injected frame or script from asking for one.
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "picture-in-picture",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class ReadOnlyPublicSiteMiddleware:
    """The public site only reads: any method but GET, HEAD and OPTIONS outside the admin gets a 405."""

    SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.SAFE_METHODS and not is_staff_path(request.path):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.get_response(request)


def is_staff_path(path: str) -> bool:
    """The admin, and the CSP report endpoint browsers post to: the only places a request may write or be personal."""
    return path.startswith(("/admin/", "/csp-report"))


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
            and not is_staff_path(request.path)
        ):
            patch_cache_control(response, public=True, max_age=settings.PUBLIC_CACHE_SECONDS)
        return response
