"""Admin building blocks for translated models: language tabs from self-hosted scripts, six-language search."""

from itertools import pairwise

from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .history import delta
from .languages import codes as columns_languages
from .languages import columns
from .roles import LanguageColumnsForm, language_columns, locked_fields, translator_languages


def translated_search(*fields):
    """Search fields for every language column of the given translated fields, e.g. title_ar … title_es."""
    return columns(*fields)


class LanguageRoles:
    """Translators change only their language's columns: every other field is read-only for them, and a form
    that sends another language's column is refused (wsisportal.l10n.roles)."""

    def _languages(self, request):
        return translator_languages(request.user)

    def get_readonly_fields(self, request, obj=None):
        readonly = list(super().get_readonly_fields(request, obj))
        languages = self._languages(request)
        if languages is not None:
            readonly += [name for name in locked_fields(self.model, languages) if name not in readonly]
        return readonly

    def get_prepopulated_fields(self, request, obj=None):
        return {} if self._languages(request) is not None else super().get_prepopulated_fields(request, obj)

    def _locked_form(self, form, request):
        languages = self._languages(request)
        if languages is None:
            return form
        others = language_columns(self.model, set(columns_languages()) - languages)
        attrs = {"locked_columns": tuple(sorted(others)), "own_languages": tuple(sorted(languages))}
        return type(form.__name__, (LanguageColumnsForm, form), attrs)

    def get_form(self, request, obj=None, **kwargs):
        return self._locked_form(super().get_form(request, obj, **kwargs), request)


class TranslatedAdmin(LanguageRoles, SimpleHistoryAdmin, TabbedTranslationAdmin):
    """A model admin whose translated fields appear as one tab per language, with each record's change history;
    translators change only their own language."""

    class Media:
        css = {"all": ("vendor/jquery-ui/jquery-ui.min.css",)}

    def set_history_delta_changes(self, request, historical_records, foreign_keys_are_objs=True):
        """The history page's per-field diff of each version against the one before, in the field's words
        ("title [fr]"), leaving out the empty language columns the admin saves as NULL where fixtures had ""."""
        records = list(historical_records)
        for current, previous in pairwise(records):
            helper = self.get_historical_record_context_helper(request, current)
            current.history_delta_changes = helper.context_for_delta_changes(
                delta(current, previous, foreign_keys_are_objs=foreign_keys_are_objs)
            )


# Inlines need no media of their own: the tabs come with the page's TranslatedAdmin.
class TranslatedTabularInline(LanguageRoles, TranslationTabularInline):
    pass


class TranslatedStackedInline(LanguageRoles, TranslationStackedInline):
    pass
