"""Fields of the resolutions app that exist in each of the six languages."""

from modeltranslation.translator import TranslationOptions, register

from .models import Clause, Resolution, Revision, Section


@register(Resolution)
class ResolutionTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Revision)
class RevisionTranslation(TranslationOptions):
    fields = ("place", "title", "opening")


@register(Section)
class SectionTranslation(TranslationOptions):
    fields = ("keyword",)


@register(Clause)
class ClauseTranslation(TranslationOptions):
    fields = ("text",)
