"""Staff pages added to the admin site: the translation-coverage report."""

from django.conf import settings
from django.contrib import admin
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from .translation_coverage import coverage_report


def translation_coverage(request):
    translated, official = coverage_report()
    context = {
        **admin.site.each_context(request),
        "title": _("Translation coverage"),
        "languages": settings.LANGUAGES,
        "translated": translated,
        "official": official,
    }
    return TemplateResponse(request, "admin/translation_coverage.html", context)
