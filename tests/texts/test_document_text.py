"""Reading an outcome document's official text: numbered paragraphs, lettered sub-paragraphs, roman points."""

import pytest

from wsisportal.texts.document_text import DocumentTextError, parse_document_text


def test_lettered_and_roman_items_are_told_apart_by_their_sequence():
    text = "7. Chapeau:\nh) eighth;\ni) ninth, with points:\n(i) one;\n(ii) two;\nj) tenth.\n"
    assert [p.label for p in parse_document_text(text)] == ["7", "7 h", "7 i", "7 i i", "7 i ii", "7 j"]


def test_a_sub_paragraph_lettered_out_of_order_is_reported_with_its_line():
    with pytest.raises(DocumentTextError, match=r"line 3: sub-paragraph a follows b in paragraph 1"):
        parse_document_text("1. One:\nb) second;\na) first.\n")


def test_arabic_and_chinese_numbering_and_annex_headings_are_read():
    arabic = "١. الفقرة الأولى:\n(أ) البند الأول؛\n(ب) البند الثاني.\nالملحق\nنص الملحق.\n"
    items = parse_document_text(arabic, ("الملحق",))
    assert [p.eid for p in items] == ["para_1", "para_1__subpara_a", "para_1__subpara_b", "annex"]
    chinese = "96．第九十六段：\n（a）第一项；\n附件\n"
    assert [p.eid for p in parse_document_text(chinese, ("附件",))] == ["para_96", "para_96__subpara_a", "annex"]
