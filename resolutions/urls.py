"""Public pages of the resolutions app."""

app_name = "resolutions"
urlpatterns = []
