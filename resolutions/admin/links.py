"""Links from one admin page to another record's change page."""

from django.urls import reverse
from django.utils.html import format_html


def admin_link(obj, text=None):
    """A link to obj's change page, labelled with text or with obj's admin name; a dash for no object."""
    if obj is None:
        return "—"
    meta = obj._meta
    url = reverse(f"admin:{meta.app_label}_{meta.model_name}_change", args=[obj.pk])
    return format_html('<a href="{}">{}</a>', url, text or str(obj))
