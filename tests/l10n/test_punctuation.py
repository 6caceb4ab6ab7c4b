"""The reader's punctuation and date ranges, drawn without a page: ranges in each language, escaped lists."""

import datetime

import pytest
from django.template import Context, Template, TemplateSyntaxError
from django.utils import translation

from wsisportal.l10n.punctuation import render_date_range

SUMMIT = (datetime.date(2003, 12, 10), datetime.date(2003, 12, 12))
IGF = (datetime.date(2006, 10, 30), datetime.date(2006, 11, 2))


def plain(html: str) -> str:
    return Template("{{ html|striptags }}").render(Context({"html": html}))


@pytest.mark.parametrize(
    ("language", "same_month", "same_year"),
    [
        ("en", "10–12 December 2003", "30 October – 2 November 2006"),
        ("fr", "10–12 décembre 2003", "30 octobre – 2 novembre 2006"),
        ("es", "10–12 de diciembre de 2003", "30 de octubre – 2 de noviembre de 2006"),
        ("ru", "10–12 декабря 2003 г.", "30 октября – 2 ноября 2006 г."),
        ("ar", "10–12 ديسمبر 2003", "30 أكتوبر – 2 نوفمبر 2006"),
        ("zh-hans", "2003年12月10日至12日", "2006年10月30日至11月2日"),
    ],
)
def test_date_range_writes_a_shared_month_and_year_once_in_each_language(language, same_month, same_year):
    with translation.override(language):
        assert plain(render_date_range(*SUMMIT)) == same_month
        assert plain(render_date_range(*IGF)) == same_year


def test_date_range_across_years_writes_both_dates_in_full():
    with translation.override("en"):
        html = render_date_range(datetime.date(2005, 11, 16), datetime.date(2006, 2, 1))
    assert plain(html) == "16 November 2005 – 1 February 2006"


def test_date_range_of_one_day_or_no_end_is_a_single_date():
    day = datetime.date(2006, 5, 11)
    with translation.override("en"):
        assert (
            render_date_range(day) == render_date_range(day, day) == '<time datetime="2006-05-11">11 May 2006</time>'
        )


def test_joined_list_and_brackets_escape_their_items():
    template = Template("{% load punctuation %}{{ items|join_list|in_brackets }}")
    with translation.override("en"):
        assert template.render(Context({"items": ["<b>", "R&D"]})) == " (&lt;b&gt;, R&amp;D)"


def test_unknown_separator_is_an_error_not_a_silent_comma():
    with pytest.raises(TemplateSyntaxError):
        Template('{% load punctuation %}{% separator "colon" %}').render(Context({}))
