"""Staff editing of sources, Summit phases, outcome documents and their paragraphs."""

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from wsisportal.l10n.admin import TranslatedAdmin, translated_search

from .models import OutcomeDocument, Paragraph, Source, SummitPhase


@admin.register(Source)
class SourceAdmin(TranslatedAdmin):
    list_display = ("key", "title", "publisher", "year", "updated")
    list_filter = ("year",)
    search_fields = ("key", "publisher", *translated_search("title", "description"))


@admin.register(SummitPhase)
class SummitPhaseAdmin(TranslatedAdmin):
    list_display = ("number", "place", "start", "end", "source")


@admin.register(OutcomeDocument)
class OutcomeDocumentAdmin(TranslatedAdmin):
    list_display = ("title", "abbreviation", "year", "phase", "order")
    search_fields = ("slug", "abbreviation", "aliases", *translated_search("title", "summary"))
    prepopulated_fields = {"slug": ("abbreviation",)}


@admin.register(Paragraph)
class ParagraphAdmin(TranslatedAdmin):
    list_display = ("__str__", "document", "eid", "has_text", "has_note")
    list_filter = ("document",)
    list_select_related = ("document", "parent__parent__parent")
    search_fields = ("eid", "number", *translated_search("text", "itu_note"))
    autocomplete_fields = ("parent",)
    filter_horizontal = ("sources",)
    readonly_fields = ("eid",)

    @admin.display(boolean=True, description=_("official text loaded"))
    def has_text(self, obj):
        return bool(obj.text_en)

    @admin.display(boolean=True, description=_("note on ITU's role"))
    def has_note(self, obj):
        return bool(obj.itu_note_en)
