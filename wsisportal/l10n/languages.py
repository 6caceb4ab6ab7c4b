"""The portal's six languages, read from settings.LANGUAGES: the one list every other module asks."""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname

# The language official texts are first loaded in and fall back to; every other version is imported beside it.
ORIGINAL_LANGUAGE = "en"


def codes() -> list[str]:
    """The six language codes in the portal's order: ar, zh-hans, en, fr, ru, es."""
    return [code for code, _name in settings.LANGUAGES]


def reader_language() -> str:
    """The language of the page being drawn, or the default when none is active."""
    language = get_language() or settings.LANGUAGE_CODE
    return language if language in codes() else settings.LANGUAGE_CODE


def columns(*fields: str) -> tuple[str, ...]:
    """Every language column of the given translated fields, e.g. title_ar … title_es."""
    return tuple(build_localized_fieldname(field, code) for field in fields for code in codes())


def in_language(obj, field: str, language: str) -> str:
    """The stored value of one language column, with no fallback: "" when that version is not loaded."""
    return getattr(obj, build_localized_fieldname(field, language), None) or ""
