"""Template access to official texts: the reader's version where loaded, else the English marked as the original."""

from django import template

from ..official import has_original as _has_original
from ..official import is_loaded_for_reader, render_official

register = template.Library()


@register.simple_tag
def official(obj, field, english_html=None, notice=True):
    """{% official clause "text" english_html=linked notice=False %}: see l10n.official.render_official."""
    return render_official(obj, field, english_html=english_html, notice=notice)


@register.filter
def loaded_for_reader(obj, field):
    """{% if clause|loaded_for_reader:"text" %}: the reader's own version of the official text is loaded."""
    return is_loaded_for_reader(obj, field)


@register.filter
def has_original(obj, field):
    """{% if paragraph|has_original:"text" %}: the official text is loaded at all (in its English original)."""
    return _has_original(obj, field)
