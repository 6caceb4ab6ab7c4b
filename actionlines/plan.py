"""ITU's 2006 implementation plan read from prefetched rows: which units lead a line or theme, and each row's
allocation grouped by part and responsibility. No queries here (see the site selectors for the fetching)."""

from dataclasses import dataclass

from .models import ActionLine, Activity, Assignment, Organization, Theme

RESPONSIBILITY_ORDER = list(Assignment.Kind.values)


def line_activities(line: ActionLine) -> list[Activity]:
    """The plan's rows for a line, in the plan's order."""
    return sorted(line.activities.all(), key=lambda a: a.order)


def covers_whole_line(activity: Activity, line: ActionLine) -> bool:
    """A row on the line itself, not on one of its themes (a theme of another line, like C7 e-learning on the
    C4 row, does not narrow it)."""
    return not any(t.action_line_id == line.pk for t in activity.themes.all())


def lead_units(activities, theme: Theme | None = None) -> list[Organization]:
    """The units that lead the plan's activity for a line (assignments not tied to a part), or for one theme."""

    def concerns(assignment):
        if theme is None:
            return assignment.theme_id is None and not assignment.part
        return assignment.theme_id == theme.pk

    units = []
    for activity in activities:
        for assignment in activity.assignments.all():
            if (
                assignment.kind == Assignment.Kind.LEAD
                and concerns(assignment)
                and assignment.organization not in units
            ):
                units.append(assignment.organization)
    return units


@dataclass
class Responsibility:
    """One responsibility in an allocation ("lead", "assisting") and the assignments that carry it."""

    kind: str
    assignments: list[Assignment]

    @property
    def label(self) -> str:
        return Assignment.Kind(self.kind).label


def by_responsibility(assignments) -> list[Responsibility]:
    """Assignments by responsibility, lead first, each unit once: [lead: TSB, SPU; assisting: BDT]."""
    groups: dict[str, list[Assignment]] = {}
    for assignment in sorted(assignments, key=lambda a: RESPONSIBILITY_ORDER.index(a.kind)):
        group = groups.setdefault(assignment.kind, [])
        if all(a.organization_id != assignment.organization_id for a in group):
            group.append(assignment)
    return [Responsibility(kind, group) for kind, group in groups.items()]


@dataclass
class AllocationPart:
    """A named part of a plan row ("Spectrum management"), or the whole row (part ""), with its responsibilities."""

    part: str
    responsibilities: list[Responsibility]

    @property
    def named_only(self) -> bool:
        """The plan only names the units, in brackets after the task: no label before them."""
        return all(r.kind == Assignment.Kind.NAMED for r in self.responsibilities)


def allocation(activity: Activity) -> list[AllocationPart]:
    """A row's assignments grouped by the part they concern, in the plan's order, then by responsibility
    in the order the plan gives them: "Spectrum management: Lead: BR; Assisting: BDT, SPU"."""
    parts: dict[str, list[Assignment]] = {}
    for assignment in activity.assignments.all():
        parts.setdefault(assignment.part, []).append(assignment)
    result = []
    for part, assignments in parts.items():
        kinds: dict[str, list[Assignment]] = {}
        for assignment in assignments:
            kinds.setdefault(assignment.kind, []).append(assignment)
        result.append(AllocationPart(part, [Responsibility(kind, group) for kind, group in kinds.items()]))
    return result
