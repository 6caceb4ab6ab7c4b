"""Outcome-document pages: each view fetches through a selector and renders."""

from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _

from . import selectors


def document_list(request):
    return render(
        request,
        "outcomes/document_list.html",
        {
            "documents": selectors.outcome_documents(),
            "breadcrumbs": [(_("Outcome documents"), reverse("outcomes:list"))],
        },
    )


def document_detail(request, slug):
    contents = selectors.document_contents(slug)
    document = contents.document
    return render(
        request,
        "outcomes/document_detail.html",
        {
            "document": document,
            "contents": contents,
            "breadcrumbs": [
                (_("Outcome documents"), reverse("outcomes:list")),
                (document.title, document.get_absolute_url()),
            ],
        },
    )


def paragraph_detail(request, slug, number):
    page = selectors.paragraph_page(slug, number)
    document, paragraph = page.document, page.paragraph
    return render(
        request,
        "outcomes/paragraph_detail.html",
        {
            "page": page,
            "document": document,
            "paragraph": paragraph,
            "breadcrumbs": [
                (_("Outcome documents"), reverse("outcomes:list")),
                (document.title, document.get_absolute_url()),
                (paragraph.label, paragraph.get_absolute_url()),
            ],
        },
    )
