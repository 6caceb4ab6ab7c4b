"""Admin building blocks shared by the three apps: language tabs from self-hosted scripts."""

from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline


class TranslatedAdmin(TabbedTranslationAdmin):
    """A model admin whose translated fields appear as one tab per language."""

    class Media:
        css = {"all": ("vendor/jquery-ui/jquery-ui.min.css",)}


class TranslatedTabularInline(TranslationTabularInline):
    pass


class TranslatedStackedInline(TranslationStackedInline):
    pass
