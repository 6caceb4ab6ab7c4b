"""The search page: action lines, themes, paragraphs, resolutions and organizations in the reader's language."""

from django.shortcuts import render
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from ..search import search as find

# Longer queries are cut: no reader types more, and the database should not be asked to match more.
MAX_QUERY = 200


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY]
    results = find(query, translation.get_language()) if query else None
    return render(
        request,
        "search.html",
        {"search_query": query, "results": results, "breadcrumbs": [(_("Search"), reverse("search"))]},
    )
