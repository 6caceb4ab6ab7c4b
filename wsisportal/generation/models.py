"""One row: the content generation's number and when it last changed."""

from django.db import models
from django.db.models import F
from django.utils import timezone

# The apps whose records the public pages show (opendata: the staff-edited terms of re-use). Staff accounts,
# sessions and logs are not content.
CONTENT_APPS = frozenset({"outcomes", "actionlines", "resolutions", "opendata"})


class ContentGeneration(models.Model):
    number = models.BigIntegerField(default=0)
    changed_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = "content generation"

    def __str__(self):
        return f"generation {self.number} ({self.changed_at:%Y-%m-%d %H:%M:%S})"


def current() -> tuple[int, object]:
    """The generation's number and time of change: one indexed read, the cost of asking "is my copy current?"."""
    row = ContentGeneration.objects.filter(pk=1).values_list("number", "changed_at").first()
    return row or (0, timezone.make_aware(timezone.datetime(2000, 1, 1)))


def bump() -> None:
    """A new generation, in the caller's transaction: if the change rolls back, so does the bump."""
    now = timezone.now()
    if not ContentGeneration.objects.filter(pk=1).update(number=F("number") + 1, changed_at=now):
        ContentGeneration.objects.get_or_create(pk=1, defaults={"number": 1, "changed_at": now})


def bump_on_change(sender, action="post_", **kwargs) -> None:
    # m2m_changed comes twice per change (pre_ and post_); a through table belongs to its model's app.
    if sender._meta.app_label in CONTENT_APPS and action.startswith("post_"):
        bump()
