"""The reference parser on its own: every form the seeds write, and generated lists, ranges and sub-paragraphs."""

import itertools
import re
import subprocess
import sys
from pathlib import Path

from hypothesis import example, given
from hypothesis import strategies as st

from wsisportal.texts.references import (
    SAME_BODY,
    InternalTarget,
    ParagraphTarget,
    ResolutionTarget,
    find_references,
    last_document_named,
)

# What the caller builds from OutcomeDocument.abbreviation, .aliases and .title; keys stand for slugs.
DOCUMENTS = {
    "GP": "gp",
    "Geneva Declaration of Principles": "gp",
    "GPA": "gpa",
    "Geneva Plan of Action": "gpa",
    "Plan": "gpa",
    "TC": "tc",
    "Tunis Commitment": "tc",
    "TAIS": "ta",
    "TA": "ta",
    "Tunis Agenda": "ta",
    "Tunis Agenda for the Information Society": "ta",
}
BODIES = {
    "Plenipotentiary Conference": "pp",
    "Plenipotentiary": "pp",
    "PP": "pp",
    "World Telecommunication Development Conference": "wtdc",
    "WTDC": "wtdc",
    "World Telecommunication Standardization Assembly": "wtsa",
    "WTSA": "wtsa",
    "Council": "council",
    "United Nations General Assembly": "unga",
    "UNGA": "unga",
}


def refs(text, **options):
    return find_references(text, DOCUMENTS, BODIES, **options)


def paragraphs(text, **options):
    return [(r.target.document, r.target.path) for r in refs(text, **options) if isinstance(r.target, ParagraphTarget)]


def words(text, **options):
    return [r.words for r in refs(text, **options)]


# --- the forms the seeds and the issue name ----------------------------------------------------------------------


def test_a_single_paragraph_is_found_with_its_document_named_after_it():
    assert paragraphs("§ 96 of the Tunis Agenda") == [("ta", ("96",))]
    assert paragraphs("§ 120 of TAIS - encouraging") == [("ta", ("120",))]
    assert paragraphs("as stated in paragraph 64 of the Geneva Declaration of Principles;") == [("gp", ("64",))]
    assert words("as stated in § 64 of the Geneva Declaration of Principles;") == [
        "§ 64 of the Geneva Declaration of Principles"
    ]


def test_a_paragraph_with_no_document_takes_the_callers_default_or_none():
    assert paragraphs("World Information Society Day (para 121)") == [(None, ("121",))]
    assert paragraphs("(para 121)", default_document="ta") == [("ta", ("121",))]
    (ref,) = refs("(para 121)", default_document="ta")
    assert ref.target.document_named is False


def test_sub_paragraphs_in_every_written_form():
    assert paragraphs("(§ 102 (b))", default_document="ta") == [("ta", ("102", "b"))]
    assert paragraphs("(§ 78a of the Tunis Agenda)") == [("ta", ("78", "a"))]
    assert paragraphs("§ 27 and 50 c ii of TAIS") == [("ta", ("27",)), ("ta", ("50", "c", "ii"))]
    assert paragraphs("26(g) and 90", bare=True, default_document="ta") == [("ta", ("26", "g")), ("ta", ("90",))]
    assert paragraphs("para 115 of Tunis Agenda and para 28a of Plan") == [("ta", ("115",)), ("gpa", ("28", "a"))]
    assert paragraphs("§ 72 c of TAIS (in relation to IGF)") == [("ta", ("72", "c"))]


def test_the_document_a_clause_mentions_before_an_unnamed_paragraph_is_the_one_it_means():
    text = 'that the Tunis Agenda stated that "each UN agency should act according to its mandate" (§ 102 (b));'
    (ref,) = refs(text)
    assert (ref.target.document, ref.target.path, ref.words) == ("ta", ("102", "b"), "§ 102 (b)")
    assert text[ref.start : ref.end] == "§ 102 (b)"


def test_lists_give_one_reference_per_element_each_with_its_own_words():
    found = refs("(§§ 27 and 50 of the Tunis Agenda);")
    assert [(r.words, r.target.path) for r in found] == [("§§ 27", ("27",)), ("50 of the Tunis Agenda", ("50",))]
    assert {r.target.document for r in found} == {"ta"}
    assert paragraphs("Creation of Internet Governance Forum (paras 67, 72-79)", default_document="ta") == [
        ("ta", (str(n),)) for n in (67, 72, 73, 74, 75, 76, 77, 78, 79)
    ]
    assert paragraphs("paras 67,72-79", default_document="ta") == paragraphs("paras 67, 72-79", default_document="ta")
    assert paragraphs("§§ 27 & 50 of TAIS") == [("ta", ("27",)), ("ta", ("50",))]


def test_ranges_cite_every_paragraph_and_share_the_ranges_words():
    found = refs("(§§ 113-118 of the Tunis Agenda),")
    assert [r.target.path for r in found] == [(str(n),) for n in range(113, 119)]
    assert {r.words for r in found} == {"§§ 113-118 of the Tunis Agenda"}
    assert paragraphs("§ 112 to § 115 of TAIS –") == [("ta", (str(n),)) for n in range(112, 116)]
    assert paragraphs("Public Policy Development Process (paras 68-71)") == [(None, (str(n),)) for n in range(68, 72)]


def test_a_range_and_the_annex_share_the_document_named_once_after_them():
    assert paragraphs("Organisation of meeting (para 108-110 + Annex of Tunis Agenda)") == [
        ("ta", ("108",)),
        ("ta", ("109",)),
        ("ta", ("110",)),
        ("ta", ("Annex",)),
    ]
    assert paragraphs("Annex of TAIS – Action Line Moderators/Facilitators") == [("ta", ("Annex",))]
    assert paragraphs("as set out in the Annex to the Tunis Agenda") == [("ta", ("Annex",))]


def test_plan_rows_are_read_as_bare_numbers_separated_by_semicolons():
    assert paragraphs("26(g) and 90; 91; 92; 59; 93", bare=True, default_document="ta") == [
        ("ta", ("26", "g")),
        ("ta", ("90",)),
        ("ta", ("91",)),
        ("ta", ("92",)),
        ("ta", ("59",)),
        ("ta", ("93",)),
    ]
    assert paragraphs("para 114 of Tunis Agenda and para 28 of Plan", bare=True) == [
        ("ta", ("114",)),
        ("gpa", ("28",)),
    ]


def test_full_titles_and_abbreviations_name_the_same_document():
    for name in ("TAIS", "TA", "Tunis Agenda", "the Tunis Agenda for the Information Society"):
        assert paragraphs(f"§ 96 of {name}") == [("ta", ("96",))], name
    assert paragraphs("§ 3 of GP and § 4 of GPA and § 5 of TC") == [("gp", ("3",)), ("gpa", ("4",)), ("tc", ("5",))]


def test_resolutions_are_found_with_their_place_year_revision_and_body():
    def target(text):
        (ref,) = refs(text)
        return ref.target

    assert target("Resolution 73 (Minneapolis, 1998) of the Plenipotentiary Conference, which") == ResolutionTarget(
        "resolution", "73", "Minneapolis", 1998, False, "pp"
    )
    assert target(
        "Resolution 30 (Rev. Hyderabad, 2010) of the World Telecommunication Development Conference (WTDC);"
    ) == (ResolutionTarget("resolution", "30", "Hyderabad", 2010, True, "wtdc"))
    assert target("in particular Resolution 30 (Rev. Hyderabad, 2010), and") == ResolutionTarget(
        "resolution", "30", "Hyderabad", 2010, True, ""
    )
    assert target("including Resolution 1282 (Rev. 2008);") == ResolutionTarget("resolution", "1282", "", 2008, True)
    assert target("Decision 8 (Marrakesh, 2002) of the Plenipotentiary Conference, on") == ResolutionTarget(
        "decision", "8", "Marrakesh", 2002, False, "pp"
    )
    assert target("set out in Resolution 71 (Rev. Guadalajara, 2010) of this conference contains") == ResolutionTarget(
        "resolution", "71", "Guadalajara", 2010, True, SAME_BODY
    )
    assert target("in its Resolution 60/252, decided").number == "60/252"
    assert target("Secretary-General in Resolution 140 (Antalya, 2006) of the Plenipotentiary Conference;") == (
        ResolutionTarget("resolution", "140", "Antalya", 2006, False, "pp")
    )
    assert target("under Programme 3 and WTDC-06 Res. 45 Res and TSB") == ResolutionTarget(
        "resolution", "45", "", 2006, False, "wtdc"
    )
    assert target("to modify Resolution 1282 adopted by the Council at its 2008 session to") == ResolutionTarget(
        "resolution", "1282", "", 2008, False, "council"
    )
    assert target(
        "Resolution 75 (Johannesburg, 2008) of the World Telecommunication Standardization Assembly (WTSAs), on"
    ) == (ResolutionTarget("resolution", "75", "Johannesburg", 2008, False, "wtsa"))


def test_a_body_and_year_in_the_parenthesis_are_read_as_the_seed_pages_write_them():
    assert [r.target for r in refs("Resolution 30 (WTDC-10) Role of the ITU")] == [
        ResolutionTarget("resolution", "30", "", 2010, False, "wtdc")
    ]
    assert [r.target for r in refs("Resolution 140 (Plenipotentiary 2010) ITU's role")] == [
        ResolutionTarget("resolution", "140", "", 2010, False, "pp")
    ]
    assert [r.target for r in refs("Resolution 1332 (modified 2016) ITU role")] == [
        ResolutionTarget("resolution", "1332", "", 2016, False, "")
    ]


def test_the_words_of_a_resolution_reference_take_in_its_parenthesis_and_body():
    text = "b) Resolution 139 (Rev. Guadalajara, 2010) of this conference;"
    assert words(text) == ["Resolution 139 (Rev. Guadalajara, 2010) of this conference"]


def test_a_cross_reference_inside_the_resolution_is_recognised_and_is_not_a_paragraph():
    text = "to take all necessary measures for ITU to fulfil its role, as outlined in *resolves* 1, 2, and 3 above, in"
    (ref,) = refs(text)
    assert ref.target == InternalTarget("resolves", ("1", "2", "3"))
    assert paragraphs("in line with resolves 4 above;", bare=True) == []


def test_numbers_that_are_not_paragraphs_are_not_read_as_paragraphs():
    for text in (
        "in accordance with No. 81 of the Convention,",
        "calling also upon Programme 1 and the ITU-D study groups",
        "an overall review of the implementation of the Summit outcomes in 2015,",
        "the HLSOC, which comprised 28 UN agencies.",
        "the two WSIS forums hosted by ITU in May 2009 and May 2010;",
        "the strategic plan for the Union for 2012-2015",
        "Action Lines C2, C5 and C6",
    ):
        assert refs(text) == [], text


def test_nonsense_ranges_and_zero_are_reported_and_link_to_nothing():
    (backwards,) = refs("§§ 118-113 of the Tunis Agenda")
    assert backwards.target is None and "118 to 113" in backwards.problem
    (zero,) = refs("§ 0 of TAIS")
    assert zero.target is None and "0" in zero.problem
    (equal,) = refs("paras 50-50")
    assert equal.target is None and equal.problem
    (huge,) = refs("§§ 1-5000")
    assert huge.target is None and huge.problem


def test_a_document_named_in_passing_is_found_for_the_callers_default():
    assert last_document_named("ITU action related to specific paragraphs of the Tunis Agenda", DOCUMENTS) == "ta"
    # A lone common word such as "Plan" names a document only right after "of".
    assert last_document_named("the Hyderabad Action Plan", DOCUMENTS) is None
    assert paragraphs("the Hyderabad Action Plan, as in § 5") == [(None, ("5",))]


def test_a_short_abbreviation_is_matched_only_as_written():
    assert paragraphs("§ 5 of ta") == [(None, ("5",))]
    assert paragraphs("§ 5 of TA") == [("ta", ("5",))]


# --- generated forms ----------------------------------------------------------------------------------------------

LETTERS = "abcdefghjk"  # sub-paragraph letters (i, v and x left out: they read as numerals too)
NUMERALS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x")
PROSE = ("the", "role", "of", "ITU", "in", "implementing", "outcomes", "as", "stated", "recalling", "Summit", "with")


@st.composite
def single(draw):
    number = draw(st.integers(1, 400))
    path = [str(number)]
    written = str(number)
    if draw(st.booleans()):
        letter = draw(st.sampled_from(LETTERS))
        path.append(letter)
        written += draw(st.sampled_from(["{}", " {}", " ({})", "({})"])).format(letter)
        if draw(st.booleans()):
            numeral = draw(st.sampled_from(NUMERALS))
            path.append(numeral)
            written += draw(st.sampled_from([" {}", " ({})", "({})"])).format(numeral)
    return written, [tuple(path)]


@st.composite
def span(draw):
    low = draw(st.integers(1, 300))
    high = draw(st.integers(low + 1, low + 12))
    joiner = draw(st.sampled_from(["-", "–", " to ", " to § ", " - "]))
    return f"{low}{joiner}{high}", [(str(n),) for n in range(low, high + 1)]


annex = st.sampled_from(["Annex", "the Annex"]).map(lambda w: (w, [("Annex",)]))


@st.composite
def paragraph_run(draw):
    """A marker, a list of single paragraphs, ranges and the Annex, and maybe the document: text and expectation."""
    elements = draw(st.lists(st.one_of(single(), span()), min_size=1, max_size=5))
    if draw(st.booleans()):
        elements.append(draw(annex))
    marker = draw(st.sampled_from(["§", "§§", "§ ", "§§ ", "para ", "paras ", "paragraph ", "paragraphs "]))
    text = marker + elements[0][0]
    for written, _paths in elements[1:]:
        text += draw(st.sampled_from([", ", " and ", ", and ", " + ", " and § ", ", para "])) + written
    name = draw(st.none() | st.sampled_from(sorted(DOCUMENTS)))
    if name:
        text += draw(st.sampled_from([" of ", " of the "])) + name
    expected = [(DOCUMENTS[name] if name else None, path) for _w, paths in elements for path in paths]
    return text, expected


prose = st.lists(st.sampled_from(PROSE), max_size=6).map(" ".join)


@given(paragraph_run(), prose, prose)
@example(("§ 27 and 50 c ii of TAIS", [("ta", ("27",)), ("ta", ("50", "c", "ii"))]), "", "")
def test_what_is_written_as_a_list_range_or_sub_paragraph_is_what_is_parsed(run, before, after):
    written, expected = run
    text = f"{before} ({written}); {after}"
    found = refs(text)
    assert [(r.target.document, r.target.path) for r in found] == expected
    for ref in found:
        assert text[ref.start : ref.end] == ref.words
        assert ref.words.strip() == ref.words and ref.words in written


@given(paragraph_run())
def test_spans_of_different_elements_never_overlap(run):
    written, _expected = run
    spans = sorted({(r.start, r.end) for r in refs(written)})
    for (_s1, e1), (s2, _e2) in itertools.pairwise(spans):
        assert e1 <= s2


@given(st.lists(st.one_of(single(), span()), min_size=1, max_size=6), st.sampled_from(["; ", ", ", " and "]))
def test_a_plan_row_of_bare_numbers_is_read_in_the_callers_document(elements, separator):
    text = separator.join(written for written, _paths in elements)
    expected = [("ta", path) for _w, paths in elements for path in paths]
    assert paragraphs(text, bare=True, default_document="ta") == expected


ORDINARY = st.sampled_from(
    [*PROSE, "No.", "Programme", "agencies", "May", "Convention", "C2", "ITU-D", "2015", "Rev.", "Article", "28"]
)


@given(st.lists(st.one_of(ORDINARY, st.integers(0, 3000).map(str)), max_size=25))
def test_text_with_no_reference_yields_none(tokens):
    text = " ".join(tokens)
    assert refs(text) == []


@given(st.integers(2, 500), st.integers(0, 500), st.sampled_from(["§§ ", "paras ", "§ "]))
def test_a_backwards_range_is_reported_and_names_no_paragraph(high, below, marker):
    low = max(1, high - below)
    text = f"{marker}{high}-{low} of the Tunis Agenda"
    (ref,) = refs(text)
    assert ref.target is None
    assert re.search(rf"\b{high}\b.*\b{low}\b", ref.problem)


@given(st.sampled_from(["§ 0", "para 0", "§§ 0-4", "§ 00", "paras 3 and 0"]))
def test_paragraph_zero_is_reported_not_linked(text):
    found = refs(text + " of TAIS")
    assert any(r.target is None and r.problem for r in found)
    assert all(r.target is None or not r.target.path[0].startswith("0") for r in found)


PLACES = ("Minneapolis", "Marrakesh", "Antalya", "Guadalajara", "Hyderabad", "Johannesburg", "Busan", "Doha")


@st.composite
def resolution_reference(draw):
    """A resolution or decision written as ITU texts write them, with what its words say."""
    kind = draw(st.sampled_from(["resolution", "decision"]))
    number = str(draw(st.integers(1, 2000)))
    text = f"{kind.capitalize()} {number}"
    place, year, revised, body = "", None, False, ""
    if draw(st.booleans()):
        year = draw(st.integers(1990, 2030))
        revised = draw(st.booleans())
        place = draw(st.sampled_from(("", *PLACES)))
        text += f" ({'Rev. ' if revised else ''}{place + ', ' if place else ''}{year})"
    ending = draw(st.sampled_from(["", "this", *sorted(b for b in BODIES if len(b) > 4)]))
    if ending == "this":
        text, body = text + " of this conference", SAME_BODY
    elif ending:
        text, body = text + f" of the {ending}", BODIES[ending]
    return text, ResolutionTarget(kind, number, place, year, revised, body)


@given(resolution_reference(), prose, prose)
def test_what_is_written_as_a_resolution_reference_is_what_is_parsed(reference, before, after):
    written, target = reference
    text = f"{before} {written}; {after}"
    (found,) = refs(text)
    assert found.target == target
    assert found.words == written and text[found.start : found.end] == written


def test_the_parser_imports_nothing_from_django():
    code = "import sys, wsisportal.texts.references; sys.exit(any(m.split('.')[0] == 'django' for m in sys.modules))"
    assert subprocess.run([sys.executable, "-c", code], cwd=Path(__file__).parents[2]).returncode == 0
