"""The shapes of the JSON twins as pydantic models: django-ninja checks each answer and writes OpenAPI from them."""

from typing import Literal

from ninja import Schema
from pydantic import Field


class Link(Schema):
    name: str
    url: str


class OfficialText(Schema):
    text: str
    language: str | None = Field(description="The language of the text given: the reader's, or en in its place.")
    status: Literal["loaded", "english-fallback", "not-loaded"] = Field(
        description="loaded: the official version in the requested language; english-fallback: that version is "
        "not loaded and the English original is given; not-loaded: no version is loaded."
    )


class SourceRef(Schema):
    title: str
    year: int


class RoleRun(Schema):
    role: str
    period: str
    since: int | None
    until: int | None
    organizations: list[Link]
    sources: list[SourceRef]


class Page(Schema):
    language: str
    page: str = Field(description="The HTML page this is the data of.")


class ThemeSummary(Schema):
    name: str
    kind: str
    url: str
    itu_role: RoleRun | None
    focal_points: list[Link]
    lead_units: list[Link]


class LineSummary(Schema):
    code: str
    title: str
    url: str
    itu_role: RoleRun | None
    focal_points: list[Link]
    lead_units: list[Link]
    themes: list[ThemeSummary]


class SubjectRoles(Schema):
    subject: Link
    roles: list[RoleRun]


class RoleGroup(Schema):
    role: str
    action_lines: list[Link]


class Process(Schema):
    name: str
    summary: str
    itu_roles: list[RoleRun]


class Publication(Schema):
    title: str
    kind: str
    year: int | None
    period: str


class SummitPhase(Schema):
    number: int
    place: str
    start: str
    end: str


class HomeData(Page):
    summit_phases: list[SummitPhase]
    lead_roles: list[SubjectRoles]
    itu_roles_on_lines: list[RoleGroup]
    processes: list[Process]
    publications: list[Publication]
    counts: dict[str, int]


class LineOverviewData(Page):
    action_lines: list[LineSummary]


class Assignment(Schema):
    organization: Link
    responsibility: str
    note: str


class Meeting(Schema):
    title: str
    place: str
    status: str
    start: str | None = Field(description="YYYY-MM-DD, or YYYY-MM where the source gives only the month.")
    end: str | None


class Activity(Schema):
    title: str
    url: str
    action_lines: list[Link]
    paragraphs_named: str
    comments: str
    cited_paragraphs: list[Link]
    assignments: list[Assignment]
    meetings: list[Meeting]


class Role(Schema):
    role: str
    organization: Link
    period: str
    since: int | None
    until: int | None
    source: SourceRef


class ClauseLink(Schema):
    name: str
    url: str


class LineDetailData(Page, LineSummary):
    summary: str
    roles: list[Role]
    itu_history: list[RoleRun]
    activities: list[Activity]
    publications: list[Publication]
    cited_paragraphs: list[Link]
    clauses_naming_it: list[ClauseLink]


class PlanSection(Schema):
    section: str
    activities: list[Activity]


class PlanData(Page):
    source: SourceRef | None
    sections: list[PlanSection]


class OrganizationRoles(Schema):
    name: str
    acronym: str
    kind: str
    url: str
    roles: list[SubjectRoles]


class FocalPointsData(Page):
    organizations: list[OrganizationRoles]


class PlanAssignment(Schema):
    activity: Link
    responsibility: str
    note: str


class OrganizationData(Page, OrganizationRoles):
    description: str
    established: int | None
    part_of: Link | None
    units: list[Link]
    plan_assignments: list[PlanAssignment]


class PhaseRef(Schema):
    number: int
    place: str


class DocumentSummary(Schema):
    title: str
    abbreviation: str
    url: str
    year: int
    symbol: str
    summit_phase: PhaseRef
    summary: str


class DocumentEntry(DocumentSummary):
    paragraphs_loaded: int


class DocumentListData(Page):
    documents: list[DocumentEntry]


class Provision(Schema):
    eid: str = Field(description="The anchor id the page uses, in the Akoma Ntoso style: para_50__subpara_c.")
    label: str
    url: str
    text: OfficialText
    itu_note: str


class DocumentParagraph(Provision):
    concerns_itu: bool
    cited: bool
    parts: list[Link]


class DocumentData(Page, DocumentSummary):
    paragraphs: list[DocumentParagraph]


class CitingClause(Schema):
    name: str
    url: str
    eid: str
    cites: list[Link]


class CitingRevision(Schema):
    revision: Link
    clauses: list[CitingClause]


class CitingActivity(Schema):
    name: str
    url: str
    cites: list[Link]


class CitingSource(Schema):
    source: SourceRef
    activities: list[CitingActivity]


class ParagraphData(Page, Provision):
    document: Link
    name: str
    parts: list[Provision]
    cited_by: list[CitingRevision]
    cited_by_plan: list[CitingSource]


class RevisionSummary(Schema):
    name: str
    year: int
    url: str
    date: str | None = Field(description="The date adopted where a source gives it; null otherwise, never guessed.")
    has_text: bool


class ResolutionEntry(Schema):
    name: str
    title: str
    url: str
    revisions: list[RevisionSummary]


class BodyGroup(Schema):
    body: str
    resolutions: list[ResolutionEntry]


class ResolutionListData(Page):
    bodies: list[BodyGroup]


class CitationTarget(Schema):
    kind: Literal["paragraph", "revision", "resolution", "unresolved"]
    name: str
    url: str | None


class ClauseCitation(Schema):
    words: str
    target_as_written: str
    target: CitationTarget


class Clause(Schema):
    eid: str
    label: str
    url: str
    text: OfficialText
    citations: list[ClauseCitation]


class Section(Schema):
    eid: str
    part: Literal["preambular", "operative"]
    keyword: OfficialText
    clauses: list[Clause]


class ResolutionRef(Schema):
    name: str
    title: str
    url: str
    body: str
    summary: str


class RevisionData(Page):
    resolution: ResolutionRef
    revisions: list[RevisionSummary]
    revision: RevisionSummary | None
    text_shown_from: Link | None = Field(description="The revision whose text the page shows, when not this one.")
    opening: OfficialText | None
    sections: list[Section]


class Terms(Schema):
    text: str
    language: str | None
    status: Literal["loaded", "english-fallback", "not-published"] = Field(
        description="not-published: ITU has published no terms of re-use yet; the portal states none of its own."
    )


class Column(Schema):
    name: str
    description: str


class CitationRow(Schema):
    citation: int
    citing_kind: Literal["clause", "activity"]
    citing: str
    citing_revision: str
    citing_section: str
    citing_clause: str
    citing_eid: str
    citing_url: str
    words_cited: str
    start: int
    end: int
    target_as_written: str
    resolved: bool
    target_kind: Literal["paragraph", "revision", "resolution", ""]
    target: str
    target_document: str
    target_eid: str
    target_url: str
    target_akn: str


class CitationsData(Schema):
    language: str
    page: str = Field(description="The re-users' page, which describes this dataset.")
    terms: Terms
    columns: list[Column]
    citations: list[CitationRow]


class Error(Schema):
    detail: str
