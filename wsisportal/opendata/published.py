"""What the portal publishes for re-users, each with its address and a working example: the re-users' page lists
these, and a test fetches every example."""

from dataclasses import dataclass

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wsisportal.origin import absolute_url


@dataclass
class Publication:
    what: str
    address: str  # the pattern, with <lang> and the page's own path
    media_type: str
    examples: list[str]  # site paths that answer 200

    @property
    def example_urls(self) -> list[str]:
        return [absolute_url(path) for path in self.examples]


def publications(lang: str) -> list[Publication]:
    return [
        Publication(
            _("Every page's facts as JSON, in the page's language, official texts marked loaded or English fallback"),
            "/<lang>/…/data.json",
            "application/json",
            [f"/{lang}/action-lines/c6/data.json", f"/{lang}/outcomes/tunis-agenda/96/data.json"],
        ),
        Publication(
            _("The OpenAPI 3.1 description of every JSON address"),
            "/openapi.json",
            "application/json",
            ["/openapi.json"],
        ),
        Publication(
            _("Akoma Ntoso 3.0 XML of each resolution text the portal holds and of each outcome document"),
            "/<lang>/resolutions/<resolution>/<year>/data.xml, /<lang>/outcomes/<document>/data.xml",
            "application/akn+xml",
            [f"/{lang}/resolutions/pp-140/2010/data.xml", f"/{lang}/outcomes/tunis-agenda/data.xml"],
        ),
        Publication(
            _("The citation network: one row per citation, one per paragraph of a cited range"),
            "/<lang>/open-data/citations.csv, /<lang>/open-data/citations.json",
            "text/csv, application/json",
            [reverse("citations_csv", args=[lang]), f"/{lang}/open-data/citations.json"],
        ),
        Publication(
            _("Atom feeds: new citations of a paragraph, new citations of a resolution, every change to the content"),
            "/<lang>/outcomes/<document>/<number>/citations.atom, /<lang>/resolutions/<resolution>/citations.atom, "
            "/<lang>/changes.atom",
            "application/atom+xml",
            [
                f"/{lang}/outcomes/tunis-agenda/120/citations.atom",
                f"/{lang}/resolutions/pp-140/citations.atom",
                f"/{lang}/changes.atom",
            ],
        ),
    ]


# Akoma Ntoso addresses answer 303 See Other to their page, so the page shows them as text, not links.
AKN_EXAMPLES = (
    "/akn/un/statement/resolution/itu-pp/2010/140",
    "/akn/un/statement/resolution/itu-pp/2010/140/~considering__item_h",
    "/akn/un/doc/outcome/wsis/2005/tunis-agenda/~para_120",
)
