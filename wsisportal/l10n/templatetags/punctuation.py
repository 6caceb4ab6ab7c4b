"""Template access to the reader's punctuation: {% separator "list" %}, |join_list, |in_brackets, {% date_range %}."""

from django import template

from .. import punctuation

register = template.Library()


@register.simple_tag
def separator(kind):
    """{% separator "list" %}, "label", "group" or "place": the reader's punctuation between two items."""
    try:
        return punctuation.separator(kind)
    except ValueError as exc:
        raise template.TemplateSyntaxError(str(exc)) from exc


@register.filter
def join_list(items):
    """{{ years|join_list }}: the items joined with the reader's list separator, each escaped."""
    return punctuation.join(items)


@register.filter
def in_brackets(value):
    """{{ period|in_brackets }} after a word: " (2006–2008)", in Chinese "（2006–2008）"."""
    return punctuation.in_brackets(value)


@register.filter
def whole_ranges(value):
    """{{ role.period|whole_ranges }}: "2006–2008" kept whole and in order inside right-to-left text."""
    return punctuation.whole_ranges(value)


@register.simple_tag
def date_range(start, end=None, month_only=False):
    """{% date_range phase.start phase.end %}; for a meeting known only by its month, add month_only=True."""
    return punctuation.render_date_range(start, end, month_only=bool(month_only))
