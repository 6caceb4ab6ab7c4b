"""Staff load an official language version of an outcome document's paragraphs from a plain-text file.

The document here is made for the tests, with the paragraphs the portal would hold of a partly loaded document
(only the cited ones); tests/data/outcome_fr.txt is TEST DATA, not the text of any WSIS document.
"""

import datetime
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from outcomes.models import OutcomeDocument, Paragraph, Source, SummitPhase

DATA = Path(__file__).resolve().parent.parent / "data"
FRENCH = (DATA / "outcome_fr.txt").read_text(encoding="utf-8")


@pytest.fixture
def document():
    source = Source.objects.create(key="test-outcome-source", title="Test source", year=2005)
    phase = SummitPhase.objects.create(
        number=90, place="Test", start=datetime.date(2005, 11, 16), end=datetime.date(2005, 11, 18), source=source
    )
    document = OutcomeDocument.objects.create(
        slug="test-outcome", abbreviation="TOD", title="Test outcome document", phase=phase, year=2005, order=90
    )
    two = Paragraph.objects.create(document=document, number="2", order=2)
    four = Paragraph.objects.create(document=document, number="4", order=4)
    four_b = Paragraph.objects.create(document=document, parent=four, number="b", order=5)
    Paragraph.objects.create(document=document, parent=four_b, number="ii", order=6)
    Paragraph.objects.create(document=document, number="Annex", order=100)
    assert two.eid == "para_2"
    return document


def run(path, language="fr", document="test-outcome"):
    out = StringIO()
    call_command("import_official_text", str(path), language=language, document=document, stdout=out)
    return out.getvalue()


def french_texts(document):
    return dict(Paragraph.objects.filter(document=document).values_list("eid", "text_fr"))


@pytest.mark.django_db
def test_a_french_file_fills_the_paragraphs_the_portal_holds_and_reports_the_ones_it_skipped(document):
    report = run(DATA / "outcome_fr.txt")
    assert french_texts(document) == {
        "para_2": "Deuxième paragraphe, dont le texte se poursuit sur une deuxième ligne.",
        "para_4": "Quatrième paragraphe, qui a des alinéas :",
        "para_4__subpara_b": "deuxième alinéa, qui a des points :",
        "para_4__subpara_b__point_ii": "deuxième point;",
        "annex": "Texte de l'annexe.",
    }
    assert "Filled 5 paragraphs of TOD in fr from outcome_fr.txt." in report
    assert "Skipped 7 paragraphs of the file that the portal does not hold: 1, 3, 4 a, 4 b i, 4 c, 5–6." in report
    # The English stays as it was.
    assert set(Paragraph.objects.filter(document=document).values_list("text_en", flat=True)) <= {"", None}


@pytest.mark.django_db
def test_the_english_official_text_can_be_loaded_too(document, tmp_path):
    english = tmp_path / "en.txt"
    english.write_text("2. Second paragraph.\n4. Fourth:\n(b) second,\n(ii) two.\nAnnex\nThe annex.\n", "utf-8")
    run(english, language="en")
    assert Paragraph.objects.get(document=document, eid="para_4__subpara_b__point_ii").text_en == "two."
    assert Paragraph.objects.get(document=document, eid="annex").text_en == "The annex."


@pytest.mark.django_db
def test_a_chinese_file_fills_the_chinese_column(document, tmp_path):
    chinese = tmp_path / "zh.txt"
    chinese.write_text("2．第二段。\n4．第四段：\n（b）第二项：\n（ii）第二点。\n附件\n附件文本。\n", "utf-8")
    run(chinese, language="zh-hans")
    texts = dict(Paragraph.objects.filter(document=document).values_list("eid", "text_zh_hans"))
    assert texts["para_4__subpara_b__point_ii"] == "第二点。" and texts["annex"] == "附件文本。"
    assert set(french_texts(document).values()) <= {"", None}


@pytest.mark.django_db
def test_a_file_without_a_paragraph_the_portal_holds_is_refused_and_nothing_is_loaded(document, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH.replace("ii. deuxième point;\n", ""), "utf-8")
    with pytest.raises(CommandError) as refused:
        run(path)
    assert "fr.txt: the portal holds 4 b ii of TOD, which the file does not have; nothing was loaded" in str(
        refused.value
    )
    assert set(french_texts(document).values()) <= {"", None}


@pytest.mark.django_db
def test_a_file_whose_numbering_goes_back_is_refused_and_nothing_is_loaded(document, tmp_path):
    path = tmp_path / "fr.txt"
    path.write_text(FRENCH.replace("6. Sixième", "3. Sixième"), "utf-8")
    with pytest.raises(CommandError, match=r"fr\.txt: line 26: paragraph 3 follows paragraph 5"):
        run(path)
    assert set(french_texts(document).values()) <= {"", None}


@pytest.mark.django_db
def test_an_unknown_document_is_a_clear_error():
    with pytest.raises(CommandError, match=r"No outcome document “tunis”; the portal has: .*tunis-agenda"):
        run(DATA / "outcome_fr.txt", document="tunis")
