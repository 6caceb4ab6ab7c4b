"""Reads for the outcome-document pages: documents, a document's paragraphs, one paragraph and what cites it.

"Cited by" comes from the stored citation rows of the resolutions app, grouped by citing revision, section and
clause, and by the source of the citing plan rows.
"""

from dataclasses import dataclass, field

from django.db.models import Count, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from actionlines.models import Activity
from outcomes.models import OutcomeDocument, Paragraph, Source
from resolutions.models import Citation, Clause, Revision, Section
from wsisportal.texts.eids import paragraph_eid
from wsisportal.texts.numbering import number_key
from wsisportal.texts.queries import read_query
from wsisportal.texts.references import ParagraphTarget


def _paragraph_key(paragraph: Paragraph) -> tuple:
    return (paragraph.order, number_key(paragraph.number))


def _build_tree(family: list[Paragraph]) -> list[Paragraph]:
    """Link the loaded paragraphs into their tree in memory (no query per parent) and return the top level.

    Each paragraph gets .subparagraphs (in order) and .depth (0 for a numbered paragraph).
    """
    by_id = {p.pk: p for p in family}
    for paragraph in family:
        paragraph.subparagraphs = []
    tops = []
    for paragraph in sorted(family, key=_paragraph_key):
        parent = by_id.get(paragraph.parent_id)
        if parent is None:
            tops.append(paragraph)
        else:
            paragraph.parent = parent
            parent.subparagraphs.append(paragraph)

    def set_depth(paragraph, depth):
        paragraph.depth = depth
        for child in paragraph.subparagraphs:
            set_depth(child, depth + 1)

    for top in tops:
        set_depth(top, 0)
    return tops


def _flatten(paragraphs: list[Paragraph]) -> list[Paragraph]:
    flat = []
    for paragraph in paragraphs:
        flat.append(paragraph)
        flat.extend(_flatten(paragraph.subparagraphs))
    return flat


def outcome_documents() -> QuerySet[OutcomeDocument]:
    """The four documents in order, each with how many of its numbered paragraphs are loaded."""
    return OutcomeDocument.objects.select_related("phase").annotate(
        paragraph_count=Count("paragraphs", filter=Q(paragraphs__parent__isnull=True))
    )


@dataclass
class DocumentContents:
    document: OutcomeDocument
    paragraphs: list[Paragraph]


def document_contents(slug: str) -> DocumentContents:
    """A document and its loaded paragraphs in order; each marked .concerns_itu when the seeds note ITU's role
    in it or in one of its sub-paragraphs, or a resolution or ITU's implementation plan cites either, and with
    .citing_resolutions: how many resolutions cite it or its sub-paragraphs."""
    document = get_object_or_404(OutcomeDocument.objects.select_related("phase"), slug=slug)
    family = list(document.paragraphs.all())
    citing: dict[int, set] = {}
    for paragraph_id, resolution_id in Citation.objects.filter(paragraph__document=document).values_list(
        "paragraph_id", "clause__section__revision__resolution_id"
    ):
        citing.setdefault(paragraph_id, set()).add(resolution_id)
    tops = _build_tree(family)
    for top in tops:
        members = _flatten([top])
        top.parts = members[1:]
        top.is_cited = any(p.pk in citing for p in members)
        top.citing_resolutions = len(set().union(*(citing.get(p.pk, set()) for p in members)) - {None})
        top.concerns_itu = top.is_cited or any(p.itu_note for p in members)
    return DocumentContents(document=document, paragraphs=tops)


def paragraph_written(slug: str, written: str) -> Paragraph:
    """The paragraph of a document a reader typed: "96", "§ 96", "50 c ii", "para 78 a", "Annex"; 404, in the
    reader's language, when the document has none such."""
    written = " ".join(written.split())[:40]
    path = None
    if written.casefold() in ("annex", _("Annex").casefold()):
        path = ("annex",)
    else:
        for text in (written, f"§ {written}"):
            targets = [t for t in read_query(text, {}, {}) if isinstance(t, ParagraphTarget)]
            if targets:
                path = targets[0].path
                break
    try:
        eid = paragraph_eid(path) if path else None
    except ValueError:
        eid = None
    paragraph = (
        Paragraph.objects.filter(document__slug=slug, eid=eid)
        .select_related("document", "parent__parent__parent")
        .first()
        if eid
        else None
    )
    if paragraph is None:
        raise Http404("No such paragraph.")
    return paragraph


@dataclass
class CitingClause:
    """A citing clause and what of the page's subject it cites: sub-paragraphs of a paragraph, or revisions of a
    resolution (empty where it names the subject itself)."""

    clause: Clause
    cited: list = field(default_factory=list)


@dataclass
class CitingSection:
    section: Section
    clauses: list[CitingClause] = field(default_factory=list)


@dataclass
class CitingRevision:
    revision: Revision
    sections: list[CitingSection] = field(default_factory=list)


@dataclass
class CitingActivity:
    activity: Activity
    cited: list = field(default_factory=list)


@dataclass
class ActivitySource:
    source: Source
    activities: list[CitingActivity] = field(default_factory=list)


@dataclass
class ParagraphPage:
    document: OutcomeDocument
    paragraph: Paragraph
    parts: list[Paragraph]
    cited_by: list[CitingRevision]
    cited_by_activities: list[ActivitySource]

    @property
    def is_cited(self) -> bool:
        return bool(self.cited_by or self.cited_by_activities)


def _add_unique(items: list, cited) -> None:
    if cited is not None and cited not in items:
        items.append(cited)


def group_citing(citations, cited_of) -> tuple[list[CitingRevision], list[ActivitySource]]:
    """Group citation rows by citing revision, section and clause, and the plan's activities by their source; each
    clause or activity lists cited_of(citation) once (None adds nothing)."""
    revisions: dict[int, CitingRevision] = {}
    sections: dict[int, CitingSection] = {}
    clauses: dict[int, CitingClause] = {}
    sources: dict[int, ActivitySource] = {}
    activities: dict[int, CitingActivity] = {}
    for citation in citations:
        cited = cited_of(citation)
        if citation.clause_id:
            clause = citation.clause
            section = clause.section
            revision = section.revision
            if revision.pk not in revisions:
                revisions[revision.pk] = CitingRevision(revision)
            if section.pk not in sections:
                sections[section.pk] = CitingSection(section)
                revisions[revision.pk].sections.append(sections[section.pk])
            if clause.pk not in clauses:
                clauses[clause.pk] = CitingClause(clause)
                sections[section.pk].clauses.append(clauses[clause.pk])
            _add_unique(clauses[clause.pk].cited, cited)
        else:
            activity = citation.activity
            if activity.source_id not in sources:
                sources[activity.source_id] = ActivitySource(activity.source)
            if activity.pk not in activities:
                activities[activity.pk] = CitingActivity(activity)
                sources[activity.source_id].activities.append(activities[activity.pk])
            _add_unique(activities[activity.pk].cited, cited)
    grouped = sorted(revisions.values(), key=lambda r: (r.revision.resolution.order_key, r.revision.year))
    for citing_revision in grouped:
        citing_revision.sections.sort(key=lambda s: s.section.order)
        for citing_section in citing_revision.sections:
            citing_section.clauses.sort(key=lambda c: c.clause.order)
    by_source = sorted(sources.values(), key=lambda s: (s.source.year, s.source.key))
    for source in by_source:
        source.activities.sort(key=lambda a: a.activity.order)
    return grouped, by_source


def paragraph_page(slug: str, number: str) -> ParagraphPage:
    """A numbered paragraph (or the Annex) with its sub-paragraphs, and every clause and activity citing any of them.

    Four queries whatever the amount of data: the paragraph family with its document, the sources of their
    notes, the citation rows with their citing clause, section, revision and resolution or activity and source,
    and the action lines of the citing activities (for the activities' links).
    """
    try:
        top_eid = paragraph_eid([number])
    except ValueError as exc:
        raise Http404("No such paragraph.") from exc
    family = list(
        Paragraph.objects.filter(document__slug=slug)
        .filter(Q(eid=top_eid) | Q(eid__startswith=f"{top_eid}__"))
        .select_related("document__phase")
        .prefetch_related("sources")
    )
    tops = [p for p in family if p.parent_id is None]
    if not tops:
        raise Http404("No such paragraph.")
    (paragraph,) = _build_tree(family)
    family_by_id = {p.pk: p for p in family}
    for member in family:
        member.document = paragraph.document
    citations = (
        Citation.objects.filter(paragraph__in=family)
        .select_related("clause__section__revision__resolution", "activity__source")
        .prefetch_related("activity__action_lines")
        .order_by("pk")
    )
    cited_by, cited_by_activities = group_citing(citations, lambda citation: family_by_id[citation.paragraph_id])
    return ParagraphPage(
        document=paragraph.document,
        paragraph=paragraph,
        parts=_flatten(paragraph.subparagraphs),
        cited_by=cited_by,
        cited_by_activities=cited_by_activities,
    )
