"""Public pages of the actionlines app: the overview, one line, the 2006 plan, focal points and organizations."""

from django.urls import path

from . import views

app_name = "actionlines"
urlpatterns = [
    path("action-lines/", views.overview, name="overview"),
    # Registered before the slug route, so "plan-2006" is never taken for an action line.
    path("action-lines/plan-2006/", views.plan, name="plan"),
    path("action-lines/<slug:slug>/", views.detail, name="detail"),
    path("focal-points/", views.focal_points, name="focal_points"),
    path("focal-points/<slug:slug>/", views.organization, name="organization"),
]
