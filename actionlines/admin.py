"""Staff editing of organizations, action lines with their roles, and ITU's implementation plan."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from wsisportal.l10n.admin import TranslatedAdmin, TranslatedStackedInline, TranslatedTabularInline, translated_search

from .models import ActionLine, Activity, Assignment, Mechanism, Meeting, Organization, Publication, Role, Theme


class RoleInline(TranslatedTabularInline):
    model = Role
    fields = ("organization", "kind", "name", "since", "until", "source", "wording", "note")
    autocomplete_fields = ("organization",)
    extra = 0

    def get_queryset(self, request):
        return super().get_queryset(request).select_related("organization", "source")


class LineRoleInline(RoleInline):
    fk_name = "action_line"
    verbose_name_plural = _("roles on this action line")


class ThemeRoleInline(RoleInline):
    fk_name = "theme"
    verbose_name_plural = _("roles on this theme or topic")


class MechanismRoleInline(RoleInline):
    fk_name = "mechanism"
    verbose_name_plural = _("roles in this mechanism")


class ThemeInline(TranslatedTabularInline):
    model = Theme
    fields = ("slug", "kind", "name", "order")
    extra = 0
    show_change_link = True


@admin.register(Organization)
class OrganizationAdmin(TranslatedAdmin):
    list_display = ("display_name", "name", "kind", "parent", "established")
    list_filter = ("kind", "parent")
    list_select_related = ("parent",)
    search_fields = ("slug", *translated_search("acronym", "name", "description"))
    autocomplete_fields = ("parent",)
    prepopulated_fields = {"slug": ("acronym_en",)}


@admin.register(ActionLine)
class ActionLineAdmin(TranslatedAdmin):
    list_display = ("code", "title", "short_title")
    search_fields = ("slug", *translated_search("title", "short_title", "summary"))
    inlines = [ThemeInline, LineRoleInline]


@admin.register(Theme)
class ThemeAdmin(TranslatedAdmin):
    list_display = ("name", "action_line", "kind", "order")
    list_filter = ("action_line", "kind")
    list_select_related = ("action_line",)
    search_fields = ("slug", *translated_search("name"))
    inlines = [ThemeRoleInline]


@admin.register(Mechanism)
class MechanismAdmin(TranslatedAdmin):
    list_display = ("name", "order")
    search_fields = ("slug", *translated_search("name", "summary"))
    filter_horizontal = ("sources",)
    inlines = [MechanismRoleInline]


@admin.register(Role)
class RoleAdmin(TranslatedAdmin):
    list_display = ("organization", "kind", "subject", "since", "until", "source")
    list_filter = ("kind", "action_line", "theme__action_line", "mechanism", "source", "organization__kind")
    list_select_related = ("organization", "action_line", "theme__action_line", "mechanism", "source")
    search_fields = (
        "wording",
        *translated_search("name", "note"),
        *[f"organization__{f}" for f in translated_search("acronym", "name")],
    )
    autocomplete_fields = ("organization",)


class AssignmentInline(TranslatedTabularInline):
    model = Assignment
    fields = ("organization", "kind", "part", "theme", "note", "order")
    autocomplete_fields = ("organization",)
    extra = 0


class MeetingInline(TranslatedStackedInline):
    model = Meeting
    fields = (("title",), ("start", "end", "month_only", "year_inferred"), ("place", "status", "order"))
    extra = 0


@admin.register(Activity)
class ActivityAdmin(TranslatedAdmin):
    list_display = ("order", "title", "section", "paragraph_refs")
    list_display_links = ("title",)
    list_filter = ("section", "action_lines")
    search_fields = ("slug", "paragraph_refs", *translated_search("title", "comments"))
    filter_horizontal = ("action_lines", "themes")
    inlines = [AssignmentInline, MeetingInline]


@admin.register(Publication)
class PublicationAdmin(TranslatedAdmin):
    list_display = ("title", "kind", "year")
    list_filter = ("kind", "year", "action_lines")
    search_fields = ("slug", *translated_search("title", "period", "note"))
    filter_horizontal = ("action_lines", "sources")
