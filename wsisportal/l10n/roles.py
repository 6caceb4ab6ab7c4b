"""Staff roles: editors change all content; each translator changes only the columns of their own language.

The groups are created by a migration (resolutions/migrations/*_staff_groups.py). Superusers and editors are not
restricted; a member of a translators group sees every other language read-only, English as the reference, and a
form that tries to change another language's column is refused on the server.
"""

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from modeltranslation.translator import translator
from modeltranslation.utils import build_localized_fieldname

from .languages import ORIGINAL_LANGUAGE, codes

EDITORS = "editors"
TRANSLATORS = "translators-"


def translated_languages() -> list[str]:
    """The languages with a translators group: all but the original, English."""
    return [code for code in codes() if code != ORIGINAL_LANGUAGE]


def translators_group(language: str) -> str:
    return f"{TRANSLATORS}{language}"


def translator_languages(user) -> set[str] | None:
    """The languages a staff member may change, or None when they may change every field (superusers, editors,
    and staff outside the translators groups, whose permissions alone decide)."""
    if user.is_superuser:
        return None
    if not hasattr(user, "_translator_languages"):
        names = set(user.groups.values_list("name", flat=True))
        languages = {name.removeprefix(TRANSLATORS) for name in names if name.startswith(TRANSLATORS)}
        user._translator_languages = None if EDITORS in names or not languages else languages
    return user._translator_languages


def _translated_fields(model) -> tuple[str, ...]:
    if model not in translator.get_registered_models():
        return ()
    return tuple(translator.get_options_for_model(model).get_field_names())


def language_columns(model, languages) -> set[str]:
    return {build_localized_fieldname(field, code) for field in _translated_fields(model) for code in languages}


def locked_fields(model, languages) -> list[str]:
    """Every field of the model's form that a translator of these languages may not change, English first."""
    mine = language_columns(model, languages)
    originals = set(_translated_fields(model))
    reference = language_columns(model, [ORIGINAL_LANGUAGE])
    fields = [*model._meta.fields, *model._meta.many_to_many]
    locked = [f.name for f in fields if f.editable and not f.primary_key and f.name not in originals | mine]
    # Shown in this order below the translator's own columns: the English reference first, then the rest.
    return sorted(locked, key=lambda name: name not in reference)


class LanguageColumnsForm:
    """A form mixin that refuses any other language's column sent by a translator: read-only fields are
    not in the form, so without this check the change would only be dropped, silently."""

    locked_columns: tuple[str, ...] = ()
    own_languages: tuple[str, ...] = ()

    def clean(self):
        cleaned = super().clean()
        tried = [
            name
            for name in self.locked_columns
            if name in self.data and _text(self.data[name]) != _text(getattr(self.instance, name, None))
        ]
        if tried:
            raise ValidationError(
                _("You may change only the %(languages)s columns; this form tried to change %(fields)s.")
                % {"languages": ", ".join(self.own_languages), "fields": ", ".join(tried)},
                code="language_column_locked",
            )
        return cleaned


def _text(value) -> str:
    return "" if value is None else str(value).replace("\r\n", "\n").strip()
