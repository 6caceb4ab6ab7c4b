"""Keeping citations current: a clause or plan row is re-linked when saved; all texts when a target changes."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from actionlines.models import Activity
from outcomes.models import OutcomeDocument, Paragraph

from .citations import link_activity, link_all, link_clause
from .models import Clause, Resolution, Revision


@receiver(post_save, sender=Clause, dispatch_uid="resolutions.link_saved_clause")
def link_saved_clause(sender, instance, raw=False, **kwargs):
    # Fixtures are loaded raw and linked afterwards by link_citations, once for all.
    if not raw:
        link_clause(instance)


@receiver(post_save, sender=Activity, dispatch_uid="resolutions.link_saved_activity")
def link_saved_activity(sender, instance, raw=False, **kwargs):
    if not raw:
        link_activity(instance)


def relink_after_target_change(sender, instance, raw=False, using=None, **kwargs):
    """A paragraph, document or resolution added, renamed or removed can resolve or orphan any reference."""
    if raw:
        return
    # Once per transaction, however many targets a page saves (a revision with all its sections inline).
    pending = transaction.get_connection(using).run_on_commit
    if not any(callback is link_all for _savepoints, callback, _robust in pending):
        transaction.on_commit(link_all, using=using)


for _target in (OutcomeDocument, Paragraph, Resolution, Revision):
    post_save.connect(relink_after_target_change, sender=_target, dispatch_uid=f"resolutions.relink.{_target}")
    post_delete.connect(relink_after_target_change, sender=_target, dispatch_uid=f"resolutions.relink_d.{_target}")
