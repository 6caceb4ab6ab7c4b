"""Finding references to outcome-document paragraphs and to resolutions in a text: plain Python, text in, spans out.

The parser knows the written forms of a reference ("§§ 27 and 50 c ii of TAIS", "para 108-110 + Annex",
"Resolution 30 (Rev. Hyderabad, 2010) of the World Telecommunication Development Conference") but no
document, body or resolution: the caller passes the names a document or body may be written under, each
mapped to the caller's key for it, and the parser hands those keys back.

Which document: the one named after the numbers ("§§ 27 and 50 of the Tunis Agenda" names it once for the
run); else the last one the text mentions before the numbers by an abbreviation or a title of more than one
word ('the Tunis Agenda stated that "…" (§ 102 (b))'); else the caller's default; else none, and the caller
reports the reference as unresolved rather than guess.

Spans: each element of a list gets its own span, so a page can link each number to its own paragraph; the
first element's span starts at the marker ("§§ 27") and the last one's takes in the document's name
("50 of the Tunis Agenda"). A range cannot be split into words per paragraph, so every paragraph of
"§§ 113-118" shares the range's span.
"""

import re
from collections.abc import Mapping
from dataclasses import dataclass

# The body key handed back for "of this conference": the caller knows which body is speaking.
SAME_BODY = "same"

# Longest range that is still read as a range of paragraphs; anything longer is reported, not expanded.
MAX_RANGE = 60


@dataclass(frozen=True)
class ParagraphTarget:
    """A paragraph or sub-paragraph of an outcome document: ("50", "c", "ii"), ("78", "a"), ("Annex",)."""

    document: str | None
    path: tuple[str, ...]
    document_named: bool = True


@dataclass(frozen=True)
class ResolutionTarget:
    """A resolution or decision as the words name it: kind, number and what the parenthesis and body say."""

    kind: str
    number: str
    place: str = ""
    year: int | None = None
    revised: bool = False
    body: str = ""


@dataclass(frozen=True)
class InternalTarget:
    """A cross-reference inside the citing text itself, such as "resolves 1, 2, and 3 above"."""

    keyword: str
    numbers: tuple[str, ...]


Target = ParagraphTarget | ResolutionTarget | InternalTarget


@dataclass(frozen=True)
class Reference:
    """Words at text[start:end] that name a target; target is None, and problem says why, when they make no sense."""

    start: int
    end: int
    words: str
    target: Target | None
    problem: str = ""


_MARKER = re.compile(r"(?<![\w§])(?:§§|§|paragraphs?\b|paras?\b\.?)[ \t\u00a0]*(?=\d|\()", re.IGNORECASE)
_NUMBER = re.compile(r"\d+(?![\d/.]\d)")
_ROMAN = r"(?:iii|ii|iv|ix|viii|vii|vi|v|x|i)"
_ATTACHED_LETTER = re.compile(r"([a-z])(?![\w])")
_PAREN_SUB = re.compile(r" ?\(([a-z]|" + _ROMAN + r")\)")
_SPACED_LETTER = re.compile(r" ([a-z])(?![\w])")
_SPACED_ROMAN = re.compile(r" (" + _ROMAN + r")(?![\w])")
_NEXT_WORD = re.compile(r" +([A-Za-z]+)")
# Words that may follow a spaced sub-paragraph letter: "§ 72 c of TAIS", "§ 78 a and …".
_AFTER_SUB = {"of", "and", "or", "to", "in"}
_RANGE_SEP = re.compile(r"[ \t]*(?:-|–|—|[ \t]to[ \t]+(?:§[ \t]*)?)[ \t]*(?=\d)")
_LIST_SEP = re.compile(
    r"[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]+|\+|&)[ \t]*(?:(?:§§?|paras?\.?|paragraphs?)[ \t]*)?"
)
_BARE_SEP = re.compile(r"[ \t]*;[ \t]*")
_ANNEX = re.compile(r"(?:the[ \t]+)?annex\b", re.IGNORECASE)
_DOC_LINK = re.compile(r"[ \t]*,?[ \t]*(?:of|in|to)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)

_RESOLUTION = re.compile(
    r"(?<![\w.])(?P<kind>Resolution|Res\.|Decision|Dec\.)[ \t\u00a0]*(?:No\.[ \t]*)?(?P<number>\d+(?:/\d+)?)(?![\d/])",
    re.IGNORECASE,
)
_PARENTHESIS = re.compile(
    r"[ \t]*\((?P<inside>(?:Rev\.|revised|modified)?[ \t]*(?:[^()\d]*?[, -][ \t]*)?(?:\d{4}|\d{2}))\)"
)
_PAREN_INSIDE = re.compile(
    r"(?P<rev>Rev\.|revised)?[ \t]*(?P<modified>modified)?[ \t]*"
    r"(?:(?P<place>[^()\d,-]*?)[ \t]*[,-]?[ \t]*)?(?P<year>\d{4}|\d{2})$",
    re.IGNORECASE,
)
_THIS_CONFERENCE = re.compile(r"[ \t]*,?[ \t]*of[ \t]+this[ \t]+(?:conference|assembly|session)\b", re.IGNORECASE)
_OF_BODY = re.compile(r"[ \t]*,?[ \t]*(?:of|adopted[ \t]+by)[ \t]+(?:the[ \t]+)?", re.IGNORECASE)
_BODY_ACRONYM = re.compile(r"[ \t]*\([A-Z][A-Za-z-]*\)")
_SESSION_YEAR = re.compile(r"[ \t]+at[ \t]+its[ \t]+(\d{4})[ \t]+session\b")
_INTERNAL = re.compile(
    r"\*?\b(?P<keyword>[a-z]+)\*?[ \t]+(?P<numbers>\d+(?:[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]and[ \t]+)\d+)*)"
    r"[ \t]+(?:above|below)\b"
)


def _alias_pattern(names, joined_year=False) -> re.Pattern | None:
    """One regex for every name, longest first so "Tunis Agenda for the Information Society" beats "Tunis Agenda"."""
    names = sorted({n for n in names if n.strip()}, key=len, reverse=True)
    if not names:
        return None
    parts = []
    for name in names:
        words = r"[ \t\u00a0]+".join(re.escape(w) for w in name.split())
        # An abbreviation is matched as written (TA is not "ta"); a title in any case.
        parts.append(words if name.isupper() else "(?i:" + words + ")")
    # A body's name may carry its year joined by a hyphen ("WTDC-06"); a document's may not ("TA-x" is not TA).
    after = r"(?!\w)" if joined_year else r"(?![\w-])"
    return re.compile(r"(?<![\w-])(?:" + "|".join(parts) + ")" + after)


def _lookup(table: Mapping[str, str], written: str) -> str | None:
    key = " ".join(written.split())
    if key in table:
        return table[key]
    folded = {" ".join(k.split()).casefold(): v for k, v in table.items() if not k.isupper()}
    return folded.get(key.casefold())


def _year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 2:
        year += 1900 if year > 50 else 2000
    return year


class _Scanner:
    def __init__(self, text, documents, bodies, default_document, bare):
        self.text = text
        self.documents = dict(documents)
        self.bodies = dict(bodies)
        self.default_document = default_document
        self.bare = bare
        self.document_names = _alias_pattern(self.documents)
        # Names that, mentioned in passing, set the document of a later unnamed reference: abbreviations and
        # titles of more than one word, not a lone common word such as "Plan".
        self.context_names = _alias_pattern(n for n in self.documents if n.isupper() or len(n.split()) > 1)
        self.body_names = _alias_pattern(self.bodies, joined_year=True)
        self.taken: list[tuple[int, int]] = []

    def free(self, start, end):
        return all(end <= s or start >= e for s, e in self.taken)

    # --- resolutions -------------------------------------------------------------------------------------------

    def resolutions(self):
        found = []
        for match in _RESOLUTION.finditer(self.text):
            start, end = match.span()
            kind = "decision" if match["kind"].lower().startswith("dec") else "resolution"
            number = match["number"]
            place, year, revised, body = "", None, False, ""
            prefix = self._body_before(start)
            if prefix:
                start, body, year = prefix
            paren = _PARENTHESIS.match(self.text, end)
            if paren:
                inside = _PAREN_INSIDE.match(paren["inside"].strip())
                if inside:
                    end = paren.end()
                    revised = bool(inside["rev"])
                    year = _year(inside["year"])
                    written_place = (inside["place"] or "").strip()
                    named_body = self.bodies and _lookup(self.bodies, written_place) if written_place else None
                    if named_body:
                        body = body or named_body
                    else:
                        place = written_place
            this = _THIS_CONFERENCE.match(self.text, end)
            if this:
                end, body = this.end(), SAME_BODY
            elif self.body_names:
                link = _OF_BODY.match(self.text, end)
                named = link and self.body_names.match(self.text, link.end())
                if named:
                    end, body = named.end(), self.bodies.get(named[0]) or _lookup(self.bodies, named[0])
                    acronym = _BODY_ACRONYM.match(self.text, end)
                    if acronym:
                        end = acronym.end()
                    session = _SESSION_YEAR.match(self.text, end)
                    if session:
                        end, year = session.end(), int(session[1])
            target = ResolutionTarget(kind, number, place, year, revised, body)
            found.append(Reference(start, end, self.text[start:end], target))
            self.taken.append((start, end))
        return found

    def _body_before(self, start):
        """ "WTDC-06 Res. 45", "UNGA Resolution 60/252": a body's name, with or without a year, just before."""
        if not self.body_names:
            return None
        window = self.text[max(0, start - 80) : start]
        for named in self.body_names.finditer(window):
            rest = window[named.end() :]
            tail = re.fullmatch(r"(?:-(\d{2}|\d{4}))?[ \t]+", rest)
            if tail:
                year = _year(tail[1]) if tail[1] else None
                return start - len(window) + named.start(), _lookup(self.bodies, named[0]), year
        return None

    # --- internal cross-references -----------------------------------------------------------------------------

    def internal(self):
        found = []
        for match in _INTERNAL.finditer(self.text):
            if not self.free(*match.span()):
                continue
            numbers = tuple(re.findall(r"\d+", match["numbers"]))
            found.append(Reference(*match.span(), match[0], InternalTarget(match["keyword"], numbers)))
            self.taken.append(match.span())
        return found

    # --- paragraphs --------------------------------------------------------------------------------------------

    def paragraphs(self):
        found = []
        starts = [(m.start(), m.end()) for m in _MARKER.finditer(self.text)]
        if self.bare:
            starts += [(m.end(), m.end()) for m in re.finditer(r"(?:^|[;,(]|\band\b)[ \t]*(?=\d)", self.text)]
        if self.document_names:
            # "Annex of TAIS", "the Annex to the Tunis Agenda": an annex needs no marker when its document follows.
            for m in _ANNEX.finditer(self.text):
                link = _DOC_LINK.match(self.text, m.end())
                if link and self.document_names.match(self.text, link.end()):
                    starts.append((m.start(), m.start()))
        for start, body in sorted(set(starts)):
            if not self.free(start, body + 1):
                continue
            run = self._run(start, body)
            if run:
                found.extend(run)
                self.taken.append((run[0].start, max(r.end for r in run)))
        return found

    def _run(self, start, pos):
        """Parse a run of elements from pos: "27 and 50 c ii of TAIS", "108-110 + Annex", "26(g) and 90; 91"."""
        elements = []  # (start, end, [paths] or None, problem)
        while True:
            element = self._element(pos)
            if element is None:
                break
            e_start, e_end, paths, problem = element
            elements.append([start if not elements else e_start, e_end, paths, problem])
            sep = _LIST_SEP.match(self.text, e_end) or (self.bare and _BARE_SEP.match(self.text, e_end))
            if not sep or self._element(sep.end()) is None:
                break
            pos = sep.end()
        if not elements:
            return []
        document, named = None, False
        last_end = elements[-1][1]
        link = _DOC_LINK.match(self.text, last_end)
        name = link and self.document_names and self.document_names.match(self.text, link.end())
        if name:
            document, named = _lookup(self.documents, name[0]), True
            elements[-1][1] = name.end()
        else:
            document = self._document_in_context(start)
        references = []
        for e_start, e_end, paths, problem in elements:
            words = self.text[e_start:e_end]
            if problem:
                references.append(Reference(e_start, e_end, words, None, problem))
                continue
            for path in paths:
                references.append(Reference(e_start, e_end, words, ParagraphTarget(document, path, named)))
        return references

    def _document_in_context(self, start):
        return self.last_mention(start) or self.default_document

    def last_mention(self, end):
        if self.context_names:
            mentions = list(self.context_names.finditer(self.text, 0, end))
            if mentions:
                return _lookup(self.documents, mentions[-1][0])
        return None

    def _element(self, pos):
        """One list element at pos: (start, end, paths, problem), or None when nothing there is a paragraph."""
        annex = _ANNEX.match(self.text, pos)
        if annex:
            return pos, annex.end(), [("Annex",)], ""
        number = _NUMBER.match(self.text, pos)
        if not number:
            return None
        first = number[0]
        if first.startswith("0"):
            return pos, number.end(), [], f"no paragraph is numbered {first}"
        rng = _RANGE_SEP.match(self.text, number.end())
        last = rng and _NUMBER.match(self.text, rng.end())
        if last:
            low, high = int(first), int(last[0])
            if last[0].startswith("0"):
                return pos, last.end(), [], f"no paragraph is numbered {last[0]}"
            if high <= low:
                return pos, last.end(), [], f"the range {low} to {high} does not run upwards"
            if high - low >= MAX_RANGE:
                return pos, last.end(), [], f"the range {low} to {high} is too long to be meant"
            return pos, last.end(), [(str(n),) for n in range(low, high + 1)], ""
        path, end = self._subs(number.end())
        return pos, end, [(first, *path)], ""

    def _subs(self, pos):
        """Sub-paragraph letter and point numeral after a number: "78a", "102 (b)", "50 c ii", "26(g)"."""
        path = []
        attached = _ATTACHED_LETTER.match(self.text, pos)
        if attached:
            path.append(attached[1])
            pos = attached.end()
        while len(path) < 2:
            paren = _PAREN_SUB.match(self.text, pos)
            if paren and (path or not re.fullmatch(_ROMAN + "{2,}", paren[1])):
                path.append(paren[1])
                pos = paren.end()
                continue
            spaced = (_SPACED_ROMAN if path else _SPACED_LETTER).match(self.text, pos)
            if spaced and self._sub_ends(spaced.end(), deeper=not path):
                path.append(spaced[1])
                pos = spaced.end()
                continue
            break
        return path, pos

    def _sub_ends(self, pos, deeper):
        """A spaced letter is a sub-paragraph only if no ordinary word follows it ("§ 5 a new" is not § 5 a)."""
        word = _NEXT_WORD.match(self.text, pos)
        if not word:
            return True
        following = word[1]
        return following in _AFTER_SUB or (deeper and re.fullmatch(_ROMAN, following) is not None)


def find_references(
    text: str,
    documents: Mapping[str, str] | None = None,
    bodies: Mapping[str, str] | None = None,
    default_document: str | None = None,
    bare: bool = False,
) -> list[Reference]:
    """Every reference in text, in order of position.

    documents maps each name a document may be written under ("TAIS", "Tunis Agenda") to the caller's key for it;
    bodies does the same for the bodies that adopt resolutions ("WTDC", "Plenipotentiary Conference").
    default_document is the key of the document an unnamed paragraph belongs to when the text itself does not
    say. bare=True reads a text that is nothing but paragraph numbers ("26(g) and 90; 91; 92"), as the 2006
    plan writes them, where numbers need no "§" or "para" before them.
    """
    scanner = _Scanner(text, documents or {}, bodies or {}, default_document, bare)
    found = scanner.resolutions() + scanner.internal() + scanner.paragraphs()
    return sorted(found, key=lambda r: (r.start, r.end))


def last_document_named(text: str, documents: Mapping[str, str]) -> str | None:
    """The key of the last document that text names by an abbreviation or a title of more than one word."""
    return _Scanner(text, documents, {}, None, False).last_mention(len(text))
