"""Fields of the actionlines app that exist in each of the six languages."""

from modeltranslation.translator import TranslationOptions, register

from wsisportal.l10n.history import record_history

from .models import ActionLine, Activity, Assignment, Mechanism, Meeting, Organization, Publication, Role, Theme


@register(Organization)
class OrganizationTranslation(TranslationOptions):
    fields = ("acronym", "name", "description")


@register(ActionLine)
class ActionLineTranslation(TranslationOptions):
    fields = ("title", "short_title", "summary")


@register(Theme)
class ThemeTranslation(TranslationOptions):
    fields = ("name",)


@register(Mechanism)
class MechanismTranslation(TranslationOptions):
    fields = ("name", "summary")


@register(Role)
class RoleTranslation(TranslationOptions):
    fields = ("name", "note")


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "comments")


@register(Assignment)
class AssignmentTranslation(TranslationOptions):
    fields = ("part", "note")


@register(Meeting)
class MeetingTranslation(TranslationOptions):
    fields = ("title", "place")


@register(Publication)
class PublicationTranslation(TranslationOptions):
    fields = ("title", "period", "note")


# History last, once the language columns exist, so that each change is recorded in every language.
record_history(Organization, ActionLine, Theme, Mechanism, Role, Activity, Assignment, Meeting, Publication)
