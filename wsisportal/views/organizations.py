"""The focal-points pages: every organization with a role, and one organization."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from actionlines.models import Organization

from ..selectors.organizations import focal_points, organization


def focal_point_list(request):
    return render(
        request,
        "actionlines/focal_points.html",
        {"organizations": focal_points(), "breadcrumbs": [(_("Focal points"), reverse("actionlines:focal_points"))]},
    )


def detail(request, slug):
    try:
        page = organization(slug)
    except Organization.DoesNotExist:
        raise Http404(_("There is no organization at this address.")) from None
    org = page.organization
    breadcrumbs = [(_("Focal points"), reverse("actionlines:focal_points"))]
    if org.parent:
        breadcrumbs.append((org.parent.display_name, org.parent.get_absolute_url()))
    breadcrumbs.append((org.display_name, org.get_absolute_url()))
    return render(request, "actionlines/organization.html", {"page": page, "breadcrumbs": breadcrumbs})
