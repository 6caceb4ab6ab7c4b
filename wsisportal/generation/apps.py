"""The content generation as a Django app: its one-row table and the signals that bump it."""

from django.apps import AppConfig
from django.db.models.signals import m2m_changed, post_delete, post_save


class GenerationConfig(AppConfig):
    name = "wsisportal.generation"
    label = "generation"
    verbose_name = "content generation"

    def ready(self):
        from . import models

        # Every save, delete and many-to-many change of a content record, whoever makes it: the admin, load_content
        # (raw saves), the imports, a revert from history. Bulk writes, which send no signal, call bump() themselves.
        post_save.connect(models.bump_on_change, dispatch_uid="generation-save")
        post_delete.connect(models.bump_on_change, dispatch_uid="generation-delete")
        m2m_changed.connect(models.bump_on_change, dispatch_uid="generation-m2m")
