"""Reads for the focal-points pages: every organization with a role, and one organization with all it does."""

from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet

from actionlines.models import ActionLine, Assignment, Organization
from actionlines.roles import RoleRun, roles_by_subject

from .actionlines import roles


def organizations_with_roles() -> QuerySet[Organization]:
    """Every organization that holds a role, with its roles: ITU first, then other bodies and UN agencies."""
    return (
        Organization.objects.filter(roles__isnull=False)
        .distinct()
        .prefetch_related(Prefetch("roles", queryset=roles()))
        .order_by("kind", "acronym", "name")
    )


@dataclass
class OrganizationRoles:
    organization: Organization
    subjects: list[tuple[object, list[RoleRun]]]


def focal_points() -> list[OrganizationRoles]:
    """Every organization with a role, each with its roles gathered under their subject."""
    return [OrganizationRoles(org, roles_by_subject(org.roles.all())) for org in organizations_with_roles()]


def organization(slug: str) -> OrganizationRoles:
    """One organization with its roles, its units and its assignments in the 2006 plan; raises
    Organization.DoesNotExist for an unknown slug."""
    org = (
        Organization.objects.select_related("parent")
        .prefetch_related(
            Prefetch("roles", queryset=roles()),
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
    return OrganizationRoles(org, roles_by_subject(org.roles.all()))
