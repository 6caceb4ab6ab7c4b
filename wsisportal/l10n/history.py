"""The change history of content models (django-simple-history), registered after their translation fields.

simple-history copies a model's fields into its historical model when it is registered; modeltranslation adds
the per-language columns (title_ar … title_es) when its translation options are registered. So each app's
translation.py registers history last, and every language column of every change is recorded.
"""

from collections import defaultdict
from contextlib import contextmanager
from pathlib import Path

import simple_history
from django.apps import apps
from django.conf import settings
from django.utils import timezone
from simple_history.models import HistoricalRecords, ModelDelta


def record_history(*models):
    """Give each model a `history` manager and a historical table, its many-to-many links included."""
    for model in models:
        simple_history.register(
            model,
            m2m_fields=[field.name for field in model._meta.many_to_many],
        )


@contextmanager
def paused():
    """No history rows from the saves inside (a fixture load, which records its own rows in bulk afterwards)."""
    before = getattr(settings, "SIMPLE_HISTORY_ENABLED", True)
    settings.SIMPLE_HISTORY_ENABLED = False
    try:
        yield
    finally:
        settings.SIMPLE_HISTORY_ENABLED = before


def record_in_bulk(objects, reason: str, *, changed: bool = False, user=None) -> int:
    """One history row per object, with its many-to-many links, in a few queries per model: how commands that
    write many records at once (loading, importing) are recorded. The reason names the command."""
    by_model = defaultdict(list)
    for obj in objects:
        if hasattr(type(obj), "history"):
            by_model[type(obj)].append(obj)
    when = timezone.now()
    count = 0
    for model, objs in by_model.items():
        rows = model.history.bulk_history_create(
            objs, update=changed, default_user=user, default_change_reason=reason, default_date=when
        )
        count += len(rows)
        pk = model._meta.pk.attname
        for field in model.history.model._history_m2m_fields:
            through = field.remote_field.through
            owner = f"{field.m2m_field_name()}_id"
            links = defaultdict(list)
            for link in through.objects.all():
                links[getattr(link, owner)].append(link)
            m2m_model = HistoricalRecords.m2m_models[field]
            names = [f.attname for f in through._meta.fields]
            m2m_model.objects.bulk_create(
                m2m_model(history=row, **{name: getattr(link, name) for name in names})
                for row in rows
                for link in links.get(getattr(row, pk), ())
            )
    return count


def real(change) -> bool:
    """An empty language column saved as NULL by the admin where the fixtures had "" is no change anyone made."""
    return change.old != change.new and bool(change.old or change.new)


def delta(record, previous, foreign_keys_are_objs=False):
    """What changed from the previous historical record to this one, without the empty-to-empty changes."""
    found = record.diff_against(previous, foreign_keys_are_objs=foreign_keys_are_objs)
    kept = [change for change in found.changes if real(change)]
    return ModelDelta(kept, [change.field for change in kept], found.old_record, found.new_record)


def changes(record, previous):
    """The fields that really changed from one historical record to the next."""
    return [] if previous is None else delta(record, previous).changes


def language_of(model, column: str) -> str | None:
    """The language code of a language column (title_zh_hans → zh-hans); None for a field without languages."""
    field = model._meta.get_field(column)
    language = getattr(field, "language", None)
    return language if getattr(field, "translated_field", None) is not None else None


def tracked_models() -> list:
    """The content models whose changes are recorded, in app and name order."""
    return sorted(
        (m for m in apps.get_models() if getattr(m._meta, "simple_history_manager_attribute", None)),
        key=lambda m: (m._meta.app_label, m._meta.model_name),
    )


def import_reason(language: str, file_name: str) -> str:
    """The change reason of an import: the command, the language and the file (the reason holds 100 characters)."""
    return f"import_official_text {language} {Path(file_name).name}"[:100]
