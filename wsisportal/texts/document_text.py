"""Reading an outcome document's official text in one language from plain text into numbered paragraphs.

Pure Python, no Django. Paragraphs start with their number ("96." or "96"), sub-paragraphs with a letter
("a)", "(a)", "a.") and points with a roman numeral ("i.", "(ii)"); a line that carries none continues the
item above it. Unnumbered lines that stand alone and do not end like a sentence are headings and are skipped.
"""

import re
from dataclasses import dataclass

from .eids import paragraph_eid
from .scripts import LATIN, ROMANS, letter_ordinal, lines, roman_ordinal

# The word that heads an outcome document's annex, per language.
ANNEX_WORDS = {
    "en": ("annex",),
    "fr": ("annexe",),
    "es": ("anexo",),
    "ru": ("приложение",),
    "ar": ("الملحق", "ملحق", "المرفق"),
    "zh-hans": ("附件",),
}


class DocumentTextError(ValueError):
    """A file whose numbering is malformed; the message names the line."""


_NUMBER = re.compile(r"^(?P<label>\d{1,3})(?:[.．]\s*|\s+)(?P<rest>.*)$")
_SUBLABEL = re.compile(
    r"^[(（]?(?P<label>[ivx]{1,5}|[a-z]|[а-я]|[\u0621-\u064a])\s?(?:[)）]|[.．](?=\s))\s*(?P<rest>.*)$"
)
_SENTENCE_END = tuple(",;.:!?，；。：、،؛")


@dataclass
class ParsedParagraph:
    path: tuple[str, ...]  # ("50", "c", "ii"), ("Annex",)
    text: str
    line: int

    @property
    def eid(self) -> str:
        return paragraph_eid(self.path)

    @property
    def label(self) -> str:
        return " ".join(self.path)


class _Reader:
    """Walks the lines, keeping the current paragraph, sub-paragraph and point, and checking their order."""

    def __init__(self, annex_words: tuple[str, ...]):
        self.annex_words = tuple(word.casefold() for word in annex_words)
        self.items: list[ParsedParagraph] = []
        self.top: tuple[str, ...] | None = None  # path of the current numbered paragraph (or the Annex)
        self.top_number = 0
        self.sub: tuple[str, int] | None = None  # current sub-paragraph label and ordinal
        self.point = 0  # ordinal of the current point under the sub-paragraph
        self.current: ParsedParagraph | None = None
        self.in_annex = False

    def add(self, path: tuple[str, ...], text: str, line: int) -> None:
        self.current = ParsedParagraph(path=path, text=text.strip(), line=line)
        self.items.append(self.current)

    def annex(self, line_number: int) -> None:
        if self.in_annex:
            raise DocumentTextError(f"line {line_number}: a second annex heading")
        self.in_annex, self.top_number, self.sub, self.point = True, 0, None, 0
        self.top = ("Annex",)
        self.add(self.top, "", line_number)

    def number(self, label: str, rest: str, line_number: int) -> None:
        value = int(label)
        if value <= self.top_number:
            raise DocumentTextError(
                f"line {line_number}: paragraph {value} follows paragraph {self.top_number}; "
                "the numbering must increase"
            )
        self.top_number, self.sub, self.point = value, None, 0
        self.top = ("Annex", str(value)) if self.in_annex else (str(value),)
        self.add(self.top, rest, line_number)

    def sublabel(self, label: str, rest: str, line_number: int) -> bool:
        """Place a lettered sub-paragraph or a roman-numbered point; False when the line is neither."""
        if self.top is None:
            return False
        letter = letter_ordinal(label)
        roman = roman_ordinal(label) if self.sub is not None else None
        letter_follows = letter is not None and letter == (self.sub[1] + 1 if self.sub else 1)
        roman_follows = roman is not None and roman == self.point + 1
        # "i" right after "h" is a letter, "i" under "c" a point; out of sequence, a numeral under a letter is a point.
        if letter_follows or (letter is not None and not roman_follows and (roman is None or letter > self.sub[1])):
            if self.sub is not None and letter <= self.sub[1]:
                raise DocumentTextError(
                    f"line {line_number}: sub-paragraph {label} follows {self.sub[0]} in paragraph "
                    f"{' '.join(self.top)}; the lettering must increase"
                )
            self.sub, self.point = (LATIN[letter - 1], letter), 0
            self.add((*self.top, LATIN[letter - 1]), rest, line_number)
            return True
        if roman is not None:
            if roman <= self.point:
                raise DocumentTextError(
                    f"line {line_number}: point {label} follows point {ROMANS[self.point - 1]} in "
                    f"{' '.join((*self.top, self.sub[0]))}; the numbering must increase"
                )
            self.point = roman
            self.add((*self.top, self.sub[0], label), rest, line_number)
            return True
        return False

    def continuation(self, line: str, blank_before: bool) -> None:
        if blank_before and not line.endswith(_SENTENCE_END):
            self.current = None  # a heading between paragraphs: what follows it belongs to no paragraph
            return
        if self.current is not None:
            joiner = "\n" if blank_before else " "
            self.current.text = f"{self.current.text}{joiner}{line}".strip()

    def read(self, text: str) -> list[ParsedParagraph]:
        for line in lines(text):
            if line.raw.lstrip().startswith("#"):
                self.current = None
            elif line.text.rstrip(":").casefold() in self.annex_words:
                self.annex(line.number)
            elif match := _NUMBER.match(line.text):
                self.number(match["label"], match["rest"], line.number)
            elif (match := _SUBLABEL.match(line.text)) and self.sublabel(match["label"], match["rest"], line.number):
                pass
            else:
                self.continuation(line.text, line.after_blank)
        return self.items


def parse_document_text(text: str, annex_words: tuple[str, ...] = ("annex",)) -> list[ParsedParagraph]:
    """Every numbered paragraph, sub-paragraph and point of the text, in order, with its own words."""
    items = _Reader(annex_words).read(text)
    if not items:
        raise DocumentTextError("no numbered paragraph found")
    return items
