"""The resolution pages: all resolutions by body, one resolution (its latest revision), one revision."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..opendata import jsonld
from ..selectors.resolutions import resolutions_by_body, revision_page


def resolution_list(request):
    return render(
        request,
        "resolutions/resolution_list.html",
        {"groups": resolutions_by_body(), "breadcrumbs": [(_("Resolutions"), reverse("resolutions:list"))]},
    )


def _render_revision(request, page, *, one_revision):
    resolution, revision = page.resolution, page.revision
    breadcrumbs = [
        (_("Resolutions"), reverse("resolutions:list")),
        (resolution.name, resolution.get_absolute_url()),
    ]
    if one_revision:
        breadcrumbs.append((revision.name, revision.get_absolute_url()))
    path = revision.get_absolute_url() if one_revision else resolution.get_absolute_url()
    return render(
        request,
        "resolutions/revision_detail.html",
        {"page": page, "breadcrumbs": breadcrumbs, "structured_data": jsonld.script(jsonld.revision(page, path))},
    )


def resolution_detail(request, slug):
    return _render_revision(request, revision_page(slug), one_revision=False)


def revision_detail(request, slug, year):
    return _render_revision(request, revision_page(slug, year), one_revision=True)
