"""What the linker found: citations shown (never typed in) on each clause and plan row, in a list of their own,
and on a page of every reference that could not be resolved.

Citations are written by link_citations and by the save of a clause or plan row, so their admin only shows them.
A plan row's citations are rows of this app: the plan-row admin that actionlines registers is extended here with
them, since actionlines may not import resolutions.
"""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.translation import gettext_lazy as _

from actionlines.admin import ActivityAdmin
from actionlines.models import Activity

from ..models import Citation
from .links import admin_link

UNRESOLVED = Q(paragraph__isnull=True, resolution__isnull=True)


class CitationInline(admin.TabularInline):
    """What the linker found in a clause: shown, not edited (saving the clause finds them again)."""

    model = Citation
    fields = ("cited_text", "start", "end", "target", "cited", "problem")
    readonly_fields = fields
    extra = 0
    can_delete = False
    verbose_name_plural = _("citations found in the English text")

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("paragraph__document", "resolution", "revision")

    @admin.display(description=_("linked to"))
    def cited(self, obj):
        return _cited(obj)


class ClauseCitationInline(CitationInline):
    fk_name = "clause"


class ActivityCitationInline(CitationInline):
    fk_name = "activity"
    verbose_name_plural = _("citations found in the paragraphs named")


# A plan row's citations live in this app; actionlines must not import it, so its admin is extended here.
admin.site.unregister(Activity)


@admin.register(Activity)
class ActivityWithCitationsAdmin(ActivityAdmin):
    inlines = [*ActivityAdmin.inlines, ActivityCitationInline]

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        report_links(self, request, form.instance)


def _cited(obj):
    if obj.paragraph_id:
        return admin_link(obj.paragraph)
    if obj.revision_id:
        return admin_link(obj.revision)
    if obj.resolution_id:
        return admin_link(obj.resolution)
    return _("unresolved")


class ResolvedFilter(admin.SimpleListFilter):
    title = _("resolved")
    parameter_name = "resolved"

    def lookups(self, request, model_admin):
        return [("yes", _("resolved")), ("no", _("unresolved")), ("partly", _("linked to a broader target"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.exclude(UNRESOLVED)
        if self.value() == "no":
            return queryset.filter(UNRESOLVED)
        if self.value() == "partly":
            return queryset.exclude(UNRESOLVED).exclude(problem="")
        return queryset


class TargetKindFilter(admin.SimpleListFilter):
    title = _("kind of target")
    parameter_name = "kind"

    def lookups(self, request, model_admin):
        return [("paragraph", _("outcome paragraph")), ("resolution", _("resolution or decision"))]

    def queryset(self, request, queryset):
        # A paragraph target is written "TAIS § 96" or "TAIS Annex", whether or not it was resolved.
        paragraph = Q(paragraph__isnull=False) | Q(target__contains="§") | Q(target__icontains="annex")
        if self.value() == "paragraph":
            return queryset.filter(paragraph)
        if self.value() == "resolution":
            return queryset.exclude(paragraph)
        return queryset


class CitingFilter(admin.SimpleListFilter):
    title = _("cited in")
    parameter_name = "citing"

    def lookups(self, request, model_admin):
        return [("clause", _("resolution clauses")), ("activity", _("implementation-plan rows"))]

    def queryset(self, request, queryset):
        if self.value() == "clause":
            return queryset.filter(clause__isnull=False)
        if self.value() == "activity":
            return queryset.filter(activity__isnull=False)
        return queryset


@admin.register(Citation)
class CitationAdmin(admin.ModelAdmin):
    list_display = ("cited_text", "target", "citing_link", "cited", "is_resolved", "problem")
    list_filter = (ResolvedFilter, TargetKindFilter, CitingFilter, "paragraph__document", "resolution__body")
    list_select_related = (
        "clause__section__revision__resolution",
        "activity",
        "paragraph__document",
        "resolution",
        "revision__resolution",
    )
    search_fields = ("cited_text", "target", "problem")
    fields = ("citing_link", "cited_text", "start", "end", "target", "cited", "problem")
    readonly_fields = fields

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False

    @admin.display(description=_("cited in"))
    def citing_link(self, obj):
        if obj.clause_id:
            return admin_link(obj.clause, f"{obj.clause.section.revision} — {obj.clause}")
        return admin_link(obj.activity)

    @admin.display(description=_("linked to"))
    def cited(self, obj):
        return _cited(obj)

    @admin.display(boolean=True, description=_("resolved"))
    def is_resolved(self, obj):
        return obj.is_resolved

    def get_urls(self):
        unresolved = self.admin_site.admin_view(self.unresolved_view)
        return [path("unresolved/", unresolved, name="resolutions_citation_unresolved"), *super().get_urls()]

    def changelist_view(self, request, extra_context=None):
        extra_context = {**(extra_context or {}), "unresolved_count": Citation.objects.filter(UNRESOLVED).count()}
        return super().changelist_view(request, extra_context)

    def _row(self, citation):
        return {"citation": citation, "citing": self.citing_link(citation), "cited": _cited(citation)}

    def unresolved_view(self, request):
        """Every reference that names nothing in the database, and every one linked only to a broader target."""
        if not self.has_view_permission(request):
            raise PermissionDenied
        rows = Citation.objects.select_related(*self.list_select_related)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.model._meta,
            "title": _("Unresolved references"),
            "unresolved": [self._row(c) for c in rows.filter(UNRESOLVED)],
            "partly": [self._row(c) for c in rows.exclude(UNRESOLVED).exclude(problem="")],
        }
        return TemplateResponse(request, "admin/resolutions/citation/unresolved.html", context)


def report_links(model_admin, request, citing):
    """Tell the staff member who saved a clause or plan row which references in it were linked, and which not."""
    citations = list(citing.citations.order_by("start"))
    linked = [c for c in citations if c.is_resolved]
    unresolved = [c for c in citations if not c.is_resolved]
    if not citations:
        model_admin.message_user(request, _("No reference was found in this text."), messages.INFO)
        return
    if linked:
        model_admin.message_user(
            request,
            _("References linked: %(references)s.")
            % {"references": "; ".join(f"“{c.cited_text}” → {c.target}" for c in linked)},
            messages.SUCCESS,
        )
    if unresolved:
        model_admin.message_user(
            request,
            _("References not resolved: %(references)s.")
            % {
                "references": "; ".join(
                    f"“{c.cited_text}” ({c.problem})" if c.problem else f"“{c.cited_text}”" for c in unresolved
                )
            },
            messages.WARNING,
        )
