"""Reads for the resolution pages: resolutions grouped by body, and one revision with its text and what it cites."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from outcomes.models import OutcomeDocument, Paragraph
from resolutions.models import Body, Citation, Clause, Conference, Resolution, Revision, Section
from wsisportal.texts.numbering import number_key


def revisions_with_text_flag() -> QuerySet[Revision]:
    """Revisions oldest first, each with .has_text: whether its structured text is loaded, and its conference."""
    return (
        Revision.objects.select_related("conference")
        .annotate(has_text=Exists(Section.objects.filter(revision=OuterRef("pk"))))
        .order_by("year")
    )


@dataclass
class BodyGroup:
    body: str
    label: str
    resolutions: list[Resolution]
    conferences: list[Conference] = field(default_factory=list)


def resolutions_by_body() -> list[BodyGroup]:
    """Every resolution and decision with its revisions, grouped by the body that adopted it, each body with the
    conferences the sources describe, in three queries."""
    resolutions = sorted(
        Resolution.objects.prefetch_related(Prefetch("revisions", queryset=revisions_with_text_flag())),
        key=lambda resolution: resolution.order_key,
    )
    groups = {value: BodyGroup(value, label, []) for value, label in Body.choices}
    for resolution in resolutions:
        groups[resolution.body].resolutions.append(resolution)
    for conference in Conference.objects.prefetch_related("sources").order_by("year"):
        groups[conference.body].conferences.append(conference)
    return [group for group in groups.values() if group.resolutions or group.conferences]


@dataclass
class CitedParagraph:
    paragraph: Paragraph
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class CitedDocument:
    document: OutcomeDocument
    paragraphs: list[CitedParagraph] = field(default_factory=list)


@dataclass
class CitedResolution:
    """A cited resolution, or one revision of it where the words name one."""

    resolution: Resolution
    revision: Revision | None
    clauses: list[Clause] = field(default_factory=list)

    @property
    def name(self) -> str:
        return (self.revision or self.resolution).name

    def get_absolute_url(self):
        return (self.revision or self.resolution).get_absolute_url()


@dataclass
class UnresolvedReference:
    cited_text: str
    target: str
    clauses: list[Clause] = field(default_factory=list)


@dataclass
class CitedTargets:
    documents: list[CitedDocument]
    resolutions: list[CitedResolution]
    unresolved: list[UnresolvedReference]

    def __bool__(self):
        return bool(self.documents or self.resolutions or self.unresolved)


def _add_clause(clauses: list, clause: Clause) -> None:
    if clause not in clauses:
        clauses.append(clause)


def cited_targets(sections: list[Section]) -> CitedTargets:
    """Everything a revision's clauses cite, from their prefetched citation rows: paragraphs by document,
    resolutions, and references whose target the portal does not hold."""
    documents: dict[int, CitedDocument] = {}
    paragraphs: dict[int, CitedParagraph] = {}
    resolutions: dict[tuple, CitedResolution] = {}
    unresolved: dict[tuple, UnresolvedReference] = {}
    for section in sections:
        for clause in section.clauses.all():
            for citation in clause.citations.all():
                if citation.paragraph_id:
                    paragraph = citation.paragraph
                    if paragraph.document_id not in documents:
                        documents[paragraph.document_id] = CitedDocument(paragraph.document)
                    if paragraph.pk not in paragraphs:
                        paragraphs[paragraph.pk] = CitedParagraph(paragraph)
                        documents[paragraph.document_id].paragraphs.append(paragraphs[paragraph.pk])
                    _add_clause(paragraphs[paragraph.pk].clauses, clause)
                elif citation.resolution_id:
                    key = (citation.resolution_id, citation.revision_id)
                    if key not in resolutions:
                        resolutions[key] = CitedResolution(citation.resolution, citation.revision)
                    _add_clause(resolutions[key].clauses, clause)
                else:
                    key = (citation.cited_text, citation.target)
                    if key not in unresolved:
                        unresolved[key] = UnresolvedReference(citation.cited_text, citation.target)
                    _add_clause(unresolved[key].clauses, clause)
    ordered_documents = sorted(documents.values(), key=lambda d: d.document.order)
    for cited_document in ordered_documents:
        cited_document.paragraphs.sort(key=lambda p: tuple(number_key(part) for part in p.paragraph.path()))
    ordered_resolutions = sorted(
        resolutions.values(), key=lambda r: (r.resolution.order_key, r.revision.year if r.revision else 0)
    )
    return CitedTargets(ordered_documents, ordered_resolutions, list(unresolved.values()))


@dataclass
class RevisionPage:
    resolution: Resolution
    revisions: list[Revision]
    revision: Revision | None
    sections: list[Section]
    cited: CitedTargets
    text_revision: Revision | None  # where the text is, when the revision shown has none

    @property
    def is_latest(self) -> bool:
        return self.revision is not None and self.revision == self.revisions[-1]


def _sections_with_text(revision: Revision) -> list[Section]:
    citations = Citation.objects.select_related(
        "paragraph__document", "paragraph__parent__parent__parent", "resolution", "revision__resolution"
    ).order_by("start", "pk")
    clauses = Clause.objects.order_by("order").prefetch_related(Prefetch("citations", queryset=citations))
    return list(revision.sections.order_by("order").prefetch_related(Prefetch("clauses", queryset=clauses)))


def revision_page(slug: str, year: int | None = None) -> RevisionPage:
    """A resolution with its revision history and one revision (the given year's, else the latest) with its text.

    Five queries whatever the length of the text: the resolution, its revisions, the sections, their clauses,
    and the clauses' citations with the paragraphs, documents, resolutions and revisions they point to.
    """
    resolution = get_object_or_404(
        Resolution.objects.prefetch_related(Prefetch("revisions", queryset=revisions_with_text_flag())), slug=slug
    )
    revisions = list(resolution.revisions.all())
    for each in revisions:
        each.resolution = resolution
    if year is None:
        revision = revisions[-1] if revisions else None
    else:
        revision = next((r for r in revisions if r.year == year), None)
        if revision is None:
            raise Http404("No such revision.")
    sections = _sections_with_text(revision) if revision is not None and revision.has_text else []
    text_revision = None
    if revision is not None and not revision.has_text:
        text_revision = next((r for r in reversed(revisions) if r.has_text), None)
    return RevisionPage(
        resolution=resolution,
        revisions=revisions,
        revision=revision,
        sections=sections,
        cited=cited_targets(sections),
        text_revision=text_revision,
    )
