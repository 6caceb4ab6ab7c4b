"""Admin building blocks shared by the three apps: language tabs from self-hosted scripts, six-language search."""

from django.conf import settings
from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from modeltranslation.utils import build_localized_fieldname


def translated_search(*fields):
    """Search fields for every language column of the given translated fields, e.g. title_ar … title_es."""
    return tuple(build_localized_fieldname(field, code) for field in fields for code, _name in settings.LANGUAGES)


class TranslatedAdmin(TabbedTranslationAdmin):
    """A model admin whose translated fields appear as one tab per language."""

    class Media:
        css = {"all": ("vendor/jquery-ui/jquery-ui.min.css",)}


# Inlines need no media of their own: the tabs come with the page's TranslatedAdmin.
TranslatedTabularInline = TranslationTabularInline
TranslatedStackedInline = TranslationStackedInline
