"""The portal's URLs: every public page under each of the six language prefixes, the admin and liveness outside.

The pages are grouped under the namespaces their records' get_absolute_url() reverse: actionlines, outcomes,
resolutions.
"""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path, re_path

from .l10n.changes import recent_changes
from .l10n.coverage import translation_coverage
from .opendata import feeds
from .sitemaps import SITEMAPS
from .views import actionlines, home, opendata, operations, organizations, outcomes, resolutions, search

actionline_pages = [
    path("action-lines/", actionlines.overview, name="overview"),
    # Before the slug route, so "plan-2006" is never taken for an action line.
    path("action-lines/plan-2006/", actionlines.plan, name="plan"),
    path("action-lines/<slug:slug>/", actionlines.detail, name="detail"),
    path("focal-points/", organizations.focal_point_list, name="focal_points"),
    path("focal-points/<slug:slug>/", organizations.detail, name="organization"),
]
outcome_pages = [
    path("", outcomes.document_list, name="list"),
    path("<slug:slug>/", outcomes.document_detail, name="document"),
    path("<slug:slug>/<str:number>/", outcomes.paragraph_detail, name="paragraph"),
]
resolution_pages = [
    path("", resolutions.resolution_list, name="list"),
    path("<slug:slug>/", resolutions.resolution_detail, name="detail"),
    path("<slug:slug>/<int:year>/", resolutions.revision_detail, name="revision"),
]

urlpatterns = [
    path("", home.root_redirect, name="root"),
    path("csp-report", operations.csp_report, name="csp_report"),
    path("sitemap.xml", operations.sitemap_index, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("sitemap-<section>.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap_section"),
    path("robots.txt", operations.robots_txt, name="robots"),
    # Staff pages of our own inside the admin, before the admin's catch-all.
    path("admin/translations/", admin.site.admin_view(translation_coverage), name="translation_coverage"),
    path("admin/changes/", admin.site.admin_view(recent_changes), name="recent_changes"),
    path("admin/", admin.site.urls),
    # Each page's JSON twin (/<lang>/…/data.json) and /openapi.json; none of its addresses ends in "/", so none
    # can be taken for a page.
    path("", opendata.api.urls),
    path("<str:lang>/resolutions/<slug:slug>/<int:year>/data.xml", opendata.revision_akn, name="revision_akn"),
    path("<str:lang>/outcomes/<slug:slug>/data.xml", opendata.document_akn, name="document_akn"),
    path("<str:lang>/open-data/citations.csv", opendata.citations_csv, name="citations_csv"),
    path("akn/<path:address>", opendata.akn_address, name="akn"),
    re_path(r"^(?P<rest>.*/)?data\.(?P<suffix>[^/]*)$", opendata.unknown_format),
]

urlpatterns += i18n_patterns(
    path("", home.home, name="home"),
    path("search/", search.search, name="search"),
    path("", include((actionline_pages, "actionlines"))),
    path("outcomes/", include((outcome_pages, "outcomes"))),
    path("resolutions/", include((resolution_pages, "resolutions"))),
    path("open-data/", opendata.reuse_page, name="opendata_page"),
    path("changes.atom", feeds.ContentChanges(), name="changes_feed"),
    path("outcomes/<slug:slug>/<str:number>/citations.atom", feeds.ParagraphCitations(), name="paragraph_citations"),
    path("resolutions/<slug:slug>/citations.atom", feeds.ResolutionCitations(), name="resolution_citations"),
    prefix_default_language=True,
)

handler500 = "wsisportal.views.operations.server_error"
