"""Builds a made-up outcome document and resolution whose clauses and plan rows cite its paragraphs, at any scale.

The page tests use it to show that the number of SQL queries of a page does not grow with the number of rows.
"""

from dataclasses import dataclass
from datetime import date

from actionlines.models import ActionLine, Activity
from outcomes.models import OutcomeDocument, Paragraph, Source, SummitPhase
from resolutions.models import Body, Citation, Clause, Resolution, Revision, Section

DOCUMENT_NAME = "Test Agenda"


@dataclass
class World:
    document: OutcomeDocument
    paragraph: Paragraph
    resolution: Resolution
    revision: Revision
    clauses: list[Clause]


def _citation(clause: Clause, words: str, **target) -> Citation:
    start = clause.text_en.index(words)
    return Citation(clause=clause, cited_text=words, start=start, end=start + len(words), target=words, **target)


def build(scale: int) -> World:
    """One document with paragraph 7 and `scale` sub-paragraphs; one resolution revision with `scale` sections of
    `scale` clauses, each citing a sub-paragraph, paragraph 7 itself and another resolution; `scale` plan rows
    citing paragraph 7 from `scale` action lines' worth of rows."""
    source = Source.objects.create(key=f"test-source-{scale}", title="Test source", year=2006)
    phase = SummitPhase.objects.create(
        number=90 + scale, place="Testville", start=date(2003, 12, 10), end=date(2003, 12, 12), source=source
    )
    document = OutcomeDocument.objects.create(
        slug="test-agenda",
        abbreviation="TTA",
        aliases=DOCUMENT_NAME,
        title=DOCUMENT_NAME,
        phase=phase,
        year=2005,
        order=90 + scale,
    )
    paragraph = Paragraph.objects.create(document=document, number="7", order=7, itu_note="ITU keeps a list.")
    paragraph.sources.add(source)
    parts = []
    for i in range(scale):
        part = Paragraph.objects.create(document=document, parent=paragraph, number=f"x{i}", order=i)
        part.sources.add(source)
        parts.append(part)
    other = Resolution.objects.create(slug="pp-9001", body=Body.PP, number="9001", title="Another resolution")
    other_revision = Revision.objects.create(resolution=other, year=1998, place="Minneapolis", qualifier="original")
    resolution = Resolution.objects.create(slug="pp-9000", body=Body.PP, number="9000", title="Test resolution")
    Revision.objects.create(resolution=resolution, year=2006, place="Antalya", qualifier="original")
    revision = Revision.objects.create(resolution=resolution, year=2010, place="Guadalajara", qualifier="revised")
    # Clauses and citations are written in bulk, without the save that links a clause's references: this world
    # states its own citations, and linking each of scale² clauses would only slow the tests down.
    clauses, citations = [], []
    for s in range(scale):
        keyword = "considering" if s == 0 else f"considering {s}"
        section = Section.objects.create(revision=revision, order=s, part="preambular", keyword_en=keyword)
        for c in range(scale):
            part = parts[(s * scale + c) % scale]
            text = (
                f"that ITU & others <act> on § 7 {part.number} of the {DOCUMENT_NAME}, "
                f"on § 7 of the {DOCUMENT_NAME} and on Resolution 9001 (Minneapolis, 1998) and Resolution 4242"
            )
            clause = Clause(section=section, order=c, label=f"{chr(97 + c)})", text_en=text)
            clause.eid = clause.compute_eid()
            clauses.append(clause)
            citations += [
                (clause, f"§ 7 {part.number} of the {DOCUMENT_NAME}", {"paragraph": part}),
                (clause, f"§ 7 of the {DOCUMENT_NAME}", {"paragraph": paragraph}),
                (clause, "Resolution 9001 (Minneapolis, 1998)", {"resolution": other, "revision": other_revision}),
                (clause, "Resolution 4242", {"problem": "Resolution 4242 is not in the database"}),
            ]
    Clause.objects.bulk_create(clauses)
    Citation.objects.bulk_create(_citation(clause, words, **target) for clause, words, target in citations)
    line = ActionLine.objects.order_by("number").first() or ActionLine.objects.create(
        slug="c1", number=1, title="The role of public governance authorities"
    )
    for a in range(scale):
        activity = Activity.objects.create(
            slug=f"test-activity-{a}",
            section=Activity.Section.OTHER,
            order=a,
            title=f"Test activity {a}",
            paragraph_refs=f"para 7 of {DOCUMENT_NAME}",
            source=source,
        )
        activity.action_lines.add(line)
        Citation.objects.filter(activity=activity).delete()
        Citation.objects.create(
            activity=activity, cited_text="para 7", start=0, end=6, target="TTA § 7", paragraph=paragraph
        )
    return World(document=document, paragraph=paragraph, resolution=resolution, revision=revision, clauses=clauses)
