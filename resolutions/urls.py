"""Public pages of the resolutions app: all by body, one resolution (its latest revision), one revision."""

from django.urls import path

from . import views

app_name = "resolutions"
urlpatterns = [
    path("", views.resolution_list, name="list"),
    path("<slug:slug>/", views.resolution_detail, name="detail"),
    path("<slug:slug>/<int:year>/", views.revision_detail, name="revision"),
]
