"""Reads for the home page: the Summit's phases, who leads the implementation, ITU's role on each line today."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from actionlines.models import ActionLine, Mechanism, Organization, Publication, Role
from actionlines.roles import ROLE_ORDER, RoleRun, roles_by_subject
from actionlines.summaries import LineSummary
from outcomes.models import OutcomeDocument, Paragraph, SummitPhase
from resolutions.models import Citation, Resolution

from .actionlines import line_summaries, roles


def summit_phases() -> QuerySet[SummitPhase]:
    return SummitPhase.objects.select_related("source").order_by("number")


def lead_facilitation_roles() -> QuerySet[Role]:
    """Lead roles in WSIS processes, under the names the sources give them: the lead facilitating role ITU shares
    with UNESCO and UNDP, UNGIS's leading agencies, the ITU-led Connect the World, …"""
    return roles().filter(kind=Role.Kind.LEAD_FACILITATOR).order_by("mechanism__order", "source__year", "pk")


def itu_mechanism_roles() -> QuerySet[Role]:
    """ITU's own roles on WSIS mechanisms other than lead facilitation (UNGIS, stocktaking, the WSIS Forum, …)."""
    return (
        roles()
        .filter(organization__kind=Organization.Kind.ITU, mechanism__isnull=False, until__isnull=True)
        .exclude(kind=Role.Kind.LEAD_FACILITATOR)
        .order_by("mechanism__order", "kind", "source__year")
    )


def publications() -> QuerySet[Publication]:
    """Every roadmap and report the sources name, newest first, with the lines each concerns and its sources."""
    return Publication.objects.prefetch_related(
        Prefetch("action_lines", queryset=ActionLine.objects.order_by("number")), "sources"
    ).order_by("-year", "title")


@dataclass
class Process:
    """A WSIS mechanism other than the lead roles' subjects, what the sources say of it and ITU's roles in it."""

    mechanism: Mechanism
    runs: list[RoleRun]


def wsis_processes() -> list[Process]:
    """Every WSIS mechanism that has a summary or in which ITU holds a role other than a lead role, in order."""
    runs = dict(roles_by_subject(itu_mechanism_roles()))
    mechanisms = Mechanism.objects.prefetch_related("sources").order_by("order")
    return [Process(m, runs.get(m, [])) for m in mechanisms if m.summary or m in runs]


@dataclass
class RoleGroup:
    """Lines on which ITU holds the same role today: "moderator/facilitator: C2, C5, C6"."""

    label: str
    lines: list[LineSummary]


def lines_by_itu_role(summaries) -> list[RoleGroup]:
    """Line summaries grouped by ITU's current role on them, strongest role first."""
    groups = []
    for kind in ROLE_ORDER:
        lines = [s for s in summaries if s.itu_role and s.itu_role.kind == kind]
        if lines:
            groups.append(RoleGroup(Role.Kind(kind).label, lines))
    return groups


def content_counts() -> dict[str, int]:
    """What is loaded, for the home page."""
    return {
        "action_lines": ActionLine.objects.count(),
        "roles": Role.objects.count(),
        "paragraphs": Paragraph.objects.count(),
        "resolutions": Resolution.objects.count(),
        "citations": Citation.objects.count(),
        "documents": OutcomeDocument.objects.count(),
    }


@dataclass
class HomePage:
    phases: list[SummitPhase]
    lead_roles: list[tuple[object, list[RoleRun]]]
    role_groups: list[RoleGroup]
    processes: list[Process]
    publications: list[Publication]
    counts: dict[str, int]


def home_page() -> HomePage:
    return HomePage(
        phases=list(summit_phases()),
        lead_roles=roles_by_subject(lead_facilitation_roles()),
        role_groups=lines_by_itu_role(line_summaries()),
        processes=wsis_processes(),
        publications=list(publications()),
        counts=content_counts(),
    )
