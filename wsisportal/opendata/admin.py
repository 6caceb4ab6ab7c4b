"""Staff edit the terms of re-use here, one tab per language."""

from django.contrib import admin

from wsisportal.l10n.admin import TranslatedAdmin

from .models import ReuseTerms


@admin.register(ReuseTerms)
class ReuseTermsAdmin(TranslatedAdmin):
    list_display = ("__str__", "updated")

    def has_add_permission(self, request):
        return super().has_add_permission(request) and not ReuseTerms.objects.exists()
