"""Roles over time, read from prefetched rows: runs of the same role merged, ITU's history on a line, who leads it.

No queries here: callers pass roles fetched with their organization, source and subject (see the site selectors).
"""

from .models import ActionLine, Organization, Role, Theme
from .periods import period_name


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
        return period_name(self.since, self.until, self.source_years)


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


def current_spell(roles) -> RoleRun | None:
    """ITU's role today: the last run of the same role, if the latest record of it has not ended."""
    spells = role_history(roles)
    if spells and any(r.is_current for r in spells[-1].roles):
        return spells[-1]
    return None


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


# The order in which the home page lists ITU's roles on the lines, strongest first.
ROLE_ORDER = (
    Role.Kind.LEAD_FACILITATOR,
    Role.Kind.FOCAL_POINT,
    Role.Kind.FACILITATOR,
    Role.Kind.CO_FACILITATOR,
    Role.Kind.PARTNER,
)
