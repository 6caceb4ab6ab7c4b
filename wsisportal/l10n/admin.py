"""Admin building blocks for translated models: language tabs from self-hosted scripts, six-language search."""

from itertools import pairwise

from modeltranslation.admin import TabbedTranslationAdmin, TranslationStackedInline, TranslationTabularInline
from simple_history.admin import SimpleHistoryAdmin

from .history import delta
from .languages import columns


def translated_search(*fields):
    """Search fields for every language column of the given translated fields, e.g. title_ar … title_es."""
    return columns(*fields)


class TranslatedAdmin(SimpleHistoryAdmin, TabbedTranslationAdmin):
    """A model admin whose translated fields appear as one tab per language, with each record's change history."""

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
TranslatedTabularInline = TranslationTabularInline
TranslatedStackedInline = TranslationStackedInline
