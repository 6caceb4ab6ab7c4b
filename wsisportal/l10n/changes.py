"""The staff page of recent changes across the portal: who changed which record, field and language, and how."""

from dataclasses import dataclass

from django import forms
from django.conf import settings
from django.contrib import admin
from django.contrib.auth import get_user_model
from django.template.response import TemplateResponse
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from .history import changes, language_of, tracked_models

# How many changes the page shows, and how many recent records of each model it reads to find them.
SHOWN = 100
READ_PER_MODEL = 300
COMMANDS = "commands"


@dataclass
class Change:
    field: str
    language: str | None
    old: object
    new: object


@dataclass
class Entry:
    record: object
    model: type
    kind: str  # the model's name, in the reader's language (a template would call the model class itself)
    changes: list[Change]
    change_url: str | None
    history_url: str | None


class ChangeFilters(forms.Form):
    model = forms.ChoiceField(label=_("Kind of record"), required=False)
    person = forms.ChoiceField(label=_("Changed by"), required=False)
    language = forms.ChoiceField(label=_("Language"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["model"].choices = [
            ("", _("All")),
            *((m._meta.label_lower, m._meta.verbose_name) for m in tracked_models()),
        ]
        people = get_user_model().objects.filter(is_staff=True).order_by("username")
        self.fields["person"].choices = [
            ("", _("Anyone")),
            (COMMANDS, _("Commands (loading, importing)")),
            *((str(user.pk), user.get_username()) for user in people),
        ]
        self.fields["language"].choices = [("", _("All")), *settings.LANGUAGES]


def _url(name, *args):
    try:
        return reverse(name, args=args)
    except NoReverseMatch:
        return None


def _entries(model_label, person, language) -> list[Entry]:
    records = []
    for model in tracked_models():
        if model_label and model._meta.label_lower != model_label:
            continue
        history = model.history.select_related("history_user").order_by("-history_date", "-history_id")
        if person == COMMANDS:
            history = history.filter(history_user__isnull=True)
        elif person:
            history = history.filter(history_user_id=person)
        records.extend((record, model) for record in history[:READ_PER_MODEL])
    records.sort(key=lambda pair: (pair[0].history_date, pair[0].history_id), reverse=True)
    entries = []
    for record, model in records:
        found = [
            Change(model._meta.get_field(c.field).verbose_name, language_of(model, c.field), c.old, c.new)
            for c in changes(record, record.prev_record)
        ]
        if language and not any(change.language == language for change in found):
            continue
        meta = model._meta
        entries.append(
            Entry(
                record,
                model,
                meta.verbose_name,
                found,
                _url(f"admin:{meta.app_label}_{meta.model_name}_change", record.pk)
                if record.history_type != "-"
                else None,
                _url(f"admin:{meta.app_label}_{meta.model_name}_history", record.pk),
            )
        )
        if len(entries) == SHOWN:
            break
    return entries


def recent_changes(request):
    """The staff page: the latest changes to content, filtered by kind of record, person and language."""
    filters = ChangeFilters(request.GET or None)
    status = 200
    if filters.is_bound and not filters.is_valid():
        entries, status = [], 400
    else:
        data = filters.cleaned_data if filters.is_bound else {}
        entries = _entries(data.get("model"), data.get("person"), data.get("language"))
    context = {
        **admin.site.each_context(request),
        "title": _("Recent changes"),
        "filters": filters,
        "entries": entries,
        "shown": SHOWN,
    }
    return TemplateResponse(request, "admin/recent_changes.html", context, status=status)
