"""Staff editing of resolutions, their revisions and structured text, and a view of the citations found in them.

Citations are not typed in: link_citations and the save of a clause or plan row write them, so their admin
only shows them, with a page of every reference that could not be resolved.
"""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from actionlines.admin import ActivityAdmin
from actionlines.models import Activity
from wsisportal.admin import TranslatedAdmin, TranslatedStackedInline, TranslatedTabularInline, translated_search

from .models import Citation, Clause, Resolution, Revision, Section

UNRESOLVED = Q(paragraph__isnull=True, resolution__isnull=True)


def _admin_link(obj, text=None):
    if obj is None:
        return "—"
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, text or str(obj))


class RevisionInline(TranslatedTabularInline):
    model = Revision
    fields = ("year", "place", "date", "qualifier", "title")
    extra = 0
    show_change_link = True


@admin.register(Resolution)
class ResolutionAdmin(TranslatedAdmin):
    list_display = ("slug", "kind", "number", "body", "title")
    list_filter = ("body", "kind")
    search_fields = ("slug", "number", *translated_search("title", "summary"))
    prepopulated_fields = {"slug": ("body", "number")}
    inlines = [RevisionInline]


class SectionInline(TranslatedTabularInline):
    model = Section
    fields = ("order", "part", "keyword", "clause_count")
    readonly_fields = ("clause_count",)
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(clauses_n=Count("clauses"))

    @admin.display(description=_("clauses"))
    def clause_count(self, obj):
        return getattr(obj, "clauses_n", 0)


@admin.register(Revision)
class RevisionAdmin(TranslatedAdmin):
    list_display = ("__str__", "resolution", "year", "place", "qualifier", "date")
    list_filter = ("resolution__body", "year", "qualifier")
    list_select_related = ("resolution",)
    search_fields = (
        "resolution__slug",
        "resolution__number",
        *translated_search("place", "title"),
        *[f"resolution__{f}" for f in translated_search("title")],
    )
    autocomplete_fields = ("resolution",)
    inlines = [SectionInline]


class ClauseInline(TranslatedStackedInline):
    """The clauses of a section, edited together on the section's page."""

    model = Clause
    fields = (("order", "label"), "text", "citation_summary")
    readonly_fields = ("citation_summary",)
    extra = 0
    show_change_link = True

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .annotate(
                citations_n=Count("citations"),
                unresolved_n=Count(
                    "citations", filter=Q(citations__paragraph__isnull=True, citations__resolution__isnull=True)
                ),
            )
        )

    @admin.display(description=_("citations found"))
    def citation_summary(self, obj):
        if obj.pk is None:
            return "—"
        return _("%(total)s, of which %(unresolved)s unresolved") % {
            "total": getattr(obj, "citations_n", 0),
            "unresolved": getattr(obj, "unresolved_n", 0),
        }


@admin.register(Section)
class SectionAdmin(TranslatedAdmin):
    list_display = ("keyword", "revision", "part", "order")
    list_filter = ("revision__resolution__body", "part", "revision__year")
    list_select_related = ("revision__resolution",)
    search_fields = (*translated_search("keyword"), "revision__resolution__number", "revision__resolution__slug")
    autocomplete_fields = ("revision",)
    # The anchor is computed from the English keyword once; changing it would break links to the section.
    readonly_fields = ("revision_link", "eid")
    fields = ("revision", "revision_link", "order", "part", "keyword", "eid")
    inlines = [ClauseInline]

    @admin.display(description=_("all sections of this revision"))
    def revision_link(self, obj):
        return _admin_link(obj.revision) if obj.pk else "—"


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


def _cited(obj):
    if obj.paragraph_id:
        return _admin_link(obj.paragraph)
    if obj.revision_id:
        return _admin_link(obj.revision)
    if obj.resolution_id:
        return _admin_link(obj.resolution)
    return _("unresolved")


@admin.register(Clause)
class ClauseAdmin(TranslatedAdmin):
    list_display = ("__str__", "revision", "order", "citation_count")
    list_filter = ("section__revision__resolution__body", "section__revision__year", "section__keyword_en")
    list_select_related = ("section__revision__resolution",)
    search_fields = (
        "label",
        "eid",
        *translated_search("text"),
        *[f"section__{f}" for f in translated_search("keyword")],
    )
    autocomplete_fields = ("section",)
    fields = ("section", "section_link", "order", "label", "text", "eid")
    readonly_fields = ("section_link", "eid")
    inlines = [ClauseCitationInline]

    def get_queryset(self, request):
        return super().get_queryset(request).annotate(citations_n=Count("citations"))

    @admin.display(description=_("revision"), ordering="section__revision")
    def revision(self, obj):
        return obj.section.revision

    @admin.display(description=_("citations"), ordering="citations_n")
    def citation_count(self, obj):
        return getattr(obj, "citations_n", 0)

    @admin.display(description=_("back to the section"))
    def section_link(self, obj):
        if obj.pk is None:
            return "—"
        return format_html(
            "{} · {}",
            _admin_link(obj.section, _("“%(keyword)s” and its clauses") % {"keyword": obj.section.keyword}),
            _admin_link(obj.section.revision),
        )


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
            return _admin_link(obj.clause, f"{obj.clause.section.revision} — {obj.clause}")
        return _admin_link(obj.activity)

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
