"""What each action line and theme comes to, read from prefetched rows: ITU's role today, who leads it, and
which ITU units lead ITU's own work on it under the 2006 plan."""

from dataclasses import dataclass, field

from .models import ActionLine, Assignment, Organization, Theme
from .plan import by_responsibility, covers_whole_line, lead_units, line_activities
from .roles import RoleRun, current_spell, focal_points


@dataclass
class ThemeSummary:
    theme: Theme
    itu_role: RoleRun | None
    focal_points: list[Organization]
    lead_units: list[Organization]
    in_plan: bool
    assignments: list[Assignment] = field(default_factory=list)

    @property
    def allocation(self):
        return by_responsibility(self.assignments)


@dataclass
class LineSummary:
    line: ActionLine
    itu_role: RoleRun | None
    focal_points: list[Organization]
    lead_units: list[Organization]
    in_plan: bool
    themes: list[ThemeSummary] = field(default_factory=list)

    @property
    def led_by_theme(self) -> bool:
        """The plan allocates this line theme by theme (C6, C7), not as a whole."""
        return not self.in_plan and any(t.lead_units for t in self.themes)

    @property
    def has_topics(self) -> bool:
        """The line's sub-items are topics (as C6's are) rather than themes (as C7's are)."""
        return any(t.theme.kind == Theme.Kind.TOPIC for t in self.themes)


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
    """A line with its roles, themes and plan rows prefetched, summed up for the overview and the line's page."""
    activities = line_activities(line)
    whole_line = [a for a in activities if covers_whole_line(a, line)]
    summary = LineSummary(
        line,
        current_spell(line.roles.all()),
        focal_points(line.roles.all()),
        lead_units(whole_line),
        bool(whole_line),
    )
    summary.themes = [_theme_summary(theme, activities) for theme in line.themes.all()]
    return summary
