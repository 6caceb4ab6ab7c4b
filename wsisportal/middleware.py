"""Site-wide response rules: a strict Content-Security-Policy, and a public site that only reads."""

from django.http import HttpResponseNotAllowed

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


class ReadOnlyPublicSiteMiddleware:
    """The public site only reads: any method but GET, HEAD and OPTIONS outside the admin gets a 405."""

    SAFE_METHODS = ("GET", "HEAD", "OPTIONS")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.method not in self.SAFE_METHODS and not request.path.startswith("/admin/"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        return self.get_response(request)
