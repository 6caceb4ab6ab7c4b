"""The sitemaps: an index (/sitemap.xml) of one sitemap per section (/sitemap-<section>.xml), every public page in
all six languages, each with its alternates and an x-default, at the canonical origin whatever Host was asked."""

from urllib.parse import urlsplit

from django.contrib.sitemaps import Sitemap
from django.db.models import Max
from django.urls import NoReverseMatch, reverse

from actionlines.models import ActionLine, Organization
from outcomes.models import OutcomeDocument, Paragraph
from resolutions.models import Clause, Resolution, Revision, Section

from .origin import absolute_url


class PortalSitemap(Sitemap):
    i18n = True
    alternates = True
    x_default = True
    # Addresses per sitemap page (each with its seven alternates): a page stays small and quick to draw however
    # much content there is; the index lists every page.
    limit = 1200

    # Django builds each <loc> from a protocol and a domain: both are the canonical origin's, never the request's.
    def get_protocol(self, protocol=None):
        return urlsplit(absolute_url("/")).scheme

    def get_domain(self, site=None):
        return urlsplit(absolute_url("/")).netloc


def last_changes(model, key: str = "id") -> dict:
    """When each record last changed, from its django-simple-history rows, by the key given: one query."""
    return dict(model.history.values_list(key).annotate(last=Max("history_date")).order_by())


class ChangedSitemap(PortalSitemap):
    """lastmod: when the page's record last changed (its history), read once per sitemap."""

    def changes(self) -> dict:
        return last_changes(self.model)

    def lastmod(self, item):
        if not hasattr(self, "_changes"):
            self._changes = self.changes()
        return self._changes.get(item.pk)


class SectionSitemap(PortalSitemap):
    """The pages that are not one record: home, overviews, the 2006 plan."""

    names = (
        "home",
        "actionlines:overview",
        "actionlines:plan",
        "actionlines:focal_points",
        "outcomes:list",
        "resolutions:list",
    )

    def items(self):
        routable = []
        for name in self.names:
            try:
                reverse(name)
            except NoReverseMatch:
                continue
            routable.append(name)
        return routable

    def location(self, item):
        return reverse(item)


class ActionLineSitemap(ChangedSitemap):
    model = ActionLine

    def items(self):
        return ActionLine.objects.order_by("number")


class OrganizationSitemap(ChangedSitemap):
    model = Organization

    def items(self):
        return Organization.objects.order_by("slug")


class OutcomeDocumentSitemap(ChangedSitemap):
    model = OutcomeDocument

    def items(self):
        return OutcomeDocument.objects.order_by("order")


class ParagraphSitemap(ChangedSitemap):
    model = Paragraph

    """Numbered paragraphs have pages; sub-paragraphs are anchors on them."""

    def items(self):
        return Paragraph.objects.filter(parent__isnull=True).select_related("document").order_by("document", "order")


class ResolutionSitemap(ChangedSitemap):
    model = Resolution

    def items(self):
        return Resolution.objects.order_by("body", "number")


class RevisionSitemap(ChangedSitemap):
    model = Revision

    def changes(self) -> dict:
        """A revision's page changes with its text: its own record, its sections' and its clauses'."""
        latest = last_changes(Revision)
        for parts in (last_changes(Section, "revision_id"), last_changes(Clause, "section__revision_id")):
            for revision, when in parts.items():
                if revision is not None and (revision not in latest or when > latest[revision]):
                    latest[revision] = when
        return latest

    def items(self):
        return Revision.objects.select_related("resolution").order_by("resolution", "year")


SITEMAPS = {
    "sections": SectionSitemap,
    "action-lines": ActionLineSitemap,
    "organizations": OrganizationSitemap,
    "outcome-documents": OutcomeDocumentSitemap,
    "paragraphs": ParagraphSitemap,
    "resolutions": ResolutionSitemap,
    "revisions": RevisionSitemap,
}
