"""What keeps the site running and findable: liveness, robots.txt, and the 500 page that must not fail itself."""

import logging

from django.db import connection
from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from ..origin import absolute_url

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


def server_error(request):
    """The 500 page in the portal's design; plain text if even that cannot be drawn."""
    try:
        body = loader.get_template("500.html").render({"request": request}, request)
    except Exception:  # the page that reports a failure must not fail itself
        logger.exception("the 500 page could not be rendered")
        body = _("The portal could not answer this request.")
        return HttpResponseServerError(body, content_type="text/plain; charset=utf-8")
    return HttpResponseServerError(body)


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
