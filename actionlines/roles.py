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
        """The source's own name for the role where every record gives the same one, else the kind's name."""
        labels = {role.label for role in self.roles}
        return labels.pop() if len(labels) == 1 else Role.Kind(self.kind).label

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
        """ "since 2008", "2006–2008" (the last ended in 2008), or the years of the sources that record it."""
        return period_name(self.since, self.until, self.source_years)


def _began(role: Role) -> tuple:
    """When a role began as far as the sources say: its start, else the year it ended, else its source's year."""
    return (role.since or role.until or role.source.year, role.until is None, role.source.year, role.pk)


def _stated_latest(role: Role) -> tuple:
    """How recent a statement of a role is: its source's year, then the year it began."""
    return (role.source.year, role.since or 0, role.pk)


def role_history(roles, organization_kind=Organization.Kind.ITU) -> list[RoleRun]:
    """ITU's roles on a line, one run per kind in the order they began, each with every source that states it:
    co-facilitator (2006–2008), moderator/facilitator (since 2008). A role another source names in between
    (Res. 140's participation in C1's implementation, 2010) does not cut a run in two."""
    runs: dict[str, RoleRun] = {}
    for role in sorted((r for r in roles if r.organization.kind == organization_kind), key=_began):
        runs.setdefault(role.kind, RoleRun(role.kind, [])).roles.append(role)
    return list(runs.values())


def current_spell(roles) -> RoleRun | None:
    """ITU's role today: the run of the role the most recent source states, if that role has not ended."""
    history = role_history(roles)
    current = [role for run in history for role in run.roles if role.is_current]
    if not current:
        return None
    latest = max(current, key=_stated_latest)
    return next(run for run in history if run.kind == latest.kind)


def group_roles(roles) -> list[RoleRun]:
    """The same role on the same subject, merged across sources, by the name the sources give it; a source's year
    goes only with the organizations that source names ("UNGIS: leading agency – ITU (2007); lead agency – ITU,
    UNESCO, UNDP (2014)")."""
    stated: dict[tuple, list[Role]] = {}
    for role in roles:
        key = (role.action_line_id, role.theme_id, role.mechanism_id, role.kind, role.label, role.source_id)
        stated.setdefault(key, []).append(role)
    groups: dict[tuple, RoleRun] = {}
    for key, members in stated.items():
        named = frozenset(role.organization_id for role in members)
        groups.setdefault((*key[:5], named), RoleRun(key[3], [])).roles.extend(members)
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
    """The focal points of a line or theme as the most recent source that names one gives them: focal points only,
    never its facilitator (the 2006 plan makes UNDP the focal point of C6, whose facilitator ITU became)."""
    named = [r for r in current_roles(roles) if r.kind == Role.Kind.FOCAL_POINT]
    latest = named[0].source.year if named else None
    seen, orgs = set(), []
    for role in named:
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
