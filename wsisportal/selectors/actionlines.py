"""Reads for the action-line pages: the overview, one line with everything said of it, and the 2006 plan."""

from dataclasses import dataclass

from django.db.models import Prefetch, Q, QuerySet

from actionlines.models import ActionLine, Activity, Assignment, Meeting, Publication, Role, Theme
from actionlines.plan import allocation, line_activities
from actionlines.roles import RoleRun, role_history
from actionlines.summaries import LineSummary, summarize_line
from outcomes.models import Paragraph, Source
from resolutions.models import Citation, Clause
from wsisportal.texts.action_lines import action_line_numbers

ROLE_JOINS = ("organization", "source", "action_line", "theme__action_line", "mechanism")
PARAGRAPH_JOINS = ("paragraph__document", "paragraph__parent__parent__parent")


def roles() -> QuerySet[Role]:
    """Roles with everything their name and period need, the oldest source first."""
    return Role.objects.select_related(*ROLE_JOINS).order_by("source__year", "since", "kind", "organization__acronym")


def _assignments() -> QuerySet[Assignment]:
    return Assignment.objects.select_related("organization", "theme").order_by("order")


def activities() -> QuerySet[Activity]:
    """Plan rows with their assignments, meetings, cited paragraphs, themes and lines."""
    return Activity.objects.select_related("see_also").prefetch_related(
        Prefetch("assignments", queryset=_assignments()),
        Prefetch("meetings", queryset=Meeting.objects.order_by("order")),
        Prefetch(
            "citations",
            queryset=Citation.objects.filter(paragraph__isnull=False).select_related(*PARAGRAPH_JOINS),
        ),
        Prefetch("themes", queryset=Theme.objects.select_related("action_line")),
        Prefetch("action_lines", queryset=ActionLine.objects.order_by("number")),
    )


def _resolution_citations(lookup: str = "citations") -> Prefetch:
    """The resolutions a plan row names, for the pages that show its row: .resolution_citations."""
    return Prefetch(
        lookup,
        queryset=Citation.objects.filter(resolution__isnull=False)
        .select_related("resolution", "revision__resolution")
        .order_by("field", "start"),
        to_attr="resolution_citations",
    )


def with_allocation(rows) -> list[Activity]:
    """The rows, each with .allocation: its assignments grouped by part and responsibility."""
    rows = list(rows)
    for row in rows:
        row.allocation = allocation(row)
    return rows


def _themes() -> QuerySet[Theme]:
    return Theme.objects.prefetch_related(Prefetch("roles", queryset=roles())).order_by("order")


def action_lines() -> QuerySet[ActionLine]:
    """All eleven lines with their roles, themes (and their roles) and plan rows, in a fixed number of queries."""
    return ActionLine.objects.order_by("number").prefetch_related(
        Prefetch("roles", queryset=roles()),
        Prefetch("themes", queryset=_themes()),
        Prefetch("activities", queryset=activities()),
    )


def line_summaries() -> list[LineSummary]:
    """Every line summed up: ITU's role today, its focal points, ITU's lead units, its themes or topics."""
    return [summarize_line(line) for line in action_lines()]


def cited_paragraphs(line: ActionLine) -> list[Paragraph]:
    """Outcome-document paragraphs that the plan's rows for this line cite, in document order, each once."""
    seen, paragraphs = set(), []
    for activity in line.activities.all():
        for citation in activity.citations.all():
            if citation.paragraph_id not in seen:
                seen.add(citation.paragraph_id)
                paragraphs.append(citation.paragraph)
    return sorted(paragraphs, key=lambda p: (p.document.order, p.top.order, p.order, p.eid))


def clauses_naming_line(line: ActionLine) -> list[Clause]:
    """Resolution clauses whose English text names this line: narrowed in SQL, confirmed by the pattern."""
    candidates = (
        Clause.objects.filter(Q(text_en__icontains=f"C{line.number}") | Q(text_en__icontains=f"C.{line.number}"))
        .select_related("section__revision__resolution")
        .order_by("section__revision__resolution__body", "section__revision__year", "section__order", "order")
    )
    return [clause for clause in candidates if line.number in action_line_numbers(clause.text_en)]


@dataclass
class LinePage:
    line: ActionLine
    summary: LineSummary
    roles: list[Role]
    itu_history: list[RoleRun]
    activities: list[Activity]
    publications: list[Publication]
    paragraphs: list[Paragraph]
    clauses: list[Clause]


def line_page(slug: str) -> LinePage:
    """One line with everything its page shows; raises ActionLine.DoesNotExist for an unknown slug."""
    line = (
        action_lines()
        .prefetch_related(
            Prefetch(
                "publications", queryset=Publication.objects.prefetch_related("sources").order_by("year", "title")
            ),
            _resolution_citations("activities__citations"),
        )
        .get(slug=slug)
    )
    return LinePage(
        line=line,
        summary=summarize_line(line),
        roles=list(line.roles.all()),
        itu_history=role_history(line.roles.all()),
        activities=with_allocation(line_activities(line)),
        publications=list(line.publications.all()),
        paragraphs=cited_paragraphs(line),
        clauses=clauses_naming_line(line),
    )


@dataclass
class PlanSection:
    value: str
    label: str
    activities: list[Activity]


@dataclass
class PlanPage:
    source: Source | None
    sections: list[PlanSection]


def plan_page() -> PlanPage:
    """The plan's rows under its four headings, in the plan's order, leaving out empty headings, and the source
    document they come from, which says itself what it is."""
    rows = with_allocation(
        activities().select_related("source").prefetch_related(_resolution_citations()).order_by("order")
    )
    sections = [
        PlanSection(value, label, [row for row in rows if row.section == value])
        for value, label in Activity.Section.choices
    ]
    return PlanPage(rows[0].source if rows else None, [section for section in sections if section.activities])
