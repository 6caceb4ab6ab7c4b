"""Punctuation and date ranges in the reader's language: no ASCII ", " or ": " glued between Arabic or Chinese words,
French no-break spaces, and a range within one month written "10–12 December 2003"."""

import pytest

from .shell import element_text

pytestmark = pytest.mark.django_db

NO_BREAK_SPACE = "\u00a0"


def section(html: str, start_id: str, end_id: str) -> str:
    return html[html.index(f'id="{start_id}"') : html.index(f'id="{end_id}"')]


# --- pages --------------------------------------------------------------------------------------------------------


def test_english_summit_phase_reads_10_12_december_2003(client):
    text = element_text(client.get("/en/"), "main")
    assert "Geneva 10–12 December 2003" in text
    assert "Tunis 16–18 November 2005" in text
    assert "10 December 2003 –" not in text


def test_summit_phase_range_keeps_both_days_machine_readable(client):
    html = client.get("/en/").content.decode()
    assert '<time datetime="2003-12-10">10</time>–<time datetime="2003-12-12">12 December 2003</time>' in html


def test_chinese_summit_phase_reads_year_month_day_to_day(client):
    text = element_text(client.get("/zh-hans/"), "main")
    assert "2003年12月10日至12日" in text
    assert "2005年11月16日至18日" in text


def test_chinese_home_year_list_uses_enumeration_comma_and_full_width_brackets(client):
    lead = section(client.get("/zh-hans/").content.decode(), "lead-heading", "lines-heading")
    # Full-width brackets carry their own spacing: no space before them.
    assert '</bdi><span class="source">（2010、2014）</span>' in lead
    assert "2010, 2014" not in lead
    assert "(2010" not in lead


def test_chinese_home_subject_is_followed_by_a_full_width_colon(client):
    lead = section(client.get("/zh-hans/").content.decode(), "lead-heading", "lines-heading")
    assert "</strong>：" in lead
    assert "</strong>: " not in lead


def test_chinese_other_itu_roles_are_separated_by_full_width_semicolons(client):
    lines = section(client.get("/zh-hans/").content.decode(), "lines-heading", "sections-heading")
    assert "</span>；" in lines
    assert "</span>; " not in lines


def test_arabic_home_year_list_uses_arabic_comma(client):
    lead = section(client.get("/ar/").content.decode(), "lead-heading", "lines-heading")
    assert '<span class="source"> (2010، 2014)</span>' in lead
    assert "2010, 2014" not in lead


def test_arabic_c6_allocation_uses_arabic_comma_and_semicolon(client):
    allocation = element_text(client.get("/ar/action-lines/c6/"), "allocation")
    assert "TSB، SPU" in allocation
    assert "BDT؛" in allocation
    assert "TSB, SPU" not in allocation
    assert "BDT;" not in allocation


def test_arabic_c6_allocation_isolates_each_latin_unit_name_so_the_list_reads_right_to_left(client):
    html = client.get("/ar/action-lines/c6/").content.decode()
    allocation = section(html, "allocation-heading", "themes-heading")
    tsb, spu = '<a href="/ar/focal-points/tsb/">TSB</a>', '<a href="/ar/focal-points/spu/">SPU</a>'
    assert f"<bdi>{tsb}</bdi>، <bdi>{spu}</bdi>" in allocation


def test_arabic_c6_meeting_range_names_month_once_and_place_after_arabic_comma(client):
    allocation = element_text(client.get("/ar/action-lines/c6/"), "allocation")
    assert "16–17 فبراير 2006 (السنة مستنتَجة)، جنيف" in allocation
    assert "16 فبراير 2006 –" not in allocation
    assert "2006, " not in allocation


def test_french_label_and_value_have_a_no_break_space_before_the_colon(client):
    html = client.get("/fr/action-lines/c6/").content.decode()
    allocation = section(html, "allocation-heading", "themes-heading")
    assert f'<span class="assignment-kind">Chef de file{NO_BREAK_SPACE}: </span>' in allocation
    assert "Chef de file: " not in allocation


def test_french_groups_have_a_no_break_space_before_the_semicolon(client):
    html = client.get("/fr/action-lines/c6/").content.decode()
    allocation = section(html, "allocation-heading", "themes-heading")
    assert "</bdi>\u202f; <span" in allocation
    assert "</bdi>; <span" not in allocation


def test_english_meeting_across_two_months_writes_the_year_once(client):
    allocation = element_text(client.get("/en/action-lines/c6/"), "allocation")
    assert "IGF meeting – 30 October – 2 November 2006 (year inferred), Athens" in allocation
    assert "Consultation meeting – 16–17 February 2006 (year inferred), Geneva" in allocation


def test_meeting_known_only_by_its_month_still_shows_only_the_month(client):
    response = client.get("/en/action-lines/c7/")
    assert '<time datetime="2006-10">October 2006</time>' in response.content.decode()
    assert "1 October 2006" not in element_text(response, "allocation")


def test_english_allocation_keeps_its_ascii_punctuation(client):
    allocation = element_text(client.get("/en/action-lines/c6/"), "allocation")
    assert "Spectrum management: Lead: BR; Assisting: BDT, SPU" in allocation


# --- the formatter and filters --------------------------------------------------------------------------------------
