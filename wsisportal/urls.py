"""The portal's URLs: every public page under each of the six language prefixes, the admin and liveness outside."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from . import views
from .admin_views import translation_coverage
from .sitemaps import SITEMAPS

urlpatterns = [
    path("", views.root_redirect, name="root"),
    path("healthz", views.healthz, name="healthz"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
    path("robots.txt", views.robots_txt, name="robots"),
    # Staff pages of our own inside the admin, before the admin's catch-all.
    path("admin/translations/", admin.site.admin_view(translation_coverage), name="translation_coverage"),
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", views.home, name="home"),
    path("search/", views.search, name="search"),
    path("", include("actionlines.urls")),
    path("outcomes/", include("outcomes.urls")),
    path("resolutions/", include("resolutions.urls")),
    prefix_default_language=True,
)

handler500 = "wsisportal.views.server_error"
