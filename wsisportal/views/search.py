"""The search page: what the query names first, then the matches by kind with counts, twenty to a page."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..search import KINDS, results_page
from ..search import search as find

# Longer queries are cut: no reader types more, and the database should not be asked to match more.
MAX_QUERY = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    kind = request.GET.get("kind") if request.GET.get("kind") in KINDS else None
    results = find(query, translation.get_language()) if query else None
    page, groups = results_page(results, kind, request.GET.get("page")) if results else (None, [])
    return render(
        request,
        "search.html",
        {
            "search_query": query,
            "results": results,
            "kind": kind,
            "page": page,
            "groups": groups,
            "breadcrumbs": [(_("Search"), reverse("search"))],
        },
    )
