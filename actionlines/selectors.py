"""Reads for the action-line pages: querysets with their joins done, and the summaries pages draw from them."""

import re
from dataclasses import dataclass, field

from django.db.models import Prefetch, Q, QuerySet
from django.utils.translation import gettext as _

from outcomes.models import OutcomeDocument, Paragraph, SummitPhase
from resolutions.models import Citation, Clause, Resolution

from .models import ActionLine, Activity, Assignment, Meeting, Organization, Publication, Role, Theme

ROLE_JOINS = ("organization", "source", "action_line", "theme__action_line", "mechanism")
PARAGRAPH_JOINS = ("paragraph__document", "paragraph__parent__parent__parent")


def _roles() -> QuerySet:
    return Role.objects.select_related(*ROLE_JOINS).order_by("source__year", "since", "kind", "organization__acronym")


def _assignments() -> QuerySet:
    return Assignment.objects.select_related("organization", "theme").order_by("order")


def _activities() -> QuerySet:
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


def _themes() -> QuerySet:
    return Theme.objects.prefetch_related(Prefetch("roles", queryset=_roles())).order_by("order")


# --- summaries computed from prefetched rows (no queries) ---------------------------------------------------


def current_roles(roles) -> list[Role]:
    """Roles that have not ended, the latest source first: what holds today as far as the sources say."""
    return sorted((r for r in roles if r.is_current), key=lambda r: (r.source.year, r.since or 0, r.pk), reverse=True)


class RoleRun:
    """Records of one role, merged: its organizations, the years of the sources that say so, and its period."""

    def __init__(self, kind: str, roles: list[Role]):
        self.kind = kind
        self.roles = roles

    @property
    def label(self) -> str:
        return Role.Kind(self.kind).label

    @property
    def subject(self):
        return self.roles[0].subject

    @property
    def organizations(self) -> list[Organization]:
        orgs = []
        for role in self.roles:
            if role.organization not in orgs:
                orgs.append(role.organization)
        return orgs

    @property
    def sources(self):
        sources = []
        for role in sorted(self.roles, key=lambda r: (r.source.year, r.source.pk)):
            if role.source not in sources:
                sources.append(role.source)
        return sources

    @property
    def since(self):
        return next((r.since for r in self.roles if r.since), None)

    @property
    def until(self):
        return max((r.until for r in self.roles if r.until), default=None)

    @property
    def source_years(self) -> list[int]:
        return sorted({r.source.year for r in self.roles})

    @property
    def is_current(self) -> bool:
        return any(r.is_current for r in self.roles)

    @property
    def period(self) -> str:
        """ "since 2008", "2006–2008" (the last ended in 2008), or the span of the sources' years."""
        years = self.source_years
        if self.since and self.until:
            return f"{self.since}–{self.until}"
        if self.since:
            return str(_("since %(year)s") % {"year": self.since})
        start = years[0]
        end = self.until or years[-1]
        return str(start) if start == end else f"{start}–{end}"


def _began(role: Role) -> tuple:
    """When a role began as far as the sources say: its start, else the year it ended, else its source's year."""
    return (role.since or role.until or role.source.year, role.until is None, role.source.year, role.pk)


def role_history(roles, organization_kind=Organization.Kind.ITU) -> list[RoleRun]:
    """ITU's roles on a line in the order they began, a run of the same role merged: co-facilitator (2006–2008),
    moderator/facilitator since 2008."""
    runs: list[RoleRun] = []
    for role in sorted((r for r in roles if r.organization.kind == organization_kind), key=_began):
        if runs and runs[-1].kind == role.kind:
            runs[-1].roles.append(role)
        else:
            runs.append(RoleRun(role.kind, [role]))
    return runs


def group_roles(roles) -> list[RoleRun]:
    """Merge the same role on the same subject from several sources: "WSIS implementation: ITU, UNESCO, UNDP"."""
    groups: dict[tuple, RoleRun] = {}
    for role in roles:
        key = (role.action_line_id, role.theme_id, role.mechanism_id, role.kind)
        if key in groups:
            groups[key].roles.append(role)
        else:
            groups[key] = RoleRun(role.kind, [role])
    return list(groups.values())


def _subject_order(subject) -> tuple:
    """Lines by number, each followed by its themes, then WSIS mechanisms."""
    if isinstance(subject, ActionLine):
        return (0, subject.number, -1)
    if isinstance(subject, Theme):
        return (0, subject.action_line.number, subject.order)
    return (1, subject.order, 0)


def roles_by_subject(roles) -> list[tuple[object, list[RoleRun]]]:
    """Role groups gathered under their subject, lines first: (C6, [co-facilitator 2006–2008, facilitator …])."""
    subjects: dict[object, list[RoleRun]] = {}
    for group in group_roles(sorted(roles, key=_began)):
        subjects.setdefault(group.subject, []).append(group)
    return sorted(subjects.items(), key=lambda item: _subject_order(item[0]))


def focal_points(roles) -> list[Organization]:
    """The organizations that lead a line or theme today: its focal point, or its moderator/facilitator."""
    leading = {Role.Kind.FOCAL_POINT, Role.Kind.FACILITATOR}
    current = [r for r in current_roles(roles) if r.kind in leading]
    latest = current[0].source.year if current else None
    seen, orgs = set(), []
    for role in current:
        if role.source.year == latest and role.organization_id not in seen:
            seen.add(role.organization_id)
            orgs.append(role.organization)
    return orgs


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


def group_assignments(assignments) -> list[tuple[str, list[Assignment]]]:
    """Assignments by responsibility, lead first, each unit once: [("lead", [TSB, SPU]), ("assisting", [BDT])]."""
    order = list(Assignment.Kind.values)
    groups: dict[str, list[Assignment]] = {}
    for assignment in sorted(assignments, key=lambda a: order.index(a.kind)):
        group = groups.setdefault(assignment.kind, [])
        if all(a.organization_id != assignment.organization_id for a in group):
            group.append(assignment)
    return [(Assignment.Kind(kind).label, group) for kind, group in groups.items()]


@dataclass
class LineSummary:
    line: ActionLine
    itu_role: "RoleRun | None"
    focal_points: list[Organization]
    lead_units: list[Organization]
    in_plan: bool
    themes: list["ThemeSummary"] = field(default_factory=list)

    @property
    def led_by_theme(self) -> bool:
        """The plan allocates this line theme by theme (C6, C7), not as a whole."""
        return not self.in_plan and any(t.lead_units for t in self.themes)

    @property
    def has_topics(self) -> bool:
        """The line's sub-items are topics (as C6's are) rather than themes (as C7's are)."""
        return any(t.theme.kind == Theme.Kind.TOPIC for t in self.themes)


@dataclass
class ThemeSummary:
    theme: Theme
    itu_role: "RoleRun | None"
    focal_points: list[Organization]
    lead_units: list[Organization]
    in_plan: bool
    assignments: list[Assignment] = field(default_factory=list)

    @property
    def allocation(self):
        return group_assignments(self.assignments)


def current_spell(roles) -> "RoleRun | None":
    """ITU's role today: the last run of the same role, if the latest record of it has not ended."""
    spells = role_history(roles)
    if spells and any(r.is_current for r in spells[-1].roles):
        return spells[-1]
    return None


def line_activities(line: ActionLine) -> list[Activity]:
    """The plan's rows for a line, in the plan's order."""
    return sorted(line.activities.all(), key=lambda a: a.order)


def _covers_whole_line(activity: Activity, line: ActionLine) -> bool:
    """A row on the line itself, not on one of its themes (a theme of another line, like C7 e-learning on the
    C4 row, does not narrow it)."""
    return not any(t.action_line_id == line.pk for t in activity.themes.all())


def _theme_summary(theme: Theme, activities) -> ThemeSummary:
    theme_rows = [a for a in activities if any(t.pk == theme.pk for t in a.themes.all())]
    # A row on this theme alone gives it its allocation; a row on several themes gives each its named part.
    single = [a for a in theme_rows if sum(t.action_line_id == theme.action_line_id for t in a.themes.all()) == 1]
    assignments = [asg for a in theme_rows for asg in a.assignments.all() if asg.theme_id == theme.pk]
    assignments += [asg for a in single for asg in a.assignments.all() if not asg.theme_id and not asg.part]
    leads = lead_units(theme_rows, theme) or lead_units(single)
    return ThemeSummary(
        theme, current_spell(theme.roles.all()), focal_points(theme.roles.all()), leads, bool(theme_rows), assignments
    )


def summarize_line(line: ActionLine) -> LineSummary:
    activities = line_activities(line)
    whole_line = [a for a in activities if _covers_whole_line(a, line)]
    summary = LineSummary(
        line,
        current_spell(line.roles.all()),
        focal_points(line.roles.all()),
        lead_units(whole_line),
        bool(whole_line),
    )
    summary.themes = [_theme_summary(theme, activities) for theme in line.themes.all()]
    return summary


# The order in which the home page lists ITU's roles on the lines, strongest first.
ROLE_ORDER = (
    Role.Kind.LEAD_FACILITATOR,
    Role.Kind.FOCAL_POINT,
    Role.Kind.FACILITATOR,
    Role.Kind.CO_FACILITATOR,
    Role.Kind.PARTNER,
)


def lines_by_itu_role(summaries) -> list[tuple[str, list[LineSummary]]]:
    """Group line summaries by ITU's current role on them: [("moderator/facilitator", [C2, C5, C6]), …]."""
    groups = []
    for kind in ROLE_ORDER:
        lines = [s for s in summaries if s.itu_role and s.itu_role.kind == kind]
        if lines:
            groups.append((Role.Kind(kind).label, lines))
    return groups


# --- querysets for pages --------------------------------------------------------------------------------------


def action_lines() -> QuerySet:
    """All eleven lines with their roles, themes (and their roles) and plan rows, in a fixed number of queries."""
    return ActionLine.objects.order_by("number").prefetch_related(
        Prefetch("roles", queryset=_roles()),
        Prefetch("themes", queryset=_themes()),
        Prefetch("activities", queryset=_activities()),
    )


def action_line(slug: str) -> ActionLine:
    """One line with everything its page shows; raises ActionLine.DoesNotExist for an unknown slug."""
    return (
        action_lines()
        .prefetch_related(
            Prefetch("publications", queryset=Publication.objects.select_related("source").order_by("year", "title"))
        )
        .get(slug=slug)
    )


def cited_paragraphs(line: ActionLine) -> list[Paragraph]:
    """Outcome-document paragraphs that the plan's rows for this line cite, in document order, each once."""
    seen, paragraphs = set(), []
    for activity in line.activities.all():
        for citation in activity.citations.all():
            if citation.paragraph_id not in seen:
                seen.add(citation.paragraph_id)
                paragraphs.append(citation.paragraph)
    return sorted(paragraphs, key=lambda p: (p.document.order, p.top.order, p.order, p.eid))


# "Action Lines C2, C5 and C6", "Action Line C2", "AL C2", "C.2", "C1 to C11": the lines a clause names.
_LINE_LIST = re.compile(
    r"\b(?:WSIS\s+)?(?:Action\s+Lines?|ALs?)\s+(C\.?\s?\d{1,2}(?:\s*(?:,|and|&|to|-|–)\s*C\.?\s?\d{1,2})*)",
    re.IGNORECASE,
)
_LINE_NUMBER = re.compile(r"(to|-|–)?\s*C\.?\s?(\d{1,2})", re.IGNORECASE)


def action_line_numbers(text: str) -> set[int]:
    """The action-line numbers an English text names, e.g. "Action Lines C1, C3 and C11" → {1, 3, 11};
    a range "C2 to C5" names every line in it; a number outside C1–C11 names none."""
    numbers: set[int] = set()
    for match in _LINE_LIST.finditer(text or ""):
        previous = None
        for range_mark, digits in _LINE_NUMBER.findall(match.group(1)):
            number = int(digits)
            if range_mark and previous is not None and previous < number:
                numbers.update(range(previous + 1, number))
            numbers.add(number)
            previous = number
    return {n for n in numbers if 1 <= n <= 11}


def clauses_naming_line(line: ActionLine) -> list[Clause]:
    """Resolution clauses whose English text names this line: narrowed in SQL, confirmed by the pattern above."""
    candidates = (
        Clause.objects.filter(Q(text_en__icontains=f"C{line.number}") | Q(text_en__icontains=f"C.{line.number}"))
        .select_related("section__revision__resolution")
        .order_by("section__revision__resolution__body", "section__revision__year", "section__order", "order")
    )
    return [clause for clause in candidates if line.number in action_line_numbers(clause.text_en)]


def organizations_with_roles() -> QuerySet:
    """Every organization that holds a role, with its roles: ITU first, then other bodies and UN agencies."""
    return (
        Organization.objects.filter(roles__isnull=False)
        .distinct()
        .prefetch_related(Prefetch("roles", queryset=_roles()))
        .order_by("kind", "acronym", "name")
    )


def organization(slug: str) -> Organization:
    """One organization with its roles, its units and its assignments in the 2006 plan."""
    return (
        Organization.objects.select_related("parent")
        .prefetch_related(
            Prefetch("roles", queryset=_roles()),
            Prefetch("units", queryset=Organization.objects.order_by("acronym")),
            Prefetch(
                "assignments",
                queryset=Assignment.objects.select_related("activity", "theme").prefetch_related(
                    Prefetch("activity__action_lines", queryset=ActionLine.objects.order_by("number"))
                ),
            ),
        )
        .get(slug=slug)
    )


def plan_activities() -> QuerySet:
    """Every row of the 2006 plan, in the plan's order, with assignments, meetings and cited paragraphs."""
    return _activities().order_by("order")


def plan_sections() -> list[tuple[str, str, list[Activity]]]:
    """The plan's rows under its four headings, as (section, heading, rows), leaving out empty headings."""
    activities = list(plan_activities())
    sections = [
        (value, label, [a for a in activities if a.section == value]) for value, label in Activity.Section.choices
    ]
    return [section for section in sections if section[2]]


def publications() -> QuerySet:
    """Every roadmap and report the sources name, newest first, with the lines each concerns."""
    return Publication.objects.prefetch_related(
        Prefetch("action_lines", queryset=ActionLine.objects.order_by("number"))
    ).order_by("-year", "title")


def summit_phases() -> QuerySet:
    return SummitPhase.objects.select_related("source").order_by("number")


def itu_mechanism_roles() -> QuerySet:
    """ITU's own roles on WSIS mechanisms other than lead facilitation (UNGIS, stocktaking, the WSIS Forum, …)."""
    return (
        _roles()
        .filter(organization__kind=Organization.Kind.ITU, mechanism__isnull=False, until__isnull=True)
        .exclude(kind=Role.Kind.LEAD_FACILITATOR)
        .order_by("mechanism__order", "kind", "source__year")
    )


def lead_facilitation_roles() -> QuerySet:
    """Who shares the lead facilitation of WSIS mechanisms: ITU with UNESCO and UNDP, and ITU-led initiatives."""
    return _roles().filter(kind=Role.Kind.LEAD_FACILITATOR).order_by("mechanism__order", "source__year", "pk")


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
