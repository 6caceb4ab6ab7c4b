"""Natural keys: how fixtures and exports name a record by one unique field instead of its database id."""

from django.db import models


class KeyedQuerySet(models.QuerySet):
    def get_by_natural_key(self, value):
        return self.get(**{self.model.NATURAL_KEY: value})


class Keyed(models.Model):
    """A model that fixtures name by one unique field: its slug, unless NATURAL_KEY names another."""

    NATURAL_KEY = "slug"

    objects = KeyedQuerySet.as_manager()

    class Meta:
        abstract = True

    def natural_key(self):
        return (getattr(self, self.NATURAL_KEY),)
