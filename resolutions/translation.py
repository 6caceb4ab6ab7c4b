"""Fields of the resolutions app that exist in each of the six languages; a revision's text is official."""

from modeltranslation.translator import TranslationOptions, register

from wsisportal.l10n.history import record_history
from wsisportal.l10n.options import OfficialTextOptions

from .models import Clause, Conference, Resolution, Revision, Section


@register(Resolution)
class ResolutionTranslation(TranslationOptions):
    fields = ("title", "summary")


@register(Conference)
class ConferenceTranslation(TranslationOptions):
    fields = ("place", "country", "summary")


@register(Revision)
class RevisionTranslation(OfficialTextOptions):
    fields = ("place", "title", "opening")
    official_fields = ("opening",)
    official_container = "resolution"


@register(Section)
class SectionTranslation(OfficialTextOptions):
    fields = ("keyword",)
    official_fields = ("keyword",)
    official_container = "revision"


@register(Clause)
class ClauseTranslation(OfficialTextOptions):
    fields = ("text",)
    official_fields = ("text",)
    official_container = "section__revision"


# History last, once the language columns exist, so that each change is recorded in every language.
record_history(Resolution, Conference, Revision, Section, Clause)
