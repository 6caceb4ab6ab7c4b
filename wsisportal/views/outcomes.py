"""The outcome-document pages: the four documents, one document, one paragraph with what cites it."""

from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _

from ..opendata import jsonld
from ..selectors.outcomes import document_contents, outcome_documents, paragraph_page, paragraph_written


def document_list(request):
    return render(
        request,
        "outcomes/document_list.html",
        {"documents": outcome_documents(), "breadcrumbs": [(_("Outcome documents"), reverse("outcomes:list"))]},
    )


def document_detail(request, slug):
    # The go-to-paragraph form sends ?paragraph=96 here: a plain GET form, so it works without JavaScript.
    if "paragraph" in request.GET:
        return redirect(paragraph_written(slug, request.GET["paragraph"]).get_absolute_url())
    contents = document_contents(slug)
    document = contents.document
    breadcrumbs = [
        (_("Outcome documents"), reverse("outcomes:list")),
        (document.title, document.get_absolute_url()),
    ]
    return render(request, "outcomes/document_detail.html", {"contents": contents, "breadcrumbs": breadcrumbs})


def paragraph_detail(request, slug, number):
    page = paragraph_page(slug, number)
    breadcrumbs = [
        (_("Outcome documents"), reverse("outcomes:list")),
        (page.document.title, page.document.get_absolute_url()),
        (page.paragraph.label, page.paragraph.get_absolute_url()),
    ]
    context = {"page": page, "breadcrumbs": breadcrumbs, "structured_data": jsonld.script(jsonld.paragraph(page))}
    return render(request, "outcomes/paragraph_detail.html", context)
