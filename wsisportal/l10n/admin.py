"""Admin building blocks for translated models: language tabs from self-hosted scripts, six-language search."""

from itertools import pairwise

from django.core.exceptions import ValidationError
from django.db import IntegrityError, router, transaction
from django.utils.translation import gettext as _
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


class DatabaseRulesAsFormErrors:
    """A save the database refuses (a constraint the form could not check, such as one on a computed field) is shown
    as an error on the form, in the staff member's language, with what they typed; never a server error."""

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        try:
            with transaction.atomic(using=router.db_for_write(self.model)):
                return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError as exc:
            # Nothing was kept. The same form again, made invalid by the refusal, so that it is shown with the data.
            request.refused_by_database = _rule_broken(self.model, exc)
            return super().changeform_view(request, object_id, form_url, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        refusal = getattr(request, "refused_by_database", None)
        if refusal is None:
            return form
        return type(form.__name__, (RefusedForm, form), {"refusal": refusal})


class RefusedForm:
    refusal = ""

    def clean(self):
        cleaned = super().clean()
        raise ValidationError(self.refusal, code="refused_by_database")
        return cleaned


def _rule_broken(model, exc) -> str:
    text = str(exc)
    names = [c.name for c in model._meta.constraints if c.name in text]
    if names:
        return _(
            "The database refused this change: it breaks the rule “%(rule)s”. Nothing was saved; correct the values "
            "below and save again."
        ) % {"rule": names[0]}
    return _(
        "The database refused this change: two records would be the same, or a value breaks one of its rules. "
        "Nothing was saved; correct the values below and save again."
    )


class TranslatedAdmin(DatabaseRulesAsFormErrors, LanguageRoles, SimpleHistoryAdmin, TabbedTranslationAdmin):
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
