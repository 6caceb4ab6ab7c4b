"""The terms of re-use exist in each of the six languages, as staff translate them."""

from modeltranslation.translator import TranslationOptions, register

from .models import ReuseTerms


@register(ReuseTerms)
class ReuseTermsTranslation(TranslationOptions):
    fields = ("text",)
