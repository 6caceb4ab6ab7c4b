"""Where a page's data is, for the <link rel="alternate"> in its head: its JSON twin beside it, from the canonical
origin."""

from django.conf import settings

from wsisportal.origin import absolute_url

# The pages with a JSON twin at their path + data.json: every page but search.
PAGES_WITH_DATA = {
    "home",
    "actionlines:overview",
    "actionlines:plan",
    "actionlines:detail",
    "actionlines:focal_points",
    "actionlines:organization",
    "outcomes:list",
    "outcomes:document",
    "outcomes:paragraph",
    "resolutions:list",
    "resolutions:detail",
    "resolutions:revision",
}


def data_links(request):
    match = getattr(request, "resolver_match", None)
    has_data = match is not None and match.view_name in PAGES_WITH_DATA
    return {
        "data_json_url": absolute_url(f"{request.path}data.json") if has_data else "",
        "canonical_origin": settings.CANONICAL_ORIGIN,
    }
