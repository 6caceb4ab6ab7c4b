"""The change history of content models (django-simple-history), registered after their translation fields.

simple-history copies a model's fields into its historical model when it is registered; modeltranslation adds
the per-language columns (title_ar … title_es) when its translation options are registered. So each app's
translation.py registers history last, and every language column of every change is recorded.
"""

from collections import defaultdict
from contextlib import contextmanager

import simple_history
from django.conf import settings
from django.utils import timezone
from simple_history.models import HistoricalRecords


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


def changes(record, previous):
    """The fields that really changed from one historical record to the next: an empty language column saved
    as NULL by the admin where the fixtures had "" is not a change anyone made."""
    if previous is None:
        return []
    delta = record.diff_against(previous, foreign_keys_are_objs=False)
    return [change for change in delta.changes if change.old != change.new and (change.old or change.new)]
