"""Admin building blocks for translated models: language tabs from self-hosted scripts, six-language search."""

from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .languages import columns


def translated_search(*fields):
    """Search fields for every language column of the given translated fields, e.g. title_ar … title_es."""
    return columns(*fields)


class TranslatedAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    """A model admin whose translated fields appear as one tab per language, with each record's change history."""

    class Media:
        css = {"all": ("vendor/jquery-ui/jquery-ui.min.css",)}


# Inlines need no media of their own: the tabs come with the page's TranslatedAdmin.
TranslatedTabularInline = TranslationTabularInline
TranslatedStackedInline = TranslationStackedInline
