"""Portal-wide views: the home page, search, liveness, the root redirect and the error pages."""

import logging

from django.db import connection
from django.http import HttpResponse, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.urls import reverse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from actionlines import selectors

from . import search as portal_search

logger = logging.getLogger(__name__)


def root_redirect(request):
    """ "/" sends the reader to the home page in their language (Accept-Language), English otherwise."""
    language = translation.get_language_from_request(request)
    with translation.override(language):
        response = HttpResponseRedirect(reverse("home"))
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def home(request):
    lines = [selectors.summarize_line(line) for line in selectors.action_lines()]
    context = {
        "phases": list(selectors.summit_phases()),
        "lead_facilitation": selectors.group_roles(selectors.lead_facilitation_roles()),
        "role_groups": selectors.lines_by_itu_role(lines),
        "other_itu_roles": selectors.roles_by_subject(selectors.itu_mechanism_roles()),
        "publications": list(selectors.publications()),
        "counts": selectors.content_counts(),
    }
    return render(request, "home.html", context)


def search(request):
    query = request.GET.get("q", "").strip()[:200]
    results = portal_search.search(query, translation.get_language()) if query else None
    return render(
        request,
        "search.html",
        {
            "search_query": query,
            "results": results,
            "breadcrumbs": [(_("Search"), reverse("search"))],
        },
    )


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
    lines = ["User-agent: *", "Disallow: /admin/", f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
