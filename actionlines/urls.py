"""Public pages of the actionlines app."""

app_name = "actionlines"
urlpatterns = []
