"""Reads for the resolution pages: resolutions grouped by body, and one revision with its text and what it cites."""

from dataclasses import dataclass, field

from django.db.models import Exists, OuterRef, Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from outcomes.models import OutcomeDocument, Paragraph
from resolutions.models import Body, Citation, Clause, Conference, Resolution, Revision, Section
from wsisportal.texts.numbering import number_key

from .outcomes import ActivitySource, CitingRevision, group_citing


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
    cited_by: list[CitingRevision] = field(default_factory=list)
    cited_by_activities: list[ActivitySource] = field(default_factory=list)
    # On a resolution's own page: True; there "cited by" covers every revision and names the one cited.
    whole_resolution: bool = False

    @property
    def is_latest(self) -> bool:
        return self.revision is not None and self.revision == self.revisions[-1]

    @property
    def later_without_text(self) -> list[Revision]:
        """Revisions after the one shown whose text the portal does not hold."""
        if self.revision is None:
            return []
        return [r for r in self.revisions if r.year > self.revision.year and not r.has_text]

    @property
    def is_cited(self) -> bool:
        return bool(self.cited_by or self.cited_by_activities)


def citing(resolution: Resolution, revision: Revision | None) -> tuple[list[CitingRevision], list[ActivitySource]]:
    """Every clause and plan activity citing the resolution (or, given one, that revision of it), grouped by citing
    revision and keyword as a paragraph's "cited by" is; on the resolution's page each clause names the revision
    it cites. One query."""
    citations = (
        Citation.objects.filter(resolution=resolution)
        .select_related("clause__section__revision__resolution", "activity__source", "revision")
        .prefetch_related("activity__action_lines")
        .order_by("pk")
    )
    if revision is not None:
        citations = citations.filter(revision=revision)
        return group_citing(citations, lambda citation: None)
    return group_citing(citations, lambda citation: citation.revision)


def _sections_with_text(revision: Revision) -> list[Section]:
    citations = Citation.objects.select_related(
        "paragraph__document", "paragraph__parent__parent__parent", "resolution", "revision__resolution"
    ).order_by("start", "pk")
    clauses = Clause.objects.order_by("order").prefetch_related(Prefetch("citations", queryset=citations))
    return list(revision.sections.order_by("order").prefetch_related(Prefetch("clauses", queryset=clauses)))


def revision_page(slug: str, year: int | None = None) -> RevisionPage:
    """A resolution with its revision history and one revision (the given year's, else the latest whose text is
    loaded, else the latest) with its text, and what cites it (the resolution, or on a revision's page that
    revision).

    Seven queries whatever the length of the text: the resolution, its revisions, the sections, their clauses,
    the clauses' citations with the paragraphs, documents, resolutions and revisions they point to, and the
    citations of this resolution with their citing clauses or activities (and those activities' action lines).
    """
    resolution = get_object_or_404(
        Resolution.objects.prefetch_related(Prefetch("revisions", queryset=revisions_with_text_flag())), slug=slug
    )
    revisions = list(resolution.revisions.all())
    for each in revisions:
        each.resolution = resolution
    if year is None:
        # A resolution's page opens on the most recent text a reader can read, and says which later ones exist.
        with_text = [r for r in revisions if r.has_text]
        revision = (with_text or revisions or [None])[-1]
    else:
        revision = next((r for r in revisions if r.year == year), None)
        if revision is None:
            raise Http404("No such revision.")
    sections = _sections_with_text(revision) if revision is not None and revision.has_text else []
    text_revision = None
    if revision is not None and not revision.has_text:
        text_revision = next((r for r in reversed(revisions) if r.has_text), None)
    cited_by, cited_by_activities = citing(resolution, None if year is None else revision)
    return RevisionPage(
        resolution=resolution,
        revisions=revisions,
        revision=revision,
        sections=sections,
        cited=cited_targets(sections),
        text_revision=text_revision,
        cited_by=cited_by,
        cited_by_activities=cited_by_activities,
        whole_resolution=year is None,
    )
