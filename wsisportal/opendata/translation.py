"""The terms of re-use exist in each of the six languages, as staff translate them."""

from modeltranslation.translator import TranslationOptions, register

from wsisportal.l10n.history import record_history

from .models import ReuseTerms


@register(ReuseTerms)
class ReuseTermsTranslation(TranslationOptions):
    fields = ("text",)


# History last, once the language columns exist (see wsisportal.l10n.history).
record_history(ReuseTerms)
