"""The order of printed numbers: "9" before "10", "60/252" by its parts, "Annex" after every number."""

import re


def number_key(number: str) -> tuple:
    """A sort key for a paragraph, sub-paragraph or resolution number as printed; letters and numerals as written."""
    parts = re.split(r"(\d+)", number.lower())
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts if p)


def paragraph_label(path: tuple[str, ...] | list[str], annex: str = "Annex") -> str:
    """How a reader writes a paragraph given its number path: "§ 50 c ii", "§ 96", "Annex" (in annex's language)."""
    if path[0].lower() == "annex":
        return " ".join((annex, *path[1:]))
    return "§ " + " ".join(path)
