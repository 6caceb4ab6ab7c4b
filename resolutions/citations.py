"""Turning the references that wsisportal.texts.references finds in clauses and plan rows into Citation rows.

The parser gives words and targets; this module decides which database row each target is, and stores one
Citation per target. A text's rows are rebuilt in one transaction and only written when they differ from
what is stored, so linking twice changes nothing.
"""

from collections import Counter
from dataclasses import dataclass

from django.db import transaction

from actionlines.models import Activity
from outcomes.models import OutcomeDocument, Paragraph
from wsisportal.generation.models import bump
from wsisportal.texts.numbering import paragraph_label
from wsisportal.texts.references import (
    SAME_BODY,
    InternalTarget,
    ParagraphTarget,
    Reference,
    ResolutionTarget,
    find_references,
    last_document_named,
)

from .models import Body, Citation, Clause, Resolution

# The names under which ITU texts write the bodies that adopt resolutions ("WTDC-06 Res. 45",
# "of the Plenipotentiary Conference", "adopted by the Council").
BODY_NAMES = {
    "Plenipotentiary Conference": Body.PP,
    "Plenipotentiary": Body.PP,
    "PP": Body.PP,
    "World Telecommunication Development Conference": Body.WTDC,
    "WTDC": Body.WTDC,
    "World Telecommunication Standardization Assembly": Body.WTSA,
    "WTSA": Body.WTSA,
    "ITU Council": Body.COUNCIL,
    "Council": Body.COUNCIL,
    "United Nations General Assembly": Body.UNGA,
    "UN General Assembly": Body.UNGA,
    "General Assembly": Body.UNGA,
    "UNGA": Body.UNGA,
}

# How a target names the body before the number: "WTDC Resolution 30", "Council Resolution 1282".
_BODY_ABBREVIATIONS = {Body.COUNCIL: "Council"}

_TARGET_LENGTH = Citation._meta.get_field("target").max_length
_WORDS_LENGTH = Citation._meta.get_field("cited_text").max_length
_PROBLEM_LENGTH = Citation._meta.get_field("problem").max_length


@dataclass
class LinkCount:
    texts: int = 0
    changed: int = 0
    citations: int = 0
    unresolved: int = 0

    def add(self, rows, changed):
        self.texts += 1
        self.changed += int(changed)
        self.citations += len(rows)
        self.unresolved += sum(1 for row in rows if row.paragraph_id is None and row.resolution_id is None)


class Catalogue:
    """Every document, paragraph and resolution a reference may name, read once for a whole linking run."""

    def __init__(self):
        self.documents = {doc.slug: doc for doc in OutcomeDocument.objects.all()}
        self.document_names = {}
        for doc in self.documents.values():
            for name in (doc.abbreviation, *doc.alias_list(), doc.title_en, doc.title):
                if name:
                    self.document_names.setdefault(name, doc.slug)
        paragraphs = {p.pk: p for p in Paragraph.objects.only("pk", "document_id", "parent_id", "number")}
        self.paragraphs = {}
        for paragraph in paragraphs.values():
            path, node = [], paragraph
            while node is not None:
                path.append(node.number.lower())
                node = paragraphs.get(node.parent_id)
            self.paragraphs[(paragraph.document_id, tuple(reversed(path)))] = paragraph
        self.resolutions = list(Resolution.objects.prefetch_related("revisions"))
        self._plan_documents = {}

    # --- what the parser is told --------------------------------------------------------------------------------

    def references(self, text, default_document=None, bare=False) -> list[Reference]:
        return find_references(text, self.document_names, BODY_NAMES, default_document=default_document, bare=bare)

    def activity_default_document(self, activity):
        """The document a plan row means when its numbers name none: the one its title names, else the one the
        plan's rows name most (the 2006 plan writes "para 103" for the Tunis Agenda's § 103)."""
        mentioned = last_document_named(activity.title_en or activity.title, self.document_names)
        if mentioned:
            return mentioned
        if activity.source_id not in self._plan_documents:
            named = Counter()
            for refs in Activity.objects.filter(source_id=activity.source_id).values_list("paragraph_refs", flat=True):
                for ref in self.references(refs, bare=True):
                    if isinstance(ref.target, ParagraphTarget) and ref.target.document_named:
                        named[ref.target.document] += 1
            ranked = named.most_common(2)
            clear = ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1])
            self._plan_documents[activity.source_id] = ranked[0][0] if clear else None
        return self._plan_documents[activity.source_id]

    # --- what the database holds ---------------------------------------------------------------------------------

    def citation(self, ref: Reference, citing_body: str | None) -> Citation:
        row = Citation(cited_text=ref.words[:_WORDS_LENGTH], start=ref.start, end=ref.end)
        target = ref.target
        if target is None:
            row.target = ref.words[:_TARGET_LENGTH]
            row.problem = ref.problem
        elif isinstance(target, ParagraphTarget):
            self._paragraph(row, target)
        else:
            self._resolution(row, target, citing_body)
        row.target = row.target[:_TARGET_LENGTH]
        row.problem = row.problem[:_PROBLEM_LENGTH]
        return row

    def _paragraph(self, row, target: ParagraphTarget):
        doc = self.documents.get(target.document) if target.document else None
        label = paragraph_label(target.path)
        if doc is None:
            row.target = label
            row.problem = "the text does not say which outcome document this paragraph belongs to"
            return
        row.target = f"{doc.abbreviation} {label}"
        path = tuple(part.lower() for part in target.path)
        for depth in range(len(path), 0, -1):
            paragraph = self.paragraphs.get((doc.pk, path[:depth]))
            if paragraph is not None:
                row.paragraph = paragraph
                if depth < len(path):
                    row.problem = (
                        f"sub-paragraph {label} is not loaded; linked to {doc.abbreviation} "
                        f"{paragraph_label(target.path[:depth])}"
                    )
                return
        row.problem = f"{doc.abbreviation} {label} is not in the database"

    def _resolution(self, row, target: ResolutionTarget, citing_body):
        body = citing_body if target.body == SAME_BODY else target.body
        if not body and "/" in target.number:
            body = Body.UNGA  # "60/252": session/number is how the General Assembly numbers its resolutions
        row.target = _resolution_label(target, body)
        candidates = [
            r for r in self.resolutions if r.kind == target.kind and r.number == target.number and body in ("", r.body)
        ]
        if len(candidates) > 1 and target.year:
            dated = [r for r in candidates if any(v.year == target.year for v in r.revisions.all())]
            candidates = dated or candidates
        if len(candidates) > 1 and target.place:
            placed = [r for r in candidates if any(_same_place(v.place_en, target.place) for v in r.revisions.all())]
            candidates = placed or candidates
        if not candidates:
            row.problem = f"{row.target} is not in the database"
            return
        if len(candidates) > 1:
            bodies = ", ".join(sorted(r.body for r in candidates))
            row.problem = f"the text does not say which body's {target.kind} {target.number} it means ({bodies})"
            return
        resolution = candidates[0]
        row.resolution = resolution
        if target.year:
            revision = next((v for v in resolution.revisions.all() if v.year == target.year), None)
            if revision is None:
                row.problem = f"the {target.year} text of {resolution.slug} is not loaded; linked to the resolution"
            else:
                row.revision = revision


def _resolution_label(target: ResolutionTarget, body) -> str:
    name = f"{target.kind.capitalize()} {target.number}"
    where = ", ".join(str(p) for p in (target.place, target.year) if p)
    if where:
        name += f" ({'Rev. ' if target.revised else ''}{where})"
    return f"{_BODY_ABBREVIATIONS.get(body, body.upper())} {name}" if body else name


def _same_place(stored, written):
    return bool(stored) and stored.strip().casefold() == written.strip().casefold()


def _rows(catalogue, references, citing_body):
    # "resolves 1, 2, and 3 above" points inside the citing text itself: the page has those clauses already,
    # and it is neither a paragraph nor a resolution, so it is recognised (never misread) but not stored.
    return [catalogue.citation(ref, citing_body) for ref in references if not isinstance(ref.target, InternalTarget)]


def _key(row):
    return (
        row.field,
        row.cited_text,
        row.start,
        row.end,
        row.target,
        row.paragraph_id,
        row.resolution_id,
        row.revision_id,
        row.problem,
    )


def _store(existing_qs, rows, **citing) -> bool:
    """Replace the stored rows of one citing text by rows, unless they are the same already."""
    for row in rows:
        for field, value in citing.items():
            setattr(row, field, value)
    with transaction.atomic():
        existing = list(existing_qs.order_by().select_for_update(of=("self",)))
        if Counter(map(_key, existing)) == Counter(map(_key, rows)):
            return False
        existing_qs.delete()
        Citation.objects.bulk_create(rows)
        bump()  # bulk_create sends no signal: cached pages must still learn of the new citations
    return True


def link_clause(clause: Clause, catalogue: Catalogue | None = None, count: LinkCount | None = None) -> list[Citation]:
    """Find the references in a clause's English text and store them as its citations, counted in the text without
    its emphasis marks ("as outlined in *resolves* 1, 2, and 3" is read as "resolves 1, 2, and 3")."""
    catalogue = catalogue or Catalogue()
    citing_body = clause.section.revision.resolution.body
    rows = _rows(catalogue, catalogue.references(clause.english_plain), citing_body)
    changed = _store(Citation.objects.filter(clause=clause), rows, clause=clause)
    if count is not None:
        count.add(rows, changed)
    return rows


def link_activity(
    activity: Activity, catalogue: Catalogue | None = None, count: LinkCount | None = None
) -> list[Citation]:
    """Read a plan row's paragraph numbers ("26(g) and 90; 91") and the resolutions its comments name ("A meeting on
    WTDC Res. 45 is planned"), and store them as its citations, each saying which of the two texts it is in."""
    catalogue = catalogue or Catalogue()
    default = catalogue.activity_default_document(activity)
    references = catalogue.references(activity.paragraph_refs or "", default_document=default, bare=True)
    rows = _rows(catalogue, references, None)
    for row in rows:
        row.field = "paragraph_refs"
    # The comments are the plan's own prose: only the resolutions they name are read from them, never numbers
    # that a bare reading would take for paragraphs ("15-16 May").
    in_comments = catalogue.references(activity.comments_en or "")
    named = [ref for ref in in_comments if isinstance(ref.target, ResolutionTarget)]
    comment_rows = _rows(catalogue, named, None)
    for row in comment_rows:
        row.field = "comments"
    rows += comment_rows
    changed = _store(Citation.objects.filter(activity=activity), rows, activity=activity)
    if count is not None:
        count.add(rows, changed)
    return rows


def link_all() -> LinkCount:
    """Link every clause and every plan row; one transaction, so a failure leaves the old citations in place."""
    count = LinkCount()
    with transaction.atomic():
        catalogue = Catalogue()
        for clause in Clause.objects.select_related("section__revision__resolution"):
            link_clause(clause, catalogue, count)
        for activity in Activity.objects.all():
            link_activity(activity, catalogue, count)
    return count
