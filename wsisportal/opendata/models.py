"""The terms of re-use of the portal's data: a text ITU staff write and translate; the portal invents none."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class ReuseTerms(models.Model):
    text = models.TextField(
        _("terms of re-use"),
        blank=True,
        help_text=_(
            "As ITU publishes them, shown on the re-users' page and in each dataset. While empty, the portal says "
            "that the terms are not yet published."
        ),
    )
    updated = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("terms of re-use")
        verbose_name_plural = _("terms of re-use")
        constraints = [models.CheckConstraint(condition=models.Q(id=1), name="reuse_terms_are_one_text")]

    def __str__(self):
        return str(_("Terms of re-use"))

    def save(self, *args, **kwargs):
        self.pk = 1  # one text: each save edits it
        super().save(*args, **kwargs)
