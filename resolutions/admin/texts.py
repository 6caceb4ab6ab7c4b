"""Staff editing of resolutions, their revisions and their structured text: sections, clauses and opening words."""

from django.contrib import admin
from django.db.models import Count, Q
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wsisportal.l10n.admin import TranslatedAdmin, TranslatedStackedInline, TranslatedTabularInline, translated_search

from ..models import Clause, Conference, Resolution, Revision, Section
from .citations import ClauseCitationInline, report_links
from .links import admin_link


class RevisionInline(TranslatedTabularInline):
    model = Revision
    fields = ("year", "place", "date", "qualifier", "conference", "title")
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
    autocomplete_fields = ("resolution", "conference")
    inlines = [SectionInline]


@admin.register(Conference)
class ConferenceAdmin(TranslatedAdmin):
    list_display = ("__str__", "body", "year", "place", "start", "end")
    list_filter = ("body",)
    search_fields = ("slug", *translated_search("place", "country", "summary"))
    filter_horizontal = ("sources",)


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
        return admin_link(obj.revision) if obj.pk else "—"


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

    def save_related(self, request, form, formsets, change):
        # Saving the clause has linked its references again (resolutions.signals): say what came of it.
        super().save_related(request, form, formsets, change)
        report_links(self, request, form.instance)

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
            admin_link(obj.section, _("“%(keyword)s” and its clauses") % {"keyword": obj.section.keyword}),
            admin_link(obj.section.revision),
        )
