"""The seed-to-portal audit (docs/audit/seed-audit.csv) holds: one row for every sentence of the five seeds, in seed
order; every row either shown, with the words a reader finds on the page it names, or left out for a reason written
on the row; and no page prints a year that no seed gives."""

import csv
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
AUDIT = ROOT / "docs" / "audit" / "seed-audit.csv"
SEEDS = sorted((ROOT / "docs" / "audit" / "seeds").glob("*.txt"))
SEP = " | "

# A sentence ends at . ! or ? followed by a space and a capital, digit, quote or bracket, except after these.
ABBREVIATION = re.compile(r"(?:\b(?:Dr|No|Res|Rev|para|paras|St|Mr|e\.g|etc)|\b[A-Z])\.$")
BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z0-9“\"(\[])")
BULLET = re.compile(r"^(?:[-•]\s*)+")
YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")


def sentences(line: str) -> list[str]:
    text = BULLET.sub("", line.strip()).strip()
    if not text:
        return []
    found, pending = [], ""
    for piece in BREAK.split(text):
        pending = f"{pending} {piece}".strip() if pending else piece
        if not ABBREVIATION.search(pending):
            found.append(pending)
            pending = ""
    if pending:
        found.append(pending)
    return found


def opening(sentence: str, n: int = 12) -> str:
    words = sentence.split()
    return " ".join(words[:n]) + (" …" if len(words) > n else "")


def seed_sentences():
    for path in SEEDS:
        lines = path.read_text(encoding="utf-8", errors="replace").split("\n")
        for number, line in enumerate(lines, 1):
            for part, sentence in enumerate(sentences(line), 1):
                yield path.name, number, part, sentence


def rows():
    with AUDIT.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


class _VisibleText(HTMLParser):
    """The text a reader sees in <body>, or in the element with a given id; block elements separate words."""

    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
    BLOCK = {
        "address", "article", "aside", "blockquote", "br", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "footer", "h1", "h2", "h3", "h4", "h5", "h6", "header", "li", "main", "nav", "ol",
        "p", "section", "summary", "table", "td", "th", "tr", "ul",
    }  # fmt: skip
    HIDDEN = {"head", "script", "style", "template"}

    def __init__(self, element_id=None):
        super().__init__(convert_charrefs=True)
        self.element_id, self.depth, self.hidden, self.parts, self.found = element_id, 0, 0, [], False

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
        if self.element_id is not None and tag not in self.VOID:
            if self.depth:
                self.depth += 1
            elif dict(attrs).get("id") == self.element_id:
                self.depth, self.found = 1, True
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden -= 1
        if self.element_id is not None and self.depth and tag not in self.VOID:
            self.depth -= 1
        if tag in self.BLOCK:
            self.parts.append(" ")

    def handle_data(self, data):
        if not self.hidden and (self.element_id is None or self.depth):
            self.parts.append(data)


def visible_text(html: str, element_id: str | None = None) -> str:
    parser = _VisibleText(element_id)
    parser.feed(html)
    assert element_id is None or parser.found, f"no element with id {element_id!r}"
    return " ".join("".join(parser.parts).split())


def test_the_audit_has_one_row_per_seed_sentence_in_seed_order():
    expected = [(seed, str(line), str(part), opening(sentence)) for seed, line, part, sentence in seed_sentences()]
    actual = [(r["seed"], r["line"], r["part"], r["item"]) for r in rows()]
    assert len(SEEDS) == 5
    assert actual == expected


def test_every_row_is_shown_or_left_out_for_a_written_reason():
    unsettled = [(r["seed"], r["line"], r["part"], r["status"]) for r in rows() if r["status"] != "shown" and not (
        r["status"] == "left-out" and r["reason"] and not r["page"]
    )]  # fmt: skip
    assert unsettled == [], "rows still to add or to fix, or left out without a reason"


def test_every_shown_row_names_as_many_pages_as_words_and_its_record():
    malformed = [
        (r["seed"], r["line"], r["part"])
        for r in rows()
        if r["status"] == "shown"
        and (
            not r["page"]
            or not r["record"]
            or len(r["page"].split(SEP)) != len(r["words"].split(SEP))
            or not all(p.startswith("/en/") for p in r["page"].split(SEP))
        )
    ]
    assert malformed == []


@pytest.mark.django_db
def test_every_shown_fact_stands_in_its_words_on_its_page(client):
    pages: dict[str, str] = {}
    missing = []
    for row in rows():
        if row["status"] != "shown":
            continue
        for target, words in zip(row["page"].split(SEP), row["words"].split(SEP), strict=True):
            path, _, fragment = target.partition("#")
            if path not in pages:
                response = client.get(path)
                assert response.status_code == 200, path
                pages[path] = response.content.decode()
            if " ".join(words.split()) not in visible_text(pages[path], fragment or None):
                missing.append(f"{row['seed']}:{row['line']}.{row['part']} {target}: {words[:80]}")
    assert missing == []


@pytest.mark.django_db
def test_no_english_page_prints_a_year_that_no_seed_gives(client):
    seed_years = set()
    for path in SEEDS:
        seed_years |= set(YEAR.findall(path.read_text(encoding="utf-8", errors="replace")))
    index = client.get("/sitemap.xml").content.decode()
    sitemap = "".join(
        client.get(re.sub(r"^https?://[^/]+", "", loc)).content.decode()
        for loc in re.findall(r"<loc>([^<]+)</loc>", index)
    )
    paths = sorted({re.sub(r"^https?://[^/]+", "", u) for u in re.findall(r"<loc>([^<]+)</loc>", sitemap)})
    english = [p for p in paths if p.startswith("/en/")]
    assert len(english) > 40
    strays = []
    for path in english:
        text = visible_text(client.get(path).content.decode())
        strays += [f"{path}: {year}" for year in sorted(set(YEAR.findall(text)) - seed_years)]
    assert strays == []
