"""What a search query names, as delegates write it in six languages: "§ 96", "para 96", "TA 96", "Res 140",
"Resolution 30", "C5", "paragraphe 96", "Resolución 140", "пункт 96", "الفقرة 96", "第96段", "第140号决议".

Plain Python: the query is rewritten into the English forms the reference parser reads (references.py), and the
parser finds the references; the caller passes the names of its documents and bodies, as it does for a text.
"""

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass

from .references import ParagraphTarget, ResolutionTarget, find_references

# Other languages' words for a paragraph, a resolution and a decision, each with what the parser reads instead.
# Arabic and Russian forms carry the article or case endings a query may have; longest first within a language.
_LOCAL_WORDS = [
    (r"paragraphes?|alinéas?|par\.", "paragraph"),
    (r"párrafos?|párr\.", "paragraph"),
    (r"пункт[аыуе]?|п\.", "paragraph"),
    (r"(?:ال)?فقر(?:ة|ات)", "paragraph"),
    (r"résolutions?|rés\.?", "Resolution"),
    (r"resoluci(?:ón|on|ones)", "Resolution"),
    (r"резолюци[яиюей]", "Resolution"),
    (r"(?:ال)?قرار(?:ات)?", "Resolution"),
    (r"décisions?|decisi(?:ón|on|ones)", "Decision"),
    (r"решени[еяюи]", "Decision"),
    (r"(?:ال)?مقرر(?:ات)?", "Decision"),
]
_LOCAL = re.compile(r"(?<!\w)(?:" + "|".join(f"(?:{p})" for p, _ in _LOCAL_WORDS) + r")(?=[\s\d]|$)", re.I)
# Chinese writes the number inside the word: 第96段 (paragraph 96), 第140号决议 (Resolution 140), 第8号决定.
_CHINESE = [
    (re.compile(r"第\s*(\d+)\s*段"), r"paragraph \1"),
    (re.compile(r"第\s*(\d+(?:/\d+)?)\s*号\s*决议"), r"Resolution \1"),
    (re.compile(r"第\s*(\d+)\s*号\s*决定"), r"Decision \1"),
    (re.compile(r"决议\s*(\d+)"), r"Resolution \1"),
    (re.compile(r"决定\s*(\d+)"), r"Decision \1"),
]
# "Res 140", "Dec 8", "para96": the parser wants the dot, or a space.
_SHORT = re.compile(r"(?<!\w)(res|dec)\.?\s*(?=\d)", re.I)
_JOINED = re.compile(r"(?<!\w)(§§?|paras?|paragraphs?)(?=\d)", re.I)
# An action line by its code; Russian readers may type a Cyrillic С.
_ACTION_LINE = re.compile(r"(?<!\w)[CcСс]\s?(\d{1,2})(?!\w)")


@dataclass(frozen=True)
class ActionLineTarget:
    number: int


def normalize(query: str) -> str:
    """The query with full-width and Arabic-Indic digits as ASCII, other languages' words for a paragraph,
    resolution or decision in English, and Chinese "第96段" as "paragraph 96"."""
    text = unicodedata.normalize("NFKC", query)
    text = "".join(str(unicodedata.digit(c)) if c.isdigit() and not c.isascii() else c for c in text)
    for pattern, replacement in _CHINESE:
        text = pattern.sub(replacement, text)

    def english(match):
        written = match[0]
        return next(word for p, word in _LOCAL_WORDS if re.fullmatch(p, written, re.I))

    text = _LOCAL.sub(english, text)
    text = _SHORT.sub(lambda m: "Res. " if m[1].lower() == "res" else "Dec. ", text)
    return _JOINED.sub(lambda m: m[1] + " ", text)


def _document_first(text: str, documents: Mapping[str, str]) -> str:
    """ "TA 96", "Agenda de Tunis 96": a document named before a bare number is "§ 96 of TA"."""
    for name in sorted(documents, key=len, reverse=True):
        match = re.fullmatch(rf"\s*{re.escape(name)}\s*,?\s*(?:§§?\s*|paragraph\s+)?(\d+.*?)\s*", text, re.I)
        if match and (not name.isupper() or text.strip().startswith(name)):
            return f"§ {match[1]} of {name}"
    return text


def read_query(
    query: str, documents: Mapping[str, str], bodies: Mapping[str, str]
) -> list[ParagraphTarget | ResolutionTarget | ActionLineTarget]:
    """The items a query names by reference, in the order written; [] for a query of plain words."""
    text = _document_first(normalize(query), documents)
    targets: list = [
        ref.target
        for ref in find_references(text, documents, bodies)
        if isinstance(ref.target, ParagraphTarget | ResolutionTarget)
    ]
    for match in _ACTION_LINE.finditer(text):
        number = int(match[1])
        if 1 <= number <= 11:
            targets.append(ActionLineTarget(number))
    return targets
