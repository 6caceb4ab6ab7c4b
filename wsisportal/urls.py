"""The portal's URLs: every public page under each of the six language prefixes, the admin and liveness outside."""

from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path

urlpatterns = [
    path("admin/", admin.site.urls),
]

urlpatterns += i18n_patterns(
    path("", include("actionlines.urls")),
    path("outcomes/", include("outcomes.urls")),
    path("resolutions/", include("resolutions.urls")),
    prefix_default_language=True,
)
