"""Views of the action-line pages: each fetches through a selector and renders."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import selectors
from .models import ActionLine, Organization


def overview(request):
    lines = [selectors.summarize_line(line) for line in selectors.action_lines()]
    return render(
        request,
        "actionlines/overview.html",
        {"lines": lines, "breadcrumbs": [(_("Action lines"), reverse("actionlines:overview"))]},
    )


def detail(request, slug):
    try:
        line = selectors.action_line(slug)
    except ActionLine.DoesNotExist:
        raise Http404(_("There is no action line at this address.")) from None
    context = {
        "line": line,
        "summary": selectors.summarize_line(line),
        "roles": list(line.roles.all()),
        "itu_history": selectors.role_history(line.roles.all()),
        "activities": selectors.line_activities(line),
        "publications": list(line.publications.all()),
        "paragraphs": selectors.cited_paragraphs(line),
        "clauses": selectors.clauses_naming_line(line),
        "breadcrumbs": [
            (_("Action lines"), reverse("actionlines:overview")),
            (line.code, line.get_absolute_url()),
        ],
    }
    return render(request, "actionlines/detail.html", context)


def plan(request):
    return render(
        request,
        "actionlines/plan.html",
        {
            "sections": selectors.plan_sections(),
            "breadcrumbs": [
                (_("Action lines"), reverse("actionlines:overview")),
                (_("2006 implementation plan"), reverse("actionlines:plan")),
            ],
        },
    )


def focal_points(request):
    organizations = list(selectors.organizations_with_roles())
    return render(
        request,
        "actionlines/focal_points.html",
        {
            "organizations": [(o, selectors.roles_by_subject(o.roles.all())) for o in organizations],
            "breadcrumbs": [(_("Focal points"), reverse("actionlines:focal_points"))],
        },
    )


def organization(request, slug):
    try:
        org = selectors.organization(slug)
    except Organization.DoesNotExist:
        raise Http404(_("There is no organization at this address.")) from None
    breadcrumbs = [(_("Focal points"), reverse("actionlines:focal_points"))]
    if org.parent:
        breadcrumbs.append((org.parent.display_name, org.parent.get_absolute_url()))
    breadcrumbs.append((org.display_name, org.get_absolute_url()))
    return render(
        request,
        "actionlines/organization.html",
        {"organization": org, "subjects": selectors.roles_by_subject(org.roles.all()), "breadcrumbs": breadcrumbs},
    )
