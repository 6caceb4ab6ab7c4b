"""The site as a Django app: its commands (load_content, import_official_text) and its page template tags."""

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    name = "wsisportal"
    verbose_name = _("ITU WSIS portal")
