"""The site's sections, written once: the header's navigation and the home page's cards both read this list."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Section:
    url_name: str
    label: str
    description: str


SECTIONS = (
    Section(
        "actionlines:overview",
        _("Action lines"),
        _("The eleven action lines C1–C11, ITU’s role on each, its focal points and ITU’s lead units."),
    ),
    Section(
        "outcomes:list",
        _("Outcome documents"),
        _(
            "The Geneva Declaration and Plan of Action, the Tunis Commitment and the Tunis Agenda, "
            "paragraph by paragraph."
        ),
    ),
    Section(
        "resolutions:list",
        _("Resolutions"),
        _("Resolutions and decisions of ITU’s conferences and Council on WSIS, with every citation linked."),
    ),
    Section(
        "actionlines:focal_points",
        _("Focal points"),
        _("Every organization with a role on an action line, and ITU’s own units."),
    ),
    Section(
        "actionlines:plan",
        _("2006 implementation plan"),
        _("How ITU divided its WSIS tasks between Sectors and departments in 2006."),
    ),
)


@dataclass(frozen=True)
class NavigationItem:
    label: str
    description: str
    url: str
    is_current: bool


def sections(current_path: str) -> list[NavigationItem]:
    """Each section with its URL in the active language, and whether the page at current_path is it."""
    items = []
    for section in SECTIONS:
        url = reverse(section.url_name)
        items.append(NavigationItem(str(section.label), str(section.description), url, url == current_path))
    return items
