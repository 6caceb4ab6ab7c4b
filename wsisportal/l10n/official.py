"""Official texts in the reader's language where that version is loaded, else the English original marked as such.

The per-language column (clause.text_fr, paragraph.text_ar, …) is read directly: modeltranslation's silent
fallback would present English as if it were the reader's version.
"""

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString
from django.utils.translation import gettext_lazy as _

from .languages import ORIGINAL_LANGUAGE, in_language, reader_language


class LanguageVersionRefused(Exception):
    """An official language version that cannot be loaded as it is; the message says where, and nothing was loaded."""


# A whole sentence per language, so that each catalogue can write it with its own grammar.
NOTICES = {
    "ar": _("This text is not yet available in Arabic; the English original is shown."),
    "zh-hans": _("This text is not yet available in Chinese; the English original is shown."),
    "fr": _("This text is not yet available in French; the English original is shown."),
    "ru": _("This text is not yet available in Russian; the English original is shown."),
    "es": _("This text is not yet available in Spanish; the English original is shown."),
}


def is_loaded_for_reader(obj, field: str) -> bool:
    """Whether this official text is loaded in the reader's own language."""
    return bool(in_language(obj, field, reader_language()))


def fallback_notice_html(element: str = "span") -> SafeString:
    """The visible notice, in the reader's language, that English is shown in place of their version."""
    notice = NOTICES.get(reader_language())
    if not notice:
        return SafeString("")
    return format_html('<{} class="official-notice">{}</{}>', element, notice, element)


def render_official(obj, field: str, english_html=None, notice: bool = True, render=None) -> SafeString:
    """The reader's version of obj.<field>, or the English (english_html if given) in lang="en" with a notice.

    english_html is the English text already rendered safely, e.g. with its citations as links; it is used
    only where English is what the reader gets, since citation positions refer to the English text. render,
    if given, draws a text as safe HTML (its emphasis as <em>), for the reader's own version and the English.
    """
    draw = render or conditional_escape
    language = reader_language()
    english = in_language(obj, field, ORIGINAL_LANGUAGE)
    english_shown = english_html if english_html is not None else draw(english)
    if language == ORIGINAL_LANGUAGE:
        return format_html("{}", english_shown)
    own = in_language(obj, field, language)
    if own:
        return draw(own)
    if not english:
        return SafeString("")
    original = format_html('<span class="official-original" lang="en" dir="ltr">{}</span>', english_shown)
    return format_html("{} {}", fallback_notice_html(), original) if notice else original


def has_original(obj, field: str) -> bool:
    """Whether the official text is loaded at all (in its English original)."""
    return bool(in_language(obj, field, ORIGINAL_LANGUAGE))
