"""WSIS action lines, their C7 themes and C6 topics, the organizations that hold roles on them, and ITU's 2006 plan."""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from outcomes.models import Source
from wsisportal.naturalkeys import Keyed

from .periods import period_name


class Organization(Keyed):
    class Kind(models.TextChoices):
        UN_AGENCY = "un_agency", _("UN agency or programme")
        ITU = "itu", _("ITU")
        ITU_UNIT = "itu_unit", _("ITU unit")
        ITU_BODY = "itu_body", _("ITU body or working group")
        UN_BODY = "un_body", _("UN body or group")
        OTHER = "other", _("Other organization")
        GOVERNMENT = "government", _("Government")

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    acronym = models.CharField(_("acronym"), max_length=40, blank=True)
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("Left empty where no source expands the acronym: the portal does not guess."),
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    parent = models.ForeignKey(
        "self", models.PROTECT, null=True, blank=True, related_name="units", verbose_name=_("part of")
    )
    description = models.TextField(_("what the sources say of it"), blank=True)
    established = models.PositiveSmallIntegerField(_("year established"), null=True, blank=True)

    class Meta:
        ordering = ["acronym", "name"]
        verbose_name = _("organization")
        verbose_name_plural = _("organizations")

    def __str__(self):
        return self.display_name

    @property
    def display_name(self):
        return self.acronym or self.name

    def get_absolute_url(self):
        return reverse("actionlines:organization", args=[self.slug])


class ActionLine(Keyed):
    """One of the eleven action lines C1–C11 of the Geneva Plan of Action."""

    slug = models.SlugField(_("slug"), max_length=10, unique=True)
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    short_title = models.CharField(_("short title"), max_length=100, blank=True)
    summary = models.TextField(_("summary"), blank=True)

    class Meta:
        ordering = ["number"]
        verbose_name = _("action line")
        verbose_name_plural = _("action lines")
        constraints = [
            models.CheckConstraint(
                condition=Q(number__gte=1) & Q(number__lte=11), name="action_line_number_c1_to_c11"
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.title}"

    @property
    def code(self):
        return f"C{self.number}"

    def get_absolute_url(self):
        return reverse("actionlines:detail", args=[self.slug])


class Theme(Keyed):
    """A theme of C7 (e-health, …) or a topic of C6 (spectrum management, …)."""

    class Kind(models.TextChoices):
        THEME = "theme", _("theme")
        TOPIC = "topic", _("topic")

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    action_line = models.ForeignKey(ActionLine, models.CASCADE, related_name="themes", verbose_name=_("action line"))
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=150)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["action_line__number", "order"]
        verbose_name = _("theme or topic")
        verbose_name_plural = _("themes and topics")

    def __str__(self):
        return f"{self.action_line.code} – {self.name}"

    def get_absolute_url(self):
        return f"{self.action_line.get_absolute_url()}#{self.slug}"


class Mechanism(Keyed):
    """A WSIS process or mechanism that is not an action line: UNGIS, the WSIS Forum, stocktaking, …"""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    summary = models.TextField(
        _("what the sources say of it"),
        blank=True,
        help_text=_("Written by the portal from the sources named below, in their words where it can."),
    )
    sources = models.ManyToManyField(Source, blank=True, verbose_name=_("sources of the summary"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("WSIS mechanism")
        verbose_name_plural = _("WSIS mechanisms")

    def __str__(self):
        return self.name


class Role(models.Model):
    """An organization's role on an action line, theme or mechanism, from when and until when, and who says so."""

    class Kind(models.TextChoices):
        # A lead role in a WSIS process; its name says which, in the source's words (leading agency, ITU-led, …).
        LEAD_FACILITATOR = "lead_facilitator", _("lead role")
        FOCAL_POINT = "focal_point", _("focal point")
        FACILITATOR = "facilitator", _("moderator/facilitator")
        CO_FACILITATOR = "co_facilitator", _("co-facilitator")
        PARTNER = "partner", _("partner")
        # Resolution 140, resolves 3: to participate with other stakeholders in a line's implementation.
        PARTICIPANT = "participant", _("participates in implementation")
        CHAIR = "chair", _("chair")
        MEMBER = "member", _("member")
        ORGANIZER = "organizer", _("organizer")
        HOST = "host", _("host")

    organization = models.ForeignKey(
        Organization, models.CASCADE, related_name="roles", verbose_name=_("organization")
    )
    kind = models.CharField(_("role"), max_length=20, choices=Kind.choices)
    action_line = models.ForeignKey(
        ActionLine, models.CASCADE, null=True, blank=True, related_name="roles", verbose_name=_("action line")
    )
    theme = models.ForeignKey(
        Theme, models.CASCADE, null=True, blank=True, related_name="roles", verbose_name=_("theme or topic")
    )
    mechanism = models.ForeignKey(
        Mechanism, models.CASCADE, null=True, blank=True, related_name="roles", verbose_name=_("mechanism")
    )
    since = models.PositiveSmallIntegerField(_("since (year)"), null=True, blank=True)
    until = models.PositiveSmallIntegerField(_("until (year)"), null=True, blank=True)
    source = models.ForeignKey(Source, models.PROTECT, related_name="roles", verbose_name=_("source"))
    name = models.CharField(
        _("the source's name for the role"),
        max_length=120,
        blank=True,
        help_text=_(
            "As the source names it (“leading agency”, “ITU-led”) where the kind's name is not the source's word."
        ),
    )
    wording = models.CharField(
        _("the source's words"), max_length=300, blank=True, help_text=_("Quoted as the source writes it.")
    )
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        ordering = ["action_line__number", "theme__order", "mechanism__order", "source__year", "kind"]
        verbose_name = _("role")
        verbose_name_plural = _("roles")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(action_line__isnull=False, theme__isnull=True, mechanism__isnull=True)
                    | Q(action_line__isnull=True, theme__isnull=False, mechanism__isnull=True)
                    | Q(action_line__isnull=True, theme__isnull=True, mechanism__isnull=False)
                ),
                name="role_has_exactly_one_subject",
            ),
            models.CheckConstraint(
                condition=Q(until__isnull=True) | Q(since__isnull=True) | Q(until__gte=models.F("since")),
                name="role_until_not_before_since",
            ),
        ]

    def __str__(self):
        return f"{self.organization}: {self.get_kind_display()} – {self.subject}"

    def get_absolute_url(self):
        """The page that shows this role: its action line's (or its theme's line), else its organization's."""
        line = self.action_line or (self.theme.action_line if self.theme_id else None)
        if line is not None:
            return f"{line.get_absolute_url()}#roles"
        return f"{self.organization.get_absolute_url()}#roles-heading"

    @property
    def subject(self):
        return self.action_line or self.theme or self.mechanism

    @property
    def label(self) -> str:
        """The role's name on every page: the source's own words where they are recorded, else its kind."""
        return self.name or self.get_kind_display()

    @property
    def period(self) -> str:
        """ "since 2008", "until 2008", or the source's year when the source gives neither end."""
        return period_name(self.since, self.until, [self.source.year])

    @property
    def is_current(self) -> bool:
        return self.until is None

    def clean(self):
        if self.until and self.since and self.until < self.since:
            raise ValidationError({"until": _("A role cannot end before it starts.")})


class Activity(Keyed):
    """A row of the 2006 ITU implementation plan: an action line, a theme or another WSIS task."""

    class Section(models.TextChoices):
        MULTISTAKEHOLDER = "multistakeholder", _("Multi-stakeholder implementation")
        UN_SYSTEM = "un_system", _("UN system-wide implementation")
        INTERNET_GOVERNANCE = "internet_governance", _("Internet governance")
        OTHER = "other", _("Other implementation issues")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    section = models.CharField(_("section of the plan"), max_length=30, choices=Section.choices)
    order = models.PositiveSmallIntegerField(_("order"))
    title = models.CharField(_("title"), max_length=250)
    action_lines = models.ManyToManyField(
        ActionLine, blank=True, related_name="activities", verbose_name=_("action lines")
    )
    themes = models.ManyToManyField(Theme, blank=True, related_name="activities", verbose_name=_("themes and topics"))
    see_also = models.ForeignKey(
        "self", models.SET_NULL, null=True, blank=True, verbose_name=_("allocation given under")
    )
    paragraph_refs = models.CharField(
        _("paragraphs named"),
        max_length=200,
        blank=True,
        help_text=_("As the plan writes them, e.g. “para 108-110 + Annex of Tunis Agenda”."),
    )
    comments = models.TextField(_("comments"), blank=True, help_text=_("As the plan gives them."))
    source = models.ForeignKey(Source, models.PROTECT, verbose_name=_("source"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [models.UniqueConstraint(fields=["source", "order"], name="activity_order_unique_in_source")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        # The row's place is on its first line's page; read through .all() so a prefetch of the lines is used.
        line = next(iter(self.action_lines.all()), None)
        if line:
            return f"{line.get_absolute_url()}#activity-{self.slug}"
        return reverse("actionlines:plan") + f"#activity-{self.slug}"


class Assignment(models.Model):
    """Who inside (or beside) ITU leads or assists an activity, or one named part of it."""

    class Kind(models.TextChoices):
        LEAD = "lead", _("lead")
        ASSISTING = "assisting", _("assisting")
        SECRETARIAT = "secretariat", _("secretariat")
        FOCAL_POINT = "focal_point", _("focal point")
        PARTNER = "partner", _("in partnership with")
        COORDINATION = "coordination", _("in close coordination with")
        # A unit the plan names in brackets after a task without saying what it does: "93: Technology Watch (TSB)".
        NAMED = "named", _("named in the plan")

    activity = models.ForeignKey(Activity, models.CASCADE, related_name="assignments", verbose_name=_("activity"))
    organization = models.ForeignKey(
        Organization, models.PROTECT, related_name="assignments", verbose_name=_("unit or organization")
    )
    kind = models.CharField(_("responsibility"), max_length=20, choices=Kind.choices)
    part = models.CharField(
        _("part of the activity"), max_length=200, blank=True, help_text=_("E.g. “Spectrum management”.")
    )
    theme = models.ForeignKey(
        Theme, models.SET_NULL, null=True, blank=True, related_name="assignments", verbose_name=_("theme or topic")
    )
    note = models.CharField(_("note"), max_length=200, blank=True, help_text=_("E.g. “for standardization issues”."))
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["activity__order", "order"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "organization", "kind", "part"], name="assignment_unique_per_part"
            ),
        ]

    def __str__(self):
        return f"{self.activity}: {self.get_kind_display()} {self.organization}"

    def get_absolute_url(self):
        return self.activity.get_absolute_url()


class Meeting(models.Model):
    """A meeting the 2006 plan reports for an activity: held, planned, the one a report is for, or taking place."""

    class Status(models.TextChoices):
        HELD = "held", _("held")
        PLANNED = "planned", _("planned")
        # "Report to ECOSOC meeting in July 2006": the plan names the meeting a report is for, not that it met.
        REPORT_TO = "report_to", _("report to this meeting")
        # "Consultations taking place in NY".
        ONGOING = "ongoing", _("taking place")

    activity = models.ForeignKey(Activity, models.CASCADE, related_name="meetings", verbose_name=_("activity"))
    title = models.CharField(_("title"), max_length=250)
    start = models.DateField(_("first day"), null=True, blank=True)
    end = models.DateField(_("last day"), null=True, blank=True)
    month_only = models.BooleanField(_("only the month is known"), default=False)
    year_inferred = models.BooleanField(
        _("the source prints no year"),
        default=False,
        help_text=_("The source gives day and month only; the year stored is the source's own, and pages say so."),
    )
    place = models.CharField(_("place"), max_length=150, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.HELD)
    order = models.PositiveSmallIntegerField(_("order"), default=0)

    class Meta:
        ordering = ["activity__order", "order"]
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=False, end__gte=models.F("start")),
                name="meeting_ends_after_start",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return self.activity.get_absolute_url()


class Publication(Keyed):
    """A roadmap or report named in the seeds."""

    class Kind(models.TextChoices):
        ROADMAP = "roadmap", _("roadmap")
        ROADMAP_UPDATE = "roadmap_update", _("roadmap update")
        REPORT = "report", _("report")

    slug = models.SlugField(_("slug"), max_length=80, unique=True)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=250)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    period = models.CharField(_("period covered"), max_length=100, blank=True)
    action_lines = models.ManyToManyField(
        ActionLine, blank=True, related_name="publications", verbose_name=_("action lines")
    )
    note = models.TextField(_("what the sources say of it"), blank=True)
    sources = models.ManyToManyField(Source, verbose_name=_("sources"))

    class Meta:
        ordering = ["-year", "title"]
        verbose_name = _("roadmap or report")
        verbose_name_plural = _("roadmaps and reports")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return f"{reverse('home')}#publications-heading"

    def natural_key(self):
        return (self.slug,)
