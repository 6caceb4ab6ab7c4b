"""The action-line pages: the overview, one line, and ITU's 2006 implementation plan."""

from django.http import Http404
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from actionlines.models import ActionLine

from ..selectors.actionlines import line_page, line_summaries, plan_page


def overview(request):
    return render(
        request,
        "actionlines/overview.html",
        {"lines": line_summaries(), "breadcrumbs": [(_("Action lines"), reverse("actionlines:overview"))]},
    )


def detail(request, slug):
    try:
        page = line_page(slug)
    except ActionLine.DoesNotExist:
        raise Http404(_("There is no action line at this address.")) from None
    breadcrumbs = [
        (_("Action lines"), reverse("actionlines:overview")),
        (page.line.code, page.line.get_absolute_url()),
    ]
    return render(request, "actionlines/detail.html", {"page": page, "breadcrumbs": breadcrumbs})


def plan(request):
    breadcrumbs = [
        (_("Action lines"), reverse("actionlines:overview")),
        (_("2006 implementation plan"), reverse("actionlines:plan")),
    ]
    return render(request, "actionlines/plan.html", {"page": plan_page(), "breadcrumbs": breadcrumbs})
