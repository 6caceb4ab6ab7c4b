from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ResolutionsConfig(AppConfig):
    name = "resolutions"
    verbose_name = _("Resolutions and citations")

    def ready(self):
        from . import signals  # noqa: F401  (re-resolve citations when staff save a clause)
