"""The six-language kit as a Django app, so that its template tags, formats and admin pages are found."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class L10nConfig(AppConfig):
    name = "wsisportal.l10n"
    label = "l10n"
    verbose_name = _("Six languages")
