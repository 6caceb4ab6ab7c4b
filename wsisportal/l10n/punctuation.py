"""Punctuation and date ranges in the reader's language: separators, brackets, "10–12 December 2003".

Templates glue translated words with these instead of ASCII ", " or ": ", so each catalogue writes them its own way
(Arabic ، and ؛, Chinese 、 ： ； and full-width brackets, French no-break space before : and ;).
"""

import datetime
import re
from collections.abc import Callable, Iterable

from django.utils.formats import date_format, get_format
from django.utils.html import conditional_escape, format_html, format_html_join
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import get_language, pgettext, pgettext_lazy

SEPARATORS = {
    # Translators: between names or years in a list (Arabic "، ", Chinese "、"); spaces count.
    "list": pgettext_lazy("separator between names in a list", ", "),
    # Translators: after a label such as "Lead" before its value (Chinese "：", French no-break space + ": ").
    "label": pgettext_lazy("separator between a label and its value", ": "),
    # Translators: between groups that themselves hold lists (Arabic "؛ ", Chinese "；").
    "group": pgettext_lazy("separator between groups in a list", "; "),
    # Translators: between a meeting's dates and its place (Arabic "، ", Chinese "，").
    "place": pgettext_lazy("separator between a date and a place", ", "),
}


def separator(kind: str) -> str:
    """The reader's punctuation between two items: "list", "label", "group" or "place"."""
    if kind not in SEPARATORS:
        raise ValueError(f"unknown separator {kind!r}; use one of {', '.join(SEPARATORS)}")
    return str(SEPARATORS[kind])


def join(items: Iterable, render: Callable = conditional_escape, kind: str = "list") -> SafeString:
    """An inline run: each item drawn by render (escaped text by default), joined by the reader's separator."""
    return format_html_join(separator(kind), "{}", ((render(item),) for item in items))


# A span of years or codes ("2006–2008", "C1–C11", "§§ 113-118"): inside right-to-left text the dash between two
# numbers would be read right to left too ("2008–2006") and the line could break at it.
_RANGE = re.compile(r"(?<![\w–-])((?:§§\s*|[A-Z])?\d+(?:\s*[–-]\s*[A-Z]?\d+)+)(?![\w–-])")


def whole_ranges(value) -> SafeString:
    """The value escaped, each span of numbers or codes in it isolated left to right and kept on one line."""
    escaped = str(conditional_escape(value))
    return mark_safe(_RANGE.sub(r'<bdi dir="ltr" class="nowrap">\1</bdi>', escaped))


def in_brackets(value) -> SafeString:
    """A note after a word: " (2006–2008)", in Chinese full-width "（2006–2008）" with no space; a span of years
    in it stays whole and in order in right-to-left text."""
    # Translators: brackets after a word around years, a period or a note, with the space before them;
    # Chinese full-width brackets take no space: "（%(note)s）".
    pattern = pgettext("brackets after a word around years, a period or a note", " (%(note)s)")
    return mark_safe(conditional_escape(pattern) % {"note": whole_ranges(value)})


# How the first day of a range is shortened when the last day shares its month or its year, and what joins them;
# the last day is always written in full with the language's DATE_FORMAT (Chinese, which puts the year first,
# shortens the last day instead).
RANGE_PATTERNS = {
    # language: (same month: first, joiner, last), (same year: first, joiner, last)
    "en": (("j", "–", None), ("j F", " – ", None)),
    "fr": (("j", "–", None), ("j F", " – ", None)),
    "ar": (("j", "–", None), ("j F", " – ", None)),
    "ru": (("j", "–", None), ("j E", " – ", None)),
    "es": (("j", "–", None), (r"j \d\e F", " – ", None)),
    "zh-hans": ((None, "至", "j日"), (None, "至", "n月j日")),
}
DIFFERENT_YEARS = (None, " – ", None)


def _time(day: datetime.date, text: str) -> SafeString:
    return format_html('<time datetime="{}">{}</time>', day.isoformat(), text)


def render_date_range(start, end=None, month_only: bool = False) -> SafeString:
    """A date or a range of dates as <time> elements, the shared month and year written once.

    A month-only date gives the month alone; an end equal to the start, or missing, gives one day.
    """
    if start is None:
        return SafeString("")
    if month_only:
        return format_html(
            '<time datetime="{}">{}</time>', start.strftime("%Y-%m"), date_format(start, "YEAR_MONTH_FORMAT")
        )
    if end is None or end == start:
        return _time(start, date_format(start, "DATE_FORMAT"))
    same_month, same_year = RANGE_PATTERNS.get(get_language(), RANGE_PATTERNS["en"])
    if (start.year, start.month) == (end.year, end.month):
        first, joiner, last = same_month
    elif start.year == end.year:
        first, joiner, last = same_year
    else:
        first, joiner, last = DIFFERENT_YEARS
    full = get_format("DATE_FORMAT")
    return format_html(
        "{}{}{}", _time(start, date_format(start, first or full)), joiner, _time(end, date_format(end, last or full))
    )
