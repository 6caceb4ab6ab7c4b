"""Fields of the outcomes app that exist in each of the six languages."""

from modeltranslation.translator import TranslationOptions, register

from .models import OutcomeDocument, Paragraph, Source, SummitPhase


@register(Source)
class SourceTranslation(TranslationOptions):
    fields = ("title", "description")


@register(SummitPhase)
class SummitPhaseTranslation(TranslationOptions):
    fields = ("place",)


@register(OutcomeDocument)
class OutcomeDocumentTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Paragraph)
class ParagraphTranslation(TranslationOptions):
    fields = ("text", "itu_note")
