"""The scripts official texts are printed in, each fact about them written once: the alphabets that letter clauses,
Arabic letter forms, roman numerals, and the bullets and emphasis a plain-text file wraps around its lines."""

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

LATIN = "abcdefghijklmnopqrstuvwxyz"
CYRILLIC = "абвгдежзиклмнопрстуфхцчшщэюя"
# Arabic texts letter their clauses in the abjad order: أ ب ج د ه و ز ح ط ي ك ل م …
ABJAD = "ابجدهوزحطيكلمنسعفصقرشتثخذضظغ"
ALPHABETS = (LATIN, CYRILLIC, ABJAD)

ROMANS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")

# One letter whatever its written form: alif with hamza, madda or wasla is alif; alif maqsura is ya; ta marbuta is ha.
ARABIC_LETTER_FORMS = str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"})
# Vowel marks, Quranic annotation signs and tatweel: present in some files, absent in others.
ARABIC_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")
APOSTROPHES = str.maketrans({"’": "'", "ʼ": "'", "‘": "'"})

_BULLET = re.compile(r"^\s*(?:[-•]\s+)?")
_LINE_EMPHASIS = re.compile(r"^[*_]+|[*_]+$")
# An emphasis marker opens before a word and closes after one: "*inter alia*", "**resolves**".
_EMPHASIS = re.compile(r"(?<![\w*])\*{1,2}(?=\S)|(?<=\S)\*{1,2}(?![\w*])")
_MARKUP = re.compile(r"[*_`]+")
_LABEL_PUNCTUATION = re.compile(r"[\s()（）).．]")


def fold_arabic(text: str) -> str:
    """Arabic without vowel marks and with one form per letter, as two files of the same text are compared."""
    return ARABIC_MARKS.sub("", text).translate(ARABIC_LETTER_FORMS)


def letter_ordinal(letter: str) -> int | None:
    """The place of a single letter in its alphabet, whatever the script: "c", "в" and "ج" are all 3."""
    token = letter.lower().translate(ARABIC_LETTER_FORMS)
    for alphabet in ALPHABETS:
        if len(token) == 1 and token in alphabet:
            return alphabet.index(token) + 1
    return None


def roman_ordinal(numeral: str) -> int | None:
    """The value of a lower-case roman numeral up to xv, as points are numbered: "iv" is 4."""
    return ROMANS.index(numeral) + 1 if numeral in ROMANS else None


def label_key(label: str) -> tuple[str, int]:
    """What a printed label means, whatever script prints it: "c)", "(в)" and "ج)" are all the third letter."""
    token = _LABEL_PUNCTUATION.sub("", unicodedata.normalize("NFKC", label))
    if not token:
        return ("", 0)
    if token.isdigit():
        return ("number", int(token))
    ordinal = letter_ordinal(token)
    if ordinal is not None:
        return ("letter", ordinal)
    return ("other", hash(token))


def strip_line(line: str) -> str:
    """A line without its bullet ("- ", "• "), emphasis around the whole line, and surrounding space."""
    line = _BULLET.sub("", line, count=1).strip()
    return _LINE_EMPHASIS.sub("", line).strip()


def strip_emphasis(text: str) -> str:
    """Text without markdown emphasis markers: "*inter alia*" → "inter alia"."""
    return _EMPHASIS.sub("", text).strip()


# Emphasis inside an official text, as its source marks it: one asterisk each side of the words, "*inter alia*".
EMPHASIS_MARK = "*"
_EMPHASIZED = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")


def split_emphasis(text: str) -> tuple[str, list[tuple[int, int]]]:
    """The words of a marked text without their emphasis marks, and where the emphasized runs stand in them:
    "has, *inter alia*, specific" → ("has, inter alia, specific", [(5, 15)]). A lone asterisk is kept as a word."""
    plain, spans, position = [], [], 0
    length = 0
    for match in _EMPHASIZED.finditer(text):
        before = text[position : match.start()]
        plain.append(before)
        length += len(before)
        words = match.group(1)
        spans.append((length, length + len(words)))
        plain.append(words)
        length += len(words)
        position = match.end()
    plain.append(text[position:])
    return "".join(plain), spans


def strip_markup(text: str) -> str:
    """Text without any markup character at all, for comparing words: "*considering*" → "considering"."""
    return _MARKUP.sub("", text)


@dataclass(frozen=True)
class Line:
    """A non-blank line of a plain-text file: its number, its text as written and stripped, and whether a blank
    line stands before it (which ends a paragraph)."""

    number: int
    raw: str
    text: str
    after_blank: bool


def lines(text: str) -> Iterator[Line]:
    """The non-blank lines of a file, stripped of bullets and whole-line emphasis, numbered from 1."""
    blank_before = False
    for number, raw in enumerate(text.splitlines(), start=1):
        stripped = strip_line(raw)
        if not stripped:
            blank_before = True
            continue
        yield Line(number, raw, stripped, blank_before)
        blank_before = False
