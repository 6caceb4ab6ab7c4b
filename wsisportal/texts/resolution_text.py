"""Reading a resolution's official text in one language from plain text, and comparing its structure with another.

Pure Python, no Django: text in, sections and clauses out. The layout is the one the ITU prints: each section
keyword on a line of its own (*considérant*, *décide*), then the section's clauses, each opened by its label
("a)", "(b)", "1", "1."), or one unlabelled paragraph. Markdown emphasis and "- " bullets are tolerated.
"""

import re
from dataclasses import dataclass, field

from .keywords import keyword_kinds
from .scripts import label_key, lines, strip_emphasis, strip_line


class OfficialTextError(ValueError):
    """A text whose layout or structure is not what it should be; the message says where."""


_LABEL = re.compile(
    r"""^(?:
        [(（]?(?P<letter>[a-z]|[а-я]|[\u0621-\u064a])\s?[)）]   # a)  (a)  а)  (أ)  أ )
      | (?P<number>\d{1,3})(?:[.)）．]\s*|\s+)                  # 1  1.  1)
    )\s*""",
    re.VERBOSE,
)
# A clause ends like a sentence; a keyword line does not (though it may end with a colon).
_TRAILING_PUNCTUATION = tuple(",;.，；。、،؛")


@dataclass
class ParsedClause:
    label: str  # as printed, "a)", "1", or "" for an unlabelled paragraph
    text: str
    line: int


@dataclass
class ParsedSection:
    keyword: str  # as printed, without markup
    kinds: tuple[str, ...]
    line: int
    clauses: list[ParsedClause] = field(default_factory=list)

    @property
    def labels(self) -> list[str]:
        return [clause.label for clause in self.clauses]


@dataclass(frozen=True)
class ReferenceSection:
    """A section of the text the file is compared with (the English in the database): its keyword and labels."""

    keyword: str
    kind: str
    labels: tuple[str, ...]


def _split_label(line: str) -> tuple[str, str] | None:
    match = _LABEL.match(line)
    if not match:
        return None
    label = match.group(0).strip()
    return label, line[match.end() :]


def _is_keyword_line(line: str, language: str) -> tuple[str, ...]:
    """The kinds a line opens if it is a keyword line: short, with no number, not ending like a sentence."""
    if not line or len(line) > 160 or line.endswith(_TRAILING_PUNCTUATION) or any(c.isdigit() for c in line):
        return ()
    return keyword_kinds(line, language)


def parse_resolution_text(text: str, language: str) -> list[ParsedSection]:
    """Sections and clauses of a resolution's text; lines before the first keyword (title, preamble) are skipped."""
    sections: list[ParsedSection] = []
    clause: ParsedClause | None = None
    for line in lines(text):
        kinds = _is_keyword_line(line.text, language)
        if kinds:
            keyword = strip_emphasis(line.text).rstrip(":：").strip()
            sections.append(ParsedSection(keyword=keyword, kinds=kinds, line=line.number))
            clause = None
        elif sections:
            # A clause keeps the emphasis its official text marks ("*inter alia*"): pages render it in italics.
            labelled = _split_label(line.text)
            if labelled:
                clause = ParsedClause(label=labelled[0], text=labelled[1].strip(), line=line.number)
                sections[-1].clauses.append(clause)
            elif clause is None:
                clause = ParsedClause(label="", text=line.text, line=line.number)
                sections[-1].clauses.append(clause)
            else:
                joiner = "\n" if line.after_blank else " "
                clause.text = f"{clause.text}{joiner}{line.text}".strip()
    if not sections:
        raise OfficialTextError("no section keyword found (is --language right?)")
    for section in sections:
        if not section.clauses:
            raise OfficialTextError(f"line {section.line}: section “{section.keyword}” has no text")
    return sections


def parse_opening(text: str, language: str) -> str:
    """The opening words before the first keyword ("The Plenipotentiary Conference …,"), or "" if there are none.

    They are the last paragraph before the first keyword line, and end with a comma as ITU prints them;
    a title or heading above them is not part of them.
    """
    paragraphs: list[list[str]] = [[]]
    for raw in text.splitlines():
        line = strip_line(raw)
        if not line:
            paragraphs.append([])
        elif _is_keyword_line(line, language):
            break
        else:
            paragraphs[-1].append(strip_emphasis(line))
    last = next((" ".join(p) for p in reversed(paragraphs) if p), "")
    return last if last.endswith((",", "，", "،")) else ""


def describe_labels(labels: list[str] | tuple[str, ...]) -> str:
    """ "a)–m)" for a run, "a), c)" otherwise, "one unlabelled paragraph" for a section without labels."""
    if not labels:
        return "no clauses"
    if len(labels) == 1 and not labels[0]:
        return "one unlabelled paragraph"
    keys = [label_key(label) for label in labels]
    run = all(k[0] == keys[0][0] and k[1] == keys[0][1] + i for i, k in enumerate(keys))
    if run and len(labels) > 2:
        return f"{labels[0]}–{labels[-1]}"
    return ", ".join(label or "(unlabelled)" for label in labels)


def first_mismatch(parsed: list[ParsedSection], reference: list[ReferenceSection]) -> str | None:
    """The first way the parsed structure differs from the reference one, in words; None when they match."""
    for index, (mine, theirs) in enumerate(zip(parsed, reference, strict=False), start=1):
        if theirs.kind not in mine.kinds:
            return (
                f"section {index} is “{mine.keyword}” ({' or '.join(mine.kinds)}, line {mine.line}), "
                f"the English has “{theirs.keyword}” ({theirs.kind})"
            )
        my_keys = [label_key(label) for label in mine.labels]
        their_keys = [label_key(label) for label in theirs.labels]
        if my_keys != their_keys:
            return (
                f"section {index} ({mine.keyword}) has clauses {describe_labels(mine.labels)}, "
                f"the English has {describe_labels(theirs.labels)}"
            )
    if len(parsed) < len(reference):
        missing = reference[len(parsed)]
        return (
            f"the file has {len(parsed)} sections, the English has {len(reference)}: "
            f"section {len(parsed) + 1} (“{missing.keyword}”) is missing"
        )
    if len(parsed) > len(reference):
        extra = parsed[len(reference)]
        return (
            f"the file has {len(parsed)} sections, the English has {len(reference)}: "
            f"section {len(reference) + 1} (“{extra.keyword}”, line {extra.line}) is not in the English"
        )
    return None
