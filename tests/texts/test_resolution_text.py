"""Reading a resolution's official text in each language: section keywords and clause labels in their scripts."""

import pytest
from django.conf import settings

from wsisportal.texts.keywords import KINDS, STEMS, keyword_kinds
from wsisportal.texts.resolution_text import parse_resolution_text


def test_every_keyword_stem_names_a_known_kind_of_section():
    assert set(STEMS) == {code for code, _name in settings.LANGUAGES}
    for language, stems in STEMS.items():
        for stem, kinds in stems.items():
            for kind in (kinds,) if isinstance(kinds, str) else kinds:
                assert kind in KINDS, (language, stem, kind)


def test_every_english_keyword_of_res_140_is_recognized():
    for keyword, kind in [
        ("recalling further", "recalling further"),
        ("taking into account", "taking into account"),
        ("instructs the Director of the Telecommunication Development Bureau", "instructs"),
        ("invites Member States, Sector Members and Associates", "invites"),
        ("resolves to express", "resolves to express"),
    ]:
        assert keyword_kinds(keyword, "en") == (kind,)


@pytest.mark.parametrize(
    ("language", "line", "kind"),
    [
        ("fr", "*considérant en outre*", "considering further"),
        ("fr", "décide d’exprimer", "resolves to express"),
        ("fr", "prie le Conseil", "requests"),
        ("es", "recordando además", "recalling further"),
        ("es", "encarga al Secretario General y a los Directores de las Oficinas", "instructs"),
        ("es", "pide al Consejo", "requests"),
        ("ru", "учитывая далее", "considering further"),
        ("ru", "поручает Директору Бюро развития электросвязи", "instructs"),
        ("ru", "просит Совет", "requests"),
        ("ar", "وإذ يضع في اعتباره", "considering"),
        ("ar", "إذ يذكّر", "recalling"),
        ("ar", "يكلف الأمين العام ومديري المكاتب", "instructs"),
        ("ar", "يقرر أن يعرب عن", "resolves to express"),
        ("zh-hans", "进一步考虑到", "considering further"),
        ("zh-hans", "责成秘书长和各局主任", "instructs"),
        ("zh-hans", "请理事会", "requests"),
    ],
)
def test_a_keyword_line_in_each_language_opens_the_right_kind_of_section(language, line, kind):
    assert kind in keyword_kinds(line, language)


def test_a_sentence_that_starts_like_a_keyword_is_clause_text_not_a_section():
    text = "*considérant*\n\na) le rôle de l'UIT;\n\nnotant que ce texte continue la clause a),\n"
    (section,) = parse_resolution_text(text, "fr")
    assert [c.label for c in section.clauses] == ["a)"]
    assert section.clauses[0].text == "le rôle de l'UIT;\nnotant que ce texte continue la clause a),"


def test_a_title_or_heading_before_the_first_keyword_is_not_a_section():
    for language, heading, keyword in [
        ("zh-hans", "决议140（2010年，瓜达拉哈拉，修订版）", "忆及"),
        ("zh-hans", "决定5（2010年，瓜达拉哈拉）", "忆及"),
        ("fr", "DÉCIDE 140 (titre de test)", "rappelant"),
    ]:
        text = f"{heading}\n\n{keyword}\na) x;\n"
        (section,) = parse_resolution_text(text, language)
        assert section.kinds == ("recalling",)


def test_a_keyword_line_may_end_with_a_colon():
    (section,) = parse_resolution_text("décide :\n1 que l'UIT joue son rôle;\n", "fr")
    assert section.keyword == "décide" and section.labels == ["1"]


def test_arabic_and_chinese_clause_labels_are_read_in_their_own_scripts():
    arabic = "إذ يذكّر\nأ ) النص الأول؛\nب) النص الثاني،\nيقرر\n1 النص الثالث؛\n"
    recalling, resolves = parse_resolution_text(arabic, "ar")
    assert recalling.labels == ["أ )", "ب)"] and resolves.labels == ["1"]
    chinese = "忆及\n（a） 第一段；\nb) 第二段，\n"
    (section,) = parse_resolution_text(chinese, "zh-hans")
    assert section.labels == ["（a）", "b)"] and section.clauses[0].text == "第一段；"
