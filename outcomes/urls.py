"""Public pages of the outcomes app."""

app_name = "outcomes"
urlpatterns = []
