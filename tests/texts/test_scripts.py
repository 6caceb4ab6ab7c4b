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
    split_emphasis,
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


@pytest.mark.parametrize(
    ("marked", "plain", "emphasized"),
    [
        (
            "that ITU has, *inter alia*, specific responsibility",
            "that ITU has, inter alia, specific responsibility",
            ["inter alia"],
        ),
        ("as outlined in *resolves* 1, 2, and 3 above", "as outlined in resolves 1, 2, and 3 above", ["resolves"]),
        (
            'stated that "*each UN agency*" (§ 102 (b));',
            'stated that "each UN agency" (§ 102 (b));',
            ["each UN agency"],
        ),
        ("a * b and 2*3", "a * b and 2*3", []),
        ("*one* and *two words*", "one and two words", ["one", "two words"]),
    ],
)
def test_emphasis_inside_an_official_text_is_found_and_its_marks_taken_out(marked, plain, emphasized):
    words, spans = split_emphasis(marked)
    assert words == plain
    assert [words[start:end] for start, end in spans] == emphasized


@given(
    st.lists(st.tuples(st.text(alphabet="abc ,.;", max_size=8), st.text(alphabet="abcdef", min_size=1, max_size=6)))
)
def test_emphasis_spans_point_at_the_emphasized_words_in_the_plain_text(pieces):
    marked = "".join(f"{before} *{word}* " for before, word in pieces)
    words, spans = split_emphasis(marked)
    assert "*" not in words
    assert [words[start:end] for start, end in spans] == [word for _before, word in pieces]
