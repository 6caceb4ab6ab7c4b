"""Atom feeds of new citations: of one paragraph (with its sub-paragraphs) and of one resolution (any revision).

Links are written from the canonical origin, never from the request: django.contrib.syndication would otherwise
take the domain from the request's Host.
"""

from django.contrib.syndication.views import Feed
from django.db.models import Max, Q
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import translation
from django.utils.feedgenerator import Atom1Feed
from django.utils.translation import gettext as _

from actionlines.models import Activity
from outcomes.models import Paragraph
from resolutions.models import Citation, Clause, Resolution
from wsisportal.l10n.history import tracked_models
from wsisportal.origin import absolute_url
from wsisportal.texts.eids import paragraph_eid

from .records import activity_url

LIMIT = 50


def _citing(citation):
    """The citing clause or plan row: its name and its absolute URL."""
    if citation.clause_id:
        clause = citation.clause
        revision = clause.section.revision
        name = f"{revision.name} – {clause.section.keyword} {clause.label}".strip()
        return name, absolute_url(f"{revision.get_absolute_url()}#{clause.eid}")
    return citation.activity.title, activity_url(citation.activity)


def _with_dates(citations) -> list:
    """Each citation with .updated: when its citing clause or plan row last changed, from their history (a
    citation is found again on every save of its text, so that is when it last became what it is)."""
    citations = list(citations)
    changed = {}
    for model, attribute in ((Clause, "clause_id"), (Activity, "activity_id")):
        ids = {getattr(c, attribute) for c in citations if getattr(c, attribute)}
        if ids:
            rows = model.history.filter(id__in=ids).values("id").annotate(last=Max("history_date"))
            changed.update({(attribute, row["id"]): row["last"] for row in rows})
    for citation in citations:
        key = ("clause_id", citation.clause_id) if citation.clause_id else ("activity_id", citation.activity_id)
        citation.updated = changed.get(key)
    return citations


def _citations(condition):
    return _with_dates(
        Citation.objects.filter(condition)
        .select_related(
            "clause__section__revision__resolution",
            "activity",
            "paragraph__document",
            "paragraph__parent__parent__parent",
            "resolution",
            "revision__resolution",
        )
        .prefetch_related("activity__action_lines")
        .order_by("-pk")[:LIMIT]
    )


class CitationFeed(Feed):
    """Common to both feeds: one entry per citation, newest stored first."""

    feed_type = Atom1Feed

    def __call__(self, request, *args, **kwargs):
        self.language = translation.get_language()
        return super().__call__(request, *args, **kwargs)

    def link(self, obj):
        return absolute_url(obj.get_absolute_url())

    def feed_url(self, obj):
        return absolute_url(self.path(obj))

    def item_title(self, citation):
        name, _url = _citing(citation)
        target = (citation.paragraph or citation.revision or citation.resolution).name
        return _("%(citing)s cites %(target)s") % {"citing": name, "target": target}

    def item_description(self, citation):
        return _("In the words “%(words)s”.") % {"words": citation.cited_text}

    def item_link(self, citation):
        return _citing(citation)[1]

    def item_guid(self, citation):
        return f"{self.feed_url(self._obj)}#citation-{citation.pk}"

    item_guid_is_permalink = False

    def item_updateddate(self, citation):
        return citation.updated

    def get_object(self, request, *args, **kwargs):
        self._obj = self.find(*args, **kwargs)
        return self._obj


class ParagraphCitations(CitationFeed):
    def find(self, slug, number):
        try:
            eid = paragraph_eid([number])
        except ValueError:
            raise Http404(_("There is no paragraph at this address.")) from None
        return get_object_or_404(
            Paragraph.objects.select_related("document"), document__slug=slug, eid=eid, parent__isnull=True
        )

    def path(self, paragraph):
        return reverse("paragraph_citations", args=[paragraph.document.slug, paragraph.number.lower()])

    def title(self, paragraph):
        return _("New citations of %(paragraph)s") % {"paragraph": paragraph.name}

    def items(self, paragraph):
        return _citations(
            Q(paragraph__document=paragraph.document)
            & (Q(paragraph=paragraph) | Q(paragraph__eid__startswith=f"{paragraph.eid}__"))
        )


class ResolutionCitations(CitationFeed):
    def find(self, slug):
        return get_object_or_404(Resolution, slug=slug)

    def path(self, resolution):
        return reverse("resolution_citations", args=[resolution.slug])

    def title(self, resolution):
        return _("New citations of %(resolution)s") % {"resolution": resolution.name}

    def items(self, resolution):
        return _citations(Q(resolution=resolution))


NAME_FIELDS = ("title", "name", "acronym", "keyword", "label", "number", "slug", "key", "eid")
# What a live record's page address needs, read with it.
JOINS = {
    "paragraph": ("document", "parent__parent__parent"),
    "revision": ("resolution",),
    "clause": ("section__revision__resolution",),
    "theme": ("action_line",),
    "section": ("revision__resolution",),
    "role": ("action_line", "theme__action_line", "mechanism", "organization"),
    "assignment": ("activity",),
    "meeting": ("activity",),
}
# Plan rows are on the page of their first action line: read those with them too.
PREFETCH = {
    "activity": ("action_lines",),
    "assignment": ("activity__action_lines",),
    "meeting": ("activity__action_lines",),
}


def _name(record) -> str:
    """A changed record named from its own historical row (no query): its title, name, keyword, … or slug."""
    for field in NAME_FIELDS:
        value = getattr(record, field, None)
        if value:
            return str(value)
    return str(record.instance_type._meta.verbose_name)


def _pages(records) -> None:
    """Each record with .page: the absolute URL of its live record's page, else the home page (a deleted record,
    or one with no page of its own); the live records are read in one query per model."""
    home = absolute_url(reverse("home"))
    by_model = {}
    for record in records:
        by_model.setdefault(record.instance_type, []).append(record)
    for model, group in by_model.items():
        live = {}
        if hasattr(model, "get_absolute_url"):
            queryset = model.objects.select_related(*JOINS.get(model._meta.model_name, ()))
            queryset = queryset.prefetch_related(*PREFETCH.get(model._meta.model_name, ()))
            live = queryset.in_bulk({r.id for r in group})
        for record in group:
            obj = live.get(record.id)
            if obj is None:
                record.page = home
            else:
                record.page = absolute_url(obj.get_absolute_url())


class ContentChanges(Feed):
    """Every change to the content, newest first, from django-simple-history's records: loads, imports and staff
    edits, each with who or which command made it where recorded."""

    feed_type = Atom1Feed
    KINDS = {"+": "added", "~": "changed", "-": "deleted"}

    def __call__(self, request, *args, **kwargs):
        self.language = translation.get_language()
        return super().__call__(request, *args, **kwargs)

    def title(self):
        return _("Changes to the content of the ITU WSIS portal")

    def link(self):
        return absolute_url(reverse("home"))

    def feed_url(self):
        return absolute_url(reverse("changes_feed"))

    def items(self):
        records = []
        for model in tracked_models():
            records.extend(model.history.order_by("-history_date", "-history_id")[:LIMIT])
        records.sort(key=lambda r: (r.history_date, r.history_id), reverse=True)
        records = records[:LIMIT]
        _pages(records)
        return records

    def item_title(self, record):
        values = {"kind": record.instance_type._meta.verbose_name, "name": _name(record)}
        if record.history_type == "+":
            return _("Added: %(kind)s “%(name)s”") % values
        if record.history_type == "-":
            return _("Deleted: %(kind)s “%(name)s”") % values
        return _("Changed: %(kind)s “%(name)s”") % values

    def item_description(self, record):
        return record.history_change_reason or ""

    def item_link(self, record):
        return record.page

    def item_guid(self, record):
        return f"{self.feed_url()}#{record.instance_type._meta.label_lower}-{record.history_id}"

    item_guid_is_permalink = False

    def item_updateddate(self, record):
        return record.history_date
