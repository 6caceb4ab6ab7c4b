"""The scripts official texts are printed in: one letter, whatever its form, and one label, whatever its script."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from wsisportal.texts.scripts import (
    ABJAD,
    CYRILLIC,
    LATIN,
    fold_arabic,
    label_key,
    letter_ordinal,
    roman_ordinal,
    strip_emphasis,
    strip_line,
)


@pytest.mark.parametrize("forms", [("أ", "إ", "آ", "ٱ", "ا"), ("ى", "ي"), ("ة", "ه")])
def test_every_written_form_of_an_arabic_letter_is_the_same_letter(forms):
    assert len({fold_arabic(form) for form in forms}) == 1


def test_vowel_marks_and_tatweel_do_not_change_arabic_words():
    assert fold_arabic("إِذْ يُذَكِّـرُ") == fold_arabic("إذ يذكر")


@given(st.integers(min_value=1, max_value=26))
def test_the_nth_letter_is_the_nth_letter_in_every_script(n):
    letters = [LATIN[n - 1], CYRILLIC[n - 1] if n <= len(CYRILLIC) else None, ABJAD[n - 1]]
    for letter in filter(None, letters):
        assert letter_ordinal(letter) == n
        assert label_key(f"({letter})") == label_key(f"{letter})") == ("letter", n)


def test_a_string_of_several_letters_is_no_letter():
    assert letter_ordinal("ab") is None
    assert label_key("ab)")[0] == "other"


def test_numbers_and_roman_numerals():
    assert label_key("12.") == ("number", 12)
    assert [roman_ordinal(r) for r in ("i", "iv", "ix", "xv", "xvi")] == [1, 4, 9, 15, None]


def test_bullets_and_emphasis_around_a_line_are_dropped_but_not_inside_it():
    assert strip_line("- *considering*") == "considering"
    assert strip_line("• a) the *inter alia* text") == "a) the *inter alia* text"
    assert strip_emphasis("ITU has, *inter alia*, **specific** responsibility") == (
        "ITU has, inter alia, specific responsibility"
    )
