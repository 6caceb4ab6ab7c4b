"""What keeps the site running and findable: robots.txt, the CSP report endpoint, and the 500 page that must not fail
itself. (The health check is answered by wsisportal.middleware.faults, before the Host header is checked.)"""

import json
import logging

from django.http import HttpResponse, HttpResponseServerError
from django.template import loader
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from ..origin import absolute_url

logger = logging.getLogger(__name__)


# A violation report is a few hundred bytes; more is not a report.
MAX_REPORT = 8192


@csrf_exempt
@require_POST
def csp_report(request):
    """Browsers post Content-Security-Policy violations here (report-uri): logged as warnings, answered 204."""
    body = request.body[:MAX_REPORT]
    try:
        report = json.loads(body).get("csp-report", {})
    except (ValueError, AttributeError):
        return HttpResponse(status=400)
    if isinstance(report, dict):
        logger.warning(
            "CSP violation on %s: %s blocked %s",
            str(report.get("document-uri", ""))[:200],
            str(report.get("violated-directive") or report.get("effective-directive", ""))[:100],
            str(report.get("blocked-uri", ""))[:200],
        )
    return HttpResponse(status=204)


def server_error(request):
    """The 500 page in the portal's design; plain text if even that cannot be drawn."""
    try:
        body = loader.get_template("500.html").render({"request": request}, request)
    except Exception:  # the page that reports a failure must not fail itself
        logger.exception("the 500 page could not be rendered")
        body = _("The portal could not answer this request.")
        return HttpResponseServerError(body, content_type="text/plain; charset=utf-8")
    return HttpResponseServerError(body)


def sitemap_index(request, sitemaps):
    """/sitemap.xml: the index of the section sitemaps, at the canonical origin (Django's own index would take the
    request's Host)."""
    locations = []
    for section, sitemap_class in sitemaps.items():
        url = absolute_url(reverse("sitemap_section", kwargs={"section": section}))
        pages = sitemap_class().paginator.num_pages
        locations += [{"location": url if page == 1 else f"{url}?p={page}"} for page in range(1, pages + 1)]
    return TemplateResponse(
        request, "sitemap_index.xml", {"sitemaps": locations}, content_type="application/xml; charset=utf-8"
    )


def robots_txt(request):
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {absolute_url(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
