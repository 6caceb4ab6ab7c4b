"""Which action lines a resolution clause names: lists, ranges, and numbers that name no line."""

import pytest

from wsisportal.texts.action_lines import action_line_numbers


@pytest.mark.parametrize(
    "text, numbers",
    [
        ("for implementing Action Lines C2, C5 and C6;", {2, 5, 6}),
        ("Action Lines C1, C3, C4, C7, C8, C9 and C11 and all other", {1, 3, 4, 7, 8, 9, 11}),
        ("(WSIS Action Line C2), this being", {2}),
        ("Facilitator of Action Lines C.2 (Infrastructure) and C.5 (Security)", {2}),
        ("as the sole facilitator for AL C2", {2}),
        ("Action Lines C2 to C5", {2, 3, 4, 5}),
        ("Action Lines C9–C11 and C1", {1, 9, 10, 11}),
        ("Action Line C12 and C0", set()),
        ("the C6 programme and clause C5", set()),
        ("", set()),
    ],
)
def test_action_line_numbers_reads_the_lines_a_text_names(text, numbers):
    assert action_line_numbers(text) == numbers
