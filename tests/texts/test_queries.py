"""Reading a search query as a reference: the forms delegates write in six languages, no database."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsisportal.texts.queries import ActionLineTarget, normalize, read_query
from wsisportal.texts.references import ParagraphTarget, ResolutionTarget

DOCUMENTS = {"TAIS": "ta", "TA": "ta", "Tunis Agenda": "ta", "Agenda de Tunis": "ta", "突尼斯议程": "ta"}
BODIES = {"WTDC": "wtdc", "Council": "council"}


@pytest.mark.parametrize(
    ("query", "target"),
    [
        ("§ 96", ParagraphTarget(None, ("96",), False)),
        ("para 96", ParagraphTarget(None, ("96",), False)),
        ("paragraph 96", ParagraphTarget(None, ("96",), False)),
        ("para96", ParagraphTarget(None, ("96",), False)),
        ("TA 96", ParagraphTarget("ta", ("96",))),
        ("TAIS § 96", ParagraphTarget("ta", ("96",))),
        ("Agenda de Tunis 96", ParagraphTarget("ta", ("96",))),
        ("paragraphe 96", ParagraphTarget(None, ("96",), False)),
        ("párrafo 96", ParagraphTarget(None, ("96",), False)),
        ("пункт 96", ParagraphTarget(None, ("96",), False)),
        ("الفقرة ٩٦", ParagraphTarget(None, ("96",), False)),
        ("第96段", ParagraphTarget(None, ("96",), False)),
        ("突尼斯议程第96段", ParagraphTarget("ta", ("96",))),
        ("Res 140", ResolutionTarget("resolution", "140")),
        ("Resolution 30", ResolutionTarget("resolution", "30")),
        ("WTDC Resolution 30", ResolutionTarget("resolution", "30", body="wtdc")),
        ("Résolution 140", ResolutionTarget("resolution", "140")),
        ("Resolución 140", ResolutionTarget("resolution", "140")),
        ("Резолюция 140", ResolutionTarget("resolution", "140")),
        ("القرار 140", ResolutionTarget("resolution", "140")),
        ("第140号决议", ResolutionTarget("resolution", "140")),
        ("Décision 8", ResolutionTarget("decision", "8")),
        ("C5", ActionLineTarget(5)),
        ("С5", ActionLineTarget(5)),  # a Cyrillic С
    ],
)
def test_a_reference_query_names_its_item(query, target):
    assert read_query(query, DOCUMENTS, BODIES) == [target]


@pytest.mark.parametrize("query", ["spectrum", "ITU", "C12", "e-health", "Tunis"])
def test_plain_words_name_nothing(query):
    assert read_query(query, DOCUMENTS, BODIES) == []


@given(st.text(max_size=40))
def test_any_query_is_read_without_error(query):
    normalize(query)
    read_query(query, DOCUMENTS, BODIES)
