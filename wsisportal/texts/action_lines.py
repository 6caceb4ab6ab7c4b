"""Which WSIS action lines an English text names: "Action Lines C1, C3 and C11", "AL C2", "C2 to C5"."""

import re

# "Action Lines C2, C5 and C6", "Action Line C2", "AL C2", "C.2", "C1 to C11": the lines a clause names.
_LINE_LIST = re.compile(
    r"\b(?:WSIS\s+)?(?:Action\s+Lines?|ALs?)\s+(C\.?\s?\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*C\.?\s?\d{1,2})*)",
    re.IGNORECASE,
)
_LINE_NUMBER = re.compile(r"(to|-|–)?\s*C\.?\s?(\d{1,2})", re.IGNORECASE)
FIRST, LAST = 1, 11


def action_line_numbers(text: str) -> set[int]:
    """The action-line numbers a text names, e.g. "Action Lines C1, C3 and C11" → {1, 3, 11};
    a range "C2 to C5" names every line in it; a number outside C1–C11 names none."""
    numbers: set[int] = set()
    for match in _LINE_LIST.finditer(text or ""):
        previous = None
        for range_mark, digits in _LINE_NUMBER.findall(match.group(1)):
            number = int(digits)
            if range_mark and previous is not None and previous < number:
                numbers.update(range(previous + 1, number))
            numbers.add(number)
            previous = number
    return {n for n in numbers if FIRST <= n <= LAST}
