"""Public pages of the outcomes app: the documents, one document, one paragraph (sub-paragraphs are anchors on it)."""

from django.urls import path

from . import views

app_name = "outcomes"
urlpatterns = [
    path("", views.document_list, name="list"),
    path("<slug:slug>/", views.document_detail, name="document"),
    path("<slug:slug>/<str:number>/", views.paragraph_detail, name="paragraph"),
]
