"""Adds rows of every kind the action-line, plan, focal-point and home pages show, `scale` of each.

The page tests grow the loaded content with it to show that a page's number of SQL queries stays the same.
"""

from datetime import date

from actionlines.models import (
    ActionLine,
    Activity,
    Assignment,
    Mechanism,
    Meeting,
    Organization,
    Publication,
    Role,
    Theme,
)
from outcomes.models import Paragraph, Source
from resolutions.models import Body, Citation, Clause, Resolution, Revision, Section


def grow(scale: int, start: int = 0) -> None:
    """Add `scale` organizations, units, roles, themes, plan rows (with assignments, meetings and citations),
    publications, mechanism roles and clauses naming C6; numbered from `start` so it can be called again."""
    source = Source.objects.order_by("year").first()
    c6, c7 = ActionLine.objects.get(slug="c6"), ActionLine.objects.get(slug="c7")
    itu = Organization.objects.get(slug="itu")
    bdt = Organization.objects.get(slug="bdt")
    paragraph = Paragraph.objects.filter(parent__isnull=True).order_by("pk").first()
    mechanism = Mechanism.objects.create(slug=f"grow-mechanism-{start}", name="Grown mechanism", order=900 + start)
    resolution = Resolution.objects.create(
        slug=f"pp-grow-{start}", body=Body.PP, number=f"9{start:03d}", title="Grown resolution"
    )
    revision = Revision.objects.create(resolution=resolution, year=2010, place="Guadalajara", qualifier="revised")
    section = Section.objects.create(revision=revision, order=0, part="operative", keyword_en="resolves")
    for i in range(start, start + scale):
        org = Organization.objects.create(slug=f"grow-org-{i}", acronym=f"G{i}", name=f"Grown {i}", kind="other")
        unit = Organization.objects.create(slug=f"grow-unit-{i}", acronym=f"GU{i}", kind="itu_unit", parent=itu)
        theme = Theme.objects.create(
            slug=f"grow-theme-{i}", action_line=c7, kind="theme", name=f"Theme {i}", order=50 + i
        )
        Role.objects.create(organization=org, kind=Role.Kind.PARTNER, action_line=c6, source=source, since=2010)
        Role.objects.create(organization=org, kind=Role.Kind.FOCAL_POINT, theme=theme, source=source)
        Role.objects.create(organization=itu, kind=Role.Kind.CO_FACILITATOR, theme=theme, source=source)
        Role.objects.create(organization=org, kind=Role.Kind.LEAD_FACILITATOR, mechanism=mechanism, source=source)
        Role.objects.create(organization=itu, kind=Role.Kind.MEMBER, mechanism=mechanism, source=source)
        activity = Activity.objects.create(
            slug=f"grow-activity-{i}",
            section=Activity.Section.OTHER,
            order=500 + i,
            title=f"Grown activity {i}",
            comments="Grown.",
            source=source,
        )
        activity.action_lines.add(c6, c7)
        activity.themes.add(theme)
        Assignment.objects.create(activity=activity, organization=unit, kind=Assignment.Kind.LEAD)
        Assignment.objects.create(activity=activity, organization=bdt, kind=Assignment.Kind.ASSISTING, theme=theme)
        Meeting.objects.create(activity=activity, title="Grown meeting", start=date(2006, 5, 1), place="Geneva")
        Citation.objects.filter(activity=activity).delete()
        Citation.objects.create(activity=activity, cited_text="para", start=0, end=4, target="x", paragraph=paragraph)
        publication = Publication.objects.create(
            slug=f"grow-publication-{i}", kind="report", title=f"Grown report {i}", year=2011
        )
        publication.sources.add(source)
        publication.action_lines.add(c6)
        Clause.objects.create(section=section, order=i, label=str(i + 1), text_en="to act on Action Lines C2 and C6;")
