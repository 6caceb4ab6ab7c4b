"""The staff login's lockout (django-axes): the client's address behind the reverse proxy, and the lockout page."""

from axes.backends import AxesStandaloneBackend
from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


def client_ip(request) -> str | None:
    """The client's address for the login lockout: from settings.CLIENT_IP_HEADER when the portal runs behind the
    reverse proxy that sets it (the right-most entry: the one our own proxy added, not one a client sent), else the
    address of the connection."""
    header = settings.CLIENT_IP_HEADER
    if header:
        value = request.META.get("HTTP_" + header.upper().replace("-", "_"), "")
        entries = [entry.strip() for entry in value.split(",") if entry.strip()]
        if entries:
            return entries[-1]
    return request.META.get("REMOTE_ADDR")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out login: a page in the staff member's language saying what happened,
    until when, and that an administrator can unlock at once (HTTP 429)."""
    until = timezone.now() + settings.AXES_COOLOFF_TIME
    context = {"failure_limit": settings.AXES_FAILURE_LIMIT, "until": until, "title": _("Login locked")}
    return render(request, "admin/locked_out.html", context, status=429)


class LockoutBackend(AxesStandaloneBackend):
    """django-axes' backend for logins through a page. A call to authenticate() without a request (the test client's
    login(), a script) is no attempt through the login page: axes cannot count it by address, so it is left to the
    next backend instead of being refused with an error."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if request is None:
            return None
        return super().authenticate(request, username, password, **kwargs)
