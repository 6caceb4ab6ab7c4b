"""Fields of the outcomes app that exist in each of the six languages; a paragraph's text is official."""

from modeltranslation.translator import TranslationOptions, register

from wsisportal.l10n.history import record_history
from wsisportal.l10n.options import OfficialTextOptions

from .models import OutcomeDocument, Paragraph, Source, SummitPhase


@register(Source)
class SourceTranslation(TranslationOptions):
    fields = ("title", "description")


@register(SummitPhase)
class SummitPhaseTranslation(TranslationOptions):
    fields = ("place",)


@register(OutcomeDocument)
class OutcomeDocumentTranslation(TranslationOptions):
    fields = ("title", "short_title", "summary")


@register(Paragraph)
class ParagraphTranslation(OfficialTextOptions):
    fields = ("text", "itu_note")
    official_fields = ("text",)
    official_container = "document"


# History last, once the language columns exist, so that each change is recorded in every language.
record_history(Source, SummitPhase, OutcomeDocument, Paragraph)
